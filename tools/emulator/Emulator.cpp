// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Emulator.h"

#include "tools/emulator/HttpServer.h"

#include <chrono>
#include <filesystem>
#include <string_view>

namespace Emu {

namespace {

std::string jsonString(std::string_view s)
{
    std::string out = "\"";
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                static const char* hex = "0123456789abcdef";
                out += "\\u00";
                out += hex[(c >> 4) & 0xf];
                out += hex[c & 0xf];
            } else {
                out += c;
            }
        }
    }
    out += '"';
    return out;
}

HttpResponse controlError(int status, std::string_view message)
{
    return HttpResponse::json(status, "{\"error\":[{\"message\":" + jsonString(message) + "}]}");
}

} // namespace

Emulator::Emulator(EngineConfig config)
    : m_engine(std::move(config))
    , m_server(std::make_unique<HttpServer>([this](const HttpRequest& req) { return handle(req); }))
    , m_grpc(std::make_unique<GrpcServer>(m_engine, [this](const std::string& path) { return decideGrpcFaults(path); }))
{
}

Emulator::~Emulator()
{
    // Restart tasks call into m_server: they must be finished before it goes away.
    std::list<std::unique_ptr<RestartTask>> restarts;
    {
        std::lock_guard lock(m_restartMutex);
        restarts.swap(m_restarts);
    }
    for (auto& task : restarts)
        task->thread.join();
    m_grpc->stop();
    stop();
}

bool Emulator::start(uint16_t port, const std::string& host, std::string* error)
{
    std::lock_guard lock(m_lifecycleMutex);
    if (m_server->isListening())
        return true;
    if (!m_snapshotPath.empty()) {
        std::error_code ec;
        if (std::filesystem::exists(m_snapshotPath, ec) && !m_engine.loadSnapshot(m_snapshotPath, error))
            return false;
    }
    if (!m_server->listen(host, port, error))
        return false;
    m_started = true;
    return true;
}

void Emulator::stop()
{
    std::lock_guard lock(m_lifecycleMutex);
    m_server->stop();
    if (m_started && !m_snapshotPath.empty()) {
        std::string error;
        m_engine.saveSnapshot(m_snapshotPath, &error);
    }
}

bool Emulator::restart(int downtimeMs)
{
    std::string host;
    uint16_t port = 0;
    // A process restart drops the gRPC connections too: clients see UNAVAILABLE, then reconnect to the same port.
    const bool grpc = m_grpc->isRunning();
    {
        std::lock_guard lock(m_lifecycleMutex);
        host = m_server->host();
        port = m_server->port();
        m_server->stop();
    }
    if (grpc)
        m_grpc->stop();
    // Like a process restart the data stays; unlike stop() there is no snapshot round trip (the memory survives).
    if (downtimeMs > 0)
        std::this_thread::sleep_for(std::chrono::milliseconds(downtimeMs));
    std::lock_guard lock(m_lifecycleMutex);
    if (port == 0)
        return false;
    std::string error;
    if (grpc && !m_grpc->start(host.empty() ? std::string("127.0.0.1") : host, m_grpc->port(), &error))
        return false;
    return m_server->listen(host, port, &error);
}

bool Emulator::startGrpc(uint16_t port, std::string* error)
{
    const std::string host = m_server->host();
    return m_grpc->start(host.empty() ? std::string("127.0.0.1") : host, port, error);
}

void Emulator::setGrpcTls(std::string certificateChainPem, std::string privateKeyPem)
{
    m_grpc->setTls(std::move(certificateChainPem), std::move(privateKeyPem));
}

void Emulator::stopGrpc()
{
    m_grpc->stop();
}

uint16_t Emulator::grpcPort() const
{
    return m_grpc->port();
}

GrpcFault Emulator::decideGrpcFaults(const std::string& path)
{
    GrpcFault fault;
    if (!path.starts_with("/weaviate.v1."))
        return fault; // health checks are never faulted, like /v1/.well-known/
    ++m_grpcCalls;
    HttpRequest req;
    req.method = "POST";
    req.path = path;
    req.target = path;
    HttpResponse injected;
    bool useInjected = false;
    switch (m_server->decideFaults(req, &injected, &useInjected)) {
    case HttpServer::Outcome::Normal:
        break;
    case HttpServer::Outcome::DropBefore:
        fault.dropBefore = true;
        return fault;
    case HttpServer::Outcome::DropMidBody:
        fault.dropAfter = true;
        break;
    case HttpServer::Outcome::Abort:
        fault.abort = true;
        return fault;
    }
    if (useInjected) {
        fault.httpStatus = injected.status;
        // The REST body's message: {"error":[{"message":"..."}]} or the usage-limit shape {...,"message":"..."}.
        const size_t key = injected.body.find("\"message\":\"");
        const size_t from = key == std::string::npos ? 0 : key + 11;
        const size_t to = injected.body.find('"', from);
        fault.message = key == std::string::npos ? injected.body : injected.body.substr(from, to - from);
    }
    return fault;
}

bool Emulator::isRunning() const
{
    return m_server->isListening();
}

uint16_t Emulator::port() const
{
    return m_server->port();
}

