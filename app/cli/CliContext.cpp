// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/CliContext.h"

#include "core/CliCommandLine.h"
#include "core/Logging.h"
#include "core/ProxyAddress.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QLoggingCategory>
#include <QMutex>
#include <climits>
#include <csignal>
#include <cstdio>
#include <mutex>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

std::atomic<bool>& CliContext::interrupted()
{
    static std::atomic<bool> flag {false};
    return flag;
}

void CliContext::installInterruptHandler()
{
    std::signal(SIGINT, [](int) { interrupted().store(true); });
#ifdef SIGTERM
    std::signal(SIGTERM, [](int) { interrupted().store(true); });
#endif
}

QString CliContext::progressLine(const OperationProgress& p)
{
    const QLocale locale;
    const QString where = p.tenant.isEmpty() ? p.collection : p.collection + u'/' + p.tenant;
    QString line;
    if (p.collection.isEmpty() && !p.text.isEmpty())
        line = p.text == p.step ? QString() : p.text; // a step just begun: its name is said once, below
    else if (p.objectsTotal > 0)
        //: Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate
        line = tr("%1  %2 of %3 objects  %4 objects/s  %5/s")
                   .arg(where, locale.toString(p.objectsDone), locale.toString(p.objectsTotal),
                       locale.toString(qint64(p.objectsPerSecond)), locale.formattedDataSize(qint64(p.bytesPerSecond)));
    else
        line = tr("%1  %2 objects  %3 objects/s  %4/s")
                   .arg(where, locale.toString(p.objectsDone), locale.toString(qint64(p.objectsPerSecond)),
                       locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.etaMs >= 0) {
        const qint64 s = p.etaMs / 1000;
        //: Estimated time left, as h:mm:ss
        const QString left = tr("%1 left").arg(QStringLiteral("%1:%2:%3")
                                                   .arg(s / 3600)
                                                   .arg((s / 60) % 60, 2, 10, QChar(u'0'))
                                                   .arg(s % 60, 2, 10, QChar(u'0')));
        line = line.isEmpty() ? left : line + u"  "_s + left;
    }
    const QString step = p.stepText();
    if (step.isEmpty())
        return line;
    //: Progress line: %1 the step ("Step 3 of 6: Adding references"), %2 what it is doing (counts, rates)
    return line.isEmpty() ? step : tr("%1 — %2").arg(step, line);
}

void CliContext::printProgress(const OperationProgress& p)
{
    if (!m_progressEnabled)
        return;
    err << u"\r"_s << progressLine(p).leftJustified(100).left(160);
    err.flush();
    m_progressShown = true;
}

void CliContext::endProgress()
{
    if (m_progressShown) {
        err << u"\r"_s << QString(100, u' ') << u"\r"_s;
        err.flush();
        m_progressShown = false;
    }
}

