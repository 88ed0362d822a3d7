// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/BatchImport.h"
#include "tools/emulator/Errors.h"
#include "tools/emulator/GrpcApi.h"
#include "tools/emulator/JsonTree.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/Uuid.h"

#include <bit>
#include <chrono>
#include <cstring>
#include <map>
#include <shared_mutex>
#include <string_view>
#include <type_traits>
#include <utility>

// BatchObjects: each BatchObject becomes a BatchImport::Item exactly as Weaviate's grpc/v1/batch/parse.go builds its
// models.Object (notes 17.2, 17.3), then the items take the REST batch's path. Vectors are copied as bytes into the
// store's floats; their REST JSON is left to the first REST read.
namespace Emu::GrpcApi {

namespace {

namespace pb = weaviate::v1;
using BatchImport::Item;
using Codec::JNode;

// Little-endian IEEE bytes into values of T (float or double); trailing bytes that do not fill a value are dropped,
// as byteops does.
template<typename T> void fromLittleEndian(std::string_view bytes, std::vector<T>& out)
{
    out.resize(bytes.size() / sizeof(T));
    if constexpr (std::endian::native == std::endian::little) {
        std::memcpy(out.data(), bytes.data(), out.size() * sizeof(T));
    } else {
        using Bits = std::conditional_t<sizeof(T) == 4, uint32_t, uint64_t>;
        for (size_t i = 0; i < out.size(); ++i) {
            Bits bits = 0;
            for (size_t b = 0; b < sizeof(T); ++b)
                bits |= Bits(static_cast<unsigned char>(bytes[i * sizeof(T) + b])) << (8 * b);
            std::memcpy(&out[i], &bits, sizeof(T));
        }
    }
}

// google.protobuf.Value as structpb's AsInterface gives it to Go: numbers are float64. Strings are moved out of the
// request (it is ours, and a batch holds many of them).
void fromValue(google::protobuf::Value& v, JNode& out)
{
    switch (v.kind_case()) {
    case google::protobuf::Value::kNumberValue:
        out.kind = JNode::Kind::Number;
        out.go = JNode::Go::Float64;
        out.number = v.number_value();
        break;
    case google::protobuf::Value::kStringValue:
        out.kind = JNode::Kind::String;
        out.text.swap(*v.mutable_string_value());
        break;
    case google::protobuf::Value::kBoolValue:
        out.kind = JNode::Kind::Bool;
        out.boolean = v.bool_value();
        break;
    case google::protobuf::Value::kStructValue:
        out.kind = JNode::Kind::Object;
        out.members.reserve(static_cast<size_t>(v.struct_value().fields_size()));
        for (auto& [key, value] : *v.mutable_struct_value()->mutable_fields()) {
            out.members.emplace_back(key, JNode());
            fromValue(value, out.members.back().second);
        }
        break;
    case google::protobuf::Value::kListValue:
        out.kind = JNode::Kind::Array;
        out.items.resize(static_cast<size_t>(v.list_value().values_size()));
        for (int i = 0; i < v.list_value().values_size(); ++i)
            fromValue(*v.mutable_list_value()->mutable_values(i), out.items[static_cast<size_t>(i)]);
        break;
    default: // null, or no kind at all
        out.kind = JNode::Kind::Null;
        break;
    }
}

// props[name] = value, as Go's map assignment: a later assignment of the same name wins (sortedMembers keeps the last
// of duplicate names).
JNode& assign(JNode& props, const std::string& name, JNode::Kind kind)
{
    props.members.emplace_back(name, JNode());
    JNode& value = props.members.back().second;
    value.kind = kind;
    return value;
}

// extractPrimitiveProperties: the Struct, then the typed arrays, nested objects and empty lists, in parse.go's order.
// P is BatchObject::Properties or ObjectPropertiesValue (the same field names). Strings are moved out of `p`.
template<typename P> void primitiveProperties(P& p, JNode& props)
{
    props.kind = JNode::Kind::Object;
    props.members.reserve(static_cast<size_t>(p.non_ref_properties().fields_size() + p.boolean_array_properties_size()
        + p.number_array_properties_size() + p.text_array_properties_size() + p.int_array_properties_size()
        + p.object_properties_size() + p.object_array_properties_size() + p.empty_list_props_size()));
    if (p.has_non_ref_properties()) {
        for (auto& [key, value] : *p.mutable_non_ref_properties()->mutable_fields()) {
            props.members.emplace_back(key, JNode());
            fromValue(value, props.members.back().second);
        }
    }
    for (const pb::BooleanArrayProperties& a : p.boolean_array_properties()) {
        JNode& list = assign(props, a.prop_name(), JNode::Kind::Array);
        list.items.resize(static_cast<size_t>(a.values_size()));
        for (int i = 0; i < a.values_size(); ++i) {
            list.items[static_cast<size_t>(i)].kind = JNode::Kind::Bool;
            list.items[static_cast<size_t>(i)].boolean = a.values(i);
        }
    }
    for (const pb::NumberArrayProperties& a : p.number_array_properties()) {
        std::vector<double> values;
        if (!a.values_bytes().empty()) {
            fromLittleEndian(a.values_bytes(), values);
        } else {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
            values.assign(a.values().begin(), a.values().end());
#pragma GCC diagnostic pop
        }
        JNode& list = assign(props, a.prop_name(), JNode::Kind::Array);
        list.items.resize(values.size());
        for (size_t i = 0; i < values.size(); ++i) {
            list.items[i].kind = JNode::Kind::Number;
            list.items[i].go = JNode::Go::Float64;
            list.items[i].number = values[i];
        }
    }
    for (pb::TextArrayProperties& a : *p.mutable_text_array_properties()) {
        JNode& list = assign(props, a.prop_name(), JNode::Kind::Array);
        list.items.resize(static_cast<size_t>(a.values_size()));
        for (int i = 0; i < a.values_size(); ++i) {
            list.items[static_cast<size_t>(i)].kind = JNode::Kind::String;
            list.items[static_cast<size_t>(i)].text.swap(*a.mutable_values(i));
        }
    }
    for (const pb::IntArrayProperties& a : p.int_array_properties()) {
        JNode& list = assign(props, a.prop_name(), JNode::Kind::Array);
        list.items.resize(static_cast<size_t>(a.values_size()));
        for (int i = 0; i < a.values_size(); ++i) {
            list.items[static_cast<size_t>(i)].kind = JNode::Kind::Number;
            list.items[static_cast<size_t>(i)].go = JNode::Go::Int64;
            list.items[static_cast<size_t>(i)].text = std::to_string(a.values(i));
        }
    }
    for (pb::ObjectProperties& o : *p.mutable_object_properties()) {
        JNode& value = assign(props, o.prop_name(), JNode::Kind::Object);
        if (o.has_value())
            primitiveProperties(*o.mutable_value(), value);
    }
    for (pb::ObjectArrayProperties& a : *p.mutable_object_array_properties()) {
        JNode& list = assign(props, a.prop_name(), JNode::Kind::Array);
        list.items.resize(static_cast<size_t>(a.values_size()));
        for (int i = 0; i < a.values_size(); ++i)
            primitiveProperties(*a.mutable_values(i), list.items[static_cast<size_t>(i)]);
    }
    for (const std::string& name : p.empty_list_props())
        assign(props, name, JNode::Kind::Array);
}

std::string dataTypeList(const PropertyDef& p)
{
    std::string out = "[";
    for (size_t i = 0; i < p.dataType.size(); ++i)
        out += (i ? " " : "") + p.dataType[i];
    return out + "]";
}

// One beacon object {"beacon": "weaviate://localhost/<Target>/<uuid>"}, the uuid as sent (validated later).
JNode beaconNode(const std::string& target, const std::string& uuid)
{
    JNode ref;
    ref.kind = JNode::Kind::Object;
    JNode& beacon = assign(ref, "beacon", JNode::Kind::String);
    beacon.text = "weaviate://localhost/" + target + "/" + uuid;
    return ref;
}

const PropertyDef* propertyByName(const ClassDef& cls, const std::string& name, std::string& error)
{
    // GetPropertyByName compares the name before any '.'; the name is not lower-cased here.
    const PropertyDef* p = cls.property(std::string_view(name).substr(0, name.find('.')));
    if (!p)
        error = "no such prop with name '" + name + "' found in class '" + cls.name
            + "' in the schema. Check your schema files for which properties in this class are available";
    return p;
}

// extractSingleRefTarget and extractMultiRefTarget.
bool referenceProperties(const ClassDef& cls, const pb::BatchObject::Properties& p, JNode& props, std::string& error)
{
    for (const pb::BatchObject::SingleTargetRefProps& ref : p.single_target_ref_props()) {
        const PropertyDef* prop = propertyByName(cls, ref.prop_name(), error);
        if (!prop)
            return false;
        if (prop->dataType.size() > 1) {
            error = "target is a multi-target reference, need single target " + dataTypeList(*prop);
            return false;
        }
        JNode& list = assign(props, ref.prop_name(), JNode::Kind::Array);
        for (const std::string& uuid : ref.uuids())
            list.items.push_back(beaconNode(prop->dataType.empty() ? std::string() : prop->dataType.front(), uuid));
    }
    for (const pb::BatchObject::MultiTargetRefProps& ref : p.multi_target_ref_props()) {
        const PropertyDef* prop = propertyByName(cls, ref.prop_name(), error);
        if (!prop)
            return false;
        if (prop->dataType.size() < 2) {
            error = "target is a single-target reference, need multi-target " + dataTypeList(*prop);
            return false;
        }
        const std::string target = Store::normaliseClassName(ref.target_collection());
        // Appended to what the property already holds (an earlier entry for it), else a new list.
        JNode* list = nullptr;
        for (auto& [name, value] : props.members)
            if (name == ref.prop_name())
                list = &value;
        if (!list || list->kind != JNode::Kind::Array)
            list = &assign(props, ref.prop_name(), JNode::Kind::Array);
        for (const std::string& uuid : ref.uuids())
            list->items.push_back(beaconNode(target, uuid));
    }
    return true;
}

// The named vectors: SINGLE (or UNSPECIFIED) as float32 bytes, MULTI with the uint16 dimension first; per name the
// last entry wins, a multi-vector over a single one. A multi-vector that cannot be read sets `error` and is left
// out, but the object is imported all the same (parse.go's `continue` leaves only the inner loop).
void namedVectors(const pb::BatchObject& obj, Codec::ObjectInput& in, std::string& error, bool& panicked)
{
    std::map<std::string, VectorValue> single, multi;
    for (const pb::Vectors& v : obj.vectors()) {
        if (v.type() == pb::Vectors::VECTOR_TYPE_UNSPECIFIED || v.type() == pb::Vectors::VECTOR_TYPE_SINGLE_FP32) {
            VectorValue& value = single[v.name()];
            fromLittleEndian(v.vector_bytes(), value.flat);
            value.rows = 0;
        } else if (v.type() == pb::Vectors::VECTOR_TYPE_MULTI_FP32) {
            const std::string& bytes = v.vector_bytes();
            VectorValue value;
            if (bytes.size() == 1) {
                panicked = true; // Go slices bytes[:2]
                return;
            }
            if (!bytes.empty()) {
                const size_t dim
                    = static_cast<unsigned char>(bytes[0]) | size_t(static_cast<unsigned char>(bytes[1])) << 8;
                if (dim == 0) {
                    error = "dimension cannot be 0";
                    continue;
                }
                const size_t rows = (bytes.size() - 2) / (dim * 4);
                fromLittleEndian(std::string_view(bytes).substr(2, rows * dim * 4), value.flat);
                value.rows = static_cast<int>(rows);
            }
            multi[v.name()] = std::move(value);
        }
    }
    in.hasVectors = !obj.vectors().empty();
    for (auto& [name, value] : single) {
        in.vectorIsMultiShaped[name] = false;
        in.vectors[name] = std::move(value);
    }
    for (auto& [name, value] : multi) {
        in.vectorIsMultiShaped[name] = true;
        in.vectors[name] = std::move(value);
    }
}

// What parse.go makes of one object: an error for the reply, and whether the object is imported all the same.
struct ObjectVerdict
{
    std::string error;
    bool import = false;
};

struct Parsed
{
    std::vector<Item> items;
    std::vector<int> indexes; // items[k] is request object indexes[k]
    std::vector<std::pair<int, std::string>> errors; // parse errors, by request index
    bool panicked = false;
};

// handler.go's class getter: an alias stands for its class. From 1.38 an alias whose class is gone fails the object
// (without that guard auto-schema would re-create the class). Returns that error, or "".
std::string resolveCollection(const Store& store, const EngineConfig& config, std::string& cls)
{
    std::shared_lock lock(store.mutex);
    const auto it = store.aliases.find(cls);
    if (it == store.aliases.end())
        return {};
    const std::string alias = cls;
    cls = it->second;
    if (versionAtLeast(config.version, 1, 38) && !store.classes.count(cls))
        return "alias " + jsonQuote(alias) + " points to collection " + jsonQuote(cls) + " which does not exist";
    return {};
}

// BatchObjectsFromProto for one object: the class getter (alias, authorization), properties and references, the
// uuid, the vectors.
ObjectVerdict parseObject(const Store& store, const EngineConfig& config, const Principal& principal,
    pb::BatchObject& obj, Item& item, bool& panicked)
{
    Codec::ObjectInput& in = item.in;
    in.cls = Store::normaliseClassName(obj.collection());
    in.hasClass = true;
    if (std::string dangling = resolveCollection(store, config, in.cls); !dangling.empty())
        return {dangling};
    in.tenant = obj.tenant();
    if (principal.readOnly)
        return {"authorization, forbidden action: user '" + principal.user
            + "' has insufficient permissions to update_data [data/collections/" + (in.cls.empty() ? "*" : in.cls)
            + "/shards/" + (in.tenant.empty() ? "*" : in.tenant) + "/objects/*]"};
    if (obj.has_properties()) {
        in.hasProperties = true;
        primitiveProperties(*obj.mutable_properties(), in.properties);
        if (obj.properties().single_target_ref_props_size() > 0 || obj.properties().multi_target_ref_props_size() > 0) {
            std::shared_lock lock(store.mutex);
            std::string error;
            if (const ClassData* cls = store.findClass(in.cls);
                cls && !referenceProperties(cls->def, obj.properties(), in.properties, error))
                return {error};
        }
    }
    std::string error;
    if (!Codec::parseGoUuid(obj.uuid(), item.obj.id, error))
        return {error};
    if (!obj.vector_bytes().empty()) {
        fromLittleEndian(obj.vector_bytes(), in.vector);
        in.hasVector = true;
    } else {
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
        in.vector.assign(obj.vector().begin(), obj.vector().end());
        in.hasVector = obj.vector_size() > 0;
#pragma GCC diagnostic pop
    }
    namedVectors(obj, in, error, panicked);
    return {error, true};
}

Parsed parseRequest(
    const Store& store, const EngineConfig& config, const Principal& principal, pb::BatchObjectsRequest& req)
{
    Parsed parsed;
    parsed.items.reserve(static_cast<size_t>(req.objects_size()));
    for (int i = 0; i < req.objects_size(); ++i) {
        Item& item = parsed.items.emplace_back();
        ObjectVerdict verdict = parseObject(store, config, principal, *req.mutable_objects(i), item, parsed.panicked);
        if (parsed.panicked)
            return parsed;
        if (!verdict.error.empty())
            parsed.errors.emplace_back(i, std::move(verdict.error));
        if (verdict.import)
            parsed.indexes.push_back(i);
        else
            parsed.items.pop_back();
    }
    return parsed;
}

} // namespace

grpc::Status batchObjects(Store& store, const EngineConfig& config, const Principal& principal,
    pb::BatchObjectsRequest& req, pb::BatchObjectsReply& reply)
{
    const auto started = std::chrono::steady_clock::now();
    Parsed parsed = parseRequest(store, config, principal, req);
    if (parsed.panicked)
        return grpc::Status(
            grpc::StatusCode::UNKNOWN, "panic occurred: runtime error: slice bounds out of range [:2] with capacity 1");
    for (const auto& [index, error] : parsed.errors) {
        pb::BatchObjectsReply::BatchError* e = reply.add_errors();
        e->set_index(index);
        e->set_error(error);
    }
    if (!parsed.items.empty()) {
        // Without float texts to write, the vector work is a move per vector: one thread does it.
        BatchImport::importItems(store, config, parsed.items, 0, BatchImport::VectorJson::Lazy);
        for (size_t k = 0; k < parsed.items.size(); ++k) {
            if (parsed.items[k].error.empty())
                continue;
            pb::BatchObjectsReply::BatchError* e = reply.add_errors();
            e->set_index(parsed.indexes[k]);
            e->set_error(parsed.items[k].error);
        }
    }
    reply.set_took(std::chrono::duration<float>(std::chrono::steady_clock::now() - started).count());
    return grpc::Status::OK;
}

} // namespace Emu::GrpcApi
