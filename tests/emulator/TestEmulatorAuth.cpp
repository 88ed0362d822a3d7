// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::Reply;

// Authentication, routing errors (404/405/422 uuid/400 consistency) and the health/meta/nodes endpoints.
class TestEmulatorAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMissingHeaderGivesAnonymousText();
    void testHealthAndLinksNeedNoAuth();
    void testInvalidKey();
    void testValidKeyReadsAndWrites();
    void testReadOnlyKeyIsForbiddenOnWrites_data();
    void testReadOnlyKeyIsForbiddenOnWrites();
    void testHeaderWithoutAuthScheme();
    void testUnknownPathIs404();
    void testWrongMethodIs405WithAllow();
    void testMalformedUuidInPath();
    void testConsistencyLevelValidation();
    void testReadyToggle();
    void testMetaIsConfigurableAndVersionGated();
    void testNodesMinimalAndVerbose();
    void testRootRedirects();
};

namespace {

Emu::EngineConfig authConfig()
{
    Emu::EngineConfig cfg;
    cfg.anonymousAccess = false;
    cfg.apiKeys = {"admin-key", "reader-key"};
    cfg.apiKeyUsers = {"alice", "bob"};
    cfg.readOnlyKeys = {"reader-key"};
    return cfg;
}

} // namespace

void TestEmulatorAuth::testMissingHeaderGivesAnonymousText()
{
    EmulatorFixture fx(authConfig());
    const Reply r = fx.get(u"/v1/schema"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body,
        QByteArray(
            R"({"code":401,"message": "anonymous access not enabled. Please authenticate through one of the available methods: [API-keys, OIDC]" })"));
    QVERIFY(!r.header("Content-Type").contains("json"));
    // Even unknown paths: the anonymous middleware runs before routing.
    QCOMPARE(fx.get(u"/v1/nothing"_s).status, 401);
}

void TestEmulatorAuth::testHealthAndLinksNeedNoAuth()
{
    EmulatorFixture fx(authConfig());
    Reply r = fx.get(u"/v1/.well-known/live"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    r = fx.get(u"/v1/.well-known/ready"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    r = fx.get(u"/v1"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(!r.json().object().value(u"links"_s).toArray().isEmpty());
    QCOMPARE(fx.get(u"/v1/.well-known/openid-configuration"_s).status, 404);
}

void TestEmulatorAuth::testInvalidKey()
{
    EmulatorFixture fx(authConfig());
    fx.setBearer("wrong");
    const Reply r = fx.get(u"/v1/meta"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, QByteArray(R"({"code":401,"message":"unauthorized: invalid api key"})"));
}

void TestEmulatorAuth::testValidKeyReadsAndWrites()
{
    EmulatorFixture fx(authConfig());
    fx.setBearer("admin-key");
    QCOMPARE(fx.get(u"/v1/meta"_s).status, 200);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"A"})").status, 200);
    fx.setBearer("reader-key");
    QCOMPARE(fx.get(u"/v1/schema/A"_s).status, 200);
}

void TestEmulatorAuth::testReadOnlyKeyIsForbiddenOnWrites_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("what");
    QTest::newRow("create class") << QByteArray("POST") << u"/v1/schema"_s << QByteArray(R"({"class":"B"})")
                                  << u"create_collections [schema/collections/*/shards/#]"_s;
    QTest::newRow("delete class") << QByteArray("DELETE") << u"/v1/schema/A"_s << QByteArray()
                                  << u"delete_collections [schema/collections/A/shards/#]"_s;
    QTest::newRow("update tenants") << QByteArray("PUT") << u"/v1/schema/A/tenants"_s << QByteArray("[]")
                                    << u"update_tenants [schema/collections/A/shards/*]"_s;
    QTest::newRow("batch") << QByteArray("POST") << u"/v1/batch/objects"_s << QByteArray(R"({"objects":[]})")
                           << u"create_data [data/collections/*/shards/*/objects/*]"_s;
}

void TestEmulatorAuth::testReadOnlyKeyIsForbiddenOnWrites()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(QString, what);
    EmulatorFixture fx(authConfig());
    fx.setBearer("admin-key");
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"A"})").status, 200);
    fx.setBearer("reader-key");
    const Reply r = fx.call(method, path, body);
    QCOMPARE(r.status, 403);
    QCOMPARE(
        r.errorMessage(), u"authorization, forbidden action: user 'bob' has insufficient permissions to "_s + what);
    fx.setBearer("admin-key");
    QCOMPARE(fx.get(u"/v1/schema/A"_s).status, 200);
}

void TestEmulatorAuth::testHeaderWithoutAuthScheme()
{
    EmulatorFixture fx;
    fx.setBearer("some-key");
    const Reply r = fx.get(u"/v1/schema"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorMessage(),
        u"no authentication scheme is configured (API Key or OIDC), but an 'Authorization' header was provided. "
        u"Please configure an auth scheme or remove the header for anonymous access"_s);
}

void TestEmulatorAuth::testUnknownPathIs404()
{
    EmulatorFixture fx;
    const Reply r = fx.get(u"/v1/x"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"code":404,"message":"path /v1/x was not found"})"));
    QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
}

