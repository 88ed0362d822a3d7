// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationProgress.h"

#include <QString>

// Small pieces shared by the clear's plan steps (ClearPlanner) and apply steps (ClearRun).
namespace Colvault::ClearSteps {

// "Collection" or "Collection/tenant", for messages about one shard.
inline QString shardName(const QString& collection, const QString& tenant)
{
    return tenant.isEmpty() ? collection : collection + u'/' + tenant;
}

// The sink a nested operation (the backup inside a clear) reports to: its progress goes on to the clear's sink with
// the clear's step, number and count, so the step list the user sees stays the clear's while the backup's own step
// names and details become the text. Cancel is the clear's. Same thread rules as the sink it wraps.
class NestedProgressSink : public ProgressSink
{
public:
    NestedProgressSink(ProgressSink* outer, const OperationProgress& outerState)
        : m_outer(outer)
        , m_outerState(outerState)
    {
    }

    // The sink to hand to the nested operation: nullptr when the clear has none.
    ProgressSink* sink() { return m_outer ? this : nullptr; }

    void report(const OperationProgress& progress) override
    {
        OperationProgress p = progress;
        p.step = m_outerState.step;
        p.stepNumber = m_outerState.stepNumber;
        p.stepCount = m_outerState.stepCount;
        m_outer->report(p);
    }
    bool isCanceled() const override { return m_outer->isCanceled(); }

private:
    ProgressSink* m_outer;
    const OperationProgress& m_outerState;
};

} // namespace Colvault::ClearSteps
