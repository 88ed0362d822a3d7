// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;

// SIGKILL during a backup: the real colvault-cli binary writes an archive from an emulator slowed down by a latency
// fault (a backup takes about two seconds), and is killed at random points, seeded and printed so a failure can be
// replayed (COLVAULT_KILL_SEED=<seed>). Nothing can clean up after SIGKILL, so the guarantees come from the writer's
// design alone: the target path never holds a file (the archive is renamed onto it only when finished), any
// partial file left beside it is recognised as incomplete by `colvault-cli verify`, and the next backup into the same
// folder removes it (its lock died with the process) but leaves a partial whose lock is held.
class TestKillBackup : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;
    quint32 m_seed = 0;
    qint64 m_fullRunMs = 0;

    QStringList backupArgs(const QString& target, const QString& compression, bool verbose = false) const
    {
        QStringList args {u"--url"_s, m_server->baseUrl().toString(), u"backup"_s, u"-o"_s, target, u"--page-size"_s,
            u"10"_s, u"--compression"_s, compression};
        if (verbose)
            args << u"--verbose"_s;
        return args;
    }

    // The partial archives in `dir`, without their ".lock" files.
    static QStringList partials(const QDir& dir)
    {
        QStringList names = dir.entryList({u".*.colvault-partial-*"_s}, QDir::Files | QDir::Hidden);
        names.removeIf([](const QString& name) { return name.endsWith(u".lock"_s); });
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = Reliability::killSeed(20261125);

        m_server = std::make_unique<EmulatorFixture>();
        Seed::SeedOptions o;
        o.objects = 150;
        o.dims = 16;
        o.collections = {"Article", "Author", "Passage"};
        QString error;
        QVERIFY2(m_server->seed(o, &error), qPrintable(error));
        Emu::FaultConfig slow;
        slow.latencyMs = 40;
        slow.pathPrefix = "/v1/objects";
        m_server->emulator().setFaults(slow);
    }

    // The baseline: without a kill the same backup finishes, verifies, and leaves no temporary file.
    void testUninterruptedBackupCompletes()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"full.tar.zst"_s);
        QElapsedTimer timer;
        timer.start();
        const CliRun backup = Reliability::runCli(backupArgs(target, u"zstd"_s));
        m_fullRunMs = timer.elapsed();
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        qInfo("uninterrupted backup: %lld ms", m_fullRunMs);
        QVERIFY2(m_fullRunMs > 1000, "the latency fault should make the backup take over a second");
        QVERIFY(QFileInfo::exists(target));
        QVERIFY(partials(QDir(dir.path())).isEmpty());
        const CliRun verify = Reliability::runCli({u"verify"_s, target});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.dump()));
    }

    void testKillAtRandomPointsLeavesNothingAtTarget()
    {
        QVERIFY(m_fullRunMs > 0);
        QRandomGenerator rng(m_seed);
        const QStringList compressions {u"zstd"_s, u"gzip"_s, u"none"_s, u"xz"_s};
        // Odd runs are --verbose, to cover both output paths. Nothing may appear at the target.
        const int kills = 8;
        int leftovers = 0;
        for (int i = 0; i < kills; ++i) {
            QTemporaryDir dir;
            const QString compression = compressions[i % compressions.size()];
            const QString target = dir.filePath(u"killed.tar"_s);
            // Mostly inside the run, a few very early (before or while the file is created).
            const int killAfterMs = i == 0 ? int(rng.bounded(1, 60)) : int(rng.bounded(50, int(m_fullRunMs * 9 / 10)));
            qInfo("kill %d: %s, after %d ms", i, qPrintable(compression), killAfterMs);

            QProcess process;
            process.setProcessEnvironment(Reliability::cliEnvironment());
            process.start(QStringLiteral(COLVAULT_CLI_PATH), backupArgs(target, compression, i % 2 == 1));
            QVERIFY(process.waitForStarted(10000));
            QVERIFY2(!process.waitForFinished(killAfterMs), "the backup ended before the kill point");
            process.kill(); // SIGKILL on POSIX: no handler, no cleanup
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);

            QVERIFY2(!QFileInfo::exists(target), qPrintable(u"kill %1 left a file at the target"_s.arg(i)));
            const QStringList left = partials(QDir(dir.path()));
            QVERIFY2(left.size() <= 1, qPrintable(left.join(u", "_s)));
            for (const QString& name : left) {
                ++leftovers;
                const QString partial = dir.filePath(name);
                QCOMPARE(
                    QFileInfo(partial).permissions() & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
                const CliRun verify = Reliability::runCli({u"verify"_s, partial});
                QVERIFY2(verify.exitCode == 1, qPrintable(verify.dump()));
                QVERIFY2(verify.err.contains(u"The archive is incomplete"_s), qPrintable(verify.dump()));
                const CliRun json = Reliability::runCli({u"verify"_s, partial, u"--json"_s});
                QCOMPARE(json.exitCode, 1);
                const QJsonObject report = QJsonDocument::fromJson(json.out.toUtf8()).object();
                QVERIFY2(report.value(u"complete"_s) == QJsonValue(false), qPrintable(json.dump()));
                QCOMPARE(report.value(u"ok"_s), QJsonValue(false));
            }
        }
        qInfo("%d of %d kills left a partial file", leftovers, kills);
        QVERIFY2(leftovers >= 3, "most kill points should fall while the partial file is being written");
    }

    // After a kill the partial stays; the next backup into the same folder removes it and its lock, says so, and
    // leaves alone a partial whose lock a live process holds (here this test, as a backup on another machine would).
    void testNextBackupRemovesStalePartials()
    {
        QVERIFY(m_fullRunMs > 0);
        QTemporaryDir dir;
        QProcess process;
        process.setProcessEnvironment(Reliability::cliEnvironment());
        process.start(QStringLiteral(COLVAULT_CLI_PATH), backupArgs(dir.filePath(u"killed.tar"_s), u"none"_s));
        QVERIFY(process.waitForStarted(10000));
        QVERIFY2(!process.waitForFinished(int(m_fullRunMs / 2)), "the backup ended before the kill point");
        process.kill();
        QVERIFY(process.waitForFinished(10000));
        const QStringList killed = partials(QDir(dir.path()));
        QCOMPARE(killed.size(), 1);
        QVERIFY(QFileInfo::exists(dir.filePath(killed.first() + u".lock"_s)));

        const QString held = dir.filePath(u".other.tar.colvault-partial-Held01"_s);
        QFile heldFile(held);
        QVERIFY(heldFile.open(QIODevice::WriteOnly));
        heldFile.close();
        QLockFile heldLock(held + u".lock"_s);
        QVERIFY(heldLock.tryLock(0));
        const QString foreign = dir.filePath(u"notes.colvault-partial-Ab12cD"_s);
        QFile foreignFile(foreign);
        QVERIFY(foreignFile.open(QIODevice::WriteOnly));
        foreignFile.close();

        const CliRun backup = Reliability::runCli(backupArgs(dir.filePath(u"next.tar"_s), u"none"_s));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        QVERIFY2(backup.err.contains(u"Removed \"%1\", an unfinished archive left by an earlier backup that was "
                                     "interrupted."_s.arg(dir.filePath(killed.first()))),
            qPrintable(backup.dump()));
        QVERIFY2(!backup.err.contains(u"Held01"_s), qPrintable(backup.dump()));
        QCOMPARE(partials(QDir(dir.path())), QStringList {QFileInfo(held).fileName()});
        QVERIFY(!QFileInfo::exists(dir.filePath(killed.first() + u".lock"_s)));
        QVERIFY(QFileInfo::exists(held + u".lock"_s));
        QVERIFY(QFileInfo::exists(foreign));
        QVERIFY(QFileInfo::exists(dir.filePath(u"next.tar"_s)));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestKillBackup)
#include "TestKillBackup.moc"
