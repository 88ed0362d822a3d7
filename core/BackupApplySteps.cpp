// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupApplySteps.h"

#include "core/ArchiveCompression.h"
#include "core/ObjectsClient.h"

#include <QFileInfo>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Colvault {

BackupApplySteps::BackupApplySteps(OperationContext& ctx, const BackupPlan& plan, ObjectSink& sink)
    : m_ctx(ctx)
    , m_plan(plan)
    , m_params(plan.params)
    , m_sink(sink)
{
    m_timer.start();
    m_ctx.state().objectsTotal = plan.totalIsEstimate ? -1 : plan.totalObjects;
}

bool BackupApplySteps::activatesTenants() const
{
    for (const BackupCollectionPlan& c : m_plan.collections)
        for (const BackupTenantPlan& t : c.tenants)
            if (t.action == BackupTenantPlan::Action::ActivateAndRead)
                return true;
    return false;
}

bool BackupApplySteps::open()
{
    QStringList warnings;
    OpError err = m_sink.open(&warnings);
    for (const QString& w : std::as_const(warnings))
        m_ctx.warn(w);
    if (!err)
        err = m_sink.begin(header());
    return err ? m_ctx.fail(err) : true;
}

SinkHeader BackupApplySteps::header() const
{
    SinkHeader h;
    h.sourceUrl = m_params.endpoint.url;
    h.serverVersion = m_plan.server.versionString;
    h.modules = m_plan.server.meta.value(u"modules"_s).toObject();
    QJsonObject tenantFilter;
    for (auto it = m_params.tenants.begin(); it != m_params.tenants.end(); ++it)
        tenantFilter.insert(it.key(), QJsonArray::fromStringList(it.value()));
    h.options = QJsonObject {
        {u"schemaOnly"_s, m_params.schemaOnly},
        {u"includeVectors"_s, m_params.includeVectors},
        {u"activateTenants"_s, m_params.activateTenants},
        {u"compression"_s, compressionName(m_params.compression)},
        {u"compressionLevel"_s, m_params.compressionLevel},
        {u"pageSize"_s, m_params.pageSize},
        {u"collections"_s, QJsonArray::fromStringList(m_params.collections)},
        {u"tenants"_s, tenantFilter},
    };
    for (const BackupCollectionPlan& c : m_plan.collections) {
        SinkCollection sc {c.name, c.classRaw, c.multiTenant, {}};
        for (const BackupTenantPlan& t : c.tenants)
            if (m_params.schemaOnly || t.willRead())
                sc.tenants.append({t.name, t.status});
        h.collections.append(sc);
    }
    return h;
}

bool BackupApplySteps::activateTenants()
{
    for (const BackupCollectionPlan& c : m_plan.collections) {
        QList<TenantStatusGuard::Tenant> cold;
        for (const BackupTenantPlan& t : c.tenants)
            if (t.action == BackupTenantPlan::Action::ActivateAndRead)
                cold.append({t.name, t.status});
        if (cold.isEmpty())
            continue;
        if (m_ctx.isCanceled())
            return false;
        m_ctx.state().collection = c.name;
        m_ctx.progress().update(true);
        if (const HttpResult r = m_ctx.tenantStatuses().activate(m_ctx.client(), c.name, cold); !r.ok())
            return m_ctx.failed(r);
    }
    return true;
}

bool BackupApplySteps::readObjects()
{
    for (const BackupCollectionPlan& c : m_plan.collections) {
        // A collection without multi-tenancy is read as one shard, a "tenant" named "".
        const QList<BackupTenantPlan> shards
            = c.multiTenant ? c.tenants : QList<BackupTenantPlan> {BackupTenantPlan {}};
        for (const BackupTenantPlan& t : shards) {
            if (!t.willRead()) {
                skipShard(c, t);
                continue;
            }
            if (!readShard(c, t))
                return false;
        }
    }
    return true;
}

void BackupApplySteps::skipShard(const BackupCollectionPlan& c, const BackupTenantPlan& t)
{
    BackupTenantReport item;
    item.collection = c.name;
    item.tenant = t.name;
    item.skipped = true;
    item.skipReason = t.action == BackupTenantPlan::Action::SkipInactive ? tr("inactive (%1)").arg(t.status)
        : t.action == BackupTenantPlan::Action::SkipOffloaded            ? tr("offloaded (%1)").arg(t.status)
                                                                         : tr("changing status (%1)").arg(t.status);
    m_report.items.append(item);
    m_skipped.append(QJsonObject {{u"collection"_s, c.name}, {u"tenant"_s, t.name}, {u"status"_s, t.status}});
}

