// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobsDock.h"

#include "core/JobSchedule.h"
#include "widgets/BackupDialog.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/Dialogs.h"
#include "widgets/JobEditorDialog.h"
#include "widgets/JobHistoryModel.h"
#include "widgets/JobListModel.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobRunManager.h"
#include "widgets/JobSecretDialog.h"
#include "widgets/SecretStore.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QFrame>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QString kSeenFailuresGroup = u"jobsDock/seenFailures"_s;
// Keys of JobSecrets the keychain keeps, set when the app wrote them: only these are read.
const QString kRememberedGroup = u"jobsDock/rememberedSecrets"_s;

QTableView* makeTable(QAbstractItemModel* model, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setWordWrap(false);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // one tab stop: the arrow keys move inside
    return table;
}

// Asks for its contents' width but only a few lines' height: the dock's height is the log's it is tabbed with (the
// main window sets it), and a taller wish made the main window's first size too tall for a 720 px screen.
class ContentsScrollArea : public QScrollArea
{
public:
    using QScrollArea::QScrollArea;
    QSize sizeHint() const override
    {
        const int width = widget() ? widget()->sizeHint().width() : QScrollArea::sizeHint().width();
        // Room for both tables at their least (two rows each) with their buttons, when a screen allows it.
        // (a horizontal scroll bar's height and a line of slack: the dock's title and tabs take from it too).
        const int least = widget() ? widget()->minimumSizeHint().height()
                + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + fontMetrics().lineSpacing()
                                   : 0;
        return {width, qBound(fontMetrics().lineSpacing() * 10, least, fontMetrics().lineSpacing() * 20)};
    }
};

// A wrapped label that claims the height its text needs at its width. In the scroll area's stacked pages a plain
// wrapped label could be given less (height-for-width does not reach through QStackedWidget), cutting its last
// lines; with its minimum height the contents grow and the area scrolls instead.
class WrappedLabel : public QLabel
{
public:
    using QLabel::QLabel;

protected:
    void resizeEvent(QResizeEvent* event) override
    {
        QLabel::resizeEvent(event);
        if (const int needed = heightForWidth(width()); needed > 0 && needed != minimumHeight())
            setMinimumHeight(needed);
    }
};

// The profile is the job's server: a keychain key must never go to another server because two names match.
bool sameServer(const QUrl& profileUrl, const QString& jobUrl)
{
    const auto options = QUrl::RemoveUserInfo | QUrl::StripTrailingSlash;
    return profileUrl.adjusted(options) == QUrl::fromUserInput(jobUrl).adjusted(options);
}

} // namespace

JobsDock::JobsDock(JobRunManager* manager, ProfileStore* profiles, QSettings* settings, QWidget* parent)
    : QDockWidget(tr("Jobs"), parent)
    , m_manager(manager)
    , m_profiles(profiles)
    , m_settings(settings)
    , m_jobsModel(new JobListModel(this))
    , m_historyModel(new JobHistoryModel(this))
    , m_progress(new JobProgressDialog(this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_reloadTimer(new QTimer(this))
    , m_minuteTimer(new QTimer(this))
{
    setObjectName(u"jobsDockWidget"_s);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetFloatable);
    m_progress->setObjectName(u"jobRunProgressDialog"_s);
    m_progress->bindManager(m_manager);

    auto* contents = new QWidget(this);
    contents->setObjectName(u"jobsDockContents"_s);
    auto* layout = new QVBoxLayout(contents);
    m_contentsLayout = layout;
    layout->addWidget(createScrolledContents(), 1);
    setWidget(contents);

    connect(m_manager, &JobRunManager::finished, this, [this] {
        const JobRunReport& report = m_manager->lastReport();
        m_progress->showResult(resultFor(m_manager->lastJob(), report));
        Q_EMIT logMessage(tr("The job \"%1\" wrote %2.")
                              .arg(m_manager->lastJob().name, QDir::toNativeSeparators(report.record.archive)));
        notify(report.outcome == JobOutcome::Partial
                ? tr("The job \"%1\" is done, but some collections or tenants were skipped.")
                      .arg(m_manager->lastJob().name)
                : tr("The job \"%1\" is done: the backup is complete and verified.").arg(m_manager->lastJob().name));
        onRunEnded();
    });
    connect(m_manager, &JobRunManager::failed, this, [this](const OpError& error) {
        //: %1 a job's name, %2 why it failed (one sentence)
        const QString text = tr("The job \"%1\" failed: %2").arg(m_manager->lastJob().name, error.message);
        Q_EMIT logMessage(text);
        notify(text);
        onRunEnded();
    });
    connect(m_manager, &JobRunManager::canceled, this, [this] {
        Q_EMIT logMessage(tr("The job \"%1\" was canceled.").arg(m_manager->lastJob().name));
        onRunEnded();
    });

    // The store changes under the app: colvault-cli creates and deletes jobs, a scheduled run appends to the history.
    // jobs.json is replaced (not written in place), which the folder's watch sees.
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(300);
    connect(m_reloadTimer, &QTimer::timeout, this, &JobsDock::reload);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_reloadTimer, qOverload<>(&QTimer::start));
    // The next runs move on with the clock, and a store folder created later is watched from then on.
    m_minuteTimer->setInterval(60 * 1000);
    connect(m_minuteTimer, &QTimer::timeout, this, [this] {
        m_jobsModel->refreshTimes();
        watchStore();
    });
    m_minuteTimer->start();
    watchStore();
    updateButtons();
    reload();
}

