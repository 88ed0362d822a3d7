// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/BackupDialog.h"
#include "widgets/CommandLineBox.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/ThroughputPlot.h"
#include "widgets/WizardRunPage.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Colvault::JobProgressDialog;

// Backup end to end through the real widgets against the in-process emulator: connect, select a collection,
// Backup…, Start; the one progress dialog shows the result summary and the archive exists. Cancel asks once,
// shows "Canceling…" and ends on the real canceled outcome.
class TestBackupFlow : public QObject
{
    Q_OBJECT

    // Connects the window to the fixture, selects `collection` and opens the backup dialog.
    static Colvault::BackupDialog* openBackupDialog(
        WindowHarness& h, TestSupport::EmulatorFixture& f, const QString& collection)
    {
        h.addProfile(u"Emulator"_s, f.baseUrl());
        h.settings.setValue(u"lastFolder"_s, h.dir.path()); // the default destination folder
        auto* window = h.create();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        window->connectToProfile(u"Emulator"_s);
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 20000))
            return nullptr;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == collection)
                table->selectRow(row);
        QTest::keyClick(window, Qt::Key_B, Qt::ControlModifier);
        auto* dialog = window->findChild<Colvault::BackupDialog*>(u"backupDialog"_s);
        if (!dialog || !QTest::qWaitFor([&] { return dialog->isVisible(); }))
            return nullptr;
        return dialog;
    }

