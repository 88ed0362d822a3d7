// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Client.h"
#include "core/S3Credentials.h"
#include "core/S3Location.h"
#include "core/Sha256.h"
#include "tests/support/RecordingHttpServer.h"
#include "tests/support/S3Server.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::RecordingHttpServer;
using TestSupport::S3Server;

namespace {

constexpr qsizetype MiB = 1024 * 1024;
const QString bucket = u"colvault-test"_s;

// Bytes that differ at every offset and between parts, so that a misplaced range shows.
QByteArray pattern(qsizetype size, int seed)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 2463534242u + quint32(seed);
    for (qsizetype i = 0; i < size; ++i) {
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        data[i] = char(x);
    }
    return data;
}

S3Location at(const QString& key)
{
    return S3Location {bucket, key};
}

QString describe(const HttpResult& r)
{
    return r.canceled ? u"canceled"_s : r.error.message + u" | "_s + r.error.details;
}

bool writeFile(const QString& path, const QByteArray& text)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text) == text.size();
}

} // namespace

class TestS3Client : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void testParseLocation_data();
    void testParseLocation();
    void testPathStyle();
    void testCredentialErrors_data();
    void testCredentialErrors();
    void testCredentialsFromProfile();
    void testMultipartUploadAppearsOnlyWhenComplete();
    void testRangedGetReturnsExactBytes();
    void testListWithPrefixAndContinuation();
    void testVirtualHostedStyle();
    void testAbortLeavesNoPendingUpload();
    void testWrongSecretKeyIsOneClearLine();
    void testUnknownAccessKey();
    void testMissingBucketAndKey();
    void testDroppedConnectionMidPartIsRetried();
    void testCancelIsNotAnError();
    void testCancelWhileAnswerIsPending();
    void testRefusedConnection();

private:
    // Uploads `parts` as one multipart object at `key`; returns the whole content.
    QByteArray upload(S3Client& client, const QString& key, const QList<QByteArray>& parts);

    S3Server m_server;
};

void TestS3Client::initTestCase()
{
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({bucket}, &error,
                 {{u"dropOnce"_s, QJsonObject {{u"key"_s, u"dropped/object"_s}, {u"partNumber"_s, 2}}}}),
        qPrintable(error));
}

void TestS3Client::testParseLocation_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("keyRequired");
    QTest::addColumn<QString>("bucket");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("error");
    QTest::newRow("object") << u"s3://backups/daily/a b.tar.zst"_s << true << u"backups"_s << u"daily/a b.tar.zst"_s
                            << QString();
    QTest::newRow("prefix") << u"s3://backups/daily/"_s << false << u"backups"_s << u"daily/"_s << QString();
    QTest::newRow("bucket only") << u"s3://backups"_s << false << u"backups"_s << QString() << QString();
    QTest::newRow("not s3") << u"/tmp/a.tar.zst"_s << true << QString() << QString()
                            << u"\"/tmp/a.tar.zst\" is not an S3 location: it must start with s3://, as in "
                               "s3://bucket/key."_s;
    QTest::newRow("no bucket") << u"s3:///key"_s << true << QString() << QString()
                               << u"The S3 location \"s3:///key\" names no bucket: write it as s3://bucket/key."_s;
    QTest::newRow("bad bucket") << u"s3://My_Bucket/key"_s << true << QString() << QString()
                                << u"\"My_Bucket\" is not a valid S3 bucket name: it must be 3 to 63 lowercase "
                                   "letters, digits, dots or hyphens, starting and ending with a letter or digit."_s;
    QTest::newRow("no key") << u"s3://backups/daily/"_s << true << QString() << QString()
                            << u"The S3 location \"s3://backups/daily/\" names no object: add its key, as in "
                               "s3://backups/backup.tar.zst."_s;
}

void TestS3Client::testParseLocation()
{
    QFETCH(QString, text);
    QFETCH(bool, keyRequired);
    QFETCH(QString, bucket);
    QFETCH(QString, key);
    QFETCH(QString, error);
    OpError e;
    const S3Location loc
        = S3Location::parse(text, &e, keyRequired ? S3Location::Key::Required : S3Location::Key::Optional);
    QCOMPARE(e.message, error);
    QCOMPARE(loc.bucket, bucket);
    QCOMPARE(loc.key, key);
    if (error.isEmpty())
        QCOMPARE(loc.toString(), key.isEmpty() ? text + u'/' : text);
}

