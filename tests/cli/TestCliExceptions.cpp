// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/CliContext.h"
#include "core/OperationGuard.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <new>

using namespace Qt::StringLiterals;

namespace {

std::atomic<bool> g_armed {false};

// The first checkpoint after arming (a progress report, an HTTP attempt, an archive opened) runs out of memory.
void throwingCheckpoint(const char*)
{
    if (g_armed.exchange(false))
        throw std::bad_alloc();
}

} // namespace

// Every command turns an exception anywhere in its work into one "internal error" line and exit code 1: never a
// crash, never exit 0 (issue 13 item 2). In process, with captured streams, against the emulator.
class TestCliExceptions : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    std::unique_ptr<TestSupport::EmulatorFixture> m_emulator;
    QTemporaryDir m_dir;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        m_emulator = std::make_unique<TestSupport::EmulatorFixture>();
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 4;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(m_emulator->seed(o, &error), qPrintable(error));
        m_archive = m_dir.filePath(u"a.tar.zst"_s);
        const Run backup
            = cli({u"--url"_s, m_emulator->baseUrl().toString(), u"backup"_s, u"Article"_s, u"-o"_s, m_archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        Colvault::OperationGuard::setCheckpointForTesting(&throwingCheckpoint);
    }
    void cleanupTestCase() { Colvault::OperationGuard::setCheckpointForTesting(nullptr); }

    void testEveryCommandFailsCleanly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("list") << QStringList {u"list"_s};
        QTest::newRow("backup") << QStringList {u"backup"_s, u"Article"_s, u"-o"_s, u"DIR/b.tar.zst"_s};
        QTest::newRow("restore") << QStringList {
            u"restore"_s, u"ARCHIVE"_s, u"--rename"_s, u"Article=Copy"_s, u"--yes"_s};
        QTest::newRow("clear") << QStringList {u"clear"_s, u"Article"_s, u"--backup-to"_s, u"DIR"_s, u"--yes"_s};
        QTest::newRow("inspect") << QStringList {u"inspect"_s, u"ARCHIVE"_s};
        QTest::newRow("verify") << QStringList {u"verify"_s, u"ARCHIVE"_s};
    }
    void testEveryCommandFailsCleanly()
    {
        QFETCH(QStringList, args);
        args.replaceInStrings(u"ARCHIVE"_s, m_archive);
        args.replaceInStrings(u"DIR"_s, m_dir.path());
        g_armed = true;
        const Run r = cli(QStringList {u"--url"_s, m_emulator->baseUrl().toString()} + args);
        QVERIFY2(!g_armed, "the command passed no checkpoint, so the test proves nothing");
        QCOMPARE(r.exitCode, int(Colvault::Cli::ExitFailed));
        QVERIFY2(r.err.contains(u"internal error"_s), qPrintable(r.err));
        QCOMPARE(m_emulator->objectCount(u"Article"_s), 20);
        QCOMPARE(m_emulator->objectCount(u"Copy"_s), -1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"b.tar.zst"_s)));
    }
};

QTEST_GUILESS_MAIN(TestCliExceptions)
#include "TestCliExceptions.moc"
