// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Client.h"

#include "core/Logging.h"
#include "core/Sha256.h"
#include "core/Version.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimer>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// S3's URI encoding (SigV4): every byte but the unreserved A-Z a-z 0-9 - . _ ~ as %XX, "/" too unless `keepSlash`.
// libcurl signs the path and query exactly as sent, so writing them in this form is what makes the signature match.
QByteArray awsEncode(const QString& text, bool keepSlash)
{
    return text.toUtf8().toPercentEncoding(keepSlash ? QByteArray("/~") : QByteArray("~"));
}

// An S3 XML answer, flattened: the root element's name, its simple children's text, and the simple children of
// each repeated element named `item` (<Contents> of a listing, <Upload> of ListMultipartUploads).
struct XmlAnswer
{
    QString root;
    QHash<QString, QString> top;
    QList<QHash<QString, QString>> items;
    bool ok = false;
};

XmlAnswer parseXml(const QByteArray& body, const QString& item = {})
{
    XmlAnswer a;
    QXmlStreamReader x(body);
    int depth = 0;
    int itemDepth = -1; // depth of the <item> element being read, -1 outside one
    QString text;
    while (!x.atEnd()) {
        switch (x.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1)
                a.root = x.name().toString();
            else if (itemDepth < 0 && depth == 2 && x.name() == item) {
                a.items.append(QHash<QString, QString>());
                itemDepth = depth;
            }
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += x.text();
            break;
        case QXmlStreamReader::EndElement:
            if (itemDepth >= 0 && depth == itemDepth)
                itemDepth = -1;
            else if (itemDepth >= 0 && depth == itemDepth + 1)
                a.items.last().insert(x.name().toString(), text);
            else if (depth == 2)
                a.top.insert(x.name().toString(), text);
            text.clear();
            --depth;
            break;
        default:
            break;
        }
    }
    a.ok = !x.hasError() && !a.root.isEmpty();
    return a;
}

// "bytes FIRST-LAST/SIZE" or "bytes */SIZE": the object's whole size, -1 when not given.
qint64 sizeFromContentRange(const QByteArray& contentRange)
{
    const qsizetype slash = contentRange.lastIndexOf('/');
    bool ok = false;
    const qint64 size = slash < 0 ? -1 : contentRange.mid(slash + 1).trimmed().toLongLong(&ok);
    return ok ? size : -1;
}

QString detailsOf(const QByteArray& body)
{
    const QByteArray trimmed = body.trimmed();
    return QString::fromUtf8(trimmed.left(600)) + (trimmed.size() > 600 ? u"…"_s : QString());
}

} // namespace

S3Client::S3Client(S3Config config)
    : m_config(std::move(config))
    , m_transport(std::make_unique<HttpTransport>(m_config.transport))
{
}

S3Client::~S3Client() = default;

QUrl S3Client::urlFor(const Request& r) const
{
    QByteArray path = "/";
    QString host = m_config.endpoint.host();
    if (m_config.pathStyle)
        path += awsEncode(r.location.bucket, false) + (r.location.key.isEmpty() ? "" : "/");
    else
        host = r.location.bucket + u'.' + host;
    path += awsEncode(r.location.key, true);
    // Canonical query (SigV4): names and values encoded, sorted, "name=" for a flag such as "uploads".
    QList<QByteArray> pairs;
    for (const auto& [name, value] : r.query)
        pairs.append(awsEncode(name, false) + '=' + awsEncode(value, false));
    std::sort(pairs.begin(), pairs.end());
    QUrl url = m_config.endpoint;
    url.setHost(host);
    url.setPath(QString::fromLatin1(path), QUrl::StrictMode);
    if (!pairs.isEmpty())
        url.setQuery(QString::fromLatin1(pairs.join('&')), QUrl::StrictMode);
    return url;
}

