// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobHistory.h"
#include "core/JobRun.h"
#include "core/JobStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Colvault;
using namespace Qt::StringLiterals;

// The saved jobs: jobs.json written atomically with ids and creation times, clear errors for bad and duplicate names,
// a missing folder and a damaged or unreadable store (which is never overwritten), every field surviving the round
// trip, the archive file names a job gives, the job history and the run logs.
class TestJobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_archives;

    Job sampleJob(const QString& name) const
    {
        Job job;
        job.name = name;
        job.profile = u"prod db"_s;
        job.directory = m_archives.path();
        return job;
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

private Q_SLOTS:
    void testEnvironmentChoosesTheFolder()
    {
        QTemporaryDir dir;
        qputenv("COLVAULT_CONFIG_DIR", dir.path().toUtf8());
        QCOMPARE(JobStore::defaultDirectory(), dir.path());
        qunsetenv("COLVAULT_CONFIG_DIR");
        QVERIFY(JobStore::defaultDirectory().endsWith(u"/Colvault"_s));
        QCOMPARE(JobStore::defaultDirectory(), JobStore::standardDirectory());
    }

    void testAddFindRemove()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        QList<Job> jobs;
        QVERIFY(!store.load(&jobs)); // no file yet: empty, not an error
        QVERIFY(jobs.isEmpty());

        Job job = sampleJob(u"nightly"_s);
        QVERIFY(!store.add(&job));
        QVERIFY(!QUuid::fromString(job.id).isNull());
        QVERIFY(job.createdAt.isValid());
        Job second = sampleJob(u"hourly"_s);
        QVERIFY(!store.add(&second));
        QVERIFY(second.id != job.id);
        // Atomic: only jobs.json and its lock remain, no temporary file.
        QCOMPARE(filesIn(dir.path()), QStringList({u"jobs.json"_s}));

        Job found;
        QVERIFY(!store.find(u"nightly"_s, &found));
        QCOMPARE(found.toJson(), job.toJson());
        QVERIFY(!store.find(job.id, &found));
        QCOMPARE(found.name, u"nightly"_s);
        QVERIFY(!store.load(&jobs));
        QCOMPARE(jobs.size(), 2);
        QCOMPARE(jobs.constFirst().name, u"hourly"_s); // sorted by name

        Job removed;
        QVERIFY(!store.remove(u"nightly"_s, &removed));
        QCOMPARE(removed.id, job.id);
        const OpError missing = store.find(u"nightly"_s, &found);
        QCOMPARE(missing.code, OpError::Code::Usage);
        QCOMPARE(missing.message, u"There is no job named \"nightly\"."_s);
        QCOMPARE(store.remove(u"nightly"_s, &removed).code, OpError::Code::Usage);
    }

    // Saving a job again under its name keeps its id (its archives stay its own), creation time and schedule.
    void testReplaceKeepsIdAndSchedule()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        Job job = sampleJob(u"nightly"_s);
        job.schedule.every = JobSchedule::Every::Day;
        QVERIFY(!store.add(&job));
        Job edited = sampleJob(u"nightly"_s);
        edited.retention.last = 3;
        QVERIFY(!store.replace(&edited));
        QCOMPARE(edited.id, job.id);
        QCOMPARE(edited.createdAt, job.createdAt);
        QVERIFY(edited.schedule.isOn());
        Job found;
        QVERIFY(!store.find(u"nightly"_s, &found));
        QCOMPARE(found.retention.last, 3);
        QCOMPARE(found.id, job.id);
        // With no job of that name it is a plain add.
        Job fresh = sampleJob(u"fresh"_s);
        QVERIFY(!store.replace(&fresh));
        QVERIFY(!fresh.id.isEmpty() && fresh.id != job.id);
        Job bad = sampleJob(u"nightly"_s);
        bad.directory = dir.filePath(u"missing"_s);
        QCOMPARE(store.replace(&bad).code, OpError::Code::Usage);
    }

    void testRefusals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("directory");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("message");
        const QString here = m_archives.path();
        QTest::newRow("duplicate") << u"taken"_s << here << Job::defaultPattern() << u"already exists"_s;
        QTest::newRow("slash") << u"a/b"_s << here << Job::defaultPattern() << u"not a valid job name"_s;
        QTest::newRow("space") << u"a b"_s << here << Job::defaultPattern() << u"not a valid job name"_s;
        QTest::newRow("dash first") << u"-x"_s << here << Job::defaultPattern() << u"not a valid job name"_s;
        QTest::newRow("empty") << QString() << here << Job::defaultPattern() << u"not a valid job name"_s;
        QTest::newRow("too long") << QString(65, u'a') << here << Job::defaultPattern() << u"not a valid job name"_s;
        QTest::newRow("missing folder") << u"x"_s << here + u"/nope"_s << Job::defaultPattern() << u"does not exist"_s;
        QTest::newRow("no date") << u"x"_s << here << u"{job}"_s << u"has no {date}"_s;
        QTest::newRow("path") << u"x"_s << here << u"sub/{date}"_s << u"plain file name"_s;
        QTest::newRow("other suffix") << u"x"_s << here << u"{date}.tar.gz"_s << u"ends in \".tar.gz\""_s;
    }

    void testRefusals()
    {
        QFETCH(QString, name);
        QFETCH(QString, directory);
        QFETCH(QString, pattern);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const JobStore store(dir.path());
        Job taken = sampleJob(u"taken"_s);
        QVERIFY(!store.add(&taken));
        Job job = sampleJob(name);
        job.directory = directory;
        job.fileNamePattern = pattern;
        const OpError error = store.add(&job);
        QCOMPARE(error.code, OpError::Code::Usage);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QList<Job> jobs;
        QVERIFY(!store.load(&jobs));
        QCOMPARE(jobs.size(), 1);
    }

    void testDamagedStoreIsNeverOverwritten()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        QFile file(store.jobsFile());
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write("{\"format\": \"colvault-jobs\", \"jobs\": [") > 0);
        file.close();
        QList<Job> jobs;
        const OpError error = store.load(&jobs);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY2(error.message.contains(u"damaged"_s), qPrintable(error.message));
        Job job = sampleJob(u"nightly"_s);
        QCOMPARE(store.add(&job).code, OpError::Code::Format);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"format\": \"colvault-jobs\", \"jobs\": ["));
        file.close();

        // A job that is not one (a bad id) is named in the error.
        QJsonObject bad = job.toJson();
        bad.insert(u"id"_s, u"1234"_s);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            QJsonDocument(QJsonObject {{u"format"_s, u"colvault-jobs"_s}, {u"jobs"_s, QJsonArray {bad}}}).toJson());
        file.close();
        const OpError badJob = store.load(&jobs);
        QCOMPARE(badJob.code, OpError::Code::Format);
        QVERIFY2(badJob.details.contains(u"nightly"_s), qPrintable(badJob.details));
    }

    void testUnreadableStore()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        QVERIFY(QDir().mkpath(store.jobsFile())); // a folder where the file should be: unreadable even for root
        QList<Job> jobs;
        const OpError error = store.load(&jobs);
        QVERIFY(error.code == OpError::Code::Io || error.code == OpError::Code::Format);
        QVERIFY2(error.message.contains(QDir::toNativeSeparators(store.jobsFile())), qPrintable(error.message));
    }

    void testEveryFieldRoundTrips()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        Job job = sampleJob(u"full"_s);
        job.connection.url = u"https://weaviate.example:8443"_s;
        job.connection.apiKeyFile = u"/etc/colvault/key"_s;
        job.connection.headerFiles = {u"/etc/colvault/headers"_s};
        job.connection.headerEnv = {u"X-OpenAI-Api-Key=OPENAI_APIKEY"_s};
        job.connection.caFile = u"/etc/ssl/ca.pem"_s;
        job.connection.grpcPort = 50052;
        job.connection.transport = u"grpc"_s;
        job.connection.proxy = u"http://proxy:3128"_s;
        job.connection.proxyUser = u"me"_s;
        job.connection.proxyPasswordFile = u"/etc/colvault/proxy"_s;
        job.connection.timeoutSeconds = 30;
        job.connection.retries = 0;
        job.collections = {u"Article"_s, u"Tenanted"_s};
        job.tenants = {{u"Tenanted"_s, {u"alpha"_s, u"beta"_s}}};
        job.schemaOnly = true;
        job.includeVectors = false;
        job.activateTenants = true;
        job.compression = ArchiveCompression::Xz;
        job.compressionLevel = 0;
        job.pageSize = 100;
        job.fileNamePattern = u"{job}_{date}"_s;
        job.retention = {1, 0, 7, 4, RetentionPolicy::unlimited, 0};
        job.encryption.passphraseFile = u"/etc/colvault/pass"_s;
        job.schedule = {JobSchedule::Every::Week, QTime(3, 30), 7};
        QVERIFY(!store.add(&job));
        Job back;
        QVERIFY(!store.find(u"full"_s, &back));
        QCOMPARE(back.connection, job.connection);
        QCOMPARE(back.tenants, job.tenants);
        QCOMPARE(back.retention, job.retention);
        QCOMPARE(back.encryption, job.encryption);
        QCOMPARE(back.schedule, job.schedule);
        QCOMPARE(back.toJson(), job.toJson());
        // Never a secret: only the file names, never "key" values.
        QVERIFY(job.connection.arguments().contains(u"--api-key-file"_s));
        QVERIFY(!job.connection.arguments().contains(u"--api-key"_s));
    }

    void testFileNames()
    {
        Job job = sampleJob(u"nightly"_s);
        const QDateTime when(QDate(2026, 12, 7), QTime(2, 0, 5), Qt::UTC);
        QCOMPARE(job.fileName(when), u"prod_db-20261207-020005.tar.zst"_s);
        job.fileNamePattern = u"{job}-{date}.tar.zst"_s;
        QCOMPARE(job.fileName(when), u"nightly-20261207-020005.tar.zst"_s);
        job.encryption.recipients = {u"age1xyz"_s};
        QCOMPARE(job.fileName(when), u"nightly-20261207-020005.tar.zst.age"_s);
        job.fileNamePattern = u"{job}-{date}.tar"_s;
        job.compression = ArchiveCompression::Gzip;
        QCOMPARE(job.fileName(when), u"nightly-20261207-020005.tar.gz.age"_s);
        QVERIFY(!job.check());
        // A local time is written in UTC.
        const QDateTime tokyo(QDate(2026, 12, 7), QTime(11, 0, 5), QTimeZone(9 * 3600));
        QCOMPARE(job.fileName(tokyo), u"nightly-20261207-020005.tar.gz.age"_s);

        // Two runs in one second do not overwrite each other.
        job.directory = m_archives.path();
        const QString first = JobRun::destination(job, when);
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QCOMPARE(QFileInfo(JobRun::destination(job, when)).fileName(), u"nightly-20261207-020005-2.tar.gz.age"_s);
        QVERIFY(QFile::remove(first));
    }

    void testHistory()
    {
        QTemporaryDir dir;
        const JobHistory history(QDir(dir.path()).filePath(u"job-history.jsonl"_s));
        QVERIFY(history.read().isEmpty());
        for (int i = 0; i < 3; ++i) {
            JobRunRecord r;
            r.jobId = i == 1 ? u"other"_s : u"mine"_s;
            r.jobName = u"nightly"_s;
            r.start = QDateTime(QDate(2026, 12, 1 + i), QTime(2, 0), Qt::UTC);
            r.durationMs = 1500;
            r.outcome = i == 2 ? JobOutcome::Failed : JobOutcome::Succeeded;
            r.error = i == 2 ? u"Connection refused."_s : QString();
            r.archive = i == 2 ? QString() : u"/backups/a%1.tar.zst"_s.arg(i);
            r.archiveCreatedAt = r.start;
            r.removed = {u"/backups/old.tar.zst"_s};
            QVERIFY(!history.append(r));
        }
        // A line cut by a crash is skipped.
        QFile file(QDir(dir.path()).filePath(u"job-history.jsonl"_s));
        QVERIFY(file.open(QIODevice::Append) && file.write("{\"job\":\"mine\",\"sta") > 0);
        file.close();
        const QList<JobRunRecord> mine = history.read(u"mine"_s);
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(1).outcome, JobOutcome::Failed);
        QCOMPARE(mine.at(1).error, u"Connection refused."_s);
        QCOMPARE(mine.at(0).removed, QStringList({u"/backups/old.tar.zst"_s}));
        QCOMPARE(history.read(QString()).size(), 3);
        QCOMPARE(history.read(u"mine"_s, 1).constFirst().start, QDateTime(QDate(2026, 12, 3), QTime(2, 0), Qt::UTC));
    }

    void testHistoryIsTrimmed()
    {
        QTemporaryDir dir;
        const QString path = QDir(dir.path()).filePath(u"job-history.jsonl"_s);
        const JobHistory history(path);
        JobRunRecord other;
        other.jobId = u"other"_s;
        other.start = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
        QVERIFY(!history.append(other));
        // 300 hourly runs keeping the last three archives, except that the first ten archives were never removed
        // (kept by a monthly rule); 4 KB of error text each so that the file passes the threshold on the way.
        const auto archive = [](int i) { return u"/backups/run-%1.tar.zst"_s.arg(i); };
        for (int i = 0; i < 300; ++i) {
            JobRunRecord r;
            r.jobId = u"mine"_s;
            r.start = other.start.addSecs(3600 * (i + 1));
            r.archive = archive(i);
            r.error = QString(4096, u'x');
            if (i >= 13)
                r.removed = {archive(i - 3)};
            QVERIFY(!history.append(r));
        }
        QVERIFY(QFileInfo(path).size() <= JobHistory::trimThreshold());
        const QList<JobRunRecord> mine = history.read(u"mine"_s);
        QStringList archives;
        for (const JobRunRecord& r : mine)
            archives << r.archive;
        for (int i = 0; i < 10; ++i)
            QVERIFY2(archives.contains(archive(i)), qPrintable(archive(i))); // still on disk: retention needs them
        QVERIFY(!archives.contains(archive(10))); // removed by a later run, and old
        QCOMPARE(archives.mid(archives.size() - JobHistory::keepPerJob()).constFirst(),
            archive(300 - JobHistory::keepPerJob()));
        QCOMPARE(archives.constLast(), archive(299));
        QCOMPARE(history.read(u"other"_s).size(), 1); // another job's runs are its own count
        QVERIFY(!QFileInfo::exists(path + u".lock"_s));
    }

    void testLogsAreCapped()
    {
        QTemporaryDir dir;
        const JobStore store(dir.path());
        const Job job = sampleJob(u"nightly"_s);
        QDateTime when(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC);
        for (int i = 0; i < 5; ++i) {
            QFile log(store.newLogFile(job, when.addSecs(i * 3600), 3));
            QVERIFY(log.open(QIODevice::WriteOnly));
        }
        QFile other(QDir(store.logDirectory()).filePath(u"other-20261201-000000-000.log"_s));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        store.newLogFile(job, when.addDays(1), 3);
        QCOMPARE(filesIn(store.logDirectory()),
            QStringList({u"nightly-20261201-030000-000.log"_s, u"nightly-20261201-040000-000.log"_s,
                u"other-20261201-000000-000.log"_s}));
    }
};

QTEST_GUILESS_MAIN(TestJobStore)
#include "TestJobStore.moc"
