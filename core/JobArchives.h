// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/Job.h"
#include "core/JobHistory.h"
#include "core/OpError.h"
#include "core/Retention.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>

namespace Colvault {

// One archive of a job, as retention counts it.
struct JobArchive
{
    QString path;
    QDateTime createdAt; // the manifest's, UTC
    qint64 bytes = 0;
    bool fromHistory = false; // recognised by the history's record of its verification, not read again
};

// A file in the job's folder that retention leaves alone, and why.
struct JobArchiveSkip
{
    enum class Why
    {
        NotAJobArchive, // not a Colvault archive, or one written without a job
        OtherJob, // a Colvault archive of another job
        Unreadable, // cannot be opened (encrypted with other keys, damaged head)
        Incomplete, // this job's, but without a valid trailer
    };
    QString path;
    Why why = Why::NotAJobArchive;
    QString details; // untranslated
};

// What retention did or, in a dry run, would do in a job's folder.
struct JobPruneResult
{
    QList<RetentionDecision> decisions; // newest first; RetentionSnapshot::id is the path
    QList<JobArchive> archives; // the job's archives, in the order of the decisions
    QList<JobArchiveSkip> skipped;
    QStringList removed; // deleted (empty in a dry run)
    QStringList warnings; // translated: files that could not be deleted
    OpError error; // the folder or bucket prefix could not be listed: nothing was decided or removed
    bool canceled = false;

    qsizetype removeCount() const;
};

// The archives of a job in its folder or S3 bucket prefix (JobPlace), and retention applied to them. Only files that
// are Colvault archives whose manifest names the job's id (options.job) count, and only those with a valid, complete
// trailer: anything else in the place is left alone. The trailer is the last entry of a compressed stream, so
// recognising an archive means reading it to its end, once: an archive whose verification the job history records
// (same path, size and modification time, or LastModified of an object) is recognised from that record without being
// read again. The archive of another job is recognised from its head alone (for an object: its first ranged GETs).
// Thread: blocking file or network I/O, any thread but the GUI's; cancel through `canceled`.
// Usage: JobPruneResult r = JobArchives::prune(job, keys, history.read(job.id), {}, dryRun, canceled);
class JobArchives
{
    Q_DECLARE_TR_FUNCTIONS(JobArchives)

public:
    // File names that may be archives: not hidden (partial archives are), ending in .tar, .tar.zst, .tar.gz or
    // .tar.xz, each also with .age.
    static bool looksLikeArchive(const QString& fileName);

    // The job's archives and the files left alone, in its folder or bucket prefix (JobPlace). `keys` open the job's
    // encrypted archives. An error when the place cannot be listed (an s3:// prefix: keys, bucket, network).
    static OpError scan(const Job& job, const AgeDecryptionKeys& keys, const QList<JobRunRecord>& history,
        const std::function<bool()>& canceled, QList<JobArchive>* archives, QList<JobArchiveSkip>* skipped);

    // Scans, decides with the job's policy (Retention) and, unless `dryRun`, deletes what no rule keeps. `protect`:
    // the archive a run has just written and verified, kept whatever the rules say. Nothing is deleted when the
    // policy is empty or the scan was canceled.
    static JobPruneResult prune(const Job& job, const AgeDecryptionKeys& keys, const QList<JobRunRecord>& history,
        const QString& protect, bool dryRun, const std::function<bool()>& canceled);

    // Reads one file: is it an archive of job `jobId` with a valid trailer? True with *archive filled, else false
    // with *skip filled.
    static bool read(const QString& path, const QString& jobId, const AgeDecryptionKeys& keys, JobArchive* archive,
        JobArchiveSkip* skip);
};

} // namespace Colvault
