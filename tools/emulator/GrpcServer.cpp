// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/GrpcServer.h"

#include "health/v1/health.grpc.pb.h"
#include "tools/emulator/Engine.h"
#include "tools/emulator/GrpcApi.h"
#include "v1/weaviate.grpc.pb.h"

#include <atomic>
#include <chrono>
#include <grpcpp/grpcpp.h>
#include <mutex>

namespace Emu {

namespace {

namespace pb = weaviate::v1;
using HealthRequest = grpc::health::v1::HealthCheckRequest;
using HealthResponse = grpc::health::v1::HealthCheckResponse;

// GRPC_MAX_MESSAGE_SIZE's default, as /v1/meta advertises it (notes 17.1).
constexpr int kMaxMessageSize = 104858000;

// Check and Watch answer SERVING for any service name, without auth (Weaviate's grpc/v1/health.go).
class HealthService final : public grpc::health::v1::Health::Service
{
    grpc::Status Check(grpc::ServerContext*, const HealthRequest*, HealthResponse* reply) override
    {
        reply->set_status(HealthResponse::SERVING);
        return grpc::Status::OK;
    }
    grpc::Status Watch(grpc::ServerContext*, const HealthRequest*, grpc::ServerWriter<HealthResponse>* writer) override
    {
        HealthResponse reply;
        reply.set_status(HealthResponse::SERVING);
        writer->Write(reply);
        return grpc::Status::OK;
    }
};

// BatchObjects is a "streamed unary" method so that it can parse its request into an arena (see below).
using WeaviateServiceBase = pb::Weaviate::WithStreamedUnaryMethod_BatchObjects<pb::Weaviate::Service>;

class WeaviateService final : public WeaviateServiceBase
{
public:
    WeaviateService(Engine& engine, const GrpcServer::FaultDecider& faults)
        : m_engine(engine)
        , m_faults(faults)
    {
    }

    grpc::Status Search(grpc::ServerContext* ctx, const pb::SearchRequest* req, pb::SearchReply* reply) override
    {
        return run(ctx, "/weaviate.v1.Weaviate/Search", [&](const EngineConfig& config, const GrpcApi::Principal&) {
            return GrpcApi::search(m_engine.store(), config, *req, *reply);
        });
    }
    grpc::Status Aggregate(
        grpc::ServerContext* ctx, const pb::AggregateRequest* req, pb::AggregateReply* reply) override
    {
        return run(ctx, "/weaviate.v1.Weaviate/Aggregate", [&](const EngineConfig&, const GrpcApi::Principal&) {
            return GrpcApi::aggregate(m_engine.store(), *req, *reply);
        });
    }
    grpc::Status TenantsGet(
        grpc::ServerContext* ctx, const pb::TenantsGetRequest* req, pb::TenantsGetReply* reply) override
    {
        return run(ctx, "/weaviate.v1.Weaviate/TenantsGet", [&](const EngineConfig& config, const GrpcApi::Principal&) {
            return GrpcApi::tenantsGet(m_engine.store(), config, *req, *reply);
        });
    }
    // A batch request holds thousands of small strings, maps and messages (properties). Parsed into an arena they
    // cost a pointer bump each and nothing to free, where the plain handler allocates and frees every one.
    grpc::Status StreamedBatchObjects(grpc::ServerContext* ctx,
        grpc::ServerUnaryStreamer<pb::BatchObjectsRequest, pb::BatchObjectsReply>* streamer) override
    {
        google::protobuf::ArenaOptions options;
        options.start_block_size = size_t {64} << 10;
        options.max_block_size = size_t {4} << 20;
        google::protobuf::Arena arena(options);
        auto* req = google::protobuf::Arena::CreateMessage<pb::BatchObjectsRequest>(&arena);
        auto* reply = google::protobuf::Arena::CreateMessage<pb::BatchObjectsReply>(&arena);
        const grpc::Status status = run(ctx, "/weaviate.v1.Weaviate/BatchObjects",
            [&](const EngineConfig& config, const GrpcApi::Principal& principal) {
                if (!streamer->Read(req))
                    return grpc::Status(grpc::StatusCode::INTERNAL, "cannot read the request");
                return GrpcApi::batchObjects(m_engine.store(), config, principal, *req, *reply);
            });
        if (status.ok())
            streamer->Write(*reply);
        return status;
    }

private:
    // Faults first (the transport decides them before any handler, as for REST), then auth, then the call.
    template<typename Handler> grpc::Status run(grpc::ServerContext* ctx, const std::string& path, Handler&& handler)
    {
        const GrpcFault fault = m_faults ? m_faults(path) : GrpcFault {};
        if (fault.abort)
            return grpc::Status(grpc::StatusCode::UNAVAILABLE, "the emulator is stopping");
        if (fault.dropBefore) {
            ctx->TryCancel();
            return grpc::Status::CANCELLED;
        }
        grpc::Status status;
        if (fault.httpStatus == 503) {
            status = grpc::Status(grpc::StatusCode::UNAVAILABLE, fault.message);
        } else if (fault.httpStatus == 429) {
            status = grpc::Status(grpc::StatusCode::RESOURCE_EXHAUSTED, fault.message);
        } else if (fault.httpStatus == 500) {
            // A handler error (the batch's memory check): a plain Go error, so UNKNOWN.
            status = grpc::Status(grpc::StatusCode::UNKNOWN, fault.message);
        } else {
            const EngineConfig config = m_engine.config();
            const auto& metadata = ctx->client_metadata();
            const auto auth = metadata.find("authorization");
            const std::string value
                = auth == metadata.end() ? std::string() : std::string(auth->second.data(), auth->second.size());
            GrpcApi::Principal principal;
            status = GrpcApi::authenticate(config, auth == metadata.end() ? nullptr : &value, &principal);
            if (status.ok())
                status = handler(config, principal);
        }
        if (fault.dropAfter) {
            ctx->TryCancel();
            return grpc::Status::CANCELLED;
        }
        return status;
    }

