// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestorePlanner.h"

#include "core/AliasRestore.h"
#include "core/ArchiveLayout.h"
#include "core/RestoreCollectionPlanner.h"
#include "core/RestoreTargetCursor.h"
#include "core/RestoreVectorizers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int maxBatchSize = 1000;

} // namespace

RestorePlanner::RestorePlanner(const RestoreParams& params, ObjectSource& source, OperationContext& ctx)
    : m_params(params)
    , m_source(source)
    , m_ctx(ctx)
{
    m_plan.params = params;
}

QList<OperationStep> RestorePlanner::steps()
{
    QList<OperationStep> steps {
        {tr("Checking the parameters"), [this] { return checkParameters(); }},
        {m_source.headStepName(), [this] { return readSource(); }},
        {tr("Reading the target"), [this] { return readTarget(); }},
        {tr("Selecting collections"), [this] { return selectCollections(); }},
        {tr("Comparing collections"), [this] { return compareCollections(); }},
    };
    if (!m_params.schemaOnly) {
        steps.append({tr("Counting objects"), [this] { return countObjects(); }});
        steps.append({tr("Checking vector lengths"), [this] { return checkVectorLengths(); }});
    }
    return steps;
}

RestorePlan RestorePlanner::result()
{
    warnAboutBlobHashes();
    return std::move(m_plan);
}

bool RestorePlanner::checkParameters()
{
    if (m_params.batchSize < 1 || m_params.batchSize > maxBatchSize)
        return m_ctx.fail(OpError::make(OpError::Code::Usage,
            tr("The batch size must be between 1 and %L1 objects, not %L2.")
                .arg(maxBatchSize)
                .arg(m_params.batchSize)));
    if (m_params.concurrency < 1 || m_params.concurrency > RestoreParams::maxConcurrency)
        return m_ctx.fail(OpError::make(OpError::Code::Usage,
            tr("The number of batches in flight must be between 1 and %1, not %2.")
                .arg(RestoreParams::maxConcurrency)
                .arg(m_params.concurrency)));
    if (m_params.replicationFactor < 0)
        return m_ctx.fail(OpError::make(OpError::Code::Usage, tr("The replication factor must be at least 1.")));
    if (OpError e = RestoreVectorizers::checkParams(m_params))
        return m_ctx.fail(e);
    return true;
}

bool RestorePlanner::readSource()
{
    if (OpError e = m_source.readHead(&m_head, m_ctx.progress()))
        return m_ctx.fail(e);
    if (m_ctx.isCanceled())
        return false;
    m_plan.archiveServerVersion = m_head.serverVersion;
    for (const SourceCollection& c : std::as_const(m_head.collections)) {
        m_inSource.insert(c.name, &c);
        if (!c.multiTenant)
            m_sourceCounts.insert(RestoreShards::key(c.name, {}), c.objects);
        for (const SourceTenant& t : c.tenants)
            m_sourceCounts.insert(RestoreShards::key(c.name, t.name), t.objects);
    }
    return true;
}

bool RestorePlanner::readTarget()
{
    WeaviateClient& client = m_ctx.client();
    OpError err;
    m_plan.server = client.serverInfo(&err);
    if (err)
        return m_ctx.fail(err);
    const QJsonArray classes = client.schemaClasses(&err);
    if (err)
        return m_ctx.fail(err);
    if (client.isCanceled())
        return false;
    for (const QJsonValue& c : classes)
        m_targetClasses.insert(c.toObject().value(u"class"_s).toString(), c.toObject());
    if (const HttpResult r = client.nodes(); r.ok())
        m_nodes = std::max<int>(1, int(QJsonDocument::fromJson(r.body).object().value(u"nodes"_s).toArray().size()));
    // Target names may be aliases (resolved before any schema write), and the source's aliases are compared.
    if (AliasClient::isSupported(m_plan.server))
        if (OpError e = AliasClient(client, m_plan.server).list(&m_targetAliases); e && !client.isCanceled()) {
            // Needed to plan aliases; otherwise a key that may not read them restores as before.
            if (!m_params.swapAlias.isEmpty()
                || (m_params.aliases == RestoreAliases::Keep && !m_head.aliases.aliases.isEmpty()))
                return m_ctx.fail(e);
            m_plan.warnings << tr("The target's aliases could not be read, so names are not checked against them: %1")
                                   .arg(e.message);
        }
    return !client.isCanceled();
}

