// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveReader.h"

#include "core/ArchiveLayout.h"
#include "core/BackgroundSha256.h"
#include "core/Logging.h"
#include "core/OperationGuard.h"
#include "core/S3Archive.h"
#include "core/S3ArchiveDevice.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <archive.h>
#include <archive_entry.h>
#include <cerrno>

namespace Colvault {

namespace {

ArchiveReader::Encryption encryptionOfKind(AgeDecryptor::Kind kind)
{
    switch (kind) {
    case AgeDecryptor::Kind::Recipients:
        return ArchiveReader::Encryption::Recipients;
    case AgeDecryptor::Kind::Passphrase:
        return ArchiveReader::Encryption::Passphrase;
    case AgeDecryptor::Kind::Unknown:
        break;
    }
    return ArchiveReader::Encryption::None;
}

// The archive's bytes: a file, or an object at s3://BUCKET/KEY read through ranged GETs (S3ArchiveDevice). On
// failure *error holds the reason (a file's Io error, the S3 client's sentence) and the result is null.
std::unique_ptr<QIODevice> openArchiveDevice(const QString& path, OpError* error)
{
    if (S3Archive::isS3(path)) {
        S3Location location;
        S3Config config;
        if (!S3Archive::resolve(path, &location, &config, error))
            return nullptr;
        auto device = std::make_unique<S3ArchiveDevice>(location, config);
        *error = device->openObject();
        return *error ? nullptr : std::move(device);
    }
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadOnly)) {
        *error = OpError::make(OpError::Code::Io,
            ArchiveReader::tr("Cannot open the archive \"%1\".").arg(S3Archive::displayPath(path)),
            file->errorString());
        return nullptr;
    }
    return file;
}

} // namespace

struct ArchiveReader::Impl
{
    std::unique_ptr<QIODevice> device; // a QFile, or an S3ArchiveDevice
    QString path;
    struct archive* archive = nullptr;
    Limits limits;
    QByteArray buffer;
    QString ioError; // set by the read callback
    qint64 bytesRead = 0;
    QSet<QString> names;
    qint64 entries = 0;
    bool failed = false;
    bool atEnd = false;

    bool inEntry = false;
    QString name;
    qint64 size = 0;
    qint64 consumed = 0;
    bool finished = false;
    BackgroundSha256 hash; // decompressing the next chunk while the last one is hashed
    QByteArray digest;
    std::unique_ptr<AgeDecryptor> decryptor; // an encrypted archive's: libarchive reads the plaintext
    Encryption encryption = Encryption::None;

    static la_ssize_t read(struct archive* a, void* client, const void** data)
    {
        auto* self = static_cast<Impl*>(client);
        const qint64 n = self->decryptor ? self->decryptor->read(self->buffer.data(), self->buffer.size())
                                         : self->device->read(self->buffer.data(), self->buffer.size());
        if (n < 0) {
            // A decryption error is kept by the decryptor (decryptionFailed()); the file's own errors here.
            if (!self->decryptionFailed())
                self->ioError = self->device->errorString();
            archive_set_error(a, EIO, "read failed");
            return -1;
        }
        // The file's position: progress compares it with the file's size, which an encrypted stream exceeds.
        self->bytesRead = self->decryptor ? self->device->pos() : self->bytesRead + n;
        *data = self->buffer.constData();
        return la_ssize_t(n);
    }

    QString archiveError() const
    {
        const char* text = archive ? archive_error_string(archive) : nullptr;
        return text ? QString::fromLocal8Bit(text) : QStringLiteral("unknown libarchive error");
    }

    bool decryptionFailed() const { return decryptor && bool(decryptor->error()); }

    // What stopped reading an object in S3 (the S3 client's sentence), if that is what happened.
    OpError remoteError() const
    {
        const auto* remote = dynamic_cast<const S3ArchiveDevice*>(device.get());
        return remote ? remote->error() : OpError();
    }

    void release()
    {
        if (archive) {
            archive_read_free(archive);
            archive = nullptr;
        }
        decryptor.reset();
        device.reset();
    }
};

ArchiveReader::ArchiveReader()
    : d(std::make_unique<Impl>())
{
}

ArchiveReader::~ArchiveReader()
{
    d->release();
}

void ArchiveReader::close()
{
    d->release();
    d->failed = true; // reading after close() is a caller bug; keep it from reaching libarchive
}

