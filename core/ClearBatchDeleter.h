// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>
#include <QList>

namespace Colvault {

// Deletes every object of one collection, or of some of its tenants, with the batch-delete loop of notes 6.3: a
// match-all on id through ObjectsClient::startDeleteObjects, repeated because one call deletes at most
// QUERY_MAXIMUM_RESULTS objects, until nothing matches. A call that deletes nothing while objects remain stops the
// loop with an error: repeating it would spin on a persistent failure. The tenants are emptied concurrently, up to
// maxInFlight calls at once (one per tenant), so that a collection of many small tenants does not wait a round trip
// per tenant in sequence. Worker thread; cancel is checked before each call, and abandons the calls in flight.
//
// Usage: if (!ClearBatchDeleter(ctx, collection).run({{tenant, &item}, …}, &report.deleted)) return false;
class ClearBatchDeleter
{
    // The clear's strings stay in one translation context, whichever class of the clear shows them.
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    static constexpr int maxInFlight = 8;

    // One shard to empty: a tenant ("" for a collection without multi-tenancy) and its report item.
    struct Shard
    {
        QString tenant;
        ClearItemReport* item = nullptr;
    };

    ClearBatchDeleter(OperationContext& ctx, QString collection);

    // Adds what each call deleted to the shard's item.deleted and to *deleted (the clear's total, which progress
    // shows). False when it failed (the error is on the context) or was canceled.
    bool run(const QList<Shard>& shards, qint64* deleted);

private:
    enum class Answer
    {
        Done, // nothing left to delete in the shard
        Again, // more objects match: the same call goes again
        Stop, // failed (the error is on the context) or canceled
    };
    Answer answered(const Shard& shard, const HttpResult& r, qint64* deleted);
    void show(const Shard& shard);
    QByteArray body() const;
    QString shardName(const Shard& shard) const;

    OperationContext& m_ctx;
    QString m_collection;
};

} // namespace Colvault
