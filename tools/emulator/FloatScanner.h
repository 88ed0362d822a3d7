// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <string>
#include <string_view>
#include <vector>

// The fast reader of vector arrays: reads the raw JSON text of a vector with the same float values as the exact
// On-Demand path, and proves with integer arithmetic which numbers are already written the way the server writes
// them, so that their text can be stored instead of formatting every float again. bench/emulator/FloatTextCheck.cpp
// checks it against the formatter. Private to the emulator. Pure functions, any thread.
namespace Emu::Codec {

// A vector array's JSON text in the server's format, taken from the request body: a view of the body when every
// number in it is already written that way (valid while the body is), or a copy with the few others re-formatted.
struct VectorText
{
    std::string_view raw;
    std::string patched;

    std::string_view text() const { return patched.empty() ? raw : std::string_view(patched); }
    bool empty() const { return raw.empty() && patched.empty(); }
};

// One JSON number of a vector, read as readObject's Exact path reads it (double, then float). False when `token` is
// not a JSON number or is out of double's range. `canonical` is set when `token` is byte for byte what
// appendFloat32(value) writes, so the text can be stored instead of formatting the float again.
bool readVectorNumber(std::string_view token, float& value, bool& canonical);

// The raw JSON text of a vector array ("[1,2]", or with `tokens` "[[1,2],[3,4]]") read as the Exact path reads it,
// as ReadMode::Fast does. `raw` must be followed by 16 readable bytes (simdjson's padding guarantees it). False: the
// text needs the Exact path. `text` gets the array in buildVectorJson's format unless `raw` has whitespace.
bool scanVectorText(std::string_view raw, std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens,
    VectorText& text);

} // namespace Emu::Codec
