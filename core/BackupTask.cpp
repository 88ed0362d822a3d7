// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"

#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveTenants.h"
#include "core/ArchiveWriter.h"
#include "core/BackupPlanSteps.h"
#include "core/Logging.h"
#include "core/ObjectPageParser.h"
#include "core/OperationContext.h"
#include "core/SegmentWriter.h"
#include "core/Version.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <optional>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

QUrlQuery pageQuery(const QString& collection, const QString& tenant, const std::string& after, int limit, bool vectors)
{
    QUrlQuery q;
    q.addQueryItem(u"class"_s, collection);
    q.addQueryItem(u"limit"_s, QString::number(limit));
    if (vectors)
        q.addQueryItem(u"include"_s, u"vector"_s);
    if (!after.empty())
        q.addQueryItem(u"after"_s, QString::fromStdString(after));
    if (!tenant.isEmpty())
        q.addQueryItem(u"tenant"_s, tenant);
    return q;
}

// Puts tenants activated for the backup back to their original status, also on failure and cancel. It uses its
// own client without the cancel check: a canceled backup must still restore what it changed.
class TenantRestorer
{
public:
    explicit TenantRestorer(const WeaviateEndpoint& endpoint)
        : m_endpoint(endpoint)
    {
    }
    ~TenantRestorer() { restore(nullptr); }

    void remember(const QString& collection, const QString& tenant, const QString& originalStatus)
    {
        m_changed.append({collection, tenant, originalStatus});
    }

    // Returns false (and fills *error) when a status could not be put back.
    bool restore(OpError* error)
    {
        bool ok = true;
        WeaviateClient client(m_endpoint);
        while (!m_changed.isEmpty()) {
            // Weaviate takes at most 100 tenants per update; group by collection.
            const QString collection = m_changed.first().collection;
            QJsonArray body;
            for (qsizetype i = 0; i < m_changed.size() && body.size() < 100;) {
                if (m_changed[i].collection == collection) {
                    body.append(
                        QJsonObject {{u"name"_s, m_changed[i].tenant}, {u"activityStatus"_s, m_changed[i].status}});
                    m_changed.removeAt(i);
                } else {
                    ++i;
                }
            }
            const HttpResult r = client.send("PUT", u"/v1/schema/"_s + collection + u"/tenants"_s,
                QJsonDocument(body).toJson(QJsonDocument::Compact));
            if (!r.ok()) {
                ok = false;
                qCWarning(lcBackup).noquote()
                    << "could not restore tenant statuses of" << collection << ":" << r.error.details;
                if (error && !error->isError())
                    *error = r.error;
            }
        }
        return ok;
    }

private:
    struct Changed
    {
        QString collection;
        QString tenant;
        QString status;
    };
    WeaviateEndpoint m_endpoint;
    QList<Changed> m_changed;
};

} // namespace

QString BackupTask::defaultFileName(
    const QStringList& collections, ArchiveCompression compression, const QDateTime& when)
{
    QString base;
    if (collections.size() == 1)
        base = collections.constFirst();
    else if (collections.isEmpty())
        base = u"weaviate"_s;
    else
        base = collections.constFirst() + u"-and-"_s + QString::number(collections.size() - 1) + u"-more"_s;
    return base + u"_"_s + when.toString(u"yyyy-MM-dd_HHmmss"_s) + compressionSuffix(compression);
}

BackupPlan BackupTask::plan(const BackupParams& params, ProgressSink* sink, OpError* error)
{
    OperationContext ctx(params.endpoint, sink);
    BackupPlanSteps steps(ctx, params);
    const OperationContext::End end = ctx.run({
        {tr("Checking the parameters"), [&] { return steps.checkParameters(); }},
        {tr("Reading the server"), [&] { return steps.readServer(); }},
        {tr("Reading the collections"), [&] { return steps.readCollections(); }},
        {tr("Counting objects"), [&] { return steps.countObjects(); }},
    });
    if (end != OperationContext::End::Completed) {
        if (error)
            *error = end == OperationContext::End::Failed ? ctx.error() : OpError {};
        return {};
    }
    BackupPlan plan = steps.takePlan();
    ctx.state().text = tr("Plan ready.");
    ctx.progress().update(true);
    return plan;
}

