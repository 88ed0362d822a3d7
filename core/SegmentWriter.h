// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveTrailer.h"
#include "core/OpError.h"
#include "core/VectorCodec.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Colvault {

class ArchiveWriter;

// Collects the objects of one collection (or one tenant of a multi-tenant collection) into bounded segments and
// adds each full segment to the archive as a pair of entries: NNNNNN.jsonl (one object per line, properties
// verbatim) and NNNNNN.vec (VectorCodec records in the same order). Objects must arrive in strictly ascending
// UUID order, which is the order of Weaviate's cursor listing.
// Memory: two segments' buffers (limits.maxBytes of jsonl and vec data together, or one oversized object, each): the
// one being filled and the one the archive's thread compresses, reused in turn until the writer is destroyed.
// Thread: not thread-safe; used by the thread that owns the ArchiveWriter.
// Usage: SegmentWriter segments(&writer, u"Article"_s, tenant); segments.add(...) per object; segments.finish();
//        then put segments.counts() into the trailer. After an error the ArchiveWriter is already aborted.
class SegmentWriter
{
    Q_DECLARE_TR_FUNCTIONS(SegmentWriter)

public:
    // A segment is flushed before it would exceed either limit. An object that alone exceeds maxBytes gets a
    // segment of its own; no segment ever exceeds hardMaxBytes, the size readers accept.
    struct Limits
    {
        int maxObjects = 10000;
        qint64 maxBytes = 16 * 1024 * 1024;
    };
    static constexpr qint64 hardMaxBytes = 256 * 1024 * 1024;

    // collection and tenant must be valid names (ArchiveLayout); tenant is empty for non-multi-tenant collections.
    SegmentWriter(ArchiveWriter* writer, QString collection, QString tenant, Limits limits);
    SegmentWriter(ArchiveWriter* writer, QString collection, QString tenant = {})
        : SegmentWriter(writer, std::move(collection), std::move(tenant), Limits())
    {
    }

    // id: canonical lowercase UUID. propertiesJson: the object's "properties" JSON object exactly as the server
    // sent it (line breaks between tokens are turned into spaces so the object stays on one line).
    OpError add(const QString& id, qint64 creationTimeUnix, qint64 lastUpdateTimeUnix, QByteArrayView propertiesJson,
        const QList<ObjectVector>& vectors);

    // Writes the last, partly filled segment.
    OpError finish();

    ArchiveTrailer::Counts counts() const { return m_counts; }
    qint64 bufferedBytes() const { return m_jsonl.size() + m_vec.size(); }
    qint64 largestSegmentBytes() const { return m_largestSegment; }

private:
    OpError flush();
    OpError reject(const QString& details);
    void reuseBuffers();

    ArchiveWriter* m_writer;
    QString m_collection;
    QString m_tenant;
    Limits m_limits;
    QByteArray m_jsonl;
    QByteArray m_vec;
    QByteArray m_spareJsonl; // the segment before's, written by the archive's thread meanwhile
    QByteArray m_spareVec;
    QByteArray m_record; // the object being added's .vec record, kept for its capacity
    int m_segmentObjects = 0;
    QString m_lastId;
    ArchiveTrailer::Counts m_counts;
    qint64 m_largestSegment = 0;
};

} // namespace Colvault
