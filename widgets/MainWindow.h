// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/CollectionsLoader.h"
#include "core/OperationManager.h"

#include <QHash>
#include <QIcon>
#include <QMainWindow>

class QAction;
class QComboBox;
class QDockWidget;
class QLabel;
class QMenu;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSettings;
class QSortFilterProxyModel;
class QTableView;

namespace Colvault {

struct RestoreParams;

class AliasesDialog;
class ArchiveJob;
class BackgroundRuns;
class BackupDialog;
class ClearWizard;
class CollectionsModel;
class ConnectionDialog;
class CopyTask;
class CopyWizard;
class JobProgressDialog;
class JobsDock;
class ProfileStore;
class RestoreWizard;
class SecretStore;
class StorageProfileStore;

// What the main window works with; all owned by the caller (app/gui/main.cpp or a test) and outliving the window.
struct MainWindowServices
{
    QSettings* settings = nullptr; // profiles (no secrets), geometry, last folder
    SecretStore* secrets = nullptr; // API keys and extra headers
    CollectionsLoader* loader = nullptr; // Connect and Refresh
    BackupManager* backup = nullptr;
    RestoreManager* restore = nullptr;
    ClearManager* clear = nullptr;
    ArchiveJob* archive = nullptr; // reads and verifies archives for the restore wizard
};

// The application's main window. GUI thread only. A connection profile picker and Connect, the server's version,
// node health and modules, the collections table (filter, multi-select, context menu) and the actions Backup…,
// Restore…, Clear…, Copy to Server… and Open archive…, a log pane, the Jobs dock and About. Geometry and the last
// profile are remembered. A backup can run in the background (its progress in the Jobs dock) while the collections
// are browsed; the operations that would run beside it are disabled meanwhile, and closing asks first.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(const MainWindowServices& services, QWidget* parent = nullptr);
    ~MainWindow() override;

    // The application icon: the desktop theme's "colvault", else the one built in (SVG plus PNGs, crisp at 2x).
    static QIcon applicationIcon();

    void connectToProfile(const QString& name);
    QStringList selectedCollections() const;
    void appendLog(const QString& line);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    // The constructor's steps, in the order it takes them (widget creation order gives the children's order).
    void createModels(); // the collections model and the proxy that filters and sorts it
    QWidget* createCentralWidget(); // server line, Cancel Connecting, filter and table; not yet set as central
    void createCollectionsTable(QWidget* parent);
    QDockWidget* createLogDock(); // the log pane, docked at the bottom
    void createProgressDialog(); // bound to the backup, restore and clear managers
    void createProfileCombo(); // before createActions(): the toolbar's label is its buddy
    void connectCollectionsTable(); // filter, selection, double-click and context menu
    void connectLoader(); // the connect's outcome, cancel and retries on the server line
    void connectProfileChoice(); // Cancel Connecting, and connecting to the profile chosen in the box
    void migrateProfiles(); // old profiles' extra headers into the keychain, logged
    void createActions();
    void createMenus(QAction* storageAction, QAction* quitAction, QAction* aboutAction);
    void createToolBar(); // the profile box and the main actions; needs createActions() first
    QMenu* createLanguageMenu(); // Settings > Language, saved as "language" and read at start
    void addJobsDock(QDockWidget* logDock);
    // The runs hidden from their progress dialog, at the top of the Jobs dock.
    void addBackgroundRuns(JobsDock* dock);
    // Every manager's start and end updates the actions: a run in the background leaves the window usable.
    void watchOperations();
    void restartApplication(); // the same program with the same arguments, after this window closed
    void reloadProfiles(const QString& select);
    void editProfile(bool asNew);
    // Connection > Delete Connection…: asks, removes the chosen profile and its secrets; the window is then not
    // connected if it was that profile's server.
    void deleteProfile();
    // The secrets a profile gives the keychain to hold.
    struct KeychainSecrets
    {
        bool key = false;
        bool headers = false;
        bool proxyPassword = false;
    };
    // Why the secrets typed into a profile will not be there after a restart, naming only those it has.
    static QString keychainMessage(KeychainSecrets held, const QString& error);
    // Drops what the window knew about the last server: nothing may act on it once another profile is chosen.
    void showConnecting(const QString& name, const QUrl& url);
    // Connects to the profile chosen while another connect was in flight; true when there was one.
    bool startPendingConnect();
    // "profile at URL": the server every action of the window uses, for the status line and the dialogs' titles.
    QString serverTitle() const;
    void refresh();
    void onLoaded(const ServerOverview& overview);
    void onLoadFailed(const OpError& error);
    void updateActions();
    // The tooltip of each action an operation in progress disables says why; the usual one comes back after.
    void showWhyBusy(bool busy);
    // Closing while a run goes on in the background: cancel it and quit once it ended, or keep running.
    void askToQuitWhileRunning();
    void openBackupDialog();
    void openClearWizard();
    void openCopyWizard();
    void openArchive();
    void saveAsJob();
    void openAliasesDialog(); // Collections > Aliases…
    void openArchiveFromS3();
    void editStorageProfiles();
    // Reads the archive's head on a worker and opens the restore wizard only when it is an archive at all.
    // `keys`: what opens the archive when it is encrypted (a job's); the restore wizard asks when they do not.
    void inspectThenOpen(const QString& path, const AgeDecryptionKeys& keys = {});
    // Opens the restore wizard on `path`, preloaded with `preset` when given (the clear wizard's Undo).
    void showRestoreWizard(const QString& path, const RestoreParams* preset, const AgeDecryptionKeys& keys = {});
    bool isBusy() const;

