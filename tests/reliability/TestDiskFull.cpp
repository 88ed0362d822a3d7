// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <memory>
#include <sys/resource.h>

using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;

// A full disk during a backup, simulated per process: the colvault-cli child gets RLIMIT_FSIZE (the largest file it
// may write) and ignores SIGXFSZ, so the write that would cross the limit fails with EFBIG like a full disk's
// ENOSPC would. The backup must fail with one clear line about the write (exit code 1, docs/cli.md), leave nothing
// at the target and remove its temporary file, whichever write fails: the first block, one in the middle, or the
// last ones (end of archive, trailer).
class TestDiskFull : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;
    qint64 m_fullSize = 0;

    QStringList backupArgs(const QString& target) const
    {
        return {
            u"--url"_s, m_server->baseUrl().toString(), u"backup"_s, u"-o"_s, target, u"--compression"_s, u"none"_s};
    }

    static std::function<void()> fileSizeLimit(rlim_t bytes)
    {
        // Runs in the child between fork and exec: async-signal-safe calls only.
        return [bytes] {
            ::signal(SIGXFSZ, SIG_IGN);
            struct rlimit limit;
            limit.rlim_cur = bytes;
            limit.rlim_max = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server = std::make_unique<EmulatorFixture>();
        Seed::SeedOptions o;
        o.objects = 100;
        o.dims = 16;
        o.collections = {"Article", "Passage"};
        QString error;
        QVERIFY2(m_server->seed(o, &error), qPrintable(error));

        QTemporaryDir dir;
        const QString target = dir.filePath(u"unlimited.tar"_s);
        const CliRun backup = Reliability::runCli(backupArgs(target));
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        m_fullSize = QFileInfo(target).size();
        qInfo("uncompressed archive: %lld bytes", m_fullSize);
        QVERIFY(m_fullSize > 100 * 1024);
    }

    void testWriteFailureFailsCleanly_data()
    {
        QTest::addColumn<qint64>("limit");
        QTest::addColumn<bool>("json");
        QTest::newRow("nothing can be written") << qint64(0) << false;
        QTest::newRow("first block") << qint64(4096) << false;
        QTest::newRow("middle") << m_fullSize / 2 << false;
        QTest::newRow("middle, json") << m_fullSize / 2 << true;
        QTest::newRow("end of archive") << m_fullSize - 1 << false;
    }

    void testWriteFailureFailsCleanly()
    {
        QFETCH(qint64, limit);
        QFETCH(bool, json);
        QTemporaryDir dir;
        const QString target = dir.filePath(u"full-disk.tar"_s);
        QStringList args = backupArgs(target);
        if (json)
            args << u"--json"_s;
        else
            args << u"--verbose"_s;
        const CliRun backup = Reliability::runCli(args, Reliability::cliEnvironment(), fileSizeLimit(rlim_t(limit)));
        QVERIFY2(backup.finished && backup.exitStatus == QProcess::NormalExit, qPrintable(backup.dump()));
        QVERIFY2(backup.exitCode == 1, qPrintable(backup.dump()));
        if (json) {
            const QJsonObject report = QJsonDocument::fromJson(backup.out.toUtf8()).object();
            QVERIFY2(report.value(u"outcome"_s).toString() == u"failed"_s, qPrintable(backup.dump()));
            const QJsonObject error = report.value(u"error"_s).toObject();
            QVERIFY2(error.value(u"message"_s).toString().startsWith(u"Cannot write to the archive"_s),
                qPrintable(backup.dump()));
            QVERIFY2(error.value(u"details"_s).toString().contains(u"File too large"_s), qPrintable(backup.dump()));
        } else {
            // One clear line naming the file, then (--verbose) the system's reason.
            QVERIFY2(backup.err.contains(u"Error: Cannot write to the archive \"%1\"."_s.arg(target)),
                qPrintable(backup.dump()));
            QVERIFY2(backup.err.contains(u"File too large"_s), qPrintable(backup.dump()));
        }
        QVERIFY2(!QFileInfo::exists(target), "a failed backup left a file at the target");
        const QStringList left = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(u", "_s)));
    }

    // An existing archive at the target survives a failed backup over it.
    void testExistingTargetSurvives()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath(u"existing.tar"_s);
        {
            QFile f(target);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("previous archive");
        }
        const CliRun backup
            = Reliability::runCli(backupArgs(target), Reliability::cliEnvironment(), fileSizeLimit(rlim_t(8192)));
        QVERIFY2(backup.exitCode == 1, qPrintable(backup.dump()));
        QFile f(target);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("previous archive"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).size(), 1);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestDiskFull)
#include "TestDiskFull.moc"
