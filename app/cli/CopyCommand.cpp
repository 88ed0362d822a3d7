// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/CopyCommand.h"

#include "app/cli/RestoreCommandParts.h"
#include "core/BackupTask.h"
#include "core/CopyArchive.h"
#include "core/RestoreJson.h"
#include "core/S3Archive.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

// RFC 9110 token characters for a header's name; no line break or NUL in anything sent as a header value.
bool isHeaderName(const QString& name)
{
    static const QRegularExpression token(u"^[!#$%&'*+\\-.^_`|~0-9A-Za-z]+$"_s);
    return token.match(name).hasMatch();
}

bool isOneLine(QByteArrayView value)
{
    return !value.contains('\n') && !value.contains('\r') && !value.contains('\0');
}

// A URL as it may be shown: without a password.
QString shownUrl(const QString& text)
{
    const QUrl parsed = QUrl::fromUserInput(text);
    return parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : text.mid(text.lastIndexOf(u'@') + 1);
}

} // namespace

int CopyCommand::run(CliContext& context, const QStringList& arguments)
{
    CopyCommand command(context);
    return command.execute(arguments);
}

CopyCommand::CopyCommand(CliContext& context)
    : OperationCommand(context)
    , m_toUrl(u"to-url"_s, tr("The target server's URL (required)."), u"URL"_s)
    , m_toApiKeyFile(
          u"to-api-key-file"_s, tr("Read the target's API key from this file (\"-\": standard input)."), u"FILE"_s)
    , m_toHeader(u"to-header"_s, tr("Extra HTTP header for the target, e.g. \"X-OpenAI-Api-Key: sk-…\". Repeatable."),
          u"HEADER"_s)
    , m_toCaFile(u"to-ca-file"_s, tr("Trust the CA certificates in this PEM file for the target."), u"FILE"_s)
    , m_toInsecure(u"to-insecure"_s, tr("Do not verify the target's TLS certificate (unsafe)."))
    , m_toGrpcUrl(u"to-grpc-url"_s,
          tr("Address of the target's gRPC API: grpc://HOST:PORT or grpcs://HOST:PORT (default: the target's host, "
             "port 50051)."),
          u"URL"_s)
    , m_toGrpcPort(
          u"to-grpc-port"_s, tr("Port of the target's gRPC API on the target's host (default 50051)."), u"PORT"_s)
    , m_mode(u"mode"_s,
          tr("new (default: the collection must not exist on the target), merge (add missing objects), overwrite "
             "(copied objects replace existing ones), replace (drop the target's collection first)."),
          u"MODE"_s, u"new"_s)
    , m_rename(u"rename"_s, tr("Copy collection OLD as NEW. Repeatable."), u"OLD=NEW"_s)
    , m_archive(u"archive"_s,
          tr("Also write an archive of what is copied, as a backup would write it, in the same pass; it appears "
             "under FILE only once the copy has succeeded and the archive has been verified. A local file (or a folder "
             "for a default "
             "name); .tar.gz, .tar.xz or .tar choose that compression, any other name zstd."),
          u"FILE"_s)
    , m_dryRun(u"dry-run"_s, tr("Show what would be copied; write nothing."))
    , m_json(u"json"_s, RestoreCommandParts::tr("Print one machine-readable JSON report on standard output."))
    , m_yes(u"yes"_s, tr("Do not ask before copying; with --confirm, allows replacing collections."))
    , m_confirm(u"confirm"_s,
          RestoreCommandParts::tr("The exact names of the collections that replace mode drops, comma-separated."),
          u"NAMES"_s)
    , m_aliases(u"aliases"_s,
          tr("keep (default: create the source's aliases of the copied collections on the target) or skip."),
          u"keep|skip"_s, u"keep"_s)
    , m_moveAliases(u"move-aliases"_s,
          RestoreCommandParts::tr("Move aliases that exist on the target and point at other collections."))
    , m_vectors(RestoreCommandParts::vectorsOption())
    , m_vectorizer(RestoreCommandParts::vectorizerOption())
{
    parser().setApplicationDescription(
        tr("Copy collections from the server given by the global options into another server."));
    parser().addOption(m_archive);
    parser().addOptions(m_encryption.options());
    parser().addPositionalArgument(
        u"collections"_s, tr("Collections to copy (default: all on the source server)."), u"[COLLECTION...]"_s);
    parser().addOptions({m_toUrl, m_toApiKeyFile, m_toHeader, m_toCaFile, m_toInsecure, m_toGrpcUrl, m_toGrpcPort,
        m_mode, m_rename, m_dryRun, m_json, m_yes, m_confirm, m_aliases, m_moveAliases});
    parser().addOptions({m_vectors, m_vectorizer});
}

