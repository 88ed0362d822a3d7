// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/HttpTransport.h"
#include "core/OpError.h"
#include "core/S3Credentials.h"
#include "core/S3Location.h"
#include "core/WeaviateClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace Colvault {

struct S3ObjectInfo
{
    QString key;
    qint64 size = -1;
    QByteArray etag; // as the server wrote it, quotes included
    QDateTime lastModified;
};

// One page of ListObjectsV2.
struct S3ListPage
{
    QList<S3ObjectInfo> objects;
    bool truncated = false;
    QString nextContinuationToken; // pass to the next listObjects() while truncated
};

// A multipart upload that was started and neither completed nor aborted.
struct S3PendingUpload
{
    QString key;
    QString uploadId;
};

struct S3CompletedPart
{
    int number = 0; // 1..10000
    QByteArray etag; // what UploadPart answered
};

// A small blocking client for S3-compatible object storage, for use inside one worker thread (like WeaviateClient,
// whose HttpTransport it shares the design of: libcurl, kept-alive connections, TLS and proxy settings from
// S3Config::transport). libcurl signs every request (SigV4, CURLOPT_AWS_SIGV4); this class only writes each query in
// canonical form and sends the payload's SHA-256 in x-amz-content-sha256.
//
// Every call returns an HttpResult: ok(), or canceled (not an error), or error, one translated sentence built from
// S3's <Code> (wrong secret key, unknown access key, missing bucket or key...), with the server's words in details.
// Retries what is safe with backoff and jitter (transport.maxRetries, retryDelayMs): connection failures, timeouts,
// 500/502/503/504, 429, S3's RequestTimeout. Reads, UploadPart (a part number is overwritten), DeleteObject,
// AbortMultipartUpload and CompleteMultipartUpload (a retry that finds the upload gone checks that the object is
// there) are safe; CreateMultipartUpload is retried only where the server certainly did not act.
//
// Parts in flight at once: startUploadPart() for several parts, then finishUploadPart() for each (all of them
// progress while any one is awaited), like WeaviateClient::startSend()/finish().
//
// Usage: S3Client s3(config); s3.setCancelCheck(isCanceled);
//        QString id; s3.createMultipartUpload(loc, &id); ... s3.uploadPart(loc, id, 1, data, &etag); ...
//        s3.completeMultipartUpload(loc, id, parts);   // or abortMultipartUpload(loc, id) on failure and cancel
class S3Client
{
    Q_DECLARE_TR_FUNCTIONS(S3Client)

public:
    explicit S3Client(S3Config config);
    ~S3Client();
    S3Client(const S3Client&) = delete;
    S3Client& operator=(const S3Client&) = delete;

    const S3Config& config() const { return m_config; }
    void setCancelCheck(std::function<bool()> isCanceled) { m_isCanceled = std::move(isCanceled); }
    void setRetryNotifier(WeaviateClient::RetryNotifier notifier) { m_retryNotifier = std::move(notifier); }
    bool isCanceled() const { return m_isCanceled && m_isCanceled(); }

    // Size, ETag and date of an object (NotFound when missing). A one-byte ranged GET, so that a missing key comes
    // with S3's own error body.
    HttpResult headObject(const S3Location& location, S3ObjectInfo* info);
    // Bytes first..last (inclusive) of an object; fewer at its end. `info` (optional) gets the whole object's size
    // and its ETag, which tell a reader whether the object changed between two ranges.
    HttpResult getObjectRange(
        const S3Location& location, qint64 first, qint64 last, QByteArray* data, S3ObjectInfo* info = nullptr);
    // Up to maxKeys objects under `prefix`, after the page that answered `continuationToken` (empty: the first).
    HttpResult listObjects(const QString& bucket, const QString& prefix, const QString& continuationToken,
        S3ListPage* page, int maxKeys = 1000);
    // Every object under `prefix`, all pages (continuation tokens), `maxKeys` a page; each page retried on its own.
    HttpResult listObjects(
        const QString& bucket, const QString& prefix, QList<S3ObjectInfo>* objects, int maxKeys = 1000);
    HttpResult deleteObject(const S3Location& location);

    HttpResult createMultipartUpload(
        const S3Location& location, QString* uploadId, const QByteArray& contentType = "application/octet-stream");
    // A part on its way: its data is kept for retries until finishUploadPart() or discard().
    struct PendingPart
    {
        S3Location location;
        QString uploadId;
        int partNumber = 0;
        QByteArray data;
        quint64 transfer = 0;
        bool isStarted() const { return partNumber > 0; }
    };
    PendingPart startUploadPart(const S3Location& location, const QString& uploadId, int partNumber, QByteArray data);
    HttpResult finishUploadPart(PendingPart& part, QByteArray* etag);
    void discard(PendingPart& part);
    HttpResult uploadPart(
        const S3Location& location, const QString& uploadId, int partNumber, QByteArray data, QByteArray* etag);
    HttpResult completeMultipartUpload(
        const S3Location& location, const QString& uploadId, QList<S3CompletedPart> parts);
    HttpResult abortMultipartUpload(const S3Location& location, const QString& uploadId);
    // Every upload under `prefix` not yet completed or aborted (all pages).
    HttpResult listMultipartUploads(const QString& bucket, const QString& prefix, QList<S3PendingUpload>* uploads);

    // The one clear sentence for an S3 error answer (XML <Error><Code>), with status and server text in details.
    static OpError errorFor(
        int status, const QByteArray& body, const QString& what, const S3Location& location, const S3Config& config);
    qint64 connectionsOpened() const { return m_transport->connectionsOpened(); }

private:
    using Query = QList<QPair<QString, QString>>;
    struct Request
    {
        QByteArray method = "GET";
        S3Location location; // key empty for bucket calls
        Query query;
        HttpTransport::Headers headers;
        QByteArray body;
        Retry retry = Retry::Safe;
    };
    struct Attempt
    {
        HttpResult result;
        HttpTransport::Headers headers;
        bool retryable = false;
        bool notApplied = false;
    };
    static Request partRequest(const PendingPart& part);
    HttpResult send(Request request, HttpTransport::Headers* headers = nullptr);
    HttpResult run(Request& request, quint64 first, HttpTransport::Headers* headers);
    quint64 issue(const Request& request);
    Attempt await(quint64 transfer, const Request& request);
    Attempt failedAttempt(HttpTransport::Failure failure, const QString& detail, const QString& where) const;
    Attempt answeredAttempt(HttpTransport::Response response, const Request& request, const QString& where) const;
    QUrl urlFor(const Request& request) const;

    S3Config m_config;
    std::unique_ptr<HttpTransport> m_transport;
    std::function<bool()> m_isCanceled;
    WeaviateClient::RetryNotifier m_retryNotifier;
    RetryPacer m_pacer;
};

} // namespace Colvault
