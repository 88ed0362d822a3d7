// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveManifest.h"
#include "core/ArchiveObjectReader.h"
#include "core/ArchiveVerifier.h"
#include "core/Translations.h"
#include "core/VectorCodec.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <archive.h>
#include <archive_entry.h>
#include <functional>

using namespace Colvault;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 MiB = 1024 * 1024;
constexpr qint64 formatLimit = 256 * MiB; // docs/archive-format.md, "Bounds": no segment pair exceeds 256 MiB
const QByteArray objectId = "00000000-0000-4000-8000-000000000001";

// A tar + zstd archive written straight with libarchive (ArchiveWriter refuses to write oversize segments). An entry
// is its name, size and a generator that appends its bytes in chunks, so a 257 MiB entry never sits in memory.
struct Entry
{
    QByteArray name;
    qint64 size;
    std::function<void(qint64 offset, QByteArray* chunk)> produce; // fills *chunk (at most 1 MiB) from offset
};

bool writeArchive(const QString& path, const QList<Entry>& entries)
{
    struct archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    archive_write_add_filter_zstd(a);
    archive_write_set_filter_option(a, "zstd", "compression-level", "1");
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    QByteArray chunk;
    for (const Entry& e : entries) {
        if (!ok)
            break;
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, e.name.constData());
        archive_entry_set_size(entry, e.size);
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_perm(entry, 0600);
        ok = archive_write_header(a, entry) == ARCHIVE_OK;
        archive_entry_free(entry);
        for (qint64 offset = 0; ok && offset < e.size; offset += chunk.size()) {
            chunk.clear();
            e.produce(offset, &chunk);
            chunk.truncate(qsizetype(qMin<qint64>(chunk.size(), e.size - offset)));
            ok = !chunk.isEmpty() && archive_write_data(a, chunk.constData(), size_t(chunk.size())) == chunk.size();
        }
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

Entry fixed(const QByteArray& name, const QByteArray& data)
{
    return {name, data.size(), [data](qint64 offset, QByteArray* chunk) { *chunk = data.mid(qsizetype(offset)); }};
}

// One object whose only property is a string long enough to make the line `size` bytes, "\n" included.
Entry hugeLine(const QByteArray& name, qint64 size)
{
    const QByteArray head = "{\"id\":\"" + objectId
        + "\",\"creationTimeUnix\":1700000000000,\"lastUpdateTimeUnix\":1700000000000,\"properties\":{\"text\":\"";
    const QByteArray tail = "\"}}\n";
    return {name, size, [head, tail, size](qint64 offset, QByteArray* chunk) {
                const qint64 textEnd = size - tail.size();
                if (offset == 0) {
                    *chunk = head + QByteArray(qsizetype(qMin<qint64>(MiB, textEnd) - head.size()), 'a');
                } else if (offset < textEnd) {
                    *chunk = QByteArray(qsizetype(qMin<qint64>(MiB, textEnd - offset)), 'a');
                } else {
                    *chunk = tail.mid(qsizetype(offset - textEnd));
                }
            }};
}

QList<Entry> head()
{
    ArchiveManifest manifest;
    manifest.toolVersion = u"0.1.0"_s;
    manifest.createdAt = QDateTime(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);
    manifest.sourceUrl = QUrl(u"http://127.0.0.1:8080"_s);
    manifest.serverVersion = u"1.36.0"_s;
    manifest.collections = {{u"Article"_s, false}};
    return {fixed("manifest.json", manifest.toJson()),
        fixed("collections/Article/class.json", "{\"class\":\"Article\",\"properties\":[]}")};
}

QByteArray vecWithOneEmptyRecord()
{
    QByteArray vec = VectorCodec::header();
    VectorRecord record;
    record.id = QUuid::fromString(QLatin1StringView(objectId));
    if (VectorCodec::appendRecord(&vec, record))
        return {};
    return vec;
}

qint64 peakRss()
{
    QFile f(u"/proc/self/status"_s);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : f.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    return -1;
}

void resetPeakRss()
{
    QFile f(u"/proc/self/clear_refs"_s);
    if (f.open(QIODevice::WriteOnly))
        f.write("5");
}

} // namespace