bool CopyCommand::readParams(const QCommandLineParser& parser, CopyParams* params)
{
    RestoreParams& target = params->target;
    target.collections = parser.positionalArguments();
    target.moveAliases = parser.isSet(m_moveAliases);
    if (!readArchive(parser, params))
        return false;
    return readTarget(parser, params->endpoint, &target.endpoint)
        && RestoreCommandParts::readAliases(context().err, parser.value(m_aliases), &target.aliases)
        && RestoreCommandParts::readMode(context().err, parser.value(m_mode), &target.mode)
        && RestoreCommandParts::readRenames(context().err, parser.values(m_rename), &target.rename)
        && RestoreCommandParts::readVectors(
            context().err, parser.value(m_vectors), parser.values(m_vectorizer), &target);
}

// The global options' connection settings (timeouts, retries, proxy, data transport) with the target's own address,
// key, headers and TLS settings.
bool CopyCommand::readTarget(const QCommandLineParser& parser, const WeaviateEndpoint& source, WeaviateEndpoint* target)
{
    *target = source;
    target->apiKey.clear();
    target->extraHeaders.clear();
    target->caFile = parser.value(m_toCaFile);
    target->insecure = parser.isSet(m_toInsecure);
    target->grpcUrl = QUrl();
    target->grpcPort = WeaviateEndpoint().grpcPort;
    if (target->insecure)
        context().err << tr("Warning: TLS certificate verification of the target is off; the connection can be "
                            "intercepted.")
                      << Qt::endl;
    return readTargetUrl(parser, target) && readTargetKey(parser, target) && readTargetHeaders(parser, target)
        && readTargetGrpc(parser, target);
}

bool CopyCommand::readTargetUrl(const QCommandLineParser& parser, WeaviateEndpoint* target)
{
    const QString text = parser.value(m_toUrl);
    if (text.isEmpty()) {
        context().err << tr("No target given: colvault-cli copy [COLLECTION...] --to-url URL.") << Qt::endl;
        return false;
    }
    const QUrl url = QUrl::fromUserInput(text);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty()) {
        context().err << tr("--to-url \"%1\" is not a valid server URL; use http://host:port or https://host.")
                             .arg(shownUrl(text))
                      << Qt::endl;
        return false;
    }
    target->url = url;
    return true;
}

bool CopyCommand::readTargetKey(const QCommandLineParser& parser, WeaviateEndpoint* target)
{
    if (!parser.isSet(m_toApiKeyFile))
        return true;
    const QString path = parser.value(m_toApiKeyFile);
    QByteArray key;
    QString error;
    if (!context().readSecretFile(path, &key, &error)) {
        context().err << tr("Cannot read the target's API key file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    key = key.trimmed(); // the newline an editor or `echo` leaves
    if (key.isEmpty() || !isOneLine(key)) {
        context().err << tr("The target's API key file \"%1\" must hold the key alone, on one line.").arg(path)
                      << Qt::endl;
        return false;
    }
    target->apiKey = key;
    return true;
}

bool CopyCommand::readTargetHeaders(const QCommandLineParser& parser, WeaviateEndpoint* target)
{
    for (const QString& h : parser.values(m_toHeader)) {
        const qsizetype colon = h.indexOf(u':');
        const QString name = colon > 0 ? h.left(colon).trimmed() : QString();
        const QByteArray value = h.mid(colon + 1).trimmed().toUtf8();
        if (!isHeaderName(name) || !isOneLine(value)) {
            // Its first characters only: without a colon there is no telling the name from the secret value.
            const QString shown = h.size() > 4 ? h.left(4) + u'…' : h;
            context().err << tr("--to-header \"%1\" is not of the form \"Name: value\".").arg(shown) << Qt::endl;
            return false;
        }
        target->extraHeaders.append({name.toUtf8(), value});
    }
    return true;
}

bool CopyCommand::readTargetGrpc(const QCommandLineParser& parser, WeaviateEndpoint* target)
{
    if (parser.isSet(m_toGrpcUrl) && parser.isSet(m_toGrpcPort)) {
        context().err << tr("Give either --to-grpc-url or --to-grpc-port, not both.") << Qt::endl;
        return false;
    }
    if (parser.isSet(m_toGrpcPort))
        return context().readNumber(parser, m_toGrpcPort, 1, 65535,
            tr("--to-grpc-port needs a port number from 1 to 65535."), &target->grpcPort);
    if (!parser.isSet(m_toGrpcUrl))
        return true;
    const QUrl url(parser.value(m_toGrpcUrl), QUrl::StrictMode);
    const QStringList schemes {u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s};
    if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme())) {
        context().err << tr("--to-grpc-url \"%1\" is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.")
                             .arg(parser.value(m_toGrpcUrl))
                      << Qt::endl;
        return false;
    }
    target->grpcUrl = url;
    return true;
}

