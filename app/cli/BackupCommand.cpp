// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/BackupCommand.h"

#include "app/cli/CliContext.h"
#include "core/BackupTask.h"
#include "core/ReportJson.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

int BackupCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Back up collections into one compressed archive."));
    parser.addPositionalArgument(u"collections"_s, tr("Collections to back up (default: all)."), u"[COLLECTION...]"_s);
    const QCommandLineOption output({u"o"_s, u"output"_s},
        tr("Archive file to write, or a folder to write a default-named archive into."), u"FILE"_s);
    const QCommandLineOption schemaOnly(u"schema-only"_s, tr("Save schemas and tenants, no objects."));
    const QCommandLineOption noVectors(u"no-vectors"_s, tr("Leave vectors out (objects only)."));
    const QCommandLineOption tenants(u"tenants"_s,
        tr("Only these tenants: A,B for the one collection named, or COLLECTION:A,B. "
           "Repeatable."),
        u"TENANTS"_s);
    const QCommandLineOption activate(
        u"activate-tenants"_s, tr("Activate inactive (COLD) tenants for the backup and put them back after."));
    const QCommandLineOption compression(
        u"compression"_s, tr("zstd (default), gzip, xz or none."), u"KIND"_s, u"zstd"_s);
    const QCommandLineOption level(u"level"_s, tr("Compression level (zstd 1-19, gzip 1-9, xz 0-9)."), u"N"_s);
    const QCommandLineOption pageSize(
        u"page-size"_s, tr("Objects per request (1-10000, default 500)."), u"N"_s, u"500"_s);
    const QCommandLineOption dryRun(u"dry-run"_s, tr("Show what would be backed up; write nothing."));
    const QCommandLineOption json(u"json"_s, tr("Print one machine-readable JSON report on standard output."));
    parser.addOptions({output, schemaOnly, noVectors, tenants, activate, compression, level, pageSize, dryRun, json});

    BackupParams params;
    int exitCode = ExitOk;
    if (!context.parse(parser, arguments, &params.endpoint, &exitCode))
        return exitCode;
    params.collections = parser.positionalArguments();
    params.schemaOnly = parser.isSet(schemaOnly);
    params.includeVectors = !parser.isSet(noVectors);
    params.activateTenants = parser.isSet(activate);

    const auto kind = compressionFromName(parser.value(compression));
    if (!kind) {
        context.err << tr("Unknown compression \"%1\"; use zstd, gzip, xz or none.").arg(parser.value(compression))
                    << Qt::endl;
        return ExitUsage;
    }
    params.compression = *kind;
    if (parser.isSet(level)) {
        bool ok = false;
        params.compressionLevel = parser.value(level).toInt(&ok);
        const int max = *kind == ArchiveCompression::Zstd ? 19 : *kind == ArchiveCompression::Gzip ? 9 : 9;
        const int min = *kind == ArchiveCompression::Xz ? 0 : 1;
        if (!ok || *kind == ArchiveCompression::None || params.compressionLevel < min
            || params.compressionLevel > max) {
            context.err << tr("--level must be %1 to %2 for %3.").arg(min).arg(max).arg(compressionName(*kind))
                        << Qt::endl;
            return ExitUsage;
        }
    }
    bool ok = false;
    params.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || params.pageSize < 1 || params.pageSize > 10000) {
        context.err << tr("--page-size must be a number from 1 to 10000.") << Qt::endl;
        return ExitUsage;
    }
    if (!context.readTenantOptions(parser.values(tenants), params.collections, &params.tenants))
        return ExitUsage;

    const bool wantJson = parser.isSet(json);
    const QString out = parser.value(output);
    if (out.isEmpty() && !parser.isSet(dryRun)) {
        context.err << tr("No archive given: use -o FILE (or --dry-run to only see the plan).") << Qt::endl;
        return ExitUsage;
    }
    if (QFileInfo(out).isDir())
        params.destination = QDir(out).filePath(
            BackupTask::defaultFileName(params.collections, params.compression, QDateTime::currentDateTime()));
    else
        params.destination = out.isEmpty() ? QDir::current().filePath(u"dry-run"_s) : out;
    params.destination = QFileInfo(params.destination).absoluteFilePath();

    context.setProgressEnabled(!wantJson && CliContext::stderrIsTerminal());
    CallbackProgressSink sink(
        [&](const OperationProgress& p) { context.printProgress(p); }, [] { return CliContext::interrupted().load(); });

    OpError error;
    const BackupPlan plan = BackupTask::plan(params, &sink, &error);
    context.endProgress();
    if (CliContext::interrupted()) {
        context.err << tr("Canceled; nothing was written.") << Qt::endl;
        return ExitCanceled;
    }
    if (error) {
        if (wantJson)
            context.out << QJsonDocument(QJsonObject {{u"kind"_s, u"backupReport"_s}, {u"outcome"_s, u"failed"_s},
                                             {u"error"_s, ReportJson::toJson(error)}})
                               .toJson();
        context.printError(error);
        return error.code == OpError::Code::Usage ? ExitUsage : ExitFailed;
    }

    const QLocale locale;
    if (parser.isSet(dryRun)) {
        if (wantJson) {
            context.out << QJsonDocument(ReportJson::toJson(plan)).toJson();
            context.out.flush();
            return ExitOk;
        }
        context.out << tr("Dry run: nothing will be written.") << Qt::endl;
        for (const BackupCollectionPlan& c : plan.collections) {
            const QString count = params.schemaOnly ? tr("schema only")
                : c.objects >= 0 ? tr("%Ln object(s)", nullptr, int(std::min<qint64>(c.objects, INT_MAX)))
                                 : tr("objects not yet countable");
            context.out << u"  "_s << c.name << u": "_s << count << Qt::endl;
            for (const BackupTenantPlan& t : c.tenants) {
                const QString what = t.willRead()
                    ? (t.objects >= 0 ? tr("%Ln object(s)", nullptr, int(std::min<qint64>(t.objects, INT_MAX)))
                                      : tr("will be activated"))
                    : tr("skipped (%1)").arg(t.status);
                context.out << u"    "_s << t.name << u": "_s << what << Qt::endl;
            }
        }
        //: %Ln total object count, %1 estimated transfer size, %2 estimated archive size
        context.out << tr("Total: %Ln object(s), about %1 to read, archive about %2.", nullptr,
            int(std::min<qint64>(plan.totalObjects, INT_MAX)))
                           .arg(locale.formattedDataSize(plan.estimatedWireBytes),
                               locale.formattedDataSize(plan.estimatedArchiveBytes))
                    << Qt::endl;
        for (const QString& w : plan.warnings)
            context.out << tr("Warning: %1").arg(w) << Qt::endl;
        return ExitOk;
    }

    const BackupReport report = BackupTask::apply(plan, &sink);
    context.endProgress();
    if (wantJson) {
        context.out << QJsonDocument(ReportJson::toJson(report)).toJson();
        context.out.flush();
    }
    switch (report.outcome) {
    case BackupReport::Outcome::Canceled:
        context.err << tr("Canceled; no archive was written.") << Qt::endl;
        return ExitCanceled;
    case BackupReport::Outcome::Failed:
        context.printError(report.error);
        context.err << tr("No archive was written.") << Qt::endl;
        return ExitFailed;
    case BackupReport::Outcome::Succeeded:
        break;
    }
    if (!wantJson) {
        for (const QString& w : report.warnings)
            context.err << tr("Warning: %1").arg(w) << Qt::endl;
        //: %Ln objects, %1 archive path, %2 archive size, %3 seconds
        context.out << tr(
            "Backed up %Ln object(s) to %1 (%2) in %3 s.", nullptr, int(std::min<qint64>(report.objects, INT_MAX)))
                           .arg(report.archivePath, locale.formattedDataSize(report.archiveBytes),
                               locale.toString(report.durationMs / 1000.0, 'f', 1))
                    << Qt::endl;
    }
    return report.skippedCount() > 0 ? ExitPartial : ExitOk;
}

} // namespace Colvault::Cli
