// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreCollectionPlanner.h"

#include "core/RestoreShards.h"
#include "core/RestoreVectorizers.h"
#include "core/TenantSelection.h"
#include "core/TenantStatus.h"
#include "core/WeaviateClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

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

RestoreCollectionPlanner::RestoreCollectionPlanner(const RestoreParams& params, const ClassSanitizer::Options& sanitize,
    const QMap<QString, QJsonObject>& targetClasses, int targetNodes, RestorePlan& plan)
    : m_params(params)
    , m_sanitize(sanitize)
    , m_targetClasses(targetClasses)
    , m_nodes(targetNodes)
    , m_plan(plan)
{
}

bool RestoreCollectionPlanner::plan(const SourceCollection& source, const QString& target, WeaviateClient& client,
    RestoreCollectionPlan* out, OpError* error)
{
    RestoreCollectionPlan& c = *out;
    c.source = source.name;
    c.target = target;
    c.multiTenant = source.multiTenant;
    const QJsonObject archivedClass = QJsonDocument::fromJson(source.classJson).object();
    const bool revectorize = m_params.vectors == RestoreVectors::Omit;
    const QJsonObject sanitized = ClassSanitizer::sanitize(archivedClass, m_sanitize);
    const QJsonObject cls = revectorize ? RestoreVectorizers::assign(sanitized, m_params.vectorizers) : sanitized;
    c.referenceProperties = ClassSanitizer::referenceProperties(archivedClass);
    const bool exists = m_targetClasses.contains(c.target);
    const QJsonObject existing = m_targetClasses.value(c.target);
    if (!exists) {
        for (auto it = m_targetClasses.begin(); it != m_targetClasses.end(); ++it)
            if (it.key().compare(c.target, Qt::CaseInsensitive) == 0)
                c.problems << tr("\"%1\" clashes with the existing collection \"%2\" (names differ only in "
                                 "case).")
                                  .arg(c.target, it.key());
    }
    chooseAction(c, exists);

    // Schema diff against what exists, or checks of what will be created.
    RestoreSchemaDiff& diff = c.diff;
    diff.targetNodes = m_nodes;
    diff.archivedReplicationFactor = archivedClass.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
    diff.replicationFactor = cls.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
    if (c.action == RestoreCollectionPlan::Action::UseExisting)
        compareWithExisting(c, cls, existing);
    else
        checkNewClass(c, cls);
    if (revectorize) {
        const bool kept = c.action == RestoreCollectionPlan::Action::UseExisting;
        c.vectorizers = RestoreVectorizers::describe(kept ? existing : cls);
        m_plan.warnings += RestoreVectorizers::warnings(m_params, c.target, c.vectorizers, kept);
    }
    return !c.multiTenant || planTenants(c, source, existing, client, error);
}

void RestoreCollectionPlanner::chooseAction(RestoreCollectionPlan& c, bool exists)
{
    switch (m_params.mode) {
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
            m_plan.needsConfirmation << c.target;
        break;
    }
}

void RestoreCollectionPlanner::compareWithExisting(
    RestoreCollectionPlan& c, const QJsonObject& cls, const QJsonObject& existing)
{
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
            c.diff.onlyInArchive << name;
            c.propertiesToAdd.append(p);
            continue;
        }
        compareProperty(c, p, targetProps.value(name.toLower()));
    }
    for (auto it = targetProps.begin(); it != targetProps.end(); ++it)
        if (!archivedNames.contains(it.key()))
            c.diff.onlyInTarget << it.value().value(u"name"_s).toString();
}

void RestoreCollectionPlanner::compareProperty(
    RestoreCollectionPlan& c, const QJsonObject& p, const QJsonObject& targetProp)
{
    const QString name = p.value(u"name"_s).toString();
    const QString a = typeText(p.value(u"dataType"_s));
    const QString t = typeText(targetProp.value(u"dataType"_s));
    QList<RestoreSchemaDiff::PropertyType> conflicts;
    QStringList nestedOnlyInArchive;
    if (comparableType(a) != comparableType(t))
        conflicts.append({name, a, t});
    else if (p.contains(u"nestedProperties"_s))
        compareNested(name, p.value(u"nestedProperties"_s).toArray(), targetProp.value(u"nestedProperties"_s).toArray(),
            &conflicts, &nestedOnlyInArchive);
    for (const RestoreSchemaDiff::PropertyType& conflict : conflicts) {
        c.diff.typeConflicts.append(conflict);
        c.problems << tr("Property \"%1\" of \"%2\" is %3 in the archive but %4 on the target.")
                          .arg(conflict.name, c.target, conflict.archiveType, conflict.targetType);
    }
    for (const QString& nested : nestedOnlyInArchive)
        c.problems << tr("Nested property \"%1\" of \"%2\" exists only in the archive. The server cannot "
                         "add it to the existing object property, and refuses objects that carry it.")
                          .arg(nested, c.target);
}

void RestoreCollectionPlanner::checkNewClass(RestoreCollectionPlan& c, QJsonObject cls)
{
    RestoreSchemaDiff& diff = c.diff;
    for (const QString& module : ClassSanitizer::requiredModules(cls))
        if (!m_plan.server.hasModule(module)) {
            diff.missingModules << module;
            c.problems << tr("\"%1\" needs the module \"%2\", which the target does not have; rewrite the "
                             "vectorizer to \"none\" (the archived objects carry their vectors).")
                              .arg(c.target, module);
        }
    if (diff.replicationFactor > m_nodes)
        c.problems << tr("\"%1\" has replication factor %2 but the target has %Ln node(s); lower the "
                         "replication factor.",
            nullptr, m_nodes)
                          .arg(c.target)
                          .arg(diff.replicationFactor);
    checkIndexesAndTokenizers(c, cls);
    splitNamedVectors(c, cls);
    c.classBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
}

