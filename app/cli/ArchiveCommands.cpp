// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/ArchiveCommands.h"

#include "app/cli/CliContext.h"
#include "app/cli/KeyOptions.h"
#include "app/cli/S3Options.h"
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

struct FileCommand
{
    QString file;
    bool json = false;
    AgeDecryptionKeys keys;
};

// Parses `COMMAND FILE [--json] [--identity FILE]... [--passphrase-file FILE]`; returns false after printing the
// help or a usage error (exit code in *exitCode).
bool parseFileCommand(
    CliContext& context, const QStringList& arguments, const QString& description, FileCommand* command, int* exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"file"_s, ArchiveCommands::tr("The archive: a file or s3://BUCKET/KEY."), u"FILE"_s);
    const QCommandLineOption jsonOption(u"json"_s,
        ArchiveCommands::tr("Print one machine-readable JSON report on standard "
                            "output."));
    parser.addOption(jsonOption);
    const DecryptionOptions keyOptions;
    parser.addOptions(keyOptions.options());
    const S3Options s3Options;
    parser.addOptions(s3Options.options());
    // No server: the connection options are accepted (scripts give them to every command) and ignored.
    if (!context.parse(parser, arguments, nullptr, exitCode))
        return false;
    *exitCode = ExitUsage;
    if (parser.positionalArguments().size() != 1) {
        context.err << ArchiveCommands::tr("Give exactly one archive file.") << Qt::endl;
        return false;
    }
    command->json = parser.isSet(jsonOption);
    command->file = parser.positionalArguments().constFirst();
    return s3Options.read(context, parser, command->file, exitCode)
        && keyOptions.read(context, parser, command->file, &command->keys);
}

QString encryptionName(ArchiveReader::Encryption encryption)
{
    switch (encryption) {
    case ArchiveReader::Encryption::Recipients:
        return u"recipients"_s;
    case ArchiveReader::Encryption::Passphrase:
        return u"passphrase"_s;
    case ArchiveReader::Encryption::None:
        break;
    }
    return u"none"_s;
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

QJsonObject inspectionJson(const QString& file, const ArchiveInspection& inspection)
{
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
    return QJsonObject {
        {u"kind"_s, u"inspection"_s},
        {u"file"_s, file},
        {u"fileSize"_s, inspection.fileSize},
        {u"compression"_s, inspection.compression ? compressionName(*inspection.compression) : QString()},
        {u"encryption"_s, encryptionName(inspection.encryption)},
        {u"manifest"_s, QJsonDocument::fromJson(inspection.manifest.toJson()).object()},
        {u"collections"_s, collections},
    };
}

void printAliases(QTextStream& out, const AliasRecord& record)
{
    switch (record.state) {
    case AliasRecord::State::NotRecorded:
        out << ArchiveCommands::tr("Aliases: not recorded (the archive is older than alias support).") << Qt::endl;
        return;
    case AliasRecord::State::Unsupported:
        out << ArchiveCommands::tr("Aliases: none recorded, the source server had no aliases (Weaviate before 1.32).")
            << Qt::endl;
        return;
    case AliasRecord::State::Recorded:
        break;
    }
    if (record.aliases.isEmpty()) {
        out << ArchiveCommands::tr("Aliases: none.") << Qt::endl;
        return;
    }
    out << ArchiveCommands::tr("%Ln alias(es):", nullptr, int(record.aliases.size())) << Qt::endl;
    for (const CollectionAlias& a : record.aliases)
        //: %1 alias name, %2 the collection it points at
        out << u"  "_s << ArchiveCommands::tr("%1 -> %2").arg(a.alias, a.collection) << Qt::endl;
}

void printInspection(QTextStream& out, const QString& file, const ArchiveInspection& inspection)
{
    const ArchiveManifest& m = inspection.manifest;
    const QLocale locale;
    out << ArchiveCommands::tr("Archive: %1 (%2)").arg(file, locale.formattedDataSize(inspection.fileSize)) << Qt::endl;
    if (inspection.encryption == ArchiveReader::Encryption::Recipients)
        out << ArchiveCommands::tr("Encrypted with age to public keys (recipients).") << Qt::endl;
    else if (inspection.encryption == ArchiveReader::Encryption::Passphrase)
        out << ArchiveCommands::tr("Encrypted with age and a passphrase.") << Qt::endl;
    out << ArchiveCommands::tr("Created: %1 by Colvault %2")
               .arg(locale.toString(m.createdAt.toLocalTime(), QLocale::LongFormat), m.toolVersion)
        << Qt::endl;
    out << ArchiveCommands::tr("Source: %1 (Weaviate %2)").arg(m.sourceUrl.toString(), m.serverVersion) << Qt::endl;
    if (m.options.value(u"schemaOnly"_s).toBool())
        out << ArchiveCommands::tr("Schema only: the archive holds no objects.") << Qt::endl;
    out << ArchiveCommands::tr("%Ln collection(s):", nullptr, int(inspection.collections.size())) << Qt::endl;
    for (const auto& c : inspection.collections) {
        if (c.multiTenant)
            out << u"  "_s
                << ArchiveCommands::tr("%1 (multi-tenant, %Ln tenant(s))", nullptr, int(c.tenants.size())).arg(c.name)
                << Qt::endl;
        else
            out << u"  "_s << c.name << Qt::endl;
        for (const ArchiveTenant& t : c.tenants)
            out << u"    "_s << t.name << u" ("_s << t.activityStatus << u")"_s << Qt::endl;
    }
    printAliases(out, m.aliases);
}

} // namespace

int ArchiveCommands::inspect(CliContext& context, const QStringList& arguments)
{
    FileCommand command;
    int exitCode = ExitOk;
    if (!parseFileCommand(context, arguments,
            tr("Show an archive's manifest, collections and tenants (reads only its head)."), &command, &exitCode))
        return exitCode;

    ArchiveInspection inspection;
    const OpError error = ArchiveInspector::inspect(command.file, &inspection, command.keys);
    if (error) {
        if (command.json)
            context.out << QJsonDocument(
                QJsonObject {{u"kind"_s, u"inspection"_s}, {u"error"_s, ReportJson::toJson(error)}})
                               .toJson();
        context.printError(error);
        return CliContext::exitCodeOf(error);
    }
    if (command.json) {
        context.out << QJsonDocument(inspectionJson(command.file, inspection)).toJson();
        context.out.flush();
        return ExitOk;
    }
    printInspection(context.out, command.file, inspection);
    return ExitOk;
}

int ArchiveCommands::verify(CliContext& context, const QStringList& arguments)
{
    FileCommand command;
    int exitCode = ExitOk;
    if (!parseFileCommand(context, arguments,
            tr("Read a whole archive and check every checksum, count and vector length."), &command, &exitCode))
        return exitCode;
    const QString& file = command.file;
    const bool json = command.json;

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
    options.keys = command.keys;
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
        return CliContext::exitCodeOf(error);
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
