// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/RetryPacer.h"

#include <QCoreApplication>
#include <memory>
#include <string>

namespace weaviate::v1 {
class BatchObjectsReply;
} // namespace weaviate::v1

namespace Colvault {

class WeaviateClient;
class WeaviateGrpc;

// gRPC BatchObjects calls in flight together on one completion queue, collected in any order the caller likes (a
// restore collects them in the order it sent them). A thread of its own serves the queue, so the calls move while
// the caller builds the next batch; the caller waits for a call with a local event loop, so the REST requests in
// flight on its client (the references) keep moving too.
//
// A batch of objects with their ids is an upsert: a call that failed in a transient way (UNAVAILABLE, also a dropped
// connection or a server in maintenance; DEADLINE_EXCEEDED; RESOURCE_EXHAUSTED; CANCELLED by the server or a proxy)
// is sent again with the client's backoff, up to the endpoint's retries, like a REST batch (Retry::Safe). The
// attempts are counted: after more than one, an earlier copy may still land later (the caller rechecks what depends
// on it). Cancel (the client's cancel check) is noticed within ~50 ms.
// Thread: the caller's (a worker thread or the CLI's main thread, with an event loop to run), plus its own poller.
// Usage: GrpcBatchSender s(client, *client.dataGrpc(&e)); auto batch = s.newBatch(); fill batch->bytes();
//        auto id = s.start(std::move(batch)); GrpcBatchSender::Result r = s.finish(id); (or s.discard(id))
class GrpcBatchSender
{
    Q_DECLARE_TR_FUNCTIONS(GrpcBatchSender)

public:
    using Reply = weaviate::v1::BatchObjectsReply;

    // One batch: a serialized weaviate.v1.BatchObjectsRequest, its objects appended by GrpcObjectEncoder (field 1).
    // Sent as it is, without a copy, also when sent again; a finished call's batch is emptied for the next one and
    // keeps its memory.
    class Batch
    {
    public:
        ~Batch();
        Batch(const Batch&) = delete;
        Batch& operator=(const Batch&) = delete;
        std::string& bytes() { return *m_bytes; }

    private:
        friend class GrpcBatchSender;
        Batch();
        void reset();

        // Shared with the calls' messages: gRPC may still read a discarded call's bytes after the batch went back.
        std::shared_ptr<std::string> m_bytes;
    };

    struct Result
    {
        std::unique_ptr<Reply> reply; // when ok(): only the objects that failed are listed
        OpError error; // the call failed after its retries
        bool canceled = false;
        int attempts = 0;

        bool ok() const { return !canceled && !error.isError(); }
    };

    GrpcBatchSender(WeaviateClient& client, WeaviateGrpc& grpc);
    // Cancels what is still in flight and waits for it.
    ~GrpcBatchSender();
    GrpcBatchSender(const GrpcBatchSender&) = delete;
    GrpcBatchSender& operator=(const GrpcBatchSender&) = delete;

    // An empty batch, one that a finished call gave back when there is one (its arena's memory is reused).
    std::unique_ptr<Batch> newBatch();
    // Puts a call in flight; the sender keeps the batch (for the retries) until the call is finished.
    quint64 start(std::unique_ptr<Batch> batch);
    // Waits for the call, retrying it as said above.
    Result finish(quint64 call);
    // Gives up on the call: canceled, never collected.
    void discard(quint64 call);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Colvault
