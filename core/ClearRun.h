// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/ClearPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <functional>

namespace Colvault {

// The apply steps of a clear (ClearTask::apply runs them on one OperationContext): the backup and its verification,
// then the deletion of the method the plan chose, each collection verified with counts as soon as it is cleared.
// Each step returns false when it failed (the error is on the context) or was canceled; tenants activated on the
// way are remembered by the context's TenantStatusGuard, which puts them back on every exit. Worker thread, one
// run per apply().
//
// Usage: ClearRun run(ctx, plan, sink); const auto end = ctx.run({…, {…, [&] { return run.backUp(); }}, …});
//        return run.finish(end);
class ClearRun
{
    // The clear's strings stay in one translation context, whichever class of the clear shows them.
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    ClearRun(OperationContext& ctx, const ClearPlan& plan, ProgressSink* sink);

    // Not blocked, not empty, every collection confirmed by name. No request.
    bool checkPlan();
    // The backup through BackupTask::apply into the planned file (its folder made first) or object in S3.
    bool backUp();
    // That file verified with ArchiveVerifier: nothing is deleted unless it holds what it should.
    bool verifyBackup();
    // DeleteObjects: per collection, a hundred tenants at a time, the COLD ones activated, every object
    // batch-deleted (several tenants at once), then counted.
    bool deleteObjects();
    // Drop: each collection (or its chosen tenants) deleted, then checked to be gone.
    bool dropCollections();
    // Recreate: each collection (or its chosen tenants) deleted, created again, counted, statuses put back.
    bool recreateCollections();
    // Tenants activated for the deletion back to their status before.
    bool putTenantStatusesBack();

    // The report of the run that ended with `end`: statuses put back, warnings, outcome, duration.
    ClearReport finish(OperationContext::End end);

private:
    using CollectionStep = std::function<bool(const ClearCollectionPlan& c, qsizetype firstItem)>;
    bool eachCollection(const CollectionStep& clear);
    qsizetype addItems(const ClearCollectionPlan& c);
    bool deleteShards(const ClearCollectionPlan& c, qsizetype first, const QList<qsizetype>& items);
    bool countItems(WeaviateClient& client, const QString& collection, const QList<qsizetype>& items,
        const std::function<void(const ClearItemReport&, const OpError&)>& counted);
    void warnRemaining(const QString& collection, const ClearItemReport& item, const OpError& countError);
    bool drop(const ClearCollectionPlan& c);
    void checkDropped(const ClearCollectionPlan& c, qsizetype firstItem);
    bool createAgain(const ClearCollectionPlan& c);
    void countRecreated(const ClearCollectionPlan& c, qsizetype firstItem);
    void putStatusesBack(const ClearCollectionPlan& c);
    void addPlannedToDeleted(qsizetype firstItem);
    void warnBeyondBackup();

    OperationContext& m_ctx;
    const ClearPlan& m_plan;
    ProgressSink* m_sink;
    // Drops and re-creations run to the end of the collection once started: a collection left deleted but not yet
    // created again is worse than a cancel that waits a moment. So they use a client without the cancel check.
    WeaviateClient m_steady;
    BackupReport m_backup;
    ClearReport m_report;
    QElapsedTimer m_timer;
};

} // namespace Colvault
