// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/MiscApi.h"

#include "tools/emulator/Errors.h"

#include <charconv>
#include <cstdio>
#include <mutex>
#include <shared_mutex>

namespace Emu {

bool versionAtLeast(std::string_view version, int major, int minor)
{
    int ma = 0;
    int mi = 0;
    const char* p = version.data();
    const char* end = p + version.size();
    auto r = std::from_chars(p, end, ma);
    if (r.ec != std::errc() || r.ptr == end || *r.ptr != '.')
        return true;
    r = std::from_chars(r.ptr + 1, end, mi);
    if (r.ec != std::errc())
        return true;
    return ma != major ? ma > major : mi >= minor;
}

bool versionAtLeast(std::string_view version, int major, int minor, int patch)
{
    if (!versionAtLeast(version, major, minor))
        return false;
    if (versionAtLeast(version, major, minor + 1))
        return true;
    // Same major.minor: compare the patch number after the second dot ("1.32.2-rc.0" counts as 2).
    const size_t first = version.find('.');
    const size_t second = first == std::string_view::npos ? first : version.find('.', first + 1);
    if (second == std::string_view::npos)
        return true;
    int pa = 0;
    const auto r = std::from_chars(version.data() + second + 1, version.data() + version.size(), pa);
    return r.ec != std::errc() || pa >= patch;
}

namespace {

// Go's quoteChar() from encoding/json's scanner: the offending byte as a Go character literal.
std::string goQuoteChar(unsigned char c)
{
    if (c == '\'')
        return "'\\''";
    if (c == '"')
        return "'\"'";
    std::string s = "'";
    switch (c) {
    case '\a':
        s += "\\a";
        break;
    case '\b':
        s += "\\b";
        break;
    case '\f':
        s += "\\f";
        break;
    case '\n':
        s += "\\n";
        break;
    case '\r':
        s += "\\r";
        break;
    case '\t':
        s += "\\t";
        break;
    case '\v':
        s += "\\v";
        break;
    case '\\':
        s += "\\\\";
        break;
    default:
        if (c < 0x20 || c == 0x7f) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\x%02x", c);
            s += buf;
        } else if (c >= 0x80 && c < 0xa0) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", c);
            s += buf;
        } else if (c >= 0xa0) {
            // Go widens the byte to the rune U+00XX, which prints as its UTF-8 encoding.
            s.push_back(static_cast<char>(0xc0 | (c >> 6)));
            s.push_back(static_cast<char>(0x80 | (c & 0x3f)));
        } else {
            s.push_back(static_cast<char>(c));
        }
    }
    return s + "'";
}

// A byte-by-byte scanner with encoding/json's error texts. Kept iterative inside strings and numbers because it
// runs over every batch body (hundreds of MB of vectors).
class GoScanner
{
public:
    explicit GoScanner(std::string_view s)
        : m_s(s)
    {
    }

