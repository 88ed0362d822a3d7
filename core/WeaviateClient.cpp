// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/WeaviateClient.h"

#include "core/HttpTransport.h"
#include "core/Logging.h"
#include "core/OperationGuard.h"
#include "core/RetryPacer.h"
#include "core/Version.h"
#include "core/WeaviateGrpc.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslCertificate>
#include <QTimer>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// A body for details and the log: JSON up to 2000 characters; anything else (an HTML error page of a proxy or of
// another web server) only as its first line, at most 120 characters, with its size.
QString truncated(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    const bool json = trimmed.startsWith('{') || trimmed.startsWith('[');
    const qsizetype maxShown = json ? 2000 : 120;
    qsizetype end = json ? trimmed.size() : trimmed.indexOf('\n');
    if (end < 0)
        end = trimmed.size();
    QString s = QString::fromUtf8(trimmed.left(std::min(end, maxShown))).trimmed();
    if (trimmed.size() > s.toUtf8().size())
        s += json ? u"…"_s : QStringLiteral("… (%1 bytes, not JSON)").arg(body.size());
    return s;
}

} // namespace

WeaviateClient::WeaviateClient(WeaviateEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
    , m_transport(std::make_unique<HttpTransport>(m_endpoint))
{
    if (!m_endpoint.caFile.isEmpty() && QSslCertificate::fromPath(m_endpoint.caFile, QSsl::Pem).isEmpty())
        m_tlsError = tr("The CA file \"%1\" holds no PEM certificate.").arg(m_endpoint.caFile);
}

WeaviateClient::~WeaviateClient() = default;

QUrl WeaviateClient::urlFor(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_endpoint.url;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    if (!query.isEmpty())
        url.setQuery(query);
    return url;
}

bool WeaviateClient::sleepUnlessCanceled(int ms)
{
    return RetryPacer::sleepUnlessCanceled(ms, m_isCanceled);
}

bool WeaviateClient::isRetryable(int status, const QByteArray& body) const
{
    switch (status) {
    case 429:
    case 502:
    case 503:
    case 504:
        return true;
    case 500:
        // Memory pressure is transient; any other 500 is a server bug that a retry will not fix.
        return body.contains("not enough memory");
    default:
        return false;
    }
}

HttpResult WeaviateClient::get(const QString& path, const QUrlQuery& query)
{
    return send("GET", path, QByteArray(), query, Retry::Safe);
}

WeaviateClient::Transfer WeaviateClient::issue(
    const QByteArray& method, const QUrl& url, const QByteArray& body, Retry retry)
{
    HttpTransport::Request request;
    request.method = method;
    request.url = url;
    request.body = body;
    request.idempotent = retry == Retry::Safe;
    request.headers = {{"User-Agent", "colvault/" + versionString().toUtf8()}, {"Accept", "application/json"}};
    if (!m_endpoint.apiKey.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_endpoint.apiKey});
    for (const auto& [name, value] : m_endpoint.extraHeaders)
        request.headers.append({name, value});
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH")
        request.headers.append({QByteArray("Content-Type"), QByteArray("application/json")});
    return {m_transport->start(std::move(request))};
}

WeaviateClient::Attempt WeaviateClient::await(Transfer transfer, const QString& where)
{
    HttpTransport::Response r = m_transport->wait(transfer.id, m_isCanceled);
    if (r.failure == HttpTransport::Failure::Canceled || isCanceled()) {
        Attempt out;
        out.result.canceled = true;
        return out;
    }
    // Weaviate answers 401 in JSON; a 401 page of another kind, on a request through a proxy that was given a user,
    // is the proxy refusing the password (Debian 12's tinyproxy says 401 where it means 407).
    if (r.viaProxy && r.status == 401 && !m_endpoint.proxy.user.isEmpty() && !r.body.trimmed().startsWith('{')) {
        r.failure = HttpTransport::Failure::ProxyAuth;
        r.detail = u"HTTP 401 from the proxy: "_s + truncated(r.body);
    }
    if (r.failure != HttpTransport::Failure::None) {
        Attempt out = failedAttempt(int(r.failure), r.detail, where);
        if (r.viaProxy)
            out.result.error.details += u" via proxy "_s + m_transport->proxyFor(m_endpoint.url);
        return out;
    }
    Attempt out = answeredAttempt(r.status, std::move(r.body), r.header("Retry-After"), where);
    out.location = r.header("Location");
    return out;
}

