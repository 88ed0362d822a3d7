// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupManager.h"

#include "core/BackupTask.h"
#include "core/ManagerJobs.h"

namespace Colvault {

BackupManager::BackupManager(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::OperationProgress>();
    qRegisterMetaType<Colvault::BackupPlan>();
    qRegisterMetaType<Colvault::BackupReport>();
    qRegisterMetaType<Colvault::OpError>();
    connect(&m_runner, &JobRunner::progressChanged, this, &BackupManager::progressChanged);
}

BackupManager::~BackupManager() = default; // the runner cancels and waits

void BackupManager::startPlan(const BackupParams& params)
{
    ManagerJobs::startPlan<BackupPlan>(this, m_runner, params, &BackupTask::plan);
}

void BackupManager::start(const BackupPlan& plan)
{
    ManagerJobs::startApply<BackupReport>(this, m_runner, plan, &BackupTask::apply);
}

void BackupManager::cancel()
{
    m_runner.cancel();
}

bool BackupManager::isRunning() const
{
    return m_runner.isRunning();
}

} // namespace Colvault
