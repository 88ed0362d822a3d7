// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ObjectPageParser.h"

#include <QRandomGenerator>
#include <QTest>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fast_float/fast_float.h>

using namespace Colvault;

// The cursor-page parser is the backup's hot path: it must keep properties verbatim, every float bit-exact, and
// refuse pages a backup could not trust.
class TestObjectPageParser : public QObject
{
    Q_OBJECT

private:
    static std::string shortest(float f)
    {
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, f);
        return std::string(buf, r.ptr);
    }

private Q_SLOTS:
    void testParsesAllVectorKinds()
    {
        QByteArray page = R"({"deprecations":[],"objects":[
            {"class":"A","creationTimeUnix":1700000000001,"id":"00000000-0000-4000-8000-000000000001",
             "lastUpdateTimeUnix":1700000000002,"properties":{"title":"héllo ✓","n":3,"nested":{"a":[1,2]}},
             "vector":[0.5,-1.25,3e-5],
             "vectors":{"dense":[1,2],"colbert":[[0.1,0.2,0.3],[0.4,0.5,0.6]]}},
            {"class":"A","creationTimeUnix":5,"id":"00000000-0000-4000-8000-000000000002","lastUpdateTimeUnix":6}
            ],"totalResults":2})";
        ObjectPageParser p;
        OpError err;
        QVERIFY2(p.parse(page, std::string(), &err), qPrintable(err.details));
        QCOMPARE(p.count(), size_t(2));
        const PageObject& a = p.object(0);
        QCOMPARE(QString::fromStdString(a.id), QStringLiteral("00000000-0000-4000-8000-000000000001"));
        QCOMPARE(a.creationTimeUnix, Q_INT64_C(1700000000001));
        QCOMPARE(a.lastUpdateTimeUnix, Q_INT64_C(1700000000002));
        QCOMPARE(QString::fromStdString(a.properties),
            QString::fromUtf8(R"({"title":"héllo ✓","n":3,"nested":{"a":[1,2]}})"));
        QCOMPARE(a.vectors.size(), size_t(3));
        QCOMPARE(a.vectors[0].name, std::string());
        QCOMPARE(a.vectors[0].dims, 3u);
        QCOMPARE(a.vectors[0].values[1], -1.25f);
        QCOMPARE(a.vectors[1].name, std::string("dense"));
        QCOMPARE(a.vectors[1].rows, 0u);
        QCOMPARE(a.vectors[1].dims, 2u);
        QCOMPARE(a.vectors[2].name, std::string("colbert"));
        QCOMPARE(a.vectors[2].rows, 2u);
        QCOMPARE(a.vectors[2].dims, 3u);
        QCOMPARE(a.vectors[2].values.size(), size_t(6));
        QCOMPARE(a.vectors[2].values[5], 0.6f);
        const PageObject& b = p.object(1);
        QCOMPARE(b.properties, std::string("{}"));
        QVERIFY(b.vectors.empty());
        QCOMPARE(p.lastId(), std::string("00000000-0000-4000-8000-000000000002"));
    }

    void testFloatsRoundTripBitExact()
    {
        QRandomGenerator rng(7);
        std::vector<float> sent;
        std::string json = R"({"objects":[{"id":"10000000-0000-4000-8000-000000000000","vector":[)";
        for (int i = 0; i < 20000; ++i) {
            float f;
            do {
                const quint32 bits = rng.generate();
                std::memcpy(&f, &bits, sizeof f);
            } while (!std::isfinite(f));
            if (i % 7 == 0)
                f = float(rng.generateDouble() * 2 - 1);
            if (i == 1)
                f = -0.0f;
            if (i == 2)
                f = 1e-45f; // smallest denormal
            sent.push_back(f);
            json += (i ? "," : "") + shortest(f);
        }
        json += "]}]}";
        QByteArray page = QByteArray::fromStdString(json);
        ObjectPageParser p;
        OpError err;
        QVERIFY2(p.parse(page, std::string(), &err), qPrintable(err.details));
        const std::vector<float>& got = p.object(0).vectors[0].values;
        QCOMPARE(got.size(), sent.size());
        for (size_t i = 0; i < sent.size(); ++i)
            QVERIFY2(std::memcmp(&got[i], &sent[i], sizeof(float)) == 0, shortest(sent[i]).c_str());
    }

    // The parser takes plain decimals ("-0.012345679") on a path of its own; every token must still give the bits
    // fast_float gives (it rounds correctly). Shortest forms of random floats, fixed forms with too many digits,
    // integers on the midpoint between two floats (ties to even), decimals next to a midpoint, range edges,
    // exponents, signed zeros.
    void testDecimalsRoundLikeFastFloat()
    {
        QRandomGenerator rng(11);
        std::vector<std::string> tokens = {"0", "-0", "0.0", "-0.0", "1", "-1", "16777217", "16777219", "33554434",
            "33554438", "9007199254740993", "0.5", "0.1", "0.30000001", "1.17549435e-38", "0.0000000000000000000001",
            "0.00000000000000000000001", "340282350000000000000000000000000000000", "3.4028235e38", "1e-45", "1E3",
            "123456789012345678901", "0.000000000000000000000000000000000000011754944", "-0.012345679", "1.5e-7",
            // next to the midpoint between two floats: their nearest double is that midpoint, which rounds to float
            // the other way (ties to even)
            "0.06251185759902", "-0.06251235678792", "0.06252496317029"};
        char buf[64];
        for (int i = 0; i < 300000; ++i) {
            float f;
            const quint32 bits = rng.generate();
            std::memcpy(&f, &bits, sizeof f);
            if (i % 3 == 0)
                f = float((rng.generateDouble() * 2 - 1) * std::pow(10.0, -int(rng.bounded(8))));
            if (!std::isfinite(f))
                continue;
            tokens.push_back(shortest(f));
            const auto fixed
                = std::to_chars(buf, buf + sizeof buf, double(f), std::chars_format::fixed, int(rng.bounded(1, 16)));
            if (fixed.ec == std::errc())
                tokens.emplace_back(buf, fixed.ptr);
        }
        std::string json = R"({"objects":[{"id":"10000000-0000-4000-8000-000000000000","vector":[)";
        for (size_t i = 0; i < tokens.size(); ++i)
            json += (i ? "," : "") + tokens[i];
        json += "]}]}";
        QByteArray page = QByteArray::fromStdString(json);
        ObjectPageParser p;
        OpError err;
        QVERIFY2(p.parse(page, std::string(), &err), qPrintable(err.details));
        const std::vector<float>& got = p.object(0).vectors[0].values;
        QCOMPARE(got.size(), tokens.size());
        for (size_t i = 0; i < tokens.size(); ++i) {
            float expected = 0;
            fast_float::from_chars(tokens[i].data(), tokens[i].data() + tokens[i].size(), expected);
            QVERIFY2(std::memcmp(&got[i], &expected, sizeof(float)) == 0, tokens[i].c_str());
        }
    }

    void testEmptyPage()
    {
        QByteArray page = R"({"deprecations":[],"objects":[]})";
        ObjectPageParser p;
        OpError err;
        QVERIFY(p.parse(page, std::string("ffffffff-0000-4000-8000-000000000000"), &err));
        QCOMPARE(p.count(), size_t(0));
    }

    void testRefusesUntrustworthyPages_data()
    {
        QTest::addColumn<QByteArray>("page");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("detail");
        QTest::newRow("not json") << QByteArray("{\"objects\":[") << QString() << QString();
        QTest::newRow("uppercase id") << QByteArray(R"({"objects":[{"id":"ABCDEF00-0000-4000-8000-000000000000"}]})")
                                      << QString() << QStringLiteral("canonical UUID");
        QTest::newRow("descending ids") << QByteArray(R"({"objects":[{"id":"00000000-0000-4000-8000-000000000002"},)"
                                                      R"({"id":"00000000-0000-4000-8000-000000000001"}]})")
                                        << QString() << QStringLiteral("ascending");
        QTest::newRow("not after cursor")
            << QByteArray(R"({"objects":[{"id":"00000000-0000-4000-8000-000000000001"}]})")
            << QStringLiteral("00000000-0000-4000-8000-000000000001") << QStringLiteral("ascending");
        QTest::newRow("string in vector")
            << QByteArray(R"({"objects":[{"id":"00000000-0000-4000-8000-000000000001","vector":[1,"x"]}]})")
            << QString() << QStringLiteral("numbers");
        QTest::newRow("ragged multi-vector")
            << QByteArray(R"({"objects":[{"id":"00000000-0000-4000-8000-000000000001","vectors":{"c":[[1,2],[3]]}}]})")
            << QString() << QStringLiteral("different lengths");
        QTest::newRow("properties not object")
            << QByteArray(R"({"objects":[{"id":"00000000-0000-4000-8000-000000000001","properties":[1]}]})")
            << QString() << QStringLiteral("properties");
    }

    void testRefusesUntrustworthyPages()
    {
        QFETCH(QByteArray, page);
        QFETCH(QString, after);
        QFETCH(QString, detail);
        ObjectPageParser p;
        OpError err;
        QVERIFY(!p.parse(page, after.toStdString(), &err));
        QCOMPARE(err.code, OpError::Code::Format);
        QVERIFY(!err.message.isEmpty());
        QVERIFY2(err.details.contains(detail), qPrintable(err.details));
        QCOMPARE(p.count(), size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestObjectPageParser)
#include "TestObjectPageParser.moc"
