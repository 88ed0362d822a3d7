// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/ArchiveCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/Terminal.h"
#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

// Parses `COMMAND FILE [--json]`; returns the file or an empty string after printing a usage error (exit code in
// *exitCode, also for --help).
QString parseFileCommand(
    CliContext& context, const QStringList& arguments, const QString& description, bool* json, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"file"_s, ArchiveCommands::tr("The archive."), u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        ArchiveCommands::tr("Print one machine-readable JSON report on standard "
                            "output."));
    parser.addOption(jsonOption);
    // No server: the connection options are accepted (scripts give them to every command) and ignored.
    if (!context.parse(parser, arguments, nullptr, exitCode))
        return {};
    if (parser.positionalArguments().size() != 1) {
        context.err << ArchiveCommands::tr("Give exactly one archive file.") << Qt::endl;
        *exitCode = ExitUsage;
        return {};
    }
    *json = parser.isSet(jsonOption);
    return parser.positionalArguments().constFirst();
}

QJsonArray countsJson(const QList<ArchiveTrailer::Counts>& counts)
{
    QJsonArray out;
    for (const auto& c : counts) {
        QJsonObject o {{u"collection"_s, c.collection}, {u"objects"_s, c.objects}, {u"vectors"_s, c.vectors},
            {u"segments"_s, c.segments}};
        if (!c.tenant.isEmpty())
            o.insert(u"tenant"_s, c.tenant);
        out.append(o);
    }
    return out;
}

} // namespace

int ArchiveCommands::inspect(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const QString file = parseFileCommand(context, arguments,
        tr("Show an archive's manifest, collections and tenants (reads only its head)."), &json, &exitCode);
    if (file.isEmpty())
        return exitCode;

    ArchiveInspection inspection;
    const OpError error = ArchiveInspector::inspect(file, &inspection);
    if (error) {
        if (json)
            context.out << QJsonDocument(
                QJsonObject {{u"kind"_s, u"inspection"_s}, {u"error"_s, ReportJson::toJson(error)}})
                               .toJson();
        context.printError(error);
        return ExitFailed;
    }
    const ArchiveManifest& m = inspection.manifest;
    if (json) {
        QJsonArray collections;
        for (const auto& c : inspection.collections) {
            QJsonArray tenants;
            for (const ArchiveTenant& t : c.tenants)
                tenants.append(QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, t.activityStatus}});
            QJsonObject o {{u"name"_s, c.name}, {u"multiTenant"_s, c.multiTenant},
                {u"class"_s, QJsonDocument::fromJson(c.classJson).object()}};
            if (c.multiTenant)
                o.insert(u"tenants"_s, tenants);
            collections.append(o);
        }
        context.out << QJsonDocument(
            QJsonObject {
                {u"kind"_s, u"inspection"_s},
                {u"file"_s, file},
                {u"fileSize"_s, inspection.fileSize},
                {u"compression"_s, inspection.compression ? compressionName(*inspection.compression) : QString()},
                {u"manifest"_s, QJsonDocument::fromJson(m.toJson()).object()},
                {u"collections"_s, collections},
            })
                           .toJson();
        context.out.flush();
        return ExitOk;
    }
    const QLocale locale;
    context.out << tr("Archive: %1 (%2)").arg(file, locale.formattedDataSize(inspection.fileSize)) << Qt::endl;
    context.out << tr("Created: %1 by Colvault %2")
                       .arg(locale.toString(m.createdAt.toLocalTime(), QLocale::LongFormat), m.toolVersion)
                << Qt::endl;
    context.out << tr("Source: %1 (Weaviate %2)").arg(m.sourceUrl.toString(), m.serverVersion) << Qt::endl;
    if (m.options.value(u"schemaOnly"_s).toBool())
        context.out << tr("Schema only: the archive holds no objects.") << Qt::endl;
    context.out << tr("%Ln collection(s):", nullptr, int(inspection.collections.size())) << Qt::endl;
    for (const auto& c : inspection.collections) {
        if (c.multiTenant)
            context.out << u"  "_s << tr("%1 (multi-tenant, %Ln tenant(s))", nullptr, int(c.tenants.size())).arg(c.name)
                        << Qt::endl;
        else
            context.out << u"  "_s << c.name << Qt::endl;
        for (const ArchiveTenant& t : c.tenants)
            context.out << u"    "_s << t.name << u" ("_s << t.activityStatus << u")"_s << Qt::endl;
    }
    return ExitOk;
}

int ArchiveCommands::verify(CliContext& context, const QStringList& arguments)
{
    bool json = false;
    int exitCode = ExitOk;
    const QString file = parseFileCommand(context, arguments,
        tr("Read a whole archive and check every checksum, count and vector length."), &json, &exitCode);
    if (file.isEmpty())
        return exitCode;

    context.setProgressEnabled(!json && Terminal::stderrIsTerminal());
    ArchiveVerification result;
    ArchiveVerifier::Options options;
    options.progress = [&](qint64 done, qint64 total) {
        OperationProgress p;
        const QLocale locale;
        //: Progress of reading an archive: %1 bytes read so far, %2 the file size
        p.text = tr("Verified %1 of %2").arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        context.printProgress(p);
        return !CliContext::interrupted().load();
    };
    const OpError error = ArchiveVerifier::verify(file, &result, options);
    context.endProgress();
    if (result.canceled) {
        context.err << tr("Canceled.") << Qt::endl;
        return ExitCanceled;
    }

    QJsonArray problems;
    for (const auto& p : result.problems)
        problems.append(QJsonObject {{u"entry"_s, p.entry}, {u"message"_s, p.message}, {u"details"_s, p.details}});
    const bool ok = !error && result.ok();
    if (json) {
        QJsonObject o {{u"kind"_s, u"verification"_s}, {u"file"_s, file}, {u"ok"_s, ok},
            {u"complete"_s, result.hasTrailer}, {u"entries"_s, result.entries},
            {u"uncompressedBytes"_s, result.uncompressedBytes}, {u"counts"_s, countsJson(result.counts)},
            {u"problems"_s, problems}};
        if (error)
            o.insert(u"error"_s, ReportJson::toJson(error));
        context.out << QJsonDocument(o).toJson();
        context.out.flush();
    }
    if (error) {
        context.printError(error);
        return ExitFailed;
    }
    if (!json) {
        for (const auto& p : result.problems) {
            context.err << (p.entry.isEmpty() ? p.message : tr("%1: %2").arg(p.entry, p.message)) << Qt::endl;
            if (context.verbose() && !p.details.isEmpty())
                context.err << u"  "_s << p.details << Qt::endl;
        }
        // The verifier lists a missing trailer as a problem itself; say it here only when nothing else was said.
        if (!result.hasTrailer && result.problems.isEmpty())
            context.err << tr("The archive is incomplete: it has no valid trailer.") << Qt::endl;
        if (ok) {
            qint64 objects = 0;
            for (const auto& c : result.counts)
                objects += c.objects;
            context.out << tr("The archive is complete and intact: %1 entries, %2 objects.")
                               .arg(QLocale().toString(result.entries), QLocale().toString(objects))
                        << Qt::endl;
        }
    }
    return ok ? ExitOk : ExitFailed;
}

} // namespace Colvault::Cli
