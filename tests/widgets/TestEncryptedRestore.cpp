// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/BackupTask.h"
#include "core/JobStore.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/ArchiveKeyDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobsDock.h"
#include "widgets/RestoreWizard.h"
#include "widgets/WizardRunPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Colvault::ArchiveKeyDialog;
using Colvault::RestoreWizard;
using Colvault::WizardRunPage;
using TestSupport::EmulatorFixture;

// Encrypted archives in the GUI: File > Open Archive… on an age archive asks for its passphrase or identity file
// (ArchiveKeyDialog, the kind preselected from the archive's header); a wrong key brings the dialog back with the
// reader's one sentence and nothing is read further or written; the right key opens the archive, verifies and
// restores it with exactly its counts, and the command line shown carries a placeholder for the key, never the key.
// Cancel closes the wizard. The restore wizard's side-by-side restore (as a new collection, then an alias switched
// to it) is driven here too.
class TestEncryptedRestore : public QObject
{
    Q_OBJECT

    static constexpr int objects = 30;
    static inline const QByteArray passphrase = "correct horse battery staple";

    static Colvault::WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        Colvault::WeaviateEndpoint e;
        e.url = f.baseUrl();
        return e;
    }

    // `n` Article objects of the demo data (tools/seed) in `f`.
    static bool seedArticles(EmulatorFixture& f, int n, QString* why)
    {
        Seed::SeedOptions o;
        o.objects = n;
        o.dims = 4;
        o.frozenTenant = false;
        o.collections = {"Article"};
        return f.seed(o, why);
    }

    // Seeds `objects` Article objects into a fresh emulator and backs them up to `path`, encrypted with `keys`.
    static bool backUp(const QString& path, const Colvault::AgeEncryptionKeys& keys, QString* why)
    {
        EmulatorFixture source;
        if (!seedArticles(source, objects, why))
            return false;
        Colvault::BackupParams p;
        p.endpoint = endpoint(source);
        p.collections = {u"Article"_s};
        p.destination = path;
        p.encryption = keys;
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

    static Colvault::AgeEncryptionKeys withPassphrase()
    {
        Colvault::AgeEncryptionKeys keys;
        keys.passphrase = passphrase;
        keys.scryptWorkFactor = 10; // fast
        return keys;
    }

    // Connects the window to `target` and chooses `archive` in File > Open Archive…; the wizard that opens.
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
        auto* open = window->findChild<QAction*>(u"openArchiveAction"_s);
        if (!QTest::qWaitFor([&] { return open->isEnabled(); }, 20000))
            return nullptr;
        Colvault::Dialogs::setNextFileName(archive);
        open->trigger();
        RestoreWizard* wizard = nullptr;
        if (!QTest::qWaitFor(
                [&] {
                    wizard = window->findChild<RestoreWizard*>(u"restoreWizard"_s);
                    return wizard && wizard->isVisible();
                },
                20000))
            return nullptr;
        return wizard;
    }

    // The key dialog on screen (a wrong key's dialog is a new one; the old one is on its way out).
    static ArchiveKeyDialog* keyDialog(QWidget* wizard)
    {
        ArchiveKeyDialog* shown = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (ArchiveKeyDialog* d : wizard->findChildren<ArchiveKeyDialog*>())
                    if (d->isVisible())
                        shown = d;
                return shown != nullptr;
            },
            20000);
        return shown;
    }

    static void clickOpen(ArchiveKeyDialog* dialog)
    {
        for (QAbstractButton* b : dialog->findChildren<QAbstractButton*>())
            if (b->text() == u"&Open"_s)
                QTest::mouseClick(b, Qt::LeftButton);
    }

    static bool hasClass(EmulatorFixture& f, const QString& name)
    {
        return f.get(u"/v1/schema/"_s + name).status == 200;
    }

    // From the loaded archive page through Preview to the end of the restore; the command line shown.
    static QString restoreAll(RestoreWizard* wizard)
    {
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        if (!QTest::qWaitFor([&] { return next->isEnabled(); }, 20000))
            return u"archive page not complete"_s;
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        if (wizard->currentId() != RestoreWizard::DiffPageId
            || !QTest::qWaitFor([&] { return wizard->hasPlan(); }, 20000))
            return u"no plan: "_s + wizard->planError();
        if (wizard->plan().isBlocked())
            return wizard->plan().problems.join(u'\n');
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"restoreRunPage"_s);
        if (!QTest::qWaitFor([&] { return run->state() == WizardRunPage::State::Done; }, 30000)
            || run->outcome() != WizardRunPage::Outcome::Succeeded)
            return u"the restore did not succeed: "_s + wizard->findChild<QLabel*>(u"resultHeadlineLabel"_s)->text();
        return wizard->findChild<QLineEdit*>(u"commandLineEdit"_s)->text();
    }