JobsDock::~JobsDock() = default;

// The jobs scroll below the background runs' rows: a row takes its room from them, not from the main window's
// collections (the dock's minimum height would grow by the row, and the dock with it, and stay so after Dismiss).
QWidget* JobsDock::createScrolledContents()
{
    auto* scroll = new ContentsScrollArea(this);
    scroll->setObjectName(u"jobsDockScrollArea"_s);
    scroll->setAccessibleName(tr("Saved jobs and their runs"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    auto* inner = new QWidget(scroll);
    auto* layout = new QVBoxLayout(inner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(createNotice());
    m_pages = new QStackedWidget(inner);
    m_pages->setObjectName(u"jobsPagesStackedWidget"_s);
    m_pages->addWidget(createEmptyPage());
    m_pages->addWidget(createJobsPage());
    layout->addWidget(m_pages, 1);
    scroll->setWidget(inner);
    return scroll;
}

void JobsDock::addBackgroundPanel(QWidget* panel)
{
    m_contentsLayout->insertWidget(m_backgroundPanels++, panel);
}

QWidget* JobsDock::createNotice()
{
    m_notice = new QFrame(this);
    m_notice->setObjectName(u"failedRunNoticeFrame"_s);
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setAutoFillBackground(true);
    // The window's own colour tinted amber (as KDE's message widgets do), so the bar stands out on a light and on a
    // dark palette alike while the text keeps the palette's contrast.
    QPalette palette = m_notice->palette();
    const QColor window = palette.color(QPalette::Window);
    const QColor amber(0xf6, 0xb7, 0x3c);
    const auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    palette.setColor(QPalette::Window,
        QColor(mix(window.red(), amber.red()), mix(window.green(), amber.green()), mix(window.blue(), amber.blue())));
    m_notice->setPalette(palette);
    auto* icon = new QLabel(m_notice);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_noticeLabel = new QLabel(m_notice);
    m_noticeLabel->setObjectName(u"failedRunNoticeLabel"_s);
    m_noticeLabel->setWordWrap(true);
    m_noticeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noticeLabel->setAccessibleName(tr("Failed job run"));
    //: A button of the bar that tells of a failed job run; the mnemonic must not clash with the main window's
    auto* dismiss = new QPushButton(tr("Dis&miss"), m_notice);
    dismiss->setObjectName(u"dismissNoticeButton"_s);
    dismiss->setAccessibleDescription(tr("Hides this message until a job fails again."));
    connect(dismiss, &QPushButton::clicked, this, [this] {
        for (const JobRunRecord& run : std::as_const(m_noticeRuns))
            acknowledge(run.jobId, run.start);
        m_noticeRuns.clear();
        m_notice->hide();
    });
    auto* row = new QHBoxLayout(m_notice);
    row->addWidget(icon, 0, Qt::AlignTop);
    row->addWidget(m_noticeLabel, 1);
    row->addWidget(dismiss, 0, Qt::AlignTop);
    m_notice->hide();
    return m_notice;
}

QWidget* JobsDock::createEmptyPage()
{
    auto* page = new QWidget(m_pages);
    m_emptyLabel = new WrappedLabel(page);
    m_emptyLabel->setObjectName(u"jobsEmptyLabel"_s);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_emptyLabel->setTextFormat(Qt::RichText);
    m_emptyLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyLabel->setAccessibleName(tr("No saved jobs"));
    //: The mnemonic must not clash with the main window's menus and toolbar
    auto* button = new QPushButton(tr("Ne&w Job…"), page);
    button->setObjectName(u"newJobEmptyButton"_s);
    connect(button, &QPushButton::clicked, this, [this] { newJob(); });
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(button, 0, Qt::AlignLeft);
    layout->addStretch(1);
    return page;
}

QWidget* JobsDock::createJobsPage()
{
    auto* splitter = new QSplitter(Qt::Vertical, m_pages);
    splitter->setObjectName(u"jobsSplitter"_s);
    splitter->setChildrenCollapsible(false);
    createJobsPanel(splitter);
    createHistoryPanel(splitter);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    // Each table keeps its header and two rows, so that neither panel's buttons can be squeezed out of sight (the
    // walk-through found the runs, Open Log and Restore hidden until the splitter was dragged); the rest goes 1:2.
    for (QTableView* table : {m_jobsTable, m_historyTable})
        table->setMinimumHeight(table->horizontalHeader()->sizeHint().height()
            + table->verticalHeader()->defaultSectionSize() * 2 + table->frameWidth() * 2);
    connectJobsPage();
    return splitter;
}

// The saved jobs and their buttons.
void JobsDock::createJobsPanel(QWidget* parent)
{
    auto* jobsPanel = new QWidget(parent);
    auto* jobsLayout = new QVBoxLayout(jobsPanel);
    jobsLayout->setContentsMargins(0, 0, 0, 0);
    m_jobsTable = makeTable(m_jobsModel, jobsPanel);
    m_jobsTable->setObjectName(u"jobsTableView"_s);
    m_jobsTable->setAccessibleName(tr("Saved jobs"));
    m_jobsTable->setAccessibleDescription(
        tr("The saved backup jobs with their schedule, next run and last result. Select one to see its runs."));
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_runButton = new QPushButton(tr("R&un Now"), jobsPanel);
    m_runButton->setObjectName(u"runJobButton"_s);
    m_runButton->setToolTip(tr("Back up, verify the archive and apply the retention rules, as the schedule does"));
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_deleteButton = new QPushButton(tr("&Delete Job…"), jobsPanel);
    m_deleteButton->setObjectName(u"deleteJobButton"_s);
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_newButton = new QPushButton(tr("Ne&w Job…"), jobsPanel);
    m_newButton->setObjectName(u"newJobButton"_s);
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_editButton = new QPushButton(tr("Edit &Job…"), jobsPanel);
    m_editButton->setObjectName(u"editJobButton"_s);
    auto* jobButtons = new QHBoxLayout;
    jobButtons->addWidget(m_newButton);
    jobButtons->addWidget(m_editButton);
    jobButtons->addWidget(m_runButton);
    jobButtons->addWidget(m_deleteButton);
    jobButtons->addStretch(1);
    jobsLayout->addWidget(m_jobsTable, 1);
    jobsLayout->addLayout(jobButtons);
}

// The runs of the selected job, the selected run's details and its buttons.
void JobsDock::createHistoryPanel(QWidget* parent)
{
    auto* historyPanel = new QWidget(parent);
    auto* historyLayout = new QVBoxLayout(historyPanel);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    m_historyLabel = new QLabel(historyPanel);
    m_historyLabel->setObjectName(u"jobHistoryLabel"_s);
    m_historyTable = makeTable(m_historyModel, historyPanel);
    m_historyTable->setObjectName(u"jobHistoryTableView"_s);
    m_historyTable->setAccessibleName(tr("Runs of the selected job"));
    m_historyLabel->setBuddy(m_historyTable);
    m_detailsLabel = new QLabel(historyPanel);
    m_detailsLabel->setObjectName(u"jobRunDetailsLabel"_s);
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAccessibleName(tr("The selected run"));
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_logButton = new QPushButton(tr("Open Lo&g"), historyPanel);
    m_logButton->setObjectName(u"openLogButton"_s);
    //: The mnemonic must not clash with the main window's menus and toolbar
    m_restoreButton = new QPushButton(tr("Restore from This Arch&ive…"), historyPanel);
    m_restoreButton->setObjectName(u"restoreArchiveButton"_s);
    auto* runButtons = new QHBoxLayout;
    runButtons->addWidget(m_logButton);
    runButtons->addWidget(m_restoreButton);
    runButtons->addStretch(1);
    historyLayout->addWidget(m_historyLabel);
    historyLayout->addWidget(m_historyTable, 1);
    historyLayout->addWidget(m_detailsLabel);
    historyLayout->addLayout(runButtons);
}

void JobsDock::connectJobsPage()
{
    connect(m_jobsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsDock::showHistory);
    connect(
        m_historyTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, &JobsDock::showRecordDetails);
    connect(m_runButton, &QPushButton::clicked, this, &JobsDock::runSelected);
    connect(m_newButton, &QPushButton::clicked, this, [this] { newJob(); });
    connect(m_editButton, &QPushButton::clicked, this, &JobsDock::editSelected);
    connect(m_jobsTable, &QTableView::doubleClicked, this, &JobsDock::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &JobsDock::deleteSelected);
    connect(m_logButton, &QPushButton::clicked, this, &JobsDock::openLog);
    connect(m_restoreButton, &QPushButton::clicked, this, &JobsDock::restoreFromArchive);
}

void JobsDock::watchStore()
{
    QStringList paths;
    for (const QString& path : {m_store.directory(), m_store.historyFile()}) {
        if (QFileInfo::exists(path) && !m_watcher->files().contains(path) && !m_watcher->directories().contains(path))
            paths << path;
    }
    if (!paths.isEmpty())
        m_watcher->addPaths(paths);
}

void JobsDock::reload()
{
    const quint64 generation = ++m_generation;
    ++m_loading;
    auto* watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        --m_loading;
        if (generation == m_generation) // else a newer reading is under way
            onLoaded(watcher->result());
    });
    // Files are read off the GUI thread (a slow disk, a long history); the worker captures only the store.
    watcher->setFuture(QtConcurrent::run([store = m_store] {
        Loaded loaded;
        loaded.error = store.load(&loaded.jobs);
        loaded.history = JobHistory(store.historyFile()).read();
        return loaded;
    }));
}

void JobsDock::onLoaded(const Loaded& loaded)
{
    const QString selected = selectedJob() ? selectedJob()->id : QString();
    m_jobs = loaded.jobs;
    m_history = loaded.history;
    QHash<QString, JobRunRecord> lastRuns;
    for (const JobRunRecord& run : std::as_const(m_history))
        lastRuns.insert(run.jobId, run); // oldest first: the last one stays
    m_jobsModel->setJobs(m_jobs, lastRuns);
    m_jobsTable->resizeColumnsToContents();
    const QString folder = QDir::toNativeSeparators(m_store.directory()).toHtmlEscaped();
    if (loaded.error) {
        //: %1 why the jobs cannot be read (one sentence, naming the file)
        m_emptyLabel->setText(tr("<p>The saved jobs cannot be read. %1</p>").arg(loaded.error.message.toHtmlEscaped()));
    } else {
        const QString example = u"colvault-cli --url http://localhost:8080 --api-key-file ~/.config/Colvault/key \\\n"
                                u"    job create nightly Article --dir ~/backups --keep-daily 7"_s;
        //: %1 an example command line, %2 the folder of the saved jobs
        m_emptyLabel->setText(
            tr("<p>No saved jobs yet. A job saves a backup to run again, by hand or on a schedule, "
               "with its retention rules. Create one with New Job…, or with colvault-cli, for example:</p><pre>%1</pre>"
               "<p>Then schedule it with <code>colvault-cli job schedule nightly --daily</code>. "
               "The jobs are kept in %2; they appear here as soon as they are saved.</p>")
                .arg(example.toHtmlEscaped(), folder));
    }
    m_pages->setCurrentIndex(m_jobs.isEmpty() ? 0 : 1);
    const int row = m_jobsModel->rowOf(selected);
    if (m_jobsModel->rowCount() > 0)
        m_jobsTable->selectRow(row >= 0 ? row : 0);
    showHistory();
    updateNotice();
    watchStore();
}

const Job* JobsDock::selectedJob() const
{
    const QModelIndexList rows = m_jobsTable->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.constFirst().row() >= m_jobs.size())
        return nullptr;
    return &m_jobs.at(rows.constFirst().row());
}