    MainWindowServices m_services;
    ProfileStore* m_profiles;
    StorageProfileStore* m_storageProfiles; // S3 places for backups, restores and the backup before a clear
    WeaviateEndpoint m_endpoint;
    QString m_profileName; // the profile m_endpoint was read from (or is being connected to)
    QString m_pendingProfile; // chosen while a connect was in flight: connected to once that one is over
    bool m_connected = false;
    bool m_secretsBusy = false; // while the keychain answers a save or a connect
    bool m_inspecting = false; // while an archive chosen to open is read
    QList<CollectionSummary> m_collections;

    CollectionsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QComboBox* m_profileCombo;
    QLabel* m_serverLabel;
    QLabel* m_connectionLabel; // permanent in the status bar: the profile and URL every action uses
    QPushButton* m_cancelConnectButton; // visible while connecting
    QLineEdit* m_filter;
    QTableView* m_table;
    QPlainTextEdit* m_log;
    JobProgressDialog* m_progress;
    BackgroundRuns* m_backgroundRuns = nullptr;
    JobsDock* m_jobsDock = nullptr;
    bool m_quitWhenCanceled = false; // "Cancel and Quit" was answered: close once the runs ended
    QHash<QAction*, QString> m_idleToolTips; // of the actions an operation in progress disables
    BackupDialog* m_backupDialog = nullptr;
    ClearWizard* m_clearWizard = nullptr;
    RestoreWizard* m_restoreWizard = nullptr;
    CopyWizard* m_copyWizard = nullptr;
    OperationManager<CopyTask>* m_copyManager = nullptr; // the copy wizard's, created with it
    ConnectionDialog* m_connectionDialog = nullptr;
    AliasesDialog* m_aliasesDialog = nullptr;

    QAction* m_connectAction = nullptr;
    QAction* m_editProfileAction = nullptr;
    QAction* m_newProfileAction = nullptr;
    QAction* m_deleteProfileAction = nullptr;
    QAction* m_refreshAction = nullptr;
    QAction* m_backupAction = nullptr;
    QAction* m_restoreAction = nullptr;
    QAction* m_clearAction = nullptr;
    QAction* m_copyAction = nullptr;
    QAction* m_openArchiveAction = nullptr;
    QAction* m_openFromS3Action = nullptr;
    QAction* m_saveJobAction = nullptr;
    QAction* m_aliasesAction = nullptr;
};

} // namespace Colvault
