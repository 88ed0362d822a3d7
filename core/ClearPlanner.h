// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>

namespace Colvault {

// The plan steps of a clear (ClearTask::plan runs them in this order on one OperationContext): each is a short
// function that adds to the plan and returns false when it failed (the error is on the context) or was canceled.
// Nothing here writes to the server or the disk: the plan is the dry run. Worker thread, one planner per plan().
//
// Usage: ClearPlanner p(ctx, params, sink); ctx.run({{…, [&] { return p.checkParameters(); }}, …}); p.plan()
class ClearPlanner
{
    // The clear's strings stay in one translation context, whichever class of the clear shows them.
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    ClearPlanner(OperationContext& ctx, const ClearParams& params, ProgressSink* sink);

    // Exact, unique collection names; tenants chosen only for collections being cleared. No request.
    bool checkParameters();
    // The server, the schema, and per collection its multi-tenancy and the chosen tenants with their statuses.
    bool readCollectionsAndTenants();
    // Objects per collection and active tenant; what an inactive tenant means for the chosen method.
    bool countObjects();
    // Reference properties of other collections that will point into cleared ones (each one a warning).
    bool findIncomingReferences();
    // What the method changes beyond the objects, the confirmations it needs, and the restore mode that undoes it.
    bool describeMethod();
    // The backup taken first (planned through BackupTask::plan, which writes nothing), or the warning that none is.
    bool planBackup();

    const ClearPlan& plan() const { return m_plan; }

private:
    bool readOk(const OpError& error);
    bool readTenants(ClearCollectionPlan& c, const QStringList& wanted);
    void weighInactiveTenant(ClearTenantPlan& tenant, const QString& collection);
    QString backupPath(bool* defaultFolder) const;

    OperationContext& m_ctx;
    ProgressSink* m_sink;
    ClearPlan m_plan;
    QStringList m_selected; // the collections, normalised, in the order given
    QMap<QString, QStringList> m_wantedTenants; // per collection: the chosen tenants (absent = all)
    QJsonArray m_classes; // the server's schema
};

} // namespace Colvault
