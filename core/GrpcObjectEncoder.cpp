// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/GrpcObjectEncoder.h"

#include "v1/batch.pb.h"

#include <QSysInfo>
#include <QtEndian>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <fast_float/fast_float.h>
#include <google/protobuf/struct.pb.h>
#include <simdjson.h>

namespace Colvault {

namespace {

namespace od = simdjson::ondemand;
namespace pb = weaviate::v1;
using Kind = GrpcObjectEncoder::Schema::Kind;
using Property = GrpcObjectEncoder::Schema::Property;
using google::protobuf::Value;

constexpr size_t shownValueChars = 80;
constexpr quint32 maxMultiVectorDims = 65535; // the uint16 dimension in front of a MULTI_FP32 vector

Kind kindOf(QString type, bool* array)
{
    *array = type.endsWith(u"[]");
    if (*array)
        type.chop(2);
    if (type == u"text" || type == u"string" || type == u"uuid" || type == u"date")
        return Kind::Text;
    if (type == u"int")
        return Kind::Int;
    if (type == u"number")
        return Kind::Number;
    if (type == u"boolean")
        return Kind::Boolean;
    if (type == u"object")
        return Kind::Object;
    if (*array) // no other array types exist; an unknown one is sent by its JSON type
        return Kind::Other;
    if (type == u"blob" || type == u"blobHash")
        return Kind::Text;
    if (type == u"geoCoordinates")
        return Kind::Geo;
    if (type == u"phoneNumber")
        return Kind::Phone;
    return Kind::Other; // a reference (a class name), or a type newer than this encoder
}

// JSON's number grammar, which a parser of floats is more lenient about (leading zeros, "+1", ".5", "1.").
bool isJsonNumber(std::string_view t)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < t.size() && t[i] == '-')
        ++i;
    if (i < t.size() && t[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < t.size() && t[i] == '.' && (++i, !digits()))
        return false;
    if (i < t.size() && (t[i] == 'e' || t[i] == 'E')) {
        ++i;
        if (i < t.size() && (t[i] == '+' || t[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == t.size();
}

std::string_view trimmed(std::string_view raw)
{
    while (!raw.empty() && (raw.back() == ' ' || raw.back() == '\t' || raw.back() == '\n' || raw.back() == '\r'))
        raw.remove_suffix(1);
    return raw;
}

// Little-endian float32 bytes: on the usual little-endian host, the floats' own memory.
void putFloats(char* out, const float* values, size_t n)
{
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        std::memcpy(out, values, n * sizeof(float));
    } else {
        for (size_t i = 0; i < n; ++i)
            qToLittleEndian(values[i], out + i * sizeof(float));
    }
}

// Where a value sits, for messages: a chain on the stack, formatted only when something is wrong.
struct PathPart
{
    const PathPart* parent = nullptr;
    std::string_view name; // a property, or empty for an array element
    qsizetype index = -1;

    std::string text() const
    {
        std::string s = parent ? parent->text() : std::string();
        if (index >= 0)
            return s + '[' + std::to_string(index) + ']';
        return s.empty() ? std::string(name) : s + '.' + std::string(name);
    }
};

// One object's properties, walked along its schema.
class Walker
{
public:
    Walker(std::string_view className, std::string* error)
        : m_className(className)
        , m_error(error)
    {
    }

    template<class Message>
    bool fields(od::object object, const GrpcObjectEncoder::Schema& schema, Message* out, const PathPart* parent);
    bool jsonValue(od::value v, Value* out, const PathPart& at);

private:
    template<class Message>
    bool property(od::value v, const Property* p, std::string_view name, Message* out, const PathPart& at);
    template<class Message>
    bool array(od::value v, const Property& p, std::string_view name, Message* out, const PathPart& at);
    template<class Message>
    bool elements(od::array a, const Property& p, std::string_view name, Message* out, const PathPart& at, bool* any);
    bool scalar(od::value v, od::json_type type, const Property& p, Value* out, const PathPart& at);
    bool structValue(od::object object, Value* out, const PathPart& at, bool (*keep)(std::string_view) = nullptr);
    bool number(od::value v, const PathPart& at, double* out);
    bool integer(od::value v, const Property& p, const PathPart& at, int64_t* out);

    bool fail(const PathPart& at, const std::string& what);
    bool mismatch(od::value v, od::json_type type, const Property& p, const PathPart& at);
    bool broken(const PathPart& at) { return fail(at, "is not valid JSON"); }

    template<class Message> static Value* structField(Message* out, std::string_view name)
    {
        return &(*out->mutable_non_ref_properties()->mutable_fields())[std::string(name)];
    }

    std::string_view m_className;
    std::string* m_error;
};

bool Walker::fail(const PathPart& at, const std::string& what)
{
    *m_error = "property '" + at.text() + "' of class '" + std::string(m_className) + "' " + what;
    return false;
}

bool Walker::mismatch(od::value v, od::json_type type, const Property& p, const PathPart& at)
{
    std::string shown;
    switch (type) {
    case od::json_type::array:
        shown = "an array";
        break;
    case od::json_type::object:
        shown = "an object";
        break;
    default:
        shown = std::string(trimmed(v.raw_json_token()).substr(0, shownValueChars));
        break;
    }
    return fail(at, "is " + p.dataType + " in the schema, but its value is " + shown);
}

template<class Message>
bool Walker::fields(od::object object, const GrpcObjectEncoder::Schema& schema, Message* out, const PathPart* parent)
{
    for (auto item : object) {
        std::string_view name;
        od::value value;
        if (item.unescaped_key().get(name) || item.value().get(value))
            return broken(parent ? *parent : PathPart {});
        const PathPart at {parent, name};
        if (!property(value, schema.find(name), name, out, at))
            return false;
    }
    return true;
}

template<class Message>
bool Walker::property(od::value v, const Property* p, std::string_view name, Message* out, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    if (v.type().get(type))
        return broken(at);
    if (type == od::json_type::null) // dropped, as a REST write drops it
        return true;
    if (!p || p->kind == Kind::Other) // auto-schema decides from the JSON type, as for REST
        return jsonValue(v, structField(out, name), at);
    if (p->array)
        return array(v, *p, name, out, at);
    if (p->kind != Kind::Object)
        return scalar(v, type, *p, structField(out, name), at);
    od::object object;
    if (type != od::json_type::object || v.get_object().get(object))
        return mismatch(v, type, *p, at);
    pb::ObjectProperties* nested = out->add_object_properties();
    nested->set_prop_name(std::string(name));
    return fields(object, p->nested, nested->mutable_value(), &at);
}

bool Walker::scalar(od::value v, od::json_type type, const Property& p, Value* out, const PathPart& at)
{
    switch (p.kind) {
    case Kind::Text: {
        std::string_view s;
        if (type != od::json_type::string || v.get_string().get(s))
            return mismatch(v, type, p, at);
        out->set_string_value(std::string(s));
        return true;
    }
    case Kind::Int: {
        int64_t i = 0;
        if (type != od::json_type::number || !integer(v, p, at, &i))
            return m_error->empty() ? mismatch(v, type, p, at) : false;
        // Weaviate keeps ints as float64 whichever way they come (notes 7): REST would round the same way.
        out->set_number_value(double(i));
        return true;
    }
    case Kind::Number: {
        double d = 0;
        if (type != od::json_type::number)
            return mismatch(v, type, p, at);
        if (!number(v, at, &d))
            return false;
        out->set_number_value(d);
        return true;
    }
    case Kind::Boolean: {
        bool b = false;
        if (type != od::json_type::boolean || v.get_bool().get(b))
            return mismatch(v, type, p, at);
        out->set_bool_value(b);
        return true;
    }
    case Kind::Geo:
        // {latitude, longitude} as numbers, any other key as it is: the server checks them as for REST.
        return type == od::json_type::object ? jsonValue(v, out, at) : mismatch(v, type, p, at);
    case Kind::Phone: {
        od::object object;
        if (type != od::json_type::object || v.get_object().get(object))
            return mismatch(v, type, p, at);
        // What a phone number is written from: the server derives the other keys (international form, country
        // code, validity) from these two and ignores them on write (notes 7); the official clients send only these.
        return structValue(
            object, out, at, [](std::string_view key) { return key == "input" || key == "defaultCountry"; });
    }
    case Kind::Object:
    case Kind::Other:
        break;
    }
    return jsonValue(v, out, at);
}

// A JSON object as a Struct, its values by their JSON type; only the keys `keep` accepts, when given.
bool Walker::structValue(od::object object, Value* out, const PathPart& at, bool (*keep)(std::string_view))
{
    auto* fields = out->mutable_struct_value()->mutable_fields();
    for (auto item : object) {
        std::string_view key;
        od::value value;
        if (item.unescaped_key().get(key) || item.value().get(value))
            return broken(at);
        if (keep && !keep(key))
            continue;
        const PathPart keyAt {&at, key};
        if (!jsonValue(value, &(*fields)[std::string(key)], keyAt))
            return false;
    }
    return true;
}

template<class Message>
bool Walker::array(od::value v, const Property& p, std::string_view name, Message* out, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    od::array a;
    if (v.type().get(type) || type != od::json_type::array || v.get_array().get(a))
        return mismatch(v, type, p, at);
    bool any = false;
    if (!elements(a, p, name, out, at, &any))
        return false;
    if (!any) // an empty list has no type on the wire: the server takes it from the schema
        out->add_empty_list_props(std::string(name));
    return true;
}

// The typed list of an array property. Without elements, the list added is taken off again (*any stays false).
template<class Message>
bool Walker::elements(
    od::array a, const Property& p, std::string_view name, Message* out, const PathPart& at, bool* any)
{
    const auto typed = [&](auto* list, auto&& add) {
        auto* entry = list->Add();
        entry->set_prop_name(std::string(name));
        qsizetype index = 0;
        for (auto item : a) {
            od::value element;
            const PathPart elementAt {&at, {}, index++};
            if (item.get(element))
                return broken(elementAt);
            if (!add(entry, element, elementAt))
                return false;
        }
        *any = index > 0;
        if (!*any)
            list->RemoveLast();
        return true;
    };
    const auto elementType = [&](od::value e, od::json_type want, const PathPart& eAt) {
        od::json_type t = od::json_type::null;
        if (e.type().get(t))
            return broken(eAt);
        return t == want || mismatch(e, t, p, eAt);
    };
    switch (p.kind) {
    case Kind::Int:
        return typed(
            out->mutable_int_array_properties(), [&](pb::IntArrayProperties* l, od::value e, const PathPart& eAt) {
                int64_t i = 0;
                if (!elementType(e, od::json_type::number, eAt))
                    return false;
                if (!integer(e, p, eAt, &i))
                    return m_error->empty() ? mismatch(e, od::json_type::number, p, eAt) : false;
                l->add_values(i);
                return true;
            });
    case Kind::Number:
        return typed(out->mutable_number_array_properties(),
            [&](pb::NumberArrayProperties* l, od::value e, const PathPart& eAt) {
                double d = 0;
                if (!elementType(e, od::json_type::number, eAt) || !number(e, eAt, &d))
                    return false;
                char bytes[sizeof(double)];
                qToLittleEndian(d, bytes);
                l->mutable_values_bytes()->append(bytes, sizeof bytes);
                return true;
            });
    case Kind::Boolean:
        return typed(out->mutable_boolean_array_properties(),
            [&](pb::BooleanArrayProperties* l, od::value e, const PathPart& eAt) {
                bool b = false;
                if (!elementType(e, od::json_type::boolean, eAt) || e.get_bool().get(b))
                    return false;
                l->add_values(b);
                return true;
            });
    case Kind::Object:
        return typed(out->mutable_object_array_properties(),
            [&](pb::ObjectArrayProperties* l, od::value e, const PathPart& eAt) {
                od::object object;
                if (!elementType(e, od::json_type::object, eAt) || e.get_object().get(object))
                    return false;
                return fields(object, p.nested, l->add_values(), &eAt);
            });
    default: // Text: text[], uuid[], date[]
        return typed(
            out->mutable_text_array_properties(), [&](pb::TextArrayProperties* l, od::value e, const PathPart& eAt) {
                std::string_view s;
                if (!elementType(e, od::json_type::string, eAt) || e.get_string().get(s))
                    return false;
                l->add_values(std::string(s));
                return true;
            });
    }
}

// A JSON number as the float64 Go's decoder makes of it: correctly rounded; out of range is an error there too.
bool Walker::number(od::value v, const PathPart& at, double* out)
{
    const std::string_view t = trimmed(v.raw_json_token());
    if (!isJsonNumber(t))
        return fail(at, "holds " + std::string(t.substr(0, shownValueChars)) + ", which is not a JSON number");
    const auto r = fast_float::from_chars(t.data(), t.data() + t.size(), *out);
    if (r.ec != std::errc() || r.ptr != t.data() + t.size() || !std::isfinite(*out))
        return fail(at, "holds " + std::string(t.substr(0, shownValueChars)) + ", which is out of a number's range");
    return true;
}

// A JSON integer (no fraction, no exponent: REST refuses 5.0 for an int) within int64. False with *m_error left
// empty when the token is a number of another form (the caller reports the mismatch), set when out of range.
bool Walker::integer(od::value v, const Property& p, const PathPart& at, int64_t* out)
{
    const std::string_view t = trimmed(v.raw_json_token());
    if (!isJsonNumber(t) || t.find_first_of(".eE") != std::string_view::npos)
        return false;
    const auto r = std::from_chars(t.data(), t.data() + t.size(), *out);
    if (r.ec == std::errc::result_out_of_range)
        return fail(at, "is " + p.dataType + " in the schema, but its value " + std::string(t) + " is out of range");
    return r.ec == std::errc() && r.ptr == t.data() + t.size();
}

// Any JSON value as the google.protobuf.Value the server turns back into the same Go value a REST body gives.
bool Walker::jsonValue(od::value v, Value* out, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    if (v.type().get(type))
        return broken(at);
    switch (type) {
    case od::json_type::null:
        out->set_null_value(google::protobuf::NULL_VALUE);
        return true;
    case od::json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b))
            return broken(at);
        out->set_bool_value(b);
        return true;
    }
    case od::json_type::number: {
        double d = 0;
        if (!number(v, at, &d))
            return false;
        out->set_number_value(d);
        return true;
    }
    case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s))
            return broken(at);
        out->set_string_value(std::string(s));
        return true;
    }
    case od::json_type::array: {
        od::array a;
        if (v.get_array().get(a))
            return broken(at);
        auto* list = out->mutable_list_value();
        qsizetype index = 0;
        for (auto item : a) {
            od::value element;
            const PathPart elementAt {&at, {}, index++};
            if (item.get(element) || !jsonValue(element, list->add_values(), elementAt))
                return m_error->empty() ? broken(elementAt) : false;
        }
        return true;
    }
    case od::json_type::object: {
        od::object object;
        if (v.get_object().get(object))
            return broken(at);
        return structValue(object, out, at);
    }
    }
    return broken(at);
}