// --archive FILE, or a folder for a default name there (as backup's -o): checked before anything is read.
bool CopyCommand::readArchive(const QCommandLineParser& parser, CopyParams* params)
{
    if (!m_encryption.read(context(), parser, &params->archiveEncryption))
        return false;
    if (!parser.isSet(m_archive) && !params->archiveEncryption.isEmpty()) {
        context().err << tr("--encrypt-to and --passphrase-file encrypt the copy's archive: give --archive FILE too.")
                      << Qt::endl;
        return false;
    }
    if (!parser.isSet(m_archive))
        return true;
    QString path = parser.value(m_archive);
    if (!S3Archive::isS3(path)) {
        if (QFileInfo(path).isDir())
            path = QDir(path).filePath(BackupTask::defaultFileName(
                params->target.collections, ArchiveCompression::Zstd, QDateTime::currentDateTime()));
        path = QFileInfo(path).absoluteFilePath();
    }
    if (const QString why = CopyArchive::checkPath(path, params->archiveEncryption); !why.isEmpty()) {
        context().err << why << Qt::endl;
        return false;
    }
    params->archivePath = path;
    return true;
}

// Decided before planning, which may read whole collections: a script without --yes must not write anything.
bool CopyCommand::mayPlan(const CopyParams& params)
{
    if (dryRun() || parser().isSet(m_yes) || interactive())
        return true;
    if (params.target.mode == RestoreMode::Replace)
        context().err << tr("Not copying: standard input is not a terminal, so nobody can confirm. Run again with "
                            "--yes --confirm NAMES (the collections being replaced), or with --dry-run to see the "
                            "plan.")
                      << Qt::endl;
    else
        context().err << tr("Not copying: standard input is not a terminal, so nobody can confirm. Run again with "
                            "--yes, or with --dry-run to see the plan.")
                      << Qt::endl;
    return false;
}

void CopyCommand::printPlan(QTextStream& out, const CopyPlan& plan) const
{
    //: %1 the source server's URL, %2 the target server's URL
    out << tr("From %1 to %2:").arg(plan.source.redactedUrl(), plan.params.endpoint.redactedUrl()) << Qt::endl;
    RestoreCommandParts::printPlan(out, plan);
    if (!plan.archivePath.isEmpty())
        out << tr("An archive of what is copied will be written to %1 and verified before it gets that name.")
                   .arg(QDir::toNativeSeparators(plan.archivePath))
            << Qt::endl;
    if (!plan.archivePath.isEmpty() && !plan.archiveEncryption.passphrase.isEmpty())
        out << tr("The archive will be encrypted with age and a passphrase.") << Qt::endl;
}

QJsonObject CopyCommand::planJson(const CopyPlan& plan) const
{
    QJsonObject json = RestoreJson::toJson(plan);
    json.insert(u"kind"_s, u"copyPlan"_s);
    json.remove(u"archive"_s);
    json.insert(u"source"_s, plan.source.redactedUrl());
    if (!plan.archivePath.isEmpty())
        json.insert(u"archive"_s, plan.archivePath);
    return json;
}

QJsonObject CopyCommand::reportJson(const CopyReport& report) const
{
    QJsonObject json = RestoreJson::toJson(report);
    json.insert(u"kind"_s, u"copyReport"_s);
    json.insert(u"copied"_s, report.copied);
    if (!report.archivePath.isEmpty())
        json.insert(u"archive"_s,
            QJsonObject {{u"path"_s, report.archivePath}, {u"bytes"_s, report.archiveBytes},
                {u"objects"_s, report.archiveObjects}, {u"verified"_s, true}});
    return json;
}

