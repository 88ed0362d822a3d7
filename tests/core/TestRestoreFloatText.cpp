// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreFloatText.h"

#include <QTest>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <limits>
#include <random>
#include <string>

using namespace Colvault;

// RestoreFloatText writes exactly what std::to_chars writes for a float, on a sample of the floats where a formatter
// goes wrong: around every power of ten and of two in its range and at the ends of its fast path, embedding-like
// values, and every 65,521st bit pattern. bench/restore/FloatTextCheck.cpp checks all 2^32.
class TestRestoreFloatText : public QObject
{
    Q_OBJECT

private:
    int m_checked = 0;

    void check(float value)
    {
        if (!std::isfinite(value))
            return;
        char expected[64];
        char actual[64];
        const char* const expectedEnd = std::to_chars(expected, expected + sizeof expected, value).ptr;
        const char* actualEnd = RestoreFloatText::write(actual, value);
        ++m_checked;
        const std::string e(expected, size_t(expectedEnd - expected));
        const std::string a(actual, size_t(actualEnd - actual));
        if (e != a)
            QFAIL(qPrintable(QStringLiteral("%1: to_chars %2, RestoreFloatText %3")
                                 .arg(std::bit_cast<uint32_t>(value), 8, 16, QLatin1Char('0'))
                                 .arg(QString::fromStdString(e), QString::fromStdString(a))));
    }

    // `count` floats on either side of `center`, both signs.
    void checkAround(float center, int count)
    {
        const uint32_t bits = std::bit_cast<uint32_t>(std::abs(center));
        for (int d = -count; d <= count; ++d) {
            const float v = std::bit_cast<float>(uint32_t(int64_t(bits) + d));
            check(v);
            check(-v);
        }
    }

private Q_SLOTS:
    void testPowersOfTenAndTwo()
    {
        for (int j = -40; j <= 38; ++j)
            checkAround(float(std::pow(10.0, j)), 300);
        for (int e = -149; e <= 127; ++e)
            checkAround(std::ldexp(1.0F, e), 20);
        // The ends of the fast path (2^-27, 10^-3, 2^13) and of the two-digit fractions.
        for (const float edge : {0x1p-27F, 0x1p13F, 1e-3F, 9.99999e-4F, 0x1p-10F, 8191.999F})
            checkAround(edge, 5000);
        QVERIFY(m_checked > 100000);
    }

    void testEmbeddingValues()
    {
        std::mt19937 random(16);
        std::normal_distribution<float> normal(0.0F, 0.0255F);
        std::uniform_real_distribution<float> uniform(-1.0F, 1.0F);
        for (int i = 0; i < 200000; ++i) {
            check(normal(random));
            check(uniform(random));
        }
    }

    void testEverySampledBitPattern()
    {
        for (uint64_t bits = 0; bits <= 0xffffffffULL; bits += 65521)
            check(std::bit_cast<float>(uint32_t(bits)));
        check(0.0F);
        check(-0.0F);
        check(std::numeric_limits<float>::max());
        check(std::numeric_limits<float>::denorm_min());
    }
};

QTEST_GUILESS_MAIN(TestRestoreFloatText)
#include "TestRestoreFloatText.moc"
