// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobEditorDialog.h"

#include "core/CliCommandLine.h"
#include "core/JobSchedule.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/Dialogs.h"
#include "widgets/JobInputs.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QTimeEdit>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QStringList kRules {u"last"_s, u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"yearly"_s};

// A path the user typed or picked, made absolute as `job create` does: a scheduled run starts in another folder.
QString absolute(const QString& text)
{
    const QString path = text.trimmed();
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

QStringList lines(const QPlainTextEdit* edit)
{
    QStringList out;
    for (const QString& line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}

// A form row whose field is `field` with buttons beside it: the label's mnemonic moves the focus to `field`.
void addRow(QFormLayout* form, const QString& label, QWidget* field, QWidget* button)
{
    auto* row = new QHBoxLayout;
    row->addWidget(field, 1);
    row->addWidget(button, 0, Qt::AlignTop);
    auto* text = new QLabel(label, field->parentWidget());
    text->setBuddy(field);
    form->addRow(text, row);
}

// The form at the top of a page, whatever room the dialog gives it.
QFormLayout* topForm(QWidget* page)
{
    auto* outer = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    outer->addLayout(form);
    outer->addStretch(1);
    return form;
}

QPlainTextEdit* smallTextEdit(QWidget* parent, const QString& objectName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 5);
    return edit;
}

} // namespace

JobEditorDialog::JobEditorDialog(const JobStore& store, ProfileStore* profiles, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
    , m_profiles(profiles)
    , m_program(defaultSchedulerProgram())
{
    setObjectName(u"jobEditorDialog"_s);
    setWindowModality(Qt::WindowModal);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"jobEditorTabWidget"_s);
    m_tabs->addTab(createGeneralPage(), tr("&General"));
    m_tabs->addTab(createArchivePage(), tr("&Archives"));
    m_tabs->addTab(createRetentionPage(), tr("R&etention"));
    m_tabs->addTab(createEncryptionPage(), tr("Encr&yption"));
    m_tabs->addTab(createSchedulePage(), tr("&Schedule"));
    m_error = new QLabel(this);
    m_error->setObjectName(u"jobEditorErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Why the job cannot be saved"));
    m_error->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_okButton = buttons->button(QDialogButtonBox::Ok);
    m_okButton->setObjectName(u"saveJobButton"_s);
    m_okButton->setText(tr("Save &Job"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JobEditorDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobEditorDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    watchEdits();
    Job job;
    setJob(job, false);
}

JobEditorDialog::~JobEditorDialog() = default;

QString JobEditorDialog::defaultSchedulerProgram()
{
#ifdef Q_OS_WIN
    const QString name = u"colvault-cli.exe"_s;
#else
    const QString name = u"colvault-cli"_s;
#endif
    return QDir(QCoreApplication::applicationDirPath()).filePath(name);
}

QWidget* JobEditorDialog::createGeneralPage()
{
    auto* page = new QWidget(this);
    auto* form = topForm(page);
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"jobNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. nightly"));
    form->addRow(tr("&Name:"), m_name);
    m_profile = new QComboBox(page);
    m_profile->setObjectName(u"jobProfileComboBox"_s);
    m_profile->setToolTip(tr("The saved connection the job backs up; its name is {profile} in file names."));
    form->addRow(tr("&Connection:"), m_profile);
    m_serverLabel = new QLabel(page);
    m_serverLabel->setObjectName(u"jobServerLabel"_s);
    m_serverLabel->setWordWrap(true);
    form->addRow(QString(), m_serverLabel);
    m_apiKeyFile = new QLineEdit(page);
    m_apiKeyFile->setObjectName(u"apiKeyFileLineEdit"_s);
    m_apiKeyFile->setPlaceholderText(tr("none: the keychain's key when run from the app"));
    m_apiKeyFile->setToolTip(tr("A file holding the API key, for scheduled runs. The job saves its name only."));
    addRow(form, tr("API &key file:"), m_apiKeyFile, browseButton(m_apiKeyFile, false));
    m_proxyPasswordFile = new QLineEdit(page);
    m_proxyPasswordFile->setObjectName(u"proxyPasswordFileLineEdit"_s);
    m_proxyPasswordFile->setToolTip(tr("A file holding the proxy's password, for scheduled runs."));
    addRow(form, tr("Pro&xy password file:"), m_proxyPasswordFile, browseButton(m_proxyPasswordFile, false));
    m_collectionList = new QListWidget(page);
    m_collectionList->setObjectName(u"jobCollectionsListWidget"_s);
    m_collectionList->setAccessibleName(tr("Collections"));
    m_collectionsEdit = new QLineEdit(page);
    m_collectionsEdit->setObjectName(u"jobCollectionsLineEdit"_s);
    m_collectionsEdit->setPlaceholderText(tr("all collections"));
    m_collectionsEdit->setToolTip(
        tr("Collection names separated by commas or spaces; empty backs up every collection."));
    auto* collections = new QVBoxLayout;
    collections->addWidget(m_collectionList);
    collections->addWidget(m_collectionsEdit);
    m_collectionsLabel = new QLabel(tr("C&ollections:"), page);
    form->addRow(m_collectionsLabel, collections);
    m_tenants = smallTextEdit(page, u"jobTenantsTextEdit"_s);
    m_tenants->setPlaceholderText(tr("Article: tenantA, tenantB"));
    m_tenants->setToolTip(tr("Only these tenants: one line per collection, its name, a colon and the tenants. "
                             "Empty: every tenant."));
    form->addRow(tr("&Tenants:"), m_tenants);
    connect(m_name, &QLineEdit::textChanged, this, &JobEditorDialog::updatePreview);
    connect(m_profile, &QComboBox::currentTextChanged, this, [this] {
        updateCollections();
        updatePreview();
    });
    return page;
}

