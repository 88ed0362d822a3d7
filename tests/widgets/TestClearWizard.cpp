// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "WidgetTestSupport.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/EmulatorFixture.h"
#include "widgets/ClearWizard.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using Colvault::ClearWizard;
using Colvault::JobProgressDialog;

// The clear wizard through the real main window against the in-process emulator: the pages by objectName, the plan
// on the impact page, the backup on by default (off only with the explicit tick), a wrong typed name keeps Finish
// disabled and is refused, the right one clears (0 objects afterwards) and the result names the backup file,
// which exists, and the undo command.
class TestClearWizard : public QObject
{
    Q_OBJECT

    static qint64 count(TestSupport::EmulatorFixture& f, const QString& cls)
    {
        Colvault::WeaviateEndpoint e;
        e.url = f.baseUrl();
        Colvault::WeaviateClient client(e);
        Colvault::OpError err;
        const qint64 n = client.objectCount(cls, QString(), &err);
        return err ? -2 : n;
    }

    // A check box reacts only to clicks on its indicator and text, not on the rest of a wide row.
    static QPoint indicator(QWidget* box) { return QPoint(6, box->height() / 2); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Colvault::Translations::install(QLocale(QLocale::English));
    }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    void testWrongNameIsRefusedRightNameClears()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 30;
        o.dims = 4;
        o.frozenTenant = false; // FROZEN needs an offload module the emulator does not enable by default
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        QCOMPARE(count(f, u"Article"_s), qint64(30));

        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Emulator"_s);
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == u"Article")
                table->selectRow(row);
        auto* clearAction = window->findChild<QAction*>(u"clearAction"_s);
        QVERIFY(clearAction->isEnabled());
        clearAction->trigger();

        auto* wizard = window->findChild<ClearWizard*>(u"clearWizard"_s);
        QVERIFY(wizard);
        QTRY_VERIFY(wizard->isVisible());
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        auto* finish = wizard->findChild<QAbstractButton*>(u"finishButton"_s);
        QVERIFY(next && finish);

        // 1. What: the selected row is preselected.
        QCOMPARE(wizard->currentPage()->objectName(), u"clearSelectPage"_s);
        QCOMPARE(wizard->params().collections, QStringList {u"Article"_s});
        QCOMPARE(wizard->params().method, Colvault::ClearMethod::DeleteObjects);
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // 2. Impact: the plan's counts and the backup, on by default.
        QCOMPARE(wizard->currentPage()->objectName(), u"clearImpactPage"_s);
        auto* backup = wizard->findChild<QCheckBox*>(u"backupCheckBox"_s);
        QVERIFY(backup->isChecked());
        const QString backupFile = h.dir.filePath(u"before-clear.tar.zst"_s);
        auto* path = wizard->findChild<QLineEdit*>(u"backupPathLineEdit"_s);
        path->clear();
        QTest::keyClicks(path, backupFile);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasPlan() && wizard->plan().backupPath == backupFile, 20000);
        QVERIFY(next->isEnabled());
        auto* summary = wizard->findChild<QLabel*>(u"planSummaryLabel"_s);
        QVERIFY2(
            summary->text().startsWith(u"30 objects will be deleted from 1 collection"_s), qPrintable(summary->text()));

        // Turning the backup off needs the explicit tick.
        QTest::mouseClick(backup, Qt::LeftButton, {}, indicator(backup));
        QVERIFY(!backup->isChecked());
        QTRY_VERIFY2_WITH_TIMEOUT(wizard->hasPlan() && !wizard->plan().backup,
                                  qPrintable(wizard->planError() + wizard->plan().problems.join(u'\n')), 20000);
        QVERIFY(!next->isEnabled());
        auto* understood = wizard->findChild<QCheckBox*>(u"noBackupConfirmCheckBox"_s);
        QVERIFY(understood->isEnabled());
        QTest::mouseClick(understood, Qt::LeftButton, {}, indicator(understood));
        QVERIFY(next->isEnabled());
        QTest::mouseClick(backup, Qt::LeftButton, {}, indicator(backup));
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasPlan() && wizard->plan().backup, 20000);
        QVERIFY(!understood->isChecked());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // 3. Confirm: a wrong name keeps Finish disabled and is refused.
        QCOMPARE(wizard->currentPage()->objectName(), u"clearConfirmPage"_s);
        auto* confirmPage = qobject_cast<Colvault::ConfirmNamesPage*>(wizard->currentPage());
        auto* confirm = wizard->findChild<QLineEdit*>(u"confirmLineEdit"_s);
        QVERIFY(confirm->isVisible());
        QTest::keyClicks(confirm, u"article"_s);
        QVERIFY(!finish->isEnabled());
        QVERIFY(!confirmPage->validatePage());
        wizard->accept();
        QVERIFY(wizard->isVisible());
        QVERIFY(!h.clear.isRunning());
        QCOMPARE(count(f, u"Article"_s), qint64(30));

        confirm->clear();
        QTest::keyClicks(confirm, u"Article"_s);
        QVERIFY(finish->isEnabled());
        QVERIFY(confirmPage->validatePage());
        QCOMPARE(finish->text(), u"Clear"_s);
        QString why;
        QVERIFY2(grabAndSave(wizard, u"clear-wizard-confirm.png"_s, &why), qPrintable(why));
        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());

        auto* progress = window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The clear is complete."_s);
        const QString result = progress->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
        QVERIFY2(result.contains(u"30 objects deleted."_s), qPrintable(result));
        QVERIFY2(result.contains(u"Backup: "_s + backupFile), qPrintable(result));
        QVERIFY2(result.contains(u"Undo with: "_s) && result.contains(u"restore"_s), qPrintable(result));
        QVERIFY(progress->findChild<QPushButton*>(u"showInFolderButton"_s)->isVisible());

        QCOMPARE(count(f, u"Article"_s), qint64(0));
        QVERIFY(QFileInfo(backupFile).isFile());
        QVERIFY(QFileInfo(backupFile).size() > 0);
    }
};

QTEST_MAIN(TestClearWizard)
#include "TestClearWizard.moc"