const JobRunRecord* JobsDock::selectedRecord() const
{
    const QModelIndexList rows = m_historyTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_historyModel->record(rows.constFirst().row());
}

void JobsDock::showHistory()
{
    const Job* job = selectedJob();
    QList<JobRunRecord> runs;
    for (const JobRunRecord& run : std::as_const(m_history)) {
        if (job && run.jobId == job->id)
            runs.append(run);
    }
    m_historyModel->setRecords(runs);
    m_historyTable->resizeColumnsToContents();
    if (!job)
        m_historyLabel->clear();
    else if (runs.isEmpty())
        //: %1 a job's name
        m_historyLabel->setText(tr("The job \"%1\" has not run yet.").arg(job->name));
    else
        //: %1 a job's name
        m_historyLabel->setText(tr("Runs of the job \"%1\", newest first:").arg(job->name));
    if (!runs.isEmpty())
        m_historyTable->selectRow(0);
    showRecordDetails();
}

void JobsDock::showRecordDetails()
{
    const JobRunRecord* run = selectedRecord();
    QString text;
    if (run && run->outcome == JobOutcome::Failed)
        text = run->error;
    else if (run && !run->archive.isEmpty() && !run->removed.isEmpty())
        //: %1 the archive's path
        text = tr("Archive: %1. Retention removed %n older archive(s).", nullptr, int(run->removed.size()))
                   .arg(QDir::toNativeSeparators(run->archive));
    else if (run && !run->archive.isEmpty())
        //: %1 the archive's path
        text = tr("Archive: %1").arg(QDir::toNativeSeparators(run->archive));
    m_detailsLabel->setText(text);
    m_detailsLabel->setVisible(!text.isEmpty());
    updateButtons();
}

