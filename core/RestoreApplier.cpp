// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreApplier.h"

#include "core/AliasRestore.h"
#include "core/ObjectSource.h"
#include "core/RestoreTargetCursor.h"
#include "core/SchemaClient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// Source name -> target name of every renamed collection: references are rewritten to point where they now live.
QMap<QString, QString> renamesOf(const RestorePlan& plan)
{
    QMap<QString, QString> rename;
    for (const RestoreCollectionPlan& c : plan.collections)
        if (c.source != c.target)
            rename.insert(c.source, c.target);
    return rename;
}

// RestoreVectors::Omit: the object as it is written, without its vectors (the target's modules compute new ones).
SourceObject withoutVectors(const SourceObject& o)
{
    SourceObject bare = o;
    bare.vectors.clear();
    return bare;
}

bool hasTenants(const RestorePlan& plan)
{
    return std::any_of(
        plan.collections.begin(), plan.collections.end(), [](const RestoreCollectionPlan& c) { return c.multiTenant; });
}

} // namespace

RestoreApplier::RestoreApplier(
    const RestorePlan& plan, ObjectSource& source, OperationContext& ctx, RestoreReport& report)
    : m_plan(plan)
    , m_params(plan.params)
    , m_source(source)
    , m_ctx(ctx)
    , m_report(report)
    , m_writer(ctx.client(), report, renamesOf(plan), plan.params.batchSize, plan.params.concurrency)
    , m_shards(RestoreShards::of(plan.collections))
{
}

bool RestoreApplier::checkPlan()
{
    if (m_plan.isBlocked())
        return m_ctx.fail(OpError::make(OpError::Code::Conflict,
            tr("The restore plan has %Ln blocking problem(s).", nullptr, int(m_plan.problems.size())),
            m_plan.problems.join(u'\n')));
    for (const QString& name : m_plan.needsConfirmation)
        if (!m_params.confirmedReplace.contains(name))
            return m_ctx.fail(OpError::make(
                OpError::Code::Usage, tr("Replacing \"%1\" deletes it first and needs its name confirmed.").arg(name)));
    return true;
}

QList<OperationStep> RestoreApplier::steps()
{
    QList<OperationStep> steps {{tr("Creating collections"), [this] { return createClasses(); }}};
    if (hasTenants(m_plan))
        steps.append({tr("Creating tenants"), [this] { return createTenants(); }});
    if (!m_params.schemaOnly) {
        steps.append({tr("Importing objects"), [this] { return importObjects(); }});
        steps.append({tr("Adding references"), [this] { return addReferences(); }});
        steps.append({tr("Verifying counts"), [this] { return verifyCounts(); }});
    }
    if (hasTenants(m_plan))
        steps.append({tr("Setting tenant statuses"), [this] { return setTenantStatuses(); }});
    // Last: an alias points at a collection only once it holds its objects.
    if (!m_plan.aliases.isEmpty())
        steps.append({tr("Setting aliases"), [this] { return setAliases(); }});
    return steps;
}

// Every class first: reference dataTypes may point to classes created later (relaxed validation on POST). How the
// objects will travel is settled before: objects that must go over gRPC where there is none stop the restore before
// anything is written.
bool RestoreApplier::createClasses()
{
    OpError err;
    if (!m_params.schemaOnly && !m_writer.chooseTransport(&err))
        return stopped(err);
    for (const RestoreCollectionPlan& c : m_plan.collections) {
        if (m_ctx.isCanceled())
            return false;
        if (!createClass(c))
            return false;
    }
    if (!hasTenants(m_plan))
        listItems();
    return true;
}

bool RestoreApplier::createClass(const RestoreCollectionPlan& c)
{
    SchemaClient schema(m_ctx.client());
    if (c.action == RestoreCollectionPlan::Action::Replace) {
        if (const HttpResult r = schema.dropClass(c.target); !r.ok())
            return m_ctx.failed(r);
    }
    if (c.action == RestoreCollectionPlan::Action::UseExisting) {
        for (const QJsonObject& p : c.propertiesToAdd)
            if (const HttpResult r = schema.addProperty(c.target, p); !r.ok())
                return m_ctx.failed(r);
        return true;
    }
    if (const HttpResult r = schema.createClass(c.target, c.classBody); !r.ok())
        return m_ctx.failed(r);
    if (!c.namedVectorsBody.isEmpty()) {
        if (const HttpResult r = schema.updateClass(c.target, c.namedVectorsBody); !r.ok())
            return m_ctx.failed(r);
    }
    return true;
}

