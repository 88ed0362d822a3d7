// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Colvault {

// trailer.json, the last entry: the size and SHA-256 of every other entry in archive order, and the object and
// vector counts per collection and tenant. An archive whose last entry is not a valid trailer with
// "complete": true is incomplete (the backup stopped before it finished).
// Thread: value type, any thread.
// Usage: the backup fills `counts` (SegmentWriter::counts()) and `extras`; ArchiveWriter::commit() fills `entries`
//        and writes it. Readers use fromJson(), which is strict.
class ArchiveTrailer
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTrailer)

public:
    struct Entry
    {
        QString name;
        qint64 size = 0;
        QByteArray sha256; // lowercase hex, 64 characters

        friend bool operator==(const Entry&, const Entry&) = default;
    };

    // One row per non-multi-tenant collection (tenant empty) and one per tenant of a multi-tenant collection.
    struct Counts
    {
        QString collection;
        QString tenant;
        qint64 objects = 0;
        qint64 vectors = 0; // single and multi vectors, each counted once
        qint64 segments = 0;

        friend bool operator==(const Counts&, const Counts&) = default;
    };

    static constexpr qsizetype maxEntries = 4000000;

    QList<Entry> entries;
    QList<Counts> counts;
    QJsonObject extras; // free-form (e.g. warnings, duration); ignored by verification
    bool complete = true;

    QByteArray toJson() const;
    static OpError fromJson(const QByteArray& data, ArchiveTrailer* out);
};

} // namespace Colvault
