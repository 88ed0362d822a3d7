// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/FloatScanner.h"
#include "tools/emulator/JsonTree.h"
#include "tools/emulator/Store.h"

#include <cstdint>
#include <map>
#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>
#include <vector>

// Objects as the REST API reads and writes them: an incoming object's fields and vectors, vector validation (notes
// 6.1) and the vector indexes' length checks, and the JSON of stored objects. Property values are checked by
// PropertyValidation.h. Private to the emulator's object code (ObjectApi, BatchApi, GraphqlApi). Not thread-affine:
// every function is pure except where it reads the Store passed in (the caller holds the lock).
namespace Emu::Codec {

// The fields of an incoming object (POST/PUT/PATCH body or a batch item) as far as the emulator uses them.
struct ObjectInput
{
    bool hasClass = false;
    std::string cls;
    bool hasId = false;
    std::string id;
    std::string tenant;
    bool hasProperties = false; // key present (may be null)
    JNode properties;
    bool hasVector = false;
    std::vector<float> vector;
    bool hasVectors = false;
    std::map<std::string, VectorValue> vectors;
    std::map<std::string, bool> vectorIsMultiShaped; // shape as sent, for the multi-vector shape errors
    std::string vectorError; // a malformed vector value (reported per item)
    // The JSON array text of `vector` / of `vectors[name]` exactly as buildVectorJson would write it (ReadMode::Fast
    // only; empty otherwise). Formatting floats is the most expensive part of an import, so the text sent is reused
    // where it is provably the text the server would write.
    VectorText vectorText;
    std::map<std::string, VectorText> vectorsText;
    // ReadMode::Fast leaves the vector arrays to finishVectors() (so that a batch can read them in parallel): their
    // raw texts in body order, views into the request body.
    std::vector<std::string_view> pendingVector;
    std::vector<std::pair<std::string, std::string_view>> pendingVectors;
};

// Exact: every value through On-Demand, the reference behaviour. Fast: vector arrays are kept as raw text for
// finishVectors() and skipped values are checked with the Go scanner, because the caller skipped the whole-body Go
// pre-scan; any error (here or in finishVectors) means "take the Exact path from the start": Fast never picks the
// error the client sees.
enum class ReadMode
{
    Exact,
    Fast
};

// Reads one object from an On-Demand object. Returns a simdjson error for malformed JSON only (see ReadMode).
simdjson::error_code readObject(simdjson::ondemand::object obj, ObjectInput& out, ReadMode mode = ReadMode::Exact);

// Reads the vector arrays ReadMode::Fast left pending, with the Exact path's results. Thread-safe per object. False:
// take the Exact path.
bool finishVectors(ObjectInput& in);

// For ReadMode::Fast callers: consumes a value they do not use and fails when Go's decoder would reject its text
// (On-Demand skips such values without validating them).
simdjson::error_code checkSkippedValue(simdjson::ondemand::value value);

// Vector validation per notes 6.1; moves the vectors of `in` into `obj` (legacy and named), and their texts within
// `in` so that in.vectorText / in.vectorsText[name] describe obj.vector / obj.vectors[name] afterwards.
bool applyVectors(const ClassDef& cls, ObjectInput& in, StoredObject& obj, std::string& error);

// The vector indexes' validate-before-insert (notes 6.x): a vector whose length differs from the vectors already in
// its index of the shard. Checked in the server's order: named vectors, then multi-vectors, then the class-level
// vector. O(1) per vector index: the lengths are kept in Shard::vectorLengths.
struct VectorLengthMismatch
{
    std::string name; // "" = the class-level index
    bool multi = false;
    size_t length = 0; // of the new vector (a multi-vector's token at `position`)
    size_t position = 0;
    size_t existing = 0;

    // `withCause`: 1.33+ appends ": vector dimensions do not match the index dimensions" to single vectors.
    std::string reason(bool withCause) const;
    // As a write (batch item, POST, PUT) reports it for object `id`: "Validate vector index ... for <id>: <reason>".
    std::string putMessage(std::string_view id, bool withCause) const;
    // As PATCH reports it: "validate [multi ]vector index for update of <id>[ for target vector N]: <reason>".
    std::string mergeMessage(std::string_view id, bool withCause) const;
};
std::optional<VectorLengthMismatch> checkVectorLengths(const Shard& shard, const StoredObject& obj);
// After a successful check: the first vector of an index sets its length.
void recordVectorLengths(Shard& shard, const StoredObject& obj);

// Rebuilds StoredObject::vectorJsonCache from the object's vectors; `texts` (after applyVectors) supplies array texts
// that are already in the server's format. The object must be the caller's alone (or the Store locked exclusively).
void buildVectorJson(StoredObject& obj, const ObjectInput* texts = nullptr);
// The object's ,"vector":[...],"vectors":{...}; built here on the first read when the writer left it (gRPC). Safe
// under the Store's shared lock.
const std::string& vectorJson(const StoredObject& obj);

// Appends the object's REST JSON. `tenant` is written only when non-null and non-empty.
void appendObject(
    std::string& out, std::string_view cls, const StoredObject& obj, const std::string* tenant, bool withVector);

// Milliseconds since the epoch, server clock.
int64_t nowMs();

} // namespace Emu::Codec
