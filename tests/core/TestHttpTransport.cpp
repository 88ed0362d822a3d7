// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/HttpTransport.h"
#include "core/SchemaClient.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/RecordingHttpServer.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::RecordingHttpServer;

namespace {

// Accepts connections and reads them, but never answers: a server that hangs.
class SilentServer
{
public:
    SilentServer()
    {
        m_server.listen(QHostAddress::LocalHost);
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket* s = m_server.nextPendingConnection())
                QObject::connect(s, &QTcpSocket::readyRead, s, [s] { s->readAll(); });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }

private:
    QTcpServer m_server;
};

// Sets an environment variable for one scope.
class ScopedEnv
{
public:
    ScopedEnv(const char* name, const QByteArray& value)
        : m_name(name)
        , m_had(qEnvironmentVariableIsSet(name))
        , m_old(qgetenv(name))
    {
        qputenv(name, value);
    }
    ~ScopedEnv()
    {
        if (m_had)
            qputenv(m_name, m_old);
        else
            qunsetenv(m_name);
    }

private:
    const char* m_name;
    bool m_had;
    QByteArray m_old;
};

QByteArray batchOf(int objects, int textBytes)
{
    QJsonArray items;
    for (int i = 0; i < objects; ++i)
        items.append(QJsonObject {{u"class"_s, u"Note"_s},
            {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i, 12, 10, QChar(u'0'))},
            {u"properties"_s, QJsonObject {{u"text"_s, QString(textBytes, QChar(u'a' + i % 26))}}}});
    return QJsonDocument(QJsonObject {{u"objects"_s, items}}).toJson(QJsonDocument::Compact);
}

} // namespace

