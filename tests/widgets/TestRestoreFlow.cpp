// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "WidgetTestSupport.h"
#include "core/BackupTask.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/EmulatorFixture.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/RestoreWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Colvault::JobProgressDialog;
using Colvault::RestoreWizard;
using TestSupport::EmulatorFixture;

// Restore through the real widgets: a demo collection backed up with BackupTask, opened with Open Archive… (the
// file dialog answered through the Dialogs hook), browsed and verified on a worker, previewed in mode new against a
// fresh emulator (the diff says Create), restored (the counts match). A property type conflict in merge mode blocks:
// the problem comes first and Restore stays disabled.
class TestRestoreFlow : public QObject
{
    Q_OBJECT

    static Colvault::WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        Colvault::WeaviateEndpoint e;
        e.url = f.baseUrl();
        return e;
    }

    static qint64 count(EmulatorFixture& f, const QString& cls)
    {
        Colvault::WeaviateClient client(endpoint(f));
        Colvault::OpError err;
        const qint64 n = client.objectCount(cls, QString(), &err);
        return err ? -2 : n;
    }

    // Seeds `objects` Article objects into a fresh emulator and backs them up to `path`.
    static bool backUpArticles(int objects, const QString& path, QString* why)
    {
        EmulatorFixture source;
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 4;
        o.frozenTenant = false;
        o.collections = {"Article"};
        if (!source.seed(o, why))
            return false;
        Colvault::BackupParams p;
        p.endpoint = endpoint(source);
        p.collections = {u"Article"_s};
        p.destination = path;
        Colvault::OpError err;
        const Colvault::BackupPlan plan = Colvault::BackupTask::plan(p, nullptr, &err);
        if (err) {
            *why = err.message;
            return false;
        }
        const Colvault::BackupReport report = Colvault::BackupTask::apply(plan, nullptr);
        if (report.outcome != Colvault::BackupReport::Outcome::Succeeded) {
            *why = report.error.message + u' ' + report.error.details;
            return false;
        }
        return true;
    }

    // Connects the window to `target` and opens `archive` through File > Open Archive…
    static RestoreWizard* openArchive(WindowHarness& h, EmulatorFixture& target, const QString& archive)
    {
        h.addProfile(u"Target"_s, target.baseUrl());
        auto* window = h.create();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        window->connectToProfile(u"Target"_s);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        if (!QTest::qWaitFor([&] { return label->text().startsWith(u"Connected"_s); }, 20000))
            return nullptr;
        Colvault::Dialogs::setNextFileName(archive);
        window->findChild<QAction*>(u"openArchiveAction"_s)->trigger();
        RestoreWizard* wizard = nullptr;
        if (!QTest::qWaitFor([&] {
                wizard = window->findChild<RestoreWizard*>(u"restoreWizard"_s);
                return wizard && wizard->isVisible();
            }))
            return nullptr;
        return wizard;
    }

    static QTreeWidgetItem* diffItem(QTreeWidget* tree, const QString& target)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == target)
                return tree->topLevelItem(i);
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    void testPreviewNewThenRestoreMatchesCounts()
    {
        WindowHarness h;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUpArticles(40, archive, &why), qPrintable(why));
        EmulatorFixture target;
        auto* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        auto* finish = wizard->findChild<QAbstractButton*>(u"finishButton"_s);

        // The browser: collections, schema as formatted JSON, manifest; Verify counts on a worker.
        QCOMPARE(wizard->currentPage()->objectName(), u"restoreArchivePage"_s);
        auto* tree = wizard->findChild<QTreeWidget*>(u"archiveTreeWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 20000);
        QCOMPARE(tree->topLevelItem(0)->text(0), u"Article"_s);
        const QString schema = wizard->findChild<QPlainTextEdit*>(u"schemaPlainTextEdit"_s)->toPlainText();
        QVERIFY2(schema.contains(u"\"class\": \"Article\""_s), qPrintable(schema));
        QVERIFY(wizard->findChild<QLabel*>(u"manifestLabel"_s)->text().startsWith(u"Created "_s));
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"verifyButton"_s), Qt::LeftButton);
        auto* verified = wizard->findChild<QLabel*>(u"verifyResultLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            verified->text().startsWith(u"The archive is intact: 40 objects"_s), qPrintable(verified->text()), 20000);
        QCOMPARE(tree->topLevelItem(0)->text(1), u"40"_s);

        // Target options, then Preview in mode new.
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentPage()->objectName(), u"restoreOptionsPage"_s);
        QCOMPARE(next->text(), u"Preview"_s);
        auto* mode = wizard->findChild<QComboBox*>(u"modeComboBox"_s);
        mode->setCurrentIndex(mode->findData(int(Colvault::RestoreMode::New)));
        QTest::mouseClick(next, Qt::LeftButton);

        QCOMPARE(wizard->currentPage()->objectName(), u"restoreDiffPage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasPlan(), 20000);
        QVERIFY2(!wizard->plan().isBlocked(), qPrintable(wizard->plan().problems.join(u'\n')));
        auto* diff = wizard->findChild<QTreeWidget*>(u"diffTreeWidget"_s);
        QTreeWidgetItem* article = diffItem(diff, u"Article"_s);
        QVERIFY(article);
        QCOMPARE(article->text(1), u"Create"_s);
        QVERIFY2(article->text(2).startsWith(u"40 to create, 0 to overwrite"_s), qPrintable(article->text(2)));
        QVERIFY(finish->isVisible());
        QVERIFY(finish->isEnabled());
        QCOMPARE(finish->text(), u"Restore"_s);

        QTest::mouseClick(finish, Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
        auto* progress = h.window->findChild<JobProgressDialog*>(u"jobProgressDialog"_s);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), JobProgressDialog::State::Done, 30000);
        QCOMPARE(progress->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The restore is complete."_s);
        const QString result = progress->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
        QVERIFY2(result.contains(u"40 objects written."_s), qPrintable(result));
        QCOMPARE(count(target, u"Article"_s), qint64(40));
    }

    void testBlockingConflictDisablesRestore()
    {
        WindowHarness h;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUpArticles(10, archive, &why), qPrintable(why));
        EmulatorFixture target;
        // Article exists with wordCount as text; the archive has it as int.
        const auto created = target.post(u"/v1/schema"_s,
            R"({"class":"Article","vectorizer":"none","properties":[{"name":"wordCount","dataType":["text"]}]})");
        QCOMPARE(created.status, 200);
        auto* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        auto* finish = wizard->findChild<QAbstractButton*>(u"finishButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* mode = wizard->findChild<QComboBox*>(u"modeComboBox"_s);
        mode->setCurrentIndex(mode->findData(int(Colvault::RestoreMode::Merge)));
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasPlan(), 20000);
        QVERIFY(wizard->plan().isBlocked());

        // Blocking problems first, the conflict highlighted and explained under its collection.
        auto* diff = wizard->findChild<QTreeWidget*>(u"diffTreeWidget"_s);
        QCOMPARE(diff->topLevelItem(0)->text(0), u"Blocking problems"_s);
        QTreeWidgetItem* article = diffItem(diff, u"Article"_s);
        QVERIFY(article);
        QCOMPARE(article->text(1), u"Use the existing collection"_s);
        bool conflictShown = false;
        for (int i = 0; i < article->childCount(); ++i)
            conflictShown = conflictShown
                || (article->child(i)->text(0) == u"Conflict" && article->child(i)->text(1).contains(u"wordCount"_s));
        QVERIFY(conflictShown);
        QVERIFY(!finish->isEnabled());
        QVERIFY2(grabAndSave(wizard, u"restore-diff.png"_s, &why), qPrintable(why));

        wizard->accept(); // refused
        QVERIFY(wizard->isVisible());
        QVERIFY(!h.restore.isRunning());
        QCOMPARE(count(target, u"Article"_s), qint64(0));
    }
};

QTEST_MAIN(TestRestoreFlow)
#include "TestRestoreFlow.moc"
