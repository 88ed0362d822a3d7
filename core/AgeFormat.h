// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

class QIODevice;

namespace Colvault {

// What went wrong in the age layer, for the caller to turn into its own message (ArchiveReader names the archive).
// `details` is untranslated technical text.
enum class AgeStatus
{
    Ok,
    UnsupportedVersion, // "age-encryption.org/" followed by something other than "v1"
    Malformed, // the header or the payload breaks the format's grammar
    NoKey, // no identity and no passphrase given
    NeedsIdentity, // encrypted to X25519 recipients, only a passphrase given
    NeedsPassphrase, // encrypted with a passphrase, only identities given
    NoMatchingIdentity, // none of the identities opens any stanza
    WrongPassphrase,
    WorkFactorTooHigh, // the scrypt stanza asks for more than the reader allows
    HeaderMacMismatch, // the header was changed after it was written
    ChunkAuthFailed, // a payload chunk does not authenticate: damaged or tampered with
    Truncated, // the payload ends before its last chunk
    TrailingData, // bytes after the last chunk
    BadKeys, // encryption: no recipient or passphrase, both, or an empty passphrase
    Io, // the source or sink failed
    Crypto, // OpenSSL refused an operation that cannot fail on valid input
};

struct AgeError
{
    AgeStatus status = AgeStatus::Ok;
    QString details;

    explicit operator bool() const { return status != AgeStatus::Ok; }
    static AgeError make(AgeStatus status, QString details) { return {status, std::move(details)}; }
};

// The text format of age v1 (age-encryption.org/v1): Bech32 keys, the header's canonical unpadded base64, and the
// header's stanzas. Format code only; the cryptography is in AgeCrypto and AgeEncryption.
// Thread: reentrant.
namespace AgeFormat {

constexpr QByteArrayView versionLine = "age-encryption.org/v1";
constexpr QByteArrayView intro = "age-encryption.org/"; // what every version of the format starts with
constexpr qint64 maxHeaderSize = 1024 * 1024; // far above any real header; bounds memory on hostile input

// True when `start` (the first bytes of a file) begins like an age file of any version.
bool looksLikeAge(QByteArrayView start);

// Bech32 (BIP 173) as age uses it: no 90-character limit, one case per string. The case of `hrp` decides the case
// of the result; the checksum is over the lowercase form. decode returns the human-readable part as written.
QByteArray bech32Encode(QByteArrayView hrp, QByteArrayView data);
bool bech32Decode(QByteArrayView text, QByteArray* hrp, QByteArray* data);

// Standard-alphabet base64 without padding. decode accepts only the canonical encoding: no padding, no whitespace,
// zero trailing bits, so that one value has one spelling (the header MAC covers the text).
QByteArray encodeBase64(QByteArrayView data);
bool decodeBase64(QByteArrayView text, QByteArray* data);

// One recipient stanza: "-> type arg..." and its body.
struct Stanza
{
    QList<QByteArray> args; // args[0] is the type ("X25519", "scrypt", ...)
    QByteArray body;

    QByteArray type() const { return args.value(0); }
};

struct Header
{
    QList<Stanza> stanzas;
    QByteArray mac; // 32 bytes from the "--- " line
    QByteArray macInput; // the header's bytes from its start through "---", which the MAC covers
};

// The header text from the version line through "---" (the MAC's input); the writer appends " <mac>\n".
QByteArray headerWithoutMac(const QList<Stanza>& stanzas);
QByteArray macLine(QByteArrayView mac); // " <base64 mac>\n"

// Reads a header from the device's current position, leaving the device at the first payload byte. At most
// maxHeaderSize bytes are read; lines that break the grammar are Malformed, a different version is
// UnsupportedVersion, an early end is Truncated.
AgeError readHeader(QIODevice* device, Header* header);

} // namespace AgeFormat

} // namespace Colvault
