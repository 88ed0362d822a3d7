// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"
#include "core/JobHistory.h"
#include "core/JobSchedule.h"
#include "core/JobStore.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/Dialogs.h"
#include "widgets/JobHistoryModel.h"
#include "widgets/JobListModel.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobsDock.h"
#include "widgets/RestoreWizard.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;

// The Jobs dock against the emulator, with the job store in a temporary $COLVAULT_CONFIG_DIR: it lists a job saved
// through JobStore, Run Now runs it to a verified archive and a history record (and shows a stopped server's failure),
// cancel works, the API key comes from the keychain profile of the same server or the job's file, a failed run the
// app has not shown appears on the next window, Open Log and Restore from This Archive, and Delete asks first.
class TestJobsDock : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QString configDir() const { return m_dir->filePath(u"config"_s); }
    QString archiveDir() const { return m_dir->filePath(u"archives"_s); }

    Job saveJob(const QUrl& url, const std::function<void(Job*)>& adjust = {}) const
    {
        Job job;
        job.name = u"nightly"_s;
        job.profile = u"emulator"_s;
        job.connection.url = url.toString();
        job.connection.retries = 0; // a stopped server fails at once
        job.connection.transport = u"rest"_s;
        job.collections = {u"Article"_s};
        job.directory = archiveDir();
        if (adjust)
            adjust(&job);
        const OpError error = JobStore().add(&job);
        if (error)
            qWarning().noquote() << error.message;
        return job;
    }

    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 4;
        o.frozenTenant = false;
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
    }

    // The window's dock once it has read the store.
    static JobsDock* openDock(WindowHarness& h)
    {
        auto* window = h.create();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        auto* dock = window->findChild<JobsDock*>(u"jobsDockWidget"_s);
        if (!dock || !QTest::qWaitFor([dock] { return !dock->isLoading(); }))
            return nullptr;
        return dock;
    }

    static QString cell(QTableView* table, int row, int column)
    {
        return table->model()->index(row, column).data().toString();
    }

    // Clicks Run Now and waits for the progress dialog's outcome.
    static JobProgressDialog* runNow(JobsDock* dock)
    {
        auto* run = dock->findChild<QPushButton*>(u"runJobButton"_s);
        if (!run->isEnabled())
            return nullptr;
        QTest::mouseClick(run, Qt::LeftButton);
        auto* progress = dock->findChild<JobProgressDialog*>(u"jobRunProgressDialog"_s);
        if (!QTest::qWaitFor([progress] { return progress->state() == JobProgressDialog::State::Done; }, 60000))
            return nullptr;
        return progress;
    }

    static QString headline(JobProgressDialog* progress)
    {
        return progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text();
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkpath(u"archives"_s));
        qputenv("COLVAULT_CONFIG_DIR", configDir().toUtf8());
        qputenv("COLVAULT_SCHEDULE_DIR", m_dir->filePath(u"schedules"_s).toUtf8());
        qunsetenv("WEAVIATE_API_KEY");
    }

    void cleanup() { Dialogs::clearNextAnswers(); }

    void testNextRunFollowsTheSchedule()
    {
        const QDateTime monday(QDate(2026, 12, 7), QTime(10, 15)); // local time
        JobSchedule s;
        QVERIFY(!s.nextRun(monday).isValid());
        s.every = JobSchedule::Every::Hour;
        QCOMPARE(s.nextRun(monday), QDateTime(QDate(2026, 12, 7), QTime(11, 0)));
        s.every = JobSchedule::Every::Day;
        s.at = QTime(2, 30);
        QCOMPARE(s.nextRun(monday), QDateTime(QDate(2026, 12, 8), QTime(2, 30)));
        s.at = QTime(23, 0);
        QCOMPARE(s.nextRun(monday), QDateTime(QDate(2026, 12, 7), QTime(23, 0)));
        s.every = JobSchedule::Every::Week;
        s.weekday = 1; // Monday: today's time has passed, so next week
        s.at = QTime(2, 0);
        QCOMPARE(s.nextRun(monday), QDateTime(QDate(2026, 12, 14), QTime(2, 0)));
        s.weekday = 3;
        QCOMPARE(s.nextRun(monday), QDateTime(QDate(2026, 12, 9), QTime(2, 0)));
    }

    void testEmptyStoreShowsHowToCreateAJob()
    {
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* empty = dock->findChild<QLabel*>(u"jobsEmptyLabel"_s);
        QVERIFY(empty->isVisibleTo(dock));
        QVERIFY2(empty->text().contains(u"colvault-cli"_s) && empty->text().contains(u"job create"_s),
            qPrintable(empty->text()));
        QVERIFY2(empty->text().contains(QDir::toNativeSeparators(configDir())), qPrintable(empty->text()));
        // View > Jobs shows and hides the dock.
        auto* toggle = h.window->findChild<QAction*>(u"showJobsAction"_s);
        QVERIFY(toggle);
        QVERIFY(h.window->findChild<QMenu*>(u"viewMenu"_s)->actions().contains(toggle));
        dock->show();
        toggle->trigger();
        QVERIFY(!dock->isVisible());
        toggle->trigger();
        QVERIFY(dock->isVisible());
    }

    // Found by the walk-through: the dock opened so short that the runs and their Open Log and Restore buttons were
    // out of sight until the splitter was dragged. At the window's first size both tables and their buttons show.
    void testTheRunsShowAtTheFirstSize()
    {
        saveJob(QUrl(u"http://127.0.0.1:9"_s));
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        dock->raise();
        QTRY_VERIFY(dock->findChild<QTableView*>(u"jobsTableView"_s)->isVisible());
        QApplication::processEvents();
        for (const QString& name : {u"jobHistoryTableView"_s, u"openLogButton"_s, u"runJobButton"_s}) {
            auto* widget = dock->findChild<QWidget*>(name);
            QVERIFY2(widget->visibleRegion().boundingRect().height() == widget->height(), qPrintable(name));
        }
    }

    void testRunNowRunsTheJobToAVerifiedArchive()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        Job job = saveJob(f.baseUrl(), [](Job* j) {
            j->schedule.every = JobSchedule::Every::Day; // shown, not installed: JobStore only saves it
        });
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* jobs = dock->findChild<QTableView*>(u"jobsTableView"_s);
        QAbstractItemModelTester jobsTester(jobs->model());
        QCOMPARE(jobs->model()->rowCount(), 1);
        QCOMPARE(cell(jobs, 0, JobListModel::NameColumn), u"nightly"_s);
        QCOMPARE(cell(jobs, 0, JobListModel::ScheduleColumn), u"daily at 02:00"_s);
        QCOMPARE(cell(jobs, 0, JobListModel::NextRunColumn),
            JobListModel::timeText(job.schedule.nextRun(QDateTime::currentDateTime())));
        QCOMPARE(cell(jobs, 0, JobListModel::LastRunColumn), u"never"_s);

        auto* progress = runNow(dock);
        QVERIFY(progress);
        QCOMPARE(headline(progress), u"The backup is complete and verified."_s);
        const QList<JobRunRecord> runs = JobHistory(JobStore().historyFile()).read(job.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().outcome, JobOutcome::Succeeded);
        QCOMPARE(runs.constFirst().objects, 20);
        const QString archive = runs.constFirst().archive;
        QVERIFY2(QFileInfo(archive).isFile(), qPrintable(archive));
        QCOMPARE(QFileInfo(archive).absolutePath(), QFileInfo(archiveDir()).absoluteFilePath());
        ArchiveVerification verification;
        QVERIFY(!ArchiveVerifier::verify(archive, &verification));
        QVERIFY(verification.ok());
        progress->accept();

        // The dock reads the history again: the run, newest first, with its counts and archive.
        auto* history = dock->findChild<QTableView*>(u"jobHistoryTableView"_s);
        QAbstractItemModelTester historyTester(history->model());
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(cell(history, 0, JobHistoryModel::ResultColumn), u"Succeeded"_s);
        QCOMPARE(cell(history, 0, JobHistoryModel::ObjectsColumn), u"20"_s);
        QCOMPARE(cell(history, 0, JobHistoryModel::ArchiveColumn), QFileInfo(archive).fileName());
        QCOMPARE(cell(jobs, 0, JobListModel::ResultColumn), u"Succeeded"_s);
        auto* details = dock->findChild<QLabel*>(u"jobRunDetailsLabel"_s);
        QVERIFY2(details->text().contains(QDir::toNativeSeparators(archive)), qPrintable(details->text()));

        // The run's log says what happened; where nothing opens it, Open Log says so and where it is.
        QVERIFY(QFileInfo(runs.constFirst().logFile).isFile());
        QFile log(runs.constFirst().logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(log.readAll());
        QVERIFY2(text.contains(u"job nightly ends: succeeded"_s), qPrintable(text));
        Dialogs::setNextOpenUrlResult(false);
        QTest::mouseClick(dock->findChild<QPushButton*>(u"openLogButton"_s), Qt::LeftButton);
        auto* box = dock->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(runs.constFirst().logFile)), qPrintable(box->text()));
        box->accept();

        // Restore from This Archive opens the restore wizard on it, as File > Open Archive does.
        QTest::mouseClick(dock->findChild<QPushButton*>(u"restoreArchiveButton"_s), Qt::LeftButton);
        RestoreWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wizard = h.window->findChild<RestoreWizard*>(u"restoreWizard"_s)) && wizard->isVisible(), 20000);
        QCOMPARE(wizard->archivePath(), archive);
        wizard->reject();
    }

    void testAStoppedServerShowsTheFailure()
    {
        QUrl url;
        {
            TestSupport::EmulatorFixture f;
            url = f.baseUrl();
        } // stopped: nothing listens there any more
        const Job job = saveJob(url);
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* progress = runNow(dock);
        QVERIFY(progress);
        const QString message = headline(progress);
        QVERIFY2(!message.contains(u"complete"_s), qPrintable(message));
        progress->accept();
        const QList<JobRunRecord> runs = JobHistory(JobStore().historyFile()).read(job.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().outcome, JobOutcome::Failed);
        QCOMPARE(runs.constFirst().error, message);
        QVERIFY(QDir(archiveDir()).entryList(QDir::Files | QDir::Hidden).isEmpty()); // no partial file left

        auto* history = dock->findChild<QTableView*>(u"jobHistoryTableView"_s);
        QTRY_COMPARE(history->model()->rowCount(), 1);
        QCOMPARE(cell(history, 0, JobHistoryModel::ResultColumn), u"Failed"_s);
        QCOMPARE(dock->findChild<QLabel*>(u"jobRunDetailsLabel"_s)->text(), message);
        QVERIFY(!dock->findChild<QPushButton*>(u"restoreArchiveButton"_s)->isEnabled());
        // The user saw this failure in the progress dialog: it is no news in the next window.
        QVERIFY(!dock->findChild<QFrame*>(u"failedRunNoticeFrame"_s)->isVisibleTo(dock));
        h.window.reset();
        auto* nextDock = openDock(h);
        QVERIFY(nextDock);
        QVERIFY(!nextDock->findChild<QFrame*>(u"failedRunNoticeFrame"_s)->isVisibleTo(nextDock));
    }

    void testAFailedScheduledRunIsShownAtTheNextStart()
    {
        const Job job = saveJob(QUrl(u"http://127.0.0.1:1"_s));
        JobRunRecord run; // what a scheduled run that failed appends
        run.jobId = job.id;
        run.jobName = job.name;
        run.start = QDateTime::currentDateTimeUtc().addSecs(-3600);
        run.outcome = JobOutcome::Failed;
        run.error = u"Cannot connect to http://127.0.0.1:1: Connection refused."_s;
        QVERIFY(!JobHistory(JobStore().historyFile()).append(run));

        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* notice = dock->findChild<QFrame*>(u"failedRunNoticeFrame"_s);
        QTRY_VERIFY(notice->isVisibleTo(dock));
        QVERIFY(dock->isVisible()); // brought to the front even when it was hidden or behind the log
        const QString text = dock->findChild<QLabel*>(u"failedRunNoticeLabel"_s)->text();
        QVERIFY2(text.contains(u"\"nightly\""_s) && text.contains(run.error), qPrintable(text));

        // Dismissed, it stays away in the next window; a newer failure brings it back.
        QTest::mouseClick(dock->findChild<QPushButton*>(u"dismissNoticeButton"_s), Qt::LeftButton);
        QVERIFY(!notice->isVisibleTo(dock));
        h.window.reset();
        auto* nextDock = openDock(h);
        QVERIFY(nextDock);
        auto* nextNotice = nextDock->findChild<QFrame*>(u"failedRunNoticeFrame"_s);
        QVERIFY(!nextNotice->isVisibleTo(nextDock));
        run.start = QDateTime::currentDateTimeUtc();
        QVERIFY(!JobHistory(JobStore().historyFile()).append(run));
        nextDock->reload(); // what the store's watch does when the history grows
        QTRY_VERIFY(nextNotice->isVisibleTo(nextDock));
    }

    void testCancelStopsTheRun()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        const Job job = saveJob(f.baseUrl());
        Emu::FaultConfig slow;
        slow.latencyMs = 300;
        slow.pathPrefix = "/v1/objects";
        f.emulator().setFaults(slow);
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        QTest::mouseClick(dock->findChild<QPushButton*>(u"runJobButton"_s), Qt::LeftButton);
        auto* progress = dock->findChild<JobProgressDialog*>(u"jobRunProgressDialog"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->state(), JobProgressDialog::State::Running);
        QVERIFY(!dock->findChild<QPushButton*>(u"runJobButton"_s)->isEnabled());
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(progress->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(headline(progress), u"The operation was canceled."_s);
        const QList<JobRunRecord> runs = JobHistory(JobStore().historyFile()).read(job.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constFirst().outcome, JobOutcome::Canceled);
        QVERIFY(QDir(archiveDir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
        QTRY_VERIFY(dock->findChild<QPushButton*>(u"runJobButton"_s)->isEnabled());
    }

    // The job saves no secret: the key of the connection profile of the same server from the keychain, else the
    // job's key file. A profile of the same name on another server never gets to send its key.
    void testTheKeyComesFromTheKeychainOrTheJobsFile()
    {
        Emu::EngineConfig config;
        config.apiKeys = {"right-key"};
        config.anonymousAccess = false;
        TestSupport::EmulatorFixture f(config);
        f.setBearer("right-key");
        seed(f);
        const Job job = saveJob(f.baseUrl(), [](Job* j) { j->profile = u"Secured"_s; });
        WindowHarness h;
        h.addProfile(u"Secured"_s, f.baseUrl(), "right-key");
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* progress = runNow(dock);
        QVERIFY(progress);
        QCOMPARE(headline(progress), u"The backup is complete and verified."_s);
        progress->accept();

        // Another server under that name: no key is sent, and the server refuses.
        WindowHarness other;
        other.addProfile(u"Secured"_s, QUrl(u"http://127.0.0.1:1"_s), "right-key");
        auto* otherDock = openDock(other);
        QVERIFY(otherDock);
        QTRY_VERIFY(otherDock->findChild<QPushButton*>(u"runJobButton"_s)->isEnabled());
        progress = runNow(otherDock);
        QVERIFY(progress);
        QVERIFY2(headline(progress).contains(u"key"_s, Qt::CaseInsensitive), qPrintable(headline(progress)));
        progress->accept();

        // The job's key file.
        const QString keyFile = m_dir->filePath(u"key"_s);
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write("right-key\n") > 0);
        key.close();
        Job withFile = job;
        withFile.connection.apiKeyFile = keyFile;
        QVERIFY(!JobStore().update(withFile));
        otherDock->reload();
        QTRY_VERIFY(!otherDock->isLoading());
        progress = runNow(otherDock);
        QVERIFY(progress);
        QCOMPARE(headline(progress), u"The backup is complete and verified."_s);
        progress->accept();
        QCOMPARE(JobHistory(JobStore().historyFile()).read(job.id).size(), 3);

        // A key file that is not there: one clear message naming it, and no run recorded (as for colvault-cli).
        withFile.connection.apiKeyFile = m_dir->filePath(u"missing-key"_s);
        QVERIFY(!JobStore().update(withFile));
        otherDock->reload();
        QTRY_VERIFY(!otherDock->isLoading());
        progress = runNow(otherDock);
        QVERIFY(progress);
        QVERIFY2(headline(progress).contains(QDir::toNativeSeparators(withFile.connection.apiKeyFile)),
            qPrintable(headline(progress)));
        progress->accept();
        QCOMPARE(JobHistory(JobStore().historyFile()).read(job.id).size(), 3);
    }

    void testDeleteAsksAndRemovesTheJob()
    {
        const Job job = saveJob(QUrl(u"http://127.0.0.1:1"_s));
        WindowHarness h;
        auto* dock = openDock(h);
        QVERIFY(dock);
        auto* jobs = dock->findChild<QTableView*>(u"jobsTableView"_s);
        QCOMPARE(jobs->model()->rowCount(), 1);
        auto* remove = dock->findChild<QPushButton*>(u"deleteJobButton"_s);

        // The question names the job and what stays; No keeps it.
        QTest::mouseClick(remove, Qt::LeftButton);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = dock->findChild<QMessageBox*>(u"dialogsMessageBox"_s)) && box->isVisible());
        QVERIFY2(box->text().contains(u"\"nightly\""_s) && box->text().contains(QDir::toNativeSeparators(archiveDir())),
            qPrintable(box->text()));
        box->button(QMessageBox::No)->click();
        QTest::qWait(50);
        Job found;
        QVERIFY(!JobStore().find(job.id, &found));

        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_COMPARE(jobs->model()->rowCount(), 0);
        QVERIFY(JobStore().find(job.id, &found));
        QVERIFY(dock->findChild<QLabel*>(u"jobsEmptyLabel"_s)->isVisibleTo(dock));
    }
};

QTEST_MAIN(TestJobsDock)
#include "TestJobsDock.moc"
