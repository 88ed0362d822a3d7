// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeCrypto.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/rand.h>

namespace Colvault::AgeCrypto {

namespace {

const unsigned char* bytes(QByteArrayView view)
{
    return reinterpret_cast<const unsigned char*>(view.data());
}

unsigned char* bytes(QByteArray& array)
{
    return reinterpret_cast<unsigned char*>(array.data());
}

struct PkeyDeleter
{
    void operator()(EVP_PKEY* key) const { EVP_PKEY_free(key); }
};
struct PkeyCtxDeleter
{
    void operator()(EVP_PKEY_CTX* ctx) const { EVP_PKEY_CTX_free(ctx); }
};
using Pkey = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using PkeyCtx = std::unique_ptr<EVP_PKEY_CTX, PkeyCtxDeleter>;

Pkey x25519Private(QByteArrayView secret)
{
    if (secret.size() != keySize)
        return {};
    return Pkey(EVP_PKEY_new_raw_private_key(EVP_PKEY_X25519, nullptr, bytes(secret), size_t(secret.size())));
}

} // namespace

QByteArray randomBytes(int size)
{
    QByteArray out(size, Qt::Uninitialized);
    if (size > 0 && RAND_bytes(bytes(out), size) != 1)
        return {};
    return out;
}

QByteArray hkdfSha256(QByteArrayView key, QByteArrayView salt, QByteArrayView info, int size)
{
    // EVP_PKEY_HKDF rather than EVP_KDF: the same call on OpenSSL 1.1.1 and 3.x.
    const PkeyCtx ctx(EVP_PKEY_CTX_new_id(EVP_PKEY_HKDF, nullptr));
    QByteArray out(size, Qt::Uninitialized);
    size_t length = size_t(size);
    const bool ok = ctx && EVP_PKEY_derive_init(ctx.get()) > 0 && EVP_PKEY_CTX_set_hkdf_md(ctx.get(), EVP_sha256()) > 0
        && (salt.isEmpty() || EVP_PKEY_CTX_set1_hkdf_salt(ctx.get(), bytes(salt), int(salt.size())) > 0)
        && EVP_PKEY_CTX_set1_hkdf_key(ctx.get(), bytes(key), int(key.size())) > 0
        && EVP_PKEY_CTX_add1_hkdf_info(ctx.get(), bytes(info), int(info.size())) > 0
        && EVP_PKEY_derive(ctx.get(), bytes(out), &length) > 0 && length == size_t(size);
    return ok ? out : QByteArray();
}

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data)
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.data(), int(key.size()), bytes(data), size_t(data.size()), bytes(out), &length))
        return {};
    out.resize(qsizetype(length));
    return out;
}

QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, int log2N, int size)
{
    if (log2N < 1 || log2N > 40)
        return {};
    constexpr quint64 r = 8;
    constexpr quint64 p = 1;
    const quint64 n = quint64(1) << log2N;
    // OpenSSL refuses more than 32 MiB by default; allow what these parameters need (128 r (N + 2) + 128 r p) and a
    // little more. The caller bounds log2N (age's default ceiling, 2^22, needs 4 GiB).
    const quint64 maxMemory = 128 * r * (n + 2) + 128 * r * p + (1 << 20);
    QByteArray out(size, Qt::Uninitialized);
    if (EVP_PBE_scrypt(passphrase.data(), size_t(passphrase.size()), bytes(salt), size_t(salt.size()), n, r, p,
            maxMemory, bytes(out), size_t(size))
        != 1)
        return {};
    return out;
}

QByteArray x25519PublicKey(QByteArrayView secret)
{
    const Pkey key = x25519Private(secret);
    QByteArray out(keySize, Qt::Uninitialized);
    size_t length = size_t(keySize);
    if (!key || EVP_PKEY_get_raw_public_key(key.get(), bytes(out), &length) != 1 || length != size_t(keySize))
        return {};
    return out;
}

