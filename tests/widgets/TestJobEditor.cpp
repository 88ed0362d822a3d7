// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/JobHistory.h"
#include "core/JobSchedule.h"
#include "core/JobStore.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/Dialogs.h"
#include "widgets/JobEditorDialog.h"
#include "widgets/JobInputs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobRunManager.h"
#include "widgets/JobSecretDialog.h"
#include "widgets/JobsDock.h"
#include "widgets/SecretStore.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Colvault;
using namespace Qt::StringLiterals;

// The job editor with real widgets, offscreen, the job store in a temporary $COLVAULT_CONFIG_DIR and the schedules in
// $COLVAULT_SCHEDULE_DIR (files only, no systemctl): a job made in the dialog is in jobs.json as `job create` would
// save it, and its systemd units are written; editing keeps the id, creation time and name; invalid input shows the
// core's specific error and saves nothing (a schedule that cannot be installed undoes the save); and an encrypted job
// whose passphrase file is missing asks for the passphrase, keeps it in the keychain (MemorySecretStore) for the next
// run, and Delete Job removes it.
class TestJobEditor : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    MemorySecretStore m_secrets;
    std::unique_ptr<ProfileStore> m_profiles;

    QString archiveDir() const { return m_dir->filePath(u"archives"_s); }
    QString scheduleDir() const { return m_dir->filePath(u"schedules"_s); }

    template<typename T> static T* field(QWidget* dialog, const QString& name)
    {
        auto* widget = dialog->findChild<T*>(name);
        if (!widget)
            qWarning().noquote() << "no widget" << name;
        return widget;
    }

    static QString error(JobEditorDialog* dialog)
    {
        auto* label = field<QLabel>(dialog, u"jobEditorErrorLabel"_s);
        return label->isVisibleTo(dialog) ? label->text() : QString();
    }

    // Clicks Save Job and waits until the dialog has closed or shows an error.
    static bool save(JobEditorDialog* dialog)
    {
        QTest::mouseClick(field<QPushButton>(dialog, u"saveJobButton"_s), Qt::LeftButton);
        return QTest::qWaitFor([dialog] { return !dialog->isSaving(); }, 20000);
    }

    std::unique_ptr<JobEditorDialog> makeDialog()
    {
        auto dialog = std::make_unique<JobEditorDialog>(JobStore(), m_profiles.get());
        dialog->setSchedulerProgram(QCoreApplication::applicationFilePath());
        dialog->show();
        return dialog;
    }

    static void fillNew(JobEditorDialog* d, const QString& name)
    {
        field<QLineEdit>(d, u"jobNameLineEdit"_s)->setText(name);
        field<QComboBox>(d, u"jobProfileComboBox"_s)->setCurrentText(u"emulator"_s);
        field<QLineEdit>(d, u"jobCollectionsLineEdit"_s)->setText(u"Article, Book"_s);
        field<QPlainTextEdit>(d, u"jobTenantsTextEdit"_s)
            ->setPlainText(u"Article: t1, t2\nBook\uFF1Ab1\uFF0Cb2"_s); // full-width, as CJK input types them
    }

    QJsonArray savedJobs() const
    {
        QFile file(JobStore().jobsFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        const QJsonDocument doc = QJsonDocument::fromJson(file.readAll());
        return doc.isArray() ? doc.array() : doc.object().value(u"jobs"_s).toArray();
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(QDir(m_dir->path()).mkpath(u"archives"_s));
        qputenv("COLVAULT_CONFIG_DIR", m_dir->filePath(u"config"_s).toUtf8());
        qputenv("COLVAULT_SCHEDULE_DIR", scheduleDir().toUtf8());
        qunsetenv("WEAVIATE_API_KEY");
        m_settings = std::make_unique<QSettings>(m_dir->filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_secrets.secrets.clear();
        m_profiles = std::make_unique<ProfileStore>(m_settings.get(), &m_secrets);
        ConnectionProfile profile;
        profile.name = u"emulator"_s;
        profile.url = QUrl(u"http://127.0.0.1:8080"_s);
        profile.dataTransport = WeaviateEndpoint::DataTransport::Rest;
        profile.proxy.mode = ProxySettings::Mode::None;
        m_profiles->save(profile);
    }

    void cleanup() { Dialogs::clearNextAnswers(); }

    void testCreatesAndSchedulesAJob()
    {
        auto d = makeDialog();
        fillNew(d.get(), u"nightly"_s);
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(archiveDir());
        field<QLineEdit>(d.get(), u"jobPatternLineEdit"_s)->setText(u"{job}-{date}"_s);
        field<QComboBox>(d.get(), u"jobCompressionComboBox"_s)->setCurrentText(u"gzip"_s);
        field<QSpinBox>(d.get(), u"jobLevelSpinBox"_s)->setValue(6);
        field<QSpinBox>(d.get(), u"keep-dailySpinBox"_s)->setValue(7);
        field<QSpinBox>(d.get(), u"keep-yearlySpinBox"_s)->setValue(RetentionPolicy::unlimited);
        auto* every = field<QComboBox>(d.get(), u"jobEveryComboBox"_s);
        every->setCurrentIndex(every->findData(int(JobSchedule::Every::Day)));
        field<QTimeEdit>(d.get(), u"jobAtTimeEdit"_s)->setTime(QTime(3, 30));
        // The preview names the next archive as a run would.
        const QString preview = field<QLabel>(d.get(), u"jobPreviewLabel"_s)->text();
        QVERIFY2(preview.contains(QDir::toNativeSeparators(archiveDir() + u"/nightly-"_s)), qPrintable(preview));
        QVERIFY2(preview.endsWith(u".tar.gz"_s), qPrintable(preview));

        QSignalSpy saved(d.get(), &JobEditorDialog::saved);
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).isEmpty(), qPrintable(error(d.get())));
        QCOMPARE(saved.size(), 1);
        QVERIFY(!d->isVisible());

        const QJsonArray jobs = savedJobs();
        QCOMPARE(jobs.size(), 1);
        Job job;
        QVERIFY(!Job::fromJson(jobs.at(0).toObject(), &job));
        QCOMPARE(job.name, u"nightly"_s);
        QCOMPARE(job.profile, u"emulator"_s);
        QCOMPARE(job.connection.url, u"http://127.0.0.1:8080"_s);
        QCOMPARE(job.connection.transport, u"rest"_s);
        QCOMPARE(job.connection.proxy, u"none"_s);
        QCOMPARE(job.collections, QStringList({u"Article"_s, u"Book"_s}));
        QCOMPARE(job.tenants.value(u"Article"_s), QStringList({u"t1"_s, u"t2"_s}));
        QCOMPARE(job.tenants.value(u"Book"_s), QStringList({u"b1"_s, u"b2"_s}));
        QCOMPARE(job.compression, ArchiveCompression::Gzip);
        QCOMPARE(job.compressionLevel, 6);
        QCOMPARE(job.retention.daily, 7);
        QCOMPARE(job.retention.yearly, RetentionPolicy::unlimited);
        QCOMPARE(job.schedule.every, JobSchedule::Every::Day);
        QCOMPARE(job.schedule.at, QTime(3, 30));
        QVERIFY(!job.id.isEmpty() && job.createdAt.isValid());
        // The schedule went through JobScheduler as `job schedule` does: here only its files (no systemctl).
        if (JobScheduler::nativePlatform() == JobScheduler::Platform::Systemd) {
            const QString timer = QDir(scheduleDir()).filePath(JobScheduler::systemdBaseName(job.id) + u".timer"_s);
            QFile file(timer);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(timer));
            QVERIFY(file.readAll().contains("OnCalendar=*-*-* 03:30:00"));
            QVERIFY(
                QFileInfo::exists(QDir(scheduleDir()).filePath(JobScheduler::systemdBaseName(job.id) + u".service"_s)));
        }
        QCOMPARE(saved.at(0).at(2).toStringList(), JobScheduler(JobStore().directory()).files(job.id));
    }

    // With the connected server's checklist shown (the text field hidden), Alt+O (Collections) reaches the checklist.
    void testCollectionsMnemonicReachesTheChecklist()
    {
        auto d = makeDialog();
        d->setServerCollections(u"emulator"_s, {u"Article"_s, u"Book"_s});
        QApplication::setActiveWindow(d.get());
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        auto* list = field<QListWidget>(d.get(), u"jobCollectionsListWidget"_s);
        QVERIFY(list->isVisible());
        field<QLineEdit>(d.get(), u"jobNameLineEdit"_s)->setFocus();
        QTest::keyClick(d.get(), Qt::Key_O, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(list));
    }

    void testEditKeepsTheIdAndCreationTime()
    {
        Job job;
        job.name = u"weekly"_s;
        job.profile = u"emulator"_s;
        job.connection.url = u"http://127.0.0.1:8080"_s;
        job.directory = archiveDir();
        QVERIFY(!JobStore().add(&job));
        auto d = makeDialog();
        d->setJob(job, true);
        QVERIFY(field<QLineEdit>(d.get(), u"jobNameLineEdit"_s)->isReadOnly());
        field<QSpinBox>(d.get(), u"keep-lastSpinBox"_s)->setValue(3);
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).isEmpty(), qPrintable(error(d.get())));
        Job edited;
        QVERIFY(!JobStore().find(u"weekly"_s, &edited));
        QCOMPARE(edited.id, job.id);
        QCOMPARE(edited.createdAt, job.createdAt);
        QCOMPARE(edited.retention.last, 3);
        QCOMPARE(savedJobs().size(), 1);
        QVERIFY(!edited.schedule.isOn());
        QVERIFY(!QDir(scheduleDir()).exists() || QDir(scheduleDir()).isEmpty());
    }

    void testInvalidInputShowsTheErrorAndSavesNothing()
    {
        auto d = makeDialog();
        fillNew(d.get(), u"no/slash"_s);
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(archiveDir());
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"not a valid job name"_s), qPrintable(error(d.get())));
        QVERIFY(d->isVisible());

        field<QLineEdit>(d.get(), u"jobNameLineEdit"_s)->setText(u"nightly"_s);
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(archiveDir() + u"/missing"_s);
        Dialogs::setNextAnswer(QMessageBox::No); // "Create the folder?"
        QVERIFY(save(d.get()));
        QTRY_VERIFY2(error(d.get()).contains(u"does not exist"_s), qPrintable(error(d.get())));
        QVERIFY(!QFileInfo::exists(archiveDir() + u"/missing"_s));

        // The core's check of `job create`: recipients need an identity that opens them.
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(archiveDir());
        field<QComboBox>(d.get(), u"jobEncryptionComboBox"_s)->setCurrentIndex(1);
        const std::optional<AgeIdentity> identity = AgeIdentity::generate();
        QVERIFY(identity);
        field<QPlainTextEdit>(d.get(), u"jobRecipientsTextEdit"_s)->setPlainText(identity->recipient().toString());
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"needs the identity file of one of them"_s), qPrintable(error(d.get())));

        // A schedule that cannot be installed undoes the save.
        field<QComboBox>(d.get(), u"jobEncryptionComboBox"_s)->setCurrentIndex(0);
        auto* every = field<QComboBox>(d.get(), u"jobEveryComboBox"_s);
        every->setCurrentIndex(every->findData(int(JobSchedule::Every::Hour)));
        d->setSchedulerProgram(m_dir->filePath(u"no-such-colvault-cli"_s));
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"colvault-cli"_s), qPrintable(error(d.get())));
        QVERIFY(savedJobs().isEmpty());
        QVERIFY(d->isVisible());
    }

    // Found by the walk-through: the passphrase was typed once, so a typo encrypted, verified and was remembered. It
    // is typed twice and a mismatch is refused with a clear line; an identity (which only decrypts) is typed once.
    // The title is short (the job's name in it was elided) and the text is paragraphs: why, what the typed passphrase
    // means for this run's archive, and which file to restore.
    void testThePassphraseIsTypedTwice()
    {
        Job job;
        job.name = u"nightly-backup-of-the-production-cluster"_s;
        job.encryption.passphraseFile = m_dir->filePath(u"missing-passphrase"_s);
        JobSecretDialog dialog(job, u"The file does not exist."_s);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(!dialog.windowTitle().contains(job.name));
        const QString text = dialog.findChild<QLabel*>(u"jobSecretTextLabel"_s)->text();
        QVERIFY2(text.contains(u"The file does not exist.\n\nThis run's archive"_s), qPrintable(text));
        auto* edit = dialog.findChild<QLineEdit*>(u"jobSecretLineEdit"_s);
        auto* repeat = dialog.findChild<QLineEdit*>(u"jobSecretRepeatLineEdit"_s);
        auto* error = dialog.findChild<QLabel*>(u"jobSecretErrorLabel"_s);
        QVERIFY(repeat && repeat->isVisible());
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        edit->setText(u"correct horse"_s);
        QTest::keyClicks(repeat, u"correct hrose"_s);
        dialog.accept();
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), u"The two passphrases differ: type the same passphrase in both fields."_s);
        QTest::keyClick(repeat, Qt::Key_Backspace);
        QVERIFY(!error->isVisible()); // typing again hides it
        repeat->setText(u"correct horse"_s);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.secret(), QByteArray("correct horse"));

        Job identityJob;
        identityJob.name = u"keys"_s;
        identityJob.encryption.recipients = {u"age1example"_s};
        JobSecretDialog identity(identityJob, u"The file does not exist."_s);
        identity.show();
        QVERIFY(!identity.findChild<QLineEdit*>(u"jobSecretRepeatLineEdit"_s)->isVisible());
    }

    // Found by the walk-through: an error stayed after its field was fixed, errors of the save's checks did not show
    // the field's tab, a pattern without {date} was told only at Save, and Browse… and Add… worked with encryption
    // None. Each error goes to its field (its tab, the focus) and goes away when the field is edited.
    void testAnErrorGoesWithItsField()
    {
        auto d = makeDialog();
        QApplication::setActiveWindow(d.get());
        QVERIFY(QTest::qWaitForWindowActive(d.get()));
        auto* tabs = field<QTabWidget>(d.get(), u"jobEditorTabWidget"_s);
        fillNew(d.get(), u"nightly"_s);
        auto* folder = field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s);
        folder->setText(archiveDir());

        // Browse… and Add… follow the encryption.
        auto* encryption = field<QComboBox>(d.get(), u"jobEncryptionComboBox"_s);
        auto* browse = field<QPushButton>(d.get(), u"jobPassphraseFileLineEditBrowseButton"_s);
        auto* add = field<QPushButton>(d.get(), u"addIdentityFileButton"_s);
        QVERIFY(!browse->isEnabled() && !add->isEnabled());
        encryption->setCurrentIndex(2);
        QVERIFY(browse->isEnabled() && !add->isEnabled()); // a passphrase opens its archives itself
        encryption->setCurrentIndex(1);
        QVERIFY(!browse->isEnabled() && add->isEnabled());

        // A pattern without {date} is told in the preview at once.
        encryption->setCurrentIndex(0);
        auto* pattern = field<QLineEdit>(d.get(), u"jobPatternLineEdit"_s);
        auto* preview = field<QLabel>(d.get(), u"jobPreviewLabel"_s);
        pattern->setText(u"{job}-latest"_s);
        QVERIFY2(preview->text().contains(u"Warning: The file-name pattern \"{job}-latest\" has no {date}"_s),
            qPrintable(preview->text()));
        tabs->setCurrentIndex(0);
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"has no {date}"_s), qPrintable(error(d.get())));
        QCOMPARE(tabs->currentIndex(), 1);
        QTRY_VERIFY(pattern->hasFocus());
        pattern->setText(u"{job}-{date}"_s);
        QVERIFY(error(d.get()).isEmpty());
        QVERIFY(!preview->text().contains(u"Warning"_s));

        // A file the job names that cannot be read: the field that names it.
        encryption->setCurrentIndex(2);
        auto* passphraseFile = field<QLineEdit>(d.get(), u"jobPassphraseFileLineEdit"_s);
        passphraseFile->setText(m_dir->filePath(u"missing-passphrase"_s));
        tabs->setCurrentIndex(0);
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"Cannot read the file"_s), qPrintable(error(d.get())));
        QCOMPARE(tabs->currentIndex(), 3);
        QTRY_VERIFY(passphraseFile->hasFocus());
        // Another field's edit leaves it; its own takes it away.
        field<QSpinBox>(d.get(), u"keep-lastSpinBox"_s)->setValue(2);
        QVERIFY(!error(d.get()).isEmpty());
        passphraseFile->setText(m_dir->filePath(u"passphrase"_s));
        QVERIFY(error(d.get()).isEmpty());

        // The name, on the first tab.
        encryption->setCurrentIndex(0);
        auto* name = field<QLineEdit>(d.get(), u"jobNameLineEdit"_s);
        name->setText(u"no/slash"_s);
        tabs->setCurrentIndex(4);
        QVERIFY(save(d.get()));
        QVERIFY2(error(d.get()).contains(u"not a valid job name"_s), qPrintable(error(d.get())));
        QCOMPARE(tabs->currentIndex(), 0);
        QTRY_VERIFY(name->hasFocus());
        QVERIFY(savedJobs().isEmpty());
    }

    // A folder that does not exist yet is offered to be created on Save; yes creates it and saves the job.
    void testCreatesAMissingFolder()
    {
        auto d = makeDialog();
        fillNew(d.get(), u"nightly"_s);
        const QString folder = archiveDir() + u"/new/deeper"_s;
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(folder);
        QSignalSpy saved(d.get(), &JobEditorDialog::saved);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QVERIFY(save(d.get()));
        QTRY_COMPARE(saved.size(), 1);
        QVERIFY(QFileInfo(folder).isDir());
        QCOMPARE(savedJobs().size(), 1);
    }

    // Found by the walk-through: a missing folder was created, then the save refused the missing passphrase file.
    // Every other check runs first: the folder is offered only for a job that would then save.
    void testChecksEverythingBeforeCreatingTheFolder()
    {
        auto d = makeDialog();
        fillNew(d.get(), u"nightly"_s);
        const QString folder = archiveDir() + u"/new"_s;
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(folder);
        field<QComboBox>(d.get(), u"jobEncryptionComboBox"_s)->setCurrentIndex(2);
        const QString missing = m_dir->filePath(u"no-passphrase"_s);
        field<QLineEdit>(d.get(), u"jobPassphraseFileLineEdit"_s)->setText(missing);
        Dialogs::setNextAnswer(QMessageBox::Yes); // were the folder offered, it would be created
        QVERIFY(save(d.get()));
        QTest::qWait(50);
        QVERIFY2(error(d.get()).contains(QDir::toNativeSeparators(missing)), qPrintable(error(d.get())));
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(savedJobs().isEmpty());
    }

    // The Encryption tab says what a passphrase file is and creates one (typed twice, owner-only); identity files are
    // for recipients; a file others can read is warned about.
    void testCreatesAPassphraseFile()
    {
        auto d = makeDialog();
        auto* mode = field<QComboBox>(d.get(), u"jobEncryptionComboBox"_s);
        auto* identities = field<QPlainTextEdit>(d.get(), u"jobIdentityFilesTextEdit"_s);
        mode->setCurrentIndex(1);
        QVERIFY(identities->isEnabled());
        mode->setCurrentIndex(2);
        QVERIFY(!identities->isEnabled());
        QVERIFY(field<QLabel>(d.get(), u"jobPassphraseAboutLabel"_s)->text().contains(u"one line"_s));
        QTest::mouseClick(field<QPushButton>(d.get(), u"createPassphraseFileButton"_s), Qt::LeftButton);
        QDialog* ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (ask = d->findChild<QDialog*>(u"createPassphraseDialog"_s)); }));
        ask->findChild<QLineEdit*>(u"newPassphraseLineEdit"_s)->setText(u"correct horse"_s);
        ask->findChild<QLineEdit*>(u"newPassphraseRepeatLineEdit"_s)->setText(u"correct hrose"_s);
        auto* ok = ask->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        QTest::mouseClick(ok, Qt::LeftButton);
        QVERIFY(ask->findChild<QLabel*>(u"newPassphraseErrorLabel"_s)->isVisible());
        ask->findChild<QLineEdit*>(u"newPassphraseRepeatLineEdit"_s)->setText(u"correct horse"_s);
        const QString path = m_dir->filePath(u"passphrase"_s);
        Dialogs::setNextFileName(path);
        QTest::mouseClick(ok, Qt::LeftButton);
        auto* file = field<QLineEdit>(d.get(), u"jobPassphraseFileLineEdit"_s);
        QVERIFY(QTest::qWaitFor([&] { return file->text() == QDir::toNativeSeparators(path); }));
        QFile written(path);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray("correct horse\n"));
        auto* warning = field<QLabel>(d.get(), u"jobPassphraseWarningLabel"_s);
