// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Archive.h"
#include "core/S3Client.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"
#include "tests/support/S3Server.h"
#include "tests/support/StoreDump.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::S3Server;

// colvault-cli with archives at s3://BUCKET/KEY, in process against the emulator and s3rver on loopback (keys and
// endpoint from the AWS environment variables, as a user sets them): backup, inspect, verify and restore through
// the bucket, a default-named archive under a prefix, clear --backup-to with its undo command, and the errors, each
// one line with the file path's exit codes: a wrong secret key, a missing bucket or key, an unreachable server,
// missing keys, a malformed location, and an archive cut short at its key.
class TestS3Archives : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }
    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }
    static QString s3(const QString& key) { return u"s3://colvault-cli/"_s + key; }
    static int lineCount(const QString& text) { return int(text.split(u'\n', Qt::SkipEmptyParts).size()); }
    static QString both(const Run& r) { return r.out + u"\n---\n"_s + r.err; }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static void seed(TestSupport::EmulatorFixture& f, const std::vector<std::string>& collections = {})
    {
        Seed::SeedOptions o;
        o.objects = 40;
        o.dims = 16;
        o.collections = collections;
        o.frozenTenant = false;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    // The environment a user sets for an S3-compatible server.
    void setEnvironment()
    {
        qputenv("AWS_ACCESS_KEY_ID", S3Server::accessKeyId);
        qputenv("AWS_SECRET_ACCESS_KEY", S3Server::secretAccessKey);
        qputenv("AWS_ENDPOINT_URL", m_server.endpoint().toString().toUtf8());
        qputenv("AWS_REGION", "us-east-1");
    }

    QString endpoint() const { return m_server.endpoint().toString(); }

    S3Server m_server;
    QTemporaryDir m_home;
    std::unique_ptr<TestSupport::EmulatorFixture> m_source;

private Q_SLOTS:
    void initTestCase();
    void init() { setEnvironment(); }
    void cleanupTestCase();
    void testBackupInspectVerifyRestore();
    void testBackupToAPrefixNamesTheArchive();
    void testWrongSecretKeyIsOneLine();
    void testMissingBucketKeyOrServer();
    void testLocationAndKeyProblemsAreUsageErrors();
    void testClearBacksUpToS3AndUndoes();
    void testArchiveCutShortIsRefused();
};

void TestS3Archives::initTestCase()
{
    Colvault::Translations::install(QLocale(QLocale::English));
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({u"colvault-cli"_s}, &error), qPrintable(error));
    qputenv("WEAVIATE_URL", "");
    qputenv("WEAVIATE_API_KEY", "");
    qputenv("HOME", m_home.path().toUtf8()); // no ~/.aws of the machine's user
    for (const char* name : {"AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL_S3", "AWS_DEFAULT_REGION",
             "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_CA_BUNDLE"})
        qunsetenv(name);
    // Quick retries (the test server's own settings); the command's options and the environment do the rest.
    Colvault::S3Archive::Settings settings;
    settings.transport = m_server.config().transport;
    Colvault::S3Archive::setSettings(settings);
    m_source = std::make_unique<TestSupport::EmulatorFixture>(config());
    seed(*m_source);
}

void TestS3Archives::cleanupTestCase()
{
    m_source.reset();
    Colvault::S3Archive::setSettings({});
}

// A backup into the bucket, inspected, verified and restored into a fresh server: the same content.
void TestS3Archives::testBackupInspectVerifyRestore()
{
    const QString archive = s3(u"demo/all.tar.zst"_s);
    const Run backup = cli({u"--url"_s, url(*m_source), u"backup"_s, u"--activate-tenants"_s, u"-o"_s, archive});
    QVERIFY2(backup.exitCode == 0, qPrintable(both(backup)));
    QVERIFY2(backup.out.contains(u"to %1 ("_s.arg(archive)), qPrintable(backup.out));
    QVERIFY2(!backup.out.contains(u"(0 bytes)"_s), qPrintable(backup.out));

    const Run inspect = cli({u"inspect"_s, archive});
    QVERIFY2(inspect.exitCode == 0, qPrintable(both(inspect)));
    QVERIFY(inspect.out.startsWith(u"Archive: %1 ("_s.arg(archive)));
    QVERIFY(inspect.out.contains(u"4 collections:"_s));
    const Run inspectJson = cli({u"inspect"_s, archive, u"--json"_s});
    QCOMPARE(inspectJson.json().value(u"file"_s).toString(), archive);
    QVERIFY(inspectJson.json().value(u"fileSize"_s).toInteger() > 0);

    const Run verify = cli({u"verify"_s, archive});
    QVERIFY2(verify.exitCode == 0, qPrintable(both(verify)));
    QVERIFY(verify.out.startsWith(u"The archive is complete and intact"_s));

    TestSupport::EmulatorFixture target(config());
    const Run restore = cli({u"--url"_s, url(target), u"restore"_s, archive, u"--yes"_s});
    QVERIFY2(restore.exitCode == 0, qPrintable(both(restore)));
    QCOMPARE(TestSupport::storeDump(target.emulator()), TestSupport::storeDump(m_source->emulator()));
}

