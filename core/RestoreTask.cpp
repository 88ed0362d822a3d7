// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreTask.h"

#include "core/ArchiveSource.h"
#include "core/RestoreApplier.h"
#include "core/RestorePlanner.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

namespace Colvault {

QString RestoreTask::modeName(RestoreMode mode)
{
    switch (mode) {
    case RestoreMode::New:
        return u"new"_s;
    case RestoreMode::Merge:
        return u"merge"_s;
    case RestoreMode::Overwrite:
        return u"overwrite"_s;
    case RestoreMode::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<RestoreMode> RestoreTask::modeFromName(const QString& name)
{
    for (RestoreMode m : {RestoreMode::New, RestoreMode::Merge, RestoreMode::Overwrite, RestoreMode::Replace})
        if (modeName(m) == name)
            return m;
    return std::nullopt;
}

RestorePlan RestoreTask::plan(const RestoreParams& params, ProgressSink* sink, OpError* error)
{
    ArchiveSource source(params.archivePath, params.decryption);
    return plan(params, source, sink, error);
}

RestorePlan RestoreTask::plan(const RestoreParams& params, ObjectSource& source, ProgressSink* sink, OpError* error)
{
    OperationContext ctx(params.endpoint, sink);
    RestorePlanner planner(params, source, ctx);
    // A plan writes nothing: there are no tenant statuses to put back, so no finish().
    const OperationContext::End end = ctx.run(planner.steps());
    if (end != OperationContext::End::Succeeded) {
        if (error)
            *error = end == OperationContext::End::Failed ? ctx.error() : OpError {};
        return {};
    }
    RestorePlan plan = planner.result();
    ctx.progress().state().text = tr("Plan ready.");
    ctx.progress().update(true);
    return plan;
}

RestoreReport RestoreTask::apply(const RestorePlan& plan, ProgressSink* sink)
{
    ArchiveSource source(plan.params.archivePath, plan.params.decryption);
    return apply(plan, source, sink);
}

RestoreReport RestoreTask::apply(const RestorePlan& plan, ObjectSource& source, ProgressSink* sink)
{
    QElapsedTimer timer;
    timer.start();
    RestoreReport report;
    OperationContext ctx(plan.params.endpoint, sink);
    ctx.progress().state().objectsTotal = plan.totals.toWrite();
    RestoreApplier applier(plan, source, ctx, report);
    const OperationContext::End end = applier.checkPlan() ? ctx.run(applier.steps()) : OperationContext::End::Failed;
    applier.abandon();
    report.warnings = ctx.finish();
    report.durationMs = timer.elapsed();
    switch (end) {
    case OperationContext::End::Failed:
        report.error = ctx.error();
        report.outcome = RestoreReport::Outcome::Failed;
        break;
    case OperationContext::End::Canceled:
        report.outcome = RestoreReport::Outcome::Canceled;
        break;
    case OperationContext::End::Succeeded:
        report.warnings = plan.warnings + report.warnings;
        report.planWarningCount = plan.warnings.size();
        report.outcome = RestoreReport::Outcome::Succeeded;
        ctx.progress().state().text = tr("Restore finished.");
        ctx.progress().update(true);
        break;
    }
    return report;
}

} // namespace Colvault
