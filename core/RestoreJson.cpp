// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreJson.h"

#include "core/ReportJson.h"
#include "core/RestoreTask.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Colvault::RestoreJson {

namespace {

QString actionName(RestoreCollectionPlan::Action action)
{
    switch (action) {
    case RestoreCollectionPlan::Action::Create:
        return u"create"_s;
    case RestoreCollectionPlan::Action::Replace:
        return u"replace"_s;
    case RestoreCollectionPlan::Action::UseExisting:
        return u"existing"_s;
    }
    return {};
}

QString aliasActionName(RestoreAliasPlan::Action action)
{
    switch (action) {
    case RestoreAliasPlan::Action::Create:
        return u"create"_s;
    case RestoreAliasPlan::Action::Unchanged:
        return u"unchanged"_s;
    case RestoreAliasPlan::Action::Move:
        return u"move"_s;
    case RestoreAliasPlan::Action::Blocked:
        return u"blocked"_s;
    }
    return {};
}

QString aliasStateName(AliasRecord::State state)
{
    switch (state) {
    case AliasRecord::State::NotRecorded:
        return u"notRecorded"_s;
    case AliasRecord::State::Unsupported:
        return u"unsupported"_s;
    case AliasRecord::State::Recorded:
        return u"recorded"_s;
    }
    return {};
}

QJsonArray aliasesJson(const QList<RestoreAliasPlan>& aliases)
{
    QJsonArray out;
    for (const RestoreAliasPlan& a : aliases)
        out.append(QJsonObject {{u"alias"_s, a.alias}, {u"collection"_s, a.collection}, {u"current"_s, a.current},
            {u"action"_s, aliasActionName(a.action)}, {u"swap"_s, a.swap}});
    return out;
}

// RestoreVectors::Omit: what computes each vector on the target, and how many objects it embeds.
QJsonArray vectorizersJson(const QList<RestoreVectorizerPlan>& vectorizers)
{
    QJsonArray out;
    for (const RestoreVectorizerPlan& v : vectorizers)
        out.append(QJsonObject {
            {u"vector"_s, v.vector}, {u"module"_s, v.module}, {u"multi"_s, v.multi}, {u"embeds"_s, v.objects}});
    return out;
}

} // namespace

QJsonObject toJson(const RestoreObjectCounts& c)
{
    return {{u"archived"_s, c.archived}, {u"create"_s, c.create}, {u"overwrite"_s, c.overwrite}, {u"skip"_s, c.skip},
        {u"unchanged"_s, c.unchanged}, {u"targetBefore"_s, c.targetBefore}, {u"expectedAfter"_s, c.expectedAfter()}};
}

QJsonObject toJson(const RestorePlan& plan)
{
    QJsonArray collections;
    for (const RestoreCollectionPlan& c : plan.collections) {
        QJsonArray conflicts;
        for (const auto& t : c.diff.typeConflicts)
            conflicts.append(
                QJsonObject {{u"property"_s, t.name}, {u"archive"_s, t.archiveType}, {u"target"_s, t.targetType}});
        QJsonArray tenants;
        for (const RestoreTenantPlan& t : c.tenants)
            tenants.append(QJsonObject {{u"name"_s, t.name}, {u"archivedStatus"_s, t.archivedStatus},
                {u"create"_s, t.create}, {u"targetStatus"_s, t.targetStatus}, {u"activate"_s, t.activate},
                {u"finalStatus"_s, t.finalStatus}, {u"objects"_s, toJson(t.objects)}});
        collections.append(QJsonObject {
            {u"source"_s, c.source},
            {u"target"_s, c.target},
            {u"multiTenant"_s, c.multiTenant},
            {u"action"_s, actionName(c.action)},
            {u"schema"_s,
                QJsonObject {{u"onlyInArchive"_s, QJsonArray::fromStringList(c.diff.onlyInArchive)},
                    {u"onlyInTarget"_s, QJsonArray::fromStringList(c.diff.onlyInTarget)},
                    {u"typeConflicts"_s, conflicts},
                    {u"missingModules"_s, QJsonArray::fromStringList(c.diff.missingModules)},
                    {u"replicationFactor"_s, c.diff.replicationFactor}, {u"targetNodes"_s, c.diff.targetNodes},
                    {u"unsupported"_s, QJsonArray::fromStringList(c.diff.unsupported)}}},
            {u"tenants"_s, tenants},
            {u"objects"_s, toJson(c.objects)},
            {u"vectorizers"_s, vectorizersJson(c.vectorizers)},
            {u"problems"_s, QJsonArray::fromStringList(c.problems)},
        });
    }
    return {{u"kind"_s, u"restorePlan"_s}, {u"target"_s, plan.params.endpoint.redactedUrl()},
        {u"archive"_s, plan.params.archivePath}, {u"mode"_s, RestoreTask::modeName(plan.params.mode)},
        {u"vectors"_s, plan.params.vectors == RestoreVectors::Omit ? u"omit"_s : u"keep"_s},
        {u"serverVersion"_s, plan.server.versionString}, {u"archiveServerVersion"_s, plan.archiveServerVersion},
        {u"collections"_s, collections}, {u"totals"_s, toJson(plan.totals)}, {u"blocked"_s, plan.isBlocked()},
        {u"problems"_s, QJsonArray::fromStringList(plan.problems)},
        {u"warnings"_s, QJsonArray::fromStringList(plan.warnings)},
        {u"needsConfirmation"_s, QJsonArray::fromStringList(plan.needsConfirmation)},
        {u"sourceAliases"_s, aliasStateName(plan.archivedAliases)}, {u"aliases"_s, aliasesJson(plan.aliases)}};
}

QJsonObject toJson(const RestoreReport& report)
{
    QString outcome = u"succeeded"_s;
    if (report.outcome == RestoreReport::Outcome::Failed)
        outcome = u"failed"_s;
    else if (report.outcome == RestoreReport::Outcome::Canceled)
        outcome = u"canceled"_s;
    QJsonArray items;
    for (const RestoreCollectionReport& i : report.items)
        items.append(QJsonObject {{u"collection"_s, i.collection}, {u"tenant"_s, i.tenant}, {u"written"_s, i.written},
            {u"references"_s, i.references}, {u"expected"_s, i.expected}, {u"counted"_s, i.counted}});
    QJsonArray failures;
    for (const RestoreFailure& f : report.failures)
        failures.append(QJsonObject {
            {u"collection"_s, f.collection}, {u"tenant"_s, f.tenant}, {u"id"_s, f.id}, {u"message"_s, f.message}});
    QJsonObject out {{u"kind"_s, u"restoreReport"_s}, {u"outcome"_s, outcome}, {u"items"_s, items},
        {u"failures"_s, failures}, {u"failureCount"_s, report.failureCount},
        {u"countMismatches"_s, QJsonArray::fromStringList(report.countMismatches)},
        {u"warnings"_s, QJsonArray::fromStringList(report.warnings)}, {u"objects"_s, report.objects},
        {u"references"_s, report.references}, {u"durationMs"_s, report.durationMs},
        {u"aliases"_s, aliasesJson(report.aliases)}};
    if (report.error)
        out.insert(u"error"_s, ReportJson::toJson(report.error));
    return out;
}

} // namespace Colvault::RestoreJson
