// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>
#include <QUrl>
#include <functional>
#include <memory>
#include <unordered_map>
#include <vector>

class QSocketNotifier;

namespace Colvault {

// Every HTTP request Colvault sends, through libcurl (docs/decisions.md, "One HTTP stack: libcurl"). One transport
// per WeaviateClient, so per worker thread; it must be used only on the thread that created it.
//
// - Connections are kept alive in one pool per transport, as many as requests are in flight (HTTP/2 multiplexes
//   them onto one where the server offers it over TLS); TCP_NODELAY; TLS sessions are resumed.
// - TLS: the system's CA certificates plus `caFile`, or no verification with `insecure`.
// - Proxies (ProxySettings): the environment's HTTP(S)_PROXY / ALL_PROXY / NO_PROXY, else the operating system's
//   settings on Windows and macOS; none; or a manual URL with user and password (Basic, NTLM, Negotiate).
// - No redirect is followed here (WeaviateClient follows same-origin ones itself).
// - A transfer fails when no byte moves for `transferTimeoutMs` (like QNetworkRequest::setTransferTimeout).
//
// libcurl's sockets and timers are served by this thread's Qt event loop (QSocketNotifier, QTimer), so requests in
// flight progress whenever the thread runs its events: while wait() waits for one of them, and in pump().
//
// Usage: HttpTransport t(endpoint); auto id = t.start({"GET", url, headers, {}}); Response r = t.wait(id, isCanceled);
class HttpTransport : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;
    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        Headers headers;
        QByteArray body;
        // AWS Signature Version 4 (S3): "aws:amz:REGION:s3", with the access key id and secret as user and password;
        // libcurl signs the request (CURLOPT_AWS_SIGV4). Empty: no signing.
        QByteArray awsSigV4;
        QByteArray awsAccessKeyId;
        QByteArray awsSecretAccessKey;
        // libcurl sends a request again by itself when a kept-alive connection turns out closed before any answer;
        // the server may have acted on it, so a request that must not run twice goes on a fresh connection.
        bool idempotent = true;
    };
    // Why a transfer ended without a complete answer.
    enum class Failure
    {
        None,
        Refused, // the server (or the proxy) refused the connection
        HostNotFound, // the server's (or the proxy's) name did not resolve
        Timeout, // no byte moved for the transfer timeout, or connecting took that long
        TlsUntrusted, // the server's certificate is not trusted (or does not match its name)
        TlsFailed, // the TLS handshake failed for another reason
        ProxyAuth, // the proxy wants a user name and password, or refused the ones given (HTTP 407)
        ProxyRefused, // the proxy would not open a tunnel to the server
        CutShort, // the connection broke before the whole answer arrived (reset, closed, truncated)
        Canceled, // abort(), or the cancel check fired during wait()
        Other,
    };
    struct Response
    {
        int status = 0; // the final HTTP status; 0 when none arrived
        QByteArray body;
        Headers headers; // of the final answer, names as the server wrote them
        QByteArray header(const QByteArray& name) const; // case-insensitive, first match, empty when absent
        Failure failure = Failure::None;
        QString detail; // libcurl's own words, for details and the log
        bool viaProxy = false;
    };
    using Id = quint64;
    // The request certainly never reached the server (refused, unresolved, untrusted, stopped at the proxy): even a
    // request that must not run twice may be sent again. Any other failure may have come after the server acted.
    static bool neverReachedServer(Failure why);
    // The same request may succeed later; an unknown name, an untrusted certificate or a refused proxy password
    // fail the same way again.
    static bool worthRetrying(Failure why);

    explicit HttpTransport(const WeaviateEndpoint& endpoint, QObject* parent = nullptr);
    ~HttpTransport() override;

    // Starts a request; it progresses while this thread runs its events. 0 when libcurl refused it (the reason is
    // in the Response wait() then returns).
    Id start(Request request);
    // Runs this thread's events until `id` has ended or `isCanceled` returns true (checked every 50 ms; the
    // transfer is then aborted). The transfer is gone afterwards.
    Response wait(Id id, const std::function<bool()>& isCanceled);
    void abort(Id id); // ends and forgets the transfer
    // Serves whatever libcurl has to do now, without waiting (requests in flight while the caller is busy).
    void pump();

    // The proxy requests to `url` use: empty for a direct connection. For the connection dialog and the log.
    QString proxyFor(const QUrl& url) const;
    // New connections opened since construction (kept-alive ones that were reused do not count).
    qint64 connectionsOpened() const { return m_connectionsOpened; }

Q_SIGNALS:
    void transferEnded(Id id);

private:
    friend struct CurlCallbacks;
    struct Transfer;
    struct Socket;
    void resolveProxy();
    bool bypassesProxy(const QUrl& url) const;
    void watchSocket(qintptr fd, int what);
    void socketAction(qintptr fd, int events);
    void collectEnded();
    void endTransfer(Transfer& t, int curlCode);
    void checkIdle();
    void configure(Transfer& t);
    void configureTls(Transfer& t);
    void configureProxy(Transfer& t);
    void learnProxyAuth(Transfer& t);

    WeaviateEndpoint m_endpoint;
    QByteArray m_proxy; // resolved once: the proxy URL for CURLOPT_PROXY, or empty (see m_proxyFromEnvironment)
    bool m_proxyFromEnvironment = false; // libcurl reads HTTP(S)_PROXY itself
    QByteArray m_caPem; // the extra CA certificates, read once
    unsigned long m_proxyAuth = 0; // CURLAUTH_ANY until the proxy has named its methods (learnProxyAuth)
    void* m_multi = nullptr; // CURLM*
    void* m_share = nullptr; // CURLSH*: TLS sessions and DNS shared by this transport's transfers
    QTimer m_curlTimer; // libcurl's own timeouts
    QElapsedTimer m_lastIdleCheck;
    Id m_nextId = 1;
    std::unordered_map<Id, std::unique_ptr<Transfer>> m_transfers;
    std::unordered_map<qintptr, std::unique_ptr<Socket>> m_sockets;
    // Notifiers of sockets libcurl has closed, deleted when no notifier's signal can be on the stack (the end of
    // wait(), the destructor). Not deleteLater(): a worker thread without an event loop never deletes them.
    std::vector<std::unique_ptr<QSocketNotifier>> m_retired;
    qint64 m_connectionsOpened = 0;
};

} // namespace Colvault
