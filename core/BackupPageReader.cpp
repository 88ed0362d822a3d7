// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupPageReader.h"

#include "core/GrpcVectorPages.h"
#include "core/Logging.h"
#include "core/ObjectsClient.h"
#include "core/OperationGuard.h"
#include "core/WeaviateClient.h"

#include <QThread>
#include <algorithm>
#include <chrono>
#include <utility>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// A page's bytes beyond its objects ({"deprecations":null,"objects":[],"totalResults":0}), and the least a request
// ahead is counted for.
constexpr qint64 pageOverheadBytes = 256;

// glibc raises its mmap threshold (up to 32 MiB) each time a large mapped block is freed, and its trim threshold to
// twice that: from then on page-sized buffers (gRPC answers, REST bodies, parsed pages) come from malloc's arenas,
// one per thread that allocates, and each arena keeps up to 64 MiB of what was freed. A fixed threshold keeps the
// trim threshold at its default of 128 KiB. Measured, 100K x 1536 with the vectors over gRPC: peak RSS 135-147 MiB
// with the dynamic threshold, 114-118 MiB with 4 MiB, sys time and wall time the same within this VM's noise. Only
// there: over REST each page's body (10 MB at 500 x 1536) would then be mapped and unmapped, 0.9 s more sys time
// (102 against 133 MiB). The default trim threshold then hands every freed stretch above 128 KiB at an arena's top
// back to the system, and the next page faults it in again: on the 2-core KVM a fifth of the client's CPU went to
// those faults. Keeping up to 16 MiB per arena for reuse: client CPU 6.3-7.2 against 6.8-9.3 s, peak RSS 134 MiB.
// The settings are process-wide and lasting.
void boundMallocRetention()
{
#ifdef __GLIBC__
    static const int done = mallopt(M_MMAP_THRESHOLD, 4 * 1024 * 1024) + mallopt(M_TRIM_THRESHOLD, 16 * 1024 * 1024);
    Q_UNUSED(done);
#endif
}

} // namespace

struct BackupPageReader::Request
{
    int shard = -1;
    std::string after; // the cursor this page was asked for with
    WeaviateClient::PendingRequest pending;
    qint64 estimatedBytes = 0;
    bool vectorsApart = false; // the REST page comes without vectors: they come over gRPC
    GrpcVectorPages::Ticket vectors = 0; // their call, once started
};

// The reading thread's side: its client, its parser, and the requests in flight in the order the pages are needed.
// Each shard has at most one request at a time (the next page needs the last id of the one before), so the deque
// is sorted by shard and its front is always the next page to hand over.
class BackupPageReader::Fetcher
{
public:
    explicit Fetcher(BackupPageReader& reader)
        : m_r(reader)
        , m_client(reader.m_endpoint)
        , m_objects(m_client)
        , m_bytesPerObject(reader.m_options.bytesPerObject)
    {
        m_client.setCancelCheck([this] { return isCanceled(); });
    }

    ~Fetcher()
    {
        for (Request& r : m_inFlight)
            m_client.discard(r.pending);
    }

    void run()
    {
        if (!openGrpc())
            return;
        while (true) {
            startRequests();
            if (m_inFlight.empty())
                return m_r.end({}, false); // every page of every shard handed over
            Request request = std::move(m_inFlight.front());
            m_inFlight.pop_front();
            m_estimatedInFlight -= request.estimatedBytes;
            if (!readPage(request))
                return;
        }
    }

private:
    bool isCanceled() const { return m_r.m_stop.load() || (m_r.m_isCanceled && m_r.m_isCanceled()); }

    // Vectors over gRPC where the data transport asks for it and the server offers it. The channel belongs to this
    // thread's own client, so nothing of gRPC is shared with the writer's thread.
    bool openGrpc()
    {
        if (!m_r.m_options.withVectors)
            return true;
        OpError err;
        WeaviateGrpc* grpc = m_client.dataGrpc(&err);
        if (err) {
            m_r.end(err, false);
            return false;
        }
        if (grpc) {
            boundMallocRetention();
            m_vectors = std::make_unique<GrpcVectorPages>(*grpc, m_r.m_endpoint, [this] { return isCanceled(); });
        }
        const std::lock_guard<std::mutex> lock(m_r.m_mutex);
        m_r.m_stats.grpc = m_vectors != nullptr;
        return true;
    }