// New tenants are created active (the default), existing inactive ones are activated for loading; the status each
// must end with is left to the guard.
bool RestoreApplier::createTenants()
{
    SchemaClient schema(m_ctx.client());
    TenantStatusGuard& statuses = m_ctx.tenantStatuses();
    for (const RestoreCollectionPlan& c : m_plan.collections) {
        if (!c.multiTenant)
            continue;
        QJsonArray create;
        QList<TenantStatusGuard::Tenant> activate;
        for (const RestoreTenantPlan& t : c.tenants) {
            if (t.create)
                create.append(QJsonObject {{u"name"_s, t.name}});
            else if (t.activate)
                activate.append({t.name, t.finalStatus});
        }
        if (const HttpResult r = schema.createTenants(c.target, create); !r.ok())
            return m_ctx.failed(r);
        for (const RestoreTenantPlan& t : c.tenants)
            if (!t.finalStatus.isEmpty() && !t.activate)
                statuses.leaveAs(c.target, t.name, t.finalStatus);
        if (const HttpResult r = statuses.activate(m_ctx.client(), c.target, activate); !r.ok())
            return m_ctx.failed(r);
    }
    listItems();
    return true;
}

// One report item per shard, once the target's schema is complete (after the last schema step): the report of a
// restore that stops later still lists what it was to restore.
void RestoreApplier::listItems()
{
    for (const RestoreCollectionPlan& c : m_plan.collections) {
        const QList<RestoreTenantPlan> tenants = c.multiTenant ? c.tenants : QList<RestoreTenantPlan> {{}};
        for (const RestoreTenantPlan& t : tenants) {
            RestoreCollectionReport item;
            item.collection = c.target;
            item.tenant = t.name;
            item.expected = c.multiTenant ? t.objects.expectedAfter() : c.objects.expectedAfter();
            m_itemIndex.insert(RestoreShards::key(c.source, t.name), m_report.items.size());
            m_report.items.append(item);
        }
    }
}

// Objects without references, shard by shard in the source's order; the references of what was written follow
// in the same pipeline.
bool RestoreApplier::importObjects()
{
    if (!findEmptyTargets())
        return false;
    const bool read = RestoreShards::readShards(m_source, m_ctx, [this](const QString& key) {
        const auto shard = m_shards.constFind(key);
        return shard == m_shards.constEnd() || importShard(key, *shard);
    });
    if (!read)
        return false;
    OpError err;
    if (!m_writer.finishObjects(&err))
        return stopped(err);
    m_ctx.progress().state().objectsDone = m_report.objects;
    m_ctx.progress().update();
    return true;
}

// The existing target shards that hold no object now, counted one call per collection: they need no merge-join
// (every object is created, as a cursor over nothing would decide), which saves a request per tenant.
bool RestoreApplier::findEmptyTargets()
{
    QStringList existing;
    for (auto it = m_shards.cbegin(); it != m_shards.cend(); ++it)
        if (it->targetExists)
            existing << it.key();
    QHash<QString, qint64> counts;
    OpError err;
    if (!RestoreShards::countTargets(m_ctx.client(), m_shards, existing, &counts, &err))
        return !m_ctx.isCanceled(); // not known to be empty: the merge-join reads each shard as before
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() == 0)
            m_emptyTargets.insert(it.key());
    return true;
}

bool RestoreApplier::importShard(const QString& key, const RestoreShards::Ref& shard)
{
    RestoreCollectionReport& item = m_report.items[m_itemIndex.value(key)];
    ProgressMeter& meter = m_ctx.progress();
    meter.state().collection = item.collection;
    meter.state().tenant = item.tenant;
    meter.state().text = item.tenant.isEmpty() ? tr("Restoring %1…").arg(item.collection)
                                               : tr("Restoring %1, tenant %2…").arg(item.collection, item.tenant);
    meter.update(); // throttled: thousands of small tenants go by within seconds
    QSet<QString> refs;
    for (const QString& r : shard.collection->referenceProperties)
        refs.insert(r);
    m_source.setReferenceProperties(refs);
    m_writer.startShard(&item, m_source.tenant());
    OpError err;
    WeaviateClient& client = m_ctx.client();
    std::optional<RestoreTargetCursor> cursor;
    if (shard.targetExists && !m_emptyTargets.contains(key))
        cursor.emplace(client, shard.collection->target, m_source.tenant(), m_params.mode == RestoreMode::Overwrite);
    RestoreObjectCounts& counts = m_done[key];
    while (true) {
        if (client.isCanceled())
            return false;
        const SourceObject* o = nullptr;
        if (OpError e = m_source.next(&o))
            return m_ctx.fail(e);
        if (!o)
            break;
        const RestoreDecision d = RestoreTargetCursor::decide(m_params, cursor ? &*cursor : nullptr, *o, &err);
        if (client.isCanceled())
            return false;
        if (err)
            return m_ctx.fail(err);
        RestoreTargetCursor::count(counts, d);
        if (d != RestoreDecision::Create && d != RestoreDecision::Overwrite)
            continue;
        const bool added = m_params.vectors == RestoreVectors::Keep ? m_writer.add(*o, &err)
                                                                    : m_writer.add(withoutVectors(*o), &err);
        if (!added)
            return stopped(err);
        meter.state().objectsDone = m_report.objects;
        meter.update();
    }
    return true;
}