bool CopyCommand::confirm(CopyPlan* plan)
{
    if (!plan->needsConfirmation.isEmpty())
        return confirmReplace(plan);
    return parser().isSet(m_yes) || askToCopy(*plan);
}

// Replace drops collections on the target: the user names them, typed or with --yes --confirm (like restore).
bool CopyCommand::confirmReplace(CopyPlan* plan)
{
    NameConfirmation c;
    c.names = sortedNames(plan->needsConfirmation);
    const QString names = c.names.join(u", "_s);
    c.prompt = tr("Replace mode deletes %Ln collection(s) on the target with everything in them first: %1. Type "
                  "their names to confirm, separated by commas:",
        nullptr, int(c.names.size()))
                   .arg(names);
    c.refusal = tr("Replace mode deletes %Ln collection(s) on the target first: %1. Confirm with --yes --confirm %2.",
        nullptr, int(c.names.size()))
                    .arg(names, c.names.join(u','));
    c.mismatch = tr("The names given (%1) are not exactly the collections being replaced (%2); nothing was copied.");
    if (!confirmNames(c, [&] { printPlan(context().out, *plan); }))
        return false;
    plan->params.confirmedReplace = plan->needsConfirmation;
    return true;
}

// Without --yes, at a terminal (mayPlan refused everything else): the plan, and a yes or no.
bool CopyCommand::askToCopy(const CopyPlan& plan)
{
    printPlan(context().out, plan);
    return RestoreCommandParts::askYes(
        context(), tr("Copy as planned? [y/N]"), tr("Not confirmed; nothing was copied."));
}

int CopyCommand::finish(const CopyPlan& plan, const CopyReport& report)
{
    if (report.copied && report.outcome != RestoreReport::Outcome::Succeeded)
        return archiveNotWritten(report);
    if (!report.started) { // the archive could not be created: nothing was read or written
        context().printError(report.error);
        context().err << tr("Nothing was copied, and no archive was written.") << Qt::endl;
        return ExitFailed;
    }
    const QLocale locale;
    RestoreCommandParts::EndTexts texts;
    texts.canceled = tr("Canceled after %Ln object(s); the copy is incomplete.", nullptr, int(report.objects));
    // Not merge: it keeps existing objects as they are, so objects written before their references would stay
    // without them. Overwrite writes those again and leaves the complete ones unchanged.
    texts.resumeHint = tr("Run the same copy again with --mode overwrite to complete it.");
    //: %1 objects, %2 references, %3 seconds
    texts.summary = tr("Copied %1 objects and %2 references in %3 s.")
                        .arg(locale.toString(report.objects), locale.toString(report.references),
                            locale.toString(report.durationMs / 1000.0, 'f', 1));
    if (!plan.archivePath.isEmpty())
        texts.resumeHint += u'\n' + tr("No archive was written.");
    const int exitCode = RestoreCommandParts::finish(context(), report, json(), texts);
    if (!report.archivePath.isEmpty() && !json())
        //: %1 the archive's path, %2 its size
        context().out << tr("Archive written and verified: %1 (%2).")
                             .arg(QDir::toNativeSeparators(report.archivePath),
                                 locale.formattedDataSize(report.archiveBytes))
                      << Qt::endl;
    return exitCode;
}

// The copy is complete, but its archive failed to verify or be saved, or the run was canceled while it was.
int CopyCommand::archiveNotWritten(const CopyReport& report)
{
    if (report.outcome == RestoreReport::Outcome::Canceled) {
        context().err << tr("Canceled while the archive was being finished; the copy is complete, but no archive was "
                            "written.")
                      << Qt::endl;
        return ExitCanceled;
    }
    context().printError(report.error);
    context().err << tr("The copy is complete, but no archive was written.") << Qt::endl;
    return ExitFailed;
}

QString CopyCommand::canceledBeforeApplyText() const
{
    return RestoreCommandParts::tr("Canceled; nothing was written.");
}

QString CopyCommand::dryRunText() const
{
    return RestoreCommandParts::tr("Dry run: nothing will be written.");
}

QString CopyCommand::blockedText(int problems) const
{
    return tr("Nothing was copied: the plan has %Ln blocking problem(s).", nullptr, problems);
}

QJsonObject CopyCommand::planFailedJson(const OpError& error) const
{
    return failedReportJson(u"copyReport"_s, error);
}

} // namespace Colvault::Cli