    // The shard being read always has its next page on the way; the first pages of the next shards follow while
    // the count and the bytes allow.
    void startRequests()
    {
        while (m_nextShard < m_r.m_shards.size()) {
            const qint64 estimate = estimateFirstPage(m_r.m_shards[m_nextShard]);
            const bool ahead = !m_inFlight.empty();
            qint64 bytesAhead = 0;
            if (ahead) {
                if (int(m_inFlight.size()) >= m_r.m_options.requestsInFlight || m_bytesPerObject <= 0)
                    return;
                bytesAhead = m_estimatedInFlight + m_r.heldBytes() + estimate;
                if (bytesAhead > m_r.m_options.bytesAhead)
                    return;
            }
            start(int(m_nextShard++), {}, estimate, false);
            if (ahead) {
                const std::lock_guard<std::mutex> lock(m_r.m_mutex);
                m_r.m_stats.peakBytesAhead = std::max(m_r.m_stats.peakBytesAhead, bytesAhead);
            }
        }
    }

    // Both reads of a page go out at once: the REST page and, where vectors come over gRPC, their Search call. The
    // next page of the shard being read (`atFront`) is asked for while the vectors of its page are still on the
    // wire; its own vectors go out as well only if both pages fit in the bytes ahead, else once those arrived
    // (startVectors()): gRPC buffers an answer whole until it is complete (measured: 30 MB of buffers with two pages
    // of 500 x 1536 in flight).
    void start(int shard, std::string after, qint64 estimate, bool atFront)
    {
        const Shard& s = m_r.m_shards[shard];
        Request r;
        r.shard = shard;
        r.after = std::move(after);
        r.estimatedBytes = estimate;
        r.vectorsApart = m_vectors && !m_grpcFailed;
        r.pending = m_objects.startPage({.className = s.collection,
            .tenant = s.tenant,
            .after = r.after,
            .limit = m_r.m_options.pageSize,
            .withVectors = m_r.m_options.withVectors && !r.vectorsApart});
        if (r.vectorsApart && !(atFront && 2 * estimate > m_r.m_options.bytesAhead))
            startVectors(r);
        if (atFront)
            m_inFlight.push_front(std::move(r));
        else
            m_inFlight.push_back(std::move(r));
        m_estimatedInFlight += estimate;
        const std::lock_guard<std::mutex> lock(m_r.m_mutex);
        Stats& st = m_r.m_stats;
        ++st.requests;
        st.peakRequestsInFlight = std::max(st.peakRequestsInFlight, int(m_inFlight.size()));
    }

    void startVectors(Request& r)
    {
        if (r.vectors || m_r.m_options.betweenReadsForTesting)
            return;
        const Shard& s = m_r.m_shards[r.shard];
        r.vectors = m_vectors->start(s.collection, s.tenant, r.after, m_r.m_options.pageSize);
    }

    qint64 estimateFirstPage(const Shard& s) const
    {
        const qint64 objects
            = s.objects < 0 ? m_r.m_options.pageSize : std::min<qint64>(s.objects, m_r.m_options.pageSize);
        return pageOverheadBytes + objects * std::max<qint64>(m_bytesPerObject, 0);
    }

    // Waits for the front request (and its vectors), parses it, asks for the shard's next page when this one was
    // full, and hands it over. False when the reading ended (a failure or a cancel, recorded).
    bool readPage(Request& request)
    {
        qint64 wireBytes = 0;
        bool ok = readRest(request, false, &wireBytes);
        // The next page goes out as soon as this one's last id is known: with the vectors apart, while they travel.
        std::string next = ok ? startNext(request, {}) : std::string();
        if (ok && request.vectorsApart) {
            ok = readVectors(request, &wireBytes);
            next = ok ? startNext(request, next) : next; // a page read again may end elsewhere
            if (ok && !next.empty() && m_inFlight.front().vectorsApart)
                startVectors(m_inFlight.front());
        }
        if (!ok) {
            if (request.vectors)
                m_vectors->discard(request.vectors);
            return false;
        }
        const size_t count = m_parser.count();
        if (count > 0)
            m_bytesPerObject = std::max(m_bytesPerObject, (wireBytes + qint64(count) - 1) / qint64(count));
        const int slot = m_r.waitForFreeSlot([this] { m_client.pump(); });
        if (slot < 0)
            return false;
        Slot& out = m_r.m_slots[slot];
        out.count = count;
        m_parser.exchangeObjects(out.records);
        out.shard = request.shard;
        out.wireBytes = wireBytes;
        out.last = next.empty();
        m_r.handOver(slot);
        return true;
    }