void JobsDock::updateButtons()
{
    const bool busy = m_manager->isRunning() || m_readingSecrets;
    const JobRunRecord* run = selectedRecord();
    m_runButton->setEnabled(selectedJob() && !busy);
    m_deleteButton->setEnabled(selectedJob() && !busy);
    m_editButton->setEnabled(selectedJob() && !busy);
    m_logButton->setEnabled(run && !run->logFile.isEmpty());
    m_restoreButton->setEnabled(run && !run->archive.isEmpty() && !busy);
}

void JobsDock::runSelected()
{
    const Job* selected = selectedJob();
    if (!selected || m_manager->isRunning() || m_readingSecrets)
        return;
    const Job job = *selected;
    const bool keychain = m_profiles && m_profiles->contains(job.profile) && m_profiles->profile(job.profile).useApiKey
        && sameServer(m_profiles->profile(job.profile).url, job.connection.url);
    if (!keychain) {
        readJobSecret(job, {});
        return;
    }
    m_readingSecrets = true;
    updateButtons();
    m_profiles->load(
        job.profile, this, [this, job](const ConnectionProfile&, const QByteArray& key, const QString& error) {
            m_readingSecrets = false;
            if (!error.isEmpty()) {
                //: %1 a connection profile's name, %2 the keychain's error message
                const QString text = tr("The API key of the connection %1 could not be read from the keychain: %2");
                Q_EMIT logMessage(text.arg(job.profile, error));
            }
            readJobSecret(job, JobSecrets {key, {}, {}});
        });
}

