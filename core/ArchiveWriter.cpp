// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveWriter.h"

#include "core/ArchiveLayout.h"
#include "core/Logging.h"
#include "core/S3Archive.h"
#include "core/S3ArchiveUpload.h"
#include "core/Sha256.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Colvault {

namespace {

const QString partialInfix = QStringLiteral(".colvault-partial-");
const QString lockSuffix = QStringLiteral(".lock");

// ".<target name>.colvault-partial-XXXXXX": a hidden file beside the target, XXXXXX from [A-Za-z0-9].
bool isPartialName(const QString& name)
{
    static const QRegularExpression pattern(QStringLiteral("^\\..+\\.colvault-partial-[A-Za-z0-9]{6}$"));
    return pattern.match(name).hasMatch();
}

bool isDiskFull(int cause)
{
#ifdef EDQUOT
    if (cause == EDQUOT)
        return true;
#endif
    return cause == ENOSPC || cause == EFBIG;
}

// The text of an errno value. std::strerror is neither thread-safe (the write callback runs on the worker thread)
// nor accepted by MSVC (C4996, an error under /WX); each platform's reentrant form is. glibc's strerror_r returns the
// text, the POSIX one (macOS, musl) an error code: the overload that matches the result type is used.
[[maybe_unused]] const char* strerrorText(int result, const char* buffer)
{
    return result == 0 ? buffer : nullptr;
}
[[maybe_unused]] const char* strerrorText(const char* text, const char*)
{
    return text;
}

QString errnoText(int cause)
{
    char buffer[256] = {};
#ifdef Q_OS_WIN
    const char* text = strerror_s(buffer, sizeof buffer, cause) == 0 ? buffer : nullptr;
#else
    const char* text = strerrorText(strerror_r(cause, buffer, sizeof buffer), buffer);
#endif
    return text ? QString::fromLocal8Bit(text) : QStringLiteral("errno %1").arg(cause);
}

QString randomSuffix()
{
    static constexpr char alphabet[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))]);
    return suffix;
}

// The lock of a partial archive, "<partial>.lock", held by the writing process for the partial's whole life.
// QLockFile writes PID, host name, host id and boot id into it and, on Unix, also holds an flock/fcntl lock on it,
// which the kernel drops when the process dies, also by SIGKILL. Its stale detection: a lock of this host whose
// process is gone (or from before a reboot) is stale; a lock of another host cannot be checked and is stale only by
// age, after staleLockTime (default 30 s). Our lock's file time is never refreshed, so any age limit would call a
// long backup's lock stale: 0 turns the age rule off. Then a lock of another machine on a network share is never
// taken for stale (its partial is left alone; safe, not tidy), and one of this machine is stale exactly when its
// backup died. Removal of a stale lock also needs the native lock, so a live holder is safe twice over.
std::unique_ptr<QLockFile> makeLock(const QString& partialPath)
{
    auto lock = std::make_unique<QLockFile>(partialPath + lockSuffix);
    lock->setStaleLockTime(0);
    return lock;
}

// The lock first, then the partial it names, so another backup's cleanup never finds this partial unlocked.
// Mode 0600 from the start, which the rename keeps: backups hold user data. On failure *cause is the errno of the
// failed call (0 when there is none).
bool claimPartial(const QFileInfo& target, std::unique_ptr<QFile>* file, std::unique_ptr<QLockFile>* lock,
    QString* details, int* cause)
{
    *cause = 0;
    for (int attempt = 0; attempt < 20; ++attempt) {
        const QString path
            = target.dir().filePath(QStringLiteral(".%1%2%3").arg(target.fileName(), partialInfix, randomSuffix()));
        std::unique_ptr<QLockFile> candidate = makeLock(path);
        if (!candidate->tryLock(0)) {
            // QLockFile reports no text; errno still holds the cause of its failed open or write (EACCES, ENOSPC).
            *cause = errno;
            if (candidate->error() == QLockFile::LockFailedError)
                continue; // that name is another run's
            *details = QStringLiteral("cannot create the lock file %1%2: %3 (QLockFile error %4)")
                           .arg(path, lockSuffix, errnoText(*cause))
                           .arg(int(candidate->error()));
            return false;
        }
        auto created = std::make_unique<QFile>(path);
        if (created->open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
            *lock = std::move(candidate);
            *file = std::move(created);
            return true;
        }
        if (!created->exists()) {
            *cause = errno;
            *details = QStringLiteral("%1: %2").arg(path, created->errorString());
            return false;
        }
        // A partial of that name without a lock: a killed run's, left to removeStalePartials().
    }
    *details = QStringLiteral("no free name for a partial archive beside %1").arg(target.filePath());
    return false;
}

