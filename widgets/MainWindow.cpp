// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/MainWindow.h"

#include "core/ArchiveInspector.h"
#include "core/ArchiveJob.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/RestoreTask.h"
#include "core/S3Archive.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "widgets/AliasesDialog.h"
#include "widgets/BackgroundRuns.h"
#include "widgets/BackupDialog.h"
#include "widgets/ClearWizard.h"
#include "widgets/CollectionsModel.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/CopyWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobRunManager.h"
#include "widgets/JobsDock.h"
#include "widgets/ProgressText.h"
#include "widgets/RestoreWizard.h"
#include "widgets/SecretStore.h"
#include "widgets/StorageArchiveDialog.h"
#include "widgets/StorageProfile.h"
#include "widgets/StorageProfileDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTime>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <utility>

using namespace Qt::StringLiterals;

namespace Colvault {

MainWindow::MainWindow(const MainWindowServices& services, QWidget* parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_profiles(new ProfileStore(services.settings, services.secrets))
    , m_storageProfiles(new StorageProfileStore(services.settings, services.secrets))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Colvault"));
    setWindowIcon(applicationIcon());

    createModels();
    setCentralWidget(createCentralWidget());
    QDockWidget* logDock = createLogDock();
    createProgressDialog();
    createProfileCombo();
    createActions();
    logDock->toggleViewAction()->setObjectName(u"showLogAction"_s);
    addJobsDock(logDock);
    // Keyboard order follows the work: pick a profile, filter, choose collections, read the log.
    setTabOrder(m_profileCombo, m_filter);
    setTabOrder(m_filter, m_table);
    setTabOrder(m_table, m_log);

    connectCollectionsTable();
    connectLoader();
    connectProfileChoice();

    migrateProfiles();
    reloadProfiles(m_profiles->lastUsed());
    m_connectionLabel = new QLabel(tr("Not connected"), this);
    m_connectionLabel->setObjectName(u"connectionStatusLabel"_s);
    statusBar()->addPermanentWidget(m_connectionLabel);
    resize(960, 640);
    restoreGeometry(m_services.settings->value(u"mainWindow/geometry"_s).toByteArray());
    restoreState(m_services.settings->value(u"mainWindow/state"_s).toByteArray());
    updateActions();
}

MainWindow::~MainWindow()
{
    delete m_storageProfiles;
    delete m_profiles;
}

void MainWindow::createModels()
{
    m_model = new CollectionsModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterKeyColumn(CollectionsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(CollectionsModel::SortRole);
}

QWidget* MainWindow::createCentralWidget()
{
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    m_serverLabel
        = new QLabel(tr("Connect to a Weaviate server to back up, restore or clear its collections."), central);
    m_serverLabel->setObjectName(u"serverInfoLabel"_s);
    m_serverLabel->setWordWrap(true);
    m_serverLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filter = new QLineEdit(central);
    m_filter->setObjectName(u"filterLineEdit"_s);
    m_filter->setPlaceholderText(tr("Filter collections"));
    m_filter->setAccessibleName(tr("Filter collections"));
    m_filter->setAccessibleDescription(tr("Shows only the collections whose name contains this text."));
    m_filter->setClearButtonEnabled(true);
    createCollectionsTable(central);
    m_cancelConnectButton = new QPushButton(tr("Cancel Connecting"), central);
    m_cancelConnectButton->setObjectName(u"cancelConnectButton"_s);
    m_cancelConnectButton->setVisible(false);
    auto* serverRow = new QHBoxLayout;
    serverRow->addWidget(m_serverLabel, 1);
    serverRow->addWidget(m_cancelConnectButton, 0, Qt::AlignTop);
    layout->addLayout(serverRow);
    layout->addWidget(m_filter);
    layout->addWidget(m_table, 1);
    return central;
}

void MainWindow::createCollectionsTable(QWidget* parent)
{
    m_table = new QTableView(parent);
    m_table->setObjectName(u"collectionsTableView"_s);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CollectionsModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // a long vectors text is elided on its line, not cut off below it
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAlternatingRowColors(true);
    // One tab stop: Tab leaves the table, the arrow keys move inside it.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Collections"));
    m_table->setAccessibleDescription(tr("The collections of the connected server. Select one or more to back up "
                                         "or clear them; the context menu offers the same actions."));
}

QDockWidget* MainWindow::createLogDock()
{
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"logPlainTextEdit"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(5000);
    m_log->setAccessibleName(tr("Log"));
    m_log->setTabChangesFocus(true);
    auto* logDock = new QDockWidget(tr("Log"), this);
    logDock->setObjectName(u"logDockWidget"_s);
    logDock->setWidget(m_log);
    logDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, logDock);

    return logDock;
}

void MainWindow::createProgressDialog()
{
    m_progress = new JobProgressDialog(this);
    m_progress->bindManager(m_services.backup);
    m_progress->bindManager(m_services.restore);
    m_progress->bindManager(m_services.clear);
    m_progress->setBackgroundAllowed(true);
    connect(m_progress, &JobProgressDialog::outcomeShown, this, [this] { refresh(); });
    watchOperations();
}

void MainWindow::createProfileCombo()
{
    m_profileCombo = new QComboBox(this);
    m_profileCombo->setObjectName(u"profileComboBox"_s);
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setToolTip(tr("Connection profile"));
    m_profileCombo->setAccessibleName(tr("Connection profile"));
}

void MainWindow::connectCollectionsTable()
{
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_table, &QTableView::doubleClicked, this, [this] { openBackupDialog(); });
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        auto* menu = new QMenu(this);
        menu->setObjectName(u"collectionsContextMenu"_s);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addActions({m_backupAction, m_restoreAction, m_clearAction, m_copyAction});
        menu->addSeparator();
        menu->addAction(m_refreshAction);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
}

