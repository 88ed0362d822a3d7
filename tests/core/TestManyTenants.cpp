// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/TestEndpoint.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// Restore and clear of one collection with many small tenants, counting the requests the emulator served
// (GET /__emulator/stats): the cost per tenant must be O(1) requests per hundred tenants where Weaviate allows it
// (tenants created and their statuses set 100 per request, objects of many tenants in shared batches, counts
// batched), the plan of a merge into existing empty tenants reads neither side per tenant, a failure in one tenant
// of a shared batch stays that tenant's, and a clear empties its tenants concurrently.
class TestManyTenants : public QObject
{
    Q_OBJECT

private:
    static constexpr int tenantCount = 300;
    static constexpr int perTenant = 3;

    static WeaviateEndpoint endpoint(EmulatorFixture& f) { return TestSupport::testEndpoint(f); }

    static QString tenantName(int i) { return u"t%1"_s.arg(i, 3, 10, QLatin1Char('0')); }
    // Every other tenant ends COLD in the source: 150, so that putting their statuses back takes two requests of
    // Weaviate's most (100), which the emulator enforces.
    static bool isCold(int i) { return i % 2 == 0; }

    static void post(EmulatorFixture& f, const QString& path, const QJsonDocument& body)
    {
        const TestSupport::Reply r = f.post(path, body.toJson(QJsonDocument::Compact));
        if (r.status != 200)
            qFatal("POST %s: %d %s", qPrintable(path), r.status, r.body.constData());
    }

