// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/ClearCommand.h"

#include "app/cli/CliContext.h"
#include "core/ClearJson.h"
#include "core/ClearTask.h"
#include "core/ReportJson.h"

#include <QJsonDocument>
#include <QLocale>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

QStringList sortedNames(QStringList names)
{
    for (QString& n : names)
        n = n.trimmed();
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    return names;
}

QString methodText(ClearMethod method)
{
    switch (method) {
    case ClearMethod::DeleteObjects:
        return ClearCommand::tr("keep the schema and tenants, delete every object");
    case ClearMethod::Drop:
        return ClearCommand::tr("drop the collections with their schema and tenants");
    case ClearMethod::Recreate:
        return ClearCommand::tr("drop and create again from the saved schema");
    }
    return {};
}

QString countText(qint64 objects)
{
    return objects >= 0 ? ClearCommand::tr("%Ln object(s)", nullptr, int(std::min<qint64>(objects, INT_MAX)))
                        : ClearCommand::tr("not countable until activated");
}

void printPlan(QTextStream& out, const ClearPlan& plan)
{
    out << ClearCommand::tr("Method: %1.").arg(methodText(plan.params.method)) << Qt::endl;
    for (const ClearCollectionPlan& c : plan.collections) {
        out << u"  "_s << c.name << u": "_s << countText(c.objects) << Qt::endl;
        for (const ClearTenantPlan& t : c.tenants) {
            QString what = countText(t.objects);
            if (t.skip)
                what = ClearCommand::tr("left alone: %1").arg(t.skipReason);
            else if (t.activate)
                what = ClearCommand::tr("activated for the clear, then put back");
            out << u"    "_s << ClearCommand::tr("tenant %1 (%2): %3").arg(t.name, t.status, what) << Qt::endl;
        }
    }
    const int total = int(std::min<qint64>(plan.totalObjects, INT_MAX));
    out << (plan.totalIsEstimate ? ClearCommand::tr(
                "Total: at least %Ln object(s); tenants that cannot be counted now are not included.", nullptr, total)
                                 : ClearCommand::tr("Total: %Ln object(s).", nullptr, total))
        << Qt::endl;
    for (const QString& n : plan.notes)
        out << ClearCommand::tr("Note: %1").arg(n) << Qt::endl;
    if (plan.backup) {
        out << ClearCommand::tr("A backup is written to %1 and verified before anything is deleted.")
                   .arg(plan.backupPath)
            << Qt::endl;
        out << ClearCommand::tr("Undo afterwards with: %1").arg(ClearTask::undoCommand(plan, plan.backupPath))
            << Qt::endl;
    }
    for (const QString& w : plan.warnings)
        out << ClearCommand::tr("Warning: %1").arg(w) << Qt::endl;
    for (const QString& p : plan.problems)
        out << ClearCommand::tr("Problem: %1").arg(p) << Qt::endl;
}

// Where the backup is and how to undo, after anything was deleted (also after a failure or a cancel).
void printUndo(QTextStream& stream, const ClearReport& report)
{
    if (!report.backupPath.isEmpty()) {
        stream << ClearCommand::tr("Backup: %1").arg(report.backupPath) << Qt::endl;
        stream << ClearCommand::tr("To undo: %1").arg(report.undoCommand) << Qt::endl;
    } else if (report.backupSkipped) {
        stream << ClearCommand::tr("No backup was taken: this clear cannot be undone.") << Qt::endl;
    }
}

} // namespace

int ClearCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Delete every object of collections, after a verified backup."));
    parser.addPositionalArgument(
        u"collections"_s, tr("Collections to clear: exact names, no wildcards."), u"COLLECTION..."_s);
    const QCommandLineOption tenants(u"tenants"_s,
        tr("Only these tenants: A,B for the one collection named, or COLLECTION:A,B. "
           "Repeatable."),
        u"TENANTS"_s);
    const QCommandLineOption drop(u"drop"_s,
        tr("Drop the collections (or the chosen tenants) instead of deleting "
           "their objects."));
    const QCommandLineOption recreate(u"recreate"_s,
        tr("Drop and create again from the saved schema, tenants and tenant statuses "
           "(fast for large collections; indexes start empty)."));
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what would be deleted and the backup; change nothing."));
    const QCommandLineOption backupTo(u"backup-to"_s,
        tr("Write the backup taken first to this file or folder (default: %1).").arg(ClearTask::defaultBackupFolder()),
        u"FILE"_s);
    const QCommandLineOption noBackup(u"no-backup"_s, tr("Take no backup first: the clear cannot be undone."));
    const QCommandLineOption json(u"json"_s, tr("Print one machine-readable JSON report on standard output."));
    const QCommandLineOption yes(u"yes"_s, tr("Do not ask; with --confirm, allows the clear."));
    const QCommandLineOption confirm(
        u"confirm"_s, tr("The exact names of the collections being cleared, comma-separated."), u"NAMES"_s);
    parser.addOptions({tenants, drop, recreate, dryRun, backupTo, noBackup, json, yes, confirm});

    ClearParams params;
    int exitCode = ExitOk;
    if (!context.parse(parser, arguments, &params.endpoint, &exitCode))
        return exitCode;
    params.collections = parser.positionalArguments();
    if (params.collections.isEmpty()) {
        context.err
            << tr("No collection given. Name at least one: %1").arg(u"colvault-cli clear COLLECTION [COLLECTION ...]"_s)
            << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(drop) && parser.isSet(recreate)) {
        context.err << tr("Choose either --drop or --recreate.") << Qt::endl;
        return ExitUsage;
    }
    params.method = parser.isSet(drop) ? ClearMethod::Drop
        : parser.isSet(recreate)       ? ClearMethod::Recreate
                                       : ClearMethod::DeleteObjects;
    if (parser.isSet(backupTo) && parser.isSet(noBackup)) {
        context.err << tr("Choose either --backup-to or --no-backup.") << Qt::endl;
        return ExitUsage;
    }
    params.noBackup = parser.isSet(noBackup);
    params.backupPath = parser.value(backupTo);
    if (!context.readTenantOptions(parser.values(tenants), params.collections, &params.tenants))
        return ExitUsage;

    const bool wantJson = parser.isSet(json);
    context.setProgressEnabled(!wantJson && CliContext::stderrIsTerminal());
    CallbackProgressSink sink(
        [&](const OperationProgress& p) { context.printProgress(p); }, [] { return CliContext::interrupted().load(); });

    OpError error;
    ClearPlan plan = ClearTask::plan(params, &sink, &error);
    context.endProgress();
    if (CliContext::interrupted()) {
        context.err << tr("Canceled; nothing was deleted.") << Qt::endl;
        return ExitCanceled;
    }
    if (error) {
        if (wantJson)
            context.out << QJsonDocument(QJsonObject {{u"kind"_s, u"clearReport"_s}, {u"outcome"_s, u"failed"_s},
                                             {u"deletionStarted"_s, false}, {u"error"_s, ReportJson::toJson(error)}})
                               .toJson();
        context.printError(error);
        return error.code == OpError::Code::Usage ? ExitUsage : ExitFailed;
    }

    if (parser.isSet(dryRun)) {
        if (wantJson) {
            context.out << QJsonDocument(ClearJson::toJson(plan)).toJson();
            context.out.flush();
        } else {
            context.out << tr("Dry run: nothing will be deleted.") << Qt::endl;
            printPlan(context.out, plan);
        }
        return plan.isBlocked() ? ExitFailed : ExitOk;
    }
    if (plan.isBlocked()) {
        if (wantJson)
            context.out << QJsonDocument(ClearJson::toJson(plan)).toJson();
        else
            printPlan(context.err, plan);
        context.err << tr(
            "Nothing was deleted: the plan has %Ln blocking problem(s).", nullptr, int(plan.problems.size()))
                    << Qt::endl;
        return ExitFailed;
    }

    // The user names exactly the collections being cleared: typed, or with --yes --confirm. No wildcards.
    const QStringList wanted = sortedNames(plan.needsConfirmation);
    QStringList given;
    if (parser.isSet(yes)) {
        given = sortedNames(parser.value(confirm).split(u','));
    } else if (::isatty(STDIN_FILENO) && !wantJson) {
        printPlan(context.out, plan);
        context.out << tr("This deletes the data of %Ln collection(s): %1. Type their names to confirm, "
                          "separated by commas:",
            nullptr, int(wanted.size()))
                           .arg(wanted.join(u", "_s))
                    << Qt::endl;
        QTextStream in(stdin);
        given = sortedNames(in.readLine().split(u','));
    } else {
        context.err << tr("Clearing %1 deletes data: confirm with --yes --confirm %2.")
                           .arg(wanted.join(u", "_s), wanted.join(u','))
                    << Qt::endl;
        return ExitUsage;
    }
    if (given != wanted) {
        context.err << tr("The names given (%1) are not exactly the collections being cleared (%2); nothing was "
                          "deleted.")
                           .arg(given.join(u", "_s), wanted.join(u", "_s))
                    << Qt::endl;
        return ExitUsage;
    }
    plan.params.confirmed = plan.needsConfirmation;

    const ClearReport report = ClearTask::apply(plan, &sink);
    context.endProgress();
    if (wantJson) {
        context.out << QJsonDocument(ClearJson::toJson(report)).toJson();
        context.out.flush();
    }
    switch (report.outcome) {
    case ClearReport::Outcome::Canceled:
        if (report.deletionStarted) {
            context.err << tr("Canceled after deleting %Ln object(s); the clear is incomplete.", nullptr,
                int(std::min<qint64>(report.deleted, INT_MAX)))
                        << Qt::endl;
            printUndo(context.err, report);
        } else {
            context.err << tr("Canceled; nothing was deleted.") << Qt::endl;
        }
        return ExitCanceled;
    case ClearReport::Outcome::Failed:
        context.printError(report.error);
        if (report.deletionStarted)
            printUndo(context.err, report);
        else
            context.err << tr("Nothing was deleted.") << Qt::endl;
        return ExitFailed;
    case ClearReport::Outcome::Succeeded:
        break;
    }
    if (!wantJson) {
        const QLocale locale;
        for (const QString& w : report.warnings)
            context.err << tr("Warning: %1").arg(w) << Qt::endl;
        //: %1 collection names, %2 seconds
        context.out << tr(
            "Cleared %1: %Ln object(s) deleted in %2 s.", nullptr, int(std::min<qint64>(report.deleted, INT_MAX)))
                           .arg(plan.needsConfirmation.join(u", "_s),
                               locale.toString(report.durationMs / 1000.0, 'f', 1))
                    << Qt::endl;
        printUndo(context.out, report);
    }
    return report.isPartial() ? ExitPartial : ExitOk;
}

} // namespace Colvault::Cli
