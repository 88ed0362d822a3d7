// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/CollectionSummary.h"
#include "core/CopyTask.h"
#include "widgets/RestoreWizard.h"

namespace Colvault {

class ConfirmNamesPage;
class CopyTargetPage;
class ProfileStore;
class RestoreDiffPage;
struct JobResult;

using CopyManager = OperationManager<CopyTask>;

// "Copy to Server…": copies collections of the connected server into the server of another saved connection
// profile, with the restore's preview, confirmation and run (a copy is a restore whose source is a server:
// core/CopyTask.h). Pages: the target (profile, mode, which collections under which names, the vectors or a module of
// the target to compute new ones, and whether to also write an archive of what is copied, which the result then
// names), the preview (the restore's diff page in a copy's words, RestoreDiffPage::Source::Server), for replace mode
// the typed confirmation, and the run with its result. The
// target profile's secrets come from the keychain (ProfileStore::load) when it is chosen; the source is the connected
// server as given to setup(). Planning and copying run on a worker through the injected CopyManager; the plan,
// re-planning and the run are OperationWizard's, the pages only collect and show. GUI thread. Usage: setup(source,
// profile name, collections, selected); open(). Cancel while the copy runs asks once, then cancels; the wizard stays
// open until the outcome is shown. serverChanged() follows a run.
class CopyWizard : public OperationWizard<CopyTask, RestorePreviewWizard>
{
    Q_OBJECT

public:
    enum PageId
    {
        TargetPageId,
        DiffPageId,
        ConfirmPageId,
        RunPageId
    };

    CopyWizard(CopyManager* manager, ProfileStore* profiles, QWidget* parent = nullptr);

    // The source: the connected server, the profile it was read from, and its collections (`selected` ticked).
    void setup(const WeaviateEndpoint& source, const QString& sourceProfile,
        const QList<CollectionSummary>& collections, const QStringList& selected);

    CopyParams params() const override;
    const RestorePlan& previewPlan() const override { return plan(); }
    void requestPlanIfChanged() override;
    int pageAfterPreview() const override { return needsConfirmation() ? ConfirmPageId : RunPageId; }
    // Back to the target page: the "Copy as" editor of source collection `source` open, or the mode box.
    void showRename(const QString& source) override;
    void showModeChoice() override;

    static bool sameInput(const CopyParams& a, const CopyParams& b);
    static JobResult resultFor(const CopyReport& report, const WeaviateEndpoint& target);

    void initializePage(int id) override;
    bool validateCurrentPage() override;

private:
    bool startCopy();
    void showRunEnd(WizardRunPage::Outcome outcome, const OpError& error) override;
    QStringList stoppedLines() const;
    void backToTarget();

    WeaviateEndpoint m_source;
    qint64 m_written = 0; // objects written so far by the running copy (its last progress)

    CopyTargetPage* m_target;
    RestoreDiffPage* m_diff;
    ConfirmNamesPage* m_confirm;
};

} // namespace Colvault
