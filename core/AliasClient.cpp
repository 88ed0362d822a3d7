// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AliasClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QString aliasesPath = u"/v1/aliases"_s;

QString aliasPath(const QString& alias)
{
    return aliasesPath + u'/' + QString::fromUtf8(QUrl::toPercentEncoding(alias));
}

QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void sortByName(QList<CollectionAlias>* list)
{
    std::sort(list->begin(), list->end(),
        [](const CollectionAlias& a, const CollectionAlias& b) { return a.alias < b.alias; });
}

// An alias as the server sent it; false for anything that is not {"alias": "...", "class": "..."}.
bool parseAlias(const QJsonValue& value, CollectionAlias* out)
{
    const QJsonObject o = value.toObject();
    out->alias = o.value(u"alias"_s).toString();
    out->collection = o.value(u"class"_s).toString();
    return value.isObject() && !out->alias.isEmpty() && !out->collection.isEmpty();
}

} // namespace

QJsonObject AliasRecord::toJson() const
{
    QJsonArray list;
    for (const CollectionAlias& a : aliases)
        list.append(QJsonObject {{u"alias"_s, a.alias}, {u"class"_s, a.collection}});
    QJsonObject o {{u"supported"_s, state != State::Unsupported}};
    if (state == State::Recorded)
        o.insert(u"list"_s, list);
    return o;
}

bool AliasRecord::fromJson(const QJsonObject& json, AliasRecord* out, QString* problem)
{
    *out = AliasRecord();
    if (!json.value(u"supported"_s).isBool()) {
        *problem = u"\"options.aliases.supported\" must be true or false"_s;
        return false;
    }
    if (!json.value(u"supported"_s).toBool()) {
        out->state = State::Unsupported;
        return true;
    }
    if (!json.value(u"list"_s).isArray()) {
        *problem = u"\"options.aliases.list\" must be an array"_s;
        return false;
    }
    for (const QJsonValue& v : json.value(u"list"_s).toArray()) {
        CollectionAlias a;
        if (!parseAlias(v, &a)) {
            *problem = u"an alias in \"options.aliases.list\" is not {\"alias\", \"class\"}"_s;
            return false;
        }
        out->aliases.append(a);
    }
    sortByName(&out->aliases);
    out->state = State::Recorded;
    return true;
}

AliasRecord AliasRecord::pointingAt(const QStringList& collections) const
{
    AliasRecord out;
    out.state = state;
    for (const CollectionAlias& a : aliases)
        if (collections.contains(a.collection))
            out.aliases.append(a);
    return out;
}

AliasClient::AliasClient(WeaviateClient& client, ServerInfo server)
    : m_client(client)
    , m_server(std::move(server))
{
}

bool AliasClient::isSupported(const ServerInfo& server)
{
    return server.atLeast(1, 32);
}

OpError AliasClient::unsupportedError(const ServerInfo& server)
{
    return OpError::make(OpError::Code::Conflict,
        tr("Weaviate %1 has no collection aliases: they arrived in Weaviate 1.32.").arg(server.versionString));
}

