// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupApplySteps.h"

#include "core/ArchiveCompression.h"
#include "core/Logging.h"

#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

BackupApplySteps::BackupApplySteps(OperationContext& ctx, const BackupPlan& plan, ArchiveSink& sink)
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
        err = m_sink.begin(header(m_plan));
    return err ? m_ctx.fail(err) : true;
}

SinkHeader BackupApplySteps::header(const BackupPlan& plan)
{
    SinkHeader h;
    h.sourceUrl = plan.params.endpoint.url;
    h.serverVersion = plan.server.versionString;
    h.modules = plan.server.meta.value(u"modules"_s).toObject();
    QJsonObject tenantFilter;
    for (auto it = plan.params.tenants.begin(); it != plan.params.tenants.end(); ++it)
        tenantFilter.insert(it.key(), QJsonArray::fromStringList(it.value()));
    h.options = QJsonObject {
        {u"schemaOnly"_s, plan.params.schemaOnly},
        {u"includeVectors"_s, plan.params.includeVectors},
        {u"activateTenants"_s, plan.params.activateTenants},
        {u"compression"_s, compressionName(plan.params.compression)},
        {u"compressionLevel"_s, plan.params.compressionLevel},
        {u"pageSize"_s, plan.params.pageSize},
        {u"collections"_s, QJsonArray::fromStringList(plan.params.collections)},
        {u"tenants"_s, tenantFilter},
    };
    if (!plan.params.job.isEmpty())
        h.options.insert(u"job"_s, plan.params.job.toJson()); // what retention recognises the job's archives by
    // What a restore recreates; "unsupported" and "not recorded" are not "none" (AliasRecord).
    if (plan.aliases.state != AliasRecord::State::NotRecorded)
        h.options.insert(u"aliases"_s, plan.aliases.toJson());
    for (const BackupCollectionPlan& c : plan.collections) {
        SinkCollection sc {c.name, c.classRaw, c.multiTenant, {}};
        for (const BackupTenantPlan& t : c.tenants)
            if (plan.params.schemaOnly || t.willRead())
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
    listShards();
    qsizetype written = 0; // shards written completely
    const bool ok = !m_shards.isEmpty() && countShards(false) && writeShards(&written) && countShards(true);
    if (m_shards.isEmpty() || ok) {
        for (const BackupTenantReport& item : std::as_const(m_items))
            if (!item.skipped)
                warnIfChanged(item);
        m_report.items += m_items;
        return true;
    }
    // The shards written so far, and the skipped ones before them.
    const qsizetype reported = written < m_shards.size() ? m_itemOfShard[written] : m_items.size();
    m_report.items += m_items.mid(0, reported);
    return false;
}

void BackupApplySteps::listShards()
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
            BackupTenantReport item;
            item.collection = c.name;
            item.tenant = t.name;
            m_itemOfShard.append(m_items.size());
            m_items.append(item);
            m_shards.append({c.name, t.name, -1});
        }
    }
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
    m_items.append(item);
    m_skipped.append(QJsonObject {{u"collection"_s, c.name}, {u"tenant"_s, t.name}, {u"status"_s, t.status}});
}

// Exact counts of the shards read, one call per collection (WeaviateClient::objectCounts asks for many tenants per
// request): before reading, which also sizes the reader's requests, and after it, so that a change during the
// backup is reported.
bool BackupApplySteps::countShards(bool after)
{
    for (qsizetype first = 0, end = 0; first < m_shards.size(); first = end) {
        const QString collection = m_shards[first].collection;
        QStringList tenants;
        for (end = first; end < m_shards.size() && m_shards[end].collection == collection; ++end)
            tenants << m_shards[end].tenant;
        OpError err;
        QList<qint64> counts;
        if (tenants == QStringList {QString()})
            counts = {m_ctx.client().objectCount(collection, QString(), &err)};
        else if (!m_ctx.client().objectCounts(collection, tenants, &counts, &err) && !err)
            return false; // canceled
        if (err)
            return m_ctx.fail(err);
        if (m_ctx.isCanceled())
            return false; // the count did not happen: no warning about a change
        for (qsizetype i = first; i < end; ++i) {
            BackupTenantReport& item = m_items[m_itemOfShard[i]];
            (after ? item.countAfter : item.countBefore) = counts.value(i - first, -1);
            m_shards[i].objects = item.countBefore;
        }
    }
    return true;
}

BackupPageReader::Options BackupApplySteps::readerOptions() const
{
    BackupPageReader::Options o;
    o.pageSize = m_params.pageSize;
    o.withVectors = m_params.includeVectors;
    // The plan's one-object sample tells how large the first pages will be.
    for (const BackupCollectionPlan& c : m_plan.collections)
        if (c.objects > 0 && c.estimatedBytes > 0)
            o.bytesPerObject = std::max(o.bytesPerObject, c.estimatedBytes / c.objects);
    return o;
}

// Every shard, page by page, into the sink, in order. The reader asks for the pages on a thread of its own: the
// first pages of the next shards travel while this thread writes the current one.
bool BackupApplySteps::writeShards(qsizetype* written)
{
    BackupPageReader reader(
        m_ctx.endpoint(), [this] { return m_ctx.isCanceled(); }, m_shards, readerOptions());
    for (qsizetype i = 0; i < m_shards.size(); ++i) {
        const BackupPageReader::Shard& s = m_shards[i];
        if (m_ctx.isCanceled())
            return false;
        m_ctx.state().collection = s.collection;
        m_ctx.state().tenant = s.tenant;
        m_ctx.state().text = s.tenant.isEmpty() ? tr("Reading %1…").arg(s.collection)
                                                : tr("Reading %1, tenant %2…").arg(s.collection, s.tenant);
        m_ctx.progress().update(true);
        if (OpError err = m_sink.beginShard(s.collection, s.tenant))
            return m_ctx.fail(err);
        if (!writePages(reader, &m_items[m_itemOfShard[i]]))
            return false;
        if (OpError err = m_sink.endShard())
            return m_ctx.fail(err);
        *written = i + 1;
    }
    const BackupPageReader::Stats stats = reader.stats();
    qCInfo(lcBackup).noquote() << m_shards.size() << "shards read with" << stats.requests << "page requests, at most"
                               << stats.peakRequestsInFlight << "in flight;" << stats.grpcPages
                               << "with their vectors over gRPC," << stats.pagesReadAgain << "read again over REST";
    return true;
}

bool BackupApplySteps::writePages(BackupPageReader& reader, BackupTenantReport* item)
{
    while (true) {
        BackupPageReader::Page page;
        if (!reader.next(&page)) {
            const OpError err = reader.error();
            return err ? m_ctx.fail(err) : false;
        }
        m_report.wireBytes += page.wireBytes;
        m_ctx.state().bytesDone = m_report.wireBytes;
        if (!page.objects.empty()) {
            if (OpError err = m_sink.writePage(page.objects))
                return m_ctx.fail(err);
        }
        item->objects += qint64(page.objects.size());
        m_report.objects += qint64(page.objects.size());
        m_ctx.state().objectsDone = m_report.objects;
        m_ctx.progress().update();
        if (page.lastOfShard)
            return true;
        if (m_ctx.isCanceled())
            return false;
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
        m_report.archiveBytes = m_sink.bytesWritten(); // a file's or an object's: no request, no stat
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
