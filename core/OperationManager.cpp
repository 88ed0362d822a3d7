// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/OperationManager.h"

#include <utility>

namespace Colvault {

OperationManagerBase::OperationManagerBase(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::OperationProgress>();
    qRegisterMetaType<Colvault::OpError>();
    connect(&m_runner, &JobRunner::progressChanged, this, &OperationManagerBase::progressChanged);
}

OperationManagerBase::~OperationManagerBase() = default; // the runner cancels and waits

void OperationManagerBase::cancel()
{
    m_runner.cancel();
}

bool OperationManagerBase::isRunning() const
{
    return m_runner.isRunning();
}

void OperationManagerBase::run(JobRunner::Job job, std::function<Ending(OpError* error)> end)
{
    m_runner.run(std::move(job), [this, end = std::move(end)] {
        OpError error;
        switch (end(&error)) {
        case Ending::PlanReady:
            Q_EMIT planReady();
            break;
        case Ending::Finished:
            Q_EMIT finished();
            break;
        case Ending::Failed:
            Q_EMIT failed(error);
            break;
        case Ending::Canceled:
            Q_EMIT canceled();
            break;
        }
    });
    Q_EMIT started();
}

OperationManagerBase::Ending OperationManagerBase::planEnding(const OpError& error) const
{
    if (m_runner.isCancelRequested())
        return Ending::Canceled;
    return error.isError() ? Ending::Failed : Ending::PlanReady;
}

} // namespace Colvault
