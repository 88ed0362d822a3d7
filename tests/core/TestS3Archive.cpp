// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/RestoreTask.h"
#include "core/S3Archive.h"
#include "core/S3ArchiveUpload.h"
#include "core/S3Client.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/S3Server.h"
#include "tests/support/StoreDump.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::S3Server;

namespace {

constexpr qint64 MiB = 1024 * 1024;
const QString bucket = u"colvault-test"_s;

QString url(const QString& key)
{
    return u"s3://"_s + bucket + u'/' + key;
}

WeaviateEndpoint endpointOf(EmulatorFixture& f)
{
    WeaviateEndpoint e;
    e.url = f.baseUrl();
    e.grpcUrl = f.grpcUrl(); // each emulator its own: never the default port two would share
    e.retryBaseDelayMs = 5;
    e.retryMaxDelayMs = 40;
    e.transferTimeoutMs = 10000;
    return e;
}

void seed(EmulatorFixture& f, const Seed::SeedOptions& o)
{
    QString error;
    if (!f.seed(o, &error))
        qFatal("seed: %s", qPrintable(error));
}

// One collection, Article, of `objects` small objects.
void seedArticles(EmulatorFixture& f, int objects)
{
    Seed::SeedOptions o;
    o.collections = {"Article"};
    o.objects = objects;
    o.dims = 8;
    o.frozenTenant = false;
    seed(f, o);
}

QString describe(const OpError& e)
{
    return e.message + u" | "_s + e.details;
}

} // namespace

// Archives in S3-compatible storage (s3rver on loopback, tests/s3) written by BackupTask and read by RestoreTask,
// ArchiveVerifier and ArchiveInspector through S3Archive paths: the object appears at its key only when the upload
// completes, a restore from it equals the source, inspect reads only the head, a wrong secret key is one clear
// sentence, a connection dropped mid-part is retried, a cancel aborts the upload, and an archive cut short at the
// key is refused as a cut file is. Parts are 5 MiB here (S3's minimum) so that 15 MiB of vectors make several.
class TestS3Archive : public QObject
{
    Q_OBJECT

private:
    S3Archive::Settings settings() const
    {
        S3Archive::Settings s;
        const S3Config c = m_server.config();
        s.overrides.endpoint = c.endpoint;
        s.overrides.region = c.region;
        s.overrides.accessKeyId = c.accessKeyId;
        s.overrides.secretAccessKey = c.secretAccessKey;
        s.overrides.pathStyle = S3PathStyle::Path;
        s.firstPartSize = 5 * MiB;
        s.transport = c.transport;
        return s;
    }

    BackupReport backUp(EmulatorFixture& source, const QString& destination, ProgressSink* sink = nullptr,
        const AgeEncryptionKeys& keys = {})
    {
        BackupParams p;
        p.endpoint = endpointOf(source);
        p.activateTenants = true;
        p.encryption = keys;
        // Planned for a local file and then pointed at the bucket: these tests are about writing and reading the
        // object (testBackupTaskPlansAndWritesToS3 plans for the bucket itself).
        p.destination = m_dir.filePath(u"plan.tar.zst"_s);
        OpError err;
        BackupPlan plan = BackupTask::plan(p, nullptr, &err);
        if (err) {
            BackupReport failed;
            failed.error = err;
            return failed;
        }
        plan.params.destination = destination;
        return BackupTask::apply(plan, sink);
    }

    // The upload pending for `key`, and whether an object is there.
    int pendingUploads(const QString& key)
    {
        S3Client client(m_server.config());
        QList<S3PendingUpload> uploads;
        const HttpResult r = client.listMultipartUploads(bucket, key, &uploads);
        return r.ok() ? int(uploads.size()) : -1;
    }
    bool objectExists(const QString& key)
    {
        S3Client client(m_server.config());
        S3ObjectInfo info;
        return client.headObject({bucket, key}, &info).ok();
    }

    QString bigArchive(); // the 15 MiB archive, uploaded once
    QByteArray download(const QString& key);
    bool upload(const QString& key, const QByteArray& data);