// No (complete) HTTP answer: refused, reset, DNS, TLS, proxy, or the transfer timeout fired.
WeaviateClient::Attempt WeaviateClient::failedAttempt(int failure, const QString& detail, const QString& where) const
{
    using F = HttpTransport::Failure;
    const auto why = F(failure);
    const QString host = m_endpoint.redactedUrl();
    const QString proxy = m_transport->proxyFor(m_endpoint.url);
    QString message;
    OpError::Code code = OpError::Code::Network;
    switch (why) {
    case F::Refused:
        message = proxy.isEmpty()
            ? tr("Could not connect to %1: the connection was refused. Is Weaviate running there?").arg(host)
            : tr("Could not connect to the proxy at %1: the connection was refused.").arg(proxy);
        break;
    case F::HostNotFound:
        message = proxy.isEmpty()
            ? tr("The server name in %1 could not be found.").arg(host)
            : tr("The name of the proxy %1, or of the server %2, could not be found.").arg(proxy, host);
        break;
    case F::Timeout:
        message = tr("The server at %1 did not answer in time.").arg(host);
        break;
    case F::TlsUntrusted:
        message = tr("The secure connection to %1 failed: its certificate is not trusted.").arg(host);
        break;
    case F::TlsFailed:
        message = tr("The secure connection to %1 could not be set up.").arg(host);
        break;
    case F::ProxyAuth:
        code = OpError::Code::Auth;
        message = m_endpoint.proxy.user.isEmpty() ? tr("The proxy at %1 requires a user name and password.").arg(proxy)
                                                  : tr("The proxy at %1 refused the user name or password.").arg(proxy);
        break;
    case F::ProxyRefused:
        message = tr("The proxy at %1 would not connect to %2.").arg(proxy, host);
        break;
    default:
        message = tr("The connection to %1 failed.").arg(host);
    }
    Attempt out;
    out.result.error = OpError::make(code, message, QStringLiteral("%1: %2").arg(where, detail));
    out.notApplied = HttpTransport::neverReachedServer(why);
    out.result.maybeApplied = !out.notApplied;
    out.retryable = HttpTransport::worthRetrying(why);
    return out;
}

WeaviateClient::Attempt WeaviateClient::answeredAttempt(
    int status, QByteArray body, const QByteArray& retryAfter, const QString& where) const
{
    Attempt out;
    out.result.status = status;
    out.result.body = std::move(body);
    if (status >= 200 && status < 300)
        return out;
    out.result.error = errorForStatus(status, out.result.body, where);
    out.retryable = isRetryable(status, out.result.body);
    // 429 and 503 are answered before any work (usage caps, read-only mode), as is the out-of-memory 500 of the
    // allocation check. A gateway's 502 or 504 says nothing about what the server behind it did.
    out.notApplied = out.retryable && status != 502 && status != 504;
    out.result.maybeApplied = status == 502 || status == 504;
    bool okSeconds = false;
    const int seconds = retryAfter.trimmed().toInt(&okSeconds);
    if (okSeconds && seconds >= 0)
        out.retryAfterMs = seconds * 1000;
    return out;
}

HttpResult WeaviateClient::send(
    const QByteArray& method, const QString& path, const QByteArray& body, const QUrlQuery& query, Retry retry)
{
    return sendAttempts(method, path, body, query, retry, {});
}

