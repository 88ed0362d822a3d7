// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Sha256.h"

#include <QByteArray>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace Colvault {

// SHA-256 of a stream, computed on a thread of its own while the caller produces the next chunk. ArchiveReader
// decompresses with it: verifying the 600 MB benchmark archive took 1.4 s on one core, 29% of it hashing, while the
// restore's plan leaves the second core idle (docs/benchmarks.md, "restore").
// Chunks are handed over as QByteArray, shared rather than copied: a caller that reuses its variable detaches it.
// A chunk made with QByteArray::fromRawData() (a view of the caller's buffer, no copy at all) must stay unchanged until
// drain(), reset() or result() has returned. At most a few chunks wait, so a fast producer is held back instead of
// piling up memory. One stream at a time, fed from one thread.
class BackgroundSha256
{
public:
    BackgroundSha256();
    ~BackgroundSha256();
    BackgroundSha256(const BackgroundSha256&) = delete;
    BackgroundSha256& operator=(const BackgroundSha256&) = delete;

    void reset(); // starts a new stream
    void addData(const QByteArray& chunk);
    void drain(); // waits until the chunks given so far are hashed
    QByteArray result(); // waits for the chunks given so far; raw 32 bytes

private:
    void run();
    void waitIdle(std::unique_lock<std::mutex>& lock);

    static constexpr size_t maxQueued = 8;

    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<QByteArray> m_queue;
    bool m_hashing = false; // the worker holds a chunk outside the queue
    bool m_stop = false;
    Sha256 m_sha; // used by the worker, and by the caller only while idle
    std::thread m_thread; // started by the first addData()
};

} // namespace Colvault
