// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/StandInVectors.h"
#include "tests/support/StoreDump.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/CopyWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/WizardRunPage.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Colvault::CopyWizard;
using Colvault::WizardRunPage;
using TestSupport::EmulatorFixture;

// "Copy to Server…" through the real widgets, between two emulators on loopback, each saved as a connection profile
// with its own gRPC address: the window connected to the source opens the wizard on the selected collection, the
// target page reads the chosen profile (its secrets through the keychain), the preview is the restore's diff in a
// copy's words, the copy runs on the last page and leaves the target holding exactly what the source holds
// (StoreDump), with the equivalent colvault-cli command. Replace mode asks for the typed names; a copy onto the
// source's own server without another name shows CopyTask's refusal, and with one clones the collection; Cancel
// during the run asks once and ends canceled, saying so and not that anything is complete. With "Also write an
// archive", the run also writes a verified archive, which the result names. With the vectors left out, the target's
// chosen module (the emulator's stand-in text2vec) computes new ones.
class TestCopyWizard : public QObject
{
    Q_OBJECT

    static void seed(EmulatorFixture& f, int objects, quint64 seedValue = Seed::SeedOptions().seed)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 4;
        o.seed = seedValue;
        o.frozenTenant = false;
        o.collections = {"Article"};
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    static void saveProfile(WindowHarness& h, const QString& name, EmulatorFixture& f)
    {
        Colvault::ProfileStore store(&h.settings);
        Colvault::ConnectionProfile p;
        p.name = name;
        p.url = f.baseUrl();
        p.grpcUrl = f.grpcUrl(); // two servers on one host: each its own gRPC address
        store.save(p);
    }

    // The window connected to the profile "Source" with Article selected, and the copy wizard opened from the
    // Collections menu's action.
    static CopyWizard* openWizard(WindowHarness& h, EmulatorFixture& source, EmulatorFixture& target)
    {
        saveProfile(h, u"Source"_s, source);
        saveProfile(h, u"Target"_s, target);
        Colvault::ProfileStore(&h.settings).setLastUsed(u"Source"_s);
        auto* window = h.create();
        window->show();
        if (!QTest::qWaitForWindowExposed(window))
            return nullptr;
        window->connectToProfile(u"Source"_s);
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        if (!QTest::qWaitFor([&] { return table->model()->rowCount() > 0; }, 20000))
            return nullptr;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == u"Article")
                table->selectRow(row);
        auto* action = window->findChild<QAction*>(u"copyAction"_s);
        if (!action->isEnabled())
            return nullptr;
        action->trigger();
        CopyWizard* wizard = nullptr;
        if (!QTest::qWaitFor([&] {
                wizard = window->findChild<CopyWizard*>(u"copyWizard"_s);
                return wizard && wizard->isVisible();
            }))
            return nullptr;
        return wizard;
    }

    // On the target page: `profile` chosen (read from the keychain), `mode`; then Preview, waiting for the plan
    // or the refusal.
    static bool toPreview(CopyWizard* wizard, const QString& profile, Colvault::RestoreMode mode)
    {
        auto* profiles = wizard->findChild<QComboBox*>(u"targetProfileComboBox"_s);
        profiles->setCurrentIndex(profiles->findText(profile));
        auto* modes = wizard->findChild<QComboBox*>(u"modeComboBox"_s);
        modes->setCurrentIndex(modes->findData(int(mode)));
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        if (!QTest::qWaitFor([&] { return next->isEnabled(); }, 20000))
            return false;
        QTest::mouseClick(next, Qt::LeftButton);
        return wizard->currentId() == CopyWizard::DiffPageId
            && QTest::qWaitFor([&] { return !wizard->isPlanning(); }, 20000);
    }

    // Article with a title and a 4-dimension vector per object, and no vectorizer.
    static void fillArticles(EmulatorFixture& f, int objects)
    {
        QCOMPARE(f.post(u"/v1/schema"_s,
                      R"({"class":"Article","vectorizer":"none","properties":[{"name":"title","dataType":["text"]}]})")
                     .status,
            200);
        QJsonArray batch;
        for (int i = 0; i < objects; ++i)
            batch.append(QJsonObject {{u"class"_s, u"Article"_s},
                {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'))},
                {u"properties"_s, QJsonObject {{u"title"_s, u"Article %1"_s.arg(i)}}},
                {u"vector"_s, QJsonArray {i + 1, 0.5, 0.25, 2}}});
        const TestSupport::Reply r = f.post(
            u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, batch}}).toJson(QJsonDocument::Compact));
        QVERIFY2(r.status == 200 && !r.body.contains("\"errors\""), r.body.constData());
    }

    static QTreeWidgetItem* diffItem(CopyWizard* wizard, const QString& target)
    {
        auto* tree = wizard->findChild<QTreeWidget*>(u"diffTreeWidget"_s);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            if (tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == target)
                return tree->topLevelItem(i);
        return nullptr;
    }

    static QString resultText(CopyWizard* wizard)
    {
        return wizard->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
    }

