// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreFloatText.h"

#include <bit>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstring>

namespace Colvault::RestoreFloatText {

namespace {

constexpr uint64_t pow10[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
    1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL};

constexpr char digitPairs[] = "00010203040506070809101112131415161718192021222324252627282930313233343536373839"
                              "40414243444546474849505152535455565758596061626364656667686970717273747576777879"
                              "8081828384858687888990919293949596979899";

char* fallback(char* out, float value)
{
    return std::to_chars(out, out + maxLength, value).ptr;
}

// The decimal digits of n (n < 10^10) right-aligned before `end`; returns where they begin.
char* digitsBefore(char* end, uint64_t n)
{
    while (n >= 100) {
        end -= 2;
        std::memcpy(end, digitPairs + 2 * (n % 100), 2);
        n /= 100;
    }
    if (n >= 10) {
        end -= 2;
        std::memcpy(end, digitPairs + 2 * n, 2);
    } else {
        *--end = char('0' + n);
    }
    return end;
}

// n * 10^-k with k fraction digits (n has no trailing zero when k > 0) in to_chars's notation: fixed, or scientific
// where that is shorter.
char* format(char* out, uint64_t n, int k)
{
    char buffer[24];
    char* const end = buffer + sizeof buffer;
    const char* first = digitsBefore(end, n);
    int length = int(end - first); // digits of n
    const int exponent = length - 1 - k; // of the leading digit
    int significant = length;
    if (k == 0)
        while (significant > 1 && first[significant - 1] == '0')
            --significant;
    const int fixedLength = k == 0 ? length : (length > k ? length + 1 : k + 2);
    const int scientificLength = significant + (significant > 1 ? 1 : 0) + 4; // "e-05": |exponent| < 100 here
    if (fixedLength <= scientificLength) {
        if (k == 0) {
            std::memcpy(out, first, size_t(length));
            return out + length;
        }
        if (length > k) {
            std::memcpy(out, first, size_t(length - k));
            out += length - k;
            *out++ = '.';
            std::memcpy(out, first + length - k, size_t(k));
            return out + k;
        }
        *out++ = '0';
        *out++ = '.';
        std::memset(out, '0', size_t(k - length));
        out += k - length;
        std::memcpy(out, first, size_t(length));
        return out + length;
    }
    *out++ = first[0];
    if (significant > 1) {
        *out++ = '.';
        std::memcpy(out, first + 1, size_t(significant - 1));
        out += significant - 1;
    }
    *out++ = 'e';
    *out++ = exponent < 0 ? '-' : '+';
    const int magnitude = exponent < 0 ? -exponent : exponent;
    std::memcpy(out, digitPairs + 2 * magnitude, 2);
    return out + 2;
}

} // namespace

#ifdef __SIZEOF_INT128__

__extension__ typedef unsigned __int128 U128;

namespace {

// 10^-10 .. 10^4 as doubles: no float lies between a power of ten and its nearest double, so comparing with these
// tells a float's decimal exponent exactly (all 2^32 floats are checked).
constexpr double powersOfTen[] = {1e-10, 1e-9, 1e-8, 1e-7, 1e-6, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1, 1e0, 1e1, 1e2, 1e3, 1e4};
constexpr int powersOfTenOffset = 10;

// One float's rounding interval on the grid of k fraction digits: the integers n whose n * 10^-k read back as it,
// exact in 128 bits (used below 10^-3, where 9 significant digits need up to 18 fraction digits).
struct WideInterval
{
    uint64_t m; // the significand: |value| = 4m * 2^-shift
    uint64_t below; // 2, or 1 below a power of two (the next float down is half as far)
    unsigned shift;
    bool inclusive; // an even significand takes the ties (round half to even when reading)

    // [*lo, *hi]: false when it holds no integer.
    bool candidates(int k, uint64_t* lo, uint64_t* hi) const
    {
        const U128 p = pow10[k];
        const U128 upper = U128(4 * m + 2) * p;
        const U128 lower = U128(4 * m - below) * p;
        // Without branches: `inclusive` is as random as the floats, a branch on it would be mispredicted half the time.
        U128 h = upper >> shift;
        h -= U128(!inclusive & ((h << shift) == upper));
        U128 l = (lower + ((U128(1) << shift) - 1)) >> shift;
        l += U128(!inclusive & ((l << shift) == lower));
        *lo = uint64_t(l);
        *hi = uint64_t(h);
        return l <= h;
    }

