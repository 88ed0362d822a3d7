// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/ObjectApi.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/ObjectCodec.h"
#include "tools/emulator/ObjectCommon.h"
#include "tools/emulator/PropertyValidation.h"
#include "tools/emulator/StandInVectorizer.h"
#include "tools/emulator/Uuid.h"

#include <charconv>
#include <cstring>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace Emu {

namespace ObjectCommon {

TenantError checkTenant(const ClassData& cls, const std::string& tenant, std::string& message)
{
    if (!cls.def.multiTenant) {
        if (tenant.empty())
            return TenantError::None;
        message = "class " + cls.def.name + " has multi-tenancy disabled, but request was with tenant";
        return TenantError::Unexpected;
    }
    if (tenant.empty()) {
        message = "class " + cls.def.name + " has multi-tenancy enabled, but request was without tenant";
        return TenantError::Missing;
    }
    const auto it = cls.shards.find(tenant);
    if (it == cls.shards.end()) {
        message = "tenant not found: \"" + tenant + "\"";
        return TenantError::NotFound;
    }
    if (it->second.status != "HOT") {
        message = "tenant not active: '" + tenant + "'";
        return TenantError::NotActive;
    }
    return TenantError::None;
}

void prepareTenant(Store& store, std::string_view clsName, const std::string& tenant, bool write)
{
    if (tenant.empty())
        return;
    {
        std::shared_lock lock(store.mutex);
        const ClassData* cls = store.findClass(clsName);
        if (!cls || !cls->def.multiTenant)
            return;
        const auto it = cls->shards.find(tenant);
        const bool activate = it != cls->shards.end() && it->second.status == "COLD" && cls->def.autoTenantActivation;
        const bool create = it == cls->shards.end() && write && cls->def.autoTenantCreation;
        if (!activate && !create)
            return;
    }
    std::unique_lock lock(store.mutex);
    ClassData* cls = store.findClass(clsName);
    if (!cls)
        return;
    auto it = cls->shards.find(tenant);
    if (it == cls->shards.end()) {
        if (write && cls->def.autoTenantCreation) {
            Shard& s = cls->shards[tenant];
            s.tenant = tenant;
            s.status = "HOT";
        }
    } else if (it->second.status == "COLD" && cls->def.autoTenantActivation) {
        it->second.status = "HOT";
    }
}

bool refTargetExists(const Store& store, const Codec::RefTarget& target, const std::string& tenant)
{
    auto inClass = [&](const ClassData& c) {
        if (c.def.multiTenant) {
            const auto s = c.shards.find(tenant);
            return s != c.shards.end() && s->second.objects.count(target.id) > 0;
        }
        const auto s = c.shards.find(std::string());
        return s != c.shards.end() && s->second.objects.count(target.id) > 0;
    };
    if (!target.cls.empty()) {
        const ClassData* c = store.findClass(target.cls);
        return c && inClass(*c);
    }
    for (const auto& [name, c] : store.classes)
        if (inClass(c))
            return true;
    return false;
}

std::string answerClass(const EngineConfig& config, std::string_view asked, const std::string& cls)
{
    std::string named = Store::normaliseClassName(asked);
    return !named.empty() && named != cls && !versionAtLeast(config.version, 1, 32, 2) ? named : cls;
}

bool parseInclude(const std::string* include, bool& vector, std::string& error)
{
    vector = false;
    if (!include || include->empty())
        return true;
    size_t pos = 0;
    while (pos <= include->size()) {
        const size_t comma = include->find(',', pos);
        const std::string item = include->substr(pos, comma == std::string::npos ? std::string::npos : comma - pos);
        if (item == "vector") {
            vector = true;
        } else if (item != "classification" && item != "interpretation" && item != "featureProjection") {
            error = "unrecognized property '" + item + "' in ?include list";
            return false;
        }
        if (comma == std::string::npos)
            break;
        pos = comma + 1;
    }
    return true;
}

Body::Body(const HttpRequest& req)
    : m_req(req)
{
    if (req.body.capacity() < req.body.size() + simdjson::SIMDJSON_PADDING)
        m_copy.emplace(req.body);
}

simdjson::error_code Body::iterate(simdjson::ondemand::parser& parser, simdjson::ondemand::document& doc)
{
    if (m_copy)
        return parser.iterate(*m_copy).get(doc);
    return parser.iterate(m_req.body.data(), m_req.body.size(), m_req.body.capacity()).get(doc);
}

HttpResponse badJson(simdjson::error_code error)
{
    return HttpResponse::json(400,
        "{\"code\":400,\"message\":"
            + jsonQuote(std::string("parsing body body from \"\" failed, because ") + simdjson::error_message(error))
            + "}");
}

} // namespace ObjectCommon

