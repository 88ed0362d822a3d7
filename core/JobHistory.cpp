// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobHistory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QList<JobOutcome>& outcomes()
{
    static const QList<JobOutcome> all {
        JobOutcome::Succeeded, JobOutcome::Partial, JobOutcome::Failed, JobOutcome::Canceled};
    return all;
}

} // namespace

QString JobRunRecord::outcomeName(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Succeeded:
        return u"succeeded"_s;
    case JobOutcome::Partial:
        return u"partial"_s;
    case JobOutcome::Failed:
        return u"failed"_s;
    case JobOutcome::Canceled:
        break;
    }
    return u"canceled"_s;
}

QJsonObject JobRunRecord::toJson() const
{
    QJsonObject json {
        {u"job"_s, jobId},
        {u"jobName"_s, jobName},
        {u"start"_s, start.toUTC().toString(Qt::ISODateWithMs)},
        {u"durationMs"_s, durationMs},
        {u"outcome"_s, outcomeName(outcome)},
        {u"objects"_s, objects},
        {u"collections"_s, collections},
        {u"skipped"_s, skipped},
        {u"verified"_s, verified},
    };
    if (!archive.isEmpty()) {
        json.insert(u"archive"_s, archive);
        json.insert(u"archiveBytes"_s, archiveBytes);
        json.insert(u"archiveModifiedMs"_s, archiveModifiedMs);
        json.insert(u"archiveCreatedAt"_s, archiveCreatedAt.toUTC().toString(Qt::ISODateWithMs));
    }
    if (!removed.isEmpty())
        json.insert(u"removed"_s, QJsonArray::fromStringList(removed));
    if (!logFile.isEmpty())
        json.insert(u"logFile"_s, logFile);
    if (!error.isEmpty())
        json.insert(u"error"_s, error);
    return json;
}

bool JobRunRecord::fromJson(const QJsonObject& json, JobRunRecord* out)
{
    JobRunRecord r;
    r.jobId = json.value(u"job"_s).toString();
    r.jobName = json.value(u"jobName"_s).toString();
    r.start = QDateTime::fromString(json.value(u"start"_s).toString(), Qt::ISODateWithMs);
    const QString outcome = json.value(u"outcome"_s).toString();
    bool known = false;
    for (const JobOutcome o : outcomes()) {
        if (outcomeName(o) == outcome) {
            r.outcome = o;
            known = true;
        }
    }
    if (r.jobId.isEmpty() || !r.start.isValid() || !known)
        return false;
    r.durationMs = qint64(json.value(u"durationMs"_s).toDouble());
    r.objects = qint64(json.value(u"objects"_s).toDouble());
    r.collections = json.value(u"collections"_s).toInt();
    r.skipped = json.value(u"skipped"_s).toInt();
    r.verified = json.value(u"verified"_s).toBool();
    r.archive = json.value(u"archive"_s).toString();
    r.archiveBytes = qint64(json.value(u"archiveBytes"_s).toDouble());
    r.archiveModifiedMs = qint64(json.value(u"archiveModifiedMs"_s).toDouble());
    r.archiveCreatedAt = QDateTime::fromString(json.value(u"archiveCreatedAt"_s).toString(), Qt::ISODateWithMs);
    for (const QJsonValue& v : json.value(u"removed"_s).toArray())
        r.removed << v.toString();
    r.logFile = json.value(u"logFile"_s).toString();
    r.error = json.value(u"error"_s).toString();
    *out = r;
    return true;
}

JobHistory::JobHistory(QString file)
    : m_file(std::move(file))
{
}

OpError JobHistory::append(const JobRunRecord& record) const
{
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    const QByteArray line = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact) + '\n';
    {
        // The lock only keeps this line out of a trim() that is rewriting the file; appends do not mix without it.
        QLockFile lock(m_file + u".lock"_s);
        lock.tryLock(10000);
        QFile file(m_file);
        if (!file.open(
                QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered, QFile::ReadOwner | QFile::WriteOwner)
            || file.write(line) != line.size() || !file.flush())
            return writeError(file.errorString());
        if (file.size() <= trimThreshold())
            return {};
    }
    return trim();
}

OpError JobHistory::trim() const
{
    QLockFile lock(m_file + u".lock"_s);
    if (!lock.tryLock(10000))
        return {}; // another run holds it for longer than a trim takes: it is trimming, or stuck; try next time
    const QList<JobRunRecord> kept = withoutStaleRuns(read());
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(file.errorString());
    for (const JobRunRecord& r : kept)
        file.write(QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) + '\n');
    if (!file.commit())
        return writeError(file.errorString());
    return {};
}

QList<JobRunRecord> JobHistory::withoutStaleRuns(const QList<JobRunRecord>& all)
{
    QSet<QString> removed; // archives that some run's retention deleted
    QHash<QString, int> runs; // runs per job
    for (const JobRunRecord& r : all) {
        for (const QString& path : r.removed)
            removed.insert(path);
        ++runs[r.jobId];
    }
    QList<JobRunRecord> kept;
    QHash<QString, int> seen;
    for (const JobRunRecord& r : all) {
        const bool recent = runs.value(r.jobId) - seen[r.jobId]++ <= keepPerJob();
        const bool archiveKept = !r.archive.isEmpty() && !removed.contains(r.archive);
        if (recent || archiveKept)
            kept.append(r);
    }
    return kept;
}

OpError JobHistory::writeError(const QString& reason) const
{
    return OpError::make(OpError::Code::Io,
        tr("Cannot write the job history \"%1\": %2").arg(QDir::toNativeSeparators(m_file), reason), m_file);
}

QList<JobRunRecord> JobHistory::read(const QString& jobId, int last) const
{
    QList<JobRunRecord> records;
    QFile file(m_file);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        JobRunRecord r;
        if (line.isEmpty() || !JobRunRecord::fromJson(QJsonDocument::fromJson(line).object(), &r))
            continue; // a line cut by a crash, or written by something else
        if (jobId.isEmpty() || r.jobId == jobId)
            records.append(r);
    }
    if (last >= 0 && records.size() > last)
        records.remove(0, records.size() - last);
    return records;
}

} // namespace Colvault
