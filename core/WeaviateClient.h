// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/RetryPacer.h"
#include "core/WeaviateEndpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrlQuery>
#include <QVersionNumber>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace Colvault {

class HttpTransport;
class WeaviateGrpc;

// One HTTP exchange as the client saw it: the final attempt's status and body, or the error that ended it.
struct HttpResult
{
    int status = 0; // 0 when no HTTP answer arrived
    QByteArray body;
    OpError error; // set when the exchange failed (after retries), or was canceled (see canceled)
    bool canceled = false; // cancel is an outcome, not an error: error stays empty
    int attempts = 0;
    // The request failed without a complete answer (reset, timeout, cut short, or 502/504 from a gateway): the
    // server may have applied it. A write that is not idempotent must read back what happened (reconcile).
    bool maybeApplied = false;

    bool ok() const { return !canceled && !error.isError(); }
};

// When a request is sent again after a failure (docs/reliability.md, "Retries and reconciliation").
enum class Retry
{
    Never, // the caller handles every failure
    Safe, // idempotent (reads, upserts by id, PUTs, deletes): every transient failure is retried
    UnlessApplied, // not idempotent (creates, appends): retried only where the server certainly did not act
                   // (429, 503, 500 out of memory, connection refused); an ambiguous failure comes back with
                   // maybeApplied set, for the caller to reconcile
};

// What GET /v1/meta says about the server.
struct ServerInfo
{
    QVersionNumber version;
    QString versionString;
    QStringList modules; // enabled module names, e.g. "text2vec-openai", "backup-filesystem"
    QJsonObject meta; // the whole answer, for the archive manifest

    bool hasModule(const QString& name) const { return modules.contains(name); }
    bool atLeast(int major, int minor) const { return version >= QVersionNumber(major, minor); }
};

// A small blocking client for Weaviate's REST API, for use inside one worker thread (a QtConcurrent pool thread,
// or the CLI's main thread). Every request goes through its own HttpTransport (libcurl: kept-alive connections,
// proxies, TLS), and it waits for each answer with a local event loop, so it must never be used on the GUI thread.
// Retries what is safe to repeat (transport errors, timeouts, 429, 500 "not enough memory", 502/503/504) with
// exponential backoff and jitter; 400/401/403/404/422 become specific errors at once. Cancel: pass a flag (or callback)
// that another thread sets; a pending reply is aborted within ~50 ms and the result comes back with canceled = true.
//
// Usage: WeaviateClient c(endpoint); auto info = c.serverInfo(&err); HttpResult r = c.get(u"/v1/schema"_s);
class WeaviateClient
{
    Q_DECLARE_TR_FUNCTIONS(WeaviateClient)

public:
    explicit WeaviateClient(WeaviateEndpoint endpoint);
    ~WeaviateClient();
    WeaviateClient(const WeaviateClient&) = delete;
    WeaviateClient& operator=(const WeaviateClient&) = delete;

