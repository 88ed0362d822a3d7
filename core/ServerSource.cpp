// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ServerSource.h"

#include "core/BackupApplySteps.h"
#include "core/BackupPlanSteps.h"
#include "core/Logging.h"
#include "core/OperationContext.h"
#include "core/OperationGuard.h"
#include "core/TenantStatusGuard.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// The inactive tenants of a collection that the backup steps planned to read by activating them.
QList<TenantStatusGuard::Tenant> inactiveTenants(const BackupCollectionPlan& c)
{
    QList<TenantStatusGuard::Tenant> out;
    for (const BackupTenantPlan& t : c.tenants)
        if (t.action == BackupTenantPlan::Action::ActivateAndRead)
            out.append({t.name, t.status});
    return out;
}

void copyVector(const PageVector& from, ObjectVector& to)
{
    const QUtf8StringView name(from.name.data(), qsizetype(from.name.size()));
    if (!QAnyStringView::equal(name, to.name)) // names repeat from object to object: no QString built for each
        to.name = name.toString();
    to.rows = from.rows;
    to.dims = from.dims;
    to.values.resize(qsizetype(from.values.size()));
    if (!from.values.empty())
        std::memcpy(to.values.data(), from.values.data(), from.values.size() * sizeof(float));
}

} // namespace

// One reading of the objects: its client (cancel wired to the options) and the guard of the tenants it activated.
struct ServerSource::Reading
{
    explicit Reading(const WeaviateEndpoint& endpoint)
        : client(endpoint)
        , tenants(endpoint)
    {
    }
    WeaviateClient client;
    TenantStatusGuard tenants;
};

ServerSource::ServerSource(WeaviateEndpoint endpoint, Options options)
    : m_endpoint(std::move(endpoint))
    , m_options(std::move(options))
{
}

ServerSource::~ServerSource()
{
    m_reader.reset(); // stops its thread before the tenants go back
    if (!m_reading)
        return;
    for (const QString& problem : m_reading->tenants.putBack())
        qCWarning(lcCore).noquote() << problem;
}

QString ServerSource::headStepName() const
{
    return tr("Reading the source server");
}

OpError ServerSource::readHead(SourceHead* head, ProgressMeter& progress)
{
    *head = SourceHead();
    BackupPlan plan;
    if (OpError e = listCollections(&plan, true, &progress))
        return e;
    if (m_canceled)
        return {};
    head->serverVersion = plan.server.versionString;
    head->liveServer = true;
    head->aliases = plan.aliases;
    for (const BackupCollectionPlan& c : std::as_const(plan.collections)) {
        SourceCollection collection {c.name, c.multiTenant, c.classRaw, {}, c.multiTenant ? -1 : c.objects};
        for (const BackupTenantPlan& t : c.tenants)
            if (t.willRead())
                collection.tenants.append({t.name, t.status, t.objects});
        head->collections.append(std::move(collection));
    }
    return {};
}

// The classes and tenants as a backup of the same collections reads them (BackupPlanSteps, with inactive tenants to
// be activated), and with `count` their exact object counts: inactive tenants are activated for their count and put
// back before this returns. Progress text goes to `progress` when given. A cancel sets m_canceled, without error.
OpError ServerSource::listCollections(BackupPlan* plan, bool count, ProgressMeter* progress)
{
    if (m_options.onlyThese && m_options.collections.isEmpty()) {
        *plan = BackupPlan();
        return {};
    }
    CallbackProgressSink sink(
        [progress](const OperationProgress& p) {
            if (!progress)
                return;
            progress->state().collection = p.collection;
            // Text equal to the step's name only says that one of the steps below began.
            if (!p.text.isEmpty() && p.text != p.step)
                progress->state().text = p.text;
            progress->update();
        },
        m_options.isCanceled);
    OperationContext ctx(m_endpoint, &sink);
    BackupParams params;
    params.endpoint = m_endpoint;
    params.collections = m_options.collections;
    params.tenants = m_options.tenants;
    params.activateTenants = true;
    params.pageSize = m_options.pageSize;
    BackupPlanSteps steps(ctx, params);
    // The steps' names only reach the log: the caller's step ("Reading the source server") is what the user sees.
    QList<OperationStep> list {{u"read the source's version"_s, [&] { return steps.readServer(); }},
        {u"read the source's collections"_s, [&] { return steps.readCollections(); }}};
    if (count)
        list.append({u"count the source's objects"_s, [&] { return steps.countObjects(); }});
    const OperationContext::End end = ctx.run(list);
    if (end == OperationContext::End::Failed)
        return ctx.error();
    m_canceled = m_canceled || end == OperationContext::End::Canceled;
    if (m_canceled)
        return {};
    *plan = steps.takePlan();
    addWarnings(plan->warnings);
    if (!count)
        return {};
    OpError err = countInactiveTenants(*plan, ctx);
    addWarnings(ctx.finish());
    return err;
}

