// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// restore_float_text_check: proves core/RestoreFloatText against std::to_chars, whose text it must equal byte for
// byte: every finite float32 (or every stride-th bit pattern), on all cores. Then times both on embedding-like values
// (normal, sigma 1/sqrt(1536)) and prints one JSON line. Exit code 1 on the first differences (20 are printed).
//
// Usage: restore_float_text_check [--stride N] (1, the default: all 2^32 floats, a few minutes on two cores)
#include "core/RestoreFloatText.h"

#include <algorithm>
#include <atomic>
#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

namespace {

using Colvault::RestoreFloatText::write;

std::atomic<uint64_t> checked {0};
std::atomic<uint64_t> differences {0};

void checkRange(uint64_t first, uint64_t step)
{
    uint64_t count = 0;
    for (uint64_t bits = first; bits <= 0xffffffffULL; bits += step) {
        const float value = std::bit_cast<float>(uint32_t(bits));
        if (!std::isfinite(value))
            continue;
        char expected[64];
        char actual[64];
        const char* expectedEnd = std::to_chars(expected, expected + sizeof expected, value).ptr;
        const char* actualEnd = write(actual, value);
        ++count;
        if (expectedEnd - expected != actualEnd - actual
            || std::memcmp(expected, actual, size_t(expectedEnd - expected)) != 0) {
            if (differences++ < 20)
                std::fprintf(stderr, "DIFF %08x: to_chars %.*s, RestoreFloatText %.*s\n", unsigned(bits),
                    int(expectedEnd - expected), expected, int(actualEnd - actual), actual);
        }
    }
    checked += count;
}

double nanosecondsEach(const std::vector<float>& values, std::vector<char>& out, bool ours)
{
    const auto start = std::chrono::steady_clock::now();
    char* p = out.data();
    for (const float v : values)
        p = ours ? write(p, v) : std::to_chars(p, p + 16, v).ptr;
    const auto end = std::chrono::steady_clock::now();
    return std::chrono::duration<double, std::nano>(end - start).count() / double(values.size());
}

} // namespace

int main(int argc, char** argv)
{
    uint64_t stride = 1;
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], "--stride") == 0)
            stride = std::max<uint64_t>(1, std::strtoull(argv[i + 1], nullptr, 10));
    const unsigned threads = std::max(1U, std::thread::hardware_concurrency());
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < threads; ++t)
        workers.emplace_back(checkRange, uint64_t(t) * stride, stride * threads);
    for (std::thread& w : workers)
        w.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

    std::mt19937 random(7);
    std::normal_distribution<float> normal(0.0F, 1.0F / std::sqrt(1536.0F));
    std::vector<float> values(1 << 22);
    for (float& v : values)
        v = normal(random);
    std::vector<char> out(values.size() * 16 + Colvault::RestoreFloatText::room);
    double toChars = 1e9;
    double ours = 1e9;
    for (int round = 0; round < 3; ++round) {
        toChars = std::min(toChars, nanosecondsEach(values, out, false));
        ours = std::min(ours, nanosecondsEach(values, out, true));
    }
    std::printf("{\"checked\":%llu,\"differences\":%llu,\"stride\":%llu,\"seconds\":%.1f,\"toCharsNs\":%.1f,"
                "\"restoreFloatTextNs\":%.1f}\n",
        static_cast<unsigned long long>(checked.load()), static_cast<unsigned long long>(differences.load()),
        static_cast<unsigned long long>(stride), seconds, toChars, ours);
    return differences.load() == 0 ? 0 : 1;
}