QString ArchiveReader::name() const
{
    return d->name;
}

qint64 ArchiveReader::size() const
{
    return d->size;
}

bool ArchiveReader::entryFinished() const
{
    return d->finished;
}

QByteArray ArchiveReader::sha256() const
{
    return d->finished ? d->digest : QByteArray();
}

qint64 ArchiveReader::fileSize() const
{
    return d->device && d->device->isOpen() ? d->device->size() : 0;
}

qint64 ArchiveReader::compressedBytesRead() const
{
    return d->bytesRead;
}

qint64 ArchiveReader::entryCount() const
{
    return d->entries;
}

ArchiveReader::Encryption ArchiveReader::encryption() const
{
    return d->encryption;
}

ArchiveReader::Encryption ArchiveReader::encryptionOf(const QString& path)
{
    OpError error;
    const std::unique_ptr<QIODevice> device = openArchiveDevice(path, &error);
    if (!device || !AgeDecryptor::looksLikeAge(device.get()))
        return Encryption::None;
    AgeDecryptor decryptor(device.get());
    (void)decryptor.open({}); // without keys only the header is read, which tells the kind
    return encryptionOfKind(decryptor.kind());
}

std::optional<ArchiveCompression> ArchiveReader::compression() const
{
    if (!d->archive || d->entries == 0)
        return std::nullopt;
    switch (archive_filter_code(d->archive, 0)) {
    case ARCHIVE_FILTER_NONE:
        return ArchiveCompression::None;
    case ARCHIVE_FILTER_ZSTD:
        return ArchiveCompression::Zstd;
    case ARCHIVE_FILTER_GZIP:
        return ArchiveCompression::Gzip;
    case ARCHIVE_FILTER_XZ:
        return ArchiveCompression::Xz;
    default:
        return std::nullopt;
    }
}

OpError ArchiveReader::fail(OpError::Code code, const QString& message, const QString& details)
{
    d->failed = true;
    d->inEntry = false;
    const OpError error = OpError::make(code, message, QStringLiteral("%1: %2").arg(d->path, details));
    qCWarning(lcArchive) << "archive read failed:" << error.details;
    d->release();
    return error;
}

OpError ArchiveReader::entryError(const QString& message, const QString& details)
{
    return fail(OpError::Code::Format, message,
        QStringLiteral("entry %1: %2").arg(ArchiveLayout::displayName(d->name), details));
}

OpError ArchiveReader::open(const QString& path, Limits limits, const AgeDecryptionKeys& keys)
{
    OperationGuard::checkpoint("archive");
    d->release();
    d = std::make_unique<Impl>();
    d->path = path;
    d->limits = limits;
    OpError opening;
    d->device = openArchiveDevice(path, &opening);
    if (opening)
        return fail(opening.code, opening.message, opening.details);
    if (OpError error = openDecryption(keys))
        return error;
    d->buffer.resize(64 * 1024);
    d->archive = archive_read_new();
    // Only the formats and filters Colvault writes: every extra decoder is attack surface, and some of
    // libarchive's filters would start external programs.
    int rc = archive_read_support_format_tar(d->archive);
    rc = std::min(rc, archive_read_support_filter_zstd(d->archive));
    rc = std::min(rc, archive_read_support_filter_gzip(d->archive));
    rc = std::min(rc, archive_read_support_filter_xz(d->archive));
    if (rc == ARCHIVE_OK) {
        rc = archive_read_set_read_callback(d->archive, &Impl::read);
        rc = std::min(rc, archive_read_set_callback_data(d->archive, d.get()));
    }
    if (rc == ARCHIVE_OK)
        rc = archive_read_open1(d->archive);
    if (rc != ARCHIVE_OK && d->decryptionFailed())
        return decryptionError(d->decryptor->error());
    if (rc != ARCHIVE_OK && !d->ioError.isEmpty())
        return readError();
    if (rc != ARCHIVE_OK) {
        return fail(OpError::Code::Format,
            tr("The file \"%1\" is not a Colvault archive or is damaged.").arg(S3Archive::displayPath(path)),
            d->archiveError());
    }
    return {};
}

