// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveVerifier.h"
#include "core/ArchiveWriter.h"
#include "core/SegmentWriter.h"
#include "tests/core/AgeTestTool.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;

namespace {

const QString article = QStringLiteral("Article");
constexpr int workFactor = 10; // fast; age decrypts any factor up to its ceiling

// A complete, verifiable archive of `objects` objects in segments of 50 (about 100 KiB per segment pair, so the
// encrypted stream has several 64 KiB chunks).
OpError writeArchive(const QString& path, const AgeEncryptionKeys& keys, ArchiveCompression compression, int objects)
{
    ArchiveWriter writer;
    if (OpError e = writer.open(path, compression, std::nullopt, {}, keys))
        return e;
    ArchiveManifest manifest;
    manifest.toolVersion = QStringLiteral("0.1.0");
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.sourceUrl = QUrl(QStringLiteral("http://localhost:8080/"));
    manifest.serverVersion = QStringLiteral("1.30.0");
    manifest.collections = {{article, false}};
    if (OpError e = writer.addEntry(ArchiveLayout::manifestEntry(), manifest.toJson()))
        return e;
    if (OpError e = writer.addEntry(ArchiveLayout::classEntry(article), R"({"class":"Article","properties":[]})"))
        return e;
    SegmentWriter segments(&writer, article, {}, SegmentWriter::Limits {50, 1 << 20});
    for (int i = 0; i < objects; ++i) {
        const QString id = QStringLiteral("00000000-0000-4000-8000-%1").arg(i, 12, 16, QLatin1Char('0'));
        QList<float> values(256);
        for (int k = 0; k < values.size(); ++k)
            values[k] = float(i * 1000 + k) / 7.0f;
        const QByteArray properties = QStringLiteral("{\"title\":\"object %1\"}").arg(i).toUtf8();
        if (OpError e = segments.add(id, 1, 2, properties, {{QString(), 0, 256, values}}))
            return e;
    }
    if (OpError e = segments.finish())
        return e;
    ArchiveTrailer trailer;
    trailer.counts.append(segments.counts());
    return writer.commit(trailer);
}

struct Entries
{
    OpError error;
    QStringList names;
    QList<QByteArray> sha256;
};

Entries readThrough(const QString& path, const AgeDecryptionKeys& keys)
{
    Entries r;
    ArchiveReader reader;
    if ((r.error = reader.open(path, ArchiveReader::Limits(), keys)))
        return r;
    bool hasEntry = false;
    while (!(r.error = reader.next(&hasEntry)) && hasEntry) {
        if ((r.error = reader.skip()))
            return r;
        r.names << reader.name();
        r.sha256 << reader.sha256();
    }
    return r;
}

AgeEncryptionKeys toRecipient(const AgeIdentity& identity)
{
    AgeEncryptionKeys keys;
    keys.recipients = {identity.recipient()};
    return keys;
}

AgeEncryptionKeys withPassphrase(const QByteArray& passphrase)
{
    AgeEncryptionKeys keys;
    keys.passphrase = passphrase;
    keys.scryptWorkFactor = workFactor;
    return keys;
}

AgeDecryptionKeys identityKeys(const AgeIdentity& identity)
{
    AgeDecryptionKeys keys;
    keys.identities = {identity};
    return keys;
}

AgeDecryptionKeys passphraseKeys(const QByteArray& passphrase)
{
    AgeDecryptionKeys keys;
    keys.passphrase = passphrase;
    return keys;
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

} // namespace

// Encrypted archives end to end: ArchiveWriter wraps the whole compressed stream in age, `age -d` gives back a tar
// that tar lists and the verifier accepts, archives `age` encrypted read like ours, and a missing key, a wrong key
// or a damaged file is one clear error with nothing left behind.
class TestArchiveEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testRoundTrip_data()
    {
        QTest::addColumn<bool>("usePassphrase");
        QTest::addColumn<ArchiveCompression>("compression");
        QTest::addRow("x25519-zstd") << false << ArchiveCompression::Zstd;
        QTest::addRow("x25519-gzip") << false << ArchiveCompression::Gzip;
        QTest::addRow("x25519-none") << false << ArchiveCompression::None;
        QTest::addRow("scrypt-zstd") << true << ArchiveCompression::Zstd;
    }

