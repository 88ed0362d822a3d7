// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/BackupCommand.h"

#include "core/ReportJson.h"
#include "core/S3Archive.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

int BackupCommand::run(CliContext& context, const QStringList& arguments)
{
    BackupCommand command(context);
    return command.execute(arguments);
}

BackupCommand::BackupCommand(CliContext& context)
    : OperationCommand(context)
    , m_output({u"o"_s, u"output"_s},
          tr("Archive file to write, or a folder to write a default-named archive into; also s3://BUCKET/KEY, or "
             "s3://BUCKET/PREFIX/ for a default-named archive."),
          u"FILE"_s)
    , m_schemaOnly(u"schema-only"_s, tr("Save schemas and tenants, no objects."))
    , m_noVectors(u"no-vectors"_s, tr("Leave vectors out (objects only)."))
    , m_tenants(CliContext::tenantsOption())
    , m_activate(u"activate-tenants"_s, tr("Activate inactive (COLD) tenants for the backup and put them back after."))
    , m_compression(u"compression"_s, tr("zstd (default), gzip, xz or none."), u"KIND"_s, u"zstd"_s)
    , m_level(
          u"level"_s, tr("Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6)."), u"N"_s)
    , m_pageSize(u"page-size"_s, tr("Objects per request (1-10000, default 500)."), u"N"_s, u"500"_s)
    , m_dryRun(u"dry-run"_s, tr("Show what would be backed up; write nothing."))
    , m_json(u"json"_s, tr("Print one machine-readable JSON report on standard output."))
{
    parser().setApplicationDescription(tr("Back up collections into one compressed archive."));
    parser().addPositionalArgument(
        u"collections"_s, tr("Collections to back up (default: all)."), u"[COLLECTION...]"_s);
    parser().addOptions({m_output, m_schemaOnly, m_noVectors, m_tenants, m_activate, m_compression, m_level, m_pageSize,
        m_dryRun, m_json});
    parser().addOptions(m_encryption.options());
    parser().addOptions(m_s3.options());
}

bool BackupCommand::readParams(const QCommandLineParser& parser, BackupParams* params)
{
    params->collections = parser.positionalArguments();
    params->schemaOnly = parser.isSet(m_schemaOnly);
    params->includeVectors = !parser.isSet(m_noVectors);
    params->activateTenants = parser.isSet(m_activate);
    if (!readCompression(parser, params))
        return false;
    if (!context().readNumber(
            parser, m_pageSize, 1, 10000, tr("--page-size must be a number from 1 to 10000."), &params->pageSize))
        return false;
    return context().readTenantOptions(parser.values(m_tenants), params->collections, &params->tenants)
        && m_encryption.read(context(), parser, &params->encryption) && readDestination(parser, params);
}

bool BackupCommand::readCompression(const QCommandLineParser& parser, BackupParams* params)
{
    const auto kind = compressionFromName(parser.value(m_compression));
    if (!kind) {
        context().err << tr("Unknown compression \"%1\"; use zstd, gzip, xz or none.").arg(parser.value(m_compression))
                      << Qt::endl;
        return false;
    }
    params->compression = *kind;
    if (!parser.isSet(m_level))
        return true;
    bool ok = false;
    params->compressionLevel = parser.value(m_level).toInt(&ok);
    const int max = *kind == ArchiveCompression::Zstd ? 19 : 9;
    const int min = *kind == ArchiveCompression::Xz ? 0 : 1;
    if (!ok || *kind == ArchiveCompression::None || params->compressionLevel < min || params->compressionLevel > max) {
        context().err << tr("--level must be %1 to %2 for %3.").arg(min).arg(max).arg(compressionName(*kind))
                      << Qt::endl;
        return false;
    }
    return true;
}

