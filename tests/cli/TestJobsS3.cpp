// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobPlace.h"
#include "core/S3Archive.h"
#include "core/S3Client.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"
#include "tests/support/S3Server.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::S3Server;

// Saved jobs whose archives go to an S3 bucket prefix, through colvault-cli in process against the emulator and
// s3rver on loopback: `job create --dir s3://…` saves the location and the --s3-* options (no keys), `job run`
// writes, verifies and applies retention in the bucket, and retention there keeps and removes what it does in a
// folder: a foreign object, an archive of another job, an archive cut short and an archive one level deeper stay;
// `job prune --dry-run` lists and removes nothing; a listing of several pages (max-keys 1) sees every archive; a
// wrong secret key is one line. The history spares reading an archive a run verified.
class TestJobsS3 : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }
    static QString both(const Run& r) { return r.out + u"\n---\n"_s + r.err; }
    static constexpr const char* bucket = "colvault-jobs";
    static QString s3(const QString& key) { return u"s3://colvault-jobs/"_s + key; }

    Run create(const QString& name, const QString& dir, const QStringList& options = {})
    {
        return cli(QStringList {u"--url"_s, m_source->baseUrl().toString(), u"job"_s, u"create"_s, name, u"Article"_s,
                       u"--dir"_s, dir, u"--s3-endpoint"_s, m_server.endpoint().toString(), u"--s3-path-style"_s}
            + options);
    }

    // The keys under `prefix`, sorted.
    QStringList keys(const QString& prefix)
    {
        S3Client client(m_server.config());
        QList<S3ObjectInfo> objects;
        const HttpResult r = client.listObjects(QString::fromLatin1(bucket), prefix, &objects);
        QStringList list;
        for (const S3ObjectInfo& o : std::as_const(objects))
            list << o.key;
        list.sort();
        return r.ok() ? list : QStringList {u"error: "_s + r.error.details};
    }

    QByteArray get(const QString& key)
    {
        S3Client client(m_server.config());
        QByteArray data;
        const S3Location at {QString::fromLatin1(bucket), key};
        client.getObjectRange(at, 0, 1LL << 30, &data);
        return data;
    }

    bool put(const QString& key, const QByteArray& data)
    {
        S3Client client(m_server.config());
        const S3Location at {QString::fromLatin1(bucket), key};
        QString id;
        QByteArray etag;
        return client.createMultipartUpload(at, &id).ok() && client.uploadPart(at, id, 1, data, &etag).ok()
            && client.completeMultipartUpload(at, id, {{1, etag}}).ok();
    }

    // The environment of a run: keys and region, but no endpoint (the job's saved --s3-endpoint gives it).
    static void setKeys(const QByteArray& secret = S3Server::secretAccessKey)
    {
        qputenv("AWS_ACCESS_KEY_ID", S3Server::accessKeyId);
        qputenv("AWS_SECRET_ACCESS_KEY", secret);
        qputenv("AWS_REGION", "us-east-1");
    }

    S3Server m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::EmulatorFixture> m_source;

private Q_SLOTS:
    void initTestCase();
    void init() { setKeys(); }
    void cleanupTestCase();
    void testCreateSavesTheLocationAndNoKeys();
    void testRunsKeepOnlyTheJobsArchives();
    void testPruneDryRunOverSeveralPages();
    void testHistorySparesTheReading();
    void testWrongSecretKeyIsOneLine();
};