// The vectors: the legacy one as vector_bytes, each named one as Vectors, multi-vectors with their dimension first.
bool putVectors(const QList<ObjectVector>& vectors, pb::BatchObject* out, std::string* error)
{
    for (const ObjectVector& v : vectors) {
        const size_t n = size_t(v.values.size());
        if (v.name.isEmpty() && !v.isMulti()) {
            std::string* bytes = out->mutable_vector_bytes();
            bytes->resize(n * sizeof(float));
            putFloats(bytes->data(), v.values.constData(), n);
            continue;
        }
        if (v.name.isEmpty() || (v.isMulti() && v.dims > maxMultiVectorDims)) {
            *error = v.name.isEmpty() ? "the unnamed vector is a multi-vector, which Weaviate does not have"
                                      : "multi-vector '" + v.name.toStdString() + "' has " + std::to_string(v.dims)
                    + " dimensions; gRPC carries at most 65535";
            return false;
        }
        pb::Vectors* named = out->add_vectors();
        named->set_name(v.name.toStdString());
        std::string* bytes = named->mutable_vector_bytes();
        if (v.isMulti()) {
            named->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
            bytes->resize(2 + n * sizeof(float));
            qToLittleEndian(quint16(v.dims), bytes->data());
            putFloats(bytes->data() + 2, v.values.constData(), n);
        } else {
            named->set_type(pb::Vectors::VECTOR_TYPE_SINGLE_FP32);
            bytes->resize(n * sizeof(float));
            putFloats(bytes->data(), v.values.constData(), n);
        }
    }
    return true;
}

} // namespace

