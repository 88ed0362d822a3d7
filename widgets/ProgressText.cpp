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
    if (p.objectsTotal < 0) {
        bar->setRange(0, 0);
        return;
    }
    // Determinate whenever the total is known, also when it is 0 (schema only, empty collections: nothing left).
    const QLocale locale;
    bar->setRange(0, 1000);
    bar->setValue(p.objectsTotal == 0 ? 1000 : int(std::min<qint64>(1000, p.objectsDone * 1000 / p.objectsTotal)));
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

QString ProgressText::itemName(const QString& collection, const QString& tenant)
{
    //: %1 collection, %2 tenant
    return tenant.isEmpty() ? collection : tr("%1 / %2").arg(collection, tenant);
}

QString ProgressText::skipped(const QString& collection, const QString& tenant, const QString& reason)
{
    if (tenant.isEmpty())
        //: %1 collection, %2 the reason it was skipped
        return tr("%1: %2").arg(collection, reason);
    //: %1 collection, %2 tenant, %3 the reason it was skipped
    return tr("%1 / %2: %3").arg(collection, tenant, reason);
}

QString ProgressText::duration(qint64 ms)
{
    if (ms < 0)
        return tr("unknown", "duration");
    if (ms < 1000)
        return tr("less than a second");
    const QLocale locale;
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds < 60)
        //: a duration; %1 seconds
        return tr("%1 s").arg(locale.toString(seconds));
    if (seconds < 3600)
        //: a duration; %1 minutes, %2 seconds
        return tr("%1 min %2 s").arg(locale.toString(seconds / 60), locale.toString(seconds % 60));
    //: a duration; %1 hours, %2 minutes
    return tr("%1 h %2 min").arg(locale.toString(seconds / 3600), locale.toString(seconds % 3600 / 60));
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
    section(tr("Written:"), result.written);
    section(tr("Skipped:"), result.skipped);
    section(tr("Warnings:"), result.warnings);
    section(tr("Failures:"), result.failures);
    return lines;
}

ProgressText::TenantState ProgressText::tenantState(const QString& status)
{
    const QString s = status.toUpper();
    if (s.isEmpty() || s == u"HOT" || s == u"ACTIVE")
        return TenantState::Active;
    if (s == u"COLD" || s == u"INACTIVE")
        return TenantState::Inactive;
    if (s == u"FROZEN" || s == u"OFFLOADED")
        return TenantState::Offloaded;
    return TenantState::Changing;
}

QString ProgressText::tenantStatus(const QString& status)
{
    switch (tenantState(status)) {
    case TenantState::Active:
        return tr("active", "tenant status");
    case TenantState::Inactive:
        return tr("inactive", "tenant status");
    case TenantState::Offloaded:
        return tr("offloaded to cloud storage", "tenant status");
    case TenantState::Changing:
        break;
    }
    //: %1 the status as the server names it, e.g. FREEZING
    return tr("changing its status (%1)", "tenant status").arg(status);
}

} // namespace Colvault
