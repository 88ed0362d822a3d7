// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3ArchiveUpload.h"

#include "core/Logging.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QThread>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <vector>

namespace Colvault {

namespace {

// Parts 1-2000 at the first size, then twice that up to part 4000, 4 times up to 6000, 8 times up to 10,000: with
// 8 MiB first parts the stream holds 16,000 MiB by part 2000, 48,000 by 4000, 112,000 by 6000 and 368,000 MiB (about
// 359 GiB) by part 10,000. Small archives keep small parts (the memory of a few parts in flight); only very large
// ones pay for larger parts.
constexpr int partsPerStep = 2000;
constexpr int maxDoublings = 3;

// Parts on their way (queued or in flight) before write() waits: three, two once parts are 32 MiB or more.
int maxPending(qint64 partSize)
{
    return partSize >= 32 * S3ArchiveUpload::MiB ? 2 : 3;
}

} // namespace

struct S3ArchiveUpload::Shared
{
    S3Location location;
    S3Config config;
    qint64 firstPartSize = 0;
    std::unique_ptr<QThread> thread;

    std::mutex mutex;
    std::condition_variable changed;
    struct Part
    {
        int number = 0;
        QByteArray data;
    };
    std::deque<Part> queue; // handed over, not yet started
    // Buffers of finished parts, emptied with their capacity kept: the writer fills them again. The same three or
    // four buffers serve the whole upload, so the parts' memory is fixed and owes nothing to how the allocator treats
    // large blocks freed on another thread (glibc raises its mmap threshold to a block's size once one is freed).
    std::vector<QByteArray> spare;
    int inFlight = 0; // started, not yet finished
    int pendingLimit = 3;
    bool created = false; // CreateMultipartUpload answered (or failed)
    bool finishing = false; // complete(): the queue holds the last part
    bool done = false; // the thread has ended (completed, failed or aborted)
    bool completed = false;
    OpError error;
    QString uploadId;
    QList<S3CompletedPart> parts;
    std::atomic<bool> stopping {false};
    std::atomic<int> retries {0};
    qint64 completeMs = 0; // how long CompleteMultipartUpload took, for the log
    qint64 writerWaitMs = 0; // how long write() waited for room: the uploads were the slower side

    void fail(const OpError& e)
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (!error)
            error = e;
    }
    bool failedOrStopping() const { return error.isError() || stopping; }

    // A part on its way, and its buffer, which comes back to `spare` when the part is done.
    struct Flying
    {
        S3Client::PendingPart part;
        QByteArray buffer;
    };

    void run();
    bool create(S3Client& client);
    void startQueued(S3Client& client, std::deque<Flying>& flying);
    bool finishOldest(S3Client& client, std::deque<Flying>& flying);
    bool completeUpload(S3Client& client);
    void end(S3Client& client, std::deque<Flying>& flying);
};

// The upload thread: starts queued parts while there is room, waits for the oldest, and completes after the last.
void S3ArchiveUpload::Shared::run()
{
    S3Client client(config);
    client.setCancelCheck([this] { return stopping.load(); });
    client.setRetryNotifier([this](int attempt, int maxAttempts, int delayMs, const OpError& e) {
        ++retries;
        qCInfo(lcArchive).noquote() << "S3 upload: retry" << attempt << "of" << maxAttempts - 1 << "in" << delayMs
                                    << "ms after:" << e.details;
    });
    std::deque<Flying> flying;
    if (!create(client))
        return;
    while (true) {
        startQueued(client, flying);
        if (!flying.empty()) {
            if (!finishOldest(client, flying))
                break;
            continue;
        }
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this] { return !queue.empty() || finishing || failedOrStopping(); });
        if (failedOrStopping())
            break;
        if (queue.empty() && finishing) {
            lock.unlock();
            completeUpload(client);
            break;
        }
    }
    end(client, flying);
}

