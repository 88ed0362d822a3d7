// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace Colvault {

// One vector of an object. `name` is empty for the legacy `vector` field, else the named vector's name.
// rows == 0: a single vector of `dims` floats. rows >= 1: a multi-vector of rows x dims floats (row-major).
// Values are kept as float so the bits read from the server are the bits written back (NaN payloads, -0.0).
struct ObjectVector
{
    QString name;
    quint32 rows = 0;
    quint32 dims = 0;
    QList<float> values;

    bool isMulti() const { return rows > 0; }
};

// The vectors of one object, in the order of its line in the sibling .jsonl segment.
struct VectorRecord
{
    QUuid id;
    QList<ObjectVector> vectors;
};

// Encodes and decodes the binary .vec segment format (docs/archive-format.md, "Vector segments"): an 8-byte header
// then one record per object, all integers and floats little-endian. Decoding is strict and bounds-checked against
// the caps below before any allocation, because archives are untrusted input.
// Thread: a VectorCodec instance decodes one buffer on one thread; the static encoders are thread-safe.
// Usage: write VectorCodec::header() once, then appendRecord() per object. To read:
//        VectorCodec codec(data); codec.readHeader(); while (!codec.atEnd()) codec.readRecord(&record);
class VectorCodec
{
    Q_DECLARE_TR_FUNCTIONS(VectorCodec)

public:
    static constexpr quint16 version = 1;
    static constexpr qsizetype headerSize = 8;
    static constexpr quint32 maxDims = 65536;
    static constexpr quint32 maxRows = 4096;
    static constexpr int maxVectorsPerObject = 1024;
    static constexpr int maxNameBytes = 255;

    static QByteArray header();

    // Checks a record against the format's rules: dims 1..maxDims, rows 0..maxRows, values.size() matching,
    // names unique and either empty (legacy, never multi) or a valid Weaviate vector name.
    static OpError validate(const VectorRecord& record);

    // Validates, then appends the record's encoding to *out. On error *out is unchanged.
    static OpError appendRecord(QByteArray* out, const VectorRecord& record);

    explicit VectorCodec(QByteArrayView data);

    OpError readHeader();
    bool atEnd() const { return m_pos >= m_data.size(); }
    qsizetype position() const { return m_pos; }

    // What readRecord() does with the floats: copies them into the record, or checks only that they are there and
    // leaves each ObjectVector::values empty (ArchiveVerifier needs names and shapes, not 600 MB of copies).
    enum class Values
    {
        Copy,
        Skip
    };

    // Decodes the next record into *record, reusing the memory of the vectors it holds (pass the same record each time
    // to read without allocating). On error the position and *record are unspecified and decoding must stop.
    OpError readRecord(VectorRecord* record, Values values = Values::Copy);

private:
    static OpError validate(const VectorRecord& record, Values values);
    OpError damaged(const QString& details) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace Colvault
