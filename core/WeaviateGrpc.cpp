// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/WeaviateGrpc.h"

#include "core/Logging.h"
#include "core/OperationGuard.h"
#include "core/Version.h"
#include "core/WeaviateClient.h"
#include "health/v1/health.grpc.pb.h"
#include "v1/weaviate.grpc.pb.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <algorithm>
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <grpcpp/security/tls_credentials_options.h>
#include <thread>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int cancelPollMs = 50;
// A probe decides "no gRPC here" for a minute, so it must not give up on a server that is only slow to answer: a TLS
// channel first spends round trips and CPU on its handshake (on a loaded machine under ASan that alone passed 5 s).
constexpr int probeDeadlineMs = 5000;
constexpr int tlsProbeDeadlineMs = 10000;
constexpr int maxMessageBytes = 104858000; // Weaviate's default GRPC_MAX_MESSAGE_SIZE (notes 17.1)

std::chrono::system_clock::time_point after(int ms)
{
    return std::chrono::system_clock::now() + std::chrono::milliseconds(ms);
}

const char* codeName(grpc::StatusCode code)
{
    switch (code) {
    case grpc::StatusCode::CANCELLED:
        return "CANCELLED";
    case grpc::StatusCode::UNKNOWN:
        return "UNKNOWN";
    case grpc::StatusCode::INVALID_ARGUMENT:
        return "INVALID_ARGUMENT";
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        return "DEADLINE_EXCEEDED";
    case grpc::StatusCode::NOT_FOUND:
        return "NOT_FOUND";
    case grpc::StatusCode::PERMISSION_DENIED:
        return "PERMISSION_DENIED";
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
        return "RESOURCE_EXHAUSTED";
    case grpc::StatusCode::FAILED_PRECONDITION:
        return "FAILED_PRECONDITION";
    case grpc::StatusCode::UNIMPLEMENTED:
        return "UNIMPLEMENTED";
    case grpc::StatusCode::INTERNAL:
        return "INTERNAL";
    case grpc::StatusCode::UNAVAILABLE:
        return "UNAVAILABLE";
    case grpc::StatusCode::UNAUTHENTICATED:
        return "UNAUTHENTICATED";
    default:
        return "OTHER";
    }
}

// CANCELLED here is never our own cancel (that ends the loop first): a server or proxy gave up on the call.
bool isRetryable(grpc::StatusCode code)
{
    return code == grpc::StatusCode::UNAVAILABLE || code == grpc::StatusCode::DEADLINE_EXCEEDED
        || code == grpc::StatusCode::RESOURCE_EXHAUSTED || code == grpc::StatusCode::CANCELLED;
}

} // namespace

struct WeaviateGrpc::Impl
{
    WeaviateEndpoint endpoint;
    QString target;
    QString setupError; // the CA file could not be read
    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<weaviate::v1::Weaviate::Stub> stub;
    std::unique_ptr<grpc::GenericStub> genericStub;
    std::vector<std::pair<std::string, std::string>> metadata;

    // The REST requests' proxy: gRPC reads grpc_proxy, https_proxy and http_proxy (and no_proxy) itself, which is
    // the System mode on Linux; None turns that off; Manual names the proxy, the user and password going as Basic
    // authentication in its URL (the only proxy authentication gRPC has).
    static void applyProxy(grpc::ChannelArguments& args, const ProxySettings& proxy)
    {
        if (proxy.mode == ProxySettings::Mode::None) {
            args.SetInt(GRPC_ARG_ENABLE_HTTP_PROXY, 0);
        } else if (proxy.mode == ProxySettings::Mode::Manual) {
            QUrl url = proxy.url;
            if (!proxy.user.isEmpty()) {
                url.setUserName(proxy.user);
                url.setPassword(QString::fromUtf8(proxy.password));
            }
            args.SetString(GRPC_ARG_HTTP_PROXY, url.toString(QUrl::FullyEncoded).toStdString());
        }
    }

    explicit Impl(const WeaviateEndpoint& e)
        : endpoint(e)
        , target(e.grpcTarget())
    {
        grpc::ChannelArguments args;
        args.SetMaxReceiveMessageSize(maxMessageBytes);
        args.SetMaxSendMessageSize(maxMessageBytes);
        args.SetString(GRPC_ARG_PRIMARY_USER_AGENT_STRING, "colvault/" + versionString().toStdString());
        // gRPC shares connections to one address across all channels of the process by default, with their
        // reconnect backoff: after a server at this address refused a connection (it was down, or another server
        // had the port before), a new client would fail at once with that old error for up to two minutes. Each
        // client connects afresh instead.
        args.SetInt(GRPC_ARG_USE_LOCAL_SUBCHANNEL_POOL, 1);
        applyProxy(args, e.proxy);
        channel = grpc::CreateCustomChannel(target.toStdString(), credentials(), args);
        stub = weaviate::v1::Weaviate::NewStub(channel);
        genericStub = std::make_unique<grpc::GenericStub>(channel);
        if (!e.apiKey.isEmpty())
            metadata.emplace_back("authorization", "Bearer " + e.apiKey.toStdString());
        // gRPC metadata keys are lower-case ASCII; Weaviate reads module keys (X-OpenAI-Api-Key…) case-insensitively.
        for (const auto& [name, value] : e.extraHeaders)
            metadata.emplace_back(name.toLower().toStdString(), value.toStdString());
    }

