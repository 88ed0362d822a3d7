// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/seed/DemoSeeder.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <string_view>

// Everything here is a pure function of (options, collection, tenant, object index): ids, property values and
// reference targets are recomputed on demand instead of remembered, so the generator streams a million objects
// with one request body in memory, and the reference phase can name targets without a lookup table.
namespace Seed {
namespace {

using namespace std::string_view_literals;

enum Collection : int
{
    Article = 0,
    Author = 1,
    Passage = 2,
    TenantNote = 3,
    CollectionCount = 4
};

constexpr std::array<std::string_view, CollectionCount> kBaseNames
    = {"Article"sv, "Author"sv, "Passage"sv, "TenantNote"sv};

struct TenantSpec
{
    std::string_view name;
    int streamIndex; // fixed per name, so --no-frozen does not change the other tenants' data
    std::string_view finalStatus;
    bool empty;
    bool frozen;
};

constexpr std::array<TenantSpec, 5> kTenants = {{
    {"tenantA"sv, 1, "HOT"sv, false, false},
    {"tenantB"sv, 2, "HOT"sv, false, false},
    {"tenantC"sv, 3, "COLD"sv, false, false},
    {"tenantD"sv, 4, "FROZEN"sv, false, true},
    {"tenantE"sv, 5, "HOT"sv, true, false},
}};

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

constexpr uint64_t mix64(uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

// splitmix64: one add and one mix per 64 bits, passes BigCrush, and seeding is free, which matters because every
// object gets its own stream (random access by index, see the comment at the top).
class Rng
{
public:
    explicit Rng(uint64_t state)
        : m_state(state)
    {
    }
    uint64_t next()
    {
        m_state += kGolden;
        return mix64(m_state);
    }
    // Uniform in [0, n) without division (Lemire); the tiny bias is irrelevant for demo data.
    uint32_t below(uint32_t n) { return static_cast<uint32_t>(((next() >> 32) * n) >> 32); }
    int64_t range(int64_t lo, int64_t hi)
    {
        return lo + static_cast<int64_t>(below(static_cast<uint32_t>(hi - lo + 1)));
    }
    bool chance(uint32_t percent) { return below(100) < percent; }
    double unit() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }

private:
    uint64_t m_state;
};

enum Purpose : uint64_t
{
    PurposeId = 1,
    PurposeData = 2,
    PurposeVector = 3
};

uint64_t streamKey(uint64_t seed, int collection, int tenant, int64_t index, Purpose purpose)
{
    uint64_t h = mix64(seed + kGolden);
    h = mix64(h + static_cast<uint64_t>(collection + 1) * kGolden);
    h = mix64(h + static_cast<uint64_t>(tenant + 1) * 0xd1b54a32d192ed03ULL);
    h = mix64(h + static_cast<uint64_t>(index + 1) * 0x8cb92ba72f3d8dd7ULL);
    return mix64(h + static_cast<uint64_t>(purpose));
}

// ---- JSON output -------------------------------------------------------------------------------------------

void putRaw(std::string& out, std::string_view s)
{
    out.append(s);
}

void putString(std::string& out, std::string_view s)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out.push_back('"');
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(s.substr(start, i - start));
        switch (c) {
        case '"':
            out.append("\\\"");
            break;
        case '\\':
            out.append("\\\\");
            break;
        case '\n':
            out.append("\\n");
            break;
        case '\r':
            out.append("\\r");
            break;
        case '\t':
            out.append("\\t");
            break;
        default:
            out.append("\\u00");
            out.push_back(kHex[c >> 4]);
            out.push_back(kHex[c & 0xF]);
        }
        start = i + 1;
    }
    out.append(s.substr(start));
    out.push_back('"');
}

template<typename T> void putNumber(std::string& out, T value)
{
    char buf[32];
    const auto result = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, result.ptr);
}

void putKey(std::string& out, std::string_view key)
{
    putString(out, key);
    out.push_back(':');
}

// Writes `"key":` with a leading comma unless it is the first member of the enclosing object.
class ObjectWriter
{
public:
    explicit ObjectWriter(std::string& out)
        : m_out(out)
    {
        m_out.push_back('{');
    }
    std::string& key(std::string_view k)
    {
        if (!m_first)
            m_out.push_back(',');
        m_first = false;
        putKey(m_out, k);
        return m_out;
    }
    void close() { m_out.push_back('}'); }

private:
    std::string& m_out;
    bool m_first = true;
};

// ---- value generators --------------------------------------------------------------------------------------

std::string uuidFromBits(uint64_t hi, uint64_t lo)
{
    // Version 4 and RFC 4122 variant bits, so the ids look like what every client library generates.
    hi = (hi & ~0xF000ULL) | 0x4000ULL;
    lo = (lo & ~(0xC000ULL << 48)) | (0x8000ULL << 48);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s(36, '-');
    int pos = 0;
    auto nibbles = [&](uint64_t v, int count) {
        for (int n = count - 1; n >= 0; --n) {
            if (pos == 8 || pos == 13 || pos == 18 || pos == 23)
                ++pos;
            s[static_cast<size_t>(pos++)] = kHex[(v >> (n * 4)) & 0xF];
        }
    };
    nibbles(hi, 16);
    nibbles(lo, 16);
    return s;
}

