// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/RestoreCommand.h"

#include "app/cli/CliContext.h"
#include "core/ReportJson.h"
#include "core/RestoreJson.h"
#include "core/RestoreTask.h"

#include <QJsonDocument>
#include <QLocale>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

QTextStream* g_testInput = nullptr;

bool isInteractive()
{
    return g_testInput || ::isatty(STDIN_FILENO);
}

QString readAnswer()
{
    if (g_testInput)
        return g_testInput->readLine();
    QTextStream in(stdin);
    return in.readLine();
}

QStringList sortedNames(QStringList names)
{
    for (QString& n : names)
        n = n.trimmed();
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    return names;
}

QString actionText(const RestoreCollectionPlan& c)
{
    switch (c.action) {
    case RestoreCollectionPlan::Action::Create:
        return RestoreCommand::tr("create");
    case RestoreCollectionPlan::Action::Replace:
        return RestoreCommand::tr("drop and create again");
    case RestoreCollectionPlan::Action::UseExisting:
        return RestoreCommand::tr("add to the existing collection");
    }
    return {};
}

QString countsText(const RestoreObjectCounts& c)
{
    const QLocale locale;
    //: %1..%4 object counts
    return RestoreCommand::tr("%1 to create, %2 to overwrite, %3 to skip, %4 unchanged")
        .arg(locale.toString(c.create), locale.toString(c.overwrite), locale.toString(c.skip),
            locale.toString(c.unchanged));
}

void printPlan(QTextStream& out, const RestorePlan& plan)
{
    for (const RestoreCollectionPlan& c : plan.collections) {
        const QString name
            = c.source == c.target ? c.target : RestoreCommand::tr("%1 (from %2)").arg(c.target, c.source);
        out << u"  "_s << name << u": "_s << actionText(c) << Qt::endl;
        if (!plan.params.schemaOnly)
            out << u"    "_s << countsText(c.objects) << Qt::endl;
        if (!c.diff.onlyInArchive.isEmpty() && c.action == RestoreCollectionPlan::Action::UseExisting)
            out << u"    "_s << RestoreCommand::tr("properties to add: %1").arg(c.diff.onlyInArchive.join(u", "_s))
                << Qt::endl;
        if (!c.diff.onlyInTarget.isEmpty())
            out << u"    "_s
                << RestoreCommand::tr("properties only on the target: %1").arg(c.diff.onlyInTarget.join(u", "_s))
                << Qt::endl;
        for (const RestoreTenantPlan& t : c.tenants) {
            //: %1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)
            const QString line = t.create
                ? (t.finalStatus.isEmpty()
                        ? RestoreCommand::tr("tenant %1: to be created").arg(t.name)
                        : RestoreCommand::tr("tenant %1: to be created, then set to %2").arg(t.name, t.finalStatus))
                : (t.finalStatus.isEmpty() ? RestoreCommand::tr("tenant %1: exists (%2)").arg(t.name, t.targetStatus)
                                           : RestoreCommand::tr("tenant %1: exists (%2), to be set to %3")
                                                 .arg(t.name, t.targetStatus, t.finalStatus));
            out << u"    "_s << line << Qt::endl;
        }
    }
    if (!plan.params.schemaOnly)
        out << RestoreCommand::tr("Total: %1.").arg(countsText(plan.totals)) << Qt::endl;
    for (const QString& w : plan.warnings)
        out << RestoreCommand::tr("Warning: %1").arg(w) << Qt::endl;
    for (const QString& p : plan.problems)
        out << RestoreCommand::tr("Problem: %1").arg(p) << Qt::endl;
}

} // namespace

int RestoreCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Restore collections from an archive into a Weaviate server."));
    parser.addPositionalArgument(u"file"_s, tr("The archive to restore."), u"FILE"_s);
    parser.addPositionalArgument(
        u"collections"_s, tr("Collections to restore (default: all in the archive)."), u"[COLLECTION...]"_s);
    const QCommandLineOption mode(u"mode"_s,
        tr("new (default: the collection must not exist), merge (add missing objects), "
           "overwrite (archived objects replace existing ones), replace (drop the "
           "collection first)."),
        u"MODE"_s, u"new"_s);
    const QCommandLineOption rename(u"rename"_s, tr("Restore collection OLD as NEW. Repeatable."), u"OLD=NEW"_s);
    const QCommandLineOption tenants(u"tenants"_s,
        tr("Only these tenants: A,B for the one collection named, or COLLECTION:A,B. "
           "Repeatable."),
        u"TENANTS"_s);
    const QCommandLineOption schemaOnly(u"schema-only"_s, tr("Create collections and tenants, no objects."));
    const QCommandLineOption vectorizerNone(
        u"vectorizer-none"_s, tr("Rewrite every vectorizer to \"none\" (objects keep their vectors)."));
    const QCommandLineOption replication(u"replication-factor"_s,
        tr("Create collections with this replication "
           "factor."),
        u"N"_s);
    const QCommandLineOption batchSize(
        u"batch-size"_s, tr("Objects per request (1-1000, default 100)."), u"N"_s, u"100"_s);
    const QCommandLineOption concurrency(
        u"concurrency"_s, tr("Batch requests in flight at once (1-6, default 6)."), u"N"_s, u"6"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what would be restored; write nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print one machine-readable JSON report on standard output."));
    const QCommandLineOption yes(u"yes"_s,
        tr("Do not ask before restoring; with --confirm, allows replacing "
           "collections."));
    const QCommandLineOption confirm(
        u"confirm"_s, tr("The exact names of the collections that replace mode drops, comma-separated."), u"NAMES"_s);
    parser.addOptions({mode, rename, tenants, schemaOnly, vectorizerNone, replication, batchSize, concurrency, dryRun,
        json, yes, confirm});

    RestoreParams params;
    int exitCode = ExitOk;
    if (!context.parse(parser, arguments, &params.endpoint, &exitCode))
        return exitCode;
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        context.err << tr("No archive given: colvault-cli restore FILE [COLLECTION...].") << Qt::endl;
        return ExitUsage;
    }
    params.archivePath = positional.takeFirst();
    params.collections = positional;
    const auto m = RestoreTask::modeFromName(parser.value(mode));
    if (!m) {
        context.err << tr("Unknown mode \"%1\"; use new, merge, overwrite or replace.").arg(parser.value(mode))
                    << Qt::endl;
        return ExitUsage;
    }
    params.mode = *m;
    for (const QString& spec : parser.values(rename)) {
        const QStringList parts = spec.split(u'=');
        if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            context.err << tr("--rename %1: use OLD=NEW.").arg(spec) << Qt::endl;
            return ExitUsage;
        }
        params.rename.insert(parts[0], parts[1]);
    }
    if (!context.readTenantOptions(parser.values(tenants), params.collections, &params.tenants))
        return ExitUsage;
    params.schemaOnly = parser.isSet(schemaOnly);
    params.vectorizerNone = parser.isSet(vectorizerNone);
    bool ok = true;
    if (parser.isSet(replication)) {
        params.replicationFactor = parser.value(replication).toInt(&ok);
        if (!ok || params.replicationFactor < 1) {
            context.err << tr("--replication-factor must be a number of at least 1.") << Qt::endl;
            return ExitUsage;
        }
    }
    params.batchSize = parser.value(batchSize).toInt(&ok);
    if (!ok || params.batchSize < 1 || params.batchSize > 1000) {
        context.err << tr("--batch-size must be a number from 1 to 1000.") << Qt::endl;
        return ExitUsage;
    }

    params.concurrency = parser.value(concurrency).toInt(&ok);
    if (!ok || params.concurrency < 1 || params.concurrency > 6) {
        context.err << tr("--concurrency must be a number from 1 to 6.") << Qt::endl;
        return ExitUsage;
    }

    const bool wantJson = parser.isSet(json);
    // Decided before planning, which may read a whole collection: a script without --yes must not write anything.
    const bool interactive = isInteractive() && !wantJson;
    if (!parser.isSet(dryRun) && !parser.isSet(yes) && !interactive) {
        if (params.mode == RestoreMode::Replace)
            context.err << tr("Not restoring: standard input is not a terminal, so nobody can confirm. Run again "
                              "with --yes --confirm NAMES (the collections being replaced), or with --dry-run to "
                              "see the plan.")
                        << Qt::endl;
        else
            context.err << tr("Not restoring: standard input is not a terminal, so nobody can confirm. Run again "
                              "with --yes, or with --dry-run to see the plan.")
                        << Qt::endl;
        return ExitUsage;
    }
    context.setProgressEnabled(!wantJson && CliContext::stderrIsTerminal());
    CallbackProgressSink sink(
        [&](const OperationProgress& p) { context.printProgress(p); }, [] { return CliContext::interrupted().load(); });

    OpError error;
    RestorePlan plan = RestoreTask::plan(params, &sink, &error);
    context.endProgress();
    if (CliContext::interrupted()) {
        context.err << tr("Canceled; nothing was written.") << Qt::endl;
        return ExitCanceled;
    }
    if (error) {
        if (wantJson)
            context.out << QJsonDocument(QJsonObject {{u"kind"_s, u"restoreReport"_s}, {u"outcome"_s, u"failed"_s},
                                             {u"error"_s, ReportJson::toJson(error)}})
                               .toJson();
        context.printError(error);
        return error.code == OpError::Code::Usage ? ExitUsage : ExitFailed;
    }

    if (parser.isSet(dryRun)) {
        if (wantJson) {
            context.out << QJsonDocument(RestoreJson::toJson(plan)).toJson();
            context.out.flush();
        } else {
            context.out << tr("Dry run: nothing will be written.") << Qt::endl;
            printPlan(context.out, plan);
        }
        return plan.isBlocked() ? ExitFailed : ExitOk;
    }
    if (plan.isBlocked()) {
        if (wantJson)
            context.out << QJsonDocument(RestoreJson::toJson(plan)).toJson();
        else
            printPlan(context.err, plan);
        context.err << tr(
            "Nothing was restored: the plan has %Ln blocking problem(s).", nullptr, int(plan.problems.size()))
                    << Qt::endl;
        return ExitFailed;
    }

    // Replace drops collections: the user names them, typed or with --yes --confirm (like clear).
    if (!plan.needsConfirmation.isEmpty()) {
        const QStringList wanted = sortedNames(plan.needsConfirmation);
        QStringList given;
        if (parser.isSet(yes)) {
            given = sortedNames(parser.value(confirm).split(u','));
        } else if (interactive) {
            printPlan(context.out, plan);
            context.out << tr("Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their "
                              "names to confirm, separated by commas:",
                nullptr, int(wanted.size()))
                               .arg(wanted.join(u", "_s))
                        << Qt::endl;
            given = sortedNames(readAnswer().split(u','));
        } else {
            context.err << tr("Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.",
                nullptr, int(wanted.size()))
                               .arg(wanted.join(u", "_s), wanted.join(u','))
                        << Qt::endl;
            return ExitUsage;
        }
        if (given != wanted) {
            context.err << tr("The names given (%1) are not exactly the collections being replaced (%2); nothing "
                              "was restored.")
                               .arg(given.join(u", "_s), wanted.join(u", "_s))
                        << Qt::endl;
            return ExitUsage;
        }
        plan.params.confirmedReplace = plan.needsConfirmation;
    } else if (!parser.isSet(yes)) {
        printPlan(context.out, plan);
        context.out << tr("Restore as planned? [y/N]") << Qt::endl;
        const QString answer = readAnswer().trimmed().toLower();
        //: Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too
        const QStringList accepted = tr("yes|y", "answers accepted as yes").split(u'|');
        if (answer != u"y" && answer != u"yes" && !accepted.contains(answer)) {
            context.err << tr("Not confirmed; nothing was restored.") << Qt::endl;
            return ExitUsage;
        }
    }

    const RestoreReport report = RestoreTask::apply(plan, &sink);
    context.endProgress();
    if (wantJson) {
        context.out << QJsonDocument(RestoreJson::toJson(report)).toJson();
        context.out.flush();
    }
    // Not merge: it keeps existing objects as they are, so objects written before their references would stay without
    // them. Overwrite writes those again and leaves the complete ones unchanged (TestKillRestore).
    const QString resumeHint = tr("Run the same restore again with --mode overwrite to complete it.");
    switch (report.outcome) {
    case RestoreReport::Outcome::Canceled:
        context.err << tr("Canceled after %Ln object(s); the restore is incomplete.", nullptr, int(report.objects))
                    << Qt::endl
                    << resumeHint << Qt::endl;
        return ExitCanceled;
    case RestoreReport::Outcome::Failed:
        context.printError(report.error);
        context.err << resumeHint << Qt::endl;
        return ExitFailed;
    case RestoreReport::Outcome::Succeeded:
        break;
    }
    if (!wantJson) {
        const QLocale locale;
        for (const QString& w : report.warnings)
            context.err << tr("Warning: %1").arg(w) << Qt::endl;
        for (const RestoreFailure& f : report.failures)
            //: %1 collection, %2 object id, %3 the server's message
            context.err << (f.tenant.isEmpty()
                    ? tr("Failed: object %2 of %1: %3").arg(f.collection, f.id, f.message)
                    //: %1 collection, %2 tenant, %3 object id, %4 the server's message
                    : tr("Failed: object %3 of %1, tenant %2: %4").arg(f.collection, f.tenant, f.id, f.message))
                        << Qt::endl;
        for (const QString& mismatch : report.countMismatches)
            context.err << tr("Count: %1").arg(mismatch) << Qt::endl;
        //: %1 objects, %2 references, %3 seconds
        context.out << tr("Restored %1 objects and %2 references in %3 s.")
                           .arg(locale.toString(report.objects), locale.toString(report.references),
                               locale.toString(report.durationMs / 1000.0, 'f', 1))
                    << Qt::endl;
        if (report.failureCount > 0)
            context.err << tr("%Ln object(s) or reference(s) failed.", nullptr, int(report.failureCount)) << Qt::endl;
    }
    return report.isPartial() ? ExitPartial : ExitOk;
}

void RestoreCommand::setInteractiveInputForTesting(QTextStream* input)
{
    g_testInput = input;
}

} // namespace Colvault::Cli