// 0, or the errno of a failed flush of the file to the disk.
int syncToDisk(int handle)
{
#ifdef Q_OS_WIN
    return _commit(handle) == 0 ? 0 : errno;
#else
    return ::fsync(handle) == 0 ? 0 : errno;
#endif
}

// Syncs the archive on a thread of its own every 64 MiB while it grows. Synced only at the end, a 600 MB archive
// kept its backup waiting 0.4-0.66 s in the final fsync of a 3.6 s run (Linux starts writing back only past a share
// of memory, and a disk's cache flush takes as long as what it holds); synced as it grows (as RocksDB's
// bytes_per_sync and PostgreSQL's backend_flush_after do), the final one waited 0.1 s. A failed sync is kept:
// Linux reports a lost write once, so a later fsync could succeed and hide it.
class EarlySync
{
public:
    EarlySync() = default;
    EarlySync(const EarlySync&) = delete;
    EarlySync& operator=(const EarlySync&) = delete;
    ~EarlySync() { wait(); }

    // Called after each write with the file's size: starts a sync unless one is still running.
    void onWritten(int handle, qint64 size)
    {
        if (size - syncedSize < step || (thread.joinable() && !done))
            return;
        wait();
        syncedSize = size;
        done = false;
        thread = std::thread([this, handle] {
            if (const int cause = syncToDisk(handle); cause && !failure)
                failure = cause;
            done = true;
        });
    }

    // Waits for the sync under way; returns the errno of the first one that failed, 0 if none did.
    int wait()
    {
        if (thread.joinable())
            thread.join();
        return failure;
    }

private:
    static constexpr qint64 step = 64 * 1024 * 1024;
    std::thread thread;
    std::atomic<bool> done {true};
    int failure = 0; // written by the thread, read after joining it
    qint64 syncedSize = 0;
};

} // namespace

struct ArchiveWriter::Impl
{
    std::unique_ptr<QFile> file;
    std::unique_ptr<QLockFile> partialLock; // held while `file` exists; see makeLock()
    EarlySync earlySync; // of `file`; declared after it, so it stops first
    struct archive* archive = nullptr;
    QString finalPath;
    qint64 mtime = 0;
    QList<ArchiveTrailer::Entry> entries;
    QSet<QString> names;
    QString ioError; // set by the write callback, which cannot return our error type
    std::atomic<qint64> uncompressed {0};
    std::atomic<qint64> compressed {0};
    // discard(): the write callback drops what the closing archive still writes. Atomic: for an upload it is set
    // while the compressing thread may still be writing, so that it stops waiting for the network.
    std::atomic<bool> discarding {false};
    std::unique_ptr<AgeEncryptor> encryptor; // an encrypted archive's: the write callback goes through it
    std::unique_ptr<S3ArchiveUpload> upload; // an s3:// destination's, instead of `file`

    // Entries are compressed, hashed and written on a worker thread, one at a time, so the caller (the backup's
    // reading thread) parses the next pages meanwhile: the two halves of a backup use both cores. At most one entry
    // waits here, which bounds the extra memory to one segment.
    std::thread worker;
    std::mutex mutex;
    std::condition_variable changed;
    bool hasJob = false;
    bool stopWorker = false;
    QString jobName;
    QByteArray jobData;
    OpError jobError;

