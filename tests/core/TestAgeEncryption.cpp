// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeEncryption.h"
#include "core/AgeFormat.h"
#include "tests/core/AgeTestTool.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;

namespace {

// Fixed vectors made once with age 1.1.1 (age-keygen; age -r; age -p), so the format is checked without the tool.
constexpr QByteArrayView knownIdentity = "AGE-SECRET-KEY-1TVZ4WFF5K77UVS6VCJWWLC90P2ZN72ND5CE06QGQSFAM5AKEX7XS5YJ7DR";
constexpr QByteArrayView knownRecipient = "age1l6m5es09987gdnmkjw49mz44rhlss9474ecsnyev8ave5cklzfxscarx0z";
constexpr QByteArrayView knownPlaintext = "Colvault age test vector\n";
constexpr QByteArrayView knownPassphrase = "colvault test passphrase";
// age -r knownRecipient
constexpr QByteArrayView knownX25519File
    = "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB2M3E0a1l2cUlEMkdxU3RmeWc0N0IwWW9laFhHeC9oNG53Zm9OdS9ZdTNnCkM1Q3d5Zk"
      "RCSmFOaTcxb2VvOERIRWVJMFJ5Nk5ITDIvSFU5N2UySG50cXcKLS0tIEE4Y1VDSFFZa09ORTFqdGJSaExhMHhuSGY5RzNBSnB1TEhPZUMxMVU2"
      "NTQKaTZi7KNaSsZ/skCmXJLPbaZWgoeCF6L3ILNyDhB3ZgaCmQq4hWSO9FbmO21v/fmCa9PpgRqTVlS2";
// age -p with knownPassphrase (scrypt work factor 18)
constexpr QByteArrayView knownScryptFile
    = "YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IHNjcnlwdCBzUFNreXUyRHExeFlHcG40cGorejh3IDE4CmxGUFVFZmFBOXRpalozM21admFla1Js"
      "dnAzS1ZwWDM2bUxzZWtlQy9lZmsKLS0tIEM4aW80K05MbjhUVW1HaU1JU1VtZjcxSnIxMEpaS3o2UUtsQXFNYVNNcWMKpFj9dco/YOHFGX8z"
      "jiDQL5VpwRcm144/6ojfrOjd+4skWfsOhpqdSOhrSZVcSUzfIE0VMzSRo6Gj";

constexpr qsizetype chunk = 64 * 1024;
constexpr qsizetype sealedChunk = chunk + 16;
constexpr int testWorkFactor = 10; // fast; the format allows any factor the reader accepts

QByteArray plaintext(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    quint32 x = 0x9e3779b9u ^ quint32(size);
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1664525u + 1013904223u;
        data[i] = char(x >> 24);
    }
    return data;
}

// Pushes the plaintext in uneven pieces, so chunk boundaries fall inside writes.
QByteArray encrypt(const QByteArray& plain, const AgeEncryptionKeys& keys, AgeError* error = nullptr)
{
    QByteArray out;
    AgeEncryptor encryptor;
    AgeError e = encryptor.start(keys, [&out](const char* data, qint64 size) {
        out.append(data, qsizetype(size));
        return true;
    });
    for (qsizetype at = 0, piece = 1; !e && at < plain.size(); at += piece, piece = piece * 3 + 7) {
        if (!encryptor.write(plain.constData() + at, std::min(piece, plain.size() - at)))
            e = encryptor.error();
    }
    if (!e && !encryptor.finish())
        e = encryptor.error();
    if (error)
        *error = e;
    return e ? QByteArray() : out;
}

struct Decrypted
{
    AgeError error;
    QByteArray plain; // every byte read() released, also when it failed later
    AgeDecryptor::Kind kind = AgeDecryptor::Kind::Unknown;
};

Decrypted decrypt(const QByteArray& cipher, const AgeDecryptionKeys& keys)
{
    Decrypted r;
    QBuffer buffer;
    buffer.setData(cipher);
    buffer.open(QIODevice::ReadOnly);
    AgeDecryptor decryptor(&buffer);
    r.error = decryptor.open(keys);
    r.kind = decryptor.kind();
    if (r.error)
        return r;
    char piece[5000];
    while (true) {
        const qint64 n = decryptor.read(piece, sizeof piece);
        if (n < 0) {
            r.error = decryptor.error();
            return r;
        }
        if (n == 0)
            return r;
        r.plain.append(piece, qsizetype(n));
    }
}

