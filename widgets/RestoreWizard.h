// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/RestorePlan.h"

#include <QWizard>

namespace Colvault {

class ArchiveJob;
class ConfirmNamesPage;
class JobProgressDialog;
class RestoreArchivePage;
class RestoreDiffPage;
class RestoreManager;
class RestoreOptionsPage;
struct JobResult;

// "Open Archive…" and "Restore…": a wizard over one archive. Pages: the archive browser (collections, tenants,
// counts once verified, schema, manifest, Verify), the target options (mode, selection, rename, vectorizer,
// replication), the diff (the plan of RestoreManager::startPlan, blocking problems first) and, for replace mode
// only, the typed confirmation. Finish hands the plan to the JobProgressDialog, which runs it through the injected
// RestoreManager. Reading and verifying the archive run on a worker through the injected ArchiveJob.
// GUI thread. Usage: setTarget(endpoint, connected); openArchive(path); open().
class RestoreWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        ArchivePageId,
        OptionsPageId,
        DiffPageId,
        ConfirmPageId
    };

    RestoreWizard(
        RestoreManager* manager, ArchiveJob* archiveJob, JobProgressDialog* progress, QWidget* parent = nullptr);

    void setTarget(const WeaviateEndpoint& endpoint, bool connected);
    void openArchive(const QString& path);

    QString archivePath() const { return m_path; }
    bool isConnected() const { return m_connected; }
    ArchiveJob* archiveJob() const { return m_archiveJob; }
    RestoreParams params() const;

    bool hasPlan() const { return m_planValid; }
    const RestorePlan& plan() const { return m_plan; }
    QString planError() const { return m_planError; }
    void requestPlan();
    bool needsConfirmation() const;

    static JobResult resultFor(const RestoreReport& report);

    void initializePage(int id) override;
    void accept() override;
    void reject() override;

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

    RestoreManager* m_manager;
    ArchiveJob* m_archiveJob;
    JobProgressDialog* m_progress;
    WeaviateEndpoint m_endpoint;
    bool m_connected = false;
    QString m_path;
    Mode m_mode = Mode::None;
    bool m_replan = false;
    bool m_planValid = false;
    RestorePlan m_plan;
    QString m_planError;

    RestoreArchivePage* m_archivePage;
    RestoreOptionsPage* m_options;
    RestoreDiffPage* m_diff;
    ConfirmNamesPage* m_confirm;
};

} // namespace Colvault