void MainWindow::connectLoader()
{
    connect(m_services.loader, &CollectionsLoader::loaded, this, &MainWindow::onLoaded);
    connect(m_services.loader, &CollectionsLoader::failed, this, &MainWindow::onLoadFailed);
    connect(m_services.loader, &CollectionsLoader::canceled, this, [this] {
        if (startPendingConnect())
            return;
        if (!m_connected) {
            m_serverLabel->setText(tr("Connecting was canceled."));
            m_connectionLabel->setText(tr("Not connected"));
            statusBar()->clearMessage();
        }
        updateActions();
    });
    connect(m_services.loader, &CollectionsLoader::retrying, this,
        [this](int attempt, int maxAttempts, int delayMs, const QString& reason) {
            if (!m_pendingProfile.isEmpty())
                return;
            //: %1 server URL, %2 why the last attempt failed (one sentence), %3 and %4 attempt numbers,
            //: %5 a duration such as "2 s"
            m_serverLabel->setText(tr("Connecting to %1… %2 Attempt %3 of %4 in %5.")
                                       .arg(m_endpoint.redactedUrl(), reason, QLocale().toString(attempt),
                                           QLocale().toString(maxAttempts), ProgressText::duration(delayMs)));
        });
}

void MainWindow::connectProfileChoice()
{
    connect(m_cancelConnectButton, &QPushButton::clicked, this, [this] {
        m_pendingProfile.clear();
        m_services.loader->cancel();
    });
    // Another profile in the box means another server: connect to it, so that the box never names one server
    // while the actions work on another.
    connect(m_profileCombo, &QComboBox::currentTextChanged, this, [this](const QString& name) {
        if (name != m_profileName || !(m_connected || m_services.loader->isRunning() || m_secretsBusy))
            connectToProfile(name);
    });
}

void MainWindow::migrateProfiles()
{
    m_profiles->migrate(this, [this](const QString& name, const QString& error) {
        if (error.isEmpty())
            //: %1 profile name
            appendLog(tr("The extra headers of profile %1 were moved to the keychain.").arg(name));
        else
            //: %1 profile name, %2 the keychain's error message
            appendLog(tr("The extra headers of profile %1 could not be moved to the keychain: %2").arg(name, error));
    });
}

void MainWindow::createActions()
{
    auto make = [this](const QString& text, const char* objectName, const QKeySequence& shortcut, auto slot) {
        auto* action = new QAction(text, this);
        action->setObjectName(QString::fromLatin1(objectName));
        action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    // Mnemonics: the toolbar's buttons (Alt+letter) and the menu bar's titles share one set of letters, so none
    // may repeat among them (tests/widgets/TestAccessibility checks it in every language).
    m_connectAction = make(tr("Co&nnect"), "connectAction", QKeySequence(Qt::CTRL | Qt::Key_K),
        [this] { connectToProfile(m_profileCombo->currentText()); });
    m_newProfileAction = make(
        tr("Ne&w Connection…"), "newProfileAction", QKeySequence(Qt::CTRL | Qt::Key_N), [this] { editProfile(true); });
    m_editProfileAction = make(tr("&Edit Connection…"), "editProfileAction",
        QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K), [this] { editProfile(false); });
    m_deleteProfileAction
        = make(tr("&Delete Connection…"), "deleteProfileAction", QKeySequence(), [this] { deleteProfile(); });
    m_refreshAction = make(tr("&Refresh"), "refreshAction", QKeySequence::Refresh, [this] { refresh(); });
    m_backupAction
        = make(tr("&Back Up…"), "backupAction", QKeySequence(Qt::CTRL | Qt::Key_B), [this] { openBackupDialog(); });
    m_restoreAction
        = make(tr("Res&tore…"), "restoreAction", QKeySequence(Qt::CTRL | Qt::Key_R), [this] { openArchive(); });
    m_clearAction = make(tr("C&lear…"), "clearAction", QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete),
        [this] { openClearWizard(); });
    m_openArchiveAction
        = make(tr("Open &Archive…"), "openArchiveAction", QKeySequence::Open, [this] { openArchive(); });
    m_openFromS3Action
        = make(tr("Open from S&3…"), "openFromS3Action", QKeySequence(), [this] { openArchiveFromS3(); });
    m_openFromS3Action->setToolTip(tr("Open an archive from the S3 bucket of a storage profile"));
    auto* storageAction
        = make(tr("S&torage Profiles…"), "storageProfilesAction", QKeySequence(), [this] { editStorageProfiles(); });
    // Not on the toolbar: its buttons share one set of mnemonics with the menu bar in every language.
    m_copyAction = make(tr("&Copy to Server…"), "copyAction", QKeySequence(), [this] { openCopyWizard(); });
    m_copyAction->setToolTip(tr("Copy the selected collections to the server of another connection"));
    m_saveJobAction = make(tr("Save as &Job…"), "saveJobAction", QKeySequence(), [this] { saveAsJob(); });
    m_aliasesAction = make(tr("&Aliases…"), "aliasesAction", QKeySequence(), [this] { openAliasesDialog(); });
    m_aliasesAction->setToolTip(tr("List, add, change and delete the server's collection aliases (Weaviate 1.32+)"));
    m_saveJobAction->setToolTip(
        tr("Save a backup of the selected collections as a job, to run again or on a schedule"));
    auto* quitAction = make(tr("&Quit"), "quitAction", QKeySequence::Quit, [this] { close(); });
    auto* findAction = make(tr("&Find Collections"), "findAction", QKeySequence::Find, [this] {
        m_filter->setFocus(Qt::ShortcutFocusReason);
        m_filter->selectAll();
    });
    addAction(findAction);
    auto* aboutAction = make(tr("&About Colvault"), "aboutAction", QKeySequence(), [this] {
        Dialogs::about(this, tr("About Colvault"),
            //: %1 is the version number
            tr("<h3>Colvault %1</h3><p>Back up, restore and clear Weaviate collections.</p>"
               "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                .arg(versionString()));
    });
    m_backupAction->setToolTip(tr("Back up the selected collections to an archive"));
    m_refreshAction->setToolTip(tr("Reload the collections from the server"));

    createMenus(storageAction, quitAction, aboutAction);
    createToolBar();
}

void MainWindow::createMenus(QAction* storageAction, QAction* quitAction, QAction* aboutAction)
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(u"fileMenu"_s);
    fileMenu->addActions({m_openArchiveAction, m_openFromS3Action});
    fileMenu->addSeparator();
    fileMenu->addAction(storageAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);
    auto* connectionMenu = menuBar()->addMenu(tr("&Connection"));
    connectionMenu->setObjectName(u"connectionMenu"_s);
    connectionMenu->addActions({m_connectAction, m_refreshAction});
    connectionMenu->addSeparator();
    connectionMenu->addActions({m_newProfileAction, m_editProfileAction, m_deleteProfileAction});
    auto* collectionsMenu = menuBar()->addMenu(tr("C&ollections"));
    collectionsMenu->setObjectName(u"collectionsMenu"_s);
    collectionsMenu->addActions({m_backupAction, m_restoreAction, m_clearAction, m_copyAction});
    collectionsMenu->addSeparator();
    collectionsMenu->addAction(m_saveJobAction);
    collectionsMenu->addAction(m_aliasesAction);
    menuBar()->addMenu(createLanguageMenu());
    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->setObjectName(u"helpMenu"_s);
    helpMenu->addAction(aboutAction);
}

