// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace Colvault {

// An age X25519 recipient: a public key, written "age1…" (Bech32, lowercase), as age-keygen prints it and
// `age -r` takes it. Archives encrypted to it open with the matching AgeIdentity.
// Thread: a value type.
class AgeRecipient
{
public:
    static std::optional<AgeRecipient> parse(QByteArrayView text);
    static std::optional<AgeRecipient> fromPublicKey(QByteArrayView publicKey); // 32 raw bytes

    QByteArray publicKey() const { return m_publicKey; }
    QString toString() const;

    friend bool operator==(const AgeRecipient&, const AgeRecipient&) = default;

private:
    QByteArray m_publicKey;
};

// An age X25519 identity: a secret key, written "AGE-SECRET-KEY-1…" (Bech32, uppercase), as in the files that
// age-keygen writes and `age -d -i` reads. Its memory is wiped when the last copy goes.
// Thread: a value type.
// Usage: generate() for a new key pair, then fileText() into a file of mode 0600 and recipient() for the public half;
//        parseFile() to read an identity file back.
class AgeIdentity
{
public:
    AgeIdentity() = default;
    AgeIdentity(const AgeIdentity&) = default;
    AgeIdentity& operator=(const AgeIdentity&) = default;
    ~AgeIdentity();

    static std::optional<AgeIdentity> generate(); // nullopt only when the system's random source fails
    static std::optional<AgeIdentity> parse(QByteArrayView text);
    static std::optional<AgeIdentity> fromSecretKey(QByteArrayView secretKey); // 32 raw bytes

    // The identities of an identity file: one key per line, blank lines and "#" comments ignored, "\r\n" accepted.
    // Returns false, with the 1-based number of the first line that is not an X25519 identity in *badLine, or 0
    // when the file holds no identity at all.
    static bool parseFile(QByteArrayView text, QList<AgeIdentity>* identities, int* badLine);

    bool isValid() const { return !m_secretKey.isEmpty(); }
    QByteArray secretKey() const { return m_secretKey; }
    AgeRecipient recipient() const;
    QString toString() const;

    // An identity file as age-keygen writes it: "# created: …", "# public key: age1…", then the secret key.
    QByteArray fileText(const QDateTime& created = QDateTime::currentDateTimeUtc()) const;

private:
    QByteArray m_secretKey;
    QByteArray m_publicKey;
};

} // namespace Colvault
