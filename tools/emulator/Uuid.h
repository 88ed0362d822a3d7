// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <string>
#include <string_view>

// UUIDs as Weaviate reads and makes them (Go's uuid.Parse forms, random v4 ids). Private to the emulator. Any thread.
namespace Emu::Codec {

// Canonical lowercase uuid (36 chars) if `text` is a uuid Go's uuid.Parse accepts; empty otherwise.
std::string canonicalUuid(std::string_view text);
// canonicalUuid into out[36] without allocating; false when `t` is not a uuid.
bool canonicalUuidTo(std::string_view t, char* out);
// Go's uuid.Parse exactly (gRPC reads ids with it): true with the canonical lowercase uuid in `canonical`, or false
// with Go's error text ("invalid UUID length: 0", "invalid UUID format", "invalid urn prefix: ...").
bool parseGoUuid(std::string_view text, std::string& canonical, std::string& error);
// 0..15 for a hex digit (either case), -1 for any other character.
int hexValue(char c);
// A fresh random (v4) uuid.
std::string newUuid();

} // namespace Emu::Codec