QWidget* JobEditorDialog::createArchivePage()
{
    auto* page = new QWidget(this);
    auto* form = topForm(page);
    m_folder = new QLineEdit(page);
    m_folder->setObjectName(u"jobFolderLineEdit"_s);
    addRow(form, tr("&Folder:"), m_folder, browseButton(m_folder, true));
    m_pattern = new QLineEdit(page);
    m_pattern->setObjectName(u"jobPatternLineEdit"_s);
    m_pattern->setToolTip(tr("{profile}, {job} and {date} (UTC, yyyyMMdd-HHmmss) are filled in; the suffix (.tar.zst, "
                             ".age) is added."));
    form->addRow(tr("File-name &pattern:"), m_pattern);
    m_preview = new QLabel(page);
    m_preview->setObjectName(u"jobPreviewLabel"_s);
    m_preview->setWordWrap(true);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(QString(), m_preview);
    m_schemaOnly = new QCheckBox(tr("Sc&hema only (no objects)"), page);
    m_schemaOnly->setObjectName(u"jobSchemaOnlyCheckBox"_s);
    m_noVectors = new QCheckBox(tr("Leave out &vectors"), page);
    m_noVectors->setObjectName(u"jobNoVectorsCheckBox"_s);
    m_activateTenants = new QCheckBox(tr("Activate &inactive tenants for the backup"), page);
    m_activateTenants->setObjectName(u"jobActivateTenantsCheckBox"_s);
    form->addRow(QString(), m_schemaOnly);
    form->addRow(QString(), m_noVectors);
    form->addRow(QString(), m_activateTenants);
    m_compression = new QComboBox(page);
    m_compression->setObjectName(u"jobCompressionComboBox"_s);
    for (const ArchiveCompression c :
        {ArchiveCompression::Zstd, ArchiveCompression::Gzip, ArchiveCompression::Xz, ArchiveCompression::None})
        m_compression->addItem(
            c == ArchiveCompression::None ? tr("None", "compression") : compressionName(c), compressionName(c));
    form->addRow(tr("Co&mpression:"), m_compression);
    m_level = new QSpinBox(page);
    m_level->setObjectName(u"jobLevelSpinBox"_s);
    m_level->setRange(-1, 19);
    m_level->setSpecialValueText(tr("Default"));
    m_level->setToolTip(tr("zstd 1-19, gzip 1-9, xz 0-9"));
    form->addRow(tr("&Level:"), m_level);
    connect(m_folder, &QLineEdit::textChanged, this, &JobEditorDialog::updatePreview);
    connect(m_pattern, &QLineEdit::textChanged, this, &JobEditorDialog::updatePreview);
    connect(m_compression, &QComboBox::currentIndexChanged, this, &JobEditorDialog::updatePreview);
    return page;
}