private Q_SLOTS:
    void initTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    void testCopyIntoTheOtherServer()
    {
        WindowHarness h;
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source, 30);
        auto* wizard = openWizard(h, source, target);
        QVERIFY(wizard);
        QCOMPARE(wizard->currentPage()->objectName(), u"copyTargetPage"_s);
        // Another profile than the source's is chosen first; the selected collection is ticked.
        auto* profiles = wizard->findChild<QComboBox*>(u"targetProfileComboBox"_s);
        QCOMPARE(profiles->currentText(), u"Target"_s);
        auto* names = wizard->findChild<QTreeWidget*>(u"targetTreeWidget"_s);
        QCOMPARE(names->topLevelItemCount(), 1);
        QCOMPARE(names->topLevelItem(0)->checkState(0), Qt::Checked);
        QCOMPARE(profiles->accessibleName(), u"Target connection profile"_s);
        QCOMPARE(wizard->findChild<QComboBox*>(u"modeComboBox"_s)->accessibleName(), u"Copy mode"_s);
        QVERIFY(!QAccessible::queryAccessibleInterface(names)->text(QAccessible::Name).isEmpty());
        // The vectors are copied; the target has no vectorizer module to compute new ones.
        QVERIFY(wizard->findChild<QRadioButton*>(u"keepVectorsRadioButton"_s)->isChecked());
        QTRY_VERIFY(!wizard->findChild<QRadioButton*>(u"omitVectorsRadioButton"_s)->isEnabled());
        auto* module = wizard->findChild<QComboBox*>(u"vectorizerComboBox"_s);
        QCOMPARE(module->placeholderText(), u"No vectorizer module on the target"_s);
        QCOMPARE(module->toolTip(),
            u"The target has no vectorizer module (text2vec-… and the like), so the vectors can only be kept."_s);

        QVERIFY(toPreview(wizard, u"Target"_s, Colvault::RestoreMode::New));
        QVERIFY2(wizard->hasPlan(), qPrintable(wizard->planError()));
        QVERIFY2(!wizard->plan().isBlocked(), qPrintable(wizard->plan().problems.join(u'\n')));
        QCOMPARE(wizard->currentPage()->objectName(), u"copyDiffPage"_s);
        QTreeWidgetItem* article = diffItem(wizard, u"Article"_s);
        QVERIFY(article);
        QCOMPARE(article->text(1), u"Create"_s);
        QVERIFY2(article->text(2).startsWith(u"30 to create, 0 to overwrite"_s), qPrintable(article->text(2)));
        const QString summary = wizard->findChild<QLabel*>(u"diffSummaryLabel"_s)->text();
        QVERIFY2(summary.endsWith(u"on the source. Collections: 1; objects to write: 30."_s), qPrintable(summary));
        auto* commit = wizard->findChild<QAbstractButton*>(u"commitButton"_s);
        QVERIFY(commit->isVisible() && commit->isEnabled());
        QCOMPARE(commit->text(), u"&Copy"_s);

        QTest::mouseClick(commit, Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QCOMPARE(wizard->currentPage(), run);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QVERIFY2(run->outcome() == WizardRunPage::Outcome::Succeeded, qPrintable(resultText(wizard)));
        QCOMPARE(wizard->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text(), u"The copy is complete."_s);
        const QString result = resultText(wizard);
        QVERIFY2(result.contains(u"30 objects written."_s), qPrintable(result));
        QVERIFY2(result.contains(u"Article: objects on the server: 30, expected: 30."_s), qPrintable(result));
        QCOMPARE(TestSupport::storeDump(target.emulator()), TestSupport::storeDump(source.emulator()));

        // The same copy as a command line (asking first: no --yes).
        const QString command = wizard->findChild<QLineEdit*>(u"commandLineEdit"_s)->text();
        QCOMPARE(command,
            u"colvault-cli copy Article --to-url %1 --to-grpc-url %2 --mode new --url %3 --grpc-url %4"_s.arg(
                target.baseUrl().toString(QUrl::StripTrailingSlash), target.grpcUrl().toString(),
                source.baseUrl().toString(QUrl::StripTrailingSlash), source.grpcUrl().toString()));
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"finishButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
    }

    // "Also write an archive of what is copied": off by default; ticked, a backup's default name until another file
    // is chosen; the run writes and verifies it, the result names it, the command carries --archive.
    void testCopyAlsoWritesAnArchive()
    {
        WindowHarness h;
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source, 12);
        auto* wizard = openWizard(h, source, target);
        QVERIFY(wizard);
        auto* box = wizard->findChild<QCheckBox*>(u"archiveCheckBox"_s);
        auto* path = wizard->findChild<QLineEdit*>(u"archivePathLineEdit"_s);
        QVERIFY(box && path);
        QVERIFY(!box->isChecked() && !path->isEnabled());
        box->setChecked(true);
        QVERIFY(path->isEnabled());
        const QString suggested = QFileInfo(path->text()).fileName();
        QVERIFY2(suggested.startsWith(u"Article_"_s) && suggested.endsWith(u".tar.zst"_s), qPrintable(suggested));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"copied.tar.zst"_s);
        Colvault::Dialogs::setNextFileName(file);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"archiveBrowseButton"_s), Qt::LeftButton);
        QTRY_COMPARE(QDir::fromNativeSeparators(path->text()), file);

        QVERIFY(toPreview(wizard, u"Target"_s, Colvault::RestoreMode::New));
        QVERIFY2(wizard->hasPlan() && !wizard->plan().isBlocked(), qPrintable(wizard->planError()));
        QCOMPARE(wizard->plan().archivePath, file);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QVERIFY2(run->outcome() == WizardRunPage::Outcome::Succeeded, qPrintable(resultText(wizard)));
        const QString result = resultText(wizard);
        QVERIFY2(result.contains(u"Archive written and verified: %1"_s.arg(QDir::toNativeSeparators(file))),
            qPrintable(result));
        Colvault::ArchiveVerification v;
        QVERIFY(!Colvault::ArchiveVerifier::verify(file, &v) && v.ok());
        QCOMPARE(v.counts.first().objects, qint64(12));
        const QString command = wizard->findChild<QLineEdit*>(u"commandLineEdit"_s)->text();
        QVERIFY2(command.contains(u" --archive %1 "_s.arg(file)), qPrintable(command));
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"finishButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
    }

    // "Leave them out and let the target compute new ones with" one of the target's modules: the class is created with
    // it, the objects arrive without vectors and the target embeds them; the preview says so, the command carries it.
    void testCopyLetsTheTargetComputeTheVectors()
    {
        WindowHarness h;
        EmulatorFixture source;
        fillArticles(source, 6);
        EmulatorFixture target(TestSupport::withStandInModules("text2vec-openai,text2vec-cohere"));
        auto* wizard = openWizard(h, source, target);
        QVERIFY(wizard);
        auto* omit = wizard->findChild<QRadioButton*>(u"omitVectorsRadioButton"_s);
        auto* module = wizard->findChild<QComboBox*>(u"vectorizerComboBox"_s);
        QVERIFY(omit && module);
        QVERIFY2(omit->toolTip().contains(u"--vectorizer NAME=MODULE"_s), qPrintable(omit->toolTip()));
        QTRY_COMPARE(module->count(), 2);
        QCOMPARE(module->itemText(0), u"text2vec-cohere"_s);
        QVERIFY(!module->isEnabled());
        omit->setChecked(true);
        QVERIFY(module->isEnabled());
        module->setCurrentIndex(module->findText(u"text2vec-openai"_s));

        QVERIFY(toPreview(wizard, u"Target"_s, Colvault::RestoreMode::New));
        QVERIFY2(wizard->hasPlan() && !wizard->plan().isBlocked(), qPrintable(wizard->planError()));
        QCOMPARE(wizard->plan().params.vectors, Colvault::RestoreVectors::Omit);
        QCOMPARE(wizard->plan().collections.first().vectorizers.first().module, u"text2vec-openai"_s);
        QCOMPARE(wizard->plan().collections.first().vectorizers.first().objects, qint64(6));
        QTreeWidgetItem* article = diffItem(wizard, u"Article"_s);
        QVERIFY(article && article->childCount() > 0);
        QCOMPARE(article->child(0)->text(0), u"Vectors"_s);
        QCOMPARE(article->child(0)->text(1), u"The target's text2vec-openai will embed 6 objects."_s);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QVERIFY2(run->outcome() == WizardRunPage::Outcome::Succeeded, qPrintable(resultText(wizard)));

        QCOMPARE(target.get(u"/v1/schema/Article"_s).json().object().value(u"vectorizer"_s).toString(),
            u"text2vec-openai"_s);
        const QString mismatch = TestSupport::standInVectorMismatch(target, u"Article"_s, "text2vec-openai", 6);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        const QString command = wizard->findChild<QLineEdit*>(u"commandLineEdit"_s)->text();
        QVERIFY2(command.contains(u" --vectors omit --vectorizer text2vec-openai"_s), qPrintable(command));
    }

    void testReplaceNeedsTypedConfirmation()
    {
        WindowHarness h;
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source, 12);
        seed(target, 5, 7); // the target's Article: other objects, other vectors
        auto* wizard = openWizard(h, source, target);
        QVERIFY(wizard);
        QVERIFY(toPreview(wizard, u"Target"_s, Colvault::RestoreMode::Replace));
        QVERIFY2(wizard->hasPlan() && !wizard->plan().isBlocked(), qPrintable(wizard->planError()));
        QCOMPARE(wizard->plan().needsConfirmation, QStringList {u"Article"_s});
        QCOMPARE(diffItem(wizard, u"Article"_s)->text(1), u"Replace: drop and create again"_s);

        // The preview is not the last step: Next leads to the typed confirmation.
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        auto* commit = wizard->findChild<QAbstractButton*>(u"commitButton"_s);
        QVERIFY(next->isVisible() && next->isEnabled());
        QVERIFY(!commit->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentPage()->objectName(), u"copyConfirmPage"_s);
        QCOMPARE(commit->text(), u"&Copy"_s);
        QVERIFY(!commit->isEnabled());
        auto* confirm = wizard->findChild<QLineEdit*>(u"confirmLineEdit"_s);
        QTest::keyClicks(confirm, u"article"_s);
        QVERIFY(!commit->isEnabled());
        wizard->next(); // refused
        QCOMPARE(wizard->currentPage()->objectName(), u"copyConfirmPage"_s);
        QCOMPARE(target.objectCount(u"Article"_s), qint64(5));
        confirm->clear();
        QTest::keyClicks(confirm, u"Article"_s);
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);

        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QVERIFY2(run->outcome() == WizardRunPage::Outcome::Succeeded, qPrintable(resultText(wizard)));
        QCOMPARE(TestSupport::storeDump(target.emulator()), TestSupport::storeDump(source.emulator()));
    }

    void testSameServerNeedsAnotherName()
    {
        WindowHarness h;
        EmulatorFixture source;
        EmulatorFixture other;
        seed(source, 10);
        auto* wizard = openWizard(h, source, other);
        QVERIFY(wizard);
        auto* profiles = wizard->findChild<QComboBox*>(u"targetProfileComboBox"_s);
        profiles->setCurrentIndex(profiles->findText(u"Source"_s));
        auto* label = wizard->findChild<QLabel*>(u"targetServerLabel"_s);
        QTRY_VERIFY2(label->text().contains(u"the server they are read from"_s), qPrintable(label->text()));

        // Without another name: CopyTask's refusal, and no way on.
        QVERIFY(toPreview(wizard, u"Source"_s, Colvault::RestoreMode::Merge));
        QVERIFY(!wizard->hasPlan());
        const QString refusal = wizard->findChild<QLabel*>(u"diffSummaryLabel"_s)->text();
        QVERIFY2(refusal.contains(u"\"Article\" would be read and written at once"_s), qPrintable(refusal));
        QCOMPARE(refusal, wizard->planError());
        QVERIFY(!wizard->findChild<QAbstractButton*>(u"commitButton"_s)->isEnabled());

        // Under another name it is a clone on the same server.
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"backButton"_s), Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(CopyWizard::TargetPageId));
        wizard->findChild<QTreeWidget*>(u"targetTreeWidget"_s)->topLevelItem(0)->setText(1, u"ArticleClone"_s);
        QVERIFY(toPreview(wizard, u"Source"_s, Colvault::RestoreMode::New));
        QVERIFY2(wizard->hasPlan() && !wizard->plan().isBlocked(), qPrintable(wizard->planError()));
        QCOMPARE(diffItem(wizard, u"ArticleClone"_s)->text(0), u"Article → ArticleClone"_s);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QVERIFY2(run->outcome() == WizardRunPage::Outcome::Succeeded, qPrintable(resultText(wizard)));
        QCOMPARE(source.objectCount(u"ArticleClone"_s), qint64(10));
        QCOMPARE(source.objectCount(u"Article"_s), qint64(10));
        QCOMPARE(other.objectCount(u"ArticleClone"_s), qint64(-1));
    }

    void testCancelDuringTheCopyEndsCanceled()
    {
        WindowHarness h;
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source, 20);
        auto* wizard = openWizard(h, source, target);
        QVERIFY(wizard);
        QVERIFY(toPreview(wizard, u"Target"_s, Colvault::RestoreMode::New));
        QVERIFY2(wizard->hasPlan() && !wizard->plan().isBlocked(), qPrintable(wizard->planError()));

        // Creating the collection hangs for a minute, so the copy is still running whenever Cancel comes.
        Emu::FaultConfig slow;
        slow.latencyMs = 60000;
        slow.pathPrefix = "/v1/schema";
        target.emulator().setFaults(slow);
        auto* run = wizard->findChild<WizardRunPage*>(u"copyRunPage"_s);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        QCOMPARE(run->state(), WizardRunPage::State::Running);
        auto* step = wizard->findChild<QLabel*>(u"runStepLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(step->text().endsWith(u": Creating collections"_s), 20000);

        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"cancelButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 20000);
        QCOMPARE(run->outcome(), WizardRunPage::Outcome::Canceled);
        const QString headline = wizard->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text();
        QCOMPARE(headline, u"The copy was canceled."_s);
        const QString result = resultText(wizard);
        QVERIFY2(result.contains(u"No objects had been written when the copy stopped."_s), qPrintable(result));
        QVERIFY2(
            !result.contains(u"copy is complete"_s) && !result.contains(u"objects written."_s), qPrintable(result));
        QVERIFY(wizard->isVisible());
        target.emulator().setFaults({});
        QCOMPARE(target.objectCount(u"Article"_s), qint64(-1)); // the collection was never created
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"finishButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!wizard->isVisible());
    }
};

QTEST_MAIN(TestCopyWizard)
#include "TestCopyWizard.moc"
