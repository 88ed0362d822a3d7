// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/VectorCodec.h"

#include <QTest>
#include <QtEndian>
#include <bit>

using namespace Colvault;

Q_DECLARE_METATYPE(Colvault::ObjectVector)

// The .vec record format: bit-exact floats, multi-vectors, and strict rejection of damaged or hostile input.
class TestVectorCodec : public QObject
{
    Q_OBJECT

private:
    static QUuid id(int n)
    {
        return QUuid::fromString(QStringLiteral("00000000-0000-4000-8000-%1").arg(n, 12, 10, QLatin1Char('0')));
    }

    static VectorRecord sampleRecord()
    {
        return VectorRecord {id(1),
            {{QString(), 0, 3, {1.0f, 2.0f, 3.0f}}, {QStringLiteral("colbert"), 2, 3, {1, 2, 3, 4, 5, 6}},
                {QStringLiteral("title_vec"), 0, 1, {-0.0f}}}};
    }

    // sampleRecord() then a record without vectors, after the header.
    static QByteArray sampleData()
    {
        QByteArray data = VectorCodec::header();
        if (VectorCodec::appendRecord(&data, sampleRecord())
            || VectorCodec::appendRecord(&data, VectorRecord {id(2), {}}))
            return {};
        return data;
    }

private Q_SLOTS:
    void testFloatsRoundTripBitExact()
    {
        const QList<quint32> bits {0x7fc00001u, 0x7f800001u, 0xffc12345u, 0x7fbfffffu, 0xff800001u, 0x80000000u,
            0x00000000u, 0x00000001u, 0x807fffffu, 0x007fffffu, 0x7f800000u, 0xff800000u, 0x7f7fffffu, 0xff7fffffu,
            0x3eaaaaabu};
        ObjectVector v {QString(), 0, quint32(bits.size()), {}};
        for (const quint32 b : bits)
            v.values.append(std::bit_cast<float>(b));
        QByteArray data = VectorCodec::header();
        QVERIFY(!VectorCodec::appendRecord(&data, VectorRecord {id(7), {v}}));
        // Little-endian on disk whatever the host: the first float's bytes are 01 00 c0 7f.
        QCOMPARE(data.mid(VectorCodec::headerSize + 16 + 2 + 2 + 8, 4), QByteArray("\x01\x00\xc0\x7f", 4));

        VectorCodec codec(data);
        QVERIFY(!codec.readHeader());
        VectorRecord decoded;
        QVERIFY(!codec.readRecord(&decoded));
        QVERIFY(codec.atEnd());
        QCOMPARE(decoded.id, id(7));
        QCOMPARE(decoded.vectors.size(), 1);
        QCOMPARE(decoded.vectors[0].values.size(), bits.size());
        for (qsizetype i = 0; i < bits.size(); ++i)
            QCOMPARE(std::bit_cast<quint32>(decoded.vectors[0].values[i]), bits[i]);
    }

    void testMultiAndNamedVectorsRoundTrip()
    {
        const QByteArray data = sampleData();
        QVERIFY(!data.isEmpty());
        const VectorRecord record = sampleRecord();
        VectorCodec codec(data);
        QVERIFY(!codec.readHeader());
        VectorRecord first;
        VectorRecord second;
        QVERIFY(!codec.readRecord(&first));
        QVERIFY(!codec.readRecord(&second));
        QVERIFY(codec.atEnd());
        QCOMPARE(first.vectors.size(), 3);
        QCOMPARE(first.vectors[0].name, QString());
        QCOMPARE(first.vectors[1].name, QStringLiteral("colbert"));
        QCOMPARE(first.vectors[1].rows, 2u);
        QCOMPARE(first.vectors[1].dims, 3u);
        QCOMPARE(first.vectors[1].values, record.vectors[1].values);
        QCOMPARE(std::bit_cast<quint32>(first.vectors[2].values[0]), 0x80000000u);
        QCOMPARE(second.id, id(2));
        QVERIFY(second.vectors.isEmpty());
    }

    void testSkippingValuesKeepsShapesAndChecks()
    {
        const QByteArray data = sampleData();
        QVERIFY(!data.isEmpty());
        const VectorRecord record = sampleRecord();
        VectorCodec codec(data);
        QVERIFY(!codec.readHeader());
        VectorRecord first;
        first.vectors = record.vectors; // values left over from an earlier record must not survive a skip
        QVERIFY(!codec.readRecord(&first, VectorCodec::Values::Skip));
        QCOMPARE(first.id, record.id);
        QCOMPARE(first.vectors.size(), record.vectors.size());
        for (qsizetype i = 0; i < record.vectors.size(); ++i) {
            QCOMPARE(first.vectors[i].name, record.vectors[i].name);
            QCOMPARE(first.vectors[i].rows, record.vectors[i].rows);
            QCOMPARE(first.vectors[i].dims, record.vectors[i].dims);
            QVERIFY(first.vectors[i].values.isEmpty());
        }
        VectorRecord second;
        QVERIFY(!codec.readRecord(&second, VectorCodec::Values::Skip));
        QCOMPARE(second.id, id(2));
        QVERIFY(codec.atEnd());

        // Skipping still needs every float to be there.
        for (qsizetype cut = VectorCodec::headerSize + 1; cut < data.size() - 18; ++cut) {
            VectorCodec cutCodec(QByteArrayView(data).first(cut));
            QVERIFY(!cutCodec.readHeader());
            VectorRecord skipped;
            const OpError error = cutCodec.readRecord(&skipped, VectorCodec::Values::Skip);
            QVERIFY2(error.code == OpError::Code::Format, qPrintable(QString::number(cut)));
        }
    }

