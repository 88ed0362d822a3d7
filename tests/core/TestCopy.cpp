// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CopyTask.h"
#include "core/ServerSource.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/StoreDump.h"

#include <QJsonArray>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// CopyTask and ServerSource against two emulators on loopback (and one, for a clone): a copy of the demo data
// (every data type, every vector kind, references with cycles, a COLD tenant) leaves the target holding exactly
// what the source holds, bit for bit (StoreDump), in every mode; the plan's counts are what apply does; a clone
// under another name on one server rewrites its references; faults and a restart of either server end with the
// same content; a dry run writes nothing on either server; cancel is an outcome; COLD source tenants go back.
class TestCopy : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true; // the demo data can have a FROZEN tenant
        return c;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.grpcUrl = f.grpcUrl(); // each emulator its own: never the default port both would share
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }

    static void seed(EmulatorFixture& f, int objects = 30, bool frozenTenant = false)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 8;
        o.batchSize = 50;
        o.frozenTenant = frozenTenant;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    static CopyParams params(EmulatorFixture& source, EmulatorFixture& target, RestoreMode mode = RestoreMode::New)
    {
        CopyParams p;
        p.endpoint = endpoint(source);
        p.target.endpoint = endpoint(target);
        p.target.mode = mode;
        p.target.batchSize = 20;
        p.pageSize = 7; // several pages per shard, and shards that end with a full page
        return p;
    }

    // Plans and applies; the report, with the plan in *plan.
    static RestoreReport copy(const CopyParams& p, CopyPlan* plan = nullptr, ProgressSink* sink = nullptr)
    {
        OpError err;
        CopyPlan planned = CopyTask::plan(p, sink, &err);
        if (err) {
            RestoreReport failed;
            failed.error = err;
            return failed;
        }
        planned.params.confirmedReplace = planned.needsConfirmation;
        if (plan)
            *plan = planned;
        return CopyTask::apply(planned, sink);
    }

    static QString statusOf(EmulatorFixture& f, const QString& cls, const QString& tenant)
    {
        const QJsonArray tenants = f.get(u"/v1/schema/"_s + cls + u"/tenants"_s).json().array();
        for (const QJsonValue& t : tenants)
            if (t.toObject().value(u"name"_s).toString() == tenant)
                return t.toObject().value(u"activityStatus"_s).toString();
        return {};
    }

    // The lines of a store dump that belong to `cls` (its class line, shards and objects).
    static QString section(const QString& dump, const QString& cls)
    {
        QString out;
        bool in = false;
        for (const QString& line : dump.split(u'\n')) {
            if (line.startsWith(u"class "_s))
                in = line.startsWith(u"class "_s + cls + u' ');
            if (in)
                out += line + u'\n';
        }
        return out;
    }

    // The first line where two dumps differ, for messages; empty when they are equal.
    static QString difference(const QString& actual, const QString& expected)
    {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            if (a.value(i) != e.value(i))
                return u"line %1\nactual:   %2\nexpected: %3"_s.arg(i + 1).arg(
                    a.value(i).left(600), e.value(i).left(600));
        return {};
    }

    static QString failures(const RestoreReport& r)
    {
        QStringList lines {r.error.message + u' ' + r.error.details};
        for (const RestoreFailure& f : r.failures)
            lines << f.collection + u' ' + f.id + u' ' + f.message;
        return (lines + r.countMismatches + r.warnings).join(u'\n');
    }

    static void verifySucceeded(const RestoreReport& r)
    {
        QVERIFY2(r.outcome == RestoreReport::Outcome::Succeeded, qPrintable(failures(r)));
        QVERIFY2(r.failureCount == 0 && r.countMismatches.isEmpty(), qPrintable(failures(r)));
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    // Every data type, legacy, named and multi-vectors, references (Article <-> Author, Article -> Article), and a
    // COLD tenant: the target ends bit-exact equal to the source, the COLD tenant COLD on both.
    void testCopyEqualsSource()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QString before = TestSupport::storeDump(source.emulator());
        QCOMPARE(statusOf(source, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
        CopyPlan plan;
        const RestoreReport report = copy(params(source, target), &plan);
        verifySucceeded(report);
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.collections.size(), 4);
        QCOMPARE(plan.totals.create, plan.totals.archived);
        QCOMPARE(report.objects, plan.totals.create);
        QVERIFY(report.references > 0);
        {
            const QString diff = difference(TestSupport::storeDump(source.emulator()), before);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        } // read only; tenantC back to COLD
        {
            const QString diff = difference(TestSupport::storeDump(target.emulator()), before);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
    }

    // A FROZEN tenant cannot be read (it needs an onload): it is left out with a warning, like a backup does.
    void testFrozenTenantIsLeftOutWithAWarning()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source, 10, true);
        CopyParams p = params(source, target);
        p.target.collections = {u"TenantNote"_s};
        CopyPlan plan;
        verifySucceeded(copy(p, &plan));
        QVERIFY2(plan.warnings.join(u' ').contains(u"tenantD"_s), qPrintable(plan.warnings.join(u'\n')));
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantD"_s), QString());
        QCOMPARE(statusOf(source, u"TenantNote"_s, u"tenantD"_s), u"FROZEN"_s);
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantA"_s), u"HOT"_s);
    }

    // Merge, overwrite and replace into a target that differs from the source: the plan's counts are what apply
    // does, and overwrite and replace end with the source's content.
    void testModes_data()
    {
        QTest::addColumn<bool>("grpcTarget");
        QTest::newRow("REST") << false;
        QTest::newRow("gRPC") << true;
    }

    void testModes()
    {
        QFETCH(bool, grpcTarget);
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        CopyParams p = params(source, target);
        p.target.endpoint.dataTransport
            = grpcTarget ? WeaviateEndpoint::DataTransport::Grpc : WeaviateEndpoint::DataTransport::Rest;
        p.target.collections = {u"Article"_s, u"Author"_s};
        verifySucceeded(copy(p));
        const QJsonArray objects
            = target.get(u"/v1/objects?class=Article&limit=3"_s).json().object().value(u"objects"_s).toArray();
        const QString gone = objects[0].toObject().value(u"id"_s).toString();
        const QString changed = objects[1].toObject().value(u"id"_s).toString();
        QCOMPARE(target.del(u"/v1/objects/Article/"_s + gone).status, 204);
        QCOMPARE(target
                     .call("PATCH", u"/v1/objects/Article/"_s + changed,
                         R"({"class":"Article","properties":{"title":"changed"}})")
                     .status,
            204);

        OpError err;
        p.target.mode = RestoreMode::New;
        QVERIFY(CopyTask::plan(p, nullptr, &err).isBlocked()); // the collections exist

        p.target.mode = RestoreMode::Merge;
        CopyPlan merge;
        const RestoreReport merged = copy(p, &merge);
        verifySucceeded(merged);
        QCOMPARE(merge.totals.create, qint64(1));
        QCOMPARE(merge.totals.skip, qint64(59));
        QCOMPARE(merged.objects, qint64(1));
        QVERIFY(target.get(u"/v1/objects/Article/"_s + changed).body.contains("\"changed\""));

        p.target.mode = RestoreMode::Overwrite;
        CopyPlan overwrite;
        verifySucceeded(copy(p, &overwrite));
        QCOMPARE(overwrite.totals.overwrite, qint64(1));
        QCOMPARE(overwrite.totals.unchanged, qint64(59));
        const QString source1 = TestSupport::storeDump(source.emulator());
        const QString target1 = TestSupport::storeDump(target.emulator());
        {
            const QString diff = difference(section(target1, u"Article"_s), section(source1, u"Article"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            const QString diff = difference(section(target1, u"Author"_s), section(source1, u"Author"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        QCOMPARE(target.del(u"/v1/objects/Article/"_s + gone).status, 204);
        p.target.mode = RestoreMode::Replace;
        CopyPlan replace;
        verifySucceeded(copy(p, &replace));
        QCOMPARE(replace.needsConfirmation, QStringList({u"Article"_s, u"Author"_s}));
        QCOMPARE(replace.totals.create, qint64(60));
        const QString target2 = TestSupport::storeDump(target.emulator());
        {
            const QString diff = difference(section(target2, u"Article"_s), section(source1, u"Article"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            const QString diff = difference(section(target2, u"Author"_s), section(source1, u"Author"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    // A clone on one server under another name: its references to itself point to the clone, the others stay;
    // reading and writing one collection on one server is refused.
    void testCloneUnderAnotherNameOnOneServer()
    {
        EmulatorFixture server(config());
        seed(server);
        CopyParams p = params(server, server);
        p.target.collections = {u"Article"_s};
        p.target.rename.insert(u"Article"_s, u"Story"_s);
        const QString before = TestSupport::storeDump(server.emulator());
        verifySucceeded(copy(p));
        const QString after = TestSupport::storeDump(server.emulator());
        {
            const QString diff = difference(section(after, u"Article"_s), section(before, u"Article"_s));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        auto objectLines = [](const QString& s) {
            QStringList lines = s.split(u'\n');
            lines.removeIf([](const QString& l) { return !l.startsWith(u"    "_s); });
            return lines;
        };
        QStringList expected = objectLines(section(before, u"Article"_s));
        for (QString& line : expected)
            line.replace(u"/Article/"_s, u"/Story/"_s);
        QCOMPARE(objectLines(section(after, u"Story"_s)), expected);
        QVERIFY(after.contains(u"weaviate://localhost/Story/"_s));
        QVERIFY(after.contains(u"weaviate://localhost/Author/"_s));

        OpError err;
        CopyParams self = params(server, server, RestoreMode::Replace);
        self.target.collections = {u"Author"_s};
        CopyTask::plan(self, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QVERIFY2(err.message.contains(u"same server"_s), qPrintable(err.message));
        // Another spelling of the same server; two collections that trade names.
        self.target.endpoint.url.setHost(u"localhost"_s);
        self.target.collections = {u"Article"_s, u"Story"_s};
        self.target.rename = {{u"Article"_s, u"Story"_s}, {u"Story"_s, u"Article"_s}};
        err = {};
        CopyTask::plan(self, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        {
            const QString diff = difference(TestSupport::storeDump(server.emulator()), after);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    // References that form cycles (a self-reference, two objects pointing at each other, a ring of three) and
    // objects that reference objects not yet written when they are.
    void testReferenceCycles()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        QCOMPARE(source
                     .post(u"/v1/schema"_s, R"({"class":"Node","vectorizer":"none","properties":[
                         {"name":"label","dataType":["text"]},{"name":"next","dataType":["Node"]}]})")
                     .status,
            200);
        const QStringList ids {u"00000000-0000-4000-8000-000000000001"_s, u"00000000-0000-4000-8000-000000000002"_s,
            u"00000000-0000-4000-8000-000000000003"_s, u"00000000-0000-4000-8000-000000000004"_s,
            u"00000000-0000-4000-8000-000000000005"_s, u"00000000-0000-4000-8000-000000000006"_s};
        // 1 -> 1; 2 <-> 3; 4 -> 5 -> 6 -> 4
        const QList<QList<int>> next {{0}, {2}, {1}, {4}, {5}, {3}};
        QStringList references;
        for (int i = 0; i < ids.size(); ++i) {
            const QByteArray body
                = uR"({"class":"Node","id":"%1","properties":{"label":"n%2"},"vector":[%2.5,-0.25]})"_s.arg(ids[i])
                      .arg(i)
                      .toUtf8();
            const auto r = source.post(u"/v1/objects"_s, body);
            QVERIFY2(r.status == 200, r.body.constData());
            for (int n : next[i])
                references << uR"({"from":"weaviate://localhost/Node/%1/next","to":"weaviate://localhost/Node/%2"})"_s
                                  .arg(ids[i], ids[n]);
        }
        const auto refs = source.post(u"/v1/batch/references"_s, u"[%1]"_s.arg(references.join(u',')).toUtf8());
        QVERIFY2(refs.status == 200 && !refs.body.contains("error"), refs.body.constData());
        CopyParams p = params(source, target);
        p.pageSize = 2;
        p.target.batchSize = 1; // one object a batch: each one's references are sent before the last object is in
        const RestoreReport report = copy(p);
        verifySucceeded(report);
        QCOMPARE(report.references, qint64(6));
        {
            const QString diff
                = difference(TestSupport::storeDump(target.emulator()), TestSupport::storeDump(source.emulator()));
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void testFaultsOnEitherServerGiveTheSameContent_data()
    {
        QTest::addColumn<bool>("onSource");
        QTest::addColumn<bool>("onTarget");
        QTest::addColumn<bool>("grpcTarget"); // the target's batches over gRPC BatchObjects, else REST
        QTest::newRow("source") << true << false << false;
        QTest::newRow("target, REST") << false << true << false;
        QTest::newRow("target, gRPC") << false << true << true;
        QTest::newRow("both") << true << true << false;
    }

    // 503s, connections dropped before an answer and in the middle of one: pages are read again, batches sent again
    // (upserts by id); nothing is lost or doubled.
    void testFaultsOnEitherServerGiveTheSameContent()
    {
        QFETCH(bool, onSource);
        QFETCH(bool, onTarget);
        QFETCH(bool, grpcTarget);
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QString expected = TestSupport::storeDump(source.emulator());
        CopyParams p = params(source, target);
        p.endpoint.maxRetries = 30;
        p.target.endpoint.maxRetries = 30;
        p.target.endpoint.dataTransport
            = grpcTarget ? WeaviateEndpoint::DataTransport::Grpc : WeaviateEndpoint::DataTransport::Rest;
        Emu::FaultConfig faults;
        faults.seed = 7;
        faults.rate503 = 0.2;
        faults.dropBeforeRate = 0.05;
        faults.dropMidBodyRate = 0.15;
        if (onSource) {
            faults.pathPrefix = "/v1/objects";
            faults.method = "GET";
            source.emulator().setFaults(faults);
        }
        if (onTarget) {
            faults.batchOomRate = 0.1;
            faults.pathPrefix = grpcTarget ? "/weaviate.v1.Weaviate/BatchObjects" : "/v1/batch/objects";
            faults.method = {};
            target.emulator().setFaults(faults);
        }
        const RestoreReport report = copy(p);
        source.emulator().setFaults({});
        target.emulator().setFaults({});
        verifySucceeded(report);
        for (EmulatorFixture* f : {onSource ? &source : nullptr, onTarget ? &target : nullptr}) {
            if (!f)
                continue;
            const Emu::FaultStats stats = f->emulator().faultStats();
            QVERIFY(stats.injected503 > 0);
            QVERIFY(stats.droppedMidBody > 0);
        }
        {
            const QString diff = difference(TestSupport::storeDump(target.emulator()), expected);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            const QString diff = difference(TestSupport::storeDump(source.emulator()), expected);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    void testRestartOfEitherServerGivesTheSameContent_data()
    {
        QTest::addColumn<bool>("restartSource");
        QTest::newRow("source") << true;
        QTest::newRow("target") << false;
    }

    // The server goes away for 400 ms once the first objects are in; requests are retried with backoff.
    void testRestartOfEitherServerGivesTheSameContent()
    {
        QFETCH(bool, restartSource);
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QString expected = TestSupport::storeDump(source.emulator());
        CopyParams p = params(source, target);
        for (WeaviateEndpoint* e : {&p.endpoint, &p.target.endpoint}) {
            e->maxRetries = 10;
            e->retryBaseDelayMs = 100;
            e->retryMaxDelayMs = 400;
        }
        EmulatorFixture& restarted = restartSource ? source : target;
        std::atomic<bool> done {false};
        std::thread restarter;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !done.exchange(true))
                    restarter = std::thread([&restarted] { restarted.emulator().restart(400); });
            },
            nullptr);
        const RestoreReport report = copy(p, nullptr, &sink);
        if (restarter.joinable())
            restarter.join();
        QVERIFY(done.load());
        verifySucceeded(report);
        {
            const QString diff = difference(TestSupport::storeDump(target.emulator()), expected);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            const QString diff = difference(TestSupport::storeDump(source.emulator()), expected);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    // Plans in every mode against a target that holds part of the data: neither server changes (the COLD source
    // tenant is activated to count it and put back).
    void testDryRunWritesNothing()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        CopyParams p = params(source, target);
        p.target.collections = {u"Passage"_s, u"TenantNote"_s};
        verifySucceeded(copy(p));
        QCOMPARE(
            target.put(u"/v1/schema/TenantNote/tenants"_s, R"([{"name":"tenantC","activityStatus":"HOT"}])").status,
            200);
        const QString sourceBefore = TestSupport::storeDump(source.emulator());
        const QString targetBefore = TestSupport::storeDump(target.emulator());
        p.target.collections.clear();
        for (RestoreMode mode : {RestoreMode::New, RestoreMode::Merge, RestoreMode::Overwrite, RestoreMode::Replace}) {
            p.target.mode = mode;
            OpError err;
            const CopyPlan plan = CopyTask::plan(p, nullptr, &err);
            QVERIFY2(!err, qPrintable(err.message + err.details));
            QCOMPARE(plan.collections.size(), 4);
        }
        {
            const QString diff = difference(TestSupport::storeDump(source.emulator()), sourceBefore);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        {
            const QString diff = difference(TestSupport::storeDump(target.emulator()), targetBefore);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    // A copy's plan speaks of the source server, not of an archive (found in the copy wizard's preview).
    void testPlanSpeaksOfTheSourceServer()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        CopyParams p = params(source, target);
        OpError err;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message + err.details));
        const QString warnings = plan.warnings.join(u'\n');
        QVERIFY2(warnings.contains(u"the source's times cannot be copied"_s), qPrintable(warnings));
        QVERIFY2(!warnings.contains(u"archive"_s), qPrintable(warnings));

        p.target.rename = {{u"Nowhere"_s, u"Elsewhere"_s}};
        err = {};
        CopyTask::plan(p, nullptr, &err);
        QVERIFY2(err.message.contains(u"it is not on the source server"_s), qPrintable(err.message));
    }

    // A copy of Article without Author, which the target lacks: the plan says so in a copy's words.
    void testReferencesToACollectionNotCopiedAreWarnedAbout()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source, 5);
        CopyParams p = params(source, target);
        p.target.collections = {u"Article"_s};
        OpError err;
        CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message + err.details));
        const QString expected = u"Article.writtenBy refers to Author, which is neither copied nor on the target: "
                                 "its references will point at nothing until Author exists there."_s;
        QVERIFY2(plan.warnings.contains(expected), qPrintable(plan.warnings.join(u'\n')));
        QCOMPARE(plan.warnings.join(u'\n').count(u"refers to"_s), 1);

        p.target.collections = {u"Article"_s, u"Author"_s};
        plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message + err.details));
        QVERIFY2(!plan.warnings.join(u'\n').contains(u"refers to"_s), qPrintable(plan.warnings.join(u'\n')));
    }

    void testCancelIsAnOutcome()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QString before = TestSupport::storeDump(source.emulator());
        CopyParams p = params(source, target);
        p.target.concurrency = 4; // fewer objects in flight than the source holds, so a cancel leaves some unwritten
        OpError err;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        Emu::FaultConfig slow;
        slow.latencyMs = 30;
        slow.pathPrefix = "/v1/objects";
        source.emulator().setFaults(slow);
        bool cancel = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0)
                    cancel = true;
            },
            [&] { return cancel; });
        const RestoreReport report = CopyTask::apply(plan, &sink);
        source.emulator().setFaults({});
        QCOMPARE(report.outcome, RestoreReport::Outcome::Canceled);
        QVERIFY(!report.error);
        QVERIFY(report.objects > 0);
        QVERIFY(report.objects < plan.totals.toWrite());
        {
            const QString diff = difference(TestSupport::storeDump(source.emulator()), before);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
    }

    // Two servers on one host with the default gRPC port would share it: refused before anything is read.
    void testSharedGrpcAddressIsRefused()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        CopyParams p = params(source, target);
        p.endpoint.grpcUrl = QUrl();
        p.target.endpoint.grpcUrl = QUrl();
        OpError err;
        CopyTask::plan(p, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QVERIFY2(err.message.contains(u"gRPC"_s), qPrintable(err.message));
        QVERIFY(CopyTask::sameServer(p.endpoint, p.endpoint));
        WeaviateEndpoint other = p.endpoint;
        other.url.setHost(u"localhost"_s);
        QVERIFY(CopyTask::sameServer(p.endpoint, other));
        QVERIFY(!CopyTask::sameServer(p.endpoint, p.target.endpoint));
    }

    // The source by itself: shard by shard in order, ids ascending, references split off, pages of the size asked
    // for, the COLD tenant active while it is read and COLD again at the end.
    void testServerSourceReadsShardsInPages()
    {
        EmulatorFixture source(config());
        seed(source, 10);
        ServerSource::Options options;
        options.collections = {u"article"_s, u"TenantNote"_s};
        options.pageSize = 4;
        ServerSource reader(endpoint(source), options);
        QVERIFY(!reader.openObjects());
        QStringList shards;
        qint64 objects = 0;
        bool has = false;
        while (!reader.nextShard(&has) && has) {
            shards << reader.collection() + u'/' + reader.tenant();
            if (reader.tenant() == u"tenantC")
                QCOMPARE(statusOf(source, u"TenantNote"_s, u"tenantC"_s), u"HOT"_s);
            reader.setReferenceProperties(reader.collection() == u"Article"
                    ? QSet<QString> {u"writtenBy"_s, u"related"_s}
                    : QSet<QString> {u"seeAlso"_s});
            std::string previous;
            const SourceObject* o = nullptr;
            while (!reader.next(&o) && o) {
                QVERIFY(std::string(o->id) > previous);
                previous = std::string(o->id);
                QVERIFY(!QByteArray::fromStdString(o->propertiesWithoutReferences).contains("beacon"));
                ++objects;
            }
        }
        QCOMPARE(shards,
            QStringList({u"Article/"_s, u"TenantNote/tenantA"_s, u"TenantNote/tenantB"_s, u"TenantNote/tenantC"_s,
                u"TenantNote/tenantE"_s}));
        QCOMPARE(objects, reader.stats().objects);
        QVERIFY(reader.stats().pages >= objects / 4);
        QVERIFY2(reader.finish().isEmpty(), qPrintable(reader.finish().join(u'\n')));
        QCOMPARE(statusOf(source, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
    }

    // A caller that leaves a shard early or skips one (a plan reads only the shards the target holds already) gets
    // the next shard it reads from its first object, from a reader started again there.
    void testServerSourceSkipsShards()
    {
        EmulatorFixture source(config());
        seed(source, 10);
        ServerSource::Options options;
        options.collections = {u"TenantNote"_s};
        options.pageSize = 3;
        ServerSource reader(endpoint(source), options);
        QVERIFY(!reader.openObjects());
        QMap<QString, qint64> read; // tenant -> objects read
        QStringList order;
        bool has = false;
        int shard = 0;
        while (!reader.nextShard(&has) && has) {
            order << reader.tenant();
            const SourceObject* o = nullptr;
            if (shard == 1) // tenantB: skipped
                ++shard;
            else if (shard++ == 0 && !reader.next(&o) && o) // tenantA: one object, then left
                read[reader.tenant()] = 1;
            else
                while (!reader.next(&o) && o)
                    ++read[reader.tenant()];
        }
        QCOMPARE(order, QStringList({u"tenantA"_s, u"tenantB"_s, u"tenantC"_s, u"tenantE"_s}));
        QCOMPARE(read.value(u"tenantA"_s), qint64(1));
        QCOMPARE(read.value(u"tenantB"_s), qint64(0));
        QCOMPARE(read.value(u"tenantC"_s), qint64(10));
        QCOMPARE(read.value(u"tenantE"_s), qint64(0)); // empty
        QCOMPARE(reader.stats().readers, qint64(2));
        QVERIFY(reader.finish().isEmpty());
        QCOMPARE(statusOf(source, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
    }
};

QTEST_GUILESS_MAIN(TestCopy)
#include "TestCopy.moc"
