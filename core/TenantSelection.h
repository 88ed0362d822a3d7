// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Colvault {

// Which tenants of one collection an operation takes, from what the user asked for (`--tenants`, the GUI's choice):
// exact names and shell-style patterns (`acme-*`, `t?`, `[a-c]*`, `[!x]*`). One rule for backup, restore, clear and
// copy (docs/cli.md, "Choosing tenants"):
// - nothing asked: every tenant there is;
// - an exact name must be there; a pattern must match at least one tenant there (a pattern that matches nothing is
//   more likely a typo than an empty wish, and clear must never act on "nothing" by accident);
// - the result is sorted and without duplicates, so plans list tenants in one order whatever was asked.
// Tenant names are ASCII letters, digits, '_' and '-' (ArchiveLayout), so any of `*?[` marks a pattern. Patterns
// are case-sensitive, as tenant names are.
// Thread: any (no state).
class TenantSelection
{
    Q_DECLARE_TR_FUNCTIONS(TenantSelection)

public:
    // Where the tenants were listed, for the error messages.
    enum class Place
    {
        Server,
        Archive
    };

    static bool isPattern(const QString& text);
    // A tenant name or a pattern that could match tenant names: what a caller checks before it reads anything.
    static bool isValidChoice(const QString& text);
    // isValidChoice() as an error to show: a Usage error that names `text`, or none.
    static OpError checkChoice(const QString& text);
    static bool matches(const QString& pattern, const QString& name);
    // The compiled form of a pattern, for matching many names (a filter over thousands of tenants).
    static QRegularExpression expression(const QString& pattern);

    // The tenants of `collection` to take from `available`, by `wanted` (empty: all). A NotFound error names the
    // missing tenants or the patterns that matched nothing; a Usage error a choice that is neither name nor pattern.
    static OpError choose(const QStringList& wanted, const QStringList& available, const QString& collection,
        Place place, QStringList* chosen);
};

} // namespace Colvault