    S3Server m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<EmulatorFixture> m_big; // one collection of large vectors: several parts
    QString m_bigArchive;

private Q_SLOTS:
    void initTestCase();
    void init() { S3Archive::setSettings(settings()); }
    void cleanupTestCase() { S3Archive::setSettings({}); }
    void testObjectAppearsOnlyWhenComplete();
    void testRestoreFromS3EqualsSource();
    void testInspectReadsOnlyTheHead();
    void testEncryptedArchiveInS3();
    void testWrongSecretKeyIsOneClearLine();
    void testMissingBucketKeyAndServer();
    void testDroppedConnectionMidPartIsRetried();
    void testCancelMidUploadAbortsTheUpload();
    void testArchiveCutShortIsRefused();
    void testPartSizesGrowWithinTheLimit();
    void testBackupTaskPlansAndWritesToS3();
    void testClearTaskBacksUpToS3();
};

void TestS3Archive::initTestCase()
{
    Translations::install(QLocale(QLocale::English));
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({bucket}, &error,
                 {{u"dropOnce"_s, QJsonObject {{u"key"_s, u"dropped.tar.zst"_s}, {u"partNumber"_s, 2}}},
                     {u"logReads"_s, true}}),
        qPrintable(error));
    m_big = std::make_unique<EmulatorFixture>();
    Seed::SeedOptions o;
    o.collections = {"Article"};
    o.objects = 2500;
    o.dims = 1536; // random floats: about 15 MiB after zstd, three 5 MiB parts and a last one
    o.batchSize = 250;
    o.frozenTenant = false;
    seed(*m_big, o);
}

QString TestS3Archive::bigArchive()
{
    if (m_bigArchive.isEmpty()) {
        const BackupReport report = backUp(*m_big, url(u"big.tar.zst"_s));
        if (report.outcome == BackupReport::Outcome::Succeeded)
            m_bigArchive = url(u"big.tar.zst"_s);
        else
            qWarning("big backup: %s", qPrintable(describe(report.error)));
    }
    return m_bigArchive;
}

QByteArray TestS3Archive::download(const QString& key)
{
    S3Client client(m_server.config());
    S3ObjectInfo info;
    QByteArray data;
    if (!client.headObject({bucket, key}, &info).ok()
        || !client.getObjectRange({bucket, key}, 0, info.size - 1, &data).ok())
        return {};
    return data;
}

bool TestS3Archive::upload(const QString& key, const QByteArray& data)
{
    S3Client client(m_server.config());
    QString id;
    QByteArray etag;
    return client.createMultipartUpload({bucket, key}, &id).ok()
        && client.uploadPart({bucket, key}, id, 1, data, &etag).ok()
        && client.completeMultipartUpload({bucket, key}, id, {{1, etag}}).ok();
}

// While objects are read the key is empty and one upload is pending; after the commit the object is there, whole,
// and nothing is pending.
void TestS3Archive::testObjectAppearsOnlyWhenComplete()
{
    const QString key = u"appears/at-the-end.tar.zst"_s;
    int checks = 0;
    bool seenEarly = false;
    int pendingWhileWriting = -1;
    CallbackProgressSink sink(
        [&](const OperationProgress& p) {
            if (p.objectsDone > 1500 && checks++ == 0) {
                seenEarly = objectExists(key);
                pendingWhileWriting = pendingUploads(key);
            }
        },
        [] { return false; });
    const BackupReport report = backUp(*m_big, url(key), &sink);
    QVERIFY2(report.outcome == BackupReport::Outcome::Succeeded, qPrintable(describe(report.error)));
    QCOMPARE(report.archivePath, url(key));
    QVERIFY(checks > 0);
    QVERIFY(!seenEarly);
    QCOMPARE(pendingWhileWriting, 1);
    QVERIFY(objectExists(key));
    QCOMPARE(pendingUploads(key), 0);
    OpError error;
    QVERIFY(S3Archive::objectSize(url(key), &error) > 10 * MiB); // several parts
    ArchiveVerification verification;
    QVERIFY2(!ArchiveVerifier::verify(url(key), &verification), "verify");
    QVERIFY2(verification.ok(),
        qPrintable(verification.problems.isEmpty() ? QString() : verification.problems.first().message));
    QCOMPARE(verification.counts.size(), 1);
    QCOMPARE(verification.counts.first().objects, 2500);
}

