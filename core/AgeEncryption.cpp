// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeEncryption.h"

#include "core/AgeCrypto.h"

#include <QIODevice>
#include <QRegularExpression>
#include <algorithm>
#include <cstring>

namespace Colvault {

namespace {

constexpr int fileKeySize = 16;
constexpr int payloadNonceSize = 16;
constexpr qint64 chunkSize = 64 * 1024;
constexpr qint64 sealedChunkSize = chunkSize + AgeCrypto::tagSize;
constexpr int scryptSaltSize = 16;
constexpr QByteArrayView x25519Type = "X25519";
constexpr QByteArrayView scryptType = "scrypt";
constexpr QByteArrayView x25519Info = "age-encryption.org/v1/X25519";
constexpr QByteArrayView scryptSaltLabel = "age-encryption.org/v1/scrypt";

// The STREAM nonce of chunk `counter`: an 11-byte big-endian counter, then 1 for the last chunk and 0 otherwise.
void chunkNonce(quint64 counter, bool last, unsigned char* nonce)
{
    std::memset(nonce, 0, AgeCrypto::nonceSize);
    for (int i = 0; i < 8; ++i)
        nonce[10 - i] = static_cast<unsigned char>(counter >> (8 * i));
    nonce[11] = last ? 1 : 0;
}

QByteArray headerMac(const QByteArray& fileKey, const QByteArray& macInput)
{
    QByteArray key = AgeCrypto::hkdfSha256(fileKey, {}, "header");
    const QByteArray mac = key.isEmpty() ? QByteArray() : AgeCrypto::hmacSha256(key, macInput);
    AgeCrypto::wipe(&key);
    return mac;
}

AgeFormat::Stanza x25519Stanza(const AgeRecipient& recipient, const QByteArray& fileKey)
{
    QByteArray ephemeral = AgeCrypto::randomBytes(AgeCrypto::keySize);
    const QByteArray share = AgeCrypto::x25519PublicKey(ephemeral);
    QByteArray shared = AgeCrypto::x25519SharedSecret(ephemeral, recipient.publicKey());
    AgeCrypto::wipe(&ephemeral);
    if (share.isEmpty() || shared.isEmpty())
        return {};
    QByteArray wrapKey = AgeCrypto::hkdfSha256(shared, share + recipient.publicKey(), x25519Info);
    AgeCrypto::wipe(&shared);
    AgeFormat::Stanza stanza {
        {x25519Type.toByteArray(), AgeFormat::encodeBase64(share)}, AgeCrypto::sealWithZeroNonce(wrapKey, fileKey)};
    AgeCrypto::wipe(&wrapKey);
    return stanza.body.isEmpty() ? AgeFormat::Stanza() : stanza;
}

AgeFormat::Stanza scryptStanza(const QByteArray& passphrase, int workFactor, const QByteArray& fileKey)
{
    const QByteArray salt = AgeCrypto::randomBytes(scryptSaltSize);
    QByteArray wrapKey = AgeCrypto::scrypt(passphrase, scryptSaltLabel.toByteArray() + salt, workFactor);
    if (salt.isEmpty() || wrapKey.isEmpty())
        return {};
    AgeFormat::Stanza stanza {{scryptType.toByteArray(), AgeFormat::encodeBase64(salt), QByteArray::number(workFactor)},
        AgeCrypto::sealWithZeroNonce(wrapKey, fileKey)};
    AgeCrypto::wipe(&wrapKey);
    return stanza.body.isEmpty() ? AgeFormat::Stanza() : stanza;
}

} // namespace

// ---------------------------------------------------------------------------------------------------- encryptor

struct AgeEncryptor::Impl
{
    Sink sink;
    AgeError error;
    bool started = false;
    bool finished = false;
    QByteArray payloadKey;
    AgeCrypto::AgeChaChaPoly aead;
    quint64 counter = 0;
    QByteArray plain; // the chunk being filled; sealed only once more data (or finish()) shows whether it is last
    qint64 plainSize = 0;
    QByteArray sealed;

    bool emit(const char* data, qint64 size)
    {
        if (!sink(data, size)) {
            error = AgeError::make(AgeStatus::Io, QStringLiteral("the encrypted output could not be written"));
            return false;
        }
        return true;
    }

