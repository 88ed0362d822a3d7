// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ConnectionProfile.h"

#include "core/CliCommandLine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
using Headers = QList<QPair<QByteArray, QByteArray>>;

// Settings keys inside a profile's group.
const auto kUrl = u"url"_s;
const auto kUseApiKey = u"useApiKey"_s;
const auto kCaFile = u"caFile"_s;
const auto kInsecure = u"insecure"_s;
const auto kGrpcUrl = u"grpcUrl"_s;
const auto kDataTransport = u"objectTransport"_s; // "auto", "rest" or "grpc", as the CLI's --transport
const auto kLegacyHeaders = u"headers"_s; // the array older versions wrote, values in plain text
const auto kHeadersInSecrets = u"secretHeaders"_s; // true when the secret store holds headers for the profile
const auto kProxyMode = u"proxy"_s; // "system", "none" or "manual"
const auto kProxyUrl = u"proxyUrl"_s;
const auto kProxyUser = u"proxyUser"_s;
const auto kProxyPasswordInSecrets = u"secretProxyPassword"_s; // true when the secret store holds the password

QString modeName(ProxySettings::Mode mode)
{
    switch (mode) {
    case ProxySettings::Mode::None:
        return u"none"_s;
    case ProxySettings::Mode::Manual:
        return u"manual"_s;
    case ProxySettings::Mode::System:
        break;
    }
    return u"system"_s;
}

ProxySettings::Mode modeFromName(const QString& name)
{
    if (name == u"none")
        return ProxySettings::Mode::None;
    return name == u"manual" ? ProxySettings::Mode::Manual : ProxySettings::Mode::System;
}

