// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Retention.h"

#include <QJsonValue>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

using Rule = RetentionReason::Rule;
using Verdict = RetentionReason::Verdict;

struct CountField
{
    QString key;
    int RetentionPolicy::*field;
};

const QList<CountField>& countFields()
{
    static const QList<CountField> fields {
        {u"last"_s, &RetentionPolicy::last},
        {u"hourly"_s, &RetentionPolicy::hourly},
        {u"daily"_s, &RetentionPolicy::daily},
        {u"weekly"_s, &RetentionPolicy::weekly},
        {u"monthly"_s, &RetentionPolicy::monthly},
        {u"yearly"_s, &RetentionPolicy::yearly},
    };
    return fields;
}

void addReason(RetentionDecision* decision, Rule rule, Verdict verdict, const QString& period = {})
{
    decision->reasons.append({rule, verdict, period});
}

void applyLast(QList<RetentionDecision>& decisions, int count)
{
    int left = count;
    for (RetentionDecision& d : decisions) {
        if (left == 0) {
            addReason(&d, Rule::Last, Verdict::BeyondCount);
            continue;
        }
        addReason(&d, Rule::Last, Verdict::Keep);
        if (left > 0)
            --left;
    }
}

// The newest archive of each new period, newest first, until `count` periods are kept. A period that already had its
// archive supersedes the older ones in it; once the count is used up, the rest are beyond it.
void applyCalendar(QList<RetentionDecision>& decisions, Rule rule, int count)
{
    int left = count;
    QString keptPeriod;
    for (RetentionDecision& d : decisions) {
        const QString period = Retention::period(rule, d.snapshot.time);
        if (!keptPeriod.isNull() && period == keptPeriod) {
            addReason(&d, rule, Verdict::Superseded, period);
        } else if (left == 0) {
            addReason(&d, rule, Verdict::BeyondCount, period);
        } else {
            addReason(&d, rule, Verdict::Keep, period);
            keptPeriod = period;
            if (left > 0)
                --left;
        }
    }
    // Periods to spare: the oldest archive stays too, so the rule's reach is used as far as the history goes.
    if (left > 0 && !decisions.isEmpty()) {
        RetentionReason& oldest = decisions.last().reasons.last();
        if (oldest.verdict != Verdict::Keep)
            oldest.verdict = Verdict::KeepOldest;
    }
}

} // namespace

QJsonObject RetentionPolicy::toJson() const
{
    QJsonObject json;
    for (const CountField& f : countFields()) {
        const int value = this->*f.field;
        if (value == unlimited)
            json.insert(f.key, u"unlimited"_s);
        else if (value > 0)
            json.insert(f.key, value);
    }
    return json;
}

bool RetentionPolicy::fromJson(const QJsonObject& json, RetentionPolicy* out)
{
    RetentionPolicy policy;
    for (const CountField& f : countFields()) {
        const QJsonValue v = json.value(f.key);
        if (v.isUndefined())
            continue;
        if (v.toString() == u"unlimited"_s)
            policy.*f.field = unlimited;
        else if (v.isDouble() && v.toDouble() >= 0 && v.toDouble() <= 1e9 && v.toDouble() == double(v.toInt()))
            policy.*f.field = v.toInt();
        else
            return false;
    }
    *out = policy;
    return true;
}

