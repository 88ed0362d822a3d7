// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AliasRestore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Colvault {

AliasRestore::AliasRestore(const RestoreParams& params, const ServerInfo& target,
    const QList<CollectionAlias>& targetAliases, const QMap<QString, QJsonObject>& targetClasses)
    : m_params(params)
    , m_server(target)
    , m_targetAliases(targetAliases)
    , m_targetClasses(targetClasses)
{
}

QString AliasRestore::sideBySideName(const QString& collection, const QDateTime& utc)
{
    return collection + u'_' + utc.toUTC().toString(u"yyyyMMddHHmmss"_s);
}

// Aliases are unique case-insensitively among themselves (notes 15.2).
const CollectionAlias* AliasRestore::findAlias(const QString& name) const
{
    for (const CollectionAlias& a : m_targetAliases)
        if (a.alias.compare(name, Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

QString AliasRestore::resolveTarget(const QString& name) const
{
    if (m_targetClasses.contains(name))
        return name;
    for (const CollectionAlias& a : m_targetAliases)
        if (a.alias == name)
            return a.collection;
    return name;
}

void AliasRestore::plan(const AliasRecord& source, RestorePlan* plan) const
{
    plan->archivedAliases = source.state;
    QMap<QString, QString> targets; // source collection -> target collection
    for (const RestoreCollectionPlan& c : std::as_const(plan->collections))
        targets.insert(c.source, c.target);
    QList<CollectionAlias> wanted;
    if (m_params.aliases == RestoreAliases::Keep && !m_params.asNew)
        for (const CollectionAlias& a : source.aliases)
            if (targets.contains(a.collection))
                wanted.append({a.alias, targets.value(a.collection)});
    const bool swap = m_params.asNew && !m_params.swapAlias.isEmpty() && plan->collections.size() == 1;
    if (!swap && wanted.isEmpty())
        return;
    if (!AliasClient::isSupported(m_server)) {
        if (swap)
            plan->problems << tr("Weaviate %1 has no collection aliases (they arrived in 1.32), so alias \"%2\" "
                                 "cannot be switched.")
                                  .arg(m_server.versionString, m_params.swapAlias);
        if (!wanted.isEmpty())
            plan->warnings << tr("%Ln alias(es) cannot be restored: Weaviate %1 has no collection aliases (they "
                                 "arrived in 1.32). --aliases skip restores without them.",
                nullptr, int(wanted.size()))
                                  .arg(m_server.versionString);
        return;
    }
    for (const CollectionAlias& a : std::as_const(wanted))
        planOne(a.alias, a.collection, false, plan);
    if (swap)
        planOne(AliasClient::canonicalName(m_params.swapAlias), plan->collections.first().target, true, plan);
}

void AliasRestore::planOne(const QString& alias, const QString& collection, bool swap, RestorePlan* plan) const
{
    RestoreAliasPlan a;
    a.alias = alias;
    a.collection = collection;
    a.swap = swap;
    if (m_targetClasses.contains(alias)) {
        plan->problems << (swap
                ? tr("\"%1\" is a collection on the target, not an alias, so --swap-alias cannot "
                     "switch it. Give an alias name: clients that read through an alias can be "
                     "switched, clients that use the collection's own name cannot.")
                      .arg(alias)
                : tr("Alias \"%1\" cannot be restored: the target has a collection of that name.").arg(alias));
        return;
    }
    if (const CollectionAlias* held = findAlias(alias)) {
        a.alias = held->alias;
        a.current = held->collection;
        if (held->collection == collection)
            a.action = RestoreAliasPlan::Action::Unchanged;
        else if (swap || m_params.moveAliases)
            a.action = RestoreAliasPlan::Action::Move;
        else {
            a.action = RestoreAliasPlan::Action::Blocked;
            plan->problems << tr("Alias \"%1\" exists on the target and points at \"%2\", not at \"%3\". "
                                 "--move-aliases points it at \"%3\"; --aliases skip leaves it alone.")
                                  .arg(held->alias, held->collection, collection);
        }
    }
    plan->aliases.append(a);
}

namespace {

// An alias created on the target while the restore ran is pointed at ours only where the plan allowed moving.
OpError createOrAdopt(AliasClient& aliases, const RestoreAliasPlan& a, bool move)
{
    bool exists = false;
    if (OpError e = aliases.create(a.alias, a.collection, &exists); e || !exists)
        return e;
    std::optional<CollectionAlias> held;
    if (OpError e = aliases.get(a.alias, &held))
        return e;
    if (held && held->collection == a.collection)
        return {};
    if (move)
        return aliases.update(a.alias, a.collection);
    return OpError::make(OpError::Code::Conflict,
        AliasRestore::tr("Alias \"%1\" was created on the target while the restore ran and points elsewhere; it was "
                         "left as it is.")
            .arg(a.alias));
}

} // namespace

bool AliasRestore::apply(const RestorePlan& plan, OperationContext& ctx, RestoreReport* report)
{
    AliasClient aliases(ctx.client(), plan.server);
    for (const RestoreAliasPlan& a : plan.aliases) {
        if (ctx.isCanceled())
            return false;
        if (a.action == RestoreAliasPlan::Action::Unchanged || a.action == RestoreAliasPlan::Action::Blocked)
            continue;
        // Clients switch over only to a collection that holds all it should.
        if (a.swap && report->isPartial()) {
            ctx.warn(tr("Alias \"%1\" was not switched to \"%2\": the restore is incomplete. It still points "
                        "where it did.")
                         .arg(a.alias, a.collection));
            continue;
        }
        OpError e = a.action == RestoreAliasPlan::Action::Move ? aliases.update(a.alias, a.collection)
                                                               : createOrAdopt(aliases, a, plan.params.moveAliases);
        if (e)
            return ctx.fail(e);
        report->aliases.append(a);
    }
    return true;
}

} // namespace Colvault