// The passphrase (or identity) the keychain keeps for an encrypted job, used before its files. A job with nothing
// remembered is not looked up.
void JobsDock::readJobSecret(const Job& job, JobSecrets secrets)
{
    const bool passphrase = !job.encryption.passphraseFile.isEmpty();
    const QString key = passphrase ? JobSecrets::passphraseKey(job.id) : JobSecrets::identityKey(job.id);
    if (!m_secrets || !isRemembered(key)
        || (!passphrase && job.encryption.recipients.isEmpty() && job.encryption.identityFiles.isEmpty())) {
        checkJobFiles(job, secrets);
        return;
    }
    m_readingSecrets = true;
    updateButtons();
    m_secrets->read(key, this, [this, job, secrets, passphrase, key](const QByteArray& secret, const QString& error) {
        if (!error.isEmpty())
            //: %1 a job's name, %2 the keychain's error message
            Q_EMIT logMessage(
                tr("The secret of the job \"%1\" could not be read from the keychain: %2").arg(job.name, error));
        else if (secret.isEmpty())
            setRemembered(key, false); // removed from the keychain outside the app
        JobSecrets found = secrets;
        (passphrase ? found.passphrase : found.identity) = secret;
        if (secret.isEmpty())
            checkJobFiles(job, found);
        else
            startRun(job, found);
    });
}

// Reads the job's key files on a worker; when they cannot be read, the user may type the secret instead.
void JobsDock::checkJobFiles(const Job& job, const JobSecrets& secrets)
{
    if (job.encryption.isEmpty() && job.encryption.identityFiles.isEmpty()) {
        startRun(job, secrets);
        return;
    }
    m_readingSecrets = true;
    updateButtons();
    auto* watcher = new QFutureWatcher<OpError>(this);
    connect(watcher, &QFutureWatcher<OpError>::finished, this, [this, watcher, job, secrets] {
        watcher->deleteLater();
        const OpError error = watcher->result();
        if (error)
            askJobSecret(job, secrets, error.message);
        else
            startRun(job, secrets);
    });
    watcher->setFuture(QtConcurrent::run([job, secrets] {
        AgeEncryptionKeys encryption;
        AgeDecryptionKeys decryption;
        return JobInputs::readKeys(job.encryption, secrets, &encryption, &decryption);
    }));
}

