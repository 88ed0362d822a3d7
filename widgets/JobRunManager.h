// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobRun.h"
#include "core/JobStore.h"
#include "core/OperationManager.h"
#include "widgets/JobInputs.h"

#include <QByteArray>

namespace Colvault {

// Runs one saved job for the app, as a scheduler does (JobRun: backup, verify, retention, one history record), on a
// worker thread, with the signals of every operation manager, so that JobProgressDialog::bindManager() shows its
// progress, failure and cancel. The worker reads the job's files (JobInputs) and writes the run's log
// (JobStore::newLogFile): what happened, step by step, with the outcome and the error's details.
// Owner thread: the GUI thread. One run at a time; cancel() any time; the destructor cancels and waits.
// Outcomes: finished() for a run that succeeded or was partial (lastReport() says which), failed(error) for a
// failure (also a file the job names that cannot be read: then nothing is recorded, as for colvault-cli), canceled().
// Usage: connect the signals; start(job, store, secrets); on any ending lastReport() is what the run did.
class JobRunManager : public OperationManagerBase
{
    Q_OBJECT

public:
    explicit JobRunManager(QObject* parent = nullptr);

    // `secrets`: the keychain's API key of the job's connection profile and the job's own passphrase or identity,
    // each empty for none (JobInputs).
    void start(const Job& job, const JobStore& store, const JobSecrets& secrets);

    // The last run's job and report, valid from its ending until the next start.
    const Job& lastJob() const { return m_job; }
    const JobRunReport& lastReport() const { return m_report; }

    // The run itself, blocking: what the worker does. Exceptions end as a failed report.
    static JobRunReport execute(const Job& job, const JobStore& store, const JobSecrets& secrets, ProgressSink* sink);

private:
    Job m_job;
    JobRunReport m_report;
};

} // namespace Colvault
