// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/HttpServer.h"

#include "tools/emulator/Uuid.h"

#include <algorithm>
#include <chrono>
#include <cstring>
#include <ctime>
#include <exception>

namespace Emu {

namespace {

// Larger than any real request head; a client sending more is broken or hostile.
constexpr size_t kMaxHeadBytes = 1024 * 1024;
constexpr size_t kReadChunk = 256 * 1024;

thread_local std::function<void()> t_afterResponse;

const char* reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 207:
        return "Multi-Status";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 304:
        return "Not Modified";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Payload Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Entity";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return status < 300 ? "OK" : status < 500 ? "Client Error" : "Server Error";
    }
}

// '+' stays '+': Weaviate's router does not treat it as a space in paths, and the clients never send it for one.
std::string percentDecode(std::string_view s)
{
    std::string out;
    out.reserve(s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '%' && i + 2 < s.size()) {
            const int hi = Codec::hexValue(s[i + 1]);
            const int lo = Codec::hexValue(s[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out.push_back(static_cast<char>(hi * 16 + lo));
                i += 2;
                continue;
            }
        }
        out.push_back(s[i]);
    }
    return out;
}

char lowerAscii(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

std::string_view trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool containsToken(std::string_view value, std::string_view token)
{
    std::string lower(value);
    std::transform(lower.begin(), lower.end(), lower.begin(), lowerAscii);
    return lower.find(token) != std::string::npos;
}

bool startsWith(std::string_view s, std::string_view prefix)
{
    return s.size() >= prefix.size() && s.compare(0, prefix.size(), prefix) == 0;
}

uint64_t splitmix64(uint64_t& state)
{
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

double uniform01(uint64_t& state)
{
    return static_cast<double>(splitmix64(state) >> 11) * (1.0 / 9007199254740992.0);
}

std::string httpDate()
{
    const std::time_t now = std::time(nullptr);
    std::tm tm {};
#ifdef Q_OS_WIN
    gmtime_s(&tm, &now);
#else
    gmtime_r(&now, &tm);
#endif
    char buf[64];
    const size_t n = std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
    return std::string(buf, n);
}

// After an error answer, stop sending and drain what the client still sends (bounded), so closing with unread
// data does not turn into an RST that destroys the answer before the client has read it.
void lingeringClose(Net::Handle fd)
{
    Net::shutdownSend(fd);
    char sink[4096];
    for (int i = 0; i < 64; ++i) {
        if (Net::waitReadable(fd, 200) <= 0)
            return;
        if (Net::receive(fd, sink, sizeof sink) <= 0)
            return;
    }
}

// Buffered reader over one connection socket. Bodies are received straight into the request's body string, so a
// batch of hundreds of MB is copied once (kernel to body) and never through this buffer.
class Reader
{
public:
    explicit Reader(Net::Handle fd)
        : m_fd(fd)
    {
    }

    // Appends at least one byte to the buffer; false on EOF or error.
    bool fill()
    {
        if (m_start > 0 && m_start == m_buf.size()) {
            m_buf.clear();
            m_start = 0;
        } else if (m_start > kReadChunk) {
            m_buf.erase(0, m_start);
            m_start = 0;
        }
        const size_t old = m_buf.size();
        m_buf.resize(old + kReadChunk);
        const std::ptrdiff_t n = Net::receive(m_fd, m_buf.data() + old, kReadChunk);
        if (n > 0) {
            m_buf.resize(old + static_cast<size_t>(n));
            return true;
        }
        m_buf.resize(old);
        return false;
    }

    std::string_view pending() const { return std::string_view(m_buf).substr(m_start); }
    void consume(size_t n) { m_start += n; }
    bool hasPending() const { return m_start < m_buf.size(); }

    // Finds "\r\n" in the pending bytes, reading more as needed; returns the line without it.
    bool readLine(std::string* line, size_t maxLen)
    {
        for (;;) {
            const std::string_view p = pending();
            const size_t eol = p.find("\r\n");
            if (eol != std::string_view::npos) {
                line->assign(p.substr(0, eol));
                consume(eol + 2);
                return true;
            }
            if (p.size() > maxLen || !fill())
                return false;
        }
    }

    // Appends exactly n bytes to out: first from the buffer, then straight from the socket.
    bool readInto(std::string* out, size_t n)
    {
        const std::string_view p = pending();
        const size_t fromBuf = std::min(n, p.size());
        out->append(p.data(), fromBuf);
        consume(fromBuf);
        size_t remaining = n - fromBuf;
        if (remaining == 0)
            return true;
        const size_t base = out->size();
        out->resize(base + remaining);
        size_t got = 0;
        while (got < remaining) {
            const std::ptrdiff_t r = Net::receive(m_fd, out->data() + base + got, remaining - got);
            if (r > 0) {
                got += static_cast<size_t>(r);
                continue;
            }
            out->resize(base + got);
            return false;
        }
        return true;
    }

private:
    Net::Handle m_fd;
    std::string m_buf;
    size_t m_start = 0;
};

enum class ParseResult
{
    Ok,
    Closed,
    Bad
};

// Reads the request head (request line and headers) into req. Closed: the peer closed between requests.
ParseResult readHead(Reader& reader, HttpRequest* req, bool* http10)
{
    // Tolerate stray CRLFs between requests (RFC 9112 section 2.2).
    std::string line;
    do {
        if (!reader.hasPending() && !reader.fill())
            return ParseResult::Closed;
        if (!reader.readLine(&line, kMaxHeadBytes))
            return reader.pending().size() > kMaxHeadBytes ? ParseResult::Bad : ParseResult::Closed;
    } while (line.empty());

    const size_t sp1 = line.find(' ');
    const size_t sp2 = sp1 == std::string::npos ? std::string::npos : line.find(' ', sp1 + 1);
    if (sp1 == std::string::npos || sp2 == std::string::npos || sp1 == 0)
        return ParseResult::Bad;
    req->method = line.substr(0, sp1);
    req->target = line.substr(sp1 + 1, sp2 - sp1 - 1);
    const std::string_view version = std::string_view(line).substr(sp2 + 1);
    for (char c : req->method)
        if (c < 'A' || c > 'Z')
            return ParseResult::Bad;
    if (req->target.empty() || req->target.front() != '/' || (version != "HTTP/1.1" && version != "HTTP/1.0"))
        return ParseResult::Bad;
    *http10 = version == "HTTP/1.0";

    size_t headBytes = line.size();
    for (;;) {
        if (!reader.readLine(&line, kMaxHeadBytes))
            return ParseResult::Bad;
        if (line.empty())
            break;
        headBytes += line.size();
        if (headBytes > kMaxHeadBytes)
            return ParseResult::Bad;
        const size_t colon = line.find(':');
        if (colon == std::string::npos || colon == 0)
            return ParseResult::Bad;
        std::string name = line.substr(0, colon);
        std::transform(name.begin(), name.end(), name.begin(), lowerAscii);
        req->headers.emplace_back(std::move(name), std::string(trim(std::string_view(line).substr(colon + 1))));
    }

    const std::string_view target = req->target;
    const size_t q = target.find('?');
    req->path = percentDecode(target.substr(0, q));
    if (q != std::string_view::npos) {
        std::string_view rest = target.substr(q + 1);
        while (!rest.empty()) {
            const size_t amp = rest.find('&');
            const std::string_view pair = rest.substr(0, amp);
            if (!pair.empty()) {
                const size_t eq = pair.find('=');
                if (eq == std::string_view::npos)
                    req->query.emplace_back(percentDecode(pair), std::string());
                else
                    req->query.emplace_back(percentDecode(pair.substr(0, eq)), percentDecode(pair.substr(eq + 1)));
            }
            if (amp == std::string_view::npos)
                break;
            rest.remove_prefix(amp + 1);
        }
    }
    return ParseResult::Ok;
}

ParseResult readChunkedBody(Reader& reader, std::string* body)
{
    std::string line;
    for (;;) {
        if (!reader.readLine(&line, 4096))
            return ParseResult::Bad;
        const std::string_view sizeText = trim(std::string_view(line).substr(0, line.find(';')));
        if (sizeText.empty() || sizeText.size() > 15)
            return ParseResult::Bad;
        size_t size = 0;
        for (char c : sizeText) {
            const int v = Codec::hexValue(c);
            if (v < 0)
                return ParseResult::Bad;
            size = size * 16 + static_cast<size_t>(v);
        }
        if (size == 0)
            break;
        if (body->capacity() < body->size() + size + 64)
            body->reserve(std::max(body->capacity() * 2, body->size() + size + 64));
        if (!reader.readInto(body, size))
            return ParseResult::Bad;
        if (!reader.readLine(&line, 2) || !line.empty())
            return ParseResult::Bad;
    }
    // Trailer fields, ignored, up to the empty line.
    do {
        if (!reader.readLine(&line, kMaxHeadBytes))
            return ParseResult::Bad;
    } while (!line.empty());
    return ParseResult::Ok;
}

std::string errorBody(std::string_view message)
{
    std::string out = "{\"error\":[{\"message\":\"";
    out.append(message);
    out.append("\"}]}");
    return out;
}

// Reads one request, head and body, answering a malformed one with 400 and `100 Continue` where the client waits for
// it. Sets `busy` once a head has arrived. False: close the connection (the peer left, or the request was answered).
bool readRequest(Net::Handle fd, Reader& reader, std::atomic<bool>& busy, HttpRequest& req, bool& keepAlive)
{
    bool http10 = false;
    const ParseResult head = readHead(reader, &req, &http10);
    if (head == ParseResult::Closed)
        return false;
    busy = true;
    if (head == ParseResult::Bad) {
        const std::string body = "{\"code\":400,\"message\":\"malformed HTTP request\"}";
        Net::sendAll(fd,
            "HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                + std::to_string(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
        lingeringClose(fd);
        return false;
    }

    keepAlive = !http10;
    if (const std::string* c = req.header("connection")) {
        if (containsToken(*c, "close"))
            keepAlive = false;
        else if (containsToken(*c, "keep-alive"))
            keepAlive = true;
    }

    const std::string* te = req.header("transfer-encoding");
    const bool chunked = te && containsToken(*te, "chunked");
    size_t contentLength = 0;
    if (!chunked) {
        if (const std::string* cl = req.header("content-length")) {
            if (cl->empty() || cl->size() > 18 || cl->find_first_not_of("0123456789") != std::string::npos) {
                Net::sendAll(fd, "HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                lingeringClose(fd);
                return false;
            }
            contentLength = std::stoull(*cl);
        }
    }
    if (const std::string* expect = req.header("expect")) {
        const bool bodyPending = chunked || reader.pending().size() < contentLength;
        if (containsToken(*expect, "100-continue") && bodyPending && !Net::sendAll(fd, "HTTP/1.1 100 Continue\r\n\r\n"))
            return false;
    }
    // simdjson parses in place and needs SIMDJSON_PADDING (64) readable bytes past the end.
    if (chunked) {
        req.body.reserve(64 * 1024);
        const bool ok = readChunkedBody(reader, &req.body) == ParseResult::Ok;
        req.body.reserve(req.body.size() + 64);
        return ok;
    }
    req.body.reserve(contentLength + 64);
    return reader.readInto(&req.body, contentLength);
}

HttpResponse callHandler(const HttpServer::Handler& handler, const HttpRequest& req)
{
    try {
        return handler(req);
    } catch (const std::exception& e) {
        return HttpResponse::json(500, errorBody(std::string("emulator internal error: ") + e.what()));
    } catch (...) {
        return HttpResponse::json(500, errorBody("emulator internal error"));
    }
}

// The status line and headers: the handler's, with our own Date, Content-Length and Connection.
std::string responseHead(const HttpResponse& resp, bool keepAlive, bool noBodyStatus)
{
    std::string headText;
    headText.reserve(256);
    headText += "HTTP/1.1 ";
    headText += std::to_string(resp.status);
    headText += ' ';
    headText += reasonPhrase(resp.status);
    headText += "\r\nDate: ";
    headText += httpDate();
    headText += "\r\n";
    bool hasContentType = false;
    for (const auto& [name, value] : resp.headers) {
        std::string lower = name;
        std::transform(lower.begin(), lower.end(), lower.begin(), lowerAscii);
        if (lower == "content-length" || lower == "connection")
            continue; // ours are authoritative
        hasContentType = hasContentType || lower == "content-type";
        headText += name;
        headText += ": ";
        headText += value;
        headText += "\r\n";
    }
    if (resp.hasBody && !hasContentType && !noBodyStatus)
        headText += "Content-Type: application/json\r\n";
    if (!noBodyStatus) {
        headText += "Content-Length: ";
        headText += std::to_string(resp.hasBody ? resp.body.size() : 0);
        headText += "\r\n";
    }
    headText += keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    return headText;
}

} // namespace

HttpServer::HttpServer(Handler handler)
    : m_handler(std::move(handler))
{
}

HttpServer::~HttpServer()
{
    stop();
}

std::string HttpServer::host() const
{
    std::lock_guard lock(m_hostMutex);
    return m_host;
}

bool HttpServer::listen(const std::string& host, uint16_t port, std::string* error)
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    auto fail = [error](const std::string& what) {
        if (error)
            *error = what;
        return false;
    };
    if (m_listening)
        return fail("already listening");

    uint16_t bound = 0;
    const Net::Handle fd = Net::listenTcp(host, port, &bound, error);
    if (fd == Net::kInvalid)
        return false;
    // Wakes the accept loop on stop(): closing or shutting down a listening socket does not reliably interrupt a
    // wait for connections on every platform.
    std::string wakerError;
    if (!m_waker.open(&wakerError)) {
        Net::closeSocket(fd);
        return fail(wakerError);
    }

    {
        std::lock_guard lock(m_sleepMutex);
        m_stopping = false;
    }
    m_listenFd = fd;
    {
        std::lock_guard lock(m_hostMutex);
        m_host = host;
    }
    m_port = bound;
    m_listening = true;
    m_acceptThread = std::thread([this] { acceptLoop(); });
    return true;
}

void HttpServer::stop()
{
    std::lock_guard lifecycle(m_lifecycleMutex);
    if (!m_acceptThread.joinable())
        return;
    m_listening = false;
    {
        std::lock_guard lock(m_sleepMutex);
        m_stopping = true;
    }
    m_sleepCv.notify_all();
    m_waker.wake();
    m_acceptThread.join();
    Net::closeSocket(m_listenFd);
    m_listenFd = Net::kInvalid;
    m_waker.close();

    std::list<std::unique_ptr<Connection>> connections;
    {
        std::lock_guard lock(m_connMutex);
        // The connection thread closes its own fd after clearing conn->fd under this mutex, so an fd seen here is
        // still ours: shutting it down makes blocked recv()/send() return and the client see a reset.
        // Idle keep-alive connections get a plain FIN, as from a server process that exits; connections with a
        // request in flight get an RST, as from one that is killed mid-answer.
        for (auto& conn : m_connections) {
            if (conn->fd != Net::kInvalid) {
                if (conn->busy)
                    Net::setAbortiveClose(conn->fd);
                Net::shutdownBoth(conn->fd);
            }
        }
        connections.swap(m_connections);
    }
    for (auto& conn : connections)
        conn->thread.join();
}

void HttpServer::reapFinished()
{
    std::lock_guard lock(m_connMutex);
    for (auto it = m_connections.begin(); it != m_connections.end();) {
        if ((*it)->done) {
            (*it)->thread.join();
            it = m_connections.erase(it);
        } else {
            ++it;
        }
    }
}

void HttpServer::acceptLoop()
{
    for (;;) {
        const Net::Readiness ready = Net::waitForConnection(m_listenFd, m_waker);
        if (ready == Net::Readiness::Woken || ready == Net::Readiness::Failed)
            return;
        if (ready == Net::Readiness::Nothing)
            continue;
        const Net::Handle fd = Net::acceptConnection(m_listenFd);
        if (fd == Net::kInvalid)
            continue; // EINTR, ECONNABORTED, EMFILE: try again on the next readiness
        ++m_counters.connectionsAccepted;
        reapFinished();
        auto conn = std::make_unique<Connection>();
        conn->fd = fd;
        Connection* raw = conn.get();
        std::lock_guard lock(m_connMutex);
        m_connections.push_back(std::move(conn));
        raw->thread = std::thread([this, raw] { serveConnection(raw); });
    }
}

bool HttpServer::interruptibleSleep(int ms)
{
    std::unique_lock lock(m_sleepMutex);
    if (ms > 0)
        m_sleepCv.wait_for(lock, std::chrono::milliseconds(ms), [this] { return m_stopping; });
    return !m_stopping;
}

void HttpServer::setFaults(const FaultConfig& faults)
{
    std::lock_guard lock(m_faultMutex);
    m_faults = faults;
    m_faultSeq = 0;
    m_faultsInjected = 0;
    m_faultsActive = faults.any();
}

FaultConfig HttpServer::faults() const
{
    std::lock_guard lock(m_faultMutex);
    return m_faults;
}

FaultStats HttpServer::faultStats() const
{
    FaultStats s;
    s.connectionsAccepted = m_counters.connectionsAccepted;
    s.requests = m_counters.requests;
    s.injected503 = m_counters.injected503;
    s.injected429 = m_counters.injected429;
    s.droppedBefore = m_counters.droppedBefore;
    s.droppedMidBody = m_counters.droppedMidBody;
    s.injectedOom = m_counters.injectedOom;
    s.spikes = m_counters.spikes;
    s.skippedByMax = m_counters.skippedByMax;
    return s;
}

void HttpServer::runAfterResponse(std::function<void()> fn)
{
    t_afterResponse = std::move(fn);
}

HttpServer::Outcome HttpServer::decideFaults(const HttpRequest& req, HttpResponse* injected, bool* useInjected)
{
    *useInjected = false;
    if (!m_faultsActive)
        return Outcome::Normal;
    if (startsWith(req.path, "/__emulator/") || startsWith(req.path, "/v1/.well-known/"))
        return Outcome::Normal;
    FaultConfig f;
    {
        std::lock_guard lock(m_faultMutex);
        f = m_faults;
    }
    if (!f.pathPrefix.empty() && f.pathPrefix.back() == '$') {
        if (req.path != std::string_view(f.pathPrefix).substr(0, f.pathPrefix.size() - 1))
            return Outcome::Normal;
    } else if (!f.pathPrefix.empty() ? !startsWith(req.path, f.pathPrefix)
                                     : !startsWith(req.path, "/v1/") && !startsWith(req.path, "/weaviate.v1.")) {
        return Outcome::Normal;
    }
    if (!f.method.empty() && req.method != f.method)
        return Outcome::Normal;

    // Every decision is drawn, in a fixed order, whatever the rates: changing one rate does not shift the others.
    uint64_t state = f.seed ^ m_faultSeq.fetch_add(1);
    const double uDrop = uniform01(state);
    const double uJitter = uniform01(state);
    const double uSpike = uniform01(state);
    const double u503 = uniform01(state);
    const double u429 = uniform01(state);
    const double uOom = uniform01(state);
    const double uDropMid = uniform01(state);

    // Whether this request gets a fault at all, within maxFaults (plain latency is not a fault; a spike is).
    const bool isBatchPost
        = req.method == "POST" && (req.path == "/v1/batch/objects" || req.path == "/weaviate.v1.Weaviate/BatchObjects");
    const bool wantsFault = uDrop < f.dropBeforeRate || u503 < f.rate503 || u429 < f.rate429
        || (uOom < f.batchOomRate && isBatchPost) || uDropMid < f.dropMidBodyRate || uSpike < f.spikeRate;
    const bool allowed = !wantsFault || f.maxFaults < 0 || m_faultsInjected.fetch_add(1) < f.maxFaults;
    if (!allowed)
        ++m_counters.skippedByMax;
    if (allowed && uDrop < f.dropBeforeRate) {
        ++m_counters.droppedBefore;
        return Outcome::DropBefore;
    }
    int sleepMs = f.latencyMs + static_cast<int>(uJitter * (f.latencyJitterMs + 1));
    if (allowed && uSpike < f.spikeRate) {
        ++m_counters.spikes;
        sleepMs += f.spikeMs;
    }
    // A server being stopped answers nothing: the client must see the reset, not a late 200.
    if (sleepMs > 0 && !interruptibleSleep(sleepMs))
        return Outcome::Abort;

    const bool isRead = req.method == "GET" || req.method == "HEAD" || req.path == "/v1/graphql"
        || (startsWith(req.path, "/weaviate.v1.") && !startsWith(req.path, "/weaviate.v1.Weaviate/Batch"));
    if (!allowed) {
        // the fault budget is spent: answer normally
    } else if (u503 < f.rate503) {
        ++m_counters.injected503;
        *useInjected = true;
        *injected = HttpResponse::json(503,
            isRead ? errorBody("service unavailable: the node is temporarily not serving read requests")
                   : errorBody("read-only mode is enabled temporally at the config level: write operations "
                               "are not allowed during this time"));
    } else if (u429 < f.rate429) {
        ++m_counters.injected429;
        *useInjected = true;
        *injected = HttpResponse::json(429,
            "{\"errorCode\":\"USAGE_LIMIT_EXCEEDED\",\"limit\":\"objects\",\"value\":0,"
            "\"message\":\"usage limit exceeded: objects limit of 0 reached\"}");
    } else if (uOom < f.batchOomRate && isBatchPost) {
        ++m_counters.injectedOom;
        *useInjected = true;
        *injected = HttpResponse::json(500, errorBody("batch objects: cannot process batch: not enough memory"));
    }
    if (allowed && uDropMid < f.dropMidBodyRate) {
        ++m_counters.droppedMidBody;
        return Outcome::DropMidBody;
    }
    return Outcome::Normal;
}

void HttpServer::serveConnection(Connection* conn)
{
    const Net::Handle fd = conn->fd;
    Reader reader(fd);
    bool abortive = false;

    for (;;) {
        HttpRequest req;
        bool keepAlive = true;
        if (!readRequest(fd, reader, conn->busy, req, keepAlive))
            break;
        ++m_counters.requests;

        HttpResponse injected;
        bool useInjected = false;
        const Outcome outcome = decideFaults(req, &injected, &useInjected);
        if (outcome == Outcome::DropBefore || outcome == Outcome::Abort) {
            abortive = true;
            break;
        }

        t_afterResponse = nullptr;
        HttpResponse resp = useInjected ? std::move(injected) : callHandler(m_handler, req);
        const bool noBodyStatus = resp.status == 204 || resp.status == 304 || resp.status < 200;
        const bool sendBody = resp.hasBody && req.method != "HEAD" && !noBodyStatus;
        std::string headText = responseHead(resp, keepAlive, noBodyStatus);

        if (outcome == Outcome::DropMidBody) {
            // Half the body; with no body, half the head, so the client never sees a complete response.
            if (sendBody && !resp.body.empty()) {
                Net::Slice slices[2] = {{headText.data(), headText.size()}, {resp.body.data(), resp.body.size() / 2}};
                Net::sendAll(fd, slices, 2);
            } else {
                Net::sendAll(fd, std::string_view(headText).substr(0, headText.size() / 2));
            }
            abortive = true;
            break;
        }

        Net::Slice slices[2]
            = {{headText.data(), headText.size()}, {resp.body.data(), sendBody ? resp.body.size() : 0}};
        const bool sent = Net::sendAll(fd, slices, sendBody ? 2 : 1);
        if (t_afterResponse) {
            std::function<void()> after = std::move(t_afterResponse);
            t_afterResponse = nullptr;
            after();
        }
        conn->busy = false;
        if (!sent || !keepAlive)
            break;
    }

    if (abortive)
        Net::setAbortiveClose(fd);
    {
        std::lock_guard lock(m_connMutex);
        conn->fd = Net::kInvalid;
    }
    Net::closeSocket(fd);
    conn->done = true;
}

} // namespace Emu
