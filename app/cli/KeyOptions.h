// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>

namespace Colvault::Cli {

class CliContext;

// The options that encrypt a backup with age: --encrypt-to RECIPIENT (repeatable) or --passphrase-file F.
// Thread: the CLI's thread. Usage: a command adds options() to its parser, then read() fills BackupParams.
class EncryptionOptions
{
    Q_DECLARE_TR_FUNCTIONS(EncryptionOptions)

public:
    EncryptionOptions();

    QList<QCommandLineOption> options() const { return {m_encryptTo, m_passphraseFile}; }
    // Empty keys when neither option is given. Returns false after printing a usage error.
    bool read(CliContext& context, const QCommandLineParser& parser, AgeEncryptionKeys* keys) const;

private:
    const QCommandLineOption m_encryptTo;
    const QCommandLineOption m_passphraseFile;
};

// The options that open an encrypted archive: --identity FILE (repeatable) and --passphrase-file F. Shared by
// inspect, verify and restore, so that all three say the same thing about a missing key.
// Thread: the CLI's thread. Usage: a command adds options() to its parser, then read() with the archive's path.
class DecryptionOptions
{
    Q_DECLARE_TR_FUNCTIONS(DecryptionOptions)

public:
    DecryptionOptions();

    QList<QCommandLineOption> options() const { return {m_identity, m_passphraseFile}; }
    // The keys given. When none is given and `archive` is encrypted, says which option it needs: one line, before
    // anything is read or planned. Returns false after printing a usage error.
    bool read(
        CliContext& context, const QCommandLineParser& parser, const QString& archive, AgeDecryptionKeys* keys) const;

private:
    bool readIdentityFile(CliContext& context, const QString& path, QList<AgeIdentity>* identities) const;

    const QCommandLineOption m_identity;
    const QCommandLineOption m_passphraseFile;
};

} // namespace Colvault::Cli
