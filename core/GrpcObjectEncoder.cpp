// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/GrpcObjectEncoder.h"

#include "v1/batch.pb.h"

#include <QSysInfo>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <deque>
#include <fast_float/fast_float.h>
#include <google/protobuf/struct.pb.h>
#include <simdjson.h>

namespace Colvault {

namespace {

namespace od = simdjson::ondemand;
namespace pb = weaviate::v1;
using Kind = GrpcObjectEncoder::Schema::Kind;
using Property = GrpcObjectEncoder::Schema::Property;
using google::protobuf::ListValue;
using google::protobuf::Struct;
using google::protobuf::Value;

constexpr size_t shownValueChars = 80;
constexpr quint32 maxMultiVectorDims = 65535; // the uint16 dimension in front of a MULTI_FP32 vector

// ---- Protobuf's wire format (protobuf.dev/programming-guides/encoding), written straight into the batch's bytes:
// building the messages and having them serialized cost a third of a restore's CPU. Canonical, as protobuf writes
// it: minimal varints, each message's fields in the order of their numbers, proto3 defaults left out.
namespace wire {

enum Type : quint32
{
    Varint = 0,
    Fixed64 = 1,
    Len = 2,
};
// A map<string, V> is a repeated message of these two fields (google.protobuf.Struct's fields).
constexpr quint32 mapKey = 1;
constexpr quint32 mapValue = 2;

size_t varintSize(quint64 v)
{
    size_t n = 1;
    for (; v >= 0x80; v >>= 7)
        ++n;
    return n;
}

size_t putVarint(char* p, quint64 v)
{
    size_t n = 0;
    for (; v >= 0x80; v >>= 7)
        p[n++] = char(v | 0x80);
    p[n++] = char(v);
    return n;
}

void varint(std::string& out, quint64 v)
{
    char bytes[10];
    out.append(bytes, putVarint(bytes, v));
}

void tag(std::string& out, quint32 field, Type type)
{
    varint(out, (quint64(field) << 3) | type);
}

// A length-delimited field of `len` bytes with its tag and length.
size_t lenFieldSize(quint32 field, size_t len)
{
    return varintSize(quint64(field) << 3) + varintSize(len) + len;
}

void bytes(std::string& out, quint32 field, std::string_view s)
{
    tag(out, field, Len);
    varint(out, s.size());
    out.append(s);
}

// A proto3 string that is not repeated: absent when empty.
size_t optionalSize(quint32 field, std::string_view s)
{
    return s.empty() ? 0 : lenFieldSize(field, s.size());
}

void optional(std::string& out, quint32 field, std::string_view s)
{
    if (!s.empty())
        bytes(out, field, s);
}

void fixed64(std::string& out, quint32 field, double d)
{
    tag(out, field, Fixed64);
    char le[sizeof(double)];
    qToLittleEndian(d, le);
    out.append(le, sizeof le);
}

// A length-delimited field whose length is known only after its content: one byte is kept for the length (most
// nested parts are shorter than 128 bytes), and the content moves up when its length needs more.
size_t open(std::string& out, quint32 field)
{
    tag(out, field, Len);
    out.push_back('\0');
    return out.size();
}

void close(std::string& out, size_t start)
{
    const size_t len = out.size() - start;
    if (len < 0x80) {
        out[start - 1] = char(len);
        return;
    }
    char bytes[10];
    out.replace(start - 1, 1, bytes, putVarint(bytes, len));
}

} // namespace wire

// One properties message being written (the object's BatchObject.Properties, or a nested object's
// ObjectPropertiesValue): its parts apart, since the JSON names the properties in any order and the message holds
// its fields in the order of their numbers.
struct Level
{
    enum Part
    {
        Struct, // non_ref_properties: the Struct's map entries (the wrapper is written with the level)
        NumberArrays,
        IntArrays,
        TextArrays,
        BooleanArrays,
        Objects,
        ObjectArrays,
        EmptyLists,
        Parts,
    };
    // Each part's fields with their tags, kept across objects for their memory.
    std::array<std::string, Parts> parts;