OpError ArchiveReader::next(bool* hasEntry)
{
    *hasEntry = false;
    if (d->failed || !d->archive)
        return OpError::make(OpError::Code::Internal, tr("The archive is not open."), d->path);
    if (d->atEnd)
        return {};
    if (d->inEntry && !d->finished) {
        if (OpError error = skip())
            return error;
    }
    d->inEntry = false;
    d->name.clear();
    d->size = 0;

    struct archive_entry* entry = nullptr;
    const int rc = archive_read_next_header(d->archive, &entry);
    if (rc == ARCHIVE_EOF) {
        if (OpError error = finishDecryption())
            return error;
        d->atEnd = true;
        return {};
    }
    // Warnings are failures too: for our own archives libarchive has nothing to warn about.
    if (rc != ARCHIVE_OK)
        return headerError();

    const char* utf8 = archive_entry_pathname_utf8(entry);
    d->name = utf8 ? QString::fromUtf8(utf8) : QString();
    if (!utf8 || d->name.toUtf8() != QByteArrayView(utf8)) {
        const char* raw = archive_entry_pathname(entry);
        d->name = QString::fromLatin1(raw ? raw : "");
        return entryError(tr("The archive contains an entry whose name is not valid text."),
            QStringLiteral("name is not valid UTF-8"));
    }
    const QString shown = ArchiveLayout::displayName(d->name);
    // archive_entry_filetype() returns mode_t, which Windows does not have (libarchive's own type there).
    const auto type = archive_entry_filetype(entry);
    const bool isLink = archive_entry_hardlink(entry) != nullptr || archive_entry_symlink(entry) != nullptr;
    if (type != AE_IFREG || isLink) {
        return entryError(tr("The archive entry \"%1\" is not a regular file and was rejected.").arg(shown),
            QStringLiteral("file type %1%2").arg(type, 0, 8).arg(isLink ? QStringLiteral(" (link)") : QString()));
    }
    if (!ArchiveLayout::isSafeEntryName(d->name)) {
        return entryError(tr("The archive entry \"%1\" has an unsafe name and was rejected.").arg(shown),
            QStringLiteral("absolute path, '..', '.', empty component or forbidden character"));
    }
    if (archive_entry_sparse_count(entry) > 0 || archive_entry_is_encrypted(entry)) {
        return entryError(tr("The archive entry \"%1\" is sparse or encrypted and was rejected.").arg(shown),
            QStringLiteral("sparse or encrypted"));
    }
    if (!archive_entry_size_is_set(entry) || archive_entry_size(entry) < 0) {
        return entryError(
            tr("The archive entry \"%1\" has no size and was rejected.").arg(shown), QStringLiteral("size not set"));
    }
    d->size = archive_entry_size(entry);
    if (d->size > d->limits.maxEntrySize) {
        return entryError(tr("The archive entry \"%1\" is too large and was rejected.").arg(shown),
            QStringLiteral("%1 bytes, at most %2").arg(d->size).arg(d->limits.maxEntrySize));
    }
    if (d->names.contains(d->name)) {
        return entryError(tr("The archive contains the entry \"%1\" more than once.").arg(shown),
            QStringLiteral("duplicate entry name"));
    }
    if (d->entries >= d->limits.maxEntries) {
        return entryError(
            tr("The archive has too many entries."), QStringLiteral("more than %1 entries").arg(d->limits.maxEntries));
    }
    d->names.insert(d->name);
    ++d->entries;
    d->inEntry = true;
    d->consumed = 0;
    d->finished = false;
    d->digest.clear();
    d->hash.reset();
    *hasEntry = true;
    return {};
}

OpError ArchiveReader::headerError()
{
    if (d->decryptionFailed())
        return decryptionError(d->decryptor->error());
    if (!d->ioError.isEmpty())
        return readError();
    return fail(OpError::Code::Format,
        tr("The archive \"%1\" is damaged or truncated after %Ln entries.", nullptr, int(d->entries))
            .arg(S3Archive::displayPath(d->path)),
        QStringLiteral("after %1 entries: %2").arg(d->entries).arg(d->archiveError()));
}

