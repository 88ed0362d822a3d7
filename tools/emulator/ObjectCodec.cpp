// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/ObjectCodec.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <algorithm>
#include <bit>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstring>
#include <deque>
#include <iterator>
#include <random>

namespace Emu::Codec {

namespace {

using simdjson::ondemand::json_type;

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

// RFC 8259 number grammar; raw_json_token() does not validate.
bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i >= s.size())
        return false;
    if (s[i] == '0') {
        ++i;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    } else {
        return false;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start)
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

// Go's %T of a value decoded with UseNumber.
std::string goType(const JNode& n)
{
    switch (n.kind) {
    case JNode::Kind::Null:
        return "<nil>";
    case JNode::Kind::Bool:
        return "bool";
    case JNode::Kind::Number:
        return "json.Number";
    case JNode::Kind::String:
        return "string";
    case JNode::Kind::Array:
        return "[]interface {}";
    case JNode::Kind::Object:
        return "map[string]interface {}";
    }
    return {};
}

// value.is_null() as a bool throws for a malformed atom ("nul"), which only the Go pre-scan used to keep away.
bool isNullAtom(simdjson::ondemand::value& value)
{
    bool null = false;
    return !value.is_null().get(null) && null;
}

// canonicalUuid into out[36] without allocating; false when `t` is not a uuid.
bool canonicalUuidTo(std::string_view t, char* out)
{
    if (t.size() == 38 && t.front() == '{' && t.back() == '}')
        t = t.substr(1, 36);
    else if (t.size() == 45 && (t.substr(0, 9) == "urn:uuid:" || t.substr(0, 9) == "URN:UUID:"))
        t = t.substr(9);
    const bool dashed = t.size() == 36;
    if (dashed) {
        if (t[8] != '-' || t[13] != '-' || t[18] != '-' || t[23] != '-')
            return false;
    } else if (t.size() != 32) {
        return false;
    }
    size_t o = 0;
    for (size_t i = 0; i < t.size(); ++i) {
        if (dashed && (i == 8 || i == 13 || i == 18 || i == 23))
            continue;
        char c = t[i];
        if (c >= 'A' && c <= 'F')
            c = static_cast<char>(c - 'A' + 'a');
        if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
            return false;
        if (o == 8 || o == 13 || o == 18 || o == 23)
            out[o++] = '-';
        out[o++] = c;
    }
    return true;
}

std::vector<const std::pair<std::string, JNode>*> sortedMembers(const JNode& n)
{
    using Member = const std::pair<std::string, JNode>*;
    std::vector<Member> out;
    out.reserve(n.members.size());
    for (const auto& m : n.members)
        out.push_back(&m);
    const auto less = [](Member a, Member b) { return a->first < b->first; };
    // Bodies are small objects, usually sorted already (clients and our own writeNode sort keys): a stable insertion
    // sort then costs one comparison a key and, unlike std::stable_sort, no buffer allocation.
    if (out.size() <= 32) {
        for (size_t i = 1; i < out.size(); ++i) {
            const Member m = out[i];
            size_t j = i;
            for (; j > 0 && less(m, out[j - 1]); --j)
                out[j] = out[j - 1];
            out[j] = m;
        }
    } else {
        std::stable_sort(out.begin(), out.end(), less);
    }
    // Go's decoder keeps the last of duplicate keys.
    size_t kept = 0;
    for (size_t i = 0; i < out.size(); ++i)
        if (i + 1 == out.size() || out[i + 1]->first != out[i]->first)
            out[kept++] = out[i];
    out.resize(kept);
    return out;
}

// Go's %v of a value decoded with UseNumber (maps print sorted).
void goV(const JNode& n, std::string& out)
{
    switch (n.kind) {
    case JNode::Kind::Null:
        out += "<nil>";
        break;
    case JNode::Kind::Bool:
        out += n.boolean ? "true" : "false";
        break;
    case JNode::Kind::Number:
    case JNode::Kind::String:
        out += n.text;
        break;
    case JNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out += ' ';
            goV(n.items[i], out);
        }
        out += ']';
        break;
    case JNode::Kind::Object: {
        out += "map[";
        bool first = true;
        for (const auto* m : sortedMembers(n)) {
            if (!first)
                out += ' ';
            first = false;
            out += m->first;
            out += ':';
            goV(m->second, out);
        }
        out += ']';
        break;
    }
    }
}

std::string goV(const JNode& n)
{
    std::string s;
    goV(n, s);
    return s;
}

// Go's %#v, close enough for the reference error texts.
std::string goSharpV(const JNode& n)
{
    switch (n.kind) {
    case JNode::Kind::Null:
        return "interface {}(nil)";
    case JNode::Kind::Bool:
        return n.boolean ? "true" : "false";
    case JNode::Kind::Number:
        return "\"" + n.text + "\"";
    case JNode::Kind::String:
        return jsonQuote(n.text);
    case JNode::Kind::Array: {
        std::string s = "[]interface {}{";
        for (size_t i = 0; i < n.items.size(); ++i)
            s += (i ? ", " : "") + goSharpV(n.items[i]);
        return s + "}";
    }
    case JNode::Kind::Object: {
        std::string s = "map[string]interface {}{";
        bool first = true;
        for (const auto* m : sortedMembers(n)) {
            s += (first ? "" : ", ") + jsonQuote(m->first) + ":" + goSharpV(m->second);
            first = false;
        }
        return s + "}";
    }
    }
    return {};
}