std::string Emulator::baseUrl() const
{
    std::string host = m_server->host();
    if (host.empty())
        host = "127.0.0.1";
    if (host.find(':') != std::string::npos)
        host = "[" + host + "]";
    return "http://" + host + ":" + std::to_string(m_server->port());
}

void Emulator::setFaults(const FaultConfig& faults)
{
    m_server->setFaults(faults);
}

FaultConfig Emulator::faults() const
{
    return m_server->faults();
}

FaultStats Emulator::faultStats() const
{
    FaultStats s = m_server->faultStats();
    s.grpcCalls = m_grpcCalls;
    return s;
}

void Emulator::setSnapshotPath(const std::string& path)
{
    std::lock_guard lock(m_lifecycleMutex);
    m_snapshotPath = path;
}

HttpResponse Emulator::handle(const HttpRequest& req)
{
    if (req.path.starts_with("/__emulator/"))
        return handleControl(req);
    return m_engine.handle(req);
}

void Emulator::scheduleRestart(int downtimeMs)
{
    std::lock_guard lock(m_restartMutex);
    // Finished tasks are only joined here and in the destructor; a finished thread joins at once.
    for (auto it = m_restarts.begin(); it != m_restarts.end();) {
        if ((*it)->done) {
            (*it)->thread.join();
            it = m_restarts.erase(it);
        } else {
            ++it;
        }
    }
    auto task = std::make_unique<RestartTask>();
    RestartTask* raw = task.get();
    raw->thread = std::thread([this, raw, downtimeMs] {
        restart(downtimeMs);
        m_restarting = false;
        raw->done = true;
    });
    m_restarts.push_back(std::move(task));
}

HttpResponse Emulator::handleControl(const HttpRequest& req)
{
    const std::string_view what = std::string_view(req.path).substr(std::string_view("/__emulator/").size());
    const std::string& method = req.method;

    if (what == "faults") {
        if (method == "GET")
            return HttpResponse::json(200, faults().toJson());
        if (method == "PUT" || method == "POST") {
            FaultConfig f;
            std::string error;
            if (!FaultConfig::fromJson(req.body.empty() ? std::string("{}") : req.body, &f, &error))
                return controlError(400, error);
            setFaults(f);
            return HttpResponse::json(200, f.toJson());
        }
    } else if (what == "stats") {
        if (method == "GET") {
            const FaultStats s = faultStats();
            std::string body = "{\"connectionsAccepted\":" + std::to_string(s.connectionsAccepted)
                + ",\"requests\":" + std::to_string(s.requests) + ",\"grpcCalls\":" + std::to_string(s.grpcCalls)
                + ",\"injected503\":" + std::to_string(s.injected503) + ",\"injected429\":"
                + std::to_string(s.injected429) + ",\"droppedBefore\":" + std::to_string(s.droppedBefore)
                + ",\"droppedMidBody\":" + std::to_string(s.droppedMidBody)
                + ",\"injectedOom\":" + std::to_string(s.injectedOom) + ",\"spikes\":" + std::to_string(s.spikes) + "}";
            return HttpResponse::json(200, std::move(body));
        }
    } else if (what == "restart") {
        if (method == "POST") {
            int downMs = 0;
            if (const std::string* v = req.queryValue("downMs")) {
                try {
                    downMs = std::stoi(*v);
                } catch (const std::exception&) {
                    downMs = -1;
                }
                if (downMs < 0 || downMs > 600000)
                    return controlError(400, "downMs must be an integer between 0 and 600000");
            }
            bool expected = false;
            if (!m_restarting.compare_exchange_strong(expected, true))
                return controlError(409, "a restart is already in progress");
            // Restart only once the 200 is on the wire, from a thread of our own: stop() joins this connection.
            HttpServer::runAfterResponse([this, downMs] { scheduleRestart(downMs); });
            return HttpResponse::json(200, "{\"restarting\":true,\"downMs\":" + std::to_string(downMs) + "}");
        }
    } else if (what == "snapshot") {
        if (method == "POST") {
            std::string path;
            {
                std::lock_guard lock(m_lifecycleMutex);
                path = m_snapshotPath;
            }
            if (path.empty())
                return controlError(400, "no snapshot path configured (--snapshot)");
            std::string error;
            if (!m_engine.saveSnapshot(path, &error))
                return controlError(500, "snapshot failed: " + error);
            return HttpResponse::json(200, "{\"path\":" + jsonString(path) + "}");
        }
    } else if (what == "reset") {
        if (method == "POST") {
            m_engine.reset();
            return HttpResponse::json(200, "{\"reset\":true}");
        }
    } else if (what == "ready") {
        if (method == "PUT" || method == "POST") {
            const std::string* v = req.queryValue("value");
            if (!v || (*v != "true" && *v != "false"))
                return controlError(400, "value must be true or false");
            m_engine.setReady(*v == "true");
            return HttpResponse::json(200, "{\"ready\":" + *v + "}");
        }
    } else {
        return controlError(404, "unknown emulator control endpoint " + req.path);
    }
    HttpResponse r = controlError(405, "method " + method + " not allowed on " + req.path);
    return r;
}

} // namespace Emu
