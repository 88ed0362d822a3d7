// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ObjectPageParser.h"
#include "core/OpError.h"
#include "core/RetryPacer.h"
#include "core/WeaviateEndpoint.h"
#include "v1/search_get.pb.h"

#include <QCoreApplication>
#include <QString>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Colvault {

class WeaviateGrpc;

// The vectors of a backup's cursor pages over gRPC (docs/grpc.md, "Backup over gRPC"): Search with the cursor
// (`after`, `limit`, tenant), asking for ids, timestamps and every vector but no property, so that vectors travel as
// their little-endian float32 bytes instead of decimal text. The archive keeps REST's JSON of the properties
// verbatim, so the properties of the same page come from the REST cursor (BackupPageReader): sameObjects() checks
// that both reads name the same objects, and addVectors() copies the bytes into the page's records in the order the
// REST page lists them (legacy first, then named vectors by name).
//
// Several calls run at once on one completion queue, served by a thread of this class (gRPC moves a call's bytes
// only while someone waits on its queue, and the calling thread is busy with REST requests and parsing meanwhile).
// A call that fails in a transient way (UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED, a CANCELLED it did not
// ask for) is repeated with the endpoint's retries and backoff, like WeaviateGrpc::search.
//
// Thread: construct, call and destroy on one thread (the page reader's); the WeaviateGrpc given (whose stub and
// channel it uses) must outlive it. The destructor cancels the calls under way and waits for them (milliseconds).
//
// Usage: GrpcVectorPages pages(grpc, endpoint, isCanceled);
//        auto t = pages.start(collection, tenant, after, limit); ...; pages.finish(t, pump, &reply, &bytes, &err,
//        &canceled); if (GrpcVectorPages::sameObjects(reply, records, &why)) GrpcVectorPages::addVectors(reply,
//        records, &err);
class GrpcVectorPages
{
    Q_DECLARE_TR_FUNCTIONS(GrpcVectorPages)

public:
    using Ticket = quint64; // 0: no call

    GrpcVectorPages(WeaviateGrpc& grpc, const WeaviateEndpoint& endpoint, std::function<bool()> isCanceled);
    ~GrpcVectorPages();
    GrpcVectorPages(const GrpcVectorPages&) = delete;
    GrpcVectorPages& operator=(const GrpcVectorPages&) = delete;

    // Asks for the vectors of the page of at most `limit` objects after `after` ("" for the first page).
    Ticket start(const QString& collection, const QString& tenant, const std::string& after, int limit);
    // Waits for the answer, running `pump` every few milliseconds meanwhile (REST requests in flight on the same
    // thread move only then), and repeats a transient failure. False when it failed for good (*error set) or was
    // canceled (*canceled set, *error empty). The ticket is used up either way. *answerBytes gets the answer's size
    // as it came (the answer handed over no longer holds the legacy vector's deprecated second copy).
    bool finish(Ticket ticket, const std::function<void()>& pump, weaviate::v1::SearchReply* reply, qint64* answerBytes,
        OpError* error, bool* canceled);
    // Gives up on a call: canceled if it is under way, forgotten when it ends.
    void discard(Ticket ticket);

    // The request for one page (exposed for tests).
    static weaviate::v1::SearchRequest request(
        const QString& collection, const QString& tenant, const std::string& after, int limit);
    // Whether the answer names the objects of the REST page, in the same order and with the same timestamps; when
    // not (a write came between the two reads), *difference says where, for the log.
    static bool sameObjects(
        const weaviate::v1::SearchReply& reply, std::span<const PageObject> records, QString* difference);
    // Sets each record's vectors from the result of the same index (call sameObjects() first): the legacy vector
    // first, then the named ones sorted by name, as the REST page lists them (Weaviate's JSON sorts map keys; its
    // gRPC answer lists them in Go map order); the bytes are copied, never converted. An empty vector is left out,
    // as the REST parser does. False with a Format error when the bytes do not make whole vectors.
    static bool addVectors(const weaviate::v1::SearchReply& reply, std::span<PageObject> records, OpError* error);

private:
    struct Call;
    void launch(Call& call);
    bool await(Call& call, const std::function<void()>& pump);
    bool retry(Call& call);
    void serve();
    void recycle(std::unique_ptr<Call> call);

    WeaviateGrpc& m_grpc;
    const WeaviateEndpoint m_endpoint;
    const std::function<bool()> m_isCanceled;
    RetryPacer m_pacer;
    Ticket m_nextTicket = 1;

    std::mutex m_mutex; // guards the calls' `done` and `abandoned`, and m_calls against the serving thread
    std::condition_variable m_changed;
    std::unordered_map<Ticket, std::unique_ptr<Call>> m_calls;
    static constexpr size_t maxSpareReplies = 2;
    std::vector<std::unique_ptr<weaviate::v1::SearchReply>> m_spareReplies;
    struct Queue;
    std::unique_ptr<Queue> m_queue;
    std::thread m_thread;
};

} // namespace Colvault
