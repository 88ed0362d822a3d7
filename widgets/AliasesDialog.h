// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AliasClient.h"
#include "core/OpError.h"
#include "core/WeaviateEndpoint.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace Colvault {

class CommandLineBox;

// Collections > Aliases…: the server's collection aliases (Weaviate 1.32+), each with the collection it points at,
// and Add, Change Target and Delete, each after a confirmation that names the alias and the collection. The name
// and collection fields below the list say what Add and Change Target do; selecting an alias fills them in. A name
// that a collection has is refused before anything is asked. The command line under them is that of what the
// buttons offer: `colvault-cli alias set NAME COLLECTION`, or `alias delete NAME` for an alias already pointing at
// the collection shown. On a server older than 1.32 the dialog
// says that it has no aliases, and offers nothing.
// Every request runs on a worker (core's AliasClient, one run at a time), which then reads the list again.
// GUI thread. Usage: setup(endpoint, collection names, server title); open(). The destructor waits for a run.
class AliasesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AliasesDialog(QWidget* parent = nullptr);
    ~AliasesDialog() override;

    // Reads the server's aliases; `collections` are the targets offered; `server` names it in the title.
    void setup(const WeaviateEndpoint& endpoint, const QStringList& collections, const QString& server = {});
    bool isBusy() const { return m_run.isRunning(); }

Q_SIGNALS:
    void logMessage(const QString& line);

private:
    // What a worker does: a change (or none), then the list.
    struct Request
    {
        enum class Kind
        {
            List,
            Add,
            ChangeTarget,
            Delete
        };
        Kind kind = Kind::List;
        QString alias;
        QString collection;
    };
    struct Answer
    {
        Request request;
        OpError error; // of the change, else of the list
        bool supported = true; // false only when the server said its version
        bool listed = false; // `aliases` is what the server holds now
        QList<CollectionAlias> aliases;
    };
    static Answer perform(const WeaviateEndpoint& endpoint, const Request& request);

    QLayout* createForm();
    void start(const Request& request);
    void onDone();
    void confirm(Request::Kind kind);
    void showSelected();
    void updateState();
    void updateCommand(const QString& name, const QString& collection, const CollectionAlias* held, bool clash);
    static void showAsProblem(QLabel* label, bool problem);
    const CollectionAlias* existing(const QString& name) const; // the listed alias of that name, any case

    WeaviateEndpoint m_endpoint;
    QStringList m_collections; // the server's, which no alias may be named like
    QList<CollectionAlias> m_aliases;
    bool m_loaded = false;
    bool m_supported = true;
    QFutureWatcher<Answer> m_run;

    QLabel* m_status;
    QTreeWidget* m_list;
    QLineEdit* m_name;
    QLabel* m_nameProblem;
    QComboBox* m_collection;
    QPushButton* m_add;
    QPushButton* m_changeTarget;
    QPushButton* m_delete;
    QPushButton* m_refresh;
    CommandLineBox* m_command;
};

} // namespace Colvault