    std::string run(bool* isEmpty)
    {
        skipWs();
        *isEmpty = m_i >= m_s.size();
        if (*isEmpty)
            return {};
        if (!value(0))
            return m_err;
        // A top-level scalar needs one more byte (or EOF) to end; objects and arrays end at their bracket.
        if (m_topScalar && m_i < m_s.size() && !isWs(at()))
            return fail("after top-level value");
        return {};
    }

private:
    static bool isWs(unsigned char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
    unsigned char at() const { return static_cast<unsigned char>(m_s[m_i]); }
    bool eof() const { return m_i >= m_s.size(); }
    void skipWs()
    {
        while (m_i < m_s.size() && isWs(at()))
            ++m_i;
    }
    std::string fail(std::string_view context)
    {
        m_err = "invalid character " + goQuoteChar(at()) + " ";
        m_err += context;
        return m_err;
    }
    bool unexpectedEof()
    {
        m_err = "unexpected EOF";
        return false;
    }
    bool error(std::string_view context)
    {
        fail(context);
        return false;
    }

    bool value(int depth)
    {
        if (eof())
            return unexpectedEof();
        if (depth > 10000) {
            m_err = "exceeded max depth";
            return false;
        }
        const unsigned char c = at();
        m_topScalar = depth == 0 && c != '{' && c != '[';
        switch (c) {
        case '{':
            return object(depth);
        case '[':
            return array(depth);
        case '"':
            return string();
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (c == '-' || (c >= '0' && c <= '9'))
                return number();
            return error("looking for beginning of value");
        }
    }

    bool object(int depth)
    {
        ++m_i;
        skipWs();
        if (eof())
            return unexpectedEof();
        if (at() == '}') {
            ++m_i;
            return true;
        }
        for (;;) {
            if (at() != '"')
                return error("looking for beginning of object key string");
            if (!string())
                return false;
            skipWs();
            if (eof())
                return unexpectedEof();
            if (at() != ':')
                return error("after object key");
            ++m_i;
            skipWs();
            if (!value(depth + 1))
                return false;
            skipWs();
            if (eof())
                return unexpectedEof();
            if (at() == '}') {
                ++m_i;
                return true;
            }
            if (at() != ',')
                return error("after object key:value pair");
            ++m_i;
            skipWs();
            if (eof())
                return unexpectedEof();
        }
    }

    bool array(int depth)
    {
        ++m_i;
        skipWs();
        if (eof())
            return unexpectedEof();
        if (at() == ']') {
            ++m_i;
            return true;
        }
        for (;;) {
            if (!value(depth + 1))
                return false;
            skipWs();
            if (eof())
                return unexpectedEof();
            if (at() == ']') {
                ++m_i;
                return true;
            }
            if (at() != ',')
                return error("after array element");
            ++m_i;
            skipWs();
        }
    }

    bool string()
    {
        ++m_i;
        for (;;) {
            if (eof())
                return unexpectedEof();
            const unsigned char c = at();
            if (c == '"') {
                ++m_i;
                return true;
            }
            if (c < 0x20)
                return error("in string literal");
            if (c == '\\') {
                ++m_i;
                if (eof())
                    return unexpectedEof();
                const unsigned char e = at();
                if (e == 'u') {
                    for (int k = 0; k < 4; ++k) {
                        ++m_i;
                        if (eof())
                            return unexpectedEof();
                        const unsigned char h = at();
                        const bool hex = (h >= '0' && h <= '9') || (h >= 'a' && h <= 'f') || (h >= 'A' && h <= 'F');
                        if (!hex)
                            return error("in \\u hexadecimal character escape");
                    }
                } else if (e != '"' && e != '\\' && e != '/' && e != 'b' && e != 'f' && e != 'n' && e != 'r'
                    && e != 't') {
                    return error("in string escape code");
                }
            }
            ++m_i;
        }
    }

    bool digits()
    {
        while (!eof() && at() >= '0' && at() <= '9')
            ++m_i;
        return true;
    }

    bool number()
    {
        if (at() == '-') {
            ++m_i;
            if (eof())
                return unexpectedEof();
            if (at() < '0' || at() > '9')
                return error("in numeric literal");
        }
        if (at() == '0')
            ++m_i;
        else
            digits();
        if (!eof() && at() == '.') {
            ++m_i;
            if (eof())
                return unexpectedEof();
            if (at() < '0' || at() > '9')
                return error("after decimal point in numeric literal");
            digits();
        }
        if (!eof() && (at() == 'e' || at() == 'E')) {
            ++m_i;
            if (!eof() && (at() == '+' || at() == '-'))
                ++m_i;
            if (eof())
                return unexpectedEof();
            if (at() < '0' || at() > '9')
                return error("in exponent of numeric literal");
            digits();
        }
        return true;
    }

    bool literal(std::string_view word)
    {
        ++m_i;
        for (size_t k = 1; k < word.size(); ++k, ++m_i) {
            if (eof())
                return unexpectedEof();
            if (at() != static_cast<unsigned char>(word[k])) {
                std::string ctx = "in literal ";
                ctx += word;
                ctx += " (expecting '";
                ctx.push_back(word[k]);
                ctx += "')";
                return error(ctx);
            }
        }
        return true;
    }

    std::string_view m_s;
    size_t m_i = 0;
    bool m_topScalar = false;
    std::string m_err;
};

} // namespace

std::string goJsonSyntaxError(std::string_view body, bool* isEmpty)
{
    bool empty = false;
    std::string err = GoScanner(body).run(&empty);
    if (isEmpty)
        *isEmpty = empty;
    return err;
}

HttpResponse bodyParseError(std::string_view goError)
{
    std::string msg = "parsing body body from \"\" failed, because ";
    msg += goError;
    return swaggerError(400, msg);
}

HttpResponse bodyRequiredError()
{
    return swaggerError(602, "body in body is required");
}