void JobsDock::askJobSecret(const Job& job, JobSecrets secrets, const QString& why)
{
    auto* dialog = new JobSecretDialog(job, why, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString key = dialog->asksPassphrase() ? JobSecrets::passphraseKey(job.id) : JobSecrets::identityKey(job.id);
    dialog->setKeychain(m_secrets, key);
    connect(dialog, &QDialog::rejected, this, [this, job] {
        m_readingSecrets = false;
        updateButtons();
        //: %1 a job's name
        Q_EMIT logMessage(tr("The job \"%1\" did not run: its passphrase or identity was not given.").arg(job.name));
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog, job, secrets, key]() mutable {
        const bool passphrase = dialog->asksPassphrase();
        (passphrase ? secrets.passphrase : secrets.identity) = dialog->secret();
        if (dialog->remembered()) {
            setRemembered(key, true);
            //: %1 a job's name
            Q_EMIT logMessage(
                tr("The keychain keeps the secret of the job \"%1\" for its runs from the app.").arg(job.name));
        }
        startRun(job, secrets);
    });
    dialog->open();
}

bool JobsDock::isRemembered(const QString& key) const
{
    return m_settings && m_settings->value(kRememberedGroup + u'/' + key).toBool();
}

void JobsDock::setRemembered(const QString& key, bool remembered)
{
    if (!m_settings)
        return;
    if (remembered)
        m_settings->setValue(kRememberedGroup + u'/' + key, true);
    else
        m_settings->remove(kRememberedGroup + u'/' + key);
}

void JobsDock::startRun(const Job& job, const JobSecrets& secrets)
{
    m_readingSecrets = false;
    if (m_manager->isRunning()) {
        updateButtons();
        return;
    }
    //: The progress dialog's title; %1 a job's name
    m_progress->begin(tr("Run of the job \"%1\"").arg(job.name), [manager = m_manager] { manager->cancel(); });
    m_progress->setCanceledText(tr("The run was canceled before it was complete. Retention removed nothing."));
    m_progress->setCancelVerb(tr("Cancel Run"));
    if (!secrets.apiKey.isEmpty())
        //: %1 a job's name, %2 a connection profile's name
        Q_EMIT logMessage(tr("The job \"%1\" runs with the API key of the connection %2.").arg(job.name, job.profile));
    else
        Q_EMIT logMessage(tr("The job \"%1\" is running.").arg(job.name));
    if (!secrets.passphrase.isEmpty())
        //: %1 a job's name, %2 a file's path
        Q_EMIT logMessage(tr("The job \"%1\" encrypts this run's archive with the passphrase given in the app, not "
                             "the one in its file %2.")
                              .arg(job.name, QDir::toNativeSeparators(job.encryption.passphraseFile)));
    m_manager->start(job, m_store, secrets);
    updateButtons();
}

void JobsDock::onRunEnded()
{
    // The user has seen this run's outcome in the progress dialog: it is no news at the next start.
    const JobRunRecord& record = m_manager->lastReport().record;
    if (record.outcome == JobOutcome::Failed && record.start.isValid())
        acknowledge(m_manager->lastJob().id, record.start);
    updateButtons();
    reload();
}

JobResult JobsDock::resultFor(const Job& job, const JobRunReport& report) const
{
    JobResult result = BackupDialog::resultFor(report.backup);
    result.headline = report.outcome == JobOutcome::Partial
        ? tr("The backup is complete and verified, but some collections or tenants were skipped.")
        : tr("The backup is complete and verified.");
    //: %1 a job's name
    result.summary.prepend(tr("Job: %1").arg(job.name));
    if (report.retentionApplied)
        result.summary.append(
            tr("Retention removed %n older archive(s).", nullptr, int(report.retention.removed.size())));
    if (!report.record.logFile.isEmpty())
        //: %1 the path of the run's log file
        result.summary.append(tr("Log: %1").arg(QDir::toNativeSeparators(report.record.logFile)));
    result.warnings = report.warnings;
    result.outputPath = report.record.archive;
    return result;
}

// Only where the desktop has a system tray; nothing otherwise (the progress dialog says it all the same).
void JobsDock::notify(const QString& text)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(window()->windowIcon(), this);
        m_tray->setObjectName(u"jobsTrayIcon"_s);
        m_tray->setToolTip(tr("Colvault"));
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            window()->show();
            window()->raise();
            window()->activateWindow();
        });
        m_tray->show();
    }
    m_tray->showMessage(tr("Colvault"), text, QSystemTrayIcon::Information);
}

void JobsDock::openLog()
{
    const JobRunRecord* run = selectedRecord();
    if (!run || run->logFile.isEmpty())
        return;
    const QString path = QDir::toNativeSeparators(run->logFile);
    if (!QFileInfo::exists(run->logFile)) {
        Dialogs::information(this, tr("Open Log"),
            tr("The log %1 is no longer there; the newest 50 logs of each job are kept.").arg(path));
        return;
    }
    // Where nothing answers (no desktop, no text editor registered), openUrl only returns false.
    if (!Dialogs::openUrl(QUrl::fromLocalFile(run->logFile)))
        Dialogs::information(this, tr("Open Log"),
            tr("No application opened the log %1. It is a text file for any text editor.").arg(path));
}