std::string randomUuid(Rng& r)
{
    const uint64_t hi = r.next();
    return uuidFromBits(hi, r.next());
}

std::string objectId(uint64_t seed, int collection, int tenant, int64_t index)
{
    Rng r(streamKey(seed, collection, tenant, index, PurposeId));
    return randomUuid(r);
}

// Unicode from several scripts, emoji (including a ZWJ sequence and a flag), combining accents, and the characters
// JSON must escape, so a backup that mangles encoding or escaping shows up in a byte comparison.
// clang-format off
constexpr std::array kWords = {
    "backup"sv, "restore"sv, "vector"sv, "collection"sv, "tenant"sv, "shard"sv, "snapshot"sv, "cursor"sv,
    "Zürich"sv, "naïve"sv, "café"sv, "Ångström"sv, "façade"sv, "niño"sv,
    "e\xcc\x81t\xc3\xa9"sv /* "été" with a combining acute accent on the first e */,
    "日本語"sv, "数据库"sv, "한국어"sv, "Ελληνικά"sv, "Москва"sv,
    "שלום"sv, "مرحبا"sv, "हिन्दी"sv,
    "🚀"sv, "😀"sv, "👩‍💻"sv, "🇳🇱"sv,
    "quote\"inside"sv, "back\\slash"sv, "tab\there"sv, "line\nbreak"sv,
    "ctrl\x01" "char"sv,
};
// clang-format on

void putText(std::string& out, Rng& r, int minWords, int maxWords)
{
    std::string text;
    const auto count = r.range(minWords, maxWords);
    for (int64_t w = 0; w < count; ++w) {
        if (w > 0)
            text.push_back(' ');
        text.append(kWords[r.below(kWords.size())]);
    }
    putString(out, text);
}

void putTextArray(std::string& out, Rng& r, int maxItems)
{
    out.push_back('[');
    const auto count = r.range(1, maxItems);
    for (int64_t k = 0; k < count; ++k) {
        if (k > 0)
            out.push_back(',');
        // An empty string inside an array is a distinct case from an empty array.
        if (r.chance(10))
            putString(out, ""sv);
        else
            putText(out, r, 1, 2);
    }
    out.push_back(']');
}

void put2(std::string& out, int v)
{
    out.push_back(static_cast<char>('0' + v / 10));
    out.push_back(static_cast<char>('0' + v % 10));
}

// RFC 3339 with every zone form the server keeps (Z and +/- offsets, including half hours and the extremes) and
// 0, 3, 6 or 9 fraction digits without trailing zeros: the server drops those, so a round trip stays byte-equal.
void putDate(std::string& out, Rng& r)
{
    static constexpr std::array<std::string_view, 8> kZones
        = {"Z"sv, "Z"sv, "+05:30"sv, "-08:00"sv, "+09:00"sv, "-03:30"sv, "+14:00"sv, "-12:00"sv};
    const int year = static_cast<int>(r.range(1970, 2035));
    std::string s;
    s.reserve(40);
    putNumber(s, year);
    s.push_back('-');
    put2(s, static_cast<int>(r.range(1, 12)));
    s.push_back('-');
    put2(s, static_cast<int>(r.range(1, 28)));
    s.push_back('T');
    put2(s, static_cast<int>(r.range(0, 23)));
    s.push_back(':');
    put2(s, static_cast<int>(r.range(0, 59)));
    s.push_back(':');
    put2(s, static_cast<int>(r.range(0, 59)));
    const int digits = static_cast<int>(r.below(4)) * 3;
    if (digits > 0) {
        std::string frac;
        for (int d = 0; d < digits; ++d)
            frac.push_back(static_cast<char>('0' + r.below(10)));
        while (!frac.empty() && frac.back() == '0')
            frac.pop_back();
        if (!frac.empty()) {
            s.push_back('.');
            s.append(frac);
        }
    }
    s.append(kZones[r.below(kZones.size())]);
    putString(out, s);
}

void putVector(std::string& out, Rng& r, int dims)
{
    // Values shaped like real embeddings: full float32 precision (what a server stores and prints in its shortest
    // round-trip form, ~9 significant digits), roughly normal around 0 with the spread of a unit-length vector.
    // Short decimals would compress far better than real data and flatter the archive-size benchmark.
    const float scale = 1.0f / std::sqrt(static_cast<float>(std::max(1, dims)));
    const size_t start = out.size();
    out.resize(start + 2 + static_cast<size_t>(dims) * 16);
    char* p = out.data() + start;
    char* const end = out.data() + out.size();
    *p++ = '[';
    for (int d = 0; d < dims; ++d) {
        if (d > 0)
            *p++ = ',';
        // Sum of four uniforms: cheap, deterministic, close enough to a normal distribution.
        const uint64_t bits = r.next();
        float sum = 0;
        for (int k = 0; k < 4; ++k)
            sum += static_cast<float>((bits >> (16 * k)) & 0xFFFF) / 65535.0f;
        const float value = (sum - 2.0f) * 1.7320508f * scale;
        p = std::to_chars(p, end, value).ptr;
    }
    *p++ = ']';
    out.resize(static_cast<size_t>(p - out.data()));
}

