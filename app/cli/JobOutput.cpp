// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/JobOutput.h"

#include "app/cli/BackupCommand.h"
#include "core/ReportJson.h"
#include "core/S3Archive.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

QString localTime(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}

// Retention counts in UTC periods, so its listing shows UTC times.
QString utcTime(const QDateTime& time)
{
    return time.toUTC().toString(u"yyyy-MM-dd HH:mm:ss 'UTC'"_s);
}

QString skipName(JobArchiveSkip::Why why)
{
    switch (why) {
    case JobArchiveSkip::Why::NotAJobArchive:
        return u"notAJobArchive"_s;
    case JobArchiveSkip::Why::OtherJob:
        return u"otherJob"_s;
    case JobArchiveSkip::Why::Unreadable:
        return u"unreadable"_s;
    case JobArchiveSkip::Why::Incomplete:
        break;
    }
    return u"incomplete"_s;
}

QJsonObject jobRef(const Job& job)
{
    return {{u"id"_s, job.id}, {u"name"_s, job.name}};
}

int clampInt(qint64 value)
{
    return int(std::min<qint64>(value, INT_MAX));
}

} // namespace

JobOutput::JobOutput(QTextStream& out)
    : m_out(out)
{
}

void JobOutput::printJson(const QJsonObject& object)
{
    m_out << QJsonDocument(object).toJson();
    m_out.flush();
}

QString JobOutput::outcomeText(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Succeeded:
        return tr("succeeded");
    case JobOutcome::Partial:
        return tr("finished with skipped tenants");
    case JobOutcome::Failed:
        return tr("failed");
    case JobOutcome::Canceled:
        break;
    }
    return tr("canceled");
}

QString JobOutput::skipText(JobArchiveSkip::Why why)
{
    switch (why) {
    case JobArchiveSkip::Why::NotAJobArchive:
        return tr("not an archive of a saved job");
    case JobArchiveSkip::Why::OtherJob:
        return tr("an archive of another job");
    case JobArchiveSkip::Why::Unreadable:
        return tr("cannot be opened with the job's keys");
    case JobArchiveSkip::Why::Incomplete:
        break;
    }
    return tr("incomplete: no valid trailer");
}

void JobOutput::printList(const QList<Job>& jobs, const JobHistory& history)
{
    if (jobs.isEmpty()) {
        m_out << tr("No saved jobs. Create one with \"%1 job create NAME --dir DIR\".").arg(u"colvault-cli"_s)
              << Qt::endl;
        return;
    }
    QList<QStringList> rows {{tr("Name"), tr("Schedule"), tr("Last run"), tr("Destination")}};
    for (const Job& job : jobs) {
        const QList<JobRunRecord> last = history.read(job.id, 1);
        //: The last run of a job: %1 when, %2 how it ended ("succeeded")
        const QString lastRun = last.isEmpty()
            ? tr("never")
            : tr("%1, %2").arg(localTime(last.constFirst().start), outcomeText(last.constFirst().outcome));
        rows.append({job.name, job.schedule.describe(), lastRun, S3Archive::displayPath(job.directory)});
    }
    QList<qsizetype> widths(4, 0);
    for (const QStringList& row : std::as_const(rows))
        for (qsizetype i = 0; i < 3; ++i)
            widths[i] = std::max(widths[i], row.at(i).size());
    for (const QStringList& row : std::as_const(rows))
        m_out << row.at(0).leftJustified(widths[0] + 2) << row.at(1).leftJustified(widths[1] + 2)
              << row.at(2).leftJustified(widths[2] + 2) << row.at(3) << Qt::endl;
}

QJsonObject JobOutput::listJson(const QList<Job>& jobs, const JobHistory& history)
{
    QJsonArray list;
    for (const Job& job : jobs) {
        QJsonObject o = job.toJson();
        const QList<JobRunRecord> last = history.read(job.id, 1);
        if (!last.isEmpty())
            o.insert(u"lastRun"_s, last.constFirst().toJson());
        list.append(o);
    }
    return {{u"kind"_s, u"jobs"_s}, {u"jobs"_s, list}};
}

