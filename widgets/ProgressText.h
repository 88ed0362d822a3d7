// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QProgressBar;

namespace Colvault {

struct JobResult;
struct OperationProgress;

// How a running operation's progress reads, shared by the progress dialog (backup) and the wizards' run page
// (clear, restore), so both say the same thing in every language. GUI thread.
class ProgressText
{
    Q_DECLARE_TR_FUNCTIONS(ProgressText)

public:
    // The overall bar: "N of M objects" whenever the total is known (0 included), else busy.
    static void showOverall(QProgressBar* bar, const OperationProgress& p);
    // "Collection A" or "Collection A, tenant t"; empty between items.
    static QString item(const OperationProgress& p);
    // A result line's name of a collection or one of its tenants: "Article" or "Article / tenantA".
    static QString itemName(const QString& collection, const QString& tenant);
    // A result's line for an item that was skipped, with the reason.
    static QString skipped(const QString& collection, const QString& tenant, const QString& reason);
    // A duration in words: "less than a second", "45 s", "2 min 5 s", "1 h 20 min"; "unknown" when negative.
    static QString duration(qint64 ms);
    // A result page's text: the summary, then the skipped items, warnings and failures under their headings.
    static QStringList resultLines(const JobResult& result);
    // What a tenant status as the server names it (HOT, COLD, FROZEN, ACTIVE, …, any case) means for reading it:
    // Changing for the transitional states (FREEZING, …).
    enum class TenantState
    {
        Active,
        Inactive,
        Offloaded,
        Changing
    };
    static TenantState tenantState(const QString& status);
    // A tenant status in words: "active", "inactive", …
    static QString tenantStatus(const QString& status);
};

} // namespace Colvault
