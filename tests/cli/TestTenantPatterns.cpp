// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `--tenants` with shell-style patterns in backup, restore and clear, through the CLI against the emulator: the
// tenants a pattern matches are the ones taken (and only those), a pattern that matches nothing stops the command
// before anything is written or deleted, and a malformed one is a usage error. The rule itself is
// TenantSelection's (tests/core/TestTenantSelection.cpp).
class TestTenantPatterns : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    // TenantNote with tenantA, tenantB (12 objects each), tenantC (COLD, 12 objects) and tenantE (empty).
    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 12;
        o.dims = 8;
        o.collections = {"TenantNote"};
        o.frozenTenant = false;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }

    static QStringList archivedTenants(const QString& archive)
    {
        const Run inspect = cli({u"inspect"_s, archive, u"--json"_s});
        QStringList names;
        for (const QJsonValue& c : inspect.json().value(u"collections"_s).toArray())
            for (const QJsonValue& t : c.toObject().value(u"tenants"_s).toArray())
                names << t.toObject().value(u"name"_s).toString();
        return names;
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testBackupTakesTheMatchedTenants()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString archive = m_dir.filePath(u"ab.tar.zst"_s);
        const Run backup = cli(
            {u"--url"_s, url(f), u"backup"_s, u"TenantNote"_s, u"--tenants"_s, u"tenant[!CE]"_s, u"-o"_s, archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        QCOMPARE(archivedTenants(archive), (QStringList {u"tenantA"_s, u"tenantB"_s}));

        // A pattern beside a name: both count, no tenant twice.
        const QString all = m_dir.filePath(u"all.tar.zst"_s);
        const Run both = cli({u"--url"_s, url(f), u"backup"_s, u"TenantNote"_s, u"--tenants"_s, u"tenantC,tenant*"_s,
            u"--activate-tenants"_s, u"-o"_s, all});
        QVERIFY2(both.exitCode == 0, qPrintable(both.out + both.err));
        QCOMPARE(archivedTenants(all), (QStringList {u"tenantA"_s, u"tenantB"_s, u"tenantC"_s, u"tenantE"_s}));
    }

    void testRestoreTakesTheMatchedTenants()
    {
        QString archive;
        {
            TestSupport::EmulatorFixture source(config());
            seed(source);
            archive = m_dir.filePath(u"source.tar.zst"_s);
            const Run backup = cli(
                {u"--url"_s, url(source), u"backup"_s, u"TenantNote"_s, u"--activate-tenants"_s, u"-o"_s, archive});
            QVERIFY2(backup.exitCode == 0, qPrintable(backup.out + backup.err));
        }
        TestSupport::EmulatorFixture target(config());
        const Run missing
            = cli({u"--url"_s, url(target), u"restore"_s, archive, u"--tenants"_s, u"TenantNote:prod-*"_s, u"--yes"_s});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY2(missing.err.contains(u"1 pattern matches no tenant of the archive's \"TenantNote\": prod-*."_s),
            qPrintable(missing.err));

        const Run restore
            = cli({u"--url"_s, url(target), u"restore"_s, archive, u"--tenants"_s, u"TenantNote:*A,*B"_s, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        QCOMPARE(target.objectCount(u"TenantNote"_s, u"tenantA"_s), qint64(12));
        QCOMPARE(target.objectCount(u"TenantNote"_s, u"tenantB"_s), qint64(12));
        const Run list = cli({u"--url"_s, url(target), u"list"_s, u"--json"_s});
        QVERIFY2(!list.out.contains(u"tenantC"_s), qPrintable(list.out));
    }

    void testClearTakesTheMatchedTenants()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"before-clear.tar.zst"_s);
        const Run dry = cli({u"--url"_s, url(f), u"clear"_s, u"TenantNote"_s, u"--tenants"_s, u"tenant[AC]"_s,
            u"--dry-run"_s, u"--backup-to"_s, backup});
        QVERIFY2(dry.exitCode == 0, qPrintable(dry.out + dry.err));
        QVERIFY2(dry.out.contains(u"tenantA"_s) && dry.out.contains(u"tenantC"_s), qPrintable(dry.out));
        QVERIFY2(!dry.out.contains(u"tenantB"_s), qPrintable(dry.out));

        const Run clear = cli({u"--url"_s, url(f), u"clear"_s, u"TenantNote"_s, u"--tenants"_s, u"tenant[AC]"_s,
            u"--backup-to"_s, backup, u"--yes"_s, u"--confirm"_s, u"TenantNote"_s});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
        QCOMPARE(f.objectCount(u"TenantNote"_s, u"tenantA"_s), qint64(0));
        QCOMPARE(f.objectCount(u"TenantNote"_s, u"tenantB"_s), qint64(12));
        QCOMPARE(archivedTenants(backup), (QStringList {u"tenantA"_s, u"tenantC"_s}));
    }

    void testPatternMatchingNothingChangesNothing()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"never.tar.zst"_s);
        const Run clear = cli({u"--url"_s, url(f), u"clear"_s, u"TenantNote"_s, u"--tenants"_s, u"tenantA,prod-*"_s,
            u"--backup-to"_s, backup, u"--yes"_s, u"--confirm"_s, u"TenantNote"_s});
        QCOMPARE(clear.exitCode, 1);
        QVERIFY2(
            clear.err.contains(u"1 pattern matches no tenant of \"TenantNote\": prod-*."_s), qPrintable(clear.err));
        QCOMPARE(f.objectCount(u"TenantNote"_s, u"tenantA"_s), qint64(12));
        QVERIFY(!QFileInfo::exists(backup));

        const Run malformed = cli({u"--url"_s, url(f), u"backup"_s, u"TenantNote"_s, u"--tenants"_s, u"tenant[A"_s,
            u"-o"_s, m_dir.filePath(u"malformed.tar.zst"_s)});
        QCOMPARE(malformed.exitCode, 2);
        QVERIFY2(malformed.err.contains(u"\"tenant[A\" is neither a tenant name nor a pattern"_s),
            qPrintable(malformed.err));
    }
};

QTEST_GUILESS_MAIN(TestTenantPatterns)
#include "TestTenantPatterns.moc"
