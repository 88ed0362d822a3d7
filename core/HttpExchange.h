// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrl>

class QTcpSocket;

namespace Colvault {

// One HTTP/1.1 request with a body, on a connection of its own ("Connection: close"), driven by the event loop of
// the thread that starts it. WeaviateClient sends every request with a body this way and keeps
// QNetworkAccessManager for the rest.
//
// Why not QNetworkAccessManager for these: Qt 6.4's HTTP layer hands an upload to its socket 16 KiB per event-loop
// turn of its own thread, and offers no TCP_NODELAY. A 2 MB batch took 9 ms to reach the server on an idle loopback
// and about 40 ms while client and server were busy (node's http: 1 ms), and the restore waited on that; on a
// reused connection Nagle and the server's delayed ACK added another 40 ms. Here the request is written at once with
// TCP_NODELAY set, and the kernel takes it in one go (docs/benchmarks.md, "restore").
//
// The answer is read by Content-Length, chunked transfer coding, or up to the end of the connection. Failures use
// QNetworkReply's codes so that the caller treats both transports alike: refused, host not found, TLS handshake,
// transfer timeout (OperationCanceledError, as QNAM reports it), and RemoteHostClosedError for a connection that
// ended before the whole answer arrived. No redirects are followed and no proxy other than the application's is used.
class HttpExchange : public QObject
{
    Q_OBJECT

public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    // `transferTimeoutMs`: the exchange fails when no byte moves for this long (0: never), like
    // QNetworkRequest::setTransferTimeout.
    HttpExchange(QUrl url, QByteArray method, Headers headers, QByteArray body, QSslConfiguration tls,
        int transferTimeoutMs, QObject* parent = nullptr);
    ~HttpExchange() override;

    void start();
    void abort(); // finishes at once with OperationCanceledError

    bool isFinished() const { return m_finished; }
    QNetworkReply::NetworkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    int status() const { return m_status; } // 0 until a final status line was read
    QByteArray header(const QByteArray& name) const; // case-insensitive, first match
    QByteArray body() const { return m_body; }

Q_SIGNALS:
    void finished();

private:
    enum class Stage
    {
        StatusLine,
        Headers,
        FixedBody,
        ChunkSize,
        ChunkData,
        ChunkTrailer,
        BodyToClose,
        Done
    };

    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError();
    void progress();
    bool parse(); // false: the answer is malformed (the exchange has failed)
    bool takeBody();
    void finishOk();
    void fail(QNetworkReply::NetworkError error, const QString& text);

    QUrl m_url;
    QByteArray m_method;
    Headers m_requestHeaders;
    QByteArray m_requestBody;
    QSslConfiguration m_tls;
    int m_transferTimeoutMs = 0;

    QTcpSocket* m_socket = nullptr;
    QTimer m_timeout;
    QByteArray m_in; // received, not yet parsed
    Stage m_stage = Stage::StatusLine;
    qint64 m_remaining = 0; // of the fixed body or the current chunk
    int m_status = 0;
    Headers m_headers;
    QByteArray m_body;
    bool m_finished = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
};

} // namespace Colvault
