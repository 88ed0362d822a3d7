// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Uuid.h"

#include <random>

namespace Emu::Codec {

// canonicalUuid into out[36] without allocating; false when `t` is not a uuid.
bool canonicalUuidTo(std::string_view t, char* out)
{
    if (t.size() == 38 && t.front() == '{' && t.back() == '}')
        t = t.substr(1, 36);
    else if (t.size() == 45 && (t.substr(0, 9) == "urn:uuid:" || t.substr(0, 9) == "URN:UUID:"))
        t = t.substr(9);
    const bool dashed = t.size() == 36;
    if (dashed) {
        if (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
            return false;
    } else if (t.size() != 32) {
        return false;
    }
    size_t o = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        if (dashed && (i == 8 || i == 13 || i == 18 || i == 23))
            continue;
        char c = t[i];
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
        if (o == 8 || o == 13 || o == 18 || o == 23)
            out[o++] = '-';
        out[o++] = c;
    }
    return true;
}

std::string canonicalUuid(std::string_view t)
{
    char buf[36];
    return canonicalUuidTo(t, buf) ? std::string(buf, sizeof buf) : std::string();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

namespace {

std::string goQuote(std::string_view s)
{
    std::string out = "\"";
    for (const char c : s) {
        if (c == '"' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '"';
}

} // namespace

bool parseGoUuid(std::string_view t, std::string& canonical, std::string& error)
{
    switch (t.size()) {
    case 36:
        break;
    case 36 + 9: {
        std::string prefix(t.substr(0, 9));
        for (char& c : prefix)
            c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        if (prefix != "urn:uuid:") {
            error = "invalid urn prefix: " + goQuote(t.substr(0, 9));
            return false;
        }
        t = t.substr(9);
        break;
    }
    case 36 + 2:
        t = t.substr(1, 36); // Go does not look at the braces
        break;
    case 32:
        break;
    default:
        error = "invalid UUID length: " + std::to_string(t.size());
        return false;
    }
    const bool dashed = t.size() != 32;
    if (dashed && (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')) {
        error = "invalid UUID format";
        return false;
    }
    static constexpr char hex[] = "0123456789abcdef";
    canonical.clear();
    for (size_t i = 0; i < t.size(); ++i) {
        if (dashed && (i == 8 || i == 13 || i == 18 || i == 23))
            continue;
        const int v = hexValue(t[i]);
        if (v < 0) {
            error = "invalid UUID format";
            return false;
        }
        if (canonical.size() == 8 || canonical.size() == 13 || canonical.size() == 18 || canonical.size() == 23)
            canonical += '-';
        canonical += hex[v];
    }
    return true;
}

std::string newUuid()
{
    thread_local std::mt19937_64 rng {std::random_device {}()};
    static constexpr char hex[] = "0123456789abcdef";
    const uint64_t a = rng(), b = rng();
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(a >> (i * 8));
        bytes[8 + i] = static_cast<unsigned char>(b >> (i * 8));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0xF];
    }
    return out;
}

} // namespace Emu::Codec
