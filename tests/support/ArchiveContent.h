// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/VectorCodec.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace TestSupport {

// One object as a test compares it: from an archive, or from a server's cursor pages.
struct ContentObject
{
    QString id;
    qint64 creationTimeUnix = 0;
    qint64 lastUpdateTimeUnix = 0;
    QJsonObject properties;
    QList<Colvault::ObjectVector> vectors; // sorted by name ("" = legacy first)
};

// Everything a test needs to compare: objects per "Collection" or "Collection/tenant", in archive order.
struct Content
{
    QMap<QString, QList<ContentObject>> shards;
    QString error; // set when loading failed

    qint64 objectCount() const;
    // SHA-256 over ids, timestamps, canonical properties and vector bits, in order: equal content, equal digest.
    QByteArray digest() const;
    // First difference, for QVERIFY2 messages; empty when equal.
    static QString difference(const Content& a, const Content& b);
};

// Reads every object segment of an archive with the product's reader and codec.
Content loadArchive(const QString& path);

class EmulatorFixture;
// Reads the same shards from a server through the cursor (GET /v1/objects?include=vector); tenants as listed.
Content loadServer(
    EmulatorFixture& fixture, const QStringList& collections, const QMap<QString, QStringList>& tenants = {});

} // namespace TestSupport