    void testRoundTrip()
    {
        QFETCH(bool, usePassphrase);
        QFETCH(ArchiveCompression, compression);
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString plain = dir.filePath(QStringLiteral("plain.tar"));
        const QString encrypted = dir.filePath(QStringLiteral("encrypted.tar.age"));
        QVERIFY(!writeArchive(plain, {}, compression, 120));
        const OpError written
            = writeArchive(encrypted, usePassphrase ? withPassphrase("pw") : toRecipient(id), compression, 120);
        QVERIFY2(!written, qPrintable(written.details));
        QVERIFY(readFile(encrypted).startsWith("age-encryption.org/v1\n"));
        QCOMPARE(ArchiveReader::encryptionOf(encrypted),
            usePassphrase ? ArchiveReader::Encryption::Passphrase : ArchiveReader::Encryption::Recipients);
        QCOMPARE(ArchiveReader::encryptionOf(plain), ArchiveReader::Encryption::None);

        const Entries expected = readThrough(plain, {});
        QVERIFY(!expected.error);
        const Entries got = readThrough(encrypted, usePassphrase ? passphraseKeys("pw") : identityKeys(id));
        QVERIFY2(!got.error, qPrintable(got.error.details));
        QCOMPARE(got.names, expected.names);
        QCOMPARE(got.names.last(), ArchiveLayout::trailerEntry());
        QCOMPARE(got.sha256.size(), expected.sha256.size());

        ArchiveReader reader;
        QVERIFY(!reader.open(encrypted, {}, usePassphrase ? passphraseKeys("pw") : identityKeys(id)));
        bool hasEntry = false;
        QVERIFY(!reader.next(&hasEntry) && hasEntry);
        QCOMPARE(reader.compression(), std::optional<ArchiveCompression>(compression));
    }

    void testMissingOrWrongKeyIsOneClearError()
    {
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString toId = dir.filePath(QStringLiteral("to-id.tar.zst"));
        const QString toPass = dir.filePath(QStringLiteral("to-pass.tar.zst"));
        QVERIFY(!writeArchive(toId, toRecipient(id), ArchiveCompression::Zstd, 10));
        QVERIFY(!writeArchive(toPass, withPassphrase("right"), ArchiveCompression::Zstd, 10));

        struct Case
        {
            QString path;
            AgeDecryptionKeys keys;
            OpError::Code code;
            QString message;
        };
        const QList<Case> cases {
            {toId, {}, OpError::Code::Usage, QStringLiteral("is encrypted; give an identity file")},
            {toPass, {}, OpError::Code::Usage, QStringLiteral("is encrypted with a passphrase")},
            {toId, identityKeys(AgeIdentity::generate().value()), OpError::Code::Auth,
                QStringLiteral("None of the given identities")},
            {toPass, passphraseKeys("wrong"), OpError::Code::Auth, QStringLiteral("passphrase does not decrypt")},
            {toPass, identityKeys(id), OpError::Code::Usage, QStringLiteral("not to an identity")},
            {toId, passphraseKeys("right"), OpError::Code::Usage, QStringLiteral("not with a passphrase")},
        };
        for (const Case& c : cases) {
            const Entries r = readThrough(c.path, c.keys);
            QVERIFY(r.error);
            QCOMPARE(r.error.code, c.code);
            QVERIFY2(r.error.message.contains(c.message), qPrintable(r.error.message));
            QVERIFY(r.error.message.contains(QDir::toNativeSeparators(c.path)));
            QVERIFY(r.names.isEmpty()); // refused at open(), before any entry
        }
    }

    void testDamagedCiphertextIsRefused()
    {
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString path = dir.filePath(QStringLiteral("a.tar.zst"));
        QVERIFY(!writeArchive(path, toRecipient(id), ArchiveCompression::None, 300));
        const QByteArray cipher = readFile(path);
        QVERIFY(cipher.size() > 4 * 65536);
        const qsizetype payload = cipher.indexOf('\n', cipher.indexOf("\n---") + 1) + 1 + 16;

        const QString damaged = dir.filePath(QStringLiteral("damaged.tar.zst"));
        // In the header MAC, the payload nonce, the first chunk, a middle one and the last one's tag. (A flip in a
        // recipient stanza reads as a wrong key: age cannot tell them apart either.)
        const qsizetype mac = cipher.indexOf("\n---") + 10;
        for (const qsizetype at : {mac, payload - 5, payload + 100, cipher.size() / 2, cipher.size() - 1}) {
            QByteArray flipped = cipher;
            flipped[at] = char(flipped[at] ^ 0x20);
            QVERIFY(writeFile(damaged, flipped));
            const Entries r = readThrough(damaged, identityKeys(id));
            QVERIFY2(r.error.code == OpError::Code::Format, qPrintable(QStringLiteral("flip at %1").arg(at)));
            QVERIFY2(
                r.error.message.contains(QStringLiteral("damaged or was tampered with")), qPrintable(r.error.message));
        }
        // Cut at chunk boundaries (the tar's end blocks are read before the last chunk): truncated. Cut inside the last
        // chunk: its tag fails, which cannot be told from damage.
        for (const qsizetype cut : {payload + 65552, payload + 2 * 65552, cipher.size() - 5}) {
            QVERIFY(writeFile(damaged, cipher.left(cut)));
            const Entries r = readThrough(damaged, identityKeys(id));
            QVERIFY2(r.error.code == OpError::Code::Format, qPrintable(QStringLiteral("cut at %1").arg(cut)));
            if (cut != cipher.size() - 5)
                QVERIFY2(r.error.message.contains(QStringLiteral("is truncated")), qPrintable(r.error.message));
        }
    }