// The demo data (every data type and vector kind, references, a COLD tenant) through S3 into a fresh server: the
// target equals the source, bit for bit. verify and inspect read the same object.
void TestS3Archive::testRestoreFromS3EqualsSource()
{
    EmulatorFixture source;
    Seed::SeedOptions o;
    o.objects = 30;
    o.dims = 8;
    o.batchSize = 50;
    o.frozenTenant = false;
    seed(source, o);
    const QString archive = url(u"demo/demo.tar.zst"_s);
    const BackupReport backup = backUp(source, archive);
    QVERIFY2(backup.outcome == BackupReport::Outcome::Succeeded, qPrintable(describe(backup.error)));

    ArchiveVerification verification;
    QVERIFY(!ArchiveVerifier::verify(archive, &verification));
    QVERIFY(verification.ok());
    ArchiveInspection inspection;
    QVERIFY2(!ArchiveInspector::inspect(archive, &inspection), "inspect");
    QCOMPARE(inspection.collections.size(), 4);
    OpError sizeError;
    QCOMPARE(inspection.fileSize, S3Archive::objectSize(archive, &sizeError));

    EmulatorFixture target;
    RestoreParams p;
    p.endpoint = endpointOf(target);
    p.archivePath = archive;
    p.batchSize = 20;
    OpError err;
    const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
    QVERIFY2(!err, qPrintable(describe(err)));
    QVERIFY2(!plan.isBlocked(), qPrintable(plan.problems.join(u'\n')));
    const RestoreReport report = RestoreTask::apply(plan, nullptr);
    QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(describe(report.error)));
    QCOMPARE(TestSupport::storeDump(target.emulator()), TestSupport::storeDump(source.emulator()));
}

// inspect reads the head: a few small ranges at the start of a 15 MiB object, never the whole.
void TestS3Archive::testInspectReadsOnlyTheHead()
{
    const QString archive = bigArchive();
    QVERIFY(!archive.isEmpty());
    QTest::qWait(200);
    const qsizetype before = m_server.output().size();
    ArchiveInspection inspection;
    QVERIFY2(!ArchiveInspector::inspect(archive, &inspection), "inspect");
    QCOMPARE(inspection.collections.size(), 1);
    QVERIFY(inspection.fileSize > 10 * MiB);
    QTest::qWait(300); // the server's log lines
    const QString log = m_server.output().mid(before);
    static const QRegularExpression read(u"read big\\.tar\\.zst bytes=(\\d+)-(\\d+)"_s);
    int reads = 0;
    qint64 last = 0;
    for (auto it = read.globalMatch(log); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        ++reads;
        last = std::max(last, m.captured(2).toLongLong());
    }
    QVERIFY2(reads >= 1 && reads <= 3, qPrintable(log));
    QVERIFY2(last < 2 * MiB, qPrintable(log));
    QVERIFY2(!log.contains(u"whole"_s), qPrintable(log));
}

// age over S3: the header is peeked and read line by line from the first window, the rest streams.
void TestS3Archive::testEncryptedArchiveInS3()
{
    const std::optional<AgeIdentity> identity = AgeIdentity::generate();
    QVERIFY(identity);
    AgeEncryptionKeys keys;
    keys.recipients = {identity->recipient()};
    EmulatorFixture source;
    Seed::SeedOptions o;
    o.objects = 20;
    o.dims = 8;
    o.frozenTenant = false;
    seed(source, o);
    const QString archive = url(u"encrypted.tar.zst.age"_s);
    const BackupReport backup = backUp(source, archive, nullptr, keys);
    QVERIFY2(backup.outcome == BackupReport::Outcome::Succeeded, qPrintable(describe(backup.error)));
    QCOMPARE(ArchiveReader::encryptionOf(archive), ArchiveReader::Encryption::Recipients);
    ArchiveInspection inspection;
    QCOMPARE(ArchiveInspector::inspect(archive, &inspection).code, OpError::Code::Usage); // no key
    AgeDecryptionKeys decryption;
    decryption.identities = {*identity};
    QVERIFY(!ArchiveInspector::inspect(archive, &inspection, decryption));
    ArchiveVerifier::Options options;
    options.keys = decryption;
    ArchiveVerification verification;
    QVERIFY(!ArchiveVerifier::verify(archive, &verification, options));
    QVERIFY(verification.ok());
}