// Every batch and its references are in before counting and before any tenant status changes.
bool RestoreApplier::addReferences()
{
    OpError err;
    return m_writer.finishReferences(&err) || stopped(err);
}

// The counts are read while every tenant is still active: one batched count per collection.
bool RestoreApplier::verifyCounts()
{
    compareWithPlan();
    const QList<RestoreCollectionReport>& items = m_report.items;
    for (qsizetype first = 0; first < items.size();) {
        qsizetype end = first + 1;
        while (end < items.size() && items[end].collection == items[first].collection)
            ++end;
        if (!countItems(first, end))
            return false;
        first = end;
    }
    return true;
}

// The items [first, end) of one collection, all its tenants in one call (WeaviateClient::objectCounts). Where that
// fails, each is counted alone, so that a warning names the shard that could not be counted.
bool RestoreApplier::countItems(qsizetype first, qsizetype end)
{
    WeaviateClient& client = m_ctx.client();
    QStringList tenants;
    for (qsizetype i = first; i < end; ++i)
        tenants << m_report.items[i].tenant;
    QList<qint64> counts;
    OpError err;
    if (tenants.size() > 1 && client.objectCounts(m_report.items[first].collection, tenants, &counts, &err)) {
        for (qsizetype i = first; i < end; ++i)
            checkCount(m_report.items[i], counts.value(i - first, -1), {});
        return true;
    }
    for (qsizetype i = first; i < end && !client.isCanceled(); ++i) {
        RestoreCollectionReport& item = m_report.items[i];
        OpError itemErr;
        const qint64 counted = client.objectCount(item.collection, item.tenant, &itemErr);
        if (!client.isCanceled())
            checkCount(item, counted, itemErr);
    }
    return !client.isCanceled();
}

void RestoreApplier::checkCount(RestoreCollectionReport& item, qint64 counted, const OpError& error)
{
    item.counted = counted;
    const QString shard = RestoreShards::key(item.collection, item.tenant);
    if (error) {
        m_ctx.warn(tr("Could not count %1: %2").arg(shard, error.message));
        return;
    }
    if (item.counted != item.expected)
        m_report.countMismatches
            << tr("%1 holds %2 objects; the plan expected %3.").arg(shard).arg(item.counted).arg(item.expected);
}

// The plan's counts are what the user agreed to; a difference means the target changed in between.
void RestoreApplier::compareWithPlan()
{
    for (auto it = m_done.cbegin(); it != m_done.cend(); ++it) {
        const RestoreShards::Ref& s = m_shards[it.key()];
        const RestoreObjectCounts planned = s.tenant ? s.tenant->objects : s.collection->objects;
        RestoreObjectCounts actual = it.value();
        actual.targetBefore = planned.targetBefore;
        if (!(planned == actual) && !(s.tenant && s.tenant->activate))
            m_ctx.warn(tr("%1 changed since the plan: %2 objects created and %3 overwritten instead of %4 and %5.")
                           .arg(RestoreShards::key(s.collection->target, s.tenant ? s.tenant->name : QString()))
                           .arg(actual.create)
                           .arg(actual.overwrite)
                           .arg(planned.create)
                           .arg(planned.overwrite));
    }
}

bool RestoreApplier::setTenantStatuses()
{
    for (const QString& problem : m_ctx.tenantStatuses().putBack())
        m_ctx.warn(problem);
    return true;
}

// A pipeline call returned false: an error ends the restore, anything else is the cancel it noticed.
bool RestoreApplier::stopped(const OpError& error)
{
    if (m_ctx.isCanceled() || !error)
        return false;
    return m_ctx.fail(error);
}

bool RestoreApplier::setAliases()
{
    return AliasRestore::apply(m_plan, m_ctx, &m_report);
}

} // namespace Colvault
