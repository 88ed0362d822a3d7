// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CopyArchive.h"

#include "core/ArchiveVerifier.h"
#include "core/ArchiveWriter.h"
#include "core/Logging.h"
#include "core/OperationProgress.h"
#include "core/S3Archive.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLockFile>
#include <filesystem>
#include <system_error>
#include <utility>

using namespace Qt::StringLiterals;

namespace Colvault {

CopyArchive::CopyArchive(QString path, ArchiveCompression compression, AgeEncryptionKeys encryption)
    : m_path(std::move(path))
    , m_compression(compression)
    , m_encryption(std::move(encryption))
{
}

CopyArchive::~CopyArchive()
{
    abort();
}

QString CopyArchive::checkPath(const QString& path, const AgeEncryptionKeys& encryption)
{
    if (!encryption.recipients.isEmpty())
        return tr("A copy cannot encrypt its archive to recipients: it reads the archive back to verify it, which "
                  "only an identity can. Use a passphrase, or back up separately to encrypt to recipients.");
    if (S3Archive::isS3(path))
        return tr("A copy cannot write its archive to S3 (%1): it verifies the archive before giving it its name, and "
                  "an object in S3 cannot be renamed. Give a local file and upload it afterwards.")
            .arg(path);
    const QFileInfo file(path);
    if (file.isDir())
        return tr("\"%1\" is a folder; give the archive's file name.").arg(QDir::toNativeSeparators(path));
    if (!file.dir().exists())
        return tr("The folder of the archive \"%1\" does not exist.").arg(QDir::toNativeSeparators(path));
    return {};
}

ArchiveCompression CopyArchive::compressionFor(const QString& path)
{
    for (const auto c : {ArchiveCompression::Gzip, ArchiveCompression::Xz, ArchiveCompression::None})
        if (path.endsWith(compressionSuffix(c), Qt::CaseInsensitive))
            return c;
    return ArchiveCompression::Zstd;
}

OpError CopyArchive::open(QStringList* warnings)
{
    if (OpError e = reserve())
        return e;
    m_sink.emplace(m_hidden, m_compression, std::nullopt, m_encryption);
    return m_sink->open(warnings);
}

// A hidden name of ArchiveWriter's partial form beside the path, created empty, with its lock: the lock is taken
// before the ArchiveSink sweeps the folder for the partials of dead runs, so ours stays.
OpError CopyArchive::reserve()
{
    return ArchiveWriter::reservePartial(m_path, &m_hidden, &m_lock);
}

// The backup's head, with what this archive is: its compression, and that a copy wrote it.
OpError CopyArchive::begin(const SinkHeader& header)
{
    SinkHeader h = header;
    h.options.insert(u"compression"_s, compressionName(m_compression));
    h.options.insert(u"writtenBy"_s, u"copy"_s);
    return m_sink->begin(h);
}

OpError CopyArchive::beginShard(const QString& collection, const QString& tenant)
{
    return m_sink->beginShard(collection, tenant);
}

OpError CopyArchive::writePage(std::span<const PageObject> objects)
{
    m_objects += qint64(objects.size());
    return m_sink->writePage(objects);
}

OpError CopyArchive::endShard()
{
    return m_sink->endShard();
}

OpError CopyArchive::commit(const QJsonObject& summary)
{
    return m_sink->commit(summary);
}

OpError CopyArchive::publish(ProgressMeter& meter, bool* canceled)
{
    *canceled = false;
    if (OpError e = verify(meter, canceled); e || *canceled)
        return e;
    std::error_code code;
    std::filesystem::rename(QFileInfo(m_hidden).filesystemFilePath(), QFileInfo(m_path).filesystemFilePath(), code);
    if (code)
        return OpError::make(OpError::Code::Io,
            tr("Cannot save the archive as \"%1\".").arg(QDir::toNativeSeparators(m_path)),
            u"rename %1: %2"_s.arg(m_hidden, QString::fromStdString(code.message())));
    m_published = true;
    release();
    qCInfo(lcArchive) << "copy archive written" << m_path << m_objects << "objects" << bytesWritten() << "bytes";
    return {};
}

// The whole archive read back as `colvault-cli verify` reads it, and its objects counted against those written.
OpError CopyArchive::verify(ProgressMeter& meter, bool* canceled) const
{
    const QLocale locale;
    ArchiveVerifier::Options options;
    options.keys.passphrase = m_encryption.passphrase;
    bool first = true;
    options.progress = [&](qint64 done, qint64 total) {
        //: %1 and %2 data sizes
        meter.state().text = tr("Verifying the archive: %1 of %2")
                                 .arg(locale.formattedDataSize(done), locale.formattedDataSize(total));
        meter.update(std::exchange(first, false)); // at once when it begins, then throttled
        return !meter.isCanceled();
    };
    ArchiveVerification result;
    if (OpError e = ArchiveVerifier::verify(m_hidden, &result, options))
        return explained(e);
    *canceled = result.canceled;
    if (result.canceled)
        return {};
    qint64 counted = 0;
    for (const ArchiveTrailer::Counts& c : std::as_const(result.counts))
        counted += c.objects;
    if (result.ok() && counted == m_objects)
        return {};
    const QString why = !result.problems.isEmpty() ? result.problems.first().message
                                                   //: %1 objects copied, %2 objects the archive holds
                                                   : tr("Objects copied: %1; objects in the archive: %2.")
                                                         .arg(locale.toString(m_objects), locale.toString(counted));
    return OpError::make(OpError::Code::Format,
        //: %1 why, one sentence
        tr("The archive of the copy failed verification and was not kept. %1").arg(why),
        result.problems.isEmpty() ? QString() : result.problems.first().details);
}

OpError CopyArchive::explained(OpError error) const
{
    if (!m_hidden.isEmpty())
        error.message.replace(QDir::toNativeSeparators(m_hidden), QDir::toNativeSeparators(m_path));
    return error;
}

void CopyArchive::abort()
{
    if (m_sink)
        m_sink->abort();
    if (!m_published && !m_hidden.isEmpty())
        QFile::remove(m_hidden);
    release();
}

void CopyArchive::release()
{
    m_lock.reset(); // unlocks, which removes the lock file
    m_hidden.clear();
}

} // namespace Colvault
