// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJob.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/RestoreTask.h"
#include "core/S3Client.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/S3Server.h"
#include "widgets/BackupDialog.h"
#include "widgets/ClearWizard.h"
#include "widgets/ClearWizardPages.h"
#include "widgets/CommandLineBox.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/RestoreWizard.h"
#include "widgets/StorageArchiveDialog.h"
#include "widgets/StorageProfileDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWizard>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::S3Server;

namespace {
const QString bucket = u"colvault-gui"_s;

template<typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent->findChild<T*>(name);
    if (!found)
        qFatal("no %s", qPrintable(name));
    return found;
}

void type(QObject* dialog, const QString& field, const QString& text)
{
    auto* edit = child<QLineEdit>(dialog, field);
    edit->clear();
    QTest::keyClicks(edit, text);
}
} // namespace

// Storage profiles in the app through the real widgets, against s3rver on loopback (tests/s3): a profile is created
// in the Storage Profiles dialog with its secret in the secret store only, Test answers in one line (success, and a
// wrong secret key), and the backup dialog's "S3 bucket" destination writes the archive to the profile's prefix and
// shows the command with the profile's --s3-* options and no secret.
class TestStorageProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QSettings m_settings {m_dir.filePath(u"colvault.ini"_s), QSettings::IniFormat};
    MemorySecretStore m_secrets;
    S3Server m_server;
    QString m_archive; // written by testBackupDialogWritesToTheProfilesBucket

    // Fills the dialog's form with the test server's profile named `name`, with `secret`.
    void fillForm(StorageProfileDialog& dialog, const QString& name, const QString& secret)
    {
        QTest::mouseClick(child<QPushButton>(&dialog, u"newStorageProfileButton"_s), Qt::LeftButton);
        type(&dialog, u"nameLineEdit"_s, name);
        type(&dialog, u"endpointLineEdit"_s, m_server.endpoint().toString());
        type(&dialog, u"bucketLineEdit"_s, bucket);
        type(&dialog, u"prefixLineEdit"_s, u"/team/nightly/"_s);
        child<QComboBox>(&dialog, u"pathStyleComboBox"_s)->setCurrentIndex(1); // path style
        type(&dialog, u"accessKeyIdLineEdit"_s, QString::fromLatin1(S3Server::accessKeyId));
        type(&dialog, u"secretKeyLineEdit"_s, secret);
    }

    QString testedStatus(StorageProfileDialog& dialog)
    {
        auto* status = child<QLabel>(&dialog, u"statusLabel"_s);
        QTest::mouseClick(child<QPushButton>(&dialog, u"testButton"_s), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return status->text() != u"Testing…"_s && !status->text().isEmpty(); }, 20000))
            return u"(no answer)"_s;
        return status->text();
    }

private Q_SLOTS:
    void initTestCase();
    void testCreateSaveAndTestAProfile();
    void testWrongSecretKeyIsOneClearLine();
    void testWithoutAKeychainTheSecretStaysForTheSession();
    void testBackupDialogWritesToTheProfilesBucket();
    void testOpenFromS3ListsTheProfilesArchives();
    void testClearWizardBacksUpToTheProfilesBucket();
};

void TestStorageProfiles::initTestCase()
{
    Translations::install(QLocale(QLocale::English));
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({bucket}, &error), qPrintable(error));
}

