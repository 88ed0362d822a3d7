// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RetryPacer.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QRandomGenerator>
#include <QTimer>
#include <algorithm>

namespace Colvault {

namespace {
constexpr qint64 cancelPollMs = 50;
} // namespace

RetryPacer::RetryPacer()
    : m_state(QRandomGenerator::global()->generate64())
{
}

int RetryPacer::delayMs(const WeaviateEndpoint& endpoint, int attempt)
{
    // splitmix64: cheap, and good enough to spread many workers' retries.
    m_state += 0x9e3779b97f4a7c15ULL;
    quint64 z = m_state;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return endpoint.retryDelayMs(attempt, z ^ (z >> 31));
}

bool RetryPacer::sleepUnlessCanceled(int ms, const std::function<bool()>& isCanceled)
{
    const auto canceled = [&] { return isCanceled && isCanceled(); };
    QElapsedTimer elapsed;
    elapsed.start();
    while (elapsed.elapsed() < ms) {
        if (canceled())
            return false;
        QEventLoop loop;
        QTimer::singleShot(std::min<qint64>(cancelPollMs, ms - elapsed.elapsed()), &loop, &QEventLoop::quit);
        loop.exec();
    }
    return !canceled();
}

} // namespace Colvault