void MainWindow::createToolBar()
{
    auto* toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* profileLabel = new QLabel(tr("&Profile:"), toolBar);
    profileLabel->setObjectName(u"profileLabel"_s);
    profileLabel->setBuddy(m_profileCombo);
    toolBar->addWidget(profileLabel);
    toolBar->addWidget(m_profileCombo);
    toolBar->addActions({m_connectAction, m_editProfileAction, m_refreshAction});
    toolBar->addSeparator();
    toolBar->addActions({m_backupAction, m_restoreAction, m_clearAction});
    toolBar->addSeparator();
    toolBar->addAction(m_openArchiveAction);
    // A tool button shows the action's icon text, which drops the '&': set it with the mnemonic kept.
    for (QAction* action : toolBar->actions())
        if (!action->text().isEmpty())
            action->setIconText(action->text());
}

// The saved jobs beside the log (docs/gui.md, "The Jobs dock"), and View, which shows and hides both docks.
void MainWindow::addJobsDock(QDockWidget* logDock)
{
    auto* jobsDock = new JobsDock(new JobRunManager(this), m_profiles, m_services.settings, this);
    m_jobsDock = jobsDock;
    jobsDock->setSecretStore(m_services.secrets); // a job's passphrase or identity, when the user lets it keep them
    addDockWidget(Qt::BottomDockWidgetArea, jobsDock);
    // Tabbed with the log, the log in front. (Not by raise(): that reorders the window's children, and the log must
    // stay the first "logPlainTextEdit" a findChild() meets.)
    tabifyDockWidget(jobsDock, logDock);
    // The tab group would take the jobs' two tables' height and squeeze the collections; keep the log's.
    resizeDocks({logDock}, {qMax(logDock->sizeHint().height(), jobsDock->sizeHint().height())}, Qt::Vertical);
    connect(jobsDock, &JobsDock::logMessage, this, &MainWindow::appendLog);
    connect(jobsDock, &JobsDock::restoreRequested, this, [this](const QString& path, const AgeDecryptionKeys& keys) {
        if (!isBusy())
            inspectThenOpen(path, keys);
    });
    addBackgroundRuns(jobsDock);
    jobsDock->toggleViewAction()->setObjectName(u"showJobsAction"_s);
    jobsDock->toggleViewAction()->setText(tr("&Jobs"));
    logDock->toggleViewAction()->setText(tr("&Log"));
    auto* viewMenu = new QMenu(tr("&View"), this);
    viewMenu->setObjectName(u"viewMenu"_s);
    viewMenu->addActions({jobsDock->toggleViewAction(), logDock->toggleViewAction()});
    menuBar()->insertMenu(findChild<QMenu*>(u"settingsMenu"_s)->menuAction(), viewMenu);
}

