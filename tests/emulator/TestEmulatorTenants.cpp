// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::Reply;

// /v1/schema/{c}/tenants against the emulator: statuses in both vocabularies, caps and validation messages.
class TestEmulatorTenants : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCreateListAndEcho();
    void testCreateIsIdempotent();
    void testNewStatusNamesConfig();
    void testUpdateChangesStatus();
    void testUpdateErrors_data();
    void testUpdateErrors();
    void testUpdateCapIs100();
    void testOffloadNeedsModule();
    void testCreateErrors_data();
    void testCreateErrors();
    void testNonMultiTenantClass();
    void testDeleteIgnoresUnknownAndDropsData();
    void testDeleteEmptyName();
    void testGetAndHeadSingleTenant();
    void testSingleTenantRouteIsVersionGated();
};

namespace {

void createMtClass(EmulatorFixture& fx, const char* name = "Mt")
{
    const QByteArray body = QByteArray(R"({"class":")") + name + R"(","multiTenancyConfig":{"enabled":true}})";
    QCOMPARE(fx.post(u"/v1/schema"_s, body).status, 200);
}

// Tenant lists come back in no particular order; compare them sorted by name.
QJsonArray sortedTenants(const Reply& r)
{
    QJsonArray a = r.json().array();
    QList<QJsonValue> v(a.begin(), a.end());
    std::sort(v.begin(), v.end(), [](const QJsonValue& x, const QJsonValue& y) {
        return x.toObject().value(u"name"_s).toString() < y.toObject().value(u"name"_s).toString();
    });
    QJsonArray out;
    for (const QJsonValue& e : v)
        out.append(e);
    return out;
}

QJsonObject tenant(const QString& name, const QString& status)
{
    return QJsonObject {{u"name"_s, name}, {u"activityStatus"_s, status}};
}

QByteArray manyTenants(int count, const char* status)
{
    QJsonArray a;
    for (int i = 0; i < count; ++i)
        a.append(QJsonObject {{u"name"_s, u"t%1"_s.arg(i)}, {u"activityStatus"_s, QString::fromLatin1(status)}});
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

} // namespace

void TestEmulatorTenants::testCreateListAndEcho()
{
    EmulatorFixture fx;
    createMtClass(fx);
    const Reply r = fx.post(u"/v1/schema/mt/tenants"_s,
        R"([{"name":"t1"},{"name":"t2","activityStatus":"INACTIVE"},{"name":"t3","activityStatus":"HOT"}])");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body,
        QByteArray(R"([{"name":"t1"},{"activityStatus":"COLD","name":"t2"},{"activityStatus":"HOT","name":"t3"}])"));
    const Reply list = fx.get(u"/v1/schema/Mt/tenants"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(sortedTenants(list),
        (QJsonArray {tenant(u"t1"_s, u"HOT"_s), tenant(u"t2"_s, u"COLD"_s), tenant(u"t3"_s, u"HOT"_s)}));
}

void TestEmulatorTenants::testCreateIsIdempotent()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1","activityStatus":"COLD"}])").status, 200);
    // Re-creating never changes the status of an existing tenant.
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"t2"}])").status, 200);
    QCOMPARE(sortedTenants(fx.get(u"/v1/schema/Mt/tenants"_s)),
        (QJsonArray {tenant(u"t1"_s, u"COLD"_s), tenant(u"t2"_s, u"HOT"_s)}));
}

void TestEmulatorTenants::testNewStatusNamesConfig()
{
    Emu::EngineConfig cfg;
    cfg.tenantStatusNewNames = true;
    EmulatorFixture fx(cfg);
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"a"},{"name":"b","activityStatus":"COLD"}])").status, 200);
    QCOMPARE(sortedTenants(fx.get(u"/v1/schema/Mt/tenants"_s)),
        (QJsonArray {tenant(u"a"_s, u"ACTIVE"_s), tenant(u"b"_s, u"INACTIVE"_s)}));
}

void TestEmulatorTenants::testUpdateChangesStatus()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"t2"}])").status, 200);
    const Reply r = fx.put(u"/v1/schema/Mt/tenants"_s,
        R"([{"name":"t1","activityStatus":"INACTIVE"},{"name":"t2","activityStatus":"COLD"}])");
    QCOMPARE(r.status, 200);
    QCOMPARE(sortedTenants(r), (QJsonArray {tenant(u"t1"_s, u"COLD"_s), tenant(u"t2"_s, u"COLD"_s)}));
    QCOMPARE(fx.put(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1","activityStatus":"ACTIVE"}])").body,
        QByteArray(R"([{"activityStatus":"HOT","name":"t1"}])"));
}

void TestEmulatorTenants::testUpdateErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing status") << QByteArray(R"([{"name":"t1"}])")
                                    << u"invalid activity status '' for tenant \"t1\""_s;
    QTest::newRow("bad status") << QByteArray(R"([{"name":"t1","activityStatus":"WARMISH"}])")
                                << u"invalid activity status 'WARMISH' for tenant \"t1\""_s;
    QTest::newRow("unknown tenant") << QByteArray(R"([{"name":"nope","activityStatus":"HOT"}])")
                                    << u"shard not found: nope"_s;
    QTest::newRow("duplicate") << QByteArray(
        R"([{"name":"t1","activityStatus":"HOT"},{"name":"t1","activityStatus":"COLD"}])")
                               << u"tenant name t1 existed multiple times"_s;
}

