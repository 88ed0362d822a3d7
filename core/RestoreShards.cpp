// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreShards.h"

#include "core/ObjectSource.h"
#include "core/OperationContext.h"
#include "core/WeaviateClient.h"

namespace Colvault::RestoreShards {

QString key(const QString& collection, const QString& tenant)
{
    return tenant.isEmpty() ? collection : collection + u'/' + tenant;
}

QMap<QString, Ref> of(const QList<RestoreCollectionPlan>& collections)
{
    QMap<QString, Ref> out;
    for (const RestoreCollectionPlan& c : collections) {
        const bool existing = c.action == RestoreCollectionPlan::Action::UseExisting;
        if (!c.multiTenant) {
            out.insert(key(c.source, {}), {&c, nullptr, existing});
            continue;
        }
        for (const RestoreTenantPlan& t : c.tenants)
            out.insert(key(c.source, t.name), {&c, &t, existing && !t.create});
    }
    return out;
}

bool countTargets(WeaviateClient& client, const QMap<QString, Ref>& shards, const QStringList& keys,
    QHash<QString, qint64>* counts, OpError* error)
{
    QMap<QString, QStringList> byCollection; // target name -> keys
    for (const QString& key : keys)
        byCollection[shards[key].collection->target] << key;
    for (auto it = byCollection.cbegin(); it != byCollection.cend(); ++it) {
        QStringList tenants;
        for (const QString& key : it.value())
            tenants << (shards[key].tenant ? shards[key].tenant->name : QString());
        QList<qint64> found;
        if (tenants.size() == 1)
            found << client.objectCount(it.key(), tenants.first(), error);
        else
            client.objectCounts(it.key(), tenants, &found, error);
        if (*error || client.isCanceled())
            return false;
        for (qsizetype i = 0; i < it.value().size(); ++i)
            counts->insert(it.value()[i], found.value(i, -1));
    }
    return true;
}

bool readShards(ObjectSource& source, OperationContext& ctx, const std::function<bool(const QString& key)>& visit)
{
    if (OpError e = source.openObjects())
        return ctx.fail(e);
    while (true) {
        bool has = false;
        if (OpError e = source.nextShard(&has))
            return ctx.fail(e);
        if (!has)
            return true;
        if (!visit(key(source.collection(), source.tenant())))
            return false;
    }
}

QString className(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

std::string renamedBeacon(std::string_view beacon, const QMap<QString, QString>& rename)
{
    constexpr std::string_view prefix = "weaviate://localhost/";
    if (beacon.substr(0, prefix.size()) != prefix)
        return std::string(beacon);
    const std::string_view rest = beacon.substr(prefix.size());
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos)
        return std::string(beacon);
    const QString cls = QString::fromUtf8(rest.data(), qsizetype(slash));
    const auto it = rename.find(cls);
    if (it == rename.end())
        return std::string(beacon);
    return std::string(prefix) + it.value().toStdString() + std::string(rest.substr(slash));
}

} // namespace Colvault::RestoreShards
