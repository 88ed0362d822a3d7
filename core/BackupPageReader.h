// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ObjectPageParser.h"
#include "core/OpError.h"
#include "core/WeaviateEndpoint.h"

#include <QList>
#include <QString>
#include <array>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <span>
#include <vector>

class QThread;

namespace Colvault {

// Reads the cursor pages of a backup's shards (a collection, or one tenant of it) in order, on a thread of its own
// with a client of its own, and hands them over parsed. An archive is written one shard after the other, so the
// writer needs the pages in that order; meanwhile this thread keeps the first pages of the next shards in flight
// (several small tenants at once instead of one request after another) and parses pages while the writer compresses
// the previous ones.
//
// - A shard ends with a page shorter than the page size (Weaviate's cursor: a short page is the last one), so a
//   small tenant costs one request. Its next page is asked for as soon as a full page is parsed.
// - Bounded: at most `requestsInFlight` requests at once, and a first page is asked for ahead only while the bytes
//   requested (estimated from the counts and the largest bytes per object seen so far) and those of the parsed
//   pages not yet written stay within `bytesAhead`. The shard being read always gets its next page, and at most
//   two parsed pages wait for the writer (one of them the page it writes).
// - Vectors travel over gRPC where the client's data transport says so (WeaviateClient::dataGrpc; docs/grpc.md,
//   "Backup over gRPC"): each page is then two reads sent at once, the REST page without vectors (the archive keeps
//   its properties verbatim) and the same cursor page's ids and vectors as float32 bytes over gRPC (GrpcVectorPages).
//   When the two do not name the same objects (a write came between them), the page is read again the REST way
//   with its vectors, so no object is ever written with another version's vector. If gRPC fails for good in Auto
//   mode, the rest is read over REST; with DataTransport::Grpc that failure ends the reading.
// - Requests are retried like every GET (WeaviateClient::finish) or gRPC read (WeaviateGrpc::search); the first
//   failure, a page that is not valid, or a cancel (the check given, polled every ~50 ms) ends the reading.
//
// Thread: construct, call next() and destroy on the writer's thread (the backup worker). The destructor stops the
// reading thread (requests in flight are dropped) and waits for it.
//
// Usage: BackupPageReader reader(endpoint, isCanceled, shards, options);
//        while (reader.next(&page)) { write page.objects; if (page.lastOfShard && page.shard == last) break; }
class BackupPageReader
{
public:
    struct Shard
    {
        QString collection;
        QString tenant; // "" for a collection without multi-tenancy
        qint64 objects = -1; // counted before reading; -1 unknown (only used to size requests ahead)
    };
    struct Options
    {
        int pageSize = 500;
        bool withVectors = true;
        int requestsInFlight = 8;
        // Enough for eight pages of small tenants; tenants whose first page is megabytes gain little from more
        // (their transfer takes longer than a request's round trip) and each one asked for ahead is held in memory.
        // Measured on 20 tenants x 1,000 x 1536: 32 MiB took peak RSS from 84 to 108-130 MB, 8 MiB left it at 84 MB.
        qint64 bytesAhead = 8 * 1024 * 1024;
        // Estimate of a page's bytes per object before the first page arrived (from the plan's sample); 0 when
        // unknown: then nothing is asked for ahead until a page showed it.
        qint64 bytesPerObject = 0;
        // Tests only: called on the reading thread between the two reads of a page whose vectors come over gRPC,
        // which then run one after the other (the REST page first), so that a test can write in between.
        std::function<void(int shard, const std::string& after)> betweenReadsForTesting;
    };
    // One page, valid until the next call to next() or the destruction of the reader.
    struct Page
    {
        int shard = -1; // index into the shards given
        std::span<const PageObject> objects;
        qint64 wireBytes = 0; // the REST body's size, plus the gRPC answer's where the vectors came over gRPC
        bool lastOfShard = false;
    };
    // What the reading did, for tests and the log.
    struct Stats
    {
        qint64 requests = 0; // pages asked for (retries not counted)
        int peakRequestsInFlight = 0;
        qint64 peakBytesAhead = 0; // the most bytes ahead (estimated) when a first page was asked for ahead
        bool grpc = false; // vectors were asked for over gRPC (WeaviateClient::dataGrpc)
        qint64 grpcPages = 0; // pages whose vectors came over gRPC
        qint64 pagesReadAgain = 0; // pages read again over REST with their vectors (a write between the two
                                   // reads, or gRPC failed for good in Auto mode)
    };

    BackupPageReader(
        const WeaviateEndpoint& endpoint, std::function<bool()> isCanceled, QList<Shard> shards, Options options);
    ~BackupPageReader();
    BackupPageReader(const BackupPageReader&) = delete;
    BackupPageReader& operator=(const BackupPageReader&) = delete;

    // Waits for the next page in order (every page of shard 0, then of shard 1, ...) and releases the previous one.
    // False when reading failed (error() says why) or was canceled (error() is empty); never called past the last
    // page of the last shard.
    bool next(Page* page);
    OpError error() const;
    Stats stats() const;

private:
    // A parsed page on its way to the writer; the records are reused for later pages.
    struct Slot
    {
        std::vector<PageObject> records;
        size_t count = 0;
        int shard = -1;
        qint64 wireBytes = 0;
        bool last = false;
    };
    struct Request;
    class Fetcher;
    friend class Fetcher;

    void run();
    int waitForFreeSlot(const std::function<void()>& pump);
    void handOver(int slot);
    void end(const OpError& error, bool canceled);
    qint64 heldBytes();

    const WeaviateEndpoint m_endpoint;
    const std::function<bool()> m_isCanceled;
    const QList<Shard> m_shards;
    const Options m_options;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    // One page written, one parsed ahead (and the parser's own records): each set holds a page's objects, about a
    // third of its JSON, so a third set would cost more memory than it gains (measured: 10 MB at 500 x 1536).
    std::array<Slot, 2> m_slots;
    std::vector<int> m_free; // slots the reading thread may parse into
    std::deque<int> m_ready; // parsed slots, in order
    int m_held = -1; // the slot the writer has
    qint64 m_heldBytes = 0; // bytes of the pages in m_ready and m_held
    bool m_ended = false; // the reading thread is done: nothing follows the pages in m_ready
    OpError m_error;
    Stats m_stats;
    std::atomic<bool> m_stop {false};
    QThread* m_thread = nullptr;
};

} // namespace Colvault