void TestEmulatorAuth::testWrongMethodIs405WithAllow()
{
    EmulatorFixture fx;
    Reply r = fx.call("PATCH", u"/v1/schema"_s, R"({})");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET,POST"));
    QCOMPARE(r.body, QByteArray(R"({"code":405,"message":"method PATCH is not allowed, but [GET,POST] are"})"));
    r = fx.call("POST", u"/v1/meta"_s, R"({})");
    QCOMPARE(r.status, 405);
    QCOMPARE(r.header("Allow"), QByteArray("GET"));
}

void TestEmulatorAuth::testMalformedUuidInPath()
{
    EmulatorFixture fx;
    const Reply r = fx.get(u"/v1/objects/Article/abc"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, QByteArray(R"({"code":601,"message":"id in path must be of type uuid: \"abc\""})"));
}

void TestEmulatorAuth::testConsistencyLevelValidation()
{
    EmulatorFixture fx;
    const Reply r = fx.get(u"/v1/objects/Article/00000000-0000-0000-0000-000000000001?consistency_level=TWO"_s);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorMessage(),
        u"unrecognized consistency level 'TWO', try one of the following: ['ONE', 'QUORUM', 'ALL']"_s);
}

void TestEmulatorAuth::testReadyToggle()
{
    EmulatorFixture fx;
    fx.emulator().engine().setReady(false);
    Reply r = fx.get(u"/v1/.well-known/ready"_s);
    QCOMPARE(r.status, 503);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(fx.get(u"/v1/.well-known/live"_s).status, 200);
    fx.emulator().engine().setReady(true);
    QCOMPARE(fx.get(u"/v1/.well-known/ready"_s).status, 200);
}

void TestEmulatorAuth::testMetaIsConfigurableAndVersionGated()
{
    Emu::EngineConfig cfg;
    cfg.version = "1.36.2";
    cfg.modulesJson = R"({"backup-filesystem":{"backupsPath":"/var/lib/weaviate/backups"}})";
    EmulatorFixture fx(cfg);
    Reply r = fx.get(u"/v1/meta"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
        QByteArray(
            R"({"hostname":"http://[::]:8080","modules":{"backup-filesystem":{"backupsPath":"/var/lib/weaviate/backups"}},"version":"1.36.2","grpcMaxMessageSize":104858000})"));
    cfg.version = "1.27.0";
    fx.emulator().engine().setConfig(cfg);
    r = fx.get(u"/v1/meta"_s);
    QCOMPARE(r.json().object().value(u"version"_s).toString(), u"1.27.0"_s);
    QVERIFY(!r.json().object().contains(u"grpcMaxMessageSize"_s));
}

void TestEmulatorAuth::testNodesMinimalAndVerbose()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"A"})").status, 200);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"M","multiTenancyConfig":{"enabled":true}})").status, 200);
    QCOMPARE(fx.post(u"/v1/schema/M/tenants"_s, R"([{"name":"t1"},{"name":"t2"}])").status, 200);
    auto& store = fx.emulator().engine().store();
    store.classes.at("A").shards.at("").objects["00000000-0000-0000-0000-000000000001"];
    store.classes.at("A").shards.at("").objects["00000000-0000-0000-0000-000000000002"];
    store.classes.at("M").shards.at("t2").objects["00000000-0000-0000-0000-000000000003"];

    Reply r = fx.get(u"/v1/nodes"_s);
    QCOMPARE(r.status, 200);
    QJsonObject node = r.json().object().value(u"nodes"_s).toArray().at(0).toObject();
    QCOMPARE(node.value(u"name"_s).toString(), u"weaviate-0"_s);
    QCOMPARE(node.value(u"status"_s).toString(), u"HEALTHY"_s);
    QCOMPARE(node.value(u"version"_s).toString(), u"1.36.0"_s);
    QVERIFY(node.value(u"shards"_s).isNull());
    QVERIFY(!node.contains(u"stats"_s));

    r = fx.get(u"/v1/nodes?output=verbose"_s);
    node = r.json().object().value(u"nodes"_s).toArray().at(0).toObject();
    QCOMPARE(node.value(u"stats"_s).toObject(), (QJsonObject {{u"objectCount"_s, 3}, {u"shardCount"_s, 3}}));
    QCOMPARE(node.value(u"shards"_s).toArray().size(), 3);

    r = fx.get(u"/v1/nodes/M?output=verbose"_s);
    node = r.json().object().value(u"nodes"_s).toArray().at(0).toObject();
    QCOMPARE(node.value(u"stats"_s).toObject(), (QJsonObject {{u"objectCount"_s, 1}, {u"shardCount"_s, 2}}));

    r = fx.get(u"/v1/nodes?output=full"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"invalid output: \"full\", possible values are: \"minimal\", \"verbose\""_s);
}

void TestEmulatorAuth::testRootRedirects()
{
    EmulatorFixture fx;
    const Reply r = fx.get(u"/"_s);
    QCOMPARE(r.status, 301);
    QCOMPARE(r.header("Location"), QByteArray("/v1"));
}

QTEST_GUILESS_MAIN(TestEmulatorAuth)
#include "TestEmulatorAuth.moc"
