// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClassSanitizer.h"
#include "core/ObjectSource.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace Colvault {

class WeaviateClient;

// One collection of a restore plan: what happens to it (create, replace, use the existing one), its schema diff
// against the target's class or the checks of the class to create, and its tenants with the status each must end
// with. Problems go into the collection's plan (any of them blocks the restore); warnings and the names Replace
// must have confirmed go into the whole plan, in the order the collections are planned.
// Thread: the plan's worker thread.
// Usage: RestoreCollectionPlanner planner(params, sanitize, targetClasses, nodes, plan);
//        planner.plan(sourceCollection, targetName, client, &collectionPlan, &error) for each collection.
class RestoreCollectionPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestoreCollectionPlanner(const RestoreParams& params, const ClassSanitizer::Options& sanitize,
        const QMap<QString, QJsonObject>& targetClasses, int targetNodes, RestorePlan& plan);

    // False when the plan cannot be made (*error set): tenants the source does not hold, or the target's tenants
    // could not be read.
    bool plan(const SourceCollection& source, const QString& target, WeaviateClient& client, RestoreCollectionPlan* out,
        OpError* error);

private:
    void chooseAction(RestoreCollectionPlan& c, bool exists);
    void compareWithExisting(RestoreCollectionPlan& c, const QJsonObject& cls, const QJsonObject& existing);
    void compareProperty(RestoreCollectionPlan& c, const QJsonObject& property, const QJsonObject& targetProperty);
    void checkNewClass(RestoreCollectionPlan& c, QJsonObject cls);
    void checkIndexesAndTokenizers(RestoreCollectionPlan& c, const QJsonObject& cls);
    void splitNamedVectors(RestoreCollectionPlan& c, QJsonObject& cls);
    bool planTenants(RestoreCollectionPlan& c, const SourceCollection& source, const QJsonObject& existing,
        WeaviateClient& client, OpError* error);
    RestoreTenantPlan planTenant(RestoreCollectionPlan& c, const QString& name, const QString& archivedStatus,
        const QMap<QString, QString>& targetStatus, bool canFreeze);

    const RestoreParams& m_params;
    const ClassSanitizer::Options& m_sanitize;
    const QMap<QString, QJsonObject>& m_targetClasses;
    int m_nodes;
    RestorePlan& m_plan;
};

} // namespace Colvault
