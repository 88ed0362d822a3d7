// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Logging.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/RecordingHttpServer.h"

#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::RecordingHttpServer;

namespace {

const QByteArray htmlPage = "<!DOCTYPE html>\n<html><head><title>Welcome to nginx!</title></head>\n<body>"
    + QByteArray(4000, 'x') + "</body></html>\n";

QByteArray answer(int status, const QByteArray& contentType, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

QStringList g_log;
void collect(QtMsgType, const QMessageLogContext&, const QString& message)
{
    g_log << message;
}

} // namespace

// A URL that points at another web server (a 404 on /v1/meta, or an HTML page) is named as "not a Weaviate API"
// with its URL, not as a missing collection; an HTML body reaches the details and the log as one short line only
// (issue 14 item 8).
class TestNotWeaviate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testOtherServerIsNamed_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("404 with an HTML page") << 404 << QByteArray("text/html") << htmlPage;
        QTest::newRow("404 with nothing") << 404 << QByteArray("text/plain") << QByteArray();
        QTest::newRow("200 with an HTML page") << 200 << QByteArray("text/html") << htmlPage;
    }
    void testOtherServerIsNamed()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        RecordingHttpServer server([&](const auto&) { return answer(status, contentType, body); });
        WeaviateEndpoint e;
        e.url = server.url();
        WeaviateClient client(e);

        g_log.clear();
        QLoggingCategory::setFilterRules(u"colvault.*.debug=true"_s);
        const QtMessageHandler previous = qInstallMessageHandler(collect);
        OpError error;
        client.serverInfo(&error);
        qInstallMessageHandler(previous);
        QLoggingCategory::setFilterRules({});

        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY2(error.message.contains(u"is not a Weaviate API"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(server.url().toString()), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"no such collection"_s), qPrintable(error.message));
        QVERIFY2(error.details.size() < 250, qPrintable(error.details));
        QVERIFY2(!error.details.contains(u"xxxxxxxxxx"_s.repeated(20)), qPrintable(error.details));
        for (const QString& line : std::as_const(g_log))
            QVERIFY2(line.size() < 400 && !line.contains(u"</html>"_s), qPrintable(line));
    }

    void testJsonErrorBodiesKeepTheirMessage()
    {
        RecordingHttpServer server([](const auto&) {
            return answer(422, "application/json", R"({"error":[{"message":"class name Article already exists"}]})");
        });
        WeaviateEndpoint e;
        e.url = server.url();
        WeaviateClient client(e);
        const HttpResult r = client.send("POST", u"/v1/schema"_s, "{}", {}, Retry::Never);
        QVERIFY2(r.error.details.contains(u"class name Article already exists"_s), qPrintable(r.error.details));
    }
};

QTEST_GUILESS_MAIN(TestNotWeaviate)
#include "TestNotWeaviate.moc"
