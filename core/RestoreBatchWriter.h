// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ObjectSource.h"
#include "core/ObjectsClient.h"
#include "core/RestoreBatchAnswerScanner.h"
#include "core/RestorePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <deque>
#include <string>
#include <utility>
#include <vector>

namespace Colvault {

// The batches of one restore's apply, its hot path: up to `concurrency` object batches in flight on the run's
// client, collected in the order they were sent. Each body is built straight from the source object (properties
// verbatim, floats by std::to_chars) with no per-object allocation beyond the object's references. A batch is filled
// across shards: each object names its class and tenant, so the objects of many small tenants travel together
// instead of one short batch (and one round trip) per tenant. The references of a batch go out (once, never retried
// blindly) after its objects were accepted, gathered across shards the same way, and travel like the object
// batches: waiting for each of them would stall the pipeline on a round trip per batch. What the server accepts
// is counted in the report of the object's shard; what it refuses becomes a RestoreFailure of that shard.
// Thread: the operation's thread, on the operation's client.
// Usage: startShard(item, tenant) for each shard, add(object) for each object to write, then finishObjects() and
// finishReferences() at the end of the data. Call abandon() before anything else touches the target after a
// failure or cancel (tenant statuses).
class RestoreBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestoreBatchWriter(
        WeaviateClient& client, RestoreReport& report, QMap<QString, QString> rename, int batchSize, int concurrency);
    ~RestoreBatchWriter();
    RestoreBatchWriter(const RestoreBatchWriter&) = delete;
    RestoreBatchWriter& operator=(const RestoreBatchWriter&) = delete;

    // Objects added from now on belong to this item (of its collection, in `tenant`); they may share a batch with
    // the previous shard's last objects.
    void startShard(RestoreCollectionReport* item, const QString& tenant);
    // Adds an object; sends when the batch is full. False when the run must stop (*error set unless canceled).
    bool add(const SourceObject& o, OpError* error);
    // Sends what is left and waits for every batch in flight (and the references those put in flight).
    bool finishObjects(OpError* error);
    // Sends the references gathered last, waits for them, and adds again those a late copy of a batch wiped.
    bool finishReferences(OpError* error);
    // Aborts what is in flight; its objects are neither counted nor referenced.
    void abandon();

private:
    // Where the objects of one shard go, and whose report item counts them; lives as long as the writer.
    struct Shard
    {
        RestoreCollectionReport* item = nullptr;
        QByteArray className;
        QByteArray tenant;
    };
    struct Pending
    {
        std::string id;
        const Shard* shard = nullptr;
        std::vector<std::pair<std::string, std::string>> references; // property, beacon
    };
    struct RefItem
    {
        std::string id;
        const Shard* shard = nullptr;
        std::string property;
        std::string beacon;
    };
    struct InFlight
    {
        WeaviateClient::PendingRequest request;
        std::vector<Pending> objects; // an object batch
        std::vector<RefItem> references; // or a references request
    };

    bool dispatch(OpError* error);
    bool collectOldest(OpError* error);
    bool collectObjects(InFlight& f, OpError* error);
    void acceptObjects(const InFlight& f, const std::vector<BatchItemFailure>& refused);
    void rememberForRecheck(const InFlight& f);
    void flushReferences();
    bool recheckResentBatches(OpError* error);
    static QByteArray referencesBody(const std::vector<RefItem>& refItems);
    void startReferences(std::vector<RefItem> refItems);
    bool sendReferences(const std::vector<RefItem>& refItems, int lostRounds, OpError* error);
    bool referencesAnswered(const std::vector<RefItem>& refItems, const HttpResult& r, int lostRounds, OpError* error);
    bool readBackReferences(const std::vector<RefItem>& refItems, int lostRounds, OpError* error);
    int hasReference(const RefItem& item, OpError* error);
    void countReference(RestoreCollectionReport* item);
    void fail(RestoreCollectionReport* item, const QString& id, const QString& message);

    WeaviateClient& m_client;
    ObjectsClient m_objects;
    RestoreReport& m_report;
    QMap<QString, QString> m_rename;
    qsizetype m_batchSize;
    qsizetype m_concurrency;
    std::deque<Shard> m_shards; // every shard started, in order; a deque keeps their addresses
    const Shard* m_shard = nullptr; // the current one
    QByteArray m_body; // the batch being built, sent as it is
    std::vector<Pending> m_pending;
    std::deque<InFlight> m_inFlight;
    std::vector<std::vector<RefItem>> m_recheck; // references of batches sent more than once (recheckResentBatches)
    std::vector<RefItem> m_refs; // references of accepted objects not yet sent
    bool m_countReferences = true;
};

} // namespace Colvault