bool S3ArchiveUpload::Shared::create(S3Client& client)
{
    QString id;
    const HttpResult result = client.createMultipartUpload(location, &id);
    {
        const std::lock_guard<std::mutex> lock(mutex);
        created = true;
        uploadId = id;
        if (!result.ok()) {
            if (!result.canceled && !error)
                error = result.error;
            done = true;
        }
    }
    changed.notify_all();
    if (result.ok())
        qCDebug(lcArchive).noquote() << "multipart upload to" << location.toString() << "started:" << id;
    return result.ok();
}

void S3ArchiveUpload::Shared::startQueued(S3Client& client, std::deque<Flying>& flying)
{
    std::deque<Part> ready;
    {
        // Moved from the queue to "in flight" at once: the writer's count of parts on their way stays the same.
        const std::lock_guard<std::mutex> lock(mutex);
        while (!queue.empty() && int(flying.size() + ready.size()) < pendingLimit) {
            ready.push_back(std::move(queue.front()));
            queue.pop_front();
            ++inFlight;
        }
    }
    for (Part& p : ready) {
        QByteArray buffer = p.data; // shared, not copied
        flying.push_back({client.startUploadPart(location, uploadId, p.number, std::move(p.data)), std::move(buffer)});
    }
}

bool S3ArchiveUpload::Shared::finishOldest(S3Client& client, std::deque<Flying>& flying)
{
    const int number = flying.front().part.partNumber;
    QByteArray etag;
    const HttpResult result = client.finishUploadPart(flying.front().part, &etag);
    // The client and the transfer have let go of the data by now: truncating keeps the buffer's capacity.
    QByteArray buffer = std::move(flying.front().buffer);
    buffer.truncate(0);
    flying.pop_front();
    {
        const std::lock_guard<std::mutex> lock(mutex);
        --inFlight;
        spare.push_back(std::move(buffer));
        if (result.ok())
            parts.append({number, etag});
        else if (!result.canceled && !error)
            error = result.error;
    }
    changed.notify_all();
    return result.ok();
}

bool S3ArchiveUpload::Shared::completeUpload(S3Client& client)
{
    QList<S3CompletedPart> all;
    {
        const std::lock_guard<std::mutex> lock(mutex);
        all = parts;
    }
    QElapsedTimer timer;
    timer.start();
    const HttpResult result = client.completeMultipartUpload(location, uploadId, all);
    const std::lock_guard<std::mutex> lock(mutex);
    completeMs = timer.elapsed();
    if (result.ok())
        completed = true;
    else if (!result.canceled && !error)
        error = result.error;
    return result.ok();
}

// Unless completed: the parts still on their way are dropped and the upload is aborted on the server, so that no
// pending upload (and its storage) is left behind. The abort gets 15 seconds, also when the server does not answer.
void S3ArchiveUpload::Shared::end(S3Client& client, std::deque<Flying>& flying)
{
    for (Flying& f : flying)
        client.discard(f.part);
    if (!completed) {
        QElapsedTimer elapsed;
        elapsed.start();
        client.setCancelCheck([elapsed] { return elapsed.elapsed() > 15000; });
        const HttpResult result = client.abortMultipartUpload(location, uploadId);
        if (result.ok())
            qCInfo(lcArchive).noquote() << "aborted the multipart upload to" << location.toString();
        else
            qCWarning(lcArchive).noquote()
                << "could not abort the multipart upload" << uploadId << "to" << location.toString() << ":"
                << (result.canceled ? QStringLiteral("no answer") : result.error.details);
    }
    {
        const std::lock_guard<std::mutex> lock(mutex);
        done = true;
    }
    changed.notify_all();
}

S3ArchiveUpload::S3ArchiveUpload(S3Location location, S3Config config, qint64 firstPartSize)
    : d(std::make_unique<Shared>())
{
    d->location = std::move(location);
    d->config = std::move(config);
    d->firstPartSize = firstPartSize > 0 ? firstPartSize : defaultFirstPartSize;
}

S3ArchiveUpload::~S3ArchiveUpload()
{
    abort();
}

qint64 S3ArchiveUpload::partSize(int number, qint64 firstPartSize)
{
    const int doublings = std::min((std::max(number, 1) - 1) / partsPerStep, maxDoublings);
    return firstPartSize << doublings;
}