    void clear()
    {
        for (std::string& p : parts)
            p.clear();
    }
    size_t size() const
    {
        size_t n = parts[Struct].empty() ? 0 : wire::lenFieldSize(structField, parts[Struct].size());
        for (size_t i = Struct + 1; i < Parts; ++i)
            n += parts[i].size();
        return n;
    }
    void writeTo(std::string& out) const
    {
        if (!parts[Struct].empty())
            wire::bytes(out, structField, parts[Struct]);
        for (size_t i = Struct + 1; i < Parts; ++i)
            out.append(parts[i]);
    }
    // As a length-delimited field `field` of its parent.
    void writeAsField(std::string& out, quint32 field) const
    {
        wire::tag(out, field, wire::Len);
        wire::varint(out, size());
        writeTo(out);
    }

    static constexpr quint32 structField = pb::BatchObject_Properties::kNonRefPropertiesFieldNumber;
};
using PartFields = std::array<quint32, Level::Parts>;

// The parts' field numbers in the object's own properties and in a nested object's, both in ascending order.
constexpr PartFields objectFields = {
    pb::BatchObject_Properties::kNonRefPropertiesFieldNumber,
    pb::BatchObject_Properties::kNumberArrayPropertiesFieldNumber,
    pb::BatchObject_Properties::kIntArrayPropertiesFieldNumber,
    pb::BatchObject_Properties::kTextArrayPropertiesFieldNumber,
    pb::BatchObject_Properties::kBooleanArrayPropertiesFieldNumber,
    pb::BatchObject_Properties::kObjectPropertiesFieldNumber,
    pb::BatchObject_Properties::kObjectArrayPropertiesFieldNumber,
    pb::BatchObject_Properties::kEmptyListPropsFieldNumber,
};
constexpr PartFields nestedFields = {
    pb::ObjectPropertiesValue::kNonRefPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kNumberArrayPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kIntArrayPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kTextArrayPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kBooleanArrayPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kObjectPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kObjectArrayPropertiesFieldNumber,
    pb::ObjectPropertiesValue::kEmptyListPropsFieldNumber,
};
static_assert(std::is_sorted(objectFields.begin(), objectFields.end()));
static_assert(std::is_sorted(nestedFields.begin(), nestedFields.end()));
static_assert(Level::structField == nestedFields[Level::Struct]);

// The fields of the typed lists (NumberArrayProperties and its kind), of ObjectProperties, and of Vectors.
static_assert(pb::IntArrayProperties::kValuesFieldNumber == 1 && pb::IntArrayProperties::kPropNameFieldNumber == 2);
static_assert(pb::TextArrayProperties::kValuesFieldNumber == 1 && pb::TextArrayProperties::kPropNameFieldNumber == 2);
static_assert(
    pb::BooleanArrayProperties::kValuesFieldNumber == 1 && pb::BooleanArrayProperties::kPropNameFieldNumber == 2);
static_assert(
    pb::ObjectArrayProperties::kValuesFieldNumber == 1 && pb::ObjectArrayProperties::kPropNameFieldNumber == 2);
constexpr quint32 listValues = 1;
constexpr quint32 listPropName = 2;
constexpr quint32 numberListBytes = pb::NumberArrayProperties::kValuesBytesFieldNumber;
static_assert(pb::NumberArrayProperties::kPropNameFieldNumber == listPropName && numberListBytes > listPropName);
static_assert(pb::ObjectProperties::kValueFieldNumber < pb::ObjectProperties::kPropNameFieldNumber);

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
void appendFloats(std::string& out, const float* values, size_t n)
{
    if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) {
        out.append(reinterpret_cast<const char*>(values), n * sizeof(float));
    } else {
        for (size_t i = 0; i < n; ++i) {
            char le[sizeof(float)];
            qToLittleEndian(values[i], le);
            out.append(le, sizeof le);
        }
    }
}

// google.protobuf.Value's kinds, each the whole content of a Value.
void putNumber(std::string& out, double d)
{
    wire::fixed64(out, Value::kNumberValueFieldNumber, d);
}

void putString(std::string& out, std::string_view s)
{
    wire::bytes(out, Value::kStringValueFieldNumber, s);
}

void putBool(std::string& out, bool b)
{
    wire::tag(out, Value::kBoolValueFieldNumber, wire::Varint);
    out.push_back(b ? '\1' : '\0');
}

void putNull(std::string& out)
{
    wire::tag(out, Value::kNullValueFieldNumber, wire::Varint);
    out.push_back(char(google::protobuf::NULL_VALUE));
}

// One entry of a Struct's map: the key, then the Value `value` writes.
template<class WriteValue> bool putEntry(std::string& out, std::string_view key, WriteValue&& value)
{
    const size_t entry = wire::open(out, Struct::kFieldsFieldNumber);
    wire::bytes(out, wire::mapKey, key); // a map entry has its key also when empty
    const size_t content = wire::open(out, wire::mapValue);
    if (!value(out))
        return false;
    wire::close(out, content);
    wire::close(out, entry);
    return true;
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

// One object's properties, walked along its schema, each properties message into a Level: the object's own at
// depth 0, nested objects' deeper.
class Walker
{
public:
    Walker(std::string_view className, std::deque<Level>& levels, std::string* error)
        : m_className(className)
        , m_levels(levels)
        , m_error(error)
    {
    }

    bool fields(od::object object, const GrpcObjectEncoder::Schema& schema, size_t depth, const PathPart* parent);

private:
    // How a typed list holds its values: packed varints, one field each, or bytes after the name.
    enum class Layout
    {
        Packed,
        Repeated,
        Bytes,
    };

    bool property(od::value v, const Property* p, std::string_view name, size_t depth, const PathPart& at);
    bool nestedObject(od::value v, od::json_type type, const Property& p, size_t depth, const PathPart& at);
    bool array(od::value v, const Property& p, std::string_view name, size_t depth, const PathPart& at);
    template<class Element>
    bool list(od::array a, std::string& out, quint32 field, Layout layout, std::string_view name, const PathPart& at,
        bool* any, Element&& element);
    bool elements(od::array a, const Property& p, std::string_view name, size_t depth, const PathPart& at, bool* any);
    bool scalar(od::value v, od::json_type type, const Property& p, std::string& out, const PathPart& at);
    bool structValue(od::object object, std::string& out, const PathPart& at, bool (*keep)(std::string_view) = nullptr);
    bool jsonValue(od::value v, std::string& out, const PathPart& at);
    bool jsonList(od::value v, std::string& out, const PathPart& at);
    bool number(od::value v, const PathPart& at, double* out);
    bool integer(od::value v, const Property& p, const PathPart& at, int64_t* out);

    bool fail(const PathPart& at, const std::string& what);
    bool mismatch(od::value v, od::json_type type, const Property& p, const PathPart& at);
    bool broken(const PathPart& at) { return fail(at, "is not valid JSON"); }

    Level& level(size_t depth)
    {
        while (m_levels.size() <= depth)
            m_levels.emplace_back(); // a deque: the levels above keep their addresses
        return m_levels[depth];
    }
    static const PartFields& partFields(size_t depth) { return depth == 0 ? objectFields : nestedFields; }

    std::string_view m_className;
    std::deque<Level>& m_levels;
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

// The properties of `object` into the level at `depth`, emptied first.
bool Walker::fields(od::object object, const GrpcObjectEncoder::Schema& schema, size_t depth, const PathPart* parent)
{
    level(depth).clear();
    for (auto item : object) {
        std::string_view name;
        od::value value;
        if (item.unescaped_key().get(name) || item.value().get(value))
            return broken(parent ? *parent : PathPart {});
        const PathPart at {parent, name};
        if (!property(value, schema.find(name), name, depth, at))
            return false;
    }
    return true;
}

bool Walker::property(od::value v, const Property* p, std::string_view name, size_t depth, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    if (v.type().get(type))
        return broken(at);
    if (type == od::json_type::null) // dropped, as a REST write drops it
        return true;
    std::string& entries = level(depth).parts[Level::Struct];
    if (!p || p->kind == Kind::Other) // auto-schema decides from the JSON type, as for REST
        return putEntry(entries, name, [&](std::string& out) { return jsonValue(v, out, at); });
    if (p->array)
        return array(v, *p, name, depth, at);
    if (p->kind != Kind::Object)
        return putEntry(entries, name, [&](std::string& out) { return scalar(v, type, *p, out, at); });
    return nestedObject(v, type, *p, depth, at);
}

// An object property: an ObjectProperties of the level at `depth`, its value the level below.
bool Walker::nestedObject(od::value v, od::json_type type, const Property& p, size_t depth, const PathPart& at)
{
    od::object object;
    if (type != od::json_type::object || v.get_object().get(object))
        return mismatch(v, type, p, at);
    if (!fields(object, p.nested, depth + 1, &at))
        return false;
    const Level& nested = m_levels[depth + 1];
    std::string& out = m_levels[depth].parts[Level::Objects];
    wire::tag(out, partFields(depth)[Level::Objects], wire::Len);
    wire::varint(out,
        wire::lenFieldSize(pb::ObjectProperties::kValueFieldNumber, nested.size())
            + wire::optionalSize(pb::ObjectProperties::kPropNameFieldNumber, at.name));
    nested.writeAsField(out, pb::ObjectProperties::kValueFieldNumber);
    wire::optional(out, pb::ObjectProperties::kPropNameFieldNumber, at.name);
    return true;
}

bool Walker::scalar(od::value v, od::json_type type, const Property& p, std::string& out, const PathPart& at)
{
    switch (p.kind) {
    case Kind::Text: {
        std::string_view s;
        if (type != od::json_type::string || v.get_string().get(s))
            return mismatch(v, type, p, at);
        putString(out, s);
        return true;
    }
    case Kind::Int: {
        int64_t i = 0;
        if (type != od::json_type::number || !integer(v, p, at, &i))
            return m_error->empty() ? mismatch(v, type, p, at) : false;
        // Weaviate keeps ints as float64 whichever way they come (notes 7): REST would round the same way.
        putNumber(out, double(i));
        return true;
    }
    case Kind::Number: {
        double d = 0;
        if (type != od::json_type::number)
            return mismatch(v, type, p, at);
        if (!number(v, at, &d))
            return false;
        putNumber(out, d);
        return true;
    }
    case Kind::Boolean: {
        bool b = false;
        if (type != od::json_type::boolean || v.get_bool().get(b))
            return mismatch(v, type, p, at);
        putBool(out, b);
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

// A JSON object as a Struct value, its values by their JSON type; only the keys `keep` accepts, when given.
bool Walker::structValue(od::object object, std::string& out, const PathPart& at, bool (*keep)(std::string_view))
{
    const size_t content = wire::open(out, Value::kStructValueFieldNumber);
    for (auto item : object) {
        std::string_view key;
        od::value value;
        if (item.unescaped_key().get(key) || item.value().get(value))
            return broken(at);
        if (keep && !keep(key))
            continue;
        const PathPart keyAt {&at, key};
        if (!putEntry(out, key, [&](std::string& o) { return jsonValue(value, o, keyAt); }))
            return false;
    }
    wire::close(out, content);
    return true;
}

bool Walker::array(od::value v, const Property& p, std::string_view name, size_t depth, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    od::array a;
    if (v.type().get(type) || type != od::json_type::array || v.get_array().get(a))
        return mismatch(v, type, p, at);
    bool any = false;
    if (!elements(a, p, name, depth, at, &any))
        return false;
    if (!any) // an empty list has no type on the wire: the server takes it from the schema
        wire::bytes(level(depth).parts[Level::EmptyLists], partFields(depth)[Level::EmptyLists], name);
    return true;
}

// One typed list (field `field` of the properties message) in `out`: `element` writes each element's value. Without
// elements nothing is left of it (*any stays false).
template<class Element>
bool Walker::list(od::array a, std::string& out, quint32 field, Layout layout, std::string_view name,
    const PathPart& at, bool* any, Element&& element)
{
    const size_t mark = out.size();
    const size_t entry = wire::open(out, field);
    size_t values = 0;
    if (layout == Layout::Bytes) {
        wire::optional(out, listPropName, name);
        values = wire::open(out, numberListBytes);
    } else if (layout == Layout::Packed) {
        values = wire::open(out, listValues);
    }
    qsizetype index = 0;
    for (auto item : a) {
        od::value e;
        const PathPart elementAt {&at, {}, index++};
        if (item.get(e))
            return broken(elementAt);
        if (!element(e, elementAt))
            return false;
    }
    *any = index > 0;
    if (!*any) {
        out.resize(mark);
        return true;
    }
    if (layout != Layout::Repeated)
        wire::close(out, values);
    if (layout != Layout::Bytes)
        wire::optional(out, listPropName, name);
    wire::close(out, entry);
    return true;
}

// The typed list of an array property, into its part of the level at `depth`.
bool Walker::elements(
    od::array a, const Property& p, std::string_view name, size_t depth, const PathPart& at, bool* any)
{
    Level& l = level(depth);
    const PartFields& f = partFields(depth);
    const auto elementType = [&](od::value e, od::json_type want, const PathPart& eAt) {
        od::json_type t = od::json_type::null;
        if (e.type().get(t))
            return broken(eAt);
        return t == want || mismatch(e, t, p, eAt);
    };
    switch (p.kind) {
    case Kind::Int: {
        std::string& out = l.parts[Level::IntArrays];
        return list(a, out, f[Level::IntArrays], Layout::Packed, name, at, any, [&](od::value e, const PathPart& eAt) {
            int64_t i = 0;
            if (!elementType(e, od::json_type::number, eAt))
                return false;
            if (!integer(e, p, eAt, &i))
                return m_error->empty() ? mismatch(e, od::json_type::number, p, eAt) : false;
            wire::varint(out, quint64(i)); // int64: a negative one takes ten bytes
            return true;
        });
    }
    case Kind::Number: {
        std::string& out = l.parts[Level::NumberArrays];
        return list(
            a, out, f[Level::NumberArrays], Layout::Bytes, name, at, any, [&](od::value e, const PathPart& eAt) {
                double d = 0;
                if (!elementType(e, od::json_type::number, eAt) || !number(e, eAt, &d))
                    return false;
                char le[sizeof(double)];
                qToLittleEndian(d, le);
                out.append(le, sizeof le);
                return true;
            });
    }
    case Kind::Boolean: {
        std::string& out = l.parts[Level::BooleanArrays];
        return list(
            a, out, f[Level::BooleanArrays], Layout::Packed, name, at, any, [&](od::value e, const PathPart& eAt) {
                bool b = false;
                if (!elementType(e, od::json_type::boolean, eAt) || e.get_bool().get(b))
                    return false;
                out.push_back(b ? '\1' : '\0');
                return true;
            });
    }
    case Kind::Object: {
        std::string& out = l.parts[Level::ObjectArrays];
        return list(
            a, out, f[Level::ObjectArrays], Layout::Repeated, name, at, any, [&](od::value e, const PathPart& eAt) {
                od::object object;
                if (!elementType(e, od::json_type::object, eAt) || e.get_object().get(object)
                    || !fields(object, p.nested, depth + 1, &eAt))
                    return false;
                m_levels[depth + 1].writeAsField(out, listValues);
                return true;
            });
    }
    default: { // Text: text[], uuid[], date[]
        std::string& out = l.parts[Level::TextArrays];
        return list(
            a, out, f[Level::TextArrays], Layout::Repeated, name, at, any, [&](od::value e, const PathPart& eAt) {
                std::string_view s;
                if (!elementType(e, od::json_type::string, eAt) || e.get_string().get(s))
                    return false;
                wire::bytes(out, listValues, s);
                return true;
            });
    }
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
bool Walker::jsonValue(od::value v, std::string& out, const PathPart& at)
{
    od::json_type type = od::json_type::null;
    if (v.type().get(type))
        return broken(at);
    switch (type) {
    case od::json_type::null:
        putNull(out);
        return true;
    case od::json_type::boolean: {
        bool b = false;
        if (v.get_bool().get(b))
            return broken(at);
        putBool(out, b);
        return true;
    }
    case od::json_type::number: {
        double d = 0;
        if (!number(v, at, &d))
            return false;
        putNumber(out, d);
        return true;
    }
    case od::json_type::string: {
        std::string_view s;
        if (v.get_string().get(s))
            return broken(at);
        putString(out, s);
        return true;
    }
    case od::json_type::array:
        return jsonList(v, out, at);
    case od::json_type::object: {
        od::object object;
        if (v.get_object().get(object))
            return broken(at);
        return structValue(object, out, at);
    }
    }
    return broken(at);
}

// A JSON array as a ListValue, its elements by their JSON type.
bool Walker::jsonList(od::value v, std::string& out, const PathPart& at)
{
    od::array a;
    if (v.get_array().get(a))
        return broken(at);
    const size_t list = wire::open(out, Value::kListValueFieldNumber);
    qsizetype index = 0;
    for (auto item : a) {
        od::value element;
        const PathPart elementAt {&at, {}, index++};
        if (item.get(element))
            return broken(elementAt);
        const size_t value = wire::open(out, ListValue::kValuesFieldNumber);
        if (!jsonValue(element, out, elementAt))
            return m_error->empty() ? broken(elementAt) : false;
        wire::close(out, value);
    }
    wire::close(out, list);
    return true;
}

// The vectors as they travel: the legacy one as vector_bytes, each named one as a Vectors message, multi-vectors
// with their dimension first. Checked before anything is written.
struct VectorPlan
{
    const ObjectVector* legacy = nullptr; // the last unnamed one, as a message that set it again would keep
    std::vector<std::pair<const ObjectVector*, std::string>> named; // with its name in UTF-8

    bool check(const QList<ObjectVector>& vectors, std::string* error)
    {
        legacy = nullptr;
        named.clear();
        for (const ObjectVector& v : vectors) {
            if (v.name.isEmpty() && !v.isMulti()) {
                legacy = &v;
                continue;
            }
            if (v.name.isEmpty() || (v.isMulti() && v.dims > maxMultiVectorDims)) {
                *error = v.name.isEmpty() ? "the unnamed vector is a multi-vector, which Weaviate does not have"
                                          : "multi-vector '" + v.name.toStdString() + "' has " + std::to_string(v.dims)
                        + " dimensions; gRPC carries at most 65535";
                return false;
            }
            named.emplace_back(&v, v.name.toStdString());
        }
        return true;
    }

    static size_t bytesSize(const ObjectVector& v)
    {
        return (v.isMulti() ? sizeof(quint16) : 0) + size_t(v.values.size()) * sizeof(float);
    }
    static size_t namedSize(const ObjectVector& v, const std::string& name)
    {
        const size_t n = bytesSize(v);
        return wire::optionalSize(pb::Vectors::kNameFieldNumber, name)
            + (n ? wire::lenFieldSize(pb::Vectors::kVectorBytesFieldNumber, n) : 0)
            + wire::varintSize(pb::Vectors::kTypeFieldNumber << 3) + 1; // the type: 1 or 2, one byte
    }
    size_t size() const
    {
        size_t total = legacy && !legacy->values.isEmpty()
            ? wire::lenFieldSize(pb::BatchObject::kVectorBytesFieldNumber, bytesSize(*legacy))
            : 0;
        for (const auto& [v, name] : named)
            total += wire::lenFieldSize(pb::BatchObject::kVectorsFieldNumber, namedSize(*v, name));
        return total;
    }
    // Each vector's bytes written once, straight from the floats.
    void writeTo(std::string& out) const
    {
        if (legacy && !legacy->values.isEmpty()) {
            wire::tag(out, pb::BatchObject::kVectorBytesFieldNumber, wire::Len);
            wire::varint(out, bytesSize(*legacy));
            appendFloats(out, legacy->values.constData(), size_t(legacy->values.size()));
        }
        for (const auto& [v, name] : named) {
            wire::tag(out, pb::BatchObject::kVectorsFieldNumber, wire::Len);
            wire::varint(out, namedSize(*v, name));
            wire::optional(out, pb::Vectors::kNameFieldNumber, name);
            if (const size_t n = bytesSize(*v)) {
                wire::tag(out, pb::Vectors::kVectorBytesFieldNumber, wire::Len);
                wire::varint(out, n);
                if (v->isMulti()) {
                    char dims[sizeof(quint16)];
                    qToLittleEndian(quint16(v->dims), dims);
                    out.append(dims, sizeof dims);
                }
                appendFloats(out, v->values.constData(), size_t(v->values.size()));
            }
            wire::tag(out, pb::Vectors::kTypeFieldNumber, wire::Varint);
            out.push_back(
                char(v->isMulti() ? pb::Vectors::VECTOR_TYPE_MULTI_FP32 : pb::Vectors::VECTOR_TYPE_SINGLE_FP32));
        }
    }
};

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
    std::deque<Level> levels; // the properties messages being written, kept for their memory
    VectorPlan vectors;
};

GrpcObjectEncoder::GrpcObjectEncoder()
    : d(std::make_unique<Parser>())
{
}

GrpcObjectEncoder::~GrpcObjectEncoder() = default;

bool GrpcObjectEncoder::encode(const SourceObject& object, const Schema& schema, std::string_view className,
    std::string_view tenant, std::string* out, std::string* error, int asField)
{
    error->clear();
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
    if (!Walker(className, d->levels, error).fields(properties, schema, 0, nullptr)
        || !d->vectors.check(object.vectors, error))
        return false;
    // Everything but the vectors' bytes is written by now: the object's size is known before it is appended.
    const std::string_view id(object.id);
    const Level& props = d->levels.front();
    const size_t size = wire::optionalSize(pb::BatchObject::kUuidFieldNumber, id)
        + wire::lenFieldSize(pb::BatchObject::kPropertiesFieldNumber, props.size())
        + wire::optionalSize(pb::BatchObject::kCollectionFieldNumber, className)
        + wire::optionalSize(pb::BatchObject::kTenantFieldNumber, tenant) + d->vectors.size();
    out->reserve(out->size() + size + 16);
    if (asField > 0) {
        wire::tag(*out, quint32(asField), wire::Len);
        wire::varint(*out, size);
    }
    wire::optional(*out, pb::BatchObject::kUuidFieldNumber, id);
    // Always present, also when empty: REST sends "properties":{} too.
    props.writeAsField(*out, pb::BatchObject::kPropertiesFieldNumber);
    wire::optional(*out, pb::BatchObject::kCollectionFieldNumber, className);
    wire::optional(*out, pb::BatchObject::kTenantFieldNumber, tenant);
    d->vectors.writeTo(*out);
    return true;
}

} // namespace Colvault
