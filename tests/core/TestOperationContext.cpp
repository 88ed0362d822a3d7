// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/OperationContext.h"
#include "core/TenantStatusGuard.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <atomic>

using namespace Colvault;
using namespace Qt::StringLiterals;

// The shared parts of every operation: steps run in order with their names in progress, the first error ends the
// run, cancel is an outcome, and tenant statuses an operation changed go back on every exit.
class TestOperationContext : public QObject
{
    Q_OBJECT

private:
    static WeaviateEndpoint endpoint(TestSupport::EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.retryBaseDelayMs = 5;
        return e;
    }

    // A multi-tenant class "Chat" with `count` tenants t0… created with `status`.
    static void createTenants(TestSupport::EmulatorFixture& f, int count, const QString& status)
    {
        const auto created = f.post(u"/v1/schema"_s, R"({"class":"Chat","multiTenancyConfig":{"enabled":true}})");
        QCOMPARE(created.status, 200);
        QJsonArray tenants;
        for (int i = 0; i < count; ++i)
            tenants.append(QJsonObject {{u"name"_s, u"t%1"_s.arg(i)}, {u"activityStatus"_s, status}});
        for (qsizetype i = 0; i < tenants.size(); i += 100) {
            const auto r = f.post(u"/v1/schema/Chat/tenants"_s,
                QJsonDocument(QJsonArray::fromVariantList(tenants.toVariantList().mid(i, 100))).toJson());
            QCOMPARE(r.status, 200);
        }
    }

    // tenant name -> activity status, as the server holds them.
    static QMap<QString, QString> statuses(TestSupport::EmulatorFixture& f)
    {
        QMap<QString, QString> result;
        for (const QJsonValue& t : f.get(u"/v1/schema/Chat/tenants"_s).json().array())
            result.insert(t[u"name"_s].toString(), t[u"activityStatus"_s].toString());
        return result;
    }