std::string physicalShardName(std::string_view className, std::string_view tenant)
{
    if (!tenant.empty())
        return std::string(tenant);
    static constexpr char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    uint64_t h = 1469598103934665603ULL; // FNV-1a
    for (const char ch : className) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ULL;
    }
    std::string out;
    for (int k = 0; k < 12; ++k) {
        out.push_back(alphabet[h % 62]);
        h = h / 62 + (h << 7) + 0x9e3779b97f4a7c15ULL;
    }
    return out;
}

namespace MiscApi {

HttpResponse live()
{
    return HttpResponse::empty(200);
}

HttpResponse ready(bool isReady)
{
    return HttpResponse::empty(isReady ? 200 : 503);
}

HttpResponse openidConfiguration()
{
    // The emulator never configures OIDC; a real server answers 404 then.
    return HttpResponse::empty(404);
}

HttpResponse links()
{
    static const char* const body
        = R"({"links":[)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/objects","href":"/v1/objects","name":"objects"},)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/schema","href":"/v1/schema","name":"schema"},)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/meta","href":"/v1/meta","name":"meta"},)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/batch","href":"/v1/batch","name":"batch"},)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/graphql","href":"/v1/graphql","name":"graphql"},)"
          R"({"documentationHref":"https://weaviate.io/developers/weaviate/api/rest#tag/nodes","href":"/v1/nodes","name":"nodes"}]})";
    return HttpResponse::json(200, body);
}

HttpResponse meta(const RequestContext& ctx)
{
    const EngineConfig& c = ctx.config;
    // Built by hand so that `modules` goes out exactly as configured (verbatim JSON, key order kept).
    std::string body = "{";
    if (!c.hostname.empty())
        body += "\"hostname\":" + jsonQuote(c.hostname) + ",";
    std::string modules = c.modulesJson.empty() ? std::string("{}") : c.modulesJson;
    body += "\"modules\":" + modules;
    if (!c.version.empty())
        body += ",\"version\":" + jsonQuote(c.version);
    if (versionAtLeast(c.version, 1, 28))
        body += ",\"grpcMaxMessageSize\":104858000";
    body += "}";
    return HttpResponse::json(200, body);
}

HttpResponse nodes(const RequestContext& ctx, std::string_view className)
{
    std::string output = "minimal";
    if (const std::string* o = ctx.req.queryValue("output")) {
        if (*o != "minimal" && *o != "verbose")
            return weaviateError(422, "invalid output: \"" + *o + "\", possible values are: \"minimal\", \"verbose\"");
        output = *o;
    }
    const std::string* shardFilter = ctx.req.queryValue("shardName");

    std::shared_lock lock(ctx.store.mutex);
    const EngineConfig& c = ctx.config;
    std::string normalised = Store::normaliseClassName(className);
    if (!className.empty() && !ctx.store.findClass(className))
        return weaviateError(404, "class " + normalised + " not found");

    std::string node = "{\"batchStats\":{\"queueLength\":0,\"ratePerSecond\":0},\"gitHash\":\"0000000\",\"name\":"
        + jsonQuote(c.nodeName) + ",\"operationalMode\":\"ReadWrite\"";
    if (output == "verbose") {
        std::string shards;
        int64_t shardCount = 0;
        int64_t objectCount = 0;
        for (const auto& [name, data] : ctx.store.classes) {
            if (!className.empty() && name != normalised)
                continue;
            for (const auto& [tenant, shard] : data.shards) {
                const std::string shardName = physicalShardName(name, tenant);
                if (shardFilter && *shardFilter != shardName)
                    continue;
                const bool loaded = shard.status == "HOT";
                const auto n = static_cast<int64_t>(shard.objects.size());
                ++shardCount;
                objectCount += n;
                if (!shards.empty())
                    shards += ",";
                shards += "{\"class\":" + jsonQuote(name) + ",\"compressed\":false,\"loaded\":"
                    + std::string(loaded ? "true" : "false") + ",\"name\":" + jsonQuote(shardName) + ",\"objectCount\":"
                    + std::to_string(n) + ",\"vectorIndexingStatus\":\"READY\",\"vectorQueueLength\":0}";
            }
        }
        node += ",\"shards\":[" + shards + "],\"stats\":{\"objectCount\":" + std::to_string(objectCount)
            + ",\"shardCount\":" + std::to_string(shardCount) + "}";
    } else {
        node += ",\"shards\":null";
    }
    node += ",\"status\":\"HEALTHY\",\"version\":" + jsonQuote(c.version) + "}";
    return HttpResponse::json(200, "{\"nodes\":[" + node + "]}");
}

} // namespace MiscApi
} // namespace Emu
