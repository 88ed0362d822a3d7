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

// What a run of a saved job started from the app needs besides the job (JobRunInputs): the endpoint and the keys,
// read from the files the job names, as colvault-cli reads them for a scheduled run (docs/jobs.md). A job saves no
// secret; the one difference from the CLI is the API key: the app passes the key of the connection profile the job
// names (read from the keychain on the GUI thread) and it is used before the job's API key file.
// Thread: blocking file reads: call it on a worker, never on the GUI thread.
// Usage: JobRunInputs inputs; if (OpError e = JobInputs::read(job, keychainKey, &inputs)) … (a Usage error that
// names the file and what is wrong with it, never a secret).
class JobInputs
{
    Q_DECLARE_TR_FUNCTIONS(JobInputs)

public:
    // `keychainKey`: the API key of the job's connection profile, empty when there is none; then the job's API key
    // file, else $WEAVIATE_API_KEY as for the CLI. inputs->logFile is left as it is.
    static OpError read(const Job& job, const QByteArray& keychainKey, JobRunInputs* inputs);

private:
    static OpError readEndpoint(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint);
    static OpError readApiKey(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint);
    static OpError readHeaders(const JobConnection& c, WeaviateEndpoint* endpoint);
    static OpError readHeaderFile(const QString& path, WeaviateEndpoint* endpoint);
    static OpError readGrpc(const JobConnection& c, WeaviateEndpoint* endpoint);
    static OpError readProxy(const JobConnection& c, ProxySettings* proxy);
    static OpError readKeys(const JobEncryption& e, AgeEncryptionKeys* encryption, AgeDecryptionKeys* decryption);
    static OpError readIdentityFile(const QString& path, QList<AgeIdentity>* identities);
    // The file's one line (a key, a passphrase, a password) without its line break; `trim` also drops surrounding
    // blanks (an API key; a passphrase keeps them).
    static OpError readOneLine(const QString& path, bool trim, QByteArray* line);
    // A file of at most 64 KiB: more is the wrong file, not a key.
    static OpError readSmallFile(const QString& path, QByteArray* data);
    static OpError usage(const QString& message, const QString& details = {});
};

} // namespace Colvault