    static QList<TenantStatusGuard::Tenant> tenantList(int count, const QString& status)
    {
        QList<TenantStatusGuard::Tenant> list;
        for (int i = 0; i < count; ++i)
            list.append({u"t%1"_s.arg(i), status});
        return list;
    }

private Q_SLOTS:
    void testStepsRunInOrderAndReportTheirNames()
    {
        QList<OperationProgress> reports;
        CallbackProgressSink sink([&](const OperationProgress& p) { reports.append(p); }, {});
        TestSupport::EmulatorFixture f;
        OperationContext ctx(endpoint(f), &sink);
        QStringList ran;
        const auto end = ctx.run({{u"First"_s, [&] { return ran << u"1"_s, true; }},
            {u"Second"_s, [&] { return ran << u"2"_s, true; }}, {u"Third"_s, [&] { return ran << u"3"_s, true; }}});
        QCOMPARE(end, OperationContext::End::Succeeded);
        QCOMPARE(ran, (QStringList {u"1"_s, u"2"_s, u"3"_s}));
        QCOMPARE(reports.size(), 3);
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(reports[i].stepNumber, i + 1);
            QCOMPARE(reports[i].stepCount, 3);
        }
        QCOMPARE(reports[1].step, u"Second"_s);
        QVERIFY(!ctx.error().isError());
    }

    void testFirstErrorEndsTheRun()
    {
        TestSupport::EmulatorFixture f;
        OperationContext ctx(endpoint(f), nullptr);
        bool thirdRan = false;
        const auto end = ctx.run({{u"Fails"_s,
                                      [&] {
                                          ctx.fail(OpError::make(OpError::Code::Io, u"first"_s));
                                          return ctx.fail(OpError::make(OpError::Code::Io, u"second"_s));
                                      }},
            {u"Never"_s, [&] { return thirdRan = true; }}});
        QCOMPARE(end, OperationContext::End::Failed);
        QCOMPARE(ctx.error().message, u"first"_s);
        QVERIFY(!thirdRan);
    }

    void testStopWithoutReasonIsAnInternalError()
    {
        TestSupport::EmulatorFixture f;
        OperationContext ctx(endpoint(f), nullptr);
        QCOMPARE(ctx.run({{u"Silent"_s, [] { return false; }}}), OperationContext::End::Failed);
        QCOMPARE(ctx.error().code, OpError::Code::Internal);
    }

    void testCancelIsAnOutcomeNotAnError()
    {
        std::atomic<bool> cancel = false;
        CallbackProgressSink sink({}, [&] { return cancel.load(); });
        TestSupport::EmulatorFixture f;
        OperationContext ctx(endpoint(f), &sink);
        bool secondRan = false;
        const auto end = ctx.run(
            {{u"Asks to stop"_s, [&] { return cancel = true, true; }}, {u"Never"_s, [&] { return secondRan = true; }}});
        QCOMPARE(end, OperationContext::End::Canceled);
        QVERIFY(!secondRan);
        QVERIFY(!ctx.error().isError());
        // A request's cancel is not recorded as an error either.
        HttpResult canceled;
        canceled.canceled = true;
        QVERIFY(!ctx.failed(canceled));
        QVERIFY(!ctx.error().isError());
    }

    void testActivatedTenantsGoBackInChunks()
    {
        TestSupport::EmulatorFixture f;
        createTenants(f, 150, u"COLD"_s);
        {
            OperationContext ctx(endpoint(f), nullptr);
            const HttpResult r = ctx.tenantStatuses().activate(ctx.client(), u"Chat"_s, tenantList(150, u"COLD"_s));
            QVERIFY2(r.ok(), qPrintable(r.error.details));
            const auto during = statuses(f);
            QCOMPARE(during.size(), 150);
            QCOMPARE(during.values().count(u"HOT"_s), 150);
            QVERIFY(ctx.finish().isEmpty());
            QVERIFY(ctx.tenantStatuses().isEmpty());
        }
        QCOMPARE(statuses(f).values().count(u"COLD"_s), 150);
    }

    void testStatusesGoBackWhenTheOperationEndsEarly()
    {
        // No finish(): an exception or an early return left the operation; the destructor puts statuses back.
        TestSupport::EmulatorFixture f;
        createTenants(f, 3, u"COLD"_s);
        {
            OperationContext ctx(endpoint(f), nullptr);
            QVERIFY(ctx.tenantStatuses().activate(ctx.client(), u"Chat"_s, tenantList(3, u"COLD"_s)).ok());
            ctx.tenantStatuses().leaveAs(u"Chat"_s, u"t2"_s, u"HOT"_s); // the last word for a tenant wins
            QCOMPARE(statuses(f).value(u"t0"_s), u"HOT"_s);
        }
        const auto after = statuses(f);
        QCOMPARE(after.value(u"t0"_s), u"COLD"_s);
        QCOMPARE(after.value(u"t1"_s), u"COLD"_s);
        QCOMPARE(after.value(u"t2"_s), u"HOT"_s);
    }

    void testStatusesGoBackEvenAfterCancel()
    {
        std::atomic<bool> cancel = false;
        CallbackProgressSink sink({}, [&] { return cancel.load(); });
        TestSupport::EmulatorFixture f;
        createTenants(f, 2, u"COLD"_s);
        OperationContext ctx(endpoint(f), &sink);
        QVERIFY(ctx.tenantStatuses().activate(ctx.client(), u"Chat"_s, tenantList(2, u"COLD"_s)).ok());
        cancel = true;
        QVERIFY(ctx.finish().isEmpty()); // its own client: the cancel does not stop the put-back
        QCOMPARE(statuses(f).values().count(u"COLD"_s), 2);
    }

    void testPutBackFailureIsOneClearLine()
    {
        TestSupport::EmulatorFixture f;
        createTenants(f, 2, u"COLD"_s);
        OperationContext ctx(endpoint(f), nullptr);
        QVERIFY(ctx.tenantStatuses().activate(ctx.client(), u"Chat"_s, tenantList(2, u"COLD"_s)).ok());
        Emu::FaultConfig faults;
        faults.method = "PUT";
        faults.pathPrefix = "/v1/schema/Chat/tenants";
        faults.rate503 = 1;
        f.emulator().setFaults(faults);
        ctx.warn(u"an earlier warning"_s);
        const QStringList warnings = ctx.finish();
        f.emulator().setFaults({});
        QCOMPARE(warnings.size(), 2);
        QCOMPARE(warnings.first(), u"an earlier warning"_s);
        QVERIFY2(warnings.last().startsWith(u"The tenant statuses of Chat could not be put back:"_s),
            qPrintable(warnings.last()));
        QCOMPARE(statuses(f).values().count(u"HOT"_s), 2); // the server answered 503 every time
    }
};

QTEST_GUILESS_MAIN(TestOperationContext)
#include "TestOperationContext.moc"
