// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveCompression.h"
#include "core/JobSchedule.h"
#include "core/OpError.h"
#include "core/Retention.h"
#include "core/S3Credentials.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Colvault {

class AgeIdentity;

// Where a job connects: colvault-cli's connection options, with a file (or an environment variable) named for every
// secret and never the secret itself. Paths are absolute: a scheduled run starts in another folder.
struct JobConnection
{
    QString url;
    QString apiKeyFile; // empty: $WEAVIATE_API_KEY of the run's environment, if any
    QStringList headerFiles;
    QStringList headerEnv; // NAME=VARIABLE
    QString caFile;
    bool insecure = false;
    QString grpcUrl;
    int grpcPort = 0; // 0 = the default
    QString transport; // --transport: "auto", "rest", "grpc"; empty = the default
    QString proxy; // a proxy URL, "none", or empty for the system's
    QString proxyUser;
    QString proxyPasswordFile;
    int timeoutSeconds = 0; // 0 = the default
    int retries = -1; // -1 = the default

    // The global options of colvault-cli that give this connection (CliContext reads them at run time).
    QStringList arguments() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, JobConnection* out);
    friend bool operator==(const JobConnection&, const JobConnection&) = default;
};

// How a job's archives are encrypted, by file names again: age recipients (public keys, no secret) or a passphrase
// file; identity files open the archives for the verification after each run and for retention.
struct JobEncryption
{
    QStringList recipients; // age1…
    QString passphraseFile;
    QStringList identityFiles;

    bool isEmpty() const { return recipients.isEmpty() && passphraseFile.isEmpty(); }
    // With recipients: each is an age recipient, and one of `identities` (read from identityFiles) is of one of them,
    // since each run reads its new archive back and retention reads the job's archives. A Usage error otherwise.
    OpError checkIdentities(const QList<AgeIdentity>& identities) const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, JobEncryption* out);
    friend bool operator==(const JobEncryption&, const JobEncryption&) = default;
};

// Where a job whose directory is s3://BUCKET/PREFIX/ finds its server: the CLI's --s3-* options as they were given,
// never keys (a run takes those from its AWS environment or profile). Empty fields: the run's environment decides.
struct JobS3
{
    QString endpoint; // http(s)://host[:port]
    QString region;
    QString profile; // in ~/.aws/credentials and ~/.aws/config
    bool pathStyle = false;

    bool isEmpty() const { return endpoint.isEmpty() && region.isEmpty() && profile.isEmpty() && !pathStyle; }
    S3Credentials::Overrides overrides() const;
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, JobS3* out);
    friend bool operator==(const JobS3&, const JobS3&) = default;
};

// A saved backup job (docs/jobs.md): what to back up from where, into which folder under which name, how many
// archives to keep, how to encrypt them and when the operating system runs it. A value type; JobStore keeps them.
// Thread: value type, any thread.
// Usage: Job job; job.name = …; if (OpError e = job.check()) …; store.add(&job); later job.fileName(now).
struct Job
{
    Q_DECLARE_TR_FUNCTIONS(Job)

public:
    QString id; // lowercase UUID without braces; JobStore::add() assigns it
    QString name; // isValidName()
    QString profile; // {profile} in file names: the connection's name, by default the server's host
    JobConnection connection;
    QStringList collections; // empty = every collection
    QMap<QString, QStringList> tenants; // per collection: only these tenants
    bool schemaOnly = false;
    bool includeVectors = true;
    bool activateTenants = false;
    ArchiveCompression compression = ArchiveCompression::Zstd;
    int compressionLevel = -1; // -1 = the compressor's default
    int pageSize = 500;
    QString directory; // an absolute local folder, or s3://BUCKET/ or s3://BUCKET/PREFIX/
    JobS3 s3; // for an s3:// directory
    QString fileNamePattern = defaultPattern();
    RetentionPolicy retention;
    JobEncryption encryption;
    JobSchedule schedule;
    QDateTime createdAt; // UTC

    static QString defaultPattern() { return QStringLiteral("{profile}-{date}"); }
    // 1 to 64 of A-Z a-z 0-9 . _ -, not starting with '.' or '-': safe in file names, unit names and shells.
    static bool isValidName(const QString& name);
    // What a {profile} becomes: characters outside A-Z a-z 0-9 . _ - replaced by '_', at most 64.
    static QString fileNameSafe(const QString& text);

    bool isS3() const;
    // The name, the pattern, the folder (it must exist) or s3:// place, the level and page size. A Usage error that
    // says what is wrong; the store checks that the name is free.
    OpError check() const;
    // Parts of check(), each about one field: the job editor shows the field the error is about.
    OpError checkPattern() const;
    OpError checkLevel() const;
    OpError checkDirectory() const;
    // The archive's file name for a run at `utc`: the pattern with {profile}, {job} and {date} (yyyyMMdd-HHmmss, UTC)
    // filled in, then the compression's suffix (".tar.zst") and ".age" for an encrypted job unless it ends so already.
    QString fileName(const QDateTime& utc) const;
    // The suffix every archive of this job ends with: ".tar.zst", ".tar.gz.age", ….
    QString suffix() const;

    QJsonObject toJson() const;
    // A Format error naming the job (or its position) when the stored object is not a job.
    static OpError fromJson(const QJsonObject& json, Job* out);
};

} // namespace Colvault
