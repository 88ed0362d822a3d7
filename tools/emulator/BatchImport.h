// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/EngineConfig.h"
#include "tools/emulator/ObjectCodec.h"
#include "tools/emulator/Store.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

// The per-object import that both batch endpoints feed (Weaviate's BatchManager.addObjects, notes 6.1 and 17.2):
// REST POST /v1/batch/objects (BatchApi.cpp) reads JSON into Items, gRPC BatchObjects (GrpcBatch.cpp) reads
// protobuf into Items, and both run them through importItems(): tenants, class, properties, inline reference
// targets, vectors, the vector indexes' lengths and the upsert, with the same error texts. Private to the emulator.
// Any thread; importItems takes the Store's lock itself.
namespace Emu::BatchImport {

// One object of a batch. The reader fills `in` (class, tenant, properties, vectors) and `obj.id` (canonical); an
// item whose `error` is set on entry is skipped.
struct Item
{
    Codec::ObjectInput in;
    std::string cls; // the class's name as stored, once known
    std::string answerCls; // REST: the name the answer gives instead of `cls` (an alias, on 1.32.0-1.32.1), or ""
    std::string error; // empty = ok so far
    StoredObject obj;
};

// How importItems treats the vectors' REST JSON (StoredObject::vectorJsonCache).
enum class VectorJson
{
    FromInput, // build it now, reusing the array texts of the JSON body (ObjectInput::vectorText)
    Lazy // leave it to the first REST read: the vectors came as bytes
};

// Validates and stores `items` in order (the last of duplicate ids wins); sets `error` on each item that fails.
// `work` (bytes) decides how many threads share the vector work. `beforeStore`, when given, sees every item after
// validation and before the store takes the objects (REST writes its answer there, as if every valid item were
// stored). Returns the indexes of the items that failed only when stored (a vector of another length than its
// index, or the class or tenant went away meanwhile), in order.
std::vector<size_t> importItems(Store& store, const EngineConfig& config, std::vector<Item>& items, size_t work,
    VectorJson vectorJson, const std::function<void(const std::vector<Item>&)>& beforeStore = {});

// fn(i) for every i < n, spread over up to 8 threads (this one included) when `work` (bytes) is worth a thread.
// False when fn returned false for some i; the first exception is rethrown here, after every thread is done.
bool parallelFor(size_t n, size_t work, const std::function<bool(size_t)>& fn);

} // namespace Emu::BatchImport