void appendShortest(std::string& out, double v, bool asFloat32)
{
    char buf[64];
    const double a = std::fabs(v);
    const bool exp = a != 0 && (a < 1e-6 || a >= 1e21);
    const auto fmt = exp ? std::chars_format::scientific : std::chars_format::fixed;
    std::to_chars_result r = asFloat32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), fmt)
                                       : std::to_chars(buf, buf + sizeof buf, v, fmt);
    char* end = r.ptr;
    if (exp) {
        // Go writes e-07 as e-7.
        char* e = std::find(buf, end, 'e');
        if (end - e == 4 && e[2] == '0') {
            e[2] = e[3];
            --end;
        }
    }
    out.append(buf, static_cast<size_t>(end - buf));
}

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
    if (v.kind != JNode::Kind::Number) {
        err = "must be json.Number or float, but got " + goType(v);
        return false;
    }
    double d = 0;
    std::from_chars(v.text.data(), v.text.data() + v.text.size(), d);
    out = static_cast<float>(d);
    return true;
}

bool intValue(const JNode& v, std::string& out, std::string& err)
{
    if (v.kind != JNode::Kind::Number) {
        err = "requires an integer, the given value is '" + goV(v) + "'";
        return false;
    }
    int64_t i = 0;
    const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), i);
    if (r.ec != std::errc() || r.ptr != v.text.data() + v.text.size()) {
        err = "the JSON number '" + v.text + "' could not be converted to an int";
        return false;
    }
    appendShortest(out, static_cast<double>(i), false); // stored as float64
    return true;
}

bool numberValue(const JNode& v, std::string& out, std::string& err)
{
    if (v.kind != JNode::Kind::Number) {
        err = "requires a float, the given value is '" + goV(v) + "'";
        return false;
    }
    double d = 0;
    const auto r = std::from_chars(v.text.data(), v.text.data() + v.text.size(), d);
    if (r.ec != std::errc()) {
        err = "the JSON number '" + v.text + "' could not be converted to a float.";
        return false;
    }
    appendShortest(out, d, false);
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
            err = "invalid " + label + " array value: " + goV(v);
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
            appendShortest(out, lat, true);
            out += ",\"longitude\":";
            appendShortest(out, lon, true);
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

simdjson::error_code readFloats(
    simdjson::ondemand::array arr, std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens)
{
    multi = false;
    bool first = true;
    for (auto el : arr) {
        simdjson::ondemand::value v;
        if (auto e = el.get(v))
            return e;
        if (first) {
            first = false;
            json_type t;
            if (auto e = v.type().get(t))
                return e;
            if (t == json_type::array) {
                multi = true;
                if (!tokens)
                    return simdjson::INCORRECT_TYPE;
            }
        }
        if (multi) {
            simdjson::ondemand::array inner;
            if (auto e = v.get_array().get(inner))
                return e;
            tokens->emplace_back();
            bool nested = false;
            if (auto e = readFloats(inner, tokens->back(), nested, nullptr))
                return e;
        } else {
            double d = 0;
            if (auto e = v.get_double().get(d))
                return e;
            out.push_back(static_cast<float>(d));
        }
    }
    return simdjson::SUCCESS;
}

} // namespace

const JNode* JNode::member(std::string_view name) const
{
    const JNode* found = nullptr;
    for (const auto& m : members)
        if (m.first == name)
            found = &m.second; // the last duplicate wins, as in Go
    return found;
}

namespace {

// Children of the containers being read, one buffer per nesting depth (a deque: growing it keeps the buffers of the
// outer levels in place). A finished container moves its children into an exactly sized vector: one allocation per
// container instead of one per doubling, and no moves of half-built children.
struct NodeScratch
{
    std::deque<std::vector<JNode>> items;
    std::deque<std::vector<std::pair<std::string, JNode>>> members;
};

template<typename T> std::vector<T>& scratchAt(std::deque<std::vector<T>>& levels, size_t depth)
{
    while (levels.size() <= depth)
        levels.emplace_back();
    std::vector<T>& buffer = levels[depth];
    buffer.clear(); // an earlier read that failed may have left children
    return buffer;
}

template<typename T> void moveExact(std::vector<T>& from, std::vector<T>& to)
{
    to.reserve(to.size() + from.size());
    std::move(from.begin(), from.end(), std::back_inserter(to));
    from.clear();
    if (from.capacity() > 4096)
        from = std::vector<T>(); // one huge body must not pin its buffer for the thread's lifetime
}

simdjson::error_code toNode(simdjson::ondemand::value value, JNode& out, NodeScratch& scratch, size_t depth)
{
    json_type t;
    if (auto e = value.type().get(t))
        return e;
    switch (t) {
    case json_type::object: {
        out.kind = JNode::Kind::Object;
        simdjson::ondemand::object obj;
        if (auto e = value.get_object().get(obj))
            return e;
        auto& members = scratchAt(scratch.members, depth);
        for (auto field : obj) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            members.emplace_back(std::string(key), JNode());
            simdjson::ondemand::value v;
            if (auto e = field.value().get(v))
                return e;
            if (auto e = toNode(v, members.back().second, scratch, depth + 1))
                return e;
        }
        moveExact(members, out.members);
        return simdjson::SUCCESS;
    }
    case json_type::array: {
        out.kind = JNode::Kind::Array;
        simdjson::ondemand::array arr;
        if (auto e = value.get_array().get(arr))
            return e;
        auto& items = scratchAt(scratch.items, depth);
        for (auto el : arr) {
            simdjson::ondemand::value v;
            if (auto e = el.get(v))
                return e;
            items.emplace_back();
            if (auto e = toNode(v, items.back(), scratch, depth + 1))
                return e;
        }
        moveExact(items, out.items);
        return simdjson::SUCCESS;
    }
    case json_type::number: {
        out.kind = JNode::Kind::Number;
        const std::string_view raw = trimRight(value.raw_json_token());
        if (!isJsonNumber(raw))
            return simdjson::NUMBER_ERROR;
        out.text.assign(raw);
        return simdjson::SUCCESS;
    }
    case json_type::string: {
        out.kind = JNode::Kind::String;
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        out.text.assign(s);
        return simdjson::SUCCESS;
    }
    case json_type::boolean:
        out.kind = JNode::Kind::Bool;
        return value.get_bool().get(out.boolean);
    case json_type::null:
        out.kind = JNode::Kind::Null;
        return isNullAtom(value) ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    return simdjson::TAPE_ERROR;
}

} // namespace

