// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobStore.h"
#include "core/OpError.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTimeEdit;

namespace Colvault {

class ProfileStore;

// Creates or edits a saved job, as `colvault-cli job create [--replace]` and `job schedule` do (docs/jobs.md): name,
// connection profile (the job's connection is derived from it; no secret is saved, the API key and proxy password
// files are only named), collections (a checklist of the connected server's, else free text) and tenants, backup
// options, folder, file-name pattern with a preview of the next archive's name, retention, encryption and schedule.
// OK checks the job with the core's checks (Job::check, JobEncryption::checkIdentities, the files it names read as a
// run reads them), saves it and applies the schedule through JobScheduler on a worker; on any error nothing is saved
// (a schedule that fails undoes the save) and the error is shown in the dialog. Editing keeps the job's id, creation
// time and name (JobStore::replace).
// GUI thread. Usage: auto* d = new JobEditorDialog(store, profiles, parent); d->setJob(job, true); connect saved;
// d->open().
class JobEditorDialog : public QDialog
{
    Q_OBJECT

public:
    JobEditorDialog(const JobStore& store, ProfileStore* profiles, QWidget* parent = nullptr);
    ~JobEditorDialog() override;

    // `editing`: a saved job (its name cannot change); else the fields start from `job` for a new one.
    void setJob(const Job& job, bool editing);
    // The connected server's collections: a checklist for jobs of `profile`.
    void setServerCollections(const QString& profile, const QStringList& collections);
    // The colvault-cli a schedule runs; by default the one beside the app.
    void setSchedulerProgram(const QString& program) { m_program = program; }
    static QString defaultSchedulerProgram();

    // The job as the fields give it (the id and creation time of the job edited).
    Job job() const;
    // The archive a run now would write, as the preview shows it.
    QString nextArchive() const;
    // Where a run of `job` at `utc` writes its archive: a native path, or an s3:// key.
    static QString archivePath(const Job& job, const QDateTime& utc);
    bool isSaving() const { return m_saving; }
    void accept() override;

Q_SIGNALS:
    // The job is saved (and scheduled as it says); `notes` are the scheduler's lines worth telling, `files` its files.
    void saved(const Job& job, const QStringList& notes, const QStringList& files);

private:
    // The field a check of the worker found wrong: the dialog shows its tab and focuses it.
    enum class Field
    {
        None,
        Name,
        Folder,
        Level,
        Pattern,
        Files, // a file the job names, or a recipient: found by what the message names
        Identities,
        Schedule,
    };
    struct Saved
    {
        OpError error;
        Field field = Field::None;
        bool folderMissing = false; // the error is that the folder does not exist: offered to be created
        Job job;
        QStringList notes;
        QStringList files;
    };

    QWidget* createGeneralPage();
    QWidget* createArchivePage();
    QWidget* createRetentionPage();
    QWidget* createEncryptionPage();
    QWidget* createSchedulePage();
    QPushButton* browseButton(QLineEdit* edit, bool folder);
    void fillProfiles(const QString& current);
    void showJob(const Job& job);
    void showCollections(const Job& job);
    void updateCollections();
    void updatePreview();
    void updateEnabled();
    void showError(const QString& message, QWidget* field, const QString& details = QString());
    void watchEdits();
    void fieldEdited(QWidget* widget);
    QWidget* fieldOf(const Saved& saved) const;
    void onSaved(const Saved& saved);
    void offerToCreateFolder(const Saved& saved);
    void offerToSaveUnscheduled(const Saved& saved);
    void checkPassphraseFile();
    void createPassphraseFile();
    void writePassphraseFile(const QString& path, const QByteArray& passphrase);

    JobConnection connectionFor(const QString& profile) const;
    QStringList collections() const;
    bool tenants(QMap<QString, QStringList>* out, QString* error) const;
    RetentionPolicy retention() const;
    JobEncryption encryption() const;
    JobSchedule schedule() const;

    // The worker's part: check, save, schedule; undoes the save when the schedule fails.
    static Saved save(const JobStore& store, Job job, bool editing, const QString& program);
    static bool check(const Job& job, Saved* saved);
    static OpError applySchedule(
        const JobStore& store, const QString& program, const JobSchedule& wanted, Job* job, Saved* saved);

    JobStore m_store;
    ProfileStore* m_profiles;
    Job m_base; // the job edited, or the preset of a new one: what the fields do not show is kept from it
    bool m_editing = false;
    bool m_saving = false;
    QString m_program;
    QString m_serverProfile;
    QStringList m_serverCollections;

    QTabWidget* m_tabs = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_profile = nullptr;
    QLabel* m_serverLabel = nullptr;
    QLabel* m_collectionsLabel = nullptr;
    QLineEdit* m_apiKeyFile = nullptr;
    QLineEdit* m_proxyPasswordFile = nullptr;
    QListWidget* m_collectionList = nullptr;
    QLineEdit* m_collectionsEdit = nullptr;
    QPlainTextEdit* m_tenants = nullptr;
    QCheckBox* m_schemaOnly = nullptr;
    QCheckBox* m_noVectors = nullptr;
    QCheckBox* m_activateTenants = nullptr;
    QComboBox* m_compression = nullptr;
    QSpinBox* m_level = nullptr;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_pattern = nullptr;
    QLabel* m_preview = nullptr;
    QHash<QString, QSpinBox*> m_keep; // by rule: last, hourly, …
    QComboBox* m_encryptionMode = nullptr;
    QPlainTextEdit* m_recipients = nullptr;
    QLineEdit* m_passphraseFile = nullptr;
    QPlainTextEdit* m_identityFiles = nullptr;
    QComboBox* m_every = nullptr;
    QComboBox* m_weekday = nullptr;
    QTimeEdit* m_at = nullptr;
    QLabel* m_nextRun = nullptr;
    QLabel* m_error = nullptr;
    QPointer<QWidget> m_errorField; // the field m_error is about: editing it hides the error
    QPushButton* m_passphraseBrowse = nullptr;
    QPushButton* m_addIdentity = nullptr;
    QPushButton* m_passphraseCreate = nullptr;
    QLabel* m_passphraseWarning = nullptr;
    QPushButton* m_okButton = nullptr;
};

} // namespace Colvault