    // libarchive stops at the tar's end blocks; the reader still reads on to the chunk flagged last, so cutting off
    // chunks that lie after the end blocks is noticed too.
    void testCutAfterTheTarEndIsNoticed()
    {
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString plain = dir.filePath(QStringLiteral("plain.tar"));
        QVERIFY(!writeArchive(plain, {}, ArchiveCompression::None, 10));
        const QByteArray padded = readFile(plain) + QByteArray(3 * 65536, '\0');
        QByteArray cipher;
        AgeEncryptor encryptor;
        QVERIFY(!encryptor.start(toRecipient(id), [&cipher](const char* data, qint64 size) {
            cipher.append(data, qsizetype(size));
            return true;
        }));
        QVERIFY(encryptor.write(padded.constData(), padded.size()) && encryptor.finish());
        const QString path = dir.filePath(QStringLiteral("padded.tar.age"));
        QVERIFY(writeFile(path, cipher));
        QVERIFY(!readThrough(path, identityKeys(id)).error);
        QVERIFY(writeFile(path, cipher.left(cipher.size() - (padded.size() % 65536 + 16))));
        const Entries r = readThrough(path, identityKeys(id));
        QCOMPARE(r.names.last(), ArchiveLayout::trailerEntry()); // every entry was read before the end was missed
        QVERIFY2(r.error.message.contains(QStringLiteral("is truncated")), qPrintable(r.error.message));
    }

    void testArmoredFileIsNamed()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("armored.age"));
        QVERIFY(writeFile(path, "-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n"));
        const Entries r = readThrough(path, identityKeys(AgeIdentity::generate().value()));
        QCOMPARE(r.error.code, OpError::Code::Format);
        QVERIFY2(r.error.message.contains(QStringLiteral("ASCII armor")), qPrintable(r.error.message));
    }

    void testFailedEncryptedBackupLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.tar.zst"));
        {
            ArchiveWriter writer;
            QVERIFY(!writer.open(path, ArchiveCompression::Zstd, std::nullopt, {}, withPassphrase("pw")));
            QVERIFY(!writer.addEntry(ArchiveLayout::manifestEntry(), QByteArray(200000, 'x')));
            writer.abort();
        }
        {
            ArchiveWriter writer;
            QVERIFY(!writer.open(
                path, ArchiveCompression::Zstd, std::nullopt, {}, toRecipient(AgeIdentity::generate().value())));
            QVERIFY(!writer.addEntry(ArchiveLayout::manifestEntry(), "{}"));
        } // destroyed without commit: canceled
        AgeEncryptionKeys both = toRecipient(AgeIdentity::generate().value());
        both.passphrase = "pw";
        ArchiveWriter writer;
        const OpError error = writer.open(path, ArchiveCompression::Zstd, std::nullopt, {}, both);
        QCOMPARE(error.code, OpError::Code::Usage);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // ---------------------------------------------------------------------------------- interop with age 1.1.1

    void testAgeDecryptsOurArchive()
    {
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString key = dir.filePath(QStringLiteral("key.txt"));
        const QString encrypted = dir.filePath(QStringLiteral("backup.tar.zst.age"));
        const QString decrypted = dir.filePath(QStringLiteral("backup.tar.zst"));
        QVERIFY(writeFile(key, id.fileText()));
        QVERIFY(!writeArchive(encrypted, toRecipient(id), ArchiveCompression::Zstd, 120));

        const AgeTestTool::Result age = AgeTestTool::run(QStringLiteral("age"),
            {QStringLiteral("-d"), QStringLiteral("-i"), key, QStringLiteral("-o"), decrypted, encrypted});
        QVERIFY2(age.exitCode == 0, age.err.constData());
        QProcess tar;
        tar.start(QStringLiteral("tar"), {QStringLiteral("--zstd"), QStringLiteral("-tf"), decrypted});
        QVERIFY(tar.waitForFinished(60000));
        QCOMPARE(tar.exitCode(), 0);
        const QStringList listed = QString::fromUtf8(tar.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(listed, readThrough(encrypted, identityKeys(id)).names);
        ArchiveVerification verification;
        QVERIFY(!ArchiveVerifier::verify(decrypted, &verification));
        QVERIFY(verification.ok());
    }

    void testWeReadWhatAgeEncrypted()
    {
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        QTemporaryDir dir;
        const AgeIdentity id = AgeIdentity::generate().value();
        const QString plain = dir.filePath(QStringLiteral("backup.tar.zst"));
        const QString encrypted = dir.filePath(QStringLiteral("backup.tar.zst.age"));
        QVERIFY(!writeArchive(plain, {}, ArchiveCompression::Zstd, 120));
        const AgeTestTool::Result age = AgeTestTool::run(QStringLiteral("age"),
            {QStringLiteral("-r"), id.recipient().toString(), QStringLiteral("-o"), encrypted, plain});
        QVERIFY2(age.exitCode == 0, age.err.constData());
        const Entries expected = readThrough(plain, {});
        const Entries got = readThrough(encrypted, identityKeys(id));
        QVERIFY2(!got.error, qPrintable(got.error.details));
        QCOMPARE(got.names, expected.names);
        QCOMPARE(got.sha256, expected.sha256);
    }
};

QTEST_GUILESS_MAIN(TestArchiveEncryption)
#include "TestArchiveEncryption.moc"
