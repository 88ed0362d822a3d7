// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobRun.h"

#include "core/BackupTask.h"
#include "core/JobPlace.h"
#include "core/S3Archive.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

Q_LOGGING_CATEGORY(lcJob, "colvault.job")

bool isCanceled(ProgressSink* sink)
{
    return sink && sink->isCanceled();
}

BackupParams backupParams(const Job& job, const JobRunInputs& inputs, const QString& destination)
{
    BackupParams p;
    p.endpoint = inputs.endpoint;
    p.collections = job.collections;
    p.tenants = job.tenants;
    p.schemaOnly = job.schemaOnly;
    p.includeVectors = job.includeVectors;
    p.activateTenants = job.activateTenants;
    p.compression = job.compression;
    p.compressionLevel = job.compressionLevel;
    p.pageSize = job.pageSize;
    p.destination = destination;
    p.encryption = inputs.encryption;
    p.job = {job.id, job.name};
    return p;
}

} // namespace

QString JobRun::destination(const Job& job, const QDateTime& utc)
{
    const JobPlace place(job);
    const QString name = job.fileName(utc);
    QString path = place.pathOf(name);
    const QString suffix = job.suffix();
    const QString stem = name.endsWith(suffix) ? name.chopped(suffix.size()) : name;
    JobPlaceEntry there;
    for (int n = 2; place.stat(path, &there); ++n)
        path = place.pathOf(u"%1-%2%3"_s.arg(stem, QString::number(n), name.mid(stem.size())));
    return path;
}

JobRunReport JobRun::run(const Job& job, const JobRunInputs& inputs, const JobStore& store, ProgressSink* sink)
{
    JobRunReport report;
    QElapsedTimer clock;
    clock.start();
    report.record.jobId = job.id;
    report.record.jobName = job.name;
    report.record.start = QDateTime::currentDateTimeUtc();
    report.record.logFile = inputs.logFile;
    qCInfo(lcJob).noquote() << "job" << job.name << job.id << "starts";
    if (backup(job, inputs, sink, &report) && verify(job, inputs, sink, &report)) {
        if (report.backup.skippedCount() > 0) {
            report.outcome = JobOutcome::Partial;
            report.warnings << tr("Some collections or tenants were skipped, so the retention rules were not applied.");
        } else {
            applyRetention(job, inputs, store, sink, &report);
            report.outcome = report.retention.canceled ? JobOutcome::Canceled
                : report.retention.error               ? JobOutcome::Partial
                                                       : JobOutcome::Succeeded;
        }
    }
    report.record.durationMs = clock.elapsed();
    finish(store, &report);
    qCInfo(lcJob).noquote() << "job" << job.name << "ends:" << JobRunRecord::outcomeName(report.outcome)
                            << report.error.details;
    return report;
}

bool JobRun::backup(const Job& job, const JobRunInputs& inputs, ProgressSink* sink, JobRunReport* report)
{
    const BackupParams params = backupParams(job, inputs, destination(job, report->record.start));
    OpError error;
    const BackupPlan plan = BackupTask::plan(params, sink, &error);
    if (isCanceled(sink)) {
        report->outcome = JobOutcome::Canceled;
        return false;
    }
    if (error) {
        report->error = error;
        return false;
    }
    report->backup = BackupTask::apply(plan, sink);
    report->warnings += report->backup.warnings;
    switch (report->backup.outcome) {
    case OperationOutcome::Succeeded:
        return true;
    case OperationOutcome::Canceled:
        report->outcome = JobOutcome::Canceled;
        return false;
    case OperationOutcome::Failed:
        report->error = report->backup.error;
        return false;
    }
    return false;
}

// The whole new archive is read back before anything old is touched; one that does not verify is not a backup and
// would only mislead retention later, so it goes.
bool JobRun::verify(const Job& job, const JobRunInputs& inputs, ProgressSink* sink, JobRunReport* report)
{
    const QString path = report->backup.archivePath;
    ProgressMeter meter(sink);
    ArchiveVerifier::Options options;
    options.keys = inputs.decryption;
    options.progress = [&meter](qint64 done, qint64 total) {
        const QLocale locale;
        //: Progress of reading the new archive back: %1 bytes read so far, %2 the file size
        meter.state().text = tr("Verifying the archive: %1 of %2")
                                 .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        meter.update();
        return !meter.isCanceled();
    };
    ArchiveVerification result;
    const OpError error = ArchiveVerifier::verify(path, &result, options);
    const JobPlace place(job);
    JobPlaceEntry entry;
    if (!error && result.ok()) {
        // Size and time as retention will list them; an object whose listing fails is simply read again then.
        place.stat(path, &entry);
        report->verified = true;
        report->record.archive = entry.path.isEmpty() ? path : entry.path;
        report->record.archiveBytes = entry.bytes;
        report->record.archiveModifiedMs = entry.modifiedMs;
        report->record.archiveCreatedAt = result.manifest.createdAt.toUTC();
        report->record.verified = true;
        return true;
    }
    QString why;
    if (!place.remove(path, &why))
        report->warnings << tr("Cannot remove the unverified archive \"%1\".").arg(S3Archive::displayPath(path));
    if (result.canceled) {
        report->outcome = JobOutcome::Canceled;
        return false;
    }
    report->problems = result.problems;
    const QString details = error ? error.details
        : result.problems.isEmpty()
        ? u"no valid trailer"_s
        : result.problems.constFirst().entry + u": "_s + result.problems.constFirst().message;
    report->error = OpError::make(error ? error.code : OpError::Code::Format,
        tr("The new archive \"%1\" did not pass its verification and was removed.").arg(S3Archive::displayPath(path)),
        details);
    return false;
}

void JobRun::applyRetention(
    const Job& job, const JobRunInputs& inputs, const JobStore& store, ProgressSink* sink, JobRunReport* report)
{
    if (job.retention.isEmpty())
        return;
    ProgressMeter meter(sink);
    meter.state().text = tr("Applying the retention rules");
    meter.update(true);
    // The new archive is known from this run's record: no second reading.
    QList<JobRunRecord> history = JobHistory(store.historyFile()).read(job.id);
    history.append(report->record);
    report->retention = JobArchives::prune(
        job, inputs.decryption, history, report->record.archive, false, [sink] { return isCanceled(sink); });
    if (report->retention.error) {
        report->warnings << tr("The retention rules were not applied: %1").arg(report->retention.error.message);
        return;
    }
    report->retentionApplied = !report->retention.canceled;
    report->record.removed = report->retention.removed;
    report->warnings += report->retention.warnings;
    for (const QString& removed : std::as_const(report->retention.removed))
        qCInfo(lcJob).noquote() << "retention removed" << removed;
}

void JobRun::finish(const JobStore& store, JobRunReport* report)
{
    JobRunRecord& r = report->record;
    r.outcome = report->outcome;
    r.objects = report->backup.objects;
    QSet<QString> collections;
    for (const BackupTenantReport& item : std::as_const(report->backup.items))
        collections.insert(item.collection);
    r.collections = int(collections.size());
    r.skipped = report->backup.skippedCount();
    if (report->outcome == JobOutcome::Failed)
        r.error = report->error.message;
    if (!r.verified)
        r.archive.clear();
    if (OpError error = JobHistory(store.historyFile()).append(r))
        report->warnings << error.message;
}

} // namespace Colvault
