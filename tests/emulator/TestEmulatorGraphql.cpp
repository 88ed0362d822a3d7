// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// POST /v1/graphql subset of the emulator: Aggregate meta{count}, Get with cursor, errors[] with HTTP 200.
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
        QCOMPARE(m_fx.post(u"/v1/schema/Mt/tenants"_s, "[{\"name\":\"t1\"}]").status, 200);
        const auto r = m_fx.post(u"/v1/batch/objects"_s,
            "{\"objects\":[{\"class\":\"Doc\",\"id\":\"00000000-0000-0000-0000-000000000001\",\"properties\":{"
            "\"title\":\"a\"},\"vector\":[0.25]},"
            "{\"class\":\"Doc\",\"id\":\"00000000-0000-0000-0000-000000000002\",\"properties\":{\"title\":\"b\"}},"
            "{\"class\":\"Mt\",\"tenant\":\"t1\",\"properties\":{}}]}");
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