void TestS3Client::testPathStyle()
{
    QVERIFY(S3Credentials::wantsPathStyle(QUrl(u"http://127.0.0.1:9000"_s)));
    QVERIFY(S3Credentials::wantsPathStyle(QUrl(u"http://[::1]:9000"_s)));
    QVERIFY(S3Credentials::wantsPathStyle(QUrl(u"http://localhost:9000"_s)));
    QVERIFY(!S3Credentials::wantsPathStyle(QUrl(u"https://s3.eu-west-1.amazonaws.com"_s)));
    QProcessEnvironment env;
    env.insert(u"HOME"_s, u"/nonexistent"_s);
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"id"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"secret"_s);
    env.insert(u"AWS_REGION"_s, u"eu-west-1"_s);
    OpError e;
    S3Config c = S3Credentials::resolve({}, env, &e);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(c.endpoint, QUrl(u"https://s3.eu-west-1.amazonaws.com"_s));
    QVERIFY(!c.pathStyle);
    S3Credentials::Overrides forced;
    forced.pathStyle = S3PathStyle::Path;
    QVERIFY(S3Credentials::resolve(forced, env, &e).pathStyle);
    env.insert(u"AWS_ENDPOINT_URL_S3"_s, u"http://localhost:9000/"_s);
    c = S3Credentials::resolve({}, env, &e);
    QCOMPARE(c.endpoint, QUrl(u"http://localhost:9000"_s));
    QVERIFY(c.pathStyle);
    forced.pathStyle = S3PathStyle::VirtualHosted;
    QVERIFY(!S3Credentials::resolve(forced, env, &e).pathStyle);
}

void TestS3Client::testCredentialErrors_data()
{
    QTest::addColumn<QStringList>("variables"); // NAME=value
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("error");
    QTest::newRow("nothing") << QStringList {u"AWS_REGION=us-east-1"_s} << QString()
                             << u"No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                                "AWS_PROFILE to a profile of ~/.aws/credentials."_s;
    QTest::newRow("no secret") << QStringList {u"AWS_REGION=us-east-1"_s, u"AWS_ACCESS_KEY_ID=id"_s} << QString()
                               << u"AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not."_s;
    QTest::newRow("no id") << QStringList {u"AWS_REGION=us-east-1"_s, u"AWS_SECRET_ACCESS_KEY=s"_s} << QString()
                           << u"AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not."_s;
    QTest::newRow("no region") << QStringList {u"AWS_ACCESS_KEY_ID=id"_s, u"AWS_SECRET_ACCESS_KEY=s"_s} << QString()
                               << u"No AWS region is set: set AWS_REGION, or a region in the profile of "
                                  "~/.aws/config."_s;
    QTest::newRow("missing profile env")
        << QStringList {u"AWS_PROFILE=nope"_s} << QString()
        << u"No S3 credentials were found: the AWS profile \"nope\" is in neither ~/.aws/credentials nor "
           "~/.aws/config."_s;
    QTest::newRow("bad endpoint") << QStringList {u"AWS_ACCESS_KEY_ID=id"_s, u"AWS_SECRET_ACCESS_KEY=s"_s,
        u"AWS_ENDPOINT_URL=ftp://host"_s}
                                  << QString()
                                  << u"The S3 endpoint \"ftp://host\" is not an http:// or https:// address of a "
                                     "server."_s;
}

void TestS3Client::testCredentialErrors()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, profile);
    QFETCH(QString, error);
    QTemporaryDir home;
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    for (const QString& v : variables)
        env.insert(v.section(u'=', 0, 0), v.section(u'=', 1));
    OpError e;
    S3Credentials::Overrides o;
    o.profile = profile;
    S3Credentials::resolve(o, env, &e);
    QCOMPARE(e.message, error);
    QVERIFY(!e.message.contains(u'\n'));
}

