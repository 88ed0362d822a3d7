// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/OperationProgress.h"

#include <QCoreApplication>
#include <optional>

namespace Colvault {

// The clear itself, worker side. Weaviate has no truncate; this one makes destroying data deliberate and
// reversible. plan() reads what will be deleted (collections, tenants, counts) and plans the backup taken first
// (no writes: the dry run); apply() executes exactly that plan: the backup through BackupTask, verified with
// ArchiveVerifier, and only then the deletion (batch-delete loop, drop, or drop and create again), verified with
// Aggregate. Both block and must run off the GUI thread (a pool thread via ClearManager, or the CLI's main thread);
// each creates its own WeaviateClient.
// Cancel through the sink: before the deletion starts nothing is changed (a canceled backup leaves no file); during
// it, apply() stops before the next batch (a drop or re-creation in progress is finished first), puts activated
// tenants back and returns Outcome::Canceled with what was done so far and the undo command (never an error).
class ClearTask
{
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    // The operation's types, for the generic OperationManager and the CLI driver.
    using Params = ClearParams;
    using Plan = ClearPlan;
    using Report = ClearReport;

    static ClearPlan plan(const ClearParams& params, ProgressSink* sink, OpError* error);
    static ClearReport apply(const ClearPlan& plan, ProgressSink* sink);

    // GenericDataLocation/Colvault/backups: where the backup before a clear goes unless another path is chosen. The
    // same for the app and the CLI, whatever their application names.
    static QString defaultBackupFolder();
    // Creates `folder` (and its parents) if missing, the folder itself readable by its owner only: backups hold the
    // data. False when it cannot be created.
    static bool createBackupFolder(const QString& folder);
    // The exact `colvault-cli restore` command that undoes the planned clear from `archivePath`.
    static QString undoCommand(const ClearPlan& plan, const QString& archivePath);

    static QString methodName(ClearMethod method);
    static std::optional<ClearMethod> methodFromName(const QString& name);
};

} // namespace Colvault