HttpResult WeaviateClient::sendAttempts(const QByteArray& method, const QString& path, const QByteArray& body,
    const QUrlQuery& query, Retry retry, Transfer first)
{
    const int maxAttempts = retry == Retry::Never ? 1 : m_endpoint.maxRetries + 1;
    HttpResult result;
    if (!m_tlsError.isEmpty()) {
        result.error = OpError::make(OpError::Code::Usage, m_tlsError);
        return result;
    }
    QUrl url = urlFor(path, query);
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(method), path);
    int redirects = 0;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        if (isCanceled()) {
            discardTransfer(first);
            result.canceled = true;
            return result;
        }
        OperationGuard::checkpoint("request");
        const Transfer transfer = first.isStarted() ? first : issue(method, url, body, retry);
        first = {};
        Attempt a = await(transfer, where);
        const int attempts = result.attempts + 1;
        result = std::move(a.result);
        result.attempts = attempts;
        if (result.status >= 300 && result.status < 400 && !a.location.isEmpty()) {
            // Followed within the same origin (method, body and headers unchanged; a followed hop is not an
            // attempt), refused towards any other, where the API key and extra headers must never go.
            const QUrl target = url.resolved(QUrl::fromEncoded(a.location));
            result.error = redirectRefusal(url, target, ++redirects);
            if (result.error.isError())
                return result;
            url = target;
            result.attempts = attempts - 1;
            --attempt;
            continue;
        }
        if (result.canceled || !result.error.isError())
            return result;
        const bool mayRetry = a.retryable && (retry == Retry::Safe || (retry == Retry::UnlessApplied && a.notApplied));
        // "attempt n of m" only where retrying was possible at all: a refused key is not retried.
        if (mayRetry && maxAttempts > 1)
            result.error.details += QStringLiteral(" (attempt %1 of %2)").arg(attempt + 1).arg(maxAttempts);
        qCDebug(lcClient).noquote() << "request failed:" << result.error.details;
        if (!mayRetry || attempt + 1 >= maxAttempts)
            return result;
        int delay = m_pacer.delayMs(m_endpoint, attempt);
        if (a.retryAfterMs > 0)
            delay = std::min(std::max(delay, a.retryAfterMs), m_endpoint.retryMaxDelayMs);
        if (m_retryNotifier)
            m_retryNotifier(attempt + 1, maxAttempts, delay, result.error);
        if (!sleepUnlessCanceled(delay)) {
            result.canceled = true;
            result.error = {};
            return result;
        }
    }
    return result;
}

OpError WeaviateClient::redirectRefusal(const QUrl& from, const QUrl& to, int hops) const
{
    constexpr int maxRedirects = 5;
    const QString details = QStringLiteral("redirect %1 from %2 to %3")
                                .arg(hops)
                                .arg(from.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery),
                                    to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
    const bool sameOrigin = to.isValid() && to.scheme() == from.scheme() && to.host() == from.host()
        && to.port(from.scheme() == u"https" ? 443 : 80) == from.port(from.scheme() == u"https" ? 443 : 80);
    if (!sameOrigin)
        return OpError::make(OpError::Code::Http,
            //: %1 is the server's URL, %2 the address it redirected to.
            tr("The server at %1 redirected the request to another address, %2. Colvault follows "
               "redirects only within the same server, so that the API key is never sent "
               "elsewhere; use that address as the server URL if you trust it.")
                .arg(m_endpoint.redactedUrl(), to.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)),
            details);
    if (hops > maxRedirects)
        return OpError::make(OpError::Code::Http,
            tr("The server at %1 redirected the request more than %2 times.")
                .arg(m_endpoint.redactedUrl())
                .arg(maxRedirects),
            details);
    qCDebug(lcClient).noquote() << "following" << details;
    return {};
}

WeaviateClient::PendingGet WeaviateClient::startGet(const QString& path, const QUrlQuery& query)
{
    return startSend("GET", path, QByteArray(), query, Retry::Safe);
}

WeaviateClient::PendingRequest WeaviateClient::startSend(
    const QByteArray& method, const QString& path, const QByteArray& body, const QUrlQuery& query, Retry retry)
{
    PendingRequest p;
    p.method = method;
    p.path = path;
    p.query = query;
    p.body = body;
    p.retry = retry;
    if (m_tlsError.isEmpty() && !isCanceled())
        p.transfer = issue(method, urlFor(path, query), body, retry);
    return p;
}