std::string base64(const unsigned char* data, size_t size)
{
    static constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string s;
    s.reserve((size + 2) / 3 * 4);
    for (size_t i = 0; i < size; i += 3) {
        const uint32_t b0 = data[i];
        const uint32_t b1 = i + 1 < size ? data[i + 1] : 0;
        const uint32_t b2 = i + 2 < size ? data[i + 2] : 0;
        const uint32_t v = (b0 << 16) | (b1 << 8) | b2;
        s.push_back(kAlphabet[(v >> 18) & 63]);
        s.push_back(kAlphabet[(v >> 12) & 63]);
        s.push_back(i + 1 < size ? kAlphabet[(v >> 6) & 63] : '=');
        s.push_back(i + 2 < size ? kAlphabet[v & 63] : '=');
    }
    return s;
}

// ---- the plan: which collections, tenants and counts -------------------------------------------------------

struct Plan
{
    uint64_t seed = 0;
    int64_t objects = 0;
    int dims = 1;
    int batchSize = 1;
    std::array<bool, CollectionCount> selected {};
    std::array<std::string, CollectionCount> names;
    std::vector<const TenantSpec*> tenants;

    int dimsHalf() const { return std::max(2, dims / 2); }
    int dimsQuarter() const { return std::max(2, dims / 4); }
};

Plan makePlan(const SeedOptions& options)
{
    Plan p;
    p.seed = options.seed;
    p.objects = std::max(0, options.objects);
    p.dims = std::max(1, options.dims);
    p.batchSize = std::max(1, options.batchSize);
    for (int c = 0; c < CollectionCount; ++c) {
        const std::string_view base = kBaseNames[static_cast<size_t>(c)];
        p.selected[static_cast<size_t>(c)] = options.collections.empty()
            || std::find(options.collections.begin(), options.collections.end(), base) != options.collections.end();
        // Weaviate upper-cases the first character of class names; doing it here keeps what we send equal to
        // what the server stores, whatever case the prefix has.
        std::string name = options.prefix + std::string(base);
        if (name[0] >= 'a' && name[0] <= 'z')
            name[0] = static_cast<char>(name[0] - 'a' + 'A');
        p.names[static_cast<size_t>(c)] = std::move(name);
    }
    for (const TenantSpec& t : kTenants)
        if (!t.frozen || options.frozenTenant)
            p.tenants.push_back(&t);
    return p;
}

bool selected(const Plan& p, Collection c)
{
    return p.selected[static_cast<size_t>(c)];
}
const std::string& nameOf(const Plan& p, Collection c)
{
    return p.names[static_cast<size_t>(c)];
}

int64_t objectsIn(const Plan& p, const TenantSpec* tenant)
{
    return tenant && tenant->empty ? 0 : p.objects;
}

// ---- references: targets as a pure function of the source index -------------------------------------------

struct Targets
{
    std::array<int64_t, 2> index {};
    int count = 0;
    void add(int64_t i)
    {
        for (int k = 0; k < count; ++k)
            if (index[static_cast<size_t>(k)] == i)
                return; // a repeated beacon would be de-duplicated by some servers and not by others
        index[static_cast<size_t>(count++)] = i;
    }
};

Targets articleWrittenBy(int64_t i, int64_t n)
{
    Targets t;
    if (n == 0 || i % 8 == 7)
        return t; // some articles have no author at all
    t.add(i % n);
    if (i % 3 == 0)
        t.add((i + 1) % n);
    return t;
}

// 0 -> 1 -> 0 is a two-cycle, 2 -> 2 a self-loop; the rest point forward and back into the collection.
Targets articleRelated(int64_t i, int64_t n)
{
    Targets t;
    if (n == 1) {
        t.add(0);
    } else if (i == 0) {
        t.add(1);
    } else if (i == 1) {
        t.add(0);
    } else if (i == 2) {
        t.add(2);
    } else if (i % 4 != 3) {
        t.add((i * 31 + 7) % n);
        if (i % 5 == 0)
            t.add(i - 1);
    }
    return t;
}

Targets authorArticles(int64_t j, int64_t n)
{
    Targets t;
    if (n == 0 || j % 4 == 3)
        return t;
    t.add((j * 3) % n);
    t.add((j * 3 + 1) % n);
    return t;
}

Targets noteSeeAlso(int64_t i, int64_t n)
{
    Targets t;
    if (i % 10 == 5)
        t.add(i); // self-loop inside a tenant
    else if (i % 2 == 0 && n >= 2)
        t.add((i + 1) % n);
    return t;
}

template<typename Fn> int64_t countTargets(int64_t n, Fn fn)
{
    int64_t total = 0;
    for (int64_t i = 0; i < n; ++i)
        total += fn(i, n).count;
    return total;
}