QWidget* JobEditorDialog::createRetentionPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* intro = new QLabel(tr("After each verified run, older archives of this job beyond these rules are removed "
                                "(restic's forget rules, UTC periods). 0 turns a rule off; with no rule every archive "
                                "is kept. The newest archive is always kept."),
        page);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QStringList labels {tr("Keep the &last:"), tr("Keep &hourly:"), tr("Keep &daily:"), tr("Keep &weekly:"),
        tr("Keep &monthly:"), tr("Keep yea&rly:")};
    for (qsizetype i = 0; i < kRules.size(); ++i) {
        auto* spin = new QSpinBox(page);
        spin->setObjectName(u"keep-%1SpinBox"_s.arg(kRules.at(i)));
        spin->setRange(RetentionPolicy::unlimited, 100000);
        //: A retention rule's count at its minimum: every period is kept
        spin->setSpecialValueText(tr("unlimited"));
        form->addRow(labels.at(i), spin);
        m_keep.insert(kRules.at(i), spin);
    }
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget* JobEditorDialog::createEncryptionPage()
{
    auto* page = new QWidget(this);
    auto* form = topForm(page);
    m_encryptionMode = new QComboBox(page);
    m_encryptionMode->setObjectName(u"jobEncryptionComboBox"_s);
    m_encryptionMode->addItems({tr("None", "encryption"), tr("To age recipients"), tr("With a passphrase file")});
    form->addRow(tr("En&crypt:"), m_encryptionMode);
    m_recipients = smallTextEdit(page, u"jobRecipientsTextEdit"_s);
    m_recipients->setPlaceholderText(tr("age1… (one per line)"));
    form->addRow(tr("&Recipients:"), m_recipients);
    m_passphraseFile = new QLineEdit(page);
    m_passphraseFile->setObjectName(u"jobPassphraseFileLineEdit"_s);
    m_passphraseFile->setToolTip(tr("A file holding the passphrase. Runs from the app may use the keychain instead."));
    m_passphraseBrowse = browseButton(m_passphraseFile, false);
    m_passphraseCreate = new QPushButton(tr("Cr&eate…"), page);
    m_passphraseCreate->setObjectName(u"createPassphraseFileButton"_s);
    connect(m_passphraseCreate, &QPushButton::clicked, this, &JobEditorDialog::createPassphraseFile);
    auto* fileButtons = new QWidget(page);
    auto* fileButtonsLayout = new QHBoxLayout(fileButtons);
    fileButtonsLayout->setContentsMargins({});
    fileButtonsLayout->addWidget(m_passphraseBrowse);
    fileButtonsLayout->addWidget(m_passphraseCreate);
    addRow(form, tr("&Passphrase file:"), m_passphraseFile, fileButtons);
    auto* about = new QLabel(tr("A passphrase file holds the passphrase on one line and should be readable only by "
                                "you. Scheduled runs read it; keep it as safe as the archives need."),
        page);
    about->setObjectName(u"jobPassphraseAboutLabel"_s);
    about->setWordWrap(true);
    form->addRow(QString(), about);
    m_passphraseWarning = new QLabel(page);
    m_passphraseWarning->setObjectName(u"jobPassphraseWarningLabel"_s);
    m_passphraseWarning->setWordWrap(true);
    m_passphraseWarning->hide();
    form->addRow(QString(), m_passphraseWarning);
    connect(m_passphraseFile, &QLineEdit::textChanged, this, &JobEditorDialog::checkPassphraseFile);
    m_identityFiles = smallTextEdit(page, u"jobIdentityFilesTextEdit"_s);
    m_identityFiles->setPlaceholderText(tr("one file per line"));
    m_identityFiles->setToolTip(tr("Age identity files that open the job's archives: each run verifies its new "
                                   "archive and retention reads the old ones. Needed with recipients."));
    auto* add = new QPushButton(tr("A&dd…"), page);
    add->setObjectName(u"addIdentityFileButton"_s);
    m_addIdentity = add;
    connect(add, &QPushButton::clicked, this, [this] {
        auto* dialog = new QFileDialog(this, tr("Identity File"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString& path) { m_identityFiles->appendPlainText(QDir::toNativeSeparators(path)); });
        dialog->open();
    });
    addRow(form, tr("&Identity files:"), m_identityFiles, add);
    connect(m_encryptionMode, &QComboBox::currentIndexChanged, this, [this] {
        updateEnabled();
        updatePreview();
    });
    return page;
}

QWidget* JobEditorDialog::createSchedulePage()
{
    auto* page = new QWidget(this);
    auto* form = topForm(page);
    m_every = new QComboBox(page);
    m_every->setObjectName(u"jobEveryComboBox"_s);
    m_every->addItem(tr("Never (run by hand)"), int(JobSchedule::Every::Never));
    m_every->addItem(tr("Every hour"), int(JobSchedule::Every::Hour));
    m_every->addItem(tr("Every day"), int(JobSchedule::Every::Day));
    m_every->addItem(tr("Every week"), int(JobSchedule::Every::Week));
    form->addRow(tr("&Run:"), m_every);
    m_weekday = new QComboBox(page);
    m_weekday->setObjectName(u"jobWeekdayComboBox"_s);
    for (int day = 1; day <= 7; ++day)
        m_weekday->addItem(QLocale().dayName(day), day);
    form->addRow(tr("&On:"), m_weekday);
    m_at = new QTimeEdit(page);
    m_at->setObjectName(u"jobAtTimeEdit"_s);
    m_at->setDisplayFormat(u"HH:mm"_s);
    form->addRow(tr("A&t (local time):"), m_at);
    m_nextRun = new QLabel(page);
    m_nextRun->setObjectName(u"jobNextRunLabel"_s);
    m_nextRun->setWordWrap(true);
    form->addRow(QString(), m_nextRun);
    auto* how = new QLabel(tr("The operating system runs colvault-cli on schedule (a systemd user timer, a launchd "
                              "agent or a Task Scheduler task); the app need not be open."),
        page);
    how->setWordWrap(true);
    form->addRow(QString(), how);
    for (QComboBox* combo : {m_every, m_weekday})
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateEnabled();
            updatePreview();
        });
    connect(m_at, &QTimeEdit::timeChanged, this, &JobEditorDialog::updatePreview);
    return page;
}