    static la_ssize_t write(struct archive* a, void* client, const void* buffer, size_t length)
    {
        auto* self = static_cast<Impl*>(client);
        if (self->discarding)
            return la_ssize_t(length);
        const char* data = static_cast<const char*>(buffer);
        const bool ok
            = self->encryptor ? self->encryptor->write(data, qint64(length)) : self->writeFile(data, qint64(length));
        if (!ok && self->discarding)
            return la_ssize_t(length);
        if (!ok) {
            if (self->ioError.isEmpty())
                self->ioError = QStringLiteral("age: %1").arg(self->encryptor->error().details);
            archive_set_error(a, EIO, "write failed");
            return -1;
        }
        return la_ssize_t(length);
    }

    // Appends to the partial file (or the upload), directly or as the encryptor's sink.
    bool writeFile(const char* data, qint64 length)
    {
        if (upload) {
            if (!upload->write(data, length)) {
                ioError = upload->error() ? upload->error().details : QStringLiteral("upload stopped");
                return false;
            }
            compressed += length;
            return true;
        }
        const qint64 written = file->write(data, length);
        if (written != length) {
            // QFile's own text is often just "Unknown error"; errno still holds the cause (ENOSPC, EFBIG, EIO).
            const int cause = errno;
            ioError = QStringLiteral("%1, %2").arg(file->errorString(), errnoText(cause));
            return false;
        }
        compressed += written;
        earlySync.onWritten(file->handle(), compressed);
        return true;
    }

    void stopAndJoin()
    {
        if (!worker.joinable())
            return;
        {
            const std::lock_guard<std::mutex> lock(mutex);
            stopWorker = true;
        }
        changed.notify_all();
        worker.join();
        stopWorker = false;
        hasJob = false;
        jobData.clear();
    }

    // Waits until the worker has written everything handed to it; returns its error, if any.
    OpError drain()
    {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [this] { return !hasJob; });
        return jobError;
    }

    // Drops the archive. libarchive frees its filter state (compressor, block buffer) only in a regular close, and
    // archive_write_fail() skips that (a leak LeakSanitizer reported on every canceled backup), so the close runs
    // with the write callback swallowing its end blocks instead of putting them into a file we delete anyway.
    void discard()
    {
        if (upload) {
            // The compressing thread may be waiting for room among the parts in flight: it must not wait for them.
            discarding = true;
            upload->cancel();
        }
        stopAndJoin();
        if (archive) {
            discarding = true;
            archive_write_close(archive);
            archive_write_free(archive);
            archive = nullptr;
            discarding = false;
        }
        encryptor.reset();
        if (upload) {
            upload->abort(); // nothing at the key, no pending upload on the server
            upload.reset();
        }
        earlySync.wait();
        if (file) {
            // By name after the close: QFile::remove() keeps the file when the close's last flush fails (EFBIG).
            const QString path = file->fileName();
            file.reset();
            QFile::remove(path);
        }
        partialLock.reset(); // after the partial is gone: a cleanup never sees it unlocked
    }

    bool createPartial(const QFileInfo& target, QString* details, int* cause)
    {
        return claimPartial(target, &file, &partialLock, details, cause);
    }

    // The partial file beside the target, or the upload, for details.
    QString where() const { return file ? QStringLiteral("%1 (via %2)").arg(finalPath, file->fileName()) : finalPath; }

    // What stopped the upload, in the S3 client's own words (the server's refusal, the connection), when it did.
    OpError uploadFailure(const QString& context) const
    {
        OpError error = upload ? upload->error() : OpError();
        if (error)
            error.details = QStringLiteral("%1: %2: %3").arg(finalPath, context, error.details);
        return error;
    }

    QString archiveError() const
    {
        const char* text = archive ? archive_error_string(archive) : nullptr;
        QString details = text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown libarchive error");
        if (!ioError.isEmpty())
            details = QStringLiteral("%1 (%2)").arg(ioError, details);
        return details;
    }
};

ArchiveWriter::ArchiveWriter()
    : d(std::make_unique<Impl>())
{
}

ArchiveWriter::~ArchiveWriter()
{
    abort();
}