// ---- schema ------------------------------------------------------------------------------------------------

void putProperty(
    std::string& out, bool& first, std::string_view name, std::string_view dataType, std::string_view extra = {})
{
    if (!first)
        out.push_back(',');
    first = false;
    out.append("{\"name\":");
    putString(out, name);
    out.append(",\"dataType\":[");
    putString(out, dataType);
    out.push_back(']');
    out.append(extra);
    out.push_back('}');
}

std::string articleSchema(const Plan& p)
{
    std::string s;
    s.append("{\"class\":");
    putString(s, nameOf(p, Article));
    s.append(",\"description\":\"Demo articles: one property of every data type, references to authors and to "
             "other articles (cycles and self-loops)\",\"vectorizer\":\"none\",\"vectorIndexType\":\"hnsw\","
             "\"vectorIndexConfig\":{\"distance\":\"cosine\"},"
             "\"invertedIndexConfig\":{\"indexTimestamps\":true,\"indexNullState\":true,"
             "\"indexPropertyLength\":true},\"properties\":[");
    bool first = true;
    putProperty(s, first, "title", "text", ",\"tokenization\":\"word\"");
    putProperty(s, first, "tags", "text[]", ",\"tokenization\":\"field\"");
    putProperty(s, first, "wordCount", "int", ",\"indexRangeFilters\":true");
    putProperty(s, first, "ratings", "int[]");
    putProperty(s, first, "score", "number");
    putProperty(s, first, "scores", "number[]");
    putProperty(s, first, "published", "boolean");
    putProperty(s, first, "flags", "boolean[]");
    putProperty(s, first, "publishedAt", "date", ",\"indexRangeFilters\":true");
    putProperty(s, first, "eventDates", "date[]");
    putProperty(s, first, "sourceId", "uuid");
    putProperty(s, first, "relatedIds", "uuid[]");
    putProperty(s, first, "location", "geoCoordinates");
    putProperty(s, first, "contactPhone", "phoneNumber");
    putProperty(s, first, "thumbnail", "blob");
    putProperty(s, first, "meta", "object",
        ",\"nestedProperties\":["
        "{\"name\":\"source\",\"dataType\":[\"text\"]},"
        "{\"name\":\"version\",\"dataType\":[\"int\"]},"
        "{\"name\":\"weight\",\"dataType\":[\"number\"]},"
        "{\"name\":\"draft\",\"dataType\":[\"boolean\"]},"
        "{\"name\":\"reviewedAt\",\"dataType\":[\"date\"]},"
        "{\"name\":\"keywords\",\"dataType\":[\"text[]\"]},"
        "{\"name\":\"origin\",\"dataType\":[\"object\"],\"nestedProperties\":["
        "{\"name\":\"country\",\"dataType\":[\"text\"]},"
        "{\"name\":\"year\",\"dataType\":[\"int\"]}]}]");
    putProperty(s, first, "sections", "object[]",
        ",\"nestedProperties\":["
        "{\"name\":\"heading\",\"dataType\":[\"text\"]},"
        "{\"name\":\"order\",\"dataType\":[\"int\"]},"
        "{\"name\":\"paragraphs\",\"dataType\":[\"text[]\"]}]");
    putProperty(s, first, "writtenBy", nameOf(p, Author));
    putProperty(s, first, "related", nameOf(p, Article));
    s.append("]}");
    return s;
}

void putNamedVector(std::string& out, bool& first, std::string_view name, std::string_view indexConfig)
{
    if (!first)
        out.push_back(',');
    first = false;
    putKey(out, name);
    out.append("{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\",\"vectorIndexConfig\":");
    out.append(indexConfig);
    out.push_back('}');
}

std::string authorSchema(const Plan& p)
{
    std::string s;
    s.append("{\"class\":");
    putString(s, nameOf(p, Author));
    s.append(",\"description\":\"Demo authors: two named vectors of different sizes, no class-level vector\","
             "\"vectorConfig\":{");
    bool firstVector = true;
    putNamedVector(s, firstVector, "name_vec", "{\"distance\":\"cosine\"}");
    putNamedVector(s, firstVector, "bio_vec", "{\"distance\":\"l2-squared\"}");
    s.append("},\"properties\":[");
    bool first = true;
    putProperty(s, first, "name", "text");
    putProperty(s, first, "bio", "text");
    putProperty(s, first, "email", "text", ",\"tokenization\":\"field\",\"indexSearchable\":false");
    putProperty(s, first, "born", "date");
    putProperty(s, first, "articles", nameOf(p, Article));
    s.append("]}");
    return s;
}

