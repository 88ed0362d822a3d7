// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/OperationProgress.h"
#include "core/WeaviateEndpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QMap>
#include <QTextStream>
#include <atomic>

namespace Colvault::Cli {

// Exit codes of every command (documented in --help and docs/cli.md).
enum ExitCode
{
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitPartial = 3, // finished, but some objects or tenants were skipped or failed
    ExitCanceled = 130, // interrupted with Ctrl+C; cleaned up, nothing half-written left behind
};

// What a command gets: its output streams (swappable in tests) and the global options shared by all commands.
// parse() adds every global option to each command's parser, so any of them may stand before or after any command
// name; a command that needs no server accepts the connection options and ignores them.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err);

    QTextStream& out;
    QTextStream& err;

    // Every global option: -h, the connection options (--url, the API key and header options, TLS, gRPC and
    // --transport, the proxy, --timeout, --retries) and the logging ones (--verbose, --log-file, --lang). The one list;
    // the front door's parser and every command's parser (through parse()) get it.
    void addGlobalOptions(QCommandLineParser& parser) const;
    // The command being run ("backup"), for its --help's usage line.
    void setCommandName(const QString& name) { m_commandName = name; }

    // Adds the global options to a command's parser and parses its arguments. Returns false with *exitCode set after
    // printing the help (ExitOk) or a usage error (ExitUsage). Else reads the logging options and, for a command that
    // talks to a server, the connection options into *endpoint. A command that needs none passes nullptr: connection
    // options given are ignored, and --verbose says so in one line.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode);

    // The value of --lang (or --lang=) anywhere in the arguments, empty when not given. main() reads it before the
    // parsers exist, because their help texts are translated when they are built.
    static QString requestedLanguage(const QStringList& arguments);

    // Ctrl+C: the handler main() installs sets this flag; long commands poll it and cancel cleanly.
    static std::atomic<bool>& interrupted();
    static void installInterruptHandler();

    // Progress on standard error, one line rewritten in place, only when standard error is a terminal
    // (Terminal::stderrIsTerminal(); the command enables it).
    void printProgress(const OperationProgress& progress);
    // That line: the step when the operation names one ("Step 3 of 6: Adding references — …"), where it is, the
    // counts, the rates and the time left.
    static QString progressLine(const OperationProgress& progress);
    void endProgress();
    void setProgressEnabled(bool enabled) { m_progressEnabled = enabled; }

    // The --tenants option of backup, restore, clear and copy: one text for all (names or patterns, TenantSelection).
    static QCommandLineOption tenantsOption();
    // --tenants A,B (for the one collection named) or COLLECTION:A,B, repeatable, into *tenants. Returns false after
    // printing a usage error.
    bool readTenantOptions(
        const QStringList& specs, const QStringList& collections, QMap<QString, QStringList>* tenants);

    // A whole-number option's value from min to max into *value. Returns false after printing `usage`.
    bool readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max,
        const QString& usage, int* value);

    // A key, header or identity file, or standard input for "-" (once per run), at most 64 KiB. Returns false with
    // *error set (the reason, to follow "Cannot read …: ").
    bool readSecretFile(const QString& path, QByteArray* data, QString* error);
    // An archive's passphrase: the one line of the file (its newline removed, nothing else), or standard input for
    // "-". Returns false after printing a usage error naming the file.
    bool readPassphraseFile(const QString& path, QByteArray* passphrase);

    // Prints an OpError as one clear line, and the details on a second line when --verbose is given.
    void printError(const OpError& error);
    // The exit code of a command that failed with `error`: a usage error (also a missing key) is ExitUsage, anything
    // else (also a wrong key, as a refused API key) ExitFailed.
    static int exitCodeOf(const OpError& error) { return error.code == OpError::Code::Usage ? ExitUsage : ExitFailed; }
    bool verbose() const { return m_verbose; }

private:
    bool readLoggingOptions(const QCommandLineParser& parser);
    // Reads them (and WEAVIATE_URL / WEAVIATE_API_KEY). Returns false after printing a usage error.
    bool readConnectionOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    bool readUrl(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    bool readApiKey(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    bool readHeaders(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    bool readGrpcOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    // --proxy, --proxy-user and the password (--proxy-password-file, else $COLVAULT_PROXY_PASSWORD) into
    // endpoint->proxy. Returns false after printing a usage error.
    bool readProxyOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);
    bool readProxyPassword(const QCommandLineParser& parser, ProxySettings* proxy);
    bool readHeaderFile(const QString& path, WeaviateEndpoint* endpoint);
    void noteIgnoredOptions(const QCommandLineParser& parser);
    QList<QCommandLineOption> connectionOptions() const;

    QString m_commandName;
    QCommandLineOption m_help;
    QCommandLineOption m_url;
    QCommandLineOption m_apiKey;
    QCommandLineOption m_apiKeyFile;
    QCommandLineOption m_header;
    QCommandLineOption m_headerFile;
    QCommandLineOption m_headerEnv;
    QCommandLineOption m_insecure;
    QCommandLineOption m_caFile;
    QCommandLineOption m_grpcUrl;
    QCommandLineOption m_grpcPort;
    QCommandLineOption m_transport;
    QCommandLineOption m_proxy;
    QCommandLineOption m_proxyUser;
    QCommandLineOption m_proxyPasswordFile;
    QCommandLineOption m_proxyPassword; // hidden: only there to say where the password goes instead
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_verboseOption;
    QCommandLineOption m_logFileOption;
    QCommandLineOption m_langOption;
    bool m_verbose = false;
    bool m_progressEnabled = false;
    bool m_progressShown = false;
    bool m_stdinRead = false;
};

} // namespace Colvault::Cli