    // The integer closest to the float on the grid of k fraction digits, ties to even.
    uint64_t closest(int k) const
    {
        const U128 exact = U128(4 * m) * pow10[k];
        const uint64_t n = uint64_t(exact >> shift);
        const U128 rest = exact - (U128(n) << shift);
        const U128 half = U128(1) << (shift - 1);
        return n + uint64_t((rest > half) | ((rest == half) & (n & 1)));
    }
};

// The shortest decimal n * 10^-k that reads back as the float, the closest to it among those of its length, for
// a float whose decimal exponent is `exponent`. 9 significant digits always do: the closest such decimal is within
// 5e-9 of the float, relative, and the interval's ends are at least 2^-25 ~ 3e-8 away. Most floats take 8, a third
// of them 7 or fewer; fewer digits are tried while the grid still holds a candidate.
void shortestWide(const WideInterval& interval, int exponent, uint64_t* n, int* k)
{
    int digits8 = 7 - exponent; // fraction digits that give 8 significant digits
    uint64_t lo = 0;
    uint64_t hi = 0;
    if (!interval.candidates(digits8, &lo, &hi)) {
        *k = digits8 + 1;
        *n = interval.closest(digits8 + 1);
        return;
    }
    uint64_t nextLo = 0;
    uint64_t nextHi = 0;
    while (digits8 > 0 && interval.candidates(digits8 - 1, &nextLo, &nextHi)) {
        --digits8;
        lo = nextLo;
        hi = nextHi;
    }
    const uint64_t c = interval.closest(digits8);
    *n = c < lo ? lo : (c > hi ? hi : c);
    *k = digits8;
}

// The eight decimal digits of x < 10^8 as ASCII, the first in the lowest byte: four lanes of two digits, then eight of
// one, each split by a multiplication.
uint64_t eightDigits(uint32_t x)
{
    uint64_t v = (x / 10000) | (uint64_t(x % 10000) << 32);
    const uint64_t hundreds = ((v * 10486) >> 20) & 0x0000007F0000007FULL;
    v = hundreds | ((v - hundreds * 100) << 16);
    const uint64_t tens = ((v * 103) >> 10) & 0x000F000F000F000FULL;
    v = tens | ((v - tens * 10) << 8);
    return v + 0x3030303030303030ULL;
}

// n * 10^-k in fixed notation, for k > 0, n of 1 to 8 digits, exactly k + exponent + 1 of them, and a decimal
// exponent of -3 to 3 (where to_chars never chooses scientific). The digits are stored from registers
// (a byte store followed by a wider load of the same bytes would stall the store buffer). Writes up to 24 bytes at
// `out` (write()'s callers leave room for 32), returns the end of the text.
char* fixedFast(char* out, uint64_t n, int k, int exponent)
{
    const int count = k + exponent + 1;
    const uint64_t digits = eightDigits(uint32_t(n)) >> (8 * (8 - count)); // little-endian: write() checks
    if (exponent < 0) {
        std::memcpy(out, "0.00000000000000", 16);
        std::memcpy(out + 1 - exponent, &digits, 8);
        return out + 1 - exponent + count;
    }
    const uint64_t fraction = digits >> (8 * (exponent + 1));
    std::memcpy(out, &digits, 8);
    std::memcpy(out + exponent + 2, &fraction, 8);
    out[exponent + 1] = '.';
    return out + count + 1;
}

// The decimal exponents -3 to 3, where 9 significant digits need at most 11 fraction digits and (4m + 2) * 10^11 <
// 2^64: the interval is scaled to the 9-digit grid once, in 64 bits, and the coarser grids (8, 7, ... digits) divide
// its integer ends by 10, 100, ... (the floor of a floor and the ceiling of a ceiling are exact), which the compiler
// turns into multiplications. Same answers as WideInterval.
struct NineDigits
{
    uint64_t hi; // floor of the upper end on the 9-digit grid
    uint64_t lo; // ceiling of the lower end
    uint64_t value; // floor of the float
    uint64_t rest; // the float's part below one step of the grid, in units of 2^-shift
    uint64_t halfStep;
    bool hiOnGrid; // the upper end lies exactly on the grid (so excluded for an odd significand)
    bool loOnGrid;
    bool exclusive;

    NineDigits(uint64_t m, uint64_t below, unsigned shift, bool inclusive, int k)
    {
        const uint64_t p = pow10[k];
        const uint64_t mask = (uint64_t(1) << shift) - 1;
        const uint64_t upper = (4 * m + 2) * p;
        const uint64_t lower = (4 * m - below) * p;
        const uint64_t exact = 4 * m * p;
        hi = upper >> shift;
        hiOnGrid = (upper & mask) == 0;
        lo = (lower >> shift) + ((lower & mask) != 0);
        loOnGrid = (lower & mask) == 0;
        value = exact >> shift;
        rest = exact & mask;
        halfStep = uint64_t(1) << (shift - 1);
        exclusive = !inclusive;
    }

    // The candidates on the grid `d` times coarser (d = 10^j).
    template<uint64_t d> bool candidates(uint64_t* l, uint64_t* h) const
    {
        *h = hi / d - uint64_t(exclusive & hiOnGrid & (hi % d == 0));
        *l = (lo + d - 1) / d + uint64_t(exclusive & loOnGrid & (lo % d == 0));
        return *l <= *h;
    }
    bool candidates(uint64_t d, uint64_t* l, uint64_t* h) const
    {
        *h = hi / d - uint64_t(exclusive & hiOnGrid & (hi % d == 0));
        *l = (lo + d - 1) / d + uint64_t(exclusive & loOnGrid & (lo % d == 0));
        return *l <= *h;
    }

