// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/CliContext.h"

#include "core/Translations.h"

#include <QDateTime>
#include <QFile>
#include <QLocale>
#include <QMutex>
#include <QLoggingCategory>

#include <csignal>
#include <cstdio>
#include <mutex>

#ifdef Q_OS_WIN
#include <io.h>
#define COLVAULT_ISATTY _isatty
#define COLVAULT_FILENO _fileno
#else
#include <unistd.h>
#define COLVAULT_ISATTY isatty
#define COLVAULT_FILENO fileno
#endif

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

std::atomic<bool>& CliContext::interrupted()
{
    static std::atomic<bool> flag{false};
    return flag;
}

void CliContext::installInterruptHandler()
{
    std::signal(SIGINT, [](int) { interrupted().store(true); });
#ifdef SIGTERM
    std::signal(SIGTERM, [](int) { interrupted().store(true); });
#endif
}

void CliContext::printProgress(const OperationProgress& p)
{
    if (!m_progressEnabled)
        return;
    const QLocale locale;
    QString where = p.tenant.isEmpty() ? p.collection : p.collection + u'/' + p.tenant;
    QString line;
    if (p.collection.isEmpty() && !p.text.isEmpty())
        line = p.text;
    else if (p.objectsTotal > 0)
        //: Progress line: %1 where, %2 objects done, %3 total, %4 objects per second, %5 transfer rate
        line = tr("%1  %2 of %3 objects  %4 objects/s  %5/s")
                   .arg(where, locale.toString(p.objectsDone), locale.toString(p.objectsTotal),
                        locale.toString(qint64(p.objectsPerSecond)),
                        locale.formattedDataSize(qint64(p.bytesPerSecond)));
    else
        line = tr("%1  %2 objects  %3 objects/s  %4/s")
                   .arg(where, locale.toString(p.objectsDone), locale.toString(qint64(p.objectsPerSecond)),
                        locale.formattedDataSize(qint64(p.bytesPerSecond)));
    if (p.etaMs >= 0) {
        const qint64 s = p.etaMs / 1000;
        //: Estimated time left, as h:mm:ss
        line += u"  "_s + tr("%1 left").arg(QStringLiteral("%1:%2:%3").arg(s / 3600).arg((s / 60) % 60, 2, 10, QChar(u'0'))
                                              .arg(s % 60, 2, 10, QChar(u'0')));
    }
    err << u"\r"_s << line.leftJustified(100).left(160);
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

bool CliContext::stderrIsTerminal()
{
    return COLVAULT_ISATTY(COLVAULT_FILENO(stderr)) != 0;
}

CliContext::CliContext(QTextStream& outStream, QTextStream& errStream)
    : out(outStream)
    , err(errStream)
    , m_url(u"url"_s, tr("Weaviate server URL (default: $WEAVIATE_URL, else http://localhost:8080)."), u"URL"_s)
    , m_apiKey(u"api-key"_s, tr("API key sent as a Bearer token (default: $WEAVIATE_API_KEY)."), u"KEY"_s)
    , m_header(u"header"_s, tr("Extra HTTP header, e.g. \"X-OpenAI-Api-Key: sk-…\". Repeatable."), u"HEADER"_s)
    , m_insecure(u"insecure"_s, tr("Do not verify the server's TLS certificate (unsafe)."))
    , m_caFile(u"ca-file"_s, tr("Trust the CA certificates in this PEM file."), u"FILE"_s)
    , m_timeout(u"timeout"_s, tr("Seconds without any data before a request is given up (default 60)."),
                u"SECONDS"_s)
    , m_retries(u"retries"_s, tr("Retries of a failed request that is safe to repeat (default 5)."), u"N"_s)
    , m_verboseOption(u"verbose"_s, tr("Print technical details and debug logging."))
    , m_logFileOption(u"log-file"_s, tr("Append the log (with debug records) to this file."), u"FILE"_s)
    , m_langOption(u"lang"_s,
                   tr("Language of the messages: %1. Default: the system's language.")
                       .arg(Translations::available().join(u", "_s)),
                   u"CODE"_s)
{
}

namespace {

// The log file's handler: every record, with time and category, one line each. Records come from worker threads
// too, so writes are serialised. Messages never carry API keys (the client never logs headers).
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
    // The terminal shows warnings, and debug records only with --verbose; the file gets everything.
    if (g_previousHandler && (g_echoDebug || (type != QtDebugMsg && type != QtInfoMsg)))
        g_previousHandler(type, context, message);
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
    const QString path = parser.value(m_logFileOption);
    if (path.isEmpty())
        return true;
    auto* file = new QFile(path);
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text)) {
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
    g_echoDebug = m_verbose;
    if (!g_previousHandler)
        g_previousHandler = qInstallMessageHandler(logToFile);
    return true;
}

