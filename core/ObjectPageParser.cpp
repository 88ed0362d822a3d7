// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ObjectPageParser.h"

#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <fast_float/fast_float.h>
#include <limits>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace Colvault {

struct ObjectPageParser::Impl
{
    od::parser parser;
};

namespace {

// The powers of ten that a double holds exactly (5^22 < 2^53).
constexpr double exactPowersOfTen[] = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14,
    1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

// Eight ASCII digits at once, read as one little-endian word (the first digit in the lowest byte): most vector
// values have eight or nine digits after the point, and a loop of one digit at a time mispredicts its exit on every
// value.
uint64_t loadEightBytes(const char* p)
{
    uint64_t word;
    std::memcpy(&word, p, sizeof word);
    return word;
}

bool isEightDigits(uint64_t word)
{
    // A byte is a digit when it is >= '0' (no borrow below 0x30) and <= '9' (no carry past 0x7f when 0x46 is added).
    return (((word + 0x4646464646464646) | (word - 0x3030303030303030)) & 0x8080808080808080) == 0;
}

uint32_t eightDigitsValue(uint64_t word)
{
    word -= 0x3030303030303030; // each byte now 0..9, the first digit in the lowest byte
    word = word * 10 + (word >> 8); // pairs: each even byte holds two digits (0..99)
    // Pairs of pairs and then the halves, by multiplying with 100 and 10^6 / 10^4 in parallel lanes.
    constexpr uint64_t pairMask = 0x000000ff000000ff;
    constexpr uint64_t lowFactors = 0x000f424000000064; // 1000000 << 32 | 100
    constexpr uint64_t highFactors = 0x0000271000000001; // 10000 << 32 | 1
    return uint32_t((((word & pairMask) * lowFactors) + (((word >> 16) & pairMask) * highFactors)) >> 32);
}

// The token nearly every vector value is, "-0.012345679": a plain decimal (no exponent) with digits m <= 2^53. Its
// value m / 10^k is computed as a double, where m and 10^k are exact and the division rounds correctly once, and
// then rounded to float. Rounding twice gives the correctly rounded float (what fast_float returns) unless the
// double lands exactly on the midpoint between two floats: no other float midpoint can lie between the decimal and
// its nearest double, since every midpoint is itself a double. Midpoints, subnormals, values beyond float's range,
// exponents and anything unusual return false and are left to fast_float. Float tokens are most of what parsing a
// page costs: a page of 500 objects x 1536 dimensions took 18.5 ms with fast_float alone, 14 ms with this.
bool parsePlainDecimal(const char* p, const char* end, float* value)
{
    const bool negative = p != end && *p == '-';
    p += negative ? 1 : 0;
    const char* const intStart = p;
    uint64_t m = 0;
    while (p != end && unsigned(*p - '0') < 10)
        m = m * 10 + unsigned(*p++ - '0');
    int digits = int(p - intStart);
    if (digits == 0 || (digits > 1 && *intStart == '0'))
        return false;
    int fraction = 0;
    if (p != end && *p == '.') {
        const char* const fracStart = ++p;
        if (std::endian::native == std::endian::little && end - p >= 8) {
            const uint64_t word = loadEightBytes(p);
            if (isEightDigits(word)) {
                m = m * 100000000 + eightDigitsValue(word);
                p += 8;
            }
        }
        while (p != end && unsigned(*p - '0') < 10)
            m = m * 10 + unsigned(*p++ - '0');
        fraction = int(p - fracStart);
        digits += fraction;
        if (fraction == 0)
            return false;
    }
    // 19 digits cannot overflow m; 2^53 keeps it exact as a double.
    if (p != end || digits > 19 || m > (uint64_t(1) << 53) || fraction > 22)
        return false;
    const double d = double(m) / exactPowersOfTen[fraction];
    if (d == 0) {
        *value = negative ? -0.0f : 0.0f;
        return true;
    }
    if (d < 0x1p-126 || d > double(std::numeric_limits<float>::max()))
        return false;
    uint64_t bits;
    std::memcpy(&bits, &d, sizeof bits);
    constexpr uint64_t belowFloat = (uint64_t(1) << 29) - 1; // the 29 fraction bits a float does not have
    if ((bits & belowFloat) == (uint64_t(1) << 28))
        return false; // exactly halfway between two floats
    const float f = float(d);
    *value = negative ? -f : f;
    return true;
}

// The server writes float32 values in their shortest round-trip form; rounding the token correctly to float gives
// back the exact same bits. fast_float rounds correctly for float32 on every platform (Apple's libc++ has no
// std::from_chars for float; docs/building.md). Unlike std::from_chars it returns ±inf or ±0 for a value outside
// float's range instead of result_out_of_range; such a value is refused here as before, since the backup could not
// store it. parsePlainDecimal() takes the common tokens first, with the same result.
bool parseFloat(std::string_view token, float* value)
{
    if (parsePlainDecimal(token.data(), token.data() + token.size(), value))
        return true;
    const auto [ptr, ec] = fast_float::from_chars(token.data(), token.data() + token.size(), *value);
    if (ec != std::errc() || ptr == token.data())
        return false;
    const std::string_view parsed(token.data(), size_t(ptr - token.data()));
    if (std::isinf(*value))
        return parsed.find_first_of("iI") != std::string_view::npos; // "inf" as written, not an overflow
    if (*value == 0.0f)
        return parsed.substr(0, parsed.find_first_of("eE")).find_first_of("123456789") == std::string_view::npos;
    return true;
}

bool parseFloatArray(od::array array, std::vector<float>& out, size_t* count)
{
    size_t n = 0;
    for (auto element : array) {
        std::string_view token;
        if (element.raw_json_token().get(token))
            return false;
        float f = 0;
        if (!parseFloat(token, &f))
            return false;
        out.push_back(f);
        ++n;
    }
    *count = n;
    return true;
}

// One vector slot of a reused record: the next unused one, added when the record has none left.
PageVector& vectorSlot(PageObject& rec, size_t used)
{
    if (used == rec.vectors.size())
        rec.vectors.emplace_back();
    return rec.vectors[used];
}

// Reads the objects of one page into reused records, one part per object field. Each part returns false with
// `problem` set (untranslated details) at the first thing a backup could not trust; parse() turns it into the page's
// error. All parts sit in this file so that the compiler can inline them into the page loop.
class PageReader
{
public:
    PageReader(const std::string& after, bool vectorsApart)
        : m_previous(after)
        , m_vectorsApart(vectorsApart)
    {
    }