void TestJobsS3::initTestCase()
{
    Translations::install(QLocale(QLocale::English));
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({QString::fromLatin1(bucket)}, &error, {{u"logReads"_s, true}}), qPrintable(error));
    qputenv("WEAVIATE_URL", "");
    qputenv("WEAVIATE_API_KEY", "");
    qputenv("HOME", m_dir.path().toUtf8()); // no ~/.aws of the machine's user
    qputenv("COLVAULT_CONFIG_DIR", m_dir.filePath(u"config"_s).toUtf8());
    for (const char* name : {"AWS_PROFILE", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3",
             "AWS_DEFAULT_REGION", "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "AWS_CA_BUNDLE"})
        qunsetenv(name);
    S3Archive::Settings settings;
    settings.transport = m_server.config().transport; // quick retries
    S3Archive::setSettings(settings);
    m_source = std::make_unique<TestSupport::EmulatorFixture>();
    Seed::SeedOptions o;
    o.objects = 30;
    o.dims = 8;
    o.collections = {"Article"};
    QVERIFY2(m_source->seed(o, &error), qPrintable(error));
}

void TestJobsS3::cleanupTestCase()
{
    m_source.reset();
    S3Archive::setSettings({});
    JobPlace::setListPageSize(1000);
}

// The prefix gets its "/", the --s3-* options are saved, and nothing of the keys.
void TestJobsS3::testCreateSavesTheLocationAndNoKeys()
{
    const Run made = create(u"saved"_s, s3(u"saved"_s), {u"--s3-region"_s, u"eu-west-3"_s});
    QVERIFY2(made.exitCode == 0, qPrintable(both(made)));
    QVERIFY2(made.out.contains(s3(u"saved/"_s)), qPrintable(made.out));
    const QJsonObject job = cli({u"job"_s, u"show"_s, u"saved"_s, u"--json"_s}).json().value(u"job"_s).toObject();
    QCOMPARE(job.value(u"directory"_s).toString(), s3(u"saved/"_s));
    const QJsonObject saved = job.value(u"s3"_s).toObject();
    QCOMPARE(saved.value(u"endpoint"_s).toString(), m_server.endpoint().toString());
    QCOMPARE(saved.value(u"region"_s).toString(), u"eu-west-3"_s);
    QCOMPARE(saved.value(u"pathStyle"_s).toBool(), true);
    // As text: the place as written (never a folder path with native separators) and the options, no key.
    const Run shown = cli({u"job"_s, u"show"_s, u"saved"_s});
    QVERIFY2(shown.out.contains(u"S3 bucket prefix: "_s + s3(u"saved/"_s)), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Region: eu-west-3"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Path-style addressing"_s), qPrintable(shown.out));
    const Run listed = cli({u"job"_s, u"list"_s});
    QVERIFY2(listed.out.contains(s3(u"saved/"_s)), qPrintable(listed.out));
    QFile store(m_dir.filePath(u"config/jobs.json"_s));
    QVERIFY(store.open(QIODevice::ReadOnly));
    QVERIFY(!store.readAll().contains(S3Server::secretAccessKey));

    const Run bad = create(u"bad"_s, u"s3://Not_A_Bucket/x/"_s);
    QCOMPARE(bad.exitCode, 2);
    const Run local = cli({u"--url"_s, m_source->baseUrl().toString(), u"job"_s, u"create"_s, u"local"_s, u"--dir"_s,
        m_dir.path(), u"--s3-path-style"_s});
    QCOMPARE(local.exitCode, 2);
    QVERIFY2(local.err.contains(u"--s3-"_s), qPrintable(local.err));
}

// keep-last 1: each run leaves only its own archive of the job; everything else under the prefix stays.
void TestJobsS3::testRunsKeepOnlyTheJobsArchives()
{
    QCOMPARE(create(u"nightly"_s, s3(u"nightly/"_s), {u"--keep-last"_s, u"1"_s}).exitCode, 0);
    QCOMPARE(create(u"other"_s, s3(u"nightly/"_s), {u"--pattern"_s, u"other-{date}"_s}).exitCode, 0);
    const Run other = cli({u"job"_s, u"run"_s, u"other"_s});
    QVERIFY2(other.exitCode == 0, qPrintable(both(other)));
    const Run first = cli({u"job"_s, u"run"_s, u"nightly"_s});
    QVERIFY2(first.exitCode == 0, qPrintable(both(first)));
    QStringList before = keys(u"nightly/"_s);
    QCOMPARE(before.size(), 2);
    const QString firstKey = before.filter(u"nightly/127.0.0.1-"_s).value(0);
    QVERIFY2(!firstKey.isEmpty(), qPrintable(before.join(u", "_s)));
    // An archive of this job cut short, one a level deeper, and a file that is no archive.
    const QByteArray archive = get(firstKey);
    QVERIFY(archive.size() > 1000);
    QVERIFY(put(u"nightly/cut.tar.zst"_s, archive.left(archive.size() / 2)));
    QVERIFY(put(u"nightly/deeper/copy.tar.zst"_s, archive));
    QVERIFY(put(u"nightly/notes.txt"_s, "not an archive"));

    const Run second = cli({u"job"_s, u"run"_s, u"nightly"_s});
    QVERIFY2(second.exitCode == 0, qPrintable(both(second)));
    const QStringList after = keys(u"nightly/"_s);
    QVERIFY2(!after.contains(firstKey), qPrintable(after.join(u", "_s)));
    QCOMPARE(after.filter(u"nightly/127.0.0.1-"_s).size(), 1);
    for (const QString& kept : {u"nightly/cut.tar.zst"_s, u"nightly/deeper/copy.tar.zst"_s, u"nightly/notes.txt"_s})
        QVERIFY2(after.contains(kept), qPrintable(kept));
    QCOMPARE(after.filter(u"nightly/other-"_s).size(), 1);
    QCOMPARE(after.size(), 5);
    const Run verify = cli({u"verify"_s, s3(after.filter(u"nightly/127.0.0.1-"_s).constFirst()), u"--s3-endpoint"_s,
        m_server.endpoint().toString()});
    QVERIFY2(verify.exitCode == 0, qPrintable(both(verify)));
}

