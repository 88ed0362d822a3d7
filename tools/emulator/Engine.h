// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/EngineConfig.h"
#include "tools/emulator/HttpTypes.h"
#include "tools/emulator/Store.h"

#include <atomic>
#include <mutex>
#include <string>

namespace Emu {

// What every API handler gets: the request, the database and the server's configuration. `user` is the
// authenticated user ("" for anonymous); the engine has already refused writes for read-only keys.
struct RequestContext
{
    const HttpRequest& req;
    Store& store;
    const EngineConfig& config;
    std::string user;
};

// The Weaviate REST semantics of the emulator, with no transport: handle() maps one request to one response,
// exactly as a real Weaviate would answer it. Thread-safe: the transport calls handle() from many connection
// threads at once (the Store's shared_mutex serialises writers).
//
// Usage: Engine e(config); HttpResponse r = e.handle(request);
class Engine
{
public:
    explicit Engine(EngineConfig config = {});

    HttpResponse handle(const HttpRequest& req);

    EngineConfig config() const;
    void setConfig(const EngineConfig& config); // between requests; tests use it to flip version-gated rules
    void setReady(bool ready) { m_ready = ready; } // GET /v1/.well-known/ready answers 503 when false

    // Whole-database snapshot (schema, aliases, tenants, objects with vectors and timestamps) so a stopped and
    // restarted emulator keeps its data. Returns false and fills *error on failure; writes atomically.
    bool saveSnapshot(const std::string& path, std::string* error) const;
    bool loadSnapshot(const std::string& path, std::string* error);
    void reset(); // drop everything

    Store& store() { return m_store; }

private:
    mutable std::mutex m_configMutex;
    EngineConfig m_config;
    std::atomic<bool> m_ready {true};
    Store m_store;
};

} // namespace Emu
