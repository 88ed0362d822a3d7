// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/TenantStatus.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Colvault {

class WeaviateClient;

// One vector space of a collection, as the schema declares it.
struct VectorInfo
{
    enum class Kind
    {
        Legacy,
        Named,
        Multi
    };
    QString name; // "" for the legacy class-level vector
    Kind kind = Kind::Legacy;
    QString vectorizer; // "none", "text2vec-openai", ...
    QString indexType; // "hnsw", "flat", ...
    int dimensions = -1; // from a sample object; -1 when unknown (empty collection, inactive tenants)
};

struct TenantInfo
{
    QString name;
    QString status; // as the server said it: HOT/COLD/FROZEN (or ACTIVE/INACTIVE/OFFLOADED)
    qint64 objects = -1; // -1 when it cannot be counted (inactive)

    // Both vocabularies: HOT/ACTIVE are readable, everything else is not.
    bool isActive() const { return TenantStatus::isActive(status); }
};

// What the collections list shows about one collection: its total, and each tenant's status and count (the backup
// dialog and the clear wizard show them). Loaded with a few calls per collection, whatever its number of tenants:
// the tenant list, the counts of every readable tenant through one WeaviateClient::objectCounts call (gRPC calls in
// flight together, or GraphQL Aggregate queries of a hundred tenants each), and one sample object for the vector
// dimensions. Plain value type; load() blocks on the client's thread.
struct CollectionSummary
{
    QString name;
    QJsonObject classJson; // verbatim from the server
    bool multiTenant = false;
    qint64 objects = -1; // total over readable shards; -1 when unknown
    bool objectsComplete = true; // false when inactive tenants were not counted
    QList<TenantInfo> tenants;
    QList<VectorInfo> vectors;

    static QList<VectorInfo> vectorsFromClass(const QJsonObject& classJson);
    // Loads counts, tenants and dimensions for the class; returns false and fills *error when a call fails.
    static bool load(WeaviateClient& client, const QJsonObject& classJson, CollectionSummary* out, OpError* error);
    // The summaries of every class of GET /v1/schema's list, sorted by name. False on the first failed call (*error
    // set) or when the client is canceled.
    static bool loadAll(
        WeaviateClient& client, const QJsonArray& classes, QList<CollectionSummary>* out, OpError* error);
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::CollectionSummary)
