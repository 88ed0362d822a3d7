// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveTenants.h"
#include "core/ObjectPageParser.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <span>

namespace Colvault {

// One collection as a sink receives it before any object: the class exactly as the source server sent it, and for
// a multi-tenant collection the tenants whose objects follow, with the status each had on the source.
struct SinkCollection
{
    QString name;
    QByteArray classJson; // verbatim body of the source's class, not re-serialised
    bool multiTenant = false;
    QList<ArchiveTenant> tenants; // multi-tenant only
};

// What a sink learns before the first object: where the objects come from, how they are read, and every
// collection that will follow, in order.
struct SinkHeader
{
    QUrl sourceUrl; // may carry credentials: a sink that records it must sanitise it
    QString serverVersion;
    QJsonObject modules; // the source's /meta "modules", verbatim
    QJsonObject options; // the operation's options as recorded (free-form)
    QList<SinkCollection> collections;
};

// Where a backup (later also a copy) writes what it reads from a server. The writer calls, in this order:
//
//     open(&warnings)                                    prepare the destination
//     begin(header)                                      every collection's class and tenants, before any object
//     { beginShard(c, t); writePage(objects)...; endShard(); }...   one shard per collection or tenant
//     commit(summary)  or  abort()                       make it complete, or leave nothing behind
//
// Collections are all declared in begin(), not one by one between the objects: an archive must name every
// collection and hold every class in its head, and a server sink creates classes before the first object.
// Objects arrive a cursor page at a time (one virtual call per page, none per object), in ascending id order within
// a shard; a page's objects are only valid during the call (the parser reuses them).
// Any call may fail; after a failure the writer calls abort() and nothing else. abort() is safe at any time.
// Implementations: ArchiveSink (a colvault archive file). Thread: one thread, the operation's worker.
class ObjectSink
{
public:
    virtual ~ObjectSink() = default;

    // `warnings` gets translated lines for the report (e.g. leftovers of earlier runs that were cleaned up).
    virtual OpError open(QStringList* warnings) = 0;
    virtual OpError begin(const SinkHeader& header) = 0;
    // `tenant` is "" for a collection without multi-tenancy.
    virtual OpError beginShard(const QString& collection, const QString& tenant) = 0;
    virtual OpError writePage(std::span<const PageObject> objects) = 0;
    virtual OpError endShard() = 0;
    // `summary`: what the run adds at the end (duration, counts, skipped tenants, warnings), free-form.
    virtual OpError commit(const QJsonObject& summary) = 0;
    virtual void abort() = 0;
};

} // namespace Colvault
