// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/BatchImport.h"

#include "tools/emulator/MiscApi.h"
#include "tools/emulator/ObjectCommon.h"
#include "tools/emulator/PropertyValidation.h"
#include "tools/emulator/StandInVectorizer.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <map>
#include <mutex>
#include <set>
#include <shared_mutex>
#include <thread>

namespace Emu::BatchImport {

namespace {

using namespace ObjectCommon;

// Phase 1: the tenants' auto-activation and auto-creation (which lock for themselves), then under a shared lock
// schema lookups, tenants, properties and inline reference targets. Fills `defs` with the classes of the items that
// passed.
void checkItems(Store& store, std::vector<Item>& items, std::map<std::string, ClassDef>& defs)
{
    {
        // An alias as an item's class stands for its class (gRPC has resolved it already); answers name the class.
        std::shared_lock lock(store.mutex);
        for (auto& item : items)
            if (!item.in.cls.empty())
                item.in.cls = store.resolveClassName(item.in.cls);
    }
    std::set<std::pair<std::string, std::string>> seen;
    for (const auto& item : items)
        if (item.error.empty() && !item.in.tenant.empty() && seen.emplace(item.in.cls, item.in.tenant).second)
            prepareTenant(store, item.in.cls, item.in.tenant, true);
    std::shared_lock lock(store.mutex);
    for (auto& item : items) {
        if (!item.error.empty())
            continue;
        if (item.in.cls.empty()) {
            item.error = "object has an empty class";
            continue;
        }
        const ClassData* cls = store.findClass(item.in.cls);
        item.cls = cls ? cls->def.name : Store::normaliseClassName(item.in.cls);
        if (!cls) {
            item.error = "class '" + item.cls + "' not present in schema";
            continue;
        }
        if (checkTenant(*cls, item.in.tenant, item.error) != TenantError::None)
            continue;
        std::vector<Codec::RefTarget> refs;
        if (!Codec::normaliseProperties(cls->def, item.in.properties, item.obj.propertiesJson, refs, item.error))
            continue;
        for (const auto& r : refs)
            if (!refTargetExists(store, r, item.in.tenant)) {
                item.error
                    = "invalid cref: 'cref' " + item.cls + ":" + r.prop + ": no object with id " + r.id + " found";
                break;
            }
        if (!defs.count(item.cls))
            defs.emplace(item.cls, cls->def);
    }
}

// Phase 2, no lock: the vectors (and with VectorJson::FromInput their JSON, the expensive part of a REST import), and
// those an enabled text2vec module computes (StandInVectorizer) where the object came without them.
void prepareItems(std::vector<Item>& items, const std::map<std::string, ClassDef>& defs, size_t work, VectorJson mode)
{
    const int64_t now = Codec::nowMs();
    std::map<std::string, StandInVectorizer::Plan> vectorizers;
    for (const auto& [name, def] : defs)
        vectorizers.emplace(name, StandInVectorizer::planFor(def));
    parallelFor(items.size(), work, [&items, &defs, &vectorizers, now, mode](size_t i) {
        Item& item = items[i];
        const ClassDef* def = item.error.empty() ? &defs.at(item.cls) : nullptr;
        if (def && Codec::applyVectors(*def, item.in, item.obj, item.error)) {
            StandInVectorizer::vectorize(*def, vectorizers.at(item.cls), item.obj);
            if (mode == VectorJson::FromInput)
                Codec::buildVectorJson(item.obj, &item.in);
            item.obj.creationTimeUnix = item.obj.lastUpdateTimeUnix = now;
        }
        return true;
    });
}

// Phase 3, exclusive lock, inserts only: upsert in input order, so the last duplicate wins. The vector indexes'
// length check is here because the first vector stored in an index sets its length (an earlier item of this
// batch may be that first vector). Returns the items that failed here.
std::vector<size_t> storeItems(Store& store, const EngineConfig& config, std::vector<Item>& items)
{
    std::vector<size_t> lateFailures;
    const bool lengthCause = versionAtLeast(config.version, 1, 33);
    std::unique_lock lock(store.mutex);
    ClassData* cls = nullptr;
    for (size_t i = 0; i < items.size(); ++i) {
        Item& item = items[i];
        if (!item.error.empty())
            continue;
        if (!cls || cls->def.name != item.cls)
            cls = store.findClass(item.cls);
        if (!cls) {
            item.error = "class '" + item.cls + "' not present in schema";
            lateFailures.push_back(i);
            continue;
        }
        const std::string key = cls->def.multiTenant ? item.in.tenant : std::string();
        auto s = cls->shards.find(key);
        if (s == cls->shards.end()) {
            if (cls->def.multiTenant) {
                item.error = "tenant not found: \"" + item.in.tenant + "\"";
                lateFailures.push_back(i);
                continue;
            }
            s = cls->shards.emplace(key, Shard {}).first;
        }
        if (const auto mismatch = Codec::checkVectorLengths(s->second, item.obj)) {
            item.error = mismatch->putMessage(item.obj.id, lengthCause);
            lateFailures.push_back(i);
            continue;
        }
        Codec::recordVectorLengths(s->second, item.obj);
        std::string id = item.obj.id;
        s->second.objects.insert_or_assign(std::move(id), std::move(item.obj));
    }
    return lateFailures;
}

} // namespace

std::vector<size_t> importItems(Store& store, const EngineConfig& config, std::vector<Item>& items, size_t work,
    VectorJson vectorJson, const std::function<void(const std::vector<Item>&)>& beforeStore)
{
    std::map<std::string, ClassDef> defs;
    checkItems(store, items, defs);
    prepareItems(items, defs, work, vectorJson);
    if (beforeStore)
        beforeStore(items);
    return storeItems(store, config, items);
}

bool parallelFor(size_t n, size_t work, const std::function<bool(size_t)>& fn)
{
    constexpr size_t minWorkPerThread = size_t {1} << 20; // a thread start costs tens of microseconds
    const size_t threads = std::min({size_t {std::max(1U, std::thread::hardware_concurrency())}, size_t {8}, n,
        std::max(size_t {1}, work / minWorkPerThread)});
    std::atomic<size_t> next {0};
    std::atomic<bool> ok {true};
    std::exception_ptr error;
    std::mutex errorMutex;
    auto run = [&] {
        try {
            for (size_t i = next++; i < n && ok; i = next++)
                if (!fn(i))
                    ok = false;
        } catch (...) {
            ok = false;
            std::lock_guard lock(errorMutex);
            if (!error)
                error = std::current_exception();
        }
    };
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t)
        pool.emplace_back(run);
    run();
    for (auto& t : pool)
        t.join();
    if (error)
        std::rethrow_exception(error);
    return ok;
}

} // namespace Emu::BatchImport