void MainWindow::addBackgroundRuns(JobsDock* dock)
{
    m_backgroundRuns = new BackgroundRuns(dock);
    m_backgroundRuns->track(m_progress);
    dock->addBackgroundPanel(m_backgroundRuns);
    // The run just hidden must be seen going on: the dock comes to the front (raise() also picks its tab).
    connect(m_backgroundRuns, &BackgroundRuns::rowAdded, dock, [dock] {
        dock->show();
        dock->raise();
    });
    // The tray, as for job runs (not the status bar: the refresh after every outcome overwrites it at once).
    connect(m_backgroundRuns, &BackgroundRuns::notificationRequested, dock, &JobsDock::notify);
    connect(m_backgroundRuns, &BackgroundRuns::runEnded, this, [this] {
        if (m_quitWhenCanceled && !m_backgroundRuns->hasRunning())
            QTimer::singleShot(0, this, [this] { close(); }); // after the outcome's other handlers
    });
}

void MainWindow::watchOperations()
{
    for (OperationManagerBase* manager :
        std::initializer_list<OperationManagerBase*> {m_services.backup, m_services.restore, m_services.clear}) {
        connect(manager, &OperationManagerBase::started, this, &MainWindow::updateActions);
        connect(manager, &OperationManagerBase::planReady, this, &MainWindow::updateActions);
        connect(manager, &OperationManagerBase::finished, this, &MainWindow::updateActions);
        connect(manager, &OperationManagerBase::failed, this, &MainWindow::updateActions);
        connect(manager, &OperationManagerBase::canceled, this, &MainWindow::updateActions);
    }
}

QMenu* MainWindow::createLanguageMenu()
{
    // The language is read once at start (app/gui/main.cpp): retranslating every open dialog live is not worth its
    // complexity for a choice made once, so the change applies after a restart.
    auto* settingsMenu = new QMenu(tr("&Settings"), this);
    settingsMenu->setObjectName(u"settingsMenu"_s);
    auto* languageMenu = settingsMenu->addMenu(tr("&Language"));
    languageMenu->setObjectName(u"languageMenu"_s);
    auto* group = new QActionGroup(languageMenu);
    const QString current = m_services.settings->value(u"language"_s).toString();
    auto add = [&](const QString& code, const QString& text) {
        QAction* a = languageMenu->addAction(text);
        a->setObjectName(u"language_"_s + (code.isEmpty() ? u"system"_s : code));
        a->setCheckable(true);
        a->setChecked(code == current);
        a->setData(code);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, code] {
            if (m_services.settings->value(u"language"_s).toString() == code)
                return;
            m_services.settings->setValue(u"language"_s, code);
            Dialogs::question(
                this, tr("Language"), tr("The new language is used when Colvault starts again. Restart it now?"),
                [this](QMessageBox::StandardButton answer) {
                    if (answer == QMessageBox::Yes)
                        restartApplication();
                },
                tr("&Restart Now"));
        });
    };
    add(QString(), tr("System Default"));
    languageMenu->addSeparator();
    for (const QString& code : Translations::available()) {
        // Each language in its own name, so a user who cannot read the current one still finds theirs.
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        add(code, name);
    }
    return settingsMenu;
}

void MainWindow::restartApplication()
{
    if (isBusy() || !close())
        return; // a running job is not given up for a language
    m_services.settings->sync();
    QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
    QCoreApplication::quit();
}

void MainWindow::reloadProfiles(const QString& select)
{
    const QSignalBlocker block(m_profileCombo);
    m_profileCombo->clear();
    for (const QString& name : m_profiles->names())
        m_profileCombo->addItem(name);
    const int index = m_profileCombo->findText(select);
    if (index >= 0)
        m_profileCombo->setCurrentIndex(index);
}

void MainWindow::editProfile(bool asNew)
{
    if (m_secretsBusy)
        return; // the keychain is still answering for the last save or connect
    if (!m_connectionDialog) {
        m_connectionDialog = new ConnectionDialog(this);
        connect(m_connectionDialog, &QDialog::accepted, this, [this] {
            const ConnectionProfile p = m_connectionDialog->profile();
            m_secretsBusy = true;
            updateActions();
            KeychainSecrets held;
            held.key = !m_connectionDialog->apiKey().isEmpty();
            held.headers = !p.extraHeaders.isEmpty();
            held.proxyPassword = !p.storedProxyPassword().isEmpty();
            m_profiles->save(p, m_connectionDialog->apiKey(), this, [this, name = p.name, held](const QString& error) {
                m_secretsBusy = false;
                if (!error.isEmpty()) {
                    appendLog(tr("Could not store the secrets of this connection in the keychain: %1").arg(error));
                    // Said once, where it happens: otherwise the server's "needs an API key" is all the user sees.
                    Dialogs::information(this, tr("Keychain Not Available"), keychainMessage(held, error));
                }
                connectToProfile(name);
            });
            reloadProfiles(p.name);
        });
    }
    const QString current = m_profileCombo->currentText();
    if (asNew || current.isEmpty()) {
        ConnectionProfile p;
        p.name = current.isEmpty() ? tr("Local") : QString();
        m_connectionDialog->setProfile(p, QByteArray());
        m_connectionDialog->open();
        return;
    }
    m_profiles->load(current, this, [this](const ConnectionProfile& p, const QByteArray& key, const QString& error) {
        if (!error.isEmpty())
            appendLog(tr("Could not read the secrets of this connection from the keychain: %1").arg(error));
        m_connectionDialog->setProfile(p, key);
        m_connectionDialog->open();
    });
}

