// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace Emu {

class Engine;

// What the fault injection decided for one gRPC call (HttpServer::decideFaults on the call's path).
struct GrpcFault
{
    bool dropBefore = false; // cancel the call before it is handled
    bool dropAfter = false; // handle it, then cancel instead of answering
    bool abort = false; // the server is stopping
    int httpStatus = 0; // 503 -> UNAVAILABLE, 429 -> RESOURCE_EXHAUSTED, 500 -> UNKNOWN, as REST would have answered
    std::string message;
};

// The emulator's gRPC listener (plaintext h2c, like Weaviate without GRPC_CERT_FILE): weaviate.v1.Weaviate Search,
// Aggregate, TenantsGet and BatchObjects on the Engine's store (GrpcApi), and grpc.health.v1.Health. Runs grpc++'s
// synchronous server on its own threads; start() and stop() may be called from any thread.
//
// Usage: GrpcServer s(engine, decider); s.start("127.0.0.1", 0, &error); s.port(); ... s.stop();
class GrpcServer
{
public:
    using FaultDecider = std::function<GrpcFault(const std::string& path)>;

    GrpcServer(Engine& engine, FaultDecider faults);
    ~GrpcServer();
    GrpcServer(const GrpcServer&) = delete;
    GrpcServer& operator=(const GrpcServer&) = delete;

    // Listens on host:port (0 = ephemeral). Returns false and fills *error when it cannot.
    bool start(const std::string& host, uint16_t port, std::string* error);
    // Serve TLS with this certificate chain and key (PEM) from the next start() on, as Weaviate does with
    // GRPC_CERT_FILE / GRPC_KEY_FILE; empty = plaintext h2c (the default).
    void setTls(std::string certificateChainPem, std::string privateKeyPem);
    // Cancels the calls in flight and stops listening. Idempotent.
    void stop();
    bool isRunning() const;
    uint16_t port() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace Emu
