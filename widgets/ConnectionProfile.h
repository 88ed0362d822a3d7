// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"
#include "widgets/SecretStore.h"

#include <QHash>
#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>
#include <QUrl>
#include <functional>

namespace Colvault {

// One saved connection. The settings file holds only what is not secret: name, URL (never with user:password),
// whether an API key is used, TLS options, the proxy's mode, address and user. The API key (under secretKey()), the
// extra headers with their values (under headersSecretKey(); they often carry vectorizer keys such as
// X-OpenAI-Api-Key) and the proxy's password (under proxyPasswordSecretKey()) live in a SecretStore.
struct ConnectionProfile
{
    QString name;
    QUrl url = QUrl(QStringLiteral("http://localhost:8080"));
    bool useApiKey = false;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString caFile;
    bool insecure = false;
    QUrl grpcUrl; // Weaviate's gRPC API (docs/grpc.md); empty = the URL's host on port 50051
    // How backups and restores move objects: gRPC where the server offers it (Auto), or always REST, or always gRPC.
    WeaviateEndpoint::DataTransport dataTransport = WeaviateEndpoint::DataTransport::Auto;
    // The address and user are kept while another mode is chosen (switching back finds them); the password only
    // while the mode is Manual with a user.
    ProxySettings proxy;

    // Separate prefixes, so that no profile name can make one profile's secret collide with another's.
    QString secretKey() const { return QStringLiteral("profile/") + name; }
    QString headersSecretKey() const { return QStringLiteral("headers/") + name; }
    QString proxyPasswordSecretKey() const { return QStringLiteral("proxy/") + name; }
    // The password the secret store is to hold: only a manual proxy with a user uses one.
    QByteArray storedProxyPassword() const;
    WeaviateEndpoint endpoint(const QByteArray& apiKey) const;

    // `url` without user name and password: the form that is stored, shown and connected to.
    static QUrl withoutCredentials(const QUrl& url);
    static bool hasCredentials(const QUrl& url) { return !url.userInfo().isEmpty(); }
};

// Reads and writes profiles in a QSettings group "profiles", their secrets in a SecretStore. GUI thread.
//
// profile()/profiles()/save(profile) are synchronous and touch the settings only: a profile read that way has no
// API key, no extra headers and no proxy password. load() and save(profile, apiKey, …) are asynchronous and include
// the secrets; the callbacks run on the GUI thread, not at all once `context` is gone, and the store must outlive
// `context`.
//
// Older versions kept the extra headers in the settings file. load() moves such headers to the secret store and,
// once that write succeeded, removes them from the settings file. A URL stored with user:password is stripped
// on load and on save.
//
// Without a keychain (no secret service on the desktop) save() reports the error and keeps the API key, the
// headers and the proxy password in memory: load() answers with them for as long as this store lives, so they are
// still sent. A profile without secrets never touches the secret store.
class ProfileStore
{
public:
    using LoadDone
        = std::function<void(const ConnectionProfile& profile, const QByteArray& apiKey, const QString& error)>;

    explicit ProfileStore(QSettings* settings, SecretStore* secrets = nullptr);

    QList<ConnectionProfile> profiles() const;
    QStringList names() const;
    ConnectionProfile profile(const QString& name) const; // a default profile named `name` when absent; no secrets
    bool contains(const QString& name) const;
    void save(const ConnectionProfile& profile); // settings only: the API key and the extra headers are untouched
    // The settings and, given a secret store and a context for its callbacks, the API key and the headers.
    void remove(const QString& name, QObject* context = nullptr);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    // The profile with its extra headers and proxy password, and its API key (empty unless useApiKey). `error` is
    // the secret store's message when a secret could not be read or migrated; the profile is still usable.
    void load(const QString& name, QObject* context, LoadDone done);
    // The settings now, then the API key, the extra headers and the proxy password to the secret store (each written,
    // or removed when the profile no longer has it); `done(error)` once written.
    void save(
        const ConnectionProfile& profile, const QByteArray& apiKey, QObject* context, SecretStore::WriteDone done);

    // Moves the extra headers of every profile that still has them in the settings file to the secret store (what
    // load() does for one profile); `done(name, error)` runs per migrated profile.
    void migrate(QObject* context, std::function<void(const QString& name, const QString& error)> done);

    QSettings* settings() const { return m_settings; }

private:
    QList<QPair<QByteArray, QByteArray>> legacyHeaders(const QString& name) const;
    void readSecrets(const ConnectionProfile& p, QObject* context, LoadDone done);
    void readProxyPassword(
        const ConnectionProfile& p, const QByteArray& apiKey, const QString& error, QObject* context, LoadDone done);
    // Writes `secret` under `key` when `write`; else removes what the store may hold there (`held`); else leaves the
    // store alone. `done` runs on a later turn of the event loop in every case.
    void putSecret(const QString& key, bool write, const QByteArray& secret, bool held, QObject* context,
        SecretStore::WriteDone done);
    bool flag(const QString& name, const QString& key) const;

    struct SessionSecrets
    {
        QByteArray apiKey;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray proxyPassword;
    };

    QSettings* m_settings;
    SecretStore* m_secrets;
    QHash<QString, SessionSecrets> m_session; // by profile name: secrets the secret store could not take
};

} // namespace Colvault
