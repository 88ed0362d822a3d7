// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/RestorePlan.h"

#include <QHash>
#include <QMap>
#include <QString>
#include <functional>
#include <string>
#include <string_view>

// How a restore finds its way between its source and the target, shared by the plan and the apply: the key of a
// shard (a collection, or one tenant of a multi-tenant collection), the plan of each shard the source holds, and
// names as they are after the restore. Stateless, any thread.
namespace Colvault {
class ObjectSource;
class OperationContext;
class WeaviateClient;
} // namespace Colvault

namespace Colvault::RestoreShards {

// "Class" or "Class/tenant": the key of a shard in the plan's and the report's maps.
QString key(const QString& collection, const QString& tenant);

// The plan of one source shard.
struct Ref
{
    const RestoreCollectionPlan* collection = nullptr;
    const RestoreTenantPlan* tenant = nullptr; // multi-tenant collections only
    bool targetExists = false; // the target may hold objects of this shard already: a merge-join is needed
};

// Which source shards a plan restores (keyed by source names), pointing into `collections`.
QMap<QString, Ref> of(const QList<RestoreCollectionPlan>& collections);

// The objects the target holds in each shard of `keys` (shards the target has, in `shards`), one call per
// collection for all its tenants (WeaviateClient::objectCounts): key -> count. False on the first error (*error
// set) or a cancel.
bool countTargets(WeaviateClient& client, const QMap<QString, Ref>& shards, const QStringList& keys,
    QHash<QString, qint64>* counts, OpError* error);

// Opens the source's objects and calls `visit` with the key of each shard, in the source's order, positioned at its
// first object. False when the source failed (recorded on `ctx`) or `visit` returned false.
bool readShards(ObjectSource& source, OperationContext& ctx, const std::function<bool(const QString& key)>& visit);

// A collection name as Weaviate spells it: the first letter upper-cased.
QString className(QString name);

// weaviate://localhost/<Class>/<uuid> with the class renamed (`rename`: source name -> target name); class-less
// beacons stay as they are.
std::string renamedBeacon(std::string_view beacon, const QMap<QString, QString>& rename);

} // namespace Colvault::RestoreShards