quint64 S3Client::issue(const Request& r)
{
    HttpTransport::Request request;
    request.method = r.method;
    request.url = urlFor(r);
    request.body = r.body;
    request.idempotent = r.retry == Retry::Safe;
    request.headers = r.headers;
    request.headers.append({"User-Agent", "colvault/" + versionString().toUtf8()});
    request.headers.append({"x-amz-content-sha256", Sha256::hash(r.body).toHex()});
    if (!m_config.sessionToken.isEmpty())
        request.headers.append({"x-amz-security-token", m_config.sessionToken});
    if (r.method == "PUT" || r.method == "POST") {
        const bool typed = std::any_of(request.headers.cbegin(), request.headers.cend(),
            [](const auto& h) { return h.first.compare("Content-Type", Qt::CaseInsensitive) == 0; });
        if (!typed) // else libcurl labels the body a form
            request.headers.append({QByteArray("Content-Type"), QByteArray("application/octet-stream")});
    }
    request.awsSigV4 = "aws:amz:" + m_config.region.toUtf8() + ":s3";
    request.awsAccessKeyId = m_config.accessKeyId;
    request.awsSecretAccessKey = m_config.secretAccessKey;
    return m_transport->start(std::move(request));
}

S3Client::Attempt S3Client::await(quint64 transfer, const Request& request)
{
    HttpTransport::Response r = m_transport->wait(transfer, m_isCanceled);
    if (r.failure == HttpTransport::Failure::Canceled || isCanceled()) {
        Attempt out;
        out.result.canceled = true;
        return out;
    }
    const QString where = QStringLiteral("%1 %2").arg(QString::fromLatin1(request.method), request.location.toString());
    if (r.failure != HttpTransport::Failure::None)
        return failedAttempt(r.failure, r.detail, where);
    return answeredAttempt(std::move(r), request, where);
}

S3Client::Attempt S3Client::failedAttempt(HttpTransport::Failure why, const QString& detail, const QString& where) const
{
    using F = HttpTransport::Failure;
    const QString host = m_config.endpoint.toString();
    QString message;
    switch (why) {
    case F::Refused:
        message = tr("Could not connect to the S3 server at %1: the connection was refused.").arg(host);
        break;
    case F::HostNotFound:
        message = tr("The S3 server name in %1 could not be found.").arg(host);
        break;
    case F::Timeout:
        message = tr("The S3 server at %1 did not answer in time.").arg(host);
        break;
    case F::TlsUntrusted:
        message = tr("The secure connection to the S3 server at %1 failed: its certificate is not trusted.").arg(host);
        break;
    default:
        message = tr("The connection to the S3 server at %1 failed.").arg(host);
    }
    Attempt out;
    out.result.error = OpError::make(OpError::Code::Network, message, QStringLiteral("%1: %2").arg(where, detail));
    out.notApplied = HttpTransport::neverReachedServer(why);
    out.result.maybeApplied = !out.notApplied;
    out.retryable = HttpTransport::worthRetrying(why);
    return out;
}

S3Client::Attempt S3Client::answeredAttempt(
    HttpTransport::Response response, const Request& request, const QString& where) const
{
    Attempt out;
    out.result.status = response.status;
    out.result.body = std::move(response.body);
    out.headers = std::move(response.headers);
    const int status = out.result.status;
    // CompleteMultipartUpload may answer 200 and still fail: the error is in the body.
    const bool errorIn200 = status == 200 && request.method == "POST" && out.result.body.contains("<Error>");
    if (status >= 200 && status < 300 && !errorIn200)
        return out;
    const XmlAnswer xml = parseXml(out.result.body);
    const QString code = xml.top.value(u"Code"_s);
    out.result.error = errorFor(errorIn200 ? 500 : status, out.result.body, where, request.location, m_config);
    out.retryable = status == 429 || (status >= 500 && status != 501) || errorIn200 || code == u"RequestTimeout"_s
        || code == u"SlowDown"_s;
    // Throttling and "busy" answers come before any work; an internal error says nothing about what was done.
    out.notApplied = status == 429 || status == 503 || code == u"SlowDown"_s;
    out.result.maybeApplied = out.retryable && !out.notApplied;
    return out;
}