simdjson::error_code toNode(simdjson::ondemand::value value, JNode& out)
{
    thread_local NodeScratch scratch;
    return toNode(value, out, scratch, 0);
}

void writeNode(const JNode& node, std::string& out)
{
    switch (node.kind) {
    case JNode::Kind::Null:
        out += "null";
        break;
    case JNode::Kind::Bool:
        out += node.boolean ? "true" : "false";
        break;
    case JNode::Kind::Number:
        out += node.text;
        break;
    case JNode::Kind::String:
        appendJsonQuoted(out, node.text);
        break;
    case JNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            writeNode(node.items[i], out);
        }
        out += ']';
        break;
    case JNode::Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto* m : sortedMembers(node)) {
            if (!first)
                out += ',';
            first = false;
            appendJsonQuoted(out, m->first);
            out += ':';
            writeNode(m->second, out);
        }
        out += '}';
        break;
    }
    }
}

bool parseNode(std::string_view json, JNode& out)
{
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return false;
    simdjson::ondemand::value v;
    if (doc.get_value().get(v))
        return false;
    if (toNode(v, out))
        return false;
    return true;
}

namespace {

// Exact products of a 26-bit mantissa, a power of ten up to 10^18 and a shift up to 2^41 need more than 64 bits.
__extension__ typedef unsigned __int128 U128;

constexpr uint64_t kPow10[] = {1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL, 10000000ULL, 100000000ULL,
    1000000000ULL, 10000000000ULL, 100000000000ULL, 1000000000000ULL, 10000000000000ULL, 100000000000000ULL,
    1000000000000000ULL, 10000000000000000ULL, 100000000000000000ULL, 1000000000000000000ULL};

// True when n * 10^-k (n not a multiple of 10, k >= 1) is exactly what appendShortest(f, float32) writes, decided
// with exact integer arithmetic instead of formatting f (std::to_chars costs ~60 ns a float here). That text is the
// shortest decimal that reads back as f, the one closest to f among those of its length. So n * 10^-k is it when:
//  1. it lies strictly inside f's rounding interval (it reads back as f, whatever the tie rule);
//  2. no decimal with k-1 fraction digits lies in the closed interval (none shorter reads back as f; the two
//     neighbours of n on that coarser grid are the only candidates, the interval being convex);
//  3. it is strictly closer to f than half a step of 10^-k (the closest of its length; no tie to break).
// Any doubt (ties, values near Go's switch to exponent form at 1e-6, integers, large values) answers false and the
// caller formats f as before. bench/emulator/FloatTextCheck.cpp checks this against appendShortest (all 2^32 floats
// with --stride 1).
// Inlined: called once a vector component, the call overhead showed in the profile.
inline __attribute__((always_inline)) bool isShortestFixed(uint64_t n, int k, float f)
{
    const uint32_t bits = std::bit_cast<uint32_t>(f) & 0x7fffffffU;
    const uint32_t expField = bits >> 23;
    // |f| in [2^-16, 2^26): fixed notation in both Go and appendShortest, and every product below fits in 128 bits.
    if (expField < 111 || expField > 152 || k < 1 || k > 18)
        return false;
    const uint64_t m = (bits & 0x7fffffU) | 0x800000U; // |f| = m * 2^(expField - 150)
    const unsigned shift = 152 - expField; // scale everything by 10^k * 2^shift / 4
    const uint64_t dl = m == 0x800000U ? 1 : 2; // below a power of two the next float down is half as far away
    if (k <= 11 && (n >> (63 - shift)) == 0) {
        // The common case in 64 bits: 2^26 * 10^11 < 2^63, and t fits (a t that does not is far outside anyway).
        const uint64_t p = kPow10[k];
        const uint64_t t = n << shift;
        const uint64_t value = 4 * m * p;
        const uint64_t hi = (4 * m + 2) * p;
        const uint64_t lo = (4 * m - dl) * p;
        if (!(lo < t && t < hi))
            return false;
        const uint64_t below = (n - n % 10) << shift;
        const uint64_t above = below + (uint64_t {10} << shift);
        if (!(below < lo && above > hi))
            return false;
        const uint64_t diff = t > value ? t - value : value - t;
        return 2 * diff < (uint64_t {1} << shift);
    }
    const U128 p = kPow10[k];
    const U128 t = static_cast<U128>(n) << shift; // the decimal
    const U128 value = static_cast<U128>(4 * m) * p; // f
    const U128 hi = static_cast<U128>(4 * m + 2) * p; // midpoint to the next float up
    const U128 lo = static_cast<U128>(4 * m - dl) * p;
    if (!(lo < t && t < hi))
        return false;
    const U128 below = static_cast<U128>(n - n % 10) << shift;
    const U128 above = below + (static_cast<U128>(10) << shift);
    if (!(below < lo && above > hi))
        return false;
    const U128 diff = t > value ? t - value : value - t;
    return 2 * diff < (static_cast<U128>(1) << shift);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// ±n * 10^-k with n <= 2^53 and k <= 18: n and 10^k are exact doubles, so the quotient is the correctly rounded
// double, as simdjson's get_double gives (Clinger's fast path); the Exact path then casts it to float as well.
void decimalToFloat(uint64_t n, int k, bool negative, float& value)
{
    const double d = static_cast<double>(n) / static_cast<double>(kPow10[k]);
    // Rounding is symmetric, so float(-d) is -float(d): setting the sign bit avoids a branch the predictor cannot
    // learn (vector components are positive or negative at random).
    const uint32_t sign = static_cast<uint32_t>(negative) << 31;
    value = std::bit_cast<float>(std::bit_cast<uint32_t>(static_cast<float>(d)) | sign);
}

void decimalToFloat(uint64_t n, int k, bool negative, float& value, bool& canonical)
{
    decimalToFloat(n, k, negative, value);
    canonical = n % 10 != 0 && isShortestFixed(n, k, value);
}

// SWAR digit runs (8 bytes at a time) for FloatScanner; little-endian loads.
constexpr bool kSwar = std::endian::native == std::endian::little;

uint64_t load8(const char* p)
{
    uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// How many of the 8 bytes in v (first byte lowest) are ASCII digits before the first non-digit. A carry out of a
// byte >= 0xFA can only disturb bytes after it, so the count is exact.
int leadingDigits(uint64_t v)
{
    const uint64_t nonDigit = ((v & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL)
        | (((v + 0x0606060606060606ULL) & 0xF0F0F0F0F0F0F0F0ULL) ^ 0x3030303030303030ULL);
    return nonDigit ? std::countr_zero(nonDigit) / 8 : 8;
}

// The value of the first d (0..8) ASCII digits of v.
uint64_t digitsValue(uint64_t v, int d)
{
    // The digits move to the top; the zero bytes below act as leading zeros. Two shifts: 64 for d == 0 is undefined.
    const int half = 4 * (8 - d);
    v = (v << half) << half;
    v = ((v & 0x0F0F0F0F0F0F0F0FULL) * 2561) >> 8;
    v = ((v & 0x00FF00FF00FF00FFULL) * 6553601) >> 16;
    return ((v & 0x0000FFFF0000FFFFULL) * 42949672960001ULL) >> 32;
}

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

// The raw text of a vector array read the way readFloats reads it (see readObject's Fast mode). False for anything
// readFloats would reject and for numbers beyond double's range. Also notes where the text differs from what
// buildVectorJson would write: whitespace (then it is not reused) or numbers to re-format (patches).
class FloatScanner
{
public:
    struct Patch
    {
        size_t offset;
        size_t length;
        float value;
    };

    explicit FloatScanner(std::string_view raw)
        : m_begin(raw.data())
        , m_p(raw.data())
        , m_end(raw.data() + raw.size())
    {
    }

    bool clean() const { return m_clean; }
    const std::vector<Patch>& patches() const { return m_patches; }

    bool run(std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens)
    {
        multi = false;
        skipSpace();
        if (m_p == m_end || *m_p != '[')
            return false;
        ++m_p;
        skipSpace();
        if (m_p != m_end && *m_p == ']') {
            ++m_p;
        } else if (m_p != m_end && *m_p == '[') {
            if (!tokens)
                return false; // readFloats: INCORRECT_TYPE
            multi = true;
            for (;;) {
                if (m_p == m_end || *m_p != '[')
                    return false;
                ++m_p;
                tokens->emplace_back();
                skipSpace();
                if (m_p != m_end && *m_p == ']')
                    ++m_p;
                else if (!numbers(tokens->back()))
                    return false;
                if (!separator())
                    return false;
                if (m_closed)
                    break;
            }
        } else {
            if (!numbers(out))
                return false;
        }
        const bool clean = m_clean; // before the whitespace raw_json() keeps after the closing bracket
        skipSpace();
        m_clean = clean;
        // resolve() adds the patches of a row after those of readVectorNumber's tokens.
        const auto byOffset = [](const Patch& a, const Patch& b) { return a.offset < b.offset; };
        if (!std::is_sorted(m_patches.begin(), m_patches.end(), byOffset))
            std::sort(m_patches.begin(), m_patches.end(), byOffset);
        return m_p == m_end;
    }

private:
    void skipSpace()
    {
        while (m_p != m_end && isJsonSpace(*m_p)) {
            m_clean = false;
            ++m_p;
        }
    }

    // After a value: ',' (m_closed false) or ']' (m_closed true).
    bool separator()
    {
        skipSpace();
        if (m_p == m_end)
            return false;
        m_closed = *m_p == ']';
        if (!m_closed && *m_p != ',')
            return false;
        ++m_p;
        skipSpace();
        return true;
    }

    // A number quickNumber read: ±n * 10^-k, turned into a float by resolve().
    struct Decimal
    {
        uint64_t n;
        size_t index; // in the output vector
        size_t offset; // of the token in the raw text
        uint32_t length;
        uint8_t k;
        bool negative;
    };

    // The shape clients send, "-0.12345678", at 8 digits a step: reads up to 16 bytes past the token, which
    // simdjson's padding after the document allows. Null for any other shape (the caller takes readVectorNumber).
    const char* quickNumber(const char* p, Decimal& out) const
    {
        const bool negative = *p == '-';
        p += negative ? 1 : 0;
        uint64_t n = 0;
        int digits = 0;
        if (*p == '0') {
            ++p;
        } else {
            const uint64_t v = load8(p);
            digits = leadingDigits(v);
            if (digits == 0 || digits == 8)
                return nullptr;
            n = digitsValue(v, digits);
            p += digits;
        }
        if (*p != '.')
            return nullptr;
        ++p;
        uint64_t v = load8(p);
        int k = leadingDigits(v);
        if (k == 0)
            return nullptr;
        n = n * kPow10[k] + digitsValue(v, k);
        p += k;
        // Fractions of 8 to 10 digits are as common as shorter ones: the second step is taken without a branch (none
        // when the first 8 bytes already ended the digits).
        v = load8(p);
        const int more = k == 8 ? leadingDigits(v) : 0;
        if (more == 8)
            return nullptr;
        n = n * kPow10[more] + digitsValue(v, more);
        p += more;
        k += more;
        if (p > m_end || *p == 'e' || *p == 'E' || digits + k > 18 || n == 0 || n > (uint64_t {1} << 53))
            return nullptr;
        out.n = n;
        out.k = static_cast<uint8_t>(k);
        out.negative = negative;
        return p;
    }

    // The floats of the decimals quickNumber read, and their patches. Done after the scan, as two tight loops, so
    // that the divisions and the checks of consecutive numbers overlap instead of each waiting for its division.
    void resolve(std::vector<Decimal>& decimals, std::vector<float>& out)
    {
        float* values = out.data();
        for (const Decimal& d : decimals)
            decimalToFloat(d.n, d.k, d.negative, values[d.index]);
        for (const Decimal& d : decimals)
            if (d.n % 10 == 0 || !isShortestFixed(d.n, d.k, values[d.index]))
                m_patches.push_back({d.offset, d.length, values[d.index]});
        decimals.clear();
    }

    // number (',' number)* ']'
    bool numbers(std::vector<float>& out)
    {
        thread_local std::vector<Decimal> decimals;
        decimals.clear();
        for (;;) {
            if constexpr (kSwar) {
                Decimal d;
                if (const char* next = m_p != m_end ? quickNumber(m_p, d) : nullptr) {
                    d.index = out.size();
                    d.offset = static_cast<size_t>(m_p - m_begin);
                    d.length = static_cast<uint32_t>(next - m_p);
                    decimals.push_back(d);
                    m_p = next;
                    out.push_back(0);
                    if (!separator())
                        return false;
                    if (m_closed)
                        break;
                    continue;
                }
            }
            const char* start = m_p;
            while (m_p != m_end
                && (isDigit(*m_p) || *m_p == '-' || *m_p == '.' || *m_p == 'e' || *m_p == 'E' || *m_p == '+'))
                ++m_p;
            float v = 0;
            bool canonical = false;
            if (!readVectorNumber(std::string_view(start, static_cast<size_t>(m_p - start)), v, canonical))
                return false;
            if (!canonical)
                m_patches.push_back({static_cast<size_t>(start - m_begin), static_cast<size_t>(m_p - start), v});
            out.push_back(v);
            if (!separator())
                return false;
            if (m_closed)
                break;
        }
        resolve(decimals, out);
        return true;
    }

    const char* m_begin;
    const char* m_p;
    const char* m_end;
    bool m_clean = true;
    bool m_closed = false;
    std::vector<Patch> m_patches;
};

} // namespace

bool readVectorNumber(std::string_view token, float& value, bool& canonical)
{
    canonical = false;
    const char* p = token.data();
    const char* const end = p + token.size();
    const bool negative = p != end && *p == '-';
    if (negative)
        ++p;
    if (p == end || !isDigit(*p))
        return false;
    // Digits of the integer and fraction parts as one integer n (exact while it has at most 18 digits).
    uint64_t n = 0;
    int digits = 0;
    if (*p == '0') {
        ++p;
    } else {
        for (; p != end && isDigit(*p); ++p, ++digits)
            n = n * 10 + static_cast<uint64_t>(*p - '0');
    }
    int k = 0;
    if (p != end && *p == '.') {
        ++p;
        for (; p != end && isDigit(*p); ++p, ++k, ++digits)
            n = n * 10 + static_cast<uint64_t>(*p - '0');
        if (k == 0)
            return false;
    }
    bool simple = k > 0 && digits <= 18;
    if (p != end && (*p == 'e' || *p == 'E')) {
        simple = false;
        ++p;
        if (p != end && (*p == '+' || *p == '-'))
            ++p;
        if (p == end || !isDigit(*p))
            return false;
        while (p != end && isDigit(*p))
            ++p;
    }
    if (p != end)
        return false;
    if (simple && n != 0 && n <= (uint64_t {1} << 53)) {
        decimalToFloat(n, k, negative, value, canonical);
        return true;
    }
    double d = 0;
    const auto r = std::from_chars(token.data(), end, d);
    if (r.ec != std::errc() || r.ptr != end)
        return false;
    value = static_cast<float>(d);
    return true;
}

bool scanVectorText(std::string_view raw, std::vector<float>& out, bool& multi, std::vector<std::vector<float>>* tokens,
    VectorText& text)
{
    text = {};
    FloatScanner scanner(raw);
    // Read into a buffer that keeps its capacity, then copy once at the exact size: pushing 1536 floats into an empty
    // vector reallocates a dozen times.
    thread_local std::vector<float> scratch;
    scratch.clear();
    const bool ok = scanner.run(scratch, multi, tokens);
    out.insert(out.end(), scratch.begin(), scratch.end());
    if (scratch.capacity() > (size_t {1} << 20))
        scratch = std::vector<float>(); // do not pin a huge vector's buffer for the thread's lifetime
    if (!ok)
        return false;
    if (!scanner.clean())
        return true;
    // raw_json() runs to the next structural character, so the view may end in whitespace.
    raw = trimRight(raw);
    const auto& patches = scanner.patches();
    if (patches.empty()) {
        text.raw = raw;
        return true;
    }
    text.patched.reserve(raw.size() + patches.size() * 8);
    size_t pos = 0;
    for (const auto& p : patches) {
        text.patched.append(raw, pos, p.offset - pos);
        appendShortest(text.patched, p.value, true);
        pos = p.offset + p.length;
    }
    text.patched.append(raw, pos);
    return true;
}

simdjson::error_code checkSkippedValue(simdjson::ondemand::value value)
{
    json_type t;
    if (auto e = value.type().get(t))
        return e;
    std::string_view raw;
    simdjson::error_code e = simdjson::SUCCESS;
    if (t == json_type::object) {
        simdjson::ondemand::object obj;
        e = value.get_object().get(obj);
        if (!e)
            e = obj.raw_json().get(raw);
    } else if (t == json_type::array) {
        simdjson::ondemand::array arr;
        e = value.get_array().get(arr);
        if (!e)
            e = arr.raw_json().get(raw);
    } else {
        raw = value.raw_json_token();
    }
    if (e)
        return e;
    bool empty = false;
    if (!goJsonSyntaxError(raw, &empty).empty() || empty)
        return simdjson::TAPE_ERROR;
    return simdjson::SUCCESS;
}

namespace {

// The tail of reading one entry of "vectors": multi-vector shape checks (the first error of the object is kept).
void storeNamedVector(ObjectInput& out, const std::string& name, VectorValue value, bool multi,
    const std::vector<std::vector<float>>& tokens, VectorText text)
{
    if (multi) {
        value.rows = static_cast<int>(tokens.size());
        for (size_t i = 0; i < tokens.size(); ++i) {
            if (tokens[i].empty() && out.vectorError.empty())
                out.vectorError = "multi-vector token " + std::to_string(i) + " is empty";
            if (tokens[i].size() != tokens.front().size() && out.vectorError.empty())
                out.vectorError = "vector \"" + name + "\": multi-vector tokens must have equal length";
            value.flat.insert(value.flat.end(), tokens[i].begin(), tokens[i].end());
        }
    }
    out.vectorIsMultiShaped[name] = multi;
    out.vectors[name] = std::move(value);
    // A repeated name replaces the vector, and so its text.
    if (text.empty())
        out.vectorsText.erase(name);
    else
        out.vectorsText[name] = std::move(text);
}

} // namespace

simdjson::error_code readObject(simdjson::ondemand::object obj, ObjectInput& out, ReadMode mode)
{
    const bool fast = mode == ReadMode::Fast;
    for (auto field : obj) {
        std::string_view keyView;
        if (auto e = field.unescaped_key().get(keyView))
            return e;
        const std::string key(keyView);
        simdjson::ondemand::value v;
        if (auto e = field.value().get(v))
            return e;
        bool isNull = false;
        {
            json_type t;
            if (auto e = v.type().get(t))
                return e;
            isNull = t == json_type::null;
        }
        if (key == "class" || key == "id" || key == "tenant") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            std::string_view s;
            if (auto e = v.get_string().get(s))
                return e;
            if (key == "class") {
                out.hasClass = true;
                out.cls = std::string(s);
            } else if (key == "id") {
                out.hasId = true;
                out.id = std::string(s);
            } else {
                out.tenant = std::string(s);
            }
        } else if (key == "properties") {
            out.hasProperties = true;
            out.properties = JNode();
            if (auto e = toNode(v, out.properties))
                return e;
        } else if (key == "vector") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            simdjson::ondemand::array arr;
            if (auto e = v.get_array().get(arr))
                return e;
            out.hasVector = true;
            if (fast) {
                std::string_view raw;
                if (auto e = arr.raw_json().get(raw))
                    return e;
                out.pendingVector.push_back(raw);
                continue;
            }
            out.vector.clear();
            bool multi = false;
            if (auto e = readFloats(arr, out.vector, multi, nullptr))
                return e;
        } else if (key == "vectors") {
            if (isNull) {
                if (!isNullAtom(v))
                    return simdjson::N_ATOM_ERROR;
                continue;
            }
            simdjson::ondemand::object vecs;
            if (auto e = v.get_object().get(vecs))
                return e;
            out.hasVectors = true;
            for (auto vf : vecs) {
                std::string_view nameView;
                if (auto e = vf.unescaped_key().get(nameView))
                    return e;
                std::string name(nameView);
                simdjson::ondemand::array arr;
                if (auto e = vf.value().get_array().get(arr))
                    return e;
                if (fast) {
                    std::string_view raw;
                    if (auto e = arr.raw_json().get(raw))
                        return e;
                    out.pendingVectors.emplace_back(std::move(name), raw);
                    continue;
                }
                VectorValue value;
                std::vector<std::vector<float>> tokens;
                bool multi = false;
                if (auto e = readFloats(arr, value.flat, multi, &tokens))
                    return e;
                storeNamedVector(out, name, std::move(value), multi, tokens, {});
            }
        } else if (fast) {
            if (auto e = checkSkippedValue(v))
                return e;
        } else {
            // Unknown and read-only keys (creationTimeUnix, additional, ...) are ignored, as go-swagger does.
        }
    }
    return simdjson::SUCCESS;
}

bool finishVectors(ObjectInput& in)
{
    // In body order, as the Exact path reads them: every array is checked, the last one of a key wins.
    for (const std::string_view raw : in.pendingVector) {
        in.vector.clear();
        bool multi = false;
        if (!scanVectorText(raw, in.vector, multi, nullptr, in.vectorText))
            return false;
    }
    for (const auto& [name, raw] : in.pendingVectors) {
        VectorValue value;
        std::vector<std::vector<float>> tokens;
        bool multi = false;
        VectorText text;
        if (!scanVectorText(raw, value.flat, multi, &tokens, text))
            return false;
        storeNamedVector(in, name, std::move(value), multi, tokens, std::move(text));
    }
    in.pendingVector.clear();
    in.pendingVectors.clear();
    return true;
}

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

bool applyVectors(const ClassDef& cls, ObjectInput& in, StoredObject& obj, std::string& error)
{
    obj.vector.clear();
    obj.vectors.clear();
    if (!in.vectorError.empty()) {
        error = in.vectorError;
        return false;
    }
    if (!cls.legacyVectorIndex && !in.vector.empty()) {
        if (cls.namedVectors.size() == 1) {
            const std::string& name = cls.namedVectors.begin()->first;
            obj.vectors[name].flat = std::move(in.vector);
            in.vectorsText.clear();
            if (!in.vectorText.empty())
                in.vectorsText[name] = std::move(in.vectorText);
            in.vectorText = {};
            return true;
        }
        error = "collection " + cls.name + " configuration does not have single vector index";
        return false;
    }
    for (const auto& [name, value] : in.vectors) {
        if (cls.namedVectors.find(name) == cls.namedVectors.end()) {
            error = "collection " + cls.name + " does not have configuration for vector " + name;
            return false;
        }
    }
    for (auto& [name, value] : in.vectors) {
        const bool isMulti = cls.namedVectors.at(name);
        const bool shapedMulti = in.vectorIsMultiShaped[name];
        if (value.flat.empty() && value.rows == 0) {
            if (isMulti) {
                error = "vector \"" + name + "\" in collection \"" + cls.name + "\": multi-vector cannot be empty";
                return false;
            }
            continue;
        }
        if (isMulti && !shapedMulti) {
            error = "vector \"" + name + "\" in collection \"" + cls.name
                + "\" is configured as multi-vector: expected an array of token vectors, got a single vector";
            return false;
        }
        if (!isMulti && shapedMulti) {
            error = "vector \"" + name + "\" in collection \"" + cls.name
                + "\" is not configured as multi-vector, but a multi-vector was provided";
            return false;
        }
        obj.vectors[name] = std::move(value);
    }
    if (cls.legacyVectorIndex)
        obj.vector = std::move(in.vector);
    return true;
}

std::string VectorLengthMismatch::reason(bool withCause) const
{
    if (multi)
        return "new node has a multi vector with length " + std::to_string(length) + " at position "
            + std::to_string(position) + ". Existing nodes have vectors with length " + std::to_string(existing);
    std::string text = "new node has a vector with length " + std::to_string(length)
        + ". Existing nodes have vectors with length " + std::to_string(existing);
    if (withCause)
        text += ": vector dimensions do not match the index dimensions";
    return text;
}

std::string VectorLengthMismatch::putMessage(std::string_view id, bool withCause) const
{
    const std::string target(id);
    if (name.empty())
        return "Validate vector index for " + target + ": " + reason(withCause);
    return "Validate vector index " + name + (multi ? " for target multi vector " : " for target vector ") + target
        + ": " + reason(withCause);
}

std::string VectorLengthMismatch::mergeMessage(std::string_view id, bool withCause) const
{
    const std::string target(id);
    if (name.empty())
        return "validate vector index for update of " + target + ": " + reason(withCause);
    return (multi ? "validate multi vector index for update of " : "validate vector index for update of ") + target
        + " for target vector " + name + ": " + reason(withCause);
}

namespace {

size_t tokenLength(const VectorValue& v)
{
    return v.rows > 0 ? v.flat.size() / static_cast<size_t>(v.rows) : v.flat.size();
}

} // namespace

std::optional<VectorLengthMismatch> checkVectorLengths(const Shard& shard, const StoredObject& obj)
{
    auto existing = [&shard](std::string_view index) -> size_t {
        const auto it = shard.vectorLengths.find(index);
        return it == shard.vectorLengths.end() ? 0 : it->second;
    };
    for (const bool multi : {false, true}) {
        for (const auto& [name, v] : obj.vectors) {
            if ((v.rows > 0) != multi || v.flat.empty())
                continue;
            const size_t want = existing(name);
            const size_t got = tokenLength(v);
            // Tokens of one multi-vector have equal lengths (readObject refuses others), so token 0 decides.
            if (want != 0 && got != want)
                return VectorLengthMismatch {name, multi, got, 0, want};
        }
    }
    if (!obj.vector.empty()) {
        const size_t want = existing("");
        if (want != 0 && obj.vector.size() != want)
            return VectorLengthMismatch {std::string(), false, obj.vector.size(), 0, want};
    }
    return std::nullopt;
}

void recordVectorLengths(Shard& shard, const StoredObject& obj)
{
    for (const auto& [name, v] : obj.vectors)
        if (!v.flat.empty())
            shard.vectorLengths.try_emplace(name, tokenLength(v));
    if (!obj.vector.empty())
        shard.vectorLengths.try_emplace(std::string(), obj.vector.size());
}

namespace {

void appendFloats(std::string& out, const float* v, size_t n)
{
    out += '[';
    for (size_t i = 0; i < n; ++i) {
        if (i)
            out += ',';
        appendShortest(out, v[i], true);
    }
    out += ']';
}

} // namespace

void buildVectorJson(StoredObject& obj, const ObjectInput* texts)
{
    std::string& out = obj.vectorJson;
    out.clear();
    size_t bytes = 64;
    if (texts && !texts->vectorText.empty())
        bytes += texts->vectorText.text().size();
    else
        bytes += obj.vector.size() * 13;
    for (const auto& [name, value] : obj.vectors)
        bytes += value.flat.size() * 13 + name.size() + 4;
    out.reserve(bytes);
    if (!obj.vector.empty()) {
        out += ",\"vector\":";
        if (texts && !texts->vectorText.empty())
            out += texts->vectorText.text();
        else
            appendFloats(out, obj.vector.data(), obj.vector.size());
    }
    if (!obj.vectors.empty()) {
        out += ",\"vectors\":{";
        bool first = true;
        for (const auto& [name, value] : obj.vectors) {
            if (!first)
                out += ',';
            first = false;
            appendJsonQuoted(out, name);
            out += ':';
            std::string_view text;
            if (texts) {
                if (const auto it = texts->vectorsText.find(name); it != texts->vectorsText.end())
                    text = it->second.text();
            }
            if (!text.empty()) {
                out += text;
            } else if (value.rows == 0) {
                appendFloats(out, value.flat.data(), value.flat.size());
            } else {
                const size_t dim = value.flat.size() / static_cast<size_t>(value.rows);
                out += '[';
                for (int r = 0; r < value.rows; ++r) {
                    if (r)
                        out += ',';
                    appendFloats(out, value.flat.data() + static_cast<size_t>(r) * dim, dim);
                }
                out += ']';
            }
        }
        out += '}';
    }
}

void appendObject(
    std::string& out, std::string_view cls, const StoredObject& obj, const std::string* tenant, bool withVector)
{
    out += "{\"class\":\"";
    out += cls;
    out += "\",\"creationTimeUnix\":";
    out += std::to_string(obj.creationTimeUnix);
    out += ",\"id\":\"";
    out += obj.id;
    out += "\",\"lastUpdateTimeUnix\":";
    out += std::to_string(obj.lastUpdateTimeUnix);
    out += ",\"properties\":";
    out += obj.propertiesJson;
    if (tenant && !tenant->empty()) {
        out += ",\"tenant\":";
        appendJsonQuoted(out, *tenant);
    }
    if (withVector)
        out += obj.vectorJson;
    out += '}';
}

std::string canonicalUuid(std::string_view t)
{
    char buf[36];
    return canonicalUuidTo(t, buf) ? std::string(buf, sizeof buf) : std::string();
}

std::string newUuid()
{
    thread_local std::mt19937_64 rng {std::random_device {}()};
    static constexpr char hex[] = "0123456789abcdef";
    const uint64_t a = rng(), b = rng();
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(a >> (i * 8));
        bytes[8 + i] = static_cast<unsigned char>(b >> (i * 8));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3F) | 0x80);
    std::string out;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out += '-';
        out += hex[bytes[i] >> 4];
        out += hex[bytes[i] & 0xF];
    }
    return out;
}

int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

void appendGoFloat(std::string& out, double v)
{
    appendShortest(out, v, false);
}

void appendFloat32(std::string& out, float v)
{
    appendShortest(out, v, true);
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
