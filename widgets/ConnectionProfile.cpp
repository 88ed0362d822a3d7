// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ConnectionProfile.h"

using namespace Qt::StringLiterals;

namespace Colvault {

WeaviateEndpoint ConnectionProfile::endpoint(const QByteArray& apiKey) const
{
    WeaviateEndpoint e;
    e.url = url;
    e.apiKey = useApiKey ? apiKey : QByteArray();
    e.extraHeaders = extraHeaders;
    e.caFile = caFile;
    e.insecure = insecure;
    return e;
}

ProfileStore::ProfileStore(QSettings* settings)
    : m_settings(settings)
{
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> list;
    m_settings->beginGroup(u"profiles"_s);
    const QStringList names = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString& group : names)
        list.append(profile(QUrl::fromPercentEncoding(group.toUtf8())));
    return list;
}

static QString groupFor(const QString& name)
{
    // Profile names are free text; settings groups must not contain '/'.
    return u"profiles/"_s + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

bool ProfileStore::contains(const QString& name) const
{
    m_settings->beginGroup(u"profiles"_s);
    const bool found = m_settings->childGroups().contains(QString::fromLatin1(QUrl::toPercentEncoding(name)));
    m_settings->endGroup();
    return found;
}

ConnectionProfile ProfileStore::profile(const QString& name) const
{
    ConnectionProfile p;
    p.name = name;
    m_settings->beginGroup(groupFor(name));
    p.url = QUrl(m_settings->value(u"url"_s, p.url.toString()).toString());
    p.useApiKey = m_settings->value(u"useApiKey"_s, false).toBool();
    p.caFile = m_settings->value(u"caFile"_s).toString();
    p.insecure = m_settings->value(u"insecure"_s, false).toBool();
    const int n = m_settings->beginReadArray(u"headers"_s);
    for (int i = 0; i < n; ++i) {
        m_settings->setArrayIndex(i);
        p.extraHeaders.append({m_settings->value(u"name"_s).toByteArray(), m_settings->value(u"value"_s).toByteArray()});
    }
    m_settings->endArray();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const ConnectionProfile& p)
{
    m_settings->remove(groupFor(p.name));
    m_settings->beginGroup(groupFor(p.name));
    m_settings->setValue(u"url"_s, p.url.toString());
    m_settings->setValue(u"useApiKey"_s, p.useApiKey);
    m_settings->setValue(u"caFile"_s, p.caFile);
    m_settings->setValue(u"insecure"_s, p.insecure);
    m_settings->beginWriteArray(u"headers"_s, int(p.extraHeaders.size()));
    for (int i = 0; i < p.extraHeaders.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(u"name"_s, p.extraHeaders[i].first);
        m_settings->setValue(u"value"_s, p.extraHeaders[i].second);
    }
    m_settings->endArray();
    m_settings->endGroup();
}

void ProfileStore::remove(const QString& name)
{
    m_settings->remove(groupFor(name));
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
