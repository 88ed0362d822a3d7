// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/reliability/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
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
// design alone: the target path never holds a file (the archive is renamed onto it only when finished), and any
// temporary file left beside it is recognised as incomplete by `colvault-cli verify`.
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

    static QStringList partials(const QDir& dir)
    {
        return dir.entryList({u".*.colvault-partial-*"_s}, QDir::Files | QDir::Hidden);
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
        // Odd runs are --verbose: its debug record names the temporary file, which makes Qt give the file a name at
        // once. Otherwise QTemporaryFile keeps it unnamed (O_TMPFILE) until the commit names and renames it, and a
        // killed backup leaves nothing at all. Either way nothing may appear at the target.
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
        qInfo("%d of %d kills left a temporary file", leftovers, kills);
        QVERIFY2(leftovers >= 2, "most --verbose kill points should fall while the temporary file is being written");
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestKillBackup)
#include "TestKillBackup.moc"
