// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveTrailer.h"
#include "core/ArchiveWriter.h"
#include "core/JobArchives.h"
#include "core/Retention.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Colvault;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Colvault::RetentionPolicy)

using Rule = RetentionReason::Rule;
using Verdict = RetentionReason::Verdict;

// Retention with restic's `forget --keep-*` rules: tables of dates (restic's worked example, calendar edges, the oldest
// archive kept for spare periods), then the file level: which files in a job's folder count (manifest's job id, valid
// trailer), which are left alone, what a dry run and a real prune do, and the manifest's job field itself.
class TestRetention : public QObject
{
    Q_OBJECT

private:
    static QDateTime utc(const QString& text)
    {
        QDateTime t = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm"_s);
        t.setTimeSpec(Qt::UTC);
        return t;
    }

    static QList<RetentionSnapshot> snapshots(const QStringList& times)
    {
        QList<RetentionSnapshot> list;
        for (const QString& t : times)
            list.append({t, utc(t), false});
        return list;
    }

    // The ids kept, newest first.
    static QStringList kept(const QList<RetentionDecision>& decisions)
    {
        QStringList ids;
        for (const RetentionDecision& d : decisions) {
            if (d.keep)
                ids << d.snapshot.id;
        }
        return ids;
    }

    static const RetentionDecision* find(const QList<RetentionDecision>& decisions, const QString& id)
    {
        for (const RetentionDecision& d : decisions) {
            if (d.snapshot.id == id)
                return &d;
        }
        return nullptr;
    }

    static QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    // A complete archive whose manifest names `job` (none when empty), created at `createdAt`. The padding is random,
    // so the compressed stream has many blocks and a cut one still shows its head.
    static bool writeArchive(const QString& path, const QDateTime& createdAt, const ArchiveManifest::Job& job,
        const AgeEncryptionKeys& keys = {}, qsizetype padding = 0)
    {
        ArchiveManifest manifest;
        manifest.toolVersion = u"test"_s;
        manifest.createdAt = createdAt;
        manifest.sourceUrl = QUrl(u"http://localhost:8080"_s);
        manifest.serverVersion = u"1.30.0"_s;
        manifest.job = job;
        ArchiveWriter writer;
        QByteArray noise(padding, Qt::Uninitialized);
        for (char& c : noise)
            c = char(QRandomGenerator::global()->bounded(256));
        return !writer.open(path, ArchiveCompression::Zstd, std::nullopt, createdAt, keys)
            && !writer.addEntry(u"manifest.json"_s, manifest.toJson())
            && (padding == 0 || !writer.addEntry(u"padding.bin"_s, noise)) && !writer.commit(ArchiveTrailer());
    }

private Q_SLOTS:
    // restic's documentation: one backup every Sunday for 12 weeks, `forget --keep-daily 4` keeps the last four.
    void testResticWorkedExample()
    {
        QStringList times;
        for (QDate d(2019, 9, 1); d <= QDate(2019, 11, 17); d = d.addDays(7))
            times << d.toString(u"yyyy-MM-dd"_s) + u" 11:00"_s;
        QCOMPARE(times.size(), 12);
        RetentionPolicy policy;
        policy.daily = 4;
        const QList<RetentionDecision> decisions = Retention::decide(snapshots(times), policy);
        QCOMPARE(kept(decisions),
            QStringList({u"2019-11-17 11:00"_s, u"2019-11-10 11:00"_s, u"2019-11-03 11:00"_s, u"2019-10-27 11:00"_s}));
        QCOMPARE(decisions.at(1).reasons.constFirst(), (RetentionReason {Rule::Daily, Verdict::Keep, u"2019-11-10"_s}));
        // The rest went beyond the four days; no oldest archive, since all four days were found.
        QCOMPARE(
            decisions.last().reasons, QList<RetentionReason>({{Rule::Daily, Verdict::BeyondCount, u"2019-09-01"_s}}));
    }

