// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/BackupTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"
#include "tools/emulator/LocalRequest.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// BackupTask against the emulator on loopback: what it writes equals what the server holds (every data type,
// every vector kind, bit-exact), it survives server faults and restarts with the same content, and every way it can
// fail or be canceled leaves nothing at the destination.
class TestBackupTask : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true; // the demo data has a FROZEN tenant
        return c;
    }

    static Seed::SeedOptions seedOptions(int objects = 30)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 8;
        o.batchSize = 50;
        return o;
    }

    static BackupParams params(EmulatorFixture& f, const QString& destination)
    {
        BackupParams p;
        p.endpoint.url = f.baseUrl();
        p.endpoint.retryBaseDelayMs = 5;
        p.endpoint.retryMaxDelayMs = 40;
        p.endpoint.transferTimeoutMs = 10000;
        p.destination = destination;
        p.pageSize = 25;
        return p;
    }

    struct Run
    {
        BackupPlan plan;
        OpError planError;
        BackupReport report;
    };

    static Run backup(const BackupParams& p, ProgressSink* sink = nullptr)
    {
        Run r;
        r.plan = BackupTask::plan(p, sink, &r.planError);
        if (!r.planError)
            r.report = BackupTask::apply(r.plan, sink);
        return r;
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    }

    static QString statusOf(EmulatorFixture& f, const QString& cls, const QString& tenant)
    {
        const QJsonArray tenants = f.get(u"/v1/schema/"_s + cls + u"/tenants"_s).json().array();
        for (const QJsonValue& t : tenants)
            if (t.toObject().value(u"name"_s).toString() == tenant)
                return t.toObject().value(u"activityStatus"_s).toString();
        return {};
    }

    static const QStringList allCollections;
    static const QMap<QString, QStringList> readableTenants;

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testRoundTripEveryDataTypeAndVectorKind()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"all.tar.zst"_s));
        p.activateTenants = true;
        const Run run = backup(p);
        QVERIFY2(!run.planError, qPrintable(run.planError.details));
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.report.archivePath, p.destination);

        ArchiveVerification verification;
        QVERIFY(!ArchiveVerifier::verify(p.destination, &verification));
        QVERIFY2(verification.ok(),
            verification.problems.isEmpty() ? "no trailer" : qPrintable(verification.problems[0].details));

        // tenantC was COLD: activated for the backup, included, and put back. tenantD (FROZEN) is skipped.
        QCOMPARE(statusOf(f, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
        QCOMPARE(run.report.skippedCount(), 1);
        QMap<QString, QStringList> tenants = readableTenants;
        tenants[u"TenantNote"_s] << u"tenantC"_s;
        std::sort(tenants[u"TenantNote"_s].begin(), tenants[u"TenantNote"_s].end());

        QVERIFY(
            f.put(u"/v1/schema/TenantNote/tenants"_s, R"([{"name":"tenantC","activityStatus":"HOT"}])").status == 200);
        const TestSupport::Content server = TestSupport::loadServer(f, allCollections, tenants);
        QVERIFY2(server.error.isEmpty(), qPrintable(server.error));
        const TestSupport::Content archived = TestSupport::loadArchive(p.destination);
        QVERIFY2(archived.error.isEmpty(), qPrintable(archived.error));
        QCOMPARE(archived.objectCount(), qint64(6 * 30)); // 3 plain collections + tenants A, B, C
        QVERIFY2(TestSupport::Content::difference(server, archived).isEmpty(),
            qPrintable(TestSupport::Content::difference(server, archived)));
        QCOMPARE(run.report.objects, archived.objectCount());

        // The head alone names every collection, and the class is stored as the server sent it.
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(p.destination, &inspection));
        QCOMPARE(inspection.collections.size(), 4);
        QCOMPARE(inspection.collections[0].classJson, f.get(u"/v1/schema/Article"_s).body);
    }

    void testSkipsInactiveTenantsWithoutActivation()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(10), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"t.tar.zst"_s));
        p.collections = {u"tenantNote"_s}; // first letter normalised like Weaviate does
        const Run run = backup(p);
        QVERIFY(!run.planError);
        const auto& tenants = run.plan.collections.first().tenants;
        QCOMPARE(tenants.size(), 5);
        QCOMPARE(tenants[2].name, u"tenantC"_s);
        QCOMPARE(tenants[2].action, BackupTenantPlan::Action::SkipInactive);
        QCOMPARE(tenants[3].action, BackupTenantPlan::Action::SkipOffloaded);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.report.skippedCount(), 2);
        QCOMPARE(run.report.objects, qint64(20));
        QVERIFY(run.report.warnings.join(u'\n').contains(u"tenantC"_s));
        QCOMPARE(statusOf(f, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
    }

    void testSelectedTenantsOnly()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(10), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"t.tar.zst"_s));
        p.collections = {u"TenantNote"_s};
        p.tenants[u"TenantNote"_s] = {u"tenantB"_s};
        const Run run = backup(p);
        QVERIFY(!run.planError);
        QCOMPARE(run.report.objects, qint64(10));
        const TestSupport::Content archived = TestSupport::loadArchive(p.destination);
        QCOMPARE(archived.shards.keys(), QStringList {u"TenantNote/tenantB"_s});

        p.tenants[u"TenantNote"_s] = {u"nobody"_s};
        const Run bad = backup(p);
        QCOMPARE(bad.planError.code, OpError::Code::NotFound);
        QVERIFY2(bad.planError.message.contains(u"nobody"_s), qPrintable(bad.planError.message));
    }

    void testSchemaOnly()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(10), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"schema.tar.zst"_s));
        p.schemaOnly = true;
        const Run run = backup(p);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.report.objects, qint64(0));
        const TestSupport::Content archived = TestSupport::loadArchive(p.destination);
        QCOMPARE(archived.objectCount(), qint64(0));
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(p.destination, &inspection));
        QCOMPARE(inspection.collections.size(), 4);
        QCOMPARE(inspection.collections[3].tenants.size(), 5); // every tenant, with its status
        QVERIFY(inspection.manifest.options.value(u"schemaOnly"_s).toBool());
    }

    void testCursorGoesPastQueryMaximumResults()
    {
        Emu::EngineConfig c = config();
        c.maxResults = 100; // offset paging would stop at 100 objects
        EmulatorFixture f(c);
        Seed::SeedOptions o = seedOptions(350);
        o.collections = {"Article"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"a.tar.gz"_s));
        p.compression = ArchiveCompression::Gzip;
        p.pageSize = 100;
        const Run run = backup(p);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.plan.totalObjects, qint64(350));
        QCOMPARE(run.report.objects, qint64(350));
        QCOMPARE(TestSupport::loadArchive(p.destination).objectCount(), qint64(350));
    }

    void testServerFaultsGiveTheSameContent()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(40), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"clean.tar.zst"_s));
        p.pageSize = 10;
        QCOMPARE(backup(p).report.outcome, BackupReport::Outcome::Succeeded);
        const QByteArray clean = TestSupport::loadArchive(p.destination).digest();

        Emu::FaultConfig faults;
        faults.seed = 3;
        faults.rate503 = 0.15;
        faults.dropBeforeRate = 0.05;
        faults.dropMidBodyRate = 0.1;
        faults.rate429 = 0.05;
        faults.spikeRate = 0.1; // stalls beyond the transfer timeout below: the page is asked for again
        faults.spikeMs = 1500;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);
        p.destination = dir.filePath(u"faulty.tar.zst"_s);
        p.endpoint.maxRetries = 30;
        p.endpoint.transferTimeoutMs = 600;
        const Run run = backup(p);
        QVERIFY2(run.report.outcome == BackupReport::Outcome::Succeeded, qPrintable(run.report.error.details));
        const Emu::FaultStats stats = f.emulator().faultStats();
        QVERIFY(stats.injected503 > 0);
        QVERIFY(stats.droppedMidBody > 0);
        QVERIFY(stats.spikes > 0);
        QCOMPARE(TestSupport::loadArchive(p.destination).digest(), clean);
    }

    void testServerRestartMidRunGivesTheSameContent()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(40), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"clean.tar.zst"_s));
        p.pageSize = 5;
        QCOMPARE(backup(p).report.outcome, BackupReport::Outcome::Succeeded);
        const QByteArray clean = TestSupport::loadArchive(p.destination).digest();

        // The server goes away for 400 ms after the first objects arrived; retries with backoff carry on.
        std::atomic<bool> restarted {false};
        std::thread restarter;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !restarted.exchange(true))
                    restarter = std::thread([&f] { f.emulator().restart(400); });
            },
            nullptr);
        p.destination = dir.filePath(u"restarted.tar.zst"_s);
        p.endpoint.maxRetries = 10;
        p.endpoint.retryBaseDelayMs = 100;
        p.endpoint.retryMaxDelayMs = 400;
        const Run run = backup(p, &sink);
        if (restarter.joinable())
            restarter.join();
        QVERIFY(restarted.load());
        QVERIFY2(run.report.outcome == BackupReport::Outcome::Succeeded, qPrintable(run.report.error.details));
        QCOMPARE(TestSupport::loadArchive(p.destination).digest(), clean);
    }

    void testCancelLeavesNoFile()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(40), &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"c.tar.zst"_s));
        p.pageSize = 5;
        p.activateTenants = true;
        std::atomic<bool> cancel {false};
        CallbackProgressSink sink([&](const OperationProgress& progress) { cancel = progress.objectsDone > 0; },
            [&] { return cancel.load(); });
        const Run run = backup(p, &sink);
        QVERIFY(!run.planError);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Canceled);
        QVERIFY(!run.report.error.isError());
        QVERIFY(run.report.objects > 0);
        QVERIFY(run.report.objects < run.plan.totalObjects);
        QCOMPARE(filesIn(dir.path()), QStringList());
        QCOMPARE(statusOf(f, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
    }

    void testPersistentServerErrorsLeaveNoArchive()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(10), &error), qPrintable(error));
        Emu::FaultConfig faults;
        faults.rate503 = 1.0;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"x.tar.zst"_s));
        p.endpoint.maxRetries = 2;
        const Run run = backup(p);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Failed);
        QCOMPARE(run.report.error.code, OpError::Code::Http);
        QCOMPARE(run.report.error.httpStatus, 503);
        QVERIFY2(run.report.error.details.contains(u"attempt 3 of 3"_s), qPrintable(run.report.error.details));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void testPlanMatchesApply()
    {
        EmulatorFixture f(config());
        QString error;
        QVERIFY2(f.seed(seedOptions(17), &error), qPrintable(error));
        QTemporaryDir dir;
        const Run run = backup(params(f, dir.filePath(u"p.tar"_s)));
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.report.objects, run.plan.totalObjects);
        for (const BackupTenantReport& item : run.report.items) {
            if (item.skipped)
                continue;
            QCOMPARE(item.objects, item.countBefore);
            QCOMPARE(item.countAfter, item.countBefore);
        }
        QVERIFY(run.plan.estimatedWireBytes > 0);
    }

    void testClearErrors_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<QStringList>("collections");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("wrong key") << QString() << QByteArray("wrong") << QStringList() << int(OpError::Code::Auth)
                                   << u"The server rejected the API key."_s;
        QTest::newRow("no key") << QString() << QByteArray() << QStringList() << int(OpError::Code::Auth)
                                << u"The server requires an API key."_s;
        QTest::newRow("unknown collection")
            << QString() << QByteArray("right") << QStringList {u"Nope"_s} << int(OpError::Code::NotFound)
            << u"1 collection not found on the server: Nope."_s;
        QTest::newRow("unreachable") << u"http://127.0.0.1:1"_s << QByteArray() << QStringList()
                                     << int(OpError::Code::Network)
                                     << u"Could not connect to http://127.0.0.1:1: the connection was refused. Is "
                                        "Weaviate running there?"_s;
    }

    // Each failure is one clear sentence (the CLI prints it as one line) with the technical part in details.
    void testClearErrors()
    {
        QFETCH(QString, url);
        QFETCH(QByteArray, key);
        QFETCH(QStringList, collections);
        QFETCH(int, code);
        QFETCH(QString, message);
        Emu::EngineConfig c = config();
        c.anonymousAccess = false;
        c.apiKeys = {"right"};
        EmulatorFixture f(c);
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"e.tar.zst"_s));
        if (!url.isEmpty())
            p.endpoint.url = QUrl(url);
        p.endpoint.apiKey = key;
        p.endpoint.maxRetries = 0;
        p.collections = collections;
        const Run run = backup(p);
        QCOMPARE(int(run.planError.code), code);
        QCOMPARE(run.planError.message, message);
        QVERIFY(!run.planError.message.contains(u'\n'));
        QVERIFY(!run.planError.details.contains(u"right"_s)); // the key never shows up in errors
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void testTransferTimeout()
    {
        EmulatorFixture f(config());
        Emu::FaultConfig faults;
        faults.latencyMs = 3000;
        faults.pathPrefix = "/v1/meta";
        f.emulator().setFaults(faults);
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"t.tar.zst"_s));
        p.endpoint.transferTimeoutMs = 300;
        p.endpoint.maxRetries = 0;
        const Run run = backup(p);
        QCOMPARE(run.planError.code, OpError::Code::Network);
        QVERIFY2(run.planError.message.contains(u"did not answer in time"_s), qPrintable(run.planError.message));
    }

    void testRefusesServersWithoutTheCursor()
    {
        Emu::EngineConfig c = config();
        c.version = "1.17.3";
        EmulatorFixture f(c);
        QTemporaryDir dir;
        const Run run = backup(params(f, dir.filePath(u"old.tar.zst"_s)));
        QCOMPARE(run.planError.code, OpError::Code::Conflict);
        QVERIFY2(run.planError.message.contains(u"1.17.3"_s), qPrintable(run.planError.message));
    }

    void testCollectionChangedDuringBackupIsReported()
    {
        EmulatorFixture f(config());
        Seed::SeedOptions o = seedOptions(30);
        o.collections = {"Article"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        QTemporaryDir dir;
        BackupParams p = params(f, dir.filePath(u"changing.tar.zst"_s));
        p.pageSize = 5;
        // Slow pages, so progress is reported while paging (reports are throttled to ~10 per second).
        Emu::FaultConfig slow;
        slow.latencyMs = 40;
        slow.pathPrefix = "/v1/objects";
        f.emulator().setFaults(slow);
        // Another writer adds an object (with the highest possible id) while the backup pages.
        bool added = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !added) {
                    added = true;
                    const Emu::HttpResponse r
                        = f.emulator().engine().handle(Emu::makeLocalRequest("POST", "/v1/objects",
                            R"({"class":"Article","id":"ffffffff-ffff-4fff-bfff-ffffffffffff","properties":{}})"));
                    QCOMPARE(r.status, 200);
                }
            },
            nullptr);
        const Run run = backup(p, &sink);
        QVERIFY(added);
        QCOMPARE(run.report.outcome, BackupReport::Outcome::Succeeded);
        QCOMPARE(run.report.items.first().countBefore, qint64(30));
        QCOMPARE(run.report.items.first().countAfter, qint64(31));
        QVERIFY2(run.report.warnings.join(u' ').contains(u"Article changed during the backup"_s),
            qPrintable(run.report.warnings.join(u' ')));
    }

    void testDestinationFolderMustExist()
    {
        EmulatorFixture f(config());
        BackupParams p = params(f, u"/nonexistent-colvault-dir/x.tar.zst"_s);
        const Run run = backup(p);
        QCOMPARE(run.planError.code, OpError::Code::Io);
    }
};

const QStringList TestBackupTask::allCollections = {u"Article"_s, u"Author"_s, u"Passage"_s, u"TenantNote"_s};
const QMap<QString, QStringList> TestBackupTask::readableTenants
    = {{u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s, u"tenantE"_s}}};

QTEST_GUILESS_MAIN(TestBackupTask)
#include "TestBackupTask.moc"
