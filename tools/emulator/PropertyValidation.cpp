// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/PropertyValidation.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/GoFormat.h"
#include "tools/emulator/Uuid.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <algorithm>
#include <charconv>
#include <cmath>
#include <map>

namespace Emu::Codec {

namespace {

bool isDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int toInt(std::string_view s)
{
    int v = 0;
    std::from_chars(s.data(), s.data() + s.size(), v);
    return v;
}

// Go time.Parse(time.RFC3339) and re-format as RFC3339Nano (trailing zeros of the fraction dropped, offset kept).
bool normaliseDate(std::string_view s, std::string& out)
{
    // 2006-01-02T15:04:05[.frac](Z|+hh:mm)
    if (s.size() < 20 || s[4] != '-' || s[7] != '-' || s[10] != 'T' || s[13] != ':' || s[16] != ':')
        return false;
    const std::string_view year = s.substr(0, 4), mon = s.substr(5, 2), day = s.substr(8, 2), hh = s.substr(11, 2),
                           mm = s.substr(14, 2), ss = s.substr(17, 2);
    if (!isDigits(year) || !isDigits(mon) || !isDigits(day) || !isDigits(hh) || !isDigits(mm) || !isDigits(ss))
        return false;
    const int y = toInt(year), mo = toInt(mon), d = toInt(day);
    if (mo < 1 || mo > 12 || d < 1 || toInt(hh) > 23 || toInt(mm) > 59 || toInt(ss) > 59)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    if (d > days[mo - 1] + (mo == 2 && leap ? 1 : 0))
        return false;
    size_t i = 19;
    std::string frac;
    if (i < s.size() && s[i] == '.') {
        ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            frac += s[i++];
        if (frac.empty())
            return false;
        if (frac.size() > 9)
            frac.resize(9); // Go keeps nanoseconds
        while (!frac.empty() && frac.back() == '0')
            frac.pop_back();
    }
    std::string zone;
    const std::string_view rest = s.substr(i);
    if (rest == "Z") {
        zone = "Z";
    } else if (rest.size() == 6 && (rest[0] == '+' || rest[0] == '-') && rest[3] == ':' && isDigits(rest.substr(1, 2))
        && isDigits(rest.substr(4, 2))) {
        if (toInt(rest.substr(1, 2)) > 23 || toInt(rest.substr(4, 2)) > 59)
            return false;
        zone = (rest.substr(1, 2) == "00" && rest.substr(4, 2) == "00") ? std::string("Z") : std::string(rest);
    } else {
        return false;
    }
    out += '"';
    out.append(s.substr(0, 19));
    if (!frac.empty()) {
        out += '.';
        out += frac;
    }
    out += zone;
    out += '"';
    return true;
}

bool isBase64(std::string_view s)
{
    if (s.empty() || s.size() % 4 != 0)
        return false;
    auto ok = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
    };
    for (size_t i = 0; i < s.size(); ++i) {
        const bool tail = i >= s.size() - 2;
        if (ok(s[i]))
            continue;
        if (tail && s[i] == '=' && (i == s.size() - 1 || s[s.size() - 1] == '='))
            continue;
        return false;
    }
    return true;
}

// Country calling codes for the simplified phone number formatting (see docs/emulator.md): a deterministic
// stand-in for libphonenumber covering the countries tests use.
struct Country
{
    const char* iso;
    int code;
};
constexpr Country kCountries[] = {{"US", 1}, {"CA", 1}, {"RU", 7}, {"EG", 20}, {"ZA", 27}, {"GR", 30}, {"NL", 31},
    {"BE", 32}, {"FR", 33}, {"ES", 34}, {"IT", 39}, {"CH", 41}, {"AT", 43}, {"GB", 44}, {"DK", 45}, {"SE", 46},
    {"NO", 47}, {"PL", 48}, {"DE", 49}, {"MX", 52}, {"BR", 55}, {"AU", 61}, {"NZ", 64}, {"JP", 81}, {"KR", 82},
    {"CN", 86}, {"IN", 91}, {"PT", 351}, {"IE", 353}, {"FI", 358}};

bool normalisePhone(const JNode& v, std::string& out, std::string& err)
{
    if (v.kind != JNode::Kind::Object) {
        err = "phoneNumber must be a map, but got: " + goType(v);
        return false;
    }
    const JNode* input = v.member("input");
    if (!input) {
        err = "phoneNumber is missing required field 'input'";
        return false;
    }
    if (input->kind != JNode::Kind::String) {
        err = "phoneNumber.input must be a string";
        return false;
    }
    std::string country;
    if (const JNode* dc = v.member("defaultCountry")) {
        if (dc->kind != JNode::Kind::String) {
            err = "phoneNumber.defaultCountry must be a string";
            return false;
        }
        country = dc->text;
        std::transform(country.begin(), country.end(), country.begin(),
            [](char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; });
    }
    std::string digits;
    bool international = false;
    for (const char c : input->text) {
        if (c == '+' && digits.empty())
            international = true;
        else if (c >= '0' && c <= '9')
            digits += c;
    }
    if (digits.size() < 2) {
        err = "invalid phone number: the string supplied is too short to be a phone number";
        return false;
    }
    int code = 0;
    std::string national;
    if (international) {
        for (int len = 1; len <= 3 && code == 0; ++len)
            for (const auto& c : kCountries)
                if (std::to_string(c.code) == digits.substr(0, static_cast<size_t>(len))) {
                    code = c.code;
                    national = digits.substr(static_cast<size_t>(len));
                    break;
                }
    } else {
        for (const auto& c : kCountries)
            if (country == c.iso) {
                code = c.code;
                national = digits;
                break;
            }
    }
    if (code == 0) {
        err = "invalid phone number: invalid or missing defaultCountry - this field is optional if the specified "
              "number is in the international format, but required if the number is in national format, use "
              "ISO 3166-1 alpha-2";
        return false;
    }
    while (national.size() > 1 && national.front() == '0')
        national.erase(0, 1); // the national trunk prefix
    const bool valid = national.size() >= 7 && national.size() <= 12;
    out += "{\"countryCode\":" + std::to_string(code);
    if (!country.empty())
        out += ",\"defaultCountry\":" + jsonQuote(country);
    out += ",\"input\":" + jsonQuote(input->text);
    out += ",\"internationalFormatted\":" + jsonQuote("+" + std::to_string(code) + " " + national);
    out += ",\"national\":" + national;
    out += ",\"nationalFormatted\":" + jsonQuote(code == 1 ? national : "0" + national);
    if (valid)
        out += ",\"valid\":true";
    out += '}';
    return true;
}

bool parseCoordinate(const JNode& v, float& out, std::string& err)
{
    if (v.kind != JNode::Kind::Number || v.go == JNode::Go::Int64) {
        err = "must be json.Number or float, but got " + goType(v);
        return false;
    }
    double d = v.number;
    if (v.go == JNode::Go::JsonNumber)
        std::from_chars(v.text.data(), v.text.data() + v.text.size(), d);
    out = static_cast<float>(d);
    return true;
}

// Go's float64(int64(d)) == d on amd64, where an out-of-range conversion gives INT64_MIN.
bool isInt64Valued(double d)
{
    constexpr double limit = 9223372036854775808.0; // 2^63
    return d >= -limit && d < limit && d == std::trunc(d);
}

bool intValue(const JNode& v, std::string& out, std::string& err)
{
    if (v.kind != JNode::Kind::Number || (v.go == JNode::Go::Float64 && !isInt64Valued(v.number))) {
        err = "requires an integer, the given value is '" + goV(v) + "'";
        return false;
    }
    if (v.go == JNode::Go::Float64) {
        appendGoFloat(out, v.number);
        return true;
    }
    int64_t i = 0;
    const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), i);
    if (r.ec != std::errc() || r.ptr != v.text.data() + v.text.size()) {
        err = "the JSON number '" + v.text + "' could not be converted to an int";
        return false;
    }
    appendGoFloat(out, static_cast<double>(i)); // stored as float64
    return true;
}

