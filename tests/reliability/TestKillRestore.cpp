// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/ArchiveContent.h"
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <memory>

using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;

// SIGKILL during a restore: the real colvault-cli binary restores three collections with references into an emulator
// slowed down by a latency fault on /v1/batch (a restore takes about two seconds), and is killed at seeded random
// points (COLVAULT_KILL_SEED=<seed> replays a run). The server keeps whatever had arrived: classes, some objects, some
// of their references. Running the same restore again with --mode overwrite must then leave exactly the archive's
// content: objects already complete are unchanged, objects missing a reference are written again with all of them.
// (Merge keeps existing objects as they are, so it would leave those references out: docs/reliability.md.)
class TestKillRestore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_archive;
    TestSupport::Content m_archived;
    quint32 m_seed = 0;
    qint64 m_fullRunMs = 0;

    static const QStringList collections;

    static TestSupport::Content withoutTimes(TestSupport::Content c)
    {
        for (auto& shard : c.shards)
            for (auto& o : shard)
                o.creationTimeUnix = o.lastUpdateTimeUnix = 0;
        return c;
    }

    // A fresh target whose batch requests each wait 60 ms before they are handled.
    static std::unique_ptr<EmulatorFixture> slowTarget()
    {
        auto target = std::make_unique<EmulatorFixture>();
        Emu::FaultConfig slow;
        slow.latencyMs = 60;
        slow.pathPrefix = "/v1/batch";
        target->emulator().setFaults(slow);
        return target;
    }

    QStringList restoreArgs(EmulatorFixture& target, const QString& mode) const
    {
        return {u"restore"_s, m_archive, u"--url"_s, target.baseUrl().toString(), u"--yes"_s, u"--mode"_s, mode,
            u"--batch-size"_s, u"5"_s, u"--concurrency"_s, u"2"_s};
    }

    QString differenceFromArchive(EmulatorFixture& target) const
    {
        const TestSupport::Content restored = TestSupport::loadServer(target, collections);
        if (!restored.error.isEmpty())
            return restored.error;
        return TestSupport::Content::difference(withoutTimes(m_archived), withoutTimes(restored));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_seed = Reliability::killSeed(20261126);

        EmulatorFixture source;
        Seed::SeedOptions o;
        o.objects = 120;
        o.dims = 8;
        o.collections = {"Article", "Author", "Passage"};
        QString error;
        QVERIFY2(source.seed(o, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
        m_archive = m_dir.filePath(u"source.tar.zst"_s);
        const CliRun backup = Reliability::runCli({u"backup"_s, u"--url"_s, source.baseUrl().toString(), u"-o"_s,
            m_archive, u"Article"_s, u"Author"_s, u"Passage"_s});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        m_archived = TestSupport::loadArchive(m_archive);
        QVERIFY2(m_archived.error.isEmpty(), qPrintable(m_archived.error));
        QCOMPARE(m_archived.objectCount(), qint64(3 * 120));
    }

    // The baseline: uninterrupted, the slowed restore takes long enough to be killed in, and is exact.
    void testUninterruptedRestoreIsExact()
    {
        const auto target = slowTarget();
        QElapsedTimer timer;
        timer.start();
        const CliRun restore = Reliability::runCli(restoreArgs(*target, u"new"_s));
        m_fullRunMs = timer.elapsed();
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.dump()));
        qInfo("uninterrupted restore: %lld ms", m_fullRunMs);
        QVERIFY2(m_fullRunMs > 1000, "the latency fault should make the restore take over a second");
        const QString diff = differenceFromArchive(*target);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void testKilledRestoreCompletesWithOverwrite()
    {
        QVERIFY(m_fullRunMs > 0);
        QRandomGenerator rng(m_seed);
        const int kills = 5;
        int incomplete = 0;
        for (int i = 0; i < kills; ++i) {
            const auto target = slowTarget();
            const int killAfterMs = int(rng.bounded(300, int(m_fullRunMs * 9 / 10)));
            qInfo("kill %d after %d ms", i, killAfterMs);
            QProcess process;
            process.setProcessEnvironment(Reliability::cliEnvironment());
            process.start(QStringLiteral(COLVAULT_CLI_PATH), restoreArgs(*target, u"new"_s));
            QVERIFY(process.waitForStarted(10000));
            QVERIFY2(!process.waitForFinished(killAfterMs), "the restore ended before the kill point");
            process.kill(); // SIGKILL on POSIX: no handler, no cleanup
            QVERIFY(process.waitForFinished(10000));
            QCOMPARE(process.exitStatus(), QProcess::CrashExit);
            // Batches already sent are still being handled (60 ms each); a user's second run comes later anyway.
            QThread::msleep(300);
            if (!differenceFromArchive(*target).isEmpty())
                ++incomplete;

            target->emulator().setFaults({});
            const CliRun again = Reliability::runCli(restoreArgs(*target, u"overwrite"_s));
            QVERIFY2(again.exitCode == 0, qPrintable(again.dump()));
            const QString diff = differenceFromArchive(*target);
            QVERIFY2(diff.isEmpty(), qPrintable(u"kill %1: %2"_s.arg(i).arg(diff)));
        }
        qInfo("%d of %d kills left the target incomplete", incomplete, kills);
        QVERIFY2(incomplete == kills, "every kill point should fall inside the restore");
    }
};

const QStringList TestKillRestore::collections = {u"Article"_s, u"Author"_s, u"Passage"_s};

QTEST_GUILESS_MAIN(TestKillRestore)
#include "TestKillRestore.moc"
