// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/RecordingHttpServer.h"

#include <QTcpSocket>
#include <memory>

namespace TestSupport {

namespace {

// Parses one request once its head and Content-Length body are complete; false while more bytes are needed.
bool parseRequest(const QByteArray& raw, RecordingHttpServer::Request* out)
{
    const qsizetype headEnd = raw.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return false;
    const QList<QByteArray> lines = raw.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    RecordingHttpServer::Request r;
    r.method = requestLine.value(0);
    r.target = requestLine.value(1);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines[i].indexOf(':');
        if (colon > 0)
            r.headers.append({lines[i].left(colon).trimmed(), lines[i].mid(colon + 1).trimmed()});
    }
    const qsizetype length = r.header("Content-Length").toLongLong();
    if (raw.size() - headEnd - 4 < length)
        return false;
    r.body = raw.mid(headEnd + 4, length);
    *out = std::move(r);
    return true;
}

} // namespace

QByteArray RecordingHttpServer::Request::header(const QByteArray& name) const
{
    for (const auto& [n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

RecordingHttpServer::RecordingHttpServer(Answer answer)
    : m_answer(std::move(answer))
{
    m_server.listen(QHostAddress::LocalHost);
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            auto raw = std::make_shared<QByteArray>();
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket, raw] {
                *raw += socket->readAll();
                Request request;
                if (!parseRequest(*raw, &request))
                    return;
                raw->clear();
                m_requests.append(request);
                socket->write(m_answer(request));
                socket->disconnectFromHost();
            });
        }
    });
}

QUrl RecordingHttpServer::url(const QString& path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
}

QByteArray RecordingHttpServer::redirect(int status, const QByteArray& location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Redirect\r\nLocation: " + location
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray RecordingHttpServer::json(const QByteArray& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace TestSupport
