// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackgroundSha256.h"

namespace Colvault {

BackgroundSha256::BackgroundSha256() = default;

BackgroundSha256::~BackgroundSha256()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundSha256::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_changed.wait(lock, [this] { return m_stop || !m_queue.empty(); });
        if (m_stop)
            return;
        const QByteArray chunk = std::move(m_queue.front());
        m_queue.pop_front();
        m_hashing = true;
        lock.unlock();
        m_changed.notify_all(); // room in the queue
        m_sha.addData(chunk);
        lock.lock();
        m_hashing = false;
        if (m_queue.empty())
            m_changed.notify_all(); // idle
    }
}

void BackgroundSha256::waitIdle(std::unique_lock<std::mutex>& lock)
{
    m_changed.wait(lock, [this] { return m_queue.empty() && !m_hashing; });
}

void BackgroundSha256::reset()
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
    m_sha.reset();
}

void BackgroundSha256::addData(const QByteArray& chunk)
{
    if (chunk.isEmpty())
        return;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { run(); }); // on first use: a reader that is never read starts none
    {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return m_queue.size() < maxQueued; });
        m_queue.push_back(chunk);
    }
    m_changed.notify_all();
}

void BackgroundSha256::drain()
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
}

QByteArray BackgroundSha256::result()
{
    std::unique_lock lock(m_mutex);
    waitIdle(lock);
    return m_sha.result();
}

} // namespace Colvault
