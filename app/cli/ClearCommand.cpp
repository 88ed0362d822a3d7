// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/ClearCommand.h"

#include "core/ClearJson.h"
#include "core/CliCommandLine.h"
#include "core/S3Archive.h"

#include <QLocale>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

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

ClearReport ClearCommandTask::apply(const ClearPlan& plan, ProgressSink* sink)
{
    ClearReport report = ClearTask::apply(plan, sink);
    if (S3Archive::isS3(report.backupPath))
        report.undoCommand = undoCommand(plan, report.backupPath);
    return report;
}

QString ClearCommandTask::undoCommand(const ClearPlan& plan, const QString& archivePath)
{
    QString command = ClearTask::undoCommand(plan, archivePath);
    if (S3Archive::isS3(archivePath)) {
        for (const QString& argument : S3Options::arguments())
            command += u' ' + CliCommandLine::quote(argument, CliCommandLine::nativeShell());
    }
    return command;
}

int ClearCommand::run(CliContext& context, const QStringList& arguments)
{
    ClearCommand command(context);
    return command.execute(arguments);
}

ClearCommand::ClearCommand(CliContext& context)
    : OperationCommand(context)
    , m_tenants(CliContext::tenantsOption())
    , m_drop(u"drop"_s,
          tr("Drop the collections (or the chosen tenants) instead of deleting "
             "their objects."))
    , m_recreate(u"recreate"_s,
          tr("Drop and create again from the saved schema, tenants and tenant statuses "
             "(fast for large collections; indexes start empty)."))
    , m_dryRun(u"dry-run"_s, tr("Show what would be deleted and the backup; change nothing."))
    , m_backupTo(u"backup-to"_s,
          tr("Write the backup taken first to this file or folder, or to s3://BUCKET/KEY or s3://BUCKET/PREFIX/ "
             "(default: %1).")
              .arg(ClearTask::defaultBackupFolder()),
          u"FILE"_s)
    , m_noBackup(u"no-backup"_s, tr("Take no backup first: the clear cannot be undone."))
    , m_json(u"json"_s, tr("Print one machine-readable JSON report on standard output."))
    , m_yes(u"yes"_s, tr("Do not ask; with --confirm, allows the clear."))
    , m_confirm(u"confirm"_s, tr("The exact names of the collections being cleared, comma-separated."), u"NAMES"_s)
{
    parser().setApplicationDescription(tr("Delete every object of collections, after a verified backup."));
    parser().addPositionalArgument(
        u"collections"_s, tr("Collections to clear: exact names, no wildcards."), u"COLLECTION..."_s);
    parser().addOptions({m_tenants, m_drop, m_recreate, m_dryRun, m_backupTo, m_noBackup, m_json, m_yes, m_confirm});
    parser().addOptions(m_s3.options());
}

bool ClearCommand::readParams(const QCommandLineParser& parser, ClearParams* params)
{
    params->collections = parser.positionalArguments();
    if (params->collections.isEmpty()) {
        context().err
            << tr("No collection given. Name at least one: %1").arg(u"colvault-cli clear COLLECTION [COLLECTION ...]"_s)
            << Qt::endl;
        return false;
    }
    if (parser.isSet(m_drop) && parser.isSet(m_recreate)) {
        context().err << tr("Choose either --drop or --recreate.") << Qt::endl;
        return false;
    }
    params->method = parser.isSet(m_drop) ? ClearMethod::Drop
        : parser.isSet(m_recreate)        ? ClearMethod::Recreate
                                          : ClearMethod::DeleteObjects;
    if (parser.isSet(m_backupTo) && parser.isSet(m_noBackup)) {
        context().err << tr("Choose either --backup-to or --no-backup.") << Qt::endl;
        return false;
    }
    params->noBackup = parser.isSet(m_noBackup);
    params->backupPath = parser.value(m_backupTo);
    int exitCode = ExitUsage; // an s3:// location's problems here are all usage errors (S3Credentials)
    return m_s3.read(context(), parser, params->backupPath, &exitCode)
        && context().readTenantOptions(parser.values(m_tenants), params->collections, &params->tenants);
}

