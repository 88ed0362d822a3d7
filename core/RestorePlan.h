// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/AliasClient.h"
#include "core/OpError.h"
#include "core/WeaviateClient.h"
#include "core/WeaviateEndpoint.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>

// The value types of a restore: what the user asks for (RestoreParams), what will be done (RestorePlan, the dry
// run, rendered by the CLI and the GUI alike), and what happened (RestoreReport). All copyable metatypes.
namespace Colvault {

enum class RestoreMode
{
    New, // the target collection must not exist
    Merge, // add missing objects and properties, keep existing objects
    Overwrite, // like Merge, but archived objects replace existing ones with the same id
    Replace, // drop the target collection first (needs the user's typed confirmation)
};

// What a restore does with the source's collection aliases (Weaviate 1.32+).
enum class RestoreAliases
{
    Keep, // recreate them, pointing at the restored collections (after every collection and object)
    Skip, // leave aliases alone
};

// What a restore or copy does with the objects' vectors.
enum class RestoreVectors
{
    Keep, // the objects carry their vectors
    Omit, // the objects go without vectors; the target's modules (RestoreParams::vectorizers) compute new ones
};

struct RestoreParams
{
    WeaviateEndpoint endpoint;
    QString archivePath;
    AgeDecryptionKeys decryption; // identities or a passphrase for an encrypted archive; empty for a plain one
    RestoreMode mode = RestoreMode::New;
    QStringList collections; // archive names; empty = every collection in the archive
    QMap<QString, QString> rename; // archive name -> target name
    QMap<QString, QStringList> tenants; // per archive collection: only these tenants (absent = all)
    bool schemaOnly = false;
    bool vectorizerNone = false; // rewrite every vectorizer to "none" (objects carry their vectors)
    int replicationFactor = 0; // > 0: use this factor instead of the archived one
    int batchSize = 100; // objects per batch request (1..1000)
    static constexpr int maxConcurrency = 16;
    int concurrency = 10; // object batches in flight at once (1..maxConcurrency; docs/decisions.md, 9)
    // Target names the user confirmed for Replace. apply() refuses to drop a collection that is not listed: the
    // core cannot ask, so the confirmation travels as data.
    QStringList confirmedReplace;
    RestoreAliases aliases = RestoreAliases::Keep;
    bool moveAliases = false; // an alias that points at another collection on the target is moved, not a problem
    // Side by side: the one collection chosen is restored into a new collection (its --rename target, else
    // NAME_<UTC yyyyMMddHHmmss>); the archive's aliases are not recreated, the existing collection stays.
    bool asNew = false;
    QString swapAlias; // with asNew: this alias is pointed at the new collection once its counts are verified
    RestoreVectors vectors = RestoreVectors::Keep;
    // With Omit: the module that vectorizes each vector of the created classes, by vector name ("" = the class-level
    // vector and every named vector not given by name). A vector without a module gets "none" and stays empty.
    QMap<QString, QString> vectorizers;
};

// With RestoreVectors::Omit: what computes one vector of a collection on the target.
struct RestoreVectorizerPlan
{
    QString vector; // the named vector; "" = the class-level vector
    QString module; // the target's module; "none": no module, the collection has no such vectors
    bool multi = false; // a multi-vector (text2vec modules make single vectors only)
    qint64 objects = 0; // objects the module embeds: those written (0 for "none")
};

// What a restore does with one alias on the target.
struct RestoreAliasPlan
{
    enum class Action
    {
        Create, // no alias of that name on the target
        Unchanged, // it points at the collection already
        Move, // it points elsewhere and is pointed at `collection` (--move-aliases, or the swap alias)
        Blocked, // it points elsewhere and may not be moved: a problem of the plan
    };
    QString alias;
    QString collection; // the target collection it is to point at
    QString current; // where it points on the target now; "" when there is no such alias
    Action action = Action::Create;
    bool swap = false; // the side-by-side restore's switch-over alias
};

// What a restore does to one collection's schema.
struct RestoreSchemaDiff
{
    struct PropertyType
    {
        QString name;
        QString archiveType; // dataType joined with ","
        QString targetType;
    };
    QStringList onlyInArchive; // added by POST .../properties when the mode allows
    QStringList onlyInTarget; // left alone
    QList<PropertyType> typeConflicts; // blocking
    QStringList missingModules; // vectorizer/generative modules the target lacks
    int archivedReplicationFactor = 1;
    int replicationFactor = 1; // what will be created
    int targetNodes = 1;
    QStringList unsupported; // index types or tokenizers the target may lack (translated)

