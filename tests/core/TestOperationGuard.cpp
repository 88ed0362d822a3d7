// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/OperationGuard.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <new>
#include <stdexcept>

using namespace Colvault;
using namespace Qt::StringLiterals;

namespace {

// Armed by a test: the next checkpoint (a progress report, an HTTP attempt, an archive opened) throws.
std::atomic<int> g_throwKind {0}; // 0 off, 1 std::bad_alloc, 2 std::runtime_error, 3 an int

void throwingCheckpoint(const char*)
{
    switch (g_throwKind.exchange(0)) {
    case 1:
        throw std::bad_alloc();
    case 2:
        throw std::runtime_error("injected failure");
    case 3:
        throw 42;
    default:
        break;
    }
}

} // namespace

// An exception anywhere in an operation is a failure with an internal-error message, never a success and never a
// crash: for each manager's plan and apply, in the worker thread (issue 13 item 2).
class TestOperationGuard : public QObject
{
    Q_OBJECT

private:
    // Runs the armed manager call and checks the outcome: failed once, with an internal error, nothing else.
    template<class Manager, class Start>
    static void expectInternalFailure(Manager& manager, Start start, const QString& detail)
    {
        QSignalSpy failed(&manager, &Manager::failed);
        QSignalSpy finished(&manager, &Manager::finished);
        QSignalSpy planReady(&manager, &Manager::planReady);
        QSignalSpy canceled(&manager, &Manager::canceled);
        start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        const auto error = failed.first().first().template value<OpError>();
        QCOMPARE(error.code, OpError::Code::Internal);
        QVERIFY2(error.message.contains(u"internal error"_s), qPrintable(error.message));
        QVERIFY2(error.details.contains(detail), qPrintable(error.details));
        QVERIFY(!manager.isRunning());
        QCOMPARE(finished.size(), 0);
        QCOMPARE(planReady.size(), 0);
        QCOMPARE(canceled.size(), 0);
    }

    static WeaviateEndpoint endpoint(TestSupport::EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.retryBaseDelayMs = 5;
        return e;
    }

    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 4;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        OperationGuard::setCheckpointForTesting(&throwingCheckpoint);
    }
    void cleanupTestCase() { OperationGuard::setCheckpointForTesting(nullptr); }
    void cleanup() { g_throwKind = 0; }

    void testReportsDoNotStartAsSuccesses()
    {
        QCOMPARE(BackupReport {}.outcome, BackupReport::Outcome::Failed);
        QCOMPARE(RestoreReport {}.outcome, RestoreReport::Outcome::Failed);
        QCOMPARE(ClearReport {}.outcome, ClearReport::Outcome::Failed);
    }

    void testRunTurnsEveryExceptionIntoAFailure_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("detail");
        QTest::newRow("bad_alloc") << 1 << u"bad_alloc"_s;
        QTest::newRow("runtime_error") << 2 << u"injected failure"_s;
        QTest::newRow("not a std::exception") << 3 << u"not a std::exception"_s;
    }
    void testRunTurnsEveryExceptionIntoAFailure()
    {
        QFETCH(int, kind);
        QFETCH(QString, detail);
        g_throwKind = kind;
        const auto report = OperationGuard::run<BackupReport>([] {
            OperationGuard::checkpoint("test");
            BackupReport r;
            r.outcome = BackupReport::Outcome::Succeeded;
            return r;
        });
        QCOMPARE(report.outcome, BackupReport::Outcome::Failed);
        QCOMPARE(report.error.code, OpError::Code::Internal);
        QVERIFY2(report.error.details.contains(detail), qPrintable(report.error.details));

        g_throwKind = kind;
        OpError error;
        const ClearPlan plan = OperationGuard::runPlan<ClearPlan>(
            [] {
                OperationGuard::checkpoint("test");
                ClearPlan p;
                p.collections.append(ClearCollectionPlan {});
                return p;
            },
            &error);
        QCOMPARE(error.code, OpError::Code::Internal);
        QVERIFY(plan.collections.isEmpty());
    }

    void testBackupManager()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        BackupParams params;
        params.endpoint = endpoint(f);
        params.destination = dir.filePath(u"b.tar.zst"_s);

        BackupManager manager;
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 1;
                manager.startPlan(params);
            },
            u"bad_alloc"_s);

        QSignalSpy planReady(&manager, &BackupManager::planReady);
        manager.startPlan(params);
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        const auto plan = manager.lastPlan();
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 2;
                manager.start(plan);
            },
            u"injected failure"_s);
        QVERIFY2(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).isEmpty(), "no archive, no partial left");
    }

    void testRestoreManager()
    {
        TestSupport::EmulatorFixture source;
        seed(source);
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"r.tar.zst"_s);
        {
            BackupManager backup;
            BackupParams params;
            params.endpoint = endpoint(source);
            params.destination = archive;
            QSignalSpy planReady(&backup, &BackupManager::planReady);
            QSignalSpy finished(&backup, &BackupManager::finished);
            backup.startPlan(params);
            QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
            backup.start(backup.lastPlan());
            QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        }
        TestSupport::EmulatorFixture target;
        RestoreParams params;
        params.endpoint = endpoint(target);
        params.archivePath = archive;

        RestoreManager manager;
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 1;
                manager.startPlan(params);
            },
            u"bad_alloc"_s);

        QSignalSpy planReady(&manager, &RestoreManager::planReady);
        manager.startPlan(params);
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        const auto plan = manager.lastPlan();
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 3;
                manager.start(plan);
            },
            u"not a std::exception"_s);
    }

    void testClearManager()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        ClearParams params;
        params.endpoint = endpoint(f);
        params.collections = {u"Article"_s};
        params.confirmed = {u"Article"_s};
        params.backupPath = dir.path();

        ClearManager manager;
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 2;
                manager.startPlan(params);
            },
            u"injected failure"_s);

        QSignalSpy planReady(&manager, &ClearManager::planReady);
        manager.startPlan(params);
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        const auto plan = manager.lastPlan();
        expectInternalFailure(
            manager,
            [&] {
                g_throwKind = 1;
                manager.start(plan);
            },
            u"bad_alloc"_s);
        QCOMPARE(f.objectCount(u"Article"_s), 20); // the exception came before any delete
    }
};

QTEST_GUILESS_MAIN(TestOperationGuard)
#include "TestOperationGuard.moc"