QPushButton* JobEditorDialog::browseButton(QLineEdit* edit, bool folder)
{
    auto* button = new QPushButton(tr("Browse…"), edit->parentWidget());
    button->setObjectName(edit->objectName() + u"BrowseButton"_s);
    connect(button, &QPushButton::clicked, this, [this, edit, folder] {
        auto* dialog = new QFileDialog(this, folder ? tr("Folder for the Archives") : tr("Choose a File"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(folder ? QFileDialog::Directory : QFileDialog::ExistingFile);
        if (folder)
            dialog->setOption(QFileDialog::ShowDirsOnly);
        if (!edit->text().isEmpty())
            dialog->setDirectory(folder ? edit->text() : QFileInfo(edit->text()).absolutePath());
        connect(dialog, &QFileDialog::fileSelected, edit,
            [edit](const QString& path) { edit->setText(QDir::toNativeSeparators(path)); });
        dialog->open();
    });
    return button;
}

void JobEditorDialog::setJob(const Job& job, bool editing)
{
    m_base = job;
    m_editing = editing;
    //: The title of the job editor; %1 a job's name
    setWindowTitle(editing ? tr("Edit Job \"%1\"").arg(job.name) : tr("New Job"));
    m_name->setReadOnly(editing);
    m_name->setToolTip(editing
            ? tr("A saved job keeps its name: its schedule and archives go by it.")
            : tr("1 to 64 letters, digits, '.', '_' or '-'; the name colvault-cli runs the job by."));
    showJob(job);
    updateCollections();
    m_error->hide();
    updateEnabled();
    updatePreview();
}

void JobEditorDialog::setServerCollections(const QString& profile, const QStringList& collections)
{
    const Job current = job();
    m_serverProfile = profile;
    m_serverCollections = collections;
    showCollections(current);
}

void JobEditorDialog::fillProfiles(const QString& current)
{
    const QSignalBlocker blocker(m_profile);
    m_profile->clear();
    if (m_profiles)
        m_profile->addItems(m_profiles->names());
    // A job made with colvault-cli names a profile the app may not have: it keeps its own connection.
    if (!current.isEmpty() && m_profile->findText(current) < 0)
        m_profile->addItem(current);
    m_profile->setCurrentIndex(current.isEmpty() ? 0 : m_profile->findText(current));
}

void JobEditorDialog::showJob(const Job& job)
{
    m_name->setText(job.name);
    fillProfiles(job.profile);
    m_apiKeyFile->setText(QDir::toNativeSeparators(job.connection.apiKeyFile));
    m_proxyPasswordFile->setText(QDir::toNativeSeparators(job.connection.proxyPasswordFile));
    showCollections(job);
    QStringList tenantLines;
    for (auto it = job.tenants.cbegin(); it != job.tenants.cend(); ++it)
        tenantLines << it.key() + u": "_s + it.value().join(u", "_s);
    m_tenants->setPlainText(tenantLines.join(u'\n'));
    m_schemaOnly->setChecked(job.schemaOnly);
    m_noVectors->setChecked(!job.includeVectors);
    m_activateTenants->setChecked(job.activateTenants);
    m_compression->setCurrentIndex(m_compression->findData(compressionName(job.compression)));
    m_level->setValue(job.compressionLevel);
    m_folder->setText(QDir::toNativeSeparators(job.directory));
    m_pattern->setText(job.fileNamePattern);
    const RetentionPolicy& r = job.retention;
    const QList<int> counts {r.last, r.hourly, r.daily, r.weekly, r.monthly, r.yearly};
    for (qsizetype i = 0; i < kRules.size(); ++i)
        m_keep.value(kRules.at(i))->setValue(counts.at(i));
    const JobEncryption& e = job.encryption;
    m_encryptionMode->setCurrentIndex(!e.recipients.isEmpty() ? 1 : !e.passphraseFile.isEmpty() ? 2 : 0);
    m_recipients->setPlainText(e.recipients.join(u'\n'));
    m_passphraseFile->setText(QDir::toNativeSeparators(e.passphraseFile));
    m_identityFiles->setPlainText(QDir::toNativeSeparators(e.identityFiles.join(u'\n')));
    m_every->setCurrentIndex(m_every->findData(int(job.schedule.every)));
    m_weekday->setCurrentIndex(m_weekday->findData(job.schedule.weekday));
    m_at->setTime(job.schedule.at);
}

void JobEditorDialog::showCollections(const Job& job)
{
    const bool list = !m_serverCollections.isEmpty() && m_profile->currentText() == m_serverProfile;
    m_collectionList->clear();
    if (list) {
        QStringList names = m_serverCollections;
        for (const QString& name : job.collections) {
            if (!names.contains(name))
                names << name; // saved before the server lost it: still the job's
        }
        for (const QString& name : std::as_const(names)) {
            auto* item = new QListWidgetItem(name, m_collectionList);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(job.collections.contains(name) ? Qt::Checked : Qt::Unchecked);
        }
        m_collectionList->setToolTip(tr("None checked: every collection, also those created later."));
    }
    m_collectionsEdit->setText(job.collections.join(u", "_s));
    m_collectionList->setVisible(list);
    m_collectionsEdit->setVisible(!list);
    // Alt+O goes to the one that is shown: a hidden buddy takes no focus, so the mnemonic did nothing.
    m_collectionsLabel->setBuddy(list ? static_cast<QWidget*>(m_collectionList) : m_collectionsEdit);
}

void JobEditorDialog::updateCollections()
{
    Job current = m_base;
    current.collections = collections();
    showCollections(current);
    const QString url = connectionFor(m_profile->currentText()).url;
    m_serverLabel->setText(url.isEmpty() ? tr("Create a connection profile first (Connection → New Connection…).")
                                         //: %1 a server's address
                                         : tr("Server: %1").arg(url));
}

void JobEditorDialog::updatePreview()
{
    const Job j = job();
    const QString path = archivePath(j, QDateTime::currentDateTimeUtc());
    // A pattern the save would refuse (no {date}: every run overwrites the last) is told while it is typed.
    const OpError pattern = j.checkPattern();
    m_preview->setText(pattern
            //: %1 the path of the archive the next run writes, %2 what is wrong with the file-name pattern
            ? tr("Next archive: %1\nWarning: %2").arg(path, pattern.message)
            //: %1 the path of the archive the next run writes
            : tr("Next archive: %1").arg(path));
    const QDateTime next = j.schedule.nextRun(QDateTime::currentDateTime());
    //: %1 a date and time
    m_nextRun->setText(next.isValid() ? tr("Next run: %1").arg(QLocale().toString(next, QLocale::ShortFormat))
                                      : tr("Not scheduled: run it from the Jobs dock or with colvault-cli job run."));
}

void JobEditorDialog::updateEnabled()
{
    const int mode = m_encryptionMode->currentIndex();
    m_recipients->setEnabled(mode == 1);
    m_passphraseFile->setEnabled(mode == 2);
    m_passphraseBrowse->setEnabled(mode == 2);
    m_passphraseCreate->setEnabled(mode == 2);
    // Identity files open archives encrypted to recipients (verify, retention); a passphrase opens its own. Ones a
    // passphrase job already names stay editable, so that they can be removed.
    const bool identities = mode == 1 || (mode == 2 && !m_identityFiles->toPlainText().trimmed().isEmpty());
    m_identityFiles->setEnabled(identities);
    m_addIdentity->setEnabled(identities);
    const auto every = JobSchedule::Every(m_every->currentData().toInt());
    m_weekday->setEnabled(every == JobSchedule::Every::Week);
    m_at->setEnabled(every == JobSchedule::Every::Day || every == JobSchedule::Every::Week);
    m_tabs->setEnabled(!m_saving);
    m_okButton->setEnabled(!m_saving);
}

JobConnection JobEditorDialog::connectionFor(const QString& profile) const
{
    JobConnection c = profile == m_base.profile ? m_base.connection : JobConnection();
    if (m_profiles && m_profiles->contains(profile)) {
        const ConnectionProfile p = m_profiles->profile(profile);
        c.url = ConnectionProfile::withoutCredentials(p.url).toString();
        c.caFile = p.caFile;
        c.insecure = p.insecure;
        c.grpcUrl = p.grpcUrl.isEmpty() ? QString() : p.grpcUrl.toString();
        c.transport = p.dataTransport == WeaviateEndpoint::DataTransport::Auto
            ? QString()
            : CliCommandLine::transportName(p.dataTransport);
        const bool manual = p.proxy.mode == ProxySettings::Mode::Manual;
        c.proxy = manual ? p.proxy.url.toString() : p.proxy.mode == ProxySettings::Mode::None ? u"none"_s : QString();
        c.proxyUser = manual ? p.proxy.user : QString();
    }
    c.apiKeyFile = absolute(m_apiKeyFile->text());
    c.proxyPasswordFile = absolute(m_proxyPasswordFile->text());
    return c;
}

QStringList JobEditorDialog::collections() const
{
    if (m_collectionList->isVisibleTo(this)) {
        QStringList checked;
        for (int i = 0; i < m_collectionList->count(); ++i) {
            if (m_collectionList->item(i)->checkState() == Qt::Checked)
                checked << m_collectionList->item(i)->text();
        }
        return checked;
    }
    // The full-width comma too: Chinese and Japanese input methods type it.
    static const QRegularExpression separators(u"[,\uFF0C\\s]+"_s);
    return m_collectionsEdit->text().split(separators, Qt::SkipEmptyParts);
}

bool JobEditorDialog::tenants(QMap<QString, QStringList>* out, QString* error) const
{
    const QStringList all = m_tenants->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < all.size(); ++i) {
        // The full-width colon and comma as the ASCII ones: Chinese and Japanese input methods type them.
        const QString line = QString(all.at(i)).replace(u'\uFF1A', u':').replace(u'\uFF0C', u',').trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        QStringList names;
        for (const QString& name : line.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            if (!name.trimmed().isEmpty())
                names << name.trimmed();
        }
        if (colon <= 0 || names.isEmpty()) {
            //: %1 a line number
            *error = tr("Tenants, line %1: write the collection, a colon and its tenants, e.g. Article: tenantA, "
                        "tenantB.")
                         .arg(QLocale().toString(qlonglong(i + 1)));
            return false;
        }
        (*out)[line.left(colon).trimmed()] += names;
    }
    return true;
}

RetentionPolicy JobEditorDialog::retention() const
{
    RetentionPolicy r;
    r.last = m_keep.value(u"last"_s)->value();
    r.hourly = m_keep.value(u"hourly"_s)->value();
    r.daily = m_keep.value(u"daily"_s)->value();
    r.weekly = m_keep.value(u"weekly"_s)->value();
    r.monthly = m_keep.value(u"monthly"_s)->value();
    r.yearly = m_keep.value(u"yearly"_s)->value();
    return r;
}

JobEncryption JobEditorDialog::encryption() const
{
    JobEncryption e;
    const int mode = m_encryptionMode->currentIndex();
    if (mode == 0)
        return e;
    if (mode == 1) {
        e.recipients = lines(m_recipients);
        e.recipients.removeDuplicates();
    } else {
        e.passphraseFile = absolute(m_passphraseFile->text());
    }
    for (const QString& file : lines(m_identityFiles))
        e.identityFiles << absolute(file);
    return e;
}

JobSchedule JobEditorDialog::schedule() const
{
    JobSchedule s;
    s.every = JobSchedule::Every(m_every->currentData().toInt());
    s.weekday = m_weekday->currentData().toInt();
    s.at = m_at->time();
    return s;
}

Job JobEditorDialog::job() const
{
    Job j = m_base;
    j.name = m_name->text().trimmed();
    j.profile = m_profile->currentText();
    j.connection = connectionFor(j.profile);
    j.collections = collections();
    j.tenants.clear();
    QString ignored;
    tenants(&j.tenants, &ignored);
    j.schemaOnly = m_schemaOnly->isChecked();
    j.includeVectors = !m_noVectors->isChecked();
    j.activateTenants = m_activateTenants->isChecked();
    j.compression = compressionFromName(m_compression->currentData().toString()).value_or(ArchiveCompression::Zstd);
    j.compressionLevel = m_level->value();
    // An s3:// place (a job made with colvault-cli) is kept as it is; a folder is made absolute.
    const QString folder = m_folder->text().trimmed();
    j.directory = folder.startsWith(u"s3://"_s, Qt::CaseInsensitive) ? folder : absolute(folder);
    j.fileNamePattern = m_pattern->text().trimmed();
    j.retention = retention();
    j.encryption = encryption();
    j.schedule = schedule();
    return j;
}

QString JobEditorDialog::nextArchive() const
{
    return archivePath(job(), QDateTime::currentDateTimeUtc());
}

QString JobEditorDialog::archivePath(const Job& job, const QDateTime& utc)
{
    const QString file = job.fileName(utc);
    if (job.directory.isEmpty())
        return file;
    if (job.isS3())
        return job.directory + (job.directory.endsWith(u'/') ? QString() : u"/"_s) + file;
    return QDir::toNativeSeparators(QDir(job.directory).filePath(file));
}

void JobEditorDialog::showError(const QString& message, QWidget* field, const QString& details)
{
    //: %1 why the job cannot be saved (a sentence), %2 a tool's own words (e.g. systemctl's), untranslated
    m_error->setText(details.isEmpty() ? message : tr("%1\n\nDetails: %2").arg(message, details));
    m_error->show();
    m_errorField = field;
    if (field) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->widget(i)->isAncestorOf(field))
                m_tabs->setCurrentIndex(i);
        }
        field->setFocus();
    }
    QAccessibleEvent alert(m_error, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

// Editing the field an error is about hides the error: it no longer says what the field holds.
void JobEditorDialog::watchEdits()
{
    const auto edited = [this](QWidget* widget) { return [this, widget] { fieldEdited(widget); }; };
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textChanged, this, edited(edit)); // Browse… sets the text too
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, edited(edit));
    for (QComboBox* combo : findChildren<QComboBox*>())
        connect(combo, &QComboBox::currentIndexChanged, this, edited(combo));
    for (QSpinBox* spin : findChildren<QSpinBox*>())
        connect(spin, &QSpinBox::valueChanged, this, edited(spin));
    connect(m_at, &QTimeEdit::timeChanged, this, edited(m_at));
    connect(m_collectionList, &QListWidget::itemChanged, this, edited(m_collectionList));
}

