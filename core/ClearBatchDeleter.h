// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>

namespace Colvault {

// Deletes every object of one collection (or one tenant of it) with the batch-delete loop of notes 6.3: a
// match-all on id through ObjectsClient::deleteObjects, repeated because one call deletes at most
// QUERY_MAXIMUM_RESULTS objects, until nothing matches. A call that deletes nothing while objects remain stops the
// loop with an error: repeating it would spin on a persistent failure. Worker thread; cancel is checked before each
// call.
//
// Usage: if (!ClearBatchDeleter(ctx, collection, tenant).run(item, &report.deleted)) return false;
class ClearBatchDeleter
{
    // The clear's strings stay in one translation context, whichever class of the clear shows them.
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    ClearBatchDeleter(OperationContext& ctx, QString collection, QString tenant);

    // Adds what each call deleted to item.deleted and *deleted (the clear's total, which progress shows). False when
    // it failed (the error is on the context) or was canceled.
    bool run(ClearItemReport& item, qint64* deleted);

private:
    QByteArray body() const;
    QString shard() const;

    OperationContext& m_ctx;
    QString m_collection;
    QString m_tenant;
};

} // namespace Colvault