    // After a full page, the shard's next page starts from its last id; a short page is the shard's last
    // (Weaviate's cursor). `started` is the id the next page was started from already ("" for none): a request from
    // another id (the page was read again and ends elsewhere) is dropped first. Returns the id the next page starts
    // from, "" when there is none.
    std::string startNext(const Request& request, const std::string& started)
    {
        const size_t count = m_parser.count();
        const std::string after = count == size_t(m_r.m_options.pageSize) ? m_parser.lastId() : std::string();
        if (after == started)
            return after;
        if (!started.empty()) {
            // The request at the front is the one startNext() put there: this shard's next page.
            Request dropped = std::move(m_inFlight.front());
            m_inFlight.pop_front();
            m_estimatedInFlight -= dropped.estimatedBytes;
            m_client.discard(dropped.pending);
            if (dropped.vectors)
                m_vectors->discard(dropped.vectors);
        }
        if (!after.empty())
            start(request.shard, after, pageOverheadBytes + qint64(count) * m_bytesPerObject, true);
        return after;
    }

    // The REST page of the request (`again`: asked for anew, with its vectors) into the parser; its bytes are
    // added to *wireBytes.
    bool readRest(Request& request, bool again, qint64* wireBytes)
    {
        const Shard& s = m_r.m_shards[request.shard];
        if (again) {
            request.pending = m_objects.startPage({.className = s.collection,
                .tenant = s.tenant,
                .after = request.after,
                .limit = m_r.m_options.pageSize,
                .withVectors = true});
        }
        HttpResult page = m_client.finish(request.pending);
        if (!page.ok()) {
            m_r.end(page.error, page.canceled);
            return false;
        }
        OpError err;
        if (!m_parser.parse(page.body, request.after, &err, request.vectorsApart && !again))
            return fail(request, err);
        *wireBytes += page.body.size();
        return true;
    }

    // The page's vectors over gRPC, kept for the records when they name the objects the REST page holds. Otherwise
    // (a write came between the two reads), or when gRPC failed for good in Auto mode, the page is read again over
    // REST with its vectors, which is what the REST path would have written.
    bool readVectors(Request& request, qint64* wireBytes)
    {
        if (m_grpcFailed) {
            if (request.vectors)
                m_vectors->discard(std::exchange(request.vectors, 0));
            return readAgain(request, u"gRPC is no longer used"_s, wireBytes);
        }
        if (!request.vectors && m_r.m_options.betweenReadsForTesting) {
            m_r.m_options.betweenReadsForTesting(request.shard, request.after);
            const Shard& s = m_r.m_shards[request.shard];
            request.vectors = m_vectors->start(s.collection, s.tenant, request.after, m_r.m_options.pageSize);
        }
        startVectors(request);
        OpError err;
        bool canceled = false;
        qint64 answerBytes = 0;
        const bool ok = m_vectors->finish(
            request.vectors, [this] { m_client.pump(); }, &m_reply, &answerBytes, &err, &canceled);
        request.vectors = 0;
        if (canceled) {
            m_r.end({}, true);
            return false;
        }
        if (!ok && m_r.m_endpoint.dataTransport != WeaviateEndpoint::DataTransport::Auto)
            return fail(request, err);
        if (!ok) {
            qCWarning(lcBackup).noquote()
                << "reading vectors over gRPC failed, the rest goes over REST:" << err.details;
            m_grpcFailed = true;
            return readAgain(request, err.details, wireBytes);
        }
        *wireBytes += answerBytes;
        QString difference;
        if (!GrpcVectorPages::sameObjects(m_reply, m_parser.objects(), &difference))
            return readAgain(request, difference, wireBytes);
        if (!GrpcVectorPages::addVectors(m_reply, m_parser.objects(), &err))
            return fail(request, err);
        const std::lock_guard<std::mutex> lock(m_r.m_mutex);
        ++m_r.m_stats.grpcPages;
        return true;
    }