    // The worked example of docs/jobs.md, as printed there.
    void testDocsWorkedExample()
    {
        const QStringList times {u"2026-12-07 14:00"_s, u"2026-12-07 02:00"_s, u"2026-12-06 02:00"_s,
            u"2026-12-05 02:00"_s, u"2026-12-04 02:00"_s, u"2026-11-29 02:00"_s, u"2026-11-22 02:00"_s,
            u"2026-11-01 02:00"_s};
        const QList<RetentionDecision> d = Retention::decide(snapshots(times), RetentionPolicy {2, 0, 3, 3, 6, 0});
        QStringList lines;
        for (const RetentionDecision& decision : d) {
            QStringList labels;
            for (const RetentionReason& r : decision.reasons) {
                if (r.keeps())
                    labels << Retention::label(r);
            }
            lines << decision.snapshot.id + (decision.keep ? u"  keep    "_s + labels.join(u", "_s) : u"  remove"_s);
        }
        QCOMPARE(lines,
            QStringList({
                u"2026-12-07 14:00  keep    one of the last archives, daily archive, weekly archive, monthly archive, newest archive"_s,
                u"2026-12-07 02:00  keep    one of the last archives"_s,
                u"2026-12-06 02:00  keep    daily archive, weekly archive"_s,
                u"2026-12-05 02:00  keep    daily archive"_s,
                u"2026-12-04 02:00  remove"_s,
                u"2026-11-29 02:00  keep    weekly archive, monthly archive"_s,
                u"2026-11-22 02:00  remove"_s,
                u"2026-11-01 02:00  keep    oldest monthly archive"_s,
            }));
    }

    void testTable_data()
    {
        QTest::addColumn<QStringList>("times");
        QTest::addColumn<RetentionPolicy>("policy");
        QTest::addColumn<QStringList>("expected");
        const QStringList week {u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s, u"2026-12-06 23:59"_s,
            u"2026-12-06 01:00"_s, u"2026-12-05 12:00"_s, u"2026-11-30 12:00"_s, u"2026-11-29 12:00"_s};
        QTest::newRow("last 2") << week << RetentionPolicy {2, 0, 0, 0, 0, 0}
                                << QStringList {u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s};
        QTest::newRow("last 2 + daily 3")
            << week << RetentionPolicy {2, 0, 3, 0, 0, 0}
            << QStringList {u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s, u"2026-12-06 23:59"_s, u"2026-12-05 12:00"_s};
        // ISO weeks: Monday 2026-11-30 to Sunday 2026-12-06; 2026-11-29 is the Sunday before.
        QTest::newRow("weekly 3") << week << RetentionPolicy {0, 0, 0, 3, 0, 0}
                                  << QStringList {u"2026-12-07 14:30"_s, u"2026-12-06 23:59"_s, u"2026-11-29 12:00"_s};
        QTest::newRow("hourly 2") << week << RetentionPolicy {0, 2, 0, 0, 0, 0}
                                  << QStringList {u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s};
        QTest::newRow("monthly 2") << week << RetentionPolicy {0, 0, 0, 0, 2, 0}
                                   << QStringList {u"2026-12-07 14:30"_s, u"2026-11-30 12:00"_s};
        // More days asked for than there are: each day's newest, and the oldest archive as well.
        QTest::newRow("daily 30, oldest kept")
            << week << RetentionPolicy {0, 0, 30, 0, 0, 0}
            << QStringList {u"2026-12-07 14:30"_s, u"2026-12-06 23:59"_s, u"2026-12-05 12:00"_s, u"2026-11-30 12:00"_s,
                   u"2026-11-29 12:00"_s};
        QTest::newRow("daily unlimited") << week << RetentionPolicy {0, 0, RetentionPolicy::unlimited, 0, 0, 0}
                                         << QStringList {u"2026-12-07 14:30"_s, u"2026-12-06 23:59"_s,
                                                u"2026-12-05 12:00"_s, u"2026-11-30 12:00"_s, u"2026-11-29 12:00"_s};
        // The newest archive always stays, even under a rule that would keep nothing of today.
        QTest::newRow("yearly 1 keeps newest")
            << week << RetentionPolicy {0, 0, 0, 0, 0, 1} << QStringList {u"2026-12-07 14:30"_s};
        QTest::newRow("no rules keep all") << week << RetentionPolicy() << week;
        // Daily in UTC: 23:59 and 00:00 are different days, whatever the local time zone.
        QTest::newRow("midnight") << QStringList {u"2026-12-08 00:00"_s, u"2026-12-07 23:59"_s, u"2026-12-07 00:00"_s}
                                  << RetentionPolicy {0, 0, 2, 0, 0, 0}
                                  << QStringList {u"2026-12-08 00:00"_s, u"2026-12-07 23:59"_s};
    }