std::string passageSchema(const Plan& p)
{
    std::string s;
    s.append("{\"class\":");
    putString(s, nameOf(p, Passage));
    s.append(",\"description\":\"Demo passages: a ColBERT-style multi-vector next to a single dense vector\","
             "\"vectorConfig\":{");
    bool firstVector = true;
    putNamedVector(s, firstVector, "colbert",
        "{\"distance\":\"cosine\",\"multivector\":{\"enabled\":true,\"aggregation\":\"maxSim\"}}");
    putNamedVector(s, firstVector, "dense", "{\"distance\":\"dot\"}");
    s.append("},\"properties\":[");
    bool first = true;
    putProperty(s, first, "content", "text");
    putProperty(s, first, "position", "int");
    putProperty(s, first, "language", "text", ",\"tokenization\":\"field\"");
    s.append("]}");
    return s;
}

std::string tenantNoteSchema(const Plan& p)
{
    std::string s;
    s.append("{\"class\":");
    putString(s, nameOf(p, TenantNote));
    // No shardingConfig: a real server rejects it next to multiTenancyConfig (see the REST notes, section 2.4).
    s.append(",\"description\":\"Demo notes: multi-tenant, tenants in every activity status, one empty\","
             "\"vectorizer\":\"none\",\"vectorIndexType\":\"hnsw\","
             "\"multiTenancyConfig\":{\"enabled\":true,\"autoTenantCreation\":false,"
             "\"autoTenantActivation\":false},\"properties\":[");
    bool first = true;
    putProperty(s, first, "body", "text");
    putProperty(s, first, "priority", "int");
    putProperty(s, first, "done", "boolean");
    putProperty(s, first, "due", "date");
    putProperty(s, first, "seeAlso", nameOf(p, TenantNote));
    s.append("]}");
    return s;
}

// ---- objects -----------------------------------------------------------------------------------------------

// Article properties that may be absent, in schema order; bit k of the absence mask drops kOptional[k].
enum ArticleProp : int
{
    PTags,
    PWordCount,
    PRatings,
    PScore,
    PScores,
    PPublished,
    PFlags,
    PPublishedAt,
    PEventDates,
    PSourceId,
    PRelatedIds,
    PLocation,
    PContactPhone,
    PThumbnail,
    PMeta,
    PSections,
    PropCount
};