CliContext::CliContext(QTextStream& outStream, QTextStream& errStream)
    : out(outStream)
    , err(errStream)
    // Our own -h description: Qt's ("Displays help on commandline options.") is missing from several of Qt's
    // translations, and Qt's --help-all would list Qt's internal options.
    , m_help({u"h"_s, u"help"_s}, tr("Show this help."))
    , m_url(u"url"_s, tr("Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080)."), u"URL"_s)
    , m_apiKey(u"api-key"_s, tr("API key sent as a Bearer token (default: $WEAVIATE_API_KEY)."), u"KEY"_s)
    , m_apiKeyFile(u"api-key-file"_s,
          tr("Read the API key from this file (\"-\": standard input), out of sight of the process list."), u"FILE"_s)
    , m_header(u"header"_s, tr("Extra HTTP header, e.g. \"X-OpenAI-Api-Key: sk-…\". Repeatable."), u"HEADER"_s)
    , m_headerFile(u"header-file"_s,
          tr("Read extra HTTP headers from this file (\"-\": standard input), one \"Name: value\" a line. "
             "Repeatable."),
          u"FILE"_s)
    , m_headerEnv(u"header-env"_s,
          tr("Extra HTTP header whose value is read from an environment variable, e.g. "
             "\"X-OpenAI-Api-Key=OPENAI_APIKEY\". Repeatable."),
          u"NAME=VARIABLE"_s)
    , m_insecure(u"insecure"_s, tr("Do not verify the server's TLS certificate (unsafe)."))
    , m_caFile(u"ca-file"_s, tr("Trust the CA certificates in this PEM file."), u"FILE"_s)
    , m_grpcUrl(u"grpc-url"_s,
          tr("Address of the server's gRPC API, used for objects (see --transport), counts and id listings: "
             "grpc://HOST:PORT, or grpcs://HOST:PORT with TLS (default: the server's host, port 50051, TLS as for "
             "--url)."),
          u"URL"_s)
    , m_grpcPort(u"grpc-port"_s, tr("Port of the server's gRPC API on the server's host (default 50051)."), u"PORT"_s)
    , m_transport(u"transport"_s,
          tr("How objects travel (backup pages, restore batches): \"auto\" over gRPC where the server offers it, "
             "else over REST (the default); \"rest\" never over gRPC; \"grpc\" only over gRPC, an error without "
             "it. Counts and id listings take gRPC where they can in every mode."),
          u"auto|rest|grpc"_s)
    , m_proxy(u"proxy"_s,
          tr("Proxy for the server's REST API: http://[USER@]HOST:PORT (or https://, socks5://, socks5h://), or "
             "\"none\" for a direct connection. Default: the proxy of the environment ($https_proxy, $http_proxy, "
             "$no_proxy), else the system's."),
          u"URL"_s)
    , m_proxyUser(u"proxy-user"_s, tr("User name at the proxy given with --proxy (or USER@ in its URL)."), u"USER"_s)
    , m_proxyPasswordFile(u"proxy-password-file"_s,
          tr("Read the proxy's password from this file (\"-\": standard input), else from "
             "$COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the command line other users "
             "could read it in the process list."),
          u"FILE"_s)
    , m_proxyPassword(u"proxy-password"_s, QString(), u"PASSWORD"_s)
    , m_timeout(u"timeout"_s, tr("Seconds without any data before a request is given up (default 60)."), u"SECONDS"_s)
    , m_retries(u"retries"_s, tr("Retries of a failed request that is safe to repeat (default 5)."), u"N"_s)
    , m_verboseOption(u"verbose"_s, tr("Print technical details and debug logging."))
    , m_logFileOption(u"log-file"_s, tr("Append the log (with debug records) to this file."), u"FILE"_s)
    , m_langOption(u"lang"_s,
          tr("Language of the messages: %1. Default: the system's language.")
              .arg(Translations::available().join(u", "_s)),
          u"CODE"_s)
{
    m_proxyPassword.setFlags(QCommandLineOption::HiddenFromHelp);
}

