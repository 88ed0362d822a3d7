// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupManager.h"

#include "core/BackupTask.h"

#include <memory>

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
    Q_ASSERT_X(!isRunning(), "BackupManager::startPlan", "one operation at a time");
    auto plan = std::make_shared<BackupPlan>();
    auto error = std::make_shared<OpError>();
    // A single-shot connection per run: the result is read on this thread once the worker is done.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_runner, &JobRunner::finished, this, [this, plan, error, connection] {
        disconnect(*connection);
        if (m_runner.isCancelRequested())
            Q_EMIT canceled();
        else if (error->isError())
            Q_EMIT failed(*error);
        else
            Q_EMIT planReady(*plan);
    });
    m_runner.run([params, plan, error](ProgressSink& sink) { *plan = BackupTask::plan(params, &sink, error.get()); });
    Q_EMIT started();
}

void BackupManager::start(const BackupPlan& plan)
{
    Q_ASSERT_X(!isRunning(), "BackupManager::start", "one operation at a time");
    auto report = std::make_shared<BackupReport>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_runner, &JobRunner::finished, this, [this, report, connection] {
        disconnect(*connection);
        switch (report->outcome) {
        case BackupReport::Outcome::Succeeded:
            Q_EMIT finished(*report);
            break;
        case BackupReport::Outcome::Canceled:
            Q_EMIT canceled();
            break;
        case BackupReport::Outcome::Failed:
            Q_EMIT failed(report->error);
            break;
        }
    });
    m_runner.run([plan, report](ProgressSink& sink) { *report = BackupTask::apply(plan, &sink); });
    Q_EMIT started();
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
