// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AliasClient.h"
#include "core/Translations.h"
#include "tests/support/RecordingHttpServer.h"

#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::RecordingHttpServer;

// AliasClient against canned answers in Weaviate's shapes (notes 15.1-15.3): the 404 with no body, "already exists"
// as 422 and as 500, an alias named like a class, and a server older than 1.32, which gets no request at all.
class TestAliasClient : public QObject
{
    Q_OBJECT

private:
    static WeaviateEndpoint endpoint(const QUrl& url)
    {
        WeaviateEndpoint e;
        e.url = url;
        e.maxRetries = 0;
        return e;
    }
    static ServerInfo server(const QString& version)
    {
        ServerInfo info;
        info.versionString = version;
        info.version = QVersionNumber::fromString(version);
        return info;
    }
    static QByteArray answer(int status, const QByteArray& body)
    {
        const QByteArray reason = status == 200 ? "OK" : "X";
        return "HTTP/1.1 " + QByteArray::number(status) + " " + reason
            + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
            + body;
    }
    static QByteArray error(const QByteArray& message) { return "{\"error\":[{\"message\":\"" + message + "\"}]}"; }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testListIsSortedAndFiltered()
    {
        RecordingHttpServer http([](const auto&) {
            return RecordingHttpServer::json(R"({"aliases":[{"alias":"Zed","class":"Movies"},)"
                                             R"({"alias":"Alpha","class":"Movies"}]})");
        });
        WeaviateClient client(endpoint(http.url()));
        AliasClient aliases(client, server(u"1.32.5"_s));
        QList<CollectionAlias> list;
        QCOMPARE(aliases.list(&list, u"movies"_s).message, QString());
        QCOMPARE(list, (QList<CollectionAlias> {{u"Alpha"_s, u"Movies"_s}, {u"Zed"_s, u"Movies"_s}}));
        QCOMPARE(http.requests().size(), 1);
        QCOMPARE(http.requests()[0].target, QByteArray("/v1/aliases?class=Movies"));
    }

    void testMissingAliasIsNoErrorOnGetAndNotFoundOnWrites()
    {
        RecordingHttpServer http([](const auto&) { return answer(404, {}); });
        WeaviateClient client(endpoint(http.url()));
        AliasClient aliases(client, server(u"1.38.0"_s));
        std::optional<CollectionAlias> held = CollectionAlias {u"x"_s, u"y"_s};
        QVERIFY(!aliases.get(u"movies"_s, &held));
        QVERIFY(!held.has_value());
        QCOMPARE(http.requests().last().target, QByteArray("/v1/aliases/Movies"));
        const OpError update = aliases.update(u"Movies"_s, u"Films"_s);
        QCOMPARE(update.code, OpError::Code::NotFound);
        QCOMPARE(update.message, u"The server has no alias \"Movies\"."_s);
        QCOMPARE(http.requests().last().method, QByteArray("PUT"));
        QCOMPARE(http.requests().last().body, QByteArray(R"({"class":"Films"})"));
        QCOMPARE(aliases.remove(u"Movies"_s).code, OpError::Code::NotFound);
        QCOMPARE(http.requests().last().method, QByteArray("DELETE"));
    }

    void testAlreadyExists_data()
    {
        QTest::addColumn<int>("status");
        QTest::addRow("422") << 422;
        QTest::addRow("500") << 500;
    }
    void testAlreadyExists()
    {
        QFETCH(int, status);
        RecordingHttpServer http([&](const RecordingHttpServer::Request& r) {
            if (r.method == "POST")
                return answer(status,
                    error(
                        "validation: updating schema: TYPE_CREATE_ALIAS: create alias: Movies, alias already exists"));
            return RecordingHttpServer::json(R"({"alias":"Movies","class":"Other"})");
        });
        WeaviateClient client(endpoint(http.url()));
        AliasClient aliases(client, server(u"1.38.0"_s));
        bool exists = false;
        QVERIFY(!aliases.create(u"movies"_s, u"films"_s, &exists));
        QVERIFY(exists);
        QCOMPARE(http.requests()[0].body, QByteArray(R"({"alias":"Movies","class":"Films"})"));
        const OpError e = aliases.create(u"movies"_s, u"films"_s);
        QCOMPARE(e.code, OpError::Code::Conflict);
        QCOMPARE(e.message, u"The alias \"Movies\" exists already and points at \"Other\"."_s);
    }

    void testAliasNamedLikeAClassIsAnError_data() { testAlreadyExists_data(); }
    void testAliasNamedLikeAClassIsAnError()
    {
        QFETCH(int, status);
        RecordingHttpServer http([&](const auto&) {
            return answer(status, error("updating schema: TYPE_CREATE_ALIAS: create alias: class Book already exists"));
        });
        WeaviateClient client(endpoint(http.url()));
        AliasClient aliases(client, server(u"1.38.0"_s));
        bool exists = false;
        const OpError e = aliases.create(u"Book"_s, u"Films"_s, &exists);
        QVERIFY(!exists);
        QCOMPARE(e.code, OpError::Code::Conflict);
        QCOMPARE(e.message, u"\"Book\" is the name of a collection, so it cannot be an alias."_s);
        QCOMPARE(http.requests().size(), 1);
    }

    void testOlderServerIsUnsupportedWithoutARequest()
    {
        RecordingHttpServer http([](const auto&) { return RecordingHttpServer::json(R"({"aliases":[]})"); });
        WeaviateClient client(endpoint(http.url()));
        AliasClient aliases(client, server(u"1.31.9"_s));
        QList<CollectionAlias> list;
        const OpError e = aliases.list(&list);
        QCOMPARE(e.code, OpError::Code::Conflict);
        QCOMPARE(e.message, u"Weaviate 1.31.9 has no collection aliases: they arrived in Weaviate 1.32."_s);
        QCOMPARE(aliases.create(u"A"_s, u"B"_s).message, e.message);
        AliasRecord record;
        QVERIFY(!aliases.record({}, &record));
        QCOMPARE(record.state, AliasRecord::State::Unsupported);
        QCOMPARE(http.requests().size(), 0);
    }

    void testRecordJsonRoundTrip()
    {
        AliasRecord r;
        r.state = AliasRecord::State::Recorded;
        r.aliases = {{u"Movies"_s, u"Movies_v2"_s}};
        AliasRecord back;
        QString problem;
        QVERIFY(AliasRecord::fromJson(r.toJson(), &back, &problem));
        QCOMPARE(back.state, AliasRecord::State::Recorded);
        QCOMPARE(back.aliases, r.aliases);
        r.state = AliasRecord::State::Unsupported;
        QCOMPARE(r.toJson(), (QJsonObject {{u"supported"_s, false}}));
        QVERIFY(AliasRecord::fromJson(r.toJson(), &back, &problem));
        QCOMPARE(back.state, AliasRecord::State::Unsupported);
        QVERIFY(!AliasRecord::fromJson(QJsonObject {{u"supported"_s, true}}, &back, &problem));
        QCOMPARE(problem, u"\"options.aliases.list\" must be an array"_s);
    }
};

QTEST_GUILESS_MAIN(TestAliasClient)
#include "TestAliasClient.moc"
