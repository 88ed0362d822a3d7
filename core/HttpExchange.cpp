// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/HttpExchange.h"

#include <QSslSocket>
#include <QTcpSocket>
#include <algorithm>

namespace Colvault {

namespace {

constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qint64 maxReserve = 64 * 1024 * 1024; // a Content-Length is a promise, not a reason to allocate

enum class Line
{
    Complete,
    Incomplete,
    TooLong
};

// Takes the next CRLF-terminated line off `in`. A line that has not ended within maxHeaderBytes is an error: the
// status line, headers, chunk sizes and trailers are all short.
Line takeLine(QByteArray& in, QByteArray* line)
{
    const qsizetype eol = in.indexOf("\r\n");
    if (eol < 0)
        return in.size() > maxHeaderBytes ? Line::TooLong : Line::Incomplete;
    *line = in.left(eol);
    in.remove(0, eol + 2);
    return Line::Complete;
}

} // namespace

HttpExchange::HttpExchange(QUrl url, QByteArray method, Headers headers, QByteArray body, QSslConfiguration tls,
    int transferTimeoutMs, QObject* parent)
    : QObject(parent)
    , m_url(std::move(url))
    , m_method(std::move(method))
    , m_requestHeaders(std::move(headers))
    , m_requestBody(std::move(body))
    , m_tls(std::move(tls))
    , m_transferTimeoutMs(transferTimeoutMs)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        fail(QNetworkReply::OperationCanceledError, QStringLiteral("no data moved for %1 ms").arg(m_transferTimeoutMs));
    });
}

HttpExchange::~HttpExchange()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

QByteArray HttpExchange::header(const QByteArray& name) const
{
    for (const auto& [key, value] : m_headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

void HttpExchange::start()
{
    const bool tls = m_url.scheme() == QLatin1String("https");
    const quint16 port = quint16(m_url.port(tls ? 443 : 80));
    if (tls) {
        auto* socket = new QSslSocket(this);
        socket->setSslConfiguration(m_tls);
        connect(socket, &QSslSocket::encrypted, this, &HttpExchange::onConnected);
        m_socket = socket;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &HttpExchange::onConnected);
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &HttpExchange::progress);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpExchange::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &HttpExchange::onSocketError);
    if (m_transferTimeoutMs > 0)
        m_timeout.start(m_transferTimeoutMs);
    if (tls) {
        static_cast<QSslSocket*>(m_socket)->connectToHostEncrypted(m_url.host(), port);
    } else {
        // Unbuffered: write() goes straight to the kernel instead of through Qt's write buffer and a later turn.
        m_socket->connectToHost(m_url.host(), port, QIODevice::ReadWrite | QIODevice::Unbuffered);
    }
}

