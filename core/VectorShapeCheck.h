// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>

namespace Colvault {

struct ArchiveObject;
struct RestorePlan;
class WeaviateClient;

// A restore plan's check that archived vectors fit the target's vector indexes. Weaviate fixes the length of each
// vector index (per collection or tenant, per named vector, per token of a multi-vector) with the first vector stored
// in it and refuses every vector of another length, object by object; a merge or overwrite into an existing
// collection whose vectors have another length would fail for every object. The plan blocks it up front instead.
// Archive side: the lengths are taken from the objects the plan reads anyway (its merge-join pass), the first of each
// vector name per shard. Target side: one object with its vectors per shard that is compared (one request each; the
// join already makes at least two per such shard). A target shard without objects cannot tell its length (Weaviate
// keeps it after every object is deleted, and no endpoint reports it) and is not checked.
// Thread: the plan's worker thread.
// Usage: beginShard() for each shard the plan reads, observe() each archived object of it, then addProblems() once.
class VectorShapeCheck
{
    Q_DECLARE_TR_FUNCTIONS(VectorShapeCheck)

public:
    struct Mismatch
    {
        QString collection; // target name
        QString tenant; // "" for a collection that is not multi-tenant
        QString vector; // "" for the class-level vector
        quint32 targetLength = 0;
        quint32 archiveLength = 0;
    };

    // `readable` false (an inactive target tenant, which the plan does not activate) skips the shard.
    void beginShard(const QString& targetCollection, const QString& tenant, bool readable);
    void observe(const ArchiveObject& object);

    // Reads one object of each observed target shard and compares; fills *mismatches. Fails only when a request does.
    OpError compare(WeaviateClient& client, QList<Mismatch>* mismatches) const;
    // compare(), then each mismatch as a blocking problem of its collection and of the plan.
    OpError addProblems(WeaviateClient& client, RestorePlan* plan) const;

    static QString message(const Mismatch& mismatch);

private:
    struct Shard
    {
        QString collection;
        QString tenant;
        QMap<QString, quint32> lengths; // archived: vector name -> length (per token for multi-vectors)
    };
    QList<Shard> m_shards;
    Shard* m_current = nullptr;
};

} // namespace Colvault
