// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

namespace Colvault::RestoreFloatText {

// The longest text write() produces ("-1.17549435e-38").
constexpr int maxLength = 15;
// The room write() needs after `out`: it stores whole words, beyond the end of the text.
constexpr int room = 32;

// Writes `value` (finite) at `out` exactly as std::to_chars(out, out + maxLength, value) does: the shortest decimal
// that reads back as the same float32, the closest to it among those of its length, in fixed or scientific notation,
// whichever is shorter (fixed on a tie). Returns the end of the text; `room` bytes after `out` may be written. Values
// of magnitude 2^-27 to 2^13 (nearly every component of an embedding) take a path of their own in exact integer
// arithmetic, with few branches that depend on the value: 20 ns a float against 27 ns for libstdc++ 12's to_chars on
// this project's machine. Zero, subnormals, other magnitudes and compilers without a 128-bit integer go through
// std::to_chars itself. tests/core/TestRestoreFloatText compares the two on sampled floats,
// bench/restore/FloatTextCheck.cpp on all 2^32. Stateless, any thread.
char* write(char* out, float value);

} // namespace Colvault::RestoreFloatText
