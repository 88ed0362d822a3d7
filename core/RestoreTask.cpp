// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreTask.h"

#include "core/ArchiveLayout.h"
#include "core/ArchiveSource.h"
#include "core/ClassSanitizer.h"
#include "core/Logging.h"
#include "core/RestoreApplier.h"
#include "core/RestoreBatchWriter.h"
#include "core/RestoreShards.h"
#include "core/RestoreTargetCursor.h"
#include "core/SchemaClient.h"
#include "core/VectorShapeCheck.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// Batches in flight: bodies go through HttpExchange (no per-host limit); 6 is the highest count ever measured, and
// each batch in flight holds its body until answered (docs/decisions.md).
constexpr int maxConcurrency = 6;

bool isActiveStatus(const QString& status)
{
    const QString s = status.toUpper();
    return s.isEmpty() || s == u"HOT" || s == u"ACTIVE";
}

QString normalisedStatus(const QString& status)
{
    const QString s = status.toUpper();
    if (s.isEmpty() || s == u"ACTIVE" || s == u"HOT")
        return u"HOT"_s;
    if (s == u"INACTIVE" || s == u"COLD")
        return u"COLD"_s;
    if (s == u"OFFLOADED" || s == u"FROZEN")
        return u"FROZEN"_s;
    return s;
}

QString typeText(const QJsonValue& dataType)
{
    QStringList parts;
    for (const QJsonValue& v : dataType.toArray())
        parts << v.toString();
    return parts.join(u',');
}

// Weaviate migrated string to text; the same data fits either.
QString comparableType(QString type)
{
    return type.replace(u"string"_s, u"text"_s);
}

// The nested properties of an object property on both sides, recursively: a type that differs blocks the restore
// like a top-level conflict; a nested property only the archive has is reported by its dotted path, because the
// server cannot add it to an existing property and refuses objects that carry it.
void compareNested(const QString& path, const QJsonArray& archived, const QJsonArray& target,
    QList<RestoreSchemaDiff::PropertyType>* conflicts, QStringList* onlyInArchive)
{
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& v : target)
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    for (const QJsonValue& v : archived) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(u"name"_s).toString();
        const QString dotted = path + u'.' + name;
        const auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            onlyInArchive->append(dotted);
            continue;
        }
        const QString at = typeText(a.value(u"dataType"_s));
        const QString tt = typeText(it->value(u"dataType"_s));
        if (comparableType(at) != comparableType(tt))
            conflicts->append({dotted, at, tt});
        else if (a.contains(u"nestedProperties"_s))
            compareNested(dotted, a.value(u"nestedProperties"_s).toArray(), it->value(u"nestedProperties"_s).toArray(),
                conflicts, onlyInArchive);
    }
}

} // namespace