    QString problem;

    // One entry of "objects" into `rec`, then its id checked against the one before it.
    bool readObject(od::object obj, PageObject& rec)
    {
        rec.id.clear();
        rec.creationTimeUnix = 0;
        rec.lastUpdateTimeUnix = 0;
        rec.properties = "{}";
        size_t usedVectors = 0;
        for (auto f : obj) {
            std::string_view name;
            if (f.unescaped_key().get(name))
                return refuse(u"bad key in object"_s);
            od::value v;
            if (f.value().get(v))
                return refuse(u"bad value in object"_s);
            if (!readField(name, v, rec, usedVectors))
                return false;
        }
        if (!m_vectorsApart)
            rec.vectors.resize(usedVectors);
        return checkId(rec.id);
    }

private:
    bool refuse(QString details)
    {
        problem = std::move(details);
        return false;
    }

    bool readField(std::string_view name, od::value& v, PageObject& rec, size_t& usedVectors)
    {
        if (name == "id") {
            std::string_view id;
            if (v.get_string().get(id))
                return refuse(u"object id is not a string"_s);
            rec.id.assign(id);
        } else if (name == "creationTimeUnix") {
            if (v.get_int64().get(rec.creationTimeUnix))
                return refuse(u"creationTimeUnix is not an integer"_s);
        } else if (name == "lastUpdateTimeUnix") {
            if (v.get_int64().get(rec.lastUpdateTimeUnix))
                return refuse(u"lastUpdateTimeUnix is not an integer"_s);
        } else if (name == "properties") {
            od::object props;
            std::string_view raw;
            if (v.get_object().get(props) || props.raw_json().get(raw))
                return refuse(u"properties is not an object"_s);
            rec.properties.assign(raw);
        } else if (name == "vector") {
            return readLegacyVector(v, rec, usedVectors);
        } else if (name == "vectors") {
            return readNamedVectors(v, rec, usedVectors);
        }
        // Other fields (class, tenant, additional, vectorWeights) are not part of the object's content.
        return true;
    }

    // "vector": an array of numbers; an empty one (a collection without a legacy vector) adds no vector.
    bool readLegacyVector(od::value& v, PageObject& rec, size_t& usedVectors)
    {
        od::array values;
        if (v.get_array().get(values))
            return refuse(u"vector is not an array"_s);
        PageVector& vec = vectorSlot(rec, usedVectors);
        vec.name.clear();
        vec.rows = 0;
        vec.values.clear();
        size_t n = 0;
        if (!parseFloatArray(values, vec.values, &n))
            return refuse(u"vector holds something other than numbers"_s);
        vec.dims = uint32_t(n);
        if (n > 0)
            ++usedVectors;
        return true;
    }

