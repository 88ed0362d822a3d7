// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AliasClient.h"
#include "core/AliasRestore.h"
#include "core/ArchiveInspector.h"
#include "core/ArchiveManifest.h"
#include "core/BackupTask.h"
#include "core/CopyTask.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// Collection aliases through backup, restore and copy, against the emulator on loopback: the archive records the
// aliases of the chosen collections (and says so when the server has none); restore and copy recreate them (keep),
// leave them (skip), refuse to move one that points elsewhere unless asked (move), point them at renamed
// collections, and a side-by-side restore switches an alias in one request and can be switched back.
class TestAliases : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig version(const char* v)
    {
        Emu::EngineConfig c;
        c.version = v;
        return c;
    }
    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.grpcUrl = f.grpcUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }
    // A collection without vectors and `objects` objects with fixed ids.
    static void addCollection(EmulatorFixture& f, const QString& name, int objects)
    {
        const QByteArray cls = QJsonDocument(
            QJsonObject {{u"class"_s, name}, {u"vectorizer"_s, u"none"_s},
                {u"properties"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"title"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}}}}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(f.post(u"/v1/schema"_s, cls).status, 200);
        QJsonArray batch;
        for (int i = 0; i < objects; ++i)
            batch.append(QJsonObject {{u"class"_s, name},
                {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i + 1, 12, 10, QChar(u'0'))},
                {u"properties"_s, QJsonObject {{u"title"_s, u"%1 %2"_s.arg(name).arg(i)}}}});
        if (objects > 0)
            QCOMPARE(f.post(u"/v1/batch/objects"_s,
                          QJsonDocument(QJsonObject {{u"objects"_s, batch}}).toJson(QJsonDocument::Compact))
                         .status,
                200);
    }
    static void addAlias(EmulatorFixture& f, const QString& alias, const QString& cls)
    {
        QCOMPARE(
            f.post(u"/v1/aliases"_s,
                 QJsonDocument(QJsonObject {{u"alias"_s, alias}, {u"class"_s, cls}}).toJson(QJsonDocument::Compact))
                .status,
            200);
    }
    // "Alias->Class" of every alias on the server, sorted.
    static QStringList aliasesOn(EmulatorFixture& f)
    {
        QStringList out;
        for (const QJsonValue& a : f.get(u"/v1/aliases"_s).json().object().value(u"aliases"_s).toArray())
            out << a[u"alias"_s].toString() + u"->"_s + a[u"class"_s].toString();
        out.sort();
        return out;
    }
    static QStringList names(const AliasRecord& r)
    {
        QStringList out;
        for (const CollectionAlias& a : r.aliases)
            out << a.alias + u"->"_s + a.collection;
        return out;
    }
    static QString backup(EmulatorFixture& f, const QString& dir, const QStringList& collections)
    {
        BackupParams p;
        p.endpoint = endpoint(f);
        p.collections = collections;
        p.destination = dir + u"/aliases.tar.zst"_s;
        OpError error;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &error);
        if (error)
            qFatal("backup plan: %s", qPrintable(error.message));
        const BackupReport report = BackupTask::apply(plan, nullptr);
        if (report.outcome != BackupReport::Outcome::Succeeded)
            qFatal("backup: %s", qPrintable(report.error.message));
        return p.destination;
    }
    static AliasRecord archived(const QString& path)
    {
        ArchiveInspection inspection;
        if (const OpError e = ArchiveInspector::inspect(path, &inspection))
            qFatal("inspect: %s", qPrintable(e.message));
        return inspection.manifest.aliases;
    }
    // The source server of most tests: Movies_v1 (3 objects) with aliases Movies and Films, Books (2) with Reading.
    static void seed(EmulatorFixture& f)
    {
        addCollection(f, u"Movies_v1"_s, 3);
        addCollection(f, u"Books"_s, 2);
        addAlias(f, u"Movies"_s, u"Movies_v1"_s);
        addAlias(f, u"Films"_s, u"Movies_v1"_s);
        addAlias(f, u"Reading"_s, u"Books"_s);
    }

    struct Restored
    {
        RestorePlan plan;
        OpError error;
        RestoreReport report;
    };
    static RestoreParams restoreParams(EmulatorFixture& target, const QString& archive)
    {
        RestoreParams p;
        p.endpoint = endpoint(target);
        p.archivePath = archive;
        return p;
    }
    // Plans, and applies unless the plan failed or is blocked.
    static Restored restore(const RestoreParams& p)
    {
        Restored r;
        r.plan = RestoreTask::plan(p, nullptr, &r.error);
        if (!r.error && !r.plan.isBlocked())
            r.report = RestoreTask::apply(r.plan, nullptr);
        return r;
    }
    static QStringList planned(const RestorePlan& plan)
    {
        static const char* const actions[] = {"create", "unchanged", "move", "blocked"};
        QStringList out;
        for (const RestoreAliasPlan& a : plan.aliases)
            out << u"%1->%2 %3%4"_s.arg(a.alias, a.collection, QLatin1StringView(actions[int(a.action)]),
                a.action < RestoreAliasPlan::Action::Move ? QString() : u" from "_s + a.current);
        return out;
    }
    // A backup of Movies_v1 (aliases Movies, Films) from a fresh source.
    static QString moviesArchive(const QString& dir)
    {
        EmulatorFixture source;
        seed(source);
        return backup(source, dir, {u"Movies_v1"_s});
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testBackupRecordsTheAliasesOfTheChosenCollections()
    {
        EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        // Named by an alias: the collection it points at is backed up.
        const QString path = backup(f, dir.path(), {u"movies"_s});
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(path, &inspection));
        QCOMPARE(inspection.manifest.minorVersion, 2);
        QCOMPARE(inspection.collections.size(), 1);
        QCOMPARE(inspection.collections[0].name, u"Movies_v1"_s);
        QCOMPARE(inspection.manifest.aliases.state, AliasRecord::State::Recorded);
        QCOMPARE(names(inspection.manifest.aliases), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s}));
        const QJsonObject options = inspection.manifest.options;
        QCOMPARE(options.value(u"aliases"_s).toObject(),
            (QJsonObject {{u"supported"_s, true},
                {u"list"_s,
                    QJsonArray {QJsonObject {{u"alias"_s, u"Films"_s}, {u"class"_s, u"Movies_v1"_s}},
                        QJsonObject {{u"alias"_s, u"Movies"_s}, {u"class"_s, u"Movies_v1"_s}}}}}));
    }

    void testBackupWithoutAliasesRecordsNone()
    {
        EmulatorFixture f;
        addCollection(f, u"Plain"_s, 1);
        QTemporaryDir dir;
        const AliasRecord r = archived(backup(f, dir.path(), {}));
        QCOMPARE(r.state, AliasRecord::State::Recorded);
        QVERIFY(r.aliases.isEmpty());
    }

    void testOlderServerIsRecordedAsUnsupported()
    {
        EmulatorFixture f(version("1.31.4"));
        addCollection(f, u"Plain"_s, 1);
        QTemporaryDir dir;
        const QString path = backup(f, dir.path(), {});
        QCOMPARE(archived(path).state, AliasRecord::State::Unsupported);
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(path, &inspection));
        QCOMPARE(inspection.manifest.options.value(u"aliases"_s).toObject(), (QJsonObject {{u"supported"_s, false}}));
    }

    void testManifestAliases()
    {
        ArchiveManifest m;
        m.toolVersion = u"1"_s;
        m.createdAt = QDateTime::currentDateTimeUtc();
        m.sourceUrl = QUrl(u"http://localhost:8080"_s);
        m.collections = {{u"Movies_v1"_s, false}};
        ArchiveManifest back;
        // Written before aliases were recorded: not "none".
        QVERIFY(!ArchiveManifest::fromJson(m.toJson(), &back));
        QCOMPARE(back.aliases.state, AliasRecord::State::NotRecorded);
        QVERIFY(!QJsonDocument::fromJson(m.toJson()).object()[u"options"_s].toObject().contains(u"aliases"_s));

        m.aliases.state = AliasRecord::State::Recorded;
        m.aliases.aliases = {{u"Movies"_s, u"Movies_v1"_s}};
        QVERIFY(!ArchiveManifest::fromJson(m.toJson(), &back));
        QCOMPARE(back.aliases.aliases, m.aliases.aliases);

        // An alias of a collection the archive does not hold is refused, not restored.
        m.aliases.aliases = {{u"Movies"_s, u"Elsewhere"_s}};
        const OpError e = ArchiveManifest::fromJson(m.toJson(), &back);
        QCOMPARE(e.code, OpError::Code::Format);
        QVERIFY2(e.details.contains(u"alias \"Movies\" is not a valid name for a collection of the archive"_s),
            qPrintable(e.details));
    }

    void testRestoreKeepsAliases()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target;
        const Restored r = restore(restoreParams(target, archive));
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.plan.archivedAliases, AliasRecord::State::Recorded);
        QCOMPARE(planned(r.plan), (QStringList {u"Films->Movies_v1 create"_s, u"Movies->Movies_v1 create"_s}));
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(r.report.aliases.size(), 2);
        QCOMPARE(aliasesOn(target), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s}));
        QCOMPARE(target.objectCount(u"Movies_v1"_s), qint64(3));

        // Again, merging: nothing to do for the aliases.
        RestoreParams again = restoreParams(target, archive);
        again.mode = RestoreMode::Merge;
        const Restored second = restore(again);
        QCOMPARE(
            planned(second.plan), (QStringList {u"Films->Movies_v1 unchanged"_s, u"Movies->Movies_v1 unchanged"_s}));
        QCOMPARE(second.report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY(second.report.aliases.isEmpty());
    }

    void testRestoreSkipLeavesAliasesAlone()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target;
        RestoreParams p = restoreParams(target, archive);
        p.aliases = RestoreAliases::Skip;
        const Restored r = restore(p);
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);
        QVERIFY(r.plan.aliases.isEmpty());
        QCOMPARE(aliasesOn(target), QStringList());
        QCOMPARE(target.objectCount(u"Movies_v1"_s), qint64(3));
    }

    void testAliasPointingElsewhereBlocksUnlessMoved()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target;
        addCollection(target, u"Other"_s, 1);
        addAlias(target, u"movies"_s, u"Other"_s);
        const Restored blocked = restore(restoreParams(target, archive));
        QVERIFY(!blocked.error);
        QVERIFY(blocked.plan.isBlocked());
        QCOMPARE(planned(blocked.plan),
            (QStringList {u"Films->Movies_v1 create"_s, u"Movies->Movies_v1 blocked from Other"_s}));
        QCOMPARE(blocked.plan.problems,
            QStringList {u"Alias \"Movies\" exists on the target and points at \"Other\", not at \"Movies_v1\". "
                         "--move-aliases points it at \"Movies_v1\"; --aliases skip leaves it alone."_s});
        QVERIFY(target.get(u"/v1/schema/Movies_v1"_s).status == 404); // nothing written

        RestoreParams move = restoreParams(target, archive);
        move.moveAliases = true;
        const Restored moved = restore(move);
        QCOMPARE(
            planned(moved.plan), (QStringList {u"Films->Movies_v1 create"_s, u"Movies->Movies_v1 move from Other"_s}));
        QCOMPARE(moved.report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(aliasesOn(target), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s}));
        QCOMPARE(target.objectCount(u"Other"_s), qint64(1));
    }

    void testRenamedCollectionGetsItsAliases()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target;
        RestoreParams p = restoreParams(target, archive);
        p.rename.insert(u"Movies_v1"_s, u"Movies_v2"_s);
        const Restored r = restore(p);
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(aliasesOn(target), (QStringList {u"Films->Movies_v2"_s, u"Movies->Movies_v2"_s}));
        QCOMPARE(target.objectCount(u"Movies_v2"_s), qint64(3));
        QCOMPARE(target.get(u"/v1/schema/Movies_v1"_s).status, 404);
    }

    void testTargetNameThatIsAnAliasMeansItsCollection()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target;
        addCollection(target, u"Movies_v9"_s, 0);
        addAlias(target, u"Movies_v1"_s, u"Movies_v9"_s);
        RestoreParams p = restoreParams(target, archive);
        p.mode = RestoreMode::Merge;
        p.aliases = RestoreAliases::Skip;
        const Restored r = restore(p);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.plan.collections.size(), 1);
        QCOMPARE(r.plan.collections[0].target, u"Movies_v9"_s);
        QVERIFY(r.plan.warnings.contains(u"\"Movies_v1\" is an alias on the target: the restore writes into "
                                         "\"Movies_v9\", the collection it points at."_s));
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(target.objectCount(u"Movies_v9"_s), qint64(3));
    }

    void testCopyCreatesTheSourceAliases()
    {
        EmulatorFixture source;
        seed(source);
        EmulatorFixture target;
        CopyParams p;
        p.endpoint = endpoint(source);
        p.target.endpoint = endpoint(target);
        p.target.collections = {u"Books"_s};
        p.target.rename.insert(u"Books"_s, u"Library"_s);
        OpError error;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(planned(plan), QStringList {u"Reading->Library create"_s});
        const RestoreReport report = CopyTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(aliasesOn(target), QStringList {u"Reading->Library"_s});
        QCOMPARE(target.objectCount(u"Library"_s), qint64(2));
    }

    void testCollectionsNamedByTheirAliases()
    {
        EmulatorFixture source;
        seed(source);
        EmulatorFixture target;
        CopyParams p;
        p.endpoint = endpoint(source);
        p.target.endpoint = endpoint(target);
        p.target.collections = {u"films"_s};
        OpError error;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(plan.collections.size(), 1);
        QCOMPARE(plan.collections[0].source, u"Movies_v1"_s);
        QCOMPARE(plan.collections[0].target, u"Movies_v1"_s);

        QTemporaryDir dir;
        const QString archive = backup(source, dir.path(), {});
        RestoreParams r = restoreParams(target, archive);
        r.collections = {u"Reading"_s};
        const Restored restored = restore(r);
        QVERIFY2(!restored.error, qPrintable(restored.error.message));
        QCOMPARE(restored.plan.collections.size(), 1);
        QCOMPARE(restored.plan.collections[0].target, u"Books"_s);
        QCOMPARE(aliasesOn(target), QStringList {u"Reading->Books"_s});
    }

    void testSideBySideRestoreSwitchesTheAliasAndBack()
    {
        EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        const QString archive = backup(f, dir.path(), {u"Movies_v1"_s});
        RestoreParams p = restoreParams(f, archive);
        p.asNew = true;
        p.swapAlias = u"movies"_s;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const Restored r = restore(p);
        QVERIFY2(!r.error, qPrintable(r.error.message));
        QCOMPARE(r.plan.collections.size(), 1);
        const QString created = r.plan.collections[0].target;
        QVERIFY2(created.startsWith(u"Movies_v1_"_s) && created.size() == 10 + 14, qPrintable(created));
        const QDateTime stamp = QDateTime::fromString(created.mid(10), u"yyyyMMddHHmmss"_s);
        QVERIFY(qAbs(stamp.secsTo(before.toLocalTime())) < 120 || qAbs(stamp.secsTo(before)) < 120);
        // The archive's own aliases are not recreated: only the switch.
        QCOMPARE(planned(r.plan), QStringList {u"Movies->%1 move from Movies_v1"_s.arg(created)});
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(r.report.aliases.size(), 1);
        QCOMPARE(f.objectCount(created), qint64(3));
        QCOMPARE(f.objectCount(u"Movies_v1"_s), qint64(3));
        QCOMPARE(
            aliasesOn(f), (QStringList {u"Films->Movies_v1"_s, u"Movies->%1"_s.arg(created), u"Reading->Books"_s}));

        // Rollback: one request puts the alias back.
        WeaviateClient client(endpoint(f));
        OpError error;
        AliasClient aliases(client, client.serverInfo(&error));
        QVERIFY(!aliases.update(u"Movies"_s, u"Movies_v1"_s));
        QCOMPARE(aliasesOn(f), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s, u"Reading->Books"_s}));
    }

    void testSideBySideSwitchSaysWhichTenantsClientsLose()
    {
        EmulatorFixture f;
        const auto addTenants = [&f](const QStringList& names) {
            QJsonArray tenants;
            for (const QString& t : names)
                tenants.append(QJsonObject {{u"name"_s, t}});
            QCOMPARE(
                f.post(u"/v1/schema/Notes_v1/tenants"_s, QJsonDocument(tenants).toJson(QJsonDocument::Compact)).status,
                200);
        };
        const QByteArray cls = QJsonDocument(QJsonObject {{u"class"_s, u"Notes_v1"_s}, {u"vectorizer"_s, u"none"_s},
                                                 {u"multiTenancyConfig"_s, QJsonObject {{u"enabled"_s, true}}}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(f.post(u"/v1/schema"_s, cls).status, 200);
        addTenants({u"tenantA"_s, u"tenantB"_s});
        addAlias(f, u"Notes"_s, u"Notes_v1"_s);
        QTemporaryDir dir;
        const QString archive = backup(f, dir.path(), {u"Notes_v1"_s});
        addTenants({u"tenantC"_s, u"tenantD"_s}); // after the backup: not in the archive

        RestoreParams p = restoreParams(f, archive);
        p.asNew = true;
        p.rename.insert(u"Notes_v1"_s, u"Notes_v2"_s);
        p.swapAlias = u"Notes"_s;
        OpError error;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QVERIFY(!plan.isBlocked());
        const QString expected = u"After the switch, clients that read through alias \"Notes\" no longer reach 2 "
                                 "tenants of \"Notes_v1\" that \"Notes_v2\" will not have: %1."_s.arg(
                                     QLocale().createSeparatedList({u"tenantC"_s, u"tenantD"_s}));
        QVERIFY2(plan.warnings.contains(expected), qPrintable(plan.warnings.join(u'\n')));

        // Every tenant there: nothing to say.
        p.rename.insert(u"Notes_v1"_s, u"Notes_v3"_s);
        f.del(u"/v1/schema/Notes_v1/tenants"_s,
            QJsonDocument(QJsonArray {u"tenantC"_s, u"tenantD"_s}).toJson(QJsonDocument::Compact));
        const RestorePlan complete = RestoreTask::plan(p, nullptr, &error);
        QVERIFY2(!error, qPrintable(error.message));
        for (const QString& w : complete.warnings)
            QVERIFY2(!w.startsWith(u"After the switch"_s), qPrintable(w));
    }

    void testSideBySideRefusesAClassAsTheAlias()
    {
        EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        const QString archive = backup(f, dir.path(), {u"Movies_v1"_s});
        RestoreParams p = restoreParams(f, archive);
        p.asNew = true;
        p.rename.insert(u"Movies_v1"_s, u"Movies_v2"_s);
        p.swapAlias = u"Books"_s;
        const Restored r = restore(p);
        QVERIFY(r.plan.isBlocked());
        QCOMPARE(r.plan.problems,
            QStringList {u"\"Books\" is a collection on the target, not an alias, so --swap-alias cannot switch it. "
                         "Give an alias name: clients that read through an alias can be switched, clients that use "
                         "the collection's own name cannot."_s});
        QCOMPARE(f.get(u"/v1/schema/Movies_v2"_s).status, 404);
    }

    void testSwapWaitsForACompleteRestore()
    {
        EmulatorFixture f;
        seed(f);
        addCollection(f, u"Movies_v2"_s, 0);
        RestorePlan plan;
        plan.params.endpoint = endpoint(f);
        OpError error;
        WeaviateClient client(endpoint(f));
        plan.server = client.serverInfo(&error);
        plan.aliases = {{u"Movies"_s, u"Movies_v2"_s, u"Movies_v1"_s, RestoreAliasPlan::Action::Move, true}};
        OperationContext ctx(plan.params.endpoint, nullptr);
        RestoreReport report;
        report.failureCount = 1; // an object the server refused
        QVERIFY(AliasRestore::apply(plan, ctx, &report));
        QCOMPARE(ctx.warnings(),
            QStringList {u"Alias \"Movies\" was not switched to \"Movies_v2\": the restore is incomplete. It still "
                         "points where it did."_s});
        QVERIFY(report.aliases.isEmpty());
        QVERIFY(aliasesOn(f).contains(u"Movies->Movies_v1"_s));

        report.failureCount = 0;
        QVERIFY(AliasRestore::apply(plan, ctx, &report));
        QCOMPARE(report.aliases.size(), 1);
        QVERIFY(aliasesOn(f).contains(u"Movies->Movies_v2"_s));
    }

    void testSideBySideUsageErrors()
    {
        EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        const QString archive = backup(f, dir.path(), {});
        RestoreParams p = restoreParams(f, archive);
        p.asNew = true;
        Restored r = restore(p);
        QCOMPARE(r.error.code, OpError::Code::Usage);
        QCOMPARE(r.error.message, u"A side-by-side restore (--as-new) restores one collection; 2 were chosen."_s);
        p.collections = {u"Books"_s};
        p.mode = RestoreMode::Merge;
        r = restore(p);
        QCOMPARE(
            r.error.message, u"A side-by-side restore (--as-new) creates a new collection, so it takes no --mode."_s);
        RestoreParams swap = restoreParams(f, archive);
        swap.swapAlias = u"Reading"_s;
        r = restore(swap);
        QCOMPARE(r.error.message, u"An alias is switched only by a side-by-side restore (--as-new)."_s);
        QCOMPARE(aliasesOn(f), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s, u"Reading->Books"_s}));
    }

    void testOlderTargetCannotTakeAliases()
    {
        QTemporaryDir dir;
        const QString archive = moviesArchive(dir.path());
        EmulatorFixture target(version("1.31.4"));
        const Restored r = restore(restoreParams(target, archive));
        QVERIFY(!r.error);
        QVERIFY(r.plan.aliases.isEmpty());
        QVERIFY(r.plan.warnings.contains(u"2 aliases cannot be restored: Weaviate 1.31.4 has no collection "
                                         "aliases (they arrived in 1.32). --aliases skip restores without them."_s));
        QCOMPARE(r.report.outcome, RestoreReport::Outcome::Succeeded);

        EmulatorFixture quiet(version("1.31.4"));
        RestoreParams skip = restoreParams(quiet, archive);
        skip.aliases = RestoreAliases::Skip;
        const Restored s = restore(skip);
        for (const QString& w : s.plan.warnings)
            QVERIFY2(!w.contains(u"alias"_s), qPrintable(w));
    }
};

QTEST_GUILESS_MAIN(TestAliases)
#include "TestAliases.moc"
