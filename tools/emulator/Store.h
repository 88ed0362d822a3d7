// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QJsonObject>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <vector>

namespace Emu {

// A named vector's value: a single vector (rows == 0) or a multi-vector of `rows` token vectors of equal length.
struct VectorValue
{
    std::vector<float> flat;
    int rows = 0;
};

// A flag that can be set by one reader while others test it (see StoredObject::vectorJsonCache), and that copies.
struct ReadyFlag
{
    std::atomic<bool> value {false};

    ReadyFlag() = default;
    ReadyFlag(const ReadyFlag& other)
        : value(other.value.load(std::memory_order_acquire))
    {
    }
    ReadyFlag& operator=(const ReadyFlag& other)
    {
        value.store(other.value.load(std::memory_order_acquire), std::memory_order_release);
        return *this;
    }
};

// One stored object. The JSON pieces are serialised once so that serving a cursor page is a concatenation (the
// emulator must never be the bottleneck of a benchmark).
struct StoredObject
{
    std::string id; // canonical lowercase 8-4-4-4-12
    int64_t creationTimeUnix = 0; // ms since epoch, server clock
    int64_t lastUpdateTimeUnix = 0;
    std::string propertiesJson; // normalised object, keys sorted: {"a":1,"b":"x"}; "{}" when none
    std::vector<float> vector; // legacy vector; empty = none
    std::map<std::string, VectorValue> vectors; // named vectors (single or multi)

    // ,"vector":[...],"vectors":{...} (empty when the object has none), read through Codec::vectorJson(). The REST
    // writers fill it at once from the text they were sent (Codec::buildVectorJson); the gRPC import, which gets the
    // floats as bytes, leaves it to the first REST read: formatting every float would cost more than the import.
    // Readers hold the Store's lock shared, so the first read builds it under a lock of its own (vectorJsonReady).
    mutable std::string vectorJsonCache;
    mutable ReadyFlag vectorJsonReady;
};

// Property definition as far as validation needs it (the full JSON lives in ClassDef::json).
struct PropertyDef
{
    std::string name; // normalised (top level: first letter lower-cased)
    std::vector<std::string> dataType; // ["text"], ["int[]"], ["Author"], ["Author","Publisher"]
    std::vector<PropertyDef> nested; // object / object[]
    bool disableDuplicatedReferences = false; // explicit true only (see notes 6.2)

    bool isReference() const
    {
        return !dataType.empty() && !dataType.front().empty() && dataType.front().front() >= 'A'
            && dataType.front().front() <= 'Z';
    }
};

struct ClassDef
{
    std::string name; // normalised class name
    QJsonObject json; // exactly what GET /v1/schema/{c} returns (server defaults applied)
    std::vector<PropertyDef> properties;
    bool multiTenant = false;
    bool autoTenantCreation = false;
    bool autoTenantActivation = false;
    bool legacyVectorIndex = true; // class-level vector index exists (no vectorConfig, or both)
    std::map<std::string, bool> namedVectors; // vector name -> is multi-vector

    const PropertyDef* property(std::string_view propName) const
    {
        for (const auto& p : properties)
            if (p.name == propName)
                return &p;
        return nullptr;
    }
};

// One shard: the whole class for a non-multi-tenant class (tenant ""), or one tenant.
struct Shard
{
    std::string tenant;
    std::string status = "HOT"; // HOT | COLD | FROZEN (legacy names are what the server stores)
    std::map<std::string, StoredObject> objects; // ordered by id: the cursor order
    // The length of each of the shard's vector indexes ("" = the class-level one, else the named vector; a
    // multi-vector's per token), taken from the first vector stored. Weaviate's hnsw index sets its dimensions once
    // and keeps them when every object is deleted; only dropping the class or the tenant starts afresh.
    std::map<std::string, size_t, std::less<>> vectorLengths;
};

struct ClassData
{
    ClassDef def;
    std::map<std::string, Shard> shards; // key = tenant name; "" for non-multi-tenant classes
};

// The whole in-memory database. Readers take `mutex` shared, writers exclusive. Keys of `classes` are the
// normalised class names; lookups that come from user input go through findClass(), which applies Weaviate's
// first-letter upper-casing.
class Store
{
public:
    mutable std::shared_mutex mutex;
    std::map<std::string, ClassData> classes;
    // Collection aliases (1.32+): canonical alias name (first letter upper-cased) -> class name. Deleting a class
    // leaves its aliases in place (dangling), as Weaviate does.
    std::map<std::string, std::string> aliases;

    static std::string normaliseClassName(std::string_view name)
    {
        std::string s(name);
        if (!s.empty() && s[0] >= 'a' && s[0] <= 'z')
            s[0] = static_cast<char>(s[0] - 'a' + 'A');
        return s;
    }
    ClassData* findClass(std::string_view name)
    {
        auto it = classes.find(normaliseClassName(name));
        return it == classes.end() ? nullptr : &it->second;
    }
    const ClassData* findClass(std::string_view name) const
    {
        auto it = classes.find(normaliseClassName(name));
        return it == classes.end() ? nullptr : &it->second;
    }
    // Weaviate's namespacing.Resolve: the class an alias points at (exact match after first-letter upper-casing),
    // else the normalised name itself. The class need not exist (a dangling alias).
    std::string resolveClassName(std::string_view name) const
    {
        std::string normalised = normaliseClassName(name);
        auto it = aliases.find(normalised);
        return it == aliases.end() ? normalised : it->second;
    }
    // resolveClassName() for a caller that does not hold `mutex`.
    std::string resolveClassNameLocking(std::string_view name) const
    {
        std::shared_lock lock(mutex);
        return resolveClassName(name);
    }
    // findClass() after alias resolution: for the paths on which Weaviate accepts an alias in place of a class.
    ClassData* findClassOrAlias(std::string_view name)
    {
        auto it = classes.find(resolveClassName(name));
        return it == classes.end() ? nullptr : &it->second;
    }
    const ClassData* findClassOrAlias(std::string_view name) const
    {
        auto it = classes.find(resolveClassName(name));
        return it == classes.end() ? nullptr : &it->second;
    }
};

} // namespace Emu
