// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/OperationProgress.h"
#include "core/TenantStatusGuard.h"
#include "core/WeaviateClient.h"

#include <QCoreApplication>
#include <QStringList>
#include <functional>

namespace Colvault {

// One step of an operation: a translated name that progress, logs and the GUI show ("Adding references"), and a
// short function. A step returns false when it failed (it has called OperationContext::fail()); a cancel is noticed
// by the context between steps and by the step itself inside its loops.
struct OperationStep
{
    QString name;
    std::function<bool()> run;
};

// What every operation shares while it plans or applies, on its worker thread: the client (cancel wired to the
// sink), progress, the first error, warnings, and the tenant-status guard that puts back activated tenants on every
// exit. An operation is a list of OperationSteps run on one context (docs/architecture.md):
//
//     OperationContext ctx(params.endpoint, sink);
//     const auto end = ctx.run({{tr("Creating collections"), [&] { return createClasses(ctx, plan); }},
//                               {tr("Importing objects"), [&] { return importObjects(ctx, plan); }}});
//     report.warnings += ctx.finish();   // tenant statuses put back, also after a failure or cancel
//
// Not thread-safe: one context per operation run, used on the thread that runs it.
class OperationContext
{
    Q_DECLARE_TR_FUNCTIONS(OperationContext)

public:
    using End = OperationOutcome; // Succeeded: every step ran

    OperationContext(const WeaviateEndpoint& endpoint, ProgressSink* sink);
    ~OperationContext();
    OperationContext(const OperationContext&) = delete;
    OperationContext& operator=(const OperationContext&) = delete;

    WeaviateClient& client() { return m_client; }
    const WeaviateEndpoint& endpoint() const { return m_client.endpoint(); }
    ProgressMeter& progress() { return m_progress; }
    OperationProgress& state() { return m_progress.state(); }
    bool isCanceled() const { return m_progress.isCanceled(); }
    TenantStatusGuard& tenantStatuses() { return m_tenantStatuses; }

    // Runs `steps` in order until one fails or the sink asks to stop. Progress carries each step's name, number
    // and the count; the log gets one line per step with its duration.
    End run(const QList<OperationStep>& steps);

    // Records the error that ends the operation (the first one wins) and returns false, for `return ctx.fail(e);`.
    bool fail(const OpError& error);
    // Turns a request's failure into the outcome: false either way; an error is recorded, a cancel is not.
    bool failed(const HttpResult& result);
    const OpError& error() const { return m_error; }

    void warn(const QString& text) { m_warnings << text; }
    const QStringList& warnings() const { return m_warnings; }

    // Puts tenant statuses back and returns the warnings, those of the put-back included. Call once, at the end;
    // the destructor puts statuses back too when an exception skipped this.
    QStringList finish();

private:
    WeaviateClient m_client;
    ProgressMeter m_progress;
    TenantStatusGuard m_tenantStatuses;
    OpError m_error;
    QStringList m_warnings;
};

} // namespace Colvault