bool BackupApplySteps::readShard(const BackupCollectionPlan& c, const BackupTenantPlan& t)
{
    if (m_ctx.isCanceled())
        return false;
    m_ctx.state().collection = c.name;
    m_ctx.state().tenant = t.name;
    m_ctx.state().text
        = t.name.isEmpty() ? tr("Reading %1…").arg(c.name) : tr("Reading %1, tenant %2…").arg(c.name, t.name);
    m_ctx.progress().update(true);

    BackupTenantReport item;
    item.collection = c.name;
    item.tenant = t.name;
    OpError err;
    item.countBefore = m_ctx.client().objectCount(c.name, t.name, &err);
    if (err)
        return m_ctx.fail(err);
    if (m_ctx.isCanceled())
        return false;
    if ((err = m_sink.beginShard(c.name, t.name)))
        return m_ctx.fail(err);
    if (!readPages(c.name, t.name, &item))
        return false;
    if ((err = m_sink.endShard()))
        return m_ctx.fail(err);
    item.countAfter = m_ctx.client().objectCount(c.name, t.name, &err);
    if (err)
        return m_ctx.fail(err);
    if (m_ctx.isCanceled())
        return false; // the count did not happen: no warning about a change
    warnIfChanged(item);
    m_report.items.append(item);
    return true;
}

bool BackupApplySteps::readPages(const QString& collection, const QString& tenant, BackupTenantReport* item)
{
    ObjectsClient objects(m_ctx.client());
    ObjectsPageQuery query {.className = collection,
        .tenant = tenant,
        .after = {},
        .limit = m_params.pageSize,
        .withVectors = m_params.includeVectors};
    WeaviateClient::PendingRequest pending = objects.startPage(query);
    while (true) {
        HttpResult page = m_ctx.client().finish(pending);
        if (!page.ok())
            return m_ctx.failed(page);
        m_report.wireBytes += page.body.size();
        m_ctx.state().bytesDone = m_report.wireBytes;
        OpError err;
        if (!m_parser.parse(page.body, query.after, &err)) {
            err.details = QStringLiteral("%1 / %2 after \"%3\": %4")
                              .arg(collection, tenant, QString::fromStdString(query.after), err.details);
            return m_ctx.fail(err);
        }
        const size_t n = m_parser.count();
        const bool more = n == size_t(m_params.pageSize);
        // The next page travels while this one is compressed and written.
        if (more) {
            query.after = m_parser.lastId();
            pending = objects.startPage(query);
        }
        if (n > 0 && (err = m_sink.writePage(std::span<const PageObject>(&m_parser.object(0), n)))) {
            m_ctx.client().discard(pending);
            return m_ctx.fail(err);
        }
        item->objects += qint64(n);
        m_report.objects += qint64(n);
        m_ctx.state().objectsDone = m_report.objects;
        m_ctx.progress().update();
        if (!more)
            return true;
        if (m_ctx.isCanceled()) {
            m_ctx.client().discard(pending);
            return false;
        }
    }
}

void BackupApplySteps::warnIfChanged(const BackupTenantReport& item)
{
    if (item.countAfter == item.countBefore && item.objects == item.countBefore)
        return;
    const QString where
        = item.tenant.isEmpty() ? item.collection : tr("%1, tenant %2").arg(item.collection, item.tenant);
    m_ctx.warn(tr("%1 changed during the backup: %2 objects before, %3 after, %4 written.")
                   .arg(where, QLocale().toString(item.countBefore), QLocale().toString(item.countAfter),
                       QLocale().toString(item.objects)));
}

bool BackupApplySteps::putTenantStatusesBack()
{
    for (const QString& problem : m_ctx.tenantStatuses().putBack())
        m_ctx.warn(problem);
    return true;
}

bool BackupApplySteps::commit()
{
    m_withPlanWarnings = true;
    const QStringList warnings = m_plan.warnings + m_ctx.warnings();
    const QJsonObject summary {{u"durationMs"_s, m_timer.elapsed()}, {u"objects"_s, m_report.objects},
        {u"skippedTenants"_s, m_skipped}, {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
    // The last chance to cancel: once committed, the archive is at its destination.
    if (m_ctx.isCanceled())
        return false;
    if (OpError err = m_sink.commit(summary))
        return m_ctx.fail(err);
    m_committed = true;
    return true;
}

BackupReport BackupApplySteps::finish(OperationContext::End end)
{
    if (m_committed)
        end = OperationContext::End::Succeeded;
    if (end != OperationContext::End::Succeeded)
        m_sink.abort();
    const QStringList warnings = m_ctx.finish(); // puts back what a failure or cancel left activated
    m_report.warnings = m_withPlanWarnings ? m_plan.warnings + warnings : warnings;
    m_report.durationMs = m_timer.elapsed();
    switch (end) {
    case OperationContext::End::Succeeded:
        m_report.outcome = BackupReport::Outcome::Succeeded;
        m_report.archivePath = m_params.destination;
        m_report.archiveBytes = QFileInfo(m_params.destination).size();
        m_ctx.state().text = tr("Backup finished.");
        m_ctx.progress().update(true);
        break;
    case OperationContext::End::Canceled:
        m_report.outcome = BackupReport::Outcome::Canceled;
        break;
    case OperationContext::End::Failed:
        m_report.outcome = BackupReport::Outcome::Failed;
        m_report.error = m_ctx.error();
        break;
    }
    return m_report;
}

} // namespace Colvault