// ---- Schema

GrpcObjectEncoder::Schema::Schema() = default;
GrpcObjectEncoder::Schema::~Schema() = default;
GrpcObjectEncoder::Schema::Schema(const Schema&) = default;
GrpcObjectEncoder::Schema& GrpcObjectEncoder::Schema::operator=(const Schema&) = default;
GrpcObjectEncoder::Schema::Schema(Schema&&) noexcept = default;
GrpcObjectEncoder::Schema& GrpcObjectEncoder::Schema::operator=(Schema&&) noexcept = default;

GrpcObjectEncoder::Schema GrpcObjectEncoder::Schema::fromClass(const QJsonObject& classJson)
{
    return fromProperties(classJson.value(QLatin1StringView("properties")).toArray());
}

GrpcObjectEncoder::Schema GrpcObjectEncoder::Schema::fromProperties(const QJsonArray& properties)
{
    Schema s;
    for (const QJsonValue& value : properties) {
        const QJsonObject o = value.toObject();
        Property p;
        p.name = o.value(QLatin1StringView("name")).toString().toStdString();
        const QString type = o.value(QLatin1StringView("dataType")).toArray().first().toString();
        p.dataType = type.toStdString();
        p.kind = kindOf(type, &p.array);
        if (p.kind == Kind::Object)
            p.nested = fromProperties(o.value(QLatin1StringView("nestedProperties")).toArray());
        s.m_properties.push_back(std::move(p));
    }
    std::sort(s.m_properties.begin(), s.m_properties.end(),
        [](const Property& a, const Property& b) { return a.name < b.name; });
    return s;
}

