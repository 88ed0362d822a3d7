// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"

#include "core/AgeCrypto.h"
#include "core/AgeFormat.h"

namespace Colvault {

namespace {

constexpr QByteArrayView recipientHrp = "age";
constexpr QByteArrayView identityHrp = "AGE-SECRET-KEY-";

} // namespace

std::optional<AgeRecipient> AgeRecipient::parse(QByteArrayView text)
{
    QByteArray hrp;
    QByteArray key;
    // The human-readable part exactly as written: age accepts only the lowercase form of a recipient.
    if (!AgeFormat::bech32Decode(text, &hrp, &key) || hrp != recipientHrp)
        return std::nullopt;
    return fromPublicKey(key);
}

std::optional<AgeRecipient> AgeRecipient::fromPublicKey(QByteArrayView publicKey)
{
    if (publicKey.size() != AgeCrypto::keySize)
        return std::nullopt;
    AgeRecipient recipient;
    recipient.m_publicKey = publicKey.toByteArray();
    return recipient;
}

QString AgeRecipient::toString() const
{
    return QString::fromLatin1(AgeFormat::bech32Encode(recipientHrp, m_publicKey));
}

AgeIdentity::~AgeIdentity()
{
    AgeCrypto::wipe(&m_secretKey);
}

std::optional<AgeIdentity> AgeIdentity::generate()
{
    // Any 32 random bytes are an X25519 secret: the scalar is clamped when it is used (RFC 7748), as in age-keygen.
    QByteArray secret = AgeCrypto::randomBytes(AgeCrypto::keySize);
    if (secret.size() != AgeCrypto::keySize)
        return std::nullopt;
    std::optional<AgeIdentity> identity = fromSecretKey(secret);
    AgeCrypto::wipe(&secret);
    return identity;
}

std::optional<AgeIdentity> AgeIdentity::parse(QByteArrayView text)
{
    QByteArray hrp;
    QByteArray key;
    // The human-readable part exactly as written: age accepts only the uppercase form of an identity.
    if (!AgeFormat::bech32Decode(text, &hrp, &key) || hrp != identityHrp)
        return std::nullopt;
    std::optional<AgeIdentity> identity = fromSecretKey(key);
    AgeCrypto::wipe(&key);
    return identity;
}

std::optional<AgeIdentity> AgeIdentity::fromSecretKey(QByteArrayView secretKey)
{
    if (secretKey.size() != AgeCrypto::keySize)
        return std::nullopt;
    AgeIdentity identity;
    identity.m_publicKey = AgeCrypto::x25519PublicKey(secretKey);
    if (identity.m_publicKey.isEmpty())
        return std::nullopt;
    identity.m_secretKey = secretKey.toByteArray();
    return identity;
}

bool AgeIdentity::parseFile(QByteArrayView text, QList<AgeIdentity>* identities, int* badLine)
{
    identities->clear();
    *badLine = 0;
    const QList<QByteArray> lines = text.toByteArray().split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines[i];
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        std::optional<AgeIdentity> identity = parse(line);
        AgeCrypto::wipe(&line);
        if (!identity) {
            identities->clear();
            *badLine = int(i + 1);
            return false;
        }
        identities->append(*identity);
    }
    return !identities->isEmpty();
}

AgeRecipient AgeIdentity::recipient() const
{
    return AgeRecipient::fromPublicKey(m_publicKey).value_or(AgeRecipient());
}

QString AgeIdentity::toString() const
{
    return QString::fromLatin1(AgeFormat::bech32Encode(identityHrp, m_secretKey));
}

QByteArray AgeIdentity::fileText(const QDateTime& created) const
{
    return "# created: " + created.toUTC().toString(Qt::ISODate).toLatin1() + "\n# public key: "
        + recipient().toString().toLatin1() + '\n' + AgeFormat::bech32Encode(identityHrp, m_secretKey) + '\n';
}

} // namespace Colvault
