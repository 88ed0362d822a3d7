// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveCompression.h"
#include "core/ArchiveTrailer.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

class QLockFile;

namespace Colvault {

// Writes a colvault-archive: a POSIX (pax) tar stream, compressed with zstd, gzip, xz or not at all, through
// libarchive. The archive is written to a partial file beside the target (".<name>.colvault-partial-XXXXXX",
// mode 0600) and renamed onto the target only by commit(), after trailer.json is written, flushed and fsynced, so
// the target path either holds a complete archive or is untouched. The partial has a lock file
// ("<partial>.lock", a QLockFile) held for its whole life; a partial whose lock nobody holds was left by a run that
// died (SIGKILL, power loss), and removeStalePartials() removes it. Every entry is a regular file, mode 0600, with
// the archive time as mtime; its size and SHA-256 are recorded for the trailer.
// With encryption keys the whole compressed stream is wrapped in the age format on its way to the file (AgeEncryptor),
// so `age -d` gives back the plain tar stream; the partial-file and rename rules stay as they are.
// A destination s3://BUCKET/KEY (S3Archive) is written as an S3 multipart upload instead (S3ArchiveUpload): the same
// bytes, streamed in parts, and the object appears at its key only when commit() completes the upload, replacing an
// object that was there; abort(), destruction and any error abort the upload, leaving nothing at the key and no pending
// upload on the server. Its errors are the S3 client's sentences (wrong key, no such bucket, server unreachable).
// Memory: the compressor's window, the entry being written and at most one more waiting; entries are bounded by the
// caller (SegmentWriter). An upload adds its parts on their way (S3ArchiveUpload: about 32 MiB).
// Thread: used by one thread (the backup worker); entries are compressed and written on an internal thread, so a
// write error may surface on the next addEntry() or on commit(). entries() is complete after commit(). A file is
// also synced to disk every 64 MiB on a thread of its own while it grows (docs/decisions.md, 19); a failed sync
// fails commit().
// Usage: open(path, compression); addEntry(name, data)...; commit(trailer). To cancel, call abort() or destroy
//        the writer: both remove the temporary file. Any error removes it too and leaves the writer closed.
class ArchiveWriter
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveWriter)

public:
    ArchiveWriter();
    ~ArchiveWriter();
    ArchiveWriter(const ArchiveWriter&) = delete;
    ArchiveWriter& operator=(const ArchiveWriter&) = delete;

    // Float vectors, most of an archive's bytes, barely compress at any level; level 1 costs a quarter less CPU than
    // libarchive's default 3 (docs/decisions.md, 3).
    static constexpr int defaultZstdLevel = 1;

    // level: zstd 1..19, gzip 1..9, xz 0..9, ignored for None; nullopt = the default (zstd defaultZstdLevel, gzip 6,
    // xz 6). archiveTime (default: now) becomes every entry's mtime. encryption: age recipients or a passphrase (not
    // both); empty for a plain archive.
    OpError open(const QString& finalPath, ArchiveCompression compression = ArchiveCompression::Zstd,
        std::optional<int> level = std::nullopt, const QDateTime& archiveTime = {},
        const AgeEncryptionKeys& encryption = {});

    // Adds one regular file entry. Names must be safe (ArchiveLayout::isSafeEntryName), unique, and not
    // "trailer.json", which only commit() writes.
    OpError addEntry(const QString& name, const QByteArray& data);

    // Writes trailer.json (trailer.entries is replaced by the recorded entries), closes the stream, fsyncs and
    // renames onto the final path, replacing a file that is already there.
    OpError commit(ArchiveTrailer trailer);

    // Stops writing and removes the temporary file. Safe to call at any time, also when nothing is open.
    void abort();

    // Removes the partial archives in `folder` (and their lock files) that earlier runs left when they died: files
    // named as ours whose lock nobody holds. A partial whose lock is held (a backup still running, here or on another
    // machine sharing the folder) and every other file are left alone. Returns the removed partials' paths.
    static QStringList removeStalePartials(const QString& folder);
    // A partial name of the same form beside `target`, created empty (mode 0600) with its lock held in *lock, for a
    // caller that writes an archive under it and renames it itself (CopyArchive): the same rules as open()'s own.
    static OpError reservePartial(const QString& target, QString* partial, std::unique_ptr<QLockFile>* lock);

    bool isOpen() const;
    QString finalPath() const;
    QString temporaryPath() const;
    const QList<ArchiveTrailer::Entry>& entries() const;
    qint64 uncompressedBytes() const; // entry data added so far, for progress
    qint64 compressedBytes() const; // bytes handed to the file so far

private:
    struct Impl;
    void runWorker();
    OpError writeEntryNow(const QString& name, const QByteArray& data);
    OpError fail(const QString& message, const QString& details);
    OpError startEncryption(const AgeEncryptionKeys& encryption);
    OpError openPartial();
    OpError openUpload();
    OpError finishFile();
    OpError renameOntoTarget();

    std::unique_ptr<Impl> d;
};

} // namespace Colvault