    bool isEmpty() const
    {
        return onlyInArchive.isEmpty() && onlyInTarget.isEmpty() && typeConflicts.isEmpty() && missingModules.isEmpty()
            && unsupported.isEmpty();
    }
};

// Objects of one collection or tenant, from a merge-join of the archive's ids with the target's ids.
struct RestoreObjectCounts
{
    qint64 archived = 0; // objects in the archive
    qint64 create = 0; // not on the target: written
    qint64 overwrite = 0; // on the target with other content (Overwrite): written
    qint64 skip = 0; // on the target, kept as is (Merge)
    qint64 unchanged = 0; // on the target with equal properties and vectors: not written
    qint64 targetBefore = 0; // objects the target holds before the restore

    qint64 toWrite() const { return create + overwrite; }
    qint64 expectedAfter() const { return targetBefore + create; }
    RestoreObjectCounts& operator+=(const RestoreObjectCounts& o)
    {
        archived += o.archived;
        create += o.create;
        overwrite += o.overwrite;
        skip += o.skip;
        unchanged += o.unchanged;
        targetBefore += o.targetBefore;
        return *this;
    }
    friend bool operator==(const RestoreObjectCounts&, const RestoreObjectCounts&) = default;
};

struct RestoreTenantPlan
{
    QString name;
    QString archivedStatus; // as in the archive's tenants.json
    bool create = true; // false: exists on the target
    QString targetStatus; // when it exists
    bool activate = false; // exists but inactive: PUT HOT before loading
    QString finalStatus; // PUT after loading; empty = stays HOT
    RestoreObjectCounts objects;
};

struct RestoreCollectionPlan
{
    enum class Action
    {
        Create, // does not exist on the target
        Replace, // exists; dropped and created again
        UseExisting, // exists; objects and missing properties are added (Merge, Overwrite)
    };
    QString source; // name in the archive
    QString target; // name on the server (after rename)
    bool multiTenant = false;
    Action action = Action::Create;
    QByteArray classBody; // sanitised class to POST (Create, Replace)
    // A class with both a class-level vector and named vectors cannot be created in one request (notes 2.4.5):
    // classBody then has no named vectors, and this complete class is PUT right after to add them (1.31+).
    QByteArray namedVectorsBody;
    QList<QJsonObject> propertiesToAdd; // sanitised properties to POST (UseExisting)
    QStringList referenceProperties; // stripped from objects, added as batch references
    RestoreSchemaDiff diff;
    QList<RestoreTenantPlan> tenants; // selected tenants (MT only)
    QList<RestoreVectorizerPlan> vectorizers; // RestoreVectors::Omit only: each vector of the class on the target
    RestoreObjectCounts objects; // non-MT: the collection; MT: the sum over tenants
    QStringList problems; // translated; any problem blocks the whole restore
};

struct RestorePlan
{
    RestoreParams params;
    ServerInfo server;
    QString archiveServerVersion;
    QList<RestoreCollectionPlan> collections;
    RestoreObjectCounts totals;
    QStringList problems; // translated, all blocking problems (also those of the collections)
    QStringList warnings; // translated: what cannot be restored faithfully, version gaps
    QStringList needsConfirmation; // target collections Replace will drop
    AliasRecord::State archivedAliases = AliasRecord::State::NotRecorded; // what the source said about aliases
    QList<RestoreAliasPlan> aliases; // in alias order; applied last

    bool isBlocked() const { return !problems.isEmpty(); }
};

struct RestoreFailure
{
    QString collection; // target name
    QString tenant;
    QString id; // object id; for a reference "id/property"
    QString message; // the server's message, untranslated
};

struct RestoreCollectionReport
{
    QString collection; // target name
    QString tenant;
    qint64 written = 0; // objects the server accepted
    qint64 references = 0; // references added
    qint64 expected = -1; // the plan's count after the restore
    qint64 counted = -1; // Aggregate after the restore
};

struct RestoreReport
{
    using Outcome = OperationOutcome;
    // Never starts as a success: the task sets Succeeded as its very last step (OperationGuard).
    Outcome outcome = Outcome::Failed;
    OpError error; // when Failed
    QList<RestoreCollectionReport> items; // one per collection (non-MT) or tenant
    QList<RestoreFailure> failures; // every object or reference the server refused
    qint64 failureCount = 0; // all failures, also beyond the kept list's cap
    QStringList warnings; // translated: the plan's (future tense) first, then the run's
    qsizetype planWarningCount = 0; // how many of `warnings` are the plan's (a result page shows the rest)
    QStringList countMismatches; // translated: Aggregate differs from the plan
    qint64 objects = 0;
    qint64 references = 0;
    qint64 durationMs = 0;
    QList<RestoreAliasPlan> aliases; // the plan's aliases that were created or moved

    bool isPartial() const { return failureCount > 0 || !countMismatches.isEmpty(); }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::RestoreParams)
Q_DECLARE_METATYPE(Colvault::RestorePlan)
Q_DECLARE_METATYPE(Colvault::RestoreReport)
