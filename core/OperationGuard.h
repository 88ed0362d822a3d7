// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <exception>

namespace Colvault {

// Where exceptions stop: every operation (plan or apply, in a manager's worker or in a CLI command) runs inside
// run(), so an exception anywhere in it, std::bad_alloc included, becomes a Failed outcome with an internal-error
// message and the exception's text in the details. It never crosses a thread and never passes for a success.
//
// Test seam: setCheckpointForTesting() installs a function that checkpoint() calls at every progress report, every
// HTTP attempt and every archive opened; a test makes it throw to prove the rule on each path. Unset (the
// default), checkpoint() is one relaxed atomic load.
class OperationGuard
{
    Q_DECLARE_TR_FUNCTIONS(OperationGuard)

public:
    using Checkpoint = void (*)(const char* where);

    // Runs `fn`, which returns a result with `outcome` and `error`; an exception becomes a failed result.
    template<class Result, class Fn> static Result run(Fn&& fn)
    {
        try {
            return fn();
        } catch (const std::exception& e) {
            return failed<Result>(internalError(e.what()));
        } catch (...) {
            return failed<Result>(internalError(nullptr));
        }
    }

    // Runs a plan function that reports failures through *error; an exception fills *error and returns Plan{}.
    template<class Plan, class Fn> static Plan runPlan(Fn&& fn, OpError* error)
    {
        try {
            return fn();
        } catch (const std::exception& e) {
            *error = internalError(e.what());
        } catch (...) {
            *error = internalError(nullptr);
        }
        return Plan {};
    }

    // The error an exception becomes; `what` is the exception's text (nullptr for one that is not a std::exception).
    static OpError internalError(const char* what);
    // The error of a result that says Failed but carries no error (a result that was never filled in).
    static OpError missingResult();

    static void setCheckpointForTesting(Checkpoint checkpoint);
    static void checkpoint(const char* where);

private:
    template<class Result> static Result failed(OpError error)
    {
        Result r;
        r.outcome = Result::Outcome::Failed;
        r.error = std::move(error);
        return r;
    }
};

} // namespace Colvault