void JobEditorDialog::fieldEdited(QWidget* widget)
{
    // The schedule's error is about all its fields (Run, On, At).
    const bool sameTab = m_errorField && m_errorField == m_every && m_every->parentWidget()->isAncestorOf(widget);
    if (m_errorField && (m_errorField == widget || m_errorField->isAncestorOf(widget) || sameTab)) {
        m_error->hide();
        m_errorField = nullptr;
    }
}

QWidget* JobEditorDialog::fieldOf(const Saved& saved) const
{
    switch (saved.field) {
    case Field::None:
        return nullptr;
    case Field::Name:
        return m_name;
    case Field::Folder:
        return m_folder;
    case Field::Level:
        return m_level;
    case Field::Pattern:
        return m_pattern;
    case Field::Identities:
        return m_identityFiles;
    case Field::Schedule:
        return m_every;
    case Field::Files:
        break;
    }
    // JobInputs names the file it could not read (or the recipient it could not parse) in its message.
    const QString message = saved.error.message;
    for (QLineEdit* edit : {m_apiKeyFile, m_proxyPasswordFile, m_passphraseFile}) {
        const QString path = QDir::toNativeSeparators(absolute(edit->text()));
        if (!path.isEmpty() && message.contains(path))
            return edit;
    }
    for (const QString& file : lines(m_identityFiles))
        if (message.contains(QDir::toNativeSeparators(absolute(file))))
            return m_identityFiles;
    for (const QString& recipient : lines(m_recipients))
        if (message.contains(recipient))
            return m_recipients;
    return nullptr;
}

