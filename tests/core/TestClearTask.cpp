// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearTask.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// ClearTask against the emulator on loopback: every method leaves what it promises (0 objects with schema and
// tenants kept, the collection gone, the collection created again with its tenant statuses), the batch-delete loop
// goes past the server's per-call cap, a tenant-only clear leaves the other tenants alone, the dry run changes
// nothing, nothing is deleted without confirmation or when the backup fails, a call that deletes nothing stops
// the clear, and the printed undo command restores the exact content.
class TestClearTask : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config(int64_t maxResults = 10000)
    {
        Emu::EngineConfig c;
        c.offloadModule = true; // the demo data has a FROZEN tenant
        c.maxResults = maxResults;
        return c;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.maxRetries = 1;
        e.transferTimeoutMs = 10000;
        return e;
    }

    static void seed(
        EmulatorFixture& f, int objects, const std::vector<std::string>& collections, bool frozenTenant = true)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 8;
        o.batchSize = 100;
        o.collections = collections;
        o.frozenTenant = frozenTenant;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    ClearParams params(
        EmulatorFixture& f, const QStringList& collections, ClearMethod method = ClearMethod::DeleteObjects)
    {
        ClearParams p;
        p.endpoint = endpoint(f);
        p.collections = collections;
        p.method = method;
        p.backupPath = m_dir.filePath(u"before-clear-%1.tar.zst"_s.arg(++m_archives));
        p.backupPageSize = 100;
        p.confirmed = collections;
        return p;
    }

    static qint64 count(EmulatorFixture& f, const QString& cls, const QString& tenant = {})
    {
        WeaviateClient client(endpoint(f));
        OpError err;
        const qint64 n = client.objectCount(cls, tenant, &err);
        return err ? -2 : n;
    }

    static QMap<QString, QString> statuses(EmulatorFixture& f, const QString& cls)
    {
        QMap<QString, QString> out;
        for (const QJsonValue& t : f.get(u"/v1/schema/"_s + cls + u"/tenants"_s).json().array())
            out.insert(t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
        return out;
    }

    static void setStatus(EmulatorFixture& f, const QString& cls, const QString& tenant, const QString& status)
    {
        const QByteArray body = u"[{\"name\":\"%1\",\"activityStatus\":\"%2\"}]"_s.arg(tenant, status).toUtf8();
        QCOMPARE(f.put(u"/v1/schema/"_s + cls + u"/tenants"_s, body).status, 200);
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

    // Runs the restore the report's undo command names, with the mode it prints.
    static RestoreReport undo(EmulatorFixture& f, const ClearReport& report)
    {
        const QRegularExpression modeRe(u"--mode (\\w+)"_s);
        const auto mode = RestoreTask::modeFromName(modeRe.match(report.undoCommand).captured(1));
        if (!mode || !report.undoCommand.contains(report.backupPath))
            qFatal("bad undo command: %s", qPrintable(report.undoCommand));
        RestoreParams p;
        p.endpoint = endpoint(f);
        p.archivePath = report.backupPath;
        p.mode = *mode;
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        if (err || plan.isBlocked())
            qFatal("undo plan: %s %s", qPrintable(err.details), qPrintable(plan.problems.join(u'\n')));
        return RestoreTask::apply(plan, nullptr);
    }

    QTemporaryDir m_dir;
    int m_archives = 0;

private Q_SLOTS:
    void initTestCase()
    {
        // A data folder of this test's own, not the test mode's shared ~/.qttest: the clear wizard creates the
        // default backups folder there, and testDryRunChangesNothing checks that a plan does not.
        QVERIFY(m_dir.isValid());
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(u"data"_s)));
        QStandardPaths::setTestModeEnabled(false);
        QVERIFY(ClearTask::defaultBackupFolder().startsWith(m_dir.path()));
        Translations::install(QLocale(QLocale::English));
    }

    void testDeleteObjectsLoopsPastTheCapAndKeepsSchema()
    {
        // 350 objects per shard and a server that deletes at most 100 per call: only the loop empties them.
        EmulatorFixture f(config(100));
        seed(f, 350, {"Article", "TenantNote"});
        const QByteArray schemaBefore = f.get(u"/v1/schema/Article"_s).body;

        OpError err;
        const ClearPlan plan = ClearTask::plan(params(f, {u"Article"_s, u"TenantNote"_s}), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message + err.details));
        QVERIFY(!plan.isBlocked());
        QVERIFY(plan.backup);
        QCOMPARE(plan.collections.size(), 2);
        QCOMPARE(plan.collections[0].objects, qint64(350));
        QCOMPARE(plan.totalObjects, qint64(3 * 350)); // Article, tenantA, tenantB; tenantC is COLD, tenantE empty
        QVERIFY(plan.totalIsEstimate);
        QCOMPARE(plan.undoMode, RestoreMode::Merge);
        QCOMPARE(plan.needsConfirmation, (QStringList {u"Article"_s, u"TenantNote"_s}));

        const ClearReport report = ClearTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY(QFileInfo(report.backupPath).isFile());
        QCOMPARE(report.backupObjects, qint64(4 * 350));
        QCOMPARE(report.deleted, qint64(4 * 350)); // tenantC activated, cleared and put back
        QVERIFY(report.undoCommand.contains(u"--mode merge"_s));
        QVERIFY(report.isPartial()); // tenantD is FROZEN: left alone and reported

        QCOMPARE(count(f, u"Article"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantB"_s), qint64(0));
        QCOMPARE(f.get(u"/v1/schema/Article"_s).body, schemaBefore);
        const QMap<QString, QString> after = statuses(f, u"TenantNote"_s);
        QCOMPARE(after.size(), 5);
        QCOMPARE(after.value(u"tenantC"_s), u"COLD"_s);
        QCOMPARE(after.value(u"tenantD"_s), u"FROZEN"_s);
        setStatus(f, u"TenantNote"_s, u"tenantC"_s, u"HOT"_s);
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantC"_s), qint64(0));
        for (const ClearItemReport& i : report.items) {
            if (i.tenant == u"tenantD") {
                QVERIFY(i.skipped);
                continue;
            }
            QCOMPARE(i.remaining, qint64(0));
        }
    }

    void testUndoRestoresExactContent()
    {
        EmulatorFixture f(config());
        seed(f, 40, {});
        const QStringList collections {u"Article"_s, u"TenantNote"_s};
        const QMap<QString, QStringList> tenants {{u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s, u"tenantE"_s}}};
        const TestSupport::Content before = TestSupport::loadServer(f, collections, tenants);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));
        QCOMPARE(before.objectCount(), qint64(3 * 40));

        OpError err;
        const ClearPlan plan = ClearTask::plan(params(f, collections), nullptr, &err);
        QVERIFY(!err);
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QCOMPARE(count(f, u"Article"_s), qint64(0));

        const RestoreReport restored = undo(f, report);
        QCOMPARE(restored.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(restored.failureCount, qint64(0));
        QVERIFY2(restored.countMismatches.isEmpty(), qPrintable(restored.countMismatches.join(u'\n')));
        const TestSupport::Content after = TestSupport::loadServer(f, collections, tenants);
        const QString diff = TestSupport::Content::difference(withoutTimes(before), withoutTimes(after));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(statuses(f, u"TenantNote"_s).value(u"tenantC"_s), u"COLD"_s);
        setStatus(f, u"TenantNote"_s, u"tenantC"_s, u"HOT"_s);
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantC"_s), qint64(40));
    }

    void testDropAndUndoInModeNew()
    {
        EmulatorFixture f(config());
        seed(f, 25, {}, false);
        const QStringList collections {u"Passage"_s, u"TenantNote"_s};
        const QMap<QString, QStringList> tenants {{u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s}}};
        const TestSupport::Content before = TestSupport::loadServer(f, collections, tenants);
        QVERIFY2(before.error.isEmpty(), qPrintable(before.error));

        OpError err;
        const ClearPlan plan = ClearTask::plan(params(f, collections, ClearMethod::Drop), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QCOMPARE(plan.undoMode, RestoreMode::New);
        QVERIFY(!plan.notes.isEmpty());
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY(!report.isPartial());
        QCOMPARE(f.get(u"/v1/schema/Passage"_s).status, 404);
        QCOMPARE(f.get(u"/v1/schema/TenantNote"_s).status, 404);
        QCOMPARE(f.get(u"/v1/schema/Article"_s).status, 200);
        QVERIFY(report.undoCommand.contains(u"--mode new"_s));

        const RestoreReport restored = undo(f, report);
        QCOMPARE(restored.outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(restored.failureCount, qint64(0));
        const TestSupport::Content after = TestSupport::loadServer(f, collections, tenants);
        const QString diff = TestSupport::Content::difference(withoutTimes(before), withoutTimes(after));
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        QCOMPARE(statuses(f, u"TenantNote"_s).value(u"tenantC"_s), u"COLD"_s);
    }

    void testRecreateKeepsSchemaAndTenantStatuses()
    {
        EmulatorFixture f(config());
        seed(f, 25, {"Article", "TenantNote"}, false);
        const QJsonArray propsBefore
            = f.get(u"/v1/schema/TenantNote"_s).json().object().value(u"properties"_s).toArray();
        const QMap<QString, QString> statusBefore = statuses(f, u"TenantNote"_s);

        OpError err;
        const ClearPlan plan
            = ClearTask::plan(params(f, {u"Article"_s, u"TenantNote"_s}, ClearMethod::Recreate), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(!plan.isBlocked());
        QCOMPARE(plan.undoMode, RestoreMode::Merge);
        QVERIFY(plan.notes.join(u' ').contains(u"indexes"_s));
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY2(!report.isPartial(), qPrintable(report.warnings.join(u'\n')));

        QCOMPARE(count(f, u"Article"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(0));
        QCOMPARE(f.get(u"/v1/schema/TenantNote"_s).json().object().value(u"properties"_s).toArray(), propsBefore);
        QCOMPARE(statuses(f, u"TenantNote"_s), statusBefore);

        // A FROZEN tenant cannot be backed up first: re-creating its collection is blocked.
        EmulatorFixture frozen(config());
        seed(frozen, 5, {"TenantNote"});
        const ClearPlan blocked
            = ClearTask::plan(params(frozen, {u"TenantNote"_s}, ClearMethod::Recreate), nullptr, &err);
        QVERIFY(!err);
        QVERIFY(blocked.isBlocked());
        QCOMPARE(ClearTask::apply(blocked, nullptr).outcome, ClearReport::Outcome::Failed);
        QCOMPARE(count(frozen, u"TenantNote"_s, u"tenantA"_s), qint64(5));
    }

    void testTenantOnlyClearLeavesOtherTenants()
    {
        EmulatorFixture f(config());
        seed(f, 20, {"TenantNote"});
        ClearParams p = params(f, {u"TenantNote"_s});
        p.tenants.insert(u"TenantNote"_s, {u"tenantA"_s});
        OpError err;
        const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QCOMPARE(plan.collections[0].tenants.size(), 1);
        QCOMPARE(plan.totalObjects, qint64(20));
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY(!report.isPartial());
        QCOMPARE(report.deleted, qint64(20));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantB"_s), qint64(20));
        QCOMPARE(statuses(f, u"TenantNote"_s).size(), 5);
        // The backup holds exactly the cleared tenant.
        const TestSupport::Content archived = TestSupport::loadArchive(report.backupPath);
        QCOMPARE(archived.shards.keys(), QStringList {u"TenantNote/tenantA"_s});

        // Dropping one tenant: the collection and the others stay; undone in merge mode.
        ClearParams d = params(f, {u"TenantNote"_s}, ClearMethod::Drop);
        d.tenants.insert(u"TenantNote"_s, {u"tenantB"_s});
        const ClearPlan dropPlan = ClearTask::plan(d, nullptr, &err);
        QVERIFY(!err);
        QCOMPARE(dropPlan.undoMode, RestoreMode::Merge);
        const ClearReport dropped = ClearTask::apply(dropPlan, nullptr);
        QVERIFY2(dropped.outcome == ClearReport::Outcome::Succeeded, qPrintable(dropped.error.message));
        QVERIFY(!statuses(f, u"TenantNote"_s).contains(u"tenantB"_s));
        QCOMPARE(statuses(f, u"TenantNote"_s).size(), 4);
        QCOMPARE(undo(f, dropped).outcome, RestoreReport::Outcome::Succeeded);
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantB"_s), qint64(20));
    }

    // Clearing a collection that another one refers to leaves those references dangling: the plan names them.
    void testPlanNamesReferencesIntoClearedCollections()
    {
        EmulatorFixture f;
        seed(f, 5, {"Article", "Author"}, false);
        auto references = [](const ClearPlan& plan) {
            QStringList out;
            for (const ClearIncomingReference& r : plan.incomingReferences)
                out << r.collection + u'.' + r.property + u"->"_s + r.target;
            return out;
        };
        OpError err;
        const ClearPlan article = ClearTask::plan(params(f, {u"Article"_s}), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        // Article.related points into Article itself: cleared with it, it dangles nowhere.
        QCOMPARE(references(article), QStringList {u"Author.articles->Article"_s});
        QVERIFY2(article.warnings.join(u'\n').contains(u"\"Author\" refers to \"Article\" through its property "
                                                       "\"articles\""_s),
            qPrintable(article.warnings.join(u'\n')));
        QVERIFY(!article.isBlocked());

        const ClearPlan author = ClearTask::plan(params(f, {u"Author"_s}), nullptr, &err);
        QCOMPARE(references(author), QStringList {u"Article.writtenBy->Author"_s});
        const ClearPlan both = ClearTask::plan(params(f, {u"Article"_s, u"Author"_s}), nullptr, &err);
        QVERIFY(references(both).isEmpty());
        // TenantNote.seeAlso points into TenantNote, within each tenant: a tenant-only clear leaves none dangling.
        seed(f, 3, {"TenantNote"}, false);
        ClearParams tenantOnly = params(f, {u"TenantNote"_s});
        tenantOnly.tenants.insert(u"TenantNote"_s, {u"tenantA"_s});
        const ClearPlan notes = ClearTask::plan(tenantOnly, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(references(notes).isEmpty());
    }

    // The default backup folder is the same for the app and the CLI and is made readable by its owner only.
    void testDefaultBackupFolderIsOneOwnerOnlyFolder()
    {
        const QString folder = ClearTask::defaultBackupFolder();
        QVERIFY(folder.endsWith(u"/Colvault/backups"_s));
        const QString before = folder;
        const QString application = QCoreApplication::applicationName();
        QCoreApplication::setApplicationName(u"colvault-cli"_s);
        QCOMPARE(ClearTask::defaultBackupFolder(), before);
        QCoreApplication::setApplicationName(application);
        const QString made = m_dir.filePath(u"a/b/backups"_s);
        QVERIFY(ClearTask::createBackupFolder(made));
        QVERIFY(QFileInfo(made).isDir());
        QVERIFY(ClearTask::createBackupFolder(made)); // already there
#if defined(Q_OS_UNIX)
        QCOMPARE(QFileInfo(made).permissions() & ~(QFile::ReadUser | QFile::WriteUser | QFile::ExeUser),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
#endif
    }

    void testDryRunChangesNothing()
    {
        EmulatorFixture f(config());
        seed(f, 15, {"Article", "TenantNote"});
        const QByteArray schema = f.get(u"/v1/schema"_s).body;
        for (ClearMethod m : {ClearMethod::DeleteObjects, ClearMethod::Drop, ClearMethod::Recreate}) {
            ClearParams p = params(f, {u"Article"_s, u"TenantNote"_s}, m);
            p.backupPath.clear(); // the default folder, created only by apply()
            OpError err;
            const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
            QVERIFY2(!err, qPrintable(err.message));
            QVERIFY(plan.backupPath.startsWith(ClearTask::defaultBackupFolder()));
            QVERIFY(!QFileInfo::exists(plan.backupPath));
        }
        QVERIFY(!QFileInfo::exists(ClearTask::defaultBackupFolder()));
        QCOMPARE(f.get(u"/v1/schema"_s).body, schema);
        QCOMPARE(count(f, u"Article"_s), qint64(15));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantB"_s), qint64(15));
        QCOMPARE(statuses(f, u"TenantNote"_s).value(u"tenantC"_s), u"COLD"_s);
    }

    void testRefusedWithoutConfirmationOrWithWildcards()
    {
        EmulatorFixture f(config());
        seed(f, 10, {"Article", "Passage"});
        OpError err;
        ClearParams p = params(f, {u"Article"_s, u"Passage"_s});
        p.confirmed.clear();
        const ClearReport none = ClearTask::apply(ClearTask::plan(p, nullptr, &err), nullptr);
        QCOMPARE(none.outcome, ClearReport::Outcome::Failed);
        QCOMPARE(none.error.code, OpError::Code::Usage);
        QVERIFY(!none.deletionStarted);
        p.confirmed = {u"Article"_s, u"Passages"_s};
        const ClearReport wrong = ClearTask::apply(ClearTask::plan(p, nullptr, &err), nullptr);
        QCOMPARE(wrong.outcome, ClearReport::Outcome::Failed);
        QVERIFY(!QFileInfo::exists(p.backupPath));
        QCOMPARE(count(f, u"Article"_s), qint64(10));
        QCOMPARE(count(f, u"Passage"_s), qint64(10));

        ClearTask::plan(params(f, {u"Art*"_s}), nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        err = {};
        ClearTask::plan(params(f, {u"Nothing"_s}), nullptr, &err);
        QCOMPARE(err.code, OpError::Code::NotFound);
    }

    void testBackupFailureDeletesNothing()
    {
        EmulatorFixture f(config());
        seed(f, 10, {"Article"});
        OpError err;
        const ClearParams p = params(f, {u"Article"_s});
        const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        Emu::FaultConfig faults;
        faults.rate503 = 1.0;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);
        const ClearReport report = ClearTask::apply(plan, nullptr);
        f.emulator().setFaults({});
        QCOMPARE(report.outcome, ClearReport::Outcome::Failed);
        QVERIFY2(report.error.message.contains(u"backup"_s), qPrintable(report.error.message));
        QVERIFY(!report.deletionStarted);
        QVERIFY(report.backupPath.isEmpty());
        QVERIFY(!QFileInfo::exists(p.backupPath));
        QCOMPARE(count(f, u"Article"_s), qint64(10));
    }

    void testCallThatDeletesNothingStops()
    {
        // A server whose batch delete matches but deletes nothing (a per-call cap of 0): the loop must not spin.
        EmulatorFixture f(config(0));
        seed(f, 10, {"Article"});
        ClearParams p = params(f, {u"Article"_s});
        p.noBackup = true;
        OpError err;
        const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QVERIFY(!plan.backup);
        QVERIFY(plan.warnings.join(u' ').contains(u"cannot be undone"_s));
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, ClearReport::Outcome::Failed);
        QCOMPARE(report.error.code, OpError::Code::Conflict);
        QVERIFY2(report.error.message.contains(u"deleted nothing"_s), qPrintable(report.error.message));
        QVERIFY(report.backupSkipped);
        QCOMPARE(count(f, u"Article"_s), qint64(10));
    }

    void testReadOnlyKeyFailsAfterBackupWithUndo()
    {
        Emu::EngineConfig c = config();
        c.anonymousAccess = false;
        c.apiKeys = {"admin", "reader"};
        c.readOnlyKeys = {"reader"};
        EmulatorFixture f(c);
        f.setBearer("admin");
        seed(f, 10, {"Article"});
        ClearParams p = params(f, {u"Article"_s});
        p.endpoint.apiKey = "reader";
        OpError err;
        const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        const ClearReport report = ClearTask::apply(plan, nullptr);
        QCOMPARE(report.outcome, ClearReport::Outcome::Failed);
        QCOMPARE(report.error.code, OpError::Code::Auth);
        QVERIFY(report.deletionStarted);
        QVERIFY(QFileInfo(report.backupPath).isFile());
        QVERIFY(!report.undoCommand.isEmpty());
        QVERIFY(!report.undoCommand.contains(u"reader"_s)); // the key is never printed
        QCOMPARE(count(f, u"Article"_s), qint64(-2)); // anonymous reads are refused here
        p.endpoint.apiKey = "admin";
        WeaviateClient admin(p.endpoint);
        QCOMPARE(admin.objectCount(u"Article"_s, {}, &err), qint64(10));
    }

    void testManagerFinishesAndCancels()
    {
        EmulatorFixture f(config());
        seed(f, 10, {"Article"});
        ClearManager manager;
        QSignalSpy planReady(&manager, &ClearManager::planReady);
        QSignalSpy finished(&manager, &ClearManager::finished);
        QSignalSpy failed(&manager, &ClearManager::failed);
        QSignalSpy canceled(&manager, &ClearManager::canceled);
        manager.startPlan(params(f, {u"Article"_s}));
        QTRY_COMPARE(planReady.size(), 1);
        const ClearPlan plan = manager.lastPlan();

        manager.start(plan);
        manager.cancel();
        QTRY_COMPARE(canceled.size(), 1);
        QCOMPARE(failed.size(), 0);
        QVERIFY(manager.lastReport().outcome == ClearReport::Outcome::Canceled);
        if (!manager.lastReport().deletionStarted)
            QCOMPARE(count(f, u"Article"_s), qint64(10));

        manager.start(plan);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(failed.size(), 0);
        QCOMPARE(manager.lastReport().deleted, qint64(10));
        QCOMPARE(count(f, u"Article"_s), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClearTask)
#include "TestClearTask.moc"
