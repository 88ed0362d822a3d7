// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/RestoreCommand.h"

#include "app/cli/RestoreCommandParts.h"
#include "app/cli/Terminal.h"
#include "core/ReportJson.h"
#include "core/RestoreJson.h"

#include <QLocale>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

int RestoreCommand::run(CliContext& context, const QStringList& arguments)
{
    RestoreCommand command(context);
    return command.execute(arguments);
}

RestoreCommand::RestoreCommand(CliContext& context)
    : OperationCommand(context)
    , m_mode(u"mode"_s,
          tr("new (default: the collection must not exist), merge (add missing objects), "
             "overwrite (archived objects replace existing ones), replace (drop the "
             "collection first)."),
          u"MODE"_s, u"new"_s)
    , m_rename(u"rename"_s, tr("Restore collection OLD as NEW. Repeatable."), u"OLD=NEW"_s)
    , m_tenants(u"tenants"_s,
          tr("Only these tenants: A,B for the one collection named, or COLLECTION:A,B. "
             "Repeatable."),
          u"TENANTS"_s)
    , m_schemaOnly(u"schema-only"_s, tr("Create collections and tenants, no objects."))
    , m_vectorizerNone(u"vectorizer-none"_s, tr("Rewrite every vectorizer to \"none\" (objects keep their vectors)."))
    , m_replication(u"replication-factor"_s,
          tr("Create collections with this replication "
             "factor."),
          u"N"_s)
    , m_batchSize(u"batch-size"_s, tr("Objects per request (1-1000, default 100)."), u"N"_s, u"100"_s)
    , m_concurrency(u"concurrency"_s,
          tr("Batch requests in flight at once (1-%1, default %2).")
              .arg(RestoreParams::maxConcurrency)
              .arg(RestoreParams().concurrency),
          u"N"_s, QString::number(RestoreParams().concurrency))
    , m_dryRun(u"dry-run"_s, tr("Show what would be restored; write nothing."))
    , m_json(u"json"_s, tr("Print one machine-readable JSON report on standard output."))
    , m_yes(u"yes"_s,
          tr("Do not ask before restoring; with --confirm, allows replacing "
             "collections."))
    , m_confirm(
          u"confirm"_s, tr("The exact names of the collections that replace mode drops, comma-separated."), u"NAMES"_s)
    , m_aliases(u"aliases"_s,
          tr("keep (default: recreate the archive's aliases, pointing at the restored collections) or skip."),
          u"keep|skip"_s, u"keep"_s)
    , m_moveAliases(u"move-aliases"_s,
          tr("Point aliases that exist on the target but point at other collections at the restored ones."))
    , m_asNew(u"as-new"_s,
          tr("Restore the one collection named beside the existing one, into NAME_yyyyMMddHHmmss (UTC time) or its "
             "--rename target."))
    , m_swapAlias(u"swap-alias"_s,
          tr("With --as-new: once the counts are verified, point this alias at the new collection (created if "
             "absent). The previous collection is kept."),
          u"NAME"_s)
    , m_vectors(RestoreCommandParts::vectorsOption())
    , m_vectorizer(RestoreCommandParts::vectorizerOption())
{
    parser().setApplicationDescription(tr("Restore collections from an archive into a Weaviate server."));
    parser().addPositionalArgument(u"file"_s, tr("The archive to restore: a file or s3://BUCKET/KEY."), u"FILE"_s);
    parser().addPositionalArgument(
        u"collections"_s, tr("Collections to restore (default: all in the archive)."), u"[COLLECTION...]"_s);
    parser().addOptions({m_mode, m_rename, m_tenants, m_schemaOnly, m_vectorizerNone, m_replication, m_batchSize,
        m_concurrency, m_dryRun, m_json, m_yes, m_confirm, m_aliases, m_moveAliases, m_asNew, m_swapAlias, m_vectors,
        m_vectorizer});
    parser().addOptions(m_keys.options());
    parser().addOptions(m_s3.options());
}

bool RestoreCommand::readParams(const QCommandLineParser& parser, RestoreParams* params)
{
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        context().err << tr("No archive given: colvault-cli restore FILE [COLLECTION...].") << Qt::endl;
        return false;
    }
    params->archivePath = positional.takeFirst();
    params->collections = positional;
    if (!RestoreCommandParts::readMode(context().err, parser.value(m_mode), &params->mode)
        || !RestoreCommandParts::readRenames(context().err, parser.values(m_rename), &params->rename)
        || !context().readTenantOptions(parser.values(m_tenants), params->collections, &params->tenants))
        return false;
    params->schemaOnly = parser.isSet(m_schemaOnly);
    params->vectorizerNone = parser.isSet(m_vectorizerNone);
    if (!RestoreCommandParts::readVectors(context().err, parser.value(m_vectors), parser.values(m_vectorizer), params))
        return false;
    if (!RestoreCommandParts::readAliases(context().err, parser.value(m_aliases), &params->aliases))
        return false;
    params->moveAliases = parser.isSet(m_moveAliases);
    params->asNew = parser.isSet(m_asNew);
    params->swapAlias = parser.value(m_swapAlias);
    if (!params->swapAlias.isEmpty() && !params->asNew) {
        context().err << tr("--swap-alias switches an alias to a side-by-side restore: use it with --as-new.")
                      << Qt::endl;
        return false;
    }
    int exitCode = ExitUsage; // an s3:// location's problems here are all usage errors (S3Credentials)
    return readNumbers(parser, params) && m_s3.read(context(), parser, params->archivePath, &exitCode)
        && m_keys.read(context(), parser, params->archivePath, &params->decryption);
}