bool ArchiveWriter::isOpen() const
{
    return d->archive != nullptr;
}

QString ArchiveWriter::finalPath() const
{
    return d->finalPath;
}

QString ArchiveWriter::temporaryPath() const
{
    return d->file ? d->file->fileName() : QString();
}

const QList<ArchiveTrailer::Entry>& ArchiveWriter::entries() const
{
    return d->entries;
}

qint64 ArchiveWriter::uncompressedBytes() const
{
    return d->uncompressed;
}

qint64 ArchiveWriter::compressedBytes() const
{
    return d->compressed;
}

void ArchiveWriter::abort()
{
    if (d->file)
        qCDebug(lcArchive) << "discarding partial archive" << d->file->fileName();
    d->discard();
}

OpError ArchiveWriter::fail(const QString& message, const QString& details)
{
    OpError error = d->uploadFailure(details);
    if (!error)
        error = OpError::make(OpError::Code::Io, message, QStringLiteral("%1: %2").arg(d->where(), details));
    qCWarning(lcArchive) << "archive write failed:" << error.details;
    d->discard();
    return error;
}

OpError ArchiveWriter::open(const QString& finalPath, ArchiveCompression compression, std::optional<int> level,
    const QDateTime& archiveTime, const AgeEncryptionKeys& encryption)
{
    Q_ASSERT(!isOpen());
    abort();
    d = std::make_unique<Impl>();
    const bool remote = S3Archive::isS3(finalPath);
    d->finalPath = remote ? finalPath : QFileInfo(finalPath).absoluteFilePath();
    d->mtime = (archiveTime.isValid() ? archiveTime : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch();

    if (!level && compression == ArchiveCompression::Zstd)
        level = defaultZstdLevel;
    if (level) {
        const auto [low, high] = compression == ArchiveCompression::Zstd ? std::pair {1, 19}
            : compression == ArchiveCompression::Gzip                    ? std::pair {1, 9}
                                                                         : std::pair {0, 9};
        if (compression != ArchiveCompression::None && (*level < low || *level > high)) {
            return OpError::make(OpError::Code::Usage,
                tr("The compression level %1 is not supported for %2; use %3 to %4.")
                    .arg(*level)
                    .arg(compressionName(compression))
                    .arg(low)
                    .arg(high));
        }
    }
    if (!encryption.recipients.isEmpty() && !encryption.passphrase.isEmpty()) {
        return OpError::make(
            OpError::Code::Usage, tr("An archive is encrypted either to public keys or with a passphrase, not both."));
    }

    if (OpError error = remote ? openUpload() : openPartial())
        return error;
    if (OpError error = startEncryption(encryption))
        return error;

    d->archive = archive_write_new();
    struct archive* a = d->archive;
    int rc = archive_write_set_format_pax_restricted(a);
    switch (compression) {
    case ArchiveCompression::Zstd:
        rc = std::min(rc, archive_write_add_filter_zstd(a));
        break;
    case ArchiveCompression::Gzip:
        rc = std::min(rc, archive_write_add_filter_gzip(a));
        break;
    case ArchiveCompression::Xz:
        rc = std::min(rc, archive_write_add_filter_xz(a));
        break;
    case ArchiveCompression::None:
        break;
    }
    if (rc == ARCHIVE_OK && level && compression != ArchiveCompression::None) {
        rc = archive_write_set_filter_option(a, nullptr, "compression-level", QByteArray::number(*level).constData());
    }
    // gzip would otherwise store the temporary file's name and a timestamp in its header.
    if (rc == ARCHIVE_OK && compression == ArchiveCompression::Gzip)
        rc = archive_write_set_filter_option(a, "gzip", "timestamp", nullptr);
    // Without this libarchive pads the last block with zeros after the compressed stream ends, and `zstd -t` /
    // `xz -t` reject the trailing garbage. 1 = no padding beyond the data.
    if (rc == ARCHIVE_OK)
        rc = archive_write_set_bytes_in_last_block(a, 1);
    if (rc == ARCHIVE_OK)
        rc = archive_write_open2(a, d.get(), nullptr, &Impl::write, nullptr, nullptr);
    if (rc != ARCHIVE_OK)
        return fail(
            tr("Cannot create the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)), d->archiveError());
    qCDebug(lcArchive) << "writing archive" << (d->file ? d->file->fileName() : d->finalPath)
                       << compressionName(compression);
    return {};
}

// Beside the target, so the final rename stays on one file system and is atomic.
OpError ArchiveWriter::openPartial()
{
    QString details;
    int cause = 0;
    if (d->createPartial(QFileInfo(d->finalPath), &details, &cause))
        return {};
    // A full disk (or quota, or file size limit) gives the same first line whichever write it stops, the lock file's
    // included; a missing folder or a permission does not.
    return fail(isDiskFull(cause) ? tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath))
                                  : tr("Cannot create the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
        details);
}

// An s3:// destination: a multipart upload, started now, so that wrong keys or a missing bucket fail here.
OpError ArchiveWriter::openUpload()
{
    S3Location location;
    S3Config config;
    OpError error;
    if (!S3Archive::resolve(d->finalPath, &location, &config, &error))
        return error;
    d->upload = std::make_unique<S3ArchiveUpload>(location, config, S3Archive::settings().firstPartSize);
    if (d->upload->start())
        return fail(tr("Cannot create the archive \"%1\".").arg(d->finalPath), QStringLiteral("create upload"));
    return {};
}

OpError ArchiveWriter::addEntry(const QString& name, const QByteArray& data)
{
    Q_ASSERT(isOpen());
    if (!isOpen())
        return OpError::make(OpError::Code::Internal, tr("The archive is not open."), name);
    if (!ArchiveLayout::isSafeEntryName(name) || name == ArchiveLayout::trailerEntry() || d->names.contains(name)) {
        const OpError error = OpError::make(OpError::Code::Internal,
            tr("The archive entry \"%1\" cannot be written.").arg(ArchiveLayout::displayName(name)),
            QStringLiteral("unsafe, reserved or duplicate entry name"));
        d->discard();
        return error;
    }

    d->names.insert(name);

    if (!d->worker.joinable())
        d->worker = std::thread([this] { runWorker(); });
    {
        std::unique_lock<std::mutex> lock(d->mutex);
        d->changed.wait(lock, [this] { return !d->hasJob; });
        if (d->jobError) {
            const OpError error = d->jobError;
            lock.unlock();
            d->discard();
            return error;
        }
        d->jobName = name;
        d->jobData = data;
        d->hasJob = true;
    }
    d->changed.notify_all();
    return {};
}

void ArchiveWriter::runWorker()
{
    while (true) {
        QString name;
        QByteArray data;
        {
            std::unique_lock<std::mutex> lock(d->mutex);
            d->changed.wait(lock, [this] { return d->hasJob || d->stopWorker; });
            if (!d->hasJob)
                return;
            name = d->jobName;
            data = d->jobData;
        }
        const OpError error = writeEntryNow(name, data);
        // Released before the caller hears that the entry is written, so that it can reuse the buffer
        // (SegmentWriter) instead of finding it still shared.
        data = QByteArray();
        {
            const std::lock_guard<std::mutex> lock(d->mutex);
            d->jobError = error;
            d->hasJob = false;
            d->jobData.clear();
        }
        d->changed.notify_all();
        if (error)
            return;
    }
}

OpError ArchiveWriter::writeEntryNow(const QString& name, const QByteArray& data)
{
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    archive_entry_set_size(entry, data.size());
    archive_entry_set_mtime(entry, d->mtime, 0);
    int rc = archive_write_header(d->archive, entry);
    archive_entry_free(entry);

    // In bounded pieces so a failing write is noticed early and libarchive never needs a second copy.
    constexpr qsizetype chunk = 1 << 20;
    for (qsizetype offset = 0; rc == ARCHIVE_OK && offset < data.size(); offset += chunk) {
        const qsizetype n = std::min(chunk, data.size() - offset);
        if (archive_write_data(d->archive, data.constData() + offset, size_t(n)) != n)
            rc = ARCHIVE_FATAL;
    }
    if (rc == ARCHIVE_OK)
        rc = archive_write_finish_entry(d->archive);
    if (rc != ARCHIVE_OK) {
        if (OpError error = d->uploadFailure(QStringLiteral("entry %1").arg(name)))
            return error;
        return OpError::make(OpError::Code::Io,
            tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
            QStringLiteral("%1: entry %2: %3").arg(d->where(), name, d->archiveError()));
    }

    d->entries.append({name, data.size(), Sha256::hash(data).toHex()});
    d->uncompressed += data.size();
    return {};
}

OpError ArchiveWriter::commit(ArchiveTrailer trailer)
{
    Q_ASSERT(isOpen());
    if (!isOpen())
        return OpError::make(OpError::Code::Internal, tr("The archive is not open."), d->finalPath);
    if (const OpError error = d->drain()) {
        d->discard();
        return error;
    }
    d->stopAndJoin();
    trailer.entries = d->entries;
    trailer.complete = true;
    const QByteArray trailerJson = trailer.toJson();
    // addEntry() refuses the reserved name; the trailer is the one entry written past that check.
    d->names.insert(ArchiveLayout::trailerEntry());
    struct archive_entry* entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, "trailer.json");
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0600);
    archive_entry_set_size(entry, trailerJson.size());
    archive_entry_set_mtime(entry, d->mtime, 0);
    int rc = archive_write_header(d->archive, entry);
    archive_entry_free(entry);
    if (rc == ARCHIVE_OK
        && archive_write_data(d->archive, trailerJson.constData(), size_t(trailerJson.size())) != trailerJson.size())
        rc = ARCHIVE_FATAL;
    if (rc == ARCHIVE_OK)
        rc = archive_write_close(d->archive);
    if (rc != ARCHIVE_OK) {
        return fail(
            tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)), d->archiveError());
    }
    archive_write_free(d->archive);
    d->archive = nullptr;
    if (OpError error = finishFile())
        return error;
    if (d->upload) {
        d->upload.reset(); // completed: the object is at its key
        qCInfo(lcArchive) << "archive uploaded" << d->finalPath << d->entries.size() << "entries" << d->compressed
                          << "bytes";
        return {};
    }
    return renameOntoTarget();
}

