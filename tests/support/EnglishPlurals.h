// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QRegularExpression>
#include <QString>

namespace TestSupport {

// The English plural forms as tools/fill-english-plurals.py writes them into colvault_en.ts ("%n tenant(s)" →
// "1 tenant", "2 tenants"), for a build whose .qm does not have the newest strings yet: with them, a no-op.
inline QString english(QString text)
{
    static const QRegularExpression plural(QStringLiteral("(\\d[\\d,]*) (\\w+)\\(s\\)"));
    QRegularExpressionMatch m;
    while ((m = plural.match(text)).hasMatch())
        text.replace(m.capturedStart(), m.capturedLength(),
            m.captured(1) + u' ' + m.captured(2) + (m.captured(1) == u"1" ? QString() : QStringLiteral("s")));
    return text;
}

} // namespace TestSupport
