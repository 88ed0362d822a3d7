// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/S3Client.h"

#include <QByteArray>
#include <QCoreApplication>
#include <memory>

namespace Colvault {

// A byte stream into one S3 multipart upload: what ArchiveWriter writes when its destination is s3://BUCKET/KEY.
// The bytes are cut into parts of 8 MiB, growing with the part number (16, 32, then 64 MiB) so that S3's 10,000 parts
// hold about 359 GiB, and uploaded by a thread of its own with its own S3Client, up to three parts at once (two once
// they are 32 MiB or more). write() returns at once while a part is filling and blocks only when the parts on their
// way are at that limit: memory stays at a few parts whatever the archive's size. Each part is retried on its own
// (S3Client::finishUploadPart). The object appears at its key only when complete() has sent the last part and
// CompleteMultipartUpload succeeded; an earlier object at the key stays until then. On failure, on abort() and on
// destruction before complete(), the upload is aborted on the server, so nothing incomplete is left there.
// Thread: one writer thread at a time (ArchiveWriter writes from its compressing thread, then commits from the
// caller's); the parts are uploaded on the internal thread. cancel() may come from any thread.
//
// Usage: S3ArchiveUpload up(location, config); if (OpError e = up.start()) ...; up.write(data, n)...;
//        if (OpError e = up.complete()) ...;   // or up.abort()
class S3ArchiveUpload
{
    Q_DECLARE_TR_FUNCTIONS(S3ArchiveUpload)

public:
    static constexpr qint64 MiB = 1024 * 1024;
    static constexpr int maxParts = 10000; // S3's limit
    static constexpr qint64 defaultFirstPartSize = 8 * MiB;

    S3ArchiveUpload(S3Location location, S3Config config, qint64 firstPartSize = defaultFirstPartSize);
    ~S3ArchiveUpload();
    S3ArchiveUpload(const S3ArchiveUpload&) = delete;
    S3ArchiveUpload& operator=(const S3ArchiveUpload&) = delete;

    // Starts the upload thread and CreateMultipartUpload; returns the server's refusal (keys, bucket, network).
    OpError start();
    // Appends to the stream. False once the upload has failed or was canceled (error() says why, if it failed).
    bool write(const char* data, qint64 size);
    // Sends the last part, waits for every part, and completes the upload: the object is then at its key.
    OpError complete();
    // Stops at once without waiting: writes fail from now on, transfers are abandoned. abort() or the destructor then
    // aborts the upload on the server.
    void cancel();
    // cancel(), then waits for the thread, which aborts the upload on the server. Nothing after complete().
    void abort();

    OpError error() const;
    qint64 bytesWritten() const { return m_written; }
    int partsUploaded() const;
    int retries() const;
    // The size of part `number` (1-based) when the first parts are `firstPartSize`.
    static qint64 partSize(int number, qint64 firstPartSize = defaultFirstPartSize);
    // Bytes that 10,000 parts hold with that first part size.
    static qint64 capacity(qint64 firstPartSize = defaultFirstPartSize);

private:
    struct Shared;
    bool handOver();

    std::unique_ptr<Shared> d;
    QByteArray m_part; // the part being filled
    int m_nextNumber = 1;
    qint64 m_written = 0;
};

} // namespace Colvault