QString AliasClient::canonicalName(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

OpError AliasClient::check() const
{
    return isSupported(m_server) ? OpError {} : unsupportedError(m_server);
}

OpError AliasClient::failure(const HttpResult& r, const QString& what, const QString& alias) const
{
    if (r.status == 404)
        return OpError::make(
            OpError::Code::NotFound, tr("The server has no alias \"%1\".").arg(alias), u"HTTP 404 on "_s + what, 404);
    return r.error;
}

// "validation: ... create alias: A, alias already exists" (422; 500 through a follower) is the alias; "create
// alias: class Book already exists" (422 up to 1.37, 500 since 1.38) is a class of that name, which is no alias.
bool AliasClient::alreadyExists(const HttpResult& r)
{
    if (r.status != 422 && r.status != 500)
        return false;
    const QString message = WeaviateClient::serverMessage(r.body);
    static const QRegularExpression classExists(u"class \\S+ already exists"_s);
    return message.contains(u"already exists"_s) && !classExists.match(message).hasMatch();
}

OpError AliasClient::list(QList<CollectionAlias>* out, const QString& collection)
{
    out->clear();
    if (OpError e = check())
        return e;
    QUrlQuery query;
    if (!collection.isEmpty())
        query.addQueryItem(u"class"_s, canonicalName(collection));
    const HttpResult r = m_client.get(aliasesPath, query);
    if (!r.ok())
        return r.error;
    const QJsonValue list = QJsonDocument::fromJson(r.body).object().value(u"aliases"_s);
    if (!list.isArray() && !list.isNull() && !list.isUndefined())
        return OpError::make(OpError::Code::Format, tr("The server sent a list of aliases that is not a list."),
            QString::fromUtf8(r.body.left(500)));
    for (const QJsonValue& v : list.toArray()) {
        CollectionAlias a;
        if (!parseAlias(v, &a))
            return OpError::make(OpError::Code::Format, tr("The server sent an alias without a name or collection."),
                QString::fromUtf8(r.body.left(500)));
        out->append(a);
    }
    sortByName(out);
    return {};
}

OpError AliasClient::get(const QString& alias, std::optional<CollectionAlias>* out)
{
    out->reset();
    if (OpError e = check())
        return e;
    const HttpResult r = m_client.get(aliasPath(canonicalName(alias)));
    if (r.status == 404)
        return {};
    if (!r.ok())
        return r.error;
    CollectionAlias a;
    if (!parseAlias(QJsonDocument::fromJson(r.body).object(), &a))
        return OpError::make(OpError::Code::Format, tr("The server sent an alias without a name or collection."),
            QString::fromUtf8(r.body.left(500)));
    *out = a;
    return {};
}

OpError AliasClient::create(const QString& alias, const QString& collection, bool* exists)
{
    if (exists)
        *exists = false;
    if (OpError e = check())
        return e;
    const QByteArray body = compact({{u"alias"_s, canonicalName(alias)}, {u"class"_s, canonicalName(collection)}});
    const HttpResult r = m_client.send("POST", aliasesPath, body, {}, Retry::UnlessApplied);
    if (r.ok())
        return {};
    if (alreadyExists(r) || r.maybeApplied) {
        // After a lost answer the alias may be ours: what the server holds now decides.
        std::optional<CollectionAlias> held;
        if (OpError e = get(alias, &held))
            return e;
        if (held && held->collection == canonicalName(collection) && r.maybeApplied)
            return {};
        if (held && exists) {
            *exists = true;
            return {};
        }
        if (held)
            return OpError::make(OpError::Code::Conflict,
                tr("The alias \"%1\" exists already and points at \"%2\".").arg(held->alias, held->collection));
    }
    if ((r.status == 422 || r.status == 500) && WeaviateClient::serverMessage(r.body).contains(u"already exists"_s))
        return OpError::make(OpError::Code::Conflict,
            tr("\"%1\" is the name of a collection, so it cannot be an alias.").arg(canonicalName(alias)),
            r.error.details, r.status);
    return r.error;
}

OpError AliasClient::update(const QString& alias, const QString& collection)
{
    if (OpError e = check())
        return e;
    // A PUT sets the target whatever it was: repeating it is harmless.
    const QString path = aliasPath(canonicalName(alias));
    const HttpResult r
        = m_client.send("PUT", path, compact({{u"class"_s, canonicalName(collection)}}), {}, Retry::Safe);
    return r.ok() ? OpError {} : failure(r, u"PUT "_s + path, canonicalName(alias));
}

OpError AliasClient::remove(const QString& alias)
{
    if (OpError e = check())
        return e;
    const QString path = aliasPath(canonicalName(alias));
    const HttpResult r = m_client.send("DELETE", path, {}, {}, Retry::Safe);
    // A repeat after a lost answer finds nothing (404): the first attempt deleted it.
    if (r.status == 404 && r.attempts > 1)
        return {};
    return r.ok() ? OpError {} : failure(r, u"DELETE "_s + path, canonicalName(alias));
}

OpError AliasClient::record(const QStringList& collections, AliasRecord* out)
{
    *out = AliasRecord();
    if (!isSupported(m_server)) {
        out->state = AliasRecord::State::Unsupported;
        return {};
    }
    QList<CollectionAlias> all;
    if (OpError e = list(&all))
        return e;
    out->state = AliasRecord::State::Recorded;
    out->aliases = all;
    if (!collections.isEmpty())
        *out = out->pointingAt(collections);
    return {};
}

} // namespace Colvault
