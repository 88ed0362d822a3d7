// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/ArchiveTestData.h"

#include <QCryptographicHash>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace ArchiveTestData;

Q_DECLARE_METATYPE(ArchiveTestData::RawEntry)

// ArchiveReader against hostile and damaged archives: every rejection is a Format error naming the entry, and
// nothing past a bad entry is handed out.
class TestArchiveReader : public QObject
{
    Q_OBJECT

private:
    // Reads all entries; returns the first error and the names handed out before it.
    static OpError readThrough(const QString& path, QStringList* names, ArchiveReader::Limits limits = {})
    {
        ArchiveReader reader;
        if (OpError error = reader.open(path, limits))
            return error;
        bool hasEntry = false;
        while (true) {
            if (OpError error = reader.next(&hasEntry))
                return error;
            if (!hasEntry)
                return {};
            names->append(reader.name());
            if (OpError error = reader.skip())
                return error;
        }
    }

    static RawEntry file(const QString& name, const QByteArray& data = "x")
    {
        return RawEntry {name, data, RawEntry::Type::File, {}};
    }

private Q_SLOTS:
    void testRejectsHostileEntries_data()
    {
        QTest::addColumn<RawEntry>("entry");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("parent") << file(QStringLiteral("../x")) << QStringLiteral("unsafe name");
        QTest::newRow("nested parent") << file(QStringLiteral("collections/../../x")) << QStringLiteral("unsafe name");
        QTest::newRow("absolute") << file(QStringLiteral("/etc/passwd")) << QStringLiteral("unsafe name");
        QTest::newRow("dot") << file(QStringLiteral("./manifest.json")) << QStringLiteral("unsafe name");
        QTest::newRow("empty component") << file(QStringLiteral("a//b")) << QStringLiteral("unsafe name");
        QTest::newRow("backslash") << file(QStringLiteral("a\\..\\b")) << QStringLiteral("unsafe name");
        QTest::newRow("drive") << file(QStringLiteral("C:x")) << QStringLiteral("unsafe name");
        QTest::newRow("control") << file(QStringLiteral("a\x1b[2Jb")) << QStringLiteral("unsafe name");
        QTest::newRow("symlink") << RawEntry {QStringLiteral("link"), {}, RawEntry::Type::Symlink,
            QStringLiteral("/etc/passwd")}
                                 << QStringLiteral("not a regular file");
        QTest::newRow("hardlink") << RawEntry {QStringLiteral("hard"), {}, RawEntry::Type::Hardlink,
            QStringLiteral("manifest.json")}
                                  << QStringLiteral("not a regular file");
        QTest::newRow("directory") << RawEntry {QStringLiteral("collections"), {}, RawEntry::Type::Directory, {}}
                                   << QStringLiteral("not a regular file");
    }

    void testRejectsHostileEntries()
    {
        QFETCH(RawEntry, entry);
        QFETCH(QString, expectedText);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.tar"));
        QVERIFY(writeRawTar(path, {file(QStringLiteral("manifest.json")), entry, file(QStringLiteral("after"))}));
        QStringList names;
        const OpError error = readThrough(path, &names);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY2(error.message.contains(expectedText), qPrintable(error.message));
        QVERIFY2(error.message.contains(ArchiveLayout::displayName(entry.name)), qPrintable(error.message));
        QCOMPARE(names, QStringList {QStringLiteral("manifest.json")});
    }

