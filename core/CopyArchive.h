// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveCompression.h"
#include "core/ArchiveSink.h"
#include "core/ObjectSink.h"

#include <QCoreApplication>
#include <QString>
#include <memory>
#include <optional>

class QLockFile;

namespace Colvault {

class ProgressMeter;

// The archive a copy writes of what it reads (`copy --archive FILE`, CopyParams::archivePath): an ObjectSink that
// the copy's ServerSource fills in the same pass (ServerSource::Options::archive), so that it holds what a backup of
// the same collections and tenants holds: the same head (BackupApplySteps::header), objects and trailer. It appears
// at its path only complete and verified:
//   open()     reserves a hidden name beside the path, ".<name>.colvault-partial-XXXXXX" with its lock held
//              (ArchiveWriter's convention: a later backup or copy into the folder removes it should this process
//              die), and opens an ArchiveSink onto that name (which writes through a partial file of its own);
//   commit()   completes the archive under the hidden name;
//   publish()  reads it back whole (ArchiveVerifier), checks that it holds every object it was given, and renames it
//              onto the path, replacing a file there;
//   abort() or destruction removes whatever was written.
// Local files only: an S3 object cannot be renamed, so it could not appear only once verified (checkPath says so).
// Encrypted with a passphrase when given one, which also reads it back. Memory: ArchiveSink's and ArchiveVerifier's,
// both bounded. Thread: the copy's worker thread. Usage: CopyArchive a(path, compressionFor(path)); a.open(&warnings);
// the ObjectSink calls; a.commit(summary);
//        a.publish(meter, &canceled); or a.abort().
class CopyArchive final : public ObjectSink
{
    Q_DECLARE_TR_FUNCTIONS(CopyArchive)

public:
    // encryption: a passphrase for an age-encrypted archive, or none (recipients are refused by checkPath).
    CopyArchive(QString path, ArchiveCompression compression, AgeEncryptionKeys encryption = {});
    ~CopyArchive() override;
    CopyArchive(const CopyArchive&) = delete;
    CopyArchive& operator=(const CopyArchive&) = delete;

    // Why a copy cannot write its archive at `path` (translated), or "" when it can. Writes nothing: an S3 address,
    // a folder, or a folder that does not exist are refused, and so is encryption to recipients (the archive could
    // not be read back to verify it).
    static QString checkPath(const QString& path, const AgeEncryptionKeys& encryption = {});
    // The compression the name asks for: .tar.gz gzip, .tar.xz xz, .tar none, any other name zstd.
    static ArchiveCompression compressionFor(const QString& path);

    OpError open(QStringList* warnings) override;
    OpError begin(const SinkHeader& header) override;
    OpError beginShard(const QString& collection, const QString& tenant) override;
    OpError writePage(std::span<const PageObject> objects) override;
    OpError endShard() override;
    OpError commit(const QJsonObject& summary) override;
    void abort() override;

    // After commit(): verifies the archive and renames it onto the path. Progress text and cancel through `meter`;
    // a cancel returns no error and sets *canceled (then abort()).
    OpError publish(ProgressMeter& meter, bool* canceled);

    // `error` in the user's terms: the hidden name in its message replaced by the path.
    OpError explained(OpError error) const;
    QString path() const { return m_path; }
    qint64 bytesWritten() const { return m_sink ? m_sink->bytesWritten() : 0; }
    qint64 objects() const { return m_objects; } // objects given to writePage()

private:
    OpError reserve();
    OpError verify(ProgressMeter& meter, bool* canceled) const;
    void release();

    const QString m_path;
    const ArchiveCompression m_compression;
    const AgeEncryptionKeys m_encryption;
    QString m_hidden; // where the archive is written and verified, beside m_path
    std::unique_ptr<QLockFile> m_lock; // m_hidden's, held while it exists
    std::optional<ArchiveSink> m_sink; // writes onto m_hidden, from open() on
    qint64 m_objects = 0;
    bool m_published = false;
};

} // namespace Colvault
