// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CliCommandLine.h"

#include "core/RestoreTask.h"
#include "core/S3Archive.h"
#include "core/S3Location.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Colvault::CliCommandLine {

namespace {

const WeaviateEndpoint kDefaults;

// The --s3-* options that reach `path` when it is an s3:// location: those registered for its bucket (a storage
// profile of the app) or else the process's own. Never keys: the command takes them from the AWS environment or
// profile, as docs/s3.md says.
void appendS3(QStringList& args, const QString& path)
{
    if (!S3Archive::isS3(path))
        return;
    OpError error;
    const S3Location location = S3Location::parse(path, &error, S3Location::Key::Optional);
    if (!error)
        args += s3Arguments(S3Archive::settingsFor(location.bucket).overrides);
}

// --tenants COLLECTION:A,B for every collection with chosen tenants (an empty list means all of them).
void appendTenants(QStringList& args, const QMap<QString, QStringList>& tenants)
{
    for (auto it = tenants.begin(); it != tenants.end(); ++it)
        if (!it.value().isEmpty())
            args << u"--tenants"_s << it.key() + u':' + it.value().join(u',');
}

// --proxy none, or --proxy URL with --proxy-user; nothing for the system's proxy (the CLI's default).
void appendProxy(QStringList& args, const ProxySettings& proxy, Secrets secrets)
{
    switch (proxy.mode) {
    case ProxySettings::Mode::System:
        return;
    case ProxySettings::Mode::None:
        args << u"--proxy"_s << u"none"_s;
        return;
    case ProxySettings::Mode::Manual:
        break;
    }
    QUrl url = proxy.url;
    url.setUserInfo(QString());
    args << u"--proxy"_s << url.toString(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!proxy.user.isEmpty())
        args << u"--proxy-user"_s << proxy.user;
    if (secrets == Secrets::Placeholders && !proxy.user.isEmpty() && !proxy.password.isEmpty())
        args << u"--proxy-password-file"_s << proxyPasswordFilePlaceholder.toString();
}

// --mode and one --rename OLD=NEW per renamed collection, as restore and copy take them.
void appendModeAndRenames(QStringList& args, const RestoreParams& params)
{
    args << u"--mode"_s << RestoreTask::modeName(params.mode);
    for (auto it = params.rename.begin(); it != params.rename.end(); ++it)
        if (it.key() != it.value())
            args << u"--rename"_s << it.key() + u'=' + it.value();
}

// What the restore does with aliases: --aliases skip, --move-aliases, the side-by-side --as-new [--swap-alias NAME].
void appendRestoreAliases(QStringList& args, const RestoreParams& params)
{
    if (params.aliases == RestoreAliases::Skip)
        args << u"--aliases"_s << u"skip"_s;
    if (params.moveAliases)
        args << u"--move-aliases"_s;
    if (params.asNew)
        args << u"--as-new"_s;
    if (params.asNew && !params.swapAlias.isEmpty())
        args << u"--swap-alias"_s << params.swapAlias;
}

// Re-vectorizing: --vectors omit and each --vectorizer MODULE or NAME=MODULE.
void appendVectors(QStringList& args, const RestoreParams& params)
{
    if (params.vectors == RestoreVectors::Omit)
        args << u"--vectors"_s << u"omit"_s;
    for (auto it = params.vectorizers.begin(); it != params.vectorizers.end(); ++it)
        args << u"--vectorizer"_s << (it.key().isEmpty() ? it.value() : it.key() + u'=' + it.value());
}

// --yes, with the typed names of replace mode as --confirm.
void appendYes(QStringList& args, bool yes, const RestoreParams& params)
{
    if (!yes)
        return;
    args << u"--yes"_s;
    if (params.mode == RestoreMode::Replace && !params.confirmedReplace.isEmpty())
        args << u"--confirm"_s << params.confirmedReplace.join(u',');
}

} // namespace

Shell nativeShell()
{
#if defined(Q_OS_WIN)
    return Shell::PowerShell;
#else
    return Shell::Posix;
#endif
}

