// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/CliContext.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"
#include "tests/support/LoopbackDaemon.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

// colvault-cli commands run in process with captured streams, against the emulator on loopback.
class TestCliCommands : public QObject
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

    static Emu::EngineConfig authConfig()
    {
        Emu::EngineConfig c = config();
        c.anonymousAccess = false;
        c.apiKeys = {"secret-key"};
        return c;
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    }

    // The global options' names as every parser gets them (CliContext::addGlobalOptions), without --help.
    static QStringList globalOptionNames()
    {
        QString out;
        QString err;
        QTextStream outStream(&out);
        QTextStream errStream(&err);
        Colvault::Cli::CliContext context(outStream, errStream);
        QCommandLineParser parser;
        context.addGlobalOptions(parser);
        QStringList names;
        static const QRegularExpression option(u"^\\s+(?:-\\w, )?--([a-z-]+)"_s, QRegularExpression::MultilineOption);
        for (auto it = option.globalMatch(parser.helpText()); it.hasNext();)
            names << it.next().captured(1);
        names.removeAll(u"help"_s);
        return names;
    }

    // The server, archive and files every row of the command x global option matrix shares (made once), and a
    // proxy for the proxy options (tinyproxy; those rows are left out where it is not installed).
    struct Matrix
    {
        TestSupport::EmulatorFixture server {authConfig()};
        QTemporaryDir dir;
        QString archive;
        QString keyFile;
        QString headerFile;
        QString proxyPasswordFile;
        TestSupport::TinyProxy proxy;
        bool proxyRunning = false;
    };
    std::unique_ptr<Matrix> m_matrix;

    bool makeMatrix()
    {
        m_matrix = std::make_unique<Matrix>();
        Matrix& m = *m_matrix;
        m.server.setBearer("secret-key");
        if (!m.dir.isValid() || !seed(m.server))
            return false;
        m.archive = m.dir.filePath(u"matrix.tar.zst"_s);
        m.keyFile = m.dir.filePath(u"key"_s);
        m.headerFile = m.dir.filePath(u"headers"_s);
        m.proxyPasswordFile = m.dir.filePath(u"proxy-password"_s);
        QString error;
        m.proxyRunning = !TestSupport::TinyProxy::program().isEmpty() && m.proxy.start(&error);
        if (!m.proxyRunning)
            qWarning("no proxy for the --proxy rows: %s",
                TestSupport::TinyProxy::program().isEmpty() ? "tinyproxy is not installed" : qPrintable(error));
        const Run backup = cli({u"--url"_s, url(m.server), u"--api-key"_s, u"secret-key"_s, u"backup"_s, u"Article"_s,
            u"-o"_s, m.archive});
        if (backup.exitCode != 0)
            qWarning().noquote() << backup.err;
        return backup.exitCode == 0 && writeFile(m.keyFile, "secret-key\n")
            && writeFile(m.headerFile, "# for the matrix\nX-Colvault-Test: 1\n")
            && writeFile(m.proxyPasswordFile, "proxy password\n");
    }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void cleanup()
    {
        // --verbose and --log-file switch debug records on for the whole (test) process.
        QLoggingCategory::setFilterRules(u"colvault.*.debug=false"_s);
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void cleanupTestCase() { m_matrix.reset(); }

    // Scripts put the connection options first on every call: every command accepts every global option, before
    // or after its name, and does its work. The table is checked against the options the parsers really get.
    void testEveryCommandAcceptsEveryGlobalOption_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QStringList>("option");
        QTest::addColumn<bool>("before");
        QTest::addColumn<QString>("expected");
        if (!m_matrix)
            QVERIFY(makeMatrix());
        const Matrix& m = *m_matrix;
        const QList<std::pair<QString, QStringList>> options {
            {u"url"_s, {u"--url"_s, url(m_matrix->server)}},
            {u"api-key"_s, {u"--api-key"_s, u"secret-key"_s}},
            {u"api-key-file"_s, {u"--api-key-file"_s, m.keyFile}},
            {u"header"_s, {u"--header"_s, u"X-Colvault-Test: 1"_s}},
            {u"header-file"_s, {u"--header-file"_s, m.headerFile}},
            {u"header-env"_s, {u"--header-env"_s, u"X-Colvault-Test=COLVAULT_TEST_HEADER"_s}},
            {u"insecure"_s, {u"--insecure"_s}},
            {u"ca-file"_s, {u"--ca-file"_s, QStringLiteral(COLVAULT_SOURCE_DIR "/tests/data/certs/ca.pem")}},
            {u"grpc-url"_s, {u"--grpc-url"_s, u"grpc://127.0.0.1:1"_s}},
            {u"grpc-port"_s, {u"--grpc-port"_s, u"1"_s}},
            {u"transport"_s, {u"--transport"_s, u"rest"_s}},
            // The user and the password go with a proxy given by --proxy (an open one: they are never asked for).
            {u"proxy"_s, {u"--proxy"_s, m.proxy.url().toString()}},
            {u"proxy-user"_s, {u"--proxy-user"_s, u"alice"_s, u"--proxy"_s, m.proxy.url().toString()}},
            {u"proxy-password-file"_s,
                {u"--proxy-password-file"_s, m.proxyPasswordFile, u"--proxy-user"_s, u"alice"_s, u"--proxy"_s,
                    m.proxy.url().toString()}},
            {u"timeout"_s, {u"--timeout"_s, u"30"_s}},
            {u"retries"_s, {u"--retries"_s, u"2"_s}},
            {u"verbose"_s, {u"--verbose"_s}},
            {u"log-file"_s, {u"--log-file"_s, m.dir.filePath(u"matrix.log"_s)}},
            {u"lang"_s, {u"--lang"_s, u"en"_s}},
        };
        QStringList tested;
        for (const auto& o : options)
            tested << o.first;
        QCOMPARE(tested, globalOptionNames());

        const QList<std::tuple<const char*, QStringList, QString>> commands {
            {"list", {u"list"_s}, u"Article"_s},
            {"backup", {u"backup"_s, u"Article"_s, u"-o"_s, m.dir.filePath(u"never.tar.zst"_s), u"--dry-run"_s},
                u"Dry run"_s},
            {"restore", {u"restore"_s, m.archive, u"--rename"_s, u"Article=Copy"_s, u"--dry-run"_s}, u"Copy"_s},
            {"clear", {u"clear"_s, u"Article"_s, u"--backup-to"_s, m.dir.path(), u"--dry-run"_s}, u"Article"_s},
            {"inspect", {u"inspect"_s, m.archive}, u"Article"_s},
            {"verify", {u"verify"_s, m.archive}, u"complete and intact"_s},
        };
        for (const auto& [name, args, expected] : commands) {
            for (const auto& [option, optionArgs] : options) {
                if (option.startsWith(u"proxy"_s) && !m.proxyRunning)
                    continue;
                for (const bool before : {true, false})
                    QTest::addRow("%s %s --%s", before ? "--option" : "", name, qPrintable(option))
                        << args << optionArgs << before << expected;
            }
        }
    }

    void testEveryCommandAcceptsEveryGlobalOption()
    {
        QFETCH(QStringList, command);
        QFETCH(QStringList, option);
        QFETCH(bool, before);
        QFETCH(QString, expected);
        // The connection comes from the environment, so each row shows the one option it is about.
        qputenv("WEAVIATE_URL", url(m_matrix->server).toUtf8());
        qputenv("WEAVIATE_API_KEY", "secret-key");
        qputenv("COLVAULT_TEST_HEADER", "1");
        if (option.constFirst() == u"--api-key-file"_s)
            qputenv("WEAVIATE_API_KEY", ""); // the key comes from the file alone
        const Run r = cli(before ? option + command : command + option);
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out + r.err));
        QVERIFY2(!r.err.contains(u"Unknown option"_s), qPrintable(r.err));
    }

    // The help says where the proxy's password goes, and that there is no option for the password itself (the
    // hidden --proxy-password exists only to say so).
    void testHelpKeepsTheProxyPasswordOffTheCommandLine()
    {
        for (const QStringList& args : {QStringList {u"--help"_s}, QStringList {u"backup"_s, u"--help"_s}}) {
            const Run r = cli(args);
            QCOMPARE(r.exitCode, 0);
            const QString help = r.out.simplified();
            QVERIFY2(help.contains(u"--proxy <URL>"_s) && help.contains(u"--proxy-user <USER>"_s), qPrintable(help));
            QVERIFY2(help.contains(u"--proxy-password-file <FILE>"_s), qPrintable(help));
            QVERIFY2(help.contains(u"$COLVAULT_PROXY_PASSWORD. There is no option for the password itself: on the "
                                   "command line other users could read it in the process list."_s),
                qPrintable(help));
            QVERIFY2(!help.contains(u"--proxy-password <"_s), qPrintable(help));
        }
    }

    // A command's usage line names it as the user types it, not the program's path alone.
    void testCommandHelpNamesTheCommand()
    {
        for (const QString& command : {u"backup"_s, u"restore"_s, u"copy"_s, u"alias"_s}) {
            const Run r = cli({command, u"--help"_s});
            QCOMPARE(r.exitCode, 0);
            const QString usage = r.out.section(u'\n', 0, 0);
            QVERIFY2(usage.startsWith(u"Usage: colvault-cli %1 [options]"_s.arg(command)), qPrintable(usage));
        }
    }

    // A command that needs no server accepts the connection options and, under --verbose, says it ignores them.
    void testIgnoredOptionsAreNamedUnderVerbose()
    {
        if (!m_matrix)
            QVERIFY(makeMatrix());
        const QStringList options {u"--url"_s, u"http://127.0.0.1:1"_s, u"--api-key"_s, u"k"_s, u"--timeout"_s, u"9"_s};
        const Run quiet = cli(options + QStringList {u"verify"_s, m_matrix->archive});
        QCOMPARE(quiet.exitCode, 0);
        QVERIFY2(!quiet.err.contains(u"ignoring"_s), qPrintable(quiet.err));
        const Run verbose = cli(options + QStringList {u"inspect"_s, m_matrix->archive, u"--verbose"_s});
        QCOMPARE(verbose.exitCode, 0);
        QVERIFY2(verbose.err.contains(u"This command does not connect to a server; ignoring --url, --api-key, "
                                      "--timeout."_s),
            qPrintable(verbose.err));
    }

    // The key and header values given from a file or the environment reach the server: it requires the key, so
    // without it the same command fails with "requires an API key" (exit 1).
    void testSecretsFromFilesAndEnvironmentReachTheServer_data()
    {
        QTest::addColumn<QByteArray>("fileContent");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QByteArray>("envValue");
        QTest::newRow("api key file") << QByteArray("secret-key\n") << QStringList {u"--api-key-file"_s, u"FILE"_s}
                                      << QByteArray();
        QTest::newRow("api key file, CRLF and blanks")
            << QByteArray("  secret-key \r\n\n") << QStringList {u"--api-key-file"_s, u"FILE"_s} << QByteArray();
        QTest::newRow("header file") << QByteArray("# the key, as a header\r\n\nAuthorization: Bearer secret-key\r\n")
                                     << QStringList {u"--header-file"_s, u"FILE"_s} << QByteArray();
        QTest::newRow("header env") << QByteArray() << QStringList {u"--header-env"_s, u"Authorization=CV_AUTH"_s}
                                    << QByteArray("Bearer secret-key");
    }

    void testSecretsFromFilesAndEnvironmentReachTheServer()
    {
        QFETCH(QByteArray, fileContent);
        QFETCH(QStringList, args);
        QFETCH(QByteArray, envValue);
        TestSupport::EmulatorFixture f(authConfig());
        QTemporaryDir dir;
        const QString file = dir.filePath(u"secret"_s);
        QVERIFY(writeFile(file, fileContent));
        args.replaceInStrings(u"FILE"_s, file);
        qputenv("CV_AUTH", envValue);
        const Run without = cli({u"--url"_s, url(f), u"list"_s, u"--json"_s});
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.err.contains(u"requires an API key"_s), qPrintable(without.err));
        const Run r = cli(QStringList {u"--url"_s, url(f)} + args + QStringList {u"list"_s, u"--json"_s});
        qunsetenv("CV_AUTH");
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.json().contains(u"collections"_s));
        QVERIFY(!r.err.contains(u"secret-key"_s));
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

    // A server without GraphQL (issue 22): the same list through gRPC; with no gRPC either, one clear line.
    void testListWithoutGraphql()
    {
        Emu::EngineConfig noGraphql = config();
        noGraphql.graphqlDisabled = true;
        TestSupport::EmulatorFixture f(noGraphql);
        QVERIFY(seed(f));
        QVERIFY(f.emulator().startGrpc(0));
        const QString grpc = u"grpc://127.0.0.1:%1"_s.arg(f.emulator().grpcPort());
        const Run json = cli({u"--url"_s, url(f), u"--grpc-url"_s, grpc, u"list"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonArray collections = json.json().value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 4);
        QCOMPARE(collections[0].toObject().value(u"objects"_s).toInt(), 20);

        // Backup (counts before and after), a merge restore (the id listing) and a clear (counts) all go through gRPC.
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"a.tar.zst"_s);
        const QStringList connect {u"--url"_s, url(f), u"--grpc-url"_s, grpc};
        const Run backup = cli(connect + QStringList {u"backup"_s, u"Article"_s, u"-o"_s, archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
        const Run merge
            = cli(connect + QStringList {u"restore"_s, archive, u"--mode"_s, u"merge"_s, u"--yes"_s, u"--json"_s});
        QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
        const Run clear = cli(connect
            + QStringList {
                u"clear"_s, u"Article"_s, u"--backup-to"_s, dir.path(), u"--yes"_s, u"--confirm"_s, u"Article"_s});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
        QCOMPARE(f.objectCount(u"Article"_s), 0);

        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost);
        const QString dead = QString::number(probe.serverPort());
        probe.close();
        const Run refused = cli({u"--url"_s, url(f), u"--grpc-port"_s, dead, u"list"_s});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"has GraphQL switched off, and its gRPC API at 127.0.0.1:%1"_s.arg(dead)),
            qPrintable(refused.err));
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
        QCOMPARE(
            cli({u"--url"_s, url(f), u"backup"_s, u"Article"_s, u"--compression"_s, u"none"_s, u"-o"_s, file}).exitCode,
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
        QTest::newRow("wrong key") << QStringList {u"--api-key"_s, u"wrong-key"_s, u"list"_s}
                                   << u"Error: The server rejected the API key."_s;
        QTest::newRow("unknown collection") << QStringList {u"--api-key"_s, u"secret-key"_s, u"backup"_s, u"Nope"_s,
            u"-o"_s, u"/tmp/never.tar"_s} << u"Error: 1 collection not found on the server: Nope."_s;
        QTest::newRow("unreachable") << QStringList {u"--url"_s, u"http://127.0.0.1:1"_s, u"--retries"_s, u"0"_s,
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
        const Run r = cli(QStringList {u"--url"_s, url(f)} + args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), line);
        QVERIFY(!r.err.contains(u"secret-key"_s));
        QVERIFY(!QFile::exists(u"/tmp/never.tar"_s));
    }

    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("no output") << QStringList {u"backup"_s} << u"No archive given"_s;
        QTest::newRow("bad compression") << QStringList {u"backup"_s, u"-o"_s, u"x"_s, u"--compression"_s, u"rar"_s}
                                         << u"Unknown compression \"rar\""_s;
        QTest::newRow("bad level") << QStringList {u"backup"_s, u"-o"_s, u"x"_s, u"--level"_s, u"42"_s}
                                   << u"--level must be 1 to 19 for zstd"_s;
        QTest::newRow("bad page size") << QStringList {u"backup"_s, u"-o"_s, u"x"_s, u"--page-size"_s, u"0"_s}
                                       << u"--page-size must be"_s;
        QTest::newRow("ambiguous tenants") << QStringList {u"backup"_s, u"A"_s, u"B"_s, u"-o"_s, u"x"_s, u"--tenants"_s,
            u"t1"_s} << u"COLLECTION:t1"_s;
        QTest::newRow("bad url") << QStringList {u"--url"_s, u"ftp://x"_s, u"list"_s} << u"not a valid server URL"_s;
        QTest::newRow("unknown option") << QStringList {u"list"_s, u"--frobnicate"_s} << u"frobnicate"_s;
        // Secrets from files and the environment: each mistake is one specific line, which never shows the secret.
        QTest::newRow("key file missing") << QStringList {u"--api-key-file"_s, u"/nonexistent/key"_s, u"list"_s}
                                          << u"Cannot read the API key file \"/nonexistent/key\""_s;
        QTest::newRow("key file empty") << QStringList {u"--api-key-file"_s, u"EMPTY"_s, u"list"_s}
                                        << u"The API key file \"EMPTY\" is empty."_s;
        QTest::newRow("key file of two lines")
            << QStringList {u"--api-key-file"_s, u"TWOLINES"_s, u"list"_s} << u"holds more than one line"_s;
        QTest::newRow("key twice") << QStringList {u"--api-key"_s, u"k"_s, u"--api-key-file"_s, u"KEY"_s, u"list"_s}
                                   << u"Give either --api-key or --api-key-file, not both."_s;
        QTest::newRow("header file line") << QStringList {u"list"_s, u"--header-file"_s, u"HEADERS"_s}
                                          << u"HEADERS, line 3: not of the form \"Name: value\"."_s;
        QTest::newRow("header file without headers") << QStringList {u"--header-file"_s, u"EMPTY"_s, u"list"_s}
                                                     << u"The header file \"EMPTY\" holds no header."_s;
        QTest::newRow("header env unset") << QStringList {u"--header-env"_s, u"X-Key=CV_NOT_SET_ANYWHERE"_s, u"list"_s}
                                          << u"The environment variable CV_NOT_SET_ANYWHERE (for the header X-Key)"_s;
        QTest::newRow("header env form") << QStringList {u"--header-env"_s, u"X-Key"_s, u"list"_s}
                                         << u"--header-env \"X-Key\" is not of the form NAME=VARIABLE"_s;
        QTest::newRow("header name") << QStringList {u"--header"_s, u"X Key: v"_s, u"list"_s}
                                     << u"is not of the form \"Name: value\""_s;
        QTest::newRow("grpc url and port") << QStringList {u"--grpc-url"_s, u"grpc://h:1"_s, u"--grpc-port"_s, u"2"_s,
            u"list"_s} << u"Give either --grpc-url or --grpc-port, not both."_s;
        QTest::newRow("grpc port") << QStringList {u"--grpc-port"_s, u"70000"_s, u"list"_s}
                                   << u"--grpc-port needs a port number from 1 to 65535."_s;
        QTest::newRow("grpc url") << QStringList {u"--grpc-url"_s, u"ftp://h:1"_s, u"list"_s}
                                  << u"\"ftp://h:1\" is not a gRPC address"_s;
        // The proxy: its password never on the command line, and each mistake one line.
        QTest::newRow("proxy password in the url")
            << QStringList {u"--proxy"_s, u"http://alice:cv-secret-4@proxy.example:3128"_s, u"list"_s}
            << u"Do not write the proxy's password into --proxy: other users could read it in the process list. Put "
               u"it in a file for --proxy-password-file, or in $COLVAULT_PROXY_PASSWORD."_s;
        QTest::newRow("proxy password option") << QStringList {u"--proxy-password"_s, u"cv-secret-5"_s, u"list"_s}
                                               << u"--proxy-password is not an option"_s;
        QTest::newRow("proxy scheme") << QStringList {u"--proxy"_s, u"ftp://proxy.example:21"_s, u"list"_s}
                                      << u"Proxies of the kind \"ftp\" are not supported; use http, https, socks5, "
                                         u"socks5h."_s;
        QTest::newRow("proxy path") << QStringList {u"--proxy"_s, u"http://proxy.example:3128/x"_s, u"list"_s}
                                    << u"\"http://proxy.example:3128/x\" is not a proxy address; write "
                                       u"http://HOST:PORT."_s;
        QTest::newRow("proxy port") << QStringList {u"--proxy"_s, u"proxy.example:99999"_s, u"list"_s}
                                    << u"is not a proxy address"_s;
        QTest::newRow("proxy user without proxy") << QStringList {u"--proxy-user"_s, u"alice"_s, u"list"_s}
                                                  << u"need the proxy's address: give it with --proxy URL."_s;
        QTest::newRow("proxy user with none") << QStringList {u"--proxy"_s, u"none"_s, u"--proxy-user"_s, u"alice"_s,
            u"list"_s} << u"need the proxy's address"_s;
        QTest::newRow("proxy user twice")
            << QStringList {u"--proxy"_s, u"http://alice@proxy.example:3128"_s, u"--proxy-user"_s, u"bob"_s, u"list"_s}
            << u"Give the proxy's user name either in --proxy (USER@HOST) or with --proxy-user, not both."_s;
        QTest::newRow("proxy password without user") << QStringList {u"--proxy"_s, u"http://proxy.example:3128"_s,
            u"--proxy-password-file"_s, u"KEY"_s,
            u"list"_s} << u"A proxy password needs a user name: give --proxy-user, or USER@ in --proxy."_s;
        QTest::newRow("proxy password file missing") << QStringList {u"--proxy"_s, u"http://alice@proxy.example:3128"_s,
            u"--proxy-password-file"_s, u"/nonexistent/pw"_s, u"list"_s}
                                                     << u"Cannot read the proxy password file \"/nonexistent/pw\""_s;
        QTest::newRow("proxy password file empty") << QStringList {u"--proxy"_s, u"http://alice@proxy.example:3128"_s,
            u"--proxy-password-file"_s, u"NOTHING"_s, u"list"_s}
                                                   << u"The proxy password file \"NOTHING\" is empty."_s;
        QTest::newRow("proxy password file of two lines")
            << QStringList {u"--proxy"_s, u"http://alice@proxy.example:3128"_s, u"--proxy-password-file"_s,
                   u"TWOLINES"_s, u"list"_s}
            << u"The proxy password file \"TWOLINES\" holds more than one line; it must hold the password alone."_s;
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const QString empty = dir.filePath(u"empty"_s);
        const QString twoLines = dir.filePath(u"two-lines"_s);
        const QString key = dir.filePath(u"key"_s);
        const QString headers = dir.filePath(u"headers"_s);
        const QString nothing = dir.filePath(u"nothing"_s);
        QVERIFY(writeFile(empty, "\n \n") && writeFile(twoLines, "cv-secret-1\ncv-secret-2\n") && writeFile(key, "k")
            && writeFile(headers, "X-Ok: 1\n\ncv-secret-3\n") && writeFile(nothing, "\n"));
        const QList<std::pair<QString, QString>> files {{u"EMPTY"_s, empty}, {u"TWOLINES"_s, twoLines}, {u"KEY"_s, key},
            {u"HEADERS"_s, headers}, {u"NOTHING"_s, nothing}};
        for (const auto& [placeholder, path] : files) {
            args.replaceInStrings(placeholder, path);
            message.replace(placeholder, path);
        }
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"cv-secret"_s), qPrintable(r.err));
    }

    // The progress line names the operation's step when it has one: alone when the step has just begun, else in
    // front of the counts; without a step it is what it always was.
    void testProgressLineNamesTheStep()
    {
        using Colvault::Cli::CliContext;
        Colvault::OperationProgress p;
        p.text = u"Reading the target"_s;
        QCOMPARE(CliContext::progressLine(p), u"Reading the target"_s);

        p.step = u"Adding references"_s;
        p.text = p.step;
        p.stepNumber = 3;
        p.stepCount = 6;
        QCOMPARE(CliContext::progressLine(p), u"Step 3 of 6: Adding references"_s);

        p.collection = u"Article"_s;
        p.tenant = u"tenantA"_s;
        p.objectsDone = 12;
        p.objectsTotal = 50;
        const QString line = CliContext::progressLine(p);
        QVERIFY2(
            line.startsWith(u"Step 3 of 6: Adding references — Article/tenantA  12 of 50 objects"_s), qPrintable(line));

        p.collection.clear();
        p.text = u"Verifying the archive"_s;
        p.etaMs = 65'000;
        QCOMPARE(
            CliContext::progressLine(p), u"Step 3 of 6: Adding references — Verifying the archive  0:01:05 left"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliCommands)
#include "TestCliCommands.moc"
