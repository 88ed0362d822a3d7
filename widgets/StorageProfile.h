// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/S3Archive.h"
#include "widgets/SecretStore.h"

#include <QCoreApplication>
#include <QHash>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <functional>

namespace Colvault {

// One saved place in S3-compatible storage (docs/s3.md, "Storage profiles"): the service (endpoint, empty for AWS),
// region, bucket, an optional prefix, how requests are addressed, and the access key id. The secret access key is
// never in the settings file: it lives in a SecretStore under secretKey(). A profile without keys takes them from the
// environment and ~/.aws, as the CLI does.
struct StorageProfile
{
    Q_DECLARE_TR_FUNCTIONS(StorageProfile)

public:
    QString name;
    QUrl endpoint; // scheme://host[:port]; empty = AWS (s3.REGION.amazonaws.com)
    QString region;
    QString bucket;
    QString prefix; // "team/weekly", no slash at either end; empty = the bucket's top
    S3PathStyle pathStyle = S3PathStyle::Auto;
    QByteArray accessKeyId;

    QString secretKey() const { return secretKeyOf(name); }
    // Its own prefix: no storage profile name can collide with a connection profile's secrets.
    static QString secretKeyOf(const QString& name) { return QStringLiteral("s3/") + name; }
    // Where archives go: s3://BUCKET/ or s3://BUCKET/PREFIX/ (S3Archive::isPlace()).
    QString place() const;
    // The archive `fileName` in place().
    QString pathOf(const QString& fileName) const { return S3Archive::pathIn(place(), fileName); }
    // The S3Archive settings of the profile with its secret (for S3Archive::setBucketSettings()).
    S3Archive::Settings settings(const QByteArray& secretAccessKey) const;
    // Says where the CLI takes the keys that the command line leaves out, for the note under a command line.
    static QString keysNote();
    // Why the secret key of `profile` is missing and what to do about it (every place that activates a profile).
    static QString secretUnreadable(const QString& profile, const QString& keychainError);
    // A prefix as stored: no slashes at either end, no empty segments.
    static QString normalizedPrefix(const QString& prefix);
};

// Reads and writes storage profiles in a QSettings group "storageProfiles", their secret keys in a SecretStore.
// GUI thread. The store and the settings must outlive the callbacks' `context`.
// Without a keychain (no secret service) save() reports the error and keeps the secret in memory, so the profile is
// still usable until the application quits (as ProfileStore does for API keys).
//
// Usage: StorageProfileStore store(settings, secrets); store.save(profile, secret, this, done);
//        store.activate(profile.name, this, [](const QString& error) { ... start the backup ... });
class StorageProfileStore
{
public:
    using Done = std::function<void(const QString& error)>;

    StorageProfileStore(QSettings* settings, SecretStore* secrets);

    QStringList names() const;
    bool contains(const QString& name) const;
    StorageProfile profile(const QString& name) const; // settings only; an empty profile named `name` when absent
    // The settings now, then the secret (written, or removed when empty); `done(error)` once the store answered.
    void save(const StorageProfile& profile, const QByteArray& secret, QObject* context, Done done);
    void remove(const QString& name, QObject* context);
    void readSecret(const QString& name, QObject* context, SecretStore::ReadDone done);
    // Reads the secret and registers the profile's settings for its bucket (S3Archive::setBucketSettings()), so that
    // s3:// paths in that bucket reach the profile's service with its keys. `done(error)` with the keychain's message
    // when the secret could not be read (nothing is registered then).
    void activate(const QString& name, QObject* context, Done done);

private:
    QSettings* m_settings;
    SecretStore* m_secrets;
    QHash<QString, QByteArray> m_session; // by profile name: secrets the secret store could not take
};

} // namespace Colvault
