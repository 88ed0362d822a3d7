// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// bench_emulator: how fast the emulator accepts batch imports (REST POST /v1/batch/objects, or gRPC BatchObjects) and
// serves cursor pages over loopback. The REST client is raw blocking sockets that only look for Content-Length and
// the last id, so it is not the bottleneck. Prints one JSON line. Targets (issue): serve >= 500 MB/s, accept >= 300
// MB/s; over gRPC, a restore of 100K x 1536 at >= 20,000 objects/s.
//
// The emulator runs in this process, or with --emulator as a child process (the weaviate-emulator binary), so that
// its own CPU time (and peak memory) can be told apart from the client's (Linux: /proc).
//
// Usage: bench_emulator [--objects N] [--dims D] [--batch B] [--transport rest|grpc] [--emulator PATH]
#include "tools/emulator/Emulator.h"
#include "tools/emulator/Socket.h"
#include "v1/weaviate.grpc.pb.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <charconv>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <grpcpp/grpcpp.h>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#ifdef Q_OS_WIN
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#else
#include <time.h>
#endif
#ifdef Q_OS_LINUX
#include <unistd.h>
#endif

namespace {

using Clock = std::chrono::steady_clock;

[[noreturn]] void die(const std::string& message)
{
    std::fprintf(stderr, "bench_emulator: %s\n", message.c_str());
    std::exit(1);
}

// ASCII case-insensitive prefix test (strncasecmp is POSIX only).
bool startsWithNoCase(const char* text, std::string_view prefix)
{
    for (size_t i = 0; i < prefix.size(); ++i) {
        const char c = text[i];
        if (c == 0 || (c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c) != prefix[i])
            return false;
    }
    return true;
}

// One keep-alive connection; request() returns the status and fills the body.
class Client
{
public:
    explicit Client(uint16_t port)
        : m_fd(Emu::Net::connectLoopback(port)) // with TCP_NODELAY
    {
        if (m_fd == Emu::Net::kInvalid)
            die("connect failed");
    }
    ~Client() { Emu::Net::closeSocket(m_fd); }
    Client(const Client&) = delete;
    Client& operator=(const Client&) = delete;

    uint64_t bytesSent() const { return m_sent; }
    uint64_t bytesReceived() const { return m_received; }

    int request(std::string_view method, std::string_view target, std::string_view body, std::string* out)
    {
        std::string head;
        head.reserve(256);
        head.append(method).append(" ").append(target).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        if (!body.empty() || method == "POST")
            head.append("Content-Type: application/json\r\nContent-Length: ").append(std::to_string(body.size()));
        head.append("\r\n\r\n");
        sendAll(head);
        sendAll(body);

        // Head: read until the blank line; whatever follows is the start of the body.
        size_t end;
        while ((end = m_buf.find("\r\n\r\n")) == std::string::npos)
            readMore();
        const int status = std::atoi(m_buf.c_str() + 9);
        size_t length = 0;
        for (size_t i = 0; i < end; ++i) {
            if ((m_buf[i] == 'C' || m_buf[i] == 'c') && startsWithNoCase(m_buf.c_str() + i, "content-length:")) {
                length = std::strtoull(m_buf.c_str() + i + 15, nullptr, 10);
                break;
            }
        }
        const size_t bodyStart = end + 4;
        m_received += bodyStart + length;
        out->clear();
        const size_t inBuf = std::min(length, m_buf.size() - bodyStart);
        out->append(m_buf, bodyStart, inBuf);
        m_buf.erase(0, bodyStart + inBuf);
        // The rest goes straight into the body: one copy, kernel to string.
        size_t got = out->size();
        out->resize(length);
        while (got < length) {
            const std::ptrdiff_t n = Emu::Net::receive(m_fd, out->data() + got, length - got);
            if (n <= 0)
                die("connection closed mid-body");
            got += static_cast<size_t>(n);
        }
        return status;
    }

private:
    void sendAll(std::string_view data)
    {
        if (!Emu::Net::sendAll(m_fd, data))
            die("send failed");
        m_sent += data.size();
    }
    void readMore()
    {
        char chunk[65536];
        const std::ptrdiff_t n = Emu::Net::receive(m_fd, chunk, sizeof chunk);
        if (n <= 0)
            die("connection closed");
        m_buf.append(chunk, static_cast<size_t>(n));
    }

