// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Cli.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// colvault-cli commands run in process with captured streams, against the emulator on loopback.
class TestCliCommands : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
        QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    };

    static Run cli(const QStringList& args)
    {
        Run r;
        QTextStream out(&r.out);
        QTextStream err(&r.err);
        r.exitCode = Colvault::Cli::Cli::run(QStringList{u"colvault-cli"_s} + args, out, err);
        out.flush();
        err.flush();
        return r;
    }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static bool seed(TestSupport::EmulatorFixture& f, int objects = 20)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 8;
        QString error;
        const bool ok = f.seed(o, &error);
        if (!ok)
            qWarning() << error;
        return ok;
    }

    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testListShowsCollectionsCountsTenantsAndVectors()
    {
        TestSupport::EmulatorFixture f(config());
        QVERIFY(seed(f));
        const Run table = cli({u"--url"_s, url(f), u"list"_s});
        QCOMPARE(table.exitCode, 0);
        QVERIFY2(table.out.contains(u"Weaviate 1.36.0"_s), qPrintable(table.out));
        QVERIFY(table.out.contains(u"5 tenants, inactive: 2"_s));
        QVERIFY(table.out.contains(u"colbert: multi-vector, 2 dimensions"_s));

        const Run json = cli({u"list"_s, u"--json"_s, u"--url"_s, url(f)}); // options after the command, too
        QCOMPARE(json.exitCode, 0);
        const QJsonArray collections = json.json().value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 4);
        QCOMPARE(collections[0].toObject().value(u"name"_s).toString(), u"Article"_s);
        QCOMPARE(collections[0].toObject().value(u"objects"_s).toInt(), 20);
        QCOMPARE(collections[3].toObject().value(u"tenants"_s).toArray().size(), 5);
    }

    // The schema-only flow end to end: save the schema and tenants of a server, re-create them on another.
    void testSchemaOnlyBackupAndRestore()
    {
        TestSupport::EmulatorFixture source(config());
        QVERIFY(seed(source));
        TestSupport::EmulatorFixture target(config());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"schema.tar.zst"_s);
        QCOMPARE(cli({u"--url"_s, url(source), u"backup"_s, u"--schema-only"_s, u"-o"_s, file}).exitCode, 0);
        const Run restore = cli({u"--url"_s, url(target), u"restore"_s, file, u"--schema-only"_s, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.out + restore.err));
        const Run list = cli({u"--url"_s, url(target), u"list"_s, u"--json"_s});
        const QJsonArray collections = list.json().value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 4);
        for (const QJsonValue& c : collections)
            QCOMPARE(c.toObject().value(u"objects"_s).toInt(), 0);
        // Tenants come back with their statuses (FROZEN needs an onload and is the server's business).
        const QJsonArray tenants = collections[3].toObject().value(u"tenants"_s).toArray();
        QCOMPARE(tenants.size(), 5);
        QCOMPARE(tenants[2].toObject().value(u"activityStatus"_s).toString(), u"COLD"_s);
        QCOMPARE(target.get(u"/v1/schema/Article"_s).json().object().value(u"properties"_s),
                 source.get(u"/v1/schema/Article"_s).json().object().value(u"properties"_s));
    }

    void testBackupInspectVerify()
    {
        TestSupport::EmulatorFixture f(config());
        QVERIFY(seed(f));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"demo.tar.zst"_s);

        const Run dry = cli({u"--url"_s, url(f), u"backup"_s, u"-o"_s, file, u"--dry-run"_s});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"Dry run"_s), qPrintable(dry.out));
        QVERIFY(!QFile::exists(file));

        // Two tenants are inactive and skipped: the backup finishes with exit code 3 and says why.
        const Run backup = cli({u"--url"_s, url(f), u"backup"_s, u"-o"_s, file, u"--json"_s});
        QCOMPARE(backup.exitCode, 3);
        const QJsonObject report = backup.json();
        QCOMPARE(report.value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(report.value(u"objects"_s).toInt(), 20 * 5);
        QVERIFY(QFile::exists(file));
        QCOMPARE(QFile::permissions(file) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        const Run inspect = cli({u"inspect"_s, file, u"--json"_s});
        QCOMPARE(inspect.exitCode, 0);
        QCOMPARE(inspect.json().value(u"collections"_s).toArray().size(), 4);
        QVERIFY(!inspect.out.contains(u"secret"_s));

        const Run verify = cli({u"verify"_s, file});
        QCOMPARE(verify.exitCode, 0);
        QVERIFY2(verify.out.contains(u"complete and intact"_s), qPrintable(verify.out + verify.err));

        // Only the active tenants of one collection, with activation of inactive ones: everything readable.
        const QString tenantsFile = dir.filePath(u"tenants.tar.xz"_s);
        const Run some = cli({u"--url"_s, url(f), u"backup"_s, u"TenantNote"_s, u"--tenants"_s, u"tenantA,tenantC"_s,
                              u"--activate-tenants"_s, u"--compression"_s, u"xz"_s, u"-o"_s, tenantsFile});
        QCOMPARE(some.exitCode, 0);
        QVERIFY2(some.out.contains(u"Backed up 40 objects"_s), qPrintable(some.out + some.err));
    }

    void testVerifyCatchesDamage()
    {
        TestSupport::EmulatorFixture f(config());
        QVERIFY(seed(f, 50));
        QTemporaryDir dir;
        const QString file = dir.filePath(u"d.tar"_s);
        QCOMPARE(cli({u"--url"_s, url(f), u"backup"_s, u"Article"_s, u"--compression"_s, u"none"_s, u"-o"_s, file})
                     .exitCode,
                 0);
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        in.close();

        // A flipped byte inside the object segment (an uncompressed tar, so the position is known).
        QByteArray flipped = bytes;
        const qsizetype at = flipped.indexOf("{\"id\":") + 20; // the first object line, not class.json
        QVERIFY(at > 20);
        flipped[at] = char(flipped[at] ^ 0x01);
        const QString flippedFile = dir.filePath(u"flipped.tar"_s);
        QFile out(flippedFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(flipped);
        out.close();
        const Run bad = cli({u"verify"_s, flippedFile});
        QCOMPARE(bad.exitCode, 1);
        QVERIFY2(bad.err.contains(u"collections/Article/objects/000000.jsonl"_s), qPrintable(bad.err));

        const QString truncatedFile = dir.filePath(u"truncated.tar"_s);
        QFile t(truncatedFile);
        QVERIFY(t.open(QIODevice::WriteOnly));
        t.write(bytes.left(bytes.size() / 2));
        t.close();
        const Run cut = cli({u"verify"_s, truncatedFile});
        QCOMPARE(cut.exitCode, 1);
        QVERIFY2(cut.err.contains(u"incomplete"_s) || cut.err.contains(u"truncated"_s), qPrintable(cut.err));
    }

    void testErrorsAreOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("wrong key") << QStringList{u"--api-key"_s, u"wrong-key"_s, u"list"_s}
                                   << u"Error: The server rejected the API key."_s;
        QTest::newRow("unknown collection")
            << QStringList{u"--api-key"_s, u"secret-key"_s, u"backup"_s, u"Nope"_s, u"-o"_s, u"/tmp/never.tar"_s}
            << u"Error: 1 collection not found on the server: Nope."_s;
        QTest::newRow("unreachable") << QStringList{u"--url"_s, u"http://127.0.0.1:1"_s, u"--retries"_s, u"0"_s,
                                                    u"list"_s}
                                     << u"Error: Could not connect to http://127.0.0.1:1: the connection was refused. "
                                        "Is Weaviate running there?"_s;
    }

    void testErrorsAreOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        Emu::EngineConfig c = config();
        c.anonymousAccess = false;
        c.apiKeys = {"secret-key"};
        TestSupport::EmulatorFixture f(c);
        const Run r = cli(QStringList{u"--url"_s, url(f)} + args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), line);
        QVERIFY(!r.err.contains(u"secret-key"_s));
        QVERIFY(!QFile::exists(u"/tmp/never.tar"_s));
    }

    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList{u"backup"_s} << u"No archive given"_s;
        QTest::newRow("bad compression") << QStringList{u"backup"_s, u"-o"_s, u"x"_s, u"--compression"_s, u"rar"_s}
                                         << u"Unknown compression \"rar\""_s;
        QTest::newRow("bad level") << QStringList{u"backup"_s, u"-o"_s, u"x"_s, u"--level"_s, u"42"_s}
                                   << u"--level must be 1 to 19 for zstd"_s;
        QTest::newRow("bad page size") << QStringList{u"backup"_s, u"-o"_s, u"x"_s, u"--page-size"_s, u"0"_s}
                                       << u"--page-size must be"_s;
        QTest::newRow("ambiguous tenants")
            << QStringList{u"backup"_s, u"A"_s, u"B"_s, u"-o"_s, u"x"_s, u"--tenants"_s, u"t1"_s}
            << u"COLLECTION:t1"_s;
        QTest::newRow("bad url") << QStringList{u"--url"_s, u"ftp://x"_s, u"list"_s} << u"not a valid server URL"_s;
        QTest::newRow("unknown option") << QStringList{u"list"_s, u"--frobnicate"_s} << u"frobnicate"_s;
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