// Other users may read the file: a warning, not a refusal (a shared service account may be meant). Windows files
// inherit the ACL of the user's profile folder, which QFileInfo's permissions do not describe: no warning there.
void JobEditorDialog::checkPassphraseFile()
{
#ifdef Q_OS_WIN
    m_passphraseWarning->hide();
#else
    const QFileInfo info(absolute(m_passphraseFile->text()));
    const bool open = info.isFile() && (info.permissions() & (QFile::ReadGroup | QFile::ReadOther));
    //: %1 a file's path
    m_passphraseWarning->setText(
        tr("Other users can read %1. Make it readable only by you, for example with chmod 600.")
            .arg(QDir::toNativeSeparators(info.filePath())));
    m_passphraseWarning->setVisible(open);
#endif
}

// Asks for a passphrase twice, then where to keep it: a new file readable and writable by its owner only.
void JobEditorDialog::createPassphraseFile()
{
    auto* dialog = new QDialog(this);
    dialog->setObjectName(u"createPassphraseDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Create Passphrase File"));
    dialog->setWindowModality(Qt::WindowModal);
    dialog->setMinimumWidth(fontMetrics().averageCharWidth() * 56);
    auto* edit = new QLineEdit(dialog);
    edit->setObjectName(u"newPassphraseLineEdit"_s);
    auto* repeat = new QLineEdit(dialog);
    repeat->setObjectName(u"newPassphraseRepeatLineEdit"_s);
    auto* error = new QLabel(dialog);
    error->setObjectName(u"newPassphraseErrorLabel"_s);
    error->setWordWrap(true);
    error->hide();
    auto* form = new QFormLayout(dialog);
    auto* text = new QLabel(tr("Every archive of the job is encrypted with this passphrase: keep a copy somewhere "
                               "safe. Without it the archives cannot be restored."),
        dialog);
    text->setWordWrap(true);
    form->addRow(text);
    for (QLineEdit* e : {edit, repeat})
        e->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Passphrase:"), edit);
    form->addRow(tr("Re&peat:"), repeat);
    form->addRow(error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save As…"));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, dialog, edit, repeat, error] {
        const QString passphrase = edit->text();
        const QString problem = JobInputs::checkNewPassphrase(passphrase, repeat->text()).message;
        error->setText(problem);
        error->setVisible(!problem.isEmpty());
        if (!problem.isEmpty())
            return;
        dialog->accept();
        Dialogs::saveFileName(this, tr("Passphrase File"), QDir::homePath() + u"/.config/colvault/passphrase"_s,
            QString(), [this, bytes = passphrase.toUtf8()](const QString& path) {
                if (!path.isEmpty())
                    writePassphraseFile(path, bytes);
            });
    });
    dialog->open();
}