    Emu::Net::Handle m_fd;
    std::string m_buf;
    uint64_t m_sent = 0;
    uint64_t m_received = 0;
};

uint64_t splitmix64(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

std::string uuidFor(uint64_t i)
{
    char buf[40];
    std::snprintf(buf, sizeof buf, "00000000-0000-4000-8000-%012llx", static_cast<unsigned long long>(i));
    return buf;
}

// The bench's embedding values: floats in [-1, 1), the same sequence for both transports.
float nextComponent(uint64_t& rng)
{
    return static_cast<float>(static_cast<double>(splitmix64(rng) >> 40) / 8388608.0 - 1.0);
}

void appendBatch(std::string* body, int first, int count, int dims, uint64_t& rng)
{
    body->clear();
    body->append("{\"objects\":[");
    char num[32];
    for (int i = first; i < first + count; ++i) {
        if (i != first)
            body->push_back(',');
        body->append("{\"class\":\"BenchVec\",\"id\":\"").append(uuidFor(static_cast<uint64_t>(i)));
        body->append("\",\"properties\":{\"title\":\"object ").append(std::to_string(i));
        body->append("\",\"rank\":").append(std::to_string(i)).append("},\"vector\":[");
        for (int d = 0; d < dims; ++d) {
            if (d)
                body->push_back(',');
            // Realistic embedding text: shortest round-trip form (~10 characters each).
            const auto res = std::to_chars(num, num + sizeof num, nextComponent(rng));
            body->append(num, res.ptr);
        }
        body->append("]}");
    }
    body->append("]}");
}

// The same objects as appendBatch, as a gRPC BatchObjects request: the vector as little-endian float32 bytes.
void fillGrpcBatch(weaviate::v1::BatchObjectsRequest* req, int first, int count, int dims, uint64_t& rng)
{
    req->Clear();
    std::string bytes(static_cast<size_t>(dims) * 4, '\0');
    for (int i = first; i < first + count; ++i) {
        weaviate::v1::BatchObject* obj = req->add_objects();
        obj->set_uuid(uuidFor(static_cast<uint64_t>(i)));
        obj->set_collection("BenchVec");
        auto& fields = *obj->mutable_properties()->mutable_non_ref_properties()->mutable_fields();
        fields["title"].set_string_value("object " + std::to_string(i));
        fields["rank"].set_number_value(i);
        for (int d = 0; d < dims; ++d) {
            const float v = nextComponent(rng);
            std::memcpy(bytes.data() + static_cast<size_t>(d) * 4, &v, 4); // the bench runs on little-endian hosts
        }
        obj->set_vector_bytes(bytes);
    }
}

// The emulator as a child process: its REST and gRPC ports from the lines it announces, its CPU and peak memory
// from /proc (Linux; -1 elsewhere).
class ChildEmulator
{
public:
    explicit ChildEmulator(const QString& binary)
    {
        m_process.setProgram(binary);
        m_process.setArguments({QStringLiteral("--grpc-port"), QStringLiteral("0"), QStringLiteral("--max-results"),
            QStringLiteral("1000000000")});
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            die("cannot start " + binary.toStdString());
        QStringList lines;
        while (lines.size() < 2) {
            if (!m_process.canReadLine() && !m_process.waitForReadyRead(10000))
                die("the emulator did not announce its ports");
            while (m_process.canReadLine())
                lines << QString::fromUtf8(m_process.readLine()).trimmed();
        }
        restPort = static_cast<uint16_t>(lines.at(0).section(QLatin1Char(':'), -1).toUInt());
        grpcPort = static_cast<uint16_t>(lines.at(1).section(QLatin1Char(':'), -1).toUInt());
        if (restPort == 0 || grpcPort == 0)
            die("cannot read the emulator's ports");
    }
    ~ChildEmulator()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
    }

    // utime + stime of the child, in seconds.
    double cpuSeconds() const
    {
#ifndef Q_OS_LINUX
        return -1;
#else
        std::ifstream stat("/proc/" + std::to_string(m_process.processId()) + "/stat");
        std::string text((std::istreambuf_iterator<char>(stat)), std::istreambuf_iterator<char>());
        const size_t close = text.rfind(')'); // the command name may hold spaces
        if (close == std::string::npos)
            return -1;
        std::istringstream fields(text.substr(close + 2));
        std::string field;
        double utime = 0, stime = 0;
        for (int i = 3; i <= 15 && fields >> field; ++i) {
            if (i == 14)
                utime = std::atof(field.c_str());
            if (i == 15)
                stime = std::atof(field.c_str());
        }
        return (utime + stime) / static_cast<double>(::sysconf(_SC_CLK_TCK));
#endif
    }
    // VmHWM: the child's peak resident memory, in MB.
    double peakRssMb() const
    {
        std::ifstream status("/proc/" + std::to_string(m_process.processId()) + "/status");
        for (std::string line; std::getline(status, line);)
            if (line.rfind("VmHWM:", 0) == 0)
                return std::atof(line.c_str() + 6) / 1024.0;
        return -1;
    }

    uint16_t restPort = 0;
    uint16_t grpcPort = 0;

private:
    QProcess m_process;
};

int intArg(int argc, char** argv, int* i)
{
    if (*i + 1 >= argc)
        die(std::string(argv[*i]) + " needs a value");
    const int v = std::atoi(argv[++*i]);
    if (v <= 0)
        die(std::string(argv[*i - 1]) + " must be a positive integer");
    return v;
}

// CPU time of the whole process (server and client threads). On a shared machine wall-clock rates swing with the
// neighbours' load; the CPU seconds show what the import itself costs.
double processCpuSeconds()
{
#ifdef Q_OS_WIN
    FILETIME created, exited, kernel, user;
    if (!::GetProcessTimes(::GetCurrentProcess(), &created, &exited, &kernel, &user))
        return 0;
    const auto ticks = [](const FILETIME& t) {
        return (static_cast<uint64_t>(t.dwHighDateTime) << 32) | t.dwLowDateTime; // 100 ns units
    };
    return static_cast<double>(ticks(kernel) + ticks(user)) / 1e7;
#else
    timespec ts {};
    ::clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
#endif
}

size_t countOccurrences(std::string_view hay, std::string_view needle)
{
    size_t n = 0;
    for (size_t at = hay.find(needle); at != std::string_view::npos; at = hay.find(needle, at + needle.size()))
        ++n;
    return n;
}

} // namespace

