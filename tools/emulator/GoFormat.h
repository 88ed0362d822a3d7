// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/JsonTree.h"

#include <string>

// Go-style formatting, as Weaviate's messages and bodies show values: encoding/json's shortest float texts and
// fmt's %T, %v and %#v of a JSON value decoded with UseNumber. Private to the emulator. Pure functions, any thread.
namespace Emu::Codec {

// Go's encoding/json rendering of a float64 / float32.
void appendGoFloat(std::string& out, double v);
void appendFloat32(std::string& out, float v);

// Go's %T of a value decoded with UseNumber.
std::string goType(const JNode& n);
// Go's %v of a value decoded with UseNumber (maps print sorted).
void goV(const JNode& n, std::string& out);
std::string goV(const JNode& n);
// Go's %s of a value decoded with UseNumber: strings and json.Number as they are, anything else as a bad verb
// ("%!s(float64=1.5)", "%!s(bool=true)", "%!s(<nil>)"), containers element by element.
std::string goS(const JNode& n);
// Go's %#v, close enough for the reference error texts.
std::string goSharpV(const JNode& n);

} // namespace Emu::Codec
