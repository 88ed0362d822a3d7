// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AliasClient.h"
#include "core/OpError.h"
#include "core/VectorCodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Colvault {

class ProgressMeter;

// One object as a restore reads it from its source. The string views point into the source's current buffer and
// stay valid until the next call to ObjectSource::next(). (The struct keeps the name it had when archives were the
// only source, which VectorShapeCheck.h declares; SourceObject is the name to use.)
struct ArchiveObject
{
    std::string_view id; // canonical lowercase UUID
    std::string_view properties; // the object's properties, verbatim JSON object text
    std::string propertiesWithoutReferences; // the same minus the reference properties named to the source
    // Reference properties: name -> the beacons of its values, in order.
    std::vector<std::pair<std::string, std::vector<std::string>>> references;
    QList<ObjectVector> vectors;
};
using SourceObject = ArchiveObject;

// A tenant of a multi-tenant collection as the source holds it.
struct SourceTenant
{
    QString name;
    QString activityStatus; // as the server reported it: HOT, COLD, FROZEN, ACTIVE, INACTIVE, OFFLOADED, ...
    qint64 objects = -1; // -1 when the source cannot tell without reading the objects
};

// One collection of the source: what a restore needs to plan it without reading its objects.
struct SourceCollection
{
    QString name;
    bool multiTenant = false;
    QByteArray classJson; // the class definition, verbatim as the server returned it
    QList<SourceTenant> tenants; // multi-tenant collections only
    qint64 objects = -1; // collections without multi-tenancy: as SourceTenant::objects
};

// What a source holds, read before any object: the restore plan's side of the diff.
struct SourceHead
{
    QString serverVersion; // the Weaviate version the data comes from, "" when unknown
    bool liveServer = false; // read from a server directly (a copy), not from an archive: for the plan's words
    QList<SourceCollection> collections; // in the source's order
    AliasRecord aliases; // the aliases pointing at `collections`, as far as the source knows them
};

// Where a restore reads from: an archive file today (ArchiveSource), a live server later (copy between servers).
// A restore plan is computed from any source without writing anything; the apply reads the objects again.
//
// The objects come shard by shard (a shard is a collection without multi-tenancy, or one tenant of a multi-tenant
// collection); within a shard, ids ascend strictly (the restore merge-joins them with the target's cursor). A source
// validates what it hands out: any violation is an error, never a silently skipped object.
// Thread: one source per operation, used on the operation's thread.
//
// Usage: readHead(&head, progress); … openObjects(); while (nextShard(&has) is ok && has) { collection();
//        tenant(); setReferenceProperties(...); while (next(&obj) is ok && obj) use(*obj); }
class ObjectSource
{
public:
    virtual ~ObjectSource() = default;

    // The translated name of the step that reads the head ("Reading the archive").
    virtual QString headStepName() const = 0;
    // Reads the head and checks whatever the source must check before a plan may rely on it (an archive verifies
    // every entry). Progress text and cancel through `progress`; a cancel returns no error.
    virtual OpError readHead(SourceHead* head, ProgressMeter& progress) = 0;

    // Starts reading objects at the first shard (again, when it was read before).
    virtual OpError openObjects() = 0;
    // Moves to the next shard that has objects (the rest of the current one is skipped). *has is false at the end.
    virtual OpError nextShard(bool* has) = 0;
    virtual QString collection() const = 0;
    virtual QString tenant() const = 0; // "" for a collection without multi-tenancy
    // Reference properties of the current shard's class: split off into SourceObject::references.
    virtual void setReferenceProperties(const QSet<QString>& names) = 0;
    // The next object of the current shard, or *object = nullptr at the shard's end.
    virtual OpError next(const SourceObject** object) = 0;
};

} // namespace Colvault
