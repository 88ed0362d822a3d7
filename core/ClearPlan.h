// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveCompression.h"
#include "core/ArchiveVerifier.h"
#include "core/BackupPlan.h"
#include "core/OpError.h"
#include "core/RestorePlan.h"
#include "core/WeaviateClient.h"
#include "core/WeaviateEndpoint.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The value types of a clear: what the user asks for (ClearParams), what will be deleted and which backup is taken
// first (ClearPlan, the dry run), and what happened (ClearReport). All copyable metatypes.
namespace Colvault {

enum class ClearMethod
{
    DeleteObjects, // keep the schema and the tenants; batch-delete every object
    Drop, // delete the collection (or, with tenants chosen, those tenants)
    Recreate, // drop, then create again from the saved class and tenants (statuses put back)
};

struct ClearParams
{
    WeaviateEndpoint endpoint;
    QStringList collections; // required, exact names (no wildcards, no "all")
    QMap<QString, QStringList> tenants; // per multi-tenant collection: only these tenants (absent = all)
    ClearMethod method = ClearMethod::DeleteObjects;
    bool noBackup = false; // the explicit opt-out of the backup before deleting
    QString backupPath; // a file, or a folder for a default-named file; "" = defaultBackupFolder()
    ArchiveCompression compression = ArchiveCompression::Zstd;
    int backupPageSize = 500; // objects per cursor page of the backup (at most the server's limit)
    // Collection names the user typed to confirm. apply() refuses to touch a collection not listed: the core cannot
    // ask, so the confirmation travels as data (as for restore's replace mode).
    QStringList confirmed;
};

struct ClearTenantPlan
{
    QString name;
    QString status; // as the server said it (HOT, COLD, FROZEN, ...)
    qint64 objects = -1; // from Aggregate when active; -1 when it cannot be counted now
    bool activate = false; // DeleteObjects on an inactive tenant: PUT HOT, delete, PUT back
    bool skip = false; // DeleteObjects on an offloaded or changing tenant: left alone
    QString skipReason; // translated
};

struct ClearCollectionPlan
{
    QString name;
    bool multiTenant = false;
    bool allTenants = true; // false: only the tenants below (a tenant-only clear)
    QByteArray classBody; // sanitised class to POST again (Recreate)
    QList<ClearTenantPlan> tenants; // selected tenants (MT only)
    qint64 objects = -1; // objects that will be deleted; -1 when some are unknown
};

// A reference property of a collection that is not cleared (or only partly) pointing into a cleared one: after
// the clear its references point to objects that no longer exist.
struct ClearIncomingReference
{
    QString collection; // the referring collection
    QString property; // its reference property
    QString target; // the cleared collection it points to
};

struct ClearPlan
{
    ClearParams params;
    ServerInfo server;
    QList<ClearCollectionPlan> collections;
    qint64 totalObjects = 0; // known part
    bool totalIsEstimate = false; // some tenants cannot be counted before they are activated
    bool backup = true; // a backup is taken and verified before anything is deleted
    BackupPlan backupPlan; // that backup (when `backup`)
    QString backupPath; // where it will be written
    RestoreMode undoMode = RestoreMode::Merge; // the restore mode that undoes this clear
    QList<ClearIncomingReference> incomingReferences; // from the schema; each one is also a warning
    QStringList notes; // translated: what the method changes beyond the objects
    QStringList warnings; // translated
    QStringList problems; // translated; any problem blocks the clear
    QStringList needsConfirmation; // every collection the clear touches

    bool isBlocked() const { return !problems.isEmpty(); }
};

struct ClearItemReport
{
    QString collection;
    QString tenant; // "" for the collection as a whole
    qint64 planned = -1; // the plan's count
    qint64 deleted = 0; // objects the server said it deleted (DeleteObjects)
    qint64 remaining = -1; // Aggregate afterwards (0 when dropped and gone); -1 not verified
    bool skipped = false;
    QString skipReason; // translated
};

struct ClearReport
{
    using Outcome = OperationOutcome;
    // Never starts as a success: the task sets Succeeded as its very last step (OperationGuard).
    Outcome outcome = Outcome::Failed;
    OpError error; // when Failed
    QList<ClearItemReport> items;
    QStringList warnings; // translated: the plan's (future tense) first, then the run's
    qsizetype planWarningCount = 0; // how many of `warnings` are the plan's (a result page shows the rest)
    bool backupSkipped = false; // noBackup was chosen: nothing can undo this clear
    QString backupPath; // set once the backup is written and verified
    ArchiveVerification backupVerification; // that verification (the restore wizard need not repeat it)
    qint64 backupObjects = 0;
    QString undoCommand; // the colvault-cli restore command that undoes the clear
    bool deletionStarted = false; // false: the server was not changed
    qint64 deleted = 0;
    qint64 durationMs = 0;

    bool isPartial() const
    {
        for (const ClearItemReport& i : items)
            if (i.skipped || i.remaining > 0)
                return true;
        return false;
    }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::ClearParams)
Q_DECLARE_METATYPE(Colvault::ClearPlan)
Q_DECLARE_METATYPE(Colvault::ClearReport)
