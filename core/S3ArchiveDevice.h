// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/S3Credentials.h"
#include "core/S3Location.h"

#include <QCoreApplication>
#include <QIODevice>
#include <memory>

namespace Colvault {

// An object in S3-compatible storage as a read-only QIODevice: what ArchiveReader reads when its path is
// s3://BUCKET/KEY. The bytes come in ranged GETs of growing windows (256 KiB, doubling up to 8 MiB), fetched by a
// thread of its own one window ahead of the reader: a whole archive streams with about two windows in memory, and a
// reader that stops early (inspect reads only the head) has fetched little more than it read. Every window must come
// from the same object (its ETag): an object replaced while it is read fails the read instead of mixing two archives.
// An object that is shorter than it should be simply ends early, as a cut file does. Errors are the S3 client's
// sentences (no such key or bucket, wrong secret key, server unreachable): openObject() returns them, and a read that
// fails returns -1 with error() set. Thread: the reader's thread; windows are fetched on the internal thread, which the
// destructor and close() stop.
//
// Usage: S3ArchiveDevice device(location, config); if (OpError e = device.openObject()) ...; device.read(buf, n);
class S3ArchiveDevice : public QIODevice
{
    Q_DECLARE_TR_FUNCTIONS(S3ArchiveDevice)

public:
    static constexpr qint64 firstWindow = 256 * 1024;
    static constexpr qint64 maxWindow = 8 * 1024 * 1024;

    S3ArchiveDevice(S3Location location, S3Config config, QObject* parent = nullptr);
    ~S3ArchiveDevice() override;

    // Opens the device (read-only, unbuffered: the windows are the buffer) and waits for the first window, which
    // tells the object's size. On error the device stays closed.
    OpError openObject();
    OpError error() const; // why the last read failed
    QString location() const;

    bool isSequential() const override { return false; }
    qint64 size() const override;
    bool seek(qint64 pos) override;
    void close() override;

    int requests() const; // ranged GETs answered so far
    qint64 bytesFetched() const;

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char* data, qint64 maxSize) override;

private:
    struct Fetcher;
    bool nextWindow();
    void stopFetcher();

    std::unique_ptr<Fetcher> d;
    QByteArray m_window; // the window being read
    qint64 m_windowStart = 0; // its offset in the object
    qint64 m_offset = 0; // the next byte readData() hands out
    OpError m_error;
};

} // namespace Colvault
