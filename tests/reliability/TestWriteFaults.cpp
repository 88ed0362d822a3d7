// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/StoreDump.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;

// Every write a task makes, faulted in turn: a 503, a 429, a reset before the request reaches the server and a reset
// after the server applied it (the answer cut in half). Backup, restore and clear must each end with exactly what a
// fault-free run leaves on the server (and, for backup, in the archive): idempotent writes are retried, the others
// are retried only where the server did not act and reconciled after an ambiguous failure (docs/reliability.md,
// "Retries and reconciliation"; issue 13 item 1).
class TestWriteFaults : public QObject
{
    Q_OBJECT

private:
    enum class Fault
    {
        Status503,
        Status429,
        ResetBefore,
        ResetAfter
    };

    QTemporaryDir m_dir;
    QString m_archive; // the demo data, backed up once
    QMap<QString, QString> m_baseline; // per operation: the server (and archive) after a fault-free run

    static WeaviateEndpoint endpoint(TestSupport::EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 20;
        e.transferTimeoutMs = 10000;
        return e;
    }

    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 12;
        o.dims = 4;
        o.frozenTenant = false;
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
    }

    static Emu::FaultConfig faultConfig(const QByteArray& method, const QString& path, Fault fault)
    {
        Emu::FaultConfig c;
        c.method = method.toStdString();
        c.pathPrefix = path.toStdString();
        c.maxFaults = 1;
        c.seed = 7;
        switch (fault) {
        case Fault::Status503:
            c.rate503 = 1;
            break;
        case Fault::Status429:
            c.rate429 = 1;
            break;
        case Fault::ResetBefore:
            c.dropBeforeRate = 1;
            break;
        case Fault::ResetAfter:
            c.dropMidBodyRate = 1;
            break;
        }
        return c;
    }

    static QString restore(TestSupport::EmulatorFixture& target, const QString& archive, RestoreMode mode)
    {
        RestoreParams p;
        p.endpoint = endpoint(target);
        p.archivePath = archive;
        p.mode = mode;
        if (mode == RestoreMode::Replace)
            p.confirmedReplace = {u"Article"_s, u"Author"_s, u"Passage"_s, u"TenantNote"_s};
        OpError error;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &error);
        if (error)
            return u"plan: "_s + error.message + u' ' + error.details;
        if (plan.isBlocked())
            return u"plan blocked: "_s + plan.problems.join(u"; "_s);
        const RestoreReport report = RestoreTask::apply(plan, nullptr);
        if (report.outcome != RestoreReport::Outcome::Succeeded || report.isPartial())
            return u"apply: "_s + report.error.message + u' ' + report.error.details + u' '
                + report.countMismatches.join(u"; "_s)
                + (report.failures.isEmpty() ? QString() : report.failures.first().message);
        return {};
    }

    static QString clear(TestSupport::EmulatorFixture& f, ClearMethod method, const QStringList& collections,
        const QMap<QString, QStringList>& tenants = {})
    {
        ClearParams p;
        p.endpoint = endpoint(f);
        p.collections = collections;
        p.tenants = tenants;
        p.method = method;
        p.noBackup = true;
        p.confirmed = p.collections;
        OpError error;
        const ClearPlan plan = ClearTask::plan(p, nullptr, &error);
        if (error)
            return u"plan: "_s + error.message + u' ' + error.details;
        const ClearReport report = ClearTask::apply(plan, nullptr);
        if (report.outcome != ClearReport::Outcome::Succeeded || report.isPartial())
            return u"apply: "_s + report.error.message + u' ' + report.error.details + u' '
                + report.warnings.join(u"; "_s);
        return {};
    }

    // A multi-tenant class restored with one property fewer, so that a merge adds it.
    static void prepareMerge(TestSupport::EmulatorFixture& target, TestSupport::EmulatorFixture& source)
    {
        QJsonObject author = source.get(u"/v1/schema/Author"_s).json().object();
        QJsonArray props = author.value(u"properties"_s).toArray();
        for (qsizetype i = 0; i < props.size(); ++i) {
            if (props[i].toObject().value(u"dataType"_s).toArray().first().toString() == u"text") {
                props.removeAt(i);
                break;
            }
        }
        author.insert(u"properties"_s, props);
        const auto r = target.post(u"/v1/schema"_s, QJsonDocument(author).toJson(QJsonDocument::Compact));
        QVERIFY2(r.status == 200, r.body.constData());
    }

    // Runs `op` against a fresh server and returns what it leaves (server dump, plus the archive for backup).
    QString run(const QString& op, const Emu::FaultConfig* faults, Emu::FaultStats* stats)
    {
        TestSupport::EmulatorFixture f;
        QString error;
        QString archiveDigest;
        if (op.startsWith(u"restore"_s)) {
            if (op == u"restore-merge"_s) {
                TestSupport::EmulatorFixture source;
                seed(source);
                prepareMerge(f, source);
            } else if (op == u"restore-replace"_s) {
                error = restore(f, m_archive, RestoreMode::New);
            }
            if (faults)
                f.emulator().setFaults(*faults);
            if (error.isEmpty()) {
                const RestoreMode mode = op == u"restore-merge"_s ? RestoreMode::Merge
                    : op == u"restore-replace"_s                  ? RestoreMode::Replace
                                                                  : RestoreMode::New;
                error = restore(f, m_archive, mode);
            }
        } else {
            seed(f);
            if (faults)
                f.emulator().setFaults(*faults);
            if (op == u"clear-delete"_s) {
                error = clear(f, ClearMethod::DeleteObjects, {u"Article"_s, u"TenantNote"_s});
            } else if (op == u"clear-recreate"_s) {
                error = clear(f, ClearMethod::Recreate, {u"Article"_s, u"TenantNote"_s});
            } else if (op == u"clear-drop-tenants"_s) {
                error
                    = clear(f, ClearMethod::Drop, {u"TenantNote"_s}, {{u"TenantNote"_s, {u"tenantA"_s, u"tenantC"_s}}});
            } else if (op == u"backup"_s) {
                BackupParams p;
                p.endpoint = endpoint(f);
                p.activateTenants = true;
                p.destination = m_dir.filePath(u"faulted.tar.zst"_s);
                QFile::remove(p.destination);
                OpError planError;
                const BackupPlan plan = BackupTask::plan(p, nullptr, &planError);
                const BackupReport report = planError ? BackupReport {} : BackupTask::apply(plan, nullptr);
                if (report.outcome != BackupReport::Outcome::Succeeded)
                    error = planError.message + report.error.message + u' ' + report.error.details;
                archiveDigest = contentDigest(p.destination);
            }
        }
        if (stats)
            *stats = f.emulator().faultStats();
        f.emulator().setFaults({});
        if (!error.isEmpty())
            return u"FAILED: "_s + error;
        return TestSupport::storeDump(f.emulator()) + u"archive "_s + archiveDigest;
    }

    // The archive's objects without their timestamps: each run seeds its server at another time.
    static QString contentDigest(const QString& archive)
    {
        TestSupport::Content content = TestSupport::loadArchive(archive);
        for (auto& shard : content.shards) {
            for (TestSupport::ContentObject& o : shard)
                o.creationTimeUnix = o.lastUpdateTimeUnix = 0;
        }
        return content.error + QString::number(content.objectCount()) + u' '
            + QString::fromLatin1(content.digest().toHex());
    }

    static QString firstDifference(const QString& a, const QString& b)
    {
        const QStringList la = a.split(u'\n');
        const QStringList lb = b.split(u'\n');
        for (qsizetype i = 0; i < std::max(la.size(), lb.size()); ++i) {
            if (la.value(i) != lb.value(i))
                return u"line %1:\n  expected: %2\n  actual:   %3"_s.arg(i + 1).arg(
                    la.value(i).left(300), lb.value(i).left(300));
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        TestSupport::EmulatorFixture source;
        seed(source);
        BackupParams p;
        p.endpoint = endpoint(source);
        p.activateTenants = true;
        p.destination = m_archive = m_dir.filePath(u"demo.tar.zst"_s);
        OpError error;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(BackupTask::apply(plan, nullptr).outcome, BackupReport::Outcome::Succeeded);
    }

    void testEveryWriteSurvivesEveryFault_data()
    {
        QTest::addColumn<QString>("op");
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("fault");
        const struct
        {
            const char* op;
            const char* what;
            QByteArray method;
            QString path;
        } writes[] = {
            {"restore", "class create", "POST", u"/v1/schema$"_s},
            {"restore", "tenant create", "POST", u"/v1/schema/TenantNote/tenants"_s},
            {"restore", "batch objects", "POST", u"/v1/batch/objects"_s},
            {"restore", "batch references", "POST", u"/v1/batch/references"_s},
            {"restore", "tenant update", "PUT", u"/v1/schema/TenantNote/tenants"_s},
            {"restore-merge", "property add", "POST", u"/v1/schema/Author/properties"_s},
            {"restore-replace", "drop", "DELETE", u"/v1/schema/Article$"_s},
            {"clear-delete", "batch delete", "DELETE", u"/v1/batch/objects"_s},
            {"clear-delete", "tenant update", "PUT", u"/v1/schema/TenantNote/tenants"_s},
            {"clear-recreate", "drop", "DELETE", u"/v1/schema/TenantNote$"_s},
            {"clear-recreate", "class create", "POST", u"/v1/schema$"_s},
            {"clear-recreate", "tenant create", "POST", u"/v1/schema/TenantNote/tenants"_s},
            {"clear-recreate", "tenant update", "PUT", u"/v1/schema/TenantNote/tenants"_s},
            {"clear-drop-tenants", "tenant delete", "DELETE", u"/v1/schema/TenantNote/tenants"_s},
            {"backup", "tenant update", "PUT", u"/v1/schema/TenantNote/tenants"_s},
        };
        const char* faultNames[] = {"503", "429", "reset before", "reset after applied"};
        for (const auto& w : writes) {
            for (int fault = 0; fault < 4; ++fault)
                QTest::addRow("%s: %s, %s", w.op, w.what, faultNames[fault])
                    << QString::fromLatin1(w.op) << w.method << w.path << fault;
        }
    }
    void testEveryWriteSurvivesEveryFault()
    {
        QFETCH(QString, op);
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(int, fault);
        if (!m_baseline.contains(op)) {
            m_baseline.insert(op, run(op, nullptr, nullptr));
            QVERIFY2(!m_baseline.value(op).startsWith(u"FAILED"_s), qPrintable(m_baseline.value(op)));
        }
        const Emu::FaultConfig faults = faultConfig(method, path, Fault(fault));
        Emu::FaultStats stats;
        const QString actual = run(op, &faults, &stats);
        const uint64_t injected = stats.injected503 + stats.injected429 + stats.droppedBefore + stats.droppedMidBody;
        QVERIFY2(injected == 1, "the fault never happened, so this row proves nothing");
        QVERIFY2(!actual.startsWith(u"FAILED"_s), qPrintable(actual));
        QVERIFY2(actual == m_baseline.value(op), qPrintable(firstDifference(m_baseline.value(op), actual)));
    }
};

QTEST_GUILESS_MAIN(TestWriteFaults)
#include "TestWriteFaults.moc"