    ~Impl() { AgeCrypto::wipe(&payloadKey); }
};

AgeEncryptor::AgeEncryptor()
    : d(std::make_unique<Impl>())
{
}

AgeEncryptor::~AgeEncryptor() = default;

AgeError AgeEncryptor::error() const
{
    return d->error;
}

AgeError AgeEncryptor::start(const AgeEncryptionKeys& keys, Sink sink)
{
    d = std::make_unique<Impl>();
    d->sink = std::move(sink);
    if (keys.isEmpty() || (!keys.recipients.isEmpty() && !keys.passphrase.isEmpty()))
        return d->error
            = AgeError::make(AgeStatus::BadKeys, QStringLiteral("need recipients or a passphrase, not both"));
    if (!keys.passphrase.isEmpty() && (keys.scryptWorkFactor < 1 || keys.scryptWorkFactor > 30))
        return d->error = AgeError::make(AgeStatus::BadKeys, QStringLiteral("scrypt work factor out of range"));

    QByteArray fileKey = AgeCrypto::randomBytes(fileKeySize);
    QList<AgeFormat::Stanza> stanzas;
    if (!keys.passphrase.isEmpty())
        stanzas.append(scryptStanza(keys.passphrase, keys.scryptWorkFactor, fileKey));
    for (const AgeRecipient& recipient : keys.recipients)
        stanzas.append(x25519Stanza(recipient, fileKey));
    const QByteArray withoutMac = AgeFormat::headerWithoutMac(stanzas);
    const QByteArray mac = headerMac(fileKey, withoutMac);
    const QByteArray nonce = AgeCrypto::randomBytes(payloadNonceSize);
    d->payloadKey = AgeCrypto::hkdfSha256(fileKey, nonce, "payload");
    AgeCrypto::wipe(&fileKey);
    const bool complete
        = std::all_of(stanzas.cbegin(), stanzas.cend(), [](const auto& s) { return !s.body.isEmpty(); });
    if (!complete || mac.isEmpty() || nonce.isEmpty() || d->payloadKey.isEmpty())
        return d->error = AgeError::make(AgeStatus::Crypto, QStringLiteral("OpenSSL failed while writing the header"));

    const QByteArray head = withoutMac + AgeFormat::macLine(mac) + nonce;
    if (!d->emit(head.constData(), head.size()))
        return d->error;
    d->plain.resize(chunkSize);
    d->sealed.resize(sealedChunkSize);
    d->started = true;
    return {};
}

bool AgeEncryptor::sealChunk(bool last)
{
    unsigned char nonce[AgeCrypto::nonceSize];
    chunkNonce(d->counter++, last, nonce);
    const auto* key = reinterpret_cast<const unsigned char*>(d->payloadKey.constData());
    if (!d->aead.seal(key, nonce, d->plain.constData(), d->plainSize, d->sealed.data())) {
        d->error = AgeError::make(AgeStatus::Crypto, QStringLiteral("OpenSSL failed to seal a chunk"));
        return false;
    }
    const qint64 size = d->plainSize + AgeCrypto::tagSize;
    d->plainSize = 0;
    return d->emit(d->sealed.constData(), size);
}

bool AgeEncryptor::write(const char* data, qint64 size)
{
    if (!d->started || d->finished || d->error)
        return false;
    while (size > 0) {
        // A full chunk waits for the next byte: only then is it known not to be the last one.
        if (d->plainSize == chunkSize && !sealChunk(false))
            return false;
        const qint64 n = std::min(size, chunkSize - d->plainSize);
        std::memcpy(d->plain.data() + d->plainSize, data, size_t(n));
        d->plainSize += n;
        data += n;
        size -= n;
    }
    return true;
}

bool AgeEncryptor::finish()
{
    if (!d->started || d->finished || d->error)
        return false;
    d->finished = true;
    // The last chunk is empty only when the whole stream is (age rejects an empty last chunk after others).
    const bool ok = sealChunk(true);
    std::memset(d->plain.data(), 0, size_t(d->plain.size()));
    return ok;
}

// ---------------------------------------------------------------------------------------------------- decryptor

struct AgeDecryptor::Impl
{
    QIODevice* source = nullptr;
    AgeError error;
    Kind kind = Kind::Unknown;
    int workFactor = 0;
    bool opened = false;
    QByteArray payloadKey;
    AgeCrypto::AgeChaChaPoly aead;
    quint64 counter = 0;
    QByteArray sealed; // one sealed chunk and one byte more, which tells whether the chunk is the last
    qint64 sealedSize = 0;
    QByteArray plain;
    qint64 plainSize = 0;
    qint64 plainOffset = 0;
    bool lastSeen = false;

