// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearTask.h"
#include "core/CliCommandLine.h"
#include "core/S3Archive.h"
#include "tests/support/EmulatorFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Colvault;
using TestSupport::EmulatorFixture;

// The command lines the dialogs and wizards show, checked by running them: each one goes through /bin/sh to the
// real colvault-cli (so quoting and every option name are what the shell and the CLI accept) with --dry-run --json
// against the in-process emulator, and the plan the CLI prints must be the one the params describe. Secrets never
// appear. PowerShell and cmd quoting are checked against their documented rules.
class TestCliCommandLine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        return e;
    }

    // The key the commands' KEY_FILE holds is accepted; requests without a key are too.
    static Emu::EngineConfig withKey()
    {
        Emu::EngineConfig c;
        c.apiKeys = {"some-key"};
        return c;
    }

    static void seed(EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 12;
        o.dims = 4;
        o.collections = {"Article", "Author", "TenantNote"};
        o.frozenTenant = false;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    // `command` as a user pastes it into a POSIX shell, with the program replaced by the built CLI and the
    // placeholders by files (the emulator asks for no key, so any key does).
    Run runInShell(QString command, const QString& extra)
    {
        const QString keyFile = m_dir.filePath(u"key"_s);
        const QString headerFile = m_dir.filePath(u"headers"_s);
        QFile key(keyFile);
        if (!key.open(QIODevice::WriteOnly) || key.write("some-key\n") < 0)
            qFatal("cannot write the key file");
        key.close();
        QFile headers(headerFile);
        if (!headers.open(QIODevice::WriteOnly) || headers.write("X-OpenAI-Api-Key: sk-x\n") < 0)
            qFatal("cannot write the header file");
        headers.close();
        command.replace(u" --api-key-file KEY_FILE"_s, u" --api-key-file "_s + keyFile);
        command.replace(u" --header-file HEADER_FILE"_s, u" --header-file "_s + headerFile);
        const QString program = CliCommandLine::program.toString();
        if (!command.startsWith(program + u' '))
            qFatal("not a colvault-cli command: %s", qPrintable(command));
        command.replace(
            0, program.size(), CliCommandLine::quote(QStringLiteral(COLVAULT_CLI_PATH), CliCommandLine::Shell::Posix));
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        env.remove(u"WEAVIATE_API_KEY"_s);
        p.setProcessEnvironment(env);
        p.start(u"/bin/sh"_s, {u"-c"_s, command + u' ' + extra});
        Run r;
        if (!p.waitForFinished(60000))
            return r;
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void testPosixQuotingSurvivesTheShell_data()
    {
        QTest::addColumn<QString>("word");
        QTest::newRow("plain") << u"Article"_s;
        QTest::newRow("space") << u"/tmp/my backups/a.tar.zst"_s;
        QTest::newRow("quote") << u"it's here"_s;
        QTest::newRow("dollar") << u"$HOME and `date` and \"x\""_s;
        QTest::newRow("glob") << u"*.tar?[a]"_s;
        QTest::newRow("unicode") << u"Sicherungen/Ärger – 日本"_s;
        QTest::newRow("empty") << QString();
    }
    void testPosixQuotingSurvivesTheShell()
    {
        QFETCH(QString, word);
        QProcess p;
        p.start(
            u"/bin/sh"_s, {u"-c"_s, u"printf '%s|' "_s + CliCommandLine::quote(word, CliCommandLine::Shell::Posix)});
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()), word + u'|');
    }

    void testWindowsQuoting()
    {
        using CliCommandLine::Shell;
        QCOMPARE(CliCommandLine::quote(u"Article"_s, Shell::PowerShell), u"Article"_s);
        QCOMPARE(
            CliCommandLine::quote(u"C:/My Backups/a.tar.zst"_s, Shell::PowerShell), u"'C:/My Backups/a.tar.zst'"_s);
        QCOMPARE(CliCommandLine::quote(u"it's"_s, Shell::PowerShell), u"'it''s'"_s);
        // "," would make an array and "@" splat in PowerShell.
        QCOMPARE(CliCommandLine::quote(u"Article:a,b"_s, Shell::PowerShell), u"'Article:a,b'"_s);
        QCOMPARE(CliCommandLine::quote(u"$env:X"_s, Shell::PowerShell), u"'$env:X'"_s);
        QCOMPARE(CliCommandLine::quote(u"C:\\My Backups\\"_s, Shell::Cmd), u"\"C:\\My Backups\\\\\""_s);
        QCOMPARE(CliCommandLine::quote(u"say \"hi\""_s, Shell::Cmd), u"\"say \\\"hi\\\"\""_s);
        QCOMPARE(CliCommandLine::quote(u"C:\\data\\a.tar"_s, Shell::Cmd), u"\"C:\\data\\a.tar\""_s);
    }

    void testBackupCommandRunsAsPlanned()
    {
        EmulatorFixture f(withKey());
        seed(f);
        BackupParams p;
        p.endpoint = endpoint(f);
        p.endpoint.apiKey = "secret-key-123";
        p.endpoint.extraHeaders = {{"X-OpenAI-Api-Key", "sk-secret-456"}};
        p.collections = {u"Article"_s, u"TenantNote"_s};
        p.tenants.insert(u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s});
        p.includeVectors = false;
        p.compression = ArchiveCompression::Gzip;
        p.compressionLevel = 3;
        p.pageSize = 7;
        p.destination = m_dir.filePath(u"it's my backup.tar.gz"_s);
        const QString command = CliCommandLine::backup(p, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.contains(u"secret"_s) && !command.contains(u"X-OpenAI"_s), qPrintable(command));
        QVERIFY2(command.endsWith(u" --api-key-file KEY_FILE --header-file HEADER_FILE"_s), qPrintable(command));
        QVERIFY(CliCommandLine::hasOmittedSecrets(p.endpoint));

        // The emulator asks for no key, so the command runs as shown.
        const Run dry = runInShell(command, u"--dry-run --json"_s);
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QJsonObject plan = dry.json();
        QCOMPARE(plan.value(u"kind"_s).toString(), u"backupPlan"_s);
        QCOMPARE(plan.value(u"destination"_s).toString(), p.destination);
        QCOMPARE(plan.value(u"compression"_s).toString(), u"gzip"_s);
        QCOMPARE(plan.value(u"includeVectors"_s).toBool(), false);
        const QJsonArray collections = plan.value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 2);
        QStringList tenants;
        for (const QJsonValue& c : collections)
            for (const QJsonValue& t : c.toObject().value(u"tenants"_s).toArray())
                tenants << t.toObject().value(u"name"_s).toString();
        QCOMPARE(tenants, (QStringList {u"tenantA"_s, u"tenantB"_s}));

        // And for real: the archive is written where the params said.
        const Run real = runInShell(command, u"--json"_s);
        QVERIFY2(real.exitCode == 0, real.err.constData());
        QVERIFY(QFileInfo::exists(p.destination));
    }

    void testRestoreCommandRunsAsPlanned()
    {
        EmulatorFixture f(withKey());
        seed(f);
        BackupParams b;
        b.endpoint = endpoint(f);
        b.destination = m_dir.filePath(u"restore source.tar.zst"_s);
        b.activateTenants = true; // else the COLD tenant is skipped (exit code 3)
        const Run written = runInShell(CliCommandLine::backup(b, CliCommandLine::Shell::Posix), u"--json"_s);
        QVERIFY2(written.exitCode == 0, (written.err + written.out).constData());

        RestoreParams p;
        p.endpoint = endpoint(f);
        p.endpoint.apiKey = "secret-key-123";
        p.archivePath = b.destination;
        p.mode = RestoreMode::Merge;
        p.collections = {u"Article"_s, u"TenantNote"_s};
        p.rename.insert(u"Article"_s, u"ArticleCopy"_s);
        p.tenants.insert(u"TenantNote"_s, {u"tenantA"_s});
        p.vectorizerNone = true;
        p.batchSize = 50;
        p.concurrency = 2;
        const QString command = CliCommandLine::restore(p, false, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.contains(u"secret"_s) && !command.contains(u"--yes"_s), qPrintable(command));
        QVERIFY2(command.contains(u" --api-key-file KEY_FILE"_s), qPrintable(command));
        const Run dry = runInShell(command, u"--dry-run --json"_s);
        QVERIFY2(dry.exitCode == 0, (dry.err + dry.out).constData());
        const QJsonObject plan = dry.json();
        QCOMPARE(plan.value(u"kind"_s).toString(), u"restorePlan"_s);
        QCOMPARE(plan.value(u"mode"_s).toString(), u"merge"_s);
        QCOMPARE(plan.value(u"archive"_s).toString(), p.archivePath);
        const QByteArray text = QJsonDocument(plan).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("ArticleCopy"), text.constData());
        QVERIFY2(!text.contains("tenantB"), text.constData());

        // --yes with replace carries the typed names.
        p.mode = RestoreMode::Replace;
        p.confirmedReplace = {u"ArticleCopy"_s, u"TenantNote"_s};
        QVERIFY(
            CliCommandLine::restoreArguments(p, true).join(u' ').endsWith(u"--yes --confirm ArticleCopy,TenantNote"_s));

        // Re-vectorizing: the bare module first, then NAME=MODULE.
        p.vectors = RestoreVectors::Omit;
        p.vectorizers = {{QString(), u"text2vec-openai"_s}, {u"titles"_s, u"text2vec-cohere"_s}};
        const QString revectorize = CliCommandLine::restoreArguments(p, false).join(u' ');
        QVERIFY2(revectorize.contains(
                     u" --vectors omit --vectorizer text2vec-openai --vectorizer titles=text2vec-cohere "_s),
            qPrintable(revectorize));
    }

    void testClearCommandRunsAsPlanned()
    {
        EmulatorFixture f(withKey());
        seed(f);
        ClearParams p;
        p.endpoint = endpoint(f);
        p.endpoint.extraHeaders = {{"X-Cohere-Api-Key", "secret-789"}};
        p.collections = {u"TenantNote"_s};
        p.tenants.insert(u"TenantNote"_s, {u"tenantA"_s, u"tenantB"_s});
        p.method = ClearMethod::Recreate;
        p.backupPath = m_dir.filePath(u"before clear/"_s);
        p.confirmed = p.collections;
        QVERIFY(QDir().mkpath(p.backupPath));
        const QString command = CliCommandLine::clear(p, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.contains(u"secret"_s) && !command.contains(u"--yes"_s) && !command.contains(u"--confirm"_s),
            qPrintable(command));
        const Run dry = runInShell(command, u"--dry-run --json"_s);
        QVERIFY2(dry.exitCode == 0, (dry.err + dry.out).constData());
        const QJsonObject plan = dry.json();
        QCOMPARE(plan.value(u"kind"_s).toString(), u"clearPlan"_s);
        QCOMPARE(plan.value(u"method"_s).toString(), u"recreate"_s);
        QVERIFY2(plan.value(u"backup"_s).toObject().value(u"path"_s).toString().startsWith(p.backupPath),
            QJsonDocument(plan).toJson().constData());
        const QByteArray text = QJsonDocument(plan).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("tenantB") && !text.contains("tenantC"), text.constData());

        p.noBackup = true;
        p.method = ClearMethod::Drop;
        const QStringList args = CliCommandLine::clearArguments(p);
        QVERIFY(args.contains(u"--no-backup"_s) && args.contains(u"--drop"_s) && !args.contains(u"--backup-to"_s));
    }

    // The copy wizard's command: the source's connection as the global options, the target's as --to-* options,
    // secrets of neither (the target's key is TARGET_KEY_FILE, its header values HEADER_VALUE). Run with --dry-run
    // it plans the copy the params describe.
    void testCopyCommandRunsAsPlanned()
    {
        EmulatorFixture source(withKey());
        EmulatorFixture target(withKey());
        seed(source);
        CopyParams p;
        p.endpoint = endpoint(source);
        p.endpoint.apiKey = "secret-source-key";
        p.endpoint.grpcUrl = source.grpcUrl(); // two emulators on one host: each its own gRPC address
        p.target.endpoint = endpoint(target);
        p.target.endpoint.apiKey = "secret-target-key";
        p.target.endpoint.extraHeaders = {{"X-Cohere-Api-Key", "secret-789"}};
        p.target.endpoint.grpcUrl = target.grpcUrl();
        p.target.mode = RestoreMode::Merge;
        p.target.collections = {u"Article"_s, u"TenantNote"_s};
        p.target.rename.insert(u"Article"_s, u"ArticleCopy"_s);
        QString command = CliCommandLine::copy(p, false, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.contains(u"secret"_s) && !command.contains(u"--yes"_s), qPrintable(command));
        const QString to = target.baseUrl().toString(QUrl::StripTrailingSlash);
        const QString from = source.baseUrl().toString(QUrl::StripTrailingSlash);
        QCOMPARE(command,
            u"colvault-cli copy Article TenantNote --to-url %1 --to-api-key-file TARGET_KEY_FILE --to-header "
            u"'X-Cohere-Api-Key: HEADER_VALUE' --to-grpc-url %2 --mode merge --rename Article=ArticleCopy --url %3 "
            u"--api-key-file KEY_FILE --grpc-url %4"_s.arg(
                to, target.grpcUrl().toString(), from, source.grpcUrl().toString()));

        const QString targetKey = m_dir.filePath(u"target key"_s);
        QFile key(targetKey);
        QVERIFY(key.open(QIODevice::WriteOnly) && key.write("some-key\n") > 0);
        key.close();
        command.replace(u"TARGET_KEY_FILE"_s, CliCommandLine::quote(targetKey, CliCommandLine::Shell::Posix));
        const Run dry = runInShell(command, u"--dry-run --json"_s);
        QVERIFY2(dry.exitCode == 0, (dry.err + dry.out).constData());
        const QJsonObject plan = dry.json();
        QCOMPARE(plan.value(u"kind"_s).toString(), u"copyPlan"_s);
        QCOMPARE(plan.value(u"mode"_s).toString(), u"merge"_s);
        QCOMPARE(plan.value(u"source"_s).toString(), from);
        const QByteArray text = QJsonDocument(plan).toJson(QJsonDocument::Compact);
        QVERIFY2(text.contains("ArticleCopy") && text.contains("TenantNote"), text.constData());
        QVERIFY2(!text.contains("\"Author\""), text.constData());

        // --yes with replace carries the typed names; without placeholders, no secret options at all.
        p.target.mode = RestoreMode::Replace;
        p.target.confirmedReplace = {u"ArticleCopy"_s, u"TenantNote"_s};
        QVERIFY(
            CliCommandLine::copyArguments(p, true).join(u' ').endsWith(u"--yes --confirm ArticleCopy,TenantNote"_s));
        const QString left = CliCommandLine::copyArguments(p, false, CliCommandLine::Secrets::Left).join(u' ');
        QVERIFY2(!left.contains(u"--to-api-key-file"_s) && !left.contains(u"--to-header"_s)
                && !left.contains(u"--api-key-file"_s),
            qPrintable(left));
    }

    // A profile's gRPC address goes with the command (the CLI would otherwise guess port 50051 of the REST host).
    void testGrpcArguments()
    {
        WeaviateEndpoint e;
        e.url = QUrl(u"http://weaviate.example:8080"_s);
        QVERIFY(!CliCommandLine::connectionArguments(e).join(u' ').contains(u"--grpc"_s));
        e.grpcPort = 50052;
        QCOMPARE(CliCommandLine::connectionArguments(e).mid(2), (QStringList {u"--grpc-port"_s, u"50052"_s}));
        e.grpcUrl = QUrl(u"grpcs://grpc-weaviate.example:443"_s);
        QCOMPARE(CliCommandLine::connectionArguments(e).mid(2),
            (QStringList {u"--grpc-url"_s, u"grpcs://grpc-weaviate.example:443"_s}));
        e.dataTransport = WeaviateEndpoint::DataTransport::Rest;
        QCOMPARE(CliCommandLine::connectionArguments(e).mid(4), (QStringList {u"--transport"_s, u"rest"_s}));
    }

    // An s3:// archive in any command: the --s3-* options registered for its bucket (a storage profile) go with it,
    // never its keys; a folder gets none.
    void testS3ArgumentsFollowTheArchive()
    {
        S3Archive::Settings profile;
        profile.overrides.endpoint = QUrl(u"http://127.0.0.1:9000"_s);
        profile.overrides.region = u"eu-west-3"_s;
        profile.overrides.pathStyle = S3PathStyle::Path;
        profile.overrides.accessKeyId = "AKIDEXAMPLE";
        profile.overrides.secretAccessKey = "wJalrXUtnFEMI";
        S3Archive::setBucketSettings(u"team-backups"_s, profile);
        const QStringList s3 {
            u"--s3-endpoint"_s, u"http://127.0.0.1:9000"_s, u"--s3-region"_s, u"eu-west-3"_s, u"--s3-path-style"_s};
        auto hasS3 = [&s3](const QStringList& args) { return args.join(u' ').contains(s3.join(u' ')); };
        auto hasKey = [](const QStringList& args) {
            return args.join(u' ').contains(u"AKIDEXAMPLE"_s) || args.join(u' ').contains(u"wJalrXUtnFEMI"_s);
        };

        BackupParams backup;
        backup.collections = {u"Article"_s};
        backup.destination = u"s3://team-backups/nightly/a.tar.zst"_s;
        QVERIFY(hasS3(CliCommandLine::backupArguments(backup)));
        QVERIFY(!hasKey(CliCommandLine::backupArguments(backup)));
        RestoreParams restore;
        restore.archivePath = backup.destination;
        QVERIFY(hasS3(CliCommandLine::restoreArguments(restore, false)));
        ClearParams clear;
        clear.collections = {u"Article"_s};
        clear.backupPath = backup.destination;
        QVERIFY(hasS3(CliCommandLine::clearArguments(clear)));
        QVERIFY(!hasKey(CliCommandLine::clearArguments(clear)));
        clear.noBackup = true;
        QVERIFY(!hasS3(CliCommandLine::clearArguments(clear)));
        backup.destination = u"/backups/a.tar.zst"_s;
        QVERIFY(!CliCommandLine::backupArguments(backup).join(u' ').contains(u"--s3"_s));
        S3Archive::removeBucketSettings(u"team-backups"_s);
        backup.destination = u"s3://team-backups/nightly/a.tar.zst"_s;
        QVERIFY(!hasS3(CliCommandLine::backupArguments(backup)));
    }

    void testTransportNames()
    {
        using T = WeaviateEndpoint::DataTransport;
        for (T t : {T::Auto, T::Rest, T::Grpc})
            QCOMPARE(CliCommandLine::transportFromName(CliCommandLine::transportName(t)), std::optional<T>(t));
        QCOMPARE(CliCommandLine::transportName(T::Grpc), u"grpc"_s);
        QVERIFY(!CliCommandLine::transportFromName(u"GRPC"_s).has_value());
        QVERIFY(!CliCommandLine::transportFromName(QString()).has_value());
    }

    // The proxy of a profile: nothing for the system's (the CLI's default), --proxy none, or --proxy URL with
    // --proxy-user; the password only as the PROXY_PASSWORD_FILE placeholder, never its value.
    void testProxyArguments()
    {
        WeaviateEndpoint e;
        e.url = QUrl(u"http://weaviate.example:8080"_s);
        QVERIFY(!CliCommandLine::connectionArguments(e).join(u' ').contains(u"--proxy"_s));

        e.proxy.mode = ProxySettings::Mode::None;
        QCOMPARE(CliCommandLine::connectionArguments(e),
            (QStringList {u"--url"_s, u"http://weaviate.example:8080"_s, u"--proxy"_s, u"none"_s}));

        e.proxy.mode = ProxySettings::Mode::Manual;
        e.proxy.url = QUrl(u"http://proxy.example:3128"_s);
        QCOMPARE(CliCommandLine::connectionArguments(e).mid(2),
            (QStringList {u"--proxy"_s, u"http://proxy.example:3128"_s}));

        e.proxy.user = u"alice smith"_s;
        e.proxy.password = "cv-proxy-secret-81c";
        const QStringList args = CliCommandLine::connectionArguments(e);
        QCOMPARE(args.mid(2),
            (QStringList {u"--proxy"_s, u"http://proxy.example:3128"_s, u"--proxy-user"_s, u"alice smith"_s,
                u"--proxy-password-file"_s, CliCommandLine::proxyPasswordFilePlaceholder.toString()}));
        QCOMPARE(CliCommandLine::connectionArguments(e, CliCommandLine::Secrets::Left).mid(2),
            (QStringList {u"--proxy"_s, u"http://proxy.example:3128"_s, u"--proxy-user"_s, u"alice smith"_s}));
        BackupParams p;
        p.endpoint = e;
        p.destination = u"/tmp/a.tar.zst"_s;
        const QString command = CliCommandLine::backup(p, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.contains(u"cv-proxy-secret"_s), qPrintable(command));
        QVERIFY2(command.endsWith(u"--proxy http://proxy.example:3128 --proxy-user 'alice smith' --proxy-password-file "
                                  "PROXY_PASSWORD_FILE"_s),
            qPrintable(command));

        // User info that reached the URL by any way is not shown: the user goes to --proxy-user.
        e.proxy.url = QUrl(u"http://bob:cv-proxy-secret-81c@proxy.example:3128"_s);
        QVERIFY(!CliCommandLine::connectionArguments(e).join(u' ').contains(u"cv-proxy-secret"_s));
    }

    // --proxy none, as the command line gives it for a profile that connects directly, runs.
    void testDirectProxyCommandRuns()
    {
        EmulatorFixture f;
        seed(f);
        BackupParams p;
        p.endpoint = endpoint(f);
        p.endpoint.proxy.mode = ProxySettings::Mode::None;
        p.collections = {u"Article"_s};
        p.destination = m_dir.filePath(u"direct.tar.zst"_s);
        const QString command = CliCommandLine::backup(p, CliCommandLine::Shell::Posix);
        QVERIFY2(command.contains(u" --proxy none"_s), qPrintable(command));
        const Run dry = runInShell(command, u"--dry-run --json"_s);
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        QCOMPARE(dry.json().value(u"kind"_s).toString(), u"backupPlan"_s);
    }

    void testUndoCommandIsARestoreCommand()
    {
        ClearPlan plan;
        plan.params.endpoint.url = QUrl(u"http://user:pw@example.com:8080"_s);
        plan.params.endpoint.apiKey = "k";
        plan.undoMode = RestoreMode::New;
        RestoreParams r;
        r.endpoint = plan.params.endpoint;
        r.archivePath = u"/tmp/a b.tar.zst"_s;
        r.mode = RestoreMode::New;
        // The undo command, printed by the CLI and shown by the wizard: without the key it would fail against a
        // server that needs one, so the key's place is named and never its value.
        QCOMPARE(ClearTask::undoCommand(plan, r.archivePath),
            CliCommandLine::restore(r, true, CliCommandLine::Shell::Posix, CliCommandLine::Secrets::Placeholders));
        QCOMPARE(ClearTask::undoCommand(plan, r.archivePath),
            u"colvault-cli restore '/tmp/a b.tar.zst' --mode new --url http://example.com:8080 --api-key-file KEY_FILE "
            u"--yes"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliCommandLine)
#include "TestCliCommandLine.moc"