HttpResult WeaviateClient::finish(PendingRequest& pending)
{
    const Transfer transfer = std::exchange(pending.transfer, {});
    return sendAttempts(pending.method, pending.path, pending.body, pending.query, pending.retry, transfer);
}

void WeaviateClient::pump()
{
    m_transport->pump();
}

qint64 WeaviateClient::connectionsOpened() const
{
    return m_transport->connectionsOpened();
}

QString WeaviateClient::proxy() const
{
    return m_transport->proxyFor(m_endpoint.url);
}

void WeaviateClient::discard(PendingRequest& pending)
{
    discardTransfer(std::exchange(pending.transfer, {}));
}

void WeaviateClient::discardTransfer(Transfer transfer)
{
    if (transfer.isStarted())
        m_transport->abort(transfer.id);
}

QString WeaviateClient::serverMessage(const QByteArray& body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        const QJsonArray errors = o.value(u"error"_s).toArray();
        if (!errors.isEmpty())
            return errors.first().toObject().value(u"message"_s).toString();
        if (o.contains(u"message"_s))
            return o.value(u"message"_s).toString();
    }
    return truncated(body).trimmed();
}

OpError WeaviateClient::errorForStatus(int status, const QByteArray& body, const QString& what)
{
    const QString server = serverMessage(body);
    const QString details = QStringLiteral("HTTP %1 on %2: %3").arg(status).arg(what, server);
    static const QRegularExpression notActive(u"tenant not active: '([^']*)'"_s);
    static const QRegularExpression tenantMissing(u"tenant not found: \"([^\"]*)\""_s);

    switch (status) {
    case 401:
        if (server.contains(u"anonymous access not enabled"_s))
            return OpError::make(OpError::Code::Auth, tr("The server requires an API key."), details, status);
        return OpError::make(OpError::Code::Auth, tr("The server rejected the API key."), details, status);
    case 403:
        return OpError::make(
            OpError::Code::Auth, tr("The API key is not allowed to do this on the server."), details, status);
    case 404:
        return OpError::make(
            OpError::Code::NotFound, tr("The server has no such collection or object."), details, status);
    default:
        break;
    }
    if (const auto m = notActive.match(server); m.hasMatch())
        return OpError::make(OpError::Code::Conflict,
            tr("Tenant \"%1\" is not active, so its objects cannot be read or written.").arg(m.captured(1)), details,
            status);
    if (const auto m = tenantMissing.match(server); m.hasMatch())
        return OpError::make(
            OpError::Code::NotFound, tr("Tenant \"%1\" does not exist.").arg(m.captured(1)), details, status);
    if (status >= 500)
        return OpError::make(
            OpError::Code::Http, tr("The server failed with HTTP status %1.").arg(status), details, status);
    return OpError::make(
        OpError::Code::Http, tr("The server refused the request (HTTP status %1).").arg(status), details, status);
}

ServerInfo WeaviateClient::serverInfo(OpError* error)
{
    ServerInfo info;
    const HttpResult r = get(u"/v1/meta"_s);
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    // Every Weaviate answers /v1/meta with a JSON object (also to anonymous clients where that is allowed); a 404, or
    // an HTML page, comes from some other web server at that address.
    const bool notWeaviate = r.status == 404 || (r.ok() && !doc.isObject());
    if (!r.ok() && !notWeaviate) {
        if (error)
            *error = r.error;
        return info;
    }
    if (notWeaviate) {
        if (error)
            *error = OpError::make(OpError::Code::Format,
                tr("The server at %1 is not a Weaviate API: it has no Weaviate /v1/meta. Check the "
                   "URL and the port.")
                    .arg(m_endpoint.redactedUrl()),
                QStringLiteral("GET /v1/meta: HTTP %1: %2").arg(r.status).arg(truncated(r.body)), r.status);
        return info;
    }
    info.meta = doc.object();
    info.versionString = info.meta.value(u"version"_s).toString();
    info.version = QVersionNumber::fromString(info.versionString);
    info.modules = info.meta.value(u"modules"_s).toObject().keys();
    return info;
}

