// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QString formatName = u"colvault-jobs"_s;
constexpr int formatVersion = 1;

} // namespace

QString JobStore::defaultDirectory()
{
    const QString overridden = qEnvironmentVariable("COLVAULT_CONFIG_DIR");
    return overridden.isEmpty() ? standardDirectory() : QDir(overridden).absolutePath();
}

QString JobStore::standardDirectory()
{
    // Not AppConfigLocation: it ends in the application's name, which differs between `colvault` and `colvault-cli`,
    // and both must see the same jobs.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)).filePath(u"Colvault"_s);
}

JobStore::JobStore(QString directory)
    : m_directory(std::move(directory))
{
}

QString JobStore::jobsFile() const
{
    return QDir(m_directory).filePath(u"jobs.json"_s);
}

QString JobStore::historyFile() const
{
    return QDir(m_directory).filePath(u"job-history.jsonl"_s);
}

QString JobStore::logDirectory() const
{
    return QDir(m_directory).filePath(u"logs"_s);
}

QString JobStore::newLogFile(const Job& job, const QDateTime& utc, int keep) const
{
    QDir().mkpath(logDirectory());
    const QDir dir(logDirectory());
    // The names sort by time: yyyyMMdd-HHmmss-zzz (milliseconds, so that runs in one second get logs of their own).
    const QString digits(u"[0-9]"_s);
    const QString stamp = digits.repeated(8) + u'-' + digits.repeated(6) + u'-' + digits.repeated(3);
    QStringList logs = dir.entryList({job.name + u'-' + stamp + u".log"_s}, QDir::Files, QDir::Name);
    while (logs.size() >= keep && !logs.isEmpty())
        QFile::remove(dir.filePath(logs.takeFirst()));
    return dir.filePath(u"%1-%2.log"_s.arg(job.name, utc.toUTC().toString(u"yyyyMMdd-HHmmss-zzz"_s)));
}

OpError JobStore::load(QList<Job>* jobs) const
{
    jobs->clear();
    QFile file(jobsFile());
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return OpError::make(OpError::Code::Io,
            tr("Cannot read the saved jobs in \"%1\": %2")
                .arg(QDir::toNativeSeparators(file.fileName()), file.errorString()),
            file.fileName());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonObject root = doc.object();
    const auto damaged = [&](const QString& details) {
        return OpError::make(OpError::Code::Format,
            tr("The saved jobs in \"%1\" are damaged; fix or move the file.")
                .arg(QDir::toNativeSeparators(file.fileName())),
            details);
    };
    if (parseError.error != QJsonParseError::NoError)
        return damaged(u"JSON error at offset %1: %2"_s.arg(parseError.offset).arg(parseError.errorString()));
    if (root.value(u"format"_s).toString() != formatName || !root.value(u"jobs"_s).isArray())
        return damaged(u"not a %1 file"_s.arg(formatName));
    if (root.value(u"formatVersion"_s).toInt() > formatVersion)
        return OpError::make(OpError::Code::Format,
            tr("The saved jobs in \"%1\" were written by a newer version of Colvault.")
                .arg(QDir::toNativeSeparators(file.fileName())),
            u"formatVersion %1"_s.arg(root.value(u"formatVersion"_s).toInt()));
    for (const QJsonValue& value : root.value(u"jobs"_s).toArray()) {
        Job job;
        if (OpError error = Job::fromJson(value.toObject(), &job)) {
            error.message = damaged({}).message;
            return error;
        }
        jobs->append(job);
    }
    std::sort(jobs->begin(), jobs->end(), [](const Job& a, const Job& b) { return a.name < b.name; });
    return {};
}

OpError JobStore::save(const QList<Job>& jobs) const
{
    QJsonArray list;
    for (const Job& job : jobs)
        list.append(job.toJson());
    const QJsonObject root {{u"format"_s, formatName}, {u"formatVersion"_s, formatVersion}, {u"jobs"_s, list}};
    QSaveFile file(jobsFile());
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(root).toJson(QJsonDocument::Indented)) < 0
        || !file.commit())
        return OpError::make(OpError::Code::Io,
            tr("Cannot save the jobs to \"%1\": %2").arg(QDir::toNativeSeparators(jobsFile()), file.errorString()),
            jobsFile());
    return {};
}

OpError JobStore::notFound(const QString& nameOrId) const
{
    return OpError::make(OpError::Code::Usage, tr("There is no job named \"%1\".").arg(nameOrId), m_directory);
}

template<typename Edit> OpError JobStore::modify(Edit edit) const
{
    if (!QDir().mkpath(m_directory))
        return OpError::make(OpError::Code::Io,
            tr("Cannot create the folder \"%1\".").arg(QDir::toNativeSeparators(m_directory)), m_directory);
    QLockFile lock(jobsFile() + u".lock"_s);
    // Edits take milliseconds; a lock held for seconds belongs to a process that hangs or died (tryLock takes over a
    // lock whose process is gone).
    if (!lock.tryLock(10000))
        return OpError::make(OpError::Code::Io,
            tr("The saved jobs in \"%1\" are locked by another program.").arg(QDir::toNativeSeparators(jobsFile())),
            u"QLockFile error %1"_s.arg(int(lock.error())));
    QList<Job> jobs;
    if (OpError error = load(&jobs))
        return error;
    if (OpError error = edit(jobs))
        return error;
    return save(jobs);
}

OpError JobStore::find(const QString& nameOrId, Job* job) const
{
    QList<Job> jobs;
    if (OpError error = load(&jobs))
        return error;
    for (const Job& j : std::as_const(jobs)) {
        if (j.name == nameOrId || j.id == nameOrId) {
            *job = j;
            return {};
        }
    }
    return notFound(nameOrId);
}

OpError JobStore::add(Job* job) const
{
    if (OpError error = job->check())
        return error;
    return modify([&](QList<Job>& jobs) {
        for (const Job& j : std::as_const(jobs)) {
            if (j.name == job->name)
                return OpError::make(OpError::Code::Usage, tr("A job named \"%1\" already exists.").arg(job->name));
        }
        job->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job->createdAt = QDateTime::currentDateTimeUtc();
        jobs.append(*job);
        return OpError();
    });
}

OpError JobStore::replace(Job* job) const
{
    if (OpError error = job->check())
        return error;
    return modify([&](QList<Job>& jobs) {
        for (Job& j : jobs) {
            if (j.name == job->name) {
                job->id = j.id;
                job->createdAt = j.createdAt;
                job->schedule = j.schedule;
                j = *job;
                return OpError();
            }
        }
        job->id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job->createdAt = QDateTime::currentDateTimeUtc();
        jobs.append(*job);
        return OpError();
    });
}

OpError JobStore::update(const Job& job) const
{
    return modify([&](QList<Job>& jobs) {
        for (Job& j : jobs) {
            if (j.id == job.id) {
                j = job;
                return OpError();
            }
        }
        return notFound(job.name);
    });
}

OpError JobStore::remove(const QString& nameOrId, Job* removed) const
{
    return modify([&](QList<Job>& jobs) {
        for (qsizetype i = 0; i < jobs.size(); ++i) {
            if (jobs.at(i).name == nameOrId || jobs.at(i).id == nameOrId) {
                *removed = jobs.takeAt(i);
                return OpError();
            }
        }
        return notFound(nameOrId);
    });
}

} // namespace Colvault
