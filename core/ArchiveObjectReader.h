// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveReader.h"
#include "core/ObjectSource.h"
#include "core/OpError.h"
#include "core/VectorCodec.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Colvault {

// Streams the objects of an archive shard by shard (a shard is a non-multi-tenant collection, or one tenant of a
// multi-tenant collection) in archive order, holding one segment pair in memory at a time, whatever the archive's
// size. It validates while reading, because archives are untrusted: every line must be a JSON object with a
// canonical id and an object `properties`; ids ascend strictly within a shard; segments are numbered without gaps
// and each .jsonl is followed by its .vec whose record ids equal the line ids; a shard's segments are not split.
// Any violation is a Format error naming the entry. Head entries (manifest, class, tenants) are skipped: read
// them with ArchiveInspector. An encrypted archive is opened with the keys given to open() (ArchiveReader).
// Thread: one reader per thread.
// Usage: open(path, keys); while (nextShard(&has) is ok && has) { collection(); tenant();
//          setReferenceProperties(...); while (next(&obj) is ok && obj) use(*obj); }
class ArchiveObjectReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveObjectReader)

public:
    ArchiveObjectReader();
    ~ArchiveObjectReader();
    ArchiveObjectReader(const ArchiveObjectReader&) = delete;
    ArchiveObjectReader& operator=(const ArchiveObjectReader&) = delete;

    OpError open(const QString& path, const AgeDecryptionKeys& keys = {});

    // Moves to the next shard that has objects (the rest of the current one is skipped). *has is false at the end.
    OpError nextShard(bool* has);
    QString collection() const { return m_collection; }
    QString tenant() const { return m_tenant; }

    // Reference properties of the current shard's class: split off into ArchiveObject::references.
    void setReferenceProperties(const QSet<QString>& names);

    // The next object of the current shard, or *object = nullptr at the shard's end.
    OpError next(const ArchiveObject** object);

    qint64 compressedBytesRead() const { return m_reader.compressedBytesRead(); }
    qint64 fileSize() const { return m_reader.fileSize(); }

private:
    OpError loadSegment(); // reads the current .jsonl entry and its .vec sibling
    OpError advanceEntry(bool* isNextSegment);
    OpError damaged(const QString& entry, const QString& details) const;
    OpError parseLine(std::string_view line, size_t capacity);
    OpError splitReferences();

    struct Impl;
    std::unique_ptr<Impl> d;
    ArchiveReader m_reader;
    QString m_collection;
    QString m_tenant;
    int m_segment = -1;
    bool m_atObjectsEntry = false; // the reader is on an unread .jsonl entry (of m_pending*)
    bool m_ended = false;
    QString m_pendingCollection;
    QString m_pendingTenant;
    int m_pendingSegment = -1;
    bool m_inShard = false;
    QByteArray m_lines;
    QByteArray m_vectors;
    qsizetype m_linePos = 0;
    std::unique_ptr<VectorCodec> m_codec;
    std::string m_previousId;
    QString m_entry; // current .jsonl entry name, for messages
    QSet<QString> m_referenceNames;
    ArchiveObject m_object;
    VectorRecord m_record; // the vectors of the object before m_object's, reused for the next one
};

} // namespace Colvault
