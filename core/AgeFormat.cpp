// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeFormat.h"

#include <QIODevice>
#include <array>
#include <cstring>

namespace Colvault::AgeFormat {

namespace {

constexpr char bech32Charset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
constexpr int bodyColumns = 64; // base64 characters per full body line (48 bytes)

quint32 bech32Polymod(const QList<quint8>& values)
{
    constexpr std::array<quint32, 5> generator {0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3};
    quint32 checksum = 1;
    for (const quint8 v : values) {
        const quint32 top = checksum >> 25;
        checksum = ((checksum & 0x1ffffff) << 5) ^ v;
        for (int i = 0; i < 5; ++i) {
            if ((top >> i) & 1)
                checksum ^= generator[size_t(i)];
        }
    }
    return checksum;
}

// The human-readable part expanded for the checksum: high bits of each character, a zero, then the low bits.
QList<quint8> hrpExpanded(QByteArrayView lowerHrp)
{
    QList<quint8> values;
    for (const char c : lowerHrp)
        values.append(quint8(quint8(c) >> 5));
    values.append(0);
    for (const char c : lowerHrp)
        values.append(quint8(quint8(c) & 31));
    return values;
}

// Regroups bits (8 to 5 when encoding, with padding; 5 to 8 when decoding, where padding must be short and zero).
bool convertBits(const QList<quint8>& in, int from, int to, bool pad, QList<quint8>* out)
{
    quint32 accumulator = 0;
    int bits = 0;
    const quint32 mask = (1u << to) - 1;
    for (const quint8 value : in) {
        if ((value >> from) != 0)
            return false;
        accumulator = (accumulator << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out->append(quint8((accumulator >> bits) & mask));
        }
    }
    if (pad) {
        if (bits > 0)
            out->append(quint8((accumulator << (to - bits)) & mask));
    } else if (bits >= from || ((accumulator << (to - bits)) & mask) != 0) {
        return false;
    }
    return true;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// One header line without its "\n". A line longer than the header may be, or the end of the device before the
// "\n", is an error.
AgeError readLine(QIODevice* device, QByteArray* line, qint64* total)
{
    const qint64 room = maxHeaderSize - *total;
    if (room <= 0)
        return AgeError::make(AgeStatus::Malformed, QStringLiteral("header longer than %1 bytes").arg(maxHeaderSize));
    *line = device->readLine(room);
    *total += line->size();
    if (!line->endsWith('\n')) {
        if (!device->atEnd()) // the line goes on beyond the cap
            return AgeError::make(
                AgeStatus::Malformed, QStringLiteral("header longer than %1 bytes").arg(maxHeaderSize));
        return AgeError::make(AgeStatus::Truncated, QStringLiteral("the header ends without a MAC line"));
    }
    line->chop(1);
    return {};
}

AgeError malformed(const QString& what, QByteArrayView line)
{
    return AgeError::make(AgeStatus::Malformed,
        QStringLiteral("%1: \"%2\"")
            .arg(what, QString::fromLatin1(line.toByteArray().left(80).toPercentEncoding(" "))));
}

// "-> arg arg...": one or more arguments of visible ASCII, separated by single spaces.
AgeError parseArgs(QByteArrayView line, Stanza* stanza)
{
    const QList<QByteArray> args = line.sliced(3).toByteArray().split(' ');
    for (const QByteArray& arg : args) {
        if (arg.isEmpty())
            return malformed(QStringLiteral("empty stanza argument"), line);
        for (const char c : arg) {
            if (c < 0x21 || c > 0x7e)
                return malformed(QStringLiteral("stanza argument with a character that is not visible ASCII"), line);
        }
    }
    stanza->args = args;
    return {};
}

// Body lines: full lines of 64 base64 characters, ended by the first shorter (possibly empty) one.
AgeError readBody(QIODevice* device, Stanza* stanza, QByteArray* raw, qint64* total)
{
    while (true) {
        QByteArray line;
        if (AgeError error = readLine(device, &line, total))
            return error;
        raw->append(line).append('\n');
        QByteArray bytes;
        if (line.size() > bodyColumns || !decodeBase64(line, &bytes))
            return malformed(QStringLiteral("invalid stanza body line"), line);
        stanza->body.append(bytes);
        if (line.size() < bodyColumns)
            return {};
    }
}

} // namespace

bool looksLikeAge(QByteArrayView start)
{
    return start.startsWith(intro);
}

QByteArray bech32Encode(QByteArrayView hrp, QByteArrayView data)
{
    const QByteArray lowerHrp = hrp.toByteArray().toLower();
    QList<quint8> eight;
    for (const char c : data)
        eight.append(quint8(c));
    QList<quint8> values;
    convertBits(eight, 8, 5, true, &values);
    QList<quint8> checked = hrpExpanded(lowerHrp) + values + QList<quint8>(6, 0);
    const quint32 mod = bech32Polymod(checked) ^ 1;
    for (int i = 0; i < 6; ++i)
        values.append(quint8((mod >> (5 * (5 - i))) & 31));
    QByteArray out = lowerHrp + '1';
    for (const quint8 v : values)
        out.append(bech32Charset[v]);
    return hrp.toByteArray() == lowerHrp ? out : out.toUpper();
}

bool bech32Decode(QByteArrayView text, QByteArray* hrp, QByteArray* data)
{
    const QByteArray lower = text.toByteArray().toLower();
    if (lower != text && text.toByteArray().toUpper() != text)
        return false; // mixed case
    for (const char c : text) {
        if (c < 33 || c > 126)
            return false;
    }
    const qsizetype separator = lower.lastIndexOf('1');
    if (separator < 1 || separator + 7 > lower.size())
        return false;
    QList<quint8> values;
    for (const char c : lower.mid(separator + 1)) {
        const char* at = std::strchr(bech32Charset, c);
        if (c == '\0' || !at)
            return false;
        values.append(quint8(at - bech32Charset));
    }
    if (bech32Polymod(hrpExpanded(lower.left(separator)) + values) != 1)
        return false;
    values.resize(values.size() - 6);
    QList<quint8> eight;
    if (!convertBits(values, 5, 8, false, &eight))
        return false;
    *hrp = text.first(separator).toByteArray();
    data->clear();
    for (const quint8 b : eight)
        data->append(char(b));
    return true;
}

QByteArray encodeBase64(QByteArrayView data)
{
    return data.toByteArray().toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
}

bool decodeBase64(QByteArrayView text, QByteArray* data)
{
    for (const char c : text) {
        if (!isBase64Char(c))
            return false;
    }
    auto result = QByteArray::fromBase64Encoding(text.toByteArray(), QByteArray::AbortOnBase64DecodingErrors);
    // Re-encoding catches the non-canonical spellings the decoder forgives (non-zero trailing bits, odd lengths).
    if (!result || encodeBase64(*result) != text)
        return false;
    *data = *result;
    return true;
}

QByteArray headerWithoutMac(const QList<Stanza>& stanzas)
{
    QByteArray out = versionLine.toByteArray() + '\n';
    for (const Stanza& stanza : stanzas) {
        out += "-> " + stanza.args.join(' ') + '\n';
        const QByteArray body = encodeBase64(stanza.body);
        // Full lines, then one shorter line, which is empty when the body fills its last line exactly.
        for (qsizetype at = 0;; at += bodyColumns) {
            out += body.mid(at, bodyColumns) + '\n';
            if (body.size() - at < bodyColumns)
                break;
        }
    }
    return out + "---";
}

QByteArray macLine(QByteArrayView mac)
{
    return ' ' + encodeBase64(mac) + '\n';
}

AgeError readHeader(QIODevice* device, Header* header)
{
    *header = {};
    qint64 total = 0;
    QByteArray line;
    if (AgeError error = readLine(device, &line, &total))
        return error;
    if (line != versionLine) {
        if (looksLikeAge(line))
            return AgeError::make(AgeStatus::UnsupportedVersion, QString::fromLatin1(line.left(80)));
        return malformed(QStringLiteral("not an age file"), line);
    }
    QByteArray raw = line + '\n';
    while (true) {
        if (AgeError error = readLine(device, &line, &total))
            return error;
        if (line.startsWith("---")) {
            if (header->stanzas.isEmpty())
                return malformed(QStringLiteral("header without a recipient stanza"), line);
            if (!line.startsWith("--- ") || !decodeBase64(line.mid(4), &header->mac) || header->mac.size() != 32)
                return malformed(QStringLiteral("invalid MAC line"), line);
            header->macInput = raw + "---";
            return {};
        }
        if (!line.startsWith("-> "))
            return malformed(QStringLiteral("neither a stanza nor the MAC line"), line);
        raw.append(line).append('\n');
        Stanza stanza;
        if (AgeError error = parseArgs(line, &stanza))
            return error;
        if (AgeError error = readBody(device, &stanza, &raw, &total))
            return error;
        header->stanzas.append(stanza);
    }
}

} // namespace Colvault::AgeFormat
