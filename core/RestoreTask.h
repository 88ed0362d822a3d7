// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationProgress.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <optional>

namespace Colvault {

// The restore itself, worker side. plan() compares the archive with the live target and returns what would be
// done (no writes: the dry run); apply() executes exactly that plan. Both block and must run off the GUI thread
// (a pool thread via RestoreManager, or the CLI's main thread); each creates its own WeaviateClient.
// The plan keeps counts, not per-object decisions, so that memory stays constant for any archive size: apply()
// streams the archive and the target's cursor again and decides each object by the plan's rule (mode), then
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

    static RestorePlan plan(const RestoreParams& params, ProgressSink* sink, OpError* error);
    static RestoreReport apply(const RestorePlan& plan, ProgressSink* sink);

    static QString modeName(RestoreMode mode);
    static std::optional<RestoreMode> modeFromName(const QString& name);
};

} // namespace Colvault