void TestEmulatorTenants::testUpdateErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"}])").status, 200);
    const Reply r = fx.put(u"/v1/schema/Mt/tenants"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).body, QByteArray(R"([{"activityStatus":"HOT","name":"t1"}])"));
}

void TestEmulatorTenants::testUpdateCapIs100()
{
    EmulatorFixture fx;
    createMtClass(fx);
    // Create is uncapped.
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, manyTenants(101, "HOT")).status, 200);
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).json().array().size(), 101);
    Reply r = fx.put(u"/v1/schema/Mt/tenants"_s, manyTenants(101, "COLD"));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(),
        u"maximum number of tenants allowed to be updated simultaneously is 100. Please "
        u"reduce the number of tenants in your request and try again"_s);
    r = fx.put(u"/v1/schema/Mt/tenants"_s, manyTenants(100, "COLD"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().array().size(), 100);
}

void TestEmulatorTenants::testOffloadNeedsModule()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"}])").status, 200);
    Reply r = fx.put(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1","activityStatus":"OFFLOADED"}])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"can't offload tenants, because offload-s3 module is not enabled"_s);

    Emu::EngineConfig cfg = fx.emulator().engine().config();
    cfg.offloadModule = true;
    fx.emulator().engine().setConfig(cfg);
    r = fx.put(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1","activityStatus":"OFFLOADED"}])");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"([{"activityStatus":"FROZEN","name":"t1"}])"));
    // Frozen is never allowed on create, even with the module.
    r = fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t2","activityStatus":"FROZEN"}])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"invalid activity status 'FROZEN' for tenant \"t2\""_s);
}

void TestEmulatorTenants::testCreateErrors_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad name") << QByteArray(R"([{"name":"ok"},{"name":"a b"}])")
                              << u"tenant name at index 1:  'a b' is not a valid tenant name. should only contain "
                                 u"alphanumeric characters (a-z, A-Z, 0-9), underscore (_), and hyphen (-), with a "
                                 u"length between 1 and 64 characters"_s;
    QTest::newRow("empty name") << QByteArray(R"([{"name":""}])") << u"tenant name at index 0: empty tenant name"_s;
    QTest::newRow("duplicate") << QByteArray(R"([{"name":"x"},{"name":"x"}])")
                               << u"tenant name x existed multiple times"_s;
    QTest::newRow("bad status") << QByteArray(R"([{"name":"x","activityStatus":"WARM"}])")
                                << u"invalid activity status 'WARM' for tenant \"x\""_s;
}

void TestEmulatorTenants::testCreateErrors()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    EmulatorFixture fx;
    createMtClass(fx);
    const Reply r = fx.post(u"/v1/schema/Mt/tenants"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).body, QByteArray("[]"));
}

void TestEmulatorTenants::testNonMultiTenantClass()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Plain"})").status, 200);
    const QByteArray expected = R"({"error":[{"message":"multi-tenancy is not enabled for class \"Plain\""}]})";
    Reply r = fx.get(u"/v1/schema/plain/tenants"_s);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, expected);
    r = fx.post(u"/v1/schema/Plain/tenants"_s, R"([{"name":"t1"}])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, expected);
    r = fx.del(u"/v1/schema/Plain/tenants"_s, R"(["t1"])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, expected);
}

void TestEmulatorTenants::testDeleteIgnoresUnknownAndDropsData()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"t2"}])").status, 200);
    auto& shards = fx.emulator().engine().store().classes.at("Mt").shards;
    shards.at("t1").objects["00000000-0000-0000-0000-000000000001"];
    const Reply r = fx.del(u"/v1/schema/Mt/tenants"_s, R"(["t1","ghost"])");
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).body, QByteArray(R"([{"activityStatus":"HOT","name":"t2"}])"));
    // A re-created tenant starts empty.
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"}])").status, 200);
    QCOMPARE(fx.emulator().engine().store().classes.at("Mt").shards.at("t1").objects.size(), size_t(0));
}

void TestEmulatorTenants::testDeleteEmptyName()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"}])").status, 200);
    const Reply r = fx.del(u"/v1/schema/Mt/tenants"_s, R"(["t1",""])");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"empty tenant name at index 1"_s);
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).json().array().size(), 1);
}

void TestEmulatorTenants::testGetAndHeadSingleTenant()
{
    EmulatorFixture fx;
    createMtClass(fx);
    QCOMPARE(fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1","activityStatus":"COLD"}])").status, 200);
    Reply r = fx.get(u"/v1/schema/Mt/tenants/t1"_s);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"activityStatus":"COLD","name":"t1"})"));
    r = fx.get(u"/v1/schema/Mt/tenants/t9"_s);
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(fx.call("HEAD", u"/v1/schema/Mt/tenants/t1"_s).status, 200);
    QCOMPARE(fx.call("HEAD", u"/v1/schema/Mt/tenants/t9"_s).status, 404);
}

void TestEmulatorTenants::testSingleTenantRouteIsVersionGated()
{
    Emu::EngineConfig cfg;
    cfg.version = "1.24.0";
    EmulatorFixture fx(cfg);
    createMtClass(fx);
    const Reply r = fx.get(u"/v1/schema/Mt/tenants/t1"_s);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body, QByteArray(R"({"code":404,"message":"path /v1/schema/Mt/tenants/t1 was not found"})"));
}

QTEST_GUILESS_MAIN(TestEmulatorTenants)
#include "TestEmulatorTenants.moc"