QJsonArray WeaviateClient::schemaClasses(OpError* error)
{
    const HttpResult r = get(u"/v1/schema"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject()) {
        if (error)
            *error = OpError::make(OpError::Code::Format, tr("The server sent a schema that is not valid JSON."),
                u"GET /v1/schema: "_s + truncated(r.body));
        return {};
    }
    return doc.object().value(u"classes"_s).toArray();
}

QJsonObject WeaviateClient::schemaClass(const QString& name, OpError* error)
{
    const HttpResult r = get(u"/v1/schema/"_s + name);
    if (!r.ok()) {
        if (error) {
            *error = r.error;
            if (r.status == 404)
                error->message = tr("Collection \"%1\" does not exist on the server.").arg(name);
        }
        return {};
    }
    return QJsonDocument::fromJson(r.body).object();
}

HttpResult WeaviateClient::schemaClassRaw(const QString& name)
{
    return get(u"/v1/schema/"_s + name);
}

HttpResult WeaviateClient::nodes()
{
    return get(u"/v1/nodes"_s);
}

QJsonArray WeaviateClient::tenants(const QString& className, OpError* error)
{
    const HttpResult r = get(u"/v1/schema/"_s + className + u"/tenants"_s);
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isArray()) {
        if (error)
            *error = OpError::make(OpError::Code::Format,
                tr("The server sent a tenant list for \"%1\" that is not valid JSON.").arg(className),
                truncated(r.body));
        return {};
    }
    return doc.array();
}

QJsonObject WeaviateClient::graphql(const QString& query, OpError* error)
{
    QJsonObject request {{u"query"_s, query}};
    const HttpResult r = send("POST", u"/v1/graphql"_s, QJsonDocument(request).toJson(QJsonDocument::Compact));
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return {};
    }
    const QJsonObject answer = QJsonDocument::fromJson(r.body).object();
    const QJsonArray errors = answer.value(u"errors"_s).toArray();
    if (!errors.isEmpty()) {
        // GraphQL reports with HTTP 200 what REST says with a status: the same words where the meaning is the same
        // (an inactive or unknown tenant), else a general sentence.
        const QString server = errors.first().toObject().value(u"message"_s).toString();
        const QJsonObject asRest {{u"error"_s, QJsonArray {QJsonObject {{u"message"_s, server}}}}};
        OpError e = errorForStatus(422, QJsonDocument(asRest).toJson(), u"POST /v1/graphql"_s);
        if (e.code == OpError::Code::Http)
            e.message = tr("The server could not answer a GraphQL query.");
        e.details = server + u"\nquery: "_s + query;
        e.httpStatus = 0;
        if (error)
            *error = e;
        return {};
    }
    return answer.value(u"data"_s).toObject();
}

bool WeaviateClient::isSafeName(const QString& name)
{
    // Class and tenant names are validated by Weaviate's regexes (no quotes or braces), but a name read from an
    // archive or typed by a user is not trusted to be one: refuse anything that could break out of a query.
    static const QRegularExpression safeName(u"^[A-Za-z0-9_\\-]+$"_s);
    return safeName.match(name).hasMatch();
}

bool WeaviateClient::failUnsafeName(const QString& name, OpError* error)
{
    if (error)
        *error = OpError::make(OpError::Code::Usage, tr("\"%1\" is not a valid collection or tenant name.").arg(name));
    return false;
}

qint64 WeaviateClient::objectCount(const QString& className, const QString& tenant, OpError* error)
{
    if (!isSafeName(className) || (!tenant.isEmpty() && !isSafeName(tenant))) {
        failUnsafeName(isSafeName(className) ? tenant : className, error);
        return -1;
    }
    if (WeaviateGrpc* g = grpc()) {
        OpError e;
        bool canceled = false;
        const qint64 n = g->objectCount(className, tenant, &e, &canceled);
        if (canceled)
            return -1;
        if (grpcAnswered(e)) {
            if (error && e.isError())
                *error = e;
            return n;
        }
    }
    if (const std::optional<qint64> n = restAggregateCount(className, tenant, error))
        return *n;
    return graphqlCount(className, tenant, error);
}

