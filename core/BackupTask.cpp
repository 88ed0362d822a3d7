// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"

#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveTenants.h"
#include "core/ArchiveWriter.h"
#include "core/Logging.h"
#include "core/ObjectPageParser.h"
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

// Archive size relative to the JSON on the wire, for the plan's estimate: float32 in binary is ~1/3 of its JSON
// text and barely compresses further; property text compresses well. Measured on the demo data (docs/benchmarks.md).
constexpr double archiveToWireRatio = 0.3;

QString tenantStatusKey(const QString& status)
{
    return status.toUpper();
}

BackupTenantPlan::Action actionFor(const QString& status, bool activate)
{
    const QString s = tenantStatusKey(status);
    if (s.isEmpty() || s == u"HOT" || s == u"ACTIVE")
        return BackupTenantPlan::Action::Read;
    if (s == u"COLD" || s == u"INACTIVE")
        return activate ? BackupTenantPlan::Action::ActivateAndRead : BackupTenantPlan::Action::SkipInactive;
    if (s == u"FROZEN" || s == u"OFFLOADED")
        return BackupTenantPlan::Action::SkipOffloaded;
    return BackupTenantPlan::Action::SkipTransitional;
}

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
    BackupPlan plan;
    plan.params = params;
    plan.plannedAt = QDateTime::currentDateTimeUtc();
    auto failWith = [&](OpError e) {
        if (error)
            *error = std::move(e);
        return BackupPlan {};
    };

    constexpr int maxPageSize = 10000; // QUERY_MAXIMUM_RESULTS' default: larger pages are refused by the server
    if (params.pageSize < 1 || params.pageSize > maxPageSize)
        return failWith(OpError::make(OpError::Code::Usage,
            tr("The page size must be between 1 and %L1 objects, not %L2.").arg(maxPageSize).arg(params.pageSize)));
    if (params.destination.isEmpty())
        return failWith(OpError::make(OpError::Code::Usage, tr("No destination file was given for the backup.")));
    const QFileInfo dest(params.destination);
    if (dest.exists() && dest.isDir())
        return failWith(OpError::make(
            OpError::Code::Usage, tr("The destination \"%1\" is a folder; give a file name.").arg(params.destination)));
    if (!QFileInfo(dest.absolutePath()).isDir())
        return failWith(
            OpError::make(OpError::Code::Io, tr("The folder \"%1\" does not exist.").arg(dest.absolutePath())));

    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    ProgressMeter meter(sink);
    meter.state().text = tr("Reading the schema…");
    meter.update(true);

    OpError err;
    plan.server = client.serverInfo(&err);
    if (err)
        return failWith(err);
    // The cursor (`after`) arrived in 1.18; offset paging stops at QUERY_MAXIMUM_RESULTS and would silently
    // truncate, so an older server is refused rather than half backed up.
    if (!plan.server.version.isNull() && !plan.server.atLeast(1, 18))
        return failWith(OpError::make(OpError::Code::Conflict,
            tr("Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or "
               "later.")
                .arg(plan.server.versionString)));
    const QJsonArray classes = client.schemaClasses(&err);
    if (err)
        return failWith(err);
    if (client.isCanceled())
        return failWith({});

    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& c : classes)
        byName.insert(c.toObject().value(u"class"_s).toString(), c.toObject());

    QStringList selected;
    QStringList missing;
    if (params.collections.isEmpty()) {
        selected = byName.keys();
    } else {
        for (QString name : params.collections) {
            // Weaviate upper-cases the first letter of class names everywhere; accept what it would accept.
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            if (!byName.contains(name))
                missing << name;
            else if (!selected.contains(name))
                selected << name;
        }
    }
    if (!missing.isEmpty())
        return failWith(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found on the server: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));
    for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it) {
        QString name = it.key();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        if (!selected.contains(name))
            return failWith(OpError::make(OpError::Code::Usage,
                tr("Tenants were chosen for \"%1\", which is not being backed up.").arg(it.key())));
    }

    for (const QString& name : selected) {
        if (client.isCanceled())
            return failWith({});
        meter.state().collection = name;
        meter.state().text = tr("Counting objects in %1…").arg(name);
        meter.update(true);

        BackupCollectionPlan c;
        c.name = name;
        const HttpResult raw = client.get(u"/v1/schema/"_s + name);
        if (!raw.ok()) {
            if (raw.canceled)
                return failWith({});
            return failWith(raw.error);
        }
        c.classRaw = raw.body;
        c.classJson = QJsonDocument::fromJson(raw.body).object();
        if (c.classJson.value(u"class"_s).toString() != name)
            return failWith(OpError::make(OpError::Code::Format,
                tr("The server sent a schema for \"%1\" that names another collection.").arg(name),
                QString::fromUtf8(raw.body.left(500))));
        if (!ArchiveLayout::isValidClassName(name))
            return failWith(
                OpError::make(OpError::Code::Format, tr("\"%1\" is not a valid collection name.").arg(name)));
        c.multiTenant = c.classJson.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();

        QStringList wantedTenants;
        for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it) {
            QString key = it.key();
            if (!key.isEmpty())
                key[0] = key[0].toUpper();
            if (key == name)
                wantedTenants += it.value();
        }
        if (!c.multiTenant && !wantedTenants.isEmpty())
            return failWith(OpError::make(
                OpError::Code::Usage, tr("\"%1\" is not multi-tenant, so no tenants can be chosen for it.").arg(name)));

        if (c.multiTenant) {
            c.tenantsJson = client.tenants(name, &err);
            if (err)
                return failWith(err);
            QMap<QString, QString> statusByName;
            for (const QJsonValue& t : c.tenantsJson)
                statusByName.insert(
                    t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
            QStringList tenantNames = wantedTenants.isEmpty() ? statusByName.keys() : wantedTenants;
            QStringList unknown;
            for (const QString& t : std::as_const(tenantNames))
                if (!statusByName.contains(t))
                    unknown << t;
            if (!unknown.isEmpty())
                return failWith(OpError::make(OpError::Code::NotFound,
                    tr("%Ln tenant(s) not found in \"%1\": %2.", nullptr, int(unknown.size()))
                        .arg(name, unknown.join(u", "_s))));
            tenantNames.removeDuplicates();
            std::sort(tenantNames.begin(), tenantNames.end());
            qint64 total = 0;
            bool unknownCount = false;
            for (const QString& t : std::as_const(tenantNames)) {
                if (!ArchiveLayout::isValidTenantName(t))
                    return failWith(
                        OpError::make(OpError::Code::Format, tr("\"%1\" is not a valid tenant name.").arg(t)));
                BackupTenantPlan tp;
                tp.name = t;
                tp.status = statusByName.value(t);
                tp.action
                    = params.schemaOnly ? BackupTenantPlan::Action::Read : actionFor(tp.status, params.activateTenants);
                if (!params.schemaOnly && tp.action == BackupTenantPlan::Action::Read) {
                    tp.objects = client.objectCount(name, t, &err);
                    if (err)
                        return failWith(err);
                    total += tp.objects;
                } else if (tp.action == BackupTenantPlan::Action::ActivateAndRead) {
                    unknownCount = true;
                }
                switch (tp.action) {
                case BackupTenantPlan::Action::SkipInactive:
                    plan.warnings << tr("Tenant \"%1\" of \"%2\" is inactive (%3) and will be skipped; allow "
                                        "activating tenants to include it.")
                                         .arg(t, name, tp.status);
                    break;
                case BackupTenantPlan::Action::SkipOffloaded:
                    plan.warnings
                        << tr("Tenant \"%1\" of \"%2\" is offloaded (%3) and will be skipped.").arg(t, name, tp.status);
                    break;
                case BackupTenantPlan::Action::SkipTransitional:
                    plan.warnings << tr("Tenant \"%1\" of \"%2\" is changing its status (%3) and will be skipped.")
                                         .arg(t, name, tp.status);
                    break;
                default:
                    break;
                }
                c.tenants.append(tp);
            }
            c.objects = unknownCount ? -1 : total;
            plan.totalObjects += total;
            plan.totalIsEstimate = plan.totalIsEstimate || unknownCount;
        } else if (!params.schemaOnly) {
            c.objects = client.objectCount(name, QString(), &err);
            if (err)
                return failWith(err);
            plan.totalObjects += c.objects;
        } else {
            c.objects = 0;
        }

        // One sample object gives the estimate of bytes per object (vectors dominate).
        if (!params.schemaOnly && plan.totalObjects > 0) {
            QString sampleTenant;
            for (const BackupTenantPlan& tp : std::as_const(c.tenants))
                if (tp.action == BackupTenantPlan::Action::Read && tp.objects > 0) {
                    sampleTenant = tp.name;
                    break;
                }
            if (!c.multiTenant || !sampleTenant.isEmpty()) {
                const HttpResult sample
                    = client.get(u"/v1/objects"_s, pageQuery(name, sampleTenant, {}, 1, params.includeVectors));
                if (sample.ok() && c.objects > 0)
                    c.estimatedBytes = c.objects * std::max<qint64>(1, sample.body.size() - 40);
            }
        }
        plan.estimatedWireBytes += c.estimatedBytes;
        plan.collections.append(c);
    }
    plan.estimatedArchiveBytes = qint64(double(plan.estimatedWireBytes) * archiveToWireRatio);
    meter.state().text = tr("Plan ready.");
    meter.update(true);
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