void MainWindow::deleteProfile()
{
    const QString name = m_profileCombo->currentText();
    if (name.isEmpty() || !m_deleteProfileAction->isEnabled())
        return;
    // The proxy password is named only when the profile may have one: a manual proxy with a user.
    const ProxySettings proxy = m_profiles->profile(name).proxy;
    const bool proxyPassword = proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty();
    QString question;
    if (proxyPassword)
        //: %1 profile name
        question = tr("Delete the connection profile %1? Its API key, extra headers and proxy password are removed "
                      "from the keychain too.")
                       .arg(name);
    else
        //: %1 profile name
        question = tr("Delete the connection profile %1? Its API key and extra headers are removed from the keychain "
                      "too.")
                       .arg(name);
    Dialogs::question(
        this, tr("Delete Connection"), question,
        [this, name](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes || !m_profiles->contains(name))
                return;
            m_profiles->remove(name, this);
            if (m_profiles->lastUsed() == name)
                m_profiles->setLastUsed(QString());
            //: %1 profile name
            appendLog(tr("Deleted the connection profile %1.").arg(name));
            if (name != m_profileName) {
                reloadProfiles(m_profileName);
                updateActions();
                return;
            }
            // Its server is no longer named anywhere: nothing may act on it.
            m_pendingProfile.clear();
            if (m_services.loader->isRunning())
                m_services.loader->cancel();
            m_profileName.clear();
            m_endpoint = {};
            m_connected = false;
            m_collections.clear();
            m_model->setCollections({});
            reloadProfiles(QString());
            {
                const QSignalBlocker block(m_profileCombo);
                m_profileCombo->setCurrentIndex(-1);
            }
            m_serverLabel->setText(tr("Connect to a Weaviate server to back up, restore or clear its collections."));
            m_connectionLabel->setText(tr("Not connected"));
            statusBar()->clearMessage();
            updateActions();
        },
        tr("&Delete"));
}

QString MainWindow::keychainMessage(KeychainSecrets held, const QString& error)
{
    // Names only what the profile has: a key alone must not be told about headers, a proxy password alone about
    // neither.
    if (!held.proxyPassword) {
        if (held.key && !held.headers)
            //: %1 the keychain's error message
            return tr("The API key cannot be stored in the system keychain (%1). Colvault uses it until it quits; "
                      "enter it again after the next start.")
                .arg(error);
        if (held.headers && !held.key)
            //: %1 the keychain's error message
            return tr("The extra headers cannot be stored in the system keychain (%1). Colvault uses them until it "
                      "quits; enter them again after the next start.")
                .arg(error);
        //: %1 the keychain's error message
        return tr("The API key and the extra headers cannot be stored in the system keychain (%1). Colvault uses "
                  "them until it quits; enter them again after the next start.")
            .arg(error);
    }
    if (!held.key && !held.headers)
        //: %1 the keychain's error message
        return tr("The proxy password cannot be stored in the system keychain (%1). Colvault uses it until it quits; "
                  "enter it again after the next start.")
            .arg(error);
    if (held.key && !held.headers)
        //: %1 the keychain's error message
        return tr("The API key and the proxy password cannot be stored in the system keychain (%1). Colvault uses "
                  "them until it quits; enter them again after the next start.")
            .arg(error);
    if (held.headers && !held.key)
        //: %1 the keychain's error message
        return tr("The extra headers and the proxy password cannot be stored in the system keychain (%1). Colvault "
                  "uses them until it quits; enter them again after the next start.")
            .arg(error);
    //: %1 the keychain's error message
    return tr("The API key, the extra headers and the proxy password cannot be stored in the system keychain (%1). "
              "Colvault uses them until it quits; enter them again after the next start.")
        .arg(error);
}

