// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// weaviate-emulator: the Weaviate API emulator as a process, for the demo, the conformance suite and the benchmarks.
// Its first stdout line is "Weaviate API emulator listening on http://127.0.0.1:<port>" (scripts parse the port), and
// with --grpc-port the second is "gRPC listening on 127.0.0.1:<port>";
// it serves until SIGINT/SIGTERM (Windows: Ctrl+C, Ctrl+Break, closing the console), then saves the snapshot if one
// is configured.
#include "tools/emulator/Emulator.h"
#include "tools/emulator/LocalRequest.h"
#include "tools/emulator/StandInVectorizer.h"
#include "tools/seed/DemoSeeder.h"

#include <QtGlobal>
#include <charconv>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#if defined(__GLIBC__)
#include <malloc.h>
#include <unistd.h>
#endif
#include <string>
#include <string_view>
#ifdef Q_OS_WIN
#include <condition_variable>
#include <mutex>
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <csignal>
#include <pthread.h>
#endif

namespace {

const char* kUsage = R"(Usage: weaviate-emulator [options]

Serves the Weaviate REST API subset Colvault uses, from memory, on loopback.

  --host HOST            address to listen on (default 127.0.0.1)
  --port N               port (default 0: pick a free one)
  --version-string V     version reported by GET /v1/meta (default 1.36.0)
  --modules JSON         "modules" object reported by GET /v1/meta (default {})
  --enable-modules LIST  ENABLE_MODULES: comma-separated modules added to "modules"; text2vec-* ones compute a
                         stand-in embedding of objects imported without one (docs/emulator.md)
  --api-key K            accept this API key and require one (repeatable)
  --read-only-key K      accept this API key for reads only (repeatable)
  --max-results N        QUERY_MAXIMUM_RESULTS (default 10000)
  --default-limit N      QUERY_DEFAULTS_LIMIT (default 10)
  --grpc-port N          also serve gRPC (Search, Aggregate, TenantsGet, BatchObjects, health) on this port (0: a free
                         one); announced on a second stdout line "gRPC listening on 127.0.0.1:<port>"
  --disable-graphql      DISABLE_GRAPHQL: POST /v1/graphql answers 422 "graphql api is disabled"
  --namespaces           namespaces enabled (1.38+): POST /v1/graphql answers 410
  --experimental-rest-search
                         EXPERIMENTAL_REST_SEARCH_ENABLED: POST /v1/aggregate/{collection} counts (1.40+ only)
  --snapshot FILE        load FILE at start if it exists, save it on exit and on POST /__emulator/snapshot
  --faults SPEC          inject faults, e.g. "latency=20,jitter=5,503=0.05,429=0.01,drop=0.02,dropmid=0.02,
                         oom=0.1,spike=0.01:3000,seed=7,path=/v1/objects"
  --seed-demo            fill the demo collections before listening (skipped when the snapshot exists)
  --seed-objects N       demo objects per collection (default 200)
  --seed-dims D          demo vector dimensions (default 32)
  --seed S               demo data seed (default 42)
  --help                 show this help

Control endpoints: GET/PUT /__emulator/faults, GET /__emulator/stats, POST /__emulator/restart?downMs=N,
POST /__emulator/snapshot, POST /__emulator/reset, PUT /__emulator/ready?value=false|true.
)";

[[noreturn]] void die(const std::string& message)
{
    std::cerr << "weaviate-emulator: " << message << std::endl;
    std::exit(2);
}

int64_t parseInt(std::string_view option, std::string_view text, int64_t min, int64_t max)
{
    int64_t value = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, value);
    if (ec != std::errc() || ptr != end || value < min || value > max)
        die(std::string(option) + ": expected an integer in " + std::to_string(min) + ".." + std::to_string(max)
            + ", got \"" + std::string(text) + "\"");
    return value;
}

// Waits for the request to stop. Construct it before any thread exists.
#ifdef Q_OS_WIN
// The console control handler runs on a thread of its own: it wakes wait() through a condition variable.
std::mutex g_stopMutex;
std::condition_variable g_stopCv;
bool g_stopRequested = false; // guarded by g_stopMutex