void TestStorageProfiles::testCreateSaveAndTestAProfile()
{
    StorageProfileStore store(&m_settings, &m_secrets);
    StorageProfileDialog dialog(&store);
    dialog.show();
    fillForm(dialog, u"Team bucket"_s, QString::fromLatin1(S3Server::secretAccessKey));
    QCOMPARE(child<QLabel>(&dialog, u"placeLabel"_s)->text(), u"s3://colvault-gui/team/nightly/"_s);
    QSignalSpy changed(&dialog, &StorageProfileDialog::profilesChanged);
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
    QCOMPARE(changed.count(), 1);
    QTRY_COMPARE(child<QLabel>(&dialog, u"statusLabel"_s)->text(), u"Saved."_s);

    QCOMPARE(store.names(), QStringList {u"Team bucket"_s});
    const StorageProfile p = store.profile(u"Team bucket"_s);
    QCOMPARE(p.bucket, bucket);
    QCOMPARE(p.prefix, u"team/nightly"_s);
    QCOMPARE(p.pathStyle, S3PathStyle::Path);
    QCOMPARE(p.endpoint, m_server.endpoint());
    QCOMPARE(m_secrets.secrets.value(u"s3/Team bucket"_s), QByteArray(S3Server::secretAccessKey));
    // The secret is in the secret store only, never in the settings file.
    m_settings.sync();
    QFile ini(m_settings.fileName());
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(S3Server::secretAccessKey));

    // Shown again, the secret comes back from the store; Test then reaches the bucket.
    QTest::mouseClick(child<QPushButton>(&dialog, u"newStorageProfileButton"_s), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&dialog, u"secretKeyLineEdit"_s)->text(), QString());
    dialog.select(u"Team bucket"_s);
    QTRY_COMPARE(
        child<QLineEdit>(&dialog, u"secretKeyLineEdit"_s)->text(), QString::fromLatin1(S3Server::secretAccessKey));
    const QString status = testedStatus(dialog);
    QVERIFY2(status.startsWith(u"Connected"_s), qPrintable(status));
}

// Found by a new user on a desktop without a secret service: after Save the dialog read the secret back before the
// keychain had answered, emptied the field and said it "could not be read", although it was kept for the session.
void TestStorageProfiles::testWithoutAKeychainTheSecretStaysForTheSession()
{
    MemorySecretStore noKeychain;
    noKeychain.failure = u"No keyring daemon"_s;
    StorageProfileStore store(&m_settings, &noKeychain);
    StorageProfileDialog dialog(&store);
    dialog.show();
    fillForm(dialog, u"Session only"_s, QString::fromLatin1(S3Server::secretAccessKey));
    QTest::mouseClick(child<QPushButton>(&dialog, u"saveButton"_s), Qt::LeftButton);
    QTRY_VERIFY(child<QLabel>(&dialog, u"statusLabel"_s)->text().contains(u"It is kept until Colvault quits"_s));
    QTest::qWait(50); // any late read of the shown profile has answered by now
    const QString status = child<QLabel>(&dialog, u"statusLabel"_s)->text();
    QVERIFY2(!status.contains(u"could not be read"_s), qPrintable(status));
    QCOMPARE(child<QLineEdit>(&dialog, u"secretKeyLineEdit"_s)->text(), QString::fromLatin1(S3Server::secretAccessKey));
    QVERIFY(child<QPushButton>(&dialog, u"testButton"_s)->isEnabled());

    // After a restart (a new store, nothing in the session), opening from S3 says what to do about the secret.
    StorageProfileStore restarted(&m_settings, &noKeychain);
    StorageArchiveDialog open(&restarted);
    auto* profile = child<QComboBox>(&open, u"storageProfileComboBox"_s);
    profile->setCurrentIndex(profile->findText(u"Session only"_s));
    open.show();
    QTRY_VERIFY(child<QLabel>(&open, u"statusLabel"_s)->text().contains(u"Enter it again under File"_s));
    store.remove(u"Session only"_s, &dialog);
}

void TestStorageProfiles::testWrongSecretKeyIsOneClearLine()
{
    StorageProfileStore store(&m_settings, &m_secrets);
    StorageProfileDialog dialog(&store);
    dialog.show();
    fillForm(dialog, u"Wrong"_s, u"not-the-secret"_s);
    const QString status = testedStatus(dialog);
    QCOMPARE(status,
        u"The S3 server at %1 rejected the request: the secret access key of COLVAULTTESTKEY is wrong."_s.arg(
            m_server.endpoint().toString()));
    QVERIFY(!status.contains(u'\n'));
}