// Decompresses up to maxBytes of the current entry into `out`, unhashed; *n is 0 once the entry is fully read (and its
// digest taken).
OpError ArchiveReader::readData(char* out, qint64 maxBytes, qint64* n)
{
    *n = 0;
    if (d->failed || !d->inEntry)
        return OpError::make(OpError::Code::Internal, tr("The archive is not open."), d->path);
    if (d->finished)
        return {};
    const la_ssize_t got = archive_read_data(d->archive, out, size_t(maxBytes));
    if (got < 0) {
        if (d->decryptionFailed())
            return decryptionError(d->decryptor->error());
        if (!d->ioError.isEmpty())
            return readError();
        return entryError(
            tr("The archive entry \"%1\" is damaged or truncated.").arg(ArchiveLayout::displayName(d->name)),
            d->archiveError());
    }
    if (got == 0) {
        if (d->consumed != d->size) {
            return entryError(
                tr("The archive entry \"%1\" is damaged or truncated.").arg(ArchiveLayout::displayName(d->name)),
                QStringLiteral("%1 of %2 bytes").arg(d->consumed).arg(d->size));
        }
        d->finished = true;
        if (d->limits.sha256)
            d->digest = d->hash.result().toHex();
        return {};
    }
    d->consumed += got;
    if (d->consumed > d->size) {
        return entryError(
            tr("The archive entry \"%1\" is damaged or truncated.").arg(ArchiveLayout::displayName(d->name)),
            QStringLiteral("more data than the header announced"));
    }
    *n = got;
    return {};
}

OpError ArchiveReader::read(QByteArray* chunk, qint64 maxBytes)
{
    chunk->resize(qsizetype(std::clamp<qint64>(maxBytes, 1, 16 * 1024 * 1024)));
    qint64 n = 0;
    if (OpError error = readData(chunk->data(), chunk->size(), &n)) {
        chunk->clear();
        return error;
    }
    chunk->resize(qsizetype(n));
    if (n > 0 && d->limits.sha256)
        d->hash.addData(*chunk);
    return {};
}

// The entry is decompressed straight into *data, and hashed there by the hashing thread (QByteArray::fromRawData):
// no copy of it is made. So *data must not move while that thread may read it: before it grows, and before it is
// handed back, the thread is waited for.
OpError ArchiveReader::readAll(QByteArray* data, qint64 cap)
{
    data->resize(0); // keeps the capacity
    if (d->failed || !d->inEntry)
        return OpError::make(OpError::Code::Internal, tr("The archive is not open."), d->path);
    const qint64 left = d->size - d->consumed;
    if (left > cap) {
        return entryError(
            tr("The archive entry \"%1\" is too large and was rejected.").arg(ArchiveLayout::displayName(d->name)),
            QStringLiteral("%1 bytes, at most %2 here").arg(d->size).arg(cap));
    }
    constexpr qsizetype step = 1024 * 1024;
    // Grow with the data actually decompressed, not with the size a possibly hostile header announces. One byte more
    // than the entry, so that its end is read without growing.
    data->reserve(qsizetype(std::min<qint64>(left + 1, 16 * 1024 * 1024)));
    while (true) {
        qsizetype start = data->size();
        if (data->capacity() - start < std::min<qsizetype>(step, left + 1 - start)) {
            d->hash.drain();
            data->reserve(std::max(2 * data->capacity(), start + step));
        }
        const qsizetype room = std::min<qsizetype>(step, data->capacity() - start);
        data->resize(start + room);
        qint64 n = 0;
        const OpError error = readData(data->data() + start, room, &n);
        data->resize(start + qsizetype(n));
        if (error) {
            d->hash.drain();
            data->clear();
            return error;
        }
        if (n == 0)
            return {}; // the digest, when taken, waited for the hashing thread
        if (d->limits.sha256)
            d->hash.addData(QByteArray::fromRawData(data->constData() + start, qsizetype(n)));
    }
}

OpError ArchiveReader::skip()
{
    QByteArray chunk;
    do {
        if (OpError error = read(&chunk, 256 * 1024))
            return error;
    } while (!chunk.isEmpty());
    return {};
}

// The read callback failed: the file's error, or the S3 client's sentence for an object.
OpError ArchiveReader::readError()
{
    if (const OpError remote = d->remoteError())
        return fail(remote.code, remote.message, remote.details);
    return fail(
        OpError::Code::Io, tr("Cannot read the archive \"%1\".").arg(S3Archive::displayPath(d->path)), d->ioError);
}

