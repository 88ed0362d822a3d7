// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/CollectionSummary.h"
#include "core/OperationManager.h"
#include "core/RestorePlan.h"

#include <QWizard>

class QPushButton;
class QSettings;

namespace Colvault {

class ClearImpactPage;
class ClearSelectPage;
class ConfirmNamesPage;
class WizardRunPage;
struct JobResult;

// "Clear…": a wizard of four pages, what (collections, tenants, method), impact (the plan's counts and the backup
// taken first), confirm (type the names; the commit page) and run (the clear runs through the injected
// ClearManager, then its result). The wizard owns the plan: pages only collect input and show it.
// After a clear that deleted something and has a backup, the result offers "Undo (restore)": the wizard emits
// undoRequested() with the restore that undoes it (that archive, the cleared collections, the undo mode) and
// closes; the owner opens a RestoreWizard with it (RestoreWizard::openArchive(path, preset)), where the user
// sees the diff and confirms.
// GUI thread. Usage: setup(endpoint, collections, preselected); open(). Cancel while the clear runs asks once,
// then cancels the manager; the wizard stays open until the outcome is shown. serverChanged() follows every run.
class ClearWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        SelectPageId,
        ImpactPageId,
        ConfirmPageId,
        RunPageId
    };

    explicit ClearWizard(ClearManager* manager, QWidget* parent = nullptr);

    // Where the last backup folder is remembered (the app's settings); without it every clear starts at the
    // default folder. Set before setup().
    void setSettings(QSettings* settings) { m_settings = settings; }

    void setup(
        const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected);
    ClearParams params() const;

    // The plan for the current input; valid once planReady arrived for it (see planChanged).
    bool hasPlan() const { return m_planValid; }
    bool isPlanning() const { return m_mode == Mode::Plan; }
    const ClearPlan& plan() const { return m_plan; }
    QString planError() const { return m_planError; }
    void requestPlan();

    // The restore that undoes the last run (valid when canUndo()).
    bool canUndo() const;
    RestoreParams undoParams() const;

    static JobResult resultFor(const ClearReport& report);

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void accept() override;
    void reject() override;

Q_SIGNALS:
    void planChanged();
    void logMessage(const QString& line);
    // A clear ended (any outcome): the server may have changed.
    void serverChanged();
    // "Undo (restore)" was pressed: open a restore of preset.archivePath preloaded with `preset`.
    void undoRequested(const Colvault::RestoreParams& preset);

private:
    enum class Mode
    {
        None,
        Plan,
        Run
    };

    bool startClear();
    QString initialBackupFolder() const;
    void showEnded();
    static QStringList stoppedLines(const ClearReport& report);

    ClearManager* m_manager;
    QSettings* m_settings = nullptr;
    WeaviateEndpoint m_endpoint;
    Mode m_mode = Mode::None;
    bool m_replan = false;
    bool m_planValid = false;
    ClearPlan m_plan;
    QString m_planError;
    ClearPlan m_runPlan; // the plan the last run executed
    ClearReport m_report; // what the last run did (also when failed or canceled)

    ClearSelectPage* m_select;
    ClearImpactPage* m_impact;
    ConfirmNamesPage* m_confirm;
    WizardRunPage* m_run;
    QPushButton* m_undo;
};

} // namespace Colvault