// -o FILE, or -o DIR or s3://BUCKET/PREFIX/ for a default-named archive there (BackupTask names it). A dry run needs
// none: its destination is only a name.
bool BackupCommand::readDestination(const QCommandLineParser& parser, BackupParams* params)
{
    const QString out = parser.value(m_output);
    if (out.isEmpty() && !dryRun()) {
        context().err << tr("No archive given: use -o FILE (or --dry-run to only see the plan).") << Qt::endl;
        return false;
    }
    int exitCode = ExitUsage;
    if (!m_s3.read(context(), parser, out, &exitCode))
        return false;
    params->destination = out.isEmpty() ? QDir::current().filePath(u"dry-run"_s) : out;
    if (!S3Archive::isS3(params->destination))
        params->destination = QFileInfo(params->destination).absoluteFilePath();
    return true;
}

void BackupCommand::printPlan(QTextStream& out, const BackupPlan& plan) const
{
    for (const BackupCollectionPlan& c : plan.collections) {
        const QString count = plan.params.schemaOnly ? tr("schema only")
            : c.objects >= 0 ? tr("%Ln object(s)", nullptr, int(std::min<qint64>(c.objects, INT_MAX)))
                             : tr("objects not yet countable");
        out << u"  "_s << c.name << u": "_s << count << Qt::endl;
        for (const BackupTenantPlan& t : c.tenants) {
            const QString what = t.willRead()
                ? (t.objects >= 0 ? tr("%Ln object(s)", nullptr, int(std::min<qint64>(t.objects, INT_MAX)))
                                  : tr("will be activated"))
                : tr("skipped (%1)").arg(t.status);
            out << u"    "_s << t.name << u": "_s << what << Qt::endl;
        }
    }
    const QLocale locale;
    //: %Ln total object count, %1 estimated transfer size, %2 estimated archive size
    out << tr("Total: %Ln object(s), about %1 to read, archive about %2.", nullptr,
        int(std::min<qint64>(plan.totalObjects, INT_MAX)))
               .arg(locale.formattedDataSize(plan.estimatedWireBytes),
                   locale.formattedDataSize(plan.estimatedArchiveBytes))
        << Qt::endl;
    const AgeEncryptionKeys& keys = plan.params.encryption;
    if (!keys.recipients.isEmpty())
        out << tr("The archive will be encrypted with age to %Ln recipient(s).", nullptr, int(keys.recipients.size()))
            << Qt::endl;
    else if (!keys.passphrase.isEmpty())
        out << tr("The archive will be encrypted with age and a passphrase.") << Qt::endl;
    for (const QString& w : plan.warnings)
        out << tr("Warning: %1").arg(w) << Qt::endl;
}

QJsonObject BackupCommand::planJson(const BackupPlan& plan) const
{
    return ReportJson::toJson(plan);
}

QJsonObject BackupCommand::reportJson(const BackupReport& report) const
{
    return ReportJson::toJson(report);
}

int BackupCommand::finish(const BackupPlan& /*plan*/, const BackupReport& report)
{
    switch (report.outcome) {
    case BackupReport::Outcome::Canceled:
        context().err << tr("Canceled; no archive was written.") << Qt::endl;
        return ExitCanceled;
    case BackupReport::Outcome::Failed:
        context().printError(report.error);
        context().err << tr("No archive was written.") << Qt::endl;
        return ExitFailed;
    case BackupReport::Outcome::Succeeded:
        break;
    }
    if (!json()) {
        for (const QString& w : report.warnings)
            context().err << tr("Warning: %1").arg(w) << Qt::endl;
        const QLocale locale;
        //: %Ln objects, %1 archive path, %2 archive size, %3 seconds
        context().out << tr(
            "Backed up %Ln object(s) to %1 (%2) in %3 s.", nullptr, int(std::min<qint64>(report.objects, INT_MAX)))
                             .arg(report.archivePath, locale.formattedDataSize(report.archiveBytes),
                                 locale.toString(report.durationMs / 1000.0, 'f', 1))
                      << Qt::endl;
    }
    return report.skippedCount() > 0 ? ExitPartial : ExitOk;
}

QString BackupCommand::canceledBeforeApplyText() const
{
    return tr("Canceled; nothing was written.");
}

QString BackupCommand::dryRunText() const
{
    return tr("Dry run: nothing will be written.");
}

QJsonObject BackupCommand::planFailedJson(const OpError& error) const
{
    return failedReportJson(u"backupReport"_s, error);
}

} // namespace Colvault::Cli