HttpResult S3Client::send(Request request, HttpTransport::Headers* headers)
{
    return run(request, 0, headers);
}

HttpResult S3Client::run(Request& request, quint64 first, HttpTransport::Headers* headers)
{
    const int maxAttempts = request.retry == Retry::Never ? 1 : m_config.transport.maxRetries + 1;
    HttpResult result;
    for (int attempt = 0; attempt < maxAttempts; ++attempt) {
        if (isCanceled()) {
            if (first != 0)
                m_transport->abort(first);
            result = {};
            result.canceled = true;
            return result;
        }
        const quint64 transfer = first != 0 ? first : issue(request);
        first = 0;
        Attempt a = await(transfer, request);
        const int attempts = result.attempts + 1;
        result = std::move(a.result);
        result.attempts = attempts;
        if (headers)
            *headers = std::move(a.headers);
        if (result.canceled || result.ok())
            return result;
        const bool mayRetry
            = a.retryable && (request.retry == Retry::Safe || (request.retry == Retry::UnlessApplied && a.notApplied));
        if (mayRetry && maxAttempts > 1)
            result.error.details += QStringLiteral(" (attempt %1 of %2)").arg(attempt + 1).arg(maxAttempts);
        qCDebug(lcClient).noquote() << "S3 request failed:" << result.error.details;
        if (!mayRetry || attempt + 1 >= maxAttempts)
            return result;
        const int delay = m_pacer.delayMs(m_config.transport, attempt);
        if (m_retryNotifier)
            m_retryNotifier(attempt + 1, maxAttempts, delay, result.error);
        if (!RetryPacer::sleepUnlessCanceled(delay, m_isCanceled)) {
            result.canceled = true;
            result.error = {};
            return result;
        }
    }
    return result;
}

OpError S3Client::errorFor(
    int status, const QByteArray& body, const QString& what, const S3Location& location, const S3Config& config)
{
    const XmlAnswer xml = parseXml(body);
    QString code = xml.top.value(u"Code"_s);
    if (code.isEmpty() && status == 404)
        code = location.key.isEmpty() ? u"NoSuchBucket"_s : u"NoSuchKey"_s;
    if (code.isEmpty() && status == 403)
        code = u"AccessDenied"_s;
    const QString details = QStringLiteral("HTTP %1 on %2: %3").arg(status).arg(what, detailsOf(body));
    const auto make
        = [&](OpError::Code c, const QString& message) { return OpError::make(c, message, details, status); };
    const QString keyId = QString::fromUtf8(config.accessKeyId);
    const QString where = location.toString();
    using C = OpError::Code;
    if (code == u"NoSuchBucket"_s)
        return make(C::NotFound,
            tr("The S3 bucket \"%1\" does not exist at %2.").arg(location.bucket, config.endpoint.toString()));
    if (code == u"NoSuchKey"_s)
        return make(C::NotFound, tr("There is no object at %1.").arg(where));
    if (code == u"NoSuchUpload"_s)
        return make(C::NotFound, tr("The multipart upload to %1 no longer exists on the S3 server.").arg(where));
    if (code == u"SignatureDoesNotMatch"_s)
        //: %1 is the S3 server's address, %2 an access key ID
        return make(C::Auth,
            tr("The S3 server at %1 rejected the request: the secret access key of %2 is wrong.")
                .arg(config.endpoint.toString(), keyId));
    if (code == u"InvalidAccessKeyId"_s)
        return make(C::Auth, tr("The S3 server does not know the access key ID %1.").arg(keyId));
    if (code == u"AccessDenied"_s)
        return make(C::Auth, tr("The S3 server denied the access key ID %1 access to %2.").arg(keyId, where));
    if (code == u"ExpiredToken"_s || code == u"TokenRefreshRequired"_s)
        return make(C::Auth, tr("The S3 session token has expired: get new temporary credentials."));
    if (code == u"InvalidToken"_s)
        return make(C::Auth, tr("The S3 server rejected the session token (AWS_SESSION_TOKEN)."));
    if (code == u"RequestTimeTooSkewed"_s)
        return make(C::Auth, tr("The S3 server rejected the request because this computer's clock is wrong."));
    if (code == u"AuthorizationHeaderMalformed"_s || code == u"PermanentRedirect"_s)
        return make(C::Usage,
            tr("The S3 bucket \"%1\" is not in the region %2: set its region (AWS_REGION).")
                .arg(location.bucket, config.region));
    if (code == u"InvalidRange"_s)
        return make(C::Format, tr("The byte range asked for lies outside the object at %1.").arg(where));
    if (code == u"EntityTooSmall"_s)
        return make(C::Usage,
            tr("A part of the multipart upload to %1 is smaller than the S3 server's minimum part size.").arg(where));
    if (code == u"InvalidPart"_s || code == u"InvalidPartOrder"_s)
        return make(C::Format, tr("The S3 server does not have the parts listed for the upload to %1.").arg(where));
    if (status >= 500)
        return make(C::Http, tr("The S3 server failed with HTTP status %1.").arg(status));
    if (!code.isEmpty())
        //: %1 is S3's error code (e.g. InvalidArgument), %2 an HTTP status.
        return make(
            C::Http, tr("The S3 server refused the request with error %1 (HTTP status %2).").arg(code).arg(status));
    return make(C::Http, tr("The S3 server refused the request (HTTP status %1).").arg(status));
}