namespace ObjectApi {

namespace {

using namespace ObjectCommon;

std::string lower(std::string s)
{
    for (char& c : s)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return s;
}

// go-swagger int64 binding: optional sign and digits only.
bool parseInt64(const std::string& text, int64_t& out)
{
    const char* b = text.data();
    const char* e = b + text.size();
    if (b != e && *b == '+')
        ++b;
    const auto r = std::from_chars(b, e, out);
    return !text.empty() && r.ec == std::errc() && r.ptr == e;
}

// Go's uuid.Parse error for the cursor message.
std::string uuidError(const std::string& s)
{
    if (s.size() != 36 && s.size() != 32 && s.size() != 38 && s.size() != 45)
        return "invalid UUID length: " + std::to_string(s.size());
    return "invalid UUID format";
}

HttpResponse listAllClasses(const RequestContext& ctx, int64_t offset, int64_t limit, bool withVector)
{
    std::shared_lock lock(ctx.store.mutex);
    std::string out = "{\"deprecations\":null,\"objects\":[";
    int64_t skipped = 0, count = 0;
    for (const auto& [name, cls] : ctx.store.classes) {
        if (cls.def.multiTenant)
            continue;
        const auto s = cls.shards.find(std::string());
        if (s == cls.shards.end())
            continue;
        for (const auto& [id, obj] : s->second.objects) {
            if (count >= limit)
                break;
            if (skipped < offset) {
                ++skipped;
                continue;
            }
            if (count)
                out += ',';
            Codec::appendObject(out, name, obj, nullptr, withVector);
            ++count;
        }
    }
    out += ']';
    if (count)
        out += ",\"totalResults\":" + std::to_string(count);
    out += '}';
    return HttpResponse::json(200, std::move(out));
}

// Looks the object up for the single-object calls; empty cls searches every class (deprecated class-less paths).
struct Found
{
    ClassData* cls = nullptr;
    Shard* shard = nullptr;
    StoredObject* obj = nullptr;
};

Found findObject(Store& store, std::string_view clsName, const std::string& tenant, const std::string& id)
{
    Found f;
    auto look = [&](ClassData& c) {
        auto s = c.shards.find(c.def.multiTenant ? tenant : std::string());
        if (s == c.shards.end())
            return false;
        auto o = s->second.objects.find(id);
        if (o == s->second.objects.end())
            return false;
        f = {&c, &s->second, &o->second};
        return true;
    };
    if (!clsName.empty()) {
        if (ClassData* c = store.findClass(clsName))
            look(*c);
        return f;
    }
    for (auto& [name, c] : store.classes)
        if (look(c))
            break;
    return f;
}

struct ParsedBody
{
    Codec::ObjectInput in;
    std::optional<HttpResponse> error;
};

ParsedBody parseObjectBody(const RequestContext& ctx)
{
    ParsedBody p;
    if (ctx.req.body.find_first_not_of(" \t\r\n") == std::string::npos) {
        p.error = swaggerError(602, "body in body is required");
        return p;
    }
    thread_local simdjson::ondemand::parser parser;
    Body body(ctx.req);
    simdjson::ondemand::document doc;
    simdjson::ondemand::object obj;
    simdjson::error_code e = body.iterate(parser, doc);
    if (!e)
        e = doc.get_object().get(obj);
    if (!e)
        e = Codec::readObject(obj, p.in);
    if (e)
        p.error = badJson(e);
    return p;
}

// Validates properties, vectors and inline refs of `in` for class `cls` (shared lock held).
bool validateInto(
    const Store& store, const ClassData& cls, Codec::ObjectInput& in, StoredObject& obj, std::string& error)
{
    std::vector<Codec::RefTarget> refs;
    if (!Codec::normaliseProperties(cls.def, in.properties, obj.propertiesJson, refs, error))
        return false;
    for (const auto& r : refs) {
        if (!refTargetExists(store, r, in.tenant)) {
            error = "invalid cref: 'cref' " + cls.def.name + ":" + r.prop + ": no object with id " + r.id + " found";
            return false;
        }
    }
    if (!Codec::applyVectors(cls.def, in, obj, error))
        return false;
    StandInVectorizer::vectorize(cls.def, StandInVectorizer::planFor(cls.def), obj);
    Codec::buildVectorJson(obj);
    return true;
}

bool lengthCause(const RequestContext& ctx)
{
    return versionAtLeast(ctx.config.version, 1, 33);
}

// POST and PUT: the shard's error as the object manager wraps it (usecases/objects, db.PutObject, Index.putObject).
std::string putObjectError(const std::string& cls, const std::string& tenant, const std::string& shardError)
{
    return "put object: import into index " + lower(cls) + ": put local object: shard=\""
        + physicalShardName(cls, tenant) + "\": store object in LSM store: " + shardError;
}

HttpResponse tenantResponse(TenantError te, const std::string& message)
{
    (void)te;
    return weaviateError(422, message);
}

} // namespace

HttpResponse list(const RequestContext& ctx)
{
    const HttpRequest& req = ctx.req;
    int64_t limit = ctx.config.defaultLimit, offset = 0;
    const std::string* limitText = req.queryValue("limit");
    if (limitText && !parseInt64(*limitText, limit))
        return swaggerError(601, "limit in query must be of type int64: " + jsonQuote(*limitText));
    if (const std::string* o = req.queryValue("offset"); o && !parseInt64(*o, offset))
        return swaggerError(601, "offset in query must be of type int64: " + jsonQuote(*o));
    bool withVector = false;
    std::string includeError;
    if (!parseInclude(req.queryValue("include"), withVector, includeError))
        return weaviateError(400, includeError);
    const std::string* clsParam = req.queryValue("class");
    const std::string* after = req.queryValue("after");
    if (!clsParam || clsParam->empty()) {
        if (after)
            return weaviateError(500,
                "list objects: after parameter not allowed, cursor must be specific to one "
                "class, set class query param");
        if (offset + limit > ctx.config.maxResults)
            return objectsError(422, "offset or limit", 400,
                "query maximum results exceeded: the total limit calculated from the provided offset '"
                    + std::to_string(offset) + "' and limit '" + std::to_string(limit)
                    + "' exceeds the configured value for QUERY_MAXIMUM_RESULTS '"
                    + std::to_string(ctx.config.maxResults)
                    + "'. If you've supplied a negative offset or limit, this may be an underflow "
                      "error");
        return listAllClasses(ctx, offset, limit, withVector);
    }
    if (offset + limit > ctx.config.maxResults || offset < 0 || limit < 0)
        return objectsError(422, "offset or limit", 400,
            "query maximum results exceeded: the total limit calculated from the provided offset '"
                + std::to_string(offset) + "' and limit '" + std::to_string(limit)
                + "' exceeds the configured value for QUERY_MAXIMUM_RESULTS '" + std::to_string(ctx.config.maxResults)
                + "'. If you've supplied a negative offset or limit, this may be an underflow error");
    if (limit == 0)
        return HttpResponse::json(200, "{\"deprecations\":[],\"objects\":[]}");
    std::string afterId;
    if (after) {
        std::vector<std::string> offenders;
        if (offset > 0)
            offenders.emplace_back("offset");
        if (req.queryValue("where"))
            offenders.emplace_back("where");
        if (req.queryValue("sort"))
            offenders.emplace_back("sort");
        std::string err;
        if (!offenders.empty()) {
            for (size_t i = 0; i < offenders.size(); ++i)
                err += (i ? "," : "") + offenders[i];
            err += " cannot be set with after and limit parameters";
        } else if (!after->empty() && (afterId = Codec::canonicalUuid(*after)).empty()) {
            err = "after parameter '" + *after + "' is not a valid uuid: " + uuidError(*after);
        } else if (!limitText) {
            err = "limit parameter must be set";
        }
        if (!err.empty())
            return objectsError(422, "cursor api: invalid 'after' parameter", 400, err);
    }
    const std::string* tenantParam = req.queryValue("tenant");
    const std::string tenant = tenantParam ? *tenantParam : std::string();
    // An alias lists its class (usecases/objects/query.go resolves it).
    const std::string clsName = ctx.store.resolveClassNameLocking(*clsParam);
    prepareTenant(ctx.store, clsName, tenant, false);

    std::shared_lock lock(ctx.store.mutex);
    const ClassData* cls = ctx.store.findClass(clsName);
    if (!cls)
        return HttpResponse::empty(404);
    std::string message;
    const TenantError te = checkTenant(*cls, tenant, message);
    if (te == TenantError::NotActive)
        return objectsError(422, "search index " + lower(cls->def.name), 422, message);
    if (te != TenantError::None)
        return tenantResponse(te, message);
    const auto s = cls->shards.find(cls->def.multiTenant ? tenant : std::string());
    const std::string shown = answerClass(ctx.config, *clsParam, cls->def.name);
    std::string out;
    int64_t count = 0;
    if (s != cls->shards.end()) {
        const auto& objects = s->second.objects;
        auto it = after ? objects.upper_bound(afterId) : objects.begin();
        if (!after) {
            for (int64_t i = 0; i < offset && it != objects.end(); ++i)
                ++it;
        }
        size_t bytes = 64;
        {
            auto probe = it;
            for (int64_t i = 0; i < limit && probe != objects.end(); ++i, ++probe)
                bytes += probe->second.propertiesJson.size()
                    + (withVector ? Codec::vectorJson(probe->second).size() : 0) + 160 + cls->def.name.size();
        }
        out.reserve(bytes);
        out = "{\"deprecations\":[],\"objects\":[";
        for (; it != objects.end() && count < limit; ++it, ++count) {
            if (count)
                out += ',';
            Codec::appendObject(out, shown, it->second, nullptr, withVector);
        }
    } else {
        out = "{\"deprecations\":[],\"objects\":[";
    }
    out += ']';
    if (count)
        out += ",\"totalResults\":" + std::to_string(count);
    out += '}';
    return HttpResponse::json(200, std::move(out));
}

HttpResponse create(const RequestContext& ctx)
{
    ParsedBody p = parseObjectBody(ctx);
    if (p.error)
        return *p.error;
    Codec::ObjectInput& in = p.in;
    std::string id;
    if (in.hasId && !in.id.empty()) {
        id = Codec::canonicalUuid(in.id);
        if (id.empty())
            return swaggerError(601, "id in body must be of type uuid: " + jsonQuote(in.id));
    } else {
        id = Codec::newUuid();
    }
    if (in.cls.empty())
        return weaviateError(422, "invalid object: the given class is empty");
    const std::string asked = in.cls;
    in.cls = ctx.store.resolveClassNameLocking(asked); // an alias stands for its class
    prepareTenant(ctx.store, in.cls, in.tenant, true);

    StoredObject obj;
    obj.id = id;
    std::string clsName, error;
    {
        std::shared_lock lock(ctx.store.mutex);
        const ClassData* cls = ctx.store.findClass(in.cls);
        if (!cls)
            return weaviateError(
                422, "invalid object: class '" + Store::normaliseClassName(in.cls) + "' not present in schema");
        clsName = cls->def.name;
        if (checkTenant(*cls, in.tenant, error) != TenantError::None)
            return weaviateError(422, error);
        if (!validateInto(ctx.store, *cls, in, obj, error))
            return weaviateError(422, "invalid object: " + error);
    }
    obj.creationTimeUnix = obj.lastUpdateTimeUnix = Codec::nowMs();
    std::string out;
    {
        std::unique_lock lock(ctx.store.mutex);
        ClassData* cls = ctx.store.findClass(clsName);
        if (!cls)
            return weaviateError(422, "invalid object: class '" + clsName + "' not present in schema");
        const std::string shardKey = cls->def.multiTenant ? in.tenant : std::string();
        auto s = cls->shards.find(shardKey);
        if (s == cls->shards.end()) {
            if (cls->def.multiTenant)
                return weaviateError(422, "tenant not found: \"" + in.tenant + "\"");
            s = cls->shards.emplace(shardKey, Shard {}).first;
        }
        if (s->second.objects.count(id))
            return weaviateError(422, "id '" + id + "' already exists");
        if (const auto mismatch = Codec::checkVectorLengths(s->second, obj))
            return weaviateError(500, putObjectError(clsName, shardKey, mismatch->putMessage(id, lengthCause(ctx))));
        Codec::recordVectorLengths(s->second, obj);
        Codec::appendObject(out, answerClass(ctx.config, asked, clsName), obj, &in.tenant, true);
        s->second.objects.emplace(id, std::move(obj));
    }
    return HttpResponse::json(200, std::move(out));
}

HttpResponse get(const RequestContext& ctx, std::string_view pathCls, std::string_view idView)
{
    const std::string clsName = ctx.store.resolveClassNameLocking(pathCls);
    bool withVector = false;
    std::string error;
    if (!parseInclude(ctx.req.queryValue("include"), withVector, error))
        return weaviateError(400, error);
    const std::string* tenantParam = ctx.req.queryValue("tenant");
    const std::string tenant = tenantParam ? *tenantParam : std::string();
    const std::string id = Codec::canonicalUuid(idView);
    prepareTenant(ctx.store, clsName, tenant, false);
    std::shared_lock lock(ctx.store.mutex);
    if (!clsName.empty()) {
        const ClassData* cls = ctx.store.findClass(clsName);
        if (!cls)
            return HttpResponse::empty(404);
        const TenantError te = checkTenant(*cls, tenant, error);
        if (te == TenantError::NotActive)
            return weaviateError(422, "repo: object by id: search index " + lower(cls->def.name) + ": " + error);
        if (te != TenantError::None)
            return weaviateError(422, error);
    }
    const Found f = findObject(ctx.store, clsName, tenant, id);
    if (!f.obj)
        return HttpResponse::empty(404);
    std::string out;
    out.reserve(f.obj->propertiesJson.size() + (withVector ? Codec::vectorJson(*f.obj).size() : 0) + 200);
    Codec::appendObject(out, answerClass(ctx.config, pathCls, f.cls->def.name), *f.obj, &f.shard->tenant, withVector);
    return HttpResponse::json(200, std::move(out));
}

HttpResponse head(const RequestContext& ctx, std::string_view pathCls, std::string_view idView)
{
    const std::string clsName = ctx.store.resolveClassNameLocking(pathCls);
    const std::string* tenantParam = ctx.req.queryValue("tenant");
    const std::string tenant = tenantParam ? *tenantParam : std::string();
    const std::string id = Codec::canonicalUuid(idView);
    prepareTenant(ctx.store, clsName, tenant, false);
    std::shared_lock lock(ctx.store.mutex);
    if (!clsName.empty()) {
        const ClassData* cls = ctx.store.findClass(clsName);
        if (!cls)
            return HttpResponse::empty(404);
        std::string error;
        const TenantError te = checkTenant(*cls, tenant, error);
        if (te == TenantError::NotActive)
            return objectsError(422, "repo: exists", 422, error);
        if (te != TenantError::None)
            return weaviateError(422, error);
    }
    return HttpResponse::empty(findObject(ctx.store, clsName, tenant, id).obj ? 204 : 404);
}

namespace {

// PUT and PATCH share everything but the property handling.
HttpResponse update(const RequestContext& ctx, std::string_view pathCls, std::string_view idView, bool merge)
{
    ParsedBody p = parseObjectBody(ctx);
    if (p.error)
        return merge && ctx.req.body.empty() ? weaviateError(400, "empty body") : *p.error;
    Codec::ObjectInput& in = p.in;
    const std::string id = Codec::canonicalUuid(idView);
    if (in.hasId && !in.id.empty() && Codec::canonicalUuid(in.id) != id)
        return weaviateError(422, "invalid update: field 'id' is immutable");
    // PUT reads the class from the body (notes 5); PATCH from the path.
    const std::string_view asked = merge ? (pathCls.empty() ? std::string_view(in.cls) : pathCls)
                                         : (in.cls.empty() ? pathCls : std::string_view(in.cls));
    const std::string clsName = ctx.store.resolveClassNameLocking(asked);
    prepareTenant(ctx.store, clsName, in.tenant, true);

    StoredObject obj;
    std::string error, canonicalCls;
    bool replaceVectors = in.hasVector || in.hasVectors;
    {
        std::shared_lock lock(ctx.store.mutex);
        ClassData* cls = ctx.store.findClass(clsName);
        if (!cls)
            return HttpResponse::empty(404);
        canonicalCls = cls->def.name;
        if (checkTenant(*cls, in.tenant, error) != TenantError::None) {
            // An existing object under another tenant gives the mismatch message.
            if (cls->def.multiTenant)
                for (const auto& [t, shard] : cls->shards)
                    if (t != in.tenant && shard.objects.count(id))
                        return weaviateError(422, "tenant mismatch, expected " + t + " but got " + in.tenant);
            return weaviateError(422, error);
        }
        const Found f = findObject(ctx.store, canonicalCls, in.tenant, id);
        if (!f.obj) {
            if (cls->def.multiTenant)
                for (const auto& [t, shard] : cls->shards)
                    if (t != in.tenant && shard.objects.count(id))
                        return weaviateError(422, "tenant mismatch, expected " + t + " but got " + in.tenant);
            return HttpResponse::empty(404);
        }
        if (!validateInto(ctx.store, *cls, in, obj, error))
            return weaviateError(422, "invalid object: " + error);
        if (merge) {
            Codec::JNode stored, patch;
            Codec::parseNode(f.obj->propertiesJson, stored);
            Codec::parseNode(obj.propertiesJson, patch);
            // Explicit nulls remove the property (RFC 7396).
            if (in.properties.kind == Codec::JNode::Kind::Object)
                for (const auto& [k, v] : in.properties.members)
                    if (v.kind == Codec::JNode::Kind::Null) {
                        std::string name = k;
                        if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z')
                            name[0] = static_cast<char>(name[0] - 'A' + 'a');
                        std::erase_if(stored.members, [&](const auto& m) { return m.first == name; });
                    }
            for (auto& [k, v] : patch.members) {
                std::erase_if(stored.members, [&](const auto& m) { return m.first == k; });
                stored.members.emplace_back(k, std::move(v));
            }
            obj.propertiesJson.clear();
            Codec::writeNode(stored, obj.propertiesJson);
            if (!replaceVectors) {
                obj.vector = f.obj->vector;
                obj.vectors = f.obj->vectors;
                obj.vectorJsonCache = Codec::vectorJson(*f.obj);
                obj.vectorJsonReady.value = true;
            }
        }
    }
    std::string out;
    {
        std::unique_lock lock(ctx.store.mutex);
        const Found f = findObject(ctx.store, canonicalCls, in.tenant, id);
        if (!f.obj)
            return HttpResponse::empty(404);
        obj.id = id;
        // PATCH checks only the vectors it sends; PUT every vector of the new object.
        const std::optional<Codec::VectorLengthMismatch> mismatch
            = replaceVectors || !merge ? Codec::checkVectorLengths(*f.shard, obj) : std::nullopt;
        if (mismatch) {
            const std::string shard = physicalShardName(canonicalCls, in.tenant);
            if (merge)
                return weaviateError(500,
                    "msg:repo.merge code:500 err:merge into index " + lower(canonicalCls)
                        + ": update local object: shard=\"" + shard
                        + "\": " + mismatch->mergeMessage(id, lengthCause(ctx)));
            return weaviateError(
                500, putObjectError(canonicalCls, in.tenant, mismatch->putMessage(id, lengthCause(ctx))));
        }
        Codec::recordVectorLengths(*f.shard, obj);
        obj.creationTimeUnix = f.obj->creationTimeUnix;
        obj.lastUpdateTimeUnix = Codec::nowMs();
        if (!merge)
            Codec::appendObject(out, answerClass(ctx.config, asked, canonicalCls), obj, &in.tenant, true);
        *f.obj = std::move(obj);
    }
    if (merge)
        return HttpResponse::empty(204);
    return HttpResponse::json(200, std::move(out));
}

} // namespace

HttpResponse put(const RequestContext& ctx, std::string_view cls, std::string_view id)
{
    return update(ctx, cls, id, false);
}

HttpResponse patch(const RequestContext& ctx, std::string_view cls, std::string_view id)
{
    return update(ctx, cls, id, true);
}

HttpResponse remove(const RequestContext& ctx, std::string_view pathCls, std::string_view idView)
{
    const std::string clsName = ctx.store.resolveClassNameLocking(pathCls);
    const std::string* tenantParam = ctx.req.queryValue("tenant");
    const std::string tenant = tenantParam ? *tenantParam : std::string();
    const std::string id = Codec::canonicalUuid(idView);
    prepareTenant(ctx.store, clsName, tenant, true);
    std::unique_lock lock(ctx.store.mutex);
    if (!clsName.empty()) {
        ClassData* cls = ctx.store.findClass(clsName);
        if (!cls)
            return HttpResponse::empty(404);
        std::string error;
        if (checkTenant(*cls, tenant, error) != TenantError::None)
            return weaviateError(422, error);
    }
    const Found f = findObject(ctx.store, clsName, tenant, id);
    if (!f.obj)
        return HttpResponse::empty(ctx.config.deleteMissingObjectIs404 ? 404 : 204);
    f.shard->objects.erase(id);
    return HttpResponse::empty(204);
}

// Snapshot format (binary, little-endian host order; the snapshot never leaves the machine that wrote it):
//   "CVOBJ1\n" then records: u8 tag (1 = shard, 2 = object, 0 = end)
//   shard:  str class, str tenant
//   object: str id, i64 created, i64 updated, str properties, vec legacy, u32 named count, then per named vector:
//           str name, i32 rows, vec flat
// where str = u32 length + bytes and vec = u32 count + raw float32 (bit-exact).
namespace {

void putU32(std::string& out, uint32_t v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}
void putI64(std::string& out, int64_t v)
{
    out.append(reinterpret_cast<const char*>(&v), sizeof v);
}
void putStr(std::string& out, std::string_view s)
{
    putU32(out, static_cast<uint32_t>(s.size()));
    out.append(s);
}
void putVec(std::string& out, const std::vector<float>& v)
{
    putU32(out, static_cast<uint32_t>(v.size()));
    out.append(reinterpret_cast<const char*>(v.data()), v.size() * sizeof(float));
}

class Reader
{
public:
    explicit Reader(std::string_view in)
        : m_in(in)
    {
    }
    bool raw(void* dst, size_t n)
    {
        if (m_in.size() - m_pos < n)
            return false;
        std::memcpy(dst, m_in.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    bool u8(uint8_t& v) { return raw(&v, 1); }
    bool u32(uint32_t& v) { return raw(&v, 4); }
    bool i32(int32_t& v) { return raw(&v, 4); }
    bool i64(int64_t& v) { return raw(&v, 8); }
    bool str(std::string& s)
    {
        uint32_t n = 0;
        if (!u32(n) || m_in.size() - m_pos < n)
            return false;
        s.assign(m_in.data() + m_pos, n);
        m_pos += n;
        return true;
    }
    bool vec(std::vector<float>& v)
    {
        uint32_t n = 0;
        if (!u32(n) || (m_in.size() - m_pos) / sizeof(float) < n)
            return false;
        v.resize(n);
        return raw(v.data(), n * sizeof(float));
    }
    bool header(std::string_view magic)
    {
        if (m_in.substr(0, magic.size()) != magic)
            return false;
        m_pos = magic.size();
        return true;
    }

private:
    std::string_view m_in;
    size_t m_pos = 0;
};

constexpr std::string_view kMagic = "CVOBJ1\n";

} // namespace

bool saveObjects(const Store& store, std::string& out)
{
    std::shared_lock lock(store.mutex);
    out.append(kMagic);
    for (const auto& [name, cls] : store.classes) {
        for (const auto& [tenant, shard] : cls.shards) {
            out += '\x01';
            putStr(out, name);
            putStr(out, tenant);
            for (const auto& [id, o] : shard.objects) {
                out += '\x02';
                putStr(out, o.id);
                putI64(out, o.creationTimeUnix);
                putI64(out, o.lastUpdateTimeUnix);
                putStr(out, o.propertiesJson);
                putVec(out, o.vector);
                putU32(out, static_cast<uint32_t>(o.vectors.size()));
                for (const auto& [vname, v] : o.vectors) {
                    putStr(out, vname);
                    const int32_t rows = v.rows;
                    out.append(reinterpret_cast<const char*>(&rows), sizeof rows);
                    putVec(out, v.flat);
                }
            }
        }
    }
    out += '\x00';
    return true;
}

bool loadObjects(Store& store, std::string_view in, std::string* error)
{
    auto fail = [&](const std::string& why) {
        if (error)
            *error = "object snapshot: " + why;
        return false;
    };
    Reader r(in);
    if (!r.header(kMagic))
        return fail("bad header");
    std::unique_lock lock(store.mutex);
    Shard* shard = nullptr;
    while (true) {
        uint8_t tag = 0;
        if (!r.u8(tag))
            return fail("truncated");
        if (tag == 0)
            return true;
        if (tag == 1) {
            std::string cls, tenant;
            if (!r.str(cls) || !r.str(tenant))
                return fail("truncated shard record");
            auto c = store.classes.find(cls);
            if (c == store.classes.end())
                return fail("objects for unknown class " + cls);
            shard = &c->second.shards[tenant];
            shard->tenant = tenant;
        } else if (tag == 2) {
            if (!shard)
                return fail("object before shard");
            StoredObject o;
            uint32_t named = 0;
            if (!r.str(o.id) || !r.i64(o.creationTimeUnix) || !r.i64(o.lastUpdateTimeUnix) || !r.str(o.propertiesJson)
                || !r.vec(o.vector) || !r.u32(named))
                return fail("truncated object record");
            for (uint32_t i = 0; i < named; ++i) {
                std::string name;
                VectorValue v;
                int32_t rows = 0;
                if (!r.str(name) || !r.i32(rows) || !r.vec(v.flat))
                    return fail("truncated vector record");
                v.rows = rows;
                o.vectors.emplace(std::move(name), std::move(v));
            }
            // The vectors' JSON is left to the first read (Codec::vectorJson): a large snapshot loads in a moment.
            // As a restarted server takes its index's length from the vectors on disk.
            Codec::recordVectorLengths(*shard, o);
            std::string id = o.id;
            shard->objects.insert_or_assign(std::move(id), std::move(o));
        } else {
            return fail("unknown record tag");
        }
    }
}

} // namespace ObjectApi

} // namespace Emu
