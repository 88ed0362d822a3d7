// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreManager.h"

#include "core/RestoreTask.h"

#include <memory>

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
    Q_ASSERT_X(!isRunning(), "RestoreManager::startPlan", "one operation at a time");
    auto plan = std::make_shared<RestorePlan>();
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
    m_runner.run([params, plan, error](ProgressSink& sink) { *plan = RestoreTask::plan(params, &sink, error.get()); });
    Q_EMIT started();
}

void RestoreManager::start(const RestorePlan& plan)
{
    Q_ASSERT_X(!isRunning(), "RestoreManager::start", "one operation at a time");
    auto report = std::make_shared<RestoreReport>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_runner, &JobRunner::finished, this, [this, report, connection] {
        disconnect(*connection);
        switch (report->outcome) {
        case RestoreReport::Outcome::Succeeded:
            Q_EMIT finished(*report);
            break;
        case RestoreReport::Outcome::Canceled:
            Q_EMIT canceled();
            break;
        case RestoreReport::Outcome::Failed:
            Q_EMIT failed(report->error);
            break;
        }
    });
    m_runner.run([plan, report](ProgressSink& sink) { *report = RestoreTask::apply(plan, &sink); });
    Q_EMIT started();
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
