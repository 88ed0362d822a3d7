// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "tests/support/ArchiveTestData.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace ArchiveTestData;

// ArchiveVerifier and ArchiveInspector: a sound archive passes, and each kind of damage is reported against the
// entry it hit.
class TestArchiveVerifier : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_plain; // an uncompressed sample, so single bytes can be flipped in known places

    static ArchiveVerification verify(const QString& path)
    {
        ArchiveVerification result;
        const OpError error = ArchiveVerifier::verify(path, &result);
        if (error)
            qWarning() << "verify failed:" << error.details;
        return result;
    }

    static QString dump(const ArchiveVerification& r)
    {
        QStringList lines;
        for (const auto& p : r.problems)
            lines << QStringLiteral("[%1] %2 (%3)").arg(p.entry, p.message, p.details);
        return lines.join(u'\n');
    }

    static bool hasProblem(const ArchiveVerification& r, const QString& entry, const QString& text = {})
    {
        for (const auto& p : r.problems) {
            if ((entry.isEmpty() || p.entry == entry)
                && (text.isEmpty() || p.message.contains(text) || p.details.contains(text)))
                return true;
        }
        return false;
    }

    QString copyWith(const QString& name, const std::function<void(QList<RawEntry>*)>& change)
    {
        QList<RawEntry> entries = readEntries(m_plain);
        change(&entries);
        const QString path = m_dir.filePath(name);
        return writeRawTar(path, entries) ? path : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_plain = m_dir.filePath(QStringLiteral("plain.tar"));
        QVERIFY(!writeSample(m_plain, ArchiveCompression::None));
    }

    void testSoundArchivePasses()
    {
        const ArchiveVerification r = verify(m_plain);
        QVERIFY2(r.ok(), qPrintable(dump(r)));
        QCOMPARE(r.entries, 13);
        QCOMPARE(r.manifest.collections.size(), 2);
        // A raw rewrite of the same entries is still a valid archive: nothing depends on libarchive specifics.
        const QString copy = copyWith(QStringLiteral("copy.tar"), [](QList<RawEntry>*) {});
        QVERIFY(verify(copy).ok());
    }

    void testDetectsFlippedByte_data()
    {
        QTest::addColumn<QByteArray>("marker");
        QTest::addColumn<int>("occurrence"); // -1: last
        QTest::addColumn<QString>("entry");
        QTest::newRow("manifest") << QByteArray("flipme-manifest") << 0 << QStringLiteral("manifest.json");
        QTest::newRow("class") << QByteArray("flipme-class") << 0 << QStringLiteral("collections/Article/class.json");
        QTest::newRow("tenants") << QByteArray("\"COLD\"") << 0 << QStringLiteral("collections/Tenanted/tenants.json");
        QTest::newRow("jsonl") << QByteArray("flipme-jsonl") << 0
                               << QStringLiteral("collections/Article/objects/000000.jsonl");
        QTest::newRow("vec") << QByteArray("\x78\x56\x34\x12", 4) << 0
                             << QStringLiteral("collections/Article/objects/000000.vec");
        // In the trailer: a digit of the first listed checksum (manifest.json's).
        QTest::newRow("trailer") << QByteArray("\"sha256\":\"") << 0 << QStringLiteral("manifest.json");
    }

    void testDetectsFlippedByte()
    {
        QFETCH(QByteArray, marker);
        QFETCH(int, occurrence);
        QFETCH(QString, entry);
        QByteArray data = readFile(m_plain);
        qsizetype at = -1;
        for (int i = 0; i <= occurrence; ++i)
            at = data.indexOf(marker, at + 1);
        QVERIFY(at > 0);
        // Flip a bit inside the marker, keeping the JSON valid, so only the checksum can notice.
        const qsizetype flip = marker.startsWith("\"sha256") ? at + marker.size() + 1 : at + marker.size() - 2;
        if (marker.startsWith("\"sha256"))
            data[flip] = data[flip] == '0' ? '1' : '0'; // still a valid hex digit
        else
            data[flip] = char(data[flip] ^ 0x02);
        const QString path
            = m_dir.filePath(QStringLiteral("flipped-%1.tar").arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(writeFile(path, data));
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY2(hasProblem(r, entry, QStringLiteral("checksum")), qPrintable(dump(r)));
    }

    void testDetectsFlippedByteInCompressedStream_data()
    {
        QTest::addColumn<int>("compression");
        QTest::addColumn<int>("at"); // per mille of the file size
        for (const int at : {300, 500, 700, 900}) {
            QTest::addRow("zstd %d", at) << int(ArchiveCompression::Zstd) << at;
            QTest::addRow("gzip %d", at) << int(ArchiveCompression::Gzip) << at;
            QTest::addRow("xz %d", at) << int(ArchiveCompression::Xz) << at;
        }
    }

    void testDetectsFlippedByteInCompressedStream()
    {
        // libarchive neither writes a zstd checksum nor checks the gzip CRC: often only the trailer's SHA-256 sees
        // this damage.
        QFETCH(int, compression);
        QFETCH(int, at);
        const QString path = m_dir.filePath(QStringLiteral("flipped.tar"));
        QVERIFY(!writeSample(path, ArchiveCompression(compression)));
        QByteArray data = readFile(path);
        const qsizetype i = data.size() * at / 1000;
        data[i] = char(data[i] ^ 0x10);
        QVERIFY(writeFile(path, data));
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY(!r.problems.isEmpty());
    }

    void testDetectsTruncation()
    {
        // Large enough that the cut lands well past the head in the compressed stream.
        const QString path = m_dir.filePath(QStringLiteral("truncated.tar.zst"));
        Sample sample;
        sample.articleObjects = 20000;
        sample.limits = {1000, 1 << 20};
        QVERIFY(!writeSample(path, ArchiveCompression::Zstd, sample));
        QByteArray data = readFile(path);
        data.truncate(data.size() * 7 / 10);
        QVERIFY(writeFile(path, data));
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY(!r.hasTrailer);
        QVERIFY(!r.problems.isEmpty());

        // The head is intact, so inspect still works: it never reads past the first segment.
        ArchiveInspection info;
        const OpError error = ArchiveInspector::inspect(path, &info);
        QVERIFY2(!error, qPrintable(error.details));
        QCOMPARE(info.collections.size(), 2);
    }

    void testDetectsTruncationOfSmallArchive()
    {
        const QString path = m_dir.filePath(QStringLiteral("small.tar.zst"));
        QVERIFY(!writeSample(path, ArchiveCompression::Zstd));
        QByteArray data = readFile(path);
        data.truncate(data.size() / 2);
        QVERIFY(writeFile(path, data));
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY2(!r.problems.isEmpty(), "a truncated stream must be reported as a problem, not an I/O error");
    }

    void testMissingTrailerMeansIncomplete()
    {
        // Cut cleanly at an entry boundary: the tar stream itself is fine, only the trailer is missing.
        const QString path = copyWith(QStringLiteral("notrailer.tar"), [](QList<RawEntry>* e) { e->removeLast(); });
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY(!r.hasTrailer);
        QVERIFY2(hasProblem(r, {}, QStringLiteral("incomplete")), qPrintable(dump(r)));
    }

    void testIncompleteFlagInTrailer()
    {
        const QString path = copyWith(QStringLiteral("falseflag.tar"),
            [](QList<RawEntry>* e) { e->last().data.replace("\"complete\":true", "\"complete\":false"); });
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.hasTrailer);
        QVERIFY2(hasProblem(r, QStringLiteral("trailer.json"), QStringLiteral("incomplete")), qPrintable(dump(r)));
    }

    void testDetectsStructuralDamage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("text");
        QTest::newRow("duplicate") << 0 << QStringLiteral("collections/Article/class.json")
                                   << QStringLiteral("more than once");
        QTest::newRow("dotdot") << 1 << QStringLiteral("../x") << QStringLiteral("unsafe");
        QTest::newRow("symlink") << 2 << QStringLiteral("collections/Article/objects/000009.jsonl")
                                 << QStringLiteral("not a regular file");
        QTest::newRow("unknown entry") << 3 << QStringLiteral("notes.txt") << QStringLiteral("unexpected");
        QTest::newRow("missing vec") << 4 << QStringLiteral("collections/Article/objects/000001.jsonl")
                                     << QStringLiteral("no vector segment");
        QTest::newRow("missing segment pair")
            << 5 << QStringLiteral("collections/Article/objects/000002.jsonl") << QStringLiteral("expected");
        QTest::newRow("after trailer") << 6 << QStringLiteral("zzz.json") << QStringLiteral("after the trailer");
        QTest::newRow("manifest not first")
            << 7 << QStringLiteral("collections/Article/class.json") << QStringLiteral("not a Colvault archive");
        QTest::newRow("ids out of order")
            << 8 << QStringLiteral("collections/Article/objects/000000.jsonl") << QStringLiteral("is not above");
        QTest::newRow("bad json line") << 9 << QStringLiteral("collections/Article/objects/000000.jsonl")
                                       << QStringLiteral("line 3");
        QTest::newRow("vec count") << 10 << QStringLiteral("collections/Article/objects/000000.vec")
                                   << QStringLiteral("vector records for");
        QTest::newRow("unlisted tenant") << 11
                                         << QStringLiteral("collections/Tenanted/tenants/gamma/objects/000000.jsonl")
                                         << QStringLiteral("tenants.json does not list");
    }

    void testDetectsStructuralDamage()
    {
        QFETCH(int, kind);
        QFETCH(QString, entry);
        QFETCH(QString, text);
        const auto change = [kind](QList<RawEntry>* e) {
            const auto index = [e](const QString& name) {
                for (qsizetype i = 0; i < e->size(); ++i) {
                    if (e->at(i).name == name)
                        return i;
                }
                return qsizetype(-1);
            };
            const qsizetype firstJsonl = index(QStringLiteral("collections/Article/objects/000000.jsonl"));
            switch (kind) {
            case 0:
                e->insert(3, e->at(1));
                break;
            case 1:
                e->insert(5, RawEntry {QStringLiteral("../x"), "evil", RawEntry::Type::File, {}});
                break;
            case 2:
                e->insert(5,
                    RawEntry {QStringLiteral("collections/Article/objects/000009.jsonl"), {}, RawEntry::Type::Symlink,
                        QStringLiteral("/etc/passwd")});
                break;
            case 3:
                e->insert(5, RawEntry {QStringLiteral("notes.txt"), "hi", RawEntry::Type::File, {}});
                break;
            case 4:
                e->removeAt(index(QStringLiteral("collections/Article/objects/000001.vec")));
                break;
            case 5:
                e->removeAt(index(QStringLiteral("collections/Article/objects/000001.vec")));
                e->removeAt(index(QStringLiteral("collections/Article/objects/000001.jsonl")));
                break;
            case 6:
                e->append(RawEntry {QStringLiteral("zzz.json"), "{}", RawEntry::Type::File, {}});
                break;
            case 7:
                e->move(0, 2);
                break;
            case 8: {
                QList<QByteArray> lines = (*e)[firstJsonl].data.split('\n');
                lines.swapItemsAt(2, 3);
                (*e)[firstJsonl].data = lines.join('\n');
                break;
            }
            case 9: {
                QList<QByteArray> lines = (*e)[firstJsonl].data.split('\n');
                lines[2].chop(1);
                (*e)[firstJsonl].data = lines.join('\n');
                break;
            }
            case 10: {
                // Drop the last record of the vec segment: the header and records stay well-formed.
                QByteArray& vec = (*e)[firstJsonl + 1].data;
                VectorCodec codec(vec);
                VectorRecord record;
                qsizetype lastStart = 0;
                if (!codec.readHeader()) {
                    while (!codec.atEnd()) {
                        lastStart = codec.position();
                        if (codec.readRecord(&record))
                            break;
                    }
                }
                vec.truncate(lastStart);
                break;
            }
            case 11: {
                const qsizetype alpha
                    = index(QStringLiteral("collections/Tenanted/tenants/alpha/objects/000000.jsonl"));
                (*e)[alpha].name = QStringLiteral("collections/Tenanted/tenants/gamma/objects/000000.jsonl");
                (*e)[alpha + 1].name = QStringLiteral("collections/Tenanted/tenants/gamma/objects/000000.vec");
                break;
            }
            }
        };
        const QString path = copyWith(QStringLiteral("damaged-%1.tar").arg(kind), change);
        QVERIFY(!path.isEmpty());
        const ArchiveVerification r = verify(path);
        QVERIFY(!r.ok());
        QVERIFY2(hasProblem(r, entry, text), qPrintable(dump(r)));
    }

    void testInconsistentVectorDimensions()
    {
        const QString path = m_dir.filePath(QStringLiteral("dims.tar"));
        {
            ArchiveWriter writer;
            QVERIFY(!writer.open(path, ArchiveCompression::None));
            ArchiveManifest manifest = sampleManifest();
            manifest.collections = {{QStringLiteral("Article"), false}};
            QVERIFY(!writer.addEntry(ArchiveLayout::manifestEntry(), manifest.toJson()));
            QVERIFY(!writer.addEntry(
                ArchiveLayout::classEntry(QStringLiteral("Article")), classJson(QStringLiteral("Article"), false)));
            SegmentWriter segments(&writer, QStringLiteral("Article"));
            QVERIFY(!segments.add(uuidFor(1, 1), 0, 0, "{}", {{QStringLiteral("v"), 0, 2, {1, 2}}}));
            QVERIFY(!segments.add(uuidFor(1, 2), 0, 0, "{}", {{QStringLiteral("v"), 0, 3, {1, 2, 3}}}));
            QVERIFY(!segments.finish());
            ArchiveTrailer trailer;
            trailer.counts = {segments.counts()};
            QVERIFY(!writer.commit(trailer));
        }
        const ArchiveVerification r = verify(path);
        QVERIFY2(hasProblem(r, QStringLiteral("collections/Article/objects/000000.vec"), QStringLiteral("dimensions")),
            qPrintable(dump(r)));
    }

    void testCountsMismatch()
    {
        const QString path = copyWith(QStringLiteral("counts.tar"),
            [](QList<RawEntry>* e) { e->last().data.replace("\"objects\":25", "\"objects\":26"); });
        const ArchiveVerification r = verify(path);
        QVERIFY2(hasProblem(r, {}, QStringLiteral("\"Article\" do not match")), qPrintable(dump(r)));
    }

    void testCancelStopsVerification()
    {
        ArchiveVerification r;
        ArchiveVerifier::Options options;
        int calls = 0;
        options.progress = [&calls](qint64 done, qint64 total) {
            Q_ASSERT(done <= total);
            return ++calls < 3;
        };
        QVERIFY(!ArchiveVerifier::verify(m_plain, &r, options));
        QVERIFY(r.canceled);
        QVERIFY(!r.ok());
        QCOMPARE(calls, 3);
        QCOMPARE(r.entries, 2);
    }

    void testInspectRejectsNewerFormat()
    {
        const QString path = copyWith(QStringLiteral("newer.tar"),
            [](QList<RawEntry>* e) { e->first().data.replace("\"formatVersion\": 1", "\"formatVersion\": 2"); });
        ArchiveInspection info;
        const OpError error = ArchiveInspector::inspect(path, &info);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY2(error.message.contains(u"newer version"), qPrintable(error.message));

        const QString other = copyWith(QStringLiteral("other.tar"),
            [](QList<RawEntry>* e) { e->first().data.replace("colvault-archive", "something-else"); });
        QCOMPARE(ArchiveInspector::inspect(other, &info).code, OpError::Code::Format);
        const QString missing = copyWith(QStringLiteral("nofield.tar"),
            [](QList<RawEntry>* e) { e->first().data.replace("\"serverVersion\"", "\"serverVersionX\""); });
        const OpError fieldError = ArchiveInspector::inspect(missing, &info);
        QCOMPARE(fieldError.code, OpError::Code::Format);
        QVERIFY(fieldError.details.contains(u"serverVersion"));
    }
};

QTEST_GUILESS_MAIN(TestArchiveVerifier)
#include "TestArchiveVerifier.moc"
