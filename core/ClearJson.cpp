// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearJson.h"

#include "core/ClearTask.h"
#include "core/ReportJson.h"
#include "core/RestoreTask.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Colvault::ClearJson {

QJsonObject toJson(const ClearPlan& plan)
{
    QJsonArray collections;
    for (const ClearCollectionPlan& c : plan.collections) {
        QJsonObject co {{u"name"_s, c.name}, {u"multiTenant"_s, c.multiTenant}, {u"allTenants"_s, c.allTenants},
            {u"objects"_s, c.objects}};
        if (c.multiTenant) {
            QJsonArray tenants;
            for (const ClearTenantPlan& t : c.tenants) {
                QJsonObject to {{u"name"_s, t.name}, {u"status"_s, t.status}, {u"objects"_s, t.objects},
                    {u"activate"_s, t.activate}};
                if (t.skip) {
                    to.insert(u"skipped"_s, true);
                    to.insert(u"skipReason"_s, t.skipReason);
                }
                tenants.append(to);
            }
            co.insert(u"tenants"_s, tenants);
        }
        collections.append(co);
    }
    QJsonObject backup {{u"enabled"_s, plan.backup}};
    if (plan.backup) {
        backup.insert(u"path"_s, plan.backupPath);
        backup.insert(u"plan"_s, ReportJson::toJson(plan.backupPlan));
    }
    return {{u"kind"_s, u"clearPlan"_s},
        {u"server"_s,
            QJsonObject {{u"url"_s, plan.params.endpoint.redactedUrl()}, {u"version"_s, plan.server.versionString}}},
        {u"method"_s, ClearTask::methodName(plan.params.method)}, {u"collections"_s, collections},
        {u"totalObjects"_s, plan.totalObjects}, {u"totalIsEstimate"_s, plan.totalIsEstimate}, {u"backup"_s, backup},
        {u"undoMode"_s, RestoreTask::modeName(plan.undoMode)}, {u"notes"_s, QJsonArray::fromStringList(plan.notes)},
        {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)}, {u"blocked"_s, plan.isBlocked()},
        {u"problems"_s, QJsonArray::fromStringList(plan.problems)},
        {u"needsConfirmation"_s, QJsonArray::fromStringList(plan.needsConfirmation)}};
}

QJsonObject toJson(const ClearReport& report)
{
    QString outcome = u"succeeded"_s;
    if (report.outcome == ClearReport::Outcome::Failed)
        outcome = u"failed"_s;
    else if (report.outcome == ClearReport::Outcome::Canceled)
        outcome = u"canceled"_s;
    QJsonArray items;
    for (const ClearItemReport& i : report.items) {
        QJsonObject o {{u"collection"_s, i.collection}, {u"planned"_s, i.planned}, {u"deleted"_s, i.deleted},
            {u"remaining"_s, i.remaining}};
        if (!i.tenant.isEmpty())
            o.insert(u"tenant"_s, i.tenant);
        if (i.skipped) {
            o.insert(u"skipped"_s, true);
            o.insert(u"skipReason"_s, i.skipReason);
        }
        items.append(o);
    }
    QJsonObject out {{u"kind"_s, u"clearReport"_s}, {u"outcome"_s, outcome},
        {u"deletionStarted"_s, report.deletionStarted}, {u"backupSkipped"_s, report.backupSkipped},
        {u"backup"_s, report.backupPath}, {u"backupObjects"_s, report.backupObjects},
        {u"undoCommand"_s, report.undoCommand}, {u"deleted"_s, report.deleted}, {u"items"_s, items},
        {u"partial"_s, report.isPartial()}, {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
        {u"durationMs"_s, report.durationMs}};
    if (report.error)
        out.insert(u"error"_s, ReportJson::toJson(report.error));
    return out;
}

} // namespace Colvault::ClearJson