bool RestoreCommand::readNumbers(const QCommandLineParser& parser, RestoreParams* params)
{
    CliContext& c = context();
    return (!parser.isSet(m_replication)
               || c.readNumber(parser, m_replication, 1, INT_MAX,
                   tr("--replication-factor must be a number of at least 1."), &params->replicationFactor))
        && c.readNumber(
            parser, m_batchSize, 1, 1000, tr("--batch-size must be a number from 1 to 1000."), &params->batchSize)
        && c.readNumber(parser, m_concurrency, 1, RestoreParams::maxConcurrency,
            tr("--concurrency must be a number from 1 to %1.").arg(RestoreParams::maxConcurrency),
            &params->concurrency);
}

// Decided before planning, which may read a whole collection: a script without --yes must not write anything.
bool RestoreCommand::mayPlan(const RestoreParams& params)
{
    if (dryRun() || parser().isSet(m_yes) || interactive())
        return true;
    if (params.mode == RestoreMode::Replace)
        context().err << tr("Not restoring: standard input is not a terminal, so nobody can confirm. Run again "
                            "with --yes --confirm NAMES (the collections being replaced), or with --dry-run to "
                            "see the plan.")
                      << Qt::endl;
    else
        context().err << tr("Not restoring: standard input is not a terminal, so nobody can confirm. Run again "
                            "with --yes, or with --dry-run to see the plan.")
                      << Qt::endl;
    return false;
}

void RestoreCommand::printPlan(QTextStream& out, const RestorePlan& plan) const
{
    RestoreCommandParts::printPlan(out, plan);
}

QJsonObject RestoreCommand::planJson(const RestorePlan& plan) const
{
    return RestoreJson::toJson(plan);
}

QJsonObject RestoreCommand::reportJson(const RestoreReport& report) const
{
    return RestoreJson::toJson(report);
}

bool RestoreCommand::confirm(RestorePlan* plan)
{
    if (!plan->needsConfirmation.isEmpty())
        return confirmReplace(plan);
    return parser().isSet(m_yes) || askToRestore(*plan);
}

// Replace drops collections: the user names them, typed or with --yes --confirm (like clear).
bool RestoreCommand::confirmReplace(RestorePlan* plan)
{
    NameConfirmation c;
    c.names = sortedNames(plan->needsConfirmation);
    const QString names = c.names.join(u", "_s);
    c.prompt = tr("Replace mode deletes %Ln collection(s) with everything in them first: %1. Type their "
                  "names to confirm, separated by commas:",
        nullptr, int(c.names.size()))
                   .arg(names);
    c.refusal = tr("Replace mode deletes %Ln collection(s) first: %1. Confirm with --yes --confirm %2.", nullptr,
        int(c.names.size()))
                    .arg(names, c.names.join(u','));
    c.mismatch = tr("The names given (%1) are not exactly the collections being replaced (%2); nothing "
                    "was restored.");
    if (!confirmNames(c, [&] { printPlan(context().out, *plan); }))
        return false;
    plan->params.confirmedReplace = plan->needsConfirmation;
    return true;
}

// Without --yes, at a terminal (mayPlan refused everything else): the plan, and a yes or no.
bool RestoreCommand::askToRestore(const RestorePlan& plan)
{
    printPlan(context().out, plan);
    return RestoreCommandParts::askYes(
        context(), tr("Restore as planned? [y/N]"), tr("Not confirmed; nothing was restored."));
}

int RestoreCommand::finish(const RestorePlan& /*plan*/, const RestoreReport& report)
{
    const QLocale locale;
    RestoreCommandParts::EndTexts texts;
    texts.canceled = tr("Canceled after %Ln object(s); the restore is incomplete.", nullptr, int(report.objects));
    // Not merge: it keeps existing objects as they are, so objects written before their references would stay without
    // them. Overwrite writes those again and leaves the complete ones unchanged (TestKillRestore).
    texts.resumeHint = tr("Run the same restore again with --mode overwrite to complete it.");
    //: %1 objects, %2 references, %3 seconds
    texts.summary = tr("Restored %1 objects and %2 references in %3 s.")
                        .arg(locale.toString(report.objects), locale.toString(report.references),
                            locale.toString(report.durationMs / 1000.0, 'f', 1));
    return RestoreCommandParts::finish(context(), report, json(), texts);
}

QString RestoreCommand::canceledBeforeApplyText() const
{
    return tr("Canceled; nothing was written.");
}

QString RestoreCommand::dryRunText() const
{
    return tr("Dry run: nothing will be written.");
}

QString RestoreCommand::blockedText(int problems) const
{
    return tr("Nothing was restored: the plan has %Ln blocking problem(s).", nullptr, problems);
}

QJsonObject RestoreCommand::planFailedJson(const OpError& error) const
{
    return failedReportJson(u"restoreReport"_s, error);
}

} // namespace Colvault::Cli