QIcon MainWindow::applicationIcon()
{
    // The theme's icon when the desktop has one (installed with the .desktop file), else the built-in set: the
    // SVG scales to any size and device pixel ratio, the PNGs are hinted for the small sizes.
    QIcon builtIn(u":/icons/colvault.svg"_s);
    for (int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(u":/icons/%1x%1/colvault.png"_s.arg(size), QSize(size, size));
    return QIcon::fromTheme(u"colvault"_s, builtIn);
}

void MainWindow::connectToProfile(const QString& name)
{
    if (name.isEmpty()) {
        editProfile(true);
        return;
    }
    const bool inFlight = m_services.loader->isRunning() || m_secretsBusy;
    if (inFlight && name == m_profileName && m_pendingProfile.isEmpty())
        return; // already connecting to it
    const ConnectionProfile p = m_profiles->profile(name);
    m_profiles->setLastUsed(name);
    showConnecting(name, p.url);
    if (inFlight) {
        // The answer for the profile chosen before no longer matters.
        m_pendingProfile = name;
        m_services.loader->cancel();
        return;
    }
    m_secretsBusy = true;
    updateActions();
    m_profiles->load(name, this, [this](const ConnectionProfile& loaded, const QByteArray& key, const QString& error) {
        m_secretsBusy = false;
        if (startPendingConnect())
            return;
        if (!error.isEmpty())
            appendLog(tr("Could not read the secrets of this connection from the keychain: %1").arg(error));
        m_endpoint = loaded.endpoint(key);
        // A manual proxy is named: whoever debugs a corporate proxy needs to see which one was used.
        if (m_endpoint.proxy.mode == ProxySettings::Mode::Manual) {
            QUrl proxy = m_endpoint.proxy.url;
            proxy.setUserInfo(QString());
            //: %1 the server's URL, %2 the proxy's address
            appendLog(tr("Connecting to %1 through the proxy %2.")
                          .arg(m_endpoint.redactedUrl(), proxy.toDisplayString(QUrl::RemovePath)));
        } else {
            appendLog(tr("Connecting to %1.").arg(m_endpoint.redactedUrl()));
        }
        m_services.loader->load(m_endpoint);
        updateActions();
    });
}

void MainWindow::showConnecting(const QString& name, const QUrl& url)
{
    {
        const QSignalBlocker block(m_profileCombo);
        m_profileCombo->setCurrentIndex(m_profileCombo->findText(name));
    }
    m_profileName = name;
    m_endpoint = {};
    m_endpoint.url = url;
    m_connected = false;
    m_collections.clear();
    m_model->setCollections({});
    m_serverLabel->setText(tr("Connecting to %1…").arg(url.toDisplayString()));
    statusBar()->showMessage(m_serverLabel->text());
    //: %1 profile name, %2 server URL
    m_connectionLabel->setText(tr("Connecting: %1 at %2…").arg(name, url.toDisplayString()));
    updateActions();
}

bool MainWindow::startPendingConnect()
{
    if (m_pendingProfile.isEmpty())
        return false;
    // On the next turn: the loader that just answered may not count as idle yet inside its own signal.
    QTimer::singleShot(0, this, [this, name = std::exchange(m_pendingProfile, QString())] { connectToProfile(name); });
    return true;
}

QString MainWindow::serverTitle() const
{
    //: %1 connection profile name, %2 server URL
    return tr("%1 at %2", "profile at URL").arg(m_profileName, m_endpoint.redactedUrl());
}

void MainWindow::refresh()
{
    if (!m_connected || m_services.loader->isRunning())
        return;
    statusBar()->showMessage(tr("Refreshing…"));
    m_services.loader->load(m_endpoint);
    updateActions();
}

void MainWindow::onLoaded(const ServerOverview& overview)
{
    if (startPendingConnect())
        return; // the answer of a server the user has left already
    const QStringList selected = selectedCollections();
    m_connected = true;
    m_collections = overview.collections;
    m_model->setCollections(overview.collections);
    QStringList names;
    for (const CollectionSummary& c : overview.collections)
        names << c.name;
    m_jobsDock->setServerCollections(m_profileName, names); // the job editor's checklist for this connection
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (selected.contains(m_proxy->index(row, 0).data(Qt::UserRole).toString()))
            m_table->selectionModel()->select(
                m_proxy->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    // All but the last column: sizing the stretched last column stops its stretch until the window is resized,
    // which left a grey strip after every refresh. It fills the rest, elided on one line, its tooltip in full.
    for (int column = 0; column + 1 < m_proxy->columnCount(); ++column)
        m_table->resizeColumnToContents(column);

    QString health;
    if (overview.nodes.isEmpty()) {
        health = tr("node health unknown");
    } else {
        qsizetype healthy = 0;
        for (const NodeHealth& n : overview.nodes)
            healthy += n.status == u"HEALTHY" ? 1 : 0;
        //: %Ln healthy nodes, %1 all nodes
        health = tr("%Ln healthy node(s) of %1", nullptr, int(healthy)).arg(QLocale().toString(overview.nodes.size()));
    }
    const QString modules = overview.server.modules.isEmpty() ? tr("none", "modules")
                                                              : QLocale().createSeparatedList(overview.server.modules);
    //: %1 server URL, %2 Weaviate version, %3 node health, %4 list of modules
    m_serverLabel->setText(tr("Connected to %1: Weaviate %2, %3. Modules: %4.")
                               .arg(m_endpoint.redactedUrl(), overview.server.versionString, health, modules));
    const int n = int(overview.collections.size());
    statusBar()->showMessage(tr("%Ln collection(s)", nullptr, n));
    //: %1 connection profile name, %2 server URL
    m_connectionLabel->setText(tr("Connected: %1 at %2").arg(m_profileName, m_endpoint.redactedUrl()));
    appendLog(m_serverLabel->text());
    if (!overview.nodesError.isEmpty())
        appendLog(tr("Node health is not available: %1").arg(overview.nodesError));
    updateActions();
}

void MainWindow::onLoadFailed(const OpError& error)
{
    if (startPendingConnect())
        return;
    m_connected = false;
    m_collections.clear();
    m_connectionLabel->setText(tr("Not connected"));
    m_model->setCollections({});
    m_serverLabel->setText(error.message);
    statusBar()->clearMessage(); // the connection label at its right end says "Not connected" already
    appendLog(error.message);
    if (!error.details.isEmpty())
        appendLog(error.details);
    updateActions();
}

QStringList MainWindow::selectedCollections() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows(CollectionsModel::NameColumn);
    for (const QModelIndex& index : rows)
        names.append(index.data(Qt::UserRole).toString());
    return names;
}

void MainWindow::appendLog(const QString& line)
{
    m_log->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), line));
}