void TestS3Client::testCredentialsFromProfile()
{
    QTemporaryDir home;
    QVERIFY(writeFile(home.filePath(u".aws/credentials"_s),
        "[default]\naws_access_key_id = WRONG\naws_secret_access_key = wrong\n\n"
        "# the test server's keys\n[dev]\naws_access_key_id = "
            + QByteArray(S3Server::accessKeyId) + "\naws_secret_access_key=" + S3Server::secretAccessKey
            + "\naws_session_token = \n"));
    QVERIFY(writeFile(home.filePath(u".aws/config"_s),
        "[default]\nregion = eu-north-1\n[profile dev]\nregion = us-east-1\ns3 =\n  addressing_style = virtual\n"
        "endpoint_url = "
            + m_server.endpoint().toEncoded() + "\n"));
    QProcessEnvironment env;
    env.insert(u"HOME"_s, home.path());
    env.insert(u"AWS_PROFILE"_s, u"dev"_s);
    OpError e;
    S3Config config = S3Credentials::resolve({}, env, &e);
    QVERIFY2(!e, qPrintable(e.message));
    QCOMPARE(config.accessKeyId, QByteArray(S3Server::accessKeyId));
    QCOMPARE(config.region, u"us-east-1"_s);
    QCOMPARE(config.endpoint, m_server.endpoint());
    QVERIFY(config.pathStyle); // 127.0.0.1
    QVERIFY(config.credentialSource.startsWith(u"profile dev in "_s));
    S3Client client(config);
    S3ListPage page;
    const HttpResult r = client.listObjects(bucket, u"none/"_s, {}, &page);
    QVERIFY2(r.ok(), qPrintable(describe(r)));

    // The environment's keys win over AWS_PROFILE, as with the AWS tools; an explicit profile wins over them.
    env.insert(u"AWS_ACCESS_KEY_ID"_s, u"ENVKEY"_s);
    env.insert(u"AWS_SECRET_ACCESS_KEY"_s, u"envsecret"_s);
    env.insert(u"AWS_SESSION_TOKEN"_s, u"token"_s);
    config = S3Credentials::resolve({}, env, &e);
    QCOMPARE(config.accessKeyId, QByteArray("ENVKEY"));
    QCOMPARE(config.sessionToken, QByteArray("token"));
    S3Credentials::Overrides o;
    o.profile = u"dev"_s;
    QCOMPARE(S3Credentials::resolve(o, env, &e).accessKeyId, QByteArray(S3Server::accessKeyId));
    o.profile = u"missing"_s;
    S3Credentials::resolve(o, env, &e);
    QCOMPARE(e.message,
        u"The AWS profile \"missing\" is in neither %1 nor %2."_s.arg(
            home.filePath(u".aws/credentials"_s), home.filePath(u".aws/config"_s)));
}

QByteArray TestS3Client::upload(S3Client& client, const QString& key, const QList<QByteArray>& parts)
{
    QString uploadId;
    HttpResult r = client.createMultipartUpload(at(key), &uploadId);
    if (!r.ok())
        qWarning().noquote() << describe(r);
    QList<S3CompletedPart> done;
    QByteArray whole;
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray etag;
        r = client.uploadPart(at(key), uploadId, i + 1, parts[i], &etag);
        if (!r.ok())
            qWarning().noquote() << describe(r);
        done.append({i + 1, etag});
        whole += parts[i];
    }
    r = client.completeMultipartUpload(at(key), uploadId, done);
    if (!r.ok())
        qWarning().noquote() << describe(r);
    return whole;
}

