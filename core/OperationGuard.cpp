// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/OperationGuard.h"

#include "core/Logging.h"

#include <atomic>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
std::atomic<OperationGuard::Checkpoint> g_checkpoint {nullptr};
} // namespace

OpError OperationGuard::internalError(const char* what)
{
    const QString text = what ? QString::fromLocal8Bit(what) : u"an exception that is not a std::exception"_s;
    qCCritical(lcCore).noquote() << "operation ended with an exception:" << text;
    return OpError::make(OpError::Code::Internal,
        tr("Colvault stopped because of an internal error; the operation did not complete."), u"exception: "_s + text);
}

OpError OperationGuard::missingResult()
{
    return OpError::make(OpError::Code::Internal,
        tr("Colvault stopped because of an internal error; the operation did not complete."),
        u"the operation ended without a result"_s);
}

void OperationGuard::setCheckpointForTesting(Checkpoint checkpoint)
{
    g_checkpoint.store(checkpoint);
}

void OperationGuard::checkpoint(const char* where)
{
    if (const Checkpoint c = g_checkpoint.load(std::memory_order_relaxed))
        c(where);
}

} // namespace Colvault