void TestStorageProfiles::testBackupDialogWritesToTheProfilesBucket()
{
    TestSupport::EmulatorFixture f;
    Seed::SeedOptions o;
    o.collections = {"Article"};
    o.objects = 20;
    o.dims = 4;
    o.frozenTenant = false;
    QString error;
    QVERIFY2(f.seed(o, &error), qPrintable(error));
    StorageProfileStore store(&m_settings, &m_secrets);
    StorageProfile p;
    p.name = u"Nightly"_s;
    p.endpoint = m_server.endpoint();
    p.region = u"us-east-1"_s;
    p.bucket = bucket;
    p.prefix = u"gui"_s;
    p.pathStyle = S3PathStyle::Path;
    p.accessKeyId = S3Server::accessKeyId;
    bool saved = false;
    store.save(p, S3Server::secretAccessKey, this, [&](const QString&) { saved = true; });
    QTRY_VERIFY(saved);

    BackupManager manager;
    JobProgressDialog progress;
    BackupDialog dialog(&manager, &progress, &m_settings);
    WeaviateEndpoint endpoint;
    endpoint.url = f.baseUrl();
    endpoint.grpcUrl = f.grpcUrl();
    CollectionSummary article;
    article.name = u"Article"_s;
    article.objects = 20;
    dialog.setup(endpoint, {article}, {u"Article"_s});
    dialog.show();
    // Without storage profiles the dialog is as before: no "Save to" row, its label included.
    auto* kind = child<QComboBox>(&dialog, u"destinationKindComboBox"_s);
    const auto saveToLabels = [&] {
        int shown = 0;
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            shown += label->buddy() == kind && label->isVisible() ? 1 : 0;
        return shown;
    };
    QVERIFY(!kind->isVisible());
    QCOMPARE(saveToLabels(), 0);
    dialog.setStorageProfiles(&store);
    QVERIFY(kind->isVisible());
    QCOMPARE(saveToLabels(), 1);
    kind->setCurrentIndex(kind->findText(u"S3 bucket"_s));
    QCOMPARE(child<QComboBox>(&dialog, u"storageProfileComboBox"_s)->currentText(), u"Nightly"_s);
    const QString destination = child<QLineEdit>(&dialog, u"destinationLineEdit"_s)->text();
    QVERIFY2(destination.startsWith(u"s3://colvault-gui/gui/"_s) && destination.endsWith(u".tar.zst"_s),
        qPrintable(destination));

    QSignalSpy finished(&manager, &BackupManager::finished);
    QSignalSpy failed(&manager, &BackupManager::failed);
    QTest::mouseClick(child<QPushButton>(&dialog, u"startButton"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 30000);
    QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.first().first().value<OpError>().details));

    // The object is at the key the dialog showed.
    S3Client client(m_server.config());
    S3ListPage page;
    QVERIFY(client.listObjects(bucket, u"gui/"_s, QString(), &page).ok());
    QCOMPARE(page.objects.size(), 1);
    QCOMPARE(u"s3://colvault-gui/"_s + page.objects.first().key, destination);
    QVERIFY(page.objects.first().size > 0);

    // The command shows the profile's options and says where the keys come from; never the secret.
    const QString command = child<CommandLineBox>(&progress, u"commandLineBox"_s)->command();
    QVERIFY2(command.contains(u"--s3-endpoint "_s + m_server.endpoint().toString()), qPrintable(command));
    QVERIFY2(command.contains(u"--s3-region us-east-1"_s), qPrintable(command));
    QVERIFY2(command.contains(u"--s3-path-style"_s), qPrintable(command));
    QVERIFY2(!command.contains(QString::fromLatin1(S3Server::secretAccessKey)), qPrintable(command));
    QVERIFY2(!command.contains(QString::fromLatin1(S3Server::accessKeyId)), qPrintable(command));
    const QString log = child<QPlainTextEdit>(&progress, u"logPlainTextEdit"_s)->toPlainText();
    QVERIFY2(log.contains(u"AWS_SECRET_ACCESS_KEY"_s), qPrintable(log));
    S3Archive::removeBucketSettings(bucket);
    m_archive = destination;
}

