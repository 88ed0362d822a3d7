// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <cstdint>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

// The emulator's JSON tree of request values (object properties, GraphQL bodies, batch-delete filters): read from
// simdjson On-Demand, written back with sorted keys. Private to the emulator. Pure functions, any thread (the
// readers keep per-thread scratch buffers).
namespace Emu::Codec {

// A small JSON tree that keeps the raw text of numbers: Weaviate decodes bodies with json.Number, so `5.0` and
// `5` differ for an int property and the error quotes the text as sent.
struct JNode
{
    enum class Kind : uint8_t
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object
    };
    // What Go holds for a Number: the json.Number of a REST body (its text), or, from a gRPC request, a float64 (a
    // google.protobuf.Struct number, a number[] value: `number`) or an int64 (an int[] value: its decimal `text`).
    // Validation and error texts differ by type (intVal accepts 5.0 as a float64 but not as json.Number).
    enum class Go : uint8_t
    {
        JsonNumber,
        Float64,
        Int64
    };
    Kind kind = Kind::Null;
    Go go = Go::JsonNumber;
    bool boolean = false;
    double number = 0; // Go::Float64
    std::string text; // string value, or the number's raw JSON text (json.Number), or an int64 in decimal
    std::vector<JNode> items;
    std::vector<std::pair<std::string, JNode>> members;

    const JNode* member(std::string_view name) const;
};

// On-Demand value -> JNode. Returns an error code for malformed JSON.
simdjson::error_code toNode(simdjson::ondemand::value value, JNode& out);
// JNode -> JSON; object keys sorted (Go map order), as the server answers.
void writeNode(const JNode& node, std::string& out);
// JSON text (not padded) -> JNode; false when malformed.
bool parseNode(std::string_view json, JNode& out);

// An Object node's members in Go map order (sorted by key), the last of duplicate keys kept, as Go's decoder does.
std::vector<const std::pair<std::string, JNode>*> sortedMembers(const JNode& n);

// The text without trailing JSON whitespace.
std::string_view trimRight(std::string_view s);

// True for a well-formed null; value.is_null() alone throws for a malformed atom ("nul").
bool isNullAtom(simdjson::ondemand::value& value);

} // namespace Emu::Codec