void putArticleProperties(std::string& out, int64_t i, Rng& r)
{
    uint32_t absent = 0;
    if (i % 7 == 3)
        absent |= 1U << ((i / 7) % PropCount); // one property missing, a different one each time
    if (i % 13 == 6)
        absent = (1U << PropCount) - 1; // only the title
    auto has = [absent](ArticleProp prop) { return (absent & (1U << prop)) == 0; };

    ObjectWriter o(out);
    // Empty strings and empty arrays are values, not absence: they must survive a round trip as such.
    if (i % 11 == 5)
        putString(o.key("title"), ""sv);
    else
        putText(o.key("title"), r, 1, 6);

    if (has(PTags)) {
        if (i % 9 == 4)
            putRaw(o.key("tags"), "[]"sv);
        else
            putTextArray(o.key("tags"), r, 4);
    }
    if (has(PWordCount)) {
        // Integers are float64 on the server: +-2^53 is the largest exact magnitude.
        static constexpr std::array<int64_t, 4> kSpecial = {9007199254740992LL, -9007199254740992LL, 0, -1};
        const int64_t v = i % 10 < 4 ? kSpecial[static_cast<size_t>(i % 10)] : r.range(0, 100000);
        putNumber(o.key("wordCount"), v);
    }
    if (has(PRatings)) {
        std::string& s = o.key("ratings");
        s.push_back('[');
        if (i % 9 != 5) {
            const auto count = r.range(1, 5);
            for (int64_t k = 0; k < count; ++k) {
                if (k > 0)
                    s.push_back(',');
                putNumber(s, k == 0 && i % 6 == 1 ? int64_t {9007199254740991LL} : r.range(-1000, 1000));
            }
        }
        s.push_back(']');
    }
    if (has(PScore)) {
        static constexpr std::array<double, 7> kSpecial
            = {1e-300, -1.5e300, 2.2250738585072014e-308, 0.1, 1e21, -123456789.125, 1.7976931348623157e308};
        const double v = i % 10 < 7 ? kSpecial[static_cast<size_t>(i % 10)] : r.unit() * 2000.0 - 1000.0;
        putNumber(o.key("score"), v);
    }
    if (has(PScores)) {
        std::string& s = o.key("scores");
        s.push_back('[');
        const auto count = i % 9 == 6 ? 0 : r.range(1, 4);
        for (int64_t k = 0; k < count; ++k) {
            if (k > 0)
                s.push_back(',');
            putNumber(s, (r.unit() - 0.5) * 1e-6);
        }
        s.push_back(']');
    }
    if (has(PPublished))
        putRaw(o.key("published"), r.chance(50) ? "true"sv : "false"sv);
    if (has(PFlags)) {
        std::string& s = o.key("flags");
        s.push_back('[');
        const auto count = i % 9 == 7 ? 0 : r.range(1, 4);
        for (int64_t k = 0; k < count; ++k) {
            if (k > 0)
                s.push_back(',');
            s.append(r.chance(50) ? "true"sv : "false"sv);
        }
        s.push_back(']');
    }
    if (has(PPublishedAt)) {
        // Before the epoch, the 2038 boundary, nanoseconds at the far west offset, then random ones.
        static constexpr std::array<std::string_view, 3> kSpecial
            = {"1969-07-20T20:17:40Z"sv, "2038-01-19T03:14:08Z"sv, "2024-02-29T23:59:59.999999999-12:00"sv};
        if (i % 10 < 3)
            putString(o.key("publishedAt"), kSpecial[static_cast<size_t>(i % 10)]);
        else
            putDate(o.key("publishedAt"), r);
    }
    if (has(PEventDates)) {
        std::string& s = o.key("eventDates");
        s.push_back('[');
        const auto count = i % 9 == 8 ? 0 : r.range(1, 3);
        for (int64_t k = 0; k < count; ++k) {
            if (k > 0)
                s.push_back(',');
            putDate(s, r);
        }
        s.push_back(']');
    }
    if (has(PSourceId))
        putString(o.key("sourceId"), randomUuid(r));
    if (has(PRelatedIds)) {
        std::string& s = o.key("relatedIds");
        s.push_back('[');
        const auto count = i % 9 == 0 ? 0 : r.range(1, 3);
        for (int64_t k = 0; k < count; ++k) {
            if (k > 0)
                s.push_back(',');
            putString(s, randomUuid(r));
        }
        s.push_back(']');
    }
    if (has(PLocation)) {
        // Three decimals keep every coordinate within FLT_DIG significant digits: the server stores float32 and
        // prints the shortest float32 text, which is then exactly what was sent.
        ObjectWriter geo(o.key("location"));
        putNumber(geo.key("latitude"), static_cast<double>(r.range(-90000, 90000)) / 1000.0);
        putNumber(geo.key("longitude"), static_cast<double>(r.range(-180000, 180000)) / 1000.0);
        geo.close();
    }
    if (has(PContactPhone)) {
        ObjectWriter phone(o.key("contactPhone"));
        std::string digits;
        for (int d = 0; d < 7; ++d)
            digits.push_back(static_cast<char>('0' + r.below(10)));
        if (i % 2 == 0) {
            putString(phone.key("input"), "020 " + digits);
            putString(phone.key("defaultCountry"), "NL"sv); // upper case, as the server stores it
        } else {
            putString(phone.key("input"), "+49 30 " + digits);
        }
        phone.close();
    }
    if (has(PThumbnail)) {
        // Lengths 1..48 cover both padding forms and no padding.
        unsigned char bytes[48];
        const auto size = static_cast<size_t>(r.range(1, 48));
        for (size_t k = 0; k < size; ++k)
            bytes[k] = static_cast<unsigned char>(r.next() >> 56);
        putString(o.key("thumbnail"), base64(bytes, size));
    }
    if (has(PMeta)) {
        ObjectWriter meta(o.key("meta"));
        putText(meta.key("source"), r, 1, 3);
        putNumber(meta.key("version"), r.range(1, 20));
        if (i % 6 != 2) {
            putNumber(meta.key("weight"), r.unit());
            putTextArray(meta.key("keywords"), r, 3);
        }
        putRaw(meta.key("draft"), r.chance(30) ? "true"sv : "false"sv);
        putDate(meta.key("reviewedAt"), r);
        ObjectWriter origin(meta.key("origin"));
        putText(origin.key("country"), r, 1, 1);
        putNumber(origin.key("year"), r.range(1900, 2030));
        origin.close();
        meta.close();
    }
    if (has(PSections)) {
        std::string& s = o.key("sections");
        s.push_back('[');
        const auto count = i % 9 == 1 ? 0 : r.range(1, 3);
        for (int64_t k = 0; k < count; ++k) {
            if (k > 0)
                s.push_back(',');
            ObjectWriter section(s);
            putText(section.key("heading"), r, 1, 4);
            putNumber(section.key("order"), k + 1);
            putTextArray(section.key("paragraphs"), r, 3);
            section.close();
        }
        s.push_back(']');
    }
    o.close();
}

void putAuthorProperties(std::string& out, int64_t i, Rng& r)
{
    ObjectWriter o(out);
    putText(o.key("name"), r, 2, 3);
    if (i % 5 != 4) // some authors without a bio
        putText(o.key("bio"), r, 5, 20);
    std::string email = "author";
    putNumber(email, i);
    email.append("@example.org");
    putString(o.key("email"), email);
    putDate(o.key("born"), r);
    o.close();
}

void putPassageProperties(std::string& out, int64_t i, Rng& r)
{
    static constexpr std::array<std::string_view, 5> kLanguages = {"en"sv, "de"sv, "ja"sv, "zh"sv, "fr"sv};
    ObjectWriter o(out);
    putText(o.key("content"), r, 3, 30);
    putNumber(o.key("position"), i);
    putString(o.key("language"), kLanguages[r.below(kLanguages.size())]);
    o.close();
}