private Q_SLOTS:
    void initTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    // Found by the walk-through: the text and a long problem line were clipped. Each label gets the height its
    // wrapped lines need.
    void testTheKeyDialogShowsItsWholeText()
    {
        ArchiveKeyDialog dialog(u"/tmp/a/rather/long/folder/for/the/archives/author-age.tar.zst.age"_s,
            Colvault::ArchiveReader::Encryption::Recipients);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setProblem(u"The archive \"/tmp/a/rather/long/folder/for/the/archives/author-age.tar.zst.age\" is "
                          "encrypted to public keys, not with a passphrase; give an identity file that can decrypt it. "
                          "Words enough for three lines."_s);
        QApplication::processEvents();
        for (const char* name : {"archiveKeyTextLabel", "archiveKeyProblemLabel"}) {
            auto* label = dialog.findChild<QLabel*>(QLatin1String(name));
            QVERIFY2(label->height() >= label->heightForWidth(label->width()), name);
        }
    }

    void testWrongPassphraseThenRightOne()
    {
        WindowHarness h;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUp(archive, withPassphrase(), &why), qPrintable(why));
        EmulatorFixture target;
        RestoreWizard* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);

        // Asked, with the passphrase preselected (the archive's header has an scrypt stanza), and no problem yet.
        ArchiveKeyDialog* dialog = keyDialog(wizard);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton*>(u"passphraseRadioButton"_s)->isChecked());
        QVERIFY(!dialog->findChild<QLabel*>(u"archiveKeyProblemLabel"_s)->isVisibleTo(dialog));
        dialog->findChild<QLineEdit*>(u"passphraseLineEdit"_s)->setText(u"wrong"_s);
        QPointer<ArchiveKeyDialog> first = dialog;
        clickOpen(dialog);

        // Back, with the reader's one sentence; nothing was read into the wizard or written to the server.
        QTRY_VERIFY_WITH_TIMEOUT(!first, 20000);
        dialog = keyDialog(wizard);
        QVERIFY(dialog);
        auto* problem = dialog->findChild<QLabel*>(u"archiveKeyProblemLabel"_s);
        QTRY_VERIFY(problem->isVisibleTo(dialog));
        QCOMPARE(problem->text(), u"The passphrase does not decrypt the archive \"%1\"."_s.arg(archive));
        QCOMPARE(wizard->findChild<QTreeWidget*>(u"archiveTreeWidget"_s)->topLevelItemCount(), 0);
        QVERIFY(!hasClass(target, u"Article"_s));

        // The right one opens it: browse, verify, restore; the counts are the archive's.
        dialog->findChild<QLineEdit*>(u"passphraseLineEdit"_s)->setText(QString::fromUtf8(passphrase));
        clickOpen(dialog);
        auto* tree = wizard->findChild<QTreeWidget*>(u"archiveTreeWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 20000);
        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"verifyButton"_s), Qt::LeftButton);
        auto* verified = wizard->findChild<QLabel*>(u"verifyResultLabel"_s);
        QTRY_VERIFY2_WITH_TIMEOUT(
            verified->text().startsWith(u"The archive is intact: 30 objects"_s), qPrintable(verified->text()), 20000);
        const QString command = restoreAll(wizard);
        QCOMPARE(target.objectCount(u"Article"_s), qint64(objects));

        // The command names a file for the passphrase, and the note under it says what to put there.
        QVERIFY2(command.contains(u" --passphrase-file PASSPHRASE_FILE"_s), qPrintable(command));
        QVERIFY(!command.contains(QString::fromUtf8(passphrase)));
        bool noted = false;
        for (QLabel* l : wizard->findChildren<QLabel*>())
            noted = noted || (l->isVisible() && l->text().contains(u"Replace PASSPHRASE_FILE"_s));
        QVERIFY(noted);
        const QString log = h.window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s)->toPlainText();
        QVERIFY(!log.contains(QString::fromUtf8(passphrase)));
        QVERIFY(!log.contains(u"wrong"_s));
    }

    void testIdentityFileOpensArchiveEncryptedToRecipient()
    {
        WindowHarness h;
        const std::optional<Colvault::AgeIdentity> identity = Colvault::AgeIdentity::generate();
        QVERIFY(identity);
        const QString keyFile = h.dir.filePath(u"key.txt"_s);
        QFile file(keyFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(identity->fileText());
        file.close();
        Colvault::AgeEncryptionKeys keys;
        keys.recipients = {identity->recipient()};
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUp(archive, keys, &why), qPrintable(why));
        EmulatorFixture target;
        RestoreWizard* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);

        // Encrypted to a public key: the identity file is preselected; Browse… fills in the chosen file.
        ArchiveKeyDialog* dialog = keyDialog(wizard);
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QRadioButton*>(u"identityRadioButton"_s)->isChecked());
        Colvault::Dialogs::setNextFileName(keyFile);
        QTest::mouseClick(dialog->findChild<QAbstractButton*>(u"identityBrowseButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!dialog->findChild<QLineEdit*>(u"identityLineEdit"_s)->text().isEmpty());
        clickOpen(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->findChild<QTreeWidget*>(u"archiveTreeWidget"_s)->topLevelItemCount(), 1, 20000);
        const QString command = restoreAll(wizard);
        QVERIFY2(command.contains(u" --identity IDENTITY_FILE"_s), qPrintable(command));
        QCOMPARE(target.objectCount(u"Article"_s), qint64(objects));
    }

    void testOtherIdentityIsRefusedAndCancelCloses()
    {
        WindowHarness h;
        const std::optional<Colvault::AgeIdentity> identity = Colvault::AgeIdentity::generate();
        const std::optional<Colvault::AgeIdentity> other = Colvault::AgeIdentity::generate();
        QVERIFY(identity && other);
        Colvault::AgeEncryptionKeys keys;
        keys.recipients = {identity->recipient()};
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUp(archive, keys, &why), qPrintable(why));
        EmulatorFixture target;
        RestoreWizard* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);

        // The pasted line of another identity: refused in one sentence.
        ArchiveKeyDialog* dialog = keyDialog(wizard);
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(u"identityLineEdit"_s)->setText(other->toString());
        QPointer<ArchiveKeyDialog> first = dialog;
        clickOpen(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(!first, 20000);
        dialog = keyDialog(wizard);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLabel*>(u"archiveKeyProblemLabel"_s)->text(),
            u"None of the given identities can decrypt the archive \"%1\"."_s.arg(archive));

        // Cancel: back to the main window, nothing restored.
        dialog->reject();
        QTRY_VERIFY(!wizard->isVisible());
        QVERIFY(!hasClass(target, u"Article"_s));
    }
    // Issue 18: "Restore beside the current collection and switch alias". The target holds Article with an alias
    // Articles; the archive is restored into a new collection beside it, and once the counts are verified the
    // alias points at the new one; the result says how to switch back, and Article is left as it was.
    void testSideBySideRestoreSwitchesAlias()
    {
        WindowHarness h;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUp(archive, {}, &why), qPrintable(why));
        EmulatorFixture target; // Weaviate 1.36: aliases
        QVERIFY2(seedArticles(target, 3, &why), qPrintable(why));
        const QByteArray alias = R"({"alias":"Articles","class":"Article"})";
        QCOMPARE(target.post(u"/v1/aliases"_s, alias).status, 200);
        RestoreWizard* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);

        // Offered because Article exists and the server has aliases; the alias box lists those of Article.
        auto* sideBySide = wizard->findChild<QCheckBox*>(u"sideBySideCheckBox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sideBySide->isVisible(), 20000);
        QVERIFY(sideBySide->isEnabled());
        sideBySide->setChecked(true);
        QVERIFY(!wizard->findChild<QComboBox*>(u"modeComboBox"_s)->isEnabled());
        // Not new mode's "a collection that already exists blocks the restore": here it stands beside it.
        QCOMPARE(wizard->findChild<QLabel*>(u"modeHelpLabel"_s)->text(),
            u"A new collection is created beside the existing one, which is not touched."_s);
        wizard->findChild<QCheckBox*>(u"swapAliasCheckBox"_s)->setChecked(true);
        QCOMPARE(wizard->findChild<QComboBox*>(u"swapAliasComboBox"_s)->currentText(), u"Articles"_s);

        // The preview says the alias is switched, and from where.
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(wizard->hasPlan(), 20000);
        QVERIFY2(!wizard->plan().isBlocked(), qPrintable(wizard->plan().problems.join(u'\n')));
        const QString created = wizard->plan().collections.value(0).target;
        QVERIFY2(created.startsWith(u"Article_"_s), qPrintable(created));
        auto* diff = wizard->findChild<QTreeWidget*>(u"diffTreeWidget"_s);
        QTreeWidgetItem* aliasRow = nullptr;
        for (int i = 0; i < diff->topLevelItemCount(); ++i)
            if (diff->topLevelItem(i)->text(0) == u"Alias Articles"_s)
                aliasRow = diff->topLevelItem(i);
        QVERIFY(aliasRow);
        QVERIFY2(aliasRow->text(1).startsWith(u"Alias Articles is switched from Article to %1"_s.arg(created)),
            qPrintable(aliasRow->text(1)));

        QTest::mouseClick(wizard->findChild<QAbstractButton*>(u"commitButton"_s), Qt::LeftButton);
        auto* run = wizard->findChild<WizardRunPage*>(u"restoreRunPage"_s);
        QTRY_COMPARE_WITH_TIMEOUT(run->state(), WizardRunPage::State::Done, 30000);
        QCOMPARE(run->outcome(), WizardRunPage::Outcome::Succeeded);
        const QString result = wizard->findChild<QPlainTextEdit*>(u"resultPlainTextEdit"_s)->toPlainText();
        // Runnable as shown: with the target's URL, not at the CLI's default localhost.
        const QString switchBack = u"To switch back: colvault-cli alias set Articles Article --url %1"_s.arg(
            target.baseUrl().toString(QUrl::StripTrailingSlash));
        QVERIFY2(result.contains(switchBack), qPrintable(result));
        QCOMPARE(target.get(u"/v1/aliases/Articles"_s).json().object().value(u"class"_s).toString(), created);
        QCOMPARE(target.objectCount(created), qint64(objects));
        QCOMPARE(target.objectCount(u"Article"_s), qint64(3));
        const QString command = wizard->findChild<QLineEdit*>(u"commandLineEdit"_s)->text();
        QVERIFY2(command.contains(u" Article --mode new --as-new --swap-alias Articles"_s), qPrintable(command));

        // The same wizard opened again with a preset (as Undo after a clear opens it: merge) carries nothing of
        // the switch over: a merge is never turned into a side-by-side restore that moves an alias.
        Colvault::RestoreParams undo;
        undo.mode = Colvault::RestoreMode::Merge;
        undo.collections = {u"Article"_s};
        wizard->openArchive(archive, undo);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* mode = wizard->findChild<QComboBox*>(u"modeComboBox"_s);
        QTRY_VERIFY_WITH_TIMEOUT(mode->isVisible(), 20000);
        QVERIFY(!sideBySide->isChecked());
        QVERIFY(!wizard->findChild<QCheckBox*>(u"swapAliasCheckBox"_s)->isChecked());
        QVERIFY(mode->isEnabled());
        QCOMPARE(Colvault::RestoreMode(mode->currentData().toInt()), Colvault::RestoreMode::Merge);
    }

    // Before Weaviate 1.32 there are no aliases to switch: the choice is not offered.
    void testNoSideBySideWithoutAliases()
    {
        WindowHarness h;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        QString why;
        QVERIFY2(backUp(archive, {}, &why), qPrintable(why));
        Emu::EngineConfig old;
        old.version = "1.31.4";
        EmulatorFixture target(old);
        QVERIFY2(seedArticles(target, 3, &why), qPrintable(why));
        RestoreWizard* wizard = openArchive(h, target, archive);
        QVERIFY(wizard);
        auto* next = wizard->findChild<QAbstractButton*>(u"nextButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 20000);
        QTest::mouseClick(next, Qt::LeftButton);
        // The target is read on a worker; its answer fills in the hint, shown or not.
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->findChild<QLabel*>(u"sideBySideHintLabel"_s)->text().isEmpty(), 20000);
        QVERIFY(!wizard->findChild<QCheckBox*>(u"sideBySideCheckBox"_s)->isVisible());
    }
    // Restore from This Archive in the Jobs dock: an encrypted job's archive opens with the job's own passphrase
    // (its file here), without asking.
    void testJobArchiveOpensWithTheJobsKey()
    {
        QTemporaryDir dir;
        qputenv("COLVAULT_CONFIG_DIR", dir.filePath(u"config"_s).toUtf8());
        qputenv("COLVAULT_SCHEDULE_DIR", dir.filePath(u"schedules"_s).toUtf8());
        QVERIFY(QDir(dir.path()).mkpath(u"archives"_s));
        const QString passphraseFile = dir.filePath(u"passphrase.txt"_s);
        QFile file(passphraseFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(passphrase + '\n');
        file.close();
        EmulatorFixture source;
        QString why;
        QVERIFY2(seedArticles(source, 5, &why), qPrintable(why));
        Colvault::Job job;
        job.name = u"nightly"_s;
        job.profile = u"emulator"_s;
        job.connection.url = source.baseUrl().toString();
        job.connection.transport = u"rest"_s;
        job.collections = {u"Article"_s};
        job.directory = dir.filePath(u"archives"_s);
        job.encryption.passphraseFile = passphraseFile;
        QVERIFY(!Colvault::JobStore().add(&job));

        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* dock = window->findChild<Colvault::JobsDock*>(u"jobsDockWidget"_s);
        QVERIFY(dock);
        QTRY_VERIFY(!dock->isLoading());
        auto* run = dock->findChild<QPushButton*>(u"runJobButton"_s);
        QTRY_VERIFY(run->isEnabled());
        QTest::mouseClick(run, Qt::LeftButton);
        auto* progress = dock->findChild<Colvault::JobProgressDialog*>(u"jobRunProgressDialog"_s);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), Colvault::JobProgressDialog::State::Done, 60000);
        progress->accept();
        auto* restore = dock->findChild<QPushButton*>(u"restoreArchiveButton"_s);
        QTRY_VERIFY(restore->isEnabled());
        QTest::mouseClick(restore, Qt::LeftButton);

        RestoreWizard* wizard = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (wizard = window->findChild<RestoreWizard*>(u"restoreWizard"_s)) && wizard->isVisible(), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(
            wizard->findChild<QTreeWidget*>(u"archiveTreeWidget"_s)->topLevelItemCount(), 1, 20000);
        for (ArchiveKeyDialog* d : wizard->findChildren<ArchiveKeyDialog*>())
            QVERIFY(!d->isVisible());
        QCOMPARE(wizard->decryptionKeys().passphrase, passphrase);
        wizard->reject();
        h.window.reset();
        qunsetenv("COLVAULT_CONFIG_DIR");
        qunsetenv("COLVAULT_SCHEDULE_DIR");
    }
};

QTEST_MAIN(TestEncryptedRestore)
#include "TestEncryptedRestore.moc"
