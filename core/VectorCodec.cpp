// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/VectorCodec.h"

#include <QSet>
#include <QSysInfo>
#include <QtEndian>
#include <bit>
#include <cstring>

namespace Colvault {

namespace {

constexpr char magic[4] = {'C', 'V', 'V', 'C'};

// ^[_A-Za-z][_0-9A-Za-z]{0,229}$, Weaviate's rule for named vectors.
bool isValidVectorName(QStringView name)
{
    if (name.isEmpty() || name.size() > 230)
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name[i];
        const bool letter = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || c == u'_';
        if (!letter && (i == 0 || !(c >= u'0' && c <= u'9')))
            return false;
    }
    return true;
}

template<typename T> void appendLe(QByteArray* out, T value)
{
    char bytes[sizeof(T)];
    qToLittleEndian(value, bytes);
    out->append(bytes, sizeof(T));
}

// Little-endian float32 bits into *out, keeping its capacity; the bits as they are, NaN payloads included.
void copyFloats(const char* p, qint64 count, QList<float>* out)
{
    out->resize(count);
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        std::memcpy(out->data(), p, size_t(count) * 4);
    } else {
        for (float& f : *out) {
            f = std::bit_cast<float>(qFromLittleEndian<quint32>(p));
            p += 4;
        }
    }
}

} // namespace

QByteArray VectorCodec::header()
{
    QByteArray h(magic, sizeof(magic));
    appendLe<quint16>(&h, version);
    appendLe<quint16>(&h, 0); // reserved, must be zero
    return h;
}

OpError VectorCodec::validate(const VectorRecord& record)
{
    return validate(record, Values::Copy);
}

OpError VectorCodec::validate(const VectorRecord& record, Values values)
{
    auto invalid = [](const QString& details) {
        return OpError::make(OpError::Code::Format, tr("An object has a vector that cannot be stored."), details);
    };
    if (record.id.isNull())
        return invalid(QStringLiteral("null object id"));
    if (record.vectors.size() > maxVectorsPerObject)
        return invalid(QStringLiteral("%1: %2 vectors, at most %3")
                           .arg(record.id.toString(QUuid::WithoutBraces))
                           .arg(record.vectors.size())
                           .arg(maxVectorsPerObject));
    // Every record of an archive passes here on backup, verify and restore: nothing is allocated unless it fails.
    constexpr qsizetype fewVectors = 8; // up to this many, names are compared pairwise instead of through a set
    QSet<QString> names;
    for (qsizetype i = 0; i < record.vectors.size(); ++i) {
        const ObjectVector& v = record.vectors.at(i);
        const auto where
            = [&] { return QStringLiteral("%1 vector '%2'").arg(record.id.toString(QUuid::WithoutBraces), v.name); };
        if (!v.name.isEmpty() && !isValidVectorName(v.name))
            return invalid(QStringLiteral("%1: invalid vector name").arg(where()));
        if (v.name.isEmpty() && v.isMulti())
            return invalid(QStringLiteral("%1: the legacy vector cannot be a multi-vector").arg(where()));
        bool duplicate = false;
        if (record.vectors.size() <= fewVectors) {
            for (qsizetype j = 0; j < i && !duplicate; ++j)
                duplicate = record.vectors.at(j).name == v.name;
        } else {
            duplicate = names.contains(v.name);
            names.insert(v.name);
        }
        if (duplicate)
            return invalid(QStringLiteral("%1: duplicate vector name").arg(where()));
        if (v.dims < 1 || v.dims > maxDims || v.rows > maxRows)
            return invalid(QStringLiteral("%1: rows %2, dims %3 out of range").arg(where()).arg(v.rows).arg(v.dims));
        const quint64 expected = quint64(v.dims) * std::max<quint64>(1, v.rows);
        if (values == Values::Copy && quint64(v.values.size()) != expected)
            return invalid(QStringLiteral("%1: %2 values for rows %3 x dims %4")
                               .arg(where())
                               .arg(v.values.size())
                               .arg(v.rows)
                               .arg(v.dims));
    }
    return {};
}