void MainWindow::updateActions()
{
    const bool loading = m_services.loader->isRunning() || m_secretsBusy;
    const bool busy = isBusy();
    m_connectAction->setEnabled(!loading);
    m_newProfileAction->setEnabled(!m_secretsBusy);
    m_editProfileAction->setEnabled(!m_secretsBusy);
    m_deleteProfileAction->setEnabled(!m_secretsBusy && m_profileCombo->count() > 0 && !isBusy());
    m_refreshAction->setEnabled(m_connected && !loading);
    m_cancelConnectButton->setVisible(m_services.loader->isRunning() && !m_connected);
    m_backupAction->setEnabled(m_connected && !loading && !busy && !m_collections.isEmpty());
    m_restoreAction->setEnabled(m_connected && !busy);
    m_openArchiveAction->setEnabled(!busy);
    m_openFromS3Action->setEnabled(!busy);
    // As Back Up…: the wizard's first page picks the collections (the selected rows preselected), so a missing
    // selection is no reason to grey it out.
    m_clearAction->setEnabled(m_connected && !loading && !busy && !m_collections.isEmpty());
    m_copyAction->setEnabled(m_connected && !loading && !busy && !m_collections.isEmpty());
    m_saveJobAction->setEnabled(m_connected && !loading && !m_collections.isEmpty());
    m_aliasesAction->setEnabled(m_connected && !loading); // the dialog says when the server has no aliases
    showWhyBusy(busy);
}

void MainWindow::showWhyBusy(bool busy)
{
    if (m_idleToolTips.isEmpty())
        for (QAction* action : {m_backupAction, m_restoreAction, m_clearAction, m_copyAction, m_openArchiveAction,
                 m_openFromS3Action, m_deleteProfileAction})
            m_idleToolTips.insert(action, action->toolTip());
    // Only a backup can be running while the window is usable (in the background); the others keep their dialog.
    const QString why = m_services.backup->isRunning()
        ? tr("Not available while a backup is running. Its progress is in the Jobs dock.")
        : tr("Not available while another operation is running.");
    for (auto it = m_idleToolTips.cbegin(); it != m_idleToolTips.cend(); ++it)
        it.key()->setToolTip(busy && !it.key()->isEnabled() ? why : it.value());
}

void MainWindow::openBackupDialog()
{
    if (!m_backupAction->isEnabled())
        return;
    if (!m_backupDialog) {
        m_backupDialog = new BackupDialog(m_services.backup, m_progress, m_services.settings, this);
        m_backupDialog->setStorageProfiles(m_storageProfiles);
        connect(m_backupDialog, &BackupDialog::logMessage, this, &MainWindow::appendLog);
    }
    m_backupDialog->setup(m_endpoint, m_collections, selectedCollections(), serverTitle());
    m_backupDialog->open();
}

bool MainWindow::isBusy() const
{
    return m_services.backup->isRunning() || m_services.restore->isRunning() || m_services.clear->isRunning()
        || (m_copyManager && m_copyManager->isRunning());
}

void MainWindow::openClearWizard()
{
    if (!m_clearAction->isEnabled())
        return;
    if (!m_clearWizard) {
        m_clearWizard = new ClearWizard(m_services.clear, this);
        m_clearWizard->setSettings(m_services.settings);
        m_clearWizard->setStorageProfiles(m_storageProfiles);
        connect(m_clearWizard, &ClearWizard::logMessage, this, &MainWindow::appendLog);
        connect(m_clearWizard, &ClearWizard::serverChanged, this, [this] { refresh(); });
        // Undo: the restore wizard opens on the pre-clear backup with the cleared collections and the mode set, so
        // the user sees its diff and confirms like any restore.
        connect(m_clearWizard, &ClearWizard::undoRequested, this, [this](const RestoreParams& preset) {
            appendLog(tr("Undoing the clear with the backup %1.").arg(QDir::toNativeSeparators(preset.archivePath)));
            showRestoreWizard(preset.archivePath, &preset);
        });
    }
    m_clearWizard->setup(m_endpoint, m_collections, selectedCollections());
    //: %1 "profile at URL", the server the wizard clears
    m_clearWizard->setWindowTitle(tr("Clear Collections on %1").arg(serverTitle()));
    m_clearWizard->open();
}

void MainWindow::openCopyWizard()
{
    if (!m_copyAction->isEnabled())
        return;
    if (!m_copyWizard) {
        m_copyManager = new CopyManager(this);
        m_copyWizard = new CopyWizard(m_copyManager, m_profiles, this);
        connect(m_copyWizard, &CopyWizard::logMessage, this, &MainWindow::appendLog);
        connect(m_copyWizard, &CopyWizard::serverChanged, this, [this] { refresh(); });
    }
    m_copyWizard->setup(m_endpoint, m_profileName, m_collections, selectedCollections());
    //: %1 "profile at URL", the server the collections are copied from
    m_copyWizard->setWindowTitle(tr("Copy Collections from %1").arg(serverTitle()));
    m_copyWizard->open();
}

void MainWindow::openAliasesDialog()
{
    if (!m_aliasesAction->isEnabled())
        return;
    if (!m_aliasesDialog) {
        m_aliasesDialog = new AliasesDialog(this);
        connect(m_aliasesDialog, &AliasesDialog::logMessage, this, &MainWindow::appendLog);
    }
    QStringList names;
    for (const CollectionSummary& c : std::as_const(m_collections))
        names << c.name;
    m_aliasesDialog->setup(m_endpoint, names, serverTitle());
    m_aliasesDialog->open();
}