const GrpcObjectEncoder::Schema::Property* GrpcObjectEncoder::Schema::find(std::string_view name) const
{
    const auto it = std::lower_bound(m_properties.begin(), m_properties.end(), name,
        [](const Property& p, std::string_view n) { return p.name < n; });
    return it != m_properties.end() && it->name == name ? &*it : nullptr;
}

// ---- Encoder

struct GrpcObjectEncoder::Parser
{
    od::parser parser;
    std::string buffer; // the properties with the padding simdjson reads past the end
};

GrpcObjectEncoder::GrpcObjectEncoder()
    : d(std::make_unique<Parser>())
{
}

GrpcObjectEncoder::~GrpcObjectEncoder() = default;

bool GrpcObjectEncoder::encode(const SourceObject& object, const Schema& schema, std::string_view className,
    std::string_view tenant, weaviate::v1::BatchObject* out, std::string* error)
{
    error->clear();
    out->Clear();
    out->set_uuid(object.id.data(), object.id.size());
    out->set_collection(className.data(), className.size());
    if (!tenant.empty())
        out->set_tenant(tenant.data(), tenant.size());
    const std::string& text = object.propertiesWithoutReferences;
    d->buffer.reserve(text.size() + simdjson::SIMDJSON_PADDING);
    d->buffer.assign(text);
    od::document doc;
    od::object properties;
    if (d->parser.iterate(d->buffer.data(), d->buffer.size(), d->buffer.capacity()).get(doc)
        || doc.get_object().get(properties)) {
        *error = "the properties are not a JSON object";
        return false;
    }
    // Always present, also when empty: REST sends "properties":{} too.
    if (!Walker(className, error).fields(properties, schema, out->mutable_properties(), nullptr))
        return false;
    return putVectors(object.vectors, out, error);
}

} // namespace Colvault
