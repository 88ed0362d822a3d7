// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/TenantSelection.h"

#include "core/ArchiveLayout.h"

#include <QRegularExpression>
#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// Qt's wildcard conversion: `*`, `?`, `[...]` and `[!...]` as a shell has them, anchored at both ends.
QRegularExpression patternExpression(const QString& pattern)
{
    return QRegularExpression(QRegularExpression::wildcardToRegularExpression(pattern));
}

bool isPatternCharacter(QChar c)
{
    return c == u'*' || c == u'?' || c == u'[' || c == u']' || c == u'!' || c == u'^';
}

} // namespace

bool TenantSelection::isPattern(const QString& text)
{
    return text.contains(u'*') || text.contains(u'?') || text.contains(u'[');
}

bool TenantSelection::isValidChoice(const QString& text)
{
    if (!isPattern(text))
        return ArchiveLayout::isValidTenantName(text);
    if (text.size() > 256)
        return false;
    for (const QChar c : text) {
        const bool nameCharacter = (c.isLetterOrNumber() && c.unicode() < 128) || c == u'_' || c == u'-';
        if (!nameCharacter && !isPatternCharacter(c))
            return false;
    }
    // An unclosed `[` is not a set: the shell would take it literally, which no tenant name can hold.
    const qsizetype open = text.lastIndexOf(u'[');
    if (open >= 0 && text.indexOf(u']', open + 1) < 0)
        return false;
    return patternExpression(text).isValid();
}

OpError TenantSelection::checkChoice(const QString& text)
{
    if (isValidChoice(text))
        return {};
    return OpError::make(OpError::Code::Usage,
        tr("\"%1\" is neither a tenant name nor a pattern of them (letters, digits, _ and -, with *, ? and [...]).")
            .arg(text));
}

QRegularExpression TenantSelection::expression(const QString& pattern)
{
    return patternExpression(pattern);
}

bool TenantSelection::matches(const QString& pattern, const QString& name)
{
    if (!isPattern(pattern))
        return pattern == name;
    return patternExpression(pattern).match(name).hasMatch();
}

OpError TenantSelection::choose(const QStringList& wanted, const QStringList& available, const QString& collection,
    Place place, QStringList* chosen)
{
    QSet<QString> taken;
    QStringList missing;
    QStringList unmatched;
    const QSet<QString> there(available.begin(), available.end());
    for (const QString& choice : wanted) {
        if (OpError error = checkChoice(choice))
            return error;
        if (!isPattern(choice)) {
            if (there.contains(choice))
                taken.insert(choice);
            else
                missing << choice;
            continue;
        }
        const QRegularExpression expression = patternExpression(choice);
        bool any = false;
        for (const QString& name : available)
            if (expression.match(name).hasMatch()) {
                taken.insert(name);
                any = true;
            }
        if (!any)
            unmatched << choice;
    }
    if (!missing.isEmpty())
        return OpError::make(OpError::Code::NotFound,
            place == Place::Server
                ? tr("%Ln tenant(s) not found in \"%1\": %2.", nullptr, int(missing.size()))
                      .arg(collection, missing.join(u", "_s))
                : tr("%Ln tenant(s) not found in the archive's \"%1\": %2.", nullptr, int(missing.size()))
                      .arg(collection, missing.join(u", "_s)));
    if (!unmatched.isEmpty())
        return OpError::make(OpError::Code::NotFound,
            place == Place::Server
                ? tr("%Ln pattern(s) match no tenant of \"%1\": %2.", nullptr, int(unmatched.size()))
                      .arg(collection, unmatched.join(u", "_s))
                : tr("%Ln pattern(s) match no tenant of the archive's \"%1\": %2.", nullptr, int(unmatched.size()))
                      .arg(collection, unmatched.join(u", "_s)));
    *chosen = wanted.isEmpty() ? available : QStringList(taken.begin(), taken.end());
    chosen->removeDuplicates();
    std::sort(chosen->begin(), chosen->end());
    return {};
}

} // namespace Colvault
