// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/OperationProgress.h"

#include <QCoreApplication>

namespace Colvault {

// The backup itself, worker side: plan() reads what will be backed up (no side effects: the dry run), apply()
// executes exactly that plan into an archive (an ArchiveSink). Each is a list of named steps on its own
// OperationContext (BackupPlanSteps, BackupApplySteps), so progress names the step in progress. Both block and must
// run off the GUI thread (a pool thread via the operation manager, or the CLI's main thread).
// Cancel through the sink: apply() then removes its temporary file, puts activated tenants back, and returns a
// report with Outcome::Canceled (never an error).
class BackupTask
{
    Q_DECLARE_TR_FUNCTIONS(BackupTask)

public:
    // The operation's types, for the generic OperationManager and the CLI driver.
    using Params = BackupParams;
    using Plan = BackupPlan;
    using Report = BackupReport;

    static BackupPlan plan(const BackupParams& params, ProgressSink* sink, OpError* error);
    static BackupReport apply(const BackupPlan& plan, ProgressSink* sink);

    // "Article_2026-11-25_1930.tar.zst" style default file name for a set of collections.
    static QString defaultFileName(
        const QStringList& collections, ArchiveCompression compression, const QDateTime& when);
};

} // namespace Colvault