std::optional<qint64> WeaviateClient::restAggregateCount(
    const QString& className, const QString& tenant, OpError* error)
{
    if (m_restAggregateState == GrpcState::Unknown) {
        OpError e;
        const bool recent = serverInfo(&e).atLeast(1, 40);
        m_restAggregateState = recent ? GrpcState::Available : GrpcState::Missing;
    }
    if (m_restAggregateState == GrpcState::Missing)
        return std::nullopt;
    QJsonObject body;
    if (!tenant.isEmpty())
        body.insert(u"tenant"_s, tenant);
    const HttpResult r
        = send("POST", u"/v1/aggregate/"_s + className, QJsonDocument(body).toJson(QJsonDocument::Compact));
    // Off by default (EXPERIMENTAL_REST_SEARCH_ENABLED): 422 "... not enabled"; or no such route at all.
    const bool missing = (r.status == 422 && r.body.contains("not enabled"))
        || (r.status == 404 && r.body.contains("was not found")) || r.status == 405;
    if (missing) {
        m_restAggregateState = GrpcState::Missing;
        qCDebug(lcClient).noquote() << "no REST aggregate:" << truncated(r.body);
        return std::nullopt;
    }
    if (!r.ok()) {
        if (error)
            *error = r.error;
        return -1;
    }
    const QJsonValue count = QJsonDocument::fromJson(r.body).object().value(u"count"_s);
    if (!count.isDouble()) {
        if (error)
            *error = OpError::make(
                OpError::Code::Format, tr("The server answered a count without a number."), truncated(r.body));
        return -1;
    }
    return count.toInteger();
}

qint64 WeaviateClient::graphqlCount(const QString& className, const QString& tenant, OpError* error)
{
    const QString args = tenant.isEmpty() ? QString() : u"(tenant:\""_s + tenant + u"\")"_s;
    OpError e;
    const QJsonObject data = graphql(u"{Aggregate{"_s + className + args + u"{meta{count}}}}"_s, &e);
    if (e.isError()) {
        // 422 "graphql api is disabled", or 410 where namespaces are on (notes 16.4): no way left to count.
        if (e.httpStatus == 410 || (e.httpStatus == 422 && e.details.contains(u"graphql api is disabled"_s)))
            e = OpError::make(OpError::Code::Http,
                tr("The server at %1 has GraphQL switched off, and its gRPC API at %2 cannot be "
                   "reached, so Colvault cannot count objects. Give its gRPC address in the connection "
                   "profile, or with --grpc-url.")
                    .arg(m_endpoint.redactedUrl(), m_endpoint.grpcTarget()),
                e.details + u"\n"_s + m_grpcMissing.details, e.httpStatus);
        if (error)
            *error = e;
        return -1;
    }
    const QJsonArray rows = data.value(u"Aggregate"_s).toObject().value(className).toArray();
    if (rows.isEmpty())
        return 0;
    return rows.first().toObject().value(u"meta"_s).toObject().value(u"count"_s).toInteger(-1);
}

namespace {

// What earlier clients of this process found at a gRPC address, for a minute: an operation makes many clients, and
// each would otherwise probe again (about 10 ms for a refused port, up to 5 s for one that drops packets).
struct GrpcMemo
{
    QMutex mutex;
    QHash<QString, std::pair<bool, QDeadlineTimer>> found; // target -> (available, until)
};
GrpcMemo& grpcMemo()
{
    static GrpcMemo memo;
    return memo;
}

} // namespace

WeaviateGrpc* WeaviateClient::grpc()
{
    if (m_grpcState == GrpcState::Unknown) {
        GrpcMemo& memo = grpcMemo();
        QMutexLocker lock(&memo.mutex);
        const auto it = memo.found.constFind(m_endpoint.grpcTarget());
        if (it != memo.found.cend() && !it->second.hasExpired()) {
            m_grpcState = it->first ? GrpcState::Available : GrpcState::Missing;
            if (!it->first)
                m_grpcMissing = OpError::make(OpError::Code::Network, QString(),
                    u"gRPC at "_s + m_endpoint.grpcTarget() + u" did not answer a moment ago"_s);
        }
    }
    if (m_grpcState == GrpcState::Missing)
        return nullptr;
    if (!m_grpc)
        m_grpc = std::make_unique<WeaviateGrpc>(m_endpoint);
    m_grpc->setCancelCheck(m_isCanceled);
    m_grpc->setProbing(m_grpcState == GrpcState::Unknown);
    return m_grpc.get();
}