// Selection and renames, by source name (first letter upper-cased like Weaviate does).
bool RestorePlanner::selectCollections()
{
    if (!selectByName() || !checkRenames() || !prepareSideBySide() || !resolveAliasTargets())
        return false;
    warnAboutVersions();
    m_sanitize.rename = m_rename;
    // Re-vectorizing starts from a class without vectorizers (RestoreVectorizers).
    m_sanitize.vectorizerNone = m_params.vectorizerNone || m_params.vectors == RestoreVectors::Omit;
    m_sanitize.targetModules = m_plan.server.modules;
    m_sanitize.replicationFactor = m_params.replicationFactor;
    if (OpError e = RestoreVectorizers::checkModules(m_params, m_plan.server.modules))
        return m_ctx.fail(e);
    return true;
}

bool RestorePlanner::selectByName()
{
    QStringList missing;
    for (const QString& wanted : m_params.collections) {
        QString name = RestoreShards::className(wanted);
        // One of the source's aliases names its collection (a copy's source resolved it already).
        for (const CollectionAlias& a : std::as_const(m_head.aliases.aliases))
            if (a.alias == name && !m_inSource.contains(name))
                name = a.collection;
        if (!m_inSource.contains(name))
            missing << name;
        else if (!m_selected.contains(name))
            m_selected << name;
    }
    if (m_params.collections.isEmpty())
        for (const SourceCollection& c : std::as_const(m_head.collections))
            m_selected << c.name;
    if (!missing.isEmpty()) // (a copy's ServerSource has refused such names already, in its own words)
        return m_ctx.fail(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found in the archive: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));
    return true;
}

bool RestorePlanner::checkRenames()
{
    for (auto it = m_params.rename.begin(); it != m_params.rename.end(); ++it) {
        const QString from = RestoreShards::className(it.key());
        const QString to = RestoreShards::className(it.value());
        if (!m_inSource.contains(from))
            return m_ctx.fail(OpError::make(OpError::Code::Usage,
                (m_head.liveServer ? tr("\"%1\" cannot be renamed: it is not on the source server.")
                                   : tr("\"%1\" cannot be renamed: it is not in the archive."))
                    .arg(it.key())));
        if (!ArchiveLayout::isValidClassName(to))
            return m_ctx.fail(
                OpError::make(OpError::Code::Usage, tr("\"%1\" is not a valid collection name.").arg(it.value())));
        m_rename.insert(from, to);
    }
    QStringList targets;
    for (const QString& s : std::as_const(m_selected)) {
        const QString t = m_rename.value(s, s);
        if (targets.contains(t, Qt::CaseInsensitive))
            return m_ctx.fail(
                OpError::make(OpError::Code::Usage, tr("Two collections would be restored as \"%1\".").arg(t)));
        targets << t;
    }
    for (auto it = m_params.tenants.begin(); it != m_params.tenants.end(); ++it)
        if (!m_selected.contains(RestoreShards::className(it.key())))
            return m_ctx.fail(OpError::make(OpError::Code::Usage,
                tr("Tenants were chosen for \"%1\", which is not being restored.").arg(it.key())));
    return true;
}

// --as-new: one collection, restored into a collection that does not exist yet, beside the current one.
bool RestorePlanner::prepareSideBySide()
{
    if (!m_params.asNew) {
        if (!m_params.swapAlias.isEmpty())
            return m_ctx.fail(OpError::make(
                OpError::Code::Usage, tr("An alias is switched only by a side-by-side restore (--as-new).")));
        return true;
    }
    if (m_selected.size() != 1)
        return m_ctx.fail(OpError::make(OpError::Code::Usage,
            tr("A side-by-side restore (--as-new) restores one collection; %Ln were chosen.", nullptr,
                int(m_selected.size()))));
    if (m_params.mode != RestoreMode::New)
        return m_ctx.fail(OpError::make(OpError::Code::Usage,
            tr("A side-by-side restore (--as-new) creates a new collection, so it takes no --mode.")));
    const QString source = m_selected.first();
    if (!m_rename.contains(source))
        m_rename.insert(source, AliasRestore::sideBySideName(source, QDateTime::currentDateTimeUtc()));
    return true;
}

