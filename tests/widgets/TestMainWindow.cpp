// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/CollectionsModel.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/Dialogs.h"
#include "widgets/StorageArchiveDialog.h"
#include "widgets/StorageProfileDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QWizard>
#include <functional>

using namespace Qt::StringLiterals;

// The main window on the offscreen platform, against the in-process Weaviate emulator: it opens, connects through
// a profile, lists and filters collections, reports a wrong key in one message, keeps API keys out of the
// settings file, remembers its geometry, and renders a non-blank picture (saved for a person to look at).
class TestMainWindow : public QObject
{
    Q_OBJECT

    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 4;
        o.frozenTenant = false; // FROZEN needs an offload module the emulator does not enable by default
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
    }

    static QTableView* table(Colvault::MainWindow* w) { return w->findChild<QTableView*>(u"collectionsTableView"_s); }

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        // The Jobs dock reads the saved jobs: never the user's own.
        QVERIFY(m_config.isValid());
        qputenv("COLVAULT_CONFIG_DIR", m_config.path().toUtf8());
    }

    void testOpensWithWelcomeText()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->objectName(), u"mainWindow"_s);
        QCOMPARE(window->windowTitle(), u"Colvault"_s);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(u"Weaviate"_s));
        QVERIFY(!window->findChild<QAction*>(u"backupAction"_s)->isEnabled());
    }

    // File > Storage Profiles… and Open from S3… reach the storage profile dialogs (tests/widgets/TestStorageProfiles
    // drives them); opening an archive from S3 waits, like opening a file, while an operation runs.
    void testFileMenuReachesTheStorageProfiles()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* fileMenu = window->findChild<QMenu*>(u"fileMenu"_s);
        QVERIFY(fileMenu);
        auto* storage = window->findChild<QAction*>(u"storageProfilesAction"_s);
        auto* openFromS3 = window->findChild<QAction*>(u"openFromS3Action"_s);
        QVERIFY(storage && openFromS3);
        QVERIFY(fileMenu->actions().contains(storage));
        QVERIFY(fileMenu->actions().contains(openFromS3));
        QVERIFY(openFromS3->isEnabled());
        storage->trigger();
        QTRY_VERIFY(window->findChild<Colvault::StorageProfileDialog*>());
        QVERIFY(window->findChild<Colvault::StorageProfileDialog*>()->isVisible());
        window->findChild<Colvault::StorageProfileDialog*>()->close();
        openFromS3->trigger();
        QTRY_VERIFY(window->findChild<Colvault::StorageArchiveDialog*>());
        QVERIFY(window->findChild<Colvault::StorageArchiveDialog*>()->isVisible());
    }

    void testQuitActionClosesTheWindow()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* quit = window->findChild<QAction*>(u"quitAction"_s);
        QVERIFY(quit);
        QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
        quit->trigger();
        QVERIFY(!window->isVisible());
        // Geometry is remembered for the next start.
        QVERIFY(!h.settings.value(u"mainWindow/geometry"_s).toByteArray().isEmpty());
    }

    // Settings > Language: the system default plus every translation, each in its own name; a choice is saved for
    // the next start (app/gui/main.cpp reads it) and says so.
    void testLanguageChoiceIsSavedForTheNextStart()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* system = window->findChild<QAction*>(u"language_system"_s);
        QVERIFY(system);
        QVERIFY(system->isChecked());
        const QStringList expected {u"de"_s, u"en"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s};
        for (const QString& code : expected)
            QVERIFY2(window->findChild<QAction*>(u"language_"_s + code), qPrintable(code));
        QCOMPARE(window->findChild<QAction*>(u"language_de"_s)->text(), u"Deutsch"_s);
        QCOMPARE(window->findChild<QAction*>(u"language_ja"_s)->text(), u"日本語"_s);

        const int shown = Colvault::Dialogs::shownCount();
        window->findChild<QAction*>(u"language_ja"_s)->trigger();
        QCOMPARE(h.settings.value(u"language"_s).toString(), u"ja"_s);
        QCOMPARE(Colvault::Dialogs::shownCount(), shown + 1);
        // Issue 14.17: it offers to restart now (the restart itself is not run here).
        auto* box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Restart it now?"_s), qPrintable(box->text()));
        QCOMPARE(box->button(QMessageBox::Yes)->text(), u"&Restart Now"_s);
        QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
        QVERIFY(window->isVisible());
        QVERIFY(window->findChild<QAction*>(u"language_ja"_s)->isChecked());
        QVERIFY(!system->isChecked());

        // A window created with that setting marks it; the system default clears it again.
        WindowHarness again;
        again.settings.setValue(u"language"_s, u"ja"_s);
        auto* second = again.create();
        QVERIFY(second->findChild<QAction*>(u"language_ja"_s)->isChecked());
        second->findChild<QAction*>(u"language_system"_s)->trigger();
        QCOMPARE(again.settings.value(u"language"_s).toString(), QString());
    }

    void testConnectListsCollectionsAndFilters()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QCOMPARE(window->findChild<QComboBox*>(u"profileComboBox"_s)->currentText(), u"Emulator"_s);

        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier); // Connect
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QVERIFY2(label->text().startsWith(u"Connected to "_s), qPrintable(label->text()));
        QVERIFY(label->text().contains(u"Modules:"_s));
        QVERIFY(window->findChild<QAction*>(u"backupAction"_s)->isEnabled());
        // Found by using the app: Clear… stayed grey until a row was selected, with nothing saying why, although
        // its wizard picks the collections itself (as Back Up… does).
        QVERIFY(window->selectedCollections().isEmpty());
        QVERIFY(window->findChild<QAction*>(u"clearAction"_s)->isEnabled());

        // Multi-select two rows.
        table(window)->selectRow(0);
        QTest::mouseClick(table(window)->viewport(), Qt::LeftButton, Qt::ControlModifier,
            table(window)->visualRect(table(window)->model()->index(1, 0)).center());
        QCOMPARE(window->selectedCollections().size(), 2);

        QString why;
        QVERIFY2(grabAndSave(window, u"mainwindow.png"_s, &why), qPrintable(why));

        // Collections > Save as Job…: the job editor on this connection with the selected collections ticked.
        const QStringList selected = window->selectedCollections();
        window->findChild<QAction*>(u"saveJobAction"_s)->trigger();
        QWidget* editor = nullptr;
        QTRY_VERIFY((editor = window->findChild<QWidget*>(u"jobEditorDialog"_s)) && editor->isVisible());
        QCOMPARE(editor->findChild<QComboBox*>(u"jobProfileComboBox"_s)->currentText(), u"Emulator"_s);
        auto* list = editor->findChild<QListWidget*>(u"jobCollectionsListWidget"_s);
        QVERIFY(list && list->isVisible());
        QStringList ticked;
        for (int row = 0; row < list->count(); ++row)
            if (list->item(row)->checkState() == Qt::Checked)
                ticked << list->item(row)->text();
        QCOMPARE(ticked, selected);
        QVERIFY(editor->close());

        auto* filter = window->findChild<QLineEdit*>(u"filterLineEdit"_s);
        QTest::keyClicks(filter, u"tenant"_s);
        QCOMPARE(table(window)->model()->rowCount(), 1);
        QCOMPARE(table(window)->model()->index(0, 0).data().toString(), u"TenantNote"_s);
    }

    // Issue 22: a server with GraphQL switched off is listed with its counts through the profile's gRPC address;
    // the connection dialog keeps that address with the profile.
    // Found by using the app: after a refresh (F5, or the one that follows every backup) the last column no longer
    // reached the table's right edge; a grey strip of header and empty cells stayed there until the window was
    // resized.
    void testLastColumnStillFillsTheTableAfterARefresh()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        auto* window = h.create();
        window->resize(1400, 700);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Emulator"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        auto* log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s);
        QTRY_COMPARE_WITH_TIMEOUT(log->toPlainText().count(u"Connected to"_s), 1, 20000);
        auto fillsTheTable = [window] {
            const QHeaderView* header = table(window)->horizontalHeader();
            const int last = header->logicalIndex(header->count() - 1);
            return header->sectionViewportPosition(last) + header->sectionSize(last)
                >= table(window)->viewport()->width();
        };
        QTRY_VERIFY(fillsTheTable());

        table(window)->selectRow(0);
        window->findChild<QAction*>(u"refreshAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(log->toPlainText().count(u"Connected to"_s), 2, 20000);
        QTRY_VERIFY(fillsTheTable());
    }

    void testConnectsToAServerWithoutGraphql()
    {
        Emu::EngineConfig config;
        config.graphqlDisabled = true;
        TestSupport::EmulatorFixture f(config);
        seed(f);
        QVERIFY(f.emulator().startGrpc(0));
        WindowHarness h;
        {
            Colvault::ProfileStore store(&h.settings);
            Colvault::ConnectionProfile p;
            p.name = u"No GraphQL"_s;
            p.url = f.baseUrl();
            p.grpcUrl = QUrl(u"grpc://127.0.0.1:%1"_s.arg(f.emulator().grpcPort()));
            store.save(p);
            store.setLastUsed(p.name);
        }
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QTest::keyClick(window, Qt::Key_K, Qt::ControlModifier); // Connect
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        const QModelIndex article = table(window)->model()->index(0, Colvault::CollectionsModel::ObjectsColumn);
        QTRY_COMPARE_WITH_TIMEOUT(article.data().toString(), u"20"_s, 20000);

        Colvault::ConnectionDialog dialog;
        Colvault::ConnectionProfile p;
        p.name = u"X"_s;
        p.grpcUrl = QUrl(u"grpcs://grpc-cluster.example:443"_s);
        dialog.setProfile(p, {});
        auto* grpc = dialog.findChild<QLineEdit*>(u"grpcUrlLineEdit"_s);
        QCOMPARE(grpc->text(), u"grpcs://grpc-cluster.example:443"_s);
        QCOMPARE(dialog.profile().grpcUrl, p.grpcUrl);
        grpc->setText(u"ftp://nowhere"_s);
        QVERIFY(!dialog.findChild<QPushButton*>(u"okButton"_s)->isEnabled());
        grpc->clear();
        QVERIFY(dialog.findChild<QPushButton*>(u"okButton"_s)->isEnabled());

        // How objects travel: the profile's choice is shown and read back.
        auto* transport = dialog.findChild<QComboBox*>(u"transportComboBox"_s);
        QVERIFY(transport);
        QCOMPARE(transport->currentIndex(), 0);
        QCOMPARE(dialog.profile().dataTransport, Colvault::WeaviateEndpoint::DataTransport::Auto);
        p.dataTransport = Colvault::WeaviateEndpoint::DataTransport::Grpc;
        dialog.setProfile(p, {});
        QCOMPARE(transport->currentText(), u"gRPC only"_s);
        transport->setCurrentIndex(1);
        QCOMPARE(dialog.profile().dataTransport, Colvault::WeaviateEndpoint::DataTransport::Rest);
    }

    // Issue 14.1: the profile box never names one server while the window works on another. Choosing another
    // profile drops the old server's collections and actions at once and connects to the new one; the status line,
    // the backup dialog and the clear wizard name the profile and URL they act on.
    void testChoosingAnotherProfileReconnects()
    {
        TestSupport::EmulatorFixture first;
        seed(first);
        TestSupport::EmulatorFixture second;
        Seed::SeedOptions o;
        o.objects = 5;
        o.dims = 4;
        o.frozenTenant = false;
        o.collections = {"Author"};
        QString error;
        QVERIFY2(second.seed(o, &error), qPrintable(error));
        WindowHarness h;
        h.addProfile(u"Second"_s, second.baseUrl());
        h.addProfile(u"First"_s, first.baseUrl());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* combo = window->findChild<QComboBox*>(u"profileComboBox"_s);
        QCOMPARE(combo->currentText(), u"First"_s);
        window->connectToProfile(u"First"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        auto* status = window->findChild<QLabel*>(u"connectionStatusLabel"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Connected: First at %1"_s.arg(first.baseUrl().toString()));
        auto* backup = window->findChild<QAction*>(u"backupAction"_s);
        QVERIFY(backup->isEnabled());

        combo->setCurrentIndex(combo->findText(u"Second"_s));
        // Nothing acts on the first server any more, not even for a moment.
        QVERIFY(!backup->isEnabled());
        QVERIFY(!window->findChild<QAction*>(u"clearAction"_s)->isEnabled());
        QVERIFY(!window->findChild<QAction*>(u"restoreAction"_s)->isEnabled());
        QCOMPARE(table(window)->model()->rowCount(), 0);
        QVERIFY2(!status->text().contains(u"First"_s), qPrintable(status->text()));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connected: Second at %1"_s.arg(second.baseUrl().toString()), 20000);
        QCOMPARE(table(window)->model()->rowCount(), 1);
        QCOMPARE(table(window)->model()->index(0, 0).data().toString(), u"Author"_s);
        QCOMPARE(h.settings.value(u"lastProfile"_s).toString(), u"Second"_s);

        // The dialogs name the server they act on.
        table(window)->selectRow(0);
        backup->trigger();
        auto* dialog = window->findChild<QDialog*>(u"backupDialog"_s);
        QVERIFY(dialog);
        QVERIFY2(dialog->windowTitle().contains(u"Second at %1"_s.arg(second.baseUrl().toString())),
            qPrintable(dialog->windowTitle()));
        dialog->reject();
        window->findChild<QAction*>(u"clearAction"_s)->trigger();
        auto* wizard = window->findChild<QWizard*>(u"clearWizard"_s);
        QVERIFY(wizard);
        QVERIFY2(wizard->windowTitle().contains(u"Second at %1"_s.arg(second.baseUrl().toString())),
            qPrintable(wizard->windowTitle()));
        wizard->reject();

        // Back and forth before an answer came: the window ends on the profile the box shows.
        combo->setCurrentIndex(combo->findText(u"First"_s));
        combo->setCurrentIndex(combo->findText(u"Second"_s));
        combo->setCurrentIndex(combo->findText(u"First"_s));
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Connected: First at %1"_s.arg(first.baseUrl().toString()), 20000);
        QTRY_VERIFY(!h.loader.isRunning());
        QCOMPARE(table(window)->model()->rowCount(), 4);
        QCOMPARE(combo->currentText(), u"First"_s);
    }

    void testWrongKeyShowsOneClearMessage()
    {
        Emu::EngineConfig config;
        config.apiKeys = {"right-key"};
        config.anonymousAccess = false;
        TestSupport::EmulatorFixture f(config);
        WindowHarness h;
        h.addProfile(u"Secured"_s, f.baseUrl(), "wrong-key");
        auto* window = h.create();
        window->show();
        window->connectToProfile(u"Secured"_s);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning() && !label->text().startsWith(u"Connecting"_s), 20000);
        QVERIFY2(!label->text().startsWith(u"Connected"_s), qPrintable(label->text()));
        QVERIFY2(label->text().contains(u"key"_s, Qt::CaseInsensitive), qPrintable(label->text()));
        QCOMPARE(table(window)->model()->rowCount(), 0);
        QVERIFY(!window->findChild<QAction*>(u"backupAction"_s)->isEnabled());
        // Found by using the app: the status bar said "Not connected" at both ends.
        QCOMPARE(window->findChild<QLabel*>(u"connectionStatusLabel"_s)->text(), u"Not connected"_s);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"Not connected"_s),
            qPrintable(window->statusBar()->currentMessage()));
    }

    void testUnreachableServerShowsOneClearMessage()
    {
        WindowHarness h;
        h.addProfile(u"Nowhere"_s, QUrl(u"http://127.0.0.1:1"_s));
        auto* window = h.create();
        window->show();
        window->connectToProfile(u"Nowhere"_s);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning() && !label->text().startsWith(u"Connecting"_s), 60000);
        QVERIFY2(!label->text().isEmpty() && !label->text().startsWith(u"Connected"_s), qPrintable(label->text()));
    }

    // Issue 14.12: a refused port is retried for seconds; the window says which attempt comes and offers Cancel,
    // which ends the connect at once.
    void testRefusedPortShowsAttemptsAndCancel()
    {
        WindowHarness h;
        h.addProfile(u"Nowhere"_s, QUrl(u"http://127.0.0.1:1"_s));
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* cancel = window->findChild<QPushButton*>(u"cancelConnectButton"_s);
        QVERIFY(cancel);
        QVERIFY(!cancel->isVisible());
        window->connectToProfile(u"Nowhere"_s);
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(u"Attempt 2 of "_s), 20000);
        QVERIFY2(label->text().startsWith(u"Connecting to http://127.0.0.1:1"_s), qPrintable(label->text()));
        QVERIFY(cancel->isVisible());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QTRY_COMPARE(label->text(), u"Connecting was canceled."_s);
        QVERIFY(!cancel->isVisible());
        QCOMPARE(window->findChild<QLabel*>(u"connectionStatusLabel"_s)->text(), u"Not connected"_s);
        QVERIFY(window->findChild<QAction*>(u"connectAction"_s)->isEnabled());
    }

    // Found by using the app: the connection dialog is reused, so New Connection… reopened it on the field used
    // last (the URL or the key), and the name typed first went into that field.
    void testNewProfileDialogStartsOnTheName()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* newProfile = window->findChild<QAction*>(u"newProfileAction"_s);
        newProfile->trigger();
        auto* dialog = window->findChild<Colvault::ConnectionDialog*>(u"connectionDialog"_s);
        QVERIFY(dialog);
        // Generous: under the sanitizers, with the whole suite in parallel, showing it took over 5 s once.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 20000);
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        QCOMPARE(dialog->focusWidget(), name);
        dialog->findChild<QLineEdit*>(u"urlLineEdit"_s)->setFocus();
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());

        newProfile->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->focusWidget(), name);
        dialog->reject();
    }

    // Found by using the app: profiles could be created (and Edit Connection… under another name makes a second
    // one) but never deleted. Deleting the profile in use leaves the window not connected, naming no server.
    void testDeleteConnectionRemovesTheProfileAndDisconnects()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        WindowHarness h;
        h.addProfile(u"Keep"_s, QUrl(u"http://127.0.0.1:1"_s));
        h.addProfile(u"Gone"_s, f.baseUrl());
        h.secrets.secrets.insert(u"headers/Gone"_s, "[]"); // as if it had headers: they leave the keychain too
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Gone"_s);
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        QTRY_VERIFY(window->findChild<QAction*>(u"backupAction"_s)->isEnabled());
        auto* remove = window->findChild<QAction*>(u"deleteProfileAction"_s);
        QVERIFY(remove);

        Colvault::ProfileStore profiles(&h.settings);
        Colvault::Dialogs::setNextAnswer(QMessageBox::No);
        remove->trigger();
        QVERIFY(profiles.contains(u"Gone"_s));
        Colvault::Dialogs::setNextAnswer(QMessageBox::Yes);
        remove->trigger();
        QTRY_VERIFY(!profiles.contains(u"Gone"_s));
        QVERIFY(profiles.contains(u"Keep"_s));
        QTRY_VERIFY(!h.secrets.secrets.contains(u"headers/Gone"_s));
        auto* combo = window->findChild<QComboBox*>(u"profileComboBox"_s);
        QCOMPARE(combo->findText(u"Gone"_s), -1);
        QCOMPARE(combo->currentText(), QString());
        QCOMPARE(window->findChild<QLabel*>(u"connectionStatusLabel"_s)->text(), u"Not connected"_s);
        QCOMPARE(table(window)->model()->rowCount(), 0);
        QVERIFY(!window->findChild<QAction*>(u"backupAction"_s)->isEnabled());
        QVERIFY(!window->findChild<QAction*>(u"refreshAction"_s)->isEnabled());
    }

    void testNewProfileKeepsTheKeyOutOfTheSettingsFile()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        // The action waits while the keychain is still busy with the last save (slow under a sanitizer): a trigger
        // of a disabled action does nothing.
        auto* action = window->findChild<QAction*>(u"newProfileAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
        action->trigger();
        auto* dialog = window->findChild<Colvault::ConnectionDialog*>(u"connectionDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 20000);
        auto* name = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        name->clear();
        QTest::keyClicks(name, u"Work"_s);
        auto* url = dialog->findChild<QLineEdit*>(u"urlLineEdit"_s);
        url->clear();
        QTest::keyClicks(url, f.baseUrl().toString());
        dialog->findChild<QComboBox*>(u"authComboBox"_s)->setCurrentIndex(1);
        QTest::keyClicks(dialog->findChild<QLineEdit*>(u"apiKeyLineEdit"_s), u"s3cret-key"_s);
        QTest::keyClicks(
            dialog->findChild<QPlainTextEdit*>(u"headersPlainTextEdit"_s), u"X-OpenAI-Api-Key: sk-header-s3cret"_s);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);

        // The emulator without auth rejects a Bearer header, so the connect itself fails; the key's place matters.
        QTRY_COMPARE(h.secrets.secrets.value(u"profile/Work"_s), QByteArray("s3cret-key"));
        QTRY_VERIFY(h.secrets.secrets.value(u"headers/Work"_s).contains("sk-header-s3cret"));
        h.settings.sync();
        QFile ini(h.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray content = ini.readAll();
        QVERIFY(content.contains("Work"));
        QVERIFY(!content.contains("s3cret-key"));
        QVERIFY(!content.contains("sk-header-s3cret"));
        // Saved, then connected with the secrets read back.
        auto* log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s);
        QTRY_VERIFY(log->toPlainText().contains(u"Connecting to"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning(), 20000);

        // Editing the profile shows the key and the headers again, read from the keychain.
        window->findChild<QAction*>(u"editProfileAction"_s)->trigger();
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->apiKey(), QByteArray("s3cret-key"));
        QCOMPARE(dialog->findChild<QPlainTextEdit*>(u"headersPlainTextEdit"_s)->toPlainText(),
            u"X-OpenAI-Api-Key: sk-header-s3cret"_s);
        dialog->reject();
    }

    // Fills the connection dialog of New Connection… and saves it: `apiKey` empty means no authentication.
    // `more` fills in other fields of the dialog before it is saved.
    static void saveNewProfile(Colvault::MainWindow* window, const QString& name, const QUrl& url,
        const QString& apiKey, const std::function<void(Colvault::ConnectionDialog*)>& more = {})
    {
        // The action waits while the keychain is still busy with the last save (slow under a sanitizer): a trigger
        // of a disabled action does nothing.
        auto* action = window->findChild<QAction*>(u"newProfileAction"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
        action->trigger();
        auto* dialog = window->findChild<Colvault::ConnectionDialog*>(u"connectionDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), 20000);
        auto* nameEdit = dialog->findChild<QLineEdit*>(u"nameLineEdit"_s);
        nameEdit->clear();
        QTest::keyClicks(nameEdit, name);
        auto* urlEdit = dialog->findChild<QLineEdit*>(u"urlLineEdit"_s);
        urlEdit->clear();
        QTest::keyClicks(urlEdit, url.toString());
        if (!apiKey.isEmpty()) {
            dialog->findChild<QComboBox*>(u"authComboBox"_s)->setCurrentIndex(1);
            QTest::keyClicks(dialog->findChild<QLineEdit*>(u"apiKeyLineEdit"_s), apiKey);
        }
        if (more)
            more(dialog);
        QTest::mouseClick(dialog->findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
    }

    // Issue 14.3: without a secret service the key typed into a profile was never sent. The user is told once that
    // it cannot be stored, and it is used for as long as the application runs.
    void testKeyIsUsedAlthoughNoKeychainCanStoreIt()
    {
        Emu::EngineConfig config;
        config.apiKeys = {"right-key"};
        config.anonymousAccess = false;
        TestSupport::EmulatorFixture f(config);
        WindowHarness h;
        h.secrets.failure = u"The name org.freedesktop.secrets was not provided by any .service files"_s;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const int shown = Colvault::Dialogs::shownCount();
        saveNewProfile(window, u"Secured"_s, f.baseUrl(), u"right-key"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE(Colvault::Dialogs::shownCount(), shown + 1);
        auto* box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"until it quits"_s), qPrintable(box->text()));
        // Found by using the app: a profile with a key and no headers was told about headers too.
        QVERIFY2(box->text().startsWith(u"The API key cannot be stored"_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"headers"_s), qPrintable(box->text()));
        auto* label = window->findChild<QLabel*>(u"serverInfoLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(u"Connected to "_s), 20000);
        box->accept();

        // Connecting again later in the session still sends it.
        window->connectToProfile(u"Secured"_s);
        QTRY_VERIFY_WITH_TIMEOUT(label->text().startsWith(u"Connected to "_s) && !h.loader.isRunning(), 20000);
        QCOMPARE(table(window)->model()->rowCount(), 0);
        QVERIFY(window->findChild<QAction*>(u"refreshAction"_s)->isEnabled());
    }

    // Found by using the app (issue 16): a profile whose only secret is its proxy password was told "The API key
    // and the extra headers cannot be stored…" when the keychain failed. The message names the proxy password, and
    // with a key too it names both, nothing else.
    void testKeychainMessageNamesTheProxyPassword()
    {
        TestSupport::EmulatorFixture f;
        WindowHarness h;
        h.secrets.failure = u"No keychain"_s;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const auto saveWithProxy = [&](const QString& name, const QString& apiKey) {
            const int shown = Colvault::Dialogs::shownCount();
            // A manual proxy with a user and a password (nothing listens there: the connect fails, which is fine).
            saveNewProfile(window, name, f.baseUrl(), apiKey, [](Colvault::ConnectionDialog* dialog) {
                dialog->findChild<QComboBox*>(u"proxyComboBox"_s)
                    ->setCurrentIndex(int(Colvault::ProxySettings::Mode::Manual));
                QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyUrlLineEdit"_s), u"http://127.0.0.1:1"_s);
                QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyUserLineEdit"_s), u"alice"_s);
                QTest::keyClicks(dialog->findChild<QLineEdit*>(u"proxyPasswordLineEdit"_s), u"secret"_s);
                QVERIFY(dialog->findChild<QPushButton*>(u"okButton"_s)->isEnabled());
            });
            QTRY_COMPARE(Colvault::Dialogs::shownCount(), shown + 1);
        };

        saveWithProxy(u"Proxied"_s, QString());
        if (QTest::currentTestFailed())
            return;
        auto* box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().startsWith(u"The proxy password cannot be stored"_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"API key"_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"headers"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"until it quits"_s), qPrintable(box->text()));
        box->accept();
        delete box;
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning(), 20000);

        saveWithProxy(u"Proxied with key"_s, u"k"_s);
        if (QTest::currentTestFailed())
            return;
        box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(
            box->text().startsWith(u"The API key and the proxy password cannot be stored"_s), qPrintable(box->text()));
        QVERIFY2(!box->text().contains(u"headers"_s), qPrintable(box->text()));
        box->accept();
        delete box;
        const QString log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s)->toPlainText();
        QVERIFY2(!log.contains(u"extra headers"_s), qPrintable(log));
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning(), 20000);
    }

    // A profile for http://127.0.0.1:1 through the manual proxy http://127.0.0.1:2 with the user alice (nothing
    // listens on either).
    static void addManualProxyProfile(WindowHarness& h, const QString& name)
    {
        h.addProfile(name, QUrl(u"http://127.0.0.1:1"_s));
        Colvault::ProfileStore store(&h.settings);
        Colvault::ConnectionProfile p = store.profile(name);
        p.proxy.mode = Colvault::ProxySettings::Mode::Manual;
        p.proxy.url = QUrl(u"http://127.0.0.1:2"_s);
        p.proxy.user = u"alice"_s;
        store.save(p);
    }

    // Found by using the app (issue 16): the log said "Connecting to <server>." whichever proxy the profile named, so
    // the user could not tell from the window whether the manual proxy was used. It names it (never its user).
    void testConnectLogNamesTheManualProxy()
    {
        WindowHarness h;
        addManualProxyProfile(h, u"Proxied"_s);
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Proxied"_s);
        auto* log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s);
        QTRY_VERIFY(log->toPlainText().contains(u"Connecting to http://127.0.0.1:1"_s));
        QVERIFY2(
            log->toPlainText().contains(u"through the proxy http://127.0.0.1:2."_s), qPrintable(log->toPlainText()));
        QVERIFY2(!log->toPlainText().contains(u"alice"_s), qPrintable(log->toPlainText()));
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning(), 20000);
    }

    // Found by using the app (issue 16): deleting a profile with a manual proxy and a user asked about its API key
    // and extra headers only, while its proxy password leaves the keychain too.
    void testDeleteQuestionNamesTheProxyPassword()
    {
        WindowHarness h;
        h.addProfile(u"Plain"_s, QUrl(u"http://127.0.0.1:1"_s));
        addManualProxyProfile(h, u"Proxied"_s);
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* combo = window->findChild<QComboBox*>(u"profileComboBox"_s);
        auto* remove = window->findChild<QAction*>(u"deleteProfileAction"_s);
        // The question asked for `name`, answered No (the profile stays).
        const auto question = [&](const QString& name, QString* text) {
            combo->setCurrentIndex(combo->findText(name));
            QTRY_VERIFY_WITH_TIMEOUT(remove->isEnabled(), 20000);
            remove->trigger();
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s)) && box->isVisible());
            *text = box->text();
            box->reject();
            delete box;
        };
        QString proxied;
        question(u"Proxied"_s, &proxied);
        QVERIFY2(proxied.contains(u"proxy password"_s), qPrintable(proxied));
        QString plain;
        question(u"Plain"_s, &plain);
        QVERIFY2(!plain.isEmpty() && !plain.contains(u"proxy"_s), qPrintable(plain));
        Colvault::ProfileStore profiles(&h.settings);
        QVERIFY(profiles.contains(u"Proxied"_s) && profiles.contains(u"Plain"_s));
    }

    // Issue 14.3: a profile without an API key or headers never touches the keychain, so a desktop without one
    // logs no keychain error for it.
    void testProfileWithoutSecretsNeverTouchesTheKeychain()
    {
        TestSupport::EmulatorFixture f;
        seed(f);
        WindowHarness h;
        h.secrets.failure = u"No keychain"_s;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const int shown = Colvault::Dialogs::shownCount();
        saveNewProfile(window, u"Open"_s, f.baseUrl(), QString());
        if (QTest::currentTestFailed())
            return;
        QTRY_COMPARE_WITH_TIMEOUT(table(window)->model()->rowCount(), 4, 20000);
        window->connectToProfile(u"Open"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!h.loader.isRunning() && table(window)->model()->rowCount() == 4, 20000);
        QCOMPARE(h.secrets.accesses, 0);
        QCOMPARE(Colvault::Dialogs::shownCount(), shown);
        const QString log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s)->toPlainText();
        QVERIFY2(!log.contains(u"keychain"_s), qPrintable(log));
    }

    // Issue 14.7: a file that is not an archive is refused with one message before any wizard opens.
    void testOpeningAFileThatIsNotAnArchiveIsRefused()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        const QString path = h.dir.filePath(u"notes.tar.zst"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("These are notes, not an archive.\n");
        file.close();
        const int shown = Colvault::Dialogs::shownCount();
        Colvault::Dialogs::setNextFileName(path);
        window->findChild<QAction*>(u"openArchiveAction"_s)->trigger();
        QTRY_COMPARE(Colvault::Dialogs::shownCount(), shown + 1);
        auto* box = window->findChild<QMessageBox*>(u"dialogsMessageBox"_s);
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"not a Colvault archive"_s), qPrintable(box->text()));
        // Found by using the app: the box named the file twice (its own sentence and the reader's).
        QCOMPARE(box->text().count(QDir::toNativeSeparators(path)), 1);
        QVERIFY(!window->findChild<QWizard*>(u"restoreWizard"_s));
        box->accept();
        QVERIFY(window->findChild<QAction*>(u"openArchiveAction"_s)->isEnabled());
    }

    void testHeadersLeftInTheSettingsFileMoveToTheKeychainAtStart()
    {
        WindowHarness h;
        h.addProfile(u"Old"_s, QUrl(u"http://127.0.0.1:1"_s));
        h.settings.beginWriteArray(u"profiles/Old/headers"_s, 1); // as version 0.1 stored them
        h.settings.setArrayIndex(0);
        h.settings.setValue(u"name"_s, QByteArray("X-OpenAI-Api-Key"));
        h.settings.setValue(u"value"_s, QByteArray("sk-legacy-s3cret"));
        h.settings.endArray();
        auto* window = h.create();
        auto* log = window->findChild<QPlainTextEdit*>(u"logPlainTextEdit"_s);
        QTRY_VERIFY(log->toPlainText().contains(u"moved to the keychain"_s));
        QVERIFY(h.secrets.secrets.value(u"headers/Old"_s).contains("sk-legacy-s3cret"));
        h.settings.sync();
        QFile ini(h.settings.fileName());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        QVERIFY(!ini.readAll().contains("sk-legacy-s3cret"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