// The complete partial file becomes the archive at the final path.
OpError ArchiveWriter::renameOntoTarget()
{
    const QString temporary = d->file->fileName(); // still known after the close

    // QFile::rename refuses to replace an existing file, and remove-then-rename would open a window with no
    // archive at all; the platform calls replace atomically.
#ifdef Q_OS_WIN
    const bool renamed = MoveFileExW(reinterpret_cast<const wchar_t*>(S3Archive::displayPath(temporary).utf16()),
        reinterpret_cast<const wchar_t*>(S3Archive::displayPath(d->finalPath).utf16()),
        MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH);
    const QString renameError = QStringLiteral("MoveFileEx error %1").arg(GetLastError());
#else
    const bool renamed
        = ::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(d->finalPath).constData()) == 0;
    const QString renameError = errnoText(errno);
#endif
    if (!renamed) {
        return fail(tr("Cannot save the archive as \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
            QStringLiteral("rename: %1").arg(renameError));
    }
    d->file.reset();
    d->partialLock.reset(); // the partial's name is gone with the rename, so its lock goes too

#ifndef Q_OS_WIN
    // Makes the rename itself durable; a failure here does not undo a complete archive, so it is only logged.
    const int dirFd = ::open(QFile::encodeName(QFileInfo(d->finalPath).absolutePath()).constData(), O_RDONLY);
    if (dirFd < 0 || ::fsync(dirFd) != 0)
        qCWarning(lcArchive) << "could not fsync the directory of" << d->finalPath;
    if (dirFd >= 0)
        ::close(dirFd);
#endif
    qCInfo(lcArchive) << "archive written" << d->finalPath << d->entries.size() << "entries" << d->compressed
                      << "bytes";
    return {};
}

