// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveSink.h"
#include "core/BackupPageReader.h"
#include "core/BackupPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>

namespace Colvault {

// The steps of BackupTask::apply(), which runs them in order on one OperationContext: they execute exactly the plan,
// reading cursor pages from the server into an archive (an ArchiveSink, through its ObjectSink calls; the report's
// size is its byte count, so a file and an object in S3 are measured alike). Each returns false when it failed
// (ctx.fail) or noticed a cancel; finish() then turns the run's end into the report, aborting the sink unless it was
// committed. Tenants activated for the backup are put back by the context's TenantStatusGuard, also after a failure
// or cancel.
// Its strings are BackupTask's (one translation context for the whole backup).
// Thread: the backup's worker thread, like the context and the sink.
class BackupApplySteps
{
    Q_DECLARE_TR_FUNCTIONS(BackupTask)

public:
    BackupApplySteps(OperationContext& ctx, const BackupPlan& plan, ArchiveSink& sink);

    // True when the plan reads COLD tenants: then activateTenants() and putTenantStatusesBack() have work to do.
    bool activatesTenants() const;

    bool open(); // opens the sink and gives it every collection's class and tenants
    bool activateTenants(); // sets the COLD tenants to read HOT; the context remembers their status
    bool readObjects(); // counts, then every collection or tenant page by page into the sink, counts again
    bool putTenantStatusesBack(); // before the commit, so that a problem is in the archive's warnings too
    bool commit(); // the summary (duration, counts, skipped tenants, warnings) and the sink's commit

    // The report of the run that ended with `end`. Call once, after the steps.
    BackupReport finish(OperationContext::End end);

    // What the archive's head records of `plan`: also the head of the archive a copy writes (core/CopyArchive.h).
    static SinkHeader header(const BackupPlan& plan);

private:
    void listShards();
    void skipShard(const BackupCollectionPlan& c, const BackupTenantPlan& t);
    bool countShards(bool after);
    BackupPageReader::Options readerOptions() const;
    bool writeShards(qsizetype* written);
    bool writePages(BackupPageReader& reader, BackupTenantReport* item);
    void warnIfChanged(const BackupTenantReport& item);

    OperationContext& m_ctx;
    const BackupPlan& m_plan;
    const BackupParams& m_params;
    ArchiveSink& m_sink; // the report's size is the archive's: its bytes written
    BackupReport m_report;
    QJsonArray m_skipped; // for the summary: {collection, tenant, status} of every tenant not read
    QList<BackupTenantReport> m_items; // every shard in the archive's order, skipped ones included
    QList<BackupPageReader::Shard> m_shards; // the shards read, in the same order
    QList<qsizetype> m_itemOfShard; // m_shards[i] is reported in m_items[m_itemOfShard[i]]
    QElapsedTimer m_timer;
    bool m_withPlanWarnings = false; // the plan's warnings lead the report once the commit was reached
    bool m_committed = false; // past this point the archive exists: a late cancel no longer undoes it
};

} // namespace Colvault
