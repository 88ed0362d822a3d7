// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPageReader.h"
#include "core/ObjectSink.h"
#include "core/ObjectSource.h"
#include "core/OperationProgress.h"
#include "core/ReferenceSplitter.h"
#include "core/WeaviateClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QStringList>
#include <functional>
#include <memory>
#include <string>

namespace Colvault {

struct BackupPlan;
class OperationContext;

// A live Weaviate server as an ObjectSource: what a copy between servers reads (core/CopyTask.h). The head is what a
// backup of the same collections would put into its archive, read the way a backup reads it (BackupPlanSteps): the
// server's version, every class verbatim as GET /v1/schema/{class} returns it, the tenants with their statuses, and
// exact object counts. Tenants the backup would skip (FROZEN, OFFLOADED, changing status) are left out of the head
// with a warning (finish() returns them); COLD and other inactive tenants are read by activating them and putting
// their status back (TenantStatusGuard), also when the operation fails or is canceled.
//
// - readHead() activates the inactive tenants only to count them, and puts them back before it returns.
// - openObjects() lists the classes and tenants again (the server may have changed since the plan), activates the
//   inactive tenants, and keeps them active until the last shard was read (nextShard() says there is none), finish()
//   or the destructor.
// - Objects come from the cursor (GET /v1/objects, the vectors with it or over gRPC as the endpoint's data transport
//   says) through a BackupPageReader: on a thread of its own with its own client, it keeps the next pages (and the
//   first pages of the next shards) in flight and parses them (ObjectPageParser: ids canonical and strictly
//   ascending within a shard) while the caller writes. Memory stays constant: two parsed pages and the reader's
//   bounded requests ahead. A caller that skips a shard (does not read it to its end) makes the reader start again
//   at the next shard it reads.
// - nextShard() yields every shard of the listing in order (a collection, or one tenant of it), empty ones too.
// - With Options::archive, every shard of the listing also goes into that sink as a backup would write it (a copy's
//   --archive, core/CopyArchive.h): begin() with the listing's head (BackupApplySteps::header) when openObjects()
//   listed it, then each shard's pages as they are handed out, and the rest of a shard the caller left early, so that
//   the sink gets all of every shard. The owner opens the sink before and commits or aborts it after.
//
// Its messages have the translation context ServerSource. Thread: one source per operation, used on its thread.
// Usage: ServerSource source(endpoint, options); RestoreTask::plan(params, source, sink, &error);
//        … RestoreTask::apply(plan, source2, sink); report.warnings += source2.finish();
class ServerSource final : public ObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(ServerSource)

public:
    struct Options
    {
        // As Weaviate spells them or with a lower-case first letter; empty = every collection of the server, unless
        // `onlyThese` (then an empty list means none).
        QStringList collections;
        bool onlyThese = false;
        QMap<QString, QStringList> tenants; // per collection: only these tenants (absent = all)
        int pageSize = 500; // objects per cursor page (1..10000)
        std::function<bool()> isCanceled; // polled while a request is pending; a cancel ends reading without error
        ObjectSink* archive = nullptr; // also gets every shard's objects (see above); nullptr for none
        bool withVectors = true; // false: objects are read without their vectors (a copy that omits them)
    };
    // What the reading did, for tests and the log.
    struct Stats
    {
        qint64 pages = 0; // pages handed over
        qint64 objects = 0;
        qint64 wireBytes = 0; // bytes of the pages' bodies
        qint64 readers = 0; // page readers started: one, unless the caller skipped shards
        qint64 waitMs = 0; // time the caller waited for a page (the reader was not ahead)
        qint64 archivedObjects = 0; // objects handed to Options::archive
    };

    ServerSource(WeaviateEndpoint endpoint, Options options);
    ~ServerSource() override;
    ServerSource(const ServerSource&) = delete;
    ServerSource& operator=(const ServerSource&) = delete;

    QString headStepName() const override;
    OpError readHead(SourceHead* head, ProgressMeter& progress) override;

    OpError openObjects() override;
    OpError nextShard(bool* has) override;
    QString collection() const override;
    QString tenant() const override;
    void setReferenceProperties(const QSet<QString>& names) override;
    OpError next(const SourceObject** object) override;

    // Puts back the tenants still activated for reading, and returns the source's warnings (translated): tenants
    // left out of the head, and statuses that could not be put back. Call once, at the end of the operation.
    QStringList finish();
    Stats stats() const { return m_stats; }
    // The tenants the listing of openObjects() left out, for an archive's summary: {collection, tenant, status} each,
    // as a backup records them.
    QJsonArray skippedTenants() const { return m_skipped; }

private:
    struct Shard
    {
        QString collection;
        QString tenant;
    };
    struct Reading; // the client and the tenant guard of one reading of the objects

    bool isCanceled() const { return m_options.isCanceled && m_options.isCanceled(); }
    OpError listCollections(BackupPlan* plan, bool count, ProgressMeter* progress);
    OpError countInactiveTenants(BackupPlan& plan, OperationContext& ctx);
    OpError activateInactiveTenants(const BackupPlan& plan);
    OpError beginArchive(const BackupPlan& plan);
    OpError endArchivedShard();
    void addWarnings(const QStringList& warnings);
    OpError nextPage();
    OpError takeObject(const PageObject& page);
    void endReading();

    const WeaviateEndpoint m_endpoint;
    const Options m_options;
    std::unique_ptr<Reading> m_reading;
    QList<Shard> m_shards;
    qsizetype m_shard = -1; // the shard being read; m_shards.size() after the last
    bool m_canceled = false;

    // The pages: m_reader reads m_shards from m_readerBase on; m_readerShard is the shard its next page belongs to.
    std::unique_ptr<BackupPageReader> m_reader;
    qsizetype m_readerBase = 0;
    qsizetype m_readerShard = 0;
    BackupPageReader::Page m_page; // the current shard's page being handed out
    size_t m_position = 0; // its next object
    bool m_shardEnded = false; // m_page is the current shard's last page

    ReferenceSplitter m_references;
    SourceObject m_object;
    QStringList m_warnings;
    Stats m_stats;
    QJsonArray m_skipped;
    bool m_archiveBegun = false; // Options::archive got its head
    bool m_archiveInShard = false; // Options::archive is in the current shard
};

} // namespace Colvault