// Seals the last encrypted chunk, if any, then flushes, fsyncs and closes the partial file, or sends the last part
// and completes the upload.
OpError ArchiveWriter::finishFile()
{
    // The last chunk, flagged as such: without it `age -d` and our reader call the file truncated.
    if (d->encryptor && !d->encryptor->finish()) {
        return fail(tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
            d->ioError.isEmpty() ? QStringLiteral("age: %1").arg(d->encryptor->error().details) : d->ioError);
    }
    if (d->upload) {
        if (d->upload->complete())
            return fail(tr("Cannot write to the archive \"%1\".").arg(d->finalPath), QStringLiteral("complete"));
        return {};
    }
    if (!d->file->flush()) {
        // QFile buffers: the last blocks reach the disk here, and its text is then often just "Unknown error".
        const int cause = errno;
        return fail(tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
            QStringLiteral("%1, %2").arg(d->file->errorString(), errnoText(cause)));
    }
    int cause = d->earlySync.wait();
    if (!cause)
        cause = syncToDisk(d->file->handle());
    if (cause) {
        return fail(tr("Cannot write to the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)),
            QStringLiteral("fsync: %1").arg(errnoText(cause)));
    }
    d->file->close();
    return {};
}

// Writes the age header into the partial file; from here on the write callback encrypts.
OpError ArchiveWriter::startEncryption(const AgeEncryptionKeys& encryption)
{
    if (encryption.isEmpty())
        return {};
    d->encryptor = std::make_unique<AgeEncryptor>();
    Impl* impl = d.get();
    const AgeError error = d->encryptor->start(
        encryption, [impl](const char* data, qint64 size) { return impl->writeFile(data, size); });
    if (error) {
        const QString details = d->ioError.isEmpty() ? QStringLiteral("age: %1").arg(error.details) : d->ioError;
        return fail(tr("Cannot create the archive \"%1\".").arg(S3Archive::displayPath(d->finalPath)), details);
    }
    return {};
}

OpError ArchiveWriter::reservePartial(const QString& target, QString* partial, std::unique_ptr<QLockFile>* lock)
{
    std::unique_ptr<QFile> file;
    QString details;
    int cause = 0;
    if (!claimPartial(QFileInfo(target), &file, lock, &details, &cause))
        return OpError::make(OpError::Code::Io,
            isDiskFull(cause) ? tr("Cannot write to the archive \"%1\".").arg(QDir::toNativeSeparators(target))
                              : tr("Cannot create the archive \"%1\".").arg(QDir::toNativeSeparators(target)),
            details);
    *partial = file->fileName();
    return {};
}

QStringList ArchiveWriter::removeStalePartials(const QString& folder)
{
    const QDir dir(folder);
    const QStringList names = dir.entryList({QStringLiteral(".*") + partialInfix + QStringLiteral("*")},
        QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks);
    QStringList removed;
    for (const QString& name : names) {
        const bool isLock = name.endsWith(lockSuffix);
        const QString partialName = isLock ? name.chopped(lockSuffix.size()) : name;
        // Only our own names; a lock whose partial is listed is dealt with together with it.
        if (!isPartialName(partialName) || (isLock && names.contains(partialName)))
            continue;
        const QString partial = dir.filePath(partialName);
        std::unique_ptr<QLockFile> lock = makeLock(partial);
        if (!lock->tryLock(0)) {
            qCInfo(lcArchive) << "leaving" << partial << "alone: its lock is held (QLockFile error" << lock->error()
                              << ")";
            continue;
        }
        if (!isLock) {
            if (QFile::remove(partial)) {
                qCInfo(lcArchive) << "removed the stale partial archive" << partial;
                removed << partial;
            } else {
                qCWarning(lcArchive) << "could not remove the stale partial archive" << partial;
            }
        }
        lock->unlock(); // removes the lock file, also an orphaned one (a run killed right after its rename)
    }
    return removed;
}

} // namespace Colvault
