// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationProgress.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <optional>

namespace Colvault {

class ObjectSource;

// The restore itself, worker side. plan() compares a source (an archive, or any ObjectSource) with the live target
// and returns what would be done (no writes: the dry run); apply() executes exactly that plan. Both block and must
// run off the GUI thread (a pool thread via the operation manager, or the CLI's main thread); each runs its named
// steps on an OperationContext of its own (RestorePlanner, RestoreApplier).
// The plan keeps counts, not per-object decisions, so that memory stays constant for any source size: apply()
// streams the source and the target's cursor again and decides each object by the plan's rule (mode), then
// reports a warning when its counts differ from the plan's (the target changed in between).
// Cancel through the sink: apply() stops before the next request, still puts tenant statuses to what the plan
// says, and returns Outcome::Canceled with what was done so far (never an error).
class RestoreTask
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    // The operation's types, for the generic OperationManager and the CLI driver.
    using Params = RestoreParams;
    using Plan = RestorePlan;
    using Report = RestoreReport;

    // From the archive params.archivePath (an ArchiveSource).
    static RestorePlan plan(const RestoreParams& params, ProgressSink* sink, OpError* error);
    static RestoreReport apply(const RestorePlan& plan, ProgressSink* sink);
    // From any source: the plan reads its head (and its objects where the target holds some already); apply()
    // reads the objects again. params.archivePath is then not used.
    static RestorePlan plan(const RestoreParams& params, ObjectSource& source, ProgressSink* sink, OpError* error);
    static RestoreReport apply(const RestorePlan& plan, ObjectSource& source, ProgressSink* sink);

    static QString modeName(RestoreMode mode);
    static std::optional<RestoreMode> modeFromName(const QString& name);
};

} // namespace Colvault
