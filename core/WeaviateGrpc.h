// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/RetryPacer.h"
#include "core/WeaviateEndpoint.h"
#include "v1/weaviate.grpc.pb.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>
#include <grpcpp/generic/generic_stub.h>
#include <memory>

namespace grpc {
class ClientContext;
class Status;
} // namespace grpc

namespace Colvault {

// A small blocking client for the part of Weaviate's gRPC API (weaviate.v1.Weaviate) that Colvault uses where
// GraphQL may be switched off: exact counts (Aggregate objects_count, Weaviate 1.29+) and id listings (Search with
// the cursor, ids only). Same endpoint options as the REST client: the API key and extra headers travel as
// metadata, TLS with the CA file (or no verification with `insecure`), the transfer timeout as each call's
// deadline, retries of UNAVAILABLE, DEADLINE_EXCEEDED, RESOURCE_EXHAUSTED and a CANCELLED it did not ask for with
// the REST client's backoff (reads are safe to repeat), and cancel within ~50 ms. For one worker thread; no event
// loop needed.
//
// Usage: WeaviateGrpc g(endpoint); qint64 n = g.objectCount(u"Article"_s, {}, &error);
class WeaviateGrpc
{
    Q_DECLARE_TR_FUNCTIONS(WeaviateGrpc)

public:
    explicit WeaviateGrpc(const WeaviateEndpoint& endpoint);
    ~WeaviateGrpc();
    WeaviateGrpc(const WeaviateGrpc&) = delete;
    WeaviateGrpc& operator=(const WeaviateGrpc&) = delete;

    void setCancelCheck(std::function<bool()> isCanceled) { m_isCanceled = std::move(isCanceled); }
    // Fewer retries and a short deadline: used for the first call, to find out whether gRPC is there at all.
    void setProbing(bool probing) { m_probing = probing; }

    // Exact object count of a collection, or of one tenant. -1 on error (*error set) or cancel (*canceled set).
    qint64 objectCount(const QString& collection, const QString& tenant, OpError* error, bool* canceled = nullptr);
    // Counts of many tenants of one collection, up to `inFlight` calls at once on the one HTTP/2 connection (100:
    // 10,000 tenants at 10 ms take about a second; Weaviate allows as many streams); a call
    // that fails in a transient way is repeated on its own with the usual retries. False on the first error.
    bool objectCounts(const QString& collection, const QStringList& tenants, QList<qint64>* counts, OpError* error,
        bool* canceled = nullptr, int inFlight = 100);
    // Up to `limit` ids after `after` (empty: from the first) in cursor order. False on error or cancel.
    bool ids(const QString& collection, const QString& tenant, const QString& after, int limit, QStringList* out,
        OpError* error, bool* canceled = nullptr);

    // Whether a gRPC server answers at the address at all (grpc.health.v1 Check, which Weaviate answers for any
    // service name). One attempt with the probe's short deadline; false with *error set otherwise.
    bool ping(OpError* error, bool* canceled = nullptr);
    // One Search with the usual retries (reads are safe to repeat). False on error (*error set) or cancel.
    bool search(const weaviate::v1::SearchRequest& request, weaviate::v1::SearchReply* reply, OpError* error,
        bool* canceled = nullptr);

    // For the data-path classes that run several calls at once on their own completion queue: the stub, a context
    // with this client's metadata and deadline, and the error text for a failed status.
    weaviate::v1::Weaviate::Stub& stub();
    // The same channel for a call whose request is serialized already (GrpcBatchSender's batches).
    grpc::GenericStub& genericStub();
    void prepareContext(grpc::ClientContext* context) const;
    OpError errorFor(const grpc::Status& status, const char* rpc) const;
    // Non-empty when the endpoint's CA file could not be read: every call fails with it.
    QString setupError() const;
    QString target() const;

    // True for an error that means "no gRPC API at that address" (refused, unreachable, no HTTP/2, wrong protocol),
    // after which a caller falls back to REST; false for an answer of the server (auth, unknown collection…).
    static bool isUnreachable(const OpError& error);

private:
    struct Impl;
    template<class Reply, class Prepare>
    grpc::Status call(const char* rpc, Prepare prepare, Reply* reply, bool* canceled);

    std::unique_ptr<Impl> d;
    std::function<bool()> m_isCanceled;
    bool m_probing = false;
    RetryPacer m_pacer;
};

} // namespace Colvault
