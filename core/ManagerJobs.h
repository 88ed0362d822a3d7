// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/JobRunner.h"
#include "core/OpError.h"
#include "core/OperationGuard.h"

#include <functional>
#include <memory>

// The plumbing BackupManager, RestoreManager and ClearManager share: run a task's plan() or apply() on the
// manager's JobRunner and turn the result into the same signals (planReady / finished, failed, canceled).
// A manager needs those signals plus `started`; a report needs `outcome` (Succeeded, Failed, Canceled) and `error`.
namespace Colvault::ManagerJobs {

template<class Plan, class Manager, class Params, class PlanFn>
void startPlan(Manager* manager, JobRunner& runner, const Params& params, PlanFn planFn)
{
    auto plan = std::make_shared<Plan>();
    auto error = std::make_shared<OpError>();
    runner.run(
        [params, plan, error, planFn](ProgressSink& sink) {
            *plan = OperationGuard::runPlan<Plan>([&] { return planFn(params, &sink, error.get()); }, error.get());
        },
        [manager, &runner, plan, error] {
            if (runner.isCancelRequested())
                Q_EMIT manager->canceled();
            else if (error->isError())
                Q_EMIT manager->failed(*error);
            else
                Q_EMIT manager->planReady(*plan);
        });
    Q_EMIT manager->started();
}

template<class Report, class Manager, class Plan, class ApplyFn>
void startApply(Manager* manager, JobRunner& runner, const Plan& plan, ApplyFn applyFn,
    std::function<void(const Report&)> keep = {})
{
    auto report = std::make_shared<Report>();
    runner.run([plan, report, applyFn](
                   ProgressSink& sink) { *report = OperationGuard::run<Report>([&] { return applyFn(plan, &sink); }); },
        [manager, report, keep] {
            // A failure must name its cause: a result that was never filled in is an internal error.
            if (report->outcome == Report::Outcome::Failed && !report->error.isError())
                report->error = OperationGuard::missingResult();
            if (keep)
                keep(*report);
            switch (report->outcome) {
            case Report::Outcome::Succeeded:
                Q_EMIT manager->finished(*report);
                break;
            case Report::Outcome::Canceled:
                Q_EMIT manager->canceled();
                break;
            case Report::Outcome::Failed:
                Q_EMIT manager->failed(report->error);
                break;
            }
        });
    Q_EMIT manager->started();
}

} // namespace Colvault::ManagerJobs
