// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"

#include <functional>

namespace Colvault {

// The wait before a retry, one for every client (REST, S3, gRPC): the endpoint's exponential backoff with equal
// jitter (WeaviateEndpoint::retryDelayMs), drawn from this pacer's own splitmix64 so that worker threads share no
// state, and a sleep that ends early when the cancel check fires. The sleep runs the thread's event loop, so
// requests in flight on its HttpTransport keep moving meanwhile. One pacer per client, used on the client's thread.
//
// Usage: RetryPacer pacer; if (!RetryPacer::sleepUnlessCanceled(pacer.delayMs(endpoint, attempt), isCanceled)) …
class RetryPacer
{
public:
    RetryPacer();
    int delayMs(const WeaviateEndpoint& endpoint, int attempt);
    // Waits `ms` in slices of 50 ms; false as soon as `isCanceled` returns true.
    static bool sleepUnlessCanceled(int ms, const std::function<bool()>& isCanceled);

private:
    quint64 m_state;
};

} // namespace Colvault