int main(int argc, char** argv)
{
    int objects = 20000;
    int dims = 1536;
    int batch = 1000;
    bool grpc = false;
    QString emulatorBinary;
    for (int i = 1; i < argc; ++i) {
        const std::string_view a = argv[i];
        if (a == "--objects") {
            objects = intArg(argc, argv, &i);
        } else if (a == "--dims") {
            dims = intArg(argc, argv, &i);
        } else if (a == "--batch") {
            batch = intArg(argc, argv, &i);
        } else if (a == "--transport" && i + 1 < argc) {
            const std::string_view t = argv[++i];
            if (t != "rest" && t != "grpc")
                die("--transport is rest or grpc");
            grpc = t == "grpc";
        } else if (a == "--emulator" && i + 1 < argc) {
            emulatorBinary = QString::fromLocal8Bit(argv[++i]);
        } else if (a == "--help") {
            std::printf("Usage: bench_emulator [--objects N (20000)] [--dims D (1536)] [--batch B (1000)]\n"
                        "                      [--transport rest|grpc (rest)] [--emulator PATH (in process)]\n");
            return 0;
        } else {
            die("unknown option " + std::string(a));
        }
    }

    Emu::EngineConfig config;
    config.maxResults = 1000000000; // paging is by cursor; the cap would only get in the way of large runs
    std::unique_ptr<Emu::Emulator> emulator;
    std::unique_ptr<ChildEmulator> child;
    uint16_t restPort = 0;
    uint16_t grpcPort = 0;
    if (emulatorBinary.isEmpty()) {
        emulator = std::make_unique<Emu::Emulator>(config);
        std::string error;
        if (!emulator->start(0, "127.0.0.1", &error) || (grpc && !emulator->startGrpc(0, &error)))
            die(error);
        restPort = emulator->port();
        grpcPort = emulator->grpcPort();
    } else {
        child = std::make_unique<ChildEmulator>(emulatorBinary);
        restPort = child->restPort;
        grpcPort = child->grpcPort;
    }
    Client client(restPort);
    std::string response;

    int status = client.request("POST", "/v1/schema",
        R"({"class":"BenchVec","vectorizer":"none","properties":[)"
        R"({"name":"title","dataType":["text"]},{"name":"rank","dataType":["int"]}]})",
        &response);
    if (status != 200)
        die("create class: " + std::to_string(status) + " " + response);

    std::unique_ptr<weaviate::v1::Weaviate::Stub> stub;
    if (grpc) {
        grpc::ChannelArguments args;
        args.SetMaxSendMessageSize(104858000);
        args.SetMaxReceiveMessageSize(104858000);
        stub = weaviate::v1::Weaviate::NewStub(grpc::CreateCustomChannel(
            "127.0.0.1:" + std::to_string(grpcPort), grpc::InsecureChannelCredentials(), args));
    }

    // Import. Only the time on the wire and in the server counts, not building the requests here.
    uint64_t rng = 42;
    std::string body;
    weaviate::v1::BatchObjectsRequest grpcRequest;
    Clock::duration importTime {};
    double importCpu = 0;
    double emulatorCpu = 0;
    uint64_t importBytes = 0;
    for (int first = 0; first < objects; first += batch) {
        const int count = std::min(batch, objects - first);
        if (grpc)
            fillGrpcBatch(&grpcRequest, first, count, dims, rng);
        else
            appendBatch(&body, first, count, dims, rng);
        const uint64_t before = client.bytesSent();
        const double cpu0 = processCpuSeconds();
        const double childCpu0 = child ? child->cpuSeconds() : 0;
        const auto t0 = Clock::now();
        if (grpc) {
            grpc::ClientContext ctx;
            weaviate::v1::BatchObjectsReply reply;
            const grpc::Status s = stub->BatchObjects(&ctx, grpcRequest, &reply);
            importTime += Clock::now() - t0;
            if (!s.ok() || reply.errors_size() > 0)
                die("batch at " + std::to_string(first) + ": "
                    + (s.ok() ? reply.errors(0).error() : s.error_message()));
            importBytes += grpcRequest.ByteSizeLong();
        } else {
            status = client.request("POST", "/v1/batch/objects", body, &response);
            importTime += Clock::now() - t0;
            importBytes += client.bytesSent() - before;
            if (status != 200 || response.find("\"FAILED\"") != std::string::npos)
                die("batch at " + std::to_string(first) + ": " + std::to_string(status) + " "
                    + response.substr(0, 500));
        }
        importCpu += processCpuSeconds() - cpu0;
        if (child)
            emulatorCpu += child->cpuSeconds() - childCpu0;
    }

    // Cursor paging of the whole class with vectors (after a gRPC import this builds each object's vector JSON).
    const uint64_t receivedBefore = client.bytesReceived();
    std::string after;
    size_t paged = 0;
    const double pageChildCpu0 = child ? child->cpuSeconds() : 0;
    const auto p0 = Clock::now();
    for (;;) {
        const std::string target = "/v1/objects?class=BenchVec&limit=1000&include=vector&after=" + after;
        status = client.request("GET", target, {}, &response);
        if (status != 200)
            die("page after '" + after + "': " + std::to_string(status) + " " + response.substr(0, 500));
        const size_t at = response.rfind("\"id\":\"");
        if (at == std::string::npos)
            break;
        paged += countOccurrences(response, "\"id\":\"");
        after = response.substr(at + 6, 36);
    }
    const Clock::duration pageTime = Clock::now() - p0;
    const double pageEmulatorCpu = child ? child->cpuSeconds() - pageChildCpu0 : -1;
    const uint64_t serveBytes = client.bytesReceived() - receivedBefore;
    if (paged != static_cast<size_t>(objects))
        die("paged " + std::to_string(paged) + " objects, expected " + std::to_string(objects));

    const double importSec = std::chrono::duration<double>(importTime).count();
    const double pageSec = std::chrono::duration<double>(pageTime).count();
    std::printf("{\"transport\":\"%s\",\"objects\":%d,\"dims\":%d,\"batch\":%d,\"requestBytes\":%llu,"
                "\"importSeconds\":%.3f,\"objectsPerSecond\":%.0f,\"importCpuSeconds\":%.3f,"
                "\"emulatorImportCpuSeconds\":%.3f,\"acceptMBps\":%.1f,\"responseBytes\":%llu,\"pageSeconds\":%.3f,"
                "\"emulatorPageCpuSeconds\":%.3f,\"serveMBps\":%.1f,\"emulatorPeakRssMB\":%.0f}\n",
        grpc ? "grpc" : "rest", objects, dims, batch, static_cast<unsigned long long>(importBytes), importSec,
        objects / importSec, importCpu, child ? emulatorCpu : -1.0, importBytes / 1e6 / importSec,
        static_cast<unsigned long long>(serveBytes), pageSec, pageEmulatorCpu, serveBytes / 1e6 / pageSec,
        child ? child->peakRssMb() : -1.0);
    std::fflush(stdout);
    return 0;
}
