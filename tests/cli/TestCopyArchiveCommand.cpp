// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveVerifier.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// `colvault-cli copy --archive FILE` in process against two emulators on loopback: the dry run says where the
// archive will be written and writes nothing; a copy writes it and says so (text and --json); a folder gets a
// default name; S3 and a missing folder are refused before anything is read; a failed copy leaves no archive.
class TestCopyArchiveCommand : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    static void seed(EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 10;
        o.dims = 8;
        o.frozenTenant = false; // needs the offload module, which the emulators here do not have
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    static QStringList copyArgs(EmulatorFixture& source, EmulatorFixture& target, const QStringList& args)
    {
        return QStringList {
                   u"--url"_s, source.baseUrl().toString(), u"--grpc-url"_s, source.grpcUrl().toString(), u"copy"_s}
        + args
            + QStringList {u"--to-url"_s, target.baseUrl().toString(), u"--to-grpc-url"_s, target.grpcUrl().toString()};
    }

    static QStringList filesIn(const QString& dir) { return QDir(dir).entryList(QDir::Files | QDir::Hidden); }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testDryRunSaysWhereAndWritesNothing()
    {
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        const Run text = cli(copyArgs(source, target, {u"Article"_s, u"--archive"_s, path, u"--dry-run"_s}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(
            text.out.contains(u"An archive of what is copied will be written to %1"_s.arg(path)), qPrintable(text.out));
        const Run json
            = cli(copyArgs(source, target, {u"Article"_s, u"--archive"_s, path, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"archive"_s).toString(), path);
        QCOMPARE(filesIn(dir.path()), QStringList());
    }

    void testCopyWritesAVerifiedArchive()
    {
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        const Run text = cli(copyArgs(source, target, {u"Article"_s, u"--archive"_s, path, u"--yes"_s}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"Archive written and verified: %1"_s.arg(path)), qPrintable(text.out));
        Colvault::ArchiveVerification v;
        QVERIFY(!Colvault::ArchiveVerifier::verify(path, &v) && v.ok());
        QCOMPARE(v.counts.size(), 1);
        QCOMPARE(v.counts.first().objects, qint64(10));

        // Into a folder: a default name, as backup's -o FOLDER; the JSON report names it.
        const Run json = cli(copyArgs(source, target,
            {u"Passage"_s, u"--archive"_s, dir.path(), u"--yes"_s, u"--json"_s, u"--mode"_s, u"overwrite"_s}));
        QVERIFY2(json.exitCode == 0, qPrintable(json.err));
        const QJsonObject archive = json.json().value(u"archive"_s).toObject();
        QVERIFY2(archive.value(u"path"_s).toString().startsWith(dir.filePath(u"Passage_"_s)), qPrintable(json.out));
        QCOMPARE(archive.value(u"objects"_s).toInt(), 10);
        QVERIFY(archive.value(u"verified"_s).toBool());
        QCOMPARE(filesIn(dir.path()).size(), 2);
    }

    // --passphrase-file encrypts the archive (backup's option); --encrypt-to and an encryption without --archive are
    // refused before anything is read.
    void testPassphraseEncryptsTheArchive()
    {
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source);
        QTemporaryDir dir;
        const QString passphrase = dir.filePath(u"passphrase"_s);
        {
            QFile f(passphrase);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("correct horse\n");
        }
        const QString path = dir.filePath(u"copy.tar.zst.age"_s);
        const Run alone = cli(copyArgs(source, target, {u"--passphrase-file"_s, passphrase, u"--dry-run"_s}));
        QCOMPARE(alone.exitCode, 2);
        QVERIFY2(alone.err.contains(u"give --archive FILE too"_s), qPrintable(alone.err));
        const Run recipients = cli(copyArgs(source, target,
            {u"--archive"_s, path, u"--encrypt-to"_s, Colvault::AgeIdentity::generate()->recipient().toString(),
                u"--dry-run"_s}));
        QCOMPARE(recipients.exitCode, 2);
        QVERIFY2(recipients.err.contains(u"cannot encrypt its archive to recipients"_s), qPrintable(recipients.err));

        const QStringList args {u"Article"_s, u"--archive"_s, path, u"--passphrase-file"_s, passphrase};
        const Run dry = cli(copyArgs(source, target, args + QStringList {u"--dry-run"_s}));
        QVERIFY2(dry.out.contains(u"encrypted with age and a passphrase"_s), qPrintable(dry.out));
        const Run run = cli(copyArgs(source, target, args + QStringList {u"--yes"_s}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(Colvault::ArchiveReader::encryptionOf(path), Colvault::ArchiveReader::Encryption::Passphrase);
        const Run verify = cli({u"verify"_s, path, u"--passphrase-file"_s, passphrase});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }

    void testRefusalsAndFailuresLeaveNoArchive()
    {
        EmulatorFixture source;
        EmulatorFixture target;
        seed(source);
        QTemporaryDir dir;
        const Run s3 = cli(copyArgs(source, target, {u"--archive"_s, u"s3://bucket/copy.tar.zst"_s, u"--dry-run"_s}));
        QCOMPARE(s3.exitCode, 2);
        QVERIFY2(s3.err.contains(u"cannot write its archive to S3"_s), qPrintable(s3.err));
        const Run missing
            = cli(copyArgs(source, target, {u"--archive"_s, dir.filePath(u"no/copy.tar.zst"_s), u"--dry-run"_s}));
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(u"does not exist"_s), qPrintable(missing.err));

        // Mode new onto a collection that exists: blocked, nothing copied, no archive.
        const QString path = dir.filePath(u"copy.tar.zst"_s);
        QCOMPARE(cli(copyArgs(source, target, {u"Article"_s, u"--yes"_s})).exitCode, 0);
        const Run blocked = cli(copyArgs(source, target, {u"Article"_s, u"--archive"_s, path, u"--yes"_s}));
        QCOMPARE(blocked.exitCode, 1);
        QCOMPARE(filesIn(dir.path()), QStringList());

        // The source fails every page (the plan's one-object sample may fail): the copy fails, and says that no
        // archive was written.
        Emu::FaultConfig faults;
        faults.rate503 = 1;
        faults.pathPrefix = "/v1/objects";
        faults.method = "GET";
        source.emulator().setFaults(faults);
        const Run failed = cli(QStringList {u"--retries"_s, u"0"_s}
            + copyArgs(source, target, {u"Passage"_s, u"--archive"_s, path, u"--yes"_s}));
        source.emulator().setFaults({});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"No archive was written."_s), qPrintable(failed.err));
        QCOMPARE(filesIn(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestCopyArchiveCommand)
#include "TestCopyArchiveCommand.moc"
