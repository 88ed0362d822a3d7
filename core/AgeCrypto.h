// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <memory>

namespace Colvault {

// The cryptographic primitives the age format (AgeEncryption.h) is built from, each a thin call into OpenSSL:
// nothing here implements a primitive itself. Every function returns an empty QByteArray (or false) when OpenSSL
// fails or refuses its input, so a caller never proceeds on an uninitialised key.
// Thread: the free functions are reentrant; an AgeChaChaPoly is used by one thread.
namespace AgeCrypto {

constexpr int keySize = 32; // ChaCha20-Poly1305 keys, X25519 keys, HKDF and scrypt outputs
constexpr int nonceSize = 12; // ChaCha20-Poly1305
constexpr int tagSize = 16; // Poly1305

QByteArray randomBytes(int size);

// HKDF-SHA256 (RFC 5869). An empty salt is HKDF's default (a zero key of the hash's length).
QByteArray hkdfSha256(QByteArrayView key, QByteArrayView salt, QByteArrayView info, int size = keySize);

QByteArray hmacSha256(QByteArrayView key, QByteArrayView data);

// scrypt with r = 8, p = 1 (age's parameters), N = 2^log2N. Needs about 128 * 8 * 2^log2N bytes of memory.
QByteArray scrypt(QByteArrayView passphrase, QByteArrayView salt, int log2N, int size = keySize);

// X25519 (RFC 7748): the public key of a 32-byte secret, and the shared secret with a peer's public key. The shared
// secret is empty when OpenSSL refuses the exchange or it yields all zeros (a low-order peer point).
QByteArray x25519PublicKey(QByteArrayView secret);
QByteArray x25519SharedSecret(QByteArrayView secret, QByteArrayView peerPublicKey);

// Constant-time comparison of two equally long byte strings.
bool equalSecrets(QByteArrayView a, QByteArrayView b);

// Overwrites a secret before its memory is given back. Best effort: copies made by implicit sharing are not reached.
void wipe(QByteArray* secret);

// ChaCha20-Poly1305 (RFC 8439) without associated data, with one OpenSSL context reused for every call: the payload
// seals and opens one per 64 KiB chunk.
class AgeChaChaPoly
{
public:
    AgeChaChaPoly();
    ~AgeChaChaPoly();
    AgeChaChaPoly(const AgeChaChaPoly&) = delete;
    AgeChaChaPoly& operator=(const AgeChaChaPoly&) = delete;

    // out receives size + tagSize bytes: the ciphertext, then the tag.
    bool seal(const unsigned char* key, const unsigned char* nonce, const char* in, qsizetype size, char* out);
    // in holds size bytes (ciphertext + tag, size >= tagSize); out receives size - tagSize bytes, which are only
    // meaningful when this returns true (the tag checked out).
    bool open(const unsigned char* key, const unsigned char* nonce, const char* in, qsizetype size, char* out);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// One-shot forms for the 16-byte file key wrapped in a recipient stanza (a zero nonce: every wrap key is used once).
QByteArray sealWithZeroNonce(QByteArrayView key, QByteArrayView plaintext);
QByteArray openWithZeroNonce(QByteArrayView key, QByteArrayView sealed); // empty when the tag does not check out

} // namespace AgeCrypto

} // namespace Colvault