    bool readAgain(Request& request, const QString& why, qint64* wireBytes)
    {
        const Shard& s = m_r.m_shards[request.shard];
        qCInfo(lcBackup).noquote() << "reading the page of" << s.collection << s.tenant << "after"
                                   << QString::fromStdString(request.after) << "again over REST:" << why;
        {
            const std::lock_guard<std::mutex> lock(m_r.m_mutex);
            ++m_r.m_stats.pagesReadAgain;
        }
        return readRest(request, true, wireBytes);
    }

    bool fail(const Request& request, OpError err)
    {
        const Shard& s = m_r.m_shards[request.shard];
        err.details = QStringLiteral("%1 / %2 after \"%3\": %4")
                          .arg(s.collection, s.tenant, QString::fromStdString(request.after), err.details);
        m_r.end(err, false);
        return false;
    }

    BackupPageReader& m_r;
    WeaviateClient m_client;
    ObjectsClient m_objects;
    ObjectPageParser m_parser;
    // After the client, whose WeaviateGrpc it calls through: destroyed (its calls canceled) before it.
    std::unique_ptr<GrpcVectorPages> m_vectors;
    bool m_grpcFailed = false; // gRPC failed for good (Auto mode): the pages from now on are read over REST
    weaviate::v1::SearchReply m_reply; // the vectors of the page being read
    std::deque<Request> m_inFlight;
    qsizetype m_nextShard = 0; // the first shard none of whose pages was asked for yet
    qint64 m_estimatedInFlight = 0;
    qint64 m_bytesPerObject = 0; // the largest seen so far (or the estimate given)
};

BackupPageReader::BackupPageReader(
    const WeaviateEndpoint& endpoint, std::function<bool()> isCanceled, QList<Shard> shards, Options options)
    : m_endpoint(endpoint)
    , m_isCanceled(std::move(isCanceled))
    , m_shards(std::move(shards))
    , m_options(options)
{
    m_free = {1, 0};
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("BackupPageReader"));
    m_thread->start();
}

BackupPageReader::~BackupPageReader()
{
    m_stop = true;
    m_changed.notify_all();
    m_thread->wait();
    delete m_thread;
}

void BackupPageReader::run()
{
    // An exception must not cross threads (core/OperationGuard.h): it becomes the reading's failure, which the
    // writer's next() returns.
    try {
        Fetcher(*this).run();
    } catch (const std::exception& e) {
        end(OperationGuard::internalError(e.what()), false);
    } catch (...) {
        end(OperationGuard::internalError(nullptr), false);
    }
}

int BackupPageReader::waitForFreeSlot(const std::function<void()>& pump)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (m_free.empty()) {
        if (m_stop)
            return -1;
        // Requests in flight progress only while this thread serves its events: wait in short slices.
        lock.unlock();
        pump();
        lock.lock();
        m_changed.wait_for(lock, std::chrono::milliseconds(2), [this] { return !m_free.empty() || m_stop.load(); });
    }
    if (m_stop)
        return -1;
    const int slot = m_free.back();
    m_free.pop_back();
    return slot;
}

void BackupPageReader::handOver(int slot)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ready.push_back(slot);
        m_heldBytes += m_slots[slot].wireBytes;
    }
    m_changed.notify_all();
}

void BackupPageReader::end(const OpError& error, bool canceled)
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_ended = true;
        if (!canceled)
            m_error = error;
    }
    m_changed.notify_all();
}

qint64 BackupPageReader::heldBytes()
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_heldBytes;
}

bool BackupPageReader::next(Page* page)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    if (m_held >= 0) {
        m_heldBytes -= m_slots[m_held].wireBytes;
        m_free.push_back(m_held);
        m_held = -1;
        m_changed.notify_all();
    }
    // The reading thread notices a cancel through its client; the writer looks too, so that it never waits long.
    while (m_ready.empty() && !m_ended) {
        if (m_isCanceled && m_isCanceled())
            return false;
        m_changed.wait_for(lock, std::chrono::milliseconds(50));
    }
    if (m_ready.empty())
        return false;
    m_held = m_ready.front();
    m_ready.pop_front();
    const Slot& s = m_slots[m_held];
    page->shard = s.shard;
    page->objects = std::span<const PageObject>(s.records.data(), s.count);
    page->wireBytes = s.wireBytes;
    page->lastOfShard = s.last;
    return true;
}

OpError BackupPageReader::error() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

BackupPageReader::Stats BackupPageReader::stats() const
{
    const std::lock_guard<std::mutex> lock(m_mutex);
    return m_stats;
}

} // namespace Colvault
