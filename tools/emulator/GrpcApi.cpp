// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/GrpcApi.h"

#include "tools/emulator/JsonTree.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/ObjectCommon.h"
#include "tools/emulator/PropertyValidation.h"
#include "tools/emulator/Uuid.h"

#include <algorithm>
#include <bit>
#include <charconv>
#include <cstring>
#include <shared_mutex>

namespace Emu::GrpcApi {

namespace {

using Codec::JNode;
using ObjectCommon::TenantError;
namespace pb = weaviate::v1;

grpc::Status unknown(const std::string& message)
{
    return grpc::Status(grpc::StatusCode::UNKNOWN, message);
}

void appendLE(std::string& out, uint64_t bits, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.push_back(static_cast<char>((bits >> (8 * i)) & 0xff));
}

void appendFloats(std::string& out, const float* values, size_t n)
{
    if constexpr (std::endian::native == std::endian::little) { // the wire's order: the bytes as they are
        out.append(reinterpret_cast<const char*>(values), n * sizeof(float));
        return;
    }
    for (size_t i = 0; i < n; ++i) {
        uint32_t bits = 0;
        std::memcpy(&bits, &values[i], sizeof bits);
        appendLE(out, bits, 4);
    }
}

int64_t toInt(const JNode& v)
{
    int64_t n = 0;
    const auto [ptr, ec] = std::from_chars(v.text.data(), v.text.data() + v.text.size(), n);
    if (ec == std::errc() && ptr == v.text.data() + v.text.size())
        return n;
    return static_cast<int64_t>(std::strtod(v.text.c_str(), nullptr));
}

double toDouble(const JNode& v)
{
    return std::strtod(v.text.c_str(), nullptr);
}

std::string text(const JNode* v)
{
    return v && v->kind == JNode::Kind::String ? v->text : std::string();
}

void toValue(const PropertyDef* def, const JNode& v, pb::Value& out);

void toProperties(const std::vector<PropertyDef>* defs, const JNode& obj, pb::Properties& out)
{
    for (const auto& [name, value] : obj.members) {
        const PropertyDef* def = nullptr;
        for (size_t i = 0; defs && i < defs->size() && !def; ++i)
            def = (*defs)[i].name == name ? &(*defs)[i] : nullptr;
        toValue(def, value, (*out.mutable_fields())[name]);
    }
}

void toPhone(const JNode& v, pb::PhoneNumber& out)
{
    const JNode* cc = v.member("countryCode");
    const JNode* national = v.member("national");
    const JNode* valid = v.member("valid");
    out.set_country_code(cc ? static_cast<uint64_t>(toInt(*cc)) : 0);
    out.set_default_country(text(v.member("defaultCountry")));
    out.set_input(text(v.member("input")));
    out.set_international_formatted(text(v.member("internationalFormatted")));
    out.set_national(national ? static_cast<uint64_t>(toInt(*national)) : 0);
    out.set_national_formatted(text(v.member("nationalFormatted")));
    out.set_valid(valid && valid->boolean);
}

// Arrays come back as a typed list (notes 17.5): number[] and int[] as little-endian 8-byte values.
void toList(const std::string& type, const PropertyDef* def, const JNode& v, pb::ListValue& out)
{
    if (type == "int[]" || type == "number[]") {
        std::string bytes;
        for (const JNode& item : v.items) {
            if (type == "int[]") {
                appendLE(bytes, static_cast<uint64_t>(toInt(item)), 8);
            } else {
                const double d = toDouble(item);
                uint64_t bits = 0;
                std::memcpy(&bits, &d, sizeof bits);
                appendLE(bytes, bits, 8);
            }
        }
        if (type == "int[]")
            out.mutable_int_values()->set_values(bytes);
        else
            out.mutable_number_values()->set_values(bytes);
    } else if (type == "boolean[]") {
        auto* list = out.mutable_bool_values();
        for (const JNode& item : v.items)
            list->add_values(item.boolean);
    } else if (type == "object[]") {
        auto* list = out.mutable_object_values();
        for (const JNode& item : v.items)
            toProperties(def ? &def->nested : nullptr, item, *list->add_values());
    } else {
        auto* values = type == "date[]" ? out.mutable_date_values()->mutable_values()
            : type == "uuid[]"          ? out.mutable_uuid_values()->mutable_values()
                                        : out.mutable_text_values()->mutable_values();
        for (const JNode& item : v.items)
            values->Add(std::string(item.text));
    }
}

// One stored value as Weaviate's replier maps its dataType (mapping.go).
void toValue(const PropertyDef* def, const JNode& v, pb::Value& out)
{
    const std::string type = def && !def->dataType.empty() ? def->dataType.front() : std::string();
    if (v.kind == JNode::Kind::Null) {
        out.set_null_value(google::protobuf::NULL_VALUE);
    } else if (v.kind == JNode::Kind::Array) {
        toList(type, def, v, *out.mutable_list_value());
    } else if (type == "int") {
        out.set_int_value(toInt(v));
    } else if (type == "number" || (type.empty() && v.kind == JNode::Kind::Number)) {
        out.set_number_value(toDouble(v));
    } else if (v.kind == JNode::Kind::Bool) {
        out.set_bool_value(v.boolean);
    } else if (type == "date") {
        out.set_date_value(v.text);
    } else if (type == "uuid") {
        out.set_uuid_value(v.text);
    } else if (type == "blob" || type == "blobHash") {
        out.set_blob_value(v.text);
    } else if (type == "geoCoordinates") {
        const JNode* lat = v.member("latitude");
        const JNode* lon = v.member("longitude");
        out.mutable_geo_value()->set_latitude(lat ? static_cast<float>(toDouble(*lat)) : 0.0f);
        out.mutable_geo_value()->set_longitude(lon ? static_cast<float>(toDouble(*lon)) : 0.0f);
    } else if (type == "phoneNumber") {
        toPhone(v, *out.mutable_phone_value());
    } else if (v.kind == JNode::Kind::Object) {
        toProperties(def ? &def->nested : nullptr, v, *out.mutable_object_value());
    } else {
        out.set_text_value(v.text);
    }
}

std::string uuidBytes(const std::string& id)
{
    std::string out;
    for (size_t i = 0; i + 1 < id.size(); ++i) {
        if (id[i] == '-')
            continue;
        auto nibble = [](char c) { return c <= '9' ? c - '0' : c - 'a' + 10; };
        out.push_back(static_cast<char>(nibble(id[i]) * 16 + nibble(id[i + 1])));
        ++i;
    }
    return out;
}

void addVector(pb::MetadataResult& meta, const std::string& name, const VectorValue& value)
{
    if (value.flat.empty())
        return;
    pb::Vectors* v = meta.add_vectors();
    v->set_name(name);
    std::string bytes;
    if (value.rows > 0) {
        appendLE(bytes, value.flat.size() / static_cast<size_t>(value.rows), 2);
        v->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
    } else {
        v->set_type(pb::Vectors::VECTOR_TYPE_SINGLE_FP32);
    }
    appendFloats(bytes, value.flat.data(), value.flat.size());
    v->set_vector_bytes(bytes);
}

void fillMetadata(const pb::MetadataRequest& want, const StoredObject& obj, pb::MetadataResult& meta)
{
    if (want.uuid()) {
        meta.set_id(obj.id);
        meta.set_id_as_bytes(uuidBytes(obj.id));
    }
    if (want.creation_time_unix()) {
        meta.set_creation_time_unix(obj.creationTimeUnix);
        meta.set_creation_time_unix_present(true);
    }
    if (want.last_update_time_unix()) {
        meta.set_last_update_time_unix(obj.lastUpdateTimeUnix);
        meta.set_last_update_time_unix_present(true);
    }
    if (want.vector() && !obj.vector.empty()) {
        std::string bytes;
        appendFloats(bytes, obj.vector.data(), obj.vector.size());
        meta.set_vector_bytes(bytes);
        // Weaviate still fills the deprecated repeated float as well (prepare_reply.go).
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        meta.mutable_vector()->Add(obj.vector.begin(), obj.vector.end());
#pragma GCC diagnostic pop
    }
    for (const auto& [name, value] : obj.vectors) {
        const auto& names = want.vectors();
        if (want.vector() || std::find(names.begin(), names.end(), name) != names.end())
            addVector(meta, name, value);
    }
}

void fillReferences(const pb::PropertiesRequest& want, const JNode& props, pb::PropertiesResult& out)
{
    for (const pb::RefPropertiesRequest& ref : want.ref_properties()) {
        pb::RefPropertiesResult* result = out.add_ref_props();
        result->set_prop_name(ref.reference_property());
        const JNode* value = props.member(ref.reference_property());
        for (size_t i = 0; value && i < value->items.size(); ++i) {
            std::string cls, id, error;
            if (!Codec::parseBeacon(text(value->items[i].member("beacon")), cls, id, error))
                continue;
            if (!ref.target_collection().empty() && cls != ref.target_collection())
                continue;
            pb::PropertiesResult* target = result->add_properties();
            target->set_target_collection(cls);
            if (ref.metadata().uuid()) {
                target->mutable_metadata()->set_id(id);
                target->mutable_metadata()->set_id_as_bytes(uuidBytes(id));
            }
        }
    }
}

// Properties absent or return_all_nonref_properties: every non-reference property except blobs (the parser checks
// return_all first and then ignores non_ref_properties). A requested property the object lacks is a null_value.
void fillProperties(
    const pb::SearchRequest& req, const ClassDef& cls, const StoredObject& obj, pb::PropertiesResult& out)
{
    const bool all = !req.has_properties() || req.properties().return_all_nonref_properties();
    std::vector<std::string> names;
    if (all) {
        for (const PropertyDef& p : cls.properties)
            if (!p.isReference() && !(p.dataType.size() == 1 && p.dataType.front() == "blob"))
                names.push_back(p.name);
    } else {
        names.assign(req.properties().non_ref_properties().begin(), req.properties().non_ref_properties().end());
    }
    auto* fields = out.mutable_non_ref_props()->mutable_fields();
    const bool references = req.has_properties() && req.properties().ref_properties_size() > 0;
    if (names.empty() && !references)
        return; // ids and vectors only (a backup's vector pages): no need to parse the object's properties
    JNode props;
    Codec::parseNode(obj.propertiesJson, props);
    for (const std::string& name : names) {
        const JNode* value = props.member(name);
        pb::Value& v = (*fields)[name];
        if (value)
            toValue(cls.property(name), *value, v);
        else
            v.set_null_value(google::protobuf::NULL_VALUE);
    }
    if (references) {
        out.set_ref_props_requested(true);
        fillReferences(req.properties(), props, out);
    }
}

bool hasUnknownField(const google::protobuf::Message& message, int from, int to)
{
    const google::protobuf::UnknownFieldSet& set = message.GetReflection()->GetUnknownFields(message);
    for (int i = 0; i < set.field_count(); ++i)
        if (set.field(i).number() >= from && set.field(i).number() <= to)
            return true;
    return false;
}

// explorer.validateCursor and filters.ValidateCursor (notes 17.5): "" when the cursor request is acceptable.
std::string cursorError(const pb::SearchRequest& req)
{
    // Fields we do not declare: filters (40), the searches (41..51), generative and rerank (60, 61).
    const bool search = req.has_group_by() || hasUnknownField(req, 41, 51) || hasUnknownField(req, 61, 61);
    if (search)
        return "explorer: get class: other params cannot be set with after and limit parameters";
    std::vector<std::string> offenders;
    if (req.offset() > 0)
        offenders.emplace_back("offset");
    if (hasUnknownField(req, 40, 40))
        offenders.emplace_back("where");
    if (req.sort_by_size() > 0)
        offenders.emplace_back("sort");
    std::string err;
    for (size_t i = 0; i < offenders.size(); ++i)
        err += (i ? "," : "") + offenders[i];
    if (!err.empty())
        err += " cannot be set with after and limit parameters";
    else if (Codec::canonicalUuid(req.after()).empty())
        err = "after parameter '" + req.after() + "' is not a valid uuid";
    return err.empty() ? err : "explorer: get class: cursor api: invalid 'after' parameter: " + err;
}

pb::TenantActivityStatus activityStatus(const std::string& status, bool newNames)
{
    if (status == "HOT")
        return newNames ? pb::TENANT_ACTIVITY_STATUS_ACTIVE : pb::TENANT_ACTIVITY_STATUS_HOT;
    if (status == "COLD")
        return newNames ? pb::TENANT_ACTIVITY_STATUS_INACTIVE : pb::TENANT_ACTIVITY_STATUS_COLD;
    if (status == "FROZEN")
        return newNames ? pb::TENANT_ACTIVITY_STATUS_OFFLOADED : pb::TENANT_ACTIVITY_STATUS_FROZEN;
    if (status == "FREEZING")
        return newNames ? pb::TENANT_ACTIVITY_STATUS_OFFLOADING : pb::TENANT_ACTIVITY_STATUS_FREEZING;
    if (status == "UNFREEZING")
        return newNames ? pb::TENANT_ACTIVITY_STATUS_ONLOADING : pb::TENANT_ACTIVITY_STATUS_UNFREEZING;
    return pb::TENANT_ACTIVITY_STATUS_UNSPECIFIED;
}

} // namespace

grpc::Status authenticate(const EngineConfig& config, const std::string* authorization, Principal* principal)
{
    // auth.go: anything but "Bearer <token>" is anonymous.
    std::string token;
    if (authorization && authorization->rfind("Bearer ", 0) == 0)
        token = authorization->substr(7);
    if (token.empty() && config.anonymousAccess)
        return grpc::Status::OK;
    if (!token.empty() && config.apiKeys.empty())
        return grpc::Status(grpc::StatusCode::UNAUTHENTICATED,
            "extract auth: no authentication scheme is configured (API Key or OIDC), but an "
            "'Authorization' header was provided. Please configure an auth scheme or remove the "
            "header for anonymous access");
    const auto key = std::find(config.apiKeys.begin(), config.apiKeys.end(), token);
    if (key == config.apiKeys.end())
        return grpc::Status(grpc::StatusCode::UNAUTHENTICATED, "extract auth: unauthorized: invalid api key");
    if (principal) {
        const size_t index = static_cast<size_t>(key - config.apiKeys.begin());
        principal->user = config.userOfKey(index);
        principal->readOnly
            = std::find(config.readOnlyKeys.begin(), config.readOnlyKeys.end(), token) != config.readOnlyKeys.end();
    }
    return grpc::Status::OK;
}

CountResult countObjects(Store& store, std::string_view collection, const std::string& tenant)
{
    const std::string clsName = store.resolveClassNameLocking(collection); // service.go: an alias is its class
    ObjectCommon::prepareTenant(store, clsName, tenant, false);
    std::shared_lock lock(store.mutex);
    CountResult result;
    const ClassData* cls = store.findClass(clsName);
    if (!cls) {
        result.error = CountResult::Error::UnknownCollection;
        return result;
    }
    switch (ObjectCommon::checkTenant(*cls, tenant, result.message)) {
    case TenantError::None:
        break;
    case TenantError::Missing:
    case TenantError::Unexpected:
        result.error = CountResult::Error::TenantMismatch;
        return result;
    case TenantError::NotFound:
        result.error = CountResult::Error::TenantNotFound;
        return result;
    case TenantError::NotActive:
        result.error = CountResult::Error::TenantNotActive;
        return result;
    }
    const auto shard = cls->shards.find(cls->def.multiTenant ? tenant : std::string());
    result.count = shard == cls->shards.end() ? 0 : static_cast<int64_t>(shard->second.objects.size());
    return result;
}

grpc::Status aggregate(Store& store, const pb::AggregateRequest& req, pb::AggregateReply& reply)
{
    if (req.has_group_by() || hasUnknownField(req, 21, 21) || hasUnknownField(req, 40, 50))
        return grpc::Status(grpc::StatusCode::UNIMPLEMENTED,
            "the emulator answers Aggregate with objects_count only (no aggregations, groups, "
            "filters or searches)");
    const CountResult count = countObjects(store, req.collection(), req.tenant());
    if (count.error == CountResult::Error::UnknownCollection)
        return unknown("parse params: could not find class " + req.collection() + " in schema");
    if (count.error != CountResult::Error::None)
        return unknown("aggregate: " + count.message);
    pb::AggregateReply::Single* single = reply.mutable_single_result();
    if (req.objects_count())
        single->set_objects_count(count.count);
    return grpc::Status::OK;
}

grpc::Status search(Store& store, const EngineConfig& config, const pb::SearchRequest& req, pb::SearchReply& reply)
{
    const std::string clsName = store.resolveClassNameLocking(req.collection()); // service.go: an alias is its class
    ObjectCommon::prepareTenant(store, clsName, req.tenant(), false);
    std::shared_lock lock(store.mutex);
    const ClassData* cls = store.findClass(clsName);
    if (!cls)
        return unknown("could not find class " + clsName + " in schema");
    const bool cursor = !req.after().empty();
    if (cursor) {
        if (const std::string err = cursorError(req); !err.empty())
            return unknown(err);
    } else if (hasUnknownField(req, 40, 51) || hasUnknownField(req, 60, 61) || req.has_group_by()
        || req.sort_by_size() > 0) {
        // Answering these with a plain listing would be a wrong answer (fetchObjectById filters by id).
        return grpc::Status(grpc::StatusCode::UNIMPLEMENTED,
            "the emulator answers Search with plain listings and the cursor only (no filters, searches, sorting, "
            "grouping, generative or rerank)");
    }
    const int64_t limit = req.limit() > 0 ? int64_t(req.limit()) : config.defaultLimit;
    const int64_t offset = req.offset();
    if (offset + limit > config.maxResults)
        return unknown("explorer: get class: vector search: query maximum results exceeded: the total limit "
                       "calculated from the provided offset '"
            + std::to_string(offset) + "' and limit '" + std::to_string(limit)
            + "' exceeds the configured value for QUERY_MAXIMUM_RESULTS '" + std::to_string(config.maxResults) + "'");
    std::string message;
    if (ObjectCommon::checkTenant(*cls, req.tenant(), message) != TenantError::None)
        return unknown(message);
    const auto shard = cls->shards.find(cls->def.multiTenant ? req.tenant() : std::string());
    if (shard == cls->shards.end())
        return grpc::Status::OK;
    const auto& objects = shard->second.objects;
    auto it = cursor ? objects.upper_bound(Codec::canonicalUuid(req.after())) : objects.begin();
    for (int64_t i = 0; !cursor && i < offset && it != objects.end(); ++i)
        ++it;
    for (int64_t n = 0; it != objects.end() && n < limit; ++it, ++n) {
        pb::SearchResult* result = reply.add_results();
        fillMetadata(req.metadata(), it->second, *result->mutable_metadata());
        fillProperties(req, cls->def, it->second, *result->mutable_properties());
    }
    return grpc::Status::OK;
}

grpc::Status tenantsGet(
    Store& store, const EngineConfig& config, const pb::TenantsGetRequest& req, pb::TenantsGetReply& reply)
{
    // tenants.go, wrapped "get tenants: " by service.go; the schema texts are those of GET /v1/schema/{c}/tenants.
    if (req.collection().empty())
        return unknown("get tenants: missing collection ");
    if (req.has_names() && req.names().values_size() == 0)
        return unknown("get tenants: must specify at least one tenant name");
    std::shared_lock lock(store.mutex);
    // service.go resolves an alias here from 1.33.
    const std::string clsName = versionAtLeast(config.version, 1, 33) ? store.resolveClassName(req.collection())
                                                                      : Store::normaliseClassName(req.collection());
    const ClassData* cls = store.findClass(clsName);
    if (!cls)
        return unknown("get tenants: class \"" + clsName + "\": not found");
    if (!cls->def.multiTenant)
        return unknown("get tenants: multi-tenancy is not enabled for class \"" + clsName + "\"");
    const auto& names = req.names().values();
    for (const auto& [name, shard] : cls->shards) {
        if (req.has_names() && std::find(names.begin(), names.end(), name) == names.end())
            continue;
        pb::Tenant* t = reply.add_tenants();
        t->set_name(name);
        t->set_activity_status(activityStatus(shard.status, config.tenantStatusNewNames));
    }
    return grpc::Status::OK;
}

} // namespace Emu::GrpcApi