bool numberValue(const JNode& v, std::string& out, std::string& err)
{
    if (v.kind != JNode::Kind::Number) {
        err = "requires a float, the given value is '" + goV(v) + "'";
        return false;
    }
    if (v.go == JNode::Go::Float64) {
        appendGoFloat(out, v.number);
        return true;
    }
    double d = 0;
    const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), d);
    if (r.ec != std::errc()) {
        err = "the JSON number '" + v.text + "' could not be converted to a float.";
        return false;
    }
    appendGoFloat(out, d);
    return true;
}

bool scalarValue(std::string_view base, const JNode& v, std::string& out, std::string& err)
{
    if (base == "text" || base == "string") {
        if (v.kind != JNode::Kind::String) {
            err = "not a string, but " + goType(v);
            return false;
        }
        appendJsonQuoted(out, v.text);
        return true;
    }
    if (base == "int")
        return intValue(v, out, err);
    if (base == "number")
        return numberValue(v, out, err);
    if (base == "boolean") {
        if (v.kind != JNode::Kind::Bool) {
            err = "not a bool, but " + goType(v);
            return false;
        }
        out += v.boolean ? "true" : "false";
        return true;
    }
    if (base == "date") {
        if (v.kind != JNode::Kind::String || !normaliseDate(v.text, out)) {
            err = "requires a string with a RFC3339 formatted date, but the given value is '" + goV(v) + "'";
            return false;
        }
        return true;
    }
    if (base == "uuid") {
        char u[38];
        if (v.kind != JNode::Kind::String || !canonicalUuidTo(v.text, u + 1)) {
            err = "requires a string of UUID format, but the given value is '" + goV(v) + "'";
            return false;
        }
        u[0] = u[37] = '"';
        out.append(u, sizeof u);
        return true;
    }
    err = "unrecognized data type '" + std::string(base) + "'";
    return false;
}

