// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveManifest.h"

#include "core/ArchiveJson.h"
#include "core/ArchiveLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>
#include <algorithm>
#include <climits>

namespace Colvault {

QUrl ArchiveManifest::sanitizedUrl(const QUrl& url)
{
    QUrl clean;
    clean.setScheme(url.scheme());
    clean.setHost(url.host());
    clean.setPort(url.port());
    clean.setPath(url.path());
    return clean;
}

const ArchiveManifest::Collection* ArchiveManifest::findCollection(const QString& name) const
{
    for (const Collection& c : collections) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

QJsonObject ArchiveManifest::Job::toJson() const
{
    return QJsonObject {{QStringLiteral("id"), id}, {QStringLiteral("name"), name}};
}

QByteArray ArchiveManifest::toJson() const
{
    QJsonObject writtenOptions = options;
    if (!job.isEmpty())
        writtenOptions.insert(QStringLiteral("job"), job.toJson());
    if (aliases.state != AliasRecord::State::NotRecorded)
        writtenOptions.insert(QStringLiteral("aliases"), aliases.toJson());
    QJsonArray list;
    for (const Collection& c : collections)
        list.append(QJsonObject {{QStringLiteral("name"), c.name}, {QStringLiteral("multiTenancy"), c.multiTenant}});
    const QJsonObject root {
        {QStringLiteral("format"), ArchiveLayout::formatName()},
        {QStringLiteral("formatVersion"), ArchiveLayout::formatVersion},
        {QStringLiteral("formatMinorVersion"), formatMinorVersion},
        {QStringLiteral("tool"),
            QJsonObject {
                {QStringLiteral("name"), QStringLiteral("colvault")}, {QStringLiteral("version"), toolVersion}}},
        {QStringLiteral("createdAt"), createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("source"),
            QJsonObject {{QStringLiteral("url"), sanitizedUrl(sourceUrl).toString()},
                {QStringLiteral("serverVersion"), serverVersion}, {QStringLiteral("modules"), modules}}},
        {QStringLiteral("options"), writtenOptions},
        {QStringLiteral("collections"), list},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

// formatMinorVersion (absent before it existed) and options.job (absent unless a saved job wrote the archive).
void ArchiveManifest::readVersionAndJob(ArchiveJson& json, const QJsonObject& root, ArchiveManifest* m)
{
    m->minorVersion = root.contains(u"formatMinorVersion")
        ? int(std::min<qint64>(json.integer(root, QStringLiteral("formatMinorVersion")), INT_MAX))
        : 0;
    if (json.failed() || !m->options.contains(u"job"))
        return;
    if (!m->options.value(u"job").isObject()) {
        json.fail(QStringLiteral("\"options.job\" must be an object"));
        return;
    }
    const QJsonObject job = m->options.value(u"job").toObject();
    m->job.id = json.string(job, QStringLiteral("id"));
    m->job.name = json.string(job, QStringLiteral("name"));
    // The id decides which archives retention may remove: only the canonical form counts.
    const QUuid uuid = QUuid::fromString(m->job.id);
    if (!json.failed() && (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != m->job.id))
        json.fail(QStringLiteral("\"options.job.id\" must be a lowercase UUID"));
}

// options.aliases (absent before format minor version 2): a malformed record is a Format error, since a restore
// would otherwise recreate other aliases than the archive names.
void ArchiveManifest::readAliases(ArchiveJson& json, ArchiveManifest* m)
{
    if (json.failed() || !m->options.contains(u"aliases"))
        return;
    QString problem;
    if (!m->options.value(u"aliases").isObject())
        json.fail(QStringLiteral("\"options.aliases\" must be an object"));
    else if (!AliasRecord::fromJson(m->options.value(u"aliases").toObject(), &m->aliases, &problem))
        json.fail(problem);
    for (const CollectionAlias& a : std::as_const(m->aliases.aliases)) {
        if (json.failed())
            break;
        if (!ArchiveLayout::isValidClassName(a.alias) || !m->findCollection(a.collection))
            json.fail(QStringLiteral("alias \"%1\" is not a valid name for a collection of the archive")
                          .arg(ArchiveLayout::displayName(a.alias)));
    }
}

OpError ArchiveManifest::fromJson(const QByteArray& data, ArchiveManifest* out)
{
    *out = ArchiveManifest();
    ArchiveJson json(ArchiveLayout::manifestEntry());
    QJsonObject root;
    json.parseObject(data, &root);
    if (OpError error = json.checkFormat(root))
        return error;

    ArchiveManifest m;
    m.toolVersion = json.string(json.object(root, QStringLiteral("tool")), QStringLiteral("version"));
    const QString created = json.string(root, QStringLiteral("createdAt"));
    m.createdAt = QDateTime::fromString(created, Qt::ISODateWithMs);
    if (!json.failed() && (!m.createdAt.isValid() || !created.endsWith(u'Z')))
        json.fail(QStringLiteral("\"createdAt\" must be an ISO 8601 UTC time"));
    const QJsonObject source = json.object(root, QStringLiteral("source"));
    m.sourceUrl = QUrl(json.string(source, QStringLiteral("url")), QUrl::StrictMode);
    m.serverVersion = json.string(source, QStringLiteral("serverVersion"));
    m.modules = json.object(source, QStringLiteral("modules"));
    m.options = json.object(root, QStringLiteral("options"));
    readVersionAndJob(json, root, &m);
    const QJsonArray list = json.array(root, QStringLiteral("collections"));
    QSet<QString> seen;
    for (const QJsonValue& value : list) {
        if (json.failed())
            break;
        if (!value.isObject()) {
            json.fail(QStringLiteral("a collection is not an object"));
            break;
        }
        Collection c {json.string(value.toObject(), QStringLiteral("name")),
            json.boolean(value.toObject(), QStringLiteral("multiTenancy"))};
        if (!json.failed() && !ArchiveLayout::isValidClassName(c.name))
            json.fail(QStringLiteral("invalid collection name \"%1\"").arg(ArchiveLayout::displayName(c.name)));
        if (!json.failed() && seen.contains(c.name))
            json.fail(QStringLiteral("duplicate collection \"%1\"").arg(c.name));
        seen.insert(c.name);
        m.collections.append(std::move(c));
    }
    readAliases(json, &m);
    if (json.failed())
        return json.error();
    *out = std::move(m);
    return {};
}

} // namespace Colvault
