// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/FaultConfig.h"
#include "tools/emulator/HttpTypes.h"
#include "tools/emulator/Socket.h"

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace Emu {

// A small HTTP/1.1 server for the emulator: keep-alive, Content-Length and chunked request bodies,
// Expect: 100-continue, and seeded fault injection (latency, 503, 429, batch OOM, dropped connections).
//
// Threads: one accept thread plus one thread per connection; the handler is called on connection threads,
// concurrently. listen() and stop() may be called from any thread except a connection thread (stop() joins them);
// a handler that needs to stop the server registers the work with runAfterResponse() and starts its own thread.
//
// Portable: its few socket calls go through Socket.h (BSD sockets or Winsock).
//
// Usage: HttpServer s([](const HttpRequest& r) { return HttpResponse::json(200, "{}"); });
//        s.listen("127.0.0.1", 0, &error); s.port(); ... s.stop();
class HttpServer
{
public:
    using Handler = std::function<HttpResponse(const HttpRequest&)>;

    explicit HttpServer(Handler handler);
    ~HttpServer();
    HttpServer(const HttpServer&) = delete;
    HttpServer& operator=(const HttpServer&) = delete;

    // Binds host:port (0 = ephemeral) with SO_REUSEADDR, so a stopped server can listen on the same port again.
    bool listen(const std::string& host, uint16_t port, std::string* error);
    // Closes the listener, resets every open connection and joins all threads. Idempotent.
    void stop();
    bool isListening() const { return m_listening.load(); }
    uint16_t port() const { return m_port.load(); }
    std::string host() const;

    // Replaces the fault configuration and restarts its request sequence, so the same requests in the same
    // order see the same faults again.
    void setFaults(const FaultConfig& faults);
    FaultConfig faults() const;
    FaultStats faultStats() const;

    // Called from inside a handler: run `fn` on the connection thread once the current response has been sent
    // (e.g. to restart the server only after the client got its 200).
    static void runAfterResponse(std::function<void()> fn);

    enum class Outcome
    {
        Normal,
        DropBefore,
        DropMidBody,
        Abort
    };
    // Applies the fault configuration to one request: may sleep, may replace the response, may ask to drop. Also
    // used by the gRPC listener (path "/weaviate.v1.Weaviate/<Method>", method "POST"), so both transports share
    // one configuration, one request sequence and one set of counters.
    Outcome decideFaults(const HttpRequest& req, HttpResponse* injected, bool* useInjected);

private:
    struct Connection
    {
        Net::Handle fd = Net::kInvalid;
        std::thread thread;
        std::atomic<bool> done {false};
        std::atomic<bool> busy {false}; // between a request's head and the end of its response
    };
    struct Counters
    {
        std::atomic<uint64_t> connectionsAccepted {0};
        std::atomic<uint64_t> requests {0};
        std::atomic<uint64_t> injected503 {0};
        std::atomic<uint64_t> injected429 {0};
        std::atomic<uint64_t> droppedBefore {0};
        std::atomic<uint64_t> droppedMidBody {0};
        std::atomic<uint64_t> injectedOom {0};
        std::atomic<uint64_t> spikes {0};
        std::atomic<uint64_t> skippedByMax {0};
    };
    void acceptLoop();
    void serveConnection(Connection* conn);
    // Sleeps up to ms, returning early when stop() is called; false when stopping.
    bool interruptibleSleep(int ms);
    void reapFinished();

    Handler m_handler;
    std::atomic<bool> m_listening {false};
    std::atomic<uint16_t> m_port {0};
    mutable std::mutex m_hostMutex; // host() may be read while a restart listens again
    std::string m_host;
    Net::Handle m_listenFd = Net::kInvalid;
    Net::Waker m_waker; // wakes the accept loop on stop()
    std::thread m_acceptThread;

    std::mutex m_lifecycleMutex; // serialises listen() and stop()
    std::mutex m_connMutex; // guards m_connections and the fds in them
    std::list<std::unique_ptr<Connection>> m_connections;

    std::mutex m_sleepMutex;
    std::condition_variable m_sleepCv;
    bool m_stopping = false; // guarded by m_sleepMutex

    mutable std::mutex m_faultMutex;
    FaultConfig m_faults;
    std::atomic<bool> m_faultsActive {false};
    std::atomic<uint64_t> m_faultSeq {0};
    std::atomic<int> m_faultsInjected {0}; // since the last setFaults(), for FaultConfig::maxFaults
    Counters m_counters;
};

} // namespace Emu
