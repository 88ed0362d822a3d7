// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationContext.h"
#include "core/RestoreBatchWriter.h"
#include "core/RestorePlan.h"
#include "core/RestoreShards.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>

namespace Colvault {

class ObjectSource;

// The steps of RestoreTask::apply(): executes exactly a plan, reading the objects from `source` again and deciding
// each one by the plan's rule. Every class is created before any object (reference data types may point to classes
// created later), objects go before their references, the counts are verified while every tenant is still active,
// and the tenant statuses are set last: through the context's TenantStatusGuard, so they are also set after a
// failure or cancel. Fills `report` (items, failures, counts); the caller sets its outcome.
// Thread: the operation's thread.
// Usage: RestoreApplier applier(plan, source, ctx, report); end = applier.checkPlan() ? ctx.run(applier.steps())
//        : Failed; applier.abandon(); report.warnings = ctx.finish();
class RestoreApplier
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestoreApplier(const RestorePlan& plan, ObjectSource& source, OperationContext& ctx, RestoreReport& report);

    // A blocked plan or an unconfirmed Replace is refused before anything is written.
    bool checkPlan();
    QList<OperationStep> steps();
    // Aborts the batches in flight: nothing of the data may land after the tenant statuses are put back.
    void abandon() { m_writer.abandon(); }

private:
    bool createClasses();
    bool createClass(const RestoreCollectionPlan& c);
    bool createTenants();
    void listItems();
    bool importObjects();
    bool findEmptyTargets();
    bool importShard(const QString& key, const RestoreShards::Ref& shard);
    bool addReferences();
    bool verifyCounts();
    bool countItems(qsizetype first, qsizetype end);
    void checkCount(RestoreCollectionReport& item, qint64 counted, const OpError& error);
    void compareWithPlan();
    bool setTenantStatuses();
    bool setAliases();
    bool stopped(const OpError& error);

    const RestorePlan& m_plan;
    const RestoreParams& m_params;
    ObjectSource& m_source;
    OperationContext& m_ctx;
    RestoreReport& m_report;
    RestoreBatchWriter m_writer;
    QMap<QString, RestoreShards::Ref> m_shards; // source shards the plan restores
    QMap<QString, qsizetype> m_itemIndex; // shard key -> its item in the report
    QMap<QString, RestoreObjectCounts> m_done; // shard key -> what was decided for its objects
    QSet<QString> m_emptyTargets; // keys of existing target shards that held no object when the import began
};

} // namespace Colvault