std::string arrayLabel(std::string_view base)
{
    if (base == "int")
        return "integer";
    return std::string(base);
}

bool arrayValue(std::string_view base, const JNode& v, std::string& out, std::string& err)
{
    const std::string label = base == "number" ? std::string("integer") : arrayLabel(base); // Go's wording
    if (v.kind != JNode::Kind::Array) {
        err = "not a" + std::string(label == "integer" ? "n " : " ") + label + " array, but " + goType(v);
        return false;
    }
    out += '[';
    for (size_t i = 0; i < v.items.size(); ++i) {
        if (i)
            out += ',';
        std::string inner;
        if (!scalarValue(base, v.items[i], out, inner)) {
            err = "invalid " + label + " array value: " + goS(v); // Go formats the slice with %s
            return false;
        }
    }
    out += ']';
    return true;
}

std::string typeLabel(std::string_view dt)
{
    static const std::map<std::string_view, std::string_view> labels
        = {{"text", "text"}, {"uuid", "uuid"}, {"int", "integer"}, {"number", "number"}, {"boolean", "boolean"},
            {"date", "date"}, {"geoCoordinates", "geoCoordinates"}, {"phoneNumber", "phoneNumber"}, {"blob", "blob"},
            {"blobHash", "blobHash"}, {"text[]", "text array"}, {"int[]", "integer array"},
            {"number[]", "number array"}, {"boolean[]", "boolean array"}, {"date[]", "date array"},
            {"uuid[]", "uuid array"}, {"string", "string"}, {"string[]", "string array"}};
    const auto it = labels.find(dt);
    return it == labels.end() ? std::string(dt) : std::string(it->second);
}

bool nestedObject(const JNode& v, const std::string& prefix, const std::vector<PropertyDef>& nested, std::string& out,
    std::string& err);

bool propertyValue(const PropertyDef& p, const std::string& name, const std::string& cls, const JNode& v,
    std::string& out, std::string& err)
{
    const std::string& dt = p.dataType.front();
    std::string inner;
    if (dt == "object" || dt == "object[]") {
        bool ok = true;
        if (dt == "object") {
            ok = nestedObject(v, name, p.nested, out, inner);
        } else if (v.kind != JNode::Kind::Array) {
            inner = "not an object array, but " + goType(v);
            ok = false;
        } else {
            out += '[';
            for (size_t i = 0; i < v.items.size() && ok; ++i) {
                if (i)
                    out += ',';
                std::string e;
                if (!nestedObject(v.items[i], name, p.nested, out, e)) {
                    inner = "invalid object '" + std::to_string(i) + "' in array: " + e;
                    ok = false;
                }
            }
            out += ']';
        }
        if (!ok)
            err = "invalid " + dt + " property '" + name + "' on class '" + cls + "': " + inner;
        return ok;
    }
    bool ok = false;
    if (dt.size() > 2 && dt.compare(dt.size() - 2, 2, "[]") == 0) {
        ok = arrayValue(std::string_view(dt).substr(0, dt.size() - 2), v, out, inner);
    } else if (dt == "geoCoordinates") {
        float lat = 0, lon = 0;
        const JNode* jlon = v.kind == JNode::Kind::Object ? v.member("longitude") : nullptr;
        const JNode* jlat = v.kind == JNode::Kind::Object ? v.member("latitude") : nullptr;
        std::string e;
        if (v.kind != JNode::Kind::Object)
            inner = "geoCoordinates must be a map, but got: " + goType(v);
        else if (!jlon)
            inner = "geoCoordinates is missing required field 'longitude'";
        else if (!jlat)
            inner = "geoCoordinates is missing required field 'latitude'";
        else if (!parseCoordinate(*jlon, lon, e))
            inner = "invalid longitude: " + e;
        else if (!parseCoordinate(*jlat, lat, e))
            inner = "invalid latitude: " + e;
        else {
            out += "{\"latitude\":";
            appendFloat32(out, lat);
            out += ",\"longitude\":";
            appendFloat32(out, lon);
            out += '}';
            ok = true;
        }
    } else if (dt == "phoneNumber") {
        ok = normalisePhone(v, out, inner);
    } else if (dt == "blob" || dt == "blobHash") {
        if (v.kind != JNode::Kind::String)
            inner = "not a blob base64 string, but " + goType(v);
        else if (!isBase64(v.text))
            inner = "not a valid blob base64 string";
        else {
            ok = true;
            if (dt == "blob") {
                appendJsonQuoted(out, v.text);
            } else {
                const QByteArray raw = QByteArray::fromBase64(QByteArray::fromStdString(v.text));
                out += '"' + QCryptographicHash::hash(raw, QCryptographicHash::Sha256).toHex().toStdString() + '"';
            }
        }
    } else {
        ok = scalarValue(dt, v, out, inner);
    }
    if (!ok)
        err = "invalid " + typeLabel(dt) + " property '" + name + "' on class '" + cls + "': " + inner;
    return ok;
}