void TestStorageProfiles::testOpenFromS3ListsTheProfilesArchives()
{
    QVERIFY2(!m_archive.isEmpty(), "needs the archive of testBackupDialogWritesToTheProfilesBucket");
    StorageProfileStore store(&m_settings, &m_secrets);
    StorageArchiveDialog dialog(&store);
    auto* profile = child<QComboBox>(&dialog, u"storageProfileComboBox"_s);
    profile->setCurrentIndex(profile->findText(u"Nightly"_s));
    dialog.show();
    auto* archives = child<QTreeWidget>(&dialog, u"archivesTreeWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(archives->topLevelItemCount(), 1, 20000);
    // "1 archive(s)." until the English plural forms are filled in (tools/fill-english-plurals.py).
    const QString status = child<QLabel>(&dialog, u"statusLabel"_s)->text();
    QVERIFY2(status.startsWith(u"1 archive"_s), qPrintable(status));
    QCOMPARE(u"s3://colvault-gui/gui/"_s + archives->topLevelItem(0)->text(0), m_archive);
    archives->setCurrentItem(archives->topLevelItem(0));
    QSignalSpy chosen(&dialog, &StorageArchiveDialog::archiveChosen);
    QTest::mouseClick(child<QPushButton>(&dialog, u"openButton"_s), Qt::LeftButton);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().first().toString(), m_archive);

    // The restore wizard reads the chosen object as it reads a file (the profile is registered for its bucket).
    RestoreManager restore;
    ArchiveJob archive;
    RestoreWizard wizard(&restore, &archive);
    wizard.setTarget(WeaviateEndpoint(), false);
    wizard.openArchive(m_archive);
    wizard.open();
    auto* tree = child<QTreeWidget>(&wizard, u"archiveTreeWidget"_s);
    QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 20000);
    QCOMPARE(tree->topLevelItem(0)->text(0), u"Article"_s);
    S3Archive::removeBucketSettings(bucket);
}

void TestStorageProfiles::testClearWizardBacksUpToTheProfilesBucket()
{
    TestSupport::EmulatorFixture f;
    Seed::SeedOptions o;
    o.collections = {"Article"};
    o.objects = 10;
    o.dims = 4;
    o.frozenTenant = false;
    QString error;
    QVERIFY2(f.seed(o, &error), qPrintable(error));
    StorageProfileStore store(&m_settings, &m_secrets);
    ClearManager manager;
    ClearWizard wizard(&manager);
    WeaviateEndpoint endpoint;
    endpoint.url = f.baseUrl();
    CollectionSummary article;
    article.name = u"Article"_s;
    article.objects = 10;
    wizard.setup(endpoint, {article}, {u"Article"_s});
    auto* impact = wizard.findChild<ClearImpactPage*>();
    QVERIFY(impact);
    impact->setStorageProfiles(&store);
    wizard.open();
    QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    auto* kind = child<QComboBox>(&wizard, u"backupDestinationKindComboBox"_s);
    kind->setCurrentIndex(kind->findText(u"S3 bucket"_s));
    auto* profile = child<QComboBox>(&wizard, u"backupStorageProfileComboBox"_s);
    profile->setCurrentIndex(profile->findText(u"Nightly"_s));
    QCOMPARE(child<QLineEdit>(&wizard, u"backupPathLineEdit"_s)->text(), u"s3://colvault-gui/gui/"_s);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.hasPlan() && wizard.plan().backupPath.startsWith(u"s3://colvault-gui/gui/"_s)
            && wizard.plan().backupPath.endsWith(u".tar.zst"_s),
        20000);
    QVERIFY(impact->isComplete());
    S3Archive::removeBucketSettings(bucket);
}

QTEST_MAIN(TestStorageProfiles)
#include "TestStorageProfiles.moc"
