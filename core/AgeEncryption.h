// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeFormat.h"
#include "core/AgeKeys.h"

#include <QByteArray>
#include <QList>
#include <functional>
#include <memory>
#include <optional>

class QIODevice;

namespace Colvault {

// What an archive is encrypted to: X25519 recipients (opened with an identity file) or a passphrase (scrypt).
struct AgeEncryptionKeys
{
    QList<AgeRecipient> recipients;
    QByteArray passphrase; // UTF-8; age allows a passphrase alone, never together with recipients
    int scryptWorkFactor = 18; // log2 of scrypt's N, age's default; tests lower it

    bool isEmpty() const { return recipients.isEmpty() && passphrase.isEmpty(); }
};

// What may open an encrypted archive: any number of identities, and/or a passphrase.
struct AgeDecryptionKeys
{
    QList<AgeIdentity> identities;
    QByteArray passphrase;
    // The highest scrypt work factor accepted: each step doubles the time and memory a passphrase costs (22 = age's
    // default ceiling, about 4 GiB and several seconds), so a hostile file cannot ask for more.
    int maxScryptWorkFactor = 22;

    bool isEmpty() const { return identities.isEmpty() && passphrase.isEmpty(); }
};

// Encrypts a byte stream into the age v1 format (age-encryption.org/v1), which `age -d` decrypts: a header with one
// X25519 stanza per recipient or a single scrypt stanza, its HMAC-SHA256, a 16-byte nonce, then the payload in
// 64 KiB chunks sealed with ChaCha20-Poly1305, the last one flagged. The primitives are OpenSSL's (AgeCrypto).
// Memory: one 64 KiB chunk and its ciphertext, whatever the stream's length.
// Thread: one thread at a time.
// Usage: start(keys, sink) writes the header; write(...) any number of times; finish() seals the last chunk. The sink
//        receives the ciphertext in order; when it returns false the encryptor fails (Io) and stays failed.
class AgeEncryptor
{
public:
    using Sink = std::function<bool(const char* data, qint64 size)>;

    AgeEncryptor();
    ~AgeEncryptor();
    AgeEncryptor(const AgeEncryptor&) = delete;
    AgeEncryptor& operator=(const AgeEncryptor&) = delete;

    AgeError start(const AgeEncryptionKeys& keys, Sink sink);
    bool write(const char* data, qint64 size);
    bool finish();
    AgeError error() const;

private:
    struct Impl;
    bool sealChunk(bool last);
    std::unique_ptr<Impl> d;
};

// Decrypts an age v1 stream pulled from a QIODevice. open() reads the header, unwraps the file key with the given
// identities or passphrase and checks the header's MAC; read() then hands out plaintext one authenticated chunk at a
// time, so no byte of a damaged or tampered chunk is ever released, and the stream ends successfully only with the
// chunk flagged last: a file cut at any point is Truncated, bytes after the last chunk are TrailingData.
// Memory: one chunk (64 KiB) of ciphertext and one of plaintext; the header is read with a 1 MiB cap.
// Thread: one thread at a time; the device is read from that thread.
// Usage: AgeDecryptor decryptor(&file); if (AgeError e = decryptor.open(keys)) … ;
//        while ((n = decryptor.read(buffer, size)) > 0) …; n < 0 → decryptor.error().
class AgeDecryptor
{
public:
    enum class Kind
    {
        Unknown, // the header could not be read
        Recipients, // X25519 (and perhaps other, unknown) stanzas: needs an identity
        Passphrase, // a single scrypt stanza
    };

    explicit AgeDecryptor(QIODevice* source);
    ~AgeDecryptor();
    AgeDecryptor(const AgeDecryptor&) = delete;
    AgeDecryptor& operator=(const AgeDecryptor&) = delete;

    // True when the device's next bytes look like an age file (any version). Reads nothing.
    static bool looksLikeAge(QIODevice* device);

    // With empty keys, the header is still read, so kind() tells what would be needed, and the result is NoKey.
    AgeError open(const AgeDecryptionKeys& keys);
    Kind kind() const;
    int scryptWorkFactor() const; // of a Passphrase header, else 0

    // Up to maxSize bytes of plaintext; 0 at the authenticated end of the stream, -1 on error (see error()).
    qint64 read(char* data, qint64 maxSize);
    bool atEnd() const; // the last chunk was authenticated and fully handed out
    AgeError error() const;

private:
    struct Impl;
    AgeError unwrapFileKey(const AgeFormat::Header& header, const AgeDecryptionKeys& keys);
    AgeError fail(AgeError error);
    bool readChunk();
    std::unique_ptr<Impl> d;
};

} // namespace Colvault