// Two archives made without rules, then keep-last 1: the dry run lists the older and removes nothing, the prune
// removes it. The listing comes one object per page (max-keys 1), so the older is only seen on a later page.
void TestJobsS3::testPruneDryRunOverSeveralPages()
{
    QCOMPARE(create(u"weekly"_s, s3(u"weekly/"_s)).exitCode, 0);
    for (int run = 0; run < 2; ++run) {
        const Run r = cli({u"job"_s, u"run"_s, u"weekly"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(both(r)));
    }
    QVERIFY(put(u"weekly/zz-notes.txt"_s, "not an archive"));
    QCOMPARE(keys(u"weekly/"_s).size(), 3);
    QCOMPARE(create(u"weekly"_s, s3(u"weekly/"_s), {u"--replace"_s, u"--keep-last"_s, u"1"_s}).exitCode, 0);
    JobPlace::setListPageSize(1);
    const Run dry = cli({u"job"_s, u"prune"_s, u"weekly"_s, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(dry.exitCode == 0, qPrintable(both(dry)));
    const QJsonArray archives = dry.json().value(u"archives"_s).toArray();
    QCOMPARE(archives.size(), 2);
    const QJsonObject newest = archives.at(0).toObject();
    const QJsonObject older = archives.at(1).toObject();
    QVERIFY(newest.value(u"keep"_s).toBool() && !older.value(u"keep"_s).toBool());
    QVERIFY(dry.json().value(u"removed"_s).toArray().isEmpty());
    QCOMPARE(keys(u"weekly/"_s).size(), 3);
    const QString olderName = QFileInfo(older.value(u"path"_s).toString()).fileName();
    const Run human = cli({u"job"_s, u"prune"_s, u"weekly"_s, u"--dry-run"_s});
    QVERIFY2(human.exitCode == 0 && human.out.contains(olderName), qPrintable(human.out));

    const Run prune = cli({u"job"_s, u"prune"_s, u"weekly"_s});
    JobPlace::setListPageSize(1000);
    QVERIFY2(prune.exitCode == 0, qPrintable(both(prune)));
    const QString kept = newest.value(u"path"_s).toString().mid(s3(QString()).size());
    QCOMPARE(keys(u"weekly/"_s), (QStringList {kept, u"weekly/zz-notes.txt"_s}));
}

// The archive a run verified is known from the history (key, size, LastModified) and not fetched again by the prune;
// another job's archive under the prefix is fetched (its head tells whose it is).
void TestJobsS3::testHistorySparesTheReading()
{
    QCOMPARE(create(u"reads"_s, s3(u"reads/"_s), {u"--keep-last"_s, u"2"_s}).exitCode, 0);
    const Run run = cli({u"job"_s, u"run"_s, u"reads"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(both(run)));
    const QString own = keys(u"reads/"_s).value(0);
    QVERIFY(own.startsWith(u"reads/127.0.0.1-"_s));
    const QString other = keys(u"nightly/"_s).filter(u"nightly/other-"_s).value(0);
    QVERIFY(!other.isEmpty());
    QVERIFY(put(u"reads/other.tar.zst"_s, get(other)));
    QTest::qWait(200); // the server's log lines so far
    const qsizetype before = m_server.output().size();
    const Run prune = cli({u"job"_s, u"prune"_s, u"reads"_s, u"--dry-run"_s, u"--json"_s});
    QVERIFY2(prune.exitCode == 0, qPrintable(both(prune)));
    QCOMPARE(prune.json().value(u"archives"_s).toArray().size(), 1);
    QCOMPARE(prune.json().value(u"skipped"_s).toArray().at(0).toObject().value(u"why"_s).toString(), u"otherJob"_s);
    QTest::qWait(300);
    const QString log = m_server.output().mid(before);
    QVERIFY2(log.contains(u"read reads/other.tar.zst"_s), qPrintable(log));
    QVERIFY2(!log.contains(u"read "_s + own), qPrintable(log));
}

// A wrong secret key: the run and the prune each fail with the one sentence, and nothing changes in the bucket.
void TestJobsS3::testWrongSecretKeyIsOneLine()
{
    QCOMPARE(create(u"denied"_s, s3(u"denied/"_s), {u"--keep-last"_s, u"1"_s}).exitCode, 0);
    setKeys("wrong-secret");
    for (const QString& command : {u"run"_s, u"prune"_s}) {
        const Run r = cli({u"job"_s, command, u"denied"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(both(r)));
        const QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts).filter(u"secret access key"_s);
        QVERIFY2(lines.size() == 1 && lines.constFirst().startsWith(u"Error: "_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"wrong-secret"_s), qPrintable(r.err));
    }
    setKeys();
    QCOMPARE(keys(u"denied/"_s), QStringList());
}

QTEST_GUILESS_MAIN(TestJobsS3)
#include "TestJobsS3.moc"
