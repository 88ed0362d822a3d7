// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Colvault {

class SecretStore;

// Asks for the passphrase (or the age identity) of an encrypted job whose file cannot be read when the app runs it,
// with "Remember in the keychain". A passphrase encrypts the run's archive, so it is typed twice and a mismatch is
// refused; the text is checked as the file would be (JobInputs::checkSecret) before the dialog accepts. The text says
// that this run's archive opens only with what is typed, and that the job's file should be restored. With "Remember"
// checked the secret is written to the keychain before the dialog accepts: a failure is shown in the dialog, with the
// keychain's reason, and the box unchecked, so that the user decides before the run starts.
// GUI thread. Usage: auto* d = new JobSecretDialog(job, why, parent); d->setKeychain(store, key); connect accepted →
// secret(), remembered(); d->open().
class JobSecretDialog : public QDialog
{
    Q_OBJECT

public:
    // `why`: the reason the job's file could not be read (one sentence).
    JobSecretDialog(const Job& job, const QString& why, QWidget* parent = nullptr);

    // A passphrase for a job with a passphrase file, else an identity's text.
    bool asksPassphrase() const { return m_passphrase; }
    QByteArray secret() const;
    bool remember() const;
    // True once accepted with the secret written to the keychain.
    bool remembered() const { return m_remembered; }
    // Where "Remember" writes the secret, under `key`. Without a store there is nothing to remember in: the box is
    // hidden.
    void setKeychain(SecretStore* store, const QString& key);
    void accept() override;

private:
    void showError(const QString& message, QLineEdit* field);
    void writeToKeychain();
    QString introText(const QString& why) const;

    Job m_job;
    bool m_passphrase;
    QLineEdit* m_edit;
    QLineEdit* m_repeat; // a passphrase is typed twice: it encrypts
    QCheckBox* m_remember;
    QLabel* m_error;
    QPushButton* m_run = nullptr;
    SecretStore* m_store = nullptr;
    QString m_key;
    bool m_remembered = false;
};

} // namespace Colvault