    ~Impl() { AgeCrypto::wipe(&payloadKey); }
};

AgeDecryptor::AgeDecryptor(QIODevice* source)
    : d(std::make_unique<Impl>())
{
    d->source = source;
}

AgeDecryptor::~AgeDecryptor() = default;

bool AgeDecryptor::looksLikeAge(QIODevice* device)
{
    return AgeFormat::looksLikeAge(device->peek(AgeFormat::intro.size()));
}

AgeDecryptor::Kind AgeDecryptor::kind() const
{
    return d->kind;
}

int AgeDecryptor::scryptWorkFactor() const
{
    return d->workFactor;
}

AgeError AgeDecryptor::error() const
{
    return d->error;
}

bool AgeDecryptor::atEnd() const
{
    return d->lastSeen && d->plainOffset == d->plainSize;
}

AgeError AgeDecryptor::fail(AgeError error)
{
    d->error = std::move(error);
    d->plainSize = d->plainOffset = 0;
    AgeCrypto::wipe(&d->payloadKey);
    return d->error;
}

AgeError AgeDecryptor::open(const AgeDecryptionKeys& keys)
{
    AgeFormat::Header header;
    if (AgeError error = AgeFormat::readHeader(d->source, &header))
        return fail(error);
    for (const AgeFormat::Stanza& stanza : header.stanzas) {
        // As age: a passphrase must be the only way in, or anyone holding another key could rewrap it.
        if (stanza.type() == scryptType && header.stanzas.size() != 1)
            return fail(AgeError::make(AgeStatus::Malformed, QStringLiteral("an scrypt stanza must be the only one")));
    }
    d->kind = header.stanzas.first().type() == scryptType ? Kind::Passphrase : Kind::Recipients;
    if (d->kind == Kind::Passphrase)
        d->workFactor = header.stanzas.first().args.value(2).toInt();
    if (keys.isEmpty())
        return fail(AgeError::make(AgeStatus::NoKey, QStringLiteral("no identity or passphrase given")));

    if (AgeError error = unwrapFileKey(header, keys))
        return fail(error);
    // unwrapFileKey() leaves the file key in payloadKey until the payload key is derived from it here.
    QByteArray fileKey = d->payloadKey;
    d->payloadKey.clear();
    const QByteArray mac = headerMac(fileKey, header.macInput);
    if (mac.isEmpty() || !AgeCrypto::equalSecrets(mac, header.mac)) {
        AgeCrypto::wipe(&fileKey);
        return fail(AgeError::make(AgeStatus::HeaderMacMismatch, QStringLiteral("the header MAC does not match")));
    }
    QByteArray nonce(payloadNonceSize, Qt::Uninitialized);
    const qint64 got = d->source->read(nonce.data(), payloadNonceSize);
    if (got != payloadNonceSize) {
        AgeCrypto::wipe(&fileKey);
        return fail(AgeError::make(
            got < 0 ? AgeStatus::Io : AgeStatus::Truncated, QStringLiteral("the payload nonce is missing")));
    }
    d->payloadKey = AgeCrypto::hkdfSha256(fileKey, nonce, "payload");
    AgeCrypto::wipe(&fileKey);
    if (d->payloadKey.isEmpty())
        return fail(AgeError::make(AgeStatus::Crypto, QStringLiteral("HKDF failed")));
    d->sealed.resize(sealedChunkSize + 1);
    d->plain.resize(chunkSize);
    d->opened = true;
    return {};
}

AgeError AgeDecryptor::unwrapFileKey(const AgeFormat::Header& header, const AgeDecryptionKeys& keys)
{
    static const QRegularExpression decimal(QStringLiteral("^[1-9][0-9]{0,8}$"));
    for (const AgeFormat::Stanza& stanza : header.stanzas) {
        QByteArray bytes;
        if (stanza.type() == x25519Type) {
            if (stanza.args.size() != 2 || !AgeFormat::decodeBase64(stanza.args[1], &bytes)
                || bytes.size() != AgeCrypto::keySize || stanza.body.size() != fileKeySize + AgeCrypto::tagSize)
                return AgeError::make(AgeStatus::Malformed, QStringLiteral("invalid X25519 stanza"));
            for (const AgeIdentity& identity : keys.identities) {
                QByteArray shared = AgeCrypto::x25519SharedSecret(identity.secretKey(), bytes);
                if (shared.isEmpty())
                    return AgeError::make(AgeStatus::Malformed, QStringLiteral("X25519 share of low order"));
                QByteArray wrapKey
                    = AgeCrypto::hkdfSha256(shared, bytes + identity.recipient().publicKey(), x25519Info);
                AgeCrypto::wipe(&shared);
                d->payloadKey = AgeCrypto::openWithZeroNonce(wrapKey, stanza.body);
                AgeCrypto::wipe(&wrapKey);
                if (!d->payloadKey.isEmpty())
                    return {};
            }
        } else if (stanza.type() == scryptType) {
            const QString workFactor = QString::fromLatin1(stanza.args.value(2));
            if (stanza.args.size() != 3 || !AgeFormat::decodeBase64(stanza.args[1], &bytes)
                || bytes.size() != scryptSaltSize || !decimal.match(workFactor).hasMatch()
                || stanza.body.size() != fileKeySize + AgeCrypto::tagSize)
                return AgeError::make(AgeStatus::Malformed, QStringLiteral("invalid scrypt stanza"));
            if (keys.passphrase.isEmpty())
                return AgeError::make(AgeStatus::NeedsPassphrase, QStringLiteral("encrypted with a passphrase"));
            if (workFactor.toInt() > keys.maxScryptWorkFactor) {
                return AgeError::make(AgeStatus::WorkFactorTooHigh,
                    QStringLiteral("scrypt work factor %1, at most %2").arg(workFactor).arg(keys.maxScryptWorkFactor));
            }
            QByteArray wrapKey
                = AgeCrypto::scrypt(keys.passphrase, scryptSaltLabel.toByteArray() + bytes, workFactor.toInt());
            d->payloadKey = AgeCrypto::openWithZeroNonce(wrapKey, stanza.body);
            AgeCrypto::wipe(&wrapKey);
            if (d->payloadKey.isEmpty())
                return AgeError::make(AgeStatus::WrongPassphrase, QStringLiteral("the passphrase does not open it"));
            return {};
        }
        // Other stanza types (plugins, grease) are for other identities: skipped, as age does.
    }
    if (keys.identities.isEmpty())
        return AgeError::make(AgeStatus::NeedsIdentity, QStringLiteral("encrypted to recipients, not a passphrase"));
    return AgeError::make(AgeStatus::NoMatchingIdentity,
        QStringLiteral("none of %1 identities matches one of %2 stanzas")
            .arg(keys.identities.size())
            .arg(header.stanzas.size()));
}

// Reads the next sealed chunk plus one byte, authenticates it and makes it the current plaintext.
bool AgeDecryptor::readChunk()
{
    while (d->sealedSize < d->sealed.size()) {
        const qint64 n = d->source->read(d->sealed.data() + d->sealedSize, d->sealed.size() - d->sealedSize);
        if (n < 0) {
            fail(AgeError::make(AgeStatus::Io, d->source->errorString()));
            return false;
        }
        if (n == 0)
            break;
        d->sealedSize += n;
    }
    const bool last = d->sealedSize <= sealedChunkSize; // no byte after this chunk
    const qint64 size = std::min(d->sealedSize, sealedChunkSize);
    const QString where = QStringLiteral("chunk %1").arg(d->counter);
    if (size < AgeCrypto::tagSize || (last && size == AgeCrypto::tagSize && d->counter > 0)) {
        // Nothing, or less than a tag, where a chunk must be; an empty last chunk only for an empty stream.
        fail(AgeError::make(size == AgeCrypto::tagSize ? AgeStatus::Malformed : AgeStatus::Truncated,
            QStringLiteral("%1: %2 bytes").arg(where).arg(size)));
        return false;
    }
    unsigned char nonce[AgeCrypto::nonceSize];
    const auto* key = reinterpret_cast<const unsigned char*>(d->payloadKey.constData());
    chunkNonce(d->counter, last, nonce);
    if (!d->aead.open(key, nonce, d->sealed.constData(), size, d->plain.data())) {
        // The other flag tells a cut file (a full chunk that is not the last) from bytes after the last chunk.
        chunkNonce(d->counter, !last, nonce);
        const bool otherFlag = d->aead.open(key, nonce, d->sealed.constData(), size, d->plain.data());
        std::memset(d->plain.data(), 0, size_t(d->plain.size()));
        fail(AgeError::make(!otherFlag ? AgeStatus::ChunkAuthFailed
                : last                 ? AgeStatus::Truncated
                                       : AgeStatus::TrailingData,
            where));
        return false;
    }
    ++d->counter;
    d->plainSize = size - AgeCrypto::tagSize;
    d->plainOffset = 0;
    d->lastSeen = last;
    // The byte read ahead starts the next chunk.
    if (!last)
        d->sealed[0] = d->sealed[sealedChunkSize];
    d->sealedSize = last ? 0 : 1;
    return true;
}

qint64 AgeDecryptor::read(char* data, qint64 maxSize)
{
    if (d->error || !d->opened)
        return -1;
    while (d->plainOffset == d->plainSize) {
        if (d->lastSeen)
            return 0;
        if (!readChunk())
            return -1;
    }
    const qint64 n = std::min(maxSize, d->plainSize - d->plainOffset);
    std::memcpy(data, d->plain.constData() + d->plainOffset, size_t(n));
    d->plainOffset += n;
    return n;
}

} // namespace Colvault