void ClearCommand::printPlan(QTextStream& out, const ClearPlan& plan) const
{
    out << tr("Method: %1.").arg(methodText(plan.params.method)) << Qt::endl;
    for (const ClearCollectionPlan& c : plan.collections) {
        out << u"  "_s << c.name << u": "_s << countText(c.objects) << Qt::endl;
        for (const ClearTenantPlan& t : c.tenants) {
            QString what = countText(t.objects);
            if (t.skip)
                what = tr("left alone: %1").arg(t.skipReason);
            else if (t.activate)
                what = tr("activated for the clear, then put back");
            out << u"    "_s << tr("tenant %1 (%2): %3").arg(t.name, t.status, what) << Qt::endl;
        }
    }
    const int total = int(std::min<qint64>(plan.totalObjects, INT_MAX));
    out << (plan.totalIsEstimate
            ? tr("Total: at least %Ln object(s); tenants that cannot be counted now are not included.", nullptr, total)
            : tr("Total: %Ln object(s).", nullptr, total))
        << Qt::endl;
    for (const QString& n : plan.notes)
        out << tr("Note: %1").arg(n) << Qt::endl;
    if (plan.backup) {
        out << tr("A backup is written to %1 and verified before anything is deleted.").arg(plan.backupPath)
            << Qt::endl;
        out << tr("Undo afterwards with: %1").arg(ClearCommandTask::undoCommand(plan, plan.backupPath)) << Qt::endl;
    }
    for (const QString& w : plan.warnings)
        out << tr("Warning: %1").arg(w) << Qt::endl;
    for (const QString& p : plan.problems)
        out << tr("Problem: %1").arg(p) << Qt::endl;
}

QJsonObject ClearCommand::planJson(const ClearPlan& plan) const
{
    return ClearJson::toJson(plan);
}

QJsonObject ClearCommand::reportJson(const ClearReport& report) const
{
    return ClearJson::toJson(report);
}

// The user names exactly the collections being cleared: typed, or with --yes --confirm. No wildcards.
bool ClearCommand::confirm(ClearPlan* plan)
{
    NameConfirmation c;
    c.names = sortedNames(plan->needsConfirmation);
    const QString names = c.names.join(u", "_s);
    c.prompt = tr("This deletes the data of %Ln collection(s): %1. Type their names to confirm, "
                  "separated by commas:",
        nullptr, int(c.names.size()))
                   .arg(names);
    c.refusal = tr("Clearing %1 deletes data: confirm with --yes --confirm %2.").arg(names, c.names.join(u','));
    c.mismatch = tr("The names given (%1) are not exactly the collections being cleared (%2); nothing was "
                    "deleted.");
    if (!confirmNames(c, [&] { printPlan(context().out, *plan); }))
        return false;
    plan->params.confirmed = plan->needsConfirmation;
    return true;
}

int ClearCommand::finish(const ClearPlan& plan, const ClearReport& report)
{
    switch (report.outcome) {
    case ClearReport::Outcome::Canceled:
        if (report.deletionStarted) {
            context().err << tr("Canceled after deleting %Ln object(s); the clear is incomplete.", nullptr,
                int(std::min<qint64>(report.deleted, INT_MAX)))
                          << Qt::endl;
            printUndo(context().err, report);
        } else {
            context().err << tr("Canceled; nothing was deleted.") << Qt::endl;
        }
        return ExitCanceled;
    case ClearReport::Outcome::Failed:
        context().printError(report.error);
        if (report.deletionStarted)
            printUndo(context().err, report);
        else
            context().err << tr("Nothing was deleted.") << Qt::endl;
        return ExitFailed;
    case ClearReport::Outcome::Succeeded:
        break;
    }
    if (!json()) {
        for (const QString& w : report.warnings)
            context().err << tr("Warning: %1").arg(w) << Qt::endl;
        //: %1 collection names, %2 seconds
        context().out << tr(
            "Cleared %1: %Ln object(s) deleted in %2 s.", nullptr, int(std::min<qint64>(report.deleted, INT_MAX)))
                             .arg(plan.needsConfirmation.join(u", "_s),
                                 QLocale().toString(report.durationMs / 1000.0, 'f', 1))
                      << Qt::endl;
        printUndo(context().out, report);
    }
    return report.isPartial() ? ExitPartial : ExitOk;
}

QString ClearCommand::canceledBeforeApplyText() const
{
    return tr("Canceled; nothing was deleted.");
}

QString ClearCommand::dryRunText() const
{
    return tr("Dry run: nothing will be deleted.");
}

QString ClearCommand::blockedText(int problems) const
{
    return tr("Nothing was deleted: the plan has %Ln blocking problem(s).", nullptr, problems);
}

// A plan that failed deleted nothing: the report says so, as a report of a failed clear does.
QJsonObject ClearCommand::planFailedJson(const OpError& error) const
{
    QJsonObject report = failedReportJson(u"clearReport"_s, error);
    report.insert(u"deletionStarted"_s, false);
    return report;
}

} // namespace Colvault::Cli
