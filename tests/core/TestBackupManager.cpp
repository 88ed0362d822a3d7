// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/OperationManager.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;

// BackupManager is what the GUI drives: plan and apply on a worker thread, results as signals on the owner's
// thread, cancel as its own outcome, and a destructor that waits for the worker.
class TestBackupManager : public QObject
{
    Q_OBJECT

private:
    static BackupParams params(TestSupport::EmulatorFixture& f, const QString& destination)
    {
        BackupParams p;
        p.endpoint.url = f.baseUrl();
        p.endpoint.retryBaseDelayMs = 5;
        p.destination = destination;
        p.pageSize = 10;
        return p;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testPlanThenApplyEmitsResultsOnTheOwnerThread()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 30;
        o.dims = 4;
        o.collections = {"Article", "Author"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        QTemporaryDir dir;

        BackupManager manager;
        QSignalSpy planReady(&manager, &BackupManager::planReady);
        QSignalSpy finished(&manager, &BackupManager::finished);
        QSignalSpy failed(&manager, &BackupManager::failed);
        QSignalSpy progress(&manager, &BackupManager::progressChanged);
        QThread* ownerThread = QThread::currentThread();
        bool onOwnerThread = true;
        connect(&manager, &BackupManager::progressChanged, this,
            [&] { onOwnerThread = onOwnerThread && QThread::currentThread() == ownerThread; });

        manager.startPlan(params(f, dir.filePath(u"m.tar.zst"_s)));
        QVERIFY(manager.isRunning());
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        const BackupPlan plan = manager.lastPlan();
        QCOMPARE(plan.totalObjects, qint64(60));
        QVERIFY(!QFile::exists(dir.filePath(u"m.tar.zst"_s))); // the plan writes nothing

        QTRY_VERIFY(!manager.isRunning());
        manager.start(plan);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        const BackupReport report = manager.lastReport();
        QCOMPARE(report.objects, qint64(60));
        QVERIFY(QFile::exists(report.archivePath));
        QCOMPARE(failed.size(), 0);
        QVERIFY(progress.size() > 0);
        QVERIFY(onOwnerThread);
    }

    void testFailureIsReportedOnce()
    {
        TestSupport::EmulatorFixture f;
        QTemporaryDir dir;
        BackupManager manager;
        QSignalSpy failed(&manager, &BackupManager::failed);
        QSignalSpy canceled(&manager, &BackupManager::canceled);
        BackupParams p = params(f, dir.filePath(u"x.tar.zst"_s));
        p.collections = {u"Missing"_s};
        manager.startPlan(p);
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QCOMPARE(failed.first().first().value<OpError>().code, OpError::Code::NotFound);
        QCOMPARE(canceled.size(), 0);
    }

    void testCancelIsAnOutcomeNotAFailure()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 400;
        o.dims = 4;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        // Slow pages so the cancel lands mid-run.
        Emu::FaultConfig faults;
        faults.latencyMs = 30;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);
        QTemporaryDir dir;

        BackupManager manager;
        QSignalSpy planReady(&manager, &BackupManager::planReady);
        QSignalSpy canceled(&manager, &BackupManager::canceled);
        QSignalSpy failed(&manager, &BackupManager::failed);
        QSignalSpy finished(&manager, &BackupManager::finished);
        manager.startPlan(params(f, dir.filePath(u"c.tar.zst"_s)));
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        QTRY_VERIFY(!manager.isRunning());
        connect(&manager, &BackupManager::progressChanged, this, [&](const OperationProgress& p) {
            if (p.objectsDone > 0)
                manager.cancel();
        });
        manager.start(manager.lastPlan());
        QTRY_COMPARE_WITH_TIMEOUT(canceled.size(), 1, 20000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(finished.size(), 0);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void testDestructorWaitsForTheWorker()
    {
        TestSupport::EmulatorFixture f;
        Emu::FaultConfig faults;
        faults.latencyMs = 5000;
        f.emulator().setFaults(faults);
        QTemporaryDir dir;
        QElapsedTimer timer;
        {
            BackupManager manager;
            manager.startPlan(params(f, dir.filePath(u"d.tar.zst"_s)));
            QVERIFY(manager.isRunning());
            QTest::qWait(100);
            timer.start();
        } // cancels, and joins the worker: the pending request is aborted, not waited out
        QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(f.emulator().faultStats().requests > 0, true);
    }
};

QTEST_GUILESS_MAIN(TestBackupManager)
#include "TestBackupManager.moc"
