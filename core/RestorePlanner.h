// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AliasClient.h"
#include "core/ClassSanitizer.h"
#include "core/ObjectSource.h"
#include "core/OperationContext.h"
#include "core/RestorePlan.h"
#include "core/RestoreShards.h"
#include "core/VectorShapeCheck.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>

namespace Colvault {

// The steps of RestoreTask::plan(): the diff between a source and the target, computed without writing anything.
// The source's head gives the collections, their classes, tenants and (where it knows them) object counts; the
// target is read once; each selected collection is compared (RestoreCollectionPlanner); objects are read only for
// shards the target already holds (a merge-join with the target's cursor) or whose count the source does not know.
// Thread: the operation's thread.
// Usage: RestorePlanner planner(params, source, ctx); if (ctx.run(planner.steps()) == Completed) planner.result();
class RestorePlanner
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    RestorePlanner(const RestoreParams& params, ObjectSource& source, OperationContext& ctx);

    QList<OperationStep> steps();
    // The plan, after the steps completed.
    RestorePlan result();

private:
    bool checkParameters();
    bool readSource();
    bool readTarget();
    bool selectCollections();
    bool selectByName();
    bool checkRenames();
    bool prepareSideBySide();
    bool resolveAliasTargets();
    void warnAboutVersions();
    bool compareCollections();
    void warnAboutDanglingReferences();
    bool addsProperty(const QString& source, const QString& property) const;
    bool warnAboutSwitchedTenants();
    bool countObjects();
    bool prepareCounts(const QMap<QString, RestoreShards::Ref>& shards, QSet<QString>* toRead);
    bool countShard(const RestoreShards::Ref& shard, RestoreObjectCounts& counts);
    void addCounts();
    bool checkVectorLengths();
    void warnAboutBlobHashes();

    const RestoreParams& m_params;
    ObjectSource& m_source;
    OperationContext& m_ctx;
    RestorePlan m_plan;
    SourceHead m_head;
    QMap<QString, const SourceCollection*> m_inSource; // by source name
    QMap<QString, qint64> m_sourceCounts; // shard key -> objects, where the source knows them
    QMap<QString, QJsonObject> m_targetClasses; // by name
    QList<CollectionAlias> m_targetAliases; // every alias on the target (1.32+)
    int m_nodes = 1;
    QStringList m_selected; // source names, in the order they are restored
    QMap<QString, QString> m_rename; // source name -> target name, as Weaviate spells them
    ClassSanitizer::Options m_sanitize;
    QMap<QString, RestoreObjectCounts> m_counts; // shard key -> objects
    VectorShapeCheck m_shapes; // the source's vector lengths, from the object pass, against the target's
};

} // namespace Colvault