    // "vectors": an object of named vectors, in the server's order; an empty one adds no vector.
    bool readNamedVectors(od::value& v, PageObject& rec, size_t& usedVectors)
    {
        od::object named;
        if (v.get_object().get(named))
            return refuse(u"vectors is not an object"_s);
        for (auto nv : named) {
            std::string_view name;
            od::array values;
            if (nv.unescaped_key().get(name) || nv.value().get_array().get(values))
                return refuse(u"a named vector is not an array"_s);
            PageVector& vec = vectorSlot(rec, usedVectors);
            vec.name.assign(name);
            vec.rows = 0;
            vec.dims = 0;
            vec.values.clear();
            if (!readNamedVector(name, values, vec))
                return false;
            if (!vec.values.empty())
                ++usedVectors;
        }
        return true;
    }

    // A multi-vector is an array of arrays (its first element decides); a single vector an array of numbers.
    bool readNamedVector(std::string_view name, od::array values, PageVector& vec)
    {
        bool first = true;
        bool multi = false;
        for (auto row : values) {
            od::json_type type;
            if (row.type().get(type))
                return refuse(u"bad vector element"_s);
            if (first) {
                multi = type == od::json_type::array;
                first = false;
            }
            if (multi) {
                od::array rowValues;
                size_t n = 0;
                if (type != od::json_type::array || row.get_array().get(rowValues)
                    || !parseFloatArray(rowValues, vec.values, &n))
                    return refuse(u"multi-vector \""_s + QString::fromUtf8(name.data(), qsizetype(name.size()))
                        + u"\" has a malformed row"_s);
                if (vec.rows == 0)
                    vec.dims = uint32_t(n);
                else if (n != vec.dims)
                    return refuse(u"multi-vector rows of different lengths"_s);
                ++vec.rows;
            } else {
                std::string_view token;
                float value = 0;
                if (type != od::json_type::number || row.raw_json_token().get(token))
                    return refuse(u"a vector holds something other than numbers"_s);
                if (!parseFloat(token, &value))
                    return refuse(u"a vector holds a number that is not a float"_s);
                vec.values.push_back(value);
                ++vec.dims;
            }
        }
        return true;
    }

    // Ids are canonical UUIDs in strictly ascending order after the page's cursor: the next page starts after the
    // last one, so a disorder would skip or repeat objects.
    bool checkId(const std::string& id)
    {
        if (!ObjectPageParser::isCanonicalUuid(id))
            return refuse(u"object id \""_s + QString::fromStdString(id) + u"\" is not a canonical UUID"_s);
        if (!m_previous.empty() && id <= m_previous)
            return refuse(u"object ids are not in ascending order: \""_s + QString::fromStdString(id) + u"\" after \""_s
                + QString::fromStdString(m_previous) + u"\""_s);
        m_previous = id;
        return true;
    }

    std::string m_previous;
    const bool m_vectorsApart;
};

} // namespace

ObjectPageParser::ObjectPageParser()
    : m_impl(std::make_unique<Impl>())
{
}

ObjectPageParser::~ObjectPageParser() = default;

bool ObjectPageParser::isCanonicalUuid(std::string_view id)
{
    if (id.size() != 36)
        return false;
    for (size_t i = 0; i < id.size(); ++i) {
        const char c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
            return false;
        }
    }
    return true;
}

void ObjectPageParser::exchangeObjects(std::vector<PageObject>& records)
{
    m_objects.swap(records);
    m_count = 0;
}

bool ObjectPageParser::parse(QByteArray& body, const std::string& after, OpError* error, bool vectorsApart)
{
    m_count = 0;
    m_bodyBytes = size_t(body.size());
    auto fail = [&](const QString& details) {
        if (error)
            *error = OpError::make(
                OpError::Code::Format, tr("The server sent a page of objects that is not valid."), details);
        m_count = 0;
        return false;
    };

    body.reserve(body.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    od::document doc;
    if (auto e = m_impl->parser.iterate(body.constData(), size_t(body.size()), size_t(body.capacity())).get(doc))
        return fail(QString::fromLatin1(simdjson::error_message(e)));

    od::object top;
    if (doc.get_object().get(top))
        return fail(u"the page is not a JSON object"_s);

    PageReader reader(after, vectorsApart);
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return fail(u"bad key in page"_s);
        if (key != "objects")
            continue;
        od::array objects;
        if (field.value().get_array().get(objects))
            return fail(u"\"objects\" is not an array"_s);
        for (auto element : objects) {
            od::object obj;
            if (element.get_object().get(obj))
                return fail(u"an entry of \"objects\" is not an object"_s);
            if (m_count == m_objects.size())
                m_objects.emplace_back();
            if (!reader.readObject(obj, m_objects[m_count]))
                return fail(reader.problem);
            ++m_count;
        }
    }
    return true;
}

} // namespace Colvault