    void testTable()
    {
        QFETCH(QStringList, times);
        QFETCH(RetentionPolicy, policy);
        QFETCH(QStringList, expected);
        // The input order does not matter.
        std::reverse(times.begin(), times.end());
        QCOMPARE(kept(Retention::decide(snapshots(times), policy)), expected);
    }

    void testReasonsPerArchive()
    {
        const QList<RetentionDecision> d = Retention::decide(
            snapshots({u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s, u"2026-12-06 01:00"_s, u"2026-12-05 12:00"_s}),
            RetentionPolicy {1, 0, 2, 0, 0, 0});
        QCOMPARE(find(d, u"2026-12-07 14:30"_s)->reasons,
            QList<RetentionReason>({{Rule::Last, Verdict::Keep, {}}, {Rule::Daily, Verdict::Keep, u"2026-12-07"_s},
                {Rule::Newest, Verdict::Keep, {}}}));
        const RetentionDecision* superseded = find(d, u"2026-12-07 09:00"_s);
        QVERIFY(!superseded->keep);
        QCOMPARE(superseded->reasons,
            QList<RetentionReason>(
                {{Rule::Last, Verdict::BeyondCount, {}}, {Rule::Daily, Verdict::Superseded, u"2026-12-07"_s}}));
        QCOMPARE(find(d, u"2026-12-06 01:00"_s)->reasons.constFirst(),
            (RetentionReason {Rule::Daily, Verdict::Keep, u"2026-12-06"_s}));
        QCOMPARE(find(d, u"2026-12-05 12:00"_s)->reasons.constLast(),
            (RetentionReason {Rule::Daily, Verdict::BeyondCount, u"2026-12-05"_s}));
        QCOMPARE(Retention::label(find(d, u"2026-12-06 01:00"_s)->reasons.constFirst()), u"daily archive"_s);
        QCOMPARE(Retention::label({Rule::Weekly, Verdict::KeepOldest, {}}), u"oldest weekly archive"_s);
    }

    void testProtectedArchiveStays()
    {
        QList<RetentionSnapshot> list = snapshots({u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s});
        list[1].protect = true; // written last, with a clock that was behind
        const QList<RetentionDecision> d = Retention::decide(list, RetentionPolicy {1, 0, 0, 0, 0, 0});
        QCOMPARE(kept(d), QStringList({u"2026-12-07 14:30"_s, u"2026-12-07 09:00"_s}));
        QCOMPARE(d.at(1).reasons.constFirst().rule, Rule::Protected);
    }

    void testPeriods()
    {
        QCOMPARE(Retention::period(Rule::Hourly, utc(u"2026-12-07 14:59"_s)), u"2026-12-07 14h"_s);
        QCOMPARE(Retention::period(Rule::Weekly, utc(u"2026-12-06 23:59"_s)), u"2026-W49"_s);
        QCOMPARE(Retention::period(Rule::Weekly, utc(u"2026-12-07 00:00"_s)), u"2026-W50"_s);
        // ISO week-numbering years: the last days of December can belong to the next year's week 1, or the first days
        // of January to the last week of the year before.
        QCOMPARE(Retention::period(Rule::Weekly, utc(u"2026-12-31 12:00"_s)), u"2026-W53"_s);
        QCOMPARE(Retention::period(Rule::Weekly, utc(u"2027-01-03 12:00"_s)), u"2026-W53"_s);
        QCOMPARE(Retention::period(Rule::Weekly, utc(u"2024-12-30 12:00"_s)), u"2025-W01"_s);
        QCOMPARE(Retention::period(Rule::Monthly, utc(u"2026-02-28 23:00"_s)), u"2026-02"_s);
        // A time with an offset counts in UTC.
        const QDateTime tokyo(QDate(2026, 12, 8), QTime(8, 0), QTimeZone(9 * 3600));
        QCOMPARE(Retention::period(Rule::Daily, tokyo), u"2026-12-07"_s);
    }