void TestS3Client::testMultipartUploadAppearsOnlyWhenComplete()
{
    S3Client client(m_server.config());
    const S3Location loc = at(u"backups/three-parts.tar.zst"_s);
    const QList<QByteArray> parts {pattern(5 * MiB, 1), pattern(5 * MiB, 2), pattern(MiB + 17, 3)};
    QString uploadId;
    HttpResult r = client.createMultipartUpload(loc, &uploadId, "application/zstd");
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(!uploadId.isEmpty());

    // All three parts in flight at once, then collected.
    QList<S3Client::PendingPart> pending;
    for (int i = 0; i < parts.size(); ++i)
        pending.append(client.startUploadPart(loc, uploadId, i + 1, parts[i]));
    QList<S3CompletedPart> done;
    for (S3Client::PendingPart& p : pending) {
        const int number = p.partNumber;
        QByteArray etag;
        r = client.finishUploadPart(p, &etag);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QVERIFY(!etag.isEmpty());
        done.append({number, etag});
    }

    // Before Complete: a pending upload, and nothing at the key.
    S3ObjectInfo info;
    r = client.headObject(loc, &info);
    QCOMPARE(r.error.code, OpError::Code::NotFound);
    S3ListPage page;
    QVERIFY(client.listObjects(bucket, u"backups/"_s, {}, &page).ok());
    QVERIFY(page.objects.isEmpty());
    QList<S3PendingUpload> uploads;
    QVERIFY(client.listMultipartUploads(bucket, u"backups/"_s, &uploads).ok());
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().uploadId, uploadId);

    std::reverse(done.begin(), done.end()); // the client puts them in order
    r = client.completeMultipartUpload(loc, uploadId, done);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    r = client.headObject(loc, &info);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(info.size, 11 * MiB + 17);
    QVERIFY(!info.etag.isEmpty());
    QVERIFY(client.listMultipartUploads(bucket, u"backups/"_s, &uploads).ok());
    QVERIFY(uploads.isEmpty());
    QByteArray data;
    r = client.getObjectRange(loc, 5 * MiB - 3, 5 * MiB + 2, &data); // across the first part boundary
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(data, parts[0].right(3) + parts[1].left(3));
    QVERIFY(client.deleteObject(loc).ok());
    QCOMPARE(client.headObject(loc, &info).error.code, OpError::Code::NotFound);
}

void TestS3Client::testRangedGetReturnsExactBytes()
{
    S3Client client(m_server.config());
    const S3Location loc = at(u"ranged/object"_s);
    const QByteArray whole = upload(client, loc.key, {pattern(300000, 7)});
    QByteArray data;
    HttpResult r = client.getObjectRange(loc, 0, 99, &data);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(r.status, 206);
    QCOMPARE(data, whole.left(100));
    QVERIFY(client.getObjectRange(loc, 123456, 223455, &data).ok());
    QCOMPARE(data, whole.mid(123456, 100000));
    QVERIFY(client.getObjectRange(loc, 299990, 400000, &data).ok()); // past the end: what there is
    QCOMPARE(data, whole.right(10));
    S3ObjectInfo info;
    QVERIFY(client.headObject(loc, &info).ok());
    QCOMPARE(info.size, 300000);
    // The one byte headObject asks for (start.cjs corrects s3rver, which read "bytes=0-0" as the whole object).
    QVERIFY(client.getObjectRange(loc, 0, 0, &data, &info).ok());
    QCOMPARE(data, whole.left(1));
    QCOMPARE(info.size, 300000);
    const S3Location empty = at(u"ranged/empty"_s);
    upload(client, empty.key, {QByteArray()});
    QVERIFY(client.headObject(empty, &info).ok()); // 416 for byte 0: an empty object
    QCOMPARE(info.size, 0);
    r = client.getObjectRange(loc, 300000, 300010, &data);
    QCOMPARE(r.error.code, OpError::Code::Format);
    QCOMPARE(
        r.error.message, u"The byte range asked for lies outside the object at s3://colvault-test/ranged/object."_s);
}

void TestS3Client::testListWithPrefixAndContinuation()
{
    S3Client client(m_server.config());
    QStringList keys;
    for (int i = 0; i < 5; ++i) {
        keys.append(u"list/a+b %1.tar.zst"_s.arg(i)); // "+" and " " must be signed in their encoded form
        upload(client, keys.last(), {pattern(100 + i, i)});
    }
    upload(client, u"listing-not/x"_s, {"x"});
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        S3ListPage page;
        const HttpResult r = client.listObjects(bucket, u"list/"_s, token, &page, 2);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        for (const S3ObjectInfo& o : page.objects) {
            seen.append(o.key);
            QCOMPARE(o.size, 100 + o.key.section(u' ', 1).left(1).toInt());
        }
        token = page.truncated ? page.nextContinuationToken : QString();
        QVERIFY(!page.truncated || !token.isEmpty());
        ++pages;
    } while (!token.isEmpty());
    QCOMPARE(seen, keys);
    QCOMPARE(pages, 3);
}

