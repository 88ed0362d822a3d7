// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/TestEndpoint.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// The hostile and broken archive corpus (tests/data/hostile/, written by tools/make-hostile-archives.py) against
// the two consumers of untrusted archives: ArchiveVerifier must refuse each case with a problem naming the damaged
// entry, with memory bounded even for decompression bombs; and a restore (plan, then apply, mode new) into an
// empty emulator must refuse and leave the server's schema empty. valid.tar proves the corpus is otherwise sound.
// Restore verifies the whole archive before its first write, so every hostile case is refused with the server
// left untouched.
class TestHostileArchives : public QObject
{
    Q_OBJECT

private:
    QString m_dir;

    // Current and peak resident set size in bytes, from /proc (Linux); -1 elsewhere.
    static qint64 procStatus(const char* key)
    {
        QFile f(u"/proc/self/status"_s);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        const QList<QByteArray> lines = f.readAll().split('\n');
        for (const QByteArray& line : lines)
            if (line.startsWith(key))
                return line.mid(qstrlen(key)).trimmed().split(' ').value(0).toLongLong() * 1024;
        return -1;
    }
    // Resets VmHWM to the current RSS so the next peak measures one operation (Linux >= 4.0).
    static bool resetPeak()
    {
        QFile f(u"/proc/self/clear_refs"_s);
        return f.open(QIODevice::WriteOnly) && f.write("5") == 1;
    }

    static QString dump(const ArchiveVerification& r, const OpError& error)
    {
        QStringList lines;
        if (error)
            lines << u"error: %1 (%2)"_s.arg(error.message, error.details);
        for (const auto& p : r.problems)
            lines << u"[%1] %2 (%3)"_s.arg(p.entry, p.message, p.details);
        return lines.join(u'\n');
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f) { return TestSupport::testEndpoint(f); }

    // The classes on the emulator, or an error text.
    static QStringList schemaClasses(EmulatorFixture& f)
    {
        const TestSupport::Reply r = f.get(u"/v1/schema"_s);
        if (r.status != 200)
            return {u"GET /v1/schema: %1"_s.arg(r.status)};
        QStringList names;
        const QJsonArray classes = r.json().object().value(u"classes"_s).toArray();
        for (const QJsonValue& c : classes)
            names << c.toObject().value(u"class"_s).toString();
        return names;
    }

    struct RestoreOutcome
    {
        bool refused = false;
        QString how;
        QStringList classesAfter;
        qint64 objectsWritten = 0;
    };

    static RestoreOutcome restore(const QString& archive)
    {
        EmulatorFixture target;
        RestoreParams p;
        p.endpoint = endpoint(target);
        p.archivePath = archive;
        p.mode = RestoreMode::New;
        p.batchSize = 20;
        RestoreOutcome out;
        OpError err;
        const RestorePlan plan = RestoreTask::plan(p, nullptr, &err);
        if (err) {
            out.refused = true;
            out.how = u"plan error: %1 (%2)"_s.arg(err.message, err.details);
        } else if (plan.isBlocked()) {
            out.refused = true;
            out.how = u"plan blocked: %1"_s.arg(plan.problems.join(u"; "_s));
        } else {
            const RestoreReport report = RestoreTask::apply(plan, nullptr);
            out.objectsWritten = report.objects;
            out.refused = report.outcome == RestoreReport::Outcome::Failed;
            out.how = out.refused
                ? u"apply failed: %1 (%2)"_s.arg(report.error.message, report.error.details)
                : u"apply succeeded: %1 objects, %2 failures"_s.arg(report.objects).arg(report.failureCount);
        }
        out.classesAfter = schemaClasses(target);
        return out;
    }

