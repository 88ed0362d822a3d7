// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ObjectSource.h"

#include <QCoreApplication>
#include <memory>

namespace Colvault {

class ArchiveObjectReader;

// An archive file as a restore's ObjectSource. readHead() reads the head (ArchiveInspector) and then verifies the
// whole file (ArchiveVerifier: checksums, sizes, counts, tenants, vector shapes against the trailer), so nothing is
// ever planned, let alone written, from an archive that is not complete and intact; the verified counts become the
// head's object counts. The objects are streamed by ArchiveObjectReader, which validates again while reading.
// An encrypted archive is read with the given keys throughout: a missing or wrong key fails readHead() before
// anything else, and a tampered or cut ciphertext fails the verification, so neither reaches the server.
// Its messages are the restore's own (translation context RestoreTask), as they were before sources existed.
// A path s3://BUCKET/KEY is an object in S3-compatible storage: each of the three reads (head, verification, objects)
// streams it again through ranged GETs (ArchiveReader), with constant memory.
// Thread: one source per operation, used on its thread (blocking file I/O).
// Usage: ArchiveSource source(path, keys); RestoreTask::plan(params, source, sink, &error);
class ArchiveSource final : public ObjectSource
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    explicit ArchiveSource(QString path, AgeDecryptionKeys keys = {});
    ~ArchiveSource() override;
    ArchiveSource(const ArchiveSource&) = delete;
    ArchiveSource& operator=(const ArchiveSource&) = delete;

    QString headStepName() const override;
    OpError readHead(SourceHead* head, ProgressMeter& progress) override;

    OpError openObjects() override;
    OpError nextShard(bool* has) override;
    QString collection() const override;
    QString tenant() const override;
    void setReferenceProperties(const QSet<QString>& names) override;
    OpError next(const SourceObject** object) override;

private:
    OpError verify(SourceHead* head, ProgressMeter& progress) const;

    QString m_path;
    AgeDecryptionKeys m_keys;
    std::unique_ptr<ArchiveObjectReader> m_reader;
};

} // namespace Colvault
