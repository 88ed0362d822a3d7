// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"
#include "tools/emulator/FaultConfig.h"
#include "tools/emulator/GrpcServer.h"

#include <atomic>
#include <cstdint>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace Emu {

class HttpServer;

// A Weaviate API emulator on loopback: the Engine (REST semantics) behind an HttpServer (HTTP/1.1 keep-alive,
// fault injection), plus the control endpoints under /__emulator/ (faults, restart, snapshot, reset, ready).
// Runs on its own threads, so a test's event loop (or none) does not matter.
//
// Usage: Emulator emu; emu.start(); QUrl(emu.baseUrl()); ... emu.setFaults(f); ... emu.restart(500);
class Emulator
{
public:
    explicit Emulator(EngineConfig config = {});
    ~Emulator();
    Emulator(const Emulator&) = delete;
    Emulator& operator=(const Emulator&) = delete;

    // Listen on host:port (0 = ephemeral). Returns false and fills *error when the port cannot be bound.
    bool start(uint16_t port = 0, const std::string& host = "127.0.0.1", std::string* error = nullptr);
    // Close the listener and every open connection (in-flight requests see a reset). Data is kept.
    void stop();
    // stop(), stay away for downtimeMs, then listen again on the same port. Returns false if rebinding failed.
    bool restart(int downtimeMs);
    bool isRunning() const;

    uint16_t port() const;
    std::string baseUrl() const; // "http://127.0.0.1:<port>"

    // The gRPC listener (weaviate.v1 Search/Aggregate/TenantsGet/BatchObjects, grpc.health.v1), on the host of start()
    // or 127.0.0.1, with the same store, auth and fault configuration as REST. restart() stops and restarts it on the
    // same port as well; stop() leaves it alone (stopGrpc() and the destructor stop it).
    bool startGrpc(uint16_t port = 0, std::string* error = nullptr);
    // gRPC over TLS with this PEM certificate chain and key, from the next startGrpc() on.
    void setGrpcTls(std::string certificateChainPem, std::string privateKeyPem);
    void stopGrpc();
    uint16_t grpcPort() const; // 0 before startGrpc()

    Engine& engine() { return m_engine; }
    void setFaults(const FaultConfig& faults);
    FaultConfig faults() const;
    FaultStats faultStats() const;

    // When set, stop() and the destructor save a snapshot there, and start() loads it if it exists.
    void setSnapshotPath(const std::string& path);

private:
    struct RestartTask
    {
        std::thread thread;
        std::atomic<bool> done {false};
    };

    HttpResponse handle(const HttpRequest& req);
    GrpcFault decideGrpcFaults(const std::string& path);
    HttpResponse handleControl(const HttpRequest& req);
    void scheduleRestart(int downtimeMs);

    Engine m_engine;
    std::unique_ptr<HttpServer> m_server;
    std::unique_ptr<GrpcServer> m_grpc;
    std::string m_snapshotPath;
    mutable std::mutex m_lifecycleMutex; // start/stop/restart/snapshot path
    std::mutex m_restartMutex; // m_restarts
    std::list<std::unique_ptr<RestartTask>> m_restarts; // POST /__emulator/restart runs off the connection thread
    std::atomic<bool> m_restarting {false};
    std::atomic<uint64_t> m_grpcCalls {0};
    bool m_started = false; // start() succeeded at least once (port is ours to reuse)
};

} // namespace Emu
