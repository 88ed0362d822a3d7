// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobArchives.h"
#include "core/JobHistory.h"
#include "core/JobRun.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QTextStream>

namespace Colvault::Cli {

// What `job list`, `job show`, `job run` and `job prune` print: text for people (translated, dates in the locale's
// format, retention times in UTC as the rules count them) and the --json reports (never translated). No logic
// beyond formatting. Thread: the CLI's thread.
// Usage: JobOutput output(context.out); output.printPrune(job, result, dryRun, verbose);
class JobOutput
{
    Q_DECLARE_TR_FUNCTIONS(JobOutput)

public:
    explicit JobOutput(QTextStream& out);

    void printJson(const QJsonObject& object);

    void printList(const QList<Job>& jobs, const JobHistory& history);
    static QJsonObject listJson(const QList<Job>& jobs, const JobHistory& history);

    void printJob(const Job& job, const QList<JobRunRecord>& runs);
    static QJsonObject jobJson(const Job& job, const QList<JobRunRecord>& runs);

    // What was done on `out`; why nothing was kept, and the warnings, on `err` (the error line is the caller's).
    void printRun(QTextStream& err, const JobRunReport& report);
    static QJsonObject runJson(const Job& job, const JobRunReport& report);

    void printPrune(const Job& job, const JobPruneResult& result, bool dryRun, bool verbose);
    static QJsonObject pruneJson(const Job& job, const JobPruneResult& result, bool dryRun);

    static QString outcomeText(JobOutcome outcome);
    static QString skipText(JobArchiveSkip::Why why);

private:
    void printS3Place(const Job& job);
    void printRuns(const QList<JobRunRecord>& runs);
    void printRetention(const JobPruneResult& result);
    static QJsonObject retentionJson(const JobPruneResult& result);

    QTextStream& m_out;
};

} // namespace Colvault::Cli