QString RestoreTask::modeName(RestoreMode mode)
{
    switch (mode) {
    case RestoreMode::New:
        return u"new"_s;
    case RestoreMode::Merge:
        return u"merge"_s;
    case RestoreMode::Overwrite:
        return u"overwrite"_s;
    case RestoreMode::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<RestoreMode> RestoreTask::modeFromName(const QString& name)
{
    for (RestoreMode m : {RestoreMode::New, RestoreMode::Merge, RestoreMode::Overwrite, RestoreMode::Replace})
        if (modeName(m) == name)
            return m;
    return std::nullopt;
}

RestorePlan RestoreTask::plan(const RestoreParams& params, ProgressSink* sink, OpError* error)
{
    RestorePlan plan;
    plan.params = params;
    auto failWith = [&](OpError e) {
        if (error)
            *error = std::move(e);
        return RestorePlan {};
    };

    constexpr int maxBatchSize = 1000;
    if (params.batchSize < 1 || params.batchSize > maxBatchSize)
        return failWith(OpError::make(OpError::Code::Usage,
            tr("The batch size must be between 1 and %L1 objects, not %L2.").arg(maxBatchSize).arg(params.batchSize)));
    if (params.concurrency < 1 || params.concurrency > maxConcurrency)
        return failWith(OpError::make(OpError::Code::Usage,
            tr("The number of batches in flight must be between 1 and %1, not %2.")
                .arg(maxConcurrency)
                .arg(params.concurrency)));
    if (params.replicationFactor < 0)
        return failWith(OpError::make(OpError::Code::Usage, tr("The replication factor must be at least 1.")));
    ProgressMeter meter(sink);
    ArchiveSource archiveSource(params.archivePath);
    ObjectSource& src = archiveSource;
    meter.state().text = src.headStepName();
    meter.update(true);
    SourceHead head;
    if (OpError e = src.readHead(&head, meter))
        return failWith(e);
    if (meter.isCanceled())
        return failWith({});
    plan.archiveServerVersion = head.serverVersion;

    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    OpError err;
    plan.server = client.serverInfo(&err);
    if (err)
        return failWith(err);
    const QJsonArray classes = client.schemaClasses(&err);
    if (err)
        return failWith(err);
    if (client.isCanceled())
        return failWith({});
    QMap<QString, QJsonObject> targetClasses;
    for (const QJsonValue& c : classes)
        targetClasses.insert(c.toObject().value(u"class"_s).toString(), c.toObject());
    int nodes = 1;
    {
        const HttpResult r = client.nodes();
        if (r.ok())
            nodes = std::max<int>(1, int(QJsonDocument::fromJson(r.body).object().value(u"nodes"_s).toArray().size()));
    }

    // Selection and renames, by archive name (first letter upper-cased like Weaviate does).
    QMap<QString, const SourceCollection*> inArchive;
    for (const SourceCollection& c : head.collections)
        inArchive.insert(c.name, &c);
    QStringList selected;
    QStringList missing;
    for (const QString& wanted : params.collections) {
        const QString name = RestoreShards::className(wanted);
        if (!inArchive.contains(name))
            missing << name;
        else if (!selected.contains(name))
            selected << name;
    }
    if (params.collections.isEmpty())
        for (const SourceCollection& c : head.collections)
            selected << c.name;
    if (!missing.isEmpty())
        return failWith(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found in the archive: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));
    QMap<QString, QString> rename;
    for (auto it = params.rename.begin(); it != params.rename.end(); ++it) {
        const QString from = RestoreShards::className(it.key());
        const QString to = RestoreShards::className(it.value());
        if (!inArchive.contains(from))
            return failWith(OpError::make(
                OpError::Code::Usage, tr("\"%1\" cannot be renamed: it is not in the archive.").arg(it.key())));
        if (!ArchiveLayout::isValidClassName(to))
            return failWith(
                OpError::make(OpError::Code::Usage, tr("\"%1\" is not a valid collection name.").arg(it.value())));
        rename.insert(from, to);
    }
    QStringList targets;
    for (const QString& s : std::as_const(selected)) {
        const QString t = rename.value(s, s);
        if (targets.contains(t, Qt::CaseInsensitive))
            return failWith(
                OpError::make(OpError::Code::Usage, tr("Two collections would be restored as \"%1\".").arg(t)));
        targets << t;
    }
    for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it)
        if (!selected.contains(RestoreShards::className(it.key())))
            return failWith(OpError::make(OpError::Code::Usage,
                tr("Tenants were chosen for \"%1\", which is not being restored.").arg(it.key())));

    if (!plan.archiveServerVersion.isEmpty() && !plan.server.version.isNull()) {
        const QVersionNumber archived = QVersionNumber::fromString(plan.archiveServerVersion);
        if (QVersionNumber(archived.majorVersion(), archived.minorVersion())
            > QVersionNumber(plan.server.version.majorVersion(), plan.server.version.minorVersion()))
            plan.warnings << tr("The archive comes from Weaviate %1 and the target runs %2: settings the older "
                                "server does not know are dropped.")
                                 .arg(plan.archiveServerVersion, plan.server.versionString);
    }

    ClassSanitizer::Options sanitize;
    sanitize.rename = rename;
    sanitize.vectorizerNone = params.vectorizerNone;
    sanitize.targetModules = plan.server.modules;
    sanitize.replicationFactor = params.replicationFactor;
    static const QStringList knownIndexTypes = {u"hnsw"_s, u"flat"_s, u"dynamic"_s};

    for (const QString& source : std::as_const(selected)) {
        const SourceCollection& archived = *inArchive.value(source);
        RestoreCollectionPlan c;
        c.source = source;
        c.target = rename.value(source, source);
        c.multiTenant = archived.multiTenant;
        const QJsonObject archivedClass = QJsonDocument::fromJson(archived.classJson).object();
        QJsonObject cls = ClassSanitizer::sanitize(archivedClass, sanitize);
        c.referenceProperties = ClassSanitizer::referenceProperties(archivedClass);
        const bool exists = targetClasses.contains(c.target);
        const QJsonObject existing = targetClasses.value(c.target);
        if (!exists) {
            for (auto it = targetClasses.begin(); it != targetClasses.end(); ++it)
                if (it.key().compare(c.target, Qt::CaseInsensitive) == 0)
                    c.problems << tr("\"%1\" clashes with the existing collection \"%2\" (names differ only in "
                                     "case).")
                                      .arg(c.target, it.key());
        }

        switch (params.mode) {
        case RestoreMode::New:
            c.action = RestoreCollectionPlan::Action::Create;
            if (exists)
                c.problems << tr("The collection \"%1\" already exists on the target; choose merge, overwrite or "
                                 "replace.")
                                  .arg(c.target);
            break;
        case RestoreMode::Merge:
        case RestoreMode::Overwrite:
            c.action = exists ? RestoreCollectionPlan::Action::UseExisting : RestoreCollectionPlan::Action::Create;
            break;
        case RestoreMode::Replace:
            c.action = exists ? RestoreCollectionPlan::Action::Replace : RestoreCollectionPlan::Action::Create;
            if (exists)
                plan.needsConfirmation << c.target;
            break;
        }

        // Schema diff against what exists, or checks of what will be created.
        RestoreSchemaDiff& diff = c.diff;
        diff.targetNodes = nodes;
        diff.archivedReplicationFactor
            = archivedClass.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
        diff.replicationFactor = cls.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
        if (c.action == RestoreCollectionPlan::Action::UseExisting) {
            if (ClassSanitizer::isMultiTenant(existing) != c.multiTenant)
                c.problems << (c.multiTenant
                        ? tr("\"%1\" is multi-tenant in the archive but not on the target.").arg(c.target)
                        : tr("\"%1\" is multi-tenant on the target but not in the archive.").arg(c.target));
            QMap<QString, QJsonObject> targetProps;
            for (const QJsonValue& v : existing.value(u"properties"_s).toArray())
                targetProps.insert(v.toObject().value(u"name"_s).toString().toLower(), v.toObject());
            QSet<QString> archivedNames;
            for (const QJsonValue& v : cls.value(u"properties"_s).toArray()) {
                const QJsonObject p = v.toObject();
                const QString name = p.value(u"name"_s).toString();
                archivedNames.insert(name.toLower());
                if (!targetProps.contains(name.toLower())) {
                    diff.onlyInArchive << name;
                    c.propertiesToAdd.append(p);
                    continue;
                }
                const QJsonObject targetProp = targetProps.value(name.toLower());
                const QString a = typeText(p.value(u"dataType"_s));
                const QString t = typeText(targetProp.value(u"dataType"_s));
                QList<RestoreSchemaDiff::PropertyType> conflicts;
                QStringList nestedOnlyInArchive;
                if (comparableType(a) != comparableType(t))
                    conflicts.append({name, a, t});
                else if (p.contains(u"nestedProperties"_s))
                    compareNested(name, p.value(u"nestedProperties"_s).toArray(),
                        targetProp.value(u"nestedProperties"_s).toArray(), &conflicts, &nestedOnlyInArchive);
                for (const RestoreSchemaDiff::PropertyType& conflict : conflicts) {
                    diff.typeConflicts.append(conflict);
                    c.problems << tr("Property \"%1\" of \"%2\" is %3 in the archive but %4 on the target.")
                                      .arg(conflict.name, c.target, conflict.archiveType, conflict.targetType);
                }
                for (const QString& nested : nestedOnlyInArchive)
                    c.problems << tr("Nested property \"%1\" of \"%2\" exists only in the archive. The server cannot "
                                     "add it to the existing object property, and refuses objects that carry it.")
                                      .arg(nested, c.target);
            }
            for (auto it = targetProps.begin(); it != targetProps.end(); ++it)
                if (!archivedNames.contains(it.key()))
                    diff.onlyInTarget << it.value().value(u"name"_s).toString();
        } else {
            for (const QString& module : ClassSanitizer::requiredModules(cls))
                if (!plan.server.hasModule(module)) {
                    diff.missingModules << module;
                    c.problems << tr("\"%1\" needs the module \"%2\", which the target does not have; rewrite the "
                                     "vectorizer to \"none\" (the archived objects carry their vectors).")
                                      .arg(c.target, module);
                }
            if (diff.replicationFactor > nodes)
                c.problems << tr("\"%1\" has replication factor %2 but the target has %Ln node(s); lower the "
                                 "replication factor.",
                    nullptr, nodes)
                                  .arg(c.target)
                                  .arg(diff.replicationFactor);
            for (const QString& type : ClassSanitizer::vectorIndexTypes(cls))
                if (!knownIndexTypes.contains(type)) {
                    diff.unsupported << tr("vector index type \"%1\"").arg(type);
                    if (!(type == u"hfresh" && plan.server.atLeast(1, 37)))
                        c.problems << tr("\"%1\" uses the vector index type \"%2\", which the target may not "
                                         "support.")
                                          .arg(c.target, type);
                }
            for (const QString& tokenization : ClassSanitizer::tokenizations(cls))
                if (tokenization.startsWith(u"gse"_s) || tokenization.startsWith(u"kagome"_s)) {
                    diff.unsupported << tr("tokenization \"%1\"").arg(tokenization);
                    plan.warnings << tr("\"%1\" uses the tokenization \"%2\", which needs to be enabled on the "
                                        "target.")
                                         .arg(c.target, tokenization);
                }
            if (cls.contains(u"vectorConfig"_s) && !cls.value(u"vectorConfig"_s).toObject().isEmpty()
                && cls.contains(u"vectorIndexConfig"_s) && !cls.value(u"vectorIndexConfig"_s).toObject().isEmpty()) {
                // Created as the legacy class, then its named vectors are added by a PUT of the whole class, as
                // the server itself allows since 1.31 (where such classes come from).
                if (plan.server.atLeast(1, 31)) {
                    c.namedVectorsBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
                    cls.remove(u"vectorConfig"_s);
                    plan.warnings << tr("\"%1\" has both a class-level vector and named vectors: it is created "
                                        "with the class-level vector first, and its named vectors are added right "
                                        "after.")
                                         .arg(c.target);
                } else {
                    c.problems << tr("\"%1\" has both a class-level vector and named vectors. Weaviate %2 cannot "
                                     "create such a collection; version 1.31 or later can.")
                                      .arg(c.target, plan.server.version.toString());
                }
            }
            c.classBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
        }

        // Tenants.
        if (c.multiTenant) {
            QStringList wanted;
            for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it)
                if (RestoreShards::className(it.key()) == source)
                    wanted += it.value();
            QMap<QString, QString> archivedStatus;
            for (const SourceTenant& t : archived.tenants)
                archivedStatus.insert(t.name, t.activityStatus);
            QStringList unknown;
            for (const QString& t : std::as_const(wanted))
                if (!archivedStatus.contains(t))
                    unknown << t;
            if (!unknown.isEmpty())
                return failWith(OpError::make(OpError::Code::NotFound,
                    tr("%Ln tenant(s) not found in the archive's \"%1\": %2.", nullptr, int(unknown.size()))
                        .arg(source, unknown.join(u", "_s))));
            QMap<QString, QString> targetStatus;
            if (c.action == RestoreCollectionPlan::Action::UseExisting && ClassSanitizer::isMultiTenant(existing)) {
                const QJsonArray list = client.tenants(c.target, &err);
                if (err)
                    return failWith(err);
                for (const QJsonValue& t : list)
                    targetStatus.insert(
                        t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
            }
            const bool canFreeze = std::any_of(plan.server.modules.begin(), plan.server.modules.end(),
                [](const QString& m) { return m.startsWith(u"offload-"_s); });
            QStringList names = wanted.isEmpty() ? archivedStatus.keys() : wanted;
            names.removeDuplicates();
            std::sort(names.begin(), names.end());
            for (const QString& name : std::as_const(names)) {
                RestoreTenantPlan t;
                t.name = name;
                t.archivedStatus = archivedStatus.value(name);
                t.create = !targetStatus.contains(name);
                const QString archivedNorm = normalisedStatus(t.archivedStatus);
                if (!t.create) {
                    t.targetStatus = targetStatus.value(name);
                    t.activate = !isActiveStatus(t.targetStatus) && !params.schemaOnly;
                    // An existing tenant gets back the status it had on the target.
                    if (t.activate)
                        t.finalStatus = normalisedStatus(t.targetStatus);
                } else if (archivedNorm == u"COLD") {
                    t.finalStatus = archivedNorm;
                } else if (archivedNorm == u"FROZEN") {
                    if (canFreeze)
                        t.finalStatus = archivedNorm;
                    else
                        plan.warnings << tr("Tenant \"%1\" of \"%2\" was offloaded (%3); the target has no offload "
                                            "module, so it stays active.")
                                             .arg(name, c.target, t.archivedStatus);
                } else if (archivedNorm != u"HOT") {
                    plan.warnings << tr("Tenant \"%1\" of \"%2\" had the status %3 and is restored as active.")
                                         .arg(name, c.target, t.archivedStatus);
                }
                if (t.activate && t.targetStatus.toUpper() != u"COLD" && t.targetStatus.toUpper() != u"INACTIVE")
                    c.problems << tr("Tenant \"%1\" of \"%2\" is %3 on the target and cannot be loaded.")
                                      .arg(name, c.target, t.targetStatus);
                c.tenants.append(t);
            }
        }
        for (const QString& p : std::as_const(c.problems))
            plan.problems << p;
        plan.collections.append(c);
    }

    // Objects: one pass over the archive, a merge-join per shard with the target where it holds objects already.
    if (!params.schemaOnly) {
        QMap<QString, RestoreShards::Ref> shards = RestoreShards::of(plan.collections);
        QMap<QString, RestoreObjectCounts> counts;
        // Where the target holds nothing yet every archived object is created: the verified counts say how many,
        // and the archive is not read a second time (a third of the plan's time on a large archive).
        QMap<QString, qint64> verifiedObjects;
        for (const SourceCollection& c : std::as_const(head.collections)) {
            verifiedObjects.insert(RestoreShards::key(c.name, {}), c.objects);
            for (const SourceTenant& t : c.tenants)
                verifiedObjects.insert(RestoreShards::key(c.name, t.name), t.objects);
        }
        bool needsJoin = false;
        for (auto it = shards.begin(); it != shards.end(); ++it) {
            RestoreObjectCounts zero;
            const RestoreShards::Ref& s = it.value();
            if (!s.targetExists) {
                zero.archived = zero.create = verifiedObjects.value(it.key());
                counts.insert(it.key(), zero);
                continue;
            }
            needsJoin = true;
            // targetBefore from Aggregate; an inactive tenant cannot be counted without activating it (a write).
            if (s.targetExists && !(s.tenant && s.tenant->activate)) {
                zero.targetBefore
                    = client.objectCount(s.collection->target, s.tenant ? s.tenant->name : QString(), &err);
                if (err)
                    return failWith(err);
            }
            counts.insert(it.key(), zero);
        }
        ObjectSource& reader = src;
        VectorShapeCheck shapes; // the archive's vector lengths, from this pass, against the target's
        if (needsJoin) {
            if (OpError e = reader.openObjects())
                return failWith(e);
            meter.state().text = tr("Comparing the archive with the target…");
            meter.update(true);
        }
        while (needsJoin) {
            bool has = false;
            if (OpError e = reader.nextShard(&has))
                return failWith(e);
            if (!has)
                break;
            const QString key = RestoreShards::key(reader.collection(), reader.tenant());
            if (!shards.contains(key) || !shards[key].targetExists)
                continue;
            const RestoreShards::Ref& s = shards[key];
            meter.state().collection = s.collection->target;
            meter.state().tenant = reader.tenant();
            meter.update(true);
            std::optional<RestoreTargetCursor> cursor;
            bool estimate = false;
            if (s.targetExists) {
                if (s.tenant && s.tenant->activate)
                    estimate = true;
                else
                    cursor.emplace(
                        client, s.collection->target, reader.tenant(), params.mode == RestoreMode::Overwrite);
            }
            shapes.beginShard(s.collection->target, reader.tenant(), cursor.has_value());
            RestoreObjectCounts& c = counts[key];
            while (true) {
                const SourceObject* o = nullptr;
                if (OpError e = reader.next(&o))
                    return failWith(e);
                if (!o)
                    break;
                const RestoreDecision d = RestoreTargetCursor::decide(params, cursor ? &*cursor : nullptr, *o, &err);
                if (err)
                    return failWith(err);
                if (client.isCanceled())
                    return failWith({});
                RestoreTargetCursor::count(c, d);
                shapes.observe(*o);
            }
            if (estimate)
                plan.warnings << tr("Tenant \"%1\" of \"%2\" is inactive on the target, so its objects could not be "
                                    "compared; every archived object is counted as new.")
                                     .arg(reader.tenant(), s.collection->target);
        }
        if (OpError e = shapes.addProblems(client, &plan))
            return failWith(e);
        if (client.isCanceled())
            return failWith({});
        for (RestoreCollectionPlan& c : plan.collections) {
            if (!c.multiTenant) {
                c.objects = counts.value(RestoreShards::key(c.source, {}));
            } else {
                for (RestoreTenantPlan& t : c.tenants) {
                    t.objects = counts.value(RestoreShards::key(c.source, t.name));
                    c.objects += t.objects;
                }
            }
            plan.totals += c.objects;
        }
        if (plan.totals.toWrite() > 0)
            plan.warnings << tr("Creation and update times are set by the server; the archived times cannot be "
                                "restored.");
    }
    for (const RestoreCollectionPlan& c : plan.collections) {
        const QJsonArray props = QJsonDocument::fromJson(c.classBody.isEmpty() ? QByteArray("{}") : c.classBody)
                                     .object()
                                     .value(u"properties"_s)
                                     .toArray();
        for (const QJsonValue& p : props)
            if (p.toObject().value(u"dataType"_s).toArray().contains(u"blobHash"_s))
                plan.warnings << tr("Property \"%1\" of \"%2\" is a blob hash, which cannot be restored faithfully "
                                    "(the server would hash the hash).")
                                     .arg(p.toObject().value(u"name"_s).toString(), c.target);
    }
    meter.state().text = tr("Plan ready.");
    meter.update(true);
    return plan;
}

