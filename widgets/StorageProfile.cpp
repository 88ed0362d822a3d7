// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/StorageProfile.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const auto kEndpoint = u"endpoint"_s;
const auto kRegion = u"region"_s;
const auto kBucket = u"bucket"_s;
const auto kPrefix = u"prefix"_s;
const auto kPathStyle = u"pathStyle"_s; // "auto", "path" or "virtual"
const auto kAccessKeyId = u"accessKeyId"_s;

QString groupFor(const QString& name)
{
    // Profile names are free text; settings groups must not contain '/'.
    return u"storageProfiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString pathStyleName(S3PathStyle style)
{
    switch (style) {
    case S3PathStyle::Path:
        return u"path"_s;
    case S3PathStyle::VirtualHosted:
        return u"virtual"_s;
    case S3PathStyle::Auto:
        break;
    }
    return u"auto"_s;
}

S3PathStyle pathStyleFromName(const QString& name)
{
    if (name == u"path")
        return S3PathStyle::Path;
    return name == u"virtual" ? S3PathStyle::VirtualHosted : S3PathStyle::Auto;
}
} // namespace

QString StorageProfile::normalizedPrefix(const QString& prefix)
{
    return prefix.split(u'/', Qt::SkipEmptyParts).join(u'/');
}

QString StorageProfile::place() const
{
    const QString p = normalizedPrefix(prefix);
    return u"s3://"_s + bucket + u'/' + (p.isEmpty() ? QString() : p + u'/');
}

S3Archive::Settings StorageProfile::settings(const QByteArray& secretAccessKey) const
{
    S3Archive::Settings s;
    s.overrides.endpoint = endpoint;
    s.overrides.region = region;
    s.overrides.pathStyle = pathStyle;
    s.overrides.accessKeyId = accessKeyId;
    s.overrides.secretAccessKey = secretAccessKey;
    return s;
}

QString StorageProfile::secretUnreadable(const QString& profile, const QString& keychainError)
{
    //: %1 a storage profile's name, %2 the keychain's own message
    return tr("The secret key of the storage profile %1 could not be read from the keychain (%2). Enter it again "
              "under File → Storage Profiles…; without a keychain it is kept until Colvault quits.")
        .arg(profile, keychainError);
}

QString StorageProfile::keysNote()
{
    return tr("The S3 keys are not shown. The command takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, "
              "or add --s3-profile NAME for a profile in ~/.aws/credentials.");
}

StorageProfileStore::StorageProfileStore(QSettings* settings, SecretStore* secrets)
    : m_settings(settings)
    , m_secrets(secrets)
{
}

QStringList StorageProfileStore::names() const
{
    m_settings->beginGroup(u"storageProfiles"_s);
    const QStringList groups = m_settings->childGroups();
    m_settings->endGroup();
    QStringList list;
    for (const QString& group : groups)
        list.append(QUrl::fromPercentEncoding(group.toUtf8()));
    list.sort(Qt::CaseInsensitive);
    return list;
}

bool StorageProfileStore::contains(const QString& name) const
{
    return names().contains(name);
}

StorageProfile StorageProfileStore::profile(const QString& name) const
{
    StorageProfile p;
    p.name = name;
    m_settings->beginGroup(groupFor(name));
    p.endpoint = QUrl(m_settings->value(kEndpoint).toString());
    p.region = m_settings->value(kRegion).toString();
    p.bucket = m_settings->value(kBucket).toString();
    p.prefix = m_settings->value(kPrefix).toString();
    p.pathStyle = pathStyleFromName(m_settings->value(kPathStyle).toString());
    p.accessKeyId = m_settings->value(kAccessKeyId).toString().toUtf8();
    m_settings->endGroup();
    return p;
}

void StorageProfileStore::save(const StorageProfile& p, const QByteArray& secret, QObject* context, Done done)
{
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(kEndpoint, p.endpoint.toString());
    m_settings->setValue(kRegion, p.region);
    m_settings->setValue(kBucket, p.bucket);
    m_settings->setValue(kPrefix, StorageProfile::normalizedPrefix(p.prefix));
    m_settings->setValue(kPathStyle, pathStyleName(p.pathStyle));
    m_settings->setValue(kAccessKeyId, QString::fromUtf8(p.accessKeyId));
    m_settings->endGroup();
    // Until the keychain has answered, reads get this secret: the dialog shows the saved profile at once, and a
    // keychain that cannot store it (no secret service) must not make the profile look keyless meanwhile.
    m_session.insert(p.name, secret);
    auto finish = [this, name = p.name, secret, done = std::move(done)](const QString& error) {
        if (error.isEmpty())
            m_session.remove(name);
        else
            m_session.insert(name, secret);
        done(error);
    };
    if (secret.isEmpty())
        m_secrets->remove(p.secretKey(), context, std::move(finish));
    else
        m_secrets->write(p.secretKey(), secret, context, std::move(finish));
}

void StorageProfileStore::remove(const QString& name, QObject* context)
{
    m_settings->remove(groupFor(name));
    m_session.remove(name);
    m_secrets->remove(StorageProfile::secretKeyOf(name), context, [](const QString&) {});
}

void StorageProfileStore::readSecret(const QString& name, QObject* context, SecretStore::ReadDone done)
{
    if (const auto it = m_session.constFind(name); it != m_session.cend()) {
        QTimer::singleShot(0, context, [secret = *it, done = std::move(done)] { done(secret, QString()); });
        return;
    }
    m_secrets->read(StorageProfile::secretKeyOf(name), context, std::move(done));
}

void StorageProfileStore::activate(const QString& name, QObject* context, Done done)
{
    const StorageProfile p = profile(name);
    readSecret(name, context, [p, done = std::move(done)](const QByteArray& secret, const QString& error) {
        if (error.isEmpty())
            S3Archive::setBucketSettings(p.bucket, p.settings(secret));
        done(error);
    });
}

} // namespace Colvault