// BatchObjects came with Weaviate 1.23; an older server may still answer gRPC (Search, from 1.19), so in Auto its
// version decides, read once from /v1/meta. Insisting on gRPC (Grpc) skips the check: the server's own answer says.
bool WeaviateClient::serverCarriesObjectsOverGrpc()
{
    if (m_endpoint.dataTransport != WeaviateEndpoint::DataTransport::Auto)
        return true;
    if (!m_grpcDataVersionOk.has_value()) {
        OpError error;
        const ServerInfo info = serverInfo(&error);
        // Unknown (meta refused, a development build's version): let the gRPC probe decide.
        m_grpcDataVersionOk = info.version.isNull() || info.atLeast(1, 23);
        if (!*m_grpcDataVersionOk)
            qCDebug(lcClient).noquote() << "Weaviate" << info.versionString
                                        << "has no gRPC BatchObjects (1.23+): objects travel over REST";
    }
    return *m_grpcDataVersionOk;
}

WeaviateGrpc* WeaviateClient::dataGrpc(OpError* error)
{
    if (m_endpoint.dataTransport == WeaviateEndpoint::DataTransport::Rest || !serverCarriesObjectsOverGrpc())
        return nullptr;
    WeaviateGrpc* g = grpc();
    if (g && m_grpcState == GrpcState::Unknown) {
        OpError pingError;
        bool canceled = false;
        if (!g->ping(&pingError, &canceled) && canceled)
            return nullptr;
        g = grpcAnswered(pingError) ? g : nullptr;
    }
    if (g || m_endpoint.dataTransport == WeaviateEndpoint::DataTransport::Auto)
        return g;
    *error = OpError::make(OpError::Code::Network,
        tr("Objects are to travel over gRPC, but Weaviate's gRPC API at %1 cannot be reached.")
            .arg(m_endpoint.grpcTarget()),
        m_grpcMissing.details);
    return nullptr;
}

bool WeaviateClient::grpcAnswered(const OpError& error)
{
    // Once gRPC has answered, a later failure is the server's (or the network's), not a sign that it is missing.
    const bool available = m_grpcState == GrpcState::Available || !WeaviateGrpc::isUnreachable(error);
    if (m_grpcState == GrpcState::Unknown) {
        GrpcMemo& memo = grpcMemo();
        QMutexLocker lock(&memo.mutex);
        memo.found.insert(m_endpoint.grpcTarget(), {available, QDeadlineTimer(60 * 1000)});
    }
    if (available) {
        if (m_grpcState == GrpcState::Unknown)
            qCDebug(lcClient).noquote() << "counting and listing ids through gRPC at" << m_endpoint.grpcTarget();
        m_grpcState = GrpcState::Available;
        return true;
    }
    m_grpcState = GrpcState::Missing;
    m_grpcMissing = error;
    qCDebug(lcClient).noquote() << "no gRPC at" << m_endpoint.grpcTarget() << "(" << error.details
                                << "): counting through GraphQL, listing ids through the REST cursor";
    return false;
}

bool WeaviateClient::objectCounts(
    const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error)
{
    counts->clear();
    if (tenants.isEmpty())
        return true;
    // The first count settles the path (gRPC, the REST aggregate, or GraphQL); the rest go many at a time.
    counts->append(objectCount(className, tenants.first(), error));
    if (counts->last() < 0)
        return false;
    const QStringList rest = tenants.mid(1);
    QList<qint64> more;
    bool ok = false;
    if (m_grpcState == GrpcState::Available) {
        bool canceled = false;
        OpError e;
        ok = grpc()->objectCounts(className, rest, &more, &e, &canceled);
        if (!ok && error && !canceled)
            *error = e;
    } else if (m_restAggregateState == GrpcState::Available) {
        ok = restAggregateCounts(className, rest, &more, error);
    } else {
        ok = graphqlCounts(className, rest, &more, error);
    }
    *counts += more;
    return ok;
}

