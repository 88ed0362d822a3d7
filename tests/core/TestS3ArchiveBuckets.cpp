// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Archive.h"
#include "core/Translations.h"
#include "tests/support/S3Server.h"

#include <QTest>
#include <QtConcurrent>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::S3Server;

namespace {
const QString first = u"colvault-first"_s;
const QString second = u"colvault-second"_s;
} // namespace

// Settings per bucket (S3Archive::setBucketSettings, what the app's storage profiles register): a bucket with its
// own settings is reached with its own keys while the process-wide settings hold other keys, and once removed the
// process-wide settings apply again. Against s3rver on loopback (tests/s3).
class TestS3ArchiveBuckets : public QObject
{
    Q_OBJECT

private:
    S3Archive::Settings settings(const QByteArray& secret) const
    {
        S3Archive::Settings s;
        const S3Config c = m_server.config();
        s.overrides.endpoint = c.endpoint;
        s.overrides.region = c.region;
        s.overrides.accessKeyId = c.accessKeyId;
        s.overrides.secretAccessKey = secret;
        s.overrides.pathStyle = S3PathStyle::Path;
        s.transport = c.transport;
        return s;
    }

    S3Server m_server;

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void testBucketSettingsWinOverTheProcessWide();
    void testRemovedBucketSettingsFallBack();
    void testUnsetTransportAndPartSizeComeFromTheProcessWide();
    void testConcurrentReadsAndWrites();
};

void TestS3ArchiveBuckets::initTestCase()
{
    Translations::install(QLocale(QLocale::English));
    QString why;
    if (!S3Server::available(&why)) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL(qPrintable(why));
        QSKIP(qPrintable(why));
    }
    QString error;
    QVERIFY2(m_server.start({first, second}, &error), qPrintable(error));
}

void TestS3ArchiveBuckets::init()
{
    // The process-wide keys are wrong: only a bucket's own settings can reach the server.
    S3Archive::setSettings(settings("not-the-secret"));
}

void TestS3ArchiveBuckets::cleanup()
{
    S3Archive::removeBucketSettings(first);
    S3Archive::removeBucketSettings(second);
    S3Archive::setSettings({});
}

void TestS3ArchiveBuckets::testBucketSettingsWinOverTheProcessWide()
{
    S3Archive::setBucketSettings(second, settings(S3Server::secretAccessKey));
    const OpError good = S3Archive::checkDestination(u"s3://"_s + second + u"/team/"_s);
    QVERIFY2(!good, qPrintable(good.message + u" | "_s + good.details));
    const OpError bad = S3Archive::checkDestination(u"s3://"_s + first + u"/team/"_s);
    QCOMPARE(bad.code, OpError::Code::Auth);
    QVERIFY2(bad.message.contains(u"secret access key"_s), qPrintable(bad.message));
}

void TestS3ArchiveBuckets::testRemovedBucketSettingsFallBack()
{
    S3Archive::setBucketSettings(second, settings(S3Server::secretAccessKey));
    QVERIFY(S3Archive::bucketSettings(second).has_value());
    S3Archive::removeBucketSettings(second);
    QVERIFY(!S3Archive::bucketSettings(second).has_value());
    QCOMPARE(S3Archive::checkDestination(u"s3://"_s + second + u"/team/"_s).code, OpError::Code::Auth);
    // And the other way round: good process-wide keys, a bucket registered with wrong ones.
    S3Archive::setSettings(settings(S3Server::secretAccessKey));
    S3Archive::setBucketSettings(first, settings("also-wrong"));
    QCOMPARE(S3Archive::checkDestination(u"s3://"_s + first + u"/x/"_s).code, OpError::Code::Auth);
    QVERIFY(!S3Archive::checkDestination(u"s3://"_s + second + u"/x/"_s));
}

void TestS3ArchiveBuckets::testUnsetTransportAndPartSizeComeFromTheProcessWide()
{
    S3Archive::Settings global = settings(S3Server::secretAccessKey);
    global.firstPartSize = 5 * 1024 * 1024;
    global.transport->maxRetries = 7;
    S3Archive::setSettings(global);
    S3Archive::Settings own = settings(S3Server::secretAccessKey);
    own.overrides.region = u"eu-west-3"_s;
    own.transport.reset();
    S3Archive::setBucketSettings(second, own);
    const S3Archive::Settings s = S3Archive::settingsFor(second);
    QCOMPARE(s.overrides.region, u"eu-west-3"_s);
    QCOMPARE(s.firstPartSize, global.firstPartSize);
    QVERIFY(s.transport.has_value());
    QCOMPARE(s.transport->maxRetries, 7);
    QCOMPARE(S3Archive::settingsFor(first).overrides.region, global.overrides.region);
}

void TestS3ArchiveBuckets::testConcurrentReadsAndWrites()
{
    // Registered from the GUI thread while workers resolve paths: no torn settings (run under a sanitizer in CI).
    const S3Archive::Settings good = settings(S3Server::secretAccessKey);
    QFuture<int> readers = QtConcurrent::run([] {
        int resolved = 0;
        for (int i = 0; i < 2000; ++i) {
            S3Location location;
            S3Config config;
            OpError error;
            if (S3Archive::resolve(u"s3://"_s + second + u"/k"_s, &location, &config, &error))
                ++resolved;
        }
        return resolved;
    });
    for (int i = 0; i < 2000; ++i) {
        S3Archive::setBucketSettings(second, good);
        S3Archive::removeBucketSettings(second);
    }
    QCOMPARE(readers.result(), 2000); // both settings have keys: every resolve succeeds
}

QTEST_GUILESS_MAIN(TestS3ArchiveBuckets)
#include "TestS3ArchiveBuckets.moc"