BackupReport BackupTask::apply(const BackupPlan& plan, ProgressSink* sink)
{
    BackupReport report;
    QElapsedTimer timer;
    timer.start();
    const BackupParams& params = plan.params;

    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    TenantRestorer restorer(params.endpoint);
    ArchiveWriter writer;
    ProgressMeter meter(sink);
    meter.state().objectsTotal = plan.totalIsEstimate ? -1 : plan.totalObjects;

    auto finishWith = [&](BackupReport::Outcome outcome, OpError error) {
        writer.abort();
        OpError restoreError;
        if (!restorer.restore(&restoreError))
            report.warnings
                << tr("Some tenants could not be put back to their original status: %1").arg(restoreError.message);
        report.outcome = outcome;
        report.error = outcome == BackupReport::Outcome::Failed ? std::move(error) : OpError {};
        report.durationMs = timer.elapsed();
        report.archivePath.clear();
        return report;
    };
    auto canceled = [&] { return finishWith(BackupReport::Outcome::Canceled, {}); };
    auto failed = [&](OpError e) { return finishWith(BackupReport::Outcome::Failed, std::move(e)); };

    OpError err = writer.open(params.destination, params.compression,
        params.compressionLevel >= 0 ? std::optional<int>(params.compressionLevel) : std::nullopt);
    if (err)
        return failed(err);
    // Partial archives of backups into this folder that were killed (SIGKILL, power loss) stay forever otherwise.
    // Ours is locked by now, so it stays, as does any other run's that is still writing.
    for (const QString& stale : ArchiveWriter::removeStalePartials(QFileInfo(writer.finalPath()).absolutePath()))
        report.warnings << tr("Removed \"%1\", an unfinished archive left by an earlier backup that was interrupted.")
                               .arg(QDir::toNativeSeparators(stale));

    // The manifest first: a reader learns what the archive holds from its head alone.
    ArchiveManifest manifest;
    manifest.toolVersion = versionString();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.sourceUrl = params.endpoint.url;
    manifest.serverVersion = plan.server.versionString;
    manifest.modules = plan.server.meta.value(u"modules"_s).toObject();
    QJsonObject tenantFilter;
    for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it)
        tenantFilter.insert(it.key(), QJsonArray::fromStringList(it.value()));
    manifest.options = QJsonObject {
        {u"schemaOnly"_s, params.schemaOnly},
        {u"includeVectors"_s, params.includeVectors},
        {u"activateTenants"_s, params.activateTenants},
        {u"compression"_s, compressionName(params.compression)},
        {u"compressionLevel"_s, params.compressionLevel},
        {u"pageSize"_s, params.pageSize},
        {u"collections"_s, QJsonArray::fromStringList(params.collections)},
        {u"tenants"_s, tenantFilter},
    };
    for (const BackupCollectionPlan& c : plan.collections)
        manifest.collections.append({c.name, c.multiTenant});
    if ((err = writer.addEntry(ArchiveLayout::manifestEntry(), manifest.toJson())))
        return failed(err);

    for (const BackupCollectionPlan& c : plan.collections) {
        if ((err = writer.addEntry(ArchiveLayout::classEntry(c.name), c.classRaw)))
            return failed(err);
        if (c.multiTenant) {
            // The archive lists the tenants whose content it holds, with the status they had on the server.
            QList<ArchiveTenant> tenants;
            for (const BackupTenantPlan& t : c.tenants)
                if (params.schemaOnly || t.willRead())
                    tenants.append({t.name, t.status});
            if ((err = writer.addEntry(ArchiveLayout::tenantsEntry(c.name), ArchiveTenants::toJson(tenants))))
                return failed(err);
        }
    }

    ArchiveTrailer trailer;
    QJsonArray skipped;
    if (!params.schemaOnly) {
        ObjectPageParser parser;
        QList<ObjectVector> vectors;
        for (const BackupCollectionPlan& c : plan.collections) {
            QList<BackupTenantPlan> shards = c.tenants;
            if (!c.multiTenant)
                shards = {BackupTenantPlan {}}; // the whole collection as one "tenant" named ""
            for (const BackupTenantPlan& t : std::as_const(shards)) {
                BackupTenantReport item;
                item.collection = c.name;
                item.tenant = t.name;
                if (!t.willRead()) {
                    item.skipped = true;
                    item.skipReason = t.action == BackupTenantPlan::Action::SkipInactive
                        ? tr("inactive (%1)").arg(t.status)
                        : t.action == BackupTenantPlan::Action::SkipOffloaded
                        ? tr("offloaded (%1)").arg(t.status)
                        : tr("changing status (%1)").arg(t.status);
                    report.items.append(item);
                    skipped.append(
                        QJsonObject {{u"collection"_s, c.name}, {u"tenant"_s, t.name}, {u"status"_s, t.status}});
                    continue;
                }
                if (client.isCanceled())
                    return canceled();
                meter.state().collection = c.name;
                meter.state().tenant = t.name;
                meter.state().text = t.name.isEmpty() ? tr("Reading %1…").arg(c.name)
                                                      : tr("Reading %1, tenant %2…").arg(c.name, t.name);
                meter.update(true);

                if (t.action == BackupTenantPlan::Action::ActivateAndRead) {
                    const QByteArray body
                        = QJsonDocument(QJsonArray {QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, u"HOT"_s}}})
                              .toJson(QJsonDocument::Compact);
                    const HttpResult r = client.send("PUT", u"/v1/schema/"_s + c.name + u"/tenants"_s, body);
                    if (r.canceled)
                        return canceled();
                    if (!r.ok())
                        return failed(r.error);
                    restorer.remember(c.name, t.name, t.status);
                }

                item.countBefore = client.objectCount(c.name, t.name, &err);
                if (err)
                    return failed(err);
                if (client.isCanceled())
                    return canceled();

                SegmentWriter::Limits limits;
                SegmentWriter segments(&writer, c.name, t.name, limits);
                std::string after;
                WeaviateClient::PendingGet pending = client.startGet(
                    u"/v1/objects"_s, pageQuery(c.name, t.name, after, params.pageSize, params.includeVectors));
                while (true) {
                    HttpResult page = client.finish(pending);
                    if (page.canceled)
                        return canceled();
                    if (!page.ok())
                        return failed(page.error);
                    report.wireBytes += page.body.size();
                    meter.state().bytesDone = report.wireBytes;
                    if (!parser.parse(page.body, after, &err)) {
                        err.details = QStringLiteral("%1 / %2 after \"%3\": %4")
                                          .arg(c.name, t.name, QString::fromStdString(after), err.details);
                        return failed(err);
                    }
                    const size_t n = parser.count();
                    const bool more = n == size_t(params.pageSize);
                    // The next page travels while this one is compressed and written.
                    if (more) {
                        after = parser.lastId();
                        pending = client.startGet(
                            u"/v1/objects"_s, pageQuery(c.name, t.name, after, params.pageSize, params.includeVectors));
                    }
                    for (size_t i = 0; i < n; ++i) {
                        const PageObject& o = parser.object(i);
                        vectors.resize(qsizetype(o.vectors.size()));
                        for (size_t v = 0; v < o.vectors.size(); ++v) {
                            const PageVector& pv = o.vectors[v];
                            ObjectVector& ov = vectors[qsizetype(v)];
                            ov.name = QString::fromStdString(pv.name);
                            ov.rows = pv.rows;
                            ov.dims = pv.dims;
                            ov.values.resize(qsizetype(pv.values.size()));
                            std::copy(pv.values.begin(), pv.values.end(), ov.values.begin());
                        }
                        err = segments.add(QString::fromLatin1(o.id.data(), qsizetype(o.id.size())), o.creationTimeUnix,
                            o.lastUpdateTimeUnix, QByteArrayView(o.properties.data(), qsizetype(o.properties.size())),
                            vectors);
                        if (err) {
                            client.discard(pending);
                            return failed(err);
                        }
                    }
                    item.objects += qint64(n);
                    report.objects += qint64(n);
                    meter.state().objectsDone = report.objects;
                    meter.update();
                    if (!more)
                        break;
                    if (client.isCanceled()) {
                        client.discard(pending);
                        return canceled();
                    }
                }
                if ((err = segments.finish()))
                    return failed(err);
                trailer.counts.append(segments.counts());

                item.countAfter = client.objectCount(c.name, t.name, &err);
                if (err)
                    return failed(err);
                if (item.countAfter != item.countBefore || item.objects != item.countBefore) {
                    const QString where = t.name.isEmpty() ? c.name : tr("%1, tenant %2").arg(c.name, t.name);
                    report.warnings << tr("%1 changed during the backup: %2 objects before, %3 after, %4 written.")
                                           .arg(where, QLocale().toString(item.countBefore),
                                               QLocale().toString(item.countAfter), QLocale().toString(item.objects));
                }
                report.items.append(item);
            }
        }
    }

    // Activated tenants go back before the archive is declared complete, so a failure here is reported with it.
    OpError restoreError;
    if (!restorer.restore(&restoreError))
        report.warnings
            << tr("Some tenants could not be put back to their original status: %1").arg(restoreError.message);

    report.warnings = plan.warnings + report.warnings;
    trailer.extras = QJsonObject {{u"durationMs"_s, timer.elapsed()}, {u"objects"_s, report.objects},
        {u"skippedTenants"_s, skipped}, {u"warnings"_s, QJsonArray::fromStringList(report.warnings)}};
    if (client.isCanceled())
        return canceled();
    meter.state().text = tr("Finishing the archive…");
    meter.update(true);
    if ((err = writer.commit(trailer)))
        return failed(err);

    report.outcome = BackupReport::Outcome::Succeeded;
    report.archivePath = params.destination;
    report.archiveBytes = QFileInfo(params.destination).size();
    report.durationMs = timer.elapsed();
    meter.state().text = tr("Backup finished.");
    meter.update(true);
    return report;
}

} // namespace Colvault