HttpResult S3Client::headObject(const S3Location& location, S3ObjectInfo* info)
{
    Request r;
    r.location = location;
    r.headers = {{"Range", "bytes=0-0"}};
    HttpTransport::Headers headers;
    HttpResult result = send(r, &headers);
    HttpTransport::Response answer; // for its header() lookup
    answer.headers = headers;
    // Only an empty object has no byte 0: 416 (InvalidRange), with or without "Content-Range: bytes */0".
    const bool empty = result.status == 416;
    if (empty)
        result.error = {};
    if (!result.ok())
        return result;
    info->key = location.key;
    info->etag = answer.header("ETag");
    info->lastModified = QDateTime::fromString(QString::fromLatin1(answer.header("Last-Modified")), Qt::RFC2822Date);
    info->size = empty         ? 0
        : result.status == 206 ? sizeFromContentRange(answer.header("Content-Range"))
                               : qint64(result.body.size());
    result.body.clear();
    return result;
}

HttpResult S3Client::getObjectRange(
    const S3Location& location, qint64 first, qint64 last, QByteArray* data, S3ObjectInfo* info)
{
    Request r;
    r.location = location;
    r.headers = {{"Range", QByteArray("bytes=") + QByteArray::number(first) + '-' + QByteArray::number(last)}};
    HttpTransport::Headers headers;
    HttpResult result = send(r, &headers);
    if (!result.ok())
        return result;
    if (info) {
        HttpTransport::Response answer; // for its header() lookup
        answer.headers = std::move(headers);
        info->key = location.key;
        info->etag = answer.header("ETag");
        info->size
            = result.status == 206 ? sizeFromContentRange(answer.header("Content-Range")) : qint64(result.body.size());
    }
    // A server that ignores Range sends the whole object.
    *data = result.status == 206 ? std::move(result.body) : result.body.mid(first, last - first + 1);
    result.body.clear();
    if (data->size() > last - first + 1) {
        result.error = OpError::make(OpError::Code::Format,
            tr("The S3 server sent more bytes of %1 than were asked for.").arg(location.toString()),
            QStringLiteral("asked for bytes %1-%2, got %3 bytes").arg(first).arg(last).arg(data->size()));
        data->clear();
    }
    return result;
}