// An age file is decrypted on the way to libarchive. Its header is read and authenticated here, before anything
// else: a missing or wrong key fails now, without a single entry read.
OpError ArchiveReader::openDecryption(const AgeDecryptionKeys& keys)
{
    const QString shown = S3Archive::displayPath(d->path);
    if (d->device->peek(34) == "-----BEGIN AGE ENCRYPTED FILE-----") {
        return fail(OpError::Code::Format,
            tr("The archive \"%1\" is encrypted in age's ASCII armor, which Colvault does not read; decrypt it with "
               "age first.")
                .arg(shown),
            QStringLiteral("armored age file"));
    }
    if (!AgeDecryptor::looksLikeAge(d->device.get()))
        return {};
    d->decryptor = std::make_unique<AgeDecryptor>(d->device.get());
    const AgeError error = d->decryptor->open(keys);
    d->encryption = encryptionOfKind(d->decryptor->kind());
    if (error)
        return decryptionError(error);
    qCDebug(lcArchive) << "reading encrypted archive" << d->path << int(d->encryption);
    return {};
}

// libarchive stops at the tar's end blocks, which may lie before the encrypted stream's last chunk. Only that
// chunk, flagged as the last, proves the file was not cut, so the rest of the stream is read and authenticated.
OpError ArchiveReader::finishDecryption()
{
    if (!d->decryptor)
        return {};
    while (true) {
        const qint64 n = d->decryptor->read(d->buffer.data(), d->buffer.size());
        if (n == 0)
            return {};
        if (n < 0)
            return decryptionError(d->decryptor->error());
    }
}

OpError ArchiveReader::decryptionError(const AgeError& error)
{
    const QString shown = S3Archive::displayPath(d->path);
    const QString details = QStringLiteral("age: %1").arg(error.details);
    switch (error.status) {
    case AgeStatus::NoKey:
        return fail(OpError::Code::Usage,
            d->encryption == Encryption::Passphrase
                ? tr("The archive \"%1\" is encrypted with a passphrase; give the passphrase to open it.").arg(shown)
                : tr("The archive \"%1\" is encrypted; give an identity file that can decrypt it.").arg(shown),
            details);
    case AgeStatus::NeedsPassphrase:
        return fail(OpError::Code::Usage,
            tr("The archive \"%1\" is encrypted with a passphrase, not to an identity; give the passphrase to open it.")
                .arg(shown),
            details);
    case AgeStatus::NeedsIdentity:
        return fail(OpError::Code::Usage,
            tr("The archive \"%1\" is encrypted to public keys, not with a passphrase; give an identity file that can "
               "decrypt it.")
                .arg(shown),
            details);
    case AgeStatus::NoMatchingIdentity:
        return fail(OpError::Code::Auth, tr("None of the given identities can decrypt the archive \"%1\".").arg(shown),
            details);
    case AgeStatus::WrongPassphrase:
        return fail(OpError::Code::Auth, tr("The passphrase does not decrypt the archive \"%1\".").arg(shown), details);
    case AgeStatus::WorkFactorTooHigh:
        return fail(OpError::Code::Format,
            tr("The archive \"%1\" asks for more memory and time to check its passphrase than Colvault allows.")
                .arg(shown),
            details);
    case AgeStatus::UnsupportedVersion:
        return fail(OpError::Code::Format,
            tr("The archive \"%1\" is encrypted with a version of the age format that Colvault cannot read.")
                .arg(shown),
            details);
    case AgeStatus::Truncated:
        return fail(OpError::Code::Format, tr("The encrypted archive \"%1\" is truncated.").arg(shown), details);
    case AgeStatus::Io:
        if (const OpError remote = d->remoteError())
            return fail(remote.code, remote.message, remote.details);
        return fail(OpError::Code::Io, tr("Cannot read the archive \"%1\".").arg(shown), details);
    case AgeStatus::Malformed:
    case AgeStatus::HeaderMacMismatch:
    case AgeStatus::ChunkAuthFailed:
    case AgeStatus::TrailingData:
        return fail(OpError::Code::Format,
            tr("The encrypted archive \"%1\" is damaged or was tampered with.").arg(shown), details);
    case AgeStatus::Ok:
    case AgeStatus::BadKeys:
    case AgeStatus::Crypto:
        break;
    }
    return fail(OpError::Code::Internal, tr("Cannot decrypt the archive \"%1\".").arg(shown), details);
}

} // namespace Colvault
