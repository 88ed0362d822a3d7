// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/KeyOptions.h"

#include "app/cli/CliContext.h"
#include "core/ArchiveReader.h"

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

EncryptionOptions::EncryptionOptions()
    : m_encryptTo(u"encrypt-to"_s,
        tr("Encrypt the archive with age to this recipient (age1…, as keygen prints it). Repeatable."), u"RECIPIENT"_s)
    , m_passphraseFile(u"passphrase-file"_s,
          tr("Encrypt the archive with age and the passphrase read from this file (one line; \"-\": standard input)."),
          u"FILE"_s)
{
}

bool EncryptionOptions::read(CliContext& context, const QCommandLineParser& parser, AgeEncryptionKeys* keys) const
{
    *keys = AgeEncryptionKeys();
    // age itself refuses the mix: whoever holds the passphrase could otherwise read what looks encrypted to a key.
    if (parser.isSet(m_encryptTo) && parser.isSet(m_passphraseFile)) {
        context.err << tr("Give --encrypt-to or --passphrase-file, not both.") << Qt::endl;
        return false;
    }
    for (const QString& text : parser.values(m_encryptTo)) {
        const std::optional<AgeRecipient> recipient = AgeRecipient::parse(text.trimmed().toUtf8());
        if (!recipient) {
            context.err << tr("\"%1\" is not an age recipient; a recipient starts with age1.").arg(text) << Qt::endl;
            return false;
        }
        if (!keys->recipients.contains(*recipient))
            keys->recipients.append(*recipient);
    }
    return !parser.isSet(m_passphraseFile)
        || context.readPassphraseFile(parser.value(m_passphraseFile), &keys->passphrase);
}

DecryptionOptions::DecryptionOptions()
    : m_identity(u"identity"_s,
        tr("An age identity file (as keygen or age-keygen writes it) to decrypt an encrypted archive. Repeatable."),
        u"FILE"_s)
    , m_passphraseFile(u"passphrase-file"_s,
          tr("Read the passphrase of an encrypted archive from this file (one line; \"-\": standard input)."),
          u"FILE"_s)
{
}

bool DecryptionOptions::read(
    CliContext& context, const QCommandLineParser& parser, const QString& archive, AgeDecryptionKeys* keys) const
{
    *keys = AgeDecryptionKeys();
    for (const QString& path : parser.values(m_identity)) {
        if (!readIdentityFile(context, path, &keys->identities))
            return false;
    }
    if (parser.isSet(m_passphraseFile)
        && !context.readPassphraseFile(parser.value(m_passphraseFile), &keys->passphrase))
        return false;
    if (!keys->isEmpty())
        return true;
    // The reader would refuse too, but only the CLI knows the names of the options that help.
    switch (ArchiveReader::encryptionOf(archive)) {
    case ArchiveReader::Encryption::None:
        return true;
    case ArchiveReader::Encryption::Recipients:
        context.err << tr("The archive \"%1\" is encrypted; give an identity file that can decrypt it with --identity "
                          "FILE.")
                           .arg(archive)
                    << Qt::endl;
        return false;
    case ArchiveReader::Encryption::Passphrase:
        context.err << tr("The archive \"%1\" is encrypted with a passphrase; give it with --passphrase-file FILE.")
                           .arg(archive)
                    << Qt::endl;
        return false;
    }
    return true;
}

bool DecryptionOptions::readIdentityFile(CliContext& context, const QString& path, QList<AgeIdentity>* identities) const
{
    QByteArray text;
    QString error;
    if (!context.readSecretFile(path, &text, &error)) {
        context.err << tr("Cannot read the identity file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    QList<AgeIdentity> read;
    int badLine = 0;
    if (!AgeIdentity::parseFile(text, &read, &badLine)) {
        // The line itself is never printed: it may be a secret key with a typo.
        if (badLine > 0)
            //: %1 is a file name, %2 a line number in it
            context.err
                << tr("%1, line %2: not an age identity (AGE-SECRET-KEY-1…).").arg(path, QString::number(badLine))
                << Qt::endl;
        else
            context.err << tr("The identity file \"%1\" holds no identity.").arg(path) << Qt::endl;
        return false;
    }
    identities->append(read);
    return true;
}

} // namespace Colvault::Cli