void HttpExchange::abort()
{
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void HttpExchange::progress()
{
    if (m_transferTimeoutMs > 0 && !m_finished)
        m_timeout.start(m_transferTimeoutMs);
}

void HttpExchange::onConnected()
{
    if (m_finished)
        return;
    progress();
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    QByteArray head;
    head.reserve(512);
    QByteArray target = m_url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (m_url.hasQuery())
        target += '?' + m_url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = m_url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']'; // IPv6 literal
    if (m_url.port() != -1)
        host += ':' + QByteArray::number(m_url.port());
    head.append(m_method).append(' ').append(target).append(" HTTP/1.1\r\nHost: ").append(host);
    head.append("\r\nContent-Length: ").append(QByteArray::number(m_requestBody.size()));
    head.append("\r\nConnection: close");
    for (const auto& [name, value] : std::as_const(m_requestHeaders))
        head.append("\r\n").append(name).append(": ").append(value);
    head.append("\r\n\r\n");
    // Two writes, no copy of the body: with TCP_NODELAY the short head does not hold the body back.
    m_socket->write(head);
    if (!m_requestBody.isEmpty())
        m_socket->write(m_requestBody);
}

void HttpExchange::onReadyRead()
{
    if (m_finished)
        return;
    progress();
    const QByteArray data = m_socket->readAll();
    if (m_stage == Stage::FixedBody && m_in.isEmpty() && data.size() <= m_remaining) {
        m_body.append(data); // the common case: body bytes, no copy through m_in
        m_remaining -= data.size();
        if (m_remaining == 0)
            m_stage = Stage::Done;
    } else {
        m_in.append(data);
        if (!parse())
            return;
    }
    if (m_stage == Stage::Done)
        finishOk();
    else if (m_socket->state() == QAbstractSocket::UnconnectedState)
        onDisconnected(); // an unbuffered socket learns of the end in read() and emits no signal for it
}

void HttpExchange::onDisconnected()
{
    if (m_finished)
        return;
    if (m_socket->bytesAvailable() > 0) {
        m_in.append(m_socket->readAll());
        if (!parse())
            return;
    }
    if (m_stage == Stage::BodyToClose)
        m_stage = Stage::Done;
    if (m_stage == Stage::Done)
        finishOk();
    else
        fail(QNetworkReply::RemoteHostClosedError,
            QStringLiteral("the connection closed before the whole answer arrived"));
}

void HttpExchange::onSocketError()
{
    if (m_finished)
        return;
    const QAbstractSocket::SocketError e = m_socket->error();
    if (e == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected(); // the normal end of an answer delimited by the connection, or an answer cut short
        return;
    }
    QNetworkReply::NetworkError error = QNetworkReply::UnknownNetworkError;
    switch (e) {
    case QAbstractSocket::ConnectionRefusedError:
        error = QNetworkReply::ConnectionRefusedError;
        break;
    case QAbstractSocket::HostNotFoundError:
        error = QNetworkReply::HostNotFoundError;
        break;
    case QAbstractSocket::SocketTimeoutError:
        error = QNetworkReply::TimeoutError;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInvalidUserDataError:
    case QAbstractSocket::SslInternalError:
        error = QNetworkReply::SslHandshakeFailedError;
        break;
    case QAbstractSocket::NetworkError:
        error = QNetworkReply::RemoteHostClosedError; // a reset: like a close, retried by the client
        break;
    default:
        break;
    }
    fail(error, m_socket->errorString());
}

bool HttpExchange::parse()
{
    bool ok = true;
    while (m_stage != Stage::Done) {
        switch (m_stage) {
        case Stage::StatusLine: {
            QByteArray line;
            if (const Line got = takeLine(m_in, &line); got != Line::Complete) {
                if (got == Line::TooLong)
                    break;
                return true;
            }
            // "HTTP/1.1 200 OK"
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() < 2 || !parts[0].startsWith("HTTP/1.") || parts[1].size() != 3)
                break;
            m_status = parts[1].toInt(&ok);
            if (!ok || m_status < 100)
                break;
            m_headers.clear();
            m_stage = Stage::Headers;
            continue;
        }
        case Stage::Headers: {
            QByteArray line;
            if (const Line got = takeLine(m_in, &line); got != Line::Complete) {
                if (got == Line::TooLong)
                    break;
                return true;
            }
            if (!line.isEmpty()) {
                const qsizetype colon = line.indexOf(':');
                if (colon <= 0 || m_headers.size() > 1000)
                    break;
                m_headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
                continue;
            }
            if (m_status < 200) { // an interim answer (100 Continue): the real one follows
                m_stage = Stage::StatusLine;
                continue;
            }
            if (m_status == 204 || m_status == 304 || m_method == "HEAD") {
                m_stage = Stage::Done;
            } else if (header("Transfer-Encoding").toLower().contains("chunked")) {
                m_stage = Stage::ChunkSize;
            } else if (const QByteArray length = header("Content-Length"); !length.isEmpty()) {
                m_remaining = length.toLongLong(&ok);
                if (!ok || m_remaining < 0)
                    break;
                m_body.reserve(qsizetype(std::min(m_remaining, maxReserve)));
                m_stage = m_remaining == 0 ? Stage::Done : Stage::FixedBody;
            } else {
                m_stage = Stage::BodyToClose;
            }
            continue;
        }
        case Stage::FixedBody:
            if (takeBody())
                m_stage = Stage::Done;
            return true; // anything after the body is not ours (the server closes the connection)
        case Stage::ChunkSize: {
            QByteArray line;
            if (const Line got = takeLine(m_in, &line); got != Line::Complete) {
                if (got == Line::TooLong)
                    break;
                return true;
            }
            const qsizetype semicolon = line.indexOf(';'); // chunk extensions are ignored
            m_remaining = (semicolon < 0 ? line : line.left(semicolon)).trimmed().toLongLong(&ok, 16);
            if (!ok || m_remaining < 0)
                break;
            m_stage = m_remaining == 0 ? Stage::ChunkTrailer : Stage::ChunkData;
            continue;
        }
        case Stage::ChunkData: {
            if (!takeBody())
                return true;
            if (m_in.size() < 2)
                return true;
            if (!m_in.startsWith("\r\n"))
                break;
            m_in.remove(0, 2);
            m_stage = Stage::ChunkSize;
            continue;
        }
        case Stage::ChunkTrailer: {
            QByteArray line;
            if (const Line got = takeLine(m_in, &line); got != Line::Complete) {
                if (got == Line::TooLong)
                    break;
                return true;
            }
            if (line.isEmpty())
                m_stage = Stage::Done;
            continue;
        }
        case Stage::BodyToClose:
            m_body.append(m_in);
            m_in.clear();
            return true;
        case Stage::Done:
            return true;
        }
        // Every `break` above lands here: the answer is not HTTP as we know it.
        fail(QNetworkReply::ProtocolFailure, QStringLiteral("malformed HTTP answer"));
        return false;
    }
    return true;
}

// Moves up to m_remaining bytes of m_in into the body; true when none remain.
bool HttpExchange::takeBody()
{
    const qsizetype n = qsizetype(std::min<qint64>(m_remaining, m_in.size()));
    m_body.append(m_in.constData(), n);
    m_in.remove(0, n);
    m_remaining -= n;
    return m_remaining == 0;
}

void HttpExchange::finishOk()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    Q_EMIT finished();
}

void HttpExchange::fail(QNetworkReply::NetworkError error, const QString& text)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_errorString = text;
    m_timeout.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
    Q_EMIT finished();
}

} // namespace Colvault