    void testRejectsDuplicateNames()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("dup.tar"));
        QVERIFY(writeRawTar(path, {file(QStringLiteral("a")), file(QStringLiteral("b")), file(QStringLiteral("a"))}));
        QStringList names;
        const OpError error = readThrough(path, &names);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(error.message.contains(u"more than once"));
        QCOMPARE(names.size(), 2);
    }

    void testRejectsOversizedEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.tar"));
        QVERIFY(writeRawTar(
            path, {file(QStringLiteral("small"), "x"), file(QStringLiteral("big"), QByteArray(5000, 'b'))}));
        ArchiveReader::Limits limits;
        limits.maxEntrySize = 4096;
        QStringList names;
        const OpError error = readThrough(path, &names, limits);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(error.message.contains(u"\"big\" is too large"));

        // readAll's own cap refuses before reading.
        ArchiveReader reader;
        QVERIFY(!reader.open(path));
        bool hasEntry = false;
        QVERIFY(!reader.next(&hasEntry) && hasEntry);
        QVERIFY(!reader.next(&hasEntry) && hasEntry);
        QByteArray data;
        QCOMPARE(reader.readAll(&data, 4999).code, OpError::Code::Format);
        QVERIFY(data.isEmpty());
    }

    void testRejectsTooManyEntries()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.tar"));
        QList<RawEntry> entries;
        for (int i = 0; i < 20; ++i)
            entries.append(file(QStringLiteral("e%1").arg(i)));
        QVERIFY(writeRawTar(path, entries));
        ArchiveReader::Limits limits;
        limits.maxEntries = 10;
        QStringList names;
        QCOMPARE(readThrough(path, &names, limits).code, OpError::Code::Format);
        QCOMPARE(names.size(), 10);
    }

    void testHashesEveryEntryWhileReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.tar.zst"));
        QVERIFY(!writeSample(path, ArchiveCompression::Zstd));
        ArchiveReader reader;
        QVERIFY(!reader.open(path));
        bool hasEntry = false;
        int checked = 0;
        QByteArray previousSha;
        while (!reader.next(&hasEntry) && hasEntry) {
            QVERIFY(reader.sha256().isEmpty()); // not before the data is read
            QByteArray all;
            QByteArray chunk;
            do {
                QVERIFY(!reader.read(&chunk, 1000));
                all += chunk;
            } while (!chunk.isEmpty());
            QCOMPARE(all.size(), reader.size());
            QCOMPARE(reader.sha256(), QCryptographicHash::hash(all, QCryptographicHash::Sha256).toHex());
            QVERIFY(reader.sha256() != previousSha);
            previousSha = reader.sha256();
            ++checked;
        }
        QCOMPARE(checked, 13);
        QCOMPARE(reader.compression(), ArchiveCompression::Zstd);
        QCOMPARE(reader.compressedBytesRead(), reader.fileSize());
    }

    // readAll() decompresses into the caller's buffer, which the hashing thread reads in place: an entry larger
    // than the first reservation (16 MiB) makes the buffer grow while chunks wait to be hashed, and a buffer reused
    // for a smaller entry keeps its memory. Without Limits::sha256 the same bytes come back, with no digest.
    void testReadAllGrowsReusesAndHashes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.tar"));
        QByteArray big(40 * 1024 * 1024 + 123, Qt::Uninitialized);
        for (qsizetype i = 0; i < big.size(); ++i)
            big[i] = char((i * 2654435761U) >> 13);
        const QByteArray small = QByteArrayLiteral("small entry");
        QVERIFY(writeRawTar(path, {file(QStringLiteral("a.bin"), big), file(QStringLiteral("b.bin"), small)}));
        for (const bool hashing : {true, false}) {
            ArchiveReader::Limits limits;
            limits.sha256 = hashing;
            ArchiveReader reader;
            QVERIFY(!reader.open(path, limits));
            bool hasEntry = false;
            QByteArray data;
            QVERIFY(!reader.next(&hasEntry) && hasEntry);
            QVERIFY(!reader.readAll(&data, big.size()));
            QVERIFY(data == big);
            const QByteArray expected
                = hashing ? QCryptographicHash::hash(big, QCryptographicHash::Sha256).toHex() : QByteArray();
            QCOMPARE(reader.sha256(), expected);
            const qsizetype capacity = data.capacity();
            QVERIFY(!reader.next(&hasEntry) && hasEntry);
            QVERIFY(!reader.readAll(&data, big.size()));
            QCOMPARE(data, small);
            QCOMPARE(data.capacity(), capacity);
            QCOMPARE(reader.sha256(),
                hashing ? QCryptographicHash::hash(small, QCryptographicHash::Sha256).toHex() : QByteArray());
        }
    }

    // Only xz is in the flipped rows: libarchive writes zstd frames without a content checksum and does not check
    // the gzip CRC, so a flipped byte there can decode cleanly. The trailer's SHA-256 catches those
    // (TestArchiveVerifier::testDetectsFlippedByteInCompressedStream).
    void testRejectsCorruptAndTruncatedStreams_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<bool>("truncate");
        QTest::newRow("xz flipped") << int(ArchiveCompression::Xz) << false;
        QTest::newRow("zstd truncated") << int(ArchiveCompression::Zstd) << true;
        QTest::newRow("gzip truncated") << int(ArchiveCompression::Gzip) << true;
        QTest::newRow("xz truncated") << int(ArchiveCompression::Xz) << true;
        QTest::newRow("none truncated") << int(ArchiveCompression::None) << true;
    }

    void testRejectsCorruptAndTruncatedStreams()
    {
        QFETCH(int, compression);
        QFETCH(bool, truncate);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("b.tar"));
        QVERIFY(!writeSample(path, ArchiveCompression(compression)));
        QByteArray data = readFile(path);
        if (truncate)
            data.truncate(data.size() * 6 / 10 + 1); // +1: never on a tar block boundary
        else
            data[data.size() / 2] = char(data[data.size() / 2] ^ 0x10);
        QVERIFY(writeFile(path, data));
        QStringList names;
        const OpError error = readThrough(path, &names);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(!names.contains(QStringLiteral("trailer.json")));
        QVERIFY(!error.details.isEmpty());
    }

    void testRejectsNonArchives()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("noise.bin"));
        QByteArray noise(100000, Qt::Uninitialized);
        for (qsizetype i = 0; i < noise.size(); ++i)
            noise[i] = char((i * 7919) >> 3);
        QVERIFY(writeFile(path, noise));
        QStringList names;
        QCOMPARE(readThrough(path, &names).code, OpError::Code::Format);
        QVERIFY(writeFile(path, {}));
        QCOMPARE(readThrough(path, &names).code, OpError::Code::Format);
        QCOMPARE(readThrough(dir.filePath(QStringLiteral("missing.tar")), &names).code, OpError::Code::Io);
        QVERIFY(names.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestArchiveReader)
#include "TestArchiveReader.moc"