void CliContext::addHelpOption(QCommandLineParser& parser) const
{
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, tr("Show this help.")));
}

void CliContext::addLoggingOptions(QCommandLineParser& parser) const
{
    parser.addOptions({m_verboseOption, m_logFileOption, m_langOption});
}

void CliContext::addConnectionOptions(QCommandLineParser& parser) const
{
    parser.addOptions({m_url, m_apiKey, m_header, m_insecure, m_caFile, m_timeout, m_retries});
    addLoggingOptions(parser);
}

bool CliContext::readConnectionOptions(const QCommandLineParser& parser, WeaviateEndpoint* endpoint)
{
    if (!readLoggingOptions(parser))
        return false;

    QString url = parser.value(m_url);
    if (url.isEmpty())
        url = qEnvironmentVariable("WEAVIATE_URL");
    if (url.isEmpty())
        url = u"http://localhost:8080"_s;
    const QUrl parsed = QUrl::fromUserInput(url);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https") || parsed.host().isEmpty()) {
        // Quoted without a password: a URL with user:password@ must not reach a terminal or CI log.
        const QString shown = parsed.isValid() ? parsed.toString(QUrl::RemovePassword)
                                               : url.mid(url.lastIndexOf(u'@') + 1);
        err << tr("\"%1\" is not a valid server URL; use http://host:port or https://host.").arg(shown) << Qt::endl;
        return false;
    }
    endpoint->url = parsed;

    QString key = parser.value(m_apiKey);
    if (key.isEmpty())
        key = qEnvironmentVariable("WEAVIATE_API_KEY");
    endpoint->apiKey = key.toUtf8();

    for (const QString& h : parser.values(m_header)) {
        const qsizetype colon = h.indexOf(u':');
        if (colon <= 0) {
            // Its first characters only: without a colon there is no telling the name from the secret value.
            const QString shown = h.size() > 4 ? h.left(4) + u'…' : h;
            err << tr("The header \"%1\" is not of the form \"Name: value\".").arg(shown) << Qt::endl;
            return false;
        }
        endpoint->extraHeaders.append({h.left(colon).trimmed().toUtf8(), h.mid(colon + 1).trimmed().toUtf8()});
    }

    endpoint->insecure = parser.isSet(m_insecure);
    if (endpoint->insecure)
        err << tr("Warning: TLS certificate verification is off; the connection can be intercepted.") << Qt::endl;
    endpoint->caFile = parser.value(m_caFile);

    if (parser.isSet(m_timeout)) {
        bool ok = false;
        const int seconds = parser.value(m_timeout).toInt(&ok);
        if (!ok || seconds <= 0) {
            err << tr("--timeout needs a positive number of seconds.") << Qt::endl;
            return false;
        }
        endpoint->transferTimeoutMs = seconds * 1000;
    }
    if (parser.isSet(m_retries)) {
        bool ok = false;
        const int retries = parser.value(m_retries).toInt(&ok);
        if (!ok || retries < 0) {
            err << tr("--retries needs a number of 0 or more.") << Qt::endl;
            return false;
        }
        endpoint->maxRetries = retries;
    }
    return true;
}

bool CliContext::readTenantOptions(const QStringList& specs, const QStringList& collections,
                                   QMap<QString, QStringList>* tenants)
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

void CliContext::printError(const OpError& error)
{
    err << tr("Error: %1").arg(error.message) << Qt::endl;
    if (m_verbose && !error.details.isEmpty())
        err << error.details << Qt::endl;
}

} // namespace Colvault::Cli