namespace {

// The CLI's message handler, installed by the first parse: the log file (--log-file) gets every record, with time and
// category, one line each; the terminal what logToFile() lets through. Records come from worker threads too, so
// writes are serialised. Messages never carry API keys (the client never logs headers).
QFile* g_logFile = nullptr;
QtMessageHandler g_previousHandler = nullptr;
QBasicMutex g_logMutex;
bool g_echoDebug = false;

void logToFile(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    {
        const std::lock_guard<QBasicMutex> lock(g_logMutex);
        if (g_logFile) {
            static const char* const names[] = {"debug", "warning", "critical", "fatal", "info"};
            const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' '
                + (context.category ? context.category : "default") + ' ' + names[int(type) % 5] + ": "
                + message.toUtf8() + '\n';
            g_logFile->write(line);
            g_logFile->flush();
        }
    }
    // The terminal shows warnings, and debug records only with --verbose; the file gets everything. The archive's
    // warnings restate a failure that the command prints as its one error line (the details come with --verbose),
    // e.g. a wrong key: on the terminal they would be a second, technical line.
    const bool archive = context.category && qstrcmp(context.category, "colvault.archive") == 0;
    if (g_previousHandler && (g_echoDebug || (type != QtDebugMsg && type != QtInfoMsg && !archive)))
        g_previousHandler(type, context, message);
}

// A secret file of one line (a passphrase, a password): only the line end an editor or `echo` leaves is removed,
// since blanks may belong to the secret.
enum class OneLine
{
    Ok,
    Empty,
    SeveralLines,
};

OneLine takeOneLine(QByteArray* data)
{
    if (data->endsWith('\n'))
        data->chop(data->endsWith("\r\n") ? 2 : 1);
    if (data->isEmpty())
        return OneLine::Empty;
    return data->contains('\n') || data->contains('\r') ? OneLine::SeveralLines : OneLine::Ok;
}

// RFC 9110 token characters: what a header name may be made of.
bool isHeaderName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum && !QByteArrayView("!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

// No line break or NUL: a header value must not start another header.
bool isHeaderValue(QByteArrayView value)
{
    return !value.contains('\n') && !value.contains('\r') && !value.contains('\0');
}

} // namespace

QString CliContext::requestedLanguage(const QStringList& arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments.at(i);
        if (a == u"--"_s)
            break;
        if (a == u"--lang"_s && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="_s))
            return a.mid(7);
    }
    return {};
}

bool CliContext::readLoggingOptions(const QCommandLineParser& parser)
{
    m_verbose = parser.isSet(m_verboseOption);
    if (m_verbose)
        QLoggingCategory::setFilterRules(u"colvault.*=true"_s);
    g_echoDebug = m_verbose;
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(logToFile);
    const QString path = parser.value(m_logFileOption);
    if (path.isEmpty())
        return true;
    auto* file = new QFile(path);
    if (!openPrivateLogFile(file)) {
        err << tr("Cannot write the log file \"%1\": %2").arg(path, file->errorString()) << Qt::endl;
        delete file;
        return false;
    }
    {
        const std::lock_guard<QBasicMutex> lock(g_logMutex);
        delete g_logFile;
        g_logFile = file;
    }
    QLoggingCategory::setFilterRules(u"colvault.*=true"_s);
    return true;
}

QList<QCommandLineOption> CliContext::connectionOptions() const
{
    return {m_url, m_apiKey, m_apiKeyFile, m_header, m_headerFile, m_headerEnv, m_insecure, m_caFile, m_grpcUrl,
        m_grpcPort, m_transport, m_proxy, m_proxyUser, m_proxyPasswordFile, m_proxyPassword, m_timeout, m_retries};
}

void CliContext::addGlobalOptions(QCommandLineParser& parser) const
{
    parser.addOption(m_help);
    parser.addOptions(connectionOptions());
    parser.addOptions({m_verboseOption, m_logFileOption, m_langOption});
}

bool CliContext::parse(
    QCommandLineParser& parser, const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode)
{
    addGlobalOptions(parser);
    *exitCode = ExitUsage;
    if (!parser.parse(arguments)) {
        err << parser.errorText() << Qt::endl;
        return false;
    }
    if (parser.isSet(m_help)) {
        // Qt's usage line names the program as it was started (a path) and not the command: say it as typed.
        QString help = parser.helpText();
        const QString program = QCoreApplication::arguments().value(0);
        if (const qsizetype at = help.indexOf(program); !program.isEmpty() && at >= 0 && at < help.indexOf(u'\n'))
            help.replace(at, program.size(), (u"colvault-cli "_s + m_commandName).trimmed());
        out << help;
        out.flush();
        *exitCode = ExitOk;
        return false;
    }
    if (!readLoggingOptions(parser))
        return false;
    if (endpoint && !readConnectionOptions(parser, endpoint))
        return false;
    if (!endpoint)
        noteIgnoredOptions(parser);
    *exitCode = ExitOk;
    return true;
}

void CliContext::noteIgnoredOptions(const QCommandLineParser& parser)
{
    if (!m_verbose)
        return;
    QStringList given;
    for (const QCommandLineOption& option : connectionOptions()) {
        if (parser.isSet(option))
            given << u"--"_s + option.names().constLast();
    }
    if (!given.isEmpty())
        //: %1 lists the options given, e.g. "--url, --api-key"
        err << tr("This command does not connect to a server; ignoring %1.").arg(given.join(u", "_s)) << Qt::endl;
}

bool CliContext::readGrpcOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    if (parser.isSet(m_grpcUrl) && parser.isSet(m_grpcPort)) {
        err << tr("Give either --grpc-url or --grpc-port, not both.") << Qt::endl;
        return false;
    }
    if (parser.isSet(m_grpcPort)
        && !readNumber(
            parser, m_grpcPort, 1, 65535, tr("--grpc-port needs a port number from 1 to 65535."), &endpoint->grpcPort))
        return false;
    if (parser.isSet(m_grpcUrl)) {
        const QUrl url(parser.value(m_grpcUrl), QUrl::StrictMode);
        const QStringList schemes {u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s};
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme())) {
            err << tr("\"%1\" is not a gRPC address; write grpc://HOST:PORT or grpcs://HOST:PORT.")
                       .arg(parser.value(m_grpcUrl))
                << Qt::endl;
            return false;
        }
        endpoint->grpcUrl = url;
    }
    if (parser.isSet(m_transport)) {
        const std::optional<WeaviateEndpoint::DataTransport> transport
            = CliCommandLine::transportFromName(parser.value(m_transport));
        if (!transport) {
            err << tr("--transport needs \"auto\", \"rest\" or \"grpc\".") << Qt::endl;
            return false;
        }
        endpoint->dataTransport = *transport;
    }
    return true;
}