    std::shared_ptr<grpc::ChannelCredentials> credentials()
    {
        if (!endpoint.grpcTls())
            return grpc::InsecureChannelCredentials();
        if (endpoint.insecure) {
            grpc::experimental::TlsChannelCredentialsOptions options;
            options.set_verify_server_certs(false);
            options.set_check_call_host(false);
            options.set_certificate_verifier(std::make_shared<grpc::experimental::NoOpCertificateVerifier>());
            return grpc::experimental::TlsCredentials(options);
        }
        grpc::SslCredentialsOptions options;
        if (!endpoint.caFile.isEmpty()) {
            QFile f(endpoint.caFile);
            if (f.open(QIODevice::ReadOnly))
                options.pem_root_certs = f.readAll().toStdString();
            else
                setupError = WeaviateGrpc::tr("The CA file \"%1\" cannot be read.").arg(endpoint.caFile);
        }
        return grpc::SslCredentials(options);
    }
};

WeaviateGrpc::WeaviateGrpc(const WeaviateEndpoint& endpoint)
    : d(std::make_unique<Impl>(endpoint))
{
}

WeaviateGrpc::~WeaviateGrpc() = default;

bool WeaviateGrpc::isUnreachable(const OpError& error)
{
    return error.code == OpError::Code::Network || error.httpStatus == 501;
}

namespace {

// One unary call, with the cancel check polled every 50 ms while it is under way.
template<class Reply, class Prepare>
grpc::Status callOnce(const std::vector<std::pair<std::string, std::string>>& metadata, Prepare prepare, int deadlineMs,
    const std::function<bool()>& isCanceled, Reply* reply, bool* canceled)
{
    grpc::ClientContext context;
    context.set_deadline(after(deadlineMs));
    for (const auto& [key, value] : metadata)
        context.AddMetadata(key, value);
    grpc::CompletionQueue queue;
    grpc::Status status;
    auto rpc = prepare(&context, &queue);
    rpc->StartCall();
    rpc->Finish(reply, &status, reinterpret_cast<void*>(1));
    void* tag = nullptr;
    bool ok = false;
    while (queue.AsyncNext(&tag, &ok, after(cancelPollMs)) == grpc::CompletionQueue::TIMEOUT) {
        if (isCanceled && isCanceled() && !*canceled) {
            *canceled = true;
            context.TryCancel();
        }
    }
    queue.Shutdown();
    while (queue.Next(&tag, &ok)) { }
    return status;
}

} // namespace

// Reads are safe to repeat: UNAVAILABLE (also a server in read-only or maintenance mode), DEADLINE_EXCEEDED and
// RESOURCE_EXHAUSTED are retried with the REST client's backoff; a probe tries once, with a short deadline.
template<class Reply, class Prepare>
grpc::Status WeaviateGrpc::call(const char* rpc, Prepare prepare, Reply* reply, bool* canceled)
{
    const int attempts = m_probing ? 1 : d->endpoint.maxRetries + 1;
    const int probeMs = d->endpoint.grpcTls() ? tlsProbeDeadlineMs : probeDeadlineMs;
    const int deadlineMs = m_probing ? std::min(probeMs, d->endpoint.transferTimeoutMs) : d->endpoint.transferTimeoutMs;
    grpc::Status status;
    for (int attempt = 0; attempt < attempts; ++attempt) {
        OperationGuard::checkpoint("request");
        reply->Clear();
        status = callOnce(d->metadata, prepare, deadlineMs, m_isCanceled, reply, canceled);
        if (status.ok() || *canceled || !isRetryable(status.error_code()) || attempt + 1 >= attempts)
            break;
        qCDebug(lcClient).noquote() << "gRPC" << rpc << "failed:" << codeName(status.error_code())
                                    << QString::fromStdString(status.error_message()) << "- retrying";
        if (!RetryPacer::sleepUnlessCanceled(m_pacer.delayMs(d->endpoint, attempt), m_isCanceled)) {
            *canceled = true;
            break;
        }
    }
    return status;
}