BOOL WINAPI onConsoleEvent(DWORD event)
{
    {
        std::lock_guard lock(g_stopMutex);
        g_stopRequested = true;
    }
    g_stopCv.notify_all();
    // After a console close, logoff or shutdown, Windows ends the process once the handler returns (after 5 s at
    // most): stay here so that main() can save the snapshot first.
    if (event == CTRL_CLOSE_EVENT || event == CTRL_LOGOFF_EVENT || event == CTRL_SHUTDOWN_EVENT)
        ::Sleep(5000);
    return TRUE;
}

class StopSignals
{
public:
    StopSignals() { ::SetConsoleCtrlHandler(onConsoleEvent, TRUE); }
    void wait()
    {
        std::unique_lock lock(g_stopMutex);
        g_stopCv.wait(lock, [] { return g_stopRequested; });
    }
};
#else
// SIGINT and SIGTERM are blocked before any thread exists, so every thread inherits the mask and only sigwait() in
// wait() sees them (no async-signal-safety concerns).
class StopSignals
{
public:
    StopSignals()
    {
        sigemptyset(&m_signals);
        sigaddset(&m_signals, SIGINT);
        sigaddset(&m_signals, SIGTERM);
        pthread_sigmask(SIG_BLOCK, &m_signals, nullptr);
    }
    void wait()
    {
        int signal = 0;
        while (sigwait(&m_signals, &signal) != 0) { }
    }

private:
    sigset_t m_signals;
};
#endif