    const WeaviateEndpoint& endpoint() const { return m_endpoint; }
    void setCancelCheck(std::function<bool()> isCanceled) { m_isCanceled = std::move(isCanceled); }
    // Called on the client's thread right before the wait that precedes a retry: `attempt` (1-based) failed with
    // `error`, attempt + 1 of `maxAttempts` follows after `delayMs`. Lets a caller show "attempt 2 of 6".
    using RetryNotifier = std::function<void(int attempt, int maxAttempts, int delayMs, const OpError& error)>;
    void setRetryNotifier(RetryNotifier notifier) { m_retryNotifier = std::move(notifier); }
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }

    // Raw calls. `path` starts with /v1; `retry` says when a failed request may be sent again.
    HttpResult get(const QString& path, const QUrlQuery& query = {});
    HttpResult send(const QByteArray& method, const QString& path, const QByteArray& body, const QUrlQuery& query = {},
        Retry retry = Retry::Safe);

    // A request started now and collected later: the next cursor page travels while this one is parsed and
    // written (startGet), or several batches are in flight at once (startSend). Requests started on one client
    // progress together while any of them is awaited. finish() waits for one and, if it failed in a retryable way
    // (as its `retry` allows), retries it like send() would. discard() aborts it.
    // A request on its way through the transport.
    struct Transfer
    {
        quint64 id = 0;
        bool isStarted() const { return id != 0; }
    };
    struct PendingRequest
    {
        Transfer transfer;
        QByteArray method = "GET";
        QString path;
        QUrlQuery query;
        QByteArray body;
        Retry retry = Retry::Safe;
        bool isStarted() const { return transfer.isStarted(); }
    };
    using PendingGet = PendingRequest;
    PendingGet startGet(const QString& path, const QUrlQuery& query);
    PendingRequest startSend(const QByteArray& method, const QString& path, const QByteArray& body,
        const QUrlQuery& query = {}, Retry retry = Retry::Safe);
    HttpResult finish(PendingRequest& pending);
    void discard(PendingRequest& pending);
    // Waits `ms` (running this thread's events), returning early with false when the cancel check fires.
    bool sleepUnlessCanceled(int ms);
    // Lets requests in flight make progress while the calling thread is busy between finish() calls: their sockets
    // are served through this thread's event queue. Runs the pending events once, without waiting.
    void pump();
    // Connections opened so far (kept-alive ones are reused): for tests and the log.
    qint64 connectionsOpened() const;
    // The proxy this client's requests go through, empty when they go direct.
    QString proxy() const;

    // Typed calls. Each returns false (or an empty value) and fills *error, or sets *canceled.
    ServerInfo serverInfo(OpError* error);
    QJsonArray schemaClasses(OpError* error); // GET /v1/schema
    QJsonObject schemaClass(const QString& name, OpError* error); // GET /v1/schema/{c}; NotFound when missing
    QJsonArray tenants(const QString& className, OpError* error); // GET /v1/schema/{c}/tenants
    HttpResult schemaClassRaw(const QString& name); // GET /v1/schema/{c}, the verbatim answer (for archives)
    HttpResult nodes(); // GET /v1/nodes: node health and shard statistics
    // Exact object count; tenant only for multi-tenant classes. -1 on error. Through gRPC Aggregate where the server
    // offers it (Weaviate 1.29+), else POST /v1/aggregate/{c} (1.40+, where enabled), else GraphQL Aggregate
    // (deprecated, switched off on new servers): docs/grpc.md.
    qint64 objectCount(const QString& className, const QString& tenant, OpError* error);
    // Exact counts of several tenants of one collection, many per request: concurrently over gRPC where the server
    // offers it, else eight REST aggregates in flight, else GraphQL with 100 tenants per query (aliases). False on
    // the first error (*error set) or cancel.
    bool objectCounts(const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error);
    // Up to `limit` object ids after `after` (empty: from the first), in cursor order: gRPC Search for ids only where
    // the server offers it, else the REST cursor. False on error (*error set) or cancel.
    bool objectIds(const QString& className, const QString& tenant, const QString& after, int limit, QStringList* ids,
        OpError* error);
    // The gRPC client that carries objects (backup pages, restore batches), or nullptr for REST, by the endpoint's
    // dataTransport: Rest never; Auto when a gRPC server answers (asked once per address a minute, like the
    // counts); Grpc always, or nullptr with *error saying why not. Not for counts, which choose their own way.
    WeaviateGrpc* dataGrpc(OpError* error);
    // GraphQL query; returns "data", or an error built from "errors".
    QJsonObject graphql(const QString& query, OpError* error);

    // Turns a failed HTTP answer into the one clear, translated sentence a user needs (plus details).
    static OpError errorForStatus(int status, const QByteArray& body, const QString& what);
    // The server's own message from any of Weaviate's three error shapes (or the raw body).
    static QString serverMessage(const QByteArray& body);

private:
    struct Attempt
    {
        HttpResult result;
        bool retryable = false; // transient: the same request may succeed later
        bool notApplied = false; // the server certainly did not act on it
        int retryAfterMs = 0;
        QByteArray location; // a 3xx answer's Location header, resolved by sendAttempts
    };
    Transfer issue(const QByteArray& method, const QUrl& url, const QByteArray& body, Retry retry);
    Attempt await(Transfer transfer, const QString& where);
    Attempt failedAttempt(int failure, const QString& detail, const QString& where) const;
    Attempt answeredAttempt(int status, QByteArray body, const QByteArray& retryAfter, const QString& where) const;
    void discardTransfer(Transfer transfer);
    HttpResult sendAttempts(const QByteArray& method, const QString& path, const QByteArray& body,
        const QUrlQuery& query, Retry retry, Transfer first);
    QUrl urlFor(const QString& path, const QUrlQuery& query) const;
    // The gRPC client while gRPC is not known to be missing, else nullptr; noteGrpc() records what a call showed.
    WeaviateGrpc* grpc();
    bool grpcAnswered(const OpError& error);
    bool serverCarriesObjectsOverGrpc();
    qint64 graphqlCount(const QString& className, const QString& tenant, OpError* error);
    bool graphqlCounts(const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error);
    bool restAggregateCounts(
        const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error);
    static bool isSafeName(const QString& name);
    static bool failUnsafeName(const QString& name, OpError* error);
    // The REST aggregate's count, or std::nullopt where the server has none (before 1.40, or not enabled).
    std::optional<qint64> restAggregateCount(const QString& className, const QString& tenant, OpError* error);
    OpError redirectRefusal(const QUrl& from, const QUrl& to, int hops) const;
    bool isRetryable(int status, const QByteArray& body) const;

    WeaviateEndpoint m_endpoint;
    std::unique_ptr<HttpTransport> m_transport;
    QString m_tlsError;
    std::function<bool()> m_isCanceled;
    RetryNotifier m_retryNotifier;
    enum class GrpcState
    {
        Unknown,
        Available,
        Missing
    };
    GrpcState m_grpcState = GrpcState::Unknown;
    std::unique_ptr<WeaviateGrpc> m_grpc;
    OpError m_grpcMissing; // why gRPC is not used, for the error when GraphQL is off too
    GrpcState m_restAggregateState = GrpcState::Unknown;
    std::optional<bool> m_grpcDataVersionOk; // the server's version allows objects over gRPC (Auto only)
    RetryPacer m_pacer;
};

} // namespace Colvault
