// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobHistory.h"
#include "core/JobStore.h"
#include "core/OpError.h"
#include "widgets/JobInputs.h"

#include <QDateTime>
#include <QDockWidget>
#include <QList>
#include <QStringList>

class QFileSystemWatcher;
class QFrame;
class QLabel;
class QPushButton;
class QSettings;
class QStackedWidget;
class QSystemTrayIcon;
class QTableView;
class QTimer;
class QVBoxLayout;

namespace Colvault {

class JobHistoryModel;
class JobListModel;
class JobProgressDialog;
class JobRunManager;
class ProfileStore;
class SecretStore;
struct JobResult;
struct JobRunReport;

// The Jobs dock: the saved jobs of the job store colvault-cli uses (JobStore, $COLVAULT_CONFIG_DIR or the default),
// each with its schedule, next run and last result, and the runs of the selected job (start, duration, result,
// counts, archive, size). Run Now runs a job as its schedule does (JobRunManager, with the progress dialog; the API
// key from the keychain when the job names a connection profile of the same server, else from the job's file); Open
// Log; Restore from This Archive (restoreRequested: the main window opens its restore wizard); New Job and Edit Job
// (JobEditorDialog: saved and scheduled as colvault-cli does); Delete Job (asks; the job's keychain entries go too). An
// encrypted job whose passphrase or identity cannot be read from its files asks for it (JobSecretDialog) and may keep
// it in the keychain, which later runs from the app use before the files. A
// failed run the app has not shown yet (a scheduled one, typically) appears in an info bar, and the dock comes to the
// front; Dismiss remembers it in the settings. A run started here ends with a desktop notification where the desktop
// has a system tray. The store is read on a worker, again whenever its files change.
// GUI thread. Usage: new JobsDock(manager, profiles, settings, window); addDockWidget(…); connect logMessage and
// restoreRequested.
class JobsDock : public QDockWidget
{
    Q_OBJECT

public:
    // `profiles` may be null (no keychain keys); `settings` keeps the failures already shown.
    JobsDock(JobRunManager* manager, ProfileStore* profiles, QSettings* settings, QWidget* parent = nullptr);
    ~JobsDock() override;

    JobStore store() const { return m_store; }
    // Reads the jobs and the history again, on a worker; the tables follow when it is done.
    void reload();
    bool isLoading() const { return m_loading > 0; }
    // Where a job's passphrase or identity is kept (JobSecrets' keys); none: they are asked for at every run.
    void setSecretStore(SecretStore* secrets) { m_secrets = secrets; }
    // The connected server's collections, offered as a checklist in the job editor for jobs of `profile`.
    void setServerCollections(const QString& profile, const QStringList& collections);
    // Opens the job editor for a new job with the fields of `preset` (e.g. the current connection and selection).
    void newJob(const Job& preset = Job());
    void editSelected();
    // Puts `panel` at the top of the dock's content, above the failed-run bar and the jobs (below the panels added
    // before); the dock takes ownership. A hidden panel takes no room. For the backups hidden from their progress
    // dialog.
    void addBackgroundPanel(QWidget* panel);
    // A desktop notification (the system tray's) when there is a tray: job runs and backups run in the background.
    void notify(const QString& text);

Q_SIGNALS:
    void logMessage(const QString& line);
    // `keys`: the job's own passphrase or identities when they could be read (empty otherwise), to open an encrypted
    // archive without asking.
    void restoreRequested(const QString& archivePath, const Colvault::AgeDecryptionKeys& keys);

private:
    struct Loaded
    {
        QList<Job> jobs;
        OpError error;
        QList<JobRunRecord> history; // every job's, oldest first
    };

    QWidget* createScrolledContents();
    QWidget* createJobsPage();
    void createJobsPanel(QWidget* parent); // the jobs table and New, Edit, Run Now, Delete
    void createHistoryPanel(QWidget* parent); // the runs table, the run's details, Open Log and Restore
    void connectJobsPage(); // the tables' selections and the buttons
    QWidget* createNotice();
    QWidget* createEmptyPage();
    void watchStore();
    void onLoaded(const Loaded& loaded);
    void showHistory();
    void showRecordDetails();
    void updateButtons();
    const Job* selectedJob() const;
    void restoreWithJobKeys(const QString& jobId, const QString& archive);
    const JobRunRecord* selectedRecord() const;

    void runSelected();
    void readJobSecret(const Job& job, JobSecrets secrets);
    void checkJobFiles(const Job& job, const JobSecrets& secrets);
    void askJobSecret(const Job& job, JobSecrets secrets, const QString& why);
    void startRun(const Job& job, const JobSecrets& secrets);
    void openEditor(const Job& job, bool editing);
    void onSaved(const Job& job, const QStringList& notes, const QStringList& files);
    void onRunEnded();
    JobResult resultFor(const Job& job, const JobRunReport& report) const;
    void openLog();
    void restoreFromArchive();
    void deleteSelected();
    void deleteJob(const Job& job);
    void removeJobSecrets(const Job& job);
    // Whether the keychain keeps `key` (JobSecrets' keys) for the app: only then is it read, so that a job that uses
    // its files asks the keychain nothing (and logs no keychain miss).
    bool isRemembered(const QString& key) const;
    void setRemembered(const QString& key, bool remembered);

    // Failed last runs (by job) newer than the one last shown for that job.
    void updateNotice();
    void acknowledge(const QString& jobId, const QDateTime& start);
    QDateTime acknowledged(const QString& jobId) const;

    JobRunManager* m_manager;
    ProfileStore* m_profiles;
    SecretStore* m_secrets = nullptr;
    QString m_serverProfile;
    QStringList m_serverCollections;
    QSettings* m_settings;
    JobStore m_store;
    QList<Job> m_jobs;
    QList<JobRunRecord> m_history;
    QList<JobRunRecord> m_noticeRuns; // the failed runs the notice tells of
    quint64 m_generation = 0;
    int m_loading = 0;
    bool m_readingSecrets = false;

    JobListModel* m_jobsModel;
    JobHistoryModel* m_historyModel;
    JobProgressDialog* m_progress;
    QVBoxLayout* m_contentsLayout = nullptr;
    int m_backgroundPanels = 0;
    QFrame* m_notice = nullptr;
    QLabel* m_noticeLabel = nullptr;
    QStackedWidget* m_pages = nullptr;
    QLabel* m_emptyLabel = nullptr;
    QTableView* m_jobsTable = nullptr;
    QTableView* m_historyTable = nullptr;
    QLabel* m_historyLabel = nullptr;
    QLabel* m_detailsLabel = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_logButton = nullptr;
    QPushButton* m_restoreButton = nullptr;
    QFileSystemWatcher* m_watcher;
    QTimer* m_reloadTimer;
    QTimer* m_minuteTimer;
    QSystemTrayIcon* m_tray = nullptr;
};

} // namespace Colvault
