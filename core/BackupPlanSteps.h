// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/OperationContext.h"

#include <QCoreApplication>

namespace Colvault {

// The steps of BackupTask::plan(), which runs them in order on one OperationContext: each fills part of the plan and
// returns false when it failed (ctx.fail) or noticed a cancel. Reads only: no step changes the server or a file.
// Its strings are BackupTask's (one translation context for the whole backup).
// Thread: the plan's worker thread, like the context.
class BackupPlanSteps
{
    Q_DECLARE_TR_FUNCTIONS(BackupTask)

public:
    BackupPlanSteps(OperationContext& ctx, const BackupParams& params);

    bool checkParameters(); // page size and destination (a folder or an S3 place named), before the server is read
    bool readServer(); // version (the cursor needs 1.18)
    bool readCollections(); // the chosen classes, verbatim, and their tenants with what to do with each
    bool countObjects(); // exact counts of what will be read, and the size estimates

    // The name of an archive that goes into a folder or an S3 place (S3Archive::pathIn): the collections and the time
    // (BackupTask::defaultFileName), with ".age" when it is encrypted.
    static QString defaultArchiveName(const BackupParams& params, const QDateTime& when);

    // The plan the steps built; warnings are the context's (call after the steps, once).
    BackupPlan takePlan();

private:
    bool readAliases();
    bool selectCollections(const QJsonArray& classes);
    bool readCollection(const QString& name);
    bool planTenants(BackupCollectionPlan& c, const QStringList& wanted);
    void warnAboutSkipped(const BackupTenantPlan& t, const QString& collection);
    bool countCollection(BackupCollectionPlan& c);
    void estimateBytes(BackupCollectionPlan& c);

    OperationContext& m_ctx;
    const BackupParams& m_params;
    BackupPlan m_plan;
    QStringList m_selected; // class names, as the server spells them, in the order they will be backed up
    QList<CollectionAlias> m_aliases; // every alias on the server (1.32+): names given may be aliases
};

} // namespace Colvault
