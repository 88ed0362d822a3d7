// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupPageReader.h"
#include "core/BackupTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/TestEndpoint.h"
#include "tools/emulator/LocalRequest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// A backup of one collection with many small tenants, against the emulator: about one request per tenant (the page;
// counts and activations go many tenants per request), several tenants in flight while the archive is written one
// tenant after the other, the same content as the server, and a bounded read-ahead (BackupPageReader: the bytes
// asked for ahead stay under a cap, pages arrive in order, cancel and destruction end it at once).
class TestBackupManyTenants : public QObject
{
    Q_OBJECT

private:
    static constexpr int tenantCount = 300;
    static constexpr int perTenant = 3;
    static constexpr int pageSize = 10;

    static QString tenantName(int i) { return u"t%1"_s.arg(i, 3, 10, QLatin1Char('0')); }
    // t000 takes three pages, t001 exactly one full page (then an empty one), t002 none.
    static int objectsOf(int i) { return i == 0 ? 23 : i == 1 ? pageSize : i == 2 ? 0 : perTenant; }
    static bool isCold(int i) { return i % 7 == 3; }

    static void handle(EmulatorFixture& f, const char* method, const QString& target, const QJsonDocument& body)
    {
        const Emu::HttpResponse r = f.emulator().engine().handle(
            Emu::makeLocalRequest(method, target.toStdString(), body.toJson(QJsonDocument::Compact).toStdString()));
        if (r.status != 200)
            qFatal("%s %s: %d", method, qPrintable(target), r.status);
    }