void putNoteProperties(std::string& out, int64_t i, Rng& r)
{
    ObjectWriter o(out);
    putText(o.key("body"), r, 1, 12);
    putNumber(o.key("priority"), r.range(1, 5));
    putRaw(o.key("done"), r.chance(40) ? "true"sv : "false"sv);
    if (i % 3 != 2)
        putDate(o.key("due"), r);
    o.close();
}

void putObject(std::string& out, const Plan& p, Collection c, const TenantSpec* tenant, int64_t i)
{
    const int tenantStream = tenant ? tenant->streamIndex : 0;
    Rng data(streamKey(p.seed, c, tenantStream, i, PurposeData));
    Rng vec(streamKey(p.seed, c, tenantStream, i, PurposeVector));

    ObjectWriter o(out);
    putString(o.key("class"), nameOf(p, c));
    putString(o.key("id"), objectId(p.seed, c, tenantStream, i));
    if (tenant)
        putString(o.key("tenant"), tenant->name);
    switch (c) {
    case Article:
        putArticleProperties(o.key("properties"), i, data);
        putVector(o.key("vector"), vec, p.dims);
        break;
    case Author: {
        putAuthorProperties(o.key("properties"), i, data);
        ObjectWriter v(o.key("vectors"));
        putVector(v.key("name_vec"), vec, p.dims);
        putVector(v.key("bio_vec"), vec, p.dimsHalf());
        v.close();
        break;
    }
    case Passage: {
        putPassageProperties(o.key("properties"), i, data);
        ObjectWriter v(o.key("vectors"));
        std::string& colbert = v.key("colbert");
        colbert.push_back('[');
        const auto tokens = vec.range(1, 5);
        for (int64_t t = 0; t < tokens; ++t) {
            if (t > 0)
                colbert.push_back(',');
            putVector(colbert, vec, p.dimsQuarter());
        }
        colbert.push_back(']');
        putVector(v.key("dense"), vec, p.dims);
        v.close();
        break;
    }
    case TenantNote:
        putNoteProperties(o.key("properties"), i, data);
        putVector(o.key("vector"), vec, p.dims);
        break;
    case CollectionCount:
        break;
    }
    o.close();
}

// ---- batching ----------------------------------------------------------------------------------------------

// Collects items into one reused body and hands it to the sink every batchSize items.
class Batcher
{
public:
    Batcher(const std::function<bool(const SeedRequest&)>& sink, std::string path, std::string_view open,
        std::string_view close, int batchSize)
        : m_sink(sink)
        , m_open(open)
        , m_close(close)
        , m_batchSize(batchSize)
    {
        m_request.method = "POST";
        m_request.path = std::move(path);
    }

    // Returns the body to append one item to (the separator is already written).
    std::string& item()
    {
        if (m_items == 0)
            m_request.body.append(m_open);
        else
            m_request.body.push_back(',');
        ++m_items;
        return m_request.body;
    }
    bool full() const { return m_items >= m_batchSize; }
    bool flush()
    {
        if (m_items == 0)
            return true;
        m_request.body.append(m_close);
        const bool ok = m_sink(m_request);
        m_request.body.clear(); // keeps the capacity: one allocation for the whole run
        m_items = 0;
        return ok;
    }

private:
    const std::function<bool(const SeedRequest&)>& m_sink;
    SeedRequest m_request;
    std::string_view m_open;
    std::string_view m_close;
    int m_batchSize;
    int m_items = 0;
};

std::string beacon(const Plan& p, Collection c, const std::string& id)
{
    std::string s = "weaviate://localhost/";
    s.append(nameOf(p, c));
    s.push_back('/');
    s.append(id);
    return s;
}

template<typename Fn>
bool addReferences(Batcher& refs, const Plan& p, Collection from, std::string_view property, Collection to,
    const TenantSpec* tenant, Fn targetsOf)
{
    const int tenantStream = tenant ? tenant->streamIndex : 0;
    const int64_t n = objectsIn(p, tenant);
    for (int64_t i = 0; i < n; ++i) {
        const Targets targets = targetsOf(i, n);
        if (targets.count == 0)
            continue;
        std::string fromBeacon = beacon(p, from, objectId(p.seed, from, tenantStream, i));
        fromBeacon.push_back('/');
        fromBeacon.append(property);
        for (int k = 0; k < targets.count; ++k) {
            const std::string target = objectId(p.seed, to, tenantStream, targets.index[static_cast<size_t>(k)]);
            ObjectWriter o(refs.item());
            putString(o.key("from"), fromBeacon);
            putString(o.key("to"), beacon(p, to, target));
            if (tenant)
                putString(o.key("tenant"), tenant->name);
            o.close();
            if (refs.full() && !refs.flush())
                return false;
        }
    }
    return true;
}

} // namespace

std::vector<std::string> demoCollectionNames()
{
    return {kBaseNames.begin(), kBaseNames.end()};
}

