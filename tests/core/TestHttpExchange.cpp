// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/HttpExchange.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using Colvault::HttpExchange;

// HttpExchange against a scripted server on loopback, in the test's thread: how each way of ending an answer is
// read (Content-Length, chunked, end of connection), and how each failure is reported. The emulator answers with a
// Content-Length only; a real Weaviate (Go's net/http) sends large answers chunked.
class TestHttpExchange : public QObject
{
    Q_OBJECT

private:
    // Accepts one connection, collects the request until its body is complete, then calls `answer` with the
    // socket and the raw request.
    struct ScriptedServer
    {
        QTcpServer server;
        QByteArray request;
        std::function<void(QTcpSocket*, const QByteArray&)> answer;

        ScriptedServer()
        {
            server.listen(QHostAddress::LocalHost);
            QObject::connect(&server, &QTcpServer::newConnection, &server, [this] {
                QTcpSocket* s = server.nextPendingConnection();
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    request += s->readAll();
                    const qsizetype end = request.indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    const qsizetype cl = request.indexOf("Content-Length: ");
                    const qsizetype length = request.mid(cl + 16, request.indexOf("\r\n", cl) - cl - 16).toLongLong();
                    if (request.size() - end - 4 < length || !answer)
                        return;
                    auto run = std::exchange(answer, {});
                    run(s, request);
                });
            });
        }
        QUrl url(const QString& path = u"/v1/batch/objects"_s) const
        {
            return QUrl(u"http://127.0.0.1:%1%2"_s.arg(server.serverPort()).arg(path));
        }
    };

    static std::unique_ptr<HttpExchange> run(
        const QUrl& url, const QByteArray& body = R"({"objects":[]})", int timeoutMs = 5000)
    {
        auto e = std::make_unique<HttpExchange>(url, "POST", HttpExchange::Headers {{"X-Test", "1"}}, body,
            QSslConfiguration::defaultConfiguration(), timeoutMs);
        QSignalSpy done(e.get(), &HttpExchange::finished);
        e->start();
        if (!e->isFinished())
            done.wait(10000);
        return e;
    }

private Q_SLOTS:
    void testRequestIsComplete()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
        };
        const QByteArray body(300000, 'x'); // more than one socket buffer's worth
        const auto e = run(s.url(u"/v1/batch/objects?consistency_level=ONE"_s), body);
        QVERIFY(e->isFinished());
        QCOMPARE(e->error(), QNetworkReply::NoError);
        QVERIFY(s.request.startsWith("POST /v1/batch/objects?consistency_level=ONE HTTP/1.1\r\n"));
        QVERIFY(s.request.contains("\r\nHost: 127.0.0.1:"));
        QVERIFY(s.request.contains("\r\nContent-Length: 300000\r\n"));
        QVERIFY(s.request.contains("\r\nConnection: close\r\n"));
        QVERIFY(s.request.contains("\r\nX-Test: 1\r\n"));
        QVERIFY(s.request.endsWith("\r\n\r\n" + body));
    }

    void testContentLengthAnswer()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 207 Multi\r\nRetry-After: 3\r\nContent-Length: 11\r\n\r\nhello");
            socket->flush();
            QTimer::singleShot(20, socket, [socket] { socket->write(" world"); }); // the body in two parts
        };
        const auto e = run(s.url());
        QCOMPARE(e->error(), QNetworkReply::NoError);
        QCOMPARE(e->status(), 207);
        QCOMPARE(e->header("retry-after"), QByteArray("3"));
        QCOMPARE(e->body(), QByteArray("hello world"));
    }

    // Go's net/http answers large bodies chunked; a 100 Continue before the answer is skipped.
    void testChunkedAnswer()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 100 Continue\r\n\r\n"
                          "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                          "5\r\n[1,2,\r\n"
                          "3;ext=1\r\n3]x\r\n");
            socket->flush();
            QTimer::singleShot(20, socket, [socket] { socket->write("0\r\nTrailer: t\r\n\r\n"); });
        };
        const auto e = run(s.url());
        QCOMPARE(e->error(), QNetworkReply::NoError);
        QCOMPARE(e->status(), 200);
        QCOMPARE(e->body(), QByteArray("[1,2,3]x"));
    }

    void testAnswerEndsWithTheConnection()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.0 503 Service Unavailable\r\n\r\n{\"message\":\"busy\"}");
            socket->disconnectFromHost();
        };
        const auto e = run(s.url());
        QCOMPARE(e->error(), QNetworkReply::NoError);
        QCOMPARE(e->status(), 503);
        QCOMPARE(e->body(), QByteArray("{\"message\":\"busy\"}"));
    }

    // A body shorter than its Content-Length is not an answer: the client retries the batch.
    void testAnswerCutShort()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n[{\"id\":");
            socket->disconnectFromHost();
        };
        const auto e = run(s.url());
        QCOMPARE(e->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(e->status(), 200);
    }

    void testChunkedAnswerCutShort()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\n[1,2,\r\n");
            socket->disconnectFromHost();
        };
        QCOMPARE(run(s.url())->error(), QNetworkReply::RemoteHostClosedError);
    }

    void testMalformedAnswer()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) { socket->write("SSH-2.0-OpenSSH_9.2\r\n\r\n"); };
        QCOMPARE(run(s.url())->error(), QNetworkReply::ProtocolFailure);
    }

    // Header-like lines (here a chunked trailer) are short: one that never ends is refused, not buffered forever.
    void testEndlessLineIsRefused()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) {
            socket->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-Trailer: ");
            socket->write(QByteArray(70 * 1024, 'a'));
        };
        QCOMPARE(run(s.url())->error(), QNetworkReply::ProtocolFailure);
    }

    void testResetBeforeAnswer()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) { socket->abort(); };
        const auto e = run(s.url());
        QCOMPARE(e->error(), QNetworkReply::RemoteHostClosedError);
        QCOMPARE(e->status(), 0);
    }

    void testConnectionRefused()
    {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const auto e = run(QUrl(u"http://127.0.0.1:%1/v1/batch/objects"_s.arg(port)));
        QCOMPARE(e->error(), QNetworkReply::ConnectionRefusedError);
    }

    // No byte for the transfer timeout: reported as QNAM reports its transfer timeout.
    void testStallTimesOut()
    {
        ScriptedServer s;
        s.answer = [](QTcpSocket* socket, const QByteArray&) { socket->write("HTTP/1.1 200 OK\r\n"); };
        QElapsedTimer clock;
        clock.start();
        const auto e = run(s.url(), R"({"objects":[]})", 300);
        QCOMPARE(e->error(), QNetworkReply::OperationCanceledError);
        QVERIFY2(clock.elapsed() >= 250 && clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }

    void testAbortFinishesAtOnce()
    {
        ScriptedServer s; // never answers
        HttpExchange e(s.url(), "POST", {}, "{}", QSslConfiguration::defaultConfiguration(), 0);
        QSignalSpy done(&e, &HttpExchange::finished);
        e.start();
        QTest::qWait(50);
        e.abort();
        QCOMPARE(done.count(), 1);
        QCOMPARE(e.error(), QNetworkReply::OperationCanceledError);
        e.abort();
        QCOMPARE(done.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpExchange)
#include "TestHttpExchange.moc"
