// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/RestorePlan.h"
#include "core/WeaviateEndpoint.h"

#include <QWidget>
#include <atomic>
#include <memory>

class QComboBox;
class QRadioButton;

namespace Colvault {

// What a restore or a copy does with the objects' vectors (RestoreParams::vectors, ::vectorizers), on the copy
// wizard's target page and the restore wizard's options page: "Copy the vectors" (the default), or leave them out
// and let the target compute new ones with one of its vectorizer modules, chosen in a combo box. The GUI offers one
// module for the collection's vector and every named vector; the command line's --vectorizer NAME=MODULE sets one
// per name. The modules are the target's (GET /v1/meta), read on a worker by readModules(); a slower answer for an
// earlier target is dropped. GUI thread. Usage: lay it out; readModules(endpoint) whenever the target changes;
// fillParams() into the params; isComplete() for the page. While the modules are read, or when there is none to
// choose, the box's placeholder says so, and the tooltip why.
class VectorsChoice : public QWidget
{
    Q_OBJECT

public:
    // `restoreWords`: "Restore the vectors" instead of "Copy the vectors".
    VectorsChoice(bool restoreWords, QWidget* parent);
    // Cancels a read still under way: its worker must not keep the application from quitting while it retries.
    ~VectorsChoice() override;

    // Reads the target's modules on a worker; until they are there, leaving the vectors out cannot be completed.
    void readModules(const WeaviateEndpoint& endpoint);
    // The vectorizer modules of a server's module list (text2vec-*, multi2vec-*, img2vec-*, ref2vec-*), sorted.
    static QStringList vectorizerModules(const QStringList& serverModules);

    bool omit() const;
    QString module() const; // the chosen module, "" when none can be chosen
    void fillParams(RestoreParams* params) const;
    // Keep, or Omit with a module chosen.
    bool isComplete() const;
    // Its fields in tab order, for the page's tab order.
    QWidgetList fields() const;
    // Keep, or omit with `module` chosen once the target's modules are there (a preset).
    void choose(RestoreVectors vectors, const QString& module);

Q_SIGNALS:
    void changed();

private:
    void showModules(const QStringList& modules, const QString& error);
    void updateState();

    std::shared_ptr<std::atomic_bool> m_cancelRead; // the running read's cancel flag, shared with its worker
    int m_generation = 0; // of the read: a slower answer for an earlier target is dropped
    bool m_read = false;
    QString m_wanted; // the module to choose once the modules are there
    QRadioButton* m_keep;
    QRadioButton* m_omit;
    QComboBox* m_module;
    QString m_tip; // m_module's and m_omit's tooltip, unless it says why no module can be chosen
};

} // namespace Colvault