// A target name that is an alias on the target means the collection it points at: Weaviate would refuse a class
// of that name, and its schema writes do not resolve aliases (notes 15.5).
bool RestorePlanner::resolveAliasTargets()
{
    AliasRestore aliases(m_params, m_plan.server, m_targetAliases, m_targetClasses);
    for (const QString& source : std::as_const(m_selected)) {
        const QString target = m_rename.value(source, source);
        const QString resolved = aliases.resolveTarget(target);
        if (resolved == target)
            continue;
        if (std::any_of(m_selected.begin(), m_selected.end(),
                [&](const QString& other) { return other != source && m_rename.value(other, other) == resolved; }))
            return m_ctx.fail(
                OpError::make(OpError::Code::Usage, tr("Two collections would be restored as \"%1\".").arg(resolved)));
        m_rename.insert(source, resolved);
        m_plan.warnings << tr("\"%1\" is an alias on the target: the restore writes into \"%2\", the collection "
                              "it points at.")
                               .arg(target, resolved);
    }
    return true;
}

void RestorePlanner::warnAboutVersions()
{
    if (m_plan.archiveServerVersion.isEmpty() || m_plan.server.version.isNull())
        return;
    const QVersionNumber archived = QVersionNumber::fromString(m_plan.archiveServerVersion);
    if (QVersionNumber(archived.majorVersion(), archived.minorVersion())
        > QVersionNumber(m_plan.server.version.majorVersion(), m_plan.server.version.minorVersion()))
        m_plan.warnings << tr("The archive comes from Weaviate %1 and the target runs %2: settings the older "
                              "server does not know are dropped.")
                               .arg(m_plan.archiveServerVersion, m_plan.server.versionString);
}

bool RestorePlanner::compareCollections()
{
    RestoreCollectionPlanner planner(m_params, m_sanitize, m_targetClasses, m_nodes, m_plan);
    for (const QString& source : std::as_const(m_selected)) {
        RestoreCollectionPlan c;
        OpError err;
        if (!planner.plan(*m_inSource.value(source), m_rename.value(source, source), m_ctx.client(), &c, &err))
            return m_ctx.fail(err);
        m_plan.problems += c.problems;
        m_plan.collections.append(c);
    }
    warnAboutDanglingReferences();
    if (OpError e = RestoreVectorizers::checkNames(m_params, m_plan.collections))
        return m_ctx.fail(e);
    AliasRestore(m_params, m_plan.server, m_targetAliases, m_targetClasses).plan(m_head.aliases, &m_plan);
    return warnAboutSwitchedTenants();
}

// A side-by-side restore that switches an alias: tenants the current collection has and the new one will not get
// (left out of the backup, or not chosen) are out of the alias's clients' reach after the switch. Said before it.
bool RestorePlanner::warnAboutSwitchedTenants()
{
    for (const RestoreAliasPlan& a : std::as_const(m_plan.aliases)) {
        if (!a.swap || a.action != RestoreAliasPlan::Action::Move || a.current.isEmpty()
            || m_plan.collections.size() != 1 || !m_plan.collections.first().multiTenant)
            continue;
        OpError err;
        const QJsonArray current = m_ctx.client().tenants(a.current, &err);
        if (err)
            return m_ctx.fail(err);
        QSet<QString> restored;
        for (const RestoreTenantPlan& t : std::as_const(m_plan.collections.first().tenants))
            restored.insert(t.name);
        QStringList missing;
        for (const QJsonValue& t : current)
            if (const QString name = t.toObject().value(u"name"_s).toString(); !restored.contains(name))
                missing << name;
        if (missing.isEmpty())
            continue;
        std::sort(missing.begin(), missing.end());
        const qsizetype shown = std::min<qsizetype>(missing.size(), 10);
        QStringList names = missing.mid(0, shown);
        if (missing.size() > shown)
            names << tr("%Ln other tenant(s)", nullptr, int(missing.size() - shown));
        //: %1 alias, %2 the collection it points at now, %3 the new collection, %4 a list of tenants
        m_plan.warnings << tr("After the switch, clients that read through alias \"%1\" no longer reach %Ln "
                              "tenant(s) of \"%2\" that \"%3\" will not have: %4.",
            nullptr, int(missing.size()))
                               .arg(a.alias, a.current, a.collection, QLocale().createSeparatedList(names));
    }
    return true;
}

