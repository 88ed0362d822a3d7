// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreManager.h"

#include "core/ManagerJobs.h"
#include "core/RestoreTask.h"

namespace Colvault {

RestoreManager::RestoreManager(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::OperationProgress>();
    qRegisterMetaType<Colvault::RestorePlan>();
    qRegisterMetaType<Colvault::RestoreReport>();
    qRegisterMetaType<Colvault::OpError>();
    connect(&m_runner, &JobRunner::progressChanged, this, &RestoreManager::progressChanged);
}

RestoreManager::~RestoreManager() = default; // the runner cancels and waits

void RestoreManager::startPlan(const RestoreParams& params)
{
    ManagerJobs::startPlan<RestorePlan>(this, m_runner, params, &RestoreTask::plan);
}

void RestoreManager::start(const RestorePlan& plan)
{
    ManagerJobs::startApply<RestoreReport>(this, m_runner, plan, &RestoreTask::apply);
}

void RestoreManager::cancel()
{
    m_runner.cancel();
}

bool RestoreManager::isRunning() const
{
    return m_runner.isRunning();
}

} // namespace Colvault