OpError VectorCodec::appendRecord(QByteArray* out, const VectorRecord& record)
{
    if (OpError error = validate(record))
        return error;
    out->append(record.id.toRfc4122());
    appendLe<quint16>(out, quint16(record.vectors.size()));
    for (const ObjectVector& v : record.vectors) {
        const QByteArray name = v.name.toUtf8();
        appendLe<quint16>(out, quint16(name.size()));
        out->append(name);
        appendLe<quint32>(out, v.rows);
        appendLe<quint32>(out, v.dims);
        const qsizetype start = out->size();
        out->resize(start + v.values.size() * 4);
        char* p = out->data() + start;
        for (const float f : v.values) {
            // bit_cast, not a float conversion, so signalling NaNs and their payloads pass through untouched.
            qToLittleEndian(std::bit_cast<quint32>(f), p);
            p += 4;
        }
    }
    return {};
}

VectorCodec::VectorCodec(QByteArrayView data)
    : m_data(data)
{
}

OpError VectorCodec::damaged(const QString& details) const
{
    return OpError::make(OpError::Code::Format, tr("The vector data of the archive is damaged."),
        QStringLiteral("offset %1: %2").arg(m_pos).arg(details));
}

OpError VectorCodec::readHeader()
{
    if (m_data.size() < headerSize || std::memcmp(m_data.data(), magic, sizeof(magic)) != 0)
        return damaged(QStringLiteral("missing CVVC header"));
    const quint16 v = qFromLittleEndian<quint16>(m_data.data() + 4);
    const quint16 reserved = qFromLittleEndian<quint16>(m_data.data() + 6);
    if (v != version)
        return OpError::make(OpError::Code::Format,
            tr("The vector data was written by a newer or unknown version of Colvault."),
            QStringLiteral("vector segment version %1, supported %2").arg(v).arg(version));
    if (reserved != 0)
        return damaged(QStringLiteral("reserved header field is %1").arg(reserved));
    m_pos = headerSize;
    return {};
}

// A record read into the same VectorRecord as the one before reuses its vectors' memory: reading an archive allocates
// nothing per object.
OpError VectorCodec::readRecord(VectorRecord* record, Values values)
{
    const auto remaining = [this] { return m_data.size() - m_pos; };
    const char* base = m_data.data();
    if (remaining() < 18)
        return damaged(QStringLiteral("truncated record header"));
    record->id = QUuid::fromRfc4122(QByteArrayView(base + m_pos, 16));
    const quint16 count = qFromLittleEndian<quint16>(base + m_pos + 16);
    m_pos += 18;
    if (count > maxVectorsPerObject)
        return damaged(QStringLiteral("%1 vectors in one record").arg(count));
    if (record->vectors.size() > count)
        record->vectors.resize(count);
    for (quint16 i = 0; i < count; ++i) {
        if (remaining() < 2)
            return damaged(QStringLiteral("truncated vector name length"));
        const quint16 nameLength = qFromLittleEndian<quint16>(base + m_pos);
        m_pos += 2;
        if (nameLength > maxNameBytes || remaining() < qsizetype(nameLength) + 8)
            return damaged(QStringLiteral("vector name length %1").arg(nameLength));
        if (record->vectors.size() == i)
            record->vectors.emplace_back();
        ObjectVector& v = record->vectors[i];
        const QByteArrayView nameBytes(base + m_pos, nameLength);
        v.name = nameLength ? QString::fromUtf8(nameBytes) : QString();
        if (nameLength && v.name.toUtf8() != nameBytes) // round trip rejects invalid UTF-8 instead of replacing it
            return damaged(QStringLiteral("vector name is not valid UTF-8"));
        m_pos += nameLength;
        v.rows = qFromLittleEndian<quint32>(base + m_pos);
        v.dims = qFromLittleEndian<quint32>(base + m_pos + 4);
        m_pos += 8;
        if (v.dims < 1 || v.dims > maxDims || v.rows > maxRows)
            return damaged(QStringLiteral("rows %1, dims %2 out of range").arg(v.rows).arg(v.dims));
        // Both factors are capped, so the product fits easily; compare with what is left before allocating.
        const qint64 floats = qint64(v.dims) * std::max<qint64>(1, v.rows);
        if (floats * 4 > remaining())
            return damaged(QStringLiteral("%1 floats announced, %2 bytes left").arg(floats).arg(remaining()));
        if (values == Values::Copy)
            copyFloats(base + m_pos, floats, &v.values);
        else
            v.values.clear();
        m_pos += floats * 4;
    }
    if (OpError error = validate(*record, values))
        return damaged(error.details);
    return {};
}

} // namespace Colvault
