// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AliasClient.h"
#include "core/OperationContext.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>

namespace Colvault {

// The alias part of a restore or copy (RestorePlanner, RestoreApplier): which of the source's aliases are created
// on the target, left as they are, moved, or block the plan, and the side-by-side restore's switch-over alias; then
// applying exactly that, after the collections and their objects. Alias names never reach a schema write or a
// beacon: resolveTarget() turns a target name that is an alias into the collection it points at first.
// Thread: the operation's. Usage: AliasRestore aliases(params, server, targetAliases, targetClasses);
//        aliases.plan(head.aliases, &plan); … later AliasRestore::apply(plan, ctx, &report).
class AliasRestore
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    AliasRestore(const RestoreParams& params, const ServerInfo& target, const QList<CollectionAlias>& targetAliases,
        const QMap<QString, QJsonObject>& targetClasses);

    // The collection a target name means: the class an alias of that name points at, else the name itself.
    QString resolveTarget(const QString& name) const;
    // Fills plan->aliases, archivedAliases, and adds its problems and warnings. plan->collections must be planned.
    void plan(const AliasRecord& source, RestorePlan* plan) const;

    // Creates and moves what the plan says. The swap alias moves only when the restore is complete (no failed
    // objects, counts as planned); otherwise a warning says why it still points where it did.
    static bool apply(const RestorePlan& plan, OperationContext& ctx, RestoreReport* report);

    // The name a side-by-side restore gives `collection` at `utc`: Collection_yyyyMMddHHmmss.
    static QString sideBySideName(const QString& collection, const QDateTime& utc);

private:
    void planOne(const QString& alias, const QString& collection, bool swap, RestorePlan* plan) const;
    const CollectionAlias* findAlias(const QString& name) const;

    const RestoreParams& m_params;
    const ServerInfo& m_server;
    const QList<CollectionAlias>& m_targetAliases;
    const QMap<QString, QJsonObject>& m_targetClasses;
};

} // namespace Colvault
