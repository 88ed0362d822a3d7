// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/SchemaClient.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// WeaviateClient::objectCounts costs O(1) requests per hundred tenants on every path: gRPC (concurrent calls on one
// connection), and without gRPC GraphQL with 100 aliased Aggregate fields per query. Exact counts, in the order
// asked, and one clear error when a tenant cannot be counted.
class TestObjectCounts : public QObject
{
    Q_OBJECT

private:
    static constexpr int tenantCount = 250;
    std::unique_ptr<EmulatorFixture> m_server;
    QStringList m_tenants;

    WeaviateEndpoint endpoint(bool withGrpc)
    {
        WeaviateEndpoint e;
        e.url = m_server->baseUrl();
        e.maxRetries = 0;
        e.grpcUrl = withGrpc ? m_server->grpcUrl() : QUrl(u"http://127.0.0.1:1"_s);
        return e;
    }

    qint64 requestsSoFar()
    {
        return m_server->get(u"/__emulator/stats"_s).json().object().value(u"requests"_s).toInteger(-1);
    }

    // Tenant i holds i % 7 objects.
    void seed(WeaviateClient& client)
    {
        SchemaClient schema(client);
        QVERIFY(schema
                    .createClass(u"Chat"_s,
                        R"({"class":"Chat","vectorizer":"none","multiTenancyConfig":{"enabled":true},
                            "properties":[{"name":"text","dataType":["text"]}]})")
                    .ok());
        QJsonArray tenants;
        for (const QString& t : std::as_const(m_tenants))
            tenants.append(QJsonObject {{u"name"_s, t}});
        QVERIFY(schema.createTenants(u"Chat"_s, tenants).ok());
        QJsonArray objects;
        for (int i = 0; i < tenantCount; ++i)
            for (int k = 0; k < i % 7; ++k)
                objects.append(QJsonObject {{u"class"_s, u"Chat"_s}, {u"tenant"_s, m_tenants[i]},
                    {u"properties"_s, QJsonObject {{u"text"_s, u"m%1"_s.arg(k)}}}});
        const HttpResult r = client.send(
            "POST", u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, objects}}).toJson());
        QVERIFY2(r.ok(), qPrintable(r.error.details));
    }

    void verifyCounts(bool withGrpc, qint64 maxRequests)
    {
        WeaviateClient client(endpoint(withGrpc));
        const qint64 before = requestsSoFar();
        QList<qint64> counts;
        OpError err;
        QVERIFY2(client.objectCounts(u"Chat"_s, m_tenants, &counts, &err), qPrintable(err.details));
        const qint64 requests = requestsSoFar() - before - 1; // the stats request itself
        QCOMPARE(counts.size(), tenantCount);
        for (int i = 0; i < tenantCount; ++i)
            QCOMPARE(counts[i], qint64(i % 7));
        QVERIFY2(requests <= maxRequests, qPrintable(u"%1 REST requests"_s.arg(requests)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        m_server = std::make_unique<EmulatorFixture>();
        for (int i = 0; i < tenantCount; ++i)
            m_tenants << u"tenant-%1"_s.arg(i);
        WeaviateClient client(endpoint(false));
        seed(client);
    }

    // Without gRPC: the first tenant alone (it settles the path: /v1/meta, the GraphQL count), then 249 tenants in
    // three queries of at most 100 aliases.
    void testGraphqlCountsAHundredTenantsPerQuery() { verifyCounts(false, 5); }

    // With gRPC no REST request counts anything.
    void testGrpcCountsWithoutRestRequests() { verifyCounts(true, 0); }

    void testAnInactiveTenantIsNamed()
    {
        WeaviateClient client(endpoint(false));
        QVERIFY(SchemaClient(client)
                    .updateTenants(u"Chat"_s,
                        QJsonArray {QJsonObject {{u"name"_s, m_tenants[120]}, {u"activityStatus"_s, u"COLD"_s}}})
                    .ok());
        QList<qint64> counts;
        OpError err;
        QVERIFY(!client.objectCounts(u"Chat"_s, m_tenants, &counts, &err));
        QVERIFY2(err.message.contains(u"tenant-120"_s), qPrintable(err.message + u" / "_s + err.details));
        QVERIFY(SchemaClient(client)
                    .updateTenants(u"Chat"_s,
                        QJsonArray {QJsonObject {{u"name"_s, m_tenants[120]}, {u"activityStatus"_s, u"HOT"_s}}})
                    .ok());
    }
};

QTEST_GUILESS_MAIN(TestObjectCounts)
#include "TestObjectCounts.moc"