// The server's SignatureDoesNotMatch is one sentence naming the key ID and the server; nothing is left behind.
void TestS3Archive::testWrongSecretKeyIsOneClearLine()
{
    S3Archive::Settings s = settings();
    s.overrides.secretAccessKey = "not-the-secret";
    S3Archive::setSettings(s);
    const QString expected = u"The S3 server at %1 rejected the request: the secret access key of COLVAULTTESTKEY is "
                             "wrong."_s.arg(m_server.endpoint().toString());
    const BackupReport backup = backUp(*m_big, url(u"wrong-secret.tar.zst"_s));
    QCOMPARE(backup.outcome, BackupReport::Outcome::Failed);
    QCOMPARE(backup.error.code, OpError::Code::Auth);
    QCOMPARE(backup.error.message, expected);
    QVERIFY(!backup.error.details.contains(u"not-the-secret"_s));
    QCOMPARE(S3Archive::checkDestination(url(u"wrong-secret.tar.zst"_s)).message, expected);
    ArchiveVerification verification;
    const OpError verify = ArchiveVerifier::verify(url(u"big.tar.zst"_s), &verification);
    QCOMPARE(verify.message, expected);
    QVERIFY(verification.problems.isEmpty()); // not a problem of the archive
    S3Archive::setSettings(settings());
    QVERIFY(!objectExists(u"wrong-secret.tar.zst"_s));
    QCOMPARE(pendingUploads(u"wrong-secret"_s), 0);
}

void TestS3Archive::testMissingBucketKeyAndServer()
{
    ArchiveVerification verification;
    OpError e = ArchiveVerifier::verify(url(u"no/such/key.tar.zst"_s), &verification);
    QCOMPARE(e.code, OpError::Code::NotFound);
    QCOMPARE(e.message, u"There is no object at s3://colvault-test/no/such/key.tar.zst."_s);

    EmulatorFixture target;
    RestoreParams p;
    p.endpoint = endpointOf(target);
    p.archivePath = url(u"no/such/key.tar.zst"_s);
    RestoreTask::plan(p, nullptr, &e);
    QCOMPARE(e.message, u"There is no object at s3://colvault-test/no/such/key.tar.zst."_s);

    const QString noBucket
        = u"The S3 bucket \"no-such-bucket\" does not exist at %1."_s.arg(m_server.endpoint().toString());
    QCOMPARE(S3Archive::checkDestination(u"s3://no-such-bucket/a.tar.zst"_s).message, noBucket);
    const BackupReport backup = backUp(*m_big, u"s3://no-such-bucket/a.tar.zst"_s);
    QCOMPARE(backup.error.message, noBucket);

    S3Archive::Settings s = settings();
    s.overrides.endpoint = QUrl(u"http://127.0.0.1:1"_s); // nothing listens on port 1
    S3Archive::setSettings(s);
    ArchiveInspection inspection;
    e = ArchiveInspector::inspect(url(u"big.tar.zst"_s), &inspection);
    QCOMPARE(e.code, OpError::Code::Network);
    QCOMPARE(e.message, u"Could not connect to the S3 server at http://127.0.0.1:1: the connection was refused."_s);
}

// start.cjs cuts the connection of part 2's first attempt after 64 KiB of its body: the part is sent again, and the
// archive is whole.
void TestS3Archive::testDroppedConnectionMidPartIsRetried()
{
    const BackupReport report = backUp(*m_big, url(u"dropped.tar.zst"_s));
    QVERIFY2(report.outcome == BackupReport::Outcome::Succeeded, qPrintable(describe(report.error)));
    QTRY_VERIFY(m_server.output().contains(u"dropped dropped.tar.zst part 2"_s));
    ArchiveVerification verification;
    QVERIFY(!ArchiveVerifier::verify(url(u"dropped.tar.zst"_s), &verification));
    QVERIFY(verification.ok());
    QCOMPARE(verification.counts.first().objects, 2500);
}

