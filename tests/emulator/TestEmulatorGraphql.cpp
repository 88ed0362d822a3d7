// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// POST /v1/graphql subset of the emulator: Aggregate meta{count}, Get with cursor, aliases, errors[] with HTTP 200.
class TestEmulatorGraphql : public QObject
{
    Q_OBJECT

private:
    TestSupport::EmulatorFixture m_fx;

    TestSupport::Reply query(const QString& q)
    {
        return m_fx.post(u"/v1/graphql"_s, QJsonDocument(QJsonObject {{u"query"_s, q}}).toJson(QJsonDocument::Compact));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_fx.post(u"/v1/schema"_s,
                         "{\"class\":\"Doc\",\"properties\":[{\"name\":\"title\",\"dataType\":[\"text\"]}]}")
                     .status,
            200);
        QCOMPARE(
            m_fx.post(u"/v1/schema"_s, "{\"class\":\"Mt\",\"multiTenancyConfig\":{\"enabled\":true}}").status, 200);
        QCOMPARE(m_fx.post(u"/v1/schema/Mt/tenants"_s, "[{\"name\":\"t1\"},{\"name\":\"t2\"}]").status, 200);
        const auto r = m_fx.post(u"/v1/batch/objects"_s,
            "{\"objects\":[{\"class\":\"Doc\",\"id\":\"00000000-0000-0000-0000-000000000001\",\"properties\":{"
            "\"title\":\"a\"},\"vector\":[0.25]},"
            "{\"class\":\"Doc\",\"id\":\"00000000-0000-0000-0000-000000000002\",\"properties\":{\"title\":\"b\"}},"
            "{\"class\":\"Mt\",\"tenant\":\"t1\",\"properties\":{}},"
            "{\"class\":\"Mt\",\"tenant\":\"t2\",\"properties\":{}},{\"class\":\"Mt\",\"tenant\":\"t2\",\"properties\":"
            "{}}]}");
        QCOMPARE(r.status, 200);
    }

    void testAggregateCount()
    {
        auto r = query(u"{Aggregate{Doc{meta{count}}}}"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, QByteArray("{\"data\":{\"Aggregate\":{\"Doc\":[{\"meta\":{\"count\":2}}]}}}"));
        r = query(u"{\n  Aggregate {\n    Mt(tenant: \"t1\") {\n      meta { count }\n    }\n  }\n}"_s);
        QCOMPARE(r.body, QByteArray("{\"data\":{\"Aggregate\":{\"Mt\":[{\"meta\":{\"count\":1}}]}}}"));
    }

    void testGetWithCursor()
    {
        const auto r
            = query(u"{Get{Doc(limit:1,after:\"00000000-0000-0000-0000-000000000001\"){title _additional{id}}}}"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
            QByteArray("{\"data\":{\"Get\":{\"Doc\":[{\"title\":\"b\",\"_additional\":{\"id\":\"00000000-0000-0000-"
                       "0000-000000000002\"}}]}}}"));
        const auto v = query(u"{Get{Doc(limit:1){_additional{vector}}}}"_s);
        QCOMPARE(v.body, QByteArray("{\"data\":{\"Get\":{\"Doc\":[{\"_additional\":{\"vector\":[0.25]}}]}}}"));
    }

    // Weaviate (graphql-go) answers an aliased field under its alias: the counts of many tenants in one query.
    void testAliasesAnswerUnderTheirName()
    {
        auto r = query(u"{Aggregate{a0: Mt(tenant:\"t1\"){meta{count}} a1: Mt(tenant:\"t2\"){n: meta{c: count}}}}"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
            QByteArray("{\"data\":{\"Aggregate\":{\"a0\":[{\"meta\":{\"count\":1}}],\"a1\":[{\"n\":{\"c\":2}}]}}}"));
        // Fields under one name merge their selections; an aliased Get answers under its alias too.
        r = query(u"{g: Get{d: Doc(limit:1){t: title _additional{id} _additional{i: id}}}}"_s);
        QCOMPARE(r.body,
            QByteArray("{\"data\":{\"g\":{\"d\":[{\"t\":\"a\",\"_additional\":{\"id\":\"00000000-0000-0000-0000-"
                       "000000000001\",\"i\":\"00000000-0000-0000-0000-000000000001\"}}]}}}"));
        // One failing alias is null with its own error; the others answer.
        r = query(u"{Aggregate{a0: Mt(tenant:\"nope\"){meta{count}} a1: Mt(tenant:\"t1\"){meta{count}}}}"_s);
        const QJsonObject o = r.json().object();
        QCOMPARE(o[u"data"_s][u"Aggregate"_s][u"a0"_s].type(), QJsonValue::Null);
        QCOMPARE(o[u"data"_s][u"Aggregate"_s][u"a1"_s][0][u"meta"_s][u"count"_s].toInt(), 1);
        QCOMPARE(o[u"errors"_s][0][u"path"_s].toArray(), QJsonArray({u"Aggregate"_s, u"a0"_s}));
    }

    // graphql-go's OverlappingFieldsCanBeMerged: the whole query is rejected, both fields located.
    void testAliasConflictsAreValidationErrors_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("locations");
        const QString use = u". Use different aliases on the fields to fetch both if this was intentional."_s;
        QTest::newRow("differing arguments")
            << u"{Aggregate{a0: Mt(tenant:\"t1\"){meta{count}} a0: Mt(tenant:\"t2\"){meta{count}}}}"_s
            << u"Fields \"a0\" conflict because they have differing arguments"_s + use << 2;
        QTest::newRow("different fields")
            << u"{Get{Doc{x: title x: _additional{id}}}}"_s
            << u"Fields \"x\" conflict because title and _additional are different fields"_s + use << 2;
        QTest::newRow("subfields") << u"{Aggregate{Doc{n: meta{c: count} n: meta{c: __typename}}}}"_s
                                   << u"Fields \"n\" conflict because subfields \"c\" conflict because count and "
                                      "__typename are different fields"_s
                + use << 4;
    }
    void testAliasConflictsAreValidationErrors()
    {
        QFETCH(QString, q);
        QFETCH(QString, message);
        QFETCH(int, locations);
        const QJsonObject o = query(q).json().object();
        QCOMPARE(o[u"data"_s].type(), QJsonValue::Null);
        QCOMPARE(o[u"errors"_s].toArray().size(), 1);
        QCOMPARE(o[u"errors"_s][0][u"message"_s].toString(), message);
        QCOMPARE(o[u"errors"_s][0][u"locations"_s].toArray().size(), locations);
    }

    // The same class twice under one name passes validation, but Weaviate's class resolvers expect exactly one field
    // and panic; graphql-go reports the panic at that name.
    void testSameClassTwiceUnderOneName()
    {
        const auto r = query(u"{Aggregate{Doc{meta{count}} Doc{meta{count}}}}"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body,
            QByteArray(
                "{\"data\":{\"Aggregate\":{\"Doc\":null}},\"errors\":[{\"locations\":[{\"column\":12,\"line\":1},{"
                "\"column\":29,\"line\":1}],\"message\":\"Only one Field expected here\",\"path\":[\"Aggregate\","
                "\"Doc\"]}]}"));
    }

    void testErrorsAreHttp200_data()
    {
        QTest::addColumn<QString>("q");
        QTest::addColumn<QString>("message");
        QTest::newRow("mt without tenant") << u"{Aggregate{Mt{meta{count}}}}"_s
                                           << u"class Mt has multi-tenancy enabled, but request was without tenant"_s;
        QTest::newRow("tenant on non-mt")
            << u"{Get{Doc(tenant:\"t1\"){title}}}"_s
            << u"Unknown argument \"tenant\" on field \"Doc\" of type \"GetObjectsObj\"."_s;
        QTest::newRow("unknown class") << u"{Get{Nope{title}}}"_s
                                       << u"Cannot query field \"Nope\" on type \"GetObjectsObj\"."_s;
    }
    void testErrorsAreHttp200()
    {
        QFETCH(QString, q);
        QFETCH(QString, message);
        const auto r = query(q);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json()[u"errors"_s][0][u"message"_s].toString(), message);
    }

    void testEmptyQueryIs422()
    {
        const auto r = m_fx.post(u"/v1/graphql"_s, "{\"query\":\"\"}");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body, QByteArray("{\"error\":[{\"message\":\"query cannot be empty\"}]}"));
    }
};

QTEST_GUILESS_MAIN(TestEmulatorGraphql)
#include "TestEmulatorGraphql.moc"