    // restic's second example, over three years of daily backups (ending Wednesday 2026-12-30): --keep-daily 7
    // --keep-weekly 5 --keep-monthly 12 --keep-yearly 75. 7 days; 5 weeks of which 2 are already daily ones (Dec 30 and
    // Dec 27); 12 months of which December is already kept; 3 years of which 2026 is kept; and, as there are fewer
    // years than 75, the oldest archive: 7 + 3 + 11 + 2 + 1.
    void testThreeYearsOfDailies()
    {
        QList<RetentionSnapshot> list;
        for (QDate d(2024, 1, 1); d <= QDate(2026, 12, 30); d = d.addDays(1))
            list.append({d.toString(Qt::ISODate), QDateTime(d, QTime(3, 0), Qt::UTC), false});
        QCOMPARE(list.size(), 1095);
        const QList<RetentionDecision> d = Retention::decide(list, RetentionPolicy {0, 0, 7, 5, 12, 75});
        const QStringList keep = kept(d);
        QCOMPARE(keep.size(), 24);
        for (const QString& day : {u"2026-12-24"_s, u"2026-12-20"_s, u"2026-12-13"_s, u"2026-12-06"_s, u"2026-11-30"_s,
                 u"2026-01-31"_s, u"2025-12-31"_s, u"2024-12-31"_s, u"2024-01-01"_s})
            QVERIFY2(keep.contains(day), qPrintable(day));
        QVERIFY(!keep.contains(u"2025-12-30"_s));
        QCOMPARE(find(d, u"2024-01-01"_s)->reasons.constFirst(),
            (RetentionReason {Rule::Yearly, Verdict::KeepOldest, u"2024"_s}));
    }

    void testPolicyJson()
    {
        const RetentionPolicy policy {2, 0, 7, RetentionPolicy::unlimited, 0, 0};
        QCOMPARE(QJsonDocument(policy.toJson()).toJson(QJsonDocument::Compact),
            QByteArray(R"({"daily":7,"last":2,"weekly":"unlimited"})"));
        RetentionPolicy back;
        QVERIFY(RetentionPolicy::fromJson(policy.toJson(), &back));
        QCOMPARE(back, policy);
        QVERIFY(!RetentionPolicy::fromJson(QJsonObject {{u"daily"_s, -3}}, &back));
        QVERIFY(!RetentionPolicy::fromJson(QJsonObject {{u"daily"_s, u"many"_s}}, &back));
        QCOMPARE(Retention::describe(policy), u"--keep-last 2 --keep-daily 7 --keep-weekly unlimited"_s);
    }