private Q_SLOTS:
    void initTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    // Found by using the app: with a key and no extra headers, the note under the command still spoke of the
    // headers and of HEADER_FILE, which the command does not contain. It names only what was left out.
    void testCommandNoteNamesOnlyWhatWasLeftOut()
    {
        Colvault::CommandLineBox box;
        auto* note = box.findChild<QLabel*>(u"commandNoteLabel"_s);
        QVERIFY(note);
        box.setCommand(u"colvault-cli list --url http://h --api-key-file KEY_FILE"_s, true);
        QVERIFY2(note->text().contains(u"KEY_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"HEADER_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"headers"_s), qPrintable(note->text()));
        box.setCommand(u"colvault-cli list --url http://h --header-file HEADER_FILE"_s, true);
        QVERIFY2(note->text().contains(u"HEADER_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"KEY_FILE"_s), qPrintable(note->text()));
        box.setCommand(u"colvault-cli list --url http://h --api-key-file KEY_FILE --header-file HEADER_FILE"_s, true);
        QVERIFY(note->text().contains(u"KEY_FILE"_s) && note->text().contains(u"HEADER_FILE"_s));
    }

    // Found by using the app (issue 16): the command of a profile with a proxy password holds PROXY_PASSWORD_FILE,
    // and nothing under it said what to put there. The note says so, also when no API key or header was left out.
    void testCommandNoteNamesTheProxyPassword()
    {
        Colvault::CommandLineBox box;
        auto* note = box.findChild<QLabel*>(u"commandNoteLabel"_s);
        QVERIFY(note);
        const QString proxy = u" --proxy http://p:3128 --proxy-user alice --proxy-password-file PROXY_PASSWORD_FILE"_s;
        box.setCommand(u"colvault-cli list --url http://h"_s + proxy, false);
        QVERIFY(note->isVisibleTo(&box));
        QVERIFY2(note->text().contains(u"PROXY_PASSWORD_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"KEY_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"headers"_s), qPrintable(note->text()));
        box.setCommand(u"colvault-cli list --url http://h --api-key-file KEY_FILE"_s + proxy, true);
        QVERIFY(note->isVisibleTo(&box));
        QVERIFY2(note->text().contains(u"Replace KEY_FILE"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"Replace PROXY_PASSWORD_FILE"_s), qPrintable(note->text()));
        // A proxy without a password, and no other secret: no note.
        box.setCommand(u"colvault-cli list --url http://h --proxy http://p:3128"_s, false);
        QVERIFY(!note->isVisibleTo(&box));
    }

    // A copy's command names the target's key TARGET_KEY_FILE and its header values HEADER_VALUE: the note says
    // what to put there, and TARGET_KEY_FILE is not taken for the source's KEY_FILE.
    void testCommandNoteNamesTheCopyTargetsSecrets()
    {
        Colvault::CommandLineBox box;
        auto* note = box.findChild<QLabel*>(u"commandNoteLabel"_s);
        QVERIFY(note);
        box.setCommand(u"colvault-cli copy --url http://h --header-file HEADER_FILE A --to-url http://t "
                       "--to-api-key-file TARGET_KEY_FILE --to-header 'X-Key: HEADER_VALUE'"_s,
            true);
        QVERIFY2(note->text().contains(u"Replace HEADER_FILE"_s), qPrintable(note->text()));
        QVERIFY2(!note->text().contains(u"Replace KEY_FILE"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"Replace TARGET_KEY_FILE"_s), qPrintable(note->text()));
        QVERIFY2(note->text().contains(u"Replace each HEADER_VALUE"_s), qPrintable(note->text()));
    }

    void testBackupRunsToTheResultPage()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 50;
        o.dims = 4;
        o.frozenTenant = false; // FROZEN needs an offload module the emulator does not enable by default
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        WindowHarness h;
        auto* dialog = openBackupDialog(h, f, u"Article"_s);
        QVERIFY(dialog);

        // The selected collection is checked; multi-tenant collections list their tenants, inactive ones marked.
        auto* tree = dialog->findChild<QTreeWidget*>(u"collectionsTreeWidget"_s);
        QCOMPARE(tree->topLevelItemCount(), 4);
        QCOMPARE(dialog->params().collections, QStringList {u"Article"_s});
        // A second collection, checked by the user.
        const auto authors = tree->findItems(u"Author"_s, Qt::MatchExactly);
        QCOMPARE(authors.size(), 1);
        authors.first()->setCheckState(0, Qt::Checked);
        QCOMPARE(dialog->params().collections, (QStringList {u"Article"_s, u"Author"_s}));
        const auto notes = tree->findItems(u"TenantNote"_s, Qt::MatchExactly);
        QCOMPARE(notes.size(), 1);
        QVERIFY(notes.first()->childCount() > 0);
        bool anyInactive = false;
        for (int i = 0; i < notes.first()->childCount(); ++i)
            anyInactive = anyInactive || notes.first()->child(i)->text(2).startsWith(u"inactive"_s);
        QVERIFY(anyInactive);

        // The default file name carries the collection; the estimate comes from a plan.
        auto* destination = dialog->findChild<QLineEdit*>(u"destinationLineEdit"_s);
        QVERIFY2(QFileInfo(destination->text()).fileName().startsWith(u"Article-and-1-more_"_s),
            qPrintable(destination->text()));
        QCOMPARE(QFileInfo(destination->text()).absolutePath(), h.dir.path());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"estimateButton"_s), Qt::LeftButton);
        auto* estimate = dialog->findChild<QLabel*>(u"estimateLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(estimate->text().contains(u"objects"_s), qPrintable(estimate->text()), 20000);
        QVERIFY2(estimate->text().startsWith(u"100 objects"_s), qPrintable(estimate->text()));
        QString why;
        QVERIFY2(grabAndSave(dialog, u"backup-dialog.png"_s, &why), qPrintable(why));

        const QString path = h.dir.filePath(u"sub/out.tar.zst"_s);
        QVERIFY(QDir(h.dir.path()).mkdir(u"sub"_s));
        destination->clear();
        QTest::keyClicks(destination, path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        auto* progress = h.window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The backup is complete."_s);
        const QString summary = progress->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
        QVERIFY2(summary.contains(u"100 objects written."_s), qPrintable(summary));
        QVERIFY(progress->findChild<QPushButton*>(u"showInFolderButton"_s)->isVisible());
        // Issue 14.16: the equivalent colvault-cli command, without secrets, with a Copy button.
        auto* command = progress->findChild<QLineEdit*>(u"commandLineEdit"_s);
        QVERIFY(command);
        QVERIFY(command->isVisible());
        QVERIFY2(command->text().startsWith(u"colvault-cli backup "_s), qPrintable(command->text()));
        QVERIFY2(command->text().contains(u"Article"_s) && command->text().contains(u"Author"_s),
            qPrintable(command->text()));
        QVERIFY2(command->text().contains(u"out.tar.zst"_s), qPrintable(command->text()));
        QVERIFY(progress->findChild<QPushButton*>(u"copyCommandButton"_s)->isVisible());
        // Issue 14.9: where no file manager answers, Show in Folder says so and where the file is.
        const int shown = Colvault::Dialogs::shownCount();
        Colvault::Dialogs::setNextOpenUrlResult(false);
        QTest::mouseClick(progress->findChild<QPushButton*>(u"showInFolderButton"_s), Qt::LeftButton);
        QCOMPARE(Colvault::Dialogs::shownCount(), shown + 1);
        auto* box = progress->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(QDir::toNativeSeparators(path)), qPrintable(box->text()));
        box->accept();
        QVERIFY(QFileInfo(path).isFile());
        // The archive verifies and holds exactly what the server holds for both collections.
        Colvault::ArchiveVerification verification;
        QVERIFY(!Colvault::ArchiveVerifier::verify(path, &verification));
        QVERIFY2(verification.ok(),
            verification.problems.isEmpty() ? "incomplete" : qPrintable(verification.problems[0].message));
        const TestSupport::Content archived = TestSupport::loadArchive(path);
        const TestSupport::Content server = TestSupport::loadServer(f, {u"Article"_s, u"Author"_s});
        QVERIFY2(archived.error.isEmpty() && server.error.isEmpty(), qPrintable(archived.error + server.error));
        const QString diff = TestSupport::Content::difference(archived, server);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(h.settings.value(u"lastFolder"_s).toString(), QFileInfo(path).absolutePath());

        QTest::mouseClick(progress->findChild<QPushButton*>(u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!progress->isVisible());
    }

    // Issue 14.10: one rate (a sliding window, not the meter's average since the start) in the text and on the
    // plot, one unit (MiB/s), the overall bar determinate once the total is known (0 included), the item bar that
    // item's progress, durations in words.
    void testProgressShowsOneRateAndTheItemsProgress()
    {
        JobProgressDialog dialog;
        dialog.begin(u"Backup"_s, [] {});
        dialog.setItemTotals({{JobProgressDialog::itemKey(u"Article"_s, QString()), 1000},
            {JobProgressDialog::itemKey(u"TenantNote"_s, u"tenantA"_s), 200}});
        auto* overall = dialog.findChild<QProgressBar*>(u"overallProgressBar"_s);
        auto* item = dialog.findChild<QProgressBar*>(u"itemProgressBar"_s);
        auto* rates = dialog.findChild<QLabel*>(u"ratesLabel"_s);
        auto* times = dialog.findChild<QLabel*>(u"timeLabel"_s);
        auto* plot = dialog.findChild<Colvault::ThroughputPlot*>(u"throughputPlot"_s);

        Colvault::OperationProgress p;
        p.objectsTotal = 0;
        dialog.setProgress(p);
        QCOMPARE(overall->maximum(), 1000); // a known total of 0 is not "busy"

        // 10 s of slow start, then 1,000 objects/s: the average since the start says ~100, the window says 1,000.
        p.objectsTotal = 1200;
        p.collection = u"Article"_s;
        const QList<std::pair<qint64, qint64>> reports {{0, 0}, {10000, 100}, {11000, 1100}, {12000, 1100}};
        p.elapsedMs = 0;
        for (const auto& [ms, objects] : reports) {
            p.elapsedMs = ms;
            p.objectsDone = objects;
            p.bytesDone = objects * 1024 * 1024 / 10;
            p.objectsPerSecond = ms > 0 ? objects * 1000.0 / ms : 0; // the meter's average
            p.bytesPerSecond = ms > 0 ? p.bytesDone * 1000.0 / ms : 0;
            if (objects == 1100 && ms == 11000) {
                dialog.setProgress(p);
                QCOMPARE(rates->text(), u"1,000 objects/s, 100.0 MiB/s"_s); // 1,000 in the last second
                QCOMPARE(plot->label(), u"1,000 objects/s"_s);
                QCOMPARE(item->maximum(), 1000);
                QCOMPARE(item->format(), u"1,000 of 1,000 objects"_s);
                continue;
            }
            if (ms == 12000) {
                p.collection = u"TenantNote"_s;
                p.tenant = u"tenantA"_s;
            }
            dialog.setProgress(p);
        }
        QCOMPARE(overall->maximum(), 1000);
        QCOMPARE(overall->value(), 1100 * 1000 / 1200);
        QCOMPARE(rates->text(), u"500 objects/s, 50.0 MiB/s"_s); // 1,000 over the last 2 s
        QCOMPARE(plot->label(), u"500 objects/s"_s);
        // A new item starts at 0 of its own total.
        QCOMPARE(item->value(), 0);
        QCOMPARE(item->format(), u"0 of 200 objects"_s);
        QCOMPARE(times->text(), u"Elapsed 12 s, remaining less than a second"_s);
        p.elapsedMs = 125000;
        p.objectsDone = 1150;
        dialog.setProgress(p);
        QCOMPARE(item->format(), u"50 of 200 objects"_s);
        QCOMPARE(times->text(), u"Elapsed 2 min 5 s, remaining 1 min 53 s"_s);
    }

    // Issue 15: the progress dialog and the wizards' run page name the operation's step when it reports steps, and
    // show no step line for one that does not.
    void testProgressShowsTheStep()
    {
        JobProgressDialog dialog;
        dialog.begin(u"Restore"_s, [] {});
        Colvault::WizardRunPage page;
        page.begin(u"Starting"_s);
        auto* dialogStep = dialog.findChild<QLabel*>(u"stepLabel"_s);
        auto* pageStep = page.findChild<QLabel*>(u"runStepLabel"_s);
        QVERIFY(dialogStep && pageStep);

        Colvault::OperationProgress p;
        p.text = u"Reading the archive"_s;
        dialog.setProgress(p);
        page.setProgress(p);
        QVERIFY(dialogStep->isHidden());
        QVERIFY(pageStep->isHidden());

        p.step = u"Adding references"_s;
        p.stepNumber = 3;
        p.stepCount = 6;
        dialog.setProgress(p);
        page.setProgress(p);
        QCOMPARE(dialogStep->text(), u"Step 3 of 6: Adding references"_s);
        QVERIFY(!dialogStep->isHidden());
        QCOMPARE(pageStep->text(), u"Step 3 of 6: Adding references"_s);
        QVERIFY(!pageStep->isHidden());
        auto* log = dialog.findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s);
        QVERIFY(log->toPlainText().contains(u"Step 3 of 6: Adding references"_s));

        // A status that only names the step is not said twice; its line stays (the bars do not jump).
        auto* dialogStatus = dialog.findChild<QLabel*>(u"statusLabel"_s);
        auto* pageStatus = page.findChild<QLabel*>(u"runStatusLabel"_s);
        QCOMPARE(dialogStatus->text(), u"Reading the archive"_s);
        p.text = p.step;
        dialog.setProgress(p);
        page.setProgress(p);
        QCOMPARE(dialogStatus->text(), QString());
        QCOMPARE(pageStatus->text(), QString());
        QVERIFY(dialogStatus->minimumHeight() > 0);
        QVERIFY(pageStatus->minimumHeight() > 0);
        p.text = u"Adding references of Article"_s;
        dialog.setProgress(p);
        page.setProgress(p);
        QCOMPARE(dialogStatus->text(), u"Adding references of Article"_s);
        QCOMPARE(pageStatus->text(), u"Adding references of Article"_s);

        page.showOutcome(Colvault::WizardRunPage::Outcome::Succeeded, u"Done"_s, {});
        QVERIFY(pageStep->isHidden());
    }

    // The backup plans, then applies, in the same dialog. The plan's steps are not shown ("Step 4 of 4" before
    // "Step 1 of 5" read as going back); the apply's clock starts at 0 again, and the time and the rate go on
    // (they stood still until the apply's clock passed the plan's).
    void testPlanThenApplyInOneDialog()
    {
        JobProgressDialog dialog;
        dialog.begin(u"Backup"_s, [] {});
        dialog.setPlanning(true);
        auto* step = dialog.findChild<QLabel*>(u"stepLabel"_s);
        auto* status = dialog.findChild<QLabel*>(u"statusLabel"_s);
        auto* rates = dialog.findChild<QLabel*>(u"ratesLabel"_s);
        auto* times = dialog.findChild<QLabel*>(u"timeLabel"_s);

        Colvault::OperationProgress p;
        p.step = u"Counting objects"_s;
        p.text = p.step;
        p.stepNumber = 4;
        p.stepCount = 4;
        p.elapsedMs = 5000;
        dialog.setProgress(p);
        QVERIFY(step->isHidden());
        QCOMPARE(status->text(), u"Counting objects"_s); // no step line: the status says it

        dialog.setPlanning(false);
        p.step = u"Reading objects"_s;
        p.text = u"Reading Article…"_s;
        p.stepNumber = 2;
        p.stepCount = 3;
        p.objectsTotal = 1000;
        for (const auto& [ms, objects] : QList<std::pair<qint64, qint64>> {{100, 0}, {1100, 200}, {2100, 400}}) {
            p.elapsedMs = ms;
            p.objectsDone = objects;
            dialog.setProgress(p);
        }
        QVERIFY(!step->isHidden());
        QCOMPARE(step->text(), u"Step 2 of 3: Reading objects"_s);
        QCOMPARE(rates->text(), u"200 objects/s, 0.0 MiB/s"_s);
        QCOMPARE(times->text(), u"Elapsed 7 s, remaining 3 s"_s);
    }

    static QTreeWidgetItem* tenantItem(QTreeWidget* tree, const QString& collection, const QString& tenant)
    {
        const auto parents = tree->findItems(collection, Qt::MatchExactly);
        if (parents.size() != 1)
            return nullptr;
        for (int i = 0; i < parents.first()->childCount(); ++i)
            if (parents.first()->child(i)->text(0) == tenant)
                return parents.first()->child(i);
        return nullptr;
    }

    // Issue 14.5 and 14.6: a selected multi-tenant collection is preselected, Start is enabled at the first open;
    // inactive tenants are unticked with their status and why, COLD ones become tickable with activation, FROZEN
    // ones never; select-all preselects every collection.
    void testMultiTenantPreselectionAndInactiveTenants()
    {
        Emu::EngineConfig config;
        config.offloadModule = true; // lets the seeder put tenantD to FROZEN
        TestSupport::EmulatorFixture f(config);
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 4;
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        WindowHarness h;
        auto* dialog = openBackupDialog(h, f, u"TenantNote"_s);
        QVERIFY(dialog);
        auto* tree = dialog->findChild<QTreeWidget*>(u"collectionsTreeWidget"_s);
        auto* start = dialog->findChild<QPushButton*>(u"startButton"_s);
        QCOMPARE(dialog->params().collections, QStringList {u"TenantNote"_s});
        QVERIFY(start->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit*>(u"destinationLineEdit"_s)->text().isEmpty());
        QCOMPARE(tree->findItems(u"TenantNote"_s, Qt::MatchExactly).first()->checkState(0), Qt::Checked);
        QVERIFY(!dialog->params().tenants.contains(u"TenantNote"_s)); // as a whole

        QTreeWidgetItem* hot = tenantItem(tree, u"TenantNote"_s, u"tenantA"_s);
        QTreeWidgetItem* cold = tenantItem(tree, u"TenantNote"_s, u"tenantC"_s);
        QTreeWidgetItem* frozen = tenantItem(tree, u"TenantNote"_s, u"tenantD"_s);
        QVERIFY(hot && cold && frozen);
        QCOMPARE(hot->checkState(0), Qt::Checked);
        for (QTreeWidgetItem* inactive : {cold, frozen}) {
            QCOMPARE(inactive->checkState(0), Qt::Unchecked);
            QVERIFY(!inactive->flags().testFlag(Qt::ItemIsUserCheckable));
            QVERIFY(!inactive->toolTip(0).isEmpty());
        }
        QCOMPARE(cold->text(2), u"inactive (COLD)"_s);
        QVERIFY2(frozen->text(2).contains(u"cannot be backed up"_s), qPrintable(frozen->text(2)));

        // Activation makes the COLD tenant tickable (and ticked, as its collection is ticked as a whole).
        auto* activate = dialog->findChild<QCheckBox*>(u"activateTenantsCheckBox"_s);
        QVERIFY(activate->isEnabled());
        activate->click();
        QCOMPARE(cold->checkState(0), Qt::Checked);
        QVERIFY(cold->flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY2(cold->text(2).contains(u"activated for the backup"_s), qPrintable(cold->text(2)));
        QCOMPARE(frozen->checkState(0), Qt::Unchecked);
        QVERIFY(!frozen->flags().testFlag(Qt::ItemIsUserCheckable));
        QVERIFY(dialog->params().activateTenants);
        hot->setCheckState(0, Qt::Unchecked);
        QCOMPARE(tree->findItems(u"TenantNote"_s, Qt::MatchExactly).first()->checkState(0), Qt::PartiallyChecked);
        QCOMPARE(
            dialog->params().tenants.value(u"TenantNote"_s), (QStringList {u"tenantB"_s, u"tenantC"_s, u"tenantE"_s}));
        // The collection's box ticks all it can, never the FROZEN tenant.
        tree->findItems(u"TenantNote"_s, Qt::MatchExactly).first()->setCheckState(0, Qt::Checked);
        QCOMPARE(hot->checkState(0), Qt::Checked);
        QCOMPARE(frozen->checkState(0), Qt::Unchecked);
        activate->click();
        QCOMPARE(cold->checkState(0), Qt::Unchecked);
        QVERIFY(!cold->flags().testFlag(Qt::ItemIsUserCheckable));
        dialog->reject();

        // Opened with nothing selected and canceled, then opened with select-all: every collection is preselected,
        // the multi-tenant one included, and Start is enabled (it took the emptied destination of the last open).
        auto* table = h.window->findChild<QTableView*>(u"collectionsTableView"_s);
        table->clearSelection();
        h.window->findChild<QAction*>(u"backupAction"_s)->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(dialog->params().collections.isEmpty());
        QVERIFY(!start->isEnabled());
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        table->selectAll();
        h.window->findChild<QAction*>(u"backupAction"_s)->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->params().collections.size(), 4);
        QVERIFY(dialog->params().collections.contains(u"TenantNote"_s));
        QVERIFY(start->isEnabled());

        // Issue 14.11: the result lists per collection and tenant what was written and what was skipped and why,
        // in the past tense, without the plan's "will be skipped" warnings again.
        QTest::mouseClick(start, Qt::LeftButton);
        auto* progress = h.window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The backup is complete."_s);
        const QString result = progress->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
        QVERIFY2(result.contains(u"Written:\n"_s), qPrintable(result));
        QVERIFY2(result.contains(u"  • Article: 20 objects written."_s), qPrintable(result));
        QVERIFY2(result.contains(u"  • TenantNote / tenantA: "_s), qPrintable(result));
        QVERIFY2(result.contains(u"Skipped:\n"_s), qPrintable(result));
        QVERIFY2(result.contains(u"  • TenantNote / tenantC: inactive (COLD)"_s), qPrintable(result));
        QVERIFY2(!result.contains(u"will be skipped"_s), qPrintable(result));
        QCOMPARE(result.count(u"tenantC"_s), 1);
    }

    // Issue 14.11: a cancel that comes after the work finished says it came too late and the work is complete.
    void testCancelAfterTheWorkFinishedSaysItCameTooLate()
    {
        JobProgressDialog dialog;
        bool canceled = false;
        dialog.begin(u"Backup"_s, [&canceled] { canceled = true; });
        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.findChild<QPushButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE(dialog.state(), JobProgressDialog::State::Canceling);
        QVERIFY(canceled);
        Colvault::JobResult result;
        result.headline = u"The backup is complete."_s;
        result.summary = {u"20 objects written."_s};
        dialog.showResult(result);
        QCOMPARE(dialog.state(), JobProgressDialog::State::Done);
        QCOMPARE(dialog.findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(),
            u"The cancel came too late: the work was already complete."_s);
        QVERIFY(dialog.findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText().contains(u"20 objects"_s));
    }

    // Found by using the app: the result page kept the progress page's size, so a backup of two collections showed
    // seven lines of its result and the rest only by scrolling.
    void testResultShowsItsLinesWithoutScrolling()
    {
        QWidget window;
        window.setGeometry(100, 100, 1200, 800);
        window.show();
        JobProgressDialog dialog(&window);
        dialog.begin(u"Backup"_s, [] {});
        dialog.setCommandLine(u"colvault-cli backup Article TenantNote --api-key-file KEY_FILE"_s, true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Colvault::JobResult result;
        result.headline = u"The backup is complete."_s;
        result.summary = {u"2 collections backed up."_s, u"1,000 objects written."_s, u"Archive: a.tar.zst"_s,
            u"Duration: less than a second"_s};
        for (int i = 0; i < 8; ++i)
            result.written.append(u"TenantNote / tenant%1: 200 objects written."_s.arg(i));
        result.skipped = {u"TenantNote / tenantD: offloaded (FROZEN)"_s};
        result.outputPath = u"/tmp/a.tar.zst"_s;
        dialog.showResult(result);
        auto* text = dialog.findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s);
        QTRY_COMPARE(text->verticalScrollBar()->maximum(), 0);
        // Grown, it stays centred on the window instead of hanging off its right edge.
        QVERIFY2((dialog.geometry().center() - window.geometry().center()).manhattanLength() < 20,
            qPrintable(u"%1,%2"_s.arg(dialog.geometry().center().x()).arg(window.geometry().center().x())));
    }

    // A backup into an S3 bucket: its archive has no folder on this computer, so the result offers none to show
    // (it used to open "<cwd>/s3:/bucket/prefix" and say that no file manager opened it).
    void testNoShowInFolderForAnArchiveInABucket()
    {
        JobProgressDialog dialog;
        dialog.begin(u"Backup"_s, [] {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        Colvault::JobResult result;
        result.headline = u"The backup is complete."_s;
        result.outputPath = u"s3://backups/weaviate/a.tar.zst"_s;
        dialog.showResult(result);
        QVERIFY(!dialog.findChild<QPushButton*>(u"showInFolderButton"_s)->isVisibleTo(&dialog));
    }

    void testCancelShowsCancelingAndEndsCanceled()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 400;
        o.dims = 4;
        o.frozenTenant = false; // FROZEN needs an offload module the emulator does not enable by default
        o.collections = {"Article"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        WindowHarness h;
        auto* dialog = openBackupDialog(h, f, u"Article"_s);
        QVERIFY(dialog);
        // Slow object pages so the cancel lands mid-run.
        Emu::FaultConfig faults;
        faults.latencyMs = 400;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);

        const QString path = h.dir.filePath(u"canceled.tar.zst"_s);
        auto* destination = dialog->findChild<QLineEdit*>(u"destinationLineEdit"_s);
        destination->clear();
        QTest::keyClicks(destination, path);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"startButton"_s), Qt::LeftButton);

        auto* progress = h.window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        QTRY_VERIFY(progress->isVisible());
        QCOMPARE(progress->state(), JobProgressDialog::State::Running);
        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes); // "Cancel the running operation?"
        auto* cancel = progress->findChild<QPushButton*>(u"cancelButton"_s);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(progress->state(), JobProgressDialog::State::Canceling);
        QCOMPARE(progress->findChild<QLabel*>(u"statusLabel"_s)->text(), u"Canceling…"_s);
        QVERIFY(!cancel->isEnabled());
        QVERIFY(progress->isVisible()); // not before the real outcome

        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The operation was canceled."_s);
        QCOMPARE(progress->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText(),
            u"The backup was canceled. No archive was written."_s);
        QVERIFY(progress->isVisible());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!h.backup.isRunning());

        // Issue 14.5: opened again after the cancel, the dialog can start a backup right away.
        QTest::mouseClick(progress->findChild<QPushButton*>(u"closeButton"_s), Qt::LeftButton);
        f.emulator().setFaults({});
        auto* backup = h.window->findChild<QAction*>(u"backupAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(backup->isEnabled(), 20000);
        backup->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->params().collections, QStringList {u"Article"_s});
        QVERIFY(!destination->text().isEmpty());
        QVERIFY(dialog->findChild<QPushButton*>(u"startButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestBackupFlow)
#include "TestBackupFlow.moc"
