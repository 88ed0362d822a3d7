// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveCompression.h"
#include "core/ArchiveManifest.h"
#include "core/OpError.h"
#include "core/WeaviateClient.h"
#include "core/WeaviateEndpoint.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The value types of a backup: what the user asks for (BackupParams), what will be read (BackupPlan, the dry run),
// and what happened (BackupReport). All copyable, all registered metatypes, so they cross threads by value.
namespace Colvault {

struct BackupParams
{
    WeaviateEndpoint endpoint;
    QStringList collections; // empty = every collection on the server
    QMap<QString, QStringList> tenants; // per collection: only these tenants (empty/absent = all)
    bool schemaOnly = false;
    bool includeVectors = true;
    bool activateTenants = false; // read COLD tenants by activating them for the backup, then put back
    ArchiveCompression compression = ArchiveCompression::Zstd;
    int compressionLevel = -1; // -1 = the compressor's default
    int pageSize = 500; // objects per cursor page (1..10000)
    QString destination; // the archive's final path
    // Recipients or a passphrase: the whole archive is encrypted with age (docs/archive-format.md). Empty = plain.
    AgeEncryptionKeys encryption;
    // The saved job this backup runs for (JobRun), recorded in the manifest's options.job; empty for a plain backup.
    ArchiveManifest::Job job;
};

struct BackupTenantPlan
{
    enum class Action
    {
        Read, // HOT: read as is
        ActivateAndRead, // COLD, activateTenants: PUT HOT, read, PUT back
        SkipInactive, // COLD without activateTenants
        SkipOffloaded, // FROZEN / OFFLOADED: needs an onload the tool does not do
        SkipTransitional, // FREEZING, UNFREEZING, OFFLOADING, ONLOADING: try again later
    };
    QString name;
    QString status; // as the server said it
    Action action = Action::Read;
    qint64 objects = -1; // from Aggregate when readable now; -1 otherwise

    bool willRead() const { return action == Action::Read || action == Action::ActivateAndRead; }
};

struct BackupCollectionPlan
{
    QString name;
    QJsonObject classJson; // parsed, for decisions
    QByteArray classRaw; // verbatim, as schemaClassRaw() returned it: what goes into the archive
    bool multiTenant = false;
    QJsonArray tenantsJson; // as WeaviateClient::tenants() returned it (MT only)
    QList<BackupTenantPlan> tenants; // selected tenants (MT only)
    qint64 objects = -1; // sum over what will be read, -1 if any part is unknown
    qint64 estimatedBytes = 0; // wire bytes, from a one-object sample
};

struct BackupPlan
{
    BackupParams params;
    ServerInfo server;
    QList<BackupCollectionPlan> collections;
    AliasRecord aliases; // those pointing at the collections above (Unsupported before Weaviate 1.32)
    qint64 totalObjects = 0; // known part
    bool totalIsEstimate = false; // true when some counts are unknown (tenants to activate)
    qint64 estimatedWireBytes = 0;
    qint64 estimatedArchiveBytes = 0;
    QStringList warnings; // translated
    QDateTime plannedAt;
};

struct BackupTenantReport
{
    QString collection;
    QString tenant; // "" for non-MT collections
    qint64 objects = 0; // objects written to the archive
    qint64 countBefore = -1; // Aggregate before reading
    qint64 countAfter = -1; // Aggregate after reading
    bool skipped = false;
    QString skipReason; // translated
};

struct BackupReport
{
    using Outcome = OperationOutcome;
    // Never starts as a success: the task sets Succeeded as its very last step (OperationGuard).
    Outcome outcome = Outcome::Failed;
    OpError error; // when Failed
    QList<BackupTenantReport> items; // one per collection (non-MT) or per tenant
    QStringList warnings; // translated: changes during backup, skipped tenants, ...
    QString archivePath; // final path; empty unless Succeeded
    qint64 archiveBytes = 0;
    qint64 objects = 0;
    qint64 wireBytes = 0;
    qint64 durationMs = 0;

    int skippedCount() const
    {
        int n = 0;
        for (const auto& i : items)
            n += i.skipped ? 1 : 0;
        return n;
    }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::BackupParams)
Q_DECLARE_METATYPE(Colvault::BackupPlan)
Q_DECLARE_METATYPE(Colvault::BackupReport)
