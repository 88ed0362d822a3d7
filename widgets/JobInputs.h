// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobRun.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Colvault {

// Secrets of a run from the app, each used before the file the job names for it (and never saved in the job): the
// API key of the job's connection profile, and the passphrase or age identity the user typed for the job and the app
// keeps in the keychain under passphraseKey() / identityKey(). Empty: the job's file.
struct JobSecrets
{
    QByteArray apiKey;
    QByteArray passphrase;
    QByteArray identity; // the text of an age identity file (AGE-SECRET-KEY-1… lines)

    static QString passphraseKey(const QString& jobId) { return QStringLiteral("job/%1/passphrase").arg(jobId); }
    static QString identityKey(const QString& jobId) { return QStringLiteral("job/%1/identity").arg(jobId); }
};

// What a run of a saved job started from the app needs besides the job (JobRunInputs): the endpoint and the keys,
// read from the files the job names, as colvault-cli reads them for a scheduled run (docs/jobs.md). A job saves no
// secret; the one difference from the CLI is the API key: the app passes the key of the connection profile the job
// names (read from the keychain on the GUI thread) and it is used before the job's API key file; so are a passphrase
// and an identity kept in the keychain for the job (JobSecrets).
// Thread: blocking file reads: call it on a worker, never on the GUI thread.
// Usage: JobRunInputs inputs; if (OpError e = JobInputs::read(job, secrets, &inputs)) … (a Usage error that names
// the file and what is wrong with it, never a secret).
class JobInputs
{
    Q_DECLARE_TR_FUNCTIONS(JobInputs)

public:
    // `secrets.apiKey`: the API key of the job's connection profile, empty when there is none; then the job's API key
    // file, else $WEAVIATE_API_KEY as for the CLI. inputs->logFile is left as it is.
    static OpError read(const Job& job, const JobSecrets& secrets, JobRunInputs* inputs);
    // The encryption keys alone: the recipients, the passphrase (secrets' or the file's) and the identities (secrets'
    // or the files'). What the job editor checks before it saves, and a run reads.
    static OpError readKeys(const JobEncryption& e, const JobSecrets& secrets, AgeEncryptionKeys* encryption,
        AgeDecryptionKeys* decryption);
    // A secret the user typed, checked as the file would be: one line; an identity's text must hold an identity.
    static OpError checkSecret(const JobEncryption& e, const QByteArray& secret);
    // A new passphrase typed twice (it will encrypt archives, so a typo would lock them): one line, both the same.
    static OpError checkNewPassphrase(const QString& typed, const QString& repeated);

private:
    static OpError readEndpoint(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint);
    static OpError readApiKey(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint);
    static OpError readHeaders(const JobConnection& c, WeaviateEndpoint* endpoint);
    static OpError readHeaderFile(const QString& path, WeaviateEndpoint* endpoint);
    static OpError readGrpc(const JobConnection& c, WeaviateEndpoint* endpoint);
    static OpError readProxy(const JobConnection& c, ProxySettings* proxy);
    static OpError readIdentityFile(const QString& path, QList<AgeIdentity>* identities);
    static OpError parseIdentities(const QByteArray& text, const QString& source, QList<AgeIdentity>* identities);
    // The file's one line (a key, a passphrase, a password) without its line break; `trim` also drops surrounding
    // blanks (an API key; a passphrase keeps them).
    static OpError readOneLine(const QString& path, bool trim, QByteArray* line);
    // A file of at most 64 KiB: more is the wrong file, not a key.
    static OpError readSmallFile(const QString& path, QByteArray* data);
    static OpError usage(const QString& message, const QString& details = {});
};

} // namespace Colvault
