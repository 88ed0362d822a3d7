// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/JsonTree.h"
#include "tools/emulator/Store.h"

#include <string>
#include <string_view>
#include <vector>

// Property validation and normalisation (notes section 7): every data type's checks and stored form, nested
// objects, and references with their beacons. Private to the emulator's object code (ObjectApi, BatchApi,
// GraphqlApi, GrpcApi). Pure functions, any thread; the caller holds the Store lock for the ClassDef it passes.
namespace Emu::Codec {

// A reference target to check for existence before the write (inline refs, notes 6.1).
struct RefTarget
{
    std::string cls; // "" for a class-less beacon on a multi-target property
    std::string id;
    std::string prop; // property name as in the error message
};

// Validates and normalises `props` (an Object node, or Null) against the class. On success fills `json` with the
// sorted, normalised properties object (refs with href) and `refs` with the targets to check; on failure returns
// false with Weaviate's message in `error`. When addedProps is given, unknown top-level properties are added
// (`cls` must then be writable; pass nullptr for addedProps to forbid).
bool normaliseProperties(const ClassDef& cls, const JNode& props, std::string& json, std::vector<RefTarget>& refs,
    std::string& error, std::vector<PropertyDef>* addedProps = nullptr);

// Parses a beacon "weaviate://localhost/[<Class>/]<uuid>"; false (with Weaviate's message) when invalid.
bool parseBeacon(std::string_view beacon, std::string& cls, std::string& id, std::string& error);

} // namespace Emu::Codec