bool nestedObject(const JNode& v, const std::string& prefix, const std::vector<PropertyDef>& nested, std::string& out,
    std::string& err)
{
    if (v.kind != JNode::Kind::Object) {
        err = "object must be a map, but got: " + goType(v);
        return false;
    }
    // Written straight into `out`, in sorted key order: on failure the caller drops `out` anyway.
    out += '{';
    bool first = true;
    std::string name;
    for (const auto* m : sortedMembers(v)) {
        name.assign(prefix).append(".").append(m->first);
        const PropertyDef* def = nullptr;
        for (const auto& n : nested)
            if (n.name == m->first)
                def = &n;
        if (!def) {
            err = "unknown property '" + name + "'";
            return false;
        }
        if (m->second.kind == JNode::Kind::Null || def->dataType.empty())
            continue;
        if (!first)
            out += ',';
        first = false;
        appendJsonQuoted(out, m->first);
        out += ':';
        std::string e;
        if (!propertyValue(*def, name, std::string(), m->second, out, e)) {
            // Nested errors are wrapped once more with the nested path.
            err = "property '" + name + "': " + e;
            return false;
        }
    }
    out += '}';
    return true;
}

bool refValue(const ClassDef& cls, const PropertyDef& p, const std::string& name, const JNode& v, std::string& out,
    std::vector<RefTarget>& refs, std::string& err)
{
    const std::string prefix = "invalid cref: ";
    if (v.kind != JNode::Kind::Array) {
        if (v.kind == JNode::Kind::Object)
            err = "reference property is not a slice " + goV(v);
        else
            err = "reference property is not a slice " + goV(v);
        return false;
    }
    out += '[';
    for (size_t i = 0; i < v.items.size(); ++i) {
        const JNode& item = v.items[i];
        if (item.kind != JNode::Kind::Object) {
            err = "reference property is not a map: map[string]interface {}";
            return false;
        }
        const JNode* beacon = item.member("beacon");
        if (!beacon || beacon->kind != JNode::Kind::String) {
            err = "beacon property is not a string: " + (beacon ? goType(*beacon) : std::string("<nil>"));
            return false;
        }
        size_t keys = 0;
        for (const auto& m : item.members)
            if (m.first != "href")
                ++keys;
        if (keys != 1) {
            JNode copy = item;
            std::erase_if(copy.members, [](const auto& m) { return m.first == "href"; });
            err = prefix
                + "only direct references supported at the moment, concept references not supported yet: class '"
                + cls.name + "' with property '" + name
                + "' requires exactly 1 arguments: 'beacon'. Check your input schema, got: " + goSharpV(copy);
            return false;
        }
        std::string targetClass, id, e;
        if (!parseBeacon(beacon->text, targetClass, id, e)) {
            err = prefix + "invalid reference: " + e;
            return false;
        }
        if (targetClass.empty() && p.dataType.size() == 1)
            targetClass = p.dataType.front();
        refs.push_back({targetClass, id, name});
        if (i)
            out += ',';
        if (targetClass.empty()) {
            out += "{\"beacon\":\"weaviate://localhost/" + id + "\",\"href\":\"/v1/objects/" + id + "\"}";
        } else {
            out += "{\"beacon\":\"weaviate://localhost/" + targetClass + "/" + id + "\",\"href\":\"/v1/objects/"
                + targetClass + "/" + id + "\"}";
        }
    }
    out += ']';
    return true;
}

} // namespace