OpError WeaviateGrpc::errorFor(const grpc::Status& status, const char* rpc) const
{
    const QString server = QString::fromStdString(status.error_message());
    const QString details
        = QStringLiteral("gRPC %1 at %2: %3 %4")
              .arg(QString::fromLatin1(rpc), d->target, QString::fromLatin1(codeName(status.error_code())), server);
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        // No answer from a gRPC server: nothing listens there, it speaks no HTTP/2, or it is away.
        return OpError::make(
            OpError::Code::Network, tr("Weaviate's gRPC API at %1 cannot be reached.").arg(d->target), details);
    case grpc::StatusCode::UNIMPLEMENTED:
        return OpError::make(
            OpError::Code::Http, tr("The gRPC API at %1 does not offer this call.").arg(d->target), details, 501);
    default:
        break;
    }
    // The same words as for the REST answers with the same meaning (keys, tenants, collections).
    const int http = status.error_code() == grpc::StatusCode::UNAUTHENTICATED ? 401
        : status.error_code() == grpc::StatusCode::PERMISSION_DENIED          ? 403
        : status.error_code() == grpc::StatusCode::NOT_FOUND                  ? 404
        : status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED         ? 429
                                                                              : 422;
    const QByteArray body
        = QJsonDocument(QJsonObject {{u"error"_s, QJsonArray {QJsonObject {{u"message"_s, server}}}}}).toJson();
    OpError e = WeaviateClient::errorForStatus(http, body, QString::fromLatin1(rpc));
    if (e.code == OpError::Code::Http)
        e.message
            = tr("The server refused the gRPC request (%1).").arg(QString::fromLatin1(codeName(status.error_code())));
    e.details = details;
    e.httpStatus = 0;
    return e;
}

qint64 WeaviateGrpc::objectCount(const QString& collection, const QString& tenant, OpError* error, bool* canceled)
{
    bool wasCanceled = false;
    if (!d->setupError.isEmpty()) {
        *error = OpError::make(OpError::Code::Usage, d->setupError);
        return -1;
    }
    weaviate::v1::AggregateRequest request;
    request.set_collection(collection.toStdString());
    request.set_tenant(tenant.toStdString());
    request.set_objects_count(true);
    weaviate::v1::AggregateReply reply;
    const grpc::Status status = call(
        "Aggregate",
        [&](grpc::ClientContext* c, grpc::CompletionQueue* q) { return d->stub->PrepareAsyncAggregate(c, request, q); },
        &reply, &wasCanceled);
    if (canceled)
        *canceled = wasCanceled;
    if (wasCanceled)
        return -1;
    if (!status.ok()) {
        *error = errorFor(status, "Aggregate");
        return -1;
    }
    if (!reply.has_single_result() || !reply.single_result().has_objects_count()) {
        *error = OpError::make(OpError::Code::Format,
            tr("The gRPC API at %1 answered a count without a number.").arg(d->target),
            QString::fromStdString(reply.ShortDebugString()).left(500));
        return -1;
    }
    return reply.single_result().objects_count();
}

bool WeaviateGrpc::objectCounts(const QString& collection, const QStringList& tenants, QList<qint64>* counts,
    OpError* error, bool* canceled, int inFlight)
{
    struct Call
    {
        qsizetype index = 0;
        grpc::ClientContext context;
        weaviate::v1::AggregateRequest request;
        weaviate::v1::AggregateReply reply;
        grpc::Status status;
        std::unique_ptr<grpc::ClientAsyncResponseReader<weaviate::v1::AggregateReply>> rpc;
    };
    counts->fill(-1, tenants.size());
    grpc::CompletionQueue queue;
    std::vector<std::unique_ptr<Call>> running;
    QList<qsizetype> again; // transient failures, repeated one by one below with the usual retries
    qsizetype next = 0;
    bool stop = false;
    auto startNext = [&] {
        auto call = std::make_unique<Call>();
        call->index = next++;
        call->context.set_deadline(after(d->endpoint.transferTimeoutMs));
        for (const auto& [key, value] : d->metadata)
            call->context.AddMetadata(key, value);
        call->request.set_collection(collection.toStdString());
        call->request.set_tenant(tenants[call->index].toStdString());
        call->request.set_objects_count(true);
        call->rpc = d->stub->PrepareAsyncAggregate(&call->context, call->request, &queue);
        call->rpc->StartCall();
        call->rpc->Finish(&call->reply, &call->status, call.get());
        running.push_back(std::move(call));
    };
    while (next < tenants.size() && qsizetype(running.size()) < inFlight)
        startNext();
    while (!running.empty()) {
        void* tag = nullptr;
        bool ok = false;
        if (queue.AsyncNext(&tag, &ok, after(cancelPollMs)) == grpc::CompletionQueue::TIMEOUT) {
            if (!stop && m_isCanceled && m_isCanceled()) {
                stop = true;
                for (const auto& c : running)
                    c->context.TryCancel();
            }
            continue;
        }
        const auto it = std::find_if(running.begin(), running.end(), [tag](const auto& c) { return c.get() == tag; });
        Call& done = **it;
        if (done.status.ok() && done.reply.has_single_result())
            (*counts)[done.index] = done.reply.single_result().objects_count();
        else if (!stop && (done.status.ok() || isRetryable(done.status.error_code())))
            again.append(done.index);
        else if (!stop) {
            *error = errorFor(done.status, "Aggregate");
            stop = true;
            for (const auto& c : running)
                c->context.TryCancel();
        }
        running.erase(it);
        if (!stop && next < tenants.size())
            startNext();
    }
    queue.Shutdown();
    void* tag = nullptr;
    bool ok = false;
    while (queue.Next(&tag, &ok)) { }
    const bool wasCanceled = stop && !error->isError();
    if (canceled)
        *canceled = wasCanceled;
    if (stop)
        return false;
    for (qsizetype i : std::as_const(again)) {
        (*counts)[i] = objectCount(collection, tenants[i], error, canceled);
        if ((*counts)[i] < 0)
            return false;
    }
    return true;
}

