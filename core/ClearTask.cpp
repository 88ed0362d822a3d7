// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearTask.h"

#include "core/ClearPlanner.h"
#include "core/ClearRun.h"
#include "core/CliCommandLine.h"
#include "core/OperationContext.h"
#include "core/RestoreTask.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Colvault {

QString ClearTask::defaultBackupFolder()
{
    // One folder for the app and the CLI (their application names differ, so AppDataLocation would give two):
    // a backup taken by one must be found by the other.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"Colvault/backups"_s);
}

bool ClearTask::createBackupFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (info.exists() || !QDir().mkpath(info.absolutePath()))
        return false;
    // Made with the permissions at once (no window in which others can list it); Windows maps them to an ACL.
    return QDir().mkdir(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString ClearTask::methodName(ClearMethod method)
{
    switch (method) {
    case ClearMethod::DeleteObjects:
        return u"delete-objects"_s;
    case ClearMethod::Drop:
        return u"drop"_s;
    case ClearMethod::Recreate:
        return u"recreate"_s;
    }
    return {};
}

std::optional<ClearMethod> ClearTask::methodFromName(const QString& name)
{
    for (ClearMethod m : {ClearMethod::DeleteObjects, ClearMethod::Drop, ClearMethod::Recreate})
        if (methodName(m) == name)
            return m;
    return std::nullopt;
}

QString ClearTask::undoCommand(const ClearPlan& plan, const QString& archivePath)
{
    // The archive holds exactly what was cleared, so restoring all of it is the undo. The API key is never
    // printed: where one is in use the command says --api-key-file KEY_FILE (and --header-file HEADER_FILE), since
    // the core cannot know where the user keeps it, and a command without it would fail against that server.
    // --yes: restore asks before writing and refuses without a terminal, and running the printed undo command is
    // the decision.
    RestoreParams restore;
    restore.endpoint = plan.params.endpoint;
    restore.archivePath = archivePath;
    restore.mode = plan.undoMode;
    return CliCommandLine::restore(restore, true, CliCommandLine::nativeShell(), CliCommandLine::Secrets::Placeholders);
}

ClearPlan ClearTask::plan(const ClearParams& params, ProgressSink* sink, OpError* error)
{
    OperationContext ctx(params.endpoint, sink);
    ClearPlanner planner(ctx, params, sink);
    const OperationContext::End end = ctx.run({
        {tr("Checking the parameters"), [&] { return planner.checkParameters(); }},
        {tr("Reading collections and tenants"), [&] { return planner.readCollectionsAndTenants(); }},
        {tr("Counting objects"), [&] { return planner.countObjects(); }},
        {tr("Finding incoming references"), [&] { return planner.findIncomingReferences(); }},
        {tr("Describing what the method changes"), [&] { return planner.describeMethod(); }},
        {tr("Planning the backup"), [&] { return planner.planBackup(); }},
    });
    if (end != OperationContext::End::Succeeded) {
        // A cancel is no error: the caller knows it canceled.
        if (error)
            *error = end == OperationContext::End::Failed ? ctx.error() : OpError {};
        return {};
    }
    ctx.state().collection.clear();
    ctx.state().text = tr("Plan ready.");
    ctx.progress().update(true);
    return planner.plan();
}

ClearReport ClearTask::apply(const ClearPlan& plan, ProgressSink* sink)
{
    OperationContext ctx(plan.params.endpoint, sink);
    ClearRun run(ctx, plan, sink);
    QList<OperationStep> steps {{tr("Checking the plan"), [&] { return run.checkPlan(); }}};
    if (plan.backup)
        steps << OperationStep {tr("Backing up"), [&] { return run.backUp(); }}
              << OperationStep {tr("Verifying the backup"), [&] { return run.verifyBackup(); }};
    switch (plan.params.method) {
    case ClearMethod::DeleteObjects:
        steps << OperationStep {tr("Deleting objects"), [&] { return run.deleteObjects(); }};
        break;
    case ClearMethod::Drop:
        steps << OperationStep {tr("Dropping collections"), [&] { return run.dropCollections(); }};
        break;
    case ClearMethod::Recreate:
        steps << OperationStep {tr("Re-creating collections"), [&] { return run.recreateCollections(); }};
        break;
    }
    steps << OperationStep {tr("Putting tenant statuses back"), [&] { return run.putTenantStatusesBack(); }};
    return run.finish(ctx.run(steps));
}

} // namespace Colvault