// A reference property whose class is neither restored nor on the target: its references are added all the same
// (batch references do not check their targets) and point at nothing until that class exists there.
void RestorePlanner::warnAboutDanglingReferences()
{
    const QSet<QString> selected(m_selected.begin(), m_selected.end());
    for (const QString& source : std::as_const(m_selected)) {
        const QJsonObject cls = QJsonDocument::fromJson(m_inSource.value(source)->classJson).object();
        for (const QJsonValue& v : cls.value(u"properties"_s).toArray()) {
            const QJsonObject property = v.toObject();
            const QJsonArray dataType = property.value(u"dataType"_s).toArray();
            if (!ClassSanitizer::isReferenceType(dataType))
                continue;
            for (const QJsonValue& t : dataType) {
                const QString refersTo = m_rename.value(t.toString(), t.toString());
                if (!t.toString().front().isUpper() || selected.contains(t.toString())
                    || m_targetClasses.contains(refersTo))
                    continue;
                const QString where = m_rename.value(source, source) + u'.' + property.value(u"name"_s).toString();
                if (addsProperty(source, property.value(u"name"_s).toString())) {
                    // POST .../properties checks its target class, unlike a class's creation (notes 2.4, item 7).
                    //: %1 collection.property, %2 the collection it refers to
                    m_plan.problems << tr("%1 cannot be added to the existing collection: it refers to %2, which "
                                          "is not on the target, and Weaviate refuses such a property. Include %2, "
                                          "or create it on the target first.")
                                           .arg(where, refersTo);
                    continue;
                }
                //: %1 collection.property, %2 the collection it refers to
                m_plan.warnings << (m_head.liveServer
                        ? tr("%1 refers to %2, which is neither copied nor on the target: its references will point "
                             "at nothing until %2 exists there.")
                        : tr("%1 refers to %2, which is neither restored nor on the target: its references will "
                             "point at nothing until %2 exists there."))
                                       .arg(where, refersTo);
            }
        }
    }
}

// Whether the plan adds this source property to an existing collection on the target.
bool RestorePlanner::addsProperty(const QString& source, const QString& property) const
{
    for (const RestoreCollectionPlan& c : m_plan.collections)
        if (c.source == source && c.action == RestoreCollectionPlan::Action::UseExisting)
            return std::any_of(c.propertiesToAdd.begin(), c.propertiesToAdd.end(),
                [&](const QJsonObject& p) { return p.value(u"name"_s).toString() == property; });
    return false;
}

// Objects: one pass over the source, a merge-join per shard with the target where it holds objects already.
bool RestorePlanner::countObjects()
{
    const QMap<QString, RestoreShards::Ref> shards = RestoreShards::of(m_plan.collections);
    QSet<QString> toRead;
    if (!prepareCounts(shards, &toRead))
        return false;
    const bool read = toRead.isEmpty() || RestoreShards::readShards(m_source, m_ctx, [&](const QString& key) {
        return !toRead.contains(key) || countShard(shards[key], m_counts[key]);
    });
    if (!read)
        return false;
    addCounts();
    return true;
}

// Where the target holds nothing yet (no such shard, or one counted empty), every source object is created: the
// source's counts say how many, and the source is not read a second time (a third of the plan's time on a large
// archive). The other shards are read. The target's shards are counted one call per collection, so a merge into
// thousands of tenants does not cost a request per tenant here.
bool RestorePlanner::prepareCounts(const QMap<QString, RestoreShards::Ref>& shards, QSet<QString>* toRead)
{
    QStringList toCount;
    for (auto it = shards.begin(); it != shards.end(); ++it)
        // targetBefore from Aggregate; an inactive tenant cannot be counted without activating it (a write).
        if (it->targetExists && !(it->tenant && it->tenant->activate))
            toCount << it.key();
    QHash<QString, qint64> before;
    OpError err;
    if (!RestoreShards::countTargets(m_ctx.client(), shards, toCount, &before, &err))
        return err ? m_ctx.fail(err) : false;
    for (auto it = shards.begin(); it != shards.end(); ++it) {
        RestoreObjectCounts counts;
        counts.targetBefore = before.value(it.key(), 0);
        const qint64 known = m_sourceCounts.value(it.key(), -1);
        // An existing target shard counted empty is planned like a missing one.
        const bool empty = !it->targetExists || (before.contains(it.key()) && counts.targetBefore == 0);
        if (empty && known >= 0)
            counts.archived = counts.create = known;
        else
            toRead->insert(it.key());
        m_counts.insert(it.key(), counts);
    }
    return true;
}

