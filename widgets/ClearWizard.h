// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearTask.h"
#include "core/CollectionSummary.h"
#include "core/RestorePlan.h"
#include "widgets/OperationWizard.h"

class QPushButton;
class QSettings;

namespace Colvault {

class ClearImpactPage;
class ClearSelectPage;
class ConfirmNamesPage;
class StorageProfileStore;
struct JobResult;

// "Clear…": a wizard of four pages, what (collections, tenants, method), impact (the plan's counts and the backup
// taken first), confirm (type the names; the commit page) and run (the clear runs through the injected
// ClearManager, then its result). The plan, re-planning and the run are OperationWizard's; pages only collect
// input and show it.
// After a clear that deleted something and has a backup, the result offers "Undo (restore)": the wizard emits
// undoRequested() with the restore that undoes it (that archive, the cleared collections, the undo mode) and
// closes; the owner opens a RestoreWizard with it (RestoreWizard::openArchive(path, preset)), where the user
// sees the diff and confirms.
// GUI thread. Usage: setup(endpoint, collections, preselected); open(). Cancel while the clear runs asks once,
// then cancels the manager; the wizard stays open until the outcome is shown. serverChanged() follows every run.
class ClearWizard : public OperationWizard<ClearTask>
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
    // The storage profiles the backup before the clear may go to (an S3 bucket), beside a folder.
    void setStorageProfiles(StorageProfileStore* store);

    void setup(
        const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected);
    ClearParams params() const override;

    // The restore that undoes the last run (valid when canUndo()).
    bool canUndo() const;
    RestoreParams undoParams() const;

    static JobResult resultFor(const ClearReport& report);

    void initializePage(int id) override;
    bool validateCurrentPage() override;

Q_SIGNALS:
    // "Undo (restore)" was pressed: open a restore of preset.archivePath preloaded with `preset`.
    void undoRequested(const Colvault::RestoreParams& preset);

private:
    bool startClear();
    QString initialBackupFolder() const;
    void showRunEnd(WizardRunPage::Outcome outcome, const OpError& error) override;
    static QStringList stoppedLines(const ClearReport& report);

    QSettings* m_settings = nullptr;
    WeaviateEndpoint m_endpoint;

    ClearSelectPage* m_select;
    ClearImpactPage* m_impact;
    ConfirmNamesPage* m_confirm;
    QPushButton* m_undo;
};

} // namespace Colvault
