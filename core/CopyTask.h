// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveCompression.h"
#include "core/OperationProgress.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <QMetaType>

// The value types of a copy between servers: a restore whose source is a live server instead of an archive.
namespace Colvault {

struct CopyParams
{
    WeaviateEndpoint endpoint; // the source server
    // The target server (target.endpoint) and what to do there, as for a restore: mode, the collections to copy
    // (source names; empty = every collection of the source), renames, tenants, batch size, confirmations.
    // target.archivePath and target.decryption are not used.
    RestoreParams target;
    int pageSize = 500; // objects per cursor page read from the source (1..10000)
    // Also write an archive of what is copied here, in the same pass (core/CopyArchive.h): a local file, which
    // appears only once the copy succeeded and the archive verified. "" for none.
    QString archivePath;
    // A passphrase encrypts the archive with age (as backup's --passphrase-file). Recipients are refused: the archive
    // is read back to verify it, which needs an identity the copy does not have.
    AgeEncryptionKeys archiveEncryption;
};

// The restore plan computed against the target (RestorePlan::params is CopyParams::target), and where to read.
struct CopyPlan : RestorePlan
{
    WeaviateEndpoint source;
    int pageSize = 500;
    QString archivePath; // CopyParams::archivePath
    ArchiveCompression archiveCompression = ArchiveCompression::Zstd; // what the archive's name asks for
    AgeEncryptionKeys archiveEncryption; // CopyParams::archiveEncryption
};

// What a copy did: the restore's report, and the archive when one was asked for.
struct CopyReport : RestoreReport
{
    bool copied = false; // the copy itself ended (the restore's outcome), also when its archive then did not
    bool started = false; // the copy began to read and write: false when the archive could not even be created
    QString archivePath; // the verified archive; empty unless the outcome is Succeeded and one was asked for
    qint64 archiveBytes = 0;
    qint64 archiveObjects = 0;
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::CopyParams)
Q_DECLARE_METATYPE(Colvault::CopyPlan)
Q_DECLARE_METATYPE(Colvault::CopyReport)

namespace Colvault {

// Copy between servers, worker side: RestoreTask's plan and apply with a ServerSource (core/ServerSource.h) instead
// of an archive, so the diff, the four modes, the confirmations, references after objects, tenant statuses after
// the data and the count verification are the restore's. plan() writes nothing on the target; on the source it
// only activates inactive tenants to count them, and puts them back. apply() streams the source's cursor pages into
// the target's batches with constant memory. The source and the target may be the same server, as long as no
// collection is both read and written (a clone under another name: CopyParams::target.rename).
// Both block and run off the GUI thread; cancel through the sink is an outcome (RestoreTask).
// With an archive path, apply() also hands every page it reads to a CopyArchive, and once the copy succeeded
// verifies the archive and gives it its name (step "Verifying the archive"); a copy that fails or is canceled, or an
// archive that does not verify, leaves no archive (the outcome is then Failed or Canceled, CopyReport::copied says
// whether the copy itself was complete).
class CopyTask
{
    Q_DECLARE_TR_FUNCTIONS(CopyTask)

public:
    // The operation's types, for the generic OperationManager and the CLI driver.
    using Params = CopyParams;
    using Plan = CopyPlan;
    using Report = CopyReport;

    static CopyPlan plan(const CopyParams& params, ProgressSink* sink, OpError* error);
    static CopyReport apply(const CopyPlan& plan, ProgressSink* sink);

    // Whether two endpoints reach the same server: the same scheme, port and path, and host names that are equal
    // or resolve to a common address (localhost and 127.0.0.1 are one server). Blocks while names resolve.
    static bool sameServer(const WeaviateEndpoint& a, const WeaviateEndpoint& b);
};

} // namespace Colvault
