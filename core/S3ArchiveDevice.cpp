// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3ArchiveDevice.h"

#include "core/Logging.h"
#include "core/S3Client.h"

#include <QThread>
#include <atomic>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <mutex>

namespace Colvault {

// The fetching thread and what it shares with the reader.
struct S3ArchiveDevice::Fetcher
{
    S3Location location;
    S3Config config;
    std::unique_ptr<QThread> thread;

    std::mutex mutex;
    std::condition_variable changed;
    struct Window
    {
        qint64 start = 0;
        QByteArray data;
    };
    std::deque<Window> ready; // fetched, not yet taken by the reader: at most one
    qint64 next = 0; // where the next window starts
    qint64 windowSize = firstWindow;
    int generation = 0; // a seek outside the window being read starts a new one: older answers are dropped
    qint64 size = -1; // known after the first answer
    QByteArray etag; // of the first answer
    OpError error;
    bool answered = false; // the first window (or an error) arrived
    std::atomic<bool> stop {false};
    std::atomic<int> requests {0};
    std::atomic<qint64> bytes {0};

    void run();
    bool waitForRoom(qint64* start, qint64* length, int* gen);
    void store(int gen, qint64 start, const HttpResult& result, QByteArray data, const S3ObjectInfo& info);
};

void S3ArchiveDevice::Fetcher::run()
{
    S3Client client(config);
    client.setCancelCheck([this] { return stop.load(); });
    while (true) {
        qint64 start = 0;
        qint64 length = 0;
        int gen = 0;
        if (!waitForRoom(&start, &length, &gen))
            return;
        QByteArray data;
        S3ObjectInfo info;
        const HttpResult result = client.getObjectRange(location, start, start + length - 1, &data, &info);
        if (result.canceled)
            return;
        ++requests;
        bytes += data.size();
        store(gen, start, result, std::move(data), info);
    }
}

// Waits until the reader has taken the last window fetched (one ahead, no more) and there is more to fetch.
bool S3ArchiveDevice::Fetcher::waitForRoom(qint64* start, qint64* length, int* gen)
{
    std::unique_lock<std::mutex> lock(mutex);
    changed.wait(lock, [this] { return stop || error || (ready.empty() && (size < 0 || next < size)); });
    if (stop || error)
        return false;
    *start = next;
    *length = size < 0 ? windowSize : std::min(windowSize, size - next);
    *gen = generation;
    return true;
}

void S3ArchiveDevice::Fetcher::store(
    int gen, qint64 start, const HttpResult& result, QByteArray data, const S3ObjectInfo& info)
{
    {
        const std::lock_guard<std::mutex> lock(mutex);
        if (gen != generation)
            return; // the reader moved on (seek) while this window was on its way
        answered = true;
        // Only an empty object has no byte 0: S3 answers 416 (InvalidRange).
        if (result.status == 416 && start == 0 && size < 0) {
            size = 0;
        } else if (!result.ok()) {
            error = result.error;
        } else if (size >= 0 && info.etag != etag) {
            error = OpError::make(OpError::Code::Format,
                //: %1 is an S3 location, s3://BUCKET/KEY
                tr("The object at %1 was replaced while it was being read.").arg(location.toString()),
                QStringLiteral("ETag %1, then %2 at byte %3")
                    .arg(QString::fromUtf8(etag), QString::fromUtf8(info.etag))
                    .arg(start));
        } else if (data.isEmpty() && (size < 0 || start < size)) {
            error = OpError::make(OpError::Code::Network,
                //: %1 is an S3 location, s3://BUCKET/KEY
                tr("The S3 server sent no data for %1.").arg(location.toString()),
                QStringLiteral("bytes from %1: empty answer, HTTP %2").arg(start).arg(result.status));
        } else {
            if (size < 0) {
                size = info.size >= 0 ? info.size : qint64(data.size());
                etag = info.etag;
            }
            next = start + data.size();
            ready.push_back({start, std::move(data)});
            windowSize = std::min(windowSize * 2, maxWindow);
        }
    }
    changed.notify_all();
}

S3ArchiveDevice::S3ArchiveDevice(S3Location location, S3Config config, QObject* parent)
    : QIODevice(parent)
    , d(std::make_unique<Fetcher>())
{
    d->location = std::move(location);
    d->config = std::move(config);
}

S3ArchiveDevice::~S3ArchiveDevice()
{
    stopFetcher();
}

QString S3ArchiveDevice::location() const
{
    return d->location.toString();
}

OpError S3ArchiveDevice::openObject()
{
    Q_ASSERT(!d->thread);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    Fetcher* fetcher = d.get();
    d->thread.reset(QThread::create([fetcher] { fetcher->run(); }));
    d->thread->setObjectName(QStringLiteral("S3ArchiveDevice"));
    d->thread->start();
    OpError error;
    {
        std::unique_lock<std::mutex> lock(d->mutex);
        d->changed.wait(lock, [this] { return d->answered; });
        error = d->error;
    }
    if (error) {
        close();
        return error;
    }
    qCDebug(lcArchive).noquote() << "reading" << location() << d->size << "bytes";
    return {};
}

OpError S3ArchiveDevice::error() const
{
    return m_error;
}

qint64 S3ArchiveDevice::size() const
{
    const std::lock_guard<std::mutex> lock(d->mutex);
    return std::max<qint64>(d->size, 0);
}

int S3ArchiveDevice::requests() const
{
    return d->requests;
}

qint64 S3ArchiveDevice::bytesFetched() const
{
    return d->bytes;
}

// Within the window being read (what peek() and readLine() need) it only moves; anywhere else the fetching starts
// again there.
bool S3ArchiveDevice::seek(qint64 pos)
{
    if (!QIODevice::seek(pos))
        return false;
    if (pos >= m_windowStart && pos <= m_windowStart + m_window.size()) {
        m_offset = pos;
        return true;
    }
    {
        const std::lock_guard<std::mutex> lock(d->mutex);
        ++d->generation;
        d->ready.clear();
        d->next = pos;
        d->windowSize = firstWindow;
    }
    d->changed.notify_all();
    m_window.clear();
    m_windowStart = pos;
    m_offset = pos;
    return true;
}

void S3ArchiveDevice::close()
{
    stopFetcher();
    QIODevice::close();
}

void S3ArchiveDevice::stopFetcher()
{
    if (!d->thread)
        return;
    d->stop = true;
    d->changed.notify_all();
    d->thread->wait();
    d->thread.reset();
    qCDebug(lcArchive).noquote() << "read" << location() << "in" << requests() << "ranged GETs," << bytesFetched()
                                 << "bytes";
}

// The next window, from the fetching thread; false with m_error set when it failed.
bool S3ArchiveDevice::nextWindow()
{
    std::unique_lock<std::mutex> lock(d->mutex);
    d->changed.wait(lock, [this] { return !d->ready.empty() || d->error || d->stop; });
    if (d->ready.empty()) {
        m_error = d->error ? d->error
                           : OpError::make(OpError::Code::Internal, tr("The S3 object is not open."), location());
        return false;
    }
    Fetcher::Window window = std::move(d->ready.front());
    d->ready.pop_front();
    lock.unlock();
    d->changed.notify_all(); // room for the next window
    m_windowStart = window.start;
    m_window = std::move(window.data);
    return true;
}

qint64 S3ArchiveDevice::readData(char* data, qint64 maxSize)
{
    const qint64 objectSize = size();
    if (m_offset >= objectSize || maxSize <= 0)
        return 0;
    if (m_offset >= m_windowStart + m_window.size()) {
        if (!nextWindow()) {
            setErrorString(m_error.message);
            return -1;
        }
    }
    const qint64 n = std::min(maxSize, m_windowStart + m_window.size() - m_offset);
    std::memcpy(data, m_window.constData() + (m_offset - m_windowStart), size_t(n));
    m_offset += n;
    return n;
}

qint64 S3ArchiveDevice::writeData(const char*, qint64)
{
    return -1;
}

} // namespace Colvault