    void testManifestJobField()
    {
        ArchiveManifest m;
        m.toolVersion = u"1"_s;
        m.createdAt = QDateTime::currentDateTimeUtc();
        m.sourceUrl = QUrl(u"http://localhost:8080"_s);
        m.options = QJsonObject {{u"compression"_s, u"zstd"_s}};
        m.job = {newId(), u"nightly"_s};
        const QJsonObject root = QJsonDocument::fromJson(m.toJson()).object();
        QCOMPARE(root.value(u"formatVersion"_s).toInt(), 1);
        QCOMPARE(root.value(u"formatMinorVersion"_s).toInt(), 2); // 2: options.aliases
        QCOMPARE(
            root.value(u"options"_s).toObject().value(u"job"_s).toObject().value(u"name"_s).toString(), u"nightly"_s);
        ArchiveManifest back;
        QVERIFY(!ArchiveManifest::fromJson(m.toJson(), &back));
        QCOMPARE(back.job, m.job);
        QCOMPARE(back.minorVersion, 2);

        // Archives from before: no minor version, no job.
        QJsonObject old = root;
        old.remove(u"formatMinorVersion"_s);
        old.insert(u"options"_s, QJsonObject());
        QVERIFY(!ArchiveManifest::fromJson(QJsonDocument(old).toJson(), &back));
        QVERIFY(back.job.isEmpty());
        QCOMPARE(back.minorVersion, 0);

        // The id decides what retention may delete: only a canonical UUID passes.
        QJsonObject bad = root;
        bad.insert(
            u"options"_s, QJsonObject {{u"job"_s, QJsonObject {{u"id"_s, m.job.id.toUpper()}, {u"name"_s, u"x"_s}}}});
        QCOMPARE(ArchiveManifest::fromJson(QJsonDocument(bad).toJson(), &back).code, OpError::Code::Format);
        bad.insert(u"options"_s, QJsonObject {{u"job"_s, u"nightly"_s}});
        QCOMPARE(ArchiveManifest::fromJson(QJsonDocument(bad).toJson(), &back).code, OpError::Code::Format);
    }

