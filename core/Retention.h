// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Colvault {

// How many archives a job keeps, with restic's `forget` rules: the last N, and the newest archive of each of the
// last N hours, days, weeks, months and years that have one. 0 = the rule is off, `unlimited` = every period.
struct RetentionPolicy
{
    static constexpr int unlimited = -1;

    int last = 0;
    int hourly = 0;
    int daily = 0;
    int weekly = 0;
    int monthly = 0;
    int yearly = 0;

    // No rule at all: retention keeps everything (as restic refuses an empty policy).
    bool isEmpty() const { return !last && !hourly && !daily && !weekly && !monthly && !yearly; }
    QJsonObject toJson() const;
    // Missing keys are 0; false for a value that is neither a count nor "unlimited".
    static bool fromJson(const QJsonObject& json, RetentionPolicy* out);
    friend bool operator==(const RetentionPolicy&, const RetentionPolicy&) = default;
};

// One archive as retention sees it: an id (its path) and its time (the manifest's createdAt, UTC).
struct RetentionSnapshot
{
    QString id;
    QDateTime time;
    bool protect = false; // kept whatever the rules say: the archive a job run has just written and verified
};

// Why an archive is kept or removed, per rule. `period` names the hour, day, ISO week, month or year the rule put it
// in ("2026-12-07", "2026-W49"), empty for Last, Newest and Protected.
struct RetentionReason
{
    enum class Rule
    {
        Last,
        Hourly,
        Daily,
        Weekly,
        Monthly,
        Yearly,
        Newest, // the newest archive is never removed
        Protected, // RetentionSnapshot::protect
    };
    enum class Verdict
    {
        Keep, // the rule keeps it
        KeepOldest, // kept as the oldest archive because the rule has periods to spare (restic 0.17)
        Superseded, // a newer archive of the same period is the one this rule looks at
        BeyondCount, // the rule's count was used up by newer archives (or periods)
    };
    Rule rule = Rule::Last;
    Verdict verdict = Verdict::Keep;
    QString period;

    bool keeps() const { return verdict == Verdict::Keep || verdict == Verdict::KeepOldest; }
    friend bool operator==(const RetentionReason&, const RetentionReason&) = default;
};

struct RetentionDecision
{
    RetentionSnapshot snapshot;
    bool keep = true;
    QList<RetentionReason> reasons; // every rule that had something to say, keeping ones first
};

// restic's `forget --keep-*` semantics as a pure function, on UTC periods (docs/jobs.md has a worked example):
// archives newest first; --keep-last keeps the first N; each calendar rule walks them newest first and keeps the first
// archive of each new period until N periods are kept; an archive kept by any rule stays. When a calendar rule has
// periods to spare after the oldest archive, the oldest archive is kept as well ("oldest daily"), as restic does since
// 0.17. On top of restic: the newest archive and protected ones are always kept, and an empty policy keeps all.
// Thread: pure functions, any thread.
// Usage: const auto decisions = Retention::decide(snapshots, job.retention); remove those with !keep.
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(Retention)

public:
    // In the order of the snapshots, newest first (ties: by id, descending).
    static QList<RetentionDecision> decide(QList<RetentionSnapshot> snapshots, const RetentionPolicy& policy);

    // The rule's period of `utc`: "2026-12-07 14h", "2026-12-07", "2026-W49", "2026-12", "2026"; empty for the others.
    static QString period(RetentionReason::Rule rule, const QDateTime& utc);

    // Short translated labels, as restic prints them: "daily snapshot", "oldest weekly snapshot".
    static QString label(const RetentionReason& reason);
    // The policy in words: "last 2, daily 7, weekly 4" (option names, not translated), or "none".
    static QString describe(const RetentionPolicy& policy);
    // JSON names: "last", "hourly", …, "newest", "protected"; "keep", "keepOldest", "superseded", "beyondCount".
    static QString ruleName(RetentionReason::Rule rule);
    static QString verdictName(RetentionReason::Verdict verdict);
};

} // namespace Colvault