qint64 S3ArchiveUpload::capacity(qint64 firstPartSize)
{
    qint64 total = 0;
    for (int step = 0; step * partsPerStep < maxParts; ++step)
        total += std::min(partsPerStep, maxParts - step * partsPerStep)
            * partSize(step * partsPerStep + 1, firstPartSize);
    return total;
}

OpError S3ArchiveUpload::error() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return d->error;
}

int S3ArchiveUpload::partsUploaded() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return int(d->parts.size());
}

int S3ArchiveUpload::retries() const
{
    return d->retries;
}

OpError S3ArchiveUpload::start()
{
    Q_ASSERT(!d->thread);
    Shared* shared = d.get();
    d->thread.reset(QThread::create([shared] { shared->run(); }));
    d->thread->setObjectName(QStringLiteral("S3ArchiveUpload"));
    d->thread->start();
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return d->created || d->done; });
    return d->error;
}

bool S3ArchiveUpload::write(const char* data, qint64 size)
{
    while (size > 0) {
        if (d->stopping)
            return false;
        const qint64 target = partSize(m_nextNumber, d->firstPartSize);
        if (m_part.isEmpty())
            m_part.reserve(qsizetype(target)); // a spare buffer has the room already
        const qint64 n = std::min(size, target - qint64(m_part.size()));
        m_part.append(data, qsizetype(n));
        data += n;
        size -= n;
        m_written += n;
        if (m_part.size() == target && !handOver())
            return false;
    }
    return !d->stopping && !error();
}

// Queues the filled part for the thread, after waiting for room.
bool S3ArchiveUpload::handOver()
{
    if (m_nextNumber > maxParts) {
        d->fail(OpError::make(OpError::Code::Io,
            //: %1 is a size, e.g. 359 GiB
            tr("The archive is larger than an S3 multipart upload can hold (%1).")
                .arg(QLocale().formattedDataSize(capacity(d->firstPartSize))),
            QStringLiteral("%1: more than %2 parts").arg(d->location.toString()).arg(maxParts)));
        return false;
    }
    {
        QElapsedTimer waited;
        waited.start();
        std::unique_lock<std::mutex> lock(d->mutex);
        d->changed.wait(lock, [this] {
            return d->failedOrStopping() || d->done || int(d->queue.size()) + d->inFlight < d->pendingLimit;
        });
        d->writerWaitMs += waited.elapsed();
        if (d->failedOrStopping() || d->done)
            return false;
        d->pendingLimit = maxPending(qint64(m_part.size()));
        d->queue.push_back({m_nextNumber++, std::move(m_part)});
        m_part = QByteArray();
        if (!d->spare.empty()) {
            m_part = std::move(d->spare.back());
            d->spare.pop_back();
        }
    }
    d->changed.notify_all();
    return true;
}

OpError S3ArchiveUpload::complete()
{
    Q_ASSERT(d->thread);
    QElapsedTimer timer;
    timer.start();
    // An empty stream is still one (empty) part: S3 completes no upload without parts.
    if ((!m_part.isEmpty() || m_nextNumber == 1) && !handOver()) {
        abort();
        return error();
    }
    {
        std::unique_lock<std::mutex> lock(d->mutex);
        d->finishing = true;
        d->changed.notify_all();
        d->changed.wait(lock, [this] { return d->done; });
    }
    d->thread->wait();
    const OpError e = error();
    if (!e && d->completed)
        qCInfo(lcArchive).noquote() << "uploaded" << d->location.toString() << m_written << "bytes in"
                                    << partsUploaded() << "parts," << retries() << "retries; the last parts and the"
                                    << "completion took" << timer.elapsed() << "ms, CompleteMultipartUpload"
                                    << d->completeMs << "ms; the writer waited" << d->writerWaitMs
                                    << "ms for parts on their way";
    return e;
}

void S3ArchiveUpload::cancel()
{
    d->stopping = true;
    d->changed.notify_all();
}

void S3ArchiveUpload::abort()
{
    if (!d->thread)
        return;
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        if (d->completed)
            return;
    }
    cancel();
    d->thread->wait();
    d->thread.reset();
}

} // namespace Colvault