HttpResult S3Client::listObjects(
    const QString& bucket, const QString& prefix, const QString& continuationToken, S3ListPage* page, int maxKeys)
{
    Request r;
    r.location.bucket = bucket;
    r.query = {{u"list-type"_s, u"2"_s}, {u"max-keys"_s, QString::number(maxKeys)}};
    if (!prefix.isEmpty())
        r.query.append({u"prefix"_s, prefix});
    if (!continuationToken.isEmpty())
        r.query.append({u"continuation-token"_s, continuationToken});
    HttpResult result = send(r);
    if (!result.ok())
        return result;
    const XmlAnswer xml = parseXml(result.body, u"Contents"_s);
    if (!xml.ok || xml.root != u"ListBucketResult"_s) {
        result.error = OpError::make(OpError::Code::Format,
            tr("The S3 server sent a listing of bucket \"%1\" that is not valid.").arg(bucket), detailsOf(result.body));
        return result;
    }
    *page = {};
    for (const auto& item : xml.items) {
        S3ObjectInfo o;
        o.key = item.value(u"Key"_s);
        o.size = item.value(u"Size"_s).toLongLong();
        o.etag = item.value(u"ETag"_s).toUtf8();
        o.lastModified = QDateTime::fromString(item.value(u"LastModified"_s), Qt::ISODateWithMs);
        page->objects.append(o);
    }
    page->truncated = xml.top.value(u"IsTruncated"_s) == u"true"_s;
    page->nextContinuationToken = xml.top.value(u"NextContinuationToken"_s);
    result.body.clear();
    return result;
}

HttpResult S3Client::listObjects(
    const QString& bucket, const QString& prefix, QList<S3ObjectInfo>* objects, int maxKeys)
{
    objects->clear();
    QString token;
    for (;;) {
        S3ListPage page;
        HttpResult result = listObjects(bucket, prefix, token, &page, maxKeys);
        if (!result.ok())
            return result;
        *objects += page.objects;
        // A truncated page without a token would list the first page again, forever.
        if (!page.truncated || page.nextContinuationToken.isEmpty() || page.nextContinuationToken == token)
            return result;
        token = page.nextContinuationToken;
    }
}

HttpResult S3Client::deleteObject(const S3Location& location)
{
    Request r;
    r.method = "DELETE";
    r.location = location;
    return send(r);
}

HttpResult S3Client::createMultipartUpload(const S3Location& location, QString* uploadId, const QByteArray& contentType)
{
    Request r;
    r.method = "POST";
    r.location = location;
    r.query = {{u"uploads"_s, QString()}};
    r.headers = {{"Content-Type", contentType}};
    // A retry after an ambiguous failure could leave an unused upload behind: retried only where nothing was done.
    r.retry = Retry::UnlessApplied;
    HttpResult result = send(r);
    if (!result.ok())
        return result;
    const XmlAnswer xml = parseXml(result.body);
    *uploadId = xml.top.value(u"UploadId"_s);
    if (uploadId->isEmpty())
        result.error = OpError::make(OpError::Code::Format,
            tr("The S3 server did not start the multipart upload to %1.").arg(location.toString()),
            detailsOf(result.body));
    return result;
}

S3Client::Request S3Client::partRequest(const PendingPart& part)
{
    Request r;
    r.method = "PUT";
    r.location = part.location;
    r.query = {{u"partNumber"_s, QString::number(part.partNumber)}, {u"uploadId"_s, part.uploadId}};
    r.body = part.data;
    return r; // Retry::Safe: sending part N again replaces it
}

S3Client::PendingPart S3Client::startUploadPart(
    const S3Location& location, const QString& uploadId, int partNumber, QByteArray data)
{
    PendingPart part {location, uploadId, partNumber, std::move(data), 0};
    if (!isCanceled())
        part.transfer = issue(partRequest(part));
    return part;
}

HttpResult S3Client::finishUploadPart(PendingPart& part, QByteArray* etag)
{
    Request r = partRequest(part);
    HttpTransport::Headers headers;
    HttpResult result = run(r, std::exchange(part.transfer, 0), &headers);
    part = {};
    if (!result.ok())
        return result;
    HttpTransport::Response answer;
    answer.headers = std::move(headers);
    *etag = answer.header("ETag");
    if (etag->isEmpty())
        result.error = OpError::make(OpError::Code::Format,
            tr("The S3 server did not confirm part %1 of the upload to %2.")
                .arg(r.query.first().second, r.location.toString()),
            u"UploadPart answered without an ETag"_s);
    return result;
}