    // Chat with `tenants` tenants, objectsOf(i) objects each of `dims` dimensions, every seventh tenant COLD.
    static void makeChat(EmulatorFixture& f, int tenants, int dims, int objectsEach = -1)
    {
        handle(f, "POST", u"/v1/schema"_s,
            QJsonDocument(QJsonObject {{u"class"_s, u"Chat"_s}, {u"vectorizer"_s, u"none"_s},
                {u"multiTenancyConfig"_s, QJsonObject {{u"enabled"_s, true}}},
                {u"properties"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"text"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}}}}}));
        QJsonArray names;
        QJsonArray objects;
        for (int i = 0; i < tenants; ++i) {
            names.append(QJsonObject {{u"name"_s, tenantName(i)}});
            for (int j = 0; j < (objectsEach < 0 ? objectsOf(i) : objectsEach); ++j) {
                QJsonArray vector;
                for (int d = 0; d < dims; ++d)
                    vector.append(double(float((i * 31 + j * 7 + d) % 97) / 97.0f - 0.5f));
                objects.append(QJsonObject {{u"class"_s, u"Chat"_s}, {u"tenant"_s, tenantName(i)},
                    {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i * 1000 + j, 12, 10, QLatin1Char('0'))},
                    {u"properties"_s, QJsonObject {{u"text"_s, u"message %1 of %2"_s.arg(j).arg(tenantName(i))}}},
                    {u"vector"_s, vector}});
            }
        }
        handle(f, "POST", u"/v1/schema/Chat/tenants"_s, QJsonDocument(names));
        handle(f, "POST", u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, objects}}));
        QJsonArray cold;
        for (int i = 0; i < tenants; ++i)
            if (isCold(i))
                cold.append(QJsonObject {{u"name"_s, tenantName(i)}, {u"activityStatus"_s, u"COLD"_s}});
        handle(f, "PUT", u"/v1/schema/Chat/tenants"_s, QJsonDocument(cold));
    }

    static void setAllHot(EmulatorFixture& f, int tenants)
    {
        for (int first = 0; first < tenants; first += 100) { // Weaviate takes 100 tenants per request
            QJsonArray hot;
            for (int i = first; i < std::min(tenants, first + 100); ++i)
                hot.append(QJsonObject {{u"name"_s, tenantName(i)}, {u"activityStatus"_s, u"HOT"_s}});
            handle(f, "PUT", u"/v1/schema/Chat/tenants"_s, QJsonDocument(hot));
        }
    }

    static QStringList allTenants(int tenants)
    {
        QStringList names;
        for (int i = 0; i < tenants; ++i)
            names << tenantName(i);
        return names;
    }

    static qint64 requestsServed(EmulatorFixture& f)
    {
        return qint64(f.get(u"/__emulator/stats"_s).json().object().value(u"requests"_s).toDouble());
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f) { return TestSupport::testEndpoint(f); }

    static BackupParams params(EmulatorFixture& f, const QString& destination)
    {
        BackupParams p;
        p.endpoint = endpoint(f);
        p.collections = {u"Chat"_s};
        p.destination = destination;
        p.pageSize = pageSize;
        p.activateTenants = true;
        return p;
    }

    static void slowPages(EmulatorFixture& f, int ms)
    {
        Emu::FaultConfig slow;
        slow.latencyMs = ms;
        slow.pathPrefix = "/v1/objects";
        f.emulator().setFaults(slow);
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static QString statusOf(EmulatorFixture& f, const QString& tenant)
    {
        for (const QJsonValue& t : f.get(u"/v1/schema/Chat/tenants"_s).json().array())
            if (t.toObject().value(u"name"_s).toString() == tenant)
                return t.toObject().value(u"activityStatus"_s).toString();
        return {};
    }

    // Every page of `shards` through a reader; the objects per shard, or an empty list when next() failed.
    static QList<int> readAll(BackupPageReader& reader, int shards)
    {
        QList<int> objects(shards, 0);
        QString previousId;
        for (int shard = 0; shard < shards;) {
            BackupPageReader::Page page;
            if (!reader.next(&page))
                return {};
            if (page.shard != shard)
                qFatal("page of shard %d while shard %d is read", page.shard, shard);
            for (const PageObject& o : page.objects) {
                const QString id = QString::fromStdString(o.id);
                if (id <= previousId)
                    qFatal("ids out of order");
                previousId = id;
            }
            objects[shard] += int(page.objects.size());
            if (page.lastOfShard)
                ++shard;
        }
        return objects;
    }

    static QList<BackupPageReader::Shard> shardsOf(int tenants, int objectsEach = -1)
    {
        QList<BackupPageReader::Shard> shards;
        for (int i = 0; i < tenants; ++i)
            shards.append({u"Chat"_s, tenantName(i), objectsEach < 0 ? objectsOf(i) : objectsEach});
        return shards;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    // About one request per tenant: its page. The plan counts and the apply counts (before and after) and
    // activates 100 tenants per request. Per tenant in sequence it was four requests per tenant, 1,200.
    void testAboutOneRequestPerTenant()
    {
        EmulatorFixture f;
        makeChat(f, tenantCount, 8);
        QTemporaryDir dir;
        const BackupParams p = params(f, dir.filePath(u"chat.tar.zst"_s));
        const qint64 atStart = requestsServed(f);
        OpError err;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        const qint64 planRequests = requestsServed(f) - atStart - 1;
        const BackupReport report = BackupTask::apply(plan, nullptr);
        const qint64 applyRequests = requestsServed(f) - atStart - 2 - planRequests;
        QVERIFY2(report.outcome == BackupReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(report.warnings.isEmpty(), qPrintable(report.warnings.join(u'\n')));

        // Meta, schema, class, tenants, 3 batched counts, the sample page.
        QVERIFY2(planRequests <= 12, qPrintable(QString::number(planRequests)));
        // Pages: one per tenant, two more for t000 (23 objects), one more for t001 (a full page): 303. Counts before
        // and after, 3 each; activation and putting back, 1 each.
        QVERIFY2(applyRequests >= 303 && applyRequests <= 303 + 16, qPrintable(QString::number(applyRequests)));

        int objects = 0;
        for (int i = 0; i < tenantCount; ++i)
            objects += objectsOf(i);
        QCOMPARE(report.objects, qint64(objects));
        QCOMPARE(report.items.size(), tenantCount);
        for (const BackupTenantReport& item : report.items) {
            QVERIFY(!item.skipped);
            QCOMPARE(item.countBefore, item.objects);
            QCOMPARE(item.countAfter, item.objects);
        }
        QCOMPARE(statusOf(f, tenantName(3)), u"COLD"_s);

        // The archive holds what the server holds, tenant by tenant, in order.
        setAllHot(f, tenantCount);
        const TestSupport::Content server
            = TestSupport::loadServer(f, {u"Chat"_s}, {{u"Chat"_s, allTenants(tenantCount)}});
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        const TestSupport::Content archived = TestSupport::loadArchive(p.destination);
        QVERIFY2(archived.error.isEmpty(), qPrintable(archived.error));
        QVERIFY2(TestSupport::Content::difference(server, archived).isEmpty(),
            qPrintable(TestSupport::Content::difference(server, archived)));
    }

    // With 40 ms per page, 303 pages one after another take more than 12 s; eight in flight, a fraction of it.
    void testTenantsAreReadConcurrently()
    {
        EmulatorFixture f;
        makeChat(f, tenantCount, 8);
        slowPages(f, 40);
        QTemporaryDir dir;
        OpError err;
        const BackupPlan plan = BackupTask::plan(params(f, dir.filePath(u"chat.tar.zst"_s)), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QElapsedTimer timer;
        timer.start();
        const BackupReport report = BackupTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == BackupReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(timer.elapsed() < 6000, qPrintable(QString::number(timer.elapsed())));
    }

    // A cancel while the pages of the next tenants are on their way ends the backup at once: no archive, no
    // error, the activated tenants COLD again.
    void testCancelWhilePagesAreReadAhead()
    {
        EmulatorFixture f;
        makeChat(f, tenantCount, 8);
        slowPages(f, 100);
        QTemporaryDir dir;
        std::atomic<bool> cancel {false};
        QElapsedTimer sinceCancel;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !cancel.exchange(true))
                    sinceCancel.start();
            },
            [&] { return cancel.load(); });
        OpError err;
        const BackupPlan plan = BackupTask::plan(params(f, dir.filePath(u"chat.tar.zst"_s)), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        const BackupReport report = BackupTask::apply(plan, &sink);
        QCOMPARE(report.outcome, BackupReport::Outcome::Canceled);
        QVERIFY(!report.error.isError());
        QVERIFY(report.objects > 0);
        QVERIFY(report.objects < plan.totalObjects);
        QVERIFY2(sinceCancel.elapsed() < 2000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(filesIn(dir.path()), QStringList());
        QCOMPARE(statusOf(f, tenantName(3)), u"COLD"_s);
    }

    // A page read ahead that fails for good fails the backup with the client's error; nothing is left behind.
    void testFailureOfAPageReadAhead()
    {
        EmulatorFixture f;
        makeChat(f, tenantCount, 8);
        slowPages(f, 20);
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"chat.tar.zst"_s));
        p.endpoint.maxRetries = 2;
        bool broken = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !broken) {
                    broken = true;
                    Emu::FaultConfig faults;
                    faults.rate503 = 1.0;
                    faults.pathPrefix = "/v1/objects";
                    f.emulator().setFaults(faults);
                }
            },
            nullptr);
        OpError err;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        const BackupReport report = BackupTask::apply(plan, &sink);
        QVERIFY(broken);
        QCOMPARE(report.outcome, BackupReport::Outcome::Failed);
        QCOMPARE(report.error.httpStatus, 503);
        QVERIFY2(report.error.details.contains(u"attempt 3 of 3"_s), qPrintable(report.error.details));
        QCOMPARE(filesIn(dir.path()), QStringList());
        QCOMPARE(statusOf(f, tenantName(3)), u"COLD"_s);
    }

    // Pages come in order, a short page ends its shard (one request for a small tenant), a full one is followed
    // by the next; with room in the cap, eight requests are in flight.
    void testReaderPagesInOrder()
    {
        EmulatorFixture f;
        makeChat(f, 40, 8);
        setAllHot(f, 40);
        BackupPageReader::Options o;
        o.pageSize = pageSize;
        o.bytesPerObject = 200;
        BackupPageReader reader(endpoint(f), {}, shardsOf(40), o);
        const QList<int> objects = readAll(reader, 40);
        QCOMPARE(objects.size(), 40);
        for (int i = 0; i < 40; ++i)
            QCOMPARE(objects[i], objectsOf(i));
        const BackupPageReader::Stats stats = reader.stats();
        QCOMPARE(stats.requests, qint64(40 + 2 + 1));
        QCOMPARE(stats.peakRequestsInFlight, o.requestsInFlight);
    }

    // Pages asked for ahead are bounded in bytes, not only in number: with room for about three pages, no more
    // than that is requested or held at once, whatever the count allows.
    void testReaderBytesAheadStayUnderTheCap()
    {
        EmulatorFixture f;
        makeChat(f, 40, 256, pageSize / 2);
        setAllHot(f, 40);
        const qint64 pageBytes = f.get(u"/v1/objects?class=Chat&tenant=t005&limit=10&include=vector"_s).body.size();
        QVERIFY(pageBytes > 10000);
        BackupPageReader::Options o;
        o.pageSize = pageSize;
        o.bytesAhead = 3 * pageBytes + pageBytes / 2;
        BackupPageReader reader(endpoint(f), {}, shardsOf(40, pageSize / 2), o);
        const QList<int> objects = readAll(reader, 40);
        QCOMPARE(objects.size(), 40);
        const BackupPageReader::Stats stats = reader.stats();
        QVERIFY2(stats.peakBytesAhead <= o.bytesAhead, qPrintable(QString::number(stats.peakBytesAhead)));
        QVERIFY2(stats.peakRequestsInFlight >= 2 && stats.peakRequestsInFlight <= 3,
            qPrintable(QString::number(stats.peakRequestsInFlight)));
        QCOMPARE(stats.requests, qint64(40));
    }

    // Destroying a reader with requests in flight (a failed write, a cancel) drops them instead of waiting for
    // their answers; a cancel makes next() return false without an error.
    void testReaderStopsAtOnce()
    {
        EmulatorFixture f;
        makeChat(f, 40, 8, perTenant);
        setAllHot(f, 40);
        slowPages(f, 1500);
        QElapsedTimer timer;
        {
            BackupPageReader::Options o;
            o.pageSize = pageSize;
            o.bytesPerObject = 200;
            BackupPageReader reader(endpoint(f), {}, shardsOf(40, perTenant), o);
            QTest::qWait(100); // the first requests are on their way
            timer.start();
        }
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));

        std::atomic<bool> cancel {false};
        BackupPageReader reader(endpoint(f), [&] { return cancel.load(); }, shardsOf(40, perTenant), {});
        timer.restart();
        std::thread canceler([&] {
            QThread::msleep(100);
            cancel = true;
        });
        BackupPageReader::Page page;
        const bool got = reader.next(&page);
        canceler.join();
        QVERIFY(!got);
        QVERIFY(!reader.error().isError());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestBackupManyTenants)
#include "TestBackupManyTenants.moc"
