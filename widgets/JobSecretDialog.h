// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Colvault {

// Asks for the passphrase (or the age identity) of an encrypted job whose file cannot be read when the app runs it,
// with "Remember in the keychain". A passphrase encrypts the run's archive, so it is typed twice and a mismatch is
// refused; the text is checked as the file would be (JobInputs::checkSecret) before the dialog accepts.
// GUI thread. Usage: auto* d = new JobSecretDialog(job, why, parent); connect accepted → secret(),
// remember(); d->open().
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
    // Without a keychain there is nothing to remember in: the box is hidden.
    void setCanRemember(bool can);
    void accept() override;

private:
    void showError(const QString& message, QLineEdit* field);

    Job m_job;
    bool m_passphrase;
    QLineEdit* m_edit;
    QLineEdit* m_repeat; // a passphrase is typed twice: it encrypts
    QCheckBox* m_remember;
    QLabel* m_error;
};

} // namespace Colvault