    Engine& m_engine;
    const GrpcServer::FaultDecider& m_faults;
};

} // namespace

struct GrpcServer::Impl
{
    Impl(Engine& engine, FaultDecider decider)
        : faults(std::move(decider))
        , weaviate(engine, faults)
    {
    }

    FaultDecider faults;
    WeaviateService weaviate;
    HealthService health;
    mutable std::mutex mutex; // server
    std::unique_ptr<grpc::Server> server;
    std::atomic<uint16_t> port {0};
    std::string certificatePem;
    std::string keyPem;
};

GrpcServer::GrpcServer(Engine& engine, FaultDecider faults)
    : d(std::make_unique<Impl>(engine, std::move(faults)))
{
}

GrpcServer::~GrpcServer()
{
    stop();
}

bool GrpcServer::start(const std::string& host, uint16_t port, std::string* error)
{
    std::lock_guard lock(d->mutex);
    if (d->server)
        return true;
    const std::string address
        = (host.find(':') != std::string::npos ? "[" + host + "]" : host) + ":" + std::to_string(port);
    int selected = 0;
    grpc::ServerBuilder builder;
    std::shared_ptr<grpc::ServerCredentials> credentials = grpc::InsecureServerCredentials();
    if (!d->certificatePem.empty()) {
        grpc::SslServerCredentialsOptions options;
        options.pem_key_cert_pairs.push_back({d->keyPem, d->certificatePem});
        credentials = grpc::SslServerCredentials(options);
    }
    builder.AddListeningPort(address, credentials, &selected);
    builder.SetMaxReceiveMessageSize(kMaxMessageSize);
    builder.SetMaxSendMessageSize(kMaxMessageSize);
    // A stopped emulator must be able to listen on the same port again at once, and no other process may share it.
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    // gRPC's synchronous server keeps two idle threads by default and starts (and ends) one per call beyond them:
    // over a 100K-object restore (six calls in flight) that was 541 threads, each with a fresh stack to fault in.
    // Eight idle ones cover every client we run without a thread per call.
    builder.SetSyncServerOption(grpc::ServerBuilder::SyncServerOption::MAX_POLLERS, 8);
    builder.RegisterService(&d->weaviate);
    builder.RegisterService(&d->health);
    d->server = builder.BuildAndStart();
    if (!d->server || selected == 0) {
        d->server.reset();
        if (error)
            *error = "cannot listen for gRPC on " + address;
        return false;
    }
    d->port = static_cast<uint16_t>(selected);
    return true;
}

void GrpcServer::setTls(std::string certificateChainPem, std::string privateKeyPem)
{
    std::lock_guard lock(d->mutex);
    d->certificatePem = std::move(certificateChainPem);
    d->keyPem = std::move(privateKeyPem);
}

void GrpcServer::stop()
{
    std::unique_ptr<grpc::Server> server;
    {
        std::lock_guard lock(d->mutex);
        server.swap(d->server);
    }
    if (!server)
        return;
    // Calls in flight are cancelled at once: a stopping server answers nothing more.
    server->Shutdown(std::chrono::system_clock::now());
    server->Wait();
}

bool GrpcServer::isRunning() const
{
    std::lock_guard lock(d->mutex);
    return d->server != nullptr;
}

uint16_t GrpcServer::port() const
{
    return d->port.load();
}

} // namespace Emu
