// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/JobRunner.h"
#include "core/OpError.h"
#include "core/OperationGuard.h"
#include "core/OperationProgress.h"

#include <QObject>
#include <functional>
#include <memory>

namespace Colvault {

// The signals and the run of every operation manager, whatever its operation: Q_OBJECT cannot be a template, so
// (as QFutureWatcherBase under QFutureWatcher<T>) this untyped base carries the signals, the JobRunner and the
// outcome rules, and OperationManager<Operation> below adds the typed startPlan/start and results.
// Owner thread: the GUI thread (or any thread with an event loop); every signal arrives on it. One run at a time.
// `started` follows every startPlan()/start(); a plan ends with planReady, failed or canceled, an apply with
// finished, failed or canceled. Cancel is an outcome, never a failure. The destructor cancels and waits.
class OperationManagerBase : public QObject
{
    Q_OBJECT

public:
    ~OperationManagerBase() override;

    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void progressChanged(const Colvault::OperationProgress& progress);
    // The plan asked for by startPlan() is ready: OperationManager::lastPlan().
    void planReady();
    // The apply started by start() succeeded: OperationManager::lastReport().
    void finished();
    void failed(const Colvault::OpError& error);
    void canceled();

protected:
    // How a run ended, decided on the owner's thread once its job returned.
    enum class Ending
    {
        PlanReady,
        Finished,
        Failed,
        Canceled
    };

    explicit OperationManagerBase(QObject* parent);

    // Runs `job` on the worker; then, on the owner's thread, `end` keeps the results and names the ending, whose
    // signal follows (failed with `*error`).
    void run(JobRunner::Job job, std::function<Ending(OpError* error)> end);
    // A plan's ending: canceled when cancel was asked for (whatever the plan returned), else failed or ready.
    Ending planEnding(const OpError& error) const;

private:
    JobRunner m_runner;
};

// Runs one operation for the GUI: plan (the dry run) and apply on a worker thread, results on the owner's thread.
// `Operation` is a task class with `using Params/Plan/Report` and static
// `Plan plan(const Params&, ProgressSink*, OpError*)` and `Report apply(const Plan&, ProgressSink*)`; an exception
// in either becomes an internal-error failure (OperationGuard). Reports have `outcome` and `error`.
// Usage: connect the signals (function-pointer connect: &BackupManager::planReady); startPlan(params); on
// planReady show lastPlan() (and collect any typed confirmation into a copy of it) and start(plan); cancel() any
// time. lastReport() is what the last apply did, also after failed and canceled: a partial run's counts, a clear's
// backup and undo command.
template<class Operation> class OperationManager : public OperationManagerBase
{
public:
    using Params = typename Operation::Params;
    using Plan = typename Operation::Plan;
    using Report = typename Operation::Report;

    explicit OperationManager(QObject* parent = nullptr)
        : OperationManagerBase(parent)
    {
        qRegisterMetaType<Plan>();
        qRegisterMetaType<Report>();
    }

    void startPlan(const Params& params)
    {
        m_plan = {};
        auto plan = std::make_shared<Plan>();
        auto error = std::make_shared<OpError>();
        run(
            [params, plan, error](ProgressSink& sink) {
                *plan = OperationGuard::runPlan<Plan>(
                    [&] { return Operation::plan(params, &sink, error.get()); }, error.get());
            },
            [this, plan, error](OpError* out) {
                m_plan = std::move(*plan);
                *out = *error;
                return planEnding(*error);
            });
    }

    void start(const Plan& plan)
    {
        m_report = {};
        auto report = std::make_shared<Report>();
        run(
            [plan, report](ProgressSink& sink) {
                *report = OperationGuard::run<Report>([&] { return Operation::apply(plan, &sink); });
            },
            [this, report](OpError* out) {
                m_report = std::move(*report);
                // A failure must name its cause: a result that was never filled in is an internal error.
                if (m_report.outcome == Report::Outcome::Failed && !m_report.error.isError())
                    m_report.error = OperationGuard::missingResult();
                *out = m_report.error;
                switch (m_report.outcome) {
                case Report::Outcome::Succeeded:
                    return Ending::Finished;
                case Report::Outcome::Canceled:
                    return Ending::Canceled;
                case Report::Outcome::Failed:
                    break;
                }
                return Ending::Failed;
            });
    }

    // The last plan made (valid from planReady until the next startPlan).
    const Plan& lastPlan() const { return m_plan; }
    // The last apply's report, whatever its outcome (valid from its ending until the next start).
    const Report& lastReport() const { return m_report; }

private:
    Plan m_plan;
    Report m_report;
};

class BackupTask;
class ClearTask;
class RestoreTask;

// The managers of the GUI. Instantiating one needs its task's header (core/BackupTask.h, …).
using BackupManager = OperationManager<BackupTask>;
using RestoreManager = OperationManager<RestoreTask>;
using ClearManager = OperationManager<ClearTask>;

} // namespace Colvault