bool WeaviateClient::restAggregateCounts(
    const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error)
{
    constexpr qsizetype inFlight = 8;
    QList<PendingRequest> pending;
    for (qsizetype next = 0; next < tenants.size() || !pending.isEmpty();) {
        while (next < tenants.size() && pending.size() < inFlight) {
            const QJsonObject body {{u"tenant"_s, tenants[next++]}};
            pending.append(startSend("POST", u"/v1/aggregate/"_s + className,
                QJsonDocument(body).toJson(QJsonDocument::Compact), {}, Retry::Safe));
        }
        const HttpResult r = finish(pending.first());
        pending.removeFirst();
        const QJsonValue count = QJsonDocument::fromJson(r.body).object().value(u"count"_s);
        if (!r.ok() || !count.isDouble()) {
            for (PendingRequest& p : pending)
                discard(p);
            if (error && !r.canceled)
                *error = r.ok() ? OpError::make(OpError::Code::Format,
                             tr("The server answered a count without a number."), truncated(r.body))
                                : r.error;
            return false;
        }
        counts->append(count.toInteger());
    }
    return true;
}

// Aggregate counts of up to 100 tenants in one GraphQL query, each under an alias: {a0: C(tenant:"t0"){meta{count}}}.
bool WeaviateClient::graphqlCounts(
    const QString& className, const QStringList& tenants, QList<qint64>* counts, OpError* error)
{
    constexpr qsizetype perQuery = 100;
    for (qsizetype first = 0; first < tenants.size(); first += perQuery) {
        const QStringList chunk = tenants.mid(first, perQuery);
        QString query = u"{Aggregate{"_s;
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            if (!isSafeName(chunk[i]))
                return failUnsafeName(chunk[i], error);
            query += u"a%1: %2(tenant:\"%3\"){meta{count}} "_s.arg(i).arg(className, chunk[i]);
        }
        OpError e;
        const QJsonObject data = graphql(query + u"}}"_s, &e);
        if (e.isError()) {
            if (error)
                *error = e;
            return false;
        }
        const QJsonObject aggregate = data.value(u"Aggregate"_s).toObject();
        for (qsizetype i = 0; i < chunk.size(); ++i) {
            const QJsonArray rows = aggregate.value(u"a%1"_s.arg(i)).toArray();
            counts->append(rows.isEmpty() ? 0 : rows.first()[u"meta"_s][u"count"_s].toInteger(-1));
        }
    }
    return true;
}

bool WeaviateClient::objectIds(
    const QString& className, const QString& tenant, const QString& after, int limit, QStringList* ids, OpError* error)
{
    if (WeaviateGrpc* g = grpc()) {
        OpError e;
        bool canceled = false;
        const bool ok = g->ids(className, tenant, after, limit, ids, &e, &canceled);
        if (canceled)
            return false;
        if (grpcAnswered(e)) {
            *error = e;
            return ok;
        }
    }
    // The REST cursor without vectors: the properties come along, the ids are what is read.
    QUrlQuery q;
    q.addQueryItem(u"class"_s, className);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    if (!after.isEmpty())
        q.addQueryItem(u"after"_s, after);
    if (!tenant.isEmpty())
        q.addQueryItem(u"tenant"_s, tenant);
    const HttpResult r = get(u"/v1/objects"_s, q);
    if (!r.ok()) {
        *error = r.error;
        return false;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.body);
    if (!doc.isObject()) {
        *error = OpError::make(
            OpError::Code::Format, tr("The server sent a list of objects that is not valid JSON."), truncated(r.body));
        return false;
    }
    ids->clear();
    for (const QJsonValue& o : doc.object().value(u"objects"_s).toArray())
        ids->append(o.toObject().value(u"id"_s).toString());
    return true;
}

} // namespace Colvault
