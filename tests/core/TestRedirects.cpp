// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/RecordingHttpServer.h"

#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::RecordingHttpServer;

// One redirect rule for every request, GETs (QNAM) and requests with a body (HttpExchange) alike: same-origin
// redirects are followed with the method, body and headers unchanged; a redirect to another origin (host, port or
// scheme) is refused with a specific error and nothing, least of all the API key, is sent there (issue 13 item 4).
class TestRedirects : public QObject
{
    Q_OBJECT

private:
    static WeaviateEndpoint endpoint(const QUrl& url)
    {
        WeaviateEndpoint e;
        e.url = url;
        e.apiKey = "secret-key";
        e.extraHeaders = {{"X-OpenAI-Api-Key", "module-secret"}};
        e.maxRetries = 0;
        return e;
    }

    static HttpResult call(WeaviateClient& client, const QByteArray& method)
    {
        if (method == "GET")
            return client.get(u"/v1/meta"_s);
        return client.send(method, u"/v1/meta"_s, R"({"a":1})");
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testCrossOriginRedirectIsRefused_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<int>("status");
        for (const QByteArray& method :
            {QByteArray("GET"), QByteArray("POST"), QByteArray("PUT"), QByteArray("DELETE")}) {
            for (int status : {301, 302, 307, 308})
                QTest::addRow("%s %d", method.constData(), status) << method << status;
        }
    }
    void testCrossOriginRedirectIsRefused()
    {
        QFETCH(QByteArray, method);
        QFETCH(int, status);
        // The second listener is another origin (another port), recording whatever reaches it.
        RecordingHttpServer elsewhere([](const auto&) { return RecordingHttpServer::json("{}"); });
        const QByteArray target = elsewhere.url(u"/v1/meta"_s).toEncoded();
        RecordingHttpServer server([&](const auto&) { return RecordingHttpServer::redirect(status, target); });

        WeaviateClient client(endpoint(server.url()));
        const HttpResult r = call(client, method);
        QVERIFY(!r.ok());
        QCOMPARE(r.error.code, OpError::Code::Http);
        QVERIFY2(r.error.message.contains(u"redirected the request to another address"_s), qPrintable(r.error.message));
        QVERIFY2(r.error.message.contains(elsewhere.url(u"/v1/meta"_s).toString()), qPrintable(r.error.message));
        QCOMPARE(server.requests().size(), 1);
        QCOMPARE(server.requests().first().header("Authorization"), QByteArray("Bearer secret-key"));
        QCOMPARE(elsewhere.requests().size(), 0);
    }

    void testSchemeChangeIsAnotherOrigin()
    {
        RecordingHttpServer server([&](const RecordingHttpServer::Request&) {
            return RecordingHttpServer::redirect(301, "https://127.0.0.1:1/v1/meta");
        });
        WeaviateClient client(endpoint(server.url()));
        const HttpResult r = client.get(u"/v1/meta"_s);
        QCOMPARE(r.error.code, OpError::Code::Http);
        QVERIFY2(r.error.message.contains(u"https://127.0.0.1:1/v1/meta"_s), qPrintable(r.error.message));
        QCOMPARE(server.requests().size(), 1);
    }

    void testSameOriginRedirectIsFollowed_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QByteArray>("location");
        QTest::newRow("GET, relative") << QByteArray("GET") << QByteArray("/moved/v1/meta");
        QTest::newRow("POST, absolute") << QByteArray("POST") << QByteArray("http://127.0.0.1:%1/moved/v1/meta");
        QTest::newRow("PUT, relative") << QByteArray("PUT") << QByteArray("/moved/v1/meta");
    }
    void testSameOriginRedirectIsFollowed()
    {
        QFETCH(QByteArray, method);
        QFETCH(QByteArray, location);
        quint16 port = 0;
        RecordingHttpServer server([&](const RecordingHttpServer::Request& request) {
            if (request.target.startsWith("/moved/"))
                return RecordingHttpServer::json(R"({"version":"1.36.0"})");
            return RecordingHttpServer::redirect(307, QByteArray(location).replace("%1", QByteArray::number(port)));
        });
        port = quint16(server.url().port());

        WeaviateClient client(endpoint(server.url()));
        const HttpResult r = call(client, method);
        QVERIFY2(r.ok(), qPrintable(r.error.details));
        QCOMPARE(r.body, QByteArray(R"({"version":"1.36.0"})"));
        QCOMPARE(r.attempts, 1); // a followed hop is not a retry
        QCOMPARE(server.requests().size(), 2);
        const auto& followed = server.requests().at(1);
        QCOMPARE(followed.method, method);
        QCOMPARE(followed.target, QByteArray("/moved/v1/meta"));
        QCOMPARE(followed.header("Authorization"), QByteArray("Bearer secret-key"));
        QCOMPARE(followed.header("X-OpenAI-Api-Key"), QByteArray("module-secret"));
        QCOMPARE(followed.body, method == "GET" ? QByteArray() : QByteArray(R"({"a":1})"));
    }

    void testRedirectLoopEnds()
    {
        RecordingHttpServer server([](const auto&) { return RecordingHttpServer::redirect(302, "/v1/meta"); });
        WeaviateClient client(endpoint(server.url()));
        const HttpResult r = client.get(u"/v1/meta"_s);
        QVERIFY(!r.ok());
        QVERIFY2(r.error.message.contains(u"more than 5 times"_s), qPrintable(r.error.message));
        QCOMPARE(server.requests().size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestRedirects)
#include "TestRedirects.moc"
