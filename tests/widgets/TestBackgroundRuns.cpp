// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/BackgroundRuns.h"
#include "widgets/BackupDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobsDock.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Colvault::BackgroundRunRow;
using Colvault::JobProgressDialog;

// A backup started from the main window, hidden from its progress dialog into the Jobs dock ("Run in Background"):
// the row follows the run, the window stays usable, Show brings the same dialog back, Cancel on the row cancels,
// and closing the window while it runs asks first. Against the in-process emulator, object pages slowed down.
class TestBackgroundRuns : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config; // the Jobs dock's store: not the user's

    // Connects, selects Article, opens the backup dialog and starts a backup into `path` with slow object pages;
    // returns the progress dialog once it runs.
    static JobProgressDialog* startSlowBackup(WindowHarness& h, TestSupport::EmulatorFixture& f, const QString& path)
    {
        h.addProfile(u"Emulator"_s, f.baseUrl());
        h.settings.setValue(u"lastFolder"_s, h.dir.path());
        auto* window = h.create();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        window->connectToProfile(u"Emulator"_s);
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 20000))
            return nullptr;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == u"Article")
                table->selectRow(row);
        Emu::FaultConfig slow;
        slow.latencyMs = 1500; // each page: time enough to hide the dialog and look around before the next
        slow.pathPrefix = "/v1/objects";
        f.emulator().setFaults(slow);
        QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier);
        auto* dialog = window->findChild<Colvault::BackupDialog*>(u"backupDialog"_s);
        if (!dialog || !QTest::qWaitFor([&] { return dialog->isVisible(); }))
            return nullptr;
        auto* destination = dialog->findChild<QLineEdit*>(u"destinationLineEdit"_s);
        destination->setText(path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        auto* progress = window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        if (!progress || !QTest::qWaitFor([&] { return progress->isVisible(); }))
            return nullptr;
        return progress->state() == JobProgressDialog::State::Running ? progress : nullptr;
    }

    // Three pages of Article (the backup reads 500 objects a page), and Author to select beside it.
    static bool seeded(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 1200;
        o.dims = 4;
        o.frozenTenant = false;
        o.collections = {"Article", "Author"};
        QString error;
        return f.seed(o, &error) || (qWarning("seed: %s", qPrintable(error)), false);
    }

    static BackgroundRunRow* hide(JobProgressDialog* progress, QWidget* window)
    {
        auto* button = progress->findChild<QPushButton*>(u"runInBackgroundButton"_s);
        if (!button || !button->isVisible())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        const QList<BackgroundRunRow*> rows = window->findChildren<BackgroundRunRow*>();
        return rows.size() == 1 ? rows.first() : nullptr;
    }

    // A window whose backup runs slowly: the emulator, the window, the archive's path and the running dialog.
    struct SlowBackup
    {
        TestSupport::EmulatorFixture f;
        WindowHarness h;
        QString path;
        JobProgressDialog* progress = nullptr;

        bool start(const QString& fileName)
        {
            path = h.dir.filePath(fileName);
            return seeded(f) && (progress = startSlowBackup(h, f, path)) != nullptr;
        }
    };

    template<typename T> static T* in(QWidget* row, const char* name)
    {
        return row->findChild<T*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("COLVAULT_CONFIG_DIR", m_config.path().toUtf8());
    }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    // The button is offered only where the dialog allows it, only while running; it hides without canceling.
    void testRunInBackgroundHidesWithoutCanceling()
    {
        QWidget window;
        window.show();
        JobProgressDialog dialog(&window);
        bool canceled = false;
        dialog.begin(u"Backup"_s, [&canceled] { canceled = true; });
        auto* button = dialog.findChild<QPushButton*>(u"runInBackgroundButton"_s);
        QVERIFY(button);
        QVERIFY(dialog.isVisible());
        QVERIFY(!button->isVisible()); // not allowed: the Jobs dock's own runs, tests, …
        dialog.setBackgroundAllowed(true);
        QVERIFY(button->isVisible());
        QSignalSpy sent(&dialog, &JobProgressDialog::sentToBackground);
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(sent.count(), 1);
        QCOMPARE(dialog.state(), JobProgressDialog::State::Running);
        QVERIFY(!canceled);
        dialog.reopen();
        QVERIFY(dialog.isVisible());
        Colvault::JobResult result;
        result.headline = u"The backup is complete."_s;
        dialog.showResult(result);
        QVERIFY(!button->isVisible()); // nothing runs any more
        QCOMPARE(dialog.summary().outcome, JobProgressDialog::Outcome::Succeeded);
        QCOMPARE(dialog.summary().line, u"The backup is complete."_s);
    }

    // The whole path: hide, the row follows the run, the window is usable, Show brings the live dialog back, the row
    // ends on "complete" with a notification, Show opens the result, the archive verifies, Dismiss removes the row.
    void testHiddenBackupRunsToTheEnd()
    {
        SlowBackup b;
        QVERIFY(b.start(u"hidden.tar.zst"_s));
        JobProgressDialog* progress = b.progress;
        auto* window = b.h.window.get();
        QCOMPARE(QApplication::activeModalWidget(), progress); // the window is blocked while it shows
        auto* panel = window->findChild<Colvault::BackgroundRuns*>(u"backgroundRunsPanel"_s);
        QVERIFY(panel);
        QVERIFY(!panel->isVisible());
        QSignalSpy notified(panel, &Colvault::BackgroundRuns::notificationRequested);

        BackgroundRunRow* row = hide(progress, window);
        QVERIFY(row);
        QVERIFY(!progress->isVisible());
        QCOMPARE(progress->state(), JobProgressDialog::State::Running);
        QCOMPARE(QApplication::activeModalWidget(), nullptr);
        // What cannot run beside the backup is disabled from its start (before anything else updates the actions),
        // and says why.
        auto* backupAction = window->findChild<QAction*>(u"backupAction"_s);
        auto* clearAction = window->findChild<QAction*>(u"clearAction"_s);
        QVERIFY(!backupAction->isEnabled() && !clearAction->isEnabled());
        QVERIFY2(clearAction->toolTip().contains(u"while a backup is running"_s), qPrintable(clearAction->toolTip()));
        QVERIFY(window->findChild<QAction*>(u"refreshAction"_s)->isEnabled());
        auto* dock = window->findChild<Colvault::JobsDock*>(u"jobsDockWidget"_s);
        QVERIFY(dock->isVisible());
        QVERIFY(panel->isVisible() && row->isVisible());
        QCOMPARE(in<QLabel>(row, "backgroundRunTitleLabel")->text(), progress->windowTitle());
        QVERIFY2(progress->windowTitle().startsWith(u"Backup from Emulator"_s), qPrintable(progress->windowTitle()));

        // The row's progress: the step, the bar, the rates and times as the dialog shows them.
        auto* bar = in<QProgressBar>(row, "backgroundRunProgressBar");
        QTRY_VERIFY_WITH_TIMEOUT(bar->maximum() > 0 && bar->value() > 0, 20000);
        QCOMPARE(progress->state(), JobProgressDialog::State::Running);
        QCOMPARE(bar->format(), progress->findChild<QProgressBar*>(u"overallProgressBar"_s)->format());
        QVERIFY2(bar->format().endsWith(u" objects"_s), qPrintable(bar->format()));
        auto* line = in<QLabel>(row, "backgroundRunLineLabel");
        QVERIFY2(line->text().startsWith(u"Step "_s), qPrintable(line->text()));
        QCOMPARE(
            in<QLabel>(row, "backgroundRunRatesLabel")->text(), progress->findChild<QLabel*>(u"ratesLabel"_s)->text());
        QCOMPARE(
            in<QLabel>(row, "backgroundRunTimeLabel")->text(), progress->findChild<QLabel*>(u"timeLabel"_s)->text());
        QVERIFY(in<QPushButton>(row, "cancelRunButton")->isVisible());
        QVERIFY(!in<QPushButton>(row, "dismissRunButton")->isVisible());
        // The figures are apart, whatever the style's spacing ("0.0 MiB/sElapsed 3 s" was seen).
        const int gap = in<QLabel>(row, "backgroundRunTimeLabel")->geometry().left()
            - in<QLabel>(row, "backgroundRunRatesLabel")->geometry().right();
        QVERIFY2(gap >= row->fontMetrics().averageCharWidth() * 2, qPrintable(QString::number(gap)));

        // The window is usable: another collection is selected with the mouse, the filter filters.
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        QCOMPARE(window->selectedCollections(), QStringList {u"Article"_s});
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, 0).data().toString() == u"Author")
                QTest::mouseClick(
                    table->viewport(), Qt::LeftButton, {}, table->visualRect(table->model()->index(r, 0)).center());
        QCOMPARE(window->selectedCollections(), QStringList {u"Author"_s});
        QTest::keyClicks(window->findChild<QLineEdit*>(u"filterLineEdit"_s), u"Auth"_s);
        QCOMPARE(table->model()->rowCount(), 1);

        // Show brings the same dialog back, live; hidden again, it is still one row.
        QTest::mouseClick(in<QPushButton>(row, "showRunButton"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->findChild<QStackedWidget*>(u"pagesStackedWidget"_s)->currentIndex(), 0);
        QCOMPARE(hide(progress, window), row);
        QVERIFY(!progress->isVisible());

        b.f.emulator().setFaults({});
        QTRY_COMPARE_WITH_TIMEOUT(progress->outcome(), JobProgressDialog::Outcome::Succeeded, 30000);
        QVERIFY(!progress->isVisible()); // the end does not pop it up: the row and a notification say it
        QCOMPARE(line->text(), u"The backup is complete."_s);
        QCOMPARE(in<QLabel>(row, "backgroundRunFileLabel")->text(),
            u"Archive: hidden.tar.zst (%1)"_s.arg(QLocale().formattedDataSize(QFileInfo(b.path).size())));
        QVERIFY(!bar->isVisible());
        QVERIFY(!in<QPushButton>(row, "cancelRunButton")->isVisible());
        QVERIFY(in<QPushButton>(row, "dismissRunButton")->isVisible());
        QCOMPARE(notified.count(), 1);
        QVERIFY2(notified.first().first().toString().endsWith(u": The backup is complete."_s),
            qPrintable(notified.first().first().toString()));
        QTRY_VERIFY(backupAction->isEnabled()); // once the refresh after the backup is done
        QCOMPARE(backupAction->toolTip(), u"Back up the selected collections to an archive"_s);

        Colvault::ArchiveVerification verification;
        QVERIFY(!Colvault::ArchiveVerifier::verify(b.path, &verification));
        QVERIFY2(verification.ok(),
            verification.problems.isEmpty() ? "incomplete" : qPrintable(verification.problems[0].message));

        QTest::mouseClick(in<QPushButton>(row, "showRunButton"), Qt::LeftButton);
        QVERIFY(progress->isVisible());
        QCOMPARE(progress->findChild<QStackedWidget*>(u"pagesStackedWidget"_s)->currentIndex(), 1);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The backup is complete."_s);
        QTest::mouseClick(progress->findChild<QPushButton*>(u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!progress->isVisible());
        QTest::mouseClick(in<QPushButton>(row, "dismissRunButton"), Qt::LeftButton);
        QTRY_VERIFY(window->findChildren<BackgroundRunRow*>().isEmpty());
        QVERIFY(!panel->isVisible());
    }

    // The actions follow every start and end, a plan's too: after the backup dialog's estimate (a plan only) the
    // window's actions are enabled again.
    void testActionsComeBackAfterAPlan()
    {
        TestSupport::EmulatorFixture f;
        QVERIFY(seeded(f));
        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Emulator"_s);
        auto* openArchive = window->findChild<QAction*>(u"openArchiveAction"_s);
        auto* backupAction = window->findChild<QAction*>(u"backupAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(backupAction->isEnabled(), 20000);
        window->findChild<QTableView*>(u"collectionsTableView"_s)->selectRow(0);
        backupAction->trigger();
        auto* dialog = window->findChild<Colvault::BackupDialog*>(u"backupDialog"_s);
        QVERIFY(dialog);
        QSignalSpy started(&h.backup, &Colvault::BackupManager::started);
        QSignalSpy planned(&h.backup, &Colvault::BackupManager::planReady);
        auto* estimate = dialog->findChild<QPushButton*>(u"estimateButton"_s);
        QVERIFY(estimate->isEnabled());
        QTest::mouseClick(estimate, Qt::LeftButton);
        QCOMPARE(started.count(), 1);
        QVERIFY(!openArchive->isEnabled()); // while the plan runs
        QTRY_COMPARE_WITH_TIMEOUT(planned.count(), 1, 20000);
        dialog->reject();
        QVERIFY(openArchive->isEnabled());
        QVERIFY(backupAction->isEnabled());
    }

    // Cancel on the row asks as the dialog does, then the backup ends canceled and leaves no archive.
    void testCancelFromTheRow()
    {
        SlowBackup b;
        QVERIFY(b.start(u"canceled.tar.zst"_s));
        JobProgressDialog* progress = b.progress;
        BackgroundRunRow* row = hide(progress, b.h.window.get());
        QVERIFY(row);
        auto* line = in<QLabel>(row, "backgroundRunLineLabel");
        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes); // "Cancel the running operation?"
        QTest::mouseClick(in<QPushButton>(row, "cancelRunButton"), Qt::LeftButton);
        QTRY_COMPARE(progress->state(), JobProgressDialog::State::Canceling);
        QCOMPARE(line->text(), u"Canceling…"_s);
        QVERIFY(!in<QPushButton>(row, "cancelRunButton")->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(progress->outcome(), JobProgressDialog::Outcome::Canceled, 30000);
        QCOMPARE(line->text(), u"The backup was canceled. No archive was written."_s);
        QVERIFY(!progress->isVisible());
        QVERIFY(!QFileInfo::exists(b.path));
        QVERIFY(in<QPushButton>(row, "dismissRunButton")->isVisible());
    }

    // The cancel question names its buttons after what they do (the walk-through read "Cancel?" "Yes" "No" as
    // ambiguous); a new run starts from the general verb again.
    void testCancelQuestionNamesItsButtons()
    {
        QWidget window;
        window.show();
        JobProgressDialog dialog(&window);
        bool canceled = false;
        dialog.begin(u"Backup"_s, [&canceled] { canceled = true; });
        dialog.setCancelVerb(u"Cancel Backup"_s);
        const auto ask = [&dialog]() -> QMessageBox* {
            dialog.reject(); // Escape: Cancel, which asks
            auto* box = dialog.findChild<QMessageBox*>(u"dialogsMessageBox"_s);
            return box && box->isVisible() ? box : nullptr;
        };
        QMessageBox* box = ask();
        QVERIFY(box);
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Cancel Backup"_s);
        QCOMPARE(box->button(QMessageBox::No)->text(), u"Keep Running"_s);
        QCOMPARE(box->defaultButton(), box->button(QMessageBox::No));
        box->button(QMessageBox::No)->click();
        QTRY_VERIFY(!dialog.findChild<QMessageBox*>(u"dialogsMessageBox"_s));
        QCOMPARE(dialog.state(), JobProgressDialog::State::Running);
        QVERIFY(!canceled);

        dialog.showCanceled();
        dialog.begin(u"Restore"_s, [] {});
        box = ask();
        QVERIFY(box);
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"Cancel Operation"_s);
        box->button(QMessageBox::Yes)->click();
        QTRY_COMPARE(dialog.state(), JobProgressDialog::State::Canceling);
    }

    // Found by the walk-through: at a 640 px tall window the row took the collections table down to two rows, and
    // Dismiss did not give the room back. The row is compact, the table keeps most of its height, and gets all of it
    // back on Dismiss; the ended row names the archive and its size.
    void testTheRowLeavesTheCollectionsTheirRoom()
    {
        WindowHarness h;
        auto* window = h.create();
        window->resize(1000, 640);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        auto* dock = window->findChild<Colvault::JobsDock*>(u"jobsDockWidget"_s);
        QTest::qWait(50); // the main window's layout settles
        const int before = table->height();
        auto* progress = window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        progress->begin(u"Backup from Emulator"_s, [] {});
        BackgroundRunRow* row = hide(progress, window);
        QVERIFY(row);
        QTest::qWait(50);
        const int rowHeight = table->verticalHeader()->defaultSectionSize();
        qInfo("table %d px before, %d px with the row (%d px a row), row %d px, dock %d px", before, table->height(),
            rowHeight, row->height(), dock->height());
        QVERIFY2(table->height() >= before - 2 * rowHeight, qPrintable(QString::number(table->height())));

        QFile archive(h.dir.filePath(u"work-20261207.tar.zst"_s));
        QVERIFY(archive.open(QIODevice::WriteOnly));
        archive.write(QByteArray(123456, 'x'));
        archive.close();
        Colvault::JobResult result;
        result.headline = u"The backup is complete."_s;
        result.outputPath = archive.fileName();
        progress->showResult(result);
        progress->hide();
        auto* file = in<QLabel>(row, "backgroundRunFileLabel");
        QVERIFY(file->isVisible());
        QCOMPARE(file->text(), u"Archive: work-20261207.tar.zst (%1)"_s.arg(QLocale().formattedDataSize(123456)));
        QTest::qWait(50);
        QVERIFY2(table->height() >= before - 2 * rowHeight, qPrintable(QString::number(table->height())));

        QTest::mouseClick(in<QPushButton>(row, "dismissRunButton"), Qt::LeftButton);
        QTRY_VERIFY(window->findChildren<BackgroundRunRow*>().isEmpty());
        QTRY_COMPARE(table->height(), before);
    }

    // Closing the window while a backup runs hidden asks; "Cancel and Quit" cancels it and closes once it ended.
    void testClosingWhileHiddenAsks()
    {
        SlowBackup b;
        QVERIFY(b.start(u"quit.tar.zst"_s));
        JobProgressDialog* progress = b.progress;
        Colvault::MainWindow* window = b.h.window.get();
        QVERIFY(hide(progress, window));
        const int shown = Colvault::Dialogs::shownCount();
        QVERIFY(!window->close());
        QCOMPARE(Colvault::Dialogs::shownCount(), shown + 1); // the question, not a silent quit
        auto* box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"still running in the background"_s), qPrintable(box->text()));
        box->button(QMessageBox::No)->click();
        QVERIFY(window->isVisible());
        QCOMPARE(progress->state(), JobProgressDialog::State::Running);

        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(!window->close());
        QTRY_COMPARE_WITH_TIMEOUT(progress->outcome(), JobProgressDialog::Outcome::Canceled, 30000);
        QTRY_VERIFY(!window->isVisible());
        QVERIFY(!QFileInfo::exists(b.path));
    }
};

QTEST_MAIN(TestBackgroundRuns)
#include "TestBackgroundRuns.moc"