// The format's hard limit of 256 MiB per segment pair (.jsonl + .vec), enforced by both readers of untrusted
// archives: the restore's ArchiveObjectReader and ArchiveVerifier. Archives are built here with libarchive, zstd
// level 1 (a 257 MiB segment of one line is about 30 KB on disk). Each case checks the entry named in the error,
// and that memory stays bounded: a segment over the limit is refused from its tar header, before any read.
class TestOversizeSegment : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    static QString objectReaderError(const QString& path, QByteArray* firstProperties = nullptr)
    {
        ArchiveObjectReader reader;
        if (OpError e = reader.open(path))
            return e.message;
        bool has = false;
        while (true) {
            if (OpError e = reader.nextShard(&has))
                return e.message + u" | "_s + e.details;
            if (!has)
                return {};
            const ArchiveObject* object = nullptr;
            while (true) {
                if (OpError e = reader.next(&object))
                    return e.message + u" | "_s + e.details;
                if (!object)
                    break;
                if (firstProperties && firstProperties->isEmpty())
                    *firstProperties = QByteArray(object->properties.data(), qsizetype(object->properties.size()));
            }
        }
    }

    static QString verifierProblems(const QString& path)
    {
        ArchiveVerification result;
        const OpError error = ArchiveVerifier::verify(path, &result);
        QStringList lines;
        if (error)
            lines << error.message + u" | "_s + error.details;
        for (const auto& p : result.problems)
            lines << p.entry + u": "_s + p.message + u" | "_s + p.details;
        return lines.join(u'\n');
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
    }

    // One line (one object) of 256 MiB + 1 byte: over the limit by itself.
    void testSegmentOverLimitIsRefusedFromItsHeader()
    {
        const QString path = m_dir.filePath(u"line-over-limit.tar.zst"_s);
        QList<Entry> entries = head();
        entries << hugeLine("collections/Article/objects/000000.jsonl", formatLimit + 1)
                << fixed("collections/Article/objects/000000.vec", vecWithOneEmptyRecord());
        QVERIFY(writeArchive(path, entries));
        qInfo("archive: %lld bytes on disk", QFileInfo(path).size());

        resetPeakRss();
        const qint64 before = peakRss();
        QElapsedTimer timer;
        timer.start();
        const QString readerError = objectReaderError(path);
        const QString problems = verifierProblems(path);
        const qint64 elapsed = timer.elapsed();
        const qint64 grown = peakRss() - before;
        qInfo("both refused in %lld ms, peak RSS +%lld KiB", elapsed, grown / 1024);

        QVERIFY2(
            readerError.contains(u"collections/Article/objects/000000.jsonl"_s) && readerError.contains(u"too large"_s),
            qPrintable(readerError));
        QVERIFY2(readerError.contains(u"%1 bytes, at most %2"_s.arg(formatLimit + 1).arg(formatLimit)),
            qPrintable(readerError));
        QVERIFY2(problems.contains(u"collections/Article/objects/000000.jsonl"_s) && problems.contains(u"too large"_s),
            qPrintable(problems));
        QVERIFY2(grown < 32 * MiB, "an oversize segment must be refused before it is read");
    }

    // A 200 MiB line is within the limit and is read (the cap is not lower than the format's); its .vec sibling of
    // 57 MiB makes the pair 257 MiB, over the limit: refused at the .vec, by both readers.
    void testPairOverLimitIsRefusedAtTheVec()
    {
        const QString path = m_dir.filePath(u"pair-over-limit.tar.zst"_s);
        const qint64 lineSize = 200 * MiB;
        QList<Entry> entries = head();
        entries << hugeLine("collections/Article/objects/000000.jsonl", lineSize);
        const QByteArray vec = vecWithOneEmptyRecord();
        // The record, then filler: the reader must refuse from the size alone, not from the bytes.
        entries << Entry {"collections/Article/objects/000000.vec", formatLimit - lineSize + 1,
            [vec](qint64 offset, QByteArray* chunk) {
                *chunk = offset == 0 ? vec + QByteArray(qsizetype(MiB - vec.size()), '\0')
                                     : QByteArray(qsizetype(MiB), '\0');
            }};
        QVERIFY(writeArchive(path, entries));

        const QString readerError = objectReaderError(path);
        QVERIFY2(
            readerError.contains(u"collections/Article/objects/000000.vec"_s) && readerError.contains(u"too large"_s),
            qPrintable(readerError));
        const QString problems = verifierProblems(path);
        QVERIFY2(problems.contains(u"collections/Article/objects/000000.vec"_s) && problems.contains(u"too large"_s),
            qPrintable(problems));
        QVERIFY2(!problems.contains(u"000000.jsonl"_s), qPrintable(problems)); // the 200 MiB line itself is fine
    }

    // The same 200 MiB line with a normal .vec: the object reader returns the object whole.
    void testLargeLineWithinLimitIsRead()
    {
        const QString path = m_dir.filePath(u"line-within-limit.tar.zst"_s);
        const qint64 lineSize = 200 * MiB;
        QList<Entry> entries = head();
        entries << hugeLine("collections/Article/objects/000000.jsonl", lineSize)
                << fixed("collections/Article/objects/000000.vec", vecWithOneEmptyRecord());
        QVERIFY(writeArchive(path, entries));
        QByteArray properties;
        const QString readerError = objectReaderError(path, &properties);
        QVERIFY2(readerError.isEmpty(), qPrintable(readerError));
        QVERIFY(properties.startsWith("{\"text\":\"aaa"));
        const QByteArray linePrefix = "{\"id\":\"" + objectId
            + "\",\"creationTimeUnix\":1700000000000,\"lastUpdateTimeUnix\":1700000000000,\"properties\":";
        QCOMPARE(qint64(properties.size()), lineSize - linePrefix.size() - qint64(sizeof("}\n") - 1));
    }
};

QTEST_GUILESS_MAIN(TestOversizeSegment)
#include "TestOversizeSegment.moc"
