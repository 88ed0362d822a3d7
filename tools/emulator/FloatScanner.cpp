// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/FloatScanner.h"

#include "tools/emulator/GoFormat.h"
#include "tools/emulator/JsonTree.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>

namespace Emu::Codec {

namespace {

// Exact products of a 26-bit mantissa, a power of ten up to 10^18 and a shift up to 2^41 need more than 64 bits.
// GCC and clang have a 128-bit integer; MSVC has none, and there the longer decimals take the "any doubt" answer.
#ifdef __SIZEOF_INT128__
__extension__ typedef unsigned __int128 U128;
#endif

#ifdef _MSC_VER
#define EMU_ALWAYS_INLINE __forceinline
#else
#define EMU_ALWAYS_INLINE inline __attribute__((always_inline))
#endif

constexpr uint64_t kPow10[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
    1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL};

// True when n * 10^-k (n not a multiple of 10, k >= 1) is exactly what appendShortest(f, float32) writes, decided
// with exact integer arithmetic instead of formatting f (std::to_chars costs ~60 ns a float here). That text is the
// shortest decimal that reads back as f, the one closest to f among those of its length. So n * 10^-k is it when:
//  1. it lies strictly inside f's rounding interval (it reads back as f, whatever the tie rule);
//  2. no decimal with k-1 fraction digits lies in the closed interval (none shorter reads back as f; the two
//     neighbours of n on that coarser grid are the only candidates, the interval being convex);
//  3. it is strictly closer to f than half a step of 10^-k (the closest of its length; no tie to break).
// Any doubt (ties, values near Go's switch to exponent form at 1e-6, integers, large values) answers false and the
// caller formats f as before. bench/emulator/FloatTextCheck.cpp checks this against appendShortest (all 2^32 floats
// with --stride 1).
// Inlined: called once a vector component, the call overhead showed in the profile.
EMU_ALWAYS_INLINE bool isShortestFixed(uint64_t n, int k, float f)
{
    const uint32_t bits = std::bit_cast<uint32_t>(f) & 0x7fffffffU;
    const uint32_t expField = bits >> 23;
    // |f| in [2^-16, 2^26): fixed notation in both Go and appendShortest, and every product below fits in 128 bits.
    if (expField < 111 || expField > 152 || k < 1 || k > 18)
        return false;
    const uint64_t m = (bits & 0x7fffffU) | 0x800000U; // |f| = m * 2^(expField - 150)
    const unsigned shift = 152 - expField; // scale everything by 10^k * 2^shift / 4
    const uint64_t dl = m == 0x800000U ? 1 : 2; // below a power of two the next float down is half as far away
    if (k <= 11 && (n >> (63 - shift)) == 0) {
        // The common case in 64 bits: 2^26 * 10^11 < 2^63, and t fits (a t that does not is far outside anyway).
        const uint64_t p = kPow10[k];
        const uint64_t t = n << shift;
        const uint64_t value = 4 * m * p;
        const uint64_t hi = (4 * m + 2) * p;
        const uint64_t lo = (4 * m - dl) * p;
        if (!(lo < t && t < hi))
            return false;
        const uint64_t below = (n - n % 10) << shift;
        const uint64_t above = below + (uint64_t {10} << shift);
        if (!(below < lo && above > hi))
            return false;
        const uint64_t diff = t > value ? t - value : value - t;
        return 2 * diff < (uint64_t {1} << shift);
    }
#ifdef __SIZEOF_INT128__
    const U128 p = kPow10[k];
    const U128 t = static_cast<U128>(n) << shift; // the decimal
    const U128 value = static_cast<U128>(4 * m) * p; // f
    const U128 hi = static_cast<U128>(4 * m + 2) * p; // midpoint to the next float up
    const U128 lo = static_cast<U128>(4 * m - dl) * p;
    if (!(lo < t && t < hi))
        return false;
    const U128 below = static_cast<U128>(n - n % 10) << shift;
    const U128 above = below + (static_cast<U128>(10) << shift);
    if (!(below < lo && above > hi))
        return false;
    const U128 diff = t > value ? t - value : value - t;
    return 2 * diff < (static_cast<U128>(1) << shift);
#else
    return false; // the caller formats the float, as for any other doubt
#endif
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ±n * 10^-k with n <= 2^53 and k <= 18: n and 10^k are exact doubles, so the quotient is the correctly rounded
// double, as simdjson's get_double gives (Clinger's fast path); the Exact path then casts it to float as well.
void decimalToFloat(uint64_t n, int k, bool negative, float& value)
{
    const double d = static_cast<double>(n) / static_cast<double>(kPow10[k]);
    // Rounding is symmetric, so float(-d) is -float(d): setting the sign bit avoids a branch the predictor cannot
    // learn (vector components are positive or negative at random).
    const uint32_t sign = static_cast<uint32_t>(negative) << 31;
    value = std::bit_cast<float>(std::bit_cast<uint32_t>(static_cast<float>(d)) | sign);
}

void decimalToFloat(uint64_t n, int k, bool negative, float& value, bool& canonical)
{
    decimalToFloat(n, k, negative, value);
    canonical = n % 10 != 0 && isShortestFixed(n, k, value);
}

// SWAR digit runs (8 bytes at a time) for FloatScanner; little-endian loads.
constexpr bool kSwar = std::endian::native == std::endian::little;

uint64_t load8(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// How many of the 8 bytes in v (first byte lowest) are ASCII digits before the first non-digit. A carry out of a
// byte >= 0xFA can only disturb bytes after it, so the count is exact.
int leadingDigits(uint64_t v)
{
    const uint64_t nonDigit = ((v & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL)
        | (((v + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL);
    return nonDigit ? std::countr_zero(nonDigit) / 8 : 8;
}

// The value of the first d (0..8) ASCII digits of v.
uint64_t digitsValue(uint64_t v, int d)
{
    // The digits move to the top; the zero bytes below act as leading zeros. Two shifts: 64 for d == 0 is undefined.
    const int half = 4 * (8 - d);
    v = (v << half) << half;
    v = ((v & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
    v = ((v & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
    return ((v & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The raw text of a vector array read the way readFloats reads it (see readObject's Fast mode). False for anything
// readFloats would reject and for numbers beyond double's range. Also notes where the text differs from what
// buildVectorJson would write: whitespace (then it is not reused) or numbers to re-format (patches).
class FloatScanner
{
public:
    struct Patch
    {
        size_t offset;
        size_t length;
        float value;
    };

    explicit FloatScanner(std::string_view raw)
        : m_begin(raw.data())
        , m_p(raw.data())
        , m_end(raw.data() + raw.size())
    {
    }

    bool clean() const { return m_clean; }
    const std::vector<Patch>& patches() const { return m_patches; }

    bool run(std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens)
    {
        multi = false;
        skipSpace();
        if (m_p == m_end || *m_p != '[')
            return false;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
        } else if (m_p != m_end && *m_p == '[') {
            if (!tokens)
                return false; // readFloats: INCORRECT_TYPE
            multi = true;
            for (;;) {
                if (m_p == m_end || *m_p != '[')
                    return false;
                ++m_p;
                tokens->emplace_back();
                skipSpace();
                if (m_p != m_end && *m_p == ']')
                    ++m_p;
                else if (!numbers(tokens->back()))
                    return false;
                if (!separator())
                    return false;
                if (m_closed)
                    break;
            }
        } else {
            if (!numbers(out))
                return false;
        }
        const bool clean = m_clean; // before the whitespace raw_json() keeps after the closing bracket
        skipSpace();
        m_clean = clean;
        // resolve() adds the patches of a row after those of readVectorNumber's tokens.
        const auto byOffset = [](const Patch& a, const Patch& b) { return a.offset < b.offset; };
        if (!std::is_sorted(m_patches.begin(), m_patches.end(), byOffset))
            std::sort(m_patches.begin(), m_patches.end(), byOffset);
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && isJsonSpace(*m_p)) {
            m_clean = false;
            ++m_p;
        }
    }

    // After a value: ',' (m_closed false) or ']' (m_closed true).
    bool separator()
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        m_closed = *m_p == ']';
        if (!m_closed && *m_p != ',')
            return false;
        ++m_p;
        skipSpace();
        return true;
    }

    // A number quickNumber read: ±n * 10^-k, turned into a float by resolve().
    struct Decimal
    {
        uint64_t n;
        size_t index; // in the output vector
        size_t offset; // of the token in the raw text
        uint32_t length;
        uint8_t k;
        bool negative;
    };

    // The shape clients send, "-0.12345678", at 8 digits a step: reads up to 16 bytes past the token, which
    // simdjson's padding after the document allows. Null for any other shape (the caller takes readVectorNumber).
    const char* quickNumber(const char* p, Decimal& out) const
    {
        const bool negative = *p == '-';
        p += negative ? 1 : 0;
        uint64_t n = 0;
        int digits = 0;
        if (*p == '0') {
            ++p;
        } else {
            const uint64_t v = load8(p);
            digits = leadingDigits(v);
            if (digits == 0 || digits == 8)
                return nullptr;
            n = digitsValue(v, digits);
            p += digits;
        }
        if (*p != '.')
            return nullptr;
        ++p;
        uint64_t v = load8(p);
        int k = leadingDigits(v);
        if (k == 0)
            return nullptr;
        n = n * kPow10[k] + digitsValue(v, k);
        p += k;
        // Fractions of 8 to 10 digits are as common as shorter ones: the second step is taken without a branch (none
        // when the first 8 bytes already ended the digits).
        v = load8(p);
        const int more = k == 8 ? leadingDigits(v) : 0;
        if (more == 8)
            return nullptr;
        n = n * kPow10[more] + digitsValue(v, more);
        p += more;
        k += more;
        if (p > m_end || *p == 'e' || *p == 'E' || digits + k > 18 || n == 0 || n > (uint64_t {1} << 53))
            return nullptr;
        out.n = n;
        out.k = static_cast<uint8_t>(k);
        out.negative = negative;
        return p;
    }

    // The floats of the decimals quickNumber read, and their patches. Done after the scan, as two tight loops, so
    // that the divisions and the checks of consecutive numbers overlap instead of each waiting for its division.
    void resolve(std::vector<Decimal>& decimals, std::vector<float>& out)
    {
        float* values = out.data();
        for (const Decimal& d : decimals)
            decimalToFloat(d.n, d.k, d.negative, values[d.index]);
        for (const Decimal& d : decimals)
            if (d.n % 10 == 0 || !isShortestFixed(d.n, d.k, values[d.index]))
                m_patches.push_back({d.offset, d.length, values[d.index]});
        decimals.clear();
    }

    // number (',' number)* ']'
    bool numbers(std::vector<float>& out)
    {
        thread_local std::vector<Decimal> decimals;
        decimals.clear();
        for (;;) {
            if constexpr (kSwar) {
                Decimal d;
                if (const char* next = m_p != m_end ? quickNumber(m_p, d) : nullptr) {
                    d.index = out.size();
                    d.offset = static_cast<size_t>(m_p - m_begin);
                    d.length = static_cast<uint32_t>(next - m_p);
                    decimals.push_back(d);
                    m_p = next;
                    out.push_back(0);
                    if (!separator())
                        return false;
                    if (m_closed)
                        break;
                    continue;
                }
            }
            const char* start = m_p;
            while (m_p != m_end
                && (isDigit(*m_p) || *m_p == '-' || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+'))
                ++m_p;
            float v = 0;
            bool canonical = false;
            if (!readVectorNumber(std::string_view(start, static_cast<size_t>(m_p - start)), v, canonical))
                return false;
            if (!canonical)
                m_patches.push_back({static_cast<size_t>(start - m_begin), static_cast<size_t>(m_p - start), v});
            out.push_back(v);
            if (!separator())
                return false;
            if (m_closed)
                break;
        }
        resolve(decimals, out);
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    bool m_clean = true;
    bool m_closed = false;
    std::vector<Patch> m_patches;
};

} // namespace

bool readVectorNumber(std::string_view token, float& value, bool& canonical)
{
    canonical = false;
    const char* p = token.data();
    const char* const end = p + token.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    if (p == end || !isDigit(*p))
        return false;
    // Digits of the integer and fraction parts as one integer n (exact while it has at most 18 digits).
    uint64_t n = 0;
    int digits = 0;
    if (*p == '0') {
        ++p;
    } else {
        for (; p != end && isDigit(*p); ++p, ++digits)
            n = n * 10 + static_cast<uint64_t>(*p - '0');
    }
    int k = 0;
    if (p != end && *p == '.') {
        ++p;
        for (; p != end && isDigit(*p); ++p, ++k, ++digits)
            n = n * 10 + static_cast<uint64_t>(*p - '0');
        if (k == 0)
            return false;
    }
    bool simple = k > 0 && digits <= 18;
    if (p != end && (*p == 'e' || *p == 'E')) {
        simple = false;
        ++p;
        if (p != end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(*p))
            return false;
        while (p != end && isDigit(*p))
            ++p;
    }
    if (p != end)
        return false;
    if (simple && n != 0 && n <= (uint64_t {1} << 53)) {
        decimalToFloat(n, k, negative, value, canonical);
        return true;
    }
    double d = 0;
    const auto r = std::from_chars(token.data(), end, d);
    if (r.ec != std::errc() || r.ptr != end)
        return false;
    value = static_cast<float>(d);
    return true;
}

bool scanVectorText(std::string_view raw, std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens,
    VectorText& text)
{
    text = {};
    FloatScanner scanner(raw);
    // Read into a buffer that keeps its capacity, then copy once at the exact size: pushing 1536 floats into an empty
    // vector reallocates a dozen times.
    thread_local std::vector<float> scratch;
    scratch.clear();
    const bool ok = scanner.run(scratch, multi, tokens);
    out.insert(out.end(), scratch.begin(), scratch.end());
    if (scratch.capacity() > (size_t {1} << 20))
        scratch = std::vector<float>(); // do not pin a huge vector's buffer for the thread's lifetime
    if (!ok)
        return false;
    if (!scanner.clean())
        return true;
    // raw_json() runs to the next structural character, so the view may end in whitespace.
    raw = trimRight(raw);
    const auto& patches = scanner.patches();
    if (patches.empty()) {
        text.raw = raw;
        return true;
    }
    text.patched.reserve(raw.size() + patches.size() * 8);
    size_t pos = 0;
    for (const auto& p : patches) {
        text.patched.append(raw, pos, p.offset - pos);
        appendFloat32(text.patched, p.value);
        pos = p.offset + p.length;
    }
    text.patched.append(raw, pos);
    return true;
}

} // namespace Emu::Codec