bool WeaviateGrpc::ids(const QString& collection, const QString& tenant, const QString& afterId, int limit,
    QStringList* out, OpError* error, bool* canceled)
{
    weaviate::v1::SearchRequest request;
    request.set_collection(collection.toStdString());
    request.set_tenant(tenant.toStdString());
    request.set_limit(quint32(limit));
    if (!afterId.isEmpty())
        request.set_after(afterId.toStdString());
    request.mutable_metadata()->set_uuid(true);
    // Present but empty: no properties at all (absent would mean every non-reference property).
    request.mutable_properties();
    request.set_uses_127_api(true);
    weaviate::v1::SearchReply reply;
    if (!search(request, &reply, error, canceled))
        return false;
    out->clear();
    for (const auto& result : reply.results())
        out->append(QString::fromStdString(result.metadata().id()));
    return true;
}

bool WeaviateGrpc::search(
    const weaviate::v1::SearchRequest& request, weaviate::v1::SearchReply* reply, OpError* error, bool* canceled)
{
    bool wasCanceled = false;
    if (!d->setupError.isEmpty()) {
        *error = OpError::make(OpError::Code::Usage, d->setupError);
        return false;
    }
    const grpc::Status status = call(
        "Search",
        [&](grpc::ClientContext* c, grpc::CompletionQueue* q) { return d->stub->PrepareAsyncSearch(c, request, q); },
        reply, &wasCanceled);
    if (canceled)
        *canceled = wasCanceled;
    if (wasCanceled)
        return false;
    if (!status.ok()) {
        *error = errorFor(status, "Search");
        return false;
    }
    return true;
}

bool WeaviateGrpc::ping(OpError* error, bool* canceled)
{
    bool wasCanceled = false;
    if (!d->setupError.isEmpty()) {
        *error = OpError::make(OpError::Code::Usage, d->setupError);
        return false;
    }
    auto health = grpc::health::v1::Health::NewStub(d->channel);
    grpc::health::v1::HealthCheckRequest request;
    grpc::health::v1::HealthCheckResponse reply;
    const bool wasProbing = std::exchange(m_probing, true);
    const grpc::Status status = call(
        "Health/Check",
        [&](grpc::ClientContext* c, grpc::CompletionQueue* q) { return health->PrepareAsyncCheck(c, request, q); },
        &reply, &wasCanceled);
    m_probing = wasProbing;
    if (canceled)
        *canceled = wasCanceled;
    if (wasCanceled)
        return false;
    if (!status.ok()) {
        *error = errorFor(status, "Health/Check");
        return false;
    }
    return true;
}

weaviate::v1::Weaviate::Stub& WeaviateGrpc::stub()
{
    return *d->stub;
}

grpc::GenericStub& WeaviateGrpc::genericStub()
{
    return *d->genericStub;
}

void WeaviateGrpc::prepareContext(grpc::ClientContext* context) const
{
    context->set_deadline(after(d->endpoint.transferTimeoutMs));
    for (const auto& [key, value] : d->metadata)
        context->AddMetadata(key, value);
}

QString WeaviateGrpc::setupError() const
{
    return d->setupError;
}

QString WeaviateGrpc::target() const
{
    return d->target;
}

} // namespace Colvault