// The one HTTP stack (core/HttpTransport, libcurl) as WeaviateClient uses it: kept-alive connections shared by
// the requests in flight, fresh ones for requests that must not be sent twice, whole bodies both ways, the transfer
// timeout to the millisecond, cancel within a second, answers cut short, and the proxy modes.
class TestHttpTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;

    WeaviateEndpoint endpoint(const QUrl& url) const
    {
        WeaviateEndpoint e;
        e.url = url;
        e.maxRetries = 0;
        e.proxy.mode = ProxySettings::Mode::None;
        return e;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        m_server = std::make_unique<EmulatorFixture>();
        WeaviateClient client(endpoint(m_server->baseUrl()));
        const HttpResult r = SchemaClient(client).createClass(
            u"Note"_s, R"({"class":"Note","vectorizer":"none","properties":[{"name":"text","dataType":["text"]}]})");
        QVERIFY2(r.ok(), qPrintable(r.error.details));
    }

    void testSequentialRequestsReuseOneConnection()
    {
        WeaviateClient client(endpoint(m_server->baseUrl()));
        for (int i = 0; i < 20; ++i)
            QVERIFY(client.get(u"/v1/meta"_s).ok());
        QCOMPARE(client.connectionsOpened(), 1);
    }

    // 100 batches, four in flight: no more connections than requests in flight.
    void testRequestsInFlightShareThePool()
    {
        WeaviateClient client(endpoint(m_server->baseUrl()));
        const QByteArray batch = batchOf(10, 100);
        for (int round = 0; round < 25; ++round) {
            QList<WeaviateClient::PendingRequest> inFlight;
            for (int i = 0; i < 4; ++i)
                inFlight.append(client.startSend("POST", u"/v1/batch/objects"_s, batch));
            for (auto& p : inFlight)
                QVERIFY(client.finish(p).ok());
        }
        QVERIFY2(client.connectionsOpened() <= 4, qPrintable(QString::number(client.connectionsOpened())));
    }

    // libcurl resends a request by itself when a kept-alive connection was closed under it; a request that is not
    // idempotent therefore always goes on a connection of its own.
    void testRequestsThatMustNotRepeatOpenTheirOwnConnection()
    {
        WeaviateClient client(endpoint(m_server->baseUrl()));
        QVERIFY(client.get(u"/v1/meta"_s).ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(client
                        .send("POST", u"/v1/graphql"_s, R"({"query":"{Aggregate{Note{meta{count}}}}"})", {},
                            Retry::UnlessApplied)
                        .ok());
        QCOMPARE(client.connectionsOpened(), 4);
    }

    void testLargeBodiesArriveWhole()
    {
        WeaviateClient client(endpoint(m_server->baseUrl()));
        const QByteArray batch = batchOf(40, 50 * 1024); // about 2 MB
        QVERIFY(batch.size() > 2'000'000);
        const HttpResult sent = client.send("POST", u"/v1/batch/objects"_s, batch);
        QVERIFY2(sent.ok(), qPrintable(sent.error.details));
        QCOMPARE(QJsonDocument::fromJson(sent.body).array().size(), 40);
        QUrlQuery q;
        q.addQueryItem(u"class"_s, u"Note"_s);
        q.addQueryItem(u"limit"_s, u"100"_s);
        const HttpResult page = client.get(u"/v1/objects"_s, q);
        QVERIFY(page.ok());
        QVERIFY(page.body.size() > 2'000'000);
        QVERIFY(QJsonDocument::fromJson(page.body).isObject());
    }

    void testTransferTimeoutIsPreciseAndSaysSo()
    {
        SilentServer silent;
        WeaviateEndpoint e = endpoint(silent.url());
        e.transferTimeoutMs = 300;
        WeaviateClient client(e);
        QElapsedTimer t;
        t.start();
        const HttpResult r = client.get(u"/v1/meta"_s);
        QVERIFY(!r.ok() && !r.canceled);
        QVERIFY2(r.error.message.contains(u"did not answer in time"_s), qPrintable(r.error.message));
        QVERIFY2(t.elapsed() >= 250 && t.elapsed() < 3000, qPrintable(QString::number(t.elapsed())));
        QVERIFY(r.maybeApplied);
    }

    void testCancelEndsAWaitWithinASecond()
    {
        SilentServer silent;
        WeaviateClient client(endpoint(silent.url()));
        std::atomic<bool> cancel {false};
        client.setCancelCheck([&] { return cancel.load(); });
        QTimer::singleShot(200, [&] { cancel = true; });
        QElapsedTimer t;
        t.start();
        const HttpResult r = client.send("POST", u"/v1/batch/objects"_s, batchOf(1, 10));
        QVERIFY(r.canceled);
        QVERIFY(!r.error.isError());
        QVERIFY2(t.elapsed() < 1000, qPrintable(QString::number(t.elapsed())));
    }

    void testAnswerCutShortIsNeverTakenAsComplete()
    {
        RecordingHttpServer server([](const RecordingHttpServer::Request&) {
            return QByteArray(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"a\":");
        });
        WeaviateClient client(endpoint(server.url()));
        const HttpResult r = client.send("POST", u"/v1/batch/objects"_s, batchOf(1, 10));
        QVERIFY(!r.ok());
        QCOMPARE(r.status, 0);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.maybeApplied);
        QVERIFY2(r.error.message.contains(u"connection to"_s), qPrintable(r.error.message));
    }

    void testProxyModes()
    {
        const ScopedEnv proxy("http_proxy", "http://127.0.0.1:1");
        const ScopedEnv noProxy("no_proxy", "");
        WeaviateEndpoint e = endpoint(m_server->baseUrl());
        QVERIFY2(WeaviateClient(e).get(u"/v1/meta"_s).ok(), "mode None ignores the environment");

        e.proxy.mode = ProxySettings::Mode::System;
        WeaviateClient viaEnvironment(e);
        QCOMPARE(viaEnvironment.proxy(), u"http://127.0.0.1:1"_s);
        const HttpResult refused = viaEnvironment.get(u"/v1/meta"_s);
        QVERIFY2(refused.error.message.contains(u"Could not connect to the proxy at http://127.0.0.1:1"_s),
            qPrintable(refused.error.message));

        const ScopedEnv bypass("no_proxy", "localhost,127.0.0.1");
        WeaviateClient bypassing(e);
        QVERIFY(bypassing.proxy().isEmpty());
        QVERIFY(bypassing.get(u"/v1/meta"_s).ok());
    }

    // A manual proxy gets the request in absolute form, with the user's credentials once it asks for them; a 407
    // after that is one clear sentence and is not retried.
    void testManualProxyWithWrongPassword()
    {
        RecordingHttpServer proxy([](const RecordingHttpServer::Request&) {
            return QByteArray("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"x\"\r\n"
                              "Content-Length: 0\r\nConnection: close\r\n\r\n");
        });
        WeaviateEndpoint e = endpoint(QUrl(u"http://weaviate.example:8080"_s));
        e.maxRetries = 3;
        e.proxy = {ProxySettings::Mode::Manual, proxy.url(), u"alice"_s, "wrong"};
        WeaviateClient client(e);
        const HttpResult r = client.get(u"/v1/meta"_s);
        QCOMPARE(r.error.code, OpError::Code::Auth);
        QVERIFY2(r.error.message.contains(u"refused the user name or password"_s), qPrintable(r.error.message));
        QVERIFY(!proxy.requests().isEmpty());
        QCOMPARE(proxy.requests().first().target, QByteArray("http://weaviate.example:8080/v1/meta"));
        QCOMPARE(
            proxy.requests().last().header("Proxy-Authorization"), "Basic " + QByteArray("alice:wrong").toBase64());
        QVERIFY2(proxy.requests().size() <= 2, "a refused password is not retried");
    }

    // S3 requests are signed by libcurl (AWS Signature Version 4), never by code of ours; the answer's headers
    // (an ETag of an uploaded part) come back whole.
    void testAwsSignatureAndAnswerHeaders()
    {
        RecordingHttpServer server([](const RecordingHttpServer::Request&) {
            return QByteArray("HTTP/1.1 200 OK\r\nETag: \"abc\"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        });
        HttpTransport transport(endpoint(server.url()));
        HttpTransport::Request request;
        request.method = "PUT";
        request.url = server.url(u"/bucket/key?partNumber=1&uploadId=u"_s);
        request.body = "part";
        request.awsSigV4 = "aws:amz:eu-central-1:s3";
        request.awsAccessKeyId = "AKIDEXAMPLE";
        request.awsSecretAccessKey = "secret";
        const HttpTransport::Response r = transport.wait(transport.start(request), {});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.header("etag"), QByteArray("\"abc\""));
        QCOMPARE(server.requests().size(), 1);
        const QByteArray auth = server.requests().first().header("Authorization");
        QVERIFY2(auth.startsWith("AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/"), auth.constData());
        QVERIFY2(auth.contains("/eu-central-1/s3/aws4_request"), auth.constData());
        QVERIFY(!server.requests().first().header("X-Amz-Date").isEmpty());
        QVERIFY(!auth.contains("secret"));
    }
};

QTEST_GUILESS_MAIN(TestHttpTransport)
#include "TestHttpTransport.moc"
