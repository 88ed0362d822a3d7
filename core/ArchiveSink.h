// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveCompression.h"
#include "core/ArchiveTrailer.h"
#include "core/ArchiveWriter.h"
#include "core/ObjectSink.h"
#include "core/SegmentWriter.h"
#include "core/VectorCodec.h"

#include <QCoreApplication>
#include <optional>

namespace Colvault {

// An ObjectSink that writes a colvault archive file (docs/archive-format.md): begin() writes manifest.json and every
// collection's class and tenants entries (the head), each shard's objects go into segments (SegmentWriter), and
// commit() writes trailer.json with the per-shard counts and renames the partial file onto the destination
// (ArchiveWriter). Until commit() the destination is untouched; abort() or destruction removes the partial file.
// Thread: the backup's worker thread (ArchiveWriter compresses on a thread of its own).
//
// With encryption keys the whole file is an age-encrypted archive (ArchiveWriter), which `age -d` can decrypt.
// A path s3://BUCKET/KEY writes the same bytes as an S3 multipart upload that completes in commit() (ArchiveWriter).
// Usage: ArchiveSink sink(path, ArchiveCompression::Zstd); then the ObjectSink calls.
class ArchiveSink : public ObjectSink
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveSink)

public:
    // level: the compressor's level, nullopt for its default; encryption: recipients or a passphrase, empty for a
    // plain archive (ArchiveWriter::open).
    ArchiveSink(QString path, ArchiveCompression compression, std::optional<int> level = std::nullopt,
        AgeEncryptionKeys encryption = {});

    // Also removes the partial archives that killed backups left in the destination's folder (one warning each).
    OpError open(QStringList* warnings) override;
    OpError begin(const SinkHeader& header) override;
    OpError beginShard(const QString& collection, const QString& tenant) override;
    OpError writePage(std::span<const PageObject> objects) override;
    OpError endShard() override;
    OpError commit(const QJsonObject& summary) override;
    void abort() override;

    // The bytes written to the destination so far (compressed, and encrypted when it is): after commit() the
    // archive's size, a file's or an object's, without asking the storage.
    qint64 bytesWritten() const { return m_writer.compressedBytes(); }

private:
    QString m_path;
    ArchiveCompression m_compression;
    std::optional<int> m_level;
    AgeEncryptionKeys m_encryption;
    ArchiveWriter m_writer;
    std::optional<SegmentWriter> m_segments; // the shard being written
    ArchiveTrailer m_trailer; // counts of the shards written so far
    QList<ObjectVector> m_vectors; // reused between objects: a backup does not reallocate per object
};

} // namespace Colvault