void JobEditorDialog::writePassphraseFile(const QString& path, const QByteArray& passphrase)
{
    QFile file(path);
    // Owner-only before the passphrase is in it. On Windows, permissions map to the file's ACL, which a new file
    // inherits from its folder: in the user's profile, that is the user's alone.
    const auto ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    const bool written = file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.setPermissions(ownerOnly)
        && file.write(passphrase + '\n') == passphrase.size() + 1 && file.flush();
    file.close();
    if (!written) {
        //: %1 a file's path, %2 the system's reason
        showError(
            tr("Cannot write the passphrase file \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            m_passphraseFile);
        return;
    }
    m_passphraseFile->setText(QDir::toNativeSeparators(path));
    checkPassphraseFile();
}

// A folder that does not exist yet is what a new job often names: offered to be created (and then saved), as
// file managers and `mkdir -p` would; refused, the error stays on the field.
void JobEditorDialog::offerToCreateFolder(const Saved& saved)
{
    const QString folder = job().directory;
    //: %1 a folder's path
    Dialogs::question(
        this, tr("Create the Folder?"),
        tr("The folder \"%1\" does not exist. Create it and save the job?").arg(QDir::toNativeSeparators(folder)),
        [this, saved, folder](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return showError(saved.error.message, m_folder);
            if (!QDir().mkpath(folder))
                //: %1 a folder's path
                return showError(tr("Cannot create the folder \"%1\": choose another folder or check its parent's "
                                    "permissions.")
                                     .arg(QDir::toNativeSeparators(folder)),
                    m_folder);
            accept();
        },
        tr("Create Folder and Save"), tr("Cancel"));
}

// The scheduler refused (no user session, say): the job itself is fine and may be saved without its schedule, to be
// run from the app or from cron as the error says.
void JobEditorDialog::offerToSaveUnscheduled(const Saved& saved)
{
    Dialogs::question(
        this, tr("Schedule"),
        saved.error.message + u"\n\n"_s + tr("Save the job without a schedule? You can schedule it later."),
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            m_every->setCurrentIndex(m_every->findData(int(JobSchedule::Every::Never)));
            accept();
        },
        tr("Save Without Schedule"), tr("Cancel"));
}

void JobEditorDialog::accept()
{
    if (m_saving)
        return;
    QMap<QString, QStringList> ignored;
    QString error;
    const Job j = job();
    // What only this form can get wrong; everything else is the core's to check, as for `job create`.
    if (j.profile.isEmpty())
        return showError(
            tr("Choose the connection the job backs up; create one with Connection → New Connection… first."),
            m_profile);
    if (!tenants(&ignored, &error))
        return showError(error, m_tenants);
    if (m_encryptionMode->currentIndex() == 1 && j.encryption.recipients.isEmpty())
        return showError(tr("Give at least one age recipient (age1…), one per line."), m_recipients);
    if (m_encryptionMode->currentIndex() == 2 && j.encryption.passphraseFile.isEmpty())
        return showError(tr("Choose the file that holds the passphrase."), m_passphraseFile);
    m_saving = true;
    m_error->hide();
    updateEnabled();
    auto* watcher = new QFutureWatcher<Saved>(this);
    connect(watcher, &QFutureWatcher<Saved>::finished, this, [this, watcher] {
        watcher->deleteLater();
        onSaved(watcher->result());
    });
    // Key files are read and the scheduler's tool may take seconds: not on the GUI thread.
    watcher->setFuture(QtConcurrent::run(
        [store = m_store, j, editing = m_editing, program = m_program] { return save(store, j, editing, program); }));
}

void JobEditorDialog::onSaved(const Saved& saved)
{
    m_saving = false;
    updateEnabled();
    if (saved.folderMissing)
        return offerToCreateFolder(saved);
    if (saved.error) {
        // A tool's words (systemctl's) are worth showing; the core's own checks have none that help.
        const bool tool = saved.field == Field::Schedule && saved.error.code != OpError::Code::Usage;
        showError(saved.error.message, fieldOf(saved), tool ? saved.error.details : QString());
        if (tool)
            offerToSaveUnscheduled(saved);
        return;
    }
    Q_EMIT this->saved(saved.job, saved.notes, saved.files);
    QDialog::accept();
}

// The checks of `job create`: the job's own, then the files it names read as a run reads them, and the keys; each
// with the field it is about. The job's own first in the order Job::check() makes them, so the first error is its.
// A folder that does not exist yet (offered to be created) is checked last: every other check runs first, so that the
// folder is never created for a job that is then refused.
bool JobEditorDialog::check(const Job& job, Saved* saved)
{
    const bool folderMissing = !job.isS3() && QDir::isAbsolutePath(job.directory) && !QFileInfo::exists(job.directory);
    Job probe = job; // the other checks as if the folder were there
    if (folderMissing)
        probe.directory = QDir::rootPath();
    JobRunInputs inputs;
    const QList<std::pair<Field, std::function<OpError()>>> checks {
        {Field::Name, [&probe] { return Job::isValidName(probe.name) ? OpError() : probe.check(); }},
        {Field::Folder, [&probe] { return probe.checkDirectory(); }},
        {Field::Level, [&probe] { return probe.checkLevel(); }},
        {Field::None, [&probe] { return probe.check(); }},
        {Field::Files, [&probe, &inputs] { return JobInputs::read(probe, {}, &inputs); }},
        {Field::Identities,
            [&probe, &inputs] { return probe.encryption.checkIdentities(inputs.decryption.identities); }},
        {Field::Folder, [&job] { return job.checkDirectory(); }},
    };
    for (const auto& [field, run] : checks) {
        if ((saved->error = run())) {
            // checkPattern() is the last of Job::check()'s; the others are the job's own fields.
            const bool pattern = field == Field::None && job.checkPattern().message == saved->error.message;
            saved->field = pattern ? Field::Pattern : field;
            saved->folderMissing = field == Field::Folder && folderMissing;
            return false;
        }
    }
    return true;
}

JobEditorDialog::Saved JobEditorDialog::save(const JobStore& store, Job job, bool editing, const QString& program)
{
    Saved saved;
    if (!check(job, &saved))
        return saved;
    Job previous;
    const bool existed = editing && !store.find(job.id, &previous);
    const JobSchedule wanted = job.schedule;
    job.schedule = JobSchedule(); // replace() keeps the saved one; add() starts unscheduled
    if ((saved.error = editing ? store.replace(&job) : store.add(&job))) {
        saved.field = Field::Name; // its name is taken
        return saved;
    }
    const QString id = job.id;
    if (OpError error = applySchedule(store, program, wanted, &job, &saved)) {
        // Nothing is saved half: the job goes back to what it was (or away).
        Job removed;
        if (existed)
            store.update(previous);
        else
            store.remove(id, &removed);
        saved.error = error;
        saved.field = Field::Schedule;
        return saved;
    }
    saved.job = job;
    return saved;
}

// As `colvault-cli job schedule` does: the scheduler's files first, then the job's schedule in the store.
OpError JobEditorDialog::applySchedule(
    const JobStore& store, const QString& program, const JobSchedule& wanted, Job* job, Saved* saved)
{
    const JobScheduler scheduler(store.directory());
    if (wanted.isOn())
        saved->files = scheduler.files(job->id);
    if (job->schedule == wanted)
        return {};
    if (wanted.isOn() && !QFileInfo(program).isExecutable())
        //: %1 the path of colvault-cli
        return OpError::make(OpError::Code::Usage,
            tr("A schedule runs colvault-cli, which is not at %1. Install it beside the app, or schedule the job with "
               "colvault-cli job schedule.")
                .arg(QDir::toNativeSeparators(program)));
    const ScheduledCommand command {job->id, job->name, program,
        store.directory() == JobStore::standardDirectory() ? QString() : store.directory()};
    if (OpError error
        = wanted.isOn() ? scheduler.install(command, wanted, &saved->notes) : scheduler.remove(job->id, &saved->notes))
        return error;
    job->schedule = wanted;
    return store.update(*job);
}

} // namespace Colvault