QString quote(const QString& argument, Shell shell)
{
    // Characters the shell does not treat specially; anything else is quoted. PowerShell reads "," as an array and
    // "@" as splatting, cmd reads "%" as a variable.
    static const QRegularExpression posixBare(u"^[A-Za-z0-9_./:@%+=,-]+$"_s);
    static const QRegularExpression powerShellBare(u"^[A-Za-z0-9_./:+=-]+$"_s);
    static const QRegularExpression cmdBare(u"^[A-Za-z0-9_./:@+=,-]+$"_s);
    const QRegularExpression& bare = shell == Shell::Posix ? posixBare
        : shell == Shell::PowerShell                       ? powerShellBare
                                                           : cmdBare;
    if (bare.match(argument).hasMatch())
        return argument;
    QString q = argument;
    switch (shell) {
    case Shell::Posix:
        return u"'"_s + q.replace(u"'"_s, u"'\\''"_s) + u"'"_s;
    case Shell::PowerShell:
        // Single quotes are literal in PowerShell; the typographic ones count as quotes too.
        for (const QString& s : {u"'"_s, u"\u2018"_s, u"\u2019"_s, u"\u201A"_s, u"\u201B"_s})
            q.replace(s, s + s);
        return u"'"_s + q + u"'"_s;
    case Shell::Cmd: {
        // The C runtime's rules: backslashes before a quote (or the closing quote) are doubled, quotes escaped.
        QString out = u"\""_s;
        qsizetype backslashes = 0;
        for (const QChar c : std::as_const(q)) {
            if (c == u'\\') {
                ++backslashes;
                continue;
            }
            if (c == u'"')
                out += QString(backslashes * 2 + 1, u'\\') + u'"';
            else
                out += QString(backslashes, u'\\') + c;
            backslashes = 0;
        }
        out += QString(backslashes * 2, u'\\') + u'"';
        // cmd expands %VAR% even inside quotes; ^% does not work there, so the percent sign is left to the user.
        return out;
    }
    }
    return q;
}

QString join(const QStringList& arguments, Shell shell)
{
    QStringList words {program.toString()};
    for (const QString& a : arguments)
        words << quote(a, shell);
    return words.join(u' ');
}

QStringList connectionArguments(const WeaviateEndpoint& endpoint, Secrets secrets)
{
    QStringList args {u"--url"_s, endpoint.redactedUrl()};
    if (secrets == Secrets::Placeholders && !endpoint.apiKey.isEmpty())
        args << u"--api-key-file"_s << keyFilePlaceholder.toString();
    if (secrets == Secrets::Placeholders && !endpoint.extraHeaders.isEmpty())
        args << u"--header-file"_s << headerFilePlaceholder.toString();
    if (endpoint.insecure)
        args << u"--insecure"_s;
    if (!endpoint.caFile.isEmpty())
        args << u"--ca-file"_s << endpoint.caFile;
    appendProxy(args, endpoint.proxy, secrets);
    if (!endpoint.grpcUrl.isEmpty())
        args << u"--grpc-url"_s << endpoint.grpcUrl.toString();
    else if (endpoint.grpcPort != kDefaults.grpcPort)
        args << u"--grpc-port"_s << QString::number(endpoint.grpcPort);
    if (endpoint.dataTransport != kDefaults.dataTransport)
        args << u"--transport"_s << transportName(endpoint.dataTransport);
    if (endpoint.transferTimeoutMs != kDefaults.transferTimeoutMs)
        args << u"--timeout"_s << QString::number(std::max(1, endpoint.transferTimeoutMs / 1000));
    if (endpoint.maxRetries != kDefaults.maxRetries)
        args << u"--retries"_s << QString::number(endpoint.maxRetries);
    return args;
}

QString transportName(WeaviateEndpoint::DataTransport transport)
{
    switch (transport) {
    case WeaviateEndpoint::DataTransport::Rest:
        return u"rest"_s;
    case WeaviateEndpoint::DataTransport::Grpc:
        return u"grpc"_s;
    case WeaviateEndpoint::DataTransport::Auto:
        break;
    }
    return u"auto"_s;
}

std::optional<WeaviateEndpoint::DataTransport> transportFromName(const QString& name)
{
    for (auto t : {WeaviateEndpoint::DataTransport::Auto, WeaviateEndpoint::DataTransport::Rest,
             WeaviateEndpoint::DataTransport::Grpc})
        if (name == transportName(t))
            return t;
    return std::nullopt;
}

QStringList backupArguments(const BackupParams& params, Secrets secrets)
{
    const BackupParams defaults;
    QStringList args {u"backup"_s};
    args << params.collections;
    args << u"--output"_s << params.destination;
    if (params.schemaOnly)
        args << u"--schema-only"_s;
    if (!params.includeVectors)
        args << u"--no-vectors"_s;
    appendTenants(args, params.tenants);
    if (params.activateTenants)
        args << u"--activate-tenants"_s;
    if (params.compression != defaults.compression)
        args << u"--compression"_s << compressionName(params.compression);
    if (params.compressionLevel >= 0 && params.compression != ArchiveCompression::None)
        args << u"--level"_s << QString::number(params.compressionLevel);
    if (params.pageSize != defaults.pageSize)
        args << u"--page-size"_s << QString::number(params.pageSize);
    appendS3(args, params.destination);
    return args + connectionArguments(params.endpoint, secrets);
}