std::vector<SeedCollectionInfo> describe(const SeedOptions& options)
{
    const Plan p = makePlan(options);
    std::vector<SeedCollectionInfo> infos;
    for (int ci = 0; ci < CollectionCount; ++ci) {
        const auto c = static_cast<Collection>(ci);
        if (!selected(p, c))
            continue;
        SeedCollectionInfo info;
        info.name = nameOf(p, c);
        switch (c) {
        case Article:
            info.vectorKind = "legacy";
            info.objects = p.objects;
            if (selected(p, Author))
                info.references += countTargets(p.objects, articleWrittenBy);
            info.references += countTargets(p.objects, articleRelated);
            break;
        case Author:
            info.vectorKind = "named";
            info.objects = p.objects;
            if (selected(p, Article))
                info.references = countTargets(p.objects, authorArticles);
            break;
        case Passage:
            info.vectorKind = "multi";
            info.objects = p.objects;
            break;
        case TenantNote:
            info.vectorKind = "legacy";
            info.multiTenant = true;
            for (const TenantSpec* t : p.tenants) {
                info.tenants.emplace_back(std::string(t->name), std::string(t->finalStatus));
                info.objects += objectsIn(p, t);
                info.references += countTargets(objectsIn(p, t), noteSeeAlso);
            }
            break;
        case CollectionCount:
            break;
        }
        infos.push_back(std::move(info));
    }
    return infos;
}

bool generate(const SeedOptions& options, const std::function<bool(const SeedRequest&)>& sink)
{
    const Plan p = makePlan(options);
    const bool withTenants = selected(p, TenantNote);

    // 1. Every class with its full property list: refs to classes created later are fine on POST /v1/schema.
    for (int ci = 0; ci < CollectionCount; ++ci) {
        const auto c = static_cast<Collection>(ci);
        if (!selected(p, c))
            continue;
        SeedRequest request {"POST", "/v1/schema", {}};
        switch (c) {
        case Article:
            request.body = articleSchema(p);
            break;
        case Author:
            request.body = authorSchema(p);
            break;
        case Passage:
            request.body = passageSchema(p);
            break;
        case TenantNote:
            request.body = tenantNoteSchema(p);
            break;
        case CollectionCount:
            break;
        }
        if (!sink(request))
            return false;
    }

    // 2. Tenants, all active: data can only be written to active tenants.
    const std::string tenantsPath = "/v1/schema/" + nameOf(p, TenantNote) + "/tenants";
    if (withTenants) {
        SeedRequest request {"POST", tenantsPath, "["};
        bool first = true;
        for (const TenantSpec* t : p.tenants) {
            if (!first)
                request.body.push_back(',');
            first = false;
            ObjectWriter o(request.body);
            putString(o.key("name"), t->name);
            putString(o.key("activityStatus"), "HOT"sv);
            o.close();
        }
        request.body.push_back(']');
        if (!sink(request))
            return false;
    }

    // 3. Objects without reference properties, one (class, tenant) group after the other.
    {
        Batcher batch(sink, "/v1/batch/objects", "{\"objects\":[", "]}", p.batchSize);
        auto writeGroup = [&](Collection c, const TenantSpec* tenant) {
            const int64_t n = objectsIn(p, tenant);
            for (int64_t i = 0; i < n; ++i) {
                putObject(batch.item(), p, c, tenant, i);
                if (batch.full() && !batch.flush())
                    return false;
            }
            return batch.flush();
        };
        for (int ci = 0; ci < CollectionCount; ++ci) {
            const auto c = static_cast<Collection>(ci);
            if (!selected(p, c))
                continue;
            if (c == TenantNote) {
                for (const TenantSpec* t : p.tenants)
                    if (!writeGroup(c, t))
                        return false;
            } else if (!writeGroup(c, nullptr)) {
                return false;
            }
        }
    }

    // 4. References, now that every source and target exists. Only to selected classes: a reference must never
    //    point at an id this run did not create.
    {
        Batcher refs(sink, "/v1/batch/references", "[", "]", p.batchSize);
        if (selected(p, Article)) {
            if (selected(p, Author) && !addReferences(refs, p, Article, "writtenBy", Author, nullptr, articleWrittenBy))
                return false;
            if (!addReferences(refs, p, Article, "related", Article, nullptr, articleRelated))
                return false;
        }
        if (selected(p, Author) && selected(p, Article)
            && !addReferences(refs, p, Author, "articles", Article, nullptr, authorArticles))
            return false;
        if (withTenants) {
            for (const TenantSpec* t : p.tenants)
                if (!addReferences(refs, p, TenantNote, "seeAlso", TenantNote, t, noteSeeAlso))
                    return false;
        }
        if (!refs.flush())
            return false;
    }

    // 5. Final tenant statuses, in the legacy names every server version accepts.
    if (withTenants) {
        SeedRequest request {"PUT", tenantsPath, "["};
        bool any = false;
        for (const TenantSpec* t : p.tenants) {
            if (t->finalStatus == "HOT"sv)
                continue;
            if (any)
                request.body.push_back(',');
            any = true;
            ObjectWriter o(request.body);
            putString(o.key("name"), t->name);
            putString(o.key("activityStatus"), t->finalStatus);
            o.close();
        }
        request.body.push_back(']');
        if (any && !sink(request))
            return false;
    }
    return true;
}

} // namespace Seed