bool CliContext::readConnectionOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    if (!readUrl(parser, endpoint) || !readApiKey(parser, endpoint) || !readHeaders(parser, endpoint))
        return false;
    // Only with --verbose: by the time it could be printed the value is already in the process list, and a line on
    // every run would break scripts that read standard error and teach everyone to skip it.
    if (m_verbose && (parser.isSet(m_apiKey) || parser.isSet(m_header)))
        err << tr("Note: values given with --api-key or --header can be seen by other users of this computer in the "
                  "process list and stay in the shell history; prefer --api-key-file, --header-file, --header-env "
                  "or $WEAVIATE_API_KEY.")
            << Qt::endl;

    endpoint->insecure = parser.isSet(m_insecure);
    if (endpoint->insecure)
        err << tr("Warning: TLS certificate verification is off; the connection can be intercepted.") << Qt::endl;
    endpoint->caFile = parser.value(m_caFile);
    if (!readGrpcOptions(parser, endpoint) || !readProxyOptions(parser, endpoint))
        return false;

    if (parser.isSet(m_timeout)) {
        int seconds = 0;
        if (!readNumber(parser, m_timeout, 1, INT_MAX, tr("--timeout needs a positive number of seconds."), &seconds))
            return false;
        endpoint->transferTimeoutMs = seconds * 1000;
    }
    return !parser.isSet(m_retries)
        || readNumber(
            parser, m_retries, 0, INT_MAX, tr("--retries needs a number of 0 or more."), &endpoint->maxRetries);
}

bool CliContext::readUrl(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    QString url = parser.value(m_url);
    if (url.isEmpty())
        url = qEnvironmentVariable("WEAVIATE_URL");
    if (url.isEmpty())
        url = u"http://localhost:8080"_s;
    const QUrl parsed = QUrl::fromUserInput(url);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") || parsed.host().isEmpty()) {
        // Quoted without a password: a URL with user:password@ must not reach a terminal or CI log.
        const QString shown
            = parsed.isValid() ? parsed.toString(QUrl::RemovePassword) : url.mid(url.lastIndexOf(u'@') + 1);
        err << tr("\"%1\" is not a valid server URL; use http://host:port or https://host.").arg(shown) << Qt::endl;
        return false;
    }
    endpoint->url = parsed;
    return true;
}