void JobOutput::printJob(const Job& job, const QList<JobRunRecord>& runs)
{
    const QString all = tr("all");
    m_out << tr("Job: %1 (%2)").arg(job.name, job.id) << Qt::endl;
    m_out << tr("Server: %1").arg(job.connection.url) << Qt::endl;
    m_out << tr("Collections: %1").arg(job.collections.isEmpty() ? all : job.collections.join(u", "_s)) << Qt::endl;
    for (auto it = job.tenants.cbegin(); it != job.tenants.cend(); ++it)
        m_out << u"  "_s << tr("%1: tenants %2").arg(it.key(), it.value().join(u", "_s)) << Qt::endl;
    if (job.isS3())
        printS3Place(job);
    else
        m_out << tr("Folder: %1").arg(QDir::toNativeSeparators(job.directory)) << Qt::endl;
    m_out << tr("Archives named like: %1").arg(job.fileName(QDateTime::currentDateTimeUtc())) << Qt::endl;
    m_out << tr("Retention: %1")
                 .arg(job.retention.isEmpty() ? tr("none, every archive is kept") : Retention::describe(job.retention))
          << Qt::endl;
    if (!job.encryption.recipients.isEmpty())
        m_out << tr("Encryption: age, to %Ln recipient(s)", nullptr, int(job.encryption.recipients.size())) << Qt::endl;
    else if (!job.encryption.passphraseFile.isEmpty())
        m_out << tr("Encryption: age, with the passphrase in %1")
                     .arg(QDir::toNativeSeparators(job.encryption.passphraseFile))
              << Qt::endl;
    m_out << tr("Schedule: %1").arg(job.schedule.describe()) << Qt::endl;
    printRuns(runs);
}

void JobOutput::printRuns(const QList<JobRunRecord>& runs)
{
    if (runs.isEmpty()) {
        m_out << tr("No runs yet.") << Qt::endl;
        return;
    }
    m_out << tr("Last runs, newest first:") << Qt::endl;
    const QLocale locale;
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        const JobRunRecord& r = *it;
        //: One run in a job's history: %1 when, %2 how it ended, %3 the duration in seconds
        m_out << u"  "_s
              << tr("%1  %2 (%3 s)")
                     .arg(localTime(r.start), outcomeText(r.outcome), locale.toString(r.durationMs / 1000.0, 'f', 1));
        if (!r.archive.isEmpty())
            m_out << u"  "_s
                  << tr("%Ln object(s), %1 (%2)", nullptr, clampInt(r.objects))
                         .arg(QFileInfo(r.archive).fileName(), locale.formattedDataSize(r.archiveBytes));
        if (!r.error.isEmpty())
            m_out << u"  "_s << r.error;
        m_out << Qt::endl;
        if (!r.logFile.isEmpty())
            m_out << u"    "_s << tr("Log: %1").arg(QDir::toNativeSeparators(r.logFile)) << Qt::endl;
    }
}

QJsonObject JobOutput::jobJson(const Job& job, const QList<JobRunRecord>& runs)
{
    QJsonArray history;
    for (const JobRunRecord& r : runs)
        history.append(r.toJson());
    return {{u"kind"_s, u"job"_s}, {u"job"_s, job.toJson()}, {u"history"_s, history}};
}

void JobOutput::printRun(QTextStream& err, const JobRunReport& report)
{
    for (const QString& w : report.warnings)
        err << BackupCommand::tr("Warning: %1").arg(w) << Qt::endl;
    if (report.outcome == JobOutcome::Failed) {
        err << tr("No archive of this run was kept.") << Qt::endl;
        return;
    }
    if (!report.verified) {
        err << tr("Canceled; no archive of this run was kept.") << Qt::endl;
        return;
    }
    const QLocale locale;
    const BackupReport& b = report.backup;
    m_out << BackupCommand::tr("Backed up %Ln object(s) to %1 (%2) in %3 s.", nullptr, clampInt(b.objects))
                 .arg(b.archivePath, locale.formattedDataSize(b.archiveBytes),
                     locale.toString(b.durationMs / 1000.0, 'f', 1))
          << Qt::endl;
    m_out << tr("Verified the new archive: it is complete and intact.") << Qt::endl;
    if (report.outcome == JobOutcome::Canceled)
        err << tr("Canceled before the retention rules were applied; the new archive is kept.") << Qt::endl;
    else if (report.retentionApplied)
        printRetention(report.retention);
}

// A bucket prefix and the --s3-* options saved with it; the keys come from each run's AWS environment or profile.
void JobOutput::printS3Place(const Job& job)
{
    m_out << tr("S3 bucket prefix: %1").arg(job.directory) << Qt::endl;
    if (!job.s3.endpoint.isEmpty())
        m_out << u"  "_s << tr("Endpoint: %1").arg(job.s3.endpoint) << Qt::endl;
    if (!job.s3.region.isEmpty())
        m_out << u"  "_s << tr("Region: %1").arg(job.s3.region) << Qt::endl;
    if (!job.s3.profile.isEmpty())
        m_out << u"  "_s << tr("AWS profile: %1").arg(job.s3.profile) << Qt::endl;
    if (job.s3.pathStyle)
        m_out << u"  "_s << tr("Path-style addressing") << Qt::endl;
}

void JobOutput::printRetention(const JobPruneResult& result)
{
    const int kept = int(result.decisions.size() - result.removeCount());
    //: %Ln archives kept by the retention rules, %1 how many were removed
    m_out << tr("Retention: kept %Ln archive(s), removed %1.", nullptr, kept).arg(result.removed.size()) << Qt::endl;
    for (const QString& path : result.removed)
        m_out << u"  "_s << tr("Removed %1").arg(S3Archive::displayPath(path)) << Qt::endl;
}