void TestS3Client::testVirtualHostedStyle()
{
    // s3rver checks a virtual-hosted request's signature against /BUCKET/KEY, where S3 signs /KEY: what the client
    // sends is checked on a recording server instead.
    RecordingHttpServer server([](const RecordingHttpServer::Request&) {
        const QByteArray body = "<ListBucketResult><IsTruncated>false</IsTruncated></ListBucketResult>";
        return "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body;
    });
    S3Config config = m_server.config();
    config.endpoint = server.url();
    config.endpoint.setHost(u"s3.localhost"_s); // libcurl resolves any *.localhost to loopback itself
    config.pathStyle = false;
    config.sessionToken = "session-token";
    config.transport.maxRetries = 0;
    S3Client client(config);
    S3ListPage page;
    const HttpResult r = client.listObjects(bucket, u"a b/c+d~"_s, u"tok/en="_s, &page, 2);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QCOMPARE(server.requests().size(), 1);
    const RecordingHttpServer::Request& sent = server.requests().first();
    QCOMPARE(sent.header("Host"), "colvault-test.s3.localhost:" + QByteArray::number(server.url().port()));
    // SigV4's canonical query: sorted, every reserved byte encoded, as libcurl signs it verbatim.
    QCOMPARE(sent.target, QByteArray("/?continuation-token=tok%2Fen%3D&list-type=2&max-keys=2&prefix=a%20b%2Fc%2Bd~"));
    QCOMPARE(sent.header("x-amz-security-token"), QByteArray("session-token"));
    QVERIFY(sent.header("Authorization").startsWith("AWS4-HMAC-SHA256 Credential=COLVAULTTESTKEY/"));
    QVERIFY(sent.header("Authorization").contains("/us-east-1/s3/aws4_request"));
    QVERIFY(sent.header("Authorization").contains("x-amz-security-token"));
    QCOMPARE(sent.header("x-amz-content-sha256"), Sha256::hash(QByteArray()).toHex());
}

void TestS3Client::testAbortLeavesNoPendingUpload()
{
    S3Client client(m_server.config());
    const S3Location loc = at(u"aborted/object"_s);
    QString uploadId;
    QVERIFY(client.createMultipartUpload(loc, &uploadId).ok());
    QByteArray etag;
    QVERIFY(client.uploadPart(loc, uploadId, 1, pattern(5 * MiB, 9), &etag).ok());
    QList<S3PendingUpload> uploads;
    QVERIFY(client.listMultipartUploads(bucket, u"aborted/"_s, &uploads).ok());
    QCOMPARE(uploads.size(), 1);
    const HttpResult r = client.abortMultipartUpload(loc, uploadId);
    QVERIFY2(r.ok(), qPrintable(describe(r)));
    QVERIFY(client.listMultipartUploads(bucket, u"aborted/"_s, &uploads).ok());
    QVERIFY(uploads.isEmpty());
    S3ObjectInfo info;
    QCOMPARE(client.headObject(loc, &info).error.code, OpError::Code::NotFound);
}

void TestS3Client::testWrongSecretKeyIsOneClearLine()
{
    S3Config config = m_server.config();
    config.secretAccessKey = "not-the-secret";
    S3Client client(config);
    S3ListPage page;
    const HttpResult r = client.listObjects(bucket, {}, {}, &page);
    QCOMPARE(r.error.code, OpError::Code::Auth);
    QCOMPARE(r.error.message,
        u"The S3 server at %1 rejected the request: the secret access key of COLVAULTTESTKEY is wrong."_s.arg(
            m_server.endpoint().toString()));
    QCOMPARE(r.attempts, 1); // not retried
    QVERIFY(r.error.details.contains(u"SignatureDoesNotMatch"_s));
    QVERIFY(!r.error.details.contains(u"not-the-secret"_s));
}

void TestS3Client::testUnknownAccessKey()
{
    S3Config config = m_server.config();
    config.accessKeyId = "AKIAUNKNOWN";
    S3Client client(config);
    S3ObjectInfo info;
    const HttpResult r = client.headObject(at(u"any"_s), &info);
    QCOMPARE(r.error.code, OpError::Code::Auth);
    QCOMPARE(r.error.message, u"The S3 server does not know the access key ID AKIAUNKNOWN."_s);
}

