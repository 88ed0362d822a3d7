// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// float_text_check: proves the emulator's fast vector reader (Codec::readVectorNumber / scanVectorText) against the
// reference formatter appendFloat32. A token the reader calls canonical is stored and echoed as sent, so it must be
// byte for byte what appendFloat32 writes; and every value must be what the Exact path reads (double, then float).
// Checks every float32 (or every stride-th), then tokens that are not canonical, and prints the reader's speed.
//
// Usage: float_text_check [--stride N (1: all 2^32 floats, several minutes)]
#include "tools/emulator/FloatScanner.h"
#include "tools/emulator/GoFormat.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <vector>

namespace {

using Emu::Codec::appendFloat32;
using Emu::Codec::readVectorNumber;
using Emu::Codec::scanVectorText;

uint64_t failures = 0;
uint64_t missed = 0; // canonical tokens the reader could not prove so (ties, tiny or huge values): re-formatted

void fail(const std::string& what)
{
    if (++failures <= 20)
        std::fprintf(stderr, "FAIL %s\n", what.c_str());
}

// What the Exact path gives for a token: simdjson's correctly rounded double, cast to float.
float exactValue(const std::string& token)
{
    return static_cast<float>(std::strtod(token.c_str(), nullptr));
}

bool sameBits(float a, float b)
{
    uint32_t x, y;
    std::memcpy(&x, &a, 4);
    std::memcpy(&y, &b, 4);
    return x == y;
}

// One token through both readers.
void check(const std::string& token, bool mustBeCanonical)
{
    float v = 0;
    bool canonical = false;
    if (!readVectorNumber(token, v, canonical)) {
        fail("rejected " + token);
        return;
    }
    if (!sameBits(v, exactValue(token)))
        fail("value of " + token);
    std::string reference;
    appendFloat32(reference, v);
    if (canonical && reference != token)
        fail("called canonical: " + token + " (server writes " + reference + ")");
    if (mustBeCanonical && !canonical)
        ++missed;
    // The array scanner (SWAR path) must agree; the padding stands for simdjson's.
    std::string array = "[" + token + "]" + std::string(32, ' ');
    std::vector<float> out;
    bool multi = false;
    Emu::Codec::VectorText text;
    if (!scanVectorText(std::string_view(array.data(), token.size() + 2), out, multi, nullptr, text) || out.size() != 1
        || !sameBits(out[0], v) || text.text() != "[" + reference + "]" || text.patched.empty() != canonical)
        fail("array scanner on " + token);
}

} // namespace

int main(int argc, char** argv)
{
    uint64_t stride = 4099;
    if (argc == 3 && std::strcmp(argv[1], "--stride") == 0)
        stride = std::strtoull(argv[2], nullptr, 10);
    if (stride == 0) {
        std::fprintf(stderr, "Usage: float_text_check [--stride N]\n");
        return 2;
    }

    // 1. What the server writes (and clients that format float32 shortest send) reads back exactly.
    uint64_t checked = 0;
    for (uint64_t bits = 0; bits <= 0xffffffffULL; bits += stride) {
        const uint32_t b = static_cast<uint32_t>(bits);
        float f;
        std::memcpy(&f, &b, 4);
        if (!std::isfinite(f))
            continue;
        std::string token;
        appendFloat32(token, f);
        check(token, true);
        ++checked;
    }

    // 2. Tokens that are not the shortest: more digits, fewer digits, trailing zeros, doubles' shortest form.
    uint64_t state = 7;
    auto next = [&state] {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return state >> 11;
    };
    char buf[64];
    for (int i = 0; i < 2000000; ++i) {
        const double d = (static_cast<double>(next()) / 9007199254740992.0 * 2 - 1) * std::pow(10.0, next() % 12 - 6.0);
        const float f = static_cast<float>(d);
        auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
        check(std::string(buf, r.ptr), false);
        for (int precision = 1; precision <= 12; ++precision) {
            r = std::to_chars(buf, buf + sizeof buf, f, std::chars_format::fixed, precision);
            check(std::string(buf, r.ptr), false);
        }
        std::string token;
        appendFloat32(token, f);
        if (token.find('.') != std::string::npos)
            check(token + "0", false);
        ++checked;
    }

    // 3. Speed on bench-like tokens.
    std::vector<std::string> tokens;
    for (int i = 0; i < 2000000; ++i) {
        std::string token;
        appendFloat32(token, static_cast<float>(static_cast<double>(next() >> 29) / 8388608.0 - 1.0));
        tokens.push_back(std::move(token));
    }
    std::string array = "[";
    for (const auto& t : tokens)
        array += t + ",";
    array.back() = ']';
    array += std::string(32, ' ');
    const auto t0 = std::chrono::steady_clock::now();
    std::vector<float> out;
    out.reserve(tokens.size());
    bool multi = false;
    Emu::Codec::VectorText text;
    if (!scanVectorText(std::string_view(array.data(), array.size() - 32), out, multi, nullptr, text))
        fail("scan of the bench array");
    const double scanNs
        = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t0).count() / tokens.size();
    const auto t1 = std::chrono::steady_clock::now();
    std::string formatted = "[";
    for (const float v : out) {
        appendFloat32(formatted, v);
        formatted += ',';
    }
    formatted.back() = ']';
    const double formatNs
        = std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - t1).count() / tokens.size();

    if (text.text() != formatted)
        fail("text of the bench array");
    std::printf("{\"checked\":%llu,\"failures\":%llu,\"scanNsPerFloat\":%.1f,\"appendFloat32NsPerFloat\":%.1f,"
                "\"benchArrayPatched\":%s,\"reformatted\":%llu}\n",
        static_cast<unsigned long long>(checked), static_cast<unsigned long long>(failures), scanNs, formatNs,
        text.patched.empty() ? "false" : "true", static_cast<unsigned long long>(missed));
    return failures == 0 ? 0 : 1;
}