void RestoreCollectionPlanner::checkIndexesAndTokenizers(RestoreCollectionPlan& c, const QJsonObject& cls)
{
    static const QStringList knownIndexTypes = {u"hnsw"_s, u"flat"_s, u"dynamic"_s};
    for (const QString& type : ClassSanitizer::vectorIndexTypes(cls))
        if (!knownIndexTypes.contains(type)) {
            c.diff.unsupported << tr("vector index type \"%1\"").arg(type);
            if (!(type == u"hfresh" && m_plan.server.atLeast(1, 37)))
                c.problems << tr("\"%1\" uses the vector index type \"%2\", which the target may not "
                                 "support.")
                                  .arg(c.target, type);
        }
    for (const QString& tokenization : ClassSanitizer::tokenizations(cls))
        if (tokenization.startsWith(u"gse"_s) || tokenization.startsWith(u"kagome"_s)) {
            c.diff.unsupported << tr("tokenization \"%1\"").arg(tokenization);
            m_plan.warnings << tr("\"%1\" uses the tokenization \"%2\", which needs to be enabled on the "
                                  "target.")
                                   .arg(c.target, tokenization);
        }
}

// A class with both a class-level vector and named vectors is created as the legacy class, then its named vectors
// are added by a PUT of the whole class, as the server itself allows since 1.31 (where such classes come from).
void RestoreCollectionPlanner::splitNamedVectors(RestoreCollectionPlan& c, QJsonObject& cls)
{
    if (!cls.contains(u"vectorConfig"_s) || cls.value(u"vectorConfig"_s).toObject().isEmpty()
        || !cls.contains(u"vectorIndexConfig"_s) || cls.value(u"vectorIndexConfig"_s).toObject().isEmpty())
        return;
    if (m_plan.server.atLeast(1, 31)) {
        c.namedVectorsBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
        cls.remove(u"vectorConfig"_s);
        m_plan.warnings << tr("\"%1\" has both a class-level vector and named vectors: it is created "
                              "with the class-level vector first, and its named vectors are added right "
                              "after.")
                               .arg(c.target);
    } else {
        c.problems << tr("\"%1\" has both a class-level vector and named vectors. Weaviate %2 cannot "
                         "create such a collection; version 1.31 or later can.")
                          .arg(c.target, m_plan.server.version.toString());
    }
}

bool RestoreCollectionPlanner::planTenants(RestoreCollectionPlan& c, const SourceCollection& source,
    const QJsonObject& existing, WeaviateClient& client, OpError* error)
{
    QStringList wanted;
    for (auto it = m_params.tenants.begin(); it != m_params.tenants.end(); ++it)
        if (RestoreShards::className(it.key()) == source.name)
            wanted += it.value();
    QMap<QString, QString> archivedStatus;
    for (const SourceTenant& t : source.tenants)
        archivedStatus.insert(t.name, t.activityStatus);
    QStringList names;
    if (OpError chooseError = TenantSelection::choose(
            wanted, archivedStatus.keys(), source.name, TenantSelection::Place::Archive, &names)) {
        *error = chooseError;
        return false;
    }
    QMap<QString, QString> targetStatus;
    if (c.action == RestoreCollectionPlan::Action::UseExisting && ClassSanitizer::isMultiTenant(existing)) {
        OpError err;
        const QJsonArray list = client.tenants(c.target, &err);
        if (err) {
            *error = err;
            return false;
        }
        for (const QJsonValue& t : list)
            targetStatus.insert(
                t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
    }
    const bool canFreeze = std::any_of(m_plan.server.modules.begin(), m_plan.server.modules.end(),
        [](const QString& m) { return m.startsWith(u"offload-"_s); });
    for (const QString& name : std::as_const(names))
        c.tenants.append(planTenant(c, name, archivedStatus.value(name), targetStatus, canFreeze));
    return true;
}

RestoreTenantPlan RestoreCollectionPlanner::planTenant(RestoreCollectionPlan& c, const QString& name,
    const QString& archivedStatus, const QMap<QString, QString>& targetStatus, bool canFreeze)
{
    RestoreTenantPlan t;
    t.name = name;
    t.archivedStatus = archivedStatus;
    t.create = !targetStatus.contains(name);
    const QString archivedNorm = TenantStatus::normalised(t.archivedStatus);
    if (!t.create) {
        t.targetStatus = targetStatus.value(name);
        t.activate = !TenantStatus::isActive(t.targetStatus) && !m_params.schemaOnly;
        // An existing tenant gets back the status it had on the target.
        if (t.activate)
            t.finalStatus = TenantStatus::normalised(t.targetStatus);
    } else if (archivedNorm == u"COLD") {
        t.finalStatus = archivedNorm;
    } else if (archivedNorm == u"FROZEN") {
        if (canFreeze)
            t.finalStatus = archivedNorm;
        else
            m_plan.warnings << tr("Tenant \"%1\" of \"%2\" was offloaded (%3); the target has no offload "
                                  "module, so it stays active.")
                                   .arg(name, c.target, t.archivedStatus);
    } else if (archivedNorm != u"HOT") {
        m_plan.warnings << tr("Tenant \"%1\" of \"%2\" had the status %3 and is restored as active.")
                               .arg(name, c.target, t.archivedStatus);
    }
    if (t.activate && t.targetStatus.toUpper() != u"COLD" && t.targetStatus.toUpper() != u"INACTIVE")
        c.problems << tr("Tenant \"%1\" of \"%2\" is %3 on the target and cannot be loaded.")
                          .arg(name, c.target, t.targetStatus);
    return t;
}

} // namespace Colvault
