// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/GrpcBatchSender.h"
#include "core/GrpcObjectEncoder.h"
#include "core/ObjectSource.h"
#include "core/ObjectsClient.h"
#include "core/RestoreBatchAnswerScanner.h"
#include "core/RestorePlan.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QMap>
#include <deque>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace Colvault {

// The batches of one restore's apply, its hot path: up to `concurrency` object batches in flight on the run's
// client, collected in the order they were sent. Objects travel over gRPC BatchObjects where the client's data
// transport says so (WeaviateClient::dataGrpc: vectors as their bytes, properties typed by the target class's schema,
// GrpcObjectEncoder), else as REST batch bodies built straight from the source object (properties verbatim, floats by
// std::to_chars) with no per-object allocation beyond the object's references. A batch is filled across shards: each
// object names its class and tenant, so the objects of many small tenants travel together instead of one short batch
// (and one round trip) per tenant. The references of a batch go out over REST (once, never retried blindly) after its
// objects were accepted, gathered across shards the same way, and travel like the object batches: waiting for each
// of them would stall the pipeline on a round trip per batch. What the server accepts is counted in the report of
// the object's shard; what it refuses becomes a RestoreFailure of that shard.
// Thread: the operation's thread, on the operation's client.
// Usage: optionally chooseTransport() first; startShard(item, tenant) for each shard, add(object) for each object to
// write, then finishObjects() and finishReferences() at the end of the data. Call abandon() before anything else
// touches the target after a failure or cancel (tenant statuses).
class RestoreBatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestoreBatchWriter(
        WeaviateClient& client, RestoreReport& report, QMap<QString, QString> rename, int batchSize, int concurrency);
    ~RestoreBatchWriter();
    RestoreBatchWriter(const RestoreBatchWriter&) = delete;
    RestoreBatchWriter& operator=(const RestoreBatchWriter&) = delete;

    // Settles how objects travel (WeaviateClient::dataGrpc: gRPC or REST), before anything is written; add() does
    // it at the first object otherwise. False when objects must go over gRPC and cannot (*error set) or on cancel.
    bool chooseTransport(OpError* error);
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
        const GrpcObjectEncoder::Schema* schema = nullptr; // gRPC: the target class's, read at its first object
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
        quint64 grpcCall = 0; // an object batch over gRPC instead of `request`
        std::vector<Pending> objects; // an object batch
        std::vector<RefItem> references; // or a references request
    };
    // How the server answered an object batch, whichever way it travelled.
    struct BatchAnswer
    {
        bool canceled = false;
        OpError error; // ends the restore
        QString failAll; // the whole batch was refused with this message
        std::vector<BatchItemFailure> refused; // by ascending index, one each
        bool resent = false; // sent more than once: an earlier copy may land late
    };

    bool appendRest(const SourceObject& o);
    bool encodeGrpc(const SourceObject& o, bool* keep, OpError* error);
    bool loadSchema(OpError* error);
    void remember(const SourceObject& o);
    bool dispatch(OpError* error);
    void startObjects(InFlight& f);
    bool collectOldest(OpError* error);
    bool collectObjects(InFlight& f, OpError* error);
    static OpError unexpectedAnswer(const QString& details);
    BatchAnswer restAnswer(InFlight& f);
    BatchAnswer grpcAnswer(InFlight& f);
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
    Shard* m_shard = nullptr; // the current one
    QByteArray m_body; // REST: the batch being built, sent as it is
    std::unique_ptr<GrpcBatchSender> m_grpc; // gRPC: set when objects travel that way
    std::unique_ptr<GrpcBatchSender::Batch> m_batch; // gRPC: the batch being built
    GrpcObjectEncoder m_encoder;
    std::map<QByteArray, GrpcObjectEncoder::Schema> m_schemas; // gRPC: target class -> its schema
    bool m_transportChosen = false;
    std::vector<Pending> m_pending;
    std::deque<InFlight> m_inFlight;
    std::vector<std::vector<RefItem>> m_recheck; // references of batches sent more than once (recheckResentBatches)
    std::vector<RefItem> m_refs; // references of accepted objects not yet sent
    bool m_countReferences = true;
};

} // namespace Colvault