bool RestorePlanner::countShard(const RestoreShards::Ref& s, RestoreObjectCounts& counts)
{
    WeaviateClient& client = m_ctx.client();
    const QString tenant = m_source.tenant();
    m_ctx.progress().state().collection = s.collection->target;
    m_ctx.progress().state().tenant = tenant;
    m_ctx.progress().update(true);
    std::optional<RestoreTargetCursor> cursor;
    // An inactive target tenant cannot be read without activating it (a write): its objects count as new.
    const bool estimate = s.targetExists && s.tenant && s.tenant->activate;
    // A target shard counted empty has nothing to join with (and no vector length to compare).
    if (s.targetExists && !estimate && counts.targetBefore > 0)
        cursor.emplace(client, s.collection->target, tenant, m_params.mode == RestoreMode::Overwrite);
    m_shapes.beginShard(s.collection->target, tenant, cursor.has_value());
    while (true) {
        const SourceObject* o = nullptr;
        if (OpError e = m_source.next(&o))
            return m_ctx.fail(e);
        if (!o)
            break;
        OpError err;
        const RestoreDecision d = RestoreTargetCursor::decide(m_params, cursor ? &*cursor : nullptr, *o, &err);
        if (err)
            return m_ctx.fail(err);
        if (client.isCanceled())
            return false;
        RestoreTargetCursor::count(counts, d);
        if (m_params.vectors == RestoreVectors::Keep) // omitted vectors need not fit the target's indexes
            m_shapes.observe(*o);
    }
    if (estimate)
        m_plan.warnings << tr("Tenant \"%1\" of \"%2\" is inactive on the target, so its objects could not be "
                              "compared; every archived object is counted as new.")
                               .arg(tenant, s.collection->target);
    return true;
}

void RestorePlanner::addCounts()
{
    for (RestoreCollectionPlan& c : m_plan.collections) {
        if (!c.multiTenant) {
            c.objects = m_counts.value(RestoreShards::key(c.source, {}));
        } else {
            for (RestoreTenantPlan& t : c.tenants) {
                t.objects = m_counts.value(RestoreShards::key(c.source, t.name));
                c.objects += t.objects;
            }
        }
        m_plan.totals += c.objects;
        for (RestoreVectorizerPlan& v : c.vectorizers)
            v.objects = v.module == u"none"_s ? 0 : c.objects.toWrite();
    }
    if (m_plan.totals.toWrite() > 0)
        m_plan.warnings << (m_head.liveServer
                ? tr("Creation and update times are set by the target server; the source's times cannot be copied.")
                : tr("Creation and update times are set by the server; the archived times cannot be restored."));
}

// Archived vectors must fit the lengths of the target's vector indexes (VectorShapeCheck).
bool RestorePlanner::checkVectorLengths()
{
    if (OpError e = m_shapes.addProblems(m_ctx.client(), &m_plan))
        return m_ctx.fail(e);
    return !m_ctx.client().isCanceled();
}

void RestorePlanner::warnAboutBlobHashes()
{
    for (const RestoreCollectionPlan& c : std::as_const(m_plan.collections)) {
        const QJsonArray props = QJsonDocument::fromJson(c.classBody.isEmpty() ? QByteArray("{}") : c.classBody)
                                     .object()
                                     .value(u"properties"_s)
                                     .toArray();
        for (const QJsonValue& p : props)
            if (p.toObject().value(u"dataType"_s).toArray().contains(u"blobHash"_s))
                m_plan.warnings << tr("Property \"%1\" of \"%2\" is a blob hash, which cannot be restored faithfully "
                                      "(the server would hash the hash).")
                                       .arg(p.toObject().value(u"name"_s).toString(), c.target);
    }
}

} // namespace Colvault