// -o s3://BUCKET/PREFIX/ is a place, as -o DIR is: the archive gets the default name there.
void TestS3Archives::testBackupToAPrefixNamesTheArchive()
{
    const Run backup = cli({u"--url"_s, url(*m_source), u"backup"_s, u"Article"_s, u"-o"_s, s3(u"daily/"_s),
        u"--s3-path-style"_s, u"--json"_s});
    QVERIFY2(backup.exitCode == 0, qPrintable(both(backup)));
    const QString archive = backup.json().value(u"archive"_s).toString();
    QVERIFY2(QRegularExpression(u"^s3://colvault-cli/daily/Article_\\d{4}-\\d\\d-\\d\\d_\\d{6}\\.tar\\.zst$"_s)
                 .match(archive)
                 .hasMatch(),
        qPrintable(archive));
    QVERIFY(backup.json().value(u"archiveBytes"_s).toInteger() > 0);
    QCOMPARE(cli({u"verify"_s, archive}).exitCode, 0);
}

void TestS3Archives::testWrongSecretKeyIsOneLine()
{
    qputenv("AWS_SECRET_ACCESS_KEY", "not-the-secret");
    const QString sentence = u"The S3 server at %1 rejected the request: the secret access key of COLVAULTTESTKEY is "
                             "wrong."_s.arg(endpoint());
    const QList<QStringList> commands {
        {u"--url"_s, url(*m_source), u"backup"_s, u"Article"_s, u"-o"_s, s3(u"secret.tar.zst"_s)},
        {u"inspect"_s, s3(u"demo/all.tar.zst"_s)},
        {u"verify"_s, s3(u"demo/all.tar.zst"_s)},
        {u"--url"_s, url(*m_source), u"restore"_s, s3(u"demo/all.tar.zst"_s), u"--yes"_s},
    };
    for (const QStringList& args : commands) {
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.trimmed(), u"Error: "_s + sentence);
        QVERIFY(!r.err.contains(u"not-the-secret"_s));
    }
    setEnvironment();
    QCOMPARE(cli({u"verify"_s, s3(u"secret.tar.zst"_s)}).exitCode, 1); // nothing was written
}

void TestS3Archives::testMissingBucketKeyOrServer()
{
    Run r = cli({u"--url"_s, url(*m_source), u"backup"_s, u"Article"_s, u"-o"_s, u"s3://no-such-bucket/a.tar.zst"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"Error: The S3 bucket \"no-such-bucket\" does not exist at %1."_s.arg(endpoint()));

    r = cli({u"verify"_s, s3(u"missing.tar.zst"_s)});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"Error: There is no object at s3://colvault-cli/missing.tar.zst."_s);

    r = cli({u"--url"_s, url(*m_source), u"restore"_s, s3(u"missing.tar.zst"_s), u"--yes"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(), u"Error: There is no object at s3://colvault-cli/missing.tar.zst."_s);

    // --s3-endpoint wins over AWS_ENDPOINT_URL; nothing listens on port 1.
    r = cli({u"inspect"_s, s3(u"demo/all.tar.zst"_s), u"--s3-endpoint"_s, u"http://127.0.0.1:1"_s});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err.trimmed(),
        u"Error: Could not connect to the S3 server at http://127.0.0.1:1: the connection was refused."_s);
}

