// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// RestoreTask against the emulator on loopback: a backup of the demo data restored into a fresh server equals the
// source (every data type, vector kind and reference, bit-exact), the plan's counts equal what apply did in every
// mode, schema problems block, per-object failures are collected, a dry run writes nothing, cancel is an outcome.
class TestRestoreTask : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true; // the demo data has a FROZEN tenant
        return c;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }

    // The demo data backed up once (tenantC activated and included; tenantD is FROZEN and not in the archive).
    QString makeArchive(int objects = 30, int dims = 8)
    {
        EmulatorFixture source(config());
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = dims;
        o.batchSize = 50;
        QString error;
        if (!source.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
        BackupParams p;
        p.endpoint = endpoint(source);
        p.destination = m_dir.filePath(u"demo-%1.tar.zst"_s.arg(++m_archives));
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

    static RestoreParams params(EmulatorFixture& f, const QString& archive, RestoreMode mode = RestoreMode::New)
    {
        RestoreParams p;
        p.endpoint = endpoint(f);
        p.archivePath = archive;
        p.mode = mode;
        p.batchSize = 20;
        return p;
    }

    static QString statusOf(EmulatorFixture& f, const QString& cls, const QString& tenant)
    {
        const QJsonArray tenants = f.get(u"/v1/schema/"_s + cls + u"/tenants"_s).json().array();
        for (const QJsonValue& t : tenants)
            if (t.toObject().value(u"name"_s).toString() == tenant)
                return t.toObject().value(u"activityStatus"_s).toString();
        return {};
    }

    static TestSupport::Content withoutTimes(TestSupport::Content c)
    {
        for (auto& shard : c.shards)
            for (auto& o : shard) {
                o.creationTimeUnix = 0;
                o.lastUpdateTimeUnix = 0;
            }
        return c;
    }

    static const QStringList allCollections;
    static const QMap<QString, QStringList> archivedTenants;

    QTemporaryDir m_dir;
    int m_archives = 0;
    QString m_demo; // made once, read by many tests

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        m_demo = makeArchive();
    }

    void testRestoreNewEqualsArchive()
    {
        EmulatorFixture target(config());
        OpError err;
        const RestorePlan plan = RestoreTask::plan(params(target, m_demo), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message + err.details));
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.collections.size(), 4);
        QCOMPARE(plan.totals.archived, qint64(6 * 30));
        QCOMPARE(plan.totals.create, qint64(6 * 30));
        QCOMPARE(plan.totals.overwrite + plan.totals.skip + plan.totals.unchanged, qint64(0));
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY2(report.failures.isEmpty(), report.failures.isEmpty() ? "" : qPrintable(report.failures[0].message));
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        QCOMPARE(report.objects, qint64(6 * 30));
        QVERIFY(report.references > 0);

        // Statuses as archived: tenantC back to COLD; tenantD (FROZEN) was never in the archive.
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantC"_s), u"COLD"_s);
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantA"_s), u"HOT"_s);
        QCOMPARE(statusOf(target, u"TenantNote"_s, u"tenantD"_s), QString());

        QCOMPARE(
            target.put(u"/v1/schema/TenantNote/tenants"_s, R"([{"name":"tenantC","activityStatus":"HOT"}])").status,
            200);
        const TestSupport::Content restored = TestSupport::loadServer(target, allCollections, archivedTenants);
        QVERIFY2(restored.error.isEmpty(), qPrintable(restored.error));
        const TestSupport::Content archived = TestSupport::loadArchive(m_demo);
        QVERIFY2(archived.error.isEmpty(), qPrintable(archived.error));
        // Timestamps are server-set (the plan warns); everything else, references included, is equal.
        const QString diff = TestSupport::Content::difference(withoutTimes(archived), withoutTimes(restored));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(plan.warnings.join(u' ').contains(u"set by the server"_s));

        // Restoring again in mode "new" is blocked: the collections exist now.
        const RestorePlan again = RestoreTask::plan(params(target, m_demo), nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(again.problems.size(), 4);
        QCOMPARE(RestoreTask::apply(again, nullptr).outcome, RestoreReport::Outcome::Failed);
    }

    void testRenameRewritesReferences()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.collections = {u"article"_s};
        p.rename.insert(u"Article"_s, u"Story"_s);
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        QCOMPARE(plan.collections.size(), 1);
        QCOMPARE(plan.collections[0].target, u"Story"_s);
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.failureCount, qint64(0));
        QCOMPARE(report.objects, qint64(30));
        QVERIFY(report.countMismatches.isEmpty());
        const QByteArray schema = target.get(u"/v1/schema/Story"_s).body;
        QVERIFY2(schema.contains("\"Story\""), schema.constData());
        QVERIFY2(!schema.contains("\"Article\""), schema.constData());
        const QByteArray objects = target.get(u"/v1/objects?class=Story&limit=100"_s).body;
        QVERIFY(objects.contains("weaviate://localhost/Story/"));
        QVERIFY(!objects.contains("weaviate://localhost/Article/"));

        // Overwrite with the same rename finds every object unchanged: references compare by where they point
        // after the rename, not by the archived class name in their beacons.
        p.mode = RestoreMode::Overwrite;
        const RestorePlan again = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QCOMPARE(again.totals.unchanged, qint64(30));
        QCOMPARE(again.totals.overwrite, qint64(0));
    }

    // A collection restored without the collection its references point at, which the target lacks too: the plan
    // warns per such property; self references (also renamed ones) and classes the target holds are fine.
    void testReferencesToAMissingCollectionAreWarnedAbout()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Article"_s};
        p.rename.insert(u"Article"_s, u"Story"_s);
        OpError err;
        RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        const QString expected = u"Story.writtenBy refers to Author, which is neither restored nor on the target: its "
                                 "references will point at nothing until Author exists there."_s;
        QVERIFY2(plan.warnings.contains(expected), qPrintable(plan.warnings.join(u'\n')));
        QCOMPARE(plan.warnings.join(u'\n').count(u"refers to"_s), 1); // not Story.related, its own references

        p.collections = {u"Article"_s, u"Author"_s};
        plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY2(!plan.warnings.join(u'\n').contains(u"refers to"_s), qPrintable(plan.warnings.join(u'\n')));

        QCOMPARE(target.post(u"/v1/schema"_s, R"({"class":"Author","vectorizer":"none"})").status, 200);
        p.collections = {u"Article"_s};
        plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY2(!plan.warnings.join(u'\n').contains(u"refers to"_s), qPrintable(plan.warnings.join(u'\n')));

        // Merged into an existing Story without writtenBy, on a target without Author: Weaviate would refuse to
        // add the property mid-restore, so the plan blocks first.
        EmulatorFixture other(config());
        QCOMPARE(other.post(u"/v1/schema"_s, R"({"class":"Story","vectorizer":"none"})").status, 200);
        p.endpoint = endpoint(other);
        p.mode = RestoreMode::Merge;
        plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(plan.isBlocked());
        QVERIFY2(plan.problems.contains(u"Story.writtenBy cannot be added to the existing collection: it refers to "
                                        "Author, which is not on the target, and Weaviate refuses such a property. "
                                        "Include Author, or create it on the target first."_s),
            qPrintable(plan.problems.join(u'\n')));
    }

    // A class with a class-level vector and a named vector added later (what 1.31+ servers allow) cannot be POSTed
    // in one request: the plan creates it in two steps on 1.31+, and blocks with the reason on older targets.
    void testLegacyPlusNamedVectorsInTwoSteps()
    {
        EmulatorFixture source(config());
        QCOMPARE(source
                     .post(u"/v1/schema"_s, R"({"class":"Hybrid","vectorizer":"none","vectorIndexType":"hnsw",
            "properties":[{"name":"title","dataType":["text"]}]})")
                     .status,
            200);
        QJsonObject cls = source.get(u"/v1/schema/Hybrid"_s).json().object();
        cls.insert(u"vectorConfig"_s,
            QJsonObject {{u"extra"_s,
                QJsonObject {
                    {u"vectorizer"_s, QJsonObject {{u"none"_s, QJsonObject()}}}, {u"vectorIndexType"_s, u"hnsw"_s}}}});
        const auto put = source.put(u"/v1/schema/Hybrid"_s, QJsonDocument(cls).toJson());
        QVERIFY2(put.status == 200, put.body.constData());
        for (int i = 0; i < 3; ++i) {
            const QByteArray body = QStringLiteral(R"({"class":"Hybrid","id":"00000000-0000-4000-8000-00000000000%1",
                "properties":{"title":"t%1"},"vector":[0.5,%1.25,-1e-7],"vectors":{"extra":[%1.5,0.1]}})")
                                        .arg(i)
                                        .toUtf8();
            const auto r = source.post(u"/v1/objects"_s, body);
            QVERIFY2(r.status == 200, r.body.constData());
        }
        BackupParams b;
        b.collections = {u"Hybrid"_s};
        b.endpoint = endpoint(source);
        b.destination = m_dir.filePath(u"hybrid.tar.zst"_s);
        OpError err;
        QCOMPARE(
            BackupTask::apply(BackupTask::plan(b, nullptr, &err), nullptr).outcome, BackupReport::Outcome::Succeeded);

        EmulatorFixture target(config());
        const RestorePlan plan = RestoreTask::plan(params(target, b.destination), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        QVERIFY(plan.warnings.join(u' ').contains(u"named vectors are added right after"_s));
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.objects, qint64(3));
        const QJsonObject restored = target.get(u"/v1/schema/Hybrid"_s).json().object();
        QCOMPARE(restored.value(u"vectorizer"_s).toString(), u"none"_s);
        QVERIFY(restored.value(u"vectorConfig"_s).toObject().contains(u"extra"_s));
        const QString diff = TestSupport::Content::difference(withoutTimes(TestSupport::loadArchive(b.destination)),
            withoutTimes(TestSupport::loadServer(target, {u"Hybrid"_s})));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // An older target cannot add named vectors to a class: blocked before anything is written.
        Emu::EngineConfig old = config();
        old.version = "1.30.2";
        EmulatorFixture older(old);
        const RestorePlan blocked = RestoreTask::plan(params(older, b.destination), nullptr, &err);
        QVERIFY(!err);
        QVERIFY(blocked.isBlocked());
        QVERIFY2(blocked.problems.join(u' ').contains(u"1.31 or later"_s), qPrintable(blocked.problems.join(u' ')));
        QCOMPARE(older.get(u"/v1/schema/Hybrid"_s).status, 404);
    }

    void testMergeAndOverwriteCountsEqualApply()
    {
        EmulatorFixture target(config());
        OpError err;
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Article"_s, u"TenantNote"_s};
        QCOMPARE(RestoreTask::apply(RestoreTask::plan(p, nullptr, &err), nullptr).objects, qint64(4 * 30));
        QVERIFY(!err);

        // Delete two objects and change one on the target.
        const QJsonArray objects
            = target.get(u"/v1/objects?class=Article&limit=5"_s).json().object().value(u"objects"_s).toArray();
        const QString gone1 = objects[0].toObject().value(u"id"_s).toString();
        const QString gone2 = objects[1].toObject().value(u"id"_s).toString();
        const QString changed = objects[2].toObject().value(u"id"_s).toString();
        QCOMPARE(target.del(u"/v1/objects/Article/"_s + gone1).status, 204);
        QCOMPARE(target.del(u"/v1/objects/Article/"_s + gone2).status, 204);
        QCOMPARE(target
                     .call("PATCH", u"/v1/objects/Article/"_s + changed,
                         R"({"class":"Article","properties":{"title":"changed"}})")
                     .status,
            204);

        p.collections = {u"Article"_s};
        p.mode = RestoreMode::Merge;
        const RestorePlan merge = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY2(!merge.isBlocked(), qPrintable(merge.problems.join(u'\n')));
        QCOMPARE(merge.totals.create, qint64(2));
        QCOMPARE(merge.totals.skip, qint64(28));
        QCOMPARE(merge.totals.targetBefore, qint64(28));
        const RestoreReport merged = RestoreTask::apply(merge, nullptr);
        QCOMPARE(merged.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(merged.objects, merge.totals.toWrite());
        QVERIFY2(merged.warnings.join(u' ').indexOf(u"changed since the plan"_s) < 0,
            qPrintable(merged.warnings.join(u'\n')));
        QVERIFY2(merged.countMismatches.isEmpty(), qPrintable(merged.countMismatches.join(u'\n')));
        QVERIFY(target.get(u"/v1/objects/Article/"_s + changed).body.contains("\"changed\""));

        p.mode = RestoreMode::Overwrite;
        const RestorePlan overwrite = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(overwrite.totals.create, qint64(0));
        QCOMPARE(overwrite.totals.overwrite, qint64(1));
        QCOMPARE(overwrite.totals.unchanged, qint64(29));
        const RestoreReport overwritten = RestoreTask::apply(overwrite, nullptr);
        QCOMPARE(overwritten.objects, qint64(1));
        QCOMPARE(overwritten.failureCount, qint64(0));
        QVERIFY(overwritten.countMismatches.isEmpty());
        QVERIFY(!target.get(u"/v1/objects/Article/"_s + changed).body.contains("\"changed\""));

        // Now everything is equal: nothing left to write, and no reference was added twice.
        const RestorePlan settled = RestoreTask::plan(p, nullptr, &err);
        QCOMPARE(settled.totals.unchanged, qint64(30));
        const TestSupport::Content restored = TestSupport::loadServer(target, {u"Article"_s});
        TestSupport::Content archived = TestSupport::loadArchive(m_demo);
        for (const QString& key : archived.shards.keys())
            if (key != u"Article")
                archived.shards.remove(key);
        const QString diff = TestSupport::Content::difference(withoutTimes(archived), withoutTimes(restored));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // A merge into collections whose vectors have other lengths (the target's indexes were filled from 4-long
    // vectors, the archive's are 8 long) is blocked by the plan with one message per vector index, naming the
    // collection, the vector ("default" for the class-level one), the tenant and both lengths; nothing is written.
    // With equal lengths nothing is blocked.
    void testVectorLengthMismatchBlocks()
    {
        EmulatorFixture target(config());
        OpError err;
        RestoreParams p = params(target, makeArchive(5, 4));
        p.collections = {u"Article"_s, u"Author"_s, u"TenantNote"_s};
        const RestoreReport seeded = RestoreTask::apply(RestoreTask::plan(p, nullptr, &err), nullptr);
        QCOMPARE(seeded.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(seeded.failureCount, qint64(0));
        const TestSupport::Content before = TestSupport::loadServer(target, {u"Article"_s, u"Author"_s});

        p.archivePath = m_demo;
        p.mode = RestoreMode::Merge;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY(plan.isBlocked());
        const auto mismatch = [](const char* collection, const char* vector, int onTarget, int inArchive) {
            return u"The vector \"%2\" of \"%1\" has length %3 on the target but %4 in the archive; the server "
                   "refuses vectors of another length, so restore this collection under another name or replace it."_s
                       .arg(QString::fromLatin1(collection), QString::fromLatin1(vector))
                       .arg(onTarget)
                       .arg(inArchive);
        };
        QVERIFY2(plan.problems.contains(mismatch("Article", "default", 4, 8)), qPrintable(plan.problems.join(u'\n')));
        QVERIFY2(plan.problems.contains(mismatch("Author", "name_vec", 4, 8)), qPrintable(plan.problems.join(u'\n')));
        QVERIFY2(plan.problems.contains(mismatch("Author", "bio_vec", 2, 4)), qPrintable(plan.problems.join(u'\n')));
        const QString tenantA = u"The vector \"default\" of tenant \"tenantA\" of \"TenantNote\" has length 4 on the "
                                "target but 8 in the archive; the server refuses vectors of another length, so "
                                "restore this collection under another name or replace it."_s;
        QVERIFY2(plan.problems.contains(tenantA), qPrintable(plan.problems.join(u'\n')));
        QVERIFY(plan.collections[0].problems.contains(mismatch("Article", "default", 4, 8)));

        const RestoreReport refused = RestoreTask::apply(plan, nullptr);
        QCOMPARE(refused.outcome, RestoreReport::Outcome::Failed);
        QCOMPARE(refused.objects, qint64(0));
        const QString diff
            = TestSupport::Content::difference(before, TestSupport::loadServer(target, {u"Article"_s, u"Author"_s}));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));

        // The same lengths: not blocked (an archive of other objects, 4-long vectors like the target's).
        p.archivePath = makeArchive(7, 4);
        const RestorePlan same = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        QVERIFY2(!same.isBlocked(), qPrintable(same.problems.join(u'\n')));
    }

    void testReplaceNeedsConfirmation()
    {
        EmulatorFixture target(config());
        OpError err;
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Passage"_s};
        QVERIFY(RestoreTask::apply(RestoreTask::plan(p, nullptr, &err), nullptr).failureCount == 0);
        QCOMPARE(target
                     .del(u"/v1/objects/Passage/"_s
                         + target.get(u"/v1/objects?class=Passage&limit=1"_s)
                               .json()
                               .object()
                               .value(u"objects"_s)
                               .toArray()[0]
                               .toObject()
                               .value(u"id"_s)
                               .toString())
                     .status,
            204);

        p.mode = RestoreMode::Replace;
        RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(plan.needsConfirmation, QStringList {u"Passage"_s});
        QCOMPARE(plan.collections[0].action, RestoreCollectionPlan::Action::Replace);
        QCOMPARE(plan.totals.create, qint64(30));
        const RestoreReport refused = RestoreTask::apply(plan, nullptr);
        QCOMPARE(refused.outcome, RestoreReport::Outcome::Failed);
        QCOMPARE(refused.error.code, OpError::Code::Usage);
        QCOMPARE(target.get(u"/v1/schema/Passage"_s).status, 200); // untouched

        plan.params.confirmedReplace = {u"Passage"_s};
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.objects, qint64(30));
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
    }

    void testTypeConflictBlocks()
    {
        EmulatorFixture target(config());
        QCOMPARE(
            target
                .post(u"/v1/schema"_s,
                    R"({"class":"Passage","vectorizer":"none","properties":[{"name":"position","dataType":["text"]}]})")
                .status,
            200);
        RestoreParams p = params(target, m_demo, RestoreMode::Merge);
        p.collections = {u"Passage"_s};
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QVERIFY(plan.isBlocked());
        QCOMPARE(plan.collections[0].diff.typeConflicts.size(), 1);
        QCOMPARE(plan.collections[0].diff.typeConflicts[0].name, u"position"_s);
        QVERIFY(plan.collections[0].diff.onlyInArchive.contains(u"content"_s));
        QCOMPARE(RestoreTask::apply(plan, nullptr).outcome, RestoreReport::Outcome::Failed);
    }

    // Nested properties are compared too: Article.meta.origin.year is int in the archive, text on this target, and
    // meta.source is missing there.
    void testNestedTypeConflictBlocks()
    {
        EmulatorFixture target(config());
        const auto r = target.post(u"/v1/schema"_s, R"({"class":"Article","vectorizer":"none","properties":[
            {"name":"meta","dataType":["object"],"nestedProperties":[
                {"name":"version","dataType":["int"]},{"name":"weight","dataType":["number"]},
                {"name":"draft","dataType":["boolean"]},{"name":"reviewedAt","dataType":["date"]},
                {"name":"keywords","dataType":["text[]"]},
                {"name":"origin","dataType":["object"],"nestedProperties":[
                    {"name":"country","dataType":["text"]},{"name":"year","dataType":["text"]}]}]}]})");
        QVERIFY2(r.status == 200, r.body.constData());
        RestoreParams p = params(target, m_demo, RestoreMode::Merge);
        p.collections = {u"Article"_s};
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QVERIFY(plan.isBlocked());
        const auto& conflicts = plan.collections[0].diff.typeConflicts;
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0].name, u"meta.origin.year"_s);
        QCOMPARE(conflicts[0].archiveType, u"int"_s);
        QCOMPARE(conflicts[0].targetType, u"text"_s);
        QVERIFY2(plan.problems.join(u'\n').contains(u"\"meta.source\" of \"Article\" exists only in the archive"_s)
                || plan.collections[0].problems.join(u'\n').contains(u"\"meta.source\""_s),
            qPrintable(plan.collections[0].problems.join(u'\n')));
        QCOMPARE(RestoreTask::apply(plan, nullptr).outcome, RestoreReport::Outcome::Failed);
        QCOMPARE(target.get(u"/v1/objects?class=Article"_s).json().object().value(u"objects"_s).toArray().size(), 0);
    }

    void testMissingModuleAndReplicationFactor()
    {
        // A source with a vectorizer module and three nodes; a target with neither.
        Emu::EngineConfig sourceConfig;
        sourceConfig.modulesJson = R"({"text2vec-openai":{}})";
        sourceConfig.nodeCount = 3;
        EmulatorFixture source(sourceConfig);
        QCOMPARE(source
                     .post(u"/v1/schema"_s,
                         R"({"class":"Doc","vectorizer":"text2vec-openai","replicationConfig":{"factor":3},)"
                         R"("properties":[{"name":"body","dataType":["text"]}]})")
                     .status,
            200);
        QCOMPARE(source
                     .post(u"/v1/batch/objects"_s,
                         R"({"objects":[{"class":"Doc","id":"00000000-0000-4000-8000-000000000001",)"
                         R"("properties":{"body":"a"},"vector":[0.5,-0.25,1e-7]}]})")
                     .status,
            200);
        BackupParams b;
        b.endpoint = endpoint(source);
        b.destination = m_dir.filePath(u"doc.tar.zst"_s);
        OpError err;
        QCOMPARE(
            BackupTask::apply(BackupTask::plan(b, nullptr, &err), nullptr).outcome, BackupReport::Outcome::Succeeded);

        EmulatorFixture target;
        RestoreParams p = params(target, b.destination);
        RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(plan.problems.size(), 2);
        QCOMPARE(plan.collections[0].diff.missingModules, QStringList {u"text2vec-openai"_s});
        QCOMPARE(plan.collections[0].diff.replicationFactor, 3);
        QCOMPARE(plan.collections[0].diff.targetNodes, 1);

        p.vectorizerNone = true;
        p.replicationFactor = 1;
        plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.failureCount, qint64(0));
        const QString diff = TestSupport::Content::difference(withoutTimes(TestSupport::loadArchive(b.destination)),
            withoutTimes(TestSupport::loadServer(target, {u"Doc"_s})));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QVERIFY(target.get(u"/v1/schema/Doc"_s).body.contains("\"vectorizer\":\"none\""));
    }

    void testPerObjectFailuresAreCollected()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Passage"_s};
        p.endpoint.maxRetries = 0;
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        Emu::FaultConfig faults;
        faults.batchOomRate = 1.0;
        target.emulator().setFaults(faults);
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(report.failureCount, qint64(30));
        QCOMPARE(report.failures.size(), 30);
        QCOMPARE(report.failures[0].collection, u"Passage"_s);
        QVERIFY2(report.failures[0].message.contains(u"not enough memory"_s), qPrintable(report.failures[0].message));
        QVERIFY(report.isPartial());
        QCOMPARE(report.countMismatches.size(), 1);
    }

    // Restores the demo archive into `target` and returns what the server then holds, timestamps zeroed.
    TestSupport::Content restoredContent(EmulatorFixture& target)
    {
        if (target.put(u"/v1/schema/TenantNote/tenants"_s, R"([{"name":"tenantC","activityStatus":"HOT"}])").status
            != 200)
            return {{}, u"tenantC could not be activated"_s};
        return withoutTimes(TestSupport::loadServer(target, allCollections, archivedTenants));
    }

    void testFaultsMidRestoreGiveTheSameContent_data()
    {
        QTest::addColumn<int>("concurrency");
        QTest::newRow("serial") << 1;
        QTest::newRow("four in flight") << 4;
    }

    void testFaultsMidRestoreGiveTheSameContent()
    {
        QFETCH(int, concurrency);
        EmulatorFixture clean(config());
        OpError err;
        const RestoreReport cleanReport
            = RestoreTask::apply(RestoreTask::plan(params(clean, m_demo), nullptr, &err), nullptr);
        QCOMPARE(cleanReport.outcome, RestoreReport::Outcome::Succeeded);
        const TestSupport::Content expected = restoredContent(clean);
        QVERIFY2(expected.error.isEmpty(), qPrintable(expected.error));

        // 503s, connections dropped before an answer and in the middle of one: batches are upserts by id, so
        // each is repeated until it lands; nothing is lost or doubled.
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.batchSize = 7;
        p.concurrency = concurrency;
        p.endpoint.maxRetries = 30;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        Emu::FaultConfig faults;
        faults.seed = 11;
        faults.rate503 = 0.2;
        faults.dropBeforeRate = 0.05;
        faults.dropMidBodyRate = 0.15;
        faults.batchOomRate = 0.1; // 500 "not enough memory": retried like a 503
        faults.spikeRate = 0.05; // stalls beyond the transfer timeout: the batch is sent again, and the late
        faults.spikeMs = 900; // copy that lands after its references is found and repaired at the end
        faults.pathPrefix = "/v1/batch/objects";
        target.emulator().setFaults(faults);
        RestorePlan faulty = plan;
        faulty.params.endpoint.transferTimeoutMs = 600;
        const RestoreReport report = RestoreTask::apply(faulty, nullptr);
        target.emulator().setFaults({});
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(report.failures.isEmpty(), report.failures.isEmpty() ? "" : qPrintable(report.failures[0].message));
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        QCOMPARE(report.objects, cleanReport.objects);
        QCOMPARE(report.references, cleanReport.references);
        const Emu::FaultStats stats = target.emulator().faultStats();
        QVERIFY(stats.injected503 > 0);
        QVERIFY(stats.droppedMidBody > 0);
        QVERIFY(stats.injectedOom > 0);
        QVERIFY(stats.spikes > 0);
        const QString diff = TestSupport::Content::difference(expected, restoredContent(target));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void testServerRestartMidRestoreGivesTheSameContent()
    {
        EmulatorFixture clean(config());
        OpError err;
        const RestoreReport cleanReport
            = RestoreTask::apply(RestoreTask::plan(params(clean, m_demo), nullptr, &err), nullptr);
        QCOMPARE(cleanReport.outcome, RestoreReport::Outcome::Succeeded);
        const TestSupport::Content expected = restoredContent(clean);

        // The server goes away for 400 ms once the first objects are in; batches are retried with backoff.
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.batchSize = 5;
        p.concurrency = 3;
        p.endpoint.maxRetries = 10;
        p.endpoint.retryBaseDelayMs = 100;
        p.endpoint.retryMaxDelayMs = 400;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.details));
        std::atomic<bool> restarted {false};
        std::thread restarter;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0 && !restarted.exchange(true))
                    restarter = std::thread([&target] { target.emulator().restart(400); });
            },
            nullptr);
        const RestoreReport report = RestoreTask::apply(plan, &sink);
        if (restarter.joinable())
            restarter.join();
        QVERIFY(restarted.load());
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.details));
        QVERIFY2(report.failures.isEmpty(), report.failures.isEmpty() ? "" : qPrintable(report.failures[0].message));
        QVERIFY2(report.countMismatches.isEmpty(), qPrintable(report.countMismatches.join(u'\n')));
        QCOMPARE(report.objects, cleanReport.objects);
        QCOMPARE(report.references, cleanReport.references);
        const QString diff = TestSupport::Content::difference(expected, restoredContent(target));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    void testCorruptArchiveIsRefusedBeforeAnyWrite_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::newRow("truncated") << u"truncate"_s;
        QTest::newRow("bytes flipped") << u"flip"_s;
    }

    void testCorruptArchiveIsRefusedBeforeAnyWrite()
    {
        QFETCH(QString, damage);
        QFile in(m_demo);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        if (damage == u"truncate") {
            bytes.truncate(bytes.size() * 2 / 3);
        } else {
            // In the middle of the object data, away from the manifest and schema at the start.
            for (qsizetype i = bytes.size() / 2; i < bytes.size() / 2 + 64; ++i)
                bytes[i] = char(bytes[i] ^ 0x5a);
        }
        const QString damaged = m_dir.filePath(u"damaged-%1.tar.zst"_s.arg(damage));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();

        EmulatorFixture target(config());
        OpError err;
        const RestorePlan plan = RestoreTask::plan(params(target, damaged), nullptr, &err);
        QVERIFY2(err.isError(), "a damaged archive was planned");
        QVERIFY2(err.code == OpError::Code::Format || err.code == OpError::Code::Io, qPrintable(err.details));
        QVERIFY(plan.collections.isEmpty());
        QCOMPARE(target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
    }

    void testDryRunWritesNothing()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Passage"_s};
        OpError err;
        RestoreTask::apply(RestoreTask::plan(p, nullptr, &err), nullptr);
        const QByteArray schemaBefore = target.get(u"/v1/schema"_s).body;
        const TestSupport::Content before = TestSupport::loadServer(target, {u"Passage"_s});
        for (RestoreMode mode : {RestoreMode::New, RestoreMode::Merge, RestoreMode::Overwrite, RestoreMode::Replace}) {
            RestoreParams all = params(target, m_demo, mode);
            const RestorePlan plan = RestoreTask::plan(all, nullptr, &err);
            QVERIFY2(!err, qPrintable(err.details));
        }
        QCOMPARE(target.get(u"/v1/schema"_s).body, schemaBefore);
        QCOMPARE(TestSupport::loadServer(target, {u"Passage"_s}).digest(), before.digest());
    }

    void testCancelIsAnOutcome()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.batchSize = 5;
        p.concurrency = 4; // fewer objects in flight than the demo holds, so a cancel leaves some unwritten
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        Emu::FaultConfig slow;
        slow.latencyMs = 30;
        slow.pathPrefix = "/v1/batch";
        target.emulator().setFaults(slow);
        bool cancel = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                if (progress.objectsDone > 0)
                    cancel = true;
            },
            [&] { return cancel; });
        const RestoreReport report = RestoreTask::apply(plan, &sink);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Canceled);
        QVERIFY(!report.error);
        QVERIFY(report.objects > 0);
        QVERIFY(report.objects < plan.totals.toWrite());
    }

    void testManagerPlanThenApply()
    {
        EmulatorFixture target(config());
        RestoreManager manager;
        QSignalSpy planReady(&manager, &RestoreManager::planReady);
        QSignalSpy finished(&manager, &RestoreManager::finished);
        QSignalSpy failed(&manager, &RestoreManager::failed);
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Author"_s};
        manager.startPlan(p);
        QTRY_COMPARE_WITH_TIMEOUT(planReady.size(), 1, 20000);
        const RestorePlan plan = manager.lastPlan();
        QCOMPARE(plan.totals.create, qint64(30));
        manager.start(plan);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(manager.lastReport().objects, qint64(30));
    }

    void testUnknownCollectionAndTenant()
    {
        EmulatorFixture target(config());
        RestoreParams p = params(target, m_demo);
        p.collections = {u"Nothing"_s};
        OpError err;
        RestoreTask::plan(p, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::NotFound);
        p.collections = {u"TenantNote"_s};
        p.tenants[u"TenantNote"_s] = {u"tenantD"_s}; // FROZEN at backup time: not in the archive
        err = {};
        RestoreTask::plan(p, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::NotFound);
        p.tenants[u"TenantNote"_s] = {u"tenantB"_s};
        err = {};
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(plan.totals.create, qint64(30));
    }
};

const QStringList TestRestoreTask::allCollections = {u"Article"_s, u"Author"_s, u"Passage"_s, u"TenantNote"_s};
const QMap<QString, QStringList> TestRestoreTask::archivedTenants
    = {{u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s, u"tenantC"_s, u"tenantE"_s}}};

QTEST_GUILESS_MAIN(TestRestoreTask)
#include "TestRestoreTask.moc"
