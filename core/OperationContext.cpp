// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/OperationContext.h"

#include "core/Logging.h"
#include "core/OperationGuard.h"

#include <QElapsedTimer>

namespace Colvault {

OperationContext::OperationContext(const WeaviateEndpoint& endpoint, ProgressSink* sink)
    : m_client(endpoint)
    , m_progress(sink)
    , m_tenantStatuses(endpoint)
{
    m_client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
}

OperationContext::~OperationContext() = default;

OperationContext::End OperationContext::run(const QList<OperationStep>& steps)
{
    OperationProgress& s = m_progress.state();
    s.stepCount = int(steps.size());
    for (int i = 0; i < steps.size(); ++i) {
        if (isCanceled())
            return End::Canceled;
        s.step = steps[i].name;
        s.stepNumber = i + 1;
        s.text = steps[i].name;
        m_progress.update(true);
        QElapsedTimer timer;
        timer.start();
        const bool ok = steps[i].run();
        qCInfo(lcCore).noquote() << "step" << i + 1 << "of" << steps.size() << steps[i].name
                                 << (ok ? "done" : "stopped") << "in" << timer.elapsed() << "ms";
        if (ok)
            continue;
        if (m_error.isError())
            return End::Failed;
        if (isCanceled())
            return End::Canceled;
        // A step that stops must say why: stopping without an error or a cancel is an internal error.
        fail(OperationGuard::missingResult());
        return End::Failed;
    }
    return isCanceled() ? End::Canceled : End::Succeeded;
}

bool OperationContext::fail(const OpError& error)
{
    if (!m_error.isError())
        m_error = error;
    return false;
}

bool OperationContext::failed(const HttpResult& result)
{
    if (!result.canceled)
        fail(result.error);
    return false;
}

QStringList OperationContext::finish()
{
    m_warnings += m_tenantStatuses.putBack();
    return m_warnings;
}

} // namespace Colvault