// Inactive tenants cannot be counted without activating them: each collection's are activated together, counted
// in one call, and put back by the caller (ctx.finish(), or the guard's destructor on an exception).
OpError ServerSource::countInactiveTenants(BackupPlan& plan, OperationContext& ctx)
{
    for (BackupCollectionPlan& c : plan.collections) {
        const QList<TenantStatusGuard::Tenant> inactive = inactiveTenants(c);
        if (inactive.isEmpty())
            continue;
        if (const HttpResult r = ctx.tenantStatuses().activate(ctx.client(), c.name, inactive); !r.ok()) {
            m_canceled = r.canceled;
            return r.error;
        }
        QStringList names;
        for (const TenantStatusGuard::Tenant& t : inactive)
            names << t.name;
        QList<qint64> counts;
        OpError err;
        if (!ctx.client().objectCounts(c.name, names, &counts, &err)) {
            m_canceled = !err;
            return err;
        }
        qsizetype next = 0;
        for (BackupTenantPlan& t : c.tenants)
            if (t.action == BackupTenantPlan::Action::ActivateAndRead)
                t.objects = counts.value(next++, -1);
    }
    return {};
}

void ServerSource::addWarnings(const QStringList& warnings)
{
    for (const QString& w : warnings)
        if (!m_warnings.contains(w))
            m_warnings << w;
}

OpError ServerSource::openObjects()
{
    if (m_archiveBegun) // the archive holds the shards read so far: a second reading would write them twice
        return OperationGuard::internalError("ServerSource: the objects were opened again while archiving");
    endReading();
    m_shards.clear();
    m_shard = -1;
    BackupPlan plan;
    if (OpError e = listCollections(&plan, false, nullptr))
        return e;
    if (m_canceled)
        return {};
    m_reading = std::make_unique<Reading>(m_endpoint);
    m_reading->client.setCancelCheck(m_options.isCanceled);
    for (const BackupCollectionPlan& c : std::as_const(plan.collections)) {
        if (!c.multiTenant)
            m_shards.append({c.name, QString()});
        for (const BackupTenantPlan& t : c.tenants)
            if (t.willRead())
                m_shards.append({c.name, t.name});
    }
    if (OpError e = beginArchive(plan))
        return e;
    return activateInactiveTenants(plan);
}

// The tenants left out, and the archive's head: what a backup of this listing would write first.
OpError ServerSource::beginArchive(const BackupPlan& plan)
{
    m_skipped = {};
    for (const BackupCollectionPlan& c : plan.collections)
        for (const BackupTenantPlan& t : c.tenants)
            if (!t.willRead())
                m_skipped.append(
                    QJsonObject {{u"collection"_s, c.name}, {u"tenant"_s, t.name}, {u"status"_s, t.status}});
    if (!m_options.archive)
        return {};
    m_archiveBegun = true;
    return m_options.archive->begin(BackupApplySteps::header(plan));
}

// Ends the current shard in the archive, after reading what the caller left of it: every page goes into the
// archive as it arrives (nextPage), so only the pages not yet read are missing.
OpError ServerSource::endArchivedShard()
{
    if (!m_archiveInShard)
        return {};
    while (!m_shardEnded && !m_canceled)
        if (OpError e = nextPage())
            return e;
    if (m_canceled)
        return {};
    m_archiveInShard = false;
    return m_options.archive->endShard();
}

OpError ServerSource::activateInactiveTenants(const BackupPlan& plan)
{
    for (const BackupCollectionPlan& c : plan.collections) {
        const QList<TenantStatusGuard::Tenant> inactive = inactiveTenants(c);
        if (inactive.isEmpty())
            continue;
        if (const HttpResult r = m_reading->tenants.activate(m_reading->client, c.name, inactive); !r.ok()) {
            m_canceled = r.canceled;
            return r.error;
        }
    }
    return {};
}

