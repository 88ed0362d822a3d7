// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveVerifier.h"
#include "core/BackupPlan.h"
#include "core/Job.h"
#include "core/JobArchives.h"
#include "core/JobHistory.h"
#include "core/JobStore.h"
#include "core/OperationProgress.h"
#include "core/WeaviateEndpoint.h"

#include <QCoreApplication>

namespace Colvault {

// What a run needs besides the job: the secrets, read by the caller from the files the job names (the CLI reads them
// as for its other commands), and where this run's log goes.
struct JobRunInputs
{
    WeaviateEndpoint endpoint;
    AgeEncryptionKeys encryption; // the job's recipients or passphrase
    AgeDecryptionKeys decryption; // opens the job's archives: for the verification and for retention
    QString logFile; // recorded in the history
};

struct JobRunReport
{
    JobOutcome outcome = JobOutcome::Failed; // never starts as a success
    OpError error; // when Failed
    BackupReport backup;
    bool verified = false;
    QList<ArchiveVerification::Problem> problems; // when the new archive did not verify
    bool retentionApplied = false;
    JobPruneResult retention;
    QStringList warnings; // translated
    JobRunRecord record; // as appended to the history
};

// One run of a saved job, the way a scheduler starts it: backup (BackupTask, into the job's folder under the job's
// file name, the job recorded in the manifest) → verify the new archive in full (ArchiveVerifier) → retention
// (JobArchives::prune), then one record in the job history. Retention runs only after a backup that finished with
// nothing skipped and verified; the new archive is always kept. A run that fails or is canceled leaves no archive of
// its own behind: BackupTask removes its partial file, and an archive that does not verify (or whose verification is
// canceled) is deleted. Blocks; run it off the GUI thread. Cancel through the sink.
// Usage: JobRunReport r = JobRun::run(job, inputs, store, &sink);
class JobRun
{
    Q_DECLARE_TR_FUNCTIONS(JobRun)

public:
    static JobRunReport run(const Job& job, const JobRunInputs& inputs, const JobStore& store, ProgressSink* sink);

    // The archive's path for a run starting at `utc`: the job's file name in its folder, "-2", "-3"… before the suffix
    // when a file of that name exists (two runs in one second must not overwrite each other).
    static QString destination(const Job& job, const QDateTime& utc);

private:
    static bool backup(const Job& job, const JobRunInputs& inputs, ProgressSink* sink, JobRunReport* report);
    static bool verify(const Job& job, const JobRunInputs& inputs, ProgressSink* sink, JobRunReport* report);
    static void applyRetention(
        const Job& job, const JobRunInputs& inputs, const JobStore& store, ProgressSink* sink, JobRunReport* report);
    static void finish(const JobStore& store, JobRunReport* report);
};

} // namespace Colvault