void JobsDock::restoreFromArchive()
{
    const JobRunRecord* run = selectedRecord();
    if (!run || run->archive.isEmpty())
        return;
    const QString path = QDir::toNativeSeparators(run->archive);
    // A later run's retention may have removed it: say so rather than "cannot be read".
    for (const JobRunRecord& later : std::as_const(m_history)) {
        if (later.jobId == run->jobId && later.start > run->start && later.removed.contains(run->archive)) {
            //: %1 an archive's path, %2 when the later run started
            const QString text = tr("The archive %1 was removed by the retention rules of the run of %2.");
            Dialogs::information(
                this, tr("Restore from This Archive"), text.arg(path, JobListModel::timeText(later.start)));
            return;
        }
    }
    restoreWithJobKeys(run->jobId, run->archive);
}

// An encrypted job's archive opens with the job's own key: the one the keychain keeps, else the job's files. The
// restore wizard asks for a key only when these do not open it (or cannot be read).
void JobsDock::restoreWithJobKeys(const QString& jobId, const QString& archive)
{
    const auto job = std::find_if(m_jobs.cbegin(), m_jobs.cend(), [&](const Job& j) { return j.id == jobId; });
    if (job == m_jobs.cend() || (job->encryption.isEmpty() && job->encryption.identityFiles.isEmpty())) {
        Q_EMIT restoreRequested(archive, {});
        return;
    }
    const JobEncryption encryption = job->encryption;
    auto readFiles = [this, archive, encryption](const JobSecrets& secrets) {
        auto* watcher = new QFutureWatcher<AgeDecryptionKeys>(this);
        connect(watcher, &QFutureWatcher<AgeDecryptionKeys>::finished, this, [this, watcher, archive] {
            watcher->deleteLater();
            Q_EMIT restoreRequested(archive, watcher->result());
        });
        watcher->setFuture(QtConcurrent::run([encryption, secrets] {
            AgeEncryptionKeys unused;
            AgeDecryptionKeys keys;
            return JobInputs::readKeys(encryption, secrets, &unused, &keys) ? AgeDecryptionKeys() : keys;
        }));
    };
    const bool passphrase = !encryption.passphraseFile.isEmpty();
    const QString key = passphrase ? JobSecrets::passphraseKey(jobId) : JobSecrets::identityKey(jobId);
    if (!m_secrets || !isRemembered(key)) {
        readFiles({});
        return;
    }
    m_secrets->read(key, this,
        [readFiles, passphrase](const QByteArray& secret, const QString& /*error: the files are tried next*/) {
            JobSecrets secrets;
            (passphrase ? secrets.passphrase : secrets.identity) = secret;
            readFiles(secrets);
        });
}

void JobsDock::deleteSelected()
{
    const Job* selected = selectedJob();
    if (!selected || m_manager->isRunning())
        return;
    const Job job = *selected;
    //: %1 a job's name, %2 the folder of its archives
    const QString text = tr("Delete the job \"%1\"? Its schedule is removed as well. Its archives in %2 and its "
                            "history are kept.")
                             .arg(job.name, QDir::toNativeSeparators(job.directory));
    Dialogs::question(
        this, tr("Delete Job"), text,
        [this, job](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                deleteJob(job);
        },
        tr("Delete Job"));
}

void JobsDock::deleteJob(const Job& job)
{
    struct Deleted
    {
        OpError error;
        QStringList notes;
    };
    auto* watcher = new QFutureWatcher<Deleted>(this);
    connect(watcher, &QFutureWatcher<Deleted>::finished, this, [this, watcher, job] {
        watcher->deleteLater();
        const Deleted deleted = watcher->result();
        for (const QString& note : deleted.notes)
            Q_EMIT logMessage(note);
        if (deleted.error) {
            Dialogs::information(this, tr("Delete Job"), deleted.error.message);
        } else {
            //: %1 a job's name, %2 the folder of its archives
            Q_EMIT logMessage(tr("Deleted the job \"%1\". Its archives in %2 are kept.")
                                  .arg(job.name, QDir::toNativeSeparators(job.directory)));
            removeJobSecrets(job);
        }
        reload();
    });
    // The scheduler's tool (systemctl, launchctl, schtasks) may take a moment: not on the GUI thread.
    watcher->setFuture(QtConcurrent::run([store = m_store, job] {
        Deleted deleted;
        if (job.schedule.isOn())
            deleted.error = JobScheduler(store.directory()).remove(job.id, &deleted.notes);
        Job removed;
        if (!deleted.error)
            deleted.error = store.remove(job.id, &removed);
        return deleted;
    }));
}

// Whatever the keychain keeps for the job; nothing kept is no error.
void JobsDock::removeJobSecrets(const Job& job)
{
    if (!m_secrets)
        return;
    for (const QString& key : {JobSecrets::passphraseKey(job.id), JobSecrets::identityKey(job.id)}) {
        if (!isRemembered(key))
            continue;
        setRemembered(key, false);
        m_secrets->remove(key, this, [this, job](const QString& error) {
            if (!error.isEmpty())
                //: %1 a job's name, %2 the keychain's error message
                Q_EMIT logMessage(
                    tr("The secret of the job \"%1\" could not be removed from the keychain: %2").arg(job.name, error));
        });
    }
}