void TestS3Client::testMissingBucketAndKey()
{
    S3Client client(m_server.config());
    S3ListPage page;
    HttpResult r = client.listObjects(u"no-such-bucket"_s, {}, {}, &page);
    QCOMPARE(r.error.code, OpError::Code::NotFound);
    QCOMPARE(r.error.message,
        u"The S3 bucket \"no-such-bucket\" does not exist at %1."_s.arg(m_server.endpoint().toString()));
    S3ObjectInfo info;
    r = client.headObject(at(u"missing/key.tar.zst"_s), &info);
    QCOMPARE(r.error.code, OpError::Code::NotFound);
    QCOMPARE(r.error.message, u"There is no object at s3://colvault-test/missing/key.tar.zst."_s);
    QString uploadId;
    r = client.createMultipartUpload(S3Location {u"no-such-bucket"_s, u"k"_s}, &uploadId);
    QCOMPARE(r.error.code, OpError::Code::NotFound);
}

void TestS3Client::testDroppedConnectionMidPartIsRetried()
{
    // start.cjs cuts the connection of the first attempt at part 2 of this key after 64 KiB of its body.
    S3Client client(m_server.config());
    QList<int> retried;
    client.setRetryNotifier([&](int attempt, int, int, const OpError& error) {
        retried.append(attempt);
        QCOMPARE(error.code, OpError::Code::Network);
    });
    const S3Location loc = at(u"dropped/object"_s);
    const QList<QByteArray> parts {pattern(5 * MiB, 21), pattern(5 * MiB, 22), pattern(1000, 23)};
    QString uploadId;
    QVERIFY(client.createMultipartUpload(loc, &uploadId).ok());
    QList<S3CompletedPart> done;
    for (int i = 0; i < parts.size(); ++i) {
        QByteArray etag;
        const HttpResult r = client.uploadPart(loc, uploadId, i + 1, parts[i], &etag);
        QVERIFY2(r.ok(), qPrintable(describe(r)));
        QCOMPARE(r.attempts, i == 1 ? 2 : 1);
        done.append({i + 1, etag});
    }
    QCOMPARE(retried, QList<int> {1});
    QVERIFY(m_server.output().contains(u"dropped dropped/object part 2"_s));
    QVERIFY(client.completeMultipartUpload(loc, uploadId, done).ok());
    QByteArray data;
    QVERIFY(client.getObjectRange(loc, 0, 11 * MiB, &data).ok());
    QCOMPARE(data.size(), 10 * MiB + 1000);
    QVERIFY(data == parts[0] + parts[1] + parts[2]);
}

void TestS3Client::testCancelIsNotAnError()
{
    S3Client client(m_server.config());
    client.setCancelCheck([] { return true; });
    S3ListPage page;
    const HttpResult r = client.listObjects(bucket, {}, {}, &page);
    QVERIFY(r.canceled);
    QVERIFY(!r.error);
    S3Client::PendingPart part = client.startUploadPart(at(u"c"_s), u"id"_s, 1, "x");
    QByteArray etag;
    QVERIFY(client.finishUploadPart(part, &etag).canceled);
}

void TestS3Client::testCancelWhileAnswerIsPending()
{
    // A server that accepts and reads but never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QObject::connect(&silent, &QTcpServer::newConnection, &silent, [&silent] {
        while (QTcpSocket* socket = silent.nextPendingConnection())
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    });
    S3Config config = m_server.config();
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort()));
    S3Client client(config);
    QElapsedTimer elapsed;
    elapsed.start();
    client.setCancelCheck([&elapsed] { return elapsed.elapsed() > 200; });
    QByteArray etag;
    const HttpResult r = client.uploadPart(at(u"c"_s), u"id"_s, 1, pattern(MiB, 41), &etag);
    QVERIFY(r.canceled);
    QVERIFY(!r.error);
    QVERIFY2(elapsed.elapsed() < 2000, qPrintable(QString::number(elapsed.elapsed())));
}

void TestS3Client::testRefusedConnection()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    S3Config config = m_server.config();
    config.endpoint = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    config.transport.maxRetries = 2;
    S3Client client(config);
    S3ListPage page;
    const HttpResult r = client.listObjects(bucket, {}, {}, &page);
    QCOMPARE(r.error.code, OpError::Code::Network);
    QCOMPARE(r.error.message,
        u"Could not connect to the S3 server at http://127.0.0.1:%1: the connection was refused."_s.arg(port));
    QCOMPARE(r.attempts, 3);
}

QTEST_GUILESS_MAIN(TestS3Client)
#include "TestS3Client.moc"