    // The float rounded to the grid `d` times coarser (d > 1), ties to even.
    template<uint64_t d> uint64_t closest() const { return closest(value / d, value % d, d / 2); }
    uint64_t closest(uint64_t d) const { return closest(value / d, value % d, d / 2); }
    uint64_t closest(uint64_t q, uint64_t r, uint64_t half) const
    {
        return q + uint64_t((r > half) | ((r == half) & ((rest != 0) | (q & 1))));
    }
    // On the 9-digit grid itself.
    uint64_t closest9() const { return value + uint64_t((rest > halfStep) | ((rest == halfStep) & (value & 1))); }
};

uint64_t clamp(uint64_t n, uint64_t lo, uint64_t hi)
{
    return n < lo ? lo : (n > hi ? hi : n);
}

// n and k of the shortest decimal for a float of decimal exponent -3 to 3 (see shortestWide()): 8 digits for two thirds
// of random floats, 7 for a quarter, fewer or 9 for the rest. Both common answers are computed and one is chosen
// without a branch (one on 7 or 8 digits would be mispredicted a quarter of the time); the rest take a loop.
void shortestNear(uint64_t m, uint64_t below, unsigned shift, bool inclusive, int exponent, uint64_t* n, int* k)
{
    const NineDigits grid(m, below, shift, inclusive, 8 - exponent);
    uint64_t lo8 = 0, hi8 = 0, lo7 = 0, hi7 = 0, lo6 = 0, hi6 = 0;
    const bool has8 = grid.candidates<10>(&lo8, &hi8);
    const bool has7 = grid.candidates<100>(&lo7, &hi7);
    const bool has6 = grid.candidates<1000>(&lo6, &hi6);
    if (!has8) {
        *n = grid.closest9();
        *k = 8 - exponent;
        return;
    }
    if (has6) {
        uint64_t d = 1000;
        *k = 5 - exponent;
        uint64_t lo = lo6;
        uint64_t hi = hi6;
        while (*k > 0 && grid.candidates(d * 10, &lo6, &hi6)) {
            d *= 10;
            lo = lo6;
            hi = hi6;
            --*k;
        }
        *n = clamp(grid.closest(d), lo, hi);
        return;
    }
    const uint64_t n8 = clamp(grid.closest<10>(), lo8, hi8);
    const uint64_t n7 = clamp(grid.closest<100>(), lo7, hi7);
    const uint64_t use7 = uint64_t(0) - uint64_t(has7);
    *n = (n7 & use7) | (n8 & ~use7);
    *k = 7 - exponent - int(has7);
}

} // namespace

char* write(char* out, float value)
{
    const uint32_t bits = std::bit_cast<uint32_t>(value);
    const uint32_t exponentField = (bits >> 23) & 0xffU;
    // |value| in [2^-27, 2^13): k below stays within 18 and every product within 128 bits, and the text is fixed or
    // scientific with a two-digit exponent.
    if (exponentField < 100 || exponentField >= 140)
        return fallback(out, value);
    *out = '-'; // kept only for a negative value: a branch on the sign would be mispredicted half the time
    out += bits >> 31;
    const uint64_t m = (bits & 0x7fffffU) | 0x800000U;
    const int e2 = int(exponentField) - 127;
    const int estimate = (e2 * 1233) >> 12; // floor(log10 |value|) is this or one more
    const int exponent = estimate + (double(std::abs(value)) >= powersOfTen[estimate + 1 + powersOfTenOffset]);
    const unsigned shift = 152 - exponentField;
    const uint64_t below = m == 0x800000U ? 1 : 2;
    const bool inclusive = (m & 1) == 0;
    uint64_t n = 0;
    int k = 0;
    // (4m + 2) * 10^11 < 2^64: 9 significant digits fit in 64 bits down to 10^-3.
    if (exponent >= -3)
        shortestNear(m, below, shift, inclusive, exponent, &n, &k);
    else
        shortestWide(WideInterval {m, below, shift, inclusive}, exponent, &n, &k);
    // n has k + exponent + 1 digits, or one more where the interval of a float just below a power of ten holds that
    // power (0.01 for the float 0.0099999998).
    const int textExponent = exponent + int(n >= pow10[k + exponent + 1]);
    if (k > 0 && textExponent >= -3 && n < 100000000 && std::endian::native == std::endian::little)
        return fixedFast(out, n, k, textExponent);
    return format(out, n, k);
}

#else

char* write(char* out, float value)
{
    return fallback(out, value);
}

#endif

} // namespace Colvault::RestoreFloatText