void JobsDock::setServerCollections(const QString& profile, const QStringList& collections)
{
    m_serverProfile = profile;
    m_serverCollections = collections;
}

void JobsDock::newJob(const Job& preset)
{
    Job job = preset;
    if (job.profile.isEmpty() && m_profiles)
        job.profile = m_profiles->lastUsed();
    openEditor(job, false);
}

void JobsDock::editSelected()
{
    const Job* selected = selectedJob();
    if (selected && !m_manager->isRunning() && !m_readingSecrets)
        openEditor(*selected, true);
}

void JobsDock::openEditor(const Job& job, bool editing)
{
    auto* editor = new JobEditorDialog(m_store, m_profiles, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setServerCollections(m_serverProfile, m_serverCollections);
    editor->setJob(job, editing);
    connect(editor, &JobEditorDialog::saved, this, &JobsDock::onSaved);
    editor->open();
}

void JobsDock::onSaved(const Job& job, const QStringList& notes, const QStringList& files)
{
    //: %1 a job's name, %2 the path of the archive its next run writes
    Q_EMIT logMessage(tr("Saved the job \"%1\". Its archives will be named like %2.")
                          .arg(job.name, JobEditorDialog::archivePath(job, QDateTime::currentDateTimeUtc())));
    //: %1 a job's name, %2 its schedule ("daily at 02:00")
    Q_EMIT logMessage(job.schedule.isOn() ? tr("The job \"%1\" runs %2.").arg(job.name, job.schedule.describe())
                                          : tr("The job \"%1\" is not scheduled.").arg(job.name));
    for (const QString& file : files)
        Q_EMIT logMessage(u"  "_s + QDir::toNativeSeparators(file));
    for (const QString& note : notes)
        Q_EMIT logMessage(note);
    // What the scheduler's tool said (systemctl missing, say) is worth more than a line in the log.
    if (!notes.isEmpty())
        Dialogs::information(this, tr("Schedule"), notes.join(u'\n'));
    reload();
}

void JobsDock::updateNotice()
{
    QList<JobRunRecord> failed;
    for (const Job& job : std::as_const(m_jobs)) {
        // A run of the app's own ends in its progress dialog, which the user is watching.
        if (m_manager->isRunning() && m_manager->lastJob().id == job.id)
            continue;
        for (auto it = m_history.crbegin(); it != m_history.crend(); ++it) {
            if (it->jobId != job.id)
                continue;
            if (it->outcome == JobOutcome::Failed && it->start > acknowledged(job.id))
                failed.append(*it);
            break; // only the last run of each job counts
        }
    }
    auto key = [](const QList<JobRunRecord>& runs) {
        QStringList keys;
        for (const JobRunRecord& run : runs)
            keys << run.jobId + run.start.toString(Qt::ISODateWithMs);
        return keys;
    };
    const bool news = !failed.isEmpty() && key(failed) != key(m_noticeRuns);
    m_noticeRuns = failed;
    if (failed.isEmpty()) {
        m_notice->hide();
        return;
    }
    QStringList names;
    for (const JobRunRecord& run : std::as_const(failed))
        names << run.jobName;
    const JobRunRecord& first = failed.constFirst();
    //: %1 a job's name, %2 when the run started, %3 why it failed (one sentence)
    const QString one = tr("The last run of the job \"%1\" failed (%2): %3");
    //: %1 the jobs' names
    const QString many
        = tr("The last runs of %n jobs failed: %1. Select a job to see why.", nullptr, int(failed.size()));
    m_noticeLabel->setText(failed.size() == 1 ? one.arg(first.jobName, JobListModel::timeText(first.start), first.error)
                                              : many.arg(QLocale().createSeparatedList(names)));
    m_notice->show();
    if (!news)
        return;
    // A failed backup is news the user must not miss: the dock comes to the front, and screen readers hear it.
    show();
    raise();
    QAccessibleEvent alert(m_noticeLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void JobsDock::acknowledge(const QString& jobId, const QDateTime& start)
{
    if (start > acknowledged(jobId))
        m_settings->setValue(kSeenFailuresGroup + u'/' + jobId, start.toUTC().toString(Qt::ISODateWithMs));
}

QDateTime JobsDock::acknowledged(const QString& jobId) const
{
    return QDateTime::fromString(m_settings->value(kSeenFailuresGroup + u'/' + jobId).toString(), Qt::ISODateWithMs);
}

} // namespace Colvault
