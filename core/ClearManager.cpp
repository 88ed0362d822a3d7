// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearManager.h"

#include "core/ClearTask.h"
#include "core/ManagerJobs.h"

namespace Colvault {

ClearManager::ClearManager(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::OperationProgress>();
    qRegisterMetaType<Colvault::ClearPlan>();
    qRegisterMetaType<Colvault::ClearReport>();
    qRegisterMetaType<Colvault::OpError>();
    connect(&m_runner, &JobRunner::progressChanged, this, &ClearManager::progressChanged);
}

ClearManager::~ClearManager() = default; // the runner cancels and waits

void ClearManager::startPlan(const ClearParams& params)
{
    ManagerJobs::startPlan<ClearPlan>(this, m_runner, params, &ClearTask::plan);
}

void ClearManager::start(const ClearPlan& plan)
{
    m_lastReport = {};
    // The report is kept also on failure and cancel: it holds the backup path and the undo command.
    ManagerJobs::startApply<ClearReport>(
        this, m_runner, plan, &ClearTask::apply, [this](const ClearReport& r) { m_lastReport = r; });
}

void ClearManager::cancel()
{
    m_runner.cancel();
}

bool ClearManager::isRunning() const
{
    return m_runner.isRunning();
}

} // namespace Colvault
