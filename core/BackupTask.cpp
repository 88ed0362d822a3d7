// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"

#include "core/ArchiveSink.h"
#include "core/BackupApplySteps.h"
#include "core/BackupPlanSteps.h"
#include "core/OperationContext.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Colvault {

QString BackupTask::defaultFileName(
    const QStringList& collections, ArchiveCompression compression, const QDateTime& when)
{
    QString base;
    if (collections.size() == 1)
        base = collections.constFirst();
    else if (collections.isEmpty())
        base = u"weaviate"_s;
    else
        base = collections.constFirst() + u"-and-"_s + QString::number(collections.size() - 1) + u"-more"_s;
    return base + u"_"_s + when.toString(u"yyyy-MM-dd_HHmmss"_s) + compressionSuffix(compression);
}

BackupPlan BackupTask::plan(const BackupParams& params, ProgressSink* sink, OpError* error)
{
    OperationContext ctx(params.endpoint, sink);
    BackupPlanSteps steps(ctx, params);
    const OperationContext::End end = ctx.run({
        {tr("Checking the parameters"), [&] { return steps.checkParameters(); }},
        {tr("Reading the server"), [&] { return steps.readServer(); }},
        {tr("Reading the collections"), [&] { return steps.readCollections(); }},
        {tr("Counting objects"), [&] { return steps.countObjects(); }},
    });
    if (end != OperationContext::End::Succeeded) {
        if (error)
            *error = end == OperationContext::End::Failed ? ctx.error() : OpError {};
        return {};
    }
    BackupPlan plan = steps.takePlan();
    ctx.state().text = tr("Plan ready.");
    ctx.progress().update(true);
    return plan;
}

BackupReport BackupTask::apply(const BackupPlan& plan, ProgressSink* sink)
{
    const BackupParams& params = plan.params;
    OperationContext ctx(params.endpoint, sink);
    ArchiveSink archive(params.destination, params.compression,
        params.compressionLevel >= 0 ? std::optional<int>(params.compressionLevel) : std::nullopt, params.encryption);
    BackupApplySteps steps(ctx, plan, archive);

    // COLD tenants are activated before the first object is read and put back before the commit, so that a
    // problem putting them back is recorded in the archive's warnings too.
    const bool activates = steps.activatesTenants();
    QList<OperationStep> list {{tr("Opening the archive"), [&] { return steps.open(); }}};
    if (activates)
        list.append({tr("Activating tenants"), [&] { return steps.activateTenants(); }});
    if (!params.schemaOnly)
        list.append({tr("Reading objects"), [&] { return steps.readObjects(); }});
    if (activates)
        list.append({tr("Putting tenant statuses back"), [&] { return steps.putTenantStatusesBack(); }});
    list.append({tr("Finishing the archive"), [&] { return steps.commit(); }});
    return steps.finish(ctx.run(list));
}

} // namespace Colvault
