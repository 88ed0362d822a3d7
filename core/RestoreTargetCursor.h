// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ObjectPageParser.h"
#include "core/ObjectSource.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <QList>
#include <string>
#include <vector>

namespace Colvault {

class WeaviateClient;

// What a restore does with one source object, by the plan's rule (its mode): the same decision in plan and apply.
enum class RestoreDecision
{
    Create, // not on the target
    Overwrite, // on the target with other content (Overwrite)
    Skip, // on the target, kept as is (Merge)
    Unchanged // on the target with equal properties and vectors
};

// Walks the target's objects of one class/tenant in ascending id order, in step with the source (a merge-join):
// memory is one page, whatever the collection's size. Ids only through GraphQL for Merge; full objects with
// vectors through the REST cursor for Overwrite, which needs content hashes (properties and exact vector bits).
// Thread: the operation's thread, on the operation's client.
// Usage: RestoreTargetCursor cursor(client, "Article", "", overwrite); decide(params, &cursor, object, &error)
//        for each source object of the shard, in id order.
class RestoreTargetCursor
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestoreTargetCursor(WeaviateClient& client, QString collection, QString tenant, bool withContent);

    // Whether `id` exists on the target; *hash gets its content hash (withContent only). Ids must ascend.
    bool contains(const std::string& id, QByteArray* hash, OpError* error);

    // The plan's rule for one source object; `cursor` is null where the target holds nothing of the shard.
    static RestoreDecision decide(
        const RestoreParams& params, RestoreTargetCursor* cursor, const SourceObject& object, OpError* error);
    static void count(RestoreObjectCounts& counts, RestoreDecision decision);

private:
    bool fetch(OpError* error);
    bool fetchContent(OpError* error);
    bool fetchIds(OpError* error);

    WeaviateClient& m_client;
    QString m_collection;
    QString m_tenant;
    bool m_withContent;
    ObjectPageParser m_parser;
    std::vector<std::string> m_ids;
    QList<QByteArray> m_hashes;
    size_t m_pos = 0;
    std::string m_after;
    bool m_done = false;
};

} // namespace Colvault