#ifndef Q_OS_WIN
        QCOMPARE(written.permissions() & ~(QFile::ReadUser | QFile::WriteUser), QFile::ReadOwner | QFile::WriteOwner);
        QVERIFY(warning->isHidden());
        QVERIFY(written.setPermissions(written.permissions() | QFile::ReadOther));
        file->clear();
        file->setText(path);
        QVERIFY(!warning->isHidden());
#endif
    }

    // Without a user systemd session (a container, SSH, WSL) a scheduled job is not saved, and the error says what to
    // do, with systemctl's words as details, on the Schedule tab.
    void testNoUserSessionSaysWhatToDo()
    {
        if (JobScheduler::nativePlatform() != JobScheduler::Platform::Systemd)
            QSKIP("systemd is this test's scheduler");
        const QString bin = m_dir->filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + u"/systemctl"_s);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho 'Failed to connect to bus: No medium found' >&2\nexit 1\n");
        fake.close();
        QVERIFY(fake.setPermissions(fake.permissions() | QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        qputenv("PATH", bin.toUtf8() + ':' + path);
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"xdg"_s).toUtf8());
        qunsetenv("COLVAULT_SCHEDULE_DIR");
        auto d = makeDialog();
        fillNew(d.get(), u"nightly"_s);
        field<QLineEdit>(d.get(), u"jobFolderLineEdit"_s)->setText(archiveDir());
        auto* every = field<QComboBox>(d.get(), u"jobEveryComboBox"_s);
        every->setCurrentIndex(every->findData(int(JobSchedule::Every::Day)));
        Dialogs::setNextAnswer(QMessageBox::No); // not "Save Without Schedule" yet
        const bool saved = save(d.get());
        qputenv("PATH", path);
        qunsetenv("XDG_CONFIG_HOME");
        QVERIFY(saved);
        const QString text = error(d.get());
        QVERIFY2(text.contains(u"finds no user session"_s) && text.contains(u"from cron"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Details: "_s) && text.contains(u"No medium found"_s), qPrintable(text));
        QCOMPARE(field<QTabWidget>(d.get(), u"jobEditorTabWidget"_s)->currentIndex(), 4);
        QTest::qWait(50); // the question was answered No
        QVERIFY(savedJobs().isEmpty());

        // "Save Without Schedule" saves it unscheduled.
        qputenv("PATH", bin.toUtf8() + ':' + path);
        qputenv("XDG_CONFIG_HOME", m_dir->filePath(u"xdg"_s).toUtf8());
        QSignalSpy savedSpy(d.get(), &JobEditorDialog::saved);
        Dialogs::setNextAnswer(QMessageBox::Yes);
        const bool again = save(d.get());
        const bool done = QTest::qWaitFor([&savedSpy] { return savedSpy.size() == 1; }, 20000);
        qputenv("PATH", path);
        qunsetenv("XDG_CONFIG_HOME");
        QVERIFY(again && done);
        QCOMPARE(savedJobs().size(), 1);
        QCOMPARE(every->currentData().toInt(), int(JobSchedule::Every::Never));
        Job stored;
        QVERIFY(!JobStore().find(savedSpy.at(0).at(0).value<Job>().id, &stored));
        QVERIFY(!stored.schedule.isOn());
    }

    // An identity typed in the app (or kept in the keychain) stands for the job's identity files, which are not read.
    void testAKeychainIdentityIsUsedBeforeTheFiles()
    {
        const std::optional<AgeIdentity> identity = AgeIdentity::generate();
        QVERIFY(identity);
        JobEncryption e;
        e.recipients = {identity->recipient().toString()};
        e.identityFiles = {m_dir->filePath(u"missing-identity"_s)};
        AgeEncryptionKeys encryption;
        AgeDecryptionKeys decryption;
        QVERIFY(JobInputs::readKeys(e, {}, &encryption, &decryption)); // the file is missing
        JobSecrets secrets;
        secrets.identity = identity->toString().toUtf8();
        QVERIFY(!JobInputs::readKeys(e, secrets, &encryption, &decryption));
        QCOMPARE(decryption.identities.size(), 1);
        QVERIFY(!e.checkIdentities(decryption.identities));
        QVERIFY(!JobInputs::checkSecret(e, secrets.identity));
        const OpError wrong = JobInputs::checkSecret(e, "AGE-SECRET-KEY-1NOTAKEY");
        QVERIFY2(wrong.message.contains(u"not an age identity"_s), qPrintable(wrong.message));
        QVERIFY(!wrong.message.contains(u"NOTAKEY"_s)); // never the typed text
    }

    // A saved job that encrypts with a passphrase file that is missing, against the emulator.
    Job missingPassphraseJob(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 5;
        o.dims = 4;
        o.frozenTenant = false;
        QString seedError;
        if (!f.seed(o, &seedError))
            qWarning().noquote() << seedError;
        Job job;
        job.name = u"secret"_s;
        job.profile = u"elsewhere"_s; // no profile of the app: no keychain API key
        job.connection.url = f.baseUrl().toString();
        job.connection.retries = 0;
        job.connection.transport = u"rest"_s;
        job.collections = {u"Article"_s};
        job.directory = archiveDir();
        job.encryption.passphraseFile = m_dir->filePath(u"missing-passphrase"_s);
        if (OpError error = JobStore().add(&job))
            qWarning().noquote() << error.message;
        return job;
    }

    // The keychain refuses to remember the passphrase: the dialog says why and stays open; the run starts only when
    // Run is clicked again, and its log says where the passphrase came from. Nothing was read from the keychain for a
    // job that has nothing remembered.
    void testAKeychainThatRefusesIsShownBeforeTheRun()
    {
        TestSupport::EmulatorFixture f;
        const Job job = missingPassphraseJob(f);
        m_secrets.failure = u"No keyring daemon"_s;
        m_secrets.accesses = 0;
        JobsDock dock(new JobRunManager(this), m_profiles.get(), m_settings.get());
        dock.setSecretStore(&m_secrets);
        dock.show();
        QVERIFY(QTest::qWaitFor([&dock] { return !dock.isLoading(); }));
        QTest::mouseClick(dock.findChild<QPushButton*>(u"runJobButton"_s), Qt::LeftButton);
        JobSecretDialog* ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (ask = dock.findChild<JobSecretDialog*>()) && ask->isVisible(); }));
        QCOMPARE(m_secrets.accesses, 0);
        const QString intro = ask->findChild<QLabel*>(u"jobSecretTextLabel"_s)->text();
        QVERIFY2(intro.contains(u"exactly this passphrase"_s), qPrintable(intro));
        QVERIFY2(intro.contains(QDir::toNativeSeparators(job.encryption.passphraseFile)), qPrintable(intro));
        ask->findChild<QLineEdit*>(u"jobSecretLineEdit"_s)->setText(u"correct horse"_s);
        ask->findChild<QLineEdit*>(u"jobSecretRepeatLineEdit"_s)->setText(u"correct horse"_s);
        auto* remember = ask->findChild<QCheckBox*>(u"rememberSecretCheckBox"_s);
        remember->setChecked(true);
        ask->accept();
        const QPointer<JobSecretDialog> open = ask; // it closes itself when accepted
        auto* error = ask->findChild<QLabel*>(u"jobSecretErrorLabel"_s);
        QVERIFY(QTest::qWaitFor([&] { return !open || error->isVisible(); }));
        QVERIFY(open);
        QVERIFY2(error->text().contains(u"No keyring daemon"_s), qPrintable(error->text()));
        QVERIFY(ask->isVisible());
        QVERIFY(!remember->isChecked());
        QVERIFY(JobHistory(JobStore().historyFile()).read(job.id).isEmpty());
        ask->accept();
        auto* progress = dock.findChild<JobProgressDialog*>(u"jobRunProgressDialog"_s);
        QVERIFY(QTest::qWaitFor([&] { return progress->state() == JobProgressDialog::State::Done; }, 60000));
        const QList<JobRunRecord> runs = JobHistory(JobStore().historyFile()).read(job.id);
        QCOMPARE(runs.size(), 1);
        QFile log(runs.constLast().logFile);
        QVERIFY(log.open(QIODevice::ReadOnly));
        QVERIFY(log.readAll().contains("passphrase from the app"));
        progress->accept();
        m_secrets.failure.clear();
    }

    void testAsksForThePassphraseAndKeepsItInTheKeychain()
    {
        TestSupport::EmulatorFixture f;
        const Job job = missingPassphraseJob(f);

        JobsDock dock(new JobRunManager(this), m_profiles.get(), m_settings.get());
        dock.setSecretStore(&m_secrets);
        dock.show();
        QVERIFY(QTest::qWaitFor([&dock] { return !dock.isLoading(); }));
        auto* progress = dock.findChild<JobProgressDialog*>(u"jobRunProgressDialog"_s);
        auto runNow = [&dock] { QTest::mouseClick(dock.findChild<QPushButton*>(u"runJobButton"_s), Qt::LeftButton); };
        runNow();
        JobSecretDialog* ask = nullptr;
        QVERIFY(QTest::qWaitFor([&] { return (ask = dock.findChild<JobSecretDialog*>()) && ask->isVisible(); }));
        QVERIFY(ask->asksPassphrase());
        ask->findChild<QLineEdit*>(u"jobSecretLineEdit"_s)->setText(u"correct horse"_s);
        ask->findChild<QLineEdit*>(u"jobSecretRepeatLineEdit"_s)->setText(u"correct horse"_s);
        ask->findChild<QCheckBox*>(u"rememberSecretCheckBox"_s)->setChecked(true);
        ask->accept();
        QVERIFY(QTest::qWaitFor([&] { return progress->state() == JobProgressDialog::State::Done; }, 60000));
        QVERIFY(QTest::qWaitFor([&] { return m_secrets.secrets.contains(JobSecrets::passphraseKey(job.id)); }));
        QCOMPARE(m_secrets.secrets.value(JobSecrets::passphraseKey(job.id)), QByteArray("correct horse"));
        QList<JobRunRecord> runs = JobHistory(JobStore().historyFile()).read(job.id);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.constLast().outcome, JobOutcome::Succeeded);
        QVERIFY2(runs.constLast().archive.endsWith(u".age"_s), qPrintable(runs.constLast().archive));
        progress->accept();

        // The next run takes it from the keychain: no question.
        QVERIFY(QTest::qWaitFor([&dock] { return !dock.isLoading(); }));
        runNow();
        QVERIFY(QTest::qWaitFor([&] { return JobHistory(JobStore().historyFile()).read(job.id).size() == 2; }, 60000));
        QVERIFY(!dock.findChild<JobSecretDialog*>() || !dock.findChild<JobSecretDialog*>()->isVisible());
        QCOMPARE(JobHistory(JobStore().historyFile()).read(job.id).constLast().outcome, JobOutcome::Succeeded);
        QVERIFY(QTest::qWaitFor([&] { return progress->state() == JobProgressDialog::State::Done; }, 60000));
        progress->accept();

        // Delete Job removes its keychain entry.
        QVERIFY(QTest::qWaitFor([&dock] { return !dock.isLoading(); }));
        Dialogs::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dock.findChild<QPushButton*>(u"deleteJobButton"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return m_secrets.secrets.isEmpty(); }, 10000));
        Job gone;
        QVERIFY(JobStore().find(job.id, &gone));
    }
};

QTEST_MAIN(TestJobEditor)
#include "TestJobEditor.moc"