QList<RetentionDecision> Retention::decide(QList<RetentionSnapshot> snapshots, const RetentionPolicy& policy)
{
    std::stable_sort(snapshots.begin(), snapshots.end(), [](const RetentionSnapshot& a, const RetentionSnapshot& b) {
        if (a.time != b.time)
            return a.time > b.time;
        return a.id > b.id;
    });
    QList<RetentionDecision> decisions;
    decisions.reserve(snapshots.size());
    for (const RetentionSnapshot& s : std::as_const(snapshots))
        decisions.append({s, true, {}});
    if (decisions.isEmpty())
        return decisions;

    if (policy.last != 0)
        applyLast(decisions, policy.last);
    const QList<QPair<Rule, int>> calendar {{Rule::Hourly, policy.hourly}, {Rule::Daily, policy.daily},
        {Rule::Weekly, policy.weekly}, {Rule::Monthly, policy.monthly}, {Rule::Yearly, policy.yearly}};
    for (const auto& [rule, count] : calendar) {
        if (count != 0)
            applyCalendar(decisions, rule, count);
    }
    addReason(&decisions.first(), Rule::Newest, Verdict::Keep);
    for (RetentionDecision& d : decisions) {
        if (d.snapshot.protect)
            addReason(&d, Rule::Protected, Verdict::Keep);
        // Keeping reasons first: they are the ones a listing shows.
        std::stable_partition(d.reasons.begin(), d.reasons.end(), [](const RetentionReason& r) { return r.keeps(); });
        d.keep = policy.isEmpty()
            || std::any_of(d.reasons.cbegin(), d.reasons.cend(), [](const RetentionReason& r) { return r.keeps(); });
    }
    return decisions;
}

QString Retention::period(Rule rule, const QDateTime& time)
{
    const QDateTime utc = time.toUTC();
    switch (rule) {
    case Rule::Hourly:
        return utc.toString(u"yyyy-MM-dd HH'h'"_s);
    case Rule::Daily:
        return utc.toString(u"yyyy-MM-dd"_s);
    case Rule::Weekly: {
        // ISO 8601 weeks, Monday to Sunday, in the ISO week-numbering year (2026-12-31 is in 2026-W53).
        int year = 0;
        const int week = utc.date().weekNumber(&year);
        return u"%1-W%2"_s.arg(year, 4, 10, QChar(u'0')).arg(week, 2, 10, QChar(u'0'));
    }
    case Rule::Monthly:
        return utc.toString(u"yyyy-MM"_s);
    case Rule::Yearly:
        return utc.toString(u"yyyy"_s);
    case Rule::Last:
    case Rule::Newest:
    case Rule::Protected:
        break;
    }
    return {};
}

QString Retention::label(const RetentionReason& reason)
{
    const bool oldest = reason.verdict == Verdict::KeepOldest;
    switch (reason.rule) {
    case Rule::Last:
        return tr("one of the last archives");
    case Rule::Hourly:
        return oldest ? tr("oldest hourly archive") : tr("hourly archive");
    case Rule::Daily:
        return oldest ? tr("oldest daily archive") : tr("daily archive");
    case Rule::Weekly:
        return oldest ? tr("oldest weekly archive") : tr("weekly archive");
    case Rule::Monthly:
        return oldest ? tr("oldest monthly archive") : tr("monthly archive");
    case Rule::Yearly:
        return oldest ? tr("oldest yearly archive") : tr("yearly archive");
    case Rule::Newest:
        return tr("newest archive");
    case Rule::Protected:
        return tr("just written and verified");
    }
    return {};
}

QString Retention::describe(const RetentionPolicy& policy)
{
    QStringList parts;
    for (const CountField& f : countFields()) {
        const int value = policy.*f.field;
        if (value != 0)
            parts << u"--keep-%1 %2"_s.arg(
                f.key, value == RetentionPolicy::unlimited ? u"unlimited"_s : QString::number(value));
    }
    return parts.join(u' ');
}

QString Retention::ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Last:
        return u"last"_s;
    case Rule::Hourly:
        return u"hourly"_s;
    case Rule::Daily:
        return u"daily"_s;
    case Rule::Weekly:
        return u"weekly"_s;
    case Rule::Monthly:
        return u"monthly"_s;
    case Rule::Yearly:
        return u"yearly"_s;
    case Rule::Newest:
        return u"newest"_s;
    case Rule::Protected:
        break;
    }
    return u"protected"_s;
}

QString Retention::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Keep:
        return u"keep"_s;
    case Verdict::KeepOldest:
        return u"keepOldest"_s;
    case Verdict::Superseded:
        return u"superseded"_s;
    case Verdict::BeyondCount:
        break;
    }
    return u"beyondCount"_s;
}

} // namespace Colvault