    // Only this job's complete archives count; everything else in the folder stays.
    void testFolderScanAndPrune()
    {
        QTemporaryDir dir;
        Job job;
        job.id = newId();
        job.name = u"nightly"_s;
        job.directory = dir.path();
        job.retention.last = 2;
        const ArchiveManifest::Job ref {job.id, job.name};
        const QDir d(dir.path());
        for (int day = 1; day <= 4; ++day)
            QVERIFY(
                writeArchive(d.filePath(u"nightly-%1.tar.zst"_s.arg(day)), utc(u"2026-12-0%1 02:00"_s.arg(day)), ref));
        QVERIFY(writeArchive(d.filePath(u"other-job.tar.zst"_s), utc(u"2026-11-01 02:00"_s), {newId(), u"other"_s}));
        QVERIFY(writeArchive(d.filePath(u"manual.tar.zst"_s), utc(u"2026-11-01 02:00"_s), {}));
        // This job's, but cut: no trailer.
        QVERIFY(writeArchive(d.filePath(u"cut.tar.zst"_s), utc(u"2026-11-01 02:00"_s), ref, {}, 512 * 1024));
        QFile cut(d.filePath(u"cut.tar.zst"_s));
        QVERIFY(cut.resize(cut.size() - 40));
        QFile notes(d.filePath(u"notes.tar.zst"_s));
        QVERIFY(notes.open(QIODevice::WriteOnly) && notes.write("not an archive") > 0);
        notes.close();
        QVERIFY(QFile::copy(d.filePath(u"nightly-1.tar.zst"_s), d.filePath(u".hidden.tar.zst"_s)));
        QVERIFY(QFile::copy(d.filePath(u"nightly-1.tar.zst"_s), d.filePath(u"nightly-1.tar.zst.bak"_s)));
        const QStringList before = d.entryList(QDir::Files | QDir::Hidden);

        const JobPruneResult dry = JobArchives::prune(job, {}, {}, {}, true, {});
        QCOMPARE(dry.decisions.size(), 4);
        QCOMPARE(dry.removeCount(), 2);
        QCOMPARE(d.entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(dry.skipped.size(), 4);
        QHash<QString, JobArchiveSkip::Why> why;
        for (const JobArchiveSkip& s : dry.skipped)
            why.insert(QFileInfo(s.path).fileName(), s.why);
        QCOMPARE(why.value(u"other-job.tar.zst"_s), JobArchiveSkip::Why::OtherJob);
        QCOMPARE(why.value(u"manual.tar.zst"_s), JobArchiveSkip::Why::NotAJobArchive);
        QCOMPARE(why.value(u"notes.tar.zst"_s), JobArchiveSkip::Why::NotAJobArchive);
        QCOMPARE(why.value(u"cut.tar.zst"_s), JobArchiveSkip::Why::Incomplete);

        const JobPruneResult done = JobArchives::prune(job, {}, {}, {}, false, {});
        QCOMPARE(done.removed.size(), 2);
        QStringList after = before;
        after.removeAll(u"nightly-1.tar.zst"_s);
        after.removeAll(u"nightly-2.tar.zst"_s);
        QCOMPARE(d.entryList(QDir::Files | QDir::Hidden), after);
    }

    // A verified run's record stands for the archive while its size and modification time are the same.
    void testHistoryRecordSparesTheReading()
    {
        QTemporaryDir dir;
        Job job;
        job.id = newId();
        job.name = u"nightly"_s;
        job.directory = dir.path();
        const QString path = QDir(dir.path()).filePath(u"a.tar.zst"_s);
        QVERIFY(writeArchive(path, utc(u"2026-12-01 02:00"_s), {job.id, job.name}, {}, 512 * 1024));
        const QFileInfo info(path);
        JobRunRecord record;
        record.jobId = job.id;
        record.verified = true;
        record.archive = info.absoluteFilePath();
        record.archiveBytes = info.size();
        record.archiveModifiedMs = info.lastModified().toMSecsSinceEpoch();
        record.archiveCreatedAt = utc(u"2026-12-01 02:00"_s);
        QList<JobArchive> archives;
        QList<JobArchiveSkip> skipped;
        JobArchives::scan(job, {}, {record}, {}, &archives, &skipped);
        QCOMPARE(archives.size(), 1);
        QVERIFY(archives.constFirst().fromHistory);

        // Changed since: read again (and here found cut).
        QFile file(path);
        QVERIFY(file.resize(info.size() - 40));
        archives.clear();
        JobArchives::scan(job, {}, {record}, {}, &archives, &skipped);
        QVERIFY(archives.isEmpty());
        QCOMPARE(skipped.constLast().why, JobArchiveSkip::Why::Incomplete);
    }

    // Encrypted archives of the job are read with its keys; without them they are left alone.
    void testEncryptedArchives()
    {
        QTemporaryDir dir;
        Job job;
        job.id = newId();
        job.name = u"secret"_s;
        job.directory = dir.path();
        const std::optional<AgeIdentity> identity = AgeIdentity::generate();
        QVERIFY(identity);
        AgeEncryptionKeys keys;
        keys.recipients = {identity->recipient()};
        QVERIFY(writeArchive(
            QDir(dir.path()).filePath(u"s.tar.zst.age"_s), utc(u"2026-12-01 02:00"_s), {job.id, job.name}, keys));
        QList<JobArchive> archives;
        QList<JobArchiveSkip> skipped;
        AgeDecryptionKeys open;
        open.identities = {*identity};
        JobArchives::scan(job, open, {}, {}, &archives, &skipped);
        QCOMPARE(archives.size(), 1);
        QCOMPARE(archives.constFirst().createdAt, utc(u"2026-12-01 02:00"_s));
        archives.clear();
        JobArchives::scan(job, {}, {}, {}, &archives, &skipped);
        QVERIFY(archives.isEmpty());
        QCOMPARE(skipped.constLast().why, JobArchiveSkip::Why::Unreadable);
    }

    void testArchiveNames()
    {
        QVERIFY(JobArchives::looksLikeArchive(u"a.tar.zst"_s));
        QVERIFY(JobArchives::looksLikeArchive(u"a.tar.gz.age"_s));
        QVERIFY(JobArchives::looksLikeArchive(u"a.tar"_s));
        QVERIFY(!JobArchives::looksLikeArchive(u".a.tar.zst.colvault-partial-AbC123"_s));
        QVERIFY(!JobArchives::looksLikeArchive(u".a.tar.zst"_s));
        QVERIFY(!JobArchives::looksLikeArchive(u"a.tar.zst.bak"_s));
        QVERIFY(!JobArchives::looksLikeArchive(u"a.zip"_s));
    }
};

QTEST_GUILESS_MAIN(TestRetention)
#include "TestRetention.moc"