// The job editor, filled with this connection and the selected collections (none: all of them).
void MainWindow::saveAsJob()
{
    Job preset;
    preset.profile = m_profileName;
    preset.collections = selectedCollections();
    m_jobsDock->show();
    m_jobsDock->raise();
    m_jobsDock->newJob(preset);
}

void MainWindow::openArchive()
{
    if (isBusy())
        return;
    const QString folder = m_services.settings->value(u"lastFolder"_s).toString();
    Dialogs::openFileName(this, tr("Open Archive"), folder,
        tr("Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar *.age);;All files (*)"), [this](const QString& path) {
            if (path.isEmpty() || isBusy())
                return;
            inspectThenOpen(path);
        });
}

void MainWindow::openArchiveFromS3()
{
    if (isBusy())
        return;
    auto* dialog = new StorageArchiveDialog(m_storageProfiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StorageArchiveDialog::archiveChosen, this, [this](const QString& path) {
        if (!isBusy())
            inspectThenOpen(path);
    });
    dialog->open();
}

void MainWindow::editStorageProfiles()
{
    auto* dialog = new StorageProfileDialog(m_storageProfiles, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::inspectThenOpen(const QString& path, const AgeDecryptionKeys& keys)
{
    if (m_inspecting)
        return;
    m_inspecting = true;
    statusBar()->showMessage(tr("Reading %1…").arg(S3Archive::displayPath(path)));
    struct Inspected
    {
        OpError error;
        bool encrypted = false; // and the keys do not open it: the wizard asks for one
    };
    auto* watcher = new QFutureWatcher<Inspected>(this);
    connect(watcher, &QFutureWatcher<Inspected>::finished, this, [this, watcher, path, keys] {
        watcher->deleteLater();
        m_inspecting = false;
        statusBar()->clearMessage();
        const OpError error = watcher->result().error;
        if (error.isError() && !watcher->result().encrypted) {
            // Refused before any wizard opens: a file that is not an archive has nothing to show in one.
            appendLog(error.details.isEmpty() ? error.message : u"%1 %2"_s.arg(error.message, error.details));
            // Most readers' messages name the file already; it is said once.
            const QString file = S3Archive::displayPath(path);
            //: %1 file name, %2 why it cannot be read (one sentence)
            const QString text = tr("%1 cannot be opened as a Colvault archive. %2").arg(file, error.message);
            Dialogs::information(this, tr("Open Archive"), error.message.contains(file) ? error.message : text);
            return;
        }
        if (isBusy())
            return;
        appendLog(tr("Opened archive %1.").arg(S3Archive::displayPath(path)));
        showRestoreWizard(path, nullptr, keys);
    });
    // The inspector reads files (slow disks, network shares): never on the GUI thread. It captures nothing of the
    // window.
    watcher->setFuture(QtConcurrent::run([path, keys] {
        ArchiveInspection inspection;
        Inspected r;
        r.error = ArchiveInspector::inspect(path, &inspection, keys);
        // A missing or wrong key (Usage, Auth) of an encrypted archive is asked for in the wizard.
        if (r.error.code == OpError::Code::Usage || r.error.code == OpError::Code::Auth)
            r.encrypted = ArchiveReader::encryptionOf(path) != ArchiveReader::Encryption::None;
        return r;
    }));
}

void MainWindow::showRestoreWizard(const QString& path, const RestoreParams* preset, const AgeDecryptionKeys& keys)
{
    if (!m_restoreWizard) {
        m_restoreWizard = new RestoreWizard(m_services.restore, m_services.archive, this);
        connect(m_restoreWizard, &RestoreWizard::logMessage, this, &MainWindow::appendLog);
        connect(m_restoreWizard, &RestoreWizard::serverChanged, this, [this] { refresh(); });
    }
    m_restoreWizard->setTarget(m_endpoint, m_connected);
    if (preset)
        m_restoreWizard->openArchive(path, *preset);
    else
        m_restoreWizard->openArchive(path, keys);
    if (m_connected)
        //: %1 the archive's file name, %2 "profile at URL", the server it is restored to
        m_restoreWizard->setWindowTitle(tr("Restore %1 to %2").arg(QFileInfo(path).fileName(), serverTitle()));
    m_restoreWizard->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_backgroundRuns->hasRunning()) {
        event->ignore();
        askToQuitWhileRunning();
        return;
    }
    m_services.settings->setValue(u"mainWindow/geometry"_s, saveGeometry());
    m_services.settings->setValue(u"mainWindow/state"_s, saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::askToQuitWhileRunning()
{
    if (m_quitWhenCanceled)
        return; // canceling already; the window closes when it is done
    Dialogs::question(
        this, tr("Quit Colvault"),
        tr("A backup is still running in the background. Cancel it and quit Colvault? Choose No to keep it running."),
        [this](QMessageBox::StandardButton answer) {
            if (answer != QMessageBox::Yes)
                return;
            if (!m_backgroundRuns->hasRunning()) {
                close(); // it ended while the question was open
                return;
            }
            m_quitWhenCanceled = true;
            statusBar()->showMessage(tr("Canceling the backup, then quitting…"));
            m_backgroundRuns->cancelAll();
        },
        tr("Cancel and &Quit"));
}

} // namespace Colvault
