// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/CliContext.h"
#include "core/OperationProgress.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <functional>

namespace Colvault::Cli {

// The part of the one operation flow that does not depend on the task's types: the parser, --dry-run and --json,
// progress and Ctrl+C, the JSON output, and the typed confirmation of destructive work. OperationCommand<Task>
// below is the flow itself.
class OperationCommandBase
{
public:
    virtual ~OperationCommandBase() = default;
    OperationCommandBase(const OperationCommandBase&) = delete;
    OperationCommandBase& operator=(const OperationCommandBase&) = delete;

    // Names trimmed, without empty ones and duplicates, sorted: how typed and planned names are compared.
    static QStringList sortedNames(QStringList names);

protected:
    explicit OperationCommandBase(CliContext& context);

    CliContext& context() { return m_context; }
    QCommandLineParser& parser() { return m_parser; }
    ProgressSink* sink() { return &m_sink; }
    bool dryRun() const { return m_dryRun; }
    bool json() const { return m_json; }
    // Somebody can answer a question: standard input is a terminal, and the output is not a JSON report.
    bool interactive() const;

    // What the flow prints in the command's own words (its translation context).
    virtual QString canceledBeforeApplyText() const = 0; // "Canceled; nothing was written."
    virtual QString dryRunText() const = 0; // "Dry run: nothing will be written."
    virtual QString blockedText(int problems) const; // "Nothing was restored: the plan has %Ln blocking problem(s)."
    virtual QJsonObject planFailedJson(const OpError& error) const = 0; // the report printed for --json

    // {"kind": kind, "outcome": "failed", "error": …}: what --json prints when planning failed.
    static QJsonObject failedReportJson(const QString& kind, const OpError& error);
    void printJson(const QJsonObject& object);

    // Destructive work names its collections: with --yes --confirm NAMES, or typed at a terminal after the plan and
    // `prompt` (the command defines --yes and --confirm). Returns false after printing `refusal` (nobody can type
    // them and --yes is not given) or `mismatch` (%1 the names given, %2 `names`).
    struct NameConfirmation
    {
        QStringList names; // sortedNames() of what the plan needs confirmed
        QString prompt;
        QString refusal;
        QString mismatch;
    };
    bool confirmNames(const NameConfirmation& confirmation, const std::function<void()>& showPlan);

    // The flow's steps that need no task types. parse() reads --dry-run and --json besides the global options;
    // planCanceledOrFailed() prints the cancel, or the error (and the JSON report with --json), and returns the exit
    // code; refuseBlocked() says that nothing was done.
    bool parse(const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode);
    void startProgress();
    int planCanceledOrFailed(const OpError& error);
    int refuseBlocked(int problems);

private:
    CliContext& m_context;
    QCommandLineParser m_parser;
    CallbackProgressSink m_sink;
    bool m_dryRun = false;
    bool m_json = false;
};

// One CLI driver for every operation (backup, restore, clear): parse → Params → plan → dry run or blocked →
// confirm → apply → report → exit code. A command derives from OperationCommand<ItsTask>, adds its options to
// parser() in its constructor (among them --dry-run and --json, and --yes/--confirm where it asks), and supplies
// its Params, the rendering of its plan and report, and its confirmation. Task is a task class with
// `using Params/Plan/Report` and static plan()/apply() (core/BackupTask.h).
//
// Usage, in the command's static entry point (Cli's command table calls it):
//     BackupCommand command(context);
//     return command.execute(arguments);
// Runs on the calling thread; Ctrl+C (CliContext::interrupted) cancels the plan or the apply in progress.
template<typename Task> class OperationCommand : public OperationCommandBase
{
public:
    using Params = typename Task::Params;
    using Plan = typename Task::Plan;
    using Report = typename Task::Report;

    int execute(const QStringList& arguments);

protected:
    using OperationCommandBase::OperationCommandBase;

    // The Params from the parsed options; false after printing a usage error.
    virtual bool readParams(const QCommandLineParser& parser, Params* params) = 0;
    // Before planning, which may read a whole collection; false after printing why not (a usage error).
    virtual bool mayPlan(const Params& /*params*/) { return true; }
    virtual void printPlan(QTextStream& stream, const Plan& plan) const = 0;
    virtual QJsonObject planJson(const Plan& plan) const = 0;
    // After planning, before applying: false after printing why not (a usage error). Records in the plan what
    // was confirmed.
    virtual bool confirm(Plan* /*plan*/) { return true; }
    virtual QJsonObject reportJson(const Report& report) const = 0;
    // The report as text (unless --json), the messages of a failure or cancel, and the exit code.
    virtual int finish(const Plan& plan, const Report& report) = 0;

private:
    static bool isBlocked(const Plan& plan)
    {
        if constexpr (requires { plan.isBlocked(); })
            return plan.isBlocked();
        else
            return false;
    }
    static int problemCount(const Plan& plan)
    {
        if constexpr (requires { plan.problems; })
            return int(plan.problems.size());
        else
            return 0;
    }
    int showDryRun(const Plan& plan);
    int showBlocked(const Plan& plan);
};

template<typename Task> int OperationCommand<Task>::execute(const QStringList& arguments)
{
    Params params;
    int exitCode = ExitOk;
    if (!parse(arguments, &params.endpoint, &exitCode))
        return exitCode;
    if (!readParams(parser(), &params) || !mayPlan(params))
        return ExitUsage;

    startProgress();
    OpError error;
    Plan plan = Task::plan(params, sink(), &error);
    context().endProgress();
    if (CliContext::interrupted() || error)
        return planCanceledOrFailed(error);
    if (dryRun())
        return showDryRun(plan);
    if (isBlocked(plan))
        return showBlocked(plan);
    if (!confirm(&plan))
        return ExitUsage;

    const Report report = Task::apply(plan, sink());
    context().endProgress();
    if (json())
        printJson(reportJson(report));
    return finish(plan, report);
}

template<typename Task> int OperationCommand<Task>::showDryRun(const Plan& plan)
{
    if (json()) {
        printJson(planJson(plan));
    } else {
        context().out << dryRunText() << Qt::endl;
        printPlan(context().out, plan);
    }
    return isBlocked(plan) ? ExitFailed : ExitOk;
}

// The plan goes to standard error here: standard output is for what was done.
template<typename Task> int OperationCommand<Task>::showBlocked(const Plan& plan)
{
    if (json())
        printJson(planJson(plan));
    else
        printPlan(context().err, plan);
    return refuseBlocked(problemCount(plan));
}

} // namespace Colvault::Cli
