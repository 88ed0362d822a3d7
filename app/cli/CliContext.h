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
enum ExitCode {
    ExitOk = 0,
    ExitFailed = 1,
    ExitUsage = 2,
    ExitPartial = 3, // finished, but some objects or tenants were skipped or failed
    ExitCanceled = 130, // interrupted with Ctrl+C; cleaned up, nothing half-written left behind
};

// What a command gets: its output streams (swappable in tests) and the connection options shared by all commands.
// The options are registered on each command's parser so they may stand before or after the command name.
class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QTextStream& out, QTextStream& err);

    QTextStream& out;
    QTextStream& err;

    // --url, --api-key, --header, --insecure, --ca-file, --timeout, --retries, and the logging options
    void addConnectionOptions(QCommandLineParser& parser) const;
    // -h/--help, with a description of ours: Qt's own ("Displays help on commandline options.") is missing from
    // several of Qt's translations, and --help-all would list Qt's internal options.
    void addHelpOption(QCommandLineParser& parser) const;
    // --verbose, --log-file, --lang (also on the commands that need no server)
    void addLoggingOptions(QCommandLineParser& parser) const;
    bool readLoggingOptions(const QCommandLineParser& parser);

    // Reads them (and WEAVIATE_URL / WEAVIATE_API_KEY). Returns false after printing a usage error.
    bool readConnectionOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint);

    // The value of --lang (or --lang=) anywhere in the arguments, empty when not given. main() reads it before the
    // parsers exist, because their help texts are translated when they are built.
    static QString requestedLanguage(const QStringList& arguments);

    // Ctrl+C: the handler main() installs sets this flag; long commands poll it and cancel cleanly.
    static std::atomic<bool>& interrupted();
    static void installInterruptHandler();

    // Progress on standard error, one line rewritten in place, only when standard error is a terminal.
    void printProgress(const OperationProgress& progress);
    void endProgress();
    void setProgressEnabled(bool enabled) { m_progressEnabled = enabled; }
    static bool stderrIsTerminal();

    // --tenants A,B (for the one collection named) or COLLECTION:A,B, repeatable, into *tenants. Returns false after
    // printing a usage error.
    bool readTenantOptions(const QStringList& specs, const QStringList& collections,
                           QMap<QString, QStringList>* tenants);

    // Prints an OpError as one clear line, and the details on a second line when --verbose is given.
    void printError(const OpError& error);
    bool verbose() const { return m_verbose; }

private:
    QCommandLineOption m_url;
    QCommandLineOption m_apiKey;
    QCommandLineOption m_header;
    QCommandLineOption m_insecure;
    QCommandLineOption m_caFile;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_verboseOption;
    QCommandLineOption m_logFileOption;
    QCommandLineOption m_langOption;
    bool m_verbose = false;
    bool m_progressEnabled = false;
    bool m_progressShown = false;
};

} // namespace Colvault::Cli
