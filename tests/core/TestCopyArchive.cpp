// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveVerifier.h"
#include "core/ArchiveWriter.h"
#include "core/BackupTask.h"
#include "core/CopyArchive.h"
#include "core/CopyTask.h"
#include "core/RestoreTask.h"
#include "core/ServerSource.h"
#include "core/Translations.h"
#include "tests/support/ArchiveContent.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/StoreDump.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// `copy --archive` (CopyTask with CopyParams::archivePath, CopyArchive) against emulators on loopback: the archive
// holds what a backup of the same collections holds (head entries, objects bit for bit, counts, aliases), verifies,
// and restores into a third server as the source; it appears only complete and verified: a copy that fails on the
// source, is canceled (also while the archive is verified) leaves no file and no hidden partial; shards a reader
// skips are still archived whole; the hidden name is swept by a later run only once its lock is gone (a killed
// copy); a passphrase encrypts it; S3, recipients and missing folders are refused before anything is read.
class TestCopyArchive : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.grpcUrl = f.grpcUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }

    // The demo data (every data type, legacy, named and multi-vectors, references with cycles, a COLD tenant) and
    // an alias of Article.
    static void seed(EmulatorFixture& f, int objects = 30)
    {
        Seed::SeedOptions o;
        o.objects = objects;
        o.dims = 8;
        o.batchSize = 50;
        o.frozenTenant = false; // left out of a copy as of a backup: the target would not equal the source
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
        const QByteArray alias = R"({"alias":"Articles","class":"Article"})";
        if (f.post(u"/v1/aliases"_s, alias).status != 200)
            qFatal("alias not created");
    }

    static CopyParams params(EmulatorFixture& source, EmulatorFixture& target, const QString& archive)
    {
        CopyParams p;
        p.endpoint = endpoint(source);
        p.target.endpoint = endpoint(target);
        p.target.batchSize = 20;
        p.pageSize = 7;
        p.archivePath = archive;
        return p;
    }

    static CopyReport copy(const CopyParams& p, ProgressSink* sink = nullptr, CopyPlan* planned = nullptr)
    {
        OpError err;
        CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        if (err) {
            CopyReport failed;
            failed.error = err;
            return failed;
        }
        if (planned)
            *planned = plan;
        return CopyTask::apply(plan, sink);
    }

    // What a backup of the same collections writes, read as the copy reads them.
    static QString backup(EmulatorFixture& f, const QStringList& collections, const QString& path)
    {
        BackupParams p;
        p.endpoint = endpoint(f);
        p.collections = collections;
        p.activateTenants = true;
        p.pageSize = 7;
        p.destination = path;
        OpError error;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &error);
        if (error)
            qFatal("backup plan: %s", qPrintable(error.message));
        const BackupReport report = BackupTask::apply(plan, nullptr);
        if (report.outcome != BackupReport::Outcome::Succeeded)
            qFatal("backup: %s", qPrintable(report.error.message));
        return path;
    }

    // Every entry but the object segments: manifest, trailer, classes and tenants.
    static QMap<QString, QByteArray> headEntries(const QString& path)
    {
        QMap<QString, QByteArray> out;
        ArchiveReader reader;
        if (reader.open(path))
            return out;
        bool has = false;
        while (!reader.next(&has) && has) {
            if (reader.name().contains(u"/objects/"_s) || reader.name().contains(u"segment"_s)) {
                reader.skip();
                continue;
            }
            QByteArray data;
            reader.readAll(&data, 64 << 20);
            out.insert(reader.name(), data);
        }
        return out;
    }

    // A manifest or trailer without what differs from run to run (times, durations) or says who wrote it.
    static QJsonObject comparable(const QByteArray& json)
    {
        QJsonObject o = QJsonDocument::fromJson(json).object();
        for (const QString& key : {u"createdAt"_s, u"entries"_s})
            o.remove(key);
        QJsonObject options = o.value(u"options"_s).toObject();
        options.remove(u"writtenBy"_s);
        o.insert(u"options"_s, options);
        QJsonObject extras = o.value(u"extras"_s).toObject();
        extras.remove(u"durationMs"_s);
        o.insert(u"extras"_s, extras);
        return o;
    }

    static ArchiveVerification verified(const QString& path)
    {
        ArchiveVerification v;
        const OpError e = ArchiveVerifier::verify(path, &v);
        if (e)
            qWarning("verify: %s", qPrintable(e.message));
        return v;
    }

    static QStringList filesIn(const QString& dir)
    {
        return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    static void verifyDumpsEqual(const QString& actual, const QString& expected)
    {
        const QStringList a = actual.split(u'\n');
        const QStringList e = expected.split(u'\n');
        for (qsizetype i = 0; i < std::max(a.size(), e.size()); ++i)
            QVERIFY2(a.value(i) == e.value(i),
                qPrintable(u"line %1\nactual:   %2\nexpected: %3"_s.arg(i + 1).arg(
                    a.value(i).left(600), e.value(i).left(600))));
    }

    static QStringList collectionsOf(const CopyPlan& plan)
    {
        QStringList out;
        for (const RestoreCollectionPlan& c : plan.collections)
            out << c.source;
        return out;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    // The copy's archive is the backup's (head entries, objects bit for bit, counts, aliases), it verifies, and a
    // restore of it into a third server equals the source bit for bit.
    void testArchiveIsTheBackupOfWhatWasCopied()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QString before = TestSupport::storeDump(source.emulator());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        CopyPlan plan;
        const CopyReport report = copy(params(source, target, path), nullptr, &plan);
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY(report.copied);
        QCOMPARE(report.archivePath, path);
        QVERIFY(report.archiveBytes > 0 && report.archiveBytes == QFileInfo(path).size());
        verifyDumpsEqual(TestSupport::storeDump(target.emulator()), before);
        const ArchiveVerification v = verified(path);
        QVERIFY(v.ok());
        QCOMPARE(v.manifest.options.value(u"writtenBy"_s).toString(), u"copy"_s);
        QCOMPARE(v.manifest.aliases.aliases.size(), 1);

        const QString other = backup(source, collectionsOf(plan), dir.filePath(u"backup.tar.zst"_s));
        QCOMPARE(filesIn(dir.path()), (QStringList {u"backup.tar.zst"_s, u"copy.tar.zst"_s}));
        const TestSupport::Content copied = TestSupport::loadArchive(path);
        const TestSupport::Content backedUp = TestSupport::loadArchive(other);
        QVERIFY2(copied.error.isEmpty(), qPrintable(copied.error));
        QVERIFY2(TestSupport::Content::difference(copied, backedUp).isEmpty(),
            qPrintable(TestSupport::Content::difference(copied, backedUp)));
        QCOMPARE(copied.objectCount(), report.archiveObjects);
        QCOMPARE(v.counts, verified(other).counts);
        const QMap<QString, QByteArray> a = headEntries(path);
        const QMap<QString, QByteArray> b = headEntries(other);
        QCOMPARE(a.keys(), b.keys());
        for (auto it = a.cbegin(); it != a.cend(); ++it) {
            if (it.key() == u"manifest.json" || it.key() == u"trailer.json")
                QCOMPARE(comparable(it.value()), comparable(b.value(it.key())));
            else
                QVERIFY2(it.value() == b.value(it.key()), qPrintable(it.key()));
        }

        EmulatorFixture third(config());
        RestoreParams restore;
        restore.endpoint = endpoint(third);
        restore.archivePath = path;
        OpError err;
        const RestorePlan restorePlan = RestoreTask::plan(restore, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        const RestoreReport restored = RestoreTask::apply(restorePlan, nullptr);
        QVERIFY2(restored.outcome == RestoreReport::Outcome::Succeeded, qPrintable(restored.error.message));
        verifyDumpsEqual(TestSupport::storeDump(third.emulator()), before);
    }

    void testFaultsOnTheSourceEndWithAVerifiedArchiveOrNone_data()
    {
        QTest::addColumn<int>("retries");
        QTest::newRow("retried: the archive") << 30;
        QTest::newRow("given up: no archive") << 0;
    }

    // 503s and connections dropped before and in the middle of a page: with retries the copy and its archive are
    // complete; without, the copy fails and neither the archive nor a hidden partial of it is left.
    void testFaultsOnTheSourceEndWithAVerifiedArchiveOrNone()
    {
        QFETCH(int, retries);
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        CopyParams p = params(source, target, path);
        p.endpoint.maxRetries = retries;
        OpError err;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY(!err);
        Emu::FaultConfig faults;
        faults.seed = 7;
        faults.rate503 = 0.2;
        faults.dropBeforeRate = 0.05;
        faults.dropMidBodyRate = 0.15;
        faults.pathPrefix = "/v1/objects";
        faults.method = "GET";
        source.emulator().setFaults(faults);
        const CopyReport report = CopyTask::apply(plan, nullptr);
        source.emulator().setFaults({});
        QVERIFY(source.emulator().faultStats().injected503 > 0);
        if (retries == 0) {
            QCOMPARE(report.outcome, RestoreReport::Outcome::Failed);
            QVERIFY(!report.copied);
            QVERIFY(report.archivePath.isEmpty());
            QCOMPARE(filesIn(dir.path()), QStringList());
            return;
        }
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.message));
        QVERIFY(verified(path).ok());
        QCOMPARE(filesIn(dir.path()), QStringList {u"copy.tar.zst"_s});
        const QString other = backup(source, collectionsOf(plan), dir.filePath(u"backup.tar.zst"_s));
        QVERIFY(TestSupport::Content::difference(TestSupport::loadArchive(path), TestSupport::loadArchive(other))
                    .isEmpty());
    }

    void testCancelLeavesNoArchive_data()
    {
        QTest::addColumn<bool>("whileVerifying");
        QTest::newRow("while copying") << false;
        QTest::newRow("while verifying the archive") << true;
    }

    void testCancelLeavesNoArchive()
    {
        QFETCH(bool, whileVerifying);
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        OpError err;
        const CopyPlan plan = CopyTask::plan(params(source, target, path), nullptr, &err);
        QVERIFY(!err);
        bool cancel = false;
        bool verifying = false;
        CallbackProgressSink sink(
            [&](const OperationProgress& progress) {
                verifying = verifying || progress.text.startsWith(u"Verifying the archive:"_s);
                cancel = whileVerifying ? verifying : progress.objectsDone > 0;
            },
            [&] { return cancel; });
        Emu::FaultConfig slow;
        slow.latencyMs = whileVerifying ? 0 : 30;
        slow.pathPrefix = "/v1/objects";
        source.emulator().setFaults(slow);
        const CopyReport report = CopyTask::apply(plan, &sink);
        source.emulator().setFaults({});
        QCOMPARE(report.outcome, RestoreReport::Outcome::Canceled);
        QVERIFY(!report.error);
        QCOMPARE(report.copied, whileVerifying);
        QCOMPARE(verifying, whileVerifying);
        QVERIFY(report.archivePath.isEmpty());
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    // A reader that leaves shards early or skips them (as a restore skips shards its plan does not hold) still gets
    // every shard archived whole: the archive equals the backup.
    void testSkippedShardsAreArchivedWhole()
    {
        EmulatorFixture source(config());
        seed(source, 10);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.tar.zst"_s);
        CopyArchive archive(path, ArchiveCompression::Zstd);
        QStringList warnings;
        QVERIFY(!archive.open(&warnings));
        ServerSource::Options options;
        options.collections = {u"TenantNote"_s};
        options.pageSize = 3;
        options.archive = &archive;
        ServerSource reader(endpoint(source), options);
        QVERIFY(!reader.openObjects());
        bool has = false;
        int shard = 0;
        while (!reader.nextShard(&has) && has) {
            const SourceObject* o = nullptr;
            if (shard++ == 0)
                QVERIFY(!reader.next(&o) && o); // one object, then left
        }
        QVERIFY(reader.finish().isEmpty());
        QVERIFY(!archive.commit({}));
        bool canceled = false;
        ProgressMeter meter(nullptr);
        QVERIFY(!archive.publish(meter, &canceled));
        QVERIFY(!canceled);
        QCOMPARE(filesIn(dir.path()), QStringList {u"notes.tar.zst"_s});
        const QString other = backup(source, {u"TenantNote"_s}, dir.filePath(u"backup.tar.zst"_s));
        const TestSupport::Content a = TestSupport::loadArchive(path);
        QVERIFY(a.objectCount() > 10);
        QVERIFY2(TestSupport::Content::difference(a, TestSupport::loadArchive(other)).isEmpty(),
            qPrintable(TestSupport::Content::difference(a, TestSupport::loadArchive(other))));
    }

    // With a passphrase the archive is age-encrypted, verified with the passphrase, and restores with it; recipients
    // are refused (the copy could not read the archive back).
    void testPassphraseEncryptsTheArchive()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source, 10);
        const QString before = TestSupport::storeDump(source.emulator());
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst.age"_s);
        CopyParams p = params(source, target, path);
        p.archiveEncryption.recipients = {AgeIdentity::generate()->recipient()};
        OpError err;
        CopyTask::plan(p, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QVERIFY2(err.message.contains(u"recipients"_s), qPrintable(err.message));

        p.archiveEncryption = {};
        p.archiveEncryption.passphrase = "correct horse";
        p.archiveEncryption.scryptWorkFactor = 10;
        const CopyReport report = copy(p);
        QVERIFY2(report.outcome == RestoreReport::Outcome::Succeeded, qPrintable(report.error.message));
        QCOMPARE(ArchiveReader::encryptionOf(path), ArchiveReader::Encryption::Passphrase);
        ArchiveVerification v;
        ArchiveVerifier::Options options;
        options.keys.passphrase = "correct horse";
        QVERIFY(!ArchiveVerifier::verify(path, &v, options) && v.ok());
        QCOMPARE(filesIn(dir.path()), QStringList {u"copy.tar.zst.age"_s});

        EmulatorFixture third(config());
        RestoreParams restore;
        restore.endpoint = endpoint(third);
        restore.archivePath = path;
        restore.decryption.passphrase = "correct horse";
        err = {};
        const RestorePlan restorePlan = RestoreTask::plan(restore, nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        const RestoreReport restored = RestoreTask::apply(restorePlan, nullptr);
        QVERIFY2(restored.outcome == RestoreReport::Outcome::Succeeded, qPrintable(restored.error.message));
        verifyDumpsEqual(TestSupport::storeDump(third.emulator()), before);
    }

    // The hidden name is a partial archive as ArchiveWriter names them: while its lock is held a sweep of the folder
    // (another backup's) leaves it alone; once the lock is gone (the process was killed) the sweep removes it.
    void testHiddenNameIsSweptOnlyWithoutItsLock()
    {
        QTemporaryDir dir;
        CopyArchive archive(dir.filePath(u"copy.tar.zst"_s), ArchiveCompression::Zstd);
        QStringList warnings;
        QVERIFY(!archive.open(&warnings));
        const QStringList hidden
            = QDir(dir.path()).entryList({u".copy.tar.zst.colvault-partial-*"_s}, QDir::Files | QDir::Hidden);
        QCOMPARE(hidden.size(), 2); // the name and its lock
        const QString name = hidden.first();
        QVERIFY2(
            QRegularExpression(u"^\\.copy\\.tar\\.zst\\.colvault-partial-[A-Za-z0-9]{6}$"_s).match(name).hasMatch(),
            qPrintable(name));
        QVERIFY(ArchiveWriter::removeStalePartials(dir.path()).isEmpty());
        QVERIFY(QFile::exists(dir.filePath(name)));
        // As if its process had died (QLockFile then warns that it cannot remove its lock).
        QVERIFY(QFile::remove(dir.filePath(name + u".lock"_s)));
        QCOMPARE(ArchiveWriter::removeStalePartials(dir.path()), QStringList {dir.filePath(name)});
        archive.abort();
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    // Refused while planning, before anything is read: S3, a missing folder, a folder. The name picks the
    // compression.
    void testPlanChecksTheArchivePath()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source, 3);
        QTemporaryDir dir;
        const QStringList refused {u"s3://bucket/copy.tar.zst"_s, dir.filePath(u"missing/copy.tar.zst"_s), dir.path()};
        for (const QString& path : refused) {
            OpError err;
            CopyTask::plan(params(source, target, path), nullptr, &err);
            QCOMPARE(err.code, OpError::Code::Usage);
            QVERIFY2(!err.message.isEmpty(), qPrintable(path));
        }
        OpError err;
        const CopyPlan plan = CopyTask::plan(params(source, target, dir.filePath(u"c.tar.gz"_s)), nullptr, &err);
        QVERIFY2(!err, qPrintable(err.message));
        QCOMPARE(plan.archivePath, dir.filePath(u"c.tar.gz"_s));
        QCOMPARE(plan.archiveCompression, ArchiveCompression::Gzip);
        QCOMPARE(CopyArchive::compressionFor(u"x.tar.xz"_s), ArchiveCompression::Xz);
        QCOMPARE(CopyArchive::compressionFor(u"x.tar"_s), ArchiveCompression::None);
        QCOMPARE(CopyArchive::compressionFor(u"x.archive"_s), ArchiveCompression::Zstd);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCopyArchive)
#include "TestCopyArchive.moc"