RestoreReport RestoreTask::apply(const RestorePlan& plan, ProgressSink* sink)
{
    ArchiveSource source(plan.params.archivePath);
    return apply(plan, source, sink);
}

RestoreReport RestoreTask::apply(const RestorePlan& plan, ObjectSource& source, ProgressSink* sink)
{
    QElapsedTimer timer;
    timer.start();
    RestoreReport report;
    OperationContext ctx(plan.params.endpoint, sink);
    ctx.progress().state().objectsTotal = plan.totals.toWrite();
    RestoreApplier applier(plan, source, ctx, report);
    const OperationContext::End end = applier.checkPlan() ? ctx.run(applier.steps()) : OperationContext::End::Failed;
    applier.abandon();
    report.warnings = ctx.finish();
    report.durationMs = timer.elapsed();
    switch (end) {
    case OperationContext::End::Failed:
        report.error = ctx.error();
        report.outcome = RestoreReport::Outcome::Failed;
        break;
    case OperationContext::End::Canceled:
        report.outcome = RestoreReport::Outcome::Canceled;
        break;
    case OperationContext::End::Completed:
        report.warnings = plan.warnings + report.warnings;
        report.planWarningCount = plan.warnings.size();
        report.outcome = RestoreReport::Outcome::Succeeded;
        ctx.progress().state().text = tr("Restore finished.");
        ctx.progress().update(true);
        break;
    }
    return report;
}

} // namespace Colvault