OpError ServerSource::nextShard(bool* has)
{
    *has = false;
    if (OpError e = endArchivedShard())
        return e;
    if (m_canceled || !m_reading || m_shard >= m_shards.size())
        return {};
    ++m_shard;
    // A reader whose next page is not this shard's (the caller left a shard before its end, or skipped one) would
    // hand over pages nobody wants: the next read starts a reader at this shard.
    if (m_reader && m_readerShard != m_shard)
        m_reader.reset();
    if (m_shard >= m_shards.size()) {
        endReading();
        return {};
    }
    m_page = {};
    m_position = 0;
    m_shardEnded = false;
    *has = true;
    if (!m_options.archive)
        return {};
    m_archiveInShard = true;
    return m_options.archive->beginShard(collection(), tenant());
}

QString ServerSource::collection() const
{
    return m_shard >= 0 && m_shard < m_shards.size() ? m_shards[m_shard].collection : QString();
}

QString ServerSource::tenant() const
{
    return m_shard >= 0 && m_shard < m_shards.size() ? m_shards[m_shard].tenant : QString();
}

void ServerSource::setReferenceProperties(const QSet<QString>& names)
{
    m_references.setNames(names);
}

OpError ServerSource::next(const SourceObject** object)
{
    *object = nullptr;
    if (m_canceled || !m_reading || m_shard < 0 || m_shard >= m_shards.size())
        return {};
    while (m_position >= m_page.objects.size()) {
        if (m_shardEnded)
            return {};
        if (OpError e = nextPage())
            return e;
        if (m_canceled)
            return {};
    }
    if (OpError e = takeObject(m_page.objects[m_position++]))
        return e;
    *object = &m_object;
    return {};
}

// The current shard's next page, from the reader (started at this shard when there is none).
OpError ServerSource::nextPage()
{
    if (!m_reader) {
        QList<BackupPageReader::Shard> shards;
        for (qsizetype i = m_shard; i < m_shards.size(); ++i)
            shards.append({m_shards[i].collection, m_shards[i].tenant, -1});
        BackupPageReader::Options options;
        options.pageSize = m_options.pageSize;
        options.withVectors = m_options.withVectors;
        m_reader = std::make_unique<BackupPageReader>(m_endpoint, m_options.isCanceled, shards, options);
        m_readerBase = m_shard;
        m_readerShard = m_shard;
        ++m_stats.readers;
    }
    QElapsedTimer timer;
    timer.start();
    const bool got = m_reader->next(&m_page);
    m_stats.waitMs += timer.elapsed();
    if (!got) {
        m_page = {};
        const OpError err = m_reader->error();
        m_canceled = !err;
        m_reader.reset();
        return err;
    }
    if (m_readerBase + m_page.shard != m_shard) // the reader is kept only while it is at the caller's shard
        return OperationGuard::internalError("ServerSource: a page of another shard");
    m_position = 0;
    m_shardEnded = m_page.lastOfShard;
    if (m_page.lastOfShard)
        m_readerShard = m_shard + 1;
    ++m_stats.pages;
    m_stats.wireBytes += m_page.wireBytes;
    if (!m_archiveInShard || m_page.objects.empty())
        return {};
    m_stats.archivedObjects += qint64(m_page.objects.size());
    return m_options.archive->writePage(m_page.objects);
}

OpError ServerSource::takeObject(const PageObject& page)
{
    m_object.id = page.id;
    m_object.properties = page.properties;
    if (m_references.isEmpty()) {
        m_object.propertiesWithoutReferences.assign(page.properties);
        m_object.references.clear();
    } else if (QString problem; !m_references.split(
                   page.properties, &m_object.propertiesWithoutReferences, &m_object.references, &problem)) {
        const Shard& s = m_shards[m_shard];
        return OpError::make(OpError::Code::Format,
            tr("The source server sent an object of %1 whose references are not valid.").arg(s.collection),
            u"%1 / %2, object %3: %4"_s.arg(s.collection, s.tenant, QString::fromStdString(page.id), problem));
    }
    m_object.vectors.resize(qsizetype(page.vectors.size()));
    for (size_t i = 0; i < page.vectors.size(); ++i)
        copyVector(page.vectors[i], m_object.vectors[qsizetype(i)]);
    ++m_stats.objects;
    return {};
}

void ServerSource::endReading()
{
    m_reader.reset();
    m_page = {};
    if (m_reading)
        addWarnings(m_reading->tenants.putBack());
    m_shard = m_shards.size();
}

QStringList ServerSource::finish()
{
    endReading();
    qCInfo(lcCore).noquote() << "source read" << m_stats.objects << "objects in" << m_stats.pages << "pages,"
                             << m_stats.wireBytes << "bytes, with" << m_stats.readers << "page readers; waited"
                             << m_stats.waitMs << "ms for pages";
    return m_warnings;
}

} // namespace Colvault