// --api-key-file, else --api-key, else $WEAVIATE_API_KEY.
bool CliContext::readApiKey(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    if (parser.isSet(m_apiKey) && parser.isSet(m_apiKeyFile)) {
        err << tr("Give either --api-key or --api-key-file, not both.") << Qt::endl;
        return false;
    }
    if (!parser.isSet(m_apiKeyFile)) {
        QString key = parser.value(m_apiKey);
        if (key.isEmpty())
            key = qEnvironmentVariable("WEAVIATE_API_KEY");
        endpoint->apiKey = key.toUtf8();
        return true;
    }
    const QString path = parser.value(m_apiKeyFile);
    QByteArray key;
    QString error;
    if (!readSecretFile(path, &key, &error)) {
        err << tr("Cannot read the API key file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    key = key.trimmed(); // the newline an editor or `echo` leaves, and any other surrounding blanks
    if (key.isEmpty()) {
        err << tr("The API key file \"%1\" is empty.").arg(path) << Qt::endl;
        return false;
    }
    if (!isHeaderValue(key)) {
        err << tr("The API key file \"%1\" holds more than one line; it must hold the key alone.").arg(path)
            << Qt::endl;
        return false;
    }
    endpoint->apiKey = key;
    return true;
}

bool CliContext::readHeaders(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    for (const QString& h : parser.values(m_header)) {
        const qsizetype colon = h.indexOf(u':');
        const QByteArray name = colon > 0 ? h.left(colon).trimmed().toUtf8() : QByteArray();
        const QByteArray value = h.mid(colon + 1).trimmed().toUtf8();
        if (!isHeaderName(name) || !isHeaderValue(value)) {
            // Its first characters only: without a colon there is no telling the name from the secret value.
            const QString shown = h.size() > 4 ? h.left(4) + u'…' : h;
            err << tr("The header \"%1\" is not of the form \"Name: value\".").arg(shown) << Qt::endl;
            return false;
        }
        endpoint->extraHeaders.append({name, value});
    }
    for (const QString& path : parser.values(m_headerFile)) {
        if (!readHeaderFile(path, endpoint))
            return false;
    }
    for (const QString& spec : parser.values(m_headerEnv)) {
        // NAME=VARIABLE holds no secret, so it may be quoted whole.
        const qsizetype equals = spec.indexOf(u'=');
        const QByteArray name = equals > 0 ? spec.left(equals).trimmed().toUtf8() : QByteArray();
        const QString variable = spec.mid(equals + 1).trimmed();
        if (!isHeaderName(name) || variable.isEmpty()) {
            err << tr("--header-env \"%1\" is not of the form NAME=VARIABLE, e.g. X-OpenAI-Api-Key=OPENAI_APIKEY.")
                       .arg(spec)
                << Qt::endl;
            return false;
        }
        const QByteArray value = qgetenv(variable.toLocal8Bit().constData()).trimmed();
        if (value.isEmpty() || !isHeaderValue(value)) {
            //: %1 is the name of an environment variable, %2 the HTTP header it was to give the value of
            err << tr("The environment variable %1 (for the header %2) is not set, empty or more than one line.")
                       .arg(variable, QString::fromUtf8(name))
                << Qt::endl;
            return false;
        }
        endpoint->extraHeaders.append({name, value});
    }
    return true;
}

// Lines "Name: value"; blank lines and lines starting with # are skipped. An error names the file and the line,
// never the line's text: it may hold the secret.
bool CliContext::readHeaderFile(const QString& path, WeaviateEndpoint* endpoint)
{
    QByteArray data;
    QString error;
    if (!readSecretFile(path, &data, &error)) {
        err << tr("Cannot read the header file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    const QList<QByteArray> lines = data.split('\n');
    qsizetype headers = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed(); // a \r of a file saved on Windows too
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).trimmed() : QByteArray();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isHeaderName(name) || !isHeaderValue(value)) {
            //: %1 is a file name, %2 a line number in it
            err << tr("%1, line %2: not of the form \"Name: value\".").arg(path, QString::number(i + 1)) << Qt::endl;
            return false;
        }
        endpoint->extraHeaders.append({name, value});
        ++headers;
    }
    if (headers == 0) {
        err << tr("The header file \"%1\" holds no header.").arg(path) << Qt::endl;
        return false;
    }
    return true;
}

bool CliContext::readPassphraseFile(const QString& path, QByteArray* passphrase)
{
    QString error;
    if (!readSecretFile(path, passphrase, &error)) {
        err << tr("Cannot read the passphrase file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    switch (takeOneLine(passphrase)) {
    case OneLine::Ok:
        return true;
    case OneLine::Empty:
        err << tr("The passphrase file \"%1\" is empty.").arg(path) << Qt::endl;
        return false;
    case OneLine::SeveralLines:
        err << tr("The passphrase file \"%1\" holds more than one line; it must hold the passphrase alone.").arg(path)
            << Qt::endl;
        return false;
    }
    return false;
}

bool CliContext::readProxyOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    if (parser.isSet(m_proxyPassword)) {
        err << tr("--proxy-password is not an option: other users could read the password in the process list. Put "
                  "it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.")
            << Qt::endl;
        return false;
    }
    ProxySettings& proxy = endpoint->proxy;
    const QString text = parser.value(m_proxy).trimmed();
    if (text.isEmpty() || text.compare(u"system"_s, Qt::CaseInsensitive) == 0)
        proxy.mode = ProxySettings::Mode::System;
    else if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0)
        proxy.mode = ProxySettings::Mode::None;
    else
        proxy.mode = ProxySettings::Mode::Manual;
    const bool credentials = parser.isSet(m_proxyUser) || parser.isSet(m_proxyPasswordFile);
    if (proxy.mode != ProxySettings::Mode::Manual) {
        if (!credentials)
            return true;
        err << tr("--proxy-user and --proxy-password-file need the proxy's address: give it with --proxy URL.")
            << Qt::endl;
        return false;
    }
    const ProxyAddress address = ProxyAddress::parse(text);
    if (address.problem == ProxyAddress::Problem::Password) {
        err << tr("Do not write the proxy's password into --proxy: other users could read it in the process list. "
                  "Put it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD.")
            << Qt::endl;
        return false;
    }
    if (address.problem != ProxyAddress::Problem::None) {
        err << address.message(text) << Qt::endl;
        return false;
    }
    if (!address.user.isEmpty() && parser.isSet(m_proxyUser)) {
        err << tr("Give the proxy's user name either in --proxy (USER@HOST) or with --proxy-user, not both.")
            << Qt::endl;
        return false;
    }
    proxy.url = address.url;
    proxy.user = parser.isSet(m_proxyUser) ? parser.value(m_proxyUser) : address.user;
    return readProxyPassword(parser, &proxy);
}