    void testRejectsInvalidRecords_data()
    {
        QTest::addColumn<ObjectVector>("vector");
        QTest::newRow("zero dims") << ObjectVector {QStringLiteral("a"), 0, 0, {}};
        QTest::newRow("too many dims") << ObjectVector {
            QStringLiteral("a"), 0, VectorCodec::maxDims + 1, QList<float>(VectorCodec::maxDims + 1)};
        QTest::newRow("too many rows") << ObjectVector {
            QStringLiteral("a"), VectorCodec::maxRows + 1, 1, QList<float>(VectorCodec::maxRows + 1)};
        QTest::newRow("value count") << ObjectVector {QStringLiteral("a"), 2, 2, {1, 2, 3}};
        QTest::newRow("legacy multi") << ObjectVector {QString(), 1, 1, {1}};
        QTest::newRow("bad name") << ObjectVector {QStringLiteral("1abc"), 0, 1, {1}};
        QTest::newRow("slash name") << ObjectVector {QStringLiteral("a/b"), 0, 1, {1}};
    }

    void testRejectsInvalidRecords()
    {
        QFETCH(ObjectVector, vector);
        QByteArray data = VectorCodec::header();
        const QByteArray before = data;
        const OpError error = VectorCodec::appendRecord(&data, VectorRecord {id(1), {vector}});
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(!error.message.isEmpty());
        QCOMPARE(data, before);
    }

    void testRejectsDuplicateNames()
    {
        QByteArray data;
        const ObjectVector v {QStringLiteral("a"), 0, 1, {1}};
        QVERIFY(VectorCodec::appendRecord(&data, VectorRecord {id(1), {v, v}}));
        QVERIFY(data.isEmpty());
    }

    void testEveryTruncationIsRejected()
    {
        QByteArray data = VectorCodec::header();
        QVERIFY(!VectorCodec::appendRecord(&data, sampleRecord()));
        for (qsizetype cut = VectorCodec::headerSize + 1; cut < data.size(); ++cut) {
            VectorCodec codec(QByteArrayView(data).first(cut));
            QVERIFY(!codec.readHeader());
            VectorRecord record;
            const OpError error = codec.readRecord(&record);
            QVERIFY2(error.code == OpError::Code::Format, qPrintable(QString::number(cut)));
        }
    }

    void testHugeAnnouncedSizeIsRejectedBeforeAllocating()
    {
        // A record that claims 4096 x 65536 floats (1 GiB) but carries 8 bytes.
        QByteArray data = VectorCodec::header();
        data += id(1).toRfc4122();
        data += QByteArray("\x01\x00", 2); // one vector
        data += QByteArray("\x01\x00"
                           "a",
            3); // name "a"
        data += QByteArray("\x00\x10\x00\x00", 4); // rows 4096
        data += QByteArray("\x00\x00\x01\x00", 4); // dims 65536
        data += QByteArray(8, '\0');
        VectorCodec codec(data);
        QVERIFY(!codec.readHeader());
        VectorRecord record;
        const OpError error = codec.readRecord(&record);
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(error.details.contains(u"floats announced"));
    }

    void testInvalidUtf8NameIsRejected()
    {
        QByteArray data = VectorCodec::header();
        data += id(1).toRfc4122();
        data += QByteArray("\x01\x00", 2);
        data += QByteArray("\x02\x00\xc3\x28", 4); // invalid UTF-8
        data += QByteArray("\x00\x00\x00\x00\x01\x00\x00\x00", 8);
        data += QByteArray(4, '\0');
        VectorCodec codec(data);
        QVERIFY(!codec.readHeader());
        VectorRecord record;
        QCOMPARE(codec.readRecord(&record).code, OpError::Code::Format);
    }

    void testHeaderChecks()
    {
        QByteArray newer = VectorCodec::header();
        newer[4] = 2;
        VectorCodec codec(newer);
        const OpError error = codec.readHeader();
        QCOMPARE(error.code, OpError::Code::Format);
        QVERIFY(error.message.contains(u"newer"));
        VectorCodec garbage(QByteArrayView("CVXC\x01\x00\x00\x00", 8));
        QCOMPARE(garbage.readHeader().code, OpError::Code::Format);
        VectorCodec shortHeader(QByteArrayView("CVVC", 4));
        QCOMPARE(shortHeader.readHeader().code, OpError::Code::Format);
    }
};

QTEST_GUILESS_MAIN(TestVectorCodec)
#include "TestVectorCodec.moc"
