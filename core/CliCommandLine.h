// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/ClearPlan.h"
#include "core/CopyTask.h"
#include "core/RestorePlan.h"
#include "core/S3Credentials.h"
#include "core/WeaviateEndpoint.h"

#include <QString>
#include <QStringList>
#include <optional>

// The `colvault-cli` command line that does what a dialog or wizard is about to do (as pgAdmin shows the pg_dump
// command it runs), and the undo command of a clear. One builder for every place that prints such a command.
// Secrets never appear: no API key, no header values (they are often vectorizer keys), no proxy password. With
// Secrets::Placeholders a key in use is written `--api-key-file KEY_FILE`, headers `--header-file HEADER_FILE` and a
// proxy password `--proxy-password-file PROXY_PASSWORD_FILE`, for the user to fill in; with Secrets::Left the command
// gives none (the CLI then reads $WEAVIATE_API_KEY and $COLVAULT_PROXY_PASSWORD, as for the undo command the CLI
// prints after a clear). Pure functions, any thread.
// Usage: CliCommandLine::backup(params) for the native shell, or ...Arguments(params) for a QProcess.
namespace Colvault::CliCommandLine {

inline constexpr QStringView program = u"colvault-cli";

enum class Secrets
{
    Placeholders, // --api-key-file KEY_FILE, --header-file HEADER_FILE, --proxy-password-file PROXY_PASSWORD_FILE
    Left, // nothing: the key comes from where it came from before ($WEAVIATE_API_KEY, the same options)
};

inline constexpr QStringView keyFilePlaceholder = u"KEY_FILE";
inline constexpr QStringView headerFilePlaceholder = u"HEADER_FILE";
inline constexpr QStringView proxyPasswordFilePlaceholder = u"PROXY_PASSWORD_FILE";
// The copy's target: its key file (`--to-api-key-file TARGET_KEY_FILE`), and each extra header's value
// (`--to-header 'Name: HEADER_VALUE'`; the CLI takes the target's headers only on the command line).
inline constexpr QStringView targetKeyFilePlaceholder = u"TARGET_KEY_FILE";
inline constexpr QStringView headerValuePlaceholder = u"HEADER_VALUE";
// An encrypted archive's key, never shown: `--identity IDENTITY_FILE` or `--passphrase-file PASSPHRASE_FILE`.
inline constexpr QStringView identityFilePlaceholder = u"IDENTITY_FILE";
inline constexpr QStringView passphraseFilePlaceholder = u"PASSPHRASE_FILE";

enum class Shell
{
    Posix, // sh, bash, zsh: single quotes
    PowerShell, // single quotes, '' inside
    Cmd, // cmd.exe: double quotes, \" inside (the C runtime's argument rules)
};

// The shell a copied command is pasted into on this system: PowerShell on Windows, else a POSIX shell.
Shell nativeShell();

// One argument written so that `shell` passes it through unchanged (bare when nothing in it is special).
QString quote(const QString& argument, Shell shell);
// "colvault-cli" followed by the quoted arguments.
QString join(const QStringList& arguments, Shell shell);

// The arguments after the program name. Connection options (URL without user:password, TLS, the proxy unless it is
// the system's, timeout and retries when not the default) come after the command.
QStringList connectionArguments(const WeaviateEndpoint& endpoint, Secrets secrets = Secrets::Placeholders);
QStringList backupArguments(const BackupParams& params, Secrets secrets = Secrets::Placeholders);
// `yes`: add --yes (and --confirm for replace), so the command runs without asking; else the CLI asks first.
QStringList restoreArguments(const RestoreParams& params, bool yes, Secrets secrets = Secrets::Placeholders);
// Never --yes: a copied clear asks for the typed names again when it is run.
QStringList clearArguments(const ClearParams& params, Secrets secrets = Secrets::Placeholders);
// The source's connection as the global options, the target's as --to-* options (its TLS settings and gRPC
// address; the proxy, timeout and retries are the source's, which the CLI applies to both). `yes` as for restore.
QStringList copyArguments(const CopyParams& params, bool yes, Secrets secrets = Secrets::Placeholders);

// The options that reach s3:// archives as `overrides` do: --s3-endpoint, --s3-region, --s3-profile and
// --s3-path-style (for Path only: the CLI picks path style itself for an IP or localhost endpoint). Never the keys:
// the CLI takes them from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or from the --s3-profile in ~/.aws.
QStringList s3Arguments(const S3Credentials::Overrides& overrides);

QString backup(const BackupParams& params, Shell shell = nativeShell());
QString restore(
    const RestoreParams& params, bool yes, Shell shell = nativeShell(), Secrets secrets = Secrets::Placeholders);
QString clear(const ClearParams& params, Shell shell = nativeShell());
QString copy(const CopyParams& params, bool yes, Shell shell = nativeShell(), Secrets secrets = Secrets::Placeholders);

// The names of --transport ("auto", "rest", "grpc"), also how profiles store the setting. std::nullopt for any other.
QString transportName(WeaviateEndpoint::DataTransport transport);
std::optional<WeaviateEndpoint::DataTransport> transportFromName(const QString& name);

// True when the endpoint has an API key or extra headers, which the command line does not show.
bool hasOmittedSecrets(const WeaviateEndpoint& endpoint);

} // namespace Colvault::CliCommandLine
