// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ReportJson.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace Colvault::ReportJson {

namespace {

QString codeName(OpError::Code code)
{
    switch (code) {
    case OpError::Code::None:
        return u"none"_s;
    case OpError::Code::Network:
        return u"network"_s;
    case OpError::Code::Http:
        return u"http"_s;
    case OpError::Code::Auth:
        return u"auth"_s;
    case OpError::Code::NotFound:
        return u"notFound"_s;
    case OpError::Code::Io:
        return u"io"_s;
    case OpError::Code::Format:
        return u"format"_s;
    case OpError::Code::Conflict:
        return u"conflict"_s;
    case OpError::Code::Usage:
        return u"usage"_s;
    case OpError::Code::Internal:
        return u"internal"_s;
    }
    return {};
}

QString actionName(BackupTenantPlan::Action a)
{
    switch (a) {
    case BackupTenantPlan::Action::Read:
        return u"read"_s;
    case BackupTenantPlan::Action::ActivateAndRead:
        return u"activateAndRead"_s;
    case BackupTenantPlan::Action::SkipInactive:
        return u"skipInactive"_s;
    case BackupTenantPlan::Action::SkipOffloaded:
        return u"skipOffloaded"_s;
    case BackupTenantPlan::Action::SkipTransitional:
        return u"skipTransitional"_s;
    }
    return {};
}

} // namespace

QJsonObject toJson(const OpError& error)
{
    QJsonObject o {{u"code"_s, codeName(error.code)}, {u"message"_s, error.message}, {u"details"_s, error.details}};
    if (error.httpStatus)
        o.insert(u"httpStatus"_s, error.httpStatus);
    return o;
}

QJsonObject toJson(const BackupPlan& plan)
{
    QJsonArray collections;
    for (const BackupCollectionPlan& c : plan.collections) {
        QJsonObject co {{u"name"_s, c.name}, {u"multiTenant"_s, c.multiTenant}, {u"objects"_s, c.objects},
            {u"estimatedBytes"_s, c.estimatedBytes}};
        if (c.multiTenant) {
            QJsonArray tenants;
            for (const BackupTenantPlan& t : c.tenants)
                tenants.append(QJsonObject {{u"name"_s, t.name}, {u"status"_s, t.status},
                    {u"action"_s, actionName(t.action)}, {u"objects"_s, t.objects}});
            co.insert(u"tenants"_s, tenants);
        }
        collections.append(co);
    }
    return {
        {u"kind"_s, u"backupPlan"_s},
        {u"server"_s,
            QJsonObject {{u"url"_s, plan.params.endpoint.redactedUrl()}, {u"version"_s, plan.server.versionString}}},
        {u"destination"_s, plan.params.destination},
        {u"schemaOnly"_s, plan.params.schemaOnly},
        {u"includeVectors"_s, plan.params.includeVectors},
        {u"compression"_s, compressionName(plan.params.compression)},
        {u"collections"_s, collections},
        {u"totalObjects"_s, plan.totalObjects},
        {u"totalIsEstimate"_s, plan.totalIsEstimate},
        {u"estimatedWireBytes"_s, plan.estimatedWireBytes},
        {u"estimatedArchiveBytes"_s, plan.estimatedArchiveBytes},
        {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)},
    };
}

QJsonObject toJson(const BackupReport& report)
{
    QJsonArray items;
    for (const BackupTenantReport& i : report.items) {
        QJsonObject o {{u"collection"_s, i.collection}, {u"objects"_s, i.objects}, {u"countBefore"_s, i.countBefore},
            {u"countAfter"_s, i.countAfter}};
        if (!i.tenant.isEmpty())
            o.insert(u"tenant"_s, i.tenant);
        if (i.skipped) {
            o.insert(u"skipped"_s, true);
            o.insert(u"skipReason"_s, i.skipReason);
        }
        items.append(o);
    }
    QString outcome = u"succeeded"_s;
    if (report.outcome == BackupReport::Outcome::Failed)
        outcome = u"failed"_s;
    else if (report.outcome == BackupReport::Outcome::Canceled)
        outcome = u"canceled"_s;
    QJsonObject o {
        {u"kind"_s, u"backupReport"_s},
        {u"outcome"_s, outcome},
        {u"archive"_s, report.archivePath},
        {u"archiveBytes"_s, report.archiveBytes},
        {u"objects"_s, report.objects},
        {u"wireBytes"_s, report.wireBytes},
        {u"durationMs"_s, report.durationMs},
        {u"items"_s, items},
        {u"warnings"_s, QJsonArray::fromStringList(report.warnings)},
    };
    if (report.error.isError())
        o.insert(u"error"_s, toJson(report.error));
    return o;
}

} // namespace Colvault::ReportJson
