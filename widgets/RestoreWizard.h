// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/RestoreTask.h"
#include "widgets/OperationWizard.h"
#include "widgets/RestoreWizardPages.h"

#include <QFutureWatcher>
#include <atomic>
#include <memory>
#include <optional>

namespace Colvault {

class ArchiveJob;
class ConfirmNamesPage;
struct JobResult;

// The wizards whose preview is a restore plan: the restore's and the copy's (CopyWizard). What their shared preview
// page (RestoreDiffPage) asks of them: the plan, planning again on a change, the page after the preview, and the
// ways out of a blocking problem. GUI thread.
class RestorePreviewWizard : public OperationWizardBase
{
    Q_OBJECT

public:
    // The plan the preview shows; valid when hasPlan().
    virtual const RestorePlan& previewPlan() const = 0;
    // Requests a plan unless the current one (or the one being made) is for exactly the current input.
    virtual void requestPlanIfChanged() = 0;
    // The typed confirmation's page when the plan needs one, else the run page.
    virtual int pageAfterPreview() const = 0;
    // From the preview back to the page that chooses the target: the new-name editor of source collection `source`
    // open, or the mode chosen next (the "already exists" problem's ways out).
    virtual void showRename(const QString& source) = 0;
    virtual void showModeChoice() = 0;

    bool needsConfirmation() const { return hasPlan() && !previewPlan().needsConfirmation.isEmpty(); }

protected:
    using OperationWizardBase::OperationWizardBase;
};

// "Open Archive…" and "Restore…": a wizard over one archive. Pages: the archive browser (collections, tenants,
// counts once verified, schema, manifest, Verify), the target options (mode, selection, rename, vectorizer,
// replication; on a server with aliases, the side-by-side restore that then switches an alias), the diff (the plan
// of RestoreManager::startPlan, blocking problems first) and, for replace mode only, the typed confirmation; the last
// of these is the commit page. The restore then runs on the last page through the injected RestoreManager, which
// shows the result (also what was written when it was canceled or failed).
// Going Back to the target page keeps every choice, and the preview runs again only when one of them changed.
// The plan, re-planning and the run are OperationWizard's; the pages collect input and show it.
// Reading and verifying the archive run on a worker through the injected ArchiveJob, with the keys of an encrypted
// archive (given to openArchive, or asked for by the archive page).
// GUI thread. Usage: setTarget(endpoint, connected); openArchive(path) or openArchive(path, preset) to preselect
// the mode, collections, tenants and names (the clear wizard's Undo); open(). Cancel while the restore runs asks
// once, then cancels the manager; the wizard stays open until the outcome is shown. serverChanged() follows a run.
class RestoreWizard : public OperationWizard<RestoreTask, RestorePreviewWizard>
{
    Q_OBJECT

public:
    enum PageId
    {
        ArchivePageId,
        OptionsPageId,
        DiffPageId,
        ConfirmPageId,
        RunPageId
    };

    RestoreWizard(RestoreManager* manager, ArchiveJob* archiveJob, QWidget* parent = nullptr);
    // Cancels the target's read if it still runs (a worker retrying a server that went away keeps the application
    // from quitting).
    ~RestoreWizard() override;

    void setTarget(const WeaviateEndpoint& endpoint, bool connected);
    void openArchive(const QString& path);
    // As openArchive(path), for an encrypted archive with the keys known to open it (a job's); without them, or
    // when they do not open it, the archive page asks (ArchiveKeyDialog).
    void openArchive(const QString& path, const AgeDecryptionKeys& keys);
    // As openArchive(path, preset.decryption), with the target options preselected from `preset` (mode, collections,
    // tenants, rename, schema only, vectorizer, replication factor); its endpoint and archivePath are not used.
    void openArchive(const QString& path, const RestoreParams& preset);
    bool hasPreset() const { return m_preset.has_value(); }

    QString archivePath() const { return m_path; }
    // What opens the archive when it is encrypted: for inspect, verify and the restore (RestoreParams::decryption).
    const AgeDecryptionKeys& decryptionKeys() const { return m_keys; }
    void setDecryptionKeys(const AgeDecryptionKeys& keys) { m_keys = keys; }
    bool isConnected() const { return m_connected; }
    ArchiveJob* archiveJob() const { return m_archiveJob; }
    RestoreParams params() const override;

    const RestorePlan& previewPlan() const override { return plan(); }
    void requestPlanIfChanged() override;
    int pageAfterPreview() const override { return needsConfirmation() ? ConfirmPageId : RunPageId; }
    static bool sameInput(const RestoreParams& a, const RestoreParams& b);
    static bool sameKeys(const AgeDecryptionKeys& a, const AgeDecryptionKeys& b);

    // target: the server restored to, for the commands that switch an alias back (none without its URL).
    static JobResult resultFor(const RestoreReport& report, const WeaviateEndpoint& target = {});
    static QStringList aliasLines(const QList<RestoreAliasPlan>& aliases, const WeaviateEndpoint& target);

    // Back to the target page: the "Restore as" editor of archive collection `source` open, or the mode box.
    void showRename(const QString& source) override;
    void showModeChoice() override;

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void reject() override;

private:
    bool startRestore();
    // What the target says about aliases, on a worker, for the target page's side-by-side restore.
    void readTargetAliases();
    void showRunEnd(WizardRunPage::Outcome outcome, const OpError& error) override;
    QStringList stoppedLines() const;

    ArchiveJob* m_archiveJob;
    WeaviateEndpoint m_endpoint;
    bool m_connected = false;
    QString m_path;
    AgeDecryptionKeys m_keys;
    std::optional<RestoreParams> m_preset;
    qint64 m_written = 0; // objects written so far by the running restore (its last progress)
    QFutureWatcher<RestoreTargetAliases> m_targetRead;
    std::shared_ptr<std::atomic_bool> m_cancelTargetRead = std::make_shared<std::atomic_bool>(false);
    QUrl m_targetReadUrl; // the server m_targetRead asks

    RestoreArchivePage* m_archivePage;
    RestoreOptionsPage* m_options;
    RestoreDiffPage* m_diff;
    ConfirmNamesPage* m_confirm;
};

} // namespace Colvault
