// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ProgressText.h"

#include "core/OperationProgress.h"
#include "widgets/JobProgressDialog.h"

#include <QLocale>
#include <QProgressBar>

#include <algorithm>

namespace Colvault {

void ProgressText::showOverall(QProgressBar* bar, const OperationProgress& p)
{
    if (p.objectsTotal <= 0) {
        bar->setRange(0, 0);
        return;
    }
    const QLocale locale;
    bar->setRange(0, 1000);
    bar->setValue(int(std::min<qint64>(1000, p.objectsDone * 1000 / p.objectsTotal)));
    //: %1 objects done of %2
    bar->setFormat(tr("%1 of %2 objects").arg(locale.toString(p.objectsDone), locale.toString(p.objectsTotal)));
}

QString ProgressText::item(const OperationProgress& p)
{
    if (p.collection.isEmpty())
        return {};
    if (p.tenant.isEmpty())
        return tr("Collection %1").arg(p.collection);
    //: %1 is a collection, %2 one of its tenants
    return tr("Collection %1, tenant %2").arg(p.collection, p.tenant);
}

QStringList ProgressText::resultLines(const JobResult& result)
{
    QStringList lines = result.summary;
    auto section = [&lines](const QString& title, const QStringList& items) {
        if (items.isEmpty())
            return;
        lines.append(QString());
        lines.append(title);
        for (const QString& i : items)
            lines.append(QStringLiteral("  • ") + i);
    };
    section(tr("Skipped:"), result.skipped);
    section(tr("Warnings:"), result.warnings);
    section(tr("Failures:"), result.failures);
    return lines;
}

} // namespace Colvault