// --proxy-password-file, else $COLVAULT_PROXY_PASSWORD: the latter may be set for every command of a session, so
// it is used only when there is a user name to go with it.
bool CliContext::readProxyPassword(const QCommandLineParser& parser, ProxySettings* proxy)
{
    if (!parser.isSet(m_proxyPasswordFile)) {
        if (!proxy->user.isEmpty())
            proxy->password = qgetenv("COLVAULT_PROXY_PASSWORD");
        return true;
    }
    if (proxy->user.isEmpty()) {
        err << tr("A proxy password needs a user name: give --proxy-user, or USER@ in --proxy.") << Qt::endl;
        return false;
    }
    const QString path = parser.value(m_proxyPasswordFile);
    QString error;
    if (!readSecretFile(path, &proxy->password, &error)) {
        err << tr("Cannot read the proxy password file \"%1\": %2").arg(path, error) << Qt::endl;
        return false;
    }
    switch (takeOneLine(&proxy->password)) {
    case OneLine::Ok:
        return true;
    case OneLine::Empty:
        err << tr("The proxy password file \"%1\" is empty.").arg(path) << Qt::endl;
        return false;
    case OneLine::SeveralLines:
        err << tr("The proxy password file \"%1\" holds more than one line; it must hold the password alone.").arg(path)
            << Qt::endl;
        return false;
    }
    return false;
}

bool CliContext::readSecretFile(const QString& path, QByteArray* data, QString* error)
{
    // Far more than any key or list of headers: a larger file is the wrong file (or /dev/zero), not read whole.
    constexpr qint64 limit = 64 * 1024;
    QFile file;
    bool opened = false;
    if (path == u"-"_s) {
        if (m_stdinRead) {
            *error = tr("standard input was already read for another option.");
            return false;
        }
        m_stdinRead = true;
        opened = file.open(stdin, QIODevice::ReadOnly);
    } else {
        file.setFileName(path);
        opened = file.open(QIODevice::ReadOnly);
    }
    if (!opened) {
        *error = file.errorString();
        return false;
    }
    *data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError) {
        *error = file.errorString();
        return false;
    }
    if (data->size() > limit) {
        *error = tr("it is larger than %1, too large for a key or headers.").arg(QLocale().formattedDataSize(limit));
        return false;
    }
    return true;
}

QCommandLineOption CliContext::tenantsOption()
{
    return QCommandLineOption(u"tenants"_s,
        tr("Only these tenants: names or shell patterns (acme-*, t?, [a-c]*), as A,B for the one collection named, "
           "or COLLECTION:A,B. Repeatable."),
        u"TENANTS"_s);
}

bool CliContext::readTenantOptions(
    const QStringList& specs, const QStringList& collections, QMap<QString, QStringList>* tenants)
{
    for (const QString& spec : specs) {
        QString collection;
        QString list = spec;
        const qsizetype colon = spec.indexOf(u':');
        if (colon >= 0) {
            collection = spec.left(colon);
            list = spec.mid(colon + 1);
        } else if (collections.size() == 1) {
            collection = collections.constFirst();
        } else {
            err << tr("--tenants %1: name the collection as COLLECTION:%1 unless exactly one collection is named.")
                       .arg(spec)
                << Qt::endl;
            return false;
        }
        const QStringList names = list.split(u',', Qt::SkipEmptyParts);
        if (collection.isEmpty() || names.isEmpty()) {
            err << tr("--tenants %1 names no tenants.").arg(spec) << Qt::endl;
            return false;
        }
        (*tenants)[collection] += names;
    }
    return true;
}

bool CliContext::readNumber(const QCommandLineParser& parser, const QCommandLineOption& option, int min, int max,
    const QString& usage, int* value)
{
    bool ok = false;
    const int number = parser.value(option).toInt(&ok);
    if (!ok || number < min || number > max) {
        err << usage << Qt::endl;
        return false;
    }
    *value = number;
    return true;
}

void CliContext::printError(const OpError& error)
{
    err << tr("Error: %1").arg(error.message) << Qt::endl;
    if (m_verbose && !error.details.isEmpty())
        err << error.details << Qt::endl;
}

} // namespace Colvault::Cli
