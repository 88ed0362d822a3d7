// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationGuard.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMetaType>
#include <QString>
#include <functional>

namespace Colvault {

// A snapshot of a long operation's progress, the same for backup, restore and clear, so one progress dialog and
// one CLI progress line serve all three. Rates and ETA are computed by ProgressMeter in the worker.
struct OperationProgress
{
    Q_DECLARE_TR_FUNCTIONS(OperationProgress)

public:
    qint64 objectsDone = 0;
    qint64 objectsTotal = -1; // -1 when unknown
    qint64 bytesDone = 0; // bytes moved over the network
    QString collection; // current collection, "" when between items
    QString tenant; // current tenant, "" when not multi-tenant
    QString text; // translated, short: what is happening now
    QString step; // translated name of the operation's current step ("Adding references"), "" before the first
    int stepNumber = 0; // 1-based; 0 before the first step
    int stepCount = 0;
    double objectsPerSecond = 0;
    double bytesPerSecond = 0;
    qint64 elapsedMs = 0;
    qint64 etaMs = -1; // -1 when unknown

    // "Step 3 of 6: Adding references", numbers in the default locale; "" when the operation reports no steps. The
    // one wording of the step line for the GUI and the CLI.
    QString stepText() const;

    int percent() const
    {
        if (objectsTotal <= 0)
            return -1;
        return int(std::min<qint64>(100, objectsDone * 100 / objectsTotal));
    }
};

// Where a worker sends progress and asks whether to stop. Implementations must be thread-safe: workers call
// them from pool threads.
class ProgressSink
{
public:
    virtual ~ProgressSink() = default;
    virtual void report(const OperationProgress& progress) = 0;
    virtual bool isCanceled() const = 0;
};

// Keeps rates and ETA and throttles reports to ~10 per second. Worker-side; not thread-safe on its own.
class ProgressMeter
{
public:
    explicit ProgressMeter(ProgressSink* sink)
        : m_sink(sink)
    {
        m_clock.start();
    }

    OperationProgress& state() { return m_state; }
    bool isCanceled() const { return m_sink && m_sink->isCanceled(); }

    // Reports when ~100 ms passed since the last report, or always when `force` is set (item changes, the end).
    void update(bool force = false)
    {
        const qint64 now = m_clock.elapsed();
        if (!m_sink || (!force && now - m_lastReportMs < 100))
            return;
        m_state.elapsedMs = now;
        const double seconds = now / 1000.0;
        if (seconds > 0.2) {
            m_state.objectsPerSecond = m_state.objectsDone / seconds;
            m_state.bytesPerSecond = m_state.bytesDone / seconds;
            if (m_state.objectsTotal > 0 && m_state.objectsPerSecond > 0)
                m_state.etaMs = qint64(std::max<qint64>(0, m_state.objectsTotal - m_state.objectsDone)
                    / m_state.objectsPerSecond * 1000.0);
        }
        m_lastReportMs = now;
        OperationGuard::checkpoint("progress");
        m_sink->report(m_state);
    }

private:
    ProgressSink* m_sink;
    OperationProgress m_state;
    QElapsedTimer m_clock;
    qint64 m_lastReportMs = -1000;
};

// A ProgressSink from two callables, for the CLI and tests.
class CallbackProgressSink : public ProgressSink
{
public:
    CallbackProgressSink(std::function<void(const OperationProgress&)> onReport, std::function<bool()> canceled)
        : m_onReport(std::move(onReport))
        , m_canceled(std::move(canceled))
    {
    }
    void report(const OperationProgress& progress) override
    {
        if (m_onReport)
            m_onReport(progress);
    }
    bool isCanceled() const override { return m_canceled && m_canceled(); }

private:
    std::function<void(const OperationProgress&)> m_onReport;
    std::function<bool()> m_canceled;
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::OperationProgress)