QStringList restoreArguments(const RestoreParams& params, bool yes, Secrets secrets)
{
    const RestoreParams defaults;
    QStringList args {u"restore"_s, params.archivePath};
    args << params.collections;
    appendModeAndRenames(args, params);
    appendTenants(args, params.tenants);
    if (params.schemaOnly)
        args << u"--schema-only"_s;
    if (params.vectorizerNone)
        args << u"--vectorizer-none"_s;
    appendVectors(args, params);
    if (params.replicationFactor > 0)
        args << u"--replication-factor"_s << QString::number(params.replicationFactor);
    if (params.batchSize != defaults.batchSize)
        args << u"--batch-size"_s << QString::number(params.batchSize);
    if (params.concurrency != defaults.concurrency)
        args << u"--concurrency"_s << QString::number(params.concurrency);
    appendRestoreAliases(args, params);
    if (secrets == Secrets::Placeholders && !params.decryption.identities.isEmpty())
        args << u"--identity"_s << identityFilePlaceholder.toString();
    if (secrets == Secrets::Placeholders && !params.decryption.passphrase.isEmpty())
        args << u"--passphrase-file"_s << passphraseFilePlaceholder.toString();
    appendS3(args, params.archivePath);
    args += connectionArguments(params.endpoint, secrets);
    appendYes(args, yes, params);
    return args;
}

QStringList clearArguments(const ClearParams& params, Secrets secrets)
{
    QStringList args {u"clear"_s};
    args << params.collections;
    appendTenants(args, params.tenants);
    if (params.method == ClearMethod::Drop)
        args << u"--drop"_s;
    else if (params.method == ClearMethod::Recreate)
        args << u"--recreate"_s;
    if (params.noBackup)
        args << u"--no-backup"_s;
    else if (!params.backupPath.isEmpty())
        args << u"--backup-to"_s << params.backupPath;
    if (!params.noBackup)
        appendS3(args, params.backupPath);
    return args + connectionArguments(params.endpoint, secrets);
}

QStringList copyArguments(const CopyParams& params, bool yes, Secrets secrets)
{
    const RestoreParams& target = params.target;
    const WeaviateEndpoint& to = target.endpoint;
    QStringList args {u"copy"_s};
    args << target.collections;
    args << u"--to-url"_s << to.redactedUrl();
    if (secrets == Secrets::Placeholders && !to.apiKey.isEmpty())
        args << u"--to-api-key-file"_s << targetKeyFilePlaceholder.toString();
    if (secrets == Secrets::Placeholders)
        for (const auto& header : to.extraHeaders)
            args << u"--to-header"_s << QString::fromUtf8(header.first) + u": "_s + headerValuePlaceholder.toString();
    if (!to.caFile.isEmpty())
        args << u"--to-ca-file"_s << to.caFile;
    if (to.insecure)
        args << u"--to-insecure"_s;
    if (!to.grpcUrl.isEmpty())
        args << u"--to-grpc-url"_s << to.grpcUrl.toString();
    else if (to.grpcPort != kDefaults.grpcPort)
        args << u"--to-grpc-port"_s << QString::number(to.grpcPort);
    appendModeAndRenames(args, target);
    appendVectors(args, target);
    if (!params.archivePath.isEmpty())
        args << u"--archive"_s << params.archivePath;
    args += connectionArguments(params.endpoint, secrets);
    appendYes(args, yes, target);
    return args;
}

QStringList s3Arguments(const S3Credentials::Overrides& o)
{
    QStringList args;
    if (!o.endpoint.isEmpty())
        args << u"--s3-endpoint"_s << o.endpoint.toString();
    if (!o.region.isEmpty())
        args << u"--s3-region"_s << o.region;
    if (!o.profile.isEmpty())
        args << u"--s3-profile"_s << o.profile;
    if (o.pathStyle == S3PathStyle::Path)
        args << u"--s3-path-style"_s;
    return args;
}

QString backup(const BackupParams& params, Shell shell)
{
    return join(backupArguments(params), shell);
}

QString restore(const RestoreParams& params, bool yes, Shell shell, Secrets secrets)
{
    return join(restoreArguments(params, yes, secrets), shell);
}

QString clear(const ClearParams& params, Shell shell)
{
    return join(clearArguments(params), shell);
}

QString copy(const CopyParams& params, bool yes, Shell shell, Secrets secrets)
{
    return join(copyArguments(params, yes, secrets), shell);
}

bool hasOmittedSecrets(const WeaviateEndpoint& endpoint)
{
    return !endpoint.apiKey.isEmpty() || !endpoint.extraHeaders.isEmpty();
}

} // namespace Colvault::CliCommandLine