    // The class Chat with `tenantCount` tenants; with objects, `perTenant` each and every other tenant COLD.
    static void makeChat(EmulatorFixture& f, bool withObjects)
    {
        post(f, u"/v1/schema"_s,
            QJsonDocument(QJsonObject {{u"class"_s, u"Chat"_s}, {u"vectorizer"_s, u"none"_s},
                {u"multiTenancyConfig"_s, QJsonObject {{u"enabled"_s, true}}},
                {u"properties"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}}}}}));
        QJsonArray tenants;
        for (int i = 0; i < tenantCount; ++i)
            tenants.append(QJsonObject {{u"name"_s, tenantName(i)}});
        post(f, u"/v1/schema/Chat/tenants"_s, QJsonDocument(tenants));
        if (!withObjects)
            return;
        QJsonArray objects;
        for (int i = 0; i < tenantCount; ++i)
            for (int j = 0; j < perTenant; ++j)
                objects.append(QJsonObject {{u"class"_s, u"Chat"_s}, {u"tenant"_s, tenantName(i)},
                    {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i * perTenant + j, 12, 10, QLatin1Char('0'))},
                    {u"properties"_s, QJsonObject {{u"text"_s, u"message %1 of %2"_s.arg(j).arg(tenantName(i))}}},
                    {u"vector"_s, QJsonArray {0.25 * j, -0.5, 1.0 / (i + 1), 0.125}}});
        post(f, u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, objects}}));
        for (int first = 0; first < tenantCount; first += 100) {
            QJsonArray cold;
            for (int i = first; i < first + 100; ++i)
                if (isCold(i))
                    cold.append(QJsonObject {{u"name"_s, tenantName(i)}, {u"activityStatus"_s, u"COLD"_s}});
            if (f.put(u"/v1/schema/Chat/tenants"_s, QJsonDocument(cold).toJson()).status != 200)
                qFatal("could not set tenants COLD");
        }
    }

    static qint64 requestsServed(EmulatorFixture& f)
    {
        return qint64(f.get(u"/__emulator/stats"_s).json().object().value(u"requests"_s).toDouble());
    }

    static QMap<QString, QString> statuses(EmulatorFixture& f)
    {
        QMap<QString, QString> out;
        for (const QJsonValue& t : f.get(u"/v1/schema/Chat/tenants"_s).json().array())
            out.insert(t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
        return out;
    }

    static RestoreParams restoreParams(EmulatorFixture& f, const QString& archive, RestoreMode mode)
    {
        RestoreParams p;
        p.endpoint = endpoint(f);
        p.archivePath = archive;
        p.mode = mode;
        p.batchSize = 100;
        return p;
    }

    static ClearParams clearParams(EmulatorFixture& f, ClearMethod method)
    {
        ClearParams p;
        p.endpoint = endpoint(f);
        p.collections = {u"Chat"_s};
        p.method = method;
        p.noBackup = true; // the backup's own requests are the backup's tests' business
        p.confirmed = p.collections;
        return p;
    }

    QTemporaryDir m_dir;
    QString m_archive; // Chat backed up once, with its COLD tenants

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QLocale(QLocale::English));
        EmulatorFixture source;
        makeChat(source, true);
        BackupParams p;
        p.endpoint = endpoint(source);
        p.destination = m_dir.filePath(u"chat.tar.zst"_s);
        p.activateTenants = true;
        OpError err;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        const BackupReport report = BackupTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(report.objects, qint64(tenantCount * perTenant));
        m_archive = p.destination;
    }

    void testRestoreIntoAnEmptyServerTakesFewRequests()
    {
        EmulatorFixture target;
        const qint64 atStart = requestsServed(target);
        OpError err;
        const RestorePlan plan = RestoreTask::plan(restoreParams(target, m_archive, RestoreMode::New), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY(!plan.isBlocked());
        const qint64 planRequests = requestsServed(target) - atStart - 1;
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        const qint64 applyRequests = requestsServed(target) - atStart - 2 - planRequests;
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY(report.failures.isEmpty());
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        QCOMPARE(report.objects, qint64(tenantCount * perTenant));
        QCOMPARE(report.items.size(), tenantCount);
        for (const RestoreCollectionReport& item : report.items)
            QCOMPARE(item.counted, qint64(perTenant));

        // The plan reads the server, its schema and nodes; nothing per tenant.
        QVERIFY2(planRequests <= 5, qPrintable(QString::number(planRequests)));
        // Class 1, tenants 3 (100 per request), batches 9 (100 objects of many tenants each), counts 3 (100 tenants
        // per query), statuses 2 (150 COLD tenants): 18, plus a little for the client's probes. Per tenant in
        // sequence it was two requests per tenant, 600.
        QVERIFY2(applyRequests <= 25, qPrintable(QString::number(applyRequests)));

        const QMap<QString, QString> after = statuses(target);
        QCOMPARE(after.size(), tenantCount);
        for (int i = 0; i < tenantCount; ++i)
            QCOMPARE(after.value(tenantName(i)), isCold(i) ? u"COLD"_s : u"HOT"_s);
        QCOMPARE(target.objectCount(u"Chat"_s, u"t001"_s), qint64(perTenant));
    }

    void testMergeIntoManyEmptyTenantsReadsNothingPerTenant()
    {
        EmulatorFixture target;
        makeChat(target, false);
        const qint64 atStart = requestsServed(target);
        OpError err;
        const RestorePlan plan = RestoreTask::plan(restoreParams(target, m_archive, RestoreMode::Merge), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY(!plan.isBlocked());
        const qint64 planRequests = requestsServed(target) - atStart - 1;
        QCOMPARE(plan.totals.create, qint64(tenantCount * perTenant));
        QCOMPARE(plan.totals.targetBefore, qint64(0));
        QCOMPARE(plan.collections.size(), 1);
        QCOMPARE(plan.collections[0].action, RestoreCollectionPlan::Action::UseExisting);
        for (const RestoreTenantPlan& t : plan.collections[0].tenants)
            QVERIFY(!t.create);
        // Server, schema, nodes, the tenant list and 3 batched counts: neither a count nor a cursor per tenant.
        QVERIFY2(planRequests <= 10, qPrintable(QString::number(planRequests)));

        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        const qint64 applyRequests = requestsServed(target) - atStart - 2 - planRequests;
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY(report.failures.isEmpty());
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        QVERIFY2(report.warnings.size() == plan.warnings.size(), qPrintable(report.warnings.join(u'\n')));
        QCOMPARE(report.objects, qint64(tenantCount * perTenant));
        // Counts before the import 3, batches 9, counts after 3: no merge-join cursor per tenant.
        QVERIFY2(applyRequests <= 20, qPrintable(QString::number(applyRequests)));
    }

    void testFailureInOneTenantOfSharedBatches()
    {
        EmulatorFixture target;
        RestoreParams p = restoreParams(target, m_archive, RestoreMode::New);
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        // Once the tenants exist, t005 goes COLD: its objects, which share batches with those of other tenants, are
        // refused one by one.
        bool deactivated = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.step == u"Importing objects" && !deactivated) {
                    deactivated = true;
                    target.put(u"/v1/schema/Chat/tenants"_s, R"([{"name":"t005","activityStatus":"COLD"}])");
                }
            },
            [] { return false; });
        const RestoreReport report = RestoreTask::apply(plan, &sink);
        QVERIFY(deactivated);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY(report.isPartial());
        QCOMPARE(report.failureCount, qint64(perTenant));
        for (const RestoreFailure& f : report.failures) {
            QCOMPARE(f.collection, u"Chat"_s);
            QCOMPARE(f.tenant, u"t005"_s);
        }
        QCOMPARE(report.objects, qint64((tenantCount - 1) * perTenant));
        for (const RestoreCollectionReport& item : report.items)
            QCOMPARE(item.written, qint64(item.tenant == u"t005" ? 0 : perTenant));
        QCOMPARE(target.objectCount(u"Chat"_s, u"t003"_s), qint64(perTenant));
        QCOMPARE(target.objectCount(u"Chat"_s, u"t007"_s), qint64(perTenant));
    }

    void testClearEmptiesManyTenantsConcurrently()
    {
        EmulatorFixture f;
        makeChat(f, true);
        const qint64 atStart = requestsServed(f);
        OpError err;
        const ClearPlan plan = ClearTask::plan(clearParams(f, ClearMethod::DeleteObjects), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY(!plan.isBlocked());
        const qint64 planRequests = requestsServed(f) - atStart - 1;
        // Server, schema, the tenant list and two batched counts of the 150 active tenants.
        QVERIFY2(planRequests <= 8, qPrintable(QString::number(planRequests)));
        QCOMPARE(plan.totalObjects, qint64(150 * perTenant));

        // Each delete waits 30 ms: one tenant after the other would take 9 s.
        QCOMPARE(
            f.put(u"/__emulator/faults"_s, R"({"latencyMs":30,"pathPrefix":"/v1/batch/objects$","method":"DELETE"})")
                .status,
            200);
        const qint64 beforeApply = requestsServed(f);
        QElapsedTimer timer;
        timer.start();
        const ClearReport report = ClearTask::apply(plan, nullptr);
        const qint64 elapsed = timer.elapsed();
        const qint64 applyRequests = requestsServed(f) - beforeApply - 1;
        QCOMPARE(report.outcome, ClearReport::Outcome::Succeeded);
        QVERIFY(!report.isPartial());
        QCOMPARE(report.deleted, qint64(tenantCount * perTenant));
        QCOMPARE(report.items.size(), tenantCount);
        for (const ClearItemReport& item : report.items)
            QCOMPARE(item.remaining, qint64(0));
        QVERIFY2(elapsed < 4500, qPrintable(QString::number(elapsed)));
        // One delete per tenant, the COLD tenants activated a group of 100 at a time (3), counts (3), statuses put
        // back (2).
        QVERIFY2(applyRequests <= tenantCount + 12, qPrintable(QString::number(applyRequests)));

        QCOMPARE(f.put(u"/__emulator/faults"_s, "{}").status, 200);
        const QMap<QString, QString> after = statuses(f);
        for (int i = 0; i < tenantCount; ++i)
            QCOMPARE(after.value(tenantName(i)), isCold(i) ? u"COLD"_s : u"HOT"_s);
    }

    void testDropOfManyChosenTenants()
    {
        EmulatorFixture f;
        makeChat(f, true);
        ClearParams p = clearParams(f, ClearMethod::Drop);
        for (int i = 0; i < 250; ++i)
            p.tenants[u"Chat"_s] << tenantName(i);
        OpError err;
        const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        const qint64 beforeApply = requestsServed(f);
        const ClearReport report = ClearTask::apply(plan, nullptr);
        const qint64 applyRequests = requestsServed(f) - beforeApply - 1;
        QCOMPARE(report.outcome, ClearReport::Outcome::Succeeded);
        QVERIFY(!report.isPartial());
        // Deleted 100 per request (3), then the tenant list read once to check they are gone.
        QVERIFY2(applyRequests <= 5, qPrintable(QString::number(applyRequests)));
        const QMap<QString, QString> after = statuses(f);
        QCOMPARE(after.size(), tenantCount - 250);
        QVERIFY(after.contains(tenantName(250)) && !after.contains(tenantName(249)));
    }
};

QTEST_GUILESS_MAIN(TestManyTenants)
#include "TestManyTenants.moc"
