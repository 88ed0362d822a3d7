// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"
#include "tools/emulator/MiscApi.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// REST list, cursor paging and single-object calls of the emulator (notes sections 4 and 5).
class TestEmulatorObjects : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig smallConfig()
    {
        Emu::EngineConfig c;
        c.maxResults = 20;
        return c;
    }
    TestSupport::EmulatorFixture m_fx {smallConfig()};

    static QByteArray uuid(int n)
    {
        return QByteArray("00000000-0000-0000-0000-") + QByteArray::number(n).rightJustified(12, '0');
    }
    void insert(const QByteArray& cls, int from, int to, const QByteArray& tenant = {})
    {
        QByteArray objects;
        for (int i = from; i < to; ++i) {
            objects += QByteArray(objects.isEmpty() ? "" : ",") + "{\"class\":\"" + cls + "\",\"id\":\"" + uuid(i)
                + "\",\"properties\":{\"n\":" + QByteArray::number(i) + "},\"vector\":[0.5," + QByteArray::number(i)
                + "]" + (tenant.isEmpty() ? QByteArray() : ",\"tenant\":\"" + tenant + "\"") + "}";
        }
        const auto r = m_fx.post(u"/v1/batch/objects"_s, "{\"objects\":[" + objects + "]}");
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains("FAILED"), r.body.constData());
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto r = m_fx.post(u"/v1/schema"_s, R"({"class":"Paged","properties":[{"name":"n","dataType":["int"]}]})");
        QCOMPARE(r.status, 200);
        r = m_fx.post(u"/v1/schema"_s,
            R"({"class":"Mt","multiTenancyConfig":{"enabled":true},"properties":[{"name":"n","dataType":["int"]}]})");
        QCOMPARE(r.status, 200);
        r = m_fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"cold","activityStatus":"COLD"}])");
        QCOMPARE(r.status, 200);
        insert("Paged", 1, 7);
        insert("Mt", 1, 3, "t1");
    }

    void testCursorLastPageIsEmptyWhenCountIsMultipleOfLimit()
    {
        QStringList ids;
        QString after;
        int pages = 0;
        while (true) {
            const auto r = m_fx.get(u"/v1/objects?class=Paged&limit=3"_s + (pages ? u"&after="_s + after : QString()));
            QCOMPARE(r.status, 200);
            const QJsonArray objs = r.json().object().value(u"objects"_s).toArray();
            ++pages;
            if (objs.isEmpty()) {
                QCOMPARE(r.body, QByteArray(R"({"deprecations":[],"objects":[]})"));
                break;
            }
            QCOMPARE(r.json().object().value(u"totalResults"_s).toInt(), objs.size());
            for (const auto& o : objs)
                ids << o.toObject().value(u"id"_s).toString();
            after = ids.last();
        }
        QCOMPARE(pages, 3);
        QCOMPARE(ids.size(), 6);
        QCOMPARE(ids.first(), QString::fromLatin1(uuid(1)));
    }

    void testAfterIdDeletedBetweenPages()
    {
        insert("Paged", 10, 14);
        QCOMPARE(m_fx.del(u"/v1/objects/Paged/"_s + QString::fromLatin1(uuid(11))).status, 204);
        const auto r = m_fx.get(u"/v1/objects?class=Paged&limit=2&after="_s + QString::fromLatin1(uuid(11)));
        QCOMPARE(r.status, 200);
        const QJsonArray objs = r.json().object().value(u"objects"_s).toArray();
        QCOMPARE(objs.size(), 2);
        QCOMPARE(objs.at(0).toObject().value(u"id"_s).toString(), QString::fromLatin1(uuid(12)));
    }

    void testListErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");
        QTest::newRow("after without limit")
            << u"class=Paged&after="_s << 422
            << u"msg:cursor api: invalid 'after' parameter code:400 err:limit parameter must be set"_s;
        QTest::newRow("after with offset and sort")
            << u"class=Paged&after=&limit=2&offset=1&sort=n"_s << 422
            << u"msg:cursor api: invalid 'after' parameter code:400 err:offset,sort cannot be set with after and limit parameters"_s;
        QTest::newRow("bad after")
            << u"class=Paged&limit=2&after=x"_s << 422
            << u"msg:cursor api: invalid 'after' parameter code:400 err:after parameter 'x' is not a valid uuid: invalid UUID length: 1"_s;
        QTest::newRow("over max")
            << u"class=Nope&limit=15&offset=6"_s << 422
            << u"msg:offset or limit code:400 err:query maximum results exceeded: the total limit calculated from the provided offset '6' and limit '15' exceeds the configured value for QUERY_MAXIMUM_RESULTS '20'. If you've supplied a negative offset or limit, this may be an underflow error"_s;
        QTest::newRow("include space") << u"class=Paged&include=vector,%20classification"_s << 400
                                       << u"unrecognized property ' classification' in ?include list"_s;
        QTest::newRow("limit abc") << u"class=Paged&limit=abc"_s << 422
                                   << uR"(limit in query must be of type int64: "abc")"_s;
        QTest::newRow("no class after")
            << u"limit=2&after="_s << 500
            << u"list objects: after parameter not allowed, cursor must be specific to one class, set class query param"_s;
        QTest::newRow("mt no tenant") << u"class=Mt"_s << 422
                                      << u"class Mt has multi-tenancy enabled, but request was without tenant"_s;
        QTest::newRow("mt unknown tenant") << u"class=Mt&tenant=t9"_s << 422 << uR"(tenant not found: "t9")"_s;
        QTest::newRow("mt cold tenant") << u"class=Mt&tenant=cold"_s << 422
                                        << u"msg:search index mt code:422 err:tenant not active: 'cold'"_s;
    }
    void testListErrors()
    {
        QFETCH(QString, query);
        QFETCH(int, status);
        QFETCH(QString, message);
        const auto r = m_fx.get(u"/v1/objects?"_s + query);
        QCOMPARE(r.status, status);
        QCOMPARE(r.errorMessage(), message);
    }

    void testListShapes()
    {
        auto r = m_fx.get(u"/v1/objects?class=Nope"_s);
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.isEmpty());
        r = m_fx.get(u"/v1/objects?class=Paged&limit=0"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray(R"({"deprecations":[],"objects":[]})"));
        r = m_fx.get(u"/v1/objects?class=Mt&tenant=t1&limit=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
            QByteArray(R"({"deprecations":[],"objects":[{"class":"Mt","creationTimeUnix":)")
                + QByteArray::number(r.json()[u"objects"_s][0][u"creationTimeUnix"_s].toInteger())
                + R"(,"id":"00000000-0000-0000-0000-000000000001","lastUpdateTimeUnix":)"
                + QByteArray::number(r.json()[u"objects"_s][0][u"lastUpdateTimeUnix"_s].toInteger())
                + R"(,"properties":{"n":1}}],"totalResults":1})");
        r = m_fx.get(u"/v1/objects?class=paged&limit=1&include=vector,classification"_s);
        QCOMPARE(r.status, 200);
        QVERIFY2(r.body.contains(R"("properties":{"n":1},"vector":[0.5,1]})"), r.body.constData());
    }

    void testSingleObjectLifecycle()
    {
        const QString path = u"/v1/objects/Paged/AAAAAAAA-0000-0000-0000-00000000000A"_s;
        auto r = m_fx.post(
            u"/v1/objects"_s, R"({"class":"paged","id":"AAAAAAAA-0000-0000-0000-00000000000A","properties":{"N":5}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"id"_s].toString(), u"aaaaaaaa-0000-0000-0000-00000000000a"_s);
        QCOMPARE(r.json()[u"class"_s].toString(), u"Paged"_s);
        const qint64 created = r.json()[u"creationTimeUnix"_s].toInteger();
        r = m_fx.post(u"/v1/objects"_s, R"({"class":"Paged","id":"aaaaaaaa-0000-0000-0000-00000000000a"})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), u"id 'aaaaaaaa-0000-0000-0000-00000000000a' already exists"_s);
        QCOMPARE(m_fx.call("HEAD", path).status, 204);
        QCOMPARE(m_fx.call("HEAD", u"/v1/objects/Paged/aaaaaaaa-0000-0000-0000-0000000000ff"_s).status, 404);
        r = m_fx.put(path, R"({"class":"Paged","id":"aaaaaaaa-0000-0000-0000-00000000000b","properties":{"n":6}})");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), u"invalid update: field 'id' is immutable"_s);
        r = m_fx.put(
            u"/v1/objects/Paged/aaaaaaaa-0000-0000-0000-0000000000ff"_s, R"({"class":"Paged","properties":{}})");
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.isEmpty());
        r = m_fx.put(path, R"({"class":"Paged","id":"aaaaaaaa-0000-0000-0000-00000000000a","properties":{"n":6}})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"creationTimeUnix"_s].toInteger(), created);
        r = m_fx.call("PATCH", path, R"({"class":"Paged","properties":{"n":null},"vector":[1,2]})");
        QCOMPARE(r.status, 204);
        r = m_fx.get(path + u"?include=vector"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"properties"_s].toObject(), QJsonObject());
        QCOMPARE(r.json()[u"vector"_s].toArray(), (QJsonArray {1, 2}));
        QCOMPARE(m_fx.del(path).status, 204);
        QCOMPARE(m_fx.del(path).status, 204);
        r = m_fx.get(path);
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.isEmpty());
    }

    // POST, PUT and PATCH of a vector whose length differs from the index's (notes 6.x): HTTP 500 with the shard's
    // error as the object manager wraps it, nothing stored. Each tenant is a shard with its own index.
    void testSingleObjectVectorLengthIsChecked()
    {
        // "Paged" holds 2-long vectors (initTestCase).
        const QString shard = u"\""_s + QString::fromStdString(Emu::physicalShardName("Paged", {})) + u"\""_s;
        const QByteArray id = "bbbbbbbb-0000-0000-0000-000000000001";
        const QString path = u"/v1/objects/Paged/"_s + QString::fromLatin1(id);
        auto r = m_fx.post(u"/v1/objects"_s, R"({"class":"Paged","id":")" + id + R"(","vector":[1,2,3]})");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorMessage(),
            u"put object: import into index paged: put local object: shard=%1: store object in LSM store: Validate "
            "vector index for bbbbbbbb-0000-0000-0000-000000000001: new node has a vector with length 3. Existing "
            "nodes have vectors with length 2: vector dimensions do not match the index dimensions"_s.arg(shard));
        QCOMPARE(m_fx.get(path).status, 404);
        QCOMPARE(m_fx.post(u"/v1/objects"_s, R"({"class":"Paged","id":")" + id + R"(","vector":[1,2]})").status, 200);
        r = m_fx.put(path, R"({"class":"Paged","vector":[1,2,3]})");
        QCOMPARE(r.status, 500);
        QVERIFY2(r.errorMessage().startsWith(u"put object: import into index paged: put local object: shard="_s),
            qPrintable(r.errorMessage()));
        r = m_fx.call("PATCH", path, R"({"class":"Paged","vector":[1]})");
        QCOMPARE(r.status, 500);
        QCOMPARE(r.errorMessage(),
            u"msg:repo.merge code:500 err:merge into index paged: update local object: shard=%1: validate vector "
            "index for update of bbbbbbbb-0000-0000-0000-000000000001: new node has a vector with length 1. "
            "Existing nodes have vectors with length 2: vector dimensions do not match the index dimensions"_s.arg(
                shard));
        r = m_fx.get(path + u"?include=vector"_s);
        QCOMPARE(r.json()[u"vector"_s].toArray(), (QJsonArray {1, 2}));
        // A PATCH without a vector keeps the stored one and is not checked.
        QCOMPARE(m_fx.call("PATCH", path, R"({"class":"Paged","properties":{"n":1}})").status, 204);
        QCOMPARE(m_fx.del(path).status, 204);

        // Tenant t1 holds 2-long vectors; a new tenant's first vector sets its own length.
        QCOMPARE(m_fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t5"}])").status, 200);
        r = m_fx.post(u"/v1/objects"_s, R"({"class":"Mt","tenant":"t5","id":")" + id + R"(","vector":[1,2,3,4,5]})");
        QCOMPARE(r.status, 200);
        r = m_fx.post(u"/v1/objects"_s, R"({"class":"Mt","tenant":"t1","id":")" + id + R"(","vector":[1,2,3,4,5]})");
        QCOMPARE(r.status, 500);
        QVERIFY2(r.errorMessage().contains(u"shard=\"t1\": store object in LSM store"_s), qPrintable(r.errorMessage()));
    }

    void testSingleGetIncludesTenantAndColdIs422()
    {
        auto r = m_fx.get(u"/v1/objects/Mt/"_s + QString::fromLatin1(uuid(1)) + u"?tenant=t1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"tenant"_s].toString(), u"t1"_s);
        r = m_fx.get(u"/v1/objects/Mt/"_s + QString::fromLatin1(uuid(1)) + u"?tenant=cold"_s);
        QCOMPARE(r.status, 422);
        QVERIFY(r.errorMessage().contains(u"tenant not active: 'cold'"_s));
        r = m_fx.put(
            u"/v1/objects/Mt/"_s + QString::fromLatin1(uuid(1)), R"({"class":"Mt","tenant":"cold","properties":{}})");
        QCOMPARE(r.status, 422);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorObjects)
#include "TestEmulatorObjects.moc"