QJsonObject JobOutput::retentionJson(const JobPruneResult& result)
{
    QJsonArray archives;
    for (qsizetype i = 0; i < result.decisions.size(); ++i) {
        const RetentionDecision& d = result.decisions.at(i);
        QJsonArray reasons;
        for (const RetentionReason& r : d.reasons) {
            QJsonObject reason {
                {u"rule"_s, Retention::ruleName(r.rule)}, {u"verdict"_s, Retention::verdictName(r.verdict)}};
            if (!r.period.isEmpty())
                reason.insert(u"period"_s, r.period);
            reasons.append(reason);
        }
        archives.append(QJsonObject {{u"path"_s, d.snapshot.id},
            {u"createdAt"_s, d.snapshot.time.toUTC().toString(Qt::ISODateWithMs)},
            {u"bytes"_s, result.archives.value(i).bytes}, {u"keep"_s, d.keep}, {u"reasons"_s, reasons}});
    }
    QJsonArray skipped;
    for (const JobArchiveSkip& s : result.skipped)
        skipped.append(QJsonObject {{u"path"_s, s.path}, {u"why"_s, skipName(s.why)}, {u"details"_s, s.details}});
    return {{u"archives"_s, archives}, {u"removed"_s, QJsonArray::fromStringList(result.removed)},
        {u"skipped"_s, skipped}, {u"warnings"_s, QJsonArray::fromStringList(result.warnings)}};
}

QJsonObject JobOutput::runJson(const Job& job, const JobRunReport& report)
{
    QJsonArray problems;
    for (const auto& p : report.problems)
        problems.append(QJsonObject {{u"entry"_s, p.entry}, {u"message"_s, p.message}, {u"details"_s, p.details}});
    QJsonObject json {{u"kind"_s, u"jobRun"_s}, {u"job"_s, jobRef(job)},
        {u"outcome"_s, JobRunRecord::outcomeName(report.outcome)}, {u"run"_s, report.record.toJson()},
        {u"verified"_s, report.verified}, {u"problems"_s, problems},
        {u"warnings"_s, QJsonArray::fromStringList(report.warnings)}};
    if (report.backup.durationMs > 0 || report.backup.outcome == OperationOutcome::Succeeded)
        json.insert(u"backup"_s, ReportJson::toJson(report.backup));
    if (report.retentionApplied)
        json.insert(u"retention"_s, retentionJson(report.retention));
    if (report.outcome == JobOutcome::Failed)
        json.insert(u"error"_s, ReportJson::toJson(report.error));
    return json;
}

void JobOutput::printPrune(const Job& job, const JobPruneResult& result, bool dryRun, bool verbose)
{
    if (dryRun)
        m_out << tr("Dry run: nothing is removed.") << Qt::endl;
    m_out << tr("Retention of the job \"%1\": %2").arg(job.name, Retention::describe(job.retention)) << Qt::endl;
    for (const RetentionDecision& d : result.decisions) {
        QStringList labels;
        for (const RetentionReason& r : d.reasons) {
            if (r.keeps())
                labels << Retention::label(r);
        }
        //: A line of the retention listing: %1 the archive's time (UTC), %2 its file name, %3 why
        const QString line = tr("%1  %2  (%3)")
                                 .arg(utcTime(d.snapshot.time), QFileInfo(d.snapshot.id).fileName(),
                                     d.keep ? labels.join(u", "_s) : tr("kept by no rule"));
        m_out << (d.keep ? tr("keep")
                : dryRun ? tr("would remove")
                         : tr("remove"))
                     .leftJustified(13)
              << line << Qt::endl;
    }
    for (const JobArchiveSkip& s : result.skipped) {
        if (verbose || s.why == JobArchiveSkip::Why::Incomplete)
            m_out << tr("left alone").leftJustified(13)
                  << tr("%1  (%2)").arg(QFileInfo(s.path).fileName(), skipText(s.why)) << Qt::endl;
    }
    const int removing = int(result.removeCount());
    const int kept = int(result.decisions.size()) - removing;
    if (dryRun)
        //: %Ln archives kept, %1 how many would be removed
        m_out << tr("%Ln archive(s) kept, %1 would be removed.", nullptr, kept).arg(removing) << Qt::endl;
    else
        m_out << tr("%Ln archive(s) kept, %1 removed.", nullptr, kept).arg(result.removed.size()) << Qt::endl;
}

QJsonObject JobOutput::pruneJson(const Job& job, const JobPruneResult& result, bool dryRun)
{
    QJsonObject json = retentionJson(result);
    json.insert(u"kind"_s, u"jobPrune"_s);
    json.insert(u"job"_s, jobRef(job));
    json.insert(u"dryRun"_s, dryRun);
    json.insert(u"rules"_s, job.retention.toJson());
    return json;
}

} // namespace Colvault::Cli
