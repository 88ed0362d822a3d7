// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

// Deterministic demo data for Weaviate: the same options give byte-identical requests, so tests and benchmarks
// can compare runs. It only produces REST requests; the colvault-seed tool sends them over HTTP to any Weaviate
// (the emulator or a real server) and the emulator's --seed-demo feeds them to its engine directly.
namespace Seed {

struct SeedOptions
{
    uint64_t seed = 42;
    int objects = 200; // objects per collection (per tenant for the multi-tenant collection)
    int dims = 32; // vector dimensions (named and multi vectors derive theirs from it)
    int batchSize = 200; // objects per POST /v1/batch/objects
    std::string prefix; // prepended to every class name, e.g. "T1" -> "T1Article" (test isolation)
    std::vector<std::string> collections; // subset of the demo collections by base name; empty = all
    bool frozenTenant = true; // put one tenant to FROZEN/OFFLOADED (needs an offload module on a real server)
};

struct SeedRequest
{
    std::string method; // "POST", "PUT"
    std::string path; // "/v1/schema", "/v1/batch/objects", "/v1/schema/X/tenants", ...
    std::string body; // JSON
};

// What the seed produces, for summaries and for tests to compare against.
struct SeedCollectionInfo
{
    std::string name; // full class name (with prefix)
    bool multiTenant = false;
    std::vector<std::pair<std::string, std::string>> tenants; // name, final status (HOT/COLD/FROZEN)
    int64_t objects = 0; // total objects written (all tenants)
    int64_t references = 0; // references added by POST /v1/batch/references from this class
    std::string vectorKind; // "legacy", "named", "multi"
};

// Out-of-range numbers are clamped (objects >= 0, dims >= 1, batchSize >= 1); names in `collections` that are not
// demo collections are ignored (colvault-seed rejects them before calling). A selected class may have reference
// properties to an unselected one: the schema keeps the property, but no reference to it is written.

// The base names of all demo collections, in creation order.
std::vector<std::string> demoCollectionNames();

// What generate() will write, without generating it.
std::vector<SeedCollectionInfo> describe(const SeedOptions& options);

// Calls sink for each request in order (schema, tenants, objects without references, references, tenant
// statuses). Stops and returns false as soon as sink returns false.
bool generate(const SeedOptions& options, const std::function<bool(const SeedRequest&)>& sink);

} // namespace Seed