AgeIdentity newIdentity()
{
    return AgeIdentity::generate().value();
}

AgeEncryptionKeys toRecipients(const QList<AgeIdentity>& identities)
{
    AgeEncryptionKeys keys;
    for (const AgeIdentity& identity : identities)
        keys.recipients.append(identity.recipient());
    return keys;
}

AgeEncryptionKeys withPassphrase(const QByteArray& passphrase)
{
    AgeEncryptionKeys keys;
    keys.passphrase = passphrase;
    keys.scryptWorkFactor = testWorkFactor;
    return keys;
}

AgeDecryptionKeys identities(const QList<AgeIdentity>& list)
{
    AgeDecryptionKeys keys;
    keys.identities = list;
    return keys;
}

AgeDecryptionKeys passphrase(const QByteArray& text)
{
    AgeDecryptionKeys keys;
    keys.passphrase = text;
    return keys;
}

// The size of the header (through the MAC line) of an age file.
qsizetype headerSize(const QByteArray& cipher)
{
    return cipher.indexOf('\n', cipher.indexOf("\n---") + 1) + 1;
}

bool writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The age v1 layer: known answers from the real age tool, interoperability with it both ways (X25519 and scrypt),
// and every way a ciphertext can be wrong (keys, flipped bytes, truncation, trailing data) ending in an error before
// any byte of a bad chunk is released.
class TestAgeEncryption : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testKnownIdentityGivesKnownRecipient()
    {
        const std::optional<AgeIdentity> identity = AgeIdentity::parse(knownIdentity);
        QVERIFY(identity);
        QCOMPARE(identity->recipient().toString().toLatin1(), knownRecipient.toByteArray());
        QCOMPARE(identity->toString().toLatin1(), knownIdentity.toByteArray());
        const std::optional<AgeRecipient> recipient = AgeRecipient::parse(knownRecipient);
        QVERIFY(recipient);
        QCOMPARE(*recipient, identity->recipient());
    }

    void testKnownFilesDecrypt()
    {
        const Decrypted x = decrypt(
            QByteArray::fromBase64(knownX25519File.toByteArray()), identities({*AgeIdentity::parse(knownIdentity)}));
        QVERIFY2(!x.error, qPrintable(x.error.details));
        QCOMPARE(x.plain, knownPlaintext.toByteArray());
        QCOMPARE(x.kind, AgeDecryptor::Kind::Recipients);

        const QByteArray scryptFile = QByteArray::fromBase64(knownScryptFile.toByteArray());
        const Decrypted p = decrypt(scryptFile, passphrase(knownPassphrase.toByteArray()));
        QVERIFY2(!p.error, qPrintable(p.error.details));
        QCOMPARE(p.plain, knownPlaintext.toByteArray());
        QCOMPARE(p.kind, AgeDecryptor::Kind::Passphrase);
        QCOMPARE(decrypt(scryptFile, passphrase("not the passphrase")).error.status, AgeStatus::WrongPassphrase);
    }

    void testBech32RejectsDamagedKeys()
    {
        const QByteArray recipient = knownRecipient.toByteArray();
        const QByteArray identity = knownIdentity.toByteArray();
        QVERIFY(!AgeRecipient::parse(recipient.toUpper())); // age writes and reads recipients in lowercase only
        QVERIFY(!AgeIdentity::parse(identity.toLower())); // and identities in uppercase only
        QVERIFY(!AgeRecipient::parse(recipient.left(20) + recipient.mid(20).toUpper())); // mixed case
        QVERIFY(!AgeIdentity::parse(recipient));
        QVERIFY(!AgeRecipient::parse(identity));
        QVERIFY(!AgeRecipient::parse(recipient.chopped(1)));
        for (qsizetype i = 4; i < recipient.size(); ++i) {
            QByteArray changed = recipient;
            changed[i] = changed[i] == 'q' ? 'p' : 'q';
            QVERIFY2(!AgeRecipient::parse(changed), changed.constData());
        }
        QVERIFY(!AgeRecipient::parse(AgeFormat::bech32Encode("age", QByteArray(31, 'x')))); // 31 bytes, valid Bech32
        QCOMPARE(AgeFormat::bech32Encode("age", AgeRecipient::parse(recipient)->publicKey()), recipient);
    }

    void testBase64IsStrict()
    {
        QByteArray out;
        QVERIFY(AgeFormat::decodeBase64("AAEC", &out));
        QCOMPARE(out, QByteArray("\x00\x01\x02", 3));
        QVERIFY(AgeFormat::decodeBase64("AAE", &out));
        QVERIFY(!AgeFormat::decodeBase64("AAF", &out)); // non-zero trailing bits
        QVERIFY(!AgeFormat::decodeBase64("AAE=", &out)); // padding
        QVERIFY(!AgeFormat::decodeBase64("AA E", &out));
        QVERIFY(!AgeFormat::decodeBase64("AAEC\r", &out));
        QVERIFY(!AgeFormat::decodeBase64("A", &out));
    }

    void testIdentityFile()
    {
        const AgeIdentity a = newIdentity();
        const AgeIdentity b = newIdentity();
        QList<AgeIdentity> parsed;
        int badLine = -1;
        const QByteArray text = a.fileText() + "\r\n# another one\r\n" + b.toString().toLatin1() + "\r\n";
        QVERIFY(AgeIdentity::parseFile(text, &parsed, &badLine));
        QCOMPARE(parsed.size(), 2);
        QCOMPARE(parsed[0].recipient(), a.recipient());
        QCOMPARE(parsed[1].recipient(), b.recipient());
        QVERIFY(a.fileText().contains("# public key: " + a.recipient().toString().toLatin1() + '\n'));

        QVERIFY(
            !AgeIdentity::parseFile("# just a comment\n\n" + a.recipient().toString().toLatin1(), &parsed, &badLine));
        QCOMPARE(badLine, 3);
        QVERIFY(parsed.isEmpty());
        QVERIFY(!AgeIdentity::parseFile("# nothing\n", &parsed, &badLine));
        QCOMPARE(badLine, 0);
    }

    void testRoundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<bool>("usePassphrase");
        for (const qsizetype size :
            {qsizetype(0), qsizetype(1), chunk - 1, chunk, chunk + 1, 2 * chunk, qsizetype(200000)}) {
            QTest::addRow("x25519-%lld", qlonglong(size)) << size << false;
            QTest::addRow("scrypt-%lld", qlonglong(size)) << size << true;
        }
    }

    void testRoundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(bool, usePassphrase);
        const QByteArray plain = plaintext(size);
        const AgeIdentity identity = newIdentity();
        AgeError error;
        const QByteArray cipher
            = encrypt(plain, usePassphrase ? withPassphrase("round trip") : toRecipients({identity}), &error);
        QVERIFY2(!error, qPrintable(error.details));
        QVERIFY(cipher.startsWith("age-encryption.org/v1\n"));
        // One chunk per started 64 KiB, at least one: exactly 64 KiB is one full chunk flagged last.
        const qsizetype chunks = std::max<qsizetype>(1, (size + chunk - 1) / chunk);
        QCOMPARE(cipher.size(), headerSize(cipher) + 16 + size + 16 * chunks);
        const Decrypted r = decrypt(cipher, usePassphrase ? passphrase("round trip") : identities({identity}));
        QVERIFY2(!r.error, qPrintable(r.error.details));
        QCOMPARE(r.plain.size(), plain.size());
        QVERIFY(r.plain == plain);
    }

    void testSeveralRecipientsEachOpen()
    {
        const QList<AgeIdentity> ids {newIdentity(), newIdentity(), newIdentity()};
        const QByteArray plain = plaintext(1000);
        const QByteArray cipher = encrypt(plain, toRecipients(ids));
        for (const AgeIdentity& id : ids)
            QCOMPARE(decrypt(cipher, identities({newIdentity(), id})).plain, plain);
    }

    void testWrongOrMissingKeys()
    {
        const AgeIdentity id = newIdentity();
        const QByteArray toId = encrypt(plaintext(100), toRecipients({id}));
        const QByteArray toPass = encrypt(plaintext(100), withPassphrase("secret"));

        Decrypted r = decrypt(toId, {});
        QCOMPARE(r.error.status, AgeStatus::NoKey);
        QCOMPARE(r.kind, AgeDecryptor::Kind::Recipients);
        r = decrypt(toPass, {});
        QCOMPARE(r.error.status, AgeStatus::NoKey);
        QCOMPARE(r.kind, AgeDecryptor::Kind::Passphrase);
        QCOMPARE(decrypt(toId, identities({newIdentity()})).error.status, AgeStatus::NoMatchingIdentity);
        QCOMPARE(decrypt(toId, passphrase("secret")).error.status, AgeStatus::NeedsIdentity);
        QCOMPARE(decrypt(toPass, identities({id})).error.status, AgeStatus::NeedsPassphrase);
        QCOMPARE(decrypt(toPass, passphrase("Secret")).error.status, AgeStatus::WrongPassphrase);
        AgeDecryptionKeys both = identities({id});
        both.passphrase = "secret";
        QVERIFY(!decrypt(toId, both).error);
        QVERIFY(!decrypt(toPass, both).error);
    }

    void testEncryptorRefusesBadKeys()
    {
        AgeError error;
        encrypt("x", {}, &error);
        QCOMPARE(error.status, AgeStatus::BadKeys);
        AgeEncryptionKeys both = toRecipients({newIdentity()});
        both.passphrase = "secret";
        encrypt("x", both, &error);
        QCOMPARE(error.status, AgeStatus::BadKeys);
    }

    // The work factor is checked before scrypt runs: a hostile header cannot make the reader spend gigabytes.
    void testScryptWorkFactorIsCapped()
    {
        const QByteArray cipher = encrypt(plaintext(10), withPassphrase("secret"));
        AgeDecryptionKeys keys = passphrase("secret");
        keys.maxScryptWorkFactor = testWorkFactor - 1;
        QCOMPARE(decrypt(cipher, keys).error.status, AgeStatus::WorkFactorTooHigh);
        QByteArray raised = cipher;
        raised.replace(" " + QByteArray::number(testWorkFactor) + "\n", " 23\n");
        QVERIFY(raised != cipher);
        QCOMPARE(decrypt(raised, passphrase("secret")).error.status, AgeStatus::WorkFactorTooHigh);
        raised.replace(" 23\n", " 023\n");
        QCOMPARE(decrypt(raised, passphrase("secret")).error.status, AgeStatus::Malformed);
    }

    // As in age, a passphrase must be the only stanza, or a holder of the other key could rewrap the file key.
    void testScryptStanzaMustBeAlone()
    {
        const QByteArray toPass = encrypt(plaintext(10), withPassphrase("secret"));
        const QByteArray toId = encrypt(plaintext(10), toRecipients({newIdentity()}));
        const qsizetype firstStanza = toId.indexOf("-> ");
        const QByteArray x25519Stanza = toId.mid(firstStanza, toId.indexOf("\n---") + 1 - firstStanza);
        QByteArray spliced = toPass;
        spliced.insert(spliced.indexOf("---"), x25519Stanza);
        QCOMPARE(decrypt(spliced, passphrase("secret")).error.status, AgeStatus::Malformed);
    }

    void testUnknownStanzasAreSkipped()
    {
        const AgeIdentity id = newIdentity();
        const QByteArray cipher = encrypt(plaintext(10), toRecipients({id}));
        QByteArray spliced = cipher;
        spliced.insert(spliced.indexOf("-> "), "-> grease-x !@# 42\nAAEC\n");
        // Accepted by the parser and skipped, but the header MAC covers it, so the file is refused as tampered.
        QCOMPARE(decrypt(spliced, identities({id})).error.status, AgeStatus::HeaderMacMismatch);
    }

    void testNotAgeOrOtherVersion()
    {
        QCOMPARE(decrypt("age-encryption.org/v2\n-> X 1\n\n--- x\n", identities({newIdentity()})).error.status,
            AgeStatus::UnsupportedVersion);
        QCOMPARE(decrypt("age-encryption.org/v1\n--- AAAA\n", identities({newIdentity()})).error.status,
            AgeStatus::Malformed);
        QCOMPARE(decrypt("age-encryption.org/v1\n-> X25519 a\n", identities({newIdentity()})).error.status,
            AgeStatus::Truncated);
        QCOMPARE(decrypt(QByteArray(2 << 20, '-').prepend("age-encryption.org/v1\n-> "), identities({newIdentity()}))
                     .error.status,
            AgeStatus::Malformed);
    }

    // Every byte of the header, the nonce, and bytes at the start, middle and tag of each chunk: always an error, and
    // what was released before it is whole authenticated chunks of the plaintext.
    void testFlippedByteAnywhere()
    {
        const AgeIdentity id = newIdentity();
        const QByteArray plain = plaintext(3 * chunk + 100);
        const QByteArray cipher = encrypt(plain, toRecipients({id}));
        const qsizetype payload = headerSize(cipher) + 16;
        QList<qsizetype> positions;
        for (qsizetype i = 0; i < payload; ++i)
            positions << i;
        for (qsizetype c = payload; c < cipher.size(); c += sealedChunk) {
            const qsizetype end = std::min(cipher.size(), c + sealedChunk);
            positions << c << (c + end) / 2 << end - 16 << end - 1;
        }
        for (const qsizetype at : positions) {
            QByteArray flipped = cipher;
            flipped[at] = char(flipped[at] ^ 0x01);
            const Decrypted r = decrypt(flipped, identities({id}));
            QVERIFY2(r.error, qPrintable(QStringLiteral("flip at %1 went unnoticed").arg(at)));
            const qsizetype goodChunks = at < payload ? 0 : (at - payload) / sealedChunk;
            QVERIFY2(r.plain.size() <= goodChunks * chunk, qPrintable(QStringLiteral("flip at %1").arg(at)));
            QVERIFY(plain.startsWith(r.plain));
        }
    }

    void testTruncationAnywhere()
    {
        const AgeIdentity id = newIdentity();
        const QByteArray plain = plaintext(3 * chunk + 100);
        const QByteArray cipher = encrypt(plain, toRecipients({id}));
        const qsizetype payload = headerSize(cipher) + 16;
        QList<qsizetype> cuts {0, 10, payload / 2, headerSize(cipher) - 1, headerSize(cipher), payload - 1, payload};
        for (qsizetype c = payload; c < cipher.size(); c += sealedChunk) {
            const qsizetype end = std::min(cipher.size(), c + sealedChunk);
            cuts << c + 1 << c + 16 << (c + end) / 2 << end - 1;
            if (end < cipher.size())
                cuts << end; // a chunk boundary: whole chunks, none flagged last
        }
        for (const qsizetype cut : cuts) {
            const Decrypted r = decrypt(cipher.left(cut), identities({id}));
            QVERIFY2(r.error, qPrintable(QStringLiteral("cut at %1 went unnoticed").arg(cut)));
            QVERIFY(plain.startsWith(r.plain));
            if (cut > payload && (cut - payload) % sealedChunk == 0) {
                QCOMPARE(r.error.status, AgeStatus::Truncated);
                QVERIFY(r.plain.size() <= (cut - payload) / sealedChunk * chunk);
            }
        }
    }

    void testTrailingDataIsRefused()
    {
        const AgeIdentity id = newIdentity();
        const QByteArray plain = plaintext(chunk + 5);
        const QByteArray cipher = encrypt(plain, toRecipients({id}));
        QVERIFY(decrypt(cipher + 'x', identities({id})).error);
        const Decrypted r = decrypt(cipher + cipher.right(sealedChunk), identities({id}));
        QVERIFY(r.error);
        QVERIFY(plain.startsWith(r.plain));
        // A whole last chunk followed by more: the last flag authenticates, so it is trailing data, not damage.
        const QByteArray full = encrypt(plaintext(chunk), toRecipients({id}));
        QCOMPARE(decrypt(full + "more", identities({id})).error.status, AgeStatus::TrailingData);
    }

    // ---------------------------------------------------------------------------------- interop with age 1.1.1

    void testAgeKeygenAgrees()
    {
        if (AgeTestTool::program(QStringLiteral("age-keygen")).isEmpty())
            QSKIP("age-keygen is not installed (Debian: apt-get install age)");
        QTemporaryDir dir;
        const QString ours = dir.filePath(QStringLiteral("ours.txt"));
        const AgeIdentity identity = newIdentity();
        QVERIFY(writeFile(ours, identity.fileText()));
        const AgeTestTool::Result converted
            = AgeTestTool::run(QStringLiteral("age-keygen"), {QStringLiteral("-y"), ours});
        QCOMPARE(converted.exitCode, 0);
        QCOMPARE(converted.out.trimmed(), identity.recipient().toString().toLatin1());

        const QString theirs = dir.filePath(QStringLiteral("theirs.txt"));
        QCOMPARE(AgeTestTool::run(QStringLiteral("age-keygen"), {QStringLiteral("-o"), theirs}).exitCode, 0);
        QList<AgeIdentity> parsed;
        int badLine = 0;
        QVERIFY(AgeIdentity::parseFile(readFile(theirs), &parsed, &badLine));
        QCOMPARE(parsed.size(), 1);
        QVERIFY(readFile(theirs).contains("# public key: " + parsed[0].recipient().toString().toLatin1() + '\n'));
    }

    void testColvaultToAge_data()
    {
        QTest::addColumn<qsizetype>("size");
        for (const qsizetype size : {qsizetype(0), qsizetype(1), chunk, chunk + 1, 3 * chunk + 100})
            QTest::addRow("%lld", qlonglong(size)) << size;
    }

    void testColvaultToAge()
    {
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        QFETCH(qsizetype, size);
        QTemporaryDir dir;
        const AgeIdentity id = newIdentity();
        const QString key = dir.filePath(QStringLiteral("key.txt"));
        QVERIFY(writeFile(key, id.fileText()));
        const QByteArray plain = plaintext(size);
        const QByteArray cipher = encrypt(plain, toRecipients({newIdentity(), id}));
        const AgeTestTool::Result r
            = AgeTestTool::run(QStringLiteral("age"), {QStringLiteral("-d"), QStringLiteral("-i"), key}, cipher);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.out.size(), plain.size());
        QVERIFY(r.out == plain);
    }

    void testAgeToColvault_data() { testColvaultToAge_data(); }

    void testAgeToColvault()
    {
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        QFETCH(qsizetype, size);
        const AgeIdentity id = newIdentity();
        const QByteArray plain = plaintext(size);
        const AgeTestTool::Result r = AgeTestTool::run(QStringLiteral("age"),
            {QStringLiteral("-r"), newIdentity().recipient().toString(), QStringLiteral("-r"),
                id.recipient().toString()},
            plain);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const Decrypted d = decrypt(r.out, identities({id}));
        QVERIFY2(!d.error, qPrintable(d.error.details));
        QVERIFY(d.plain == plain);
    }

    void testPassphraseInterop()
    {
#if !defined(COLVAULT_AGE_TEST_PTY)
        QSKIP("needs a pseudo-terminal (age reads passphrases from a terminal)");
#else
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        QTemporaryDir dir;
        const QByteArray secret = "interop secret";
        const QByteArray plain = plaintext(chunk + 321);

        // age -p (work factor 18) → Colvault.
        const QString input = dir.filePath(QStringLiteral("plain.bin"));
        const QString byAge = dir.filePath(QStringLiteral("by-age.age"));
        QVERIFY(writeFile(input, plain));
        QCOMPARE(AgeTestTool::runWithPassphrase(
                     {QStringLiteral("-e"), QStringLiteral("-p"), QStringLiteral("-o"), byAge, input}, secret),
            0);
        const Decrypted d = decrypt(readFile(byAge), passphrase(secret));
        QVERIFY2(!d.error, qPrintable(d.error.details));
        QVERIFY(d.plain == plain);
        QCOMPARE(decrypt(readFile(byAge), passphrase("wrong")).error.status, AgeStatus::WrongPassphrase);

        // Colvault → age -d.
        const QString byUs = dir.filePath(QStringLiteral("by-us.age"));
        const QString output = dir.filePath(QStringLiteral("out.bin"));
        QVERIFY(writeFile(byUs, encrypt(plain, withPassphrase(secret))));
        QCOMPARE(AgeTestTool::runWithPassphrase({QStringLiteral("-d"), QStringLiteral("-o"), output, byUs}, secret), 0);
        QVERIFY(readFile(output) == plain);
#endif
    }
};

QTEST_GUILESS_MAIN(TestAgeEncryption)
#include "TestAgeEncryption.moc"