    // Every hostile case: file, the entry a problem must name (empty: the archive as a whole) and a fragment of
    // that problem's message or details. Keep in step with tools/make-hostile-archives.py.
    struct Case
    {
        const char* file;
        const char* entry;
        const char* text;
    };
    static QList<Case> cases()
    {
        const char* a0 = "collections/Article/objects/000000.jsonl";
        const char* v0 = "collections/Article/objects/000000.vec";
        const char* a1 = "collections/Article/objects/000001.jsonl";
        return {
            // Truncated and damaged containers.
            {"truncated-in-header.tar", "", "truncated after 6 entries"},
            {"truncated-in-segment.tar", a1, "damaged or truncated"},
            {"truncated-before-trailer.tar", "collections/Tenanted/tenants/alpha/objects/000000.vec",
                "damaged or truncated"},
            {"truncated-in-trailer.tar", "trailer.json", "damaged or truncated"},
            {"truncated-gzip.tar.gz", "", "not a Colvault archive or is damaged"},
            {"flipped-gzip-stream.tar.gz", "", "not a Colvault archive or is damaged"},
            {"empty.tar", "", "not a Colvault archive or is damaged"},
            {"not-a-tar.tar", "", "not a Colvault archive or is damaged"},
            {"flipped-tar-header.tar", "", "damaged or truncated after 1 entry"},
            // One flipped byte per entry kind.
            {"flipped-manifest.tar", "manifest.json", "does not match its checksum"},
            {"flipped-class.tar", "collections/Article/class.json", "does not match its checksum"},
            {"flipped-tenants.tar", "collections/Tenanted/tenants.json", "does not match its checksum"},
            {"flipped-jsonl-property.tar", a0, "does not match its checksum"},
            {"flipped-vec-float.tar", v0, "does not match its checksum"},
            {"flipped-trailer.tar", "manifest.json", "does not match its checksum"},
            // Trailer missing, forged, incomplete, not last.
            {"missing-trailer.tar", "", "no valid trailer"},
            {"trailer-incomplete.tar", "trailer.json", "did not finish"},
            {"trailer-forged-sha.tar", a0, "does not match its checksum"},
            {"trailer-forged-counts.tar", "", "do not match the trailer"},
            {"trailer-not-last.tar", "collections/Article/objects/000002.jsonl", "comes after the trailer"},
            // Manifest: other format, newer version, wrong shapes, not first.
            {"manifest-wrong-format.tar", "manifest.json", "not a Colvault archive"},
            {"manifest-newer-version.tar", "manifest.json", "newer version of Colvault"},
            {"manifest-array.tar", "manifest.json", "is not valid"},
            {"manifest-not-json.tar", "manifest.json", "is not valid"},
            {"manifest-collections-string.tar", "manifest.json", "is not valid"},
            {"manifest-not-first.tar", "collections/Article/class.json", "not a Colvault archive"},
            // Wrong JSON shapes elsewhere; a class whose name differs from its entry.
            {"class-array.tar", "collections/Article/class.json", "is not valid"},
            {"class-name-differs.tar", "collections/Article/class.json", "is not valid"},
            {"tenants-object.tar", "collections/Tenanted/tenants.json", "is not valid"},
            {"jsonl-line-array.tar", a0, "is not valid"},
            {"jsonl-properties-string.tar", a0, "is not valid"},
            {"jsonl-uppercase-id.tar", a0, "is not valid"},
            // Objects and vectors.
            {"duplicate-object-id.tar", a0, "is not valid"},
            {"duplicate-object-id-across-segments.tar", a1, "is not valid"},
            {"vec-short-values.tar", v0, "vector data of the archive is damaged"},
            {"vec-dims-mismatch.tar", v0, "is not valid"},
            {"vec-huge-declared.tar", v0, "vector data of the archive is damaged"},
            {"vec-newer-version.tar", v0, "newer or unknown version"},
            {"vec-id-mismatch.tar", v0, "is not valid"},
            {"vec-missing.tar", a0, "has no vector segment"},
            {"segment-gap.tar", "collections/Article/objects/000002.jsonl", "is not valid"},
            {"tenant-not-listed.tar", "collections/Tenanted/tenants/gamma/objects/000000.jsonl", "is not valid"},
            // Unsafe names and entry types.
            {"name-dotdot.tar", "collections/../../etc/passwd", "unsafe name"},
            {"name-absolute.tar", "/etc/cron.d/colvault", "unsafe name"},
            {"name-backslash.tar", "collections\\..\\evil.json", "unsafe name"},
            {"entry-symlink.tar", "collections/Article/link", "not a regular file"},
            {"entry-hardlink.tar", "collections/Article/hard", "not a regular file"},
            {"entry-directory.tar", "collections/Article/", "not a regular file"},
            {"entry-chardev.tar", "collections/Article/null", "not a regular file"},
            {"entry-fifo.tar", "collections/Article/fifo", "not a regular file"},
            {"symlink-as-class.tar", "collections/Article/class.json", "not a regular file"},
            {"duplicate-entry.tar", "collections/Article/class.json", "more than once"},
            {"duplicate-segment.tar", a0, "more than once"},
            // Decompression bombs and lying sizes.
            {"bomb-segment-300mib.tar.xz", a0, "too large"},
            {"bomb-manifest-64mib.tar.xz", "manifest.json", "too large"},
            {"declared-size-1tib.tar", "collections/Article/class.json", "too large"},
        };
    }

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        m_dir = QFINDTESTDATA("../data/hostile");
        QVERIFY2(!m_dir.isEmpty() && QFile::exists(m_dir + u"/valid.tar"_s),
            "tests/data/hostile is missing: run tools/make-hostile-archives.py");
    }

    // The corpus and this table agree: every file is listed, every listed file exists.
    void testCorpusMatchesTable()
    {
        QStringList listed {u"valid.tar"_s, u"truncated-no-eof-blocks.tar"_s};
        for (const Case& c : cases())
            listed << QString::fromUtf8(c.file);
        QStringList onDisk = QDir(m_dir).entryList(QDir::Files);
        listed.sort();
        onDisk.sort();
        QCOMPARE(onDisk, listed);
        QVERIFY(cases().size() >= 20);
    }

    // The baseline and a tar without its end-of-archive blocks (every entry and the trailer intact, which the
    // SHA-256 values prove) verify and restore.
    void testSoundArchivesPass_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("valid") << u"valid.tar"_s;
        QTest::newRow("no-eof-blocks") << u"truncated-no-eof-blocks.tar"_s;
    }
    void testSoundArchivesPass()
    {
        QFETCH(QString, file);
        ArchiveVerification result;
        const OpError error = ArchiveVerifier::verify(m_dir + u'/' + file, &result);
        QVERIFY2(!error && result.ok(), qPrintable(dump(result, error)));
        const RestoreOutcome out = restore(m_dir + u'/' + file);
        QVERIFY2(!out.refused, qPrintable(out.how));
        QCOMPARE(out.objectsWritten, qint64(8));
        QCOMPARE(out.classesAfter, (QStringList {u"Article"_s, u"Tenanted"_s}));
    }

    void testVerifierRefuses_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("text");
        for (const Case& c : cases())
            QTest::newRow(c.file) << QString::fromUtf8(c.file) << QString::fromUtf8(c.entry)
                                  << QString::fromUtf8(c.text);
    }
    void testVerifierRefuses()
    {
        QFETCH(QString, file);
        QFETCH(QString, entry);
        QFETCH(QString, text);
        const qint64 before = procStatus("VmRSS:");
        const bool peakReset = resetPeak();
        ArchiveVerification result;
        const OpError error = ArchiveVerifier::verify(m_dir + u'/' + file, &result);
        const qint64 peak = procStatus(peakReset ? "VmHWM:" : "VmRSS:");
        QVERIFY2(!error, qPrintable(dump(result, error))); // Io errors are for unreadable files only
        QVERIFY2(!result.ok(), qPrintable(file));
        bool named = false;
        for (const auto& p : std::as_const(result.problems))
            named = named || (p.entry == entry && (p.message.contains(text) || p.details.contains(text)));
        QVERIFY2(named, qPrintable(u"expected [%1] \"%2\", got:\n%3"_s.arg(entry, text, dump(result, error))));
        // Bounded memory: the bombs announce or expand to 64 MiB .. 1 TiB.
        qInfo().noquote() << u"verify %1: peak RSS +%2 MiB"_s.arg(file).arg((peak - before) / (1024 * 1024));
        if (before > 0 && peak > 0)
            QVERIFY2(peak - before < 100 * 1024 * 1024,
                qPrintable(u"RSS grew by %1 MiB"_s.arg((peak - before) / (1024 * 1024))));
    }

    void testRestoreRefuses_data()
    {
        QTest::addColumn<QString>("file");
        for (const Case& c : cases())
            QTest::newRow(c.file) << QString::fromUtf8(c.file);
    }
    void testRestoreRefuses()
    {
        QFETCH(QString, file);
        const qint64 before = procStatus("VmRSS:");
        const bool peakReset = resetPeak();
        const RestoreOutcome out = restore(m_dir + u'/' + file);
        const qint64 peak = procStatus(peakReset ? "VmHWM:" : "VmRSS:");
        // One line per case in the log: how restore refused (or what it wrote), for docs/reliability.md.
        qInfo().noquote() << u"restore %1: %2; schema after: [%3]; peak RSS +%4 MiB"_s
                                 .arg(file, out.how, out.classesAfter.join(u", "_s))
                                 .arg((peak - before) / (1024 * 1024));
        if (before > 0 && peak > 0)
            QVERIFY2(peak - before < 100 * 1024 * 1024,
                qPrintable(u"RSS grew by %1 MiB"_s.arg((peak - before) / (1024 * 1024))));
        QVERIFY2(out.refused && out.classesAfter.isEmpty(),
            qPrintable(u"%1; schema after: [%2]"_s.arg(out.how, out.classesAfter.join(u", "_s))));
    }
};

QTEST_GUILESS_MAIN(TestHostileArchives)
#include "TestHostileArchives.moc"
