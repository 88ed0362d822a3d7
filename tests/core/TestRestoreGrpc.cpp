// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/ArchiveTestData.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/StoreDump.h"
#include "tests/support/TestEndpoint.h"
#include "tools/emulator/LocalRequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <bit>
#include <shared_mutex>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using Transport = WeaviateEndpoint::DataTransport;

// Restore writes objects over gRPC BatchObjects where the server offers it (issue 21): every data type and vector
// kind, all four modes and tenants sharing batches land exactly as a REST restore of the same archive leaves them
// (the two servers' whole content compared); faults on the gRPC path (unavailable, deadline exceeded, dropped calls
// before and after the write, memory pressure, a restart) end with the same content; without gRPC, auto falls back
// to REST and --transport grpc is one clear error; --transport rest never calls BatchObjects.
class TestRestoreGrpc : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static std::unique_ptr<EmulatorFixture> server(bool grpc)
    {
        auto f = std::make_unique<EmulatorFixture>(config());
        if (grpc && !f->emulator().startGrpc(0))
            qFatal("the emulator's gRPC listener did not start");
        return f;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f, Transport transport)
    {
        return TestSupport::testEndpoint(f, transport);
    }

    static RestoreParams params(EmulatorFixture& f, const QString& archive, Transport transport,
        RestoreMode mode = RestoreMode::New, int batchSize = 20)
    {
        RestoreParams p;
        p.endpoint = endpoint(f, transport);
        p.archivePath = archive;
        p.mode = mode;
        p.batchSize = batchSize;
        p.confirmedReplace = {u"Article"_s, u"Author"_s, u"Passage"_s, u"TenantNote"_s};
        return p;
    }

    static RestoreReport restore(const RestoreParams& p, QString* problem)
    {
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        if (err) {
            *problem = u"plan: "_s + err.message + u' ' + err.details;
            return {};
        }
        RestoreReport report = RestoreTask::apply(plan, nullptr);
        if (report.outcome != RestoreReport::Outcome::Succeeded)
            *problem = report.error.message + u' ' + report.error.details;
        else if (report.isPartial())
            *problem = (report.failures.isEmpty() ? QString() : report.failures[0].message)
                + report.countMismatches.join(u"; "_s);
        return report;
    }

    // The demo data (every data type, named vectors, multi-vectors, tenants, references) backed up once.
    QString makeArchive(int objects, int dims)
    {
        EmulatorFixture source(config());
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = dims;
        o.frozenTenant = false;
        QString error;
        if (!source.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
        BackupParams p;
        p.endpoint = endpoint(source, Transport::Rest);
        p.destination = m_dir.filePath(u"demo-%1.tar.zst"_s.arg(objects));
        p.activateTenants = true;
        OpError err;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &err);
        if (err)
            qFatal("backup plan: %s", qPrintable(err.details));
        const BackupReport report = BackupTask::apply(plan, nullptr);
        if (report.outcome != BackupReport::Outcome::Succeeded)
            qFatal("backup: %s", qPrintable(report.error.details));
        return p.destination;
    }

    // The first objects of a non-multi-tenant collection in the archive, for preparing targets.
    QStringList archivedIds(const QString& collection, int n)
    {
        const TestSupport::Content content = TestSupport::loadArchive(m_archive);
        QStringList ids;
        for (const TestSupport::ContentObject& o : content.shards.value(collection).mid(0, n))
            ids << o.id;
        return ids;
    }

    // Changes a target that holds the archive: objects deleted (Merge creates them again) and changed (Overwrite
    // writes them again), the same way on every target a test compares.
    void alter(EmulatorFixture& f)
    {
        const QStringList articles = archivedIds(u"Article"_s, 6);
        const QStringList authors = archivedIds(u"Author"_s, 2);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(f.del(u"/v1/objects/Article/"_s + articles[i]).status, 204);
        QCOMPARE(f.del(u"/v1/objects/Author/"_s + authors[0]).status, 204);
        for (int i = 3; i < 6; ++i)
            QCOMPARE(f.call("PATCH", u"/v1/objects/Article/"_s + articles[i],
                          R"({"class":"Article","properties":{"title":"changed","wordCount":7}})")
                         .status,
                204);
    }

    QTemporaryDir m_dir;
    QString m_archive;
    QString m_restDump; // a REST restore (mode New) of m_archive into an empty server
    RestoreReport m_restReport;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        m_archive = makeArchive(12, 6);
        auto rest = server(true);
        QString problem;
        m_restReport = restore(params(*rest, m_archive, Transport::Rest), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(m_restReport.objects > 0 && m_restReport.references > 0);
        m_restDump = TestSupport::storeDump(rest->emulator());
    }

    // Every data type (nested objects and arrays included), legacy, named and multi-vectors, references, tenants:
    // the server holds exactly what a REST restore leaves, bit for bit. With small batches the objects of many
    // tenants share batches.
    void testEveryTypeAndVectorKindAsOverRest_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::addColumn<int>("concurrency");
        QTest::newRow("batches of 100") << 100 << 6;
        QTest::newRow("batches of 7 across tenants") << 7 << 3;
        QTest::newRow("one at a time") << 1 << 1;
    }
    void testEveryTypeAndVectorKindAsOverRest()
    {
        QFETCH(int, batchSize);
        QFETCH(int, concurrency);
        auto target = server(true);
        RestoreParams p = params(*target, m_archive, Transport::Grpc, RestoreMode::New, batchSize);
        p.concurrency = concurrency;
        QString problem;
        const RestoreReport report = restore(p, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(report.objects, m_restReport.objects);
        QCOMPARE(report.references, m_restReport.references);
        QCOMPARE(TestSupport::storeDump(target->emulator()), m_restDump);
        // The objects went over gRPC: about one call a batch (plus the counts), no REST object batch.
        QVERIFY(target->emulator().faultStats().grpcCalls >= quint64(report.objects / batchSize));
    }

    // New, Merge, Overwrite and Replace over gRPC leave what they leave over REST, on targets prepared alike.
    void testAllModesAsOverRest_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("new") << int(RestoreMode::New);
        QTest::newRow("merge") << int(RestoreMode::Merge);
        QTest::newRow("overwrite") << int(RestoreMode::Overwrite);
        QTest::newRow("replace") << int(RestoreMode::Replace);
    }
    void testAllModesAsOverRest()
    {
        QFETCH(int, mode);
        QString dumps[2];
        RestoreReport reports[2];
        const Transport transports[2] = {Transport::Rest, Transport::Grpc};
        for (int i = 0; i < 2; ++i) {
            auto target = server(true);
            QString problem;
            if (RestoreMode(mode) != RestoreMode::New) {
                restore(params(*target, m_archive, Transport::Rest), &problem);
                QVERIFY2(problem.isEmpty(), qPrintable(problem));
                alter(*target);
            }
            reports[i] = restore(params(*target, m_archive, transports[i], RestoreMode(mode)), &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            dumps[i] = TestSupport::storeDump(target->emulator());
        }
        QCOMPARE(reports[1].objects, reports[0].objects);
        QCOMPARE(reports[1].references, reports[0].references);
        QVERIFY(RestoreMode(mode) == RestoreMode::Merge ? reports[1].objects == 4 : reports[1].objects > 4);
        QCOMPARE(dumps[1], dumps[0]);
    }

    // A per-object refusal of the server becomes a failure with the server's own words, as over REST: here the
    // objects of a tenant deleted right after the tenants were created.
    void testPerObjectErrorsAreFailuresAsOverRest()
    {
        QList<RestoreFailure> failures[2];
        const Transport transports[2] = {Transport::Rest, Transport::Grpc};
        for (int i = 0; i < 2; ++i) {
            auto target = server(true);
            RestoreParams p = params(*target, m_archive, transports[i]);
            p.collections = {u"TenantNote"_s};
            OpError err;
            const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
            QVERIFY2(!err, qPrintable(err.details));
            bool deleted = false;
            CallbackProgressSink sink(
                [&](const OperationProgress& progress) {
                    if (progress.step != u"Importing objects" || std::exchange(deleted, true))
                        return;
                    const Emu::HttpResponse r = target->emulator().engine().handle(
                        Emu::makeLocalRequest("DELETE", "/v1/schema/TenantNote/tenants", R"(["tenantB"])"));
                    QCOMPARE(r.status, 200);
                },
                nullptr);
            const RestoreReport report = RestoreTask::apply(plan, &sink);
            QVERIFY(deleted);
            QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
            QCOMPARE(report.failureCount, qint64(12));
            QCOMPARE(report.failures.size(), 12);
            failures[i] = report.failures;
        }
        for (qsizetype i = 0; i < failures[0].size(); ++i) {
            QCOMPARE(failures[1][i].id, failures[0][i].id);
            QCOMPARE(failures[1][i].tenant, u"tenantB"_s);
            QCOMPARE(failures[1][i].message, failures[0][i].message);
        }
    }

    // Calls that fail on the way are sent again (a batch is an upsert by id); one that was written before its answer
    // was lost may land again after the references, which the restore checks at the end. The content is exact.
    void testFaultsOnTheGrpcPath_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("unavailable") << u"503"_s;
        QTest::newRow("resource exhausted") << u"429"_s;
        QTest::newRow("dropped before the write") << u"drop"_s;
        QTest::newRow("dropped after the write") << u"dropmid"_s;
        QTest::newRow("not enough memory") << u"oom"_s;
        QTest::newRow("deadline exceeded") << u"spike"_s;
        QTest::newRow("a mix") << u"mix"_s;
    }
    void testFaultsOnTheGrpcPath()
    {
        QFETCH(QString, fault);
        auto target = server(true);
        RestoreParams p = params(*target, m_archive, Transport::Grpc, RestoreMode::New, 7);
        p.concurrency = 4;
        p.endpoint.maxRetries = 30;
        OpError err;
        RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        // The recheck of resent batches' references waits one transfer timeout (at most 5 s) first.
        plan.params.endpoint.transferTimeoutMs = 2000;
        Emu::FaultConfig c;
        c.seed = 5;
        c.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        const double rate = fault == u"mix" ? 0.15 : 0.5;
        if (fault == u"503" || fault == u"mix")
            c.rate503 = rate;
        if (fault == u"429")
            c.rate429 = rate;
        if (fault == u"drop" || fault == u"mix")
            c.dropBeforeRate = rate;
        if (fault == u"dropmid" || fault == u"mix")
            c.dropMidBodyRate = rate;
        if (fault == u"oom" || fault == u"mix")
            c.batchOomRate = rate;
        if (fault == u"spike" || fault == u"mix") {
            c.spikeRate = fault == u"mix" ? 0.05 : 0.3;
            c.spikeMs = 900;
            plan.params.endpoint.transferTimeoutMs = 600;
        }
        target->emulator().setFaults(c);
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        target->emulator().setFaults({});
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(report.failures.isEmpty(), report.failures.isEmpty() ? "" : qPrintable(report.failures[0].message));
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        const Emu::FaultStats stats = target->emulator().faultStats();
        QVERIFY2(stats.injected503 + stats.injected429 + stats.droppedBefore + stats.droppedMidBody + stats.injectedOom
                    + stats.spikes
                >= 2,
            "the faults never happened");
        QCOMPARE(report.objects, m_restReport.objects);
        QCOMPARE(report.references, m_restReport.references);
        QCOMPARE(TestSupport::storeDump(target->emulator()), m_restDump);
    }

    // The gRPC listener goes away for 400 ms once the first objects are in (connections reset, calls refused):
    // the batches are retried with backoff and the content is exact.
    void testServerRestartOnTheGrpcPath()
    {
        auto target = server(true);
        RestoreParams p = params(*target, m_archive, Transport::Grpc, RestoreMode::New, 5);
        p.concurrency = 3;
        p.endpoint.maxRetries = 10;
        p.endpoint.retryBaseDelayMs = 100;
        p.endpoint.retryMaxDelayMs = 400;
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        std::atomic<bool> restarted {false};
        std::thread restarter;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !restarted.exchange(true))
                    restarter = std::thread([&target] { target->emulator().restart(400); });
            },
            nullptr);
        const RestoreReport report = RestoreTask::apply(plan, &sink);
        if (restarter.joinable())
            restarter.join();
        QVERIFY(restarted.load());
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(report.failures.isEmpty(), report.failures.isEmpty() ? "" : qPrintable(report.failures[0].message));
        QCOMPARE(report.objects, m_restReport.objects);
        QCOMPARE(TestSupport::storeDump(target->emulator()), m_restDump);
    }

    // A vector's bits travel as they are over gRPC: NaN payloads, infinities, -0.0 and denormals, which a REST body
    // (JSON) cannot carry, land exactly.
    void testVectorBitsTravelAsTheyAre()
    {
        using namespace ArchiveTestData;
        const QString path = m_dir.filePath(u"bits.tar.zst"_s);
        const QList<quint32> special = specialFloatBits();
        {
            ArchiveWriter writer;
            QVERIFY(!writer.open(path, ArchiveCompression::Zstd));
            ArchiveManifest m = sampleManifest();
            m.collections = {{u"Bits"_s, false}};
            QVERIFY(!writer.addEntry(ArchiveLayout::manifestEntry(), m.toJson()));
            QVERIFY(!writer.addEntry(ArchiveLayout::classEntry(u"Bits"_s),
                "{\"class\":\"Bits\",\"vectorizer\":\"none\",\"properties\":[{\"name\":\"title\","
                "\"dataType\":[\"text\"]}]}"));
            SegmentWriter segments(&writer, u"Bits"_s);
            for (int i = 0; i < special.size(); ++i) {
                ObjectVector v {QString(), 0, 4, {}};
                for (int k = 0; k < 4; ++k)
                    v.values.append(std::bit_cast<float>(special[(i + k) % special.size()]));
                QVERIFY(!segments.add(uuidFor(3, i), 1, 2, u"{\"title\":\"%1\"}"_s.arg(i).toUtf8(), {v}));
            }
            QVERIFY(!segments.finish());
            ArchiveTrailer trailer;
            trailer.counts.append(segments.counts());
            QVERIFY(!writer.commit(trailer));
        }
        auto target = server(true);
        QString problem;
        const RestoreReport report = restore(params(*target, path, Transport::Grpc), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(report.objects, qint64(special.size()));
        Emu::Store& store = target->emulator().engine().store();
        std::shared_lock lock(store.mutex);
        const auto& objects = store.classes.at("Bits").shards.begin()->second.objects;
        QCOMPARE(qsizetype(objects.size()), special.size());
        for (int i = 0; i < special.size(); ++i) {
            const std::vector<float>& stored = objects.at(uuidFor(3, i).toStdString()).vector;
            QCOMPARE(stored.size(), size_t(4));
            for (int k = 0; k < 4; ++k)
                QCOMPARE(std::bit_cast<quint32>(stored[size_t(k)]), special[(i + k) % special.size()]);
        }
    }

    // Three objects of 36 MB each pass Weaviate's 104,858,000-byte message limit together: the batch is sent in
    // two calls, and every object lands whole.
    void testBatchesStayBelowTheMessageLimit()
    {
        const qsizetype bodySize = 36 * 1000 * 1000;
        BackupParams b;
        b.destination = m_dir.filePath(u"big.tar.zst"_s);
        OpError err;
        { // the source goes away before the restores: the test holds 108 MB several times over as it is
            EmulatorFixture source(config());
            QVERIFY(
                source
                    .post(u"/v1/schema"_s,
                        "{\"class\":\"Big\",\"vectorizer\":\"none\",\"properties\":[{\"name\":\"body\",\"dataType\":["
                        "\"text\"]}]}")
                    .status
                == 200);
            const std::string body(size_t(bodySize), 'x');
            for (int i = 0; i < 3; ++i) {
                const std::string object = "{\"class\":\"Big\",\"id\":\"00000000-0000-4000-8000-00000000000"
                    + std::to_string(i) + "\",\"properties\":{\"body\":\"" + body + "\"},\"vector\":[1,2]}";
                const Emu::HttpResponse r
                    = source.emulator().engine().handle(Emu::makeLocalRequest("POST", "/v1/objects", object));
                QCOMPARE(r.status, 200);
            }
            b.endpoint = endpoint(source, Transport::Rest);
            const BackupReport backedUp = BackupTask::apply(BackupTask::plan(b, nullptr, &err), nullptr);
            QCOMPARE(backedUp.outcome, BackupReport::Outcome::Succeeded);
        }

        for (const bool counting : {true, false}) {
            auto target = server(true);
            RestoreParams p = params(*target, b.destination, Transport::Grpc);
            const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
            QVERIFY2(!err, qPrintable(err.details));
            if (counting) { // every call refused once, not retried: the refusals count the calls
                Emu::FaultConfig c;
                c.rate429 = 1;
                c.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
                target->emulator().setFaults(c);
                RestorePlan once = plan;
                once.params.endpoint.maxRetries = 0;
                const RestoreReport report = RestoreTask::apply(once, nullptr);
                QCOMPARE(report.failureCount, qint64(3));
                QCOMPARE(target->emulator().faultStats().injected429, quint64(2));
                continue;
            }
            QString problem;
            const RestoreReport report = restore(p, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            QCOMPARE(report.objects, qint64(3));
            const QJsonObject o
                = target->get(u"/v1/objects/Big/00000000-0000-4000-8000-000000000002"_s).json().object();
            QCOMPARE(o.value(u"properties"_s).toObject().value(u"body"_s).toString().size(), bodySize);
        }
    }

    // A call that keeps failing in a way that is not transient refuses its batch's objects with the server's words,
    // like a REST batch that keeps getting a 500.
    void testPersistentFailureRefusesTheBatch()
    {
        auto target = server(true);
        RestoreParams p = params(*target, m_archive, Transport::Grpc);
        p.collections = {u"Passage"_s};
        p.endpoint.maxRetries = 0;
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        Emu::FaultConfig c;
        c.batchOomRate = 1;
        c.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        target->emulator().setFaults(c);
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        target->emulator().setFaults({});
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.failureCount, qint64(12));
        QVERIFY2(report.failures[0].message.contains(u"not enough memory"_s), qPrintable(report.failures[0].message));
        QVERIFY(report.isPartial());
    }

    // Without a gRPC API: auto restores over REST; grpc stops before writing anything, with one clear error.
    void testWithoutGrpc()
    {
        auto target = server(false);
        QString problem;
        const RestoreReport report = restore(params(*target, m_archive, Transport::Auto), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(report.objects, m_restReport.objects);
        QCOMPARE(TestSupport::storeDump(target->emulator()), m_restDump);

        auto other = server(false);
        const RestoreReport refused = restore(params(*other, m_archive, Transport::Grpc), &problem);
        QCOMPARE(refused.outcome, RestoreReport::Outcome::Failed);
        QVERIFY2(
            refused.error.message.contains(u"Objects are to travel over gRPC"_s), qPrintable(refused.error.message));
        QCOMPARE(refused.objects, qint64(0));
        // Settled before anything was written.
        QCOMPARE(other->get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
    }

    // --transport rest never calls BatchObjects, even where the server offers gRPC.
    void testRestNeverCallsBatchObjects()
    {
        auto target = server(true);
        Emu::FaultConfig c;
        c.rate503 = 1;
        c.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        target->emulator().setFaults(c);
        QString problem;
        const RestoreReport report = restore(params(*target, m_archive, Transport::Rest), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(target->emulator().faultStats().injected503, quint64(0));
        target->emulator().setFaults({});
        QCOMPARE(TestSupport::storeDump(target->emulator()), m_restDump);
    }

    // A server older than 1.23 has no BatchObjects, though it may answer other gRPC calls: auto writes over REST
    // (not a restore that ends with UNIMPLEMENTED).
    void testAutoUsesRestBeforeWeaviate123()
    {
        Emu::EngineConfig c = config();
        c.version = "1.22.5";
        EmulatorFixture target(c);
        QVERIFY(target.emulator().startGrpc(0));
        Emu::FaultConfig f;
        f.rate503 = 1;
        f.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        target.emulator().setFaults(f);
        QString problem;
        const RestoreReport report = restore(params(target, m_archive, Transport::Auto), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(target.emulator().faultStats().injected503, quint64(0));
        // (The schema of a 1.22 server differs from the REST restore's 1.36 server; the objects do not.)
        QCOMPARE(report.objects, m_restReport.objects);
        QCOMPARE(report.references, m_restReport.references);
    }

    // Cancel while batches are in flight over gRPC is an outcome, noticed at once.
    void testCancelIsAnOutcome()
    {
        auto target = server(true);
        RestoreParams p = params(*target, m_archive, Transport::Grpc, RestoreMode::New, 3);
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        Emu::FaultConfig c;
        c.latencyMs = 300;
        c.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        target->emulator().setFaults(c);
        std::atomic<bool> cancel {false};
        QElapsedTimer clock;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.step == u"Importing objects" && !cancel.exchange(true))
                    clock.start();
            },
            [&] { return cancel.load(); });
        const RestoreReport report = RestoreTask::apply(plan, &sink);
        target->emulator().setFaults({});
        QCOMPARE(report.outcome, RestoreReport::Outcome::Canceled);
        QVERIFY(cancel.load());
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestRestoreGrpc)
#include "TestRestoreGrpc.moc"