bool normaliseProperties(const ClassDef& cls, const JNode& props, std::string& json, std::vector<RefTarget>& refs,
    std::string& error, std::vector<PropertyDef>* addedProps)
{
    (void)addedProps; // auto-schema inference is not emulated (see docs/emulator.md)
    json.clear();
    if (props.kind == JNode::Kind::Null) {
        json = "{}";
        return true;
    }
    if (props.kind != JNode::Kind::Object) {
        error = "could not recognize object's properties: " + goV(props);
        return false;
    }
    // The values are written one after the other into `values`; parts[i] says where each one is.
    struct Part
    {
        std::string name;
        size_t begin;
        size_t end;
    };
    std::vector<Part> parts;
    parts.reserve(props.members.size());
    std::string values;
    values.reserve(props.members.size() * 48);
    for (const auto* m : sortedMembers(props)) {
        if (m->second.kind == JNode::Kind::Null)
            continue;
        std::string name = m->first;
        if (!name.empty() && name[0] >= 'A' && name[0] <= 'Z')
            name[0] = static_cast<char>(name[0] - 'A' + 'a');
        const PropertyDef* p = cls.property(name);
        if (!p || p->dataType.empty()) {
            error = "no such prop with name '" + name + "' found in class '" + cls.name
                + "' in the schema. Check your schema files for which properties in this class are available";
            return false;
        }
        const size_t begin = values.size();
        bool ok = p->isReference() ? refValue(cls, *p, name, m->second, values, refs, error)
                                   : propertyValue(*p, name, cls.name, m->second, values, error);
        if (!ok)
            return false;
        parts.push_back({std::move(name), begin, values.size()});
    }
    // Lower-casing the first letter can only unsort keys that started upper-case.
    const auto byName = [](const Part& a, const Part& b) { return a.name < b.name; };
    if (!std::is_sorted(parts.begin(), parts.end(), byName))
        std::stable_sort(parts.begin(), parts.end(), byName);
    size_t bytes = values.size() + 2;
    for (const Part& part : parts)
        bytes += part.name.size() + 4; // a name needing escapes just costs one more allocation
    json.reserve(bytes);
    json += '{';
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i + 1 < parts.size() && parts[i + 1].name == parts[i].name)
            continue; // "Title" and "title" in one body: the later key wins
        if (json.size() > 1)
            json += ',';
        appendJsonQuoted(json, parts[i].name);
        json += ':';
        json.append(values, parts[i].begin, parts[i].end - parts[i].begin);
    }
    json += '}';
    return true;
}

bool parseBeacon(std::string_view beacon, std::string& cls, std::string& id, std::string& error)
{
    constexpr std::string_view prefix = "weaviate://";
    if (beacon.substr(0, prefix.size()) != prefix) {
        error = "invalid cref URI: scheme is not weaviate://, got '" + std::string(beacon) + "'";
        return false;
    }
    std::string_view rest = beacon.substr(prefix.size());
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos || rest.substr(0, slash) != "localhost") {
        error = "invalid cref URI: host must be localhost, got '" + std::string(beacon) + "'";
        return false;
    }
    rest = rest.substr(slash + 1);
    std::vector<std::string_view> parts;
    size_t pos = 0;
    while (true) {
        const size_t next = rest.find('/', pos);
        parts.push_back(rest.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
        if (next == std::string_view::npos)
            break;
        pos = next + 1;
    }
    if (parts.size() < 1 || parts.size() > 2) {
        error = "invalid cref URI: must be one of weaviate://localhost/<uuid> or weaviate://localhost/<Class>/<uuid>";
        return false;
    }
    const std::string_view rawId = parts.back();
    id = canonicalUuid(rawId);
    if (id.empty()) {
        error = "invalid cref URI: " + std::string(parts.size() == 2 ? "2nd" : "1st")
            + " path segment must be uuid, but got '" + std::string(rawId) + "'";
        return false;
    }
    cls = parts.size() == 2 ? Store::normaliseClassName(parts.front()) : std::string();
    return true;
}

} // namespace Emu::Codec