QString groupFor(const QString& name)
{
    // Profile names are free text; settings groups must not contain '/'.
    return u"profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

// The headers as one secret: a JSON array of {"name", "value"} objects.
QByteArray encodeHeaders(const Headers& headers)
{
    QJsonArray array;
    for (const auto& [name, value] : headers)
        array.append(QJsonObject {{u"name"_s, QString::fromLatin1(name)}, {u"value"_s, QString::fromUtf8(value)}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

Headers decodeHeaders(const QByteArray& secret)
{
    Headers headers;
    const QJsonArray array = QJsonDocument::fromJson(secret).array();
    for (const QJsonValue& v : array) {
        const QString name = v[u"name"_s].toString();
        if (!name.isEmpty())
            headers.append({name.toLatin1(), v[u"value"_s].toString().toUtf8()});
    }
    return headers;
}

QString firstError(const QString& a, const QString& b)
{
    return a.isEmpty() ? b : a;
}
} // namespace

WeaviateEndpoint ConnectionProfile::endpoint(const QByteArray& apiKey) const
{
    WeaviateEndpoint e;
    e.url = withoutCredentials(url);
    e.apiKey = useApiKey ? apiKey : QByteArray();
    e.extraHeaders = extraHeaders;
    e.caFile = caFile;
    e.insecure = insecure;
    e.grpcUrl = grpcUrl;
    e.dataTransport = dataTransport;
    e.proxy.mode = proxy.mode;
    if (proxy.mode == ProxySettings::Mode::Manual) {
        e.proxy.url = withoutCredentials(proxy.url);
        e.proxy.user = proxy.user;
        e.proxy.password = storedProxyPassword();
    }
    return e;
}

QByteArray ConnectionProfile::storedProxyPassword() const
{
    return proxy.mode == ProxySettings::Mode::Manual && !proxy.user.isEmpty() ? proxy.password : QByteArray();
}

QUrl ConnectionProfile::withoutCredentials(const QUrl& url)
{
    QUrl clean = url;
    clean.setUserInfo(QString());
    return clean;
}

ProfileStore::ProfileStore(QSettings* settings, SecretStore* secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
    // A URL with user:password from an older version or a hand-edited file loses the credentials right away: they
    // are not an authentication Weaviate knows (it takes an API key), and the settings file is not for secrets.
    for (const QString& name : names()) {
        for (const QString& key : {groupFor(name) + u'/' + kUrl, groupFor(name) + u'/' + kProxyUrl}) {
            const QUrl url(m_settings->value(key).toString());
            if (ConnectionProfile::hasCredentials(url))
                m_settings->setValue(key, ConnectionProfile::withoutCredentials(url).toString());
        }
    }
}

QStringList ProfileStore::names() const
{
    QStringList list;
    m_settings->beginGroup(u"profiles"_s);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& group : groups)
        list.append(QUrl::fromPercentEncoding(group.toUtf8()));
    return list;
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    for (const QString& name : names())
        list.append(profile(name));
    return list;
}

bool ProfileStore::contains(const QString& name) const
{
    return names().contains(name);
}

ConnectionProfile ProfileStore::profile(const QString& name) const
{
    ConnectionProfile p;
    p.name = name;
    m_settings->beginGroup(groupFor(name));
    p.url = ConnectionProfile::withoutCredentials(QUrl(m_settings->value(kUrl, p.url.toString()).toString()));
    p.useApiKey = m_settings->value(kUseApiKey, false).toBool();
    p.caFile = m_settings->value(kCaFile).toString();
    p.insecure = m_settings->value(kInsecure, false).toBool();
    p.grpcUrl = QUrl(m_settings->value(kGrpcUrl).toString());
    p.dataTransport = CliCommandLine::transportFromName(m_settings->value(kDataTransport).toString())
                          .value_or(WeaviateEndpoint::DataTransport::Auto);
    p.proxy.mode = modeFromName(m_settings->value(kProxyMode).toString());
    p.proxy.url = ConnectionProfile::withoutCredentials(QUrl(m_settings->value(kProxyUrl).toString()));
    p.proxy.user = m_settings->value(kProxyUser).toString();
    m_settings->endGroup();
    return p;
}

bool ProfileStore::flag(const QString& name, const QString& key) const
{
    return m_settings->value(groupFor(name) + u'/' + key, false).toBool();
}

Headers ProfileStore::legacyHeaders(const QString& name) const
{
    Headers headers;
    m_settings->beginGroup(groupFor(name));
    const int n = m_settings->beginReadArray(kLegacyHeaders);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        headers.append({m_settings->value(u"name"_s).toByteArray(), m_settings->value(u"value"_s).toByteArray()});
    }
    m_settings->endArray();
    m_settings->endGroup();
    return headers;
}

void ProfileStore::save(const ConnectionProfile& p)
{
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(kUrl, ConnectionProfile::withoutCredentials(p.url).toString());
    m_settings->setValue(kUseApiKey, p.useApiKey);
    m_settings->setValue(kCaFile, p.caFile);
    m_settings->setValue(kInsecure, p.insecure);
    m_settings->setValue(kGrpcUrl, p.grpcUrl.toString());
    m_settings->setValue(kDataTransport, CliCommandLine::transportName(p.dataTransport));
    m_settings->setValue(kProxyMode, modeName(p.proxy.mode));
    m_settings->setValue(kProxyUrl, ConnectionProfile::withoutCredentials(p.proxy.url).toString());
    m_settings->setValue(kProxyUser, p.proxy.user);
    m_settings->endGroup();
}

void ProfileStore::putSecret(
    const QString& key, bool write, const QByteArray& secret, bool held, QObject* context, SecretStore::WriteDone done)
{
    if (write)
        m_secrets->write(key, secret, context, std::move(done));
    else if (held)
        m_secrets->remove(key, context, std::move(done));
    else // answered on the next turn, like the store would
        QTimer::singleShot(0, context, [done = std::move(done)] { done(QString()); });
}

void ProfileStore::save(
    const ConnectionProfile& p, const QByteArray& apiKey, QObject* context, SecretStore::WriteDone done)
{
    Q_ASSERT(m_secrets);
    const QString group = groupFor(p.name);
    // What the store may hold for the profile so far: only that is removed, so a profile without secrets never
    // touches the keychain (which may not exist, or may ask to be unlocked).
    const bool hadKey = contains(p.name) && profile(p.name).useApiKey;
    const bool hadHeaders = flag(p.name, kHeadersInSecrets);
    const bool hadProxyPassword = flag(p.name, kProxyPasswordInSecrets);
    const QByteArray proxyPassword = p.storedProxyPassword();
    save(p);
    // The headers just entered replace whatever an older version left in the file.
    m_settings->remove(group + u'/' + kLegacyHeaders);
    // A flag is set once its secret was written, and goes as soon as there is nothing to hold.
    if (p.extraHeaders.isEmpty())
        m_settings->remove(group + u'/' + kHeadersInSecrets);
    if (proxyPassword.isEmpty())
        m_settings->remove(group + u'/' + kProxyPasswordInSecrets);
    auto flagWhenWritten = [this, group](const QString& key, bool written, const QString& error) {
        if (written && error.isEmpty())
            m_settings->setValue(group + u'/' + key, true);
    };

    // Kept in memory when the store failed, so that they are sent all the same until the application quits.
    auto finish = [this, p, apiKey, proxyPassword, done = std::move(done)](const QString& error) {
        if (error.isEmpty())
            m_session.remove(p.name);
        else
            m_session.insert(p.name, {p.useApiKey ? apiKey : QByteArray(), p.extraHeaders, proxyPassword});
        done(error);
    };
    auto writeProxyPassword = [=, this](const QString& earlier) {
        putSecret(p.proxyPasswordSecretKey(), !proxyPassword.isEmpty(), proxyPassword, hadProxyPassword, context,
            [=](const QString& error) {
                flagWhenWritten(kProxyPasswordInSecrets, !proxyPassword.isEmpty(), error);
                finish(firstError(earlier, error));
            });
    };
    auto writeHeaders = [=, this](const QString& keyError) {
        putSecret(p.headersSecretKey(), !p.extraHeaders.isEmpty(), encodeHeaders(p.extraHeaders), hadHeaders, context,
            [=](const QString& error) {
                flagWhenWritten(kHeadersInSecrets, !p.extraHeaders.isEmpty(), error);
                writeProxyPassword(firstError(keyError, error));
            });
    };
    putSecret(p.secretKey(), p.useApiKey, apiKey, hadKey, context, std::move(writeHeaders));
}

void ProfileStore::load(const QString& name, QObject* context, LoadDone done)
{
    Q_ASSERT(m_secrets);
    ConnectionProfile p = profile(name);
    if (const auto session = m_session.constFind(name); session != m_session.cend()) {
        p.extraHeaders = session->headers;
        p.proxy.password = session->proxyPassword;
        QTimer::singleShot(0, context, [p, key = session->apiKey, done = std::move(done)] {
            done(p, p.useApiKey ? key : QByteArray(), QString());
        });
        return;
    }
    const Headers legacy = legacyHeaders(name);
    if (legacy.isEmpty()) {
        readSecrets(p, context, std::move(done));
        return;
    }
    // Migration: the headers go to the secret store first and leave the settings file only once they are there,
    // so a keychain that is not available loses nothing (they stay where they were and are used from there).
    p.extraHeaders = legacy;
    m_secrets->write(p.headersSecretKey(), encodeHeaders(legacy), context,
        [this, p, context, done = std::move(done)](const QString& error) {
            if (error.isEmpty()) {
                const QString group = groupFor(p.name);
                m_settings->remove(group + u'/' + kLegacyHeaders);
                m_settings->setValue(group + u'/' + kHeadersInSecrets, true);
            }
            ConnectionProfile withoutHeaders = p;
            withoutHeaders.extraHeaders.clear();
            readSecrets(withoutHeaders, context,
                [p, error, done](const ConnectionProfile& loaded, const QByteArray& key, const QString& readError) {
                    ConnectionProfile withHeaders = loaded; // its other secrets, and the headers just migrated
                    withHeaders.extraHeaders = p.extraHeaders;
                    done(withHeaders, key, firstError(error, readError));
                });
        });
}

void ProfileStore::readSecrets(const ConnectionProfile& p, QObject* context, LoadDone done)
{
    auto readKey
        = [this, context, done = std::move(done)](const ConnectionProfile& profile, const QString& headersError) {
              if (!profile.useApiKey) {
                  readProxyPassword(profile, QByteArray(), headersError, context, done);
                  return;
              }
              m_secrets->read(profile.secretKey(), context,
                  [this, context, profile, headersError, done](const QByteArray& key, const QString& error) {
                      readProxyPassword(profile, key, firstError(headersError, error), context, done);
                  });
          };
    // The flag spares a keychain access (and maybe an unlock prompt) for profiles that have no headers.
    if (!flag(p.name, kHeadersInSecrets)) {
        readKey(p, QString());
        return;
    }
    m_secrets->read(p.headersSecretKey(), context,
        [p, readKey = std::move(readKey)](const QByteArray& secret, const QString& error) {
            ConnectionProfile withHeaders = p;
            withHeaders.extraHeaders = decodeHeaders(secret);
            readKey(withHeaders, error);
        });
}

void ProfileStore::readProxyPassword(
    const ConnectionProfile& p, const QByteArray& apiKey, const QString& error, QObject* context, LoadDone done)
{
    if (!flag(p.name, kProxyPasswordInSecrets)) {
        done(p, apiKey, error);
        return;
    }
    m_secrets->read(p.proxyPasswordSecretKey(), context,
        [p, apiKey, error, done = std::move(done)](const QByteArray& secret, const QString& readError) {
            ConnectionProfile withPassword = p;
            withPassword.proxy.password = secret;
            done(withPassword, apiKey, firstError(error, readError));
        });
}

void ProfileStore::migrate(QObject* context, std::function<void(const QString& name, const QString& error)> done)
{
    for (const QString& name : names()) {
        if (legacyHeaders(name).isEmpty())
            continue;
        load(name, context,
            [name, done](const ConnectionProfile&, const QByteArray&, const QString& error) { done(name, error); });
    }
}

void ProfileStore::remove(const QString& name, QObject* context)
{
    const ConnectionProfile p = profile(name);
    m_settings->remove(groupFor(name));
    if (!m_secrets || !context)
        return;
    m_secrets->remove(p.secretKey(), context, [](const QString&) {});
    m_secrets->remove(p.headersSecretKey(), context, [](const QString&) {});
    m_secrets->remove(p.proxyPasswordSecretKey(), context, [](const QString&) {});
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(u"lastProfile"_s).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    m_settings->setValue(u"lastProfile"_s, name);
}

} // namespace Colvault
