// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QTcpServer>
#include <QUrl>
#include <functional>

namespace TestSupport {

// A tiny HTTP/1.1 server on 127.0.0.1:<ephemeral> for tests that need answers the emulator never gives (redirects,
// odd status lines): it records every complete request and answers it with what `answer` returns (raw bytes: status
// line, headers, body), then closes the connection. Lives on the test's thread; the client under test serves its
// events while it waits for an answer.
class RecordingHttpServer
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QByteArray header(const QByteArray& name) const; // case-insensitive, empty when absent
    };
    using Answer = std::function<QByteArray(const Request&)>;

    explicit RecordingHttpServer(Answer answer);
    QUrl url(const QString& path = {}) const;
    const QList<Request>& requests() const { return m_requests; }

    // "HTTP/1.1 <status> X" with a Location header and an empty body.
    static QByteArray redirect(int status, const QByteArray& location);
    // "HTTP/1.1 200 OK" with a JSON body.
    static QByteArray json(const QByteArray& body);

private:
    QTcpServer m_server;
    Answer m_answer;
    QList<Request> m_requests;
};

} // namespace TestSupport
