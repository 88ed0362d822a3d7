// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveReader.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace Colvault {

// "This archive is encrypted": asks for what opens an age archive, its passphrase or an age identity (the path of an
// identity file, or its AGE-SECRET-KEY-1… line pasted). The archive's kind, read from its header, preselects the
// choice. OK reads the identity file on a worker (JobInputs::readKeys, as a job's files are read) and accepts only
// when it holds an identity; whether the key opens the archive is the caller's to try, and a wrong key opens a new
// dialog with setProblem(). Nothing here writes anything or keeps the secret.
// GUI thread. Usage: auto* d = new ArchiveKeyDialog(path, kind, parent); d->setProblem(error.message) after a wrong
// key; connect accepted → keys(); d->open().
class ArchiveKeyDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveKeyDialog(const QString& archive, ArchiveReader::Encryption kind, QWidget* parent = nullptr);

    // One line in red above the buttons: why the last key did not open the archive.
    void setProblem(const QString& message);
    // The identity file given last time, so a second try does not ask for it again.
    void setIdentityFile(const QString& path);
    QString identityFile() const; // empty when an identity was pasted or a passphrase chosen
    bool usesPassphrase() const;
    AgeDecryptionKeys keys() const { return m_keys; }

    void accept() override;

private:
    void fitHeight(); // tall enough for its wrapped lines at its width
    QWidget* passphraseRow();
    QWidget* identityRow();
    void updateChoice();
    void browse();

    QRadioButton* m_passphraseChoice;
    QRadioButton* m_identityChoice;
    QLineEdit* m_passphrase;
    QLineEdit* m_identity;
    QPushButton* m_browse;
    QPushButton* m_ok;
    QLabel* m_problem;
    AgeDecryptionKeys m_keys;
    bool m_reading = false;
};

} // namespace Colvault
