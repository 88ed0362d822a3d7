// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Colvault {

// How a job run ended.
enum class JobOutcome
{
    Succeeded, // backed up, verified, retention applied
    Partial, // backed up and verified, but tenants were skipped: retention was not applied
    Failed,
    Canceled,
};

// One run of a job, as the history keeps it. The archive's size, modification time and creation time are what
// retention later recognises a verified archive by without reading it again (JobArchives).
struct JobRunRecord
{
    QString jobId;
    QString jobName;
    QDateTime start; // UTC
    qint64 durationMs = 0;
    JobOutcome outcome = JobOutcome::Failed;
    qint64 objects = 0;
    int collections = 0;
    int skipped = 0; // collections or tenants skipped
    QString archive; // absolute path; empty when none was kept
    qint64 archiveBytes = 0;
    qint64 archiveModifiedMs = 0; // the file's modification time, ms since the epoch
    QDateTime archiveCreatedAt; // the manifest's createdAt
    bool verified = false;
    QStringList removed; // archives retention removed
    QString logFile;
    QString error; // the failure's message (translated when it was written)

    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, JobRunRecord* out);
    static QString outcomeName(JobOutcome outcome); // "succeeded", "partial", "failed", "canceled"
};

// The job history: one JSON object a line (job-history.jsonl beside jobs.json), appended by every run of every job,
// from the app or the scheduler. A line is written with one write() in append mode, so concurrent runs do not mix
// their lines; a line cut by a crash is skipped when reading. Once the file passes trimThreshold(), append() rewrites
// it without the runs nobody needs any more (trim()); a lock file beside it keeps appends out while it does.
// Thread: any thread. Usage: JobHistory(store.historyFile()).append(record); read(jobId, 5) for the last five.
class JobHistory
{
    Q_DECLARE_TR_FUNCTIONS(JobHistory)

public:
    explicit JobHistory(QString file);

    OpError append(const JobRunRecord& record) const;
    // The runs of one job (all jobs when jobId is empty), oldest first; the last `last` of them when last >= 0.
    QList<JobRunRecord> read(const QString& jobId = {}, int last = -1) const;

    // Drops the runs of each job beyond its newest keepPerJob() that name no archive still kept: no archive, or one
    // that a later run's retention removed. Records of kept archives stay, so retention still recognises them.
    OpError trim() const;
    static qint64 trimThreshold() { return 1024 * 1024; }
    static int keepPerJob() { return 200; }

private:
    static QList<JobRunRecord> withoutStaleRuns(const QList<JobRunRecord>& all);
    OpError writeError(const QString& reason) const;

    QString m_file;
};

} // namespace Colvault