void S3Client::discard(PendingPart& part)
{
    if (part.transfer != 0)
        m_transport->abort(part.transfer);
    part = {};
}

HttpResult S3Client::uploadPart(
    const S3Location& location, const QString& uploadId, int partNumber, QByteArray data, QByteArray* etag)
{
    PendingPart part = startUploadPart(location, uploadId, partNumber, std::move(data));
    return finishUploadPart(part, etag);
}

HttpResult S3Client::completeMultipartUpload(
    const S3Location& location, const QString& uploadId, QList<S3CompletedPart> parts)
{
    std::sort(parts.begin(), parts.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    Request r;
    r.method = "POST";
    r.location = location;
    r.query = {{u"uploadId"_s, uploadId}};
    r.headers = {{"Content-Type", "application/xml"}};
    QXmlStreamWriter w(&r.body);
    w.writeStartElement(u"CompleteMultipartUpload"_s);
    for (const S3CompletedPart& p : parts) {
        w.writeStartElement(u"Part"_s);
        w.writeTextElement(u"PartNumber"_s, QString::number(p.number));
        w.writeTextElement(u"ETag"_s, QString::fromUtf8(p.etag));
        w.writeEndElement();
    }
    w.writeEndElement();
    HttpResult result = send(r);
    // A retry of a completion that the server had carried out finds the upload gone: the object is there.
    if (result.attempts > 1 && result.status == 404 && result.error.details.contains(u"NoSuchUpload"_s)) {
        S3ObjectInfo info;
        if (const HttpResult head = headObject(location, &info); head.ok()) {
            result.error = {};
            result.status = 200;
        }
    }
    return result;
}

HttpResult S3Client::abortMultipartUpload(const S3Location& location, const QString& uploadId)
{
    Request r;
    r.method = "DELETE";
    r.location = location;
    r.query = {{u"uploadId"_s, uploadId}};
    HttpResult result = send(r);
    // Gone already (an earlier attempt of this abort did it): nothing is left, which is what was asked.
    if (result.attempts > 1 && result.status == 404)
        result.error = {};
    return result;
}

HttpResult S3Client::listMultipartUploads(const QString& bucket, const QString& prefix, QList<S3PendingUpload>* uploads)
{
    uploads->clear();
    QString keyMarker;
    QString uploadIdMarker;
    for (;;) {
        Request r;
        r.location.bucket = bucket;
        r.query = {{u"uploads"_s, QString()}};
        if (!prefix.isEmpty())
            r.query.append({u"prefix"_s, prefix});
        if (!keyMarker.isEmpty())
            r.query.append({u"key-marker"_s, keyMarker});
        if (!uploadIdMarker.isEmpty())
            r.query.append({u"upload-id-marker"_s, uploadIdMarker});
        HttpResult result = send(r);
        if (!result.ok())
            return result;
        const XmlAnswer xml = parseXml(result.body, u"Upload"_s);
        if (!xml.ok || xml.root != u"ListMultipartUploadsResult"_s) {
            result.error = OpError::make(OpError::Code::Format,
                tr("The S3 server sent a list of uploads in bucket \"%1\" that is not valid.").arg(bucket),
                detailsOf(result.body));
            return result;
        }
        for (const auto& item : xml.items)
            uploads->append({item.value(u"Key"_s), item.value(u"UploadId"_s)});
        keyMarker = xml.top.value(u"NextKeyMarker"_s);
        uploadIdMarker = xml.top.value(u"NextUploadIdMarker"_s);
        if (xml.top.value(u"IsTruncated"_s) != u"true"_s || (keyMarker.isEmpty() && uploadIdMarker.isEmpty())) {
            result.body.clear();
            return result;
        }
    }
}

} // namespace Colvault