QByteArray x25519SharedSecret(QByteArrayView secret, QByteArrayView peerPublicKey)
{
    if (peerPublicKey.size() != keySize)
        return {};
    const Pkey key = x25519Private(secret);
    const Pkey peer(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_X25519, nullptr, bytes(peerPublicKey), size_t(peerPublicKey.size())));
    if (!key || !peer)
        return {};
    const PkeyCtx ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    QByteArray out(keySize, Qt::Uninitialized);
    size_t length = size_t(keySize);
    if (!ctx || EVP_PKEY_derive_init(ctx.get()) <= 0 || EVP_PKEY_derive_set_peer(ctx.get(), peer.get()) <= 0
        || EVP_PKEY_derive(ctx.get(), bytes(out), &length) <= 0 || length != size_t(keySize))
        return {};
    // RFC 7748 section 6.1: an all-zero result means a low-order point; age refuses it (OpenSSL already should).
    if (equalSecrets(out, QByteArray(keySize, '\0')))
        return {};
    return out;
}

bool equalSecrets(QByteArrayView a, QByteArrayView b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}

void wipe(QByteArray* secret)
{
    if (!secret->isEmpty() && !secret->isDetached()) {
        secret->clear(); // shared: another owner still uses these bytes
        return;
    }
    if (!secret->isEmpty())
        OPENSSL_cleanse(secret->data(), size_t(secret->size()));
    secret->clear();
}

struct AgeChaChaPoly::Impl
{
    EVP_CIPHER_CTX* ctx = EVP_CIPHER_CTX_new();
    ~Impl() { EVP_CIPHER_CTX_free(ctx); }
};

AgeChaChaPoly::AgeChaChaPoly()
    : d(std::make_unique<Impl>())
{
    Q_CHECK_PTR(d->ctx);
}

AgeChaChaPoly::~AgeChaChaPoly() = default;

bool AgeChaChaPoly::seal(
    const unsigned char* key, const unsigned char* nonce, const char* in, qsizetype size, char* out)
{
    auto* o = reinterpret_cast<unsigned char*>(out);
    const auto* i = reinterpret_cast<const unsigned char*>(in);
    int length = 0;
    int final = 0;
    // The cipher's default IV length is ChaCha20-Poly1305's 12 bytes.
    return EVP_EncryptInit_ex(d->ctx, EVP_chacha20_poly1305(), nullptr, key, nonce) == 1
        && (size == 0 || EVP_EncryptUpdate(d->ctx, o, &length, i, int(size)) == 1) && length == int(size)
        && EVP_EncryptFinal_ex(d->ctx, o + length, &final) == 1 && final == 0
        && EVP_CIPHER_CTX_ctrl(d->ctx, EVP_CTRL_AEAD_GET_TAG, tagSize, o + size) == 1;
}

bool AgeChaChaPoly::open(
    const unsigned char* key, const unsigned char* nonce, const char* in, qsizetype size, char* out)
{
    if (size < tagSize)
        return false;
    const qsizetype plainSize = size - tagSize;
    auto* o = reinterpret_cast<unsigned char*>(out);
    const auto* i = reinterpret_cast<const unsigned char*>(in);
    unsigned char tag[tagSize];
    std::memcpy(tag, in + plainSize, tagSize);
    int length = 0;
    int final = 0;
    return EVP_DecryptInit_ex(d->ctx, EVP_chacha20_poly1305(), nullptr, key, nonce) == 1
        && (plainSize == 0 || EVP_DecryptUpdate(d->ctx, o, &length, i, int(plainSize)) == 1) && length == int(plainSize)
        && EVP_CIPHER_CTX_ctrl(d->ctx, EVP_CTRL_AEAD_SET_TAG, tagSize, tag) == 1
        && EVP_DecryptFinal_ex(d->ctx, o + length, &final) == 1 && final == 0;
}

QByteArray sealWithZeroNonce(QByteArrayView key, QByteArrayView plaintext)
{
    if (key.size() != keySize)
        return {};
    const unsigned char zero[nonceSize] = {};
    QByteArray out(plaintext.size() + tagSize, Qt::Uninitialized);
    AgeChaChaPoly aead;
    if (!aead.seal(bytes(key), zero, plaintext.data(), plaintext.size(), out.data()))
        return {};
    return out;
}

QByteArray openWithZeroNonce(QByteArrayView key, QByteArrayView sealed)
{
    if (key.size() != keySize || sealed.size() < tagSize)
        return {};
    const unsigned char zero[nonceSize] = {};
    QByteArray out(sealed.size() - tagSize, Qt::Uninitialized);
    AgeChaChaPoly aead;
    if (!aead.open(bytes(key), zero, sealed.data(), sealed.size(), out.data()))
        return {};
    return out;
}

} // namespace Colvault::AgeCrypto