// Canceled after parts were uploaded: the upload is aborted, nothing is at the key and nothing is pending.
void TestS3Archive::testCancelMidUploadAbortsTheUpload()
{
    const QString key = u"canceled.tar.zst"_s;
    bool cancel = false;
    int pendingBeforeCancel = -1;
    CallbackProgressSink sink(
        [&](const OperationProgress& p) {
            if (!cancel && p.objectsDone > 2000) {
                pendingBeforeCancel = pendingUploads(key);
                cancel = true;
            }
        },
        [&] { return cancel; });
    const BackupReport report = backUp(*m_big, url(key), &sink);
    QCOMPARE(report.outcome, BackupReport::Outcome::Canceled);
    QVERIFY(!report.error);
    QCOMPARE(pendingBeforeCancel, 1);
    QCOMPARE(pendingUploads(key), 0);
    QVERIFY(!objectExists(key));
}

// The first half of a good archive at a key: verify finds it incomplete, a restore refuses it before any write.
void TestS3Archive::testArchiveCutShortIsRefused()
{
    QVERIFY(!bigArchive().isEmpty());
    const QByteArray whole = download(u"big.tar.zst"_s);
    QVERIFY(whole.size() > 10 * MiB);
    QVERIFY(upload(u"cut.tar.zst"_s, whole.left(whole.size() / 2)));

    ArchiveVerification verification;
    QVERIFY(!ArchiveVerifier::verify(url(u"cut.tar.zst"_s), &verification));
    QVERIFY(!verification.ok());
    QVERIFY(!verification.hasTrailer);

    EmulatorFixture target;
    RestoreParams p;
    p.endpoint = endpointOf(target);
    p.archivePath = url(u"cut.tar.zst"_s);
    OpError e;
    RestoreTask::plan(p, nullptr, &e);
    QCOMPARE(e.code, OpError::Code::Format);
    QVERIFY2(e.message.startsWith(u"The archive \"s3://colvault-test/cut.tar.zst\" cannot be restored"_s)
            || e.message.contains(u"incomplete"_s),
        qPrintable(e.message));
    QCOMPARE(target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
}

void TestS3Archive::testPartSizesGrowWithinTheLimit()
{
    QCOMPARE(S3ArchiveUpload::partSize(1), 8 * MiB);
    QCOMPARE(S3ArchiveUpload::partSize(2000), 8 * MiB);
    QCOMPARE(S3ArchiveUpload::partSize(2001), 16 * MiB);
    QCOMPARE(S3ArchiveUpload::partSize(6001), 64 * MiB);
    QCOMPARE(S3ArchiveUpload::partSize(10000), 64 * MiB);
    QCOMPARE(S3ArchiveUpload::capacity(), 368000 * MiB); // about 359 GiB
}

// BackupTask on its own (as the GUI calls it, no CLI in between): an s3:// place gets the default-named archive, the
// plan checks the bucket and keys (a wrong secret key fails the plan, before the server is read), and the report's
// size is the object's.
void TestS3Archive::testBackupTaskPlansAndWritesToS3()
{
    EmulatorFixture source;
    seedArticles(source, 40);
    BackupParams p;
    p.endpoint = endpointOf(source);
    p.collections = {u"Article"_s};
    p.destination = url(u"task/prefix/"_s);
    OpError err;
    const BackupPlan plan = BackupTask::plan(p, nullptr, &err);
    QVERIFY2(!err, qPrintable(describe(err)));
    static const QRegularExpression named(
        u"^s3://colvault-test/task/prefix/Article_\\d{4}-\\d\\d-\\d\\d_\\d{6}\\.tar\\.zst$"_s);
    QVERIFY2(named.match(plan.params.destination).hasMatch(), qPrintable(plan.params.destination));
    const BackupReport report = BackupTask::apply(plan, nullptr);
    QVERIFY2(report.outcome == BackupReport::Outcome::Succeeded, qPrintable(describe(report.error)));
    QCOMPARE(report.archivePath, plan.params.destination);
    QCOMPARE(report.objects, qint64(40));
    OpError sizeError;
    const qint64 size = S3Archive::objectSize(report.archivePath, &sizeError);
    QVERIFY2(size > 0, qPrintable(describe(sizeError)));
    QCOMPARE(report.archiveBytes, size);
    ArchiveVerification verification;
    QVERIFY(!ArchiveVerifier::verify(report.archivePath, &verification));
    QVERIFY(verification.ok());

    // The bucket alone is a place too; an encrypted archive is named as age names its files.
    p.destination = u"s3://"_s + bucket;
    p.encryption.passphrase = "correct horse";
    const BackupPlan encrypted = BackupTask::plan(p, nullptr, &err);
    QVERIFY2(!err, qPrintable(describe(err)));
    QVERIFY2(encrypted.params.destination.startsWith(url(u"Article_"_s))
            && encrypted.params.destination.endsWith(u".tar.zst.age"_s),
        qPrintable(encrypted.params.destination));

    S3Archive::Settings wrong = settings();
    wrong.overrides.secretAccessKey = "not-the-secret";
    S3Archive::setSettings(wrong);
    p.destination = url(u"task/refused.tar.zst"_s);
    const BackupPlan refused = BackupTask::plan(p, nullptr, &err);
    QCOMPARE(err.code, OpError::Code::Auth);
    QVERIFY(refused.collections.isEmpty());
}

// ClearTask on its own: the backup before the clear goes to an s3:// place under the clear's default name, makes no
// local folder, verifies from the bucket, and the objects come back from it.
void TestS3Archive::testClearTaskBacksUpToS3()
{
    EmulatorFixture f;
    seedArticles(f, 30);
    QTemporaryDir cwd; // a local folder made from an s3:// path would land here
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(cwd.path()));
    ClearParams p;
    p.endpoint = endpointOf(f);
    p.collections = {u"Article"_s};
    p.backupPath = url(u"before/"_s);
    p.confirmed = p.collections;
    OpError err;
    const ClearPlan plan = ClearTask::plan(p, nullptr, &err);
    QVERIFY2(!err, qPrintable(describe(err)));
    QVERIFY(plan.backup);
    static const QRegularExpression named(u"^s3://colvault-test/before/before-clear_Article_[0-9_-]+\\.tar\\.zst$"_s);
    QVERIFY2(named.match(plan.backupPath).hasMatch(), qPrintable(plan.backupPath));
    QCOMPARE(plan.backupPlan.params.destination, plan.backupPath);
    const ClearReport report = ClearTask::apply(plan, nullptr);
    QVERIFY(QDir::setCurrent(before));
    QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(describe(report.error)));
    QCOMPARE(report.backupPath, plan.backupPath);
    QCOMPARE(report.backupObjects, qint64(30));
    QCOMPARE(report.deleted, qint64(30));
    QVERIFY(report.backupVerification.ok());
    QVERIFY(report.undoCommand.contains(report.backupPath));
    QVERIFY2(QDir(cwd.path()).isEmpty(), qPrintable(QDir(cwd.path()).entryList().join(u", "_s)));

    RestoreParams r;
    r.endpoint = endpointOf(f);
    r.archivePath = report.backupPath;
    r.mode = plan.undoMode;
    const RestorePlan restorePlan = RestoreTask::plan(r, nullptr, &err);
    QVERIFY2(!err, qPrintable(describe(err)));
    const RestoreReport restored = RestoreTask::apply(restorePlan, nullptr);
    QVERIFY2(restored.outcome == RestoreReport::Outcome::Succeeded, qPrintable(describe(restored.error)));
    WeaviateClient client(endpointOf(f));
    QCOMPARE(client.objectCount(u"Article"_s, {}, &err), qint64(30));
}

QTEST_GUILESS_MAIN(TestS3Archive)
#include "TestS3Archive.moc"