void TestS3Archives::testLocationAndKeyProblemsAreUsageErrors()
{
    Run r = cli({u"verify"_s, u"s3://Not_A_Bucket/a.tar.zst"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lineCount(r.err), 1);

    r = cli({u"verify"_s, u"s3://colvault-cli"_s}); // an archive needs a key
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lineCount(r.err), 1);

    qunsetenv("AWS_ACCESS_KEY_ID");
    r = cli({u"--url"_s, url(*m_source), u"backup"_s, u"Article"_s, u"-o"_s, s3(u"nokey.tar.zst"_s)});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.trimmed(), u"Error: AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not."_s);

    r = cli({u"inspect"_s, s3(u"demo/all.tar.zst"_s), u"--s3-endpoint"_s, u"ftp://example.com"_s});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(lineCount(r.err), 1);
}

// clear --backup-to s3://BUCKET/PREFIX/: the backup is named there and verified, and the printed undo command (with
// this run's --s3-* options) brings the objects back.
void TestS3Archives::testClearBacksUpToS3AndUndoes()
{
    TestSupport::EmulatorFixture f(config());
    seed(f, {"Article", "Passage"});
    const qint64 before = f.objectCount(u"Article"_s);
    QVERIFY(before > 0);
    const Run dry = cli({u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"--backup-to"_s, s3(u"before/"_s),
        u"--dry-run"_s, u"--json"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(both(dry)));
    const QString planned = dry.json().value(u"backup"_s).toObject().value(u"path"_s).toString();
    QVERIFY2(planned.startsWith(s3(u"before/before-clear_Article_"_s)), qPrintable(planned));

    const Run clear = cli({u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"--backup-to"_s, s3(u"before/"_s),
        u"--s3-path-style"_s, u"--yes"_s, u"--confirm"_s, u"Article"_s});
    QVERIFY2(clear.exitCode == 0, qPrintable(both(clear)));
    QCOMPARE(f.objectCount(u"Article"_s), 0);
    const QRegularExpressionMatch backup
        = QRegularExpression(u"Backup: (s3://colvault-cli/before/before-clear_Article_\\S+)"_s).match(clear.out);
    QVERIFY2(backup.hasMatch(), qPrintable(clear.out));
    const QRegularExpressionMatch undo = QRegularExpression(u"To undo: colvault-cli (.*)"_s).match(clear.out);
    QVERIFY2(undo.hasMatch(), qPrintable(clear.out));
    const QStringList undoArgs = undo.captured(1).trimmed().split(u' ');
    QVERIFY2(undoArgs.contains(backup.captured(1)) && undoArgs.contains(u"--s3-path-style"_s), qPrintable(clear.out));

    const Run restored = cli(undoArgs);
    QVERIFY2(restored.exitCode == 0, qPrintable(both(restored)));
    QCOMPARE(f.objectCount(u"Article"_s), before);
}

// The first half of a good archive at a key: verify reports it incomplete and restore writes nothing, as for a file.
void TestS3Archives::testArchiveCutShortIsRefused()
{
    const QString good = s3(u"cut/good.tar.zst"_s);
    QCOMPARE(cli({u"--url"_s, url(*m_source), u"backup"_s, u"Article"_s, u"-o"_s, good}).exitCode, 0);
    Colvault::S3Client client(m_server.config());
    Colvault::S3ObjectInfo info;
    QByteArray whole;
    QVERIFY(client.headObject({u"colvault-cli"_s, u"cut/good.tar.zst"_s}, &info).ok());
    QVERIFY(client.getObjectRange({u"colvault-cli"_s, u"cut/good.tar.zst"_s}, 0, info.size - 1, &whole).ok());
    const Colvault::S3Location cut {u"colvault-cli"_s, u"cut/half.tar.zst"_s};
    QString id;
    QByteArray etag;
    QVERIFY(client.createMultipartUpload(cut, &id).ok());
    QVERIFY(client.uploadPart(cut, id, 1, whole.left(whole.size() / 2), &etag).ok());
    QVERIFY(client.completeMultipartUpload(cut, id, {{1, etag}}).ok());

    const Run verify = cli({u"verify"_s, cut.toString()});
    QCOMPARE(verify.exitCode, 1);
    QVERIFY2(verify.err.contains(u"truncated"_s) || verify.err.contains(u"incomplete"_s), qPrintable(verify.err));

    TestSupport::EmulatorFixture target(config());
    const Run restore = cli({u"--url"_s, url(target), u"restore"_s, cut.toString(), u"--yes"_s});
    QCOMPARE(restore.exitCode, 1);
    QCOMPARE(lineCount(restore.err), 1);
    QCOMPARE(target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
}

QTEST_GUILESS_MAIN(TestS3Archives)
#include "TestS3Archives.moc"