// Feeds one seed request straight into the engine, as if it came over HTTP, and fails loudly on any error: a demo
// with silently missing data is worse than no demo.
bool applySeedRequest(Emu::Engine& engine, const Seed::SeedRequest& seed, const std::string& bearer)
{
    const Emu::HttpRequest req = Emu::makeLocalRequest(seed.method, seed.path, seed.body, bearer);
    const Emu::HttpResponse resp = engine.handle(req);
    const bool batch = req.path.starts_with("/v1/batch/");
    if (resp.status < 200 || resp.status > 299 || (batch && resp.body.find("\"FAILED\"") != std::string::npos)) {
        std::cerr << "weaviate-emulator: seeding failed: " << seed.method << ' ' << seed.path << " -> " << resp.status
                  << ' ' << resp.body.substr(0, 2000) << std::endl;
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
#if defined(__GLIBC__)
    // A restore stores every vector in fresh memory: 600 MB for 100K x 1536, one page fault per 4 KiB page. On a
    // virtual machine a fault is expensive (a quarter of the emulator's CPU in the restore benchmark on the 2-core
    // KVM); with transparent huge pages for malloc's memory, which glibc only asks for when the tunable is set before
    // the process starts, the same restore takes 2 of 8 CPU seconds less. So the emulator starts itself once more
    // with it, unless the caller chose its own tunables.
    if (!std::getenv("GLIBC_TUNABLES") && ::setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1", 1) == 0)
        ::execv("/proc/self/exe", argv); // returns only on failure: then it runs without
    // Every batch allocates and frees megabyte-sized buffers (the body, the echo, vector texts). With glibc's
    // defaults each one is a fresh mmap or a trimmed heap top, page-faulted in again per request: a sixth of the
    // emulator's time in the restore benchmark. Keeping freed memory for reuse costs at most the largest batch.
    // 32 MiB is the largest mmap threshold glibc accepts (it refuses more and keeps its default).
    mallopt(M_MMAP_THRESHOLD, 32 << 20);
    mallopt(M_TRIM_THRESHOLD, 1 << 30);
    mallopt(M_TOP_PAD, 64 << 20);
#endif
    Emu::EngineConfig config;
    std::string host = "127.0.0.1";
    uint16_t port = 0;
    int grpcPort = -1; // -1: no gRPC listener
    std::string snapshotPath;
    Emu::FaultConfig faults;
    bool seedDemo = false;
    Seed::SeedOptions seedOptions;
    std::string enabledModules; // --enable-modules, also added to a later --modules

    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= argc)
                die(std::string(arg) + " needs a value");
            return argv[++i];
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << kUsage;
            return 0;
        } else if (arg == "--host") {
            host = value();
        } else if (arg == "--port") {
            port = static_cast<uint16_t>(parseInt(arg, value(), 0, 65535));
        } else if (arg == "--version-string") {
            config.version = value();
        } else if (arg == "--modules") {
            config.modulesJson = Emu::StandInVectorizer::withEnabledModules(value(), enabledModules);
        } else if (arg == "--enable-modules") {
            enabledModules += "," + value();
            config.modulesJson = Emu::StandInVectorizer::withEnabledModules(config.modulesJson, enabledModules);
        } else if (arg == "--api-key") {
            config.apiKeys.push_back(value());
            config.anonymousAccess = false;
        } else if (arg == "--read-only-key") {
            const std::string key = value();
            config.apiKeys.push_back(key);
            config.readOnlyKeys.push_back(key);
            config.anonymousAccess = false;
        } else if (arg == "--max-results") {
            config.maxResults = parseInt(arg, value(), 1, int64_t(1) << 40);
        } else if (arg == "--default-limit") {
            config.defaultLimit = parseInt(arg, value(), 1, int64_t(1) << 40);
        } else if (arg == "--grpc-port") {
            grpcPort = static_cast<int>(parseInt(arg, value(), 0, 65535));
        } else if (arg == "--disable-graphql") {
            config.graphqlDisabled = true;
        } else if (arg == "--namespaces") {
            config.namespaces = true;
        } else if (arg == "--experimental-rest-search") {
            config.restSearchEnabled = true;
        } else if (arg == "--snapshot") {
            snapshotPath = value();
        } else if (arg == "--faults") {
            std::string error;
            if (!Emu::FaultConfig::parse(value(), &faults, &error))
                die(error);
        } else if (arg == "--seed-demo") {
            seedDemo = true;
        } else if (arg == "--seed-objects") {
            seedOptions.objects = static_cast<int>(parseInt(arg, value(), 0, 100000000));
        } else if (arg == "--seed-dims") {
            seedOptions.dims = static_cast<int>(parseInt(arg, value(), 1, 65536));
        } else if (arg == "--seed") {
            seedOptions.seed = static_cast<uint64_t>(parseInt(arg, value(), 0, INT64_MAX));
        } else {
            die("unknown option " + std::string(arg) + " (see --help)");
        }
    }
    for (size_t k = 0; k < config.apiKeys.size(); ++k)
        config.apiKeyUsers.push_back("user" + std::to_string(k + 1));

    std::error_code ec;
    const bool haveSnapshot = !snapshotPath.empty() && std::filesystem::exists(snapshotPath, ec);
    // The demo's FROZEN tenant needs an offload module, as on a real server.
    if (seedDemo)
        config.offloadModule = true;

    StopSignals stopSignals; // before any thread exists

    Emu::Emulator emulator(config);
    if (seedDemo && haveSnapshot) {
        std::cerr << "weaviate-emulator: snapshot " << snapshotPath << " exists; --seed-demo skipped" << std::endl;
    } else if (seedDemo) {
        // Read-only keys cannot write: seed with the first key that can.
        std::string writer;
        for (const std::string& key : config.apiKeys) {
            bool readOnly = false;
            for (const std::string& ro : config.readOnlyKeys)
                readOnly = readOnly || ro == key;
            if (!readOnly) {
                writer = key;
                break;
            }
        }
        if (!config.apiKeys.empty() && writer.empty())
            die("--seed-demo needs an --api-key that can write");
        const bool ok = Seed::generate(
            seedOptions, [&](const Seed::SeedRequest& r) { return applySeedRequest(emulator.engine(), r, writer); });
        if (!ok)
            return 1;
    }
    if (!snapshotPath.empty())
        emulator.setSnapshotPath(snapshotPath);
    emulator.setFaults(faults);

    std::string error;
    if (!emulator.start(port, host, &error))
        die(error);
    std::cout << "Weaviate API emulator listening on " << emulator.baseUrl() << std::endl; // endl flushes
    if (grpcPort >= 0) {
        if (!emulator.startGrpc(static_cast<uint16_t>(grpcPort), &error))
            die(error);
        std::string grpcHost = host.find(':') != std::string::npos ? "[" + host + "]" : host;
        std::cout << "gRPC listening on " << grpcHost << ':' << emulator.grpcPort() << std::endl;
    }

    stopSignals.wait();
    emulator.stop(); // saves the snapshot when configured
    return 0;
}
