// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/JobHistory.h"
#include "core/JobStore.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `colvault-cli job …` in process against the emulator: create, list, show and delete; runs that back up, verify and
// apply retention (keep-last 1 twice leaves one archive, which verifies; another job's archives and foreign files
// stay); a run against a server that is down fails and deletes nothing; prune --dry-run deletes nothing; encrypted
// jobs; schedules written into $COLVAULT_SCHEDULE_DIR; and the refusals (secrets on the command line, bad names).
class TestJobCommand : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    // Files in `dir`, hidden ones too, sorted.
    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    // A new folder for one test's archives.
    QString newFolder(const QString& name)
    {
        const QString path = m_dir.filePath(name);
        QDir().mkpath(path);
        return path;
    }

    Run create(const QString& name, const QString& folder, const QStringList& options)
    {
        return cli(
            QStringList {u"--url"_s, m_url, u"job"_s, u"create"_s, name, u"Article"_s, u"--dir"_s, folder} + options);
    }

    QTemporaryDir m_dir;
    QString m_configDir;
    std::unique_ptr<TestSupport::EmulatorFixture> m_server;
    QString m_url;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
        m_configDir = m_dir.filePath(u"config"_s);
        qputenv("COLVAULT_CONFIG_DIR", m_configDir.toUtf8());
        qputenv("COLVAULT_SCHEDULE_DIR", m_dir.filePath(u"schedules"_s).toUtf8());
        m_server = std::make_unique<TestSupport::EmulatorFixture>();
        m_url = m_server->baseUrl().toString();
        Seed::SeedOptions o;
        o.objects = 60;
        o.dims = 8;
        o.collections = {"Article", "Passage"};
        QString error;
        QVERIFY2(m_server->seed(o, &error), qPrintable(error));
    }

    void cleanupTestCase() { m_server.reset(); }

    void testCreateListShowDelete()
    {
        const QString folder = newFolder(u"crud"_s);
        const Run made = create(
            u"crud"_s, folder, {u"--keep-daily"_s, u"7"_s, u"--compression"_s, u"gzip"_s, u"--transport"_s, u"rest"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        QVERIFY2(
            made.out.contains(u"Saved the job \"crud\""_s) && made.out.contains(u".tar.gz"_s), qPrintable(made.out));
        QVERIFY(QFile::exists(QDir(m_configDir).filePath(u"jobs.json"_s)));

        const Run again = create(u"crud"_s, folder, {});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));

        const Run list = cli({u"job"_s, u"list"_s});
        QVERIFY2(
            list.exitCode == 0 && list.out.contains(u"crud"_s) && list.out.contains(u"never"_s), qPrintable(list.out));
        const Run json = cli({u"job"_s, u"list"_s, u"--json"_s});
        QCOMPARE(json.json().value(u"kind"_s).toString(), u"jobs"_s);

        const Run show = cli({u"job"_s, u"show"_s, u"crud"_s, u"--json"_s});
        QCOMPARE(show.exitCode, 0);
        const QJsonObject job = show.json().value(u"job"_s).toObject();
        QCOMPARE(job.value(u"connection"_s).toObject().value(u"url"_s).toString(), m_url);
        QCOMPARE(job.value(u"connection"_s).toObject().value(u"transport"_s).toString(), u"rest"_s);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"crud"_s}).exitCode, 0); // the saved options parse again
        QCOMPARE(job.value(u"retention"_s).toObject().value(u"daily"_s).toInt(), 7);
        QCOMPARE(job.value(u"backup"_s).toObject().value(u"collections"_s).toArray().size(), 1);
        const Run text = cli({u"job"_s, u"show"_s, u"crud"_s});
        QVERIFY2(text.out.contains(u"Retention: --keep-daily 7"_s) && text.out.contains(u"succeeded"_s),
            qPrintable(text.out));

        const Run removed = cli({u"job"_s, u"delete"_s, u"crud"_s});
        QVERIFY2(removed.exitCode == 0 && removed.out.contains(u"are kept"_s), qPrintable(removed.err));
        QCOMPARE(cli({u"job"_s, u"show"_s, u"crud"_s}).exitCode, 2);
        QVERIFY(cli({u"job"_s, u"delete"_s, u"crud"_s}).err.contains(u"There is no job named \"crud\""_s));
    }

    void testRefusals()
    {
        const QString folder = newFolder(u"refusals"_s);
        const QString key = m_dir.filePath(u"key.txt"_s);
        QVERIFY(writeFile(key, "secret\n"));
        const QList<QPair<QStringList, QString>> cases {
            {{u"--api-key"_s, u"secret"_s}, u"saves no secrets"_s},
            {{u"--header"_s, u"X-Key: secret"_s}, u"saves no secrets"_s},
            {{u"--identity"_s, u"-"_s}, u"standard input"_s},
            {{u"--keep-last"_s, u"many"_s}, u"--keep-last needs a number"_s},
            {{u"--level"_s, u"42"_s}, u"compression level"_s},
            {{u"--pattern"_s, u"{job}"_s}, u"has no {date}"_s},
            {{u"--encrypt-to"_s, u"age1qqqq"_s}, u"not an age recipient"_s},
            {{u"--tenants"_s, u"Article:acme-["_s}, u"neither a tenant name nor a pattern"_s},
        };
        for (const auto& [options, message] : cases) {
            const Run r = create(u"refused"_s, folder, options);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(message), qPrintable(options.join(u' ') + u": "_s + r.err));
        }
        const Run badName = create(u"no/slash"_s, folder, {});
        QVERIFY2(badName.exitCode == 2 && badName.err.contains(u"not a valid job name"_s), qPrintable(badName.err));
        const Run noDir = cli({u"--url"_s, m_url, u"job"_s, u"create"_s, u"x"_s, u"--dir"_s, folder + u"/missing"_s});
        QVERIFY2(noDir.exitCode == 2 && noDir.err.contains(u"does not exist"_s), qPrintable(noDir.err));
        QVERIFY(cli({u"job"_s, u"create"_s, u"x"_s, u"--dir"_s, u"ftp://host/x"_s}).err.contains(u"local folder"_s));
        // A secret in a file is fine, and only its name is saved.
        const Run keyFile = create(u"keyfile"_s, folder, {u"--api-key-file"_s, key});
        QVERIFY2(keyFile.exitCode == 0, qPrintable(keyFile.err));
        QFile jobs(QDir(m_configDir).filePath(u"jobs.json"_s));
        QVERIFY(jobs.open(QIODevice::ReadOnly));
        const QByteArray saved = jobs.readAll();
        QVERIFY(saved.contains(key.toUtf8()) && !saved.contains("secret\n"));
        QCOMPARE(cli({u"job"_s, u"delete"_s, u"keyfile"_s}).exitCode, 0);
        QCOMPARE(cli({u"job"_s, u"unknown"_s}).exitCode, 2);
        QCOMPARE(cli({u"job"_s}).exitCode, 2);
        QCOMPARE(cli({u"job"_s, u"--help"_s}).exitCode, 0);
    }

    // keep-last 1, run twice: one archive left, the newer, and it verifies; the other job's archive, a manual backup
    // and a stray file in the same folder are untouched.
    void testRunTwiceKeepsOne()
    {
        const QString folder = newFolder(u"runs"_s);
        QVERIFY(create(u"other"_s, folder, {u"--keep-last"_s, u"1"_s}).exitCode == 0);
        const Run otherRun = cli({u"job"_s, u"run"_s, u"other"_s});
        QVERIFY2(otherRun.exitCode == 0, qPrintable(otherRun.err));
        const Run manual = cli({u"--url"_s, m_url, u"backup"_s, u"Passage"_s, u"-o"_s, folder + u"/manual.tar.zst"_s});
        QVERIFY2(manual.exitCode == 0, qPrintable(manual.err));
        QVERIFY(writeFile(folder + u"/notes.tar.zst"_s, "not an archive"));
        QVERIFY(writeFile(folder + u"/readme.txt"_s, "hello"));
        const QStringList foreign = filesIn(folder);

        QVERIFY(
            create(u"nightly"_s, folder, {u"--keep-last"_s, u"1"_s, u"--pattern"_s, u"{job}-{date}"_s}).exitCode == 0);
        const Run first = cli({u"job"_s, u"run"_s, u"nightly"_s});
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        QVERIFY2(first.out.contains(u"Backed up 60 objects"_s) && first.out.contains(u"Verified the new archive"_s),
            qPrintable(first.out));
        const Run second = cli({u"job"_s, u"run"_s, u"nightly"_s, u"--json"_s});
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        const QJsonObject report = second.json();
        QCOMPARE(report.value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(report.value(u"retention"_s).toObject().value(u"removed"_s).toArray().size(), 1);

        QStringList mine = filesIn(folder);
        for (const QString& f : foreign)
            QVERIFY2(mine.removeOne(f), qPrintable(f));
        QCOMPARE(mine.size(), 1);
        const QString kept = QDir(folder).filePath(mine.constFirst());
        QCOMPARE(kept, report.value(u"run"_s).toObject().value(u"archive"_s).toString());
        QVERIFY(mine.constFirst().startsWith(u"nightly-"_s) && mine.constFirst().endsWith(u".tar.zst"_s));
        Colvault::ArchiveVerification verification;
        QVERIFY(!Colvault::ArchiveVerifier::verify(kept, &verification));
        QVERIFY(verification.ok());
        QCOMPARE(verification.manifest.job.name, u"nightly"_s);

        // Both runs are in the history, with their logs; show prints them.
        Colvault::Job job;
        QVERIFY(!Colvault::JobStore(m_configDir).find(u"nightly"_s, &job));
        const QList<Colvault::JobRunRecord> runs
            = Colvault::JobHistory(Colvault::JobStore(m_configDir).historyFile()).read(job.id);
        QCOMPARE(runs.size(), 2);
        QVERIFY(QFile::exists(runs.constLast().logFile));
        QCOMPARE(runs.constLast().removed.size(), 1);
        const Run show = cli({u"job"_s, u"show"_s, u"nightly"_s});
        QVERIFY2(show.out.contains(u"Last runs, newest first:"_s) && show.out.contains(u"succeeded"_s),
            qPrintable(show.out));
        // A run takes its connection from the job.
        QCOMPARE(cli({u"--url"_s, m_url, u"job"_s, u"run"_s, u"nightly"_s}).exitCode, 2);
    }

    // The server is down: the run fails, and nothing in the folder is touched.
    void testFailedRunDeletesNothing()
    {
        const QString folder = newFolder(u"down"_s);
        TestSupport::EmulatorFixture doomed;
        Seed::SeedOptions o;
        o.objects = 10;
        o.dims = 4;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(doomed.seed(o, &error), qPrintable(error));
        const QString url = doomed.baseUrl().toString();
        QVERIFY(cli({u"--url"_s, url, u"job"_s, u"create"_s, u"down"_s, u"--dir"_s, folder, u"--keep-last"_s, u"1"_s,
                        u"--retries"_s, u"0"_s})
                    .exitCode
            == 0);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"down"_s}).exitCode, 0);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"down"_s}).exitCode, 0);
        const QStringList before = filesIn(folder);
        QCOMPARE(before.size(), 1);
        doomed.emulator().stop();
        const Run failed = cli({u"job"_s, u"run"_s, u"down"_s, u"--json"_s});
        QCOMPARE(failed.exitCode, 1);
        QCOMPARE(failed.json().value(u"outcome"_s).toString(), u"failed"_s);
        QVERIFY2(failed.err.startsWith(u"Error: "_s), qPrintable(failed.err));
        QCOMPARE(filesIn(folder), before);
        Colvault::Job job;
        QVERIFY(!Colvault::JobStore(m_configDir).find(u"down"_s, &job));
        const Colvault::JobRunRecord last
            = Colvault::JobHistory(Colvault::JobStore(m_configDir).historyFile()).read(job.id, 1).constFirst();
        QCOMPARE(last.outcome, Colvault::JobOutcome::Failed);
        QVERIFY(!last.error.isEmpty());
        QVERIFY(last.archive.isEmpty());
    }

    void testPruneDryRunDeletesNothing()
    {
        const QString folder = newFolder(u"prune"_s);
        QVERIFY(create(u"prune"_s, folder, {}).exitCode == 0); // no rules yet: every run keeps everything
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({u"job"_s, u"run"_s, u"prune"_s}).exitCode, 0);
        const QStringList before = filesIn(folder);
        QCOMPARE(before.size(), 3);
        QVERIFY(cli({u"job"_s, u"prune"_s, u"prune"_s}).out.contains(u"no retention rules"_s));

        // Deleted and created again, a job has a new id: the old archives are not its own.
        QCOMPARE(cli({u"job"_s, u"delete"_s, u"prune"_s}).exitCode, 0);
        QVERIFY(create(u"prune"_s, folder, {u"--keep-last"_s, u"2"_s}).exitCode == 0);
        const Run none = cli({u"job"_s, u"prune"_s, u"prune"_s, u"--dry-run"_s, u"--json"_s});
        QVERIFY(none.json().value(u"archives"_s).toArray().isEmpty());
        QCOMPARE(none.json().value(u"skipped"_s).toArray().size(), 3);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"prune"_s}).exitCode, 0);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"prune"_s}).exitCode, 0);
        QCOMPARE(cli({u"job"_s, u"run"_s, u"prune"_s}).exitCode, 0);
        QCOMPARE(filesIn(folder).size(), 5); // 3 of the old job + the 2 kept
    }

    void testPruneListsWhy()
    {
        const QString folder = newFolder(u"why"_s);
        QVERIFY(create(u"why"_s, folder, {}).exitCode == 0);
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"why"_s, u"--daily"_s}).exitCode, 0);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(cli({u"job"_s, u"run"_s, u"why"_s}).exitCode, 0);
        Colvault::Job before;
        QVERIFY(!Colvault::JobStore(m_configDir).find(u"why"_s, &before));
        // Rules given by saving the job again with --replace: same id, so the archives stay its own; same schedule.
        const Run replaced = create(u"why"_s, folder, {u"--replace"_s, u"--keep-last"_s, u"1"_s});
        QVERIFY2(replaced.exitCode == 0, qPrintable(replaced.err));
        Colvault::Job job;
        QVERIFY(!Colvault::JobStore(m_configDir).find(u"why"_s, &job));
        QCOMPARE(job.id, before.id);
        QCOMPARE(job.retention.last, 1);
        QVERIFY(job.schedule.isOn());
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"why"_s, u"--off"_s}).exitCode, 0);
        const QStringList files = filesIn(folder);

        const Run dry = cli({u"job"_s, u"prune"_s, u"why"_s, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"Dry run"_s) && dry.out.contains(u"one of the last archives, newest archive"_s)
                && dry.out.count(u"would remove"_s) == 2 && dry.out.contains(u"kept by no rule"_s),
            qPrintable(dry.out));
        QCOMPARE(filesIn(folder), files);
        const Run json = cli({u"job"_s, u"prune"_s, u"why"_s, u"--dry-run"_s, u"--json"_s});
        const QJsonArray archives = json.json().value(u"archives"_s).toArray();
        QCOMPARE(archives.size(), 3);
        QCOMPARE(
            archives.at(2).toObject().value(u"reasons"_s).toArray().at(0).toObject().value(u"verdict"_s).toString(),
            u"beyondCount"_s);
        QCOMPARE(filesIn(folder), files);

        const Run pruned = cli({u"job"_s, u"prune"_s, u"why"_s});
        QVERIFY2(pruned.exitCode == 0 && pruned.out.contains(u"kept, 2 removed."_s), qPrintable(pruned.out));
        QCOMPARE(filesIn(folder).size(), 1);
    }

    void testEncryptedJob()
    {
        const QString folder = newFolder(u"encrypted"_s);
        const QString key = m_dir.filePath(u"job-key.txt"_s);
        const Run keygen = cli({u"keygen"_s, u"-o"_s, key});
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        const QString recipient = keygen.out.trimmed();
        const Run noIdentity = create(u"sealed"_s, folder, {u"--encrypt-to"_s, recipient});
        QCOMPARE(noIdentity.exitCode, 2);
        QVERIFY2(noIdentity.err.contains(u"--identity FILE"_s), qPrintable(noIdentity.err));
        QVERIFY(
            create(u"sealed"_s, folder, {u"--encrypt-to"_s, recipient, u"--identity"_s, key, u"--keep-last"_s, u"1"_s})
                .exitCode
            == 0);
        for (int i = 0; i < 2; ++i) {
            const Run r = cli({u"job"_s, u"run"_s, u"sealed"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const QStringList files = filesIn(folder);
        QCOMPARE(files.size(), 1);
        QVERIFY(files.constFirst().endsWith(u".tar.zst.age"_s));
        QCOMPARE(cli({u"verify"_s, QDir(folder).filePath(files.constFirst()), u"--identity"_s, key}).exitCode, 0);
    }

    void testSchedule()
    {
        const QString folder = newFolder(u"scheduled"_s);
        QVERIFY(create(u"timed"_s, folder, {}).exitCode == 0);
        const Run daily = cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--weekly"_s, u"sun"_s, u"--at"_s, u"3:15"_s});
        QVERIFY2(daily.exitCode == 0, qPrintable(daily.err));
        QVERIFY2(daily.out.contains(u"runs weekly on Sunday at 03:15"_s), qPrintable(daily.out));
        Colvault::Job job;
        QVERIFY(!Colvault::JobStore(m_configDir).find(u"timed"_s, &job));
        // The files of this job (another test's may be there too).
        const auto scheduleFiles = [&] { return filesIn(m_dir.filePath(u"schedules"_s)).filter(job.id); };
        const QStringList written = scheduleFiles();
        QCOMPARE(written.size(), 2);
        const Run show = cli({u"job"_s, u"show"_s, u"timed"_s});
        QVERIFY2(show.out.contains(u"Schedule: weekly on Sunday at 03:15"_s) && show.out.contains(u"No runs yet."_s),
            qPrintable(show.out));
        QVERIFY(cli({u"job"_s, u"list"_s}).out.contains(u"weekly on Sunday at 03:15"_s));

        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"timed"_s}).exitCode, 2);
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--hourly"_s, u"--at"_s, u"02:00"_s}).exitCode, 2);
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--daily"_s, u"--at"_s, u"25:00"_s}).exitCode, 2);
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--weekly"_s, u"someday"_s}).exitCode, 2);

        const Run off = cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--off"_s});
        QVERIFY2(off.exitCode == 0 && off.out.contains(u"no longer scheduled"_s), qPrintable(off.err));
        QVERIFY(scheduleFiles().isEmpty());
        // Deleting a scheduled job removes its schedule too.
        QCOMPARE(cli({u"job"_s, u"schedule"_s, u"timed"_s, u"--hourly"_s}).exitCode, 0);
        QCOMPARE(scheduleFiles().size(), 2);
        QCOMPARE(cli({u"job"_s, u"delete"_s, u"timed"_s}).exitCode, 0);
        QVERIFY(scheduleFiles().isEmpty());
    }

    // --config-dir picks another store.
    void testConfigDirOption()
    {
        const QString other = m_dir.filePath(u"other-config"_s);
        const QString folder = newFolder(u"configdir"_s);
        QCOMPARE(cli({u"--url"_s, m_url, u"job"_s, u"create"_s, u"elsewhere"_s, u"--dir"_s, folder, u"--config-dir"_s,
                         other})
                     .exitCode,
            0);
        QVERIFY(QFile::exists(QDir(other).filePath(u"jobs.json"_s)));
        QVERIFY(!cli({u"job"_s, u"list"_s}).out.contains(u"elsewhere"_s));
        QVERIFY(cli({u"job"_s, u"list"_s, u"--config-dir"_s, other}).out.contains(u"elsewhere"_s));
    }
};

QTEST_GUILESS_MAIN(TestJobCommand)
#include "TestJobCommand.moc"
