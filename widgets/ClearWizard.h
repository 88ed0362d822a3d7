// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/CollectionSummary.h"

#include <QWizard>

class QTimer;

namespace Colvault {

class ClearImpactPage;
class ClearManager;
class ClearSelectPage;
class ConfirmNamesPage;
class JobProgressDialog;
struct JobResult;

// "Clear…": a wizard of three pages, what (collections, tenants, method), impact (the plan's counts and the backup
// taken first) and confirm (type the names). Finish hands the confirmed plan to the JobProgressDialog, which runs it
// through the injected ClearManager. The wizard owns the plan: pages only collect input and show it.
// GUI thread. Usage: setup(endpoint, collections, preselected); open(). The wizard closes when the clear starts.
class ClearWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SelectPageId,
        ImpactPageId,
        ConfirmPageId
    };

    ClearWizard(ClearManager* manager, JobProgressDialog* progress, QWidget* parent = nullptr);

    void setup(
        const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected);
    ClearParams params() const;

    // The plan for the current input; valid once planReady arrived for it (see planChanged).
    bool hasPlan() const { return m_planValid; }
    bool isPlanning() const { return m_mode == Mode::Plan; }
    const ClearPlan& plan() const { return m_plan; }
    QString planError() const { return m_planError; }
    void requestPlan();

    static JobResult resultFor(const ClearReport& report);

    void initializePage(int id) override;
    void accept() override;

Q_SIGNALS:
    void planChanged();
    void logMessage(const QString& line);

private:
    enum class Mode
    {
        None,
        Plan,
        Run
    };

    ClearManager* m_manager;
    JobProgressDialog* m_progress;
    WeaviateEndpoint m_endpoint;
    Mode m_mode = Mode::None;
    bool m_replan = false;
    bool m_planValid = false;
    ClearPlan m_plan;
    QString m_planError;

    ClearSelectPage* m_select;
    ClearImpactPage* m_impact;
    ConfirmNamesPage* m_confirm;
};

} // namespace Colvault
