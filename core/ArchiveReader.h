// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveCompression.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

namespace Colvault {

// Streams the entries of an archive in order through libarchive. Only tar (ustar, pax, GNU) compressed with zstd,
// gzip, xz or nothing is accepted; the compression is detected from the data. Archives are untrusted input, so
// every entry is checked before its data is touched, and any of these ends reading with a Format error that names
// the entry: an unsafe name (absolute, "..", ".", empty component, backslash, control character), a duplicate
// name, an entry that is not a regular file (directories, symlinks, hard links, devices, FIFOs, sparse or
// encrypted files), an entry without a size or larger than Limits::maxEntrySize, more than Limits::maxEntries
// entries, and any libarchive error (corrupt or truncated stream, bad checksum). Directories are rejected, not
// skipped: the writer never produces them, so one means the file was repacked and its entry order is not ours.
// The SHA-256 of each entry is computed while its data is read; next() reads (and hashes) whatever the caller
// left unread. File errors are Io errors. After any error the reader stays failed.
// An archive encrypted with age (AgeDecryptor, docs/archive-format.md) is decrypted on the way in, with the
// identities or passphrase given to open(): without a key, with a wrong one or with a damaged header, open() fails
// (Usage, Auth or Format) before any entry is read; a chunk that does not authenticate ends reading like a damaged
// stream, before any of its bytes reach libarchive, and the end of the archive is reported only once the encrypted
// stream has ended with its last chunk, so a cut file never passes for a whole one.
// A path s3://BUCKET/KEY is read from S3-compatible storage (S3Archive) through ranged GETs streamed in order
// (S3ArchiveDevice); everything else is the same, and its errors are the S3 client's sentences (no such key, wrong
// secret key, server unreachable). Each open() streams the object again from its start.
// Memory: a 64 KiB read buffer plus what the caller asks for; readAll() grows with the data actually read; an object
// in S3 adds about two read-ahead windows (up to 8 MiB each).
// Thread: not thread-safe; one reader per thread.
// Usage: open(path); while (next(&hasEntry) is ok && hasEntry) { name(); readAll(&data, cap) or read(&chunk); }
//        sha256() once the entry is fully read.
class ArchiveReader
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveReader)

public:
    struct Limits
    {
        qint64 maxEntrySize = 1024LL * 1024 * 1024;
        qint64 maxEntries = 4000000;
        // Off for a reader that never asks for sha256() (the restore's objects, read after ArchiveVerifier checked
        // every entry's checksum): hashing is about a fifth of the CPU of reading an archive.
        bool sha256 = true;
    };

    ArchiveReader();
    ~ArchiveReader();
    ArchiveReader(const ArchiveReader&) = delete;
    ArchiveReader& operator=(const ArchiveReader&) = delete;

    enum class Encryption
    {
        None,
        Recipients, // age with X25519 stanzas: needs an identity
        Passphrase, // age with an scrypt stanza
    };

    OpError open(const QString& path, Limits limits, const AgeDecryptionKeys& keys);
    OpError open(const QString& path, Limits limits) { return open(path, limits, {}); }
    OpError open(const QString& path) { return open(path, Limits(), {}); }
    void close();

    // Moves to the next entry. *hasEntry is false at the regular end of the archive.
    OpError next(bool* hasEntry);

    QString name() const;
    qint64 size() const;

    // Reads up to maxBytes of the current entry; an empty *chunk means the entry is fully read.
    OpError read(QByteArray* chunk, qint64 maxBytes = 64 * 1024);

    // Reads the rest of the current entry into *data (whose capacity is kept and reused: pass the same buffer for
    // each entry); fails without reading if the entry is larger than cap.
    OpError readAll(QByteArray* data, qint64 cap);

    // Reads and hashes the rest of the current entry without keeping it.
    OpError skip();

    bool entryFinished() const;
    QByteArray sha256() const; // lowercase hex; empty until the current entry is fully read, or with Limits::sha256 off

    std::optional<ArchiveCompression> compression() const; // known after the first next()
    qint64 fileSize() const;
    qint64 compressedBytesRead() const; // for progress
    qint64 entryCount() const;
    Encryption encryption() const; // of the archive being read

    // What opening `path` takes, from its first bytes and its age header. None also for a file that cannot be read or
    // is not an archive at all: open() then says why. For an object in S3 this reads its first window.
    static Encryption encryptionOf(const QString& path);

private:
    struct Impl;
    OpError readData(char* out, qint64 maxBytes, qint64* n);
    OpError fail(OpError::Code code, const QString& message, const QString& details);
    OpError entryError(const QString& message, const QString& details);
    OpError headerError(); // after archive_read_next_header() failed
    OpError readError(); // after the read callback failed
    OpError openDecryption(const AgeDecryptionKeys& keys);
    OpError decryptionError(const AgeError& error);
    OpError finishDecryption();

    std::unique_ptr<Impl> d;
};

} // namespace Colvault
