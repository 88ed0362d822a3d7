// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Engine.h"

#include "tools/emulator/AggregateApi.h"
#include "tools/emulator/AliasApi.h"
#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/ObjectApi.h"
#include "tools/emulator/SchemaApi.h"
#include "tools/emulator/TenantApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <functional>
#include <optional>
#include <shared_mutex>
#include <sstream>
#include <vector>

using namespace Qt::StringLiterals;

namespace Emu {

namespace {

constexpr std::string_view snapshotMagic = "colvault-emulator-snapshot 1\n";

std::vector<std::string_view> splitPath(std::string_view path)
{
    std::vector<std::string_view> parts;
    size_t i = 0;
    while (i < path.size()) {
        if (path[i] == '/') {
            ++i;
            continue;
        }
        const size_t j = path.find('/', i);
        const size_t end = j == std::string_view::npos ? path.size() : j;
        parts.push_back(path.substr(i, end - i));
        i = end;
    }
    return parts;
}

// go-openapi strfmt's uuid formats: canonical 8-4-4-4-12 or 32 bare hex digits, any case.
bool isUuid(std::string_view s)
{
    auto hex = [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); };
    if (s.size() == 32)
        return std::all_of(s.begin(), s.end(), hex);
    if (s.size() != 36)
        return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? s[i] != '-' : !hex(s[i]))
            return false;
    }
    return true;
}

// Which permission a write needs, for the 403 text ("create_data [data/collections/A/shards/*/objects/*]").
std::string forbiddenWhat(const std::string& method, const std::vector<std::string_view>& p)
{
    const std::string verb = method == "POST" ? "create" : method == "DELETE" ? "delete" : "update";
    const bool classInPath = p.size() > 2 && (p[1] == "schema" || (p[1] == "objects" && p.size() > 3));
    const std::string cls = classInPath ? Store::normaliseClassName(p[2]) : std::string("*");
    if (p.size() > 1 && p[1] == "aliases") // the target class is not known before the body is read: "*"
        return verb + "_aliases [aliases/collections/*/aliases/"
            + (p.size() > 2 ? Store::normaliseClassName(p[2]) : std::string("*")) + "]";
    if (p.size() > 1 && p[1] == "schema") {
        if (p.size() > 3 && p[3] == "tenants")
            return verb + "_tenants [schema/collections/" + cls + "/shards/*]";
        return verb + "_collections [schema/collections/" + cls + "/shards/#]";
    }
    return verb + "_data [data/collections/" + cls + "/shards/*/objects/*]";
}

// handlers_graphql.go: namespaces (410) before the authorization check, DISABLE_GRAPHQL (422) after it; both after
// the body is bound.
HttpResponse graphql(const RequestContext& c)
{
    if (c.config.namespaces)
        return weaviateError(410, "graphql api is not supported in the current cluster configuration");
    if (c.config.graphqlDisabled)
        return weaviateError(422, "graphql api is disabled");
    return ObjectApi::graphql(c);
}

// The class a read names in its path: from the version given on (1.major.minor.patch), an alias stands for its class
// (notes 15.5: schema, shards and tenant list 1.32.6, a single tenant and nodes 1.38). Schema and tenant writes
// never resolve one.
std::string readClass(const RequestContext& c, std::string_view cls, int minor, int patch)
{
    if (!versionAtLeast(c.config.version, 1, minor, patch))
        return std::string(cls);
    return c.store.resolveClassNameLocking(cls);
}

struct Route
{
    std::vector<std::string> methods; // sorted, as the Allow header lists them
    std::function<HttpResponse(const RequestContext&)> handler;
    bool bodyRequired = false;
    bool consistencyLevel = false;
    bool handlerScansBody = false; // the handler runs goJsonSyntaxError itself, only when its parse fails
};

// Routing (go-swagger: 404 for an unknown path, 405 with Allow for a known path and another method). False: no
// route has this path.
bool findRoute(const HttpRequest& req, const EngineConfig& cfg, const std::vector<std::string_view>& p, Route& route)
{
    const std::string& method = req.method;
    const size_t n = p.size();
    auto is = [&](size_t i, std::string_view s) { return n > i && p[i] == s; };
    std::string_view cls;
    std::string_view second;
    if (n > 2)
        cls = p[2];
    const bool v1 = is(0, "v1");
    if (v1 && n == 1) {
        route = {{"GET"}, [](const RequestContext&) { return MiscApi::links(); }};
    } else if (v1 && n == 3 && is(1, ".well-known") && is(2, "openid-configuration")) {
        route = {{"GET"}, [](const RequestContext&) { return MiscApi::openidConfiguration(); }};
    } else if (v1 && n == 2 && is(1, "meta")) {
        route = {{"GET"}, [](const RequestContext& c) { return MiscApi::meta(c); }};
    } else if (v1 && (n == 2 || n == 3) && is(1, "nodes")) {
        route = {{"GET"}, [cls](const RequestContext& c) { return MiscApi::nodes(c, readClass(c, cls, 38, 0)); }};
    } else if (v1 && n == 2 && is(1, "schema")) {
        route.methods = {"GET", "POST"};
        if (method == "POST")
            route = {{"GET", "POST"}, [](const RequestContext& c) { return SchemaApi::create(c); }, true};
        else
            route.handler = [](const RequestContext& c) { return SchemaApi::list(c); };
    } else if (v1 && n == 3 && is(1, "schema")) {
        route.methods = {"DELETE", "GET", "PUT"};
        if (method == "PUT") {
            route.bodyRequired = true;
            route.handler = [cls](const RequestContext& c) { return SchemaApi::update(c, cls); };
        } else if (method == "DELETE") {
            route.handler = [cls](const RequestContext& c) { return SchemaApi::remove(c, cls); };
        } else {
            route.handler = [cls](const RequestContext& c) { return SchemaApi::get(c, readClass(c, cls, 32, 6)); };
        }
    } else if (v1 && n == 4 && is(1, "schema") && is(3, "properties")) {
        route = {{"POST"}, [cls](const RequestContext& c) { return SchemaApi::addProperty(c, cls); }, true};
    } else if (v1 && n == 4 && is(1, "schema") && is(3, "shards")) {
        route = {{"GET"}, [cls](const RequestContext& c) { return SchemaApi::shards(c, readClass(c, cls, 32, 6)); }};
    } else if (v1 && n == 4 && is(1, "schema") && is(3, "tenants")) {
        route.methods = {"DELETE", "GET", "POST", "PUT"};
        route.bodyRequired = method != "GET";
        if (method == "POST")
            route.handler = [cls](const RequestContext& c) { return TenantApi::create(c, cls); };
        else if (method == "PUT")
            route.handler = [cls](const RequestContext& c) { return TenantApi::update(c, cls); };
        else if (method == "DELETE")
            route.handler = [cls](const RequestContext& c) { return TenantApi::remove(c, cls); };
        else
            route.handler = [cls](const RequestContext& c) { return TenantApi::list(c, readClass(c, cls, 32, 6)); };
    } else if (v1 && n == 5 && is(1, "schema") && is(3, "tenants") && versionAtLeast(cfg.version, 1, 25)) {
        second = p[4];
        route.methods = {"GET", "HEAD"};
        if (method == "HEAD")
            route.handler = [cls, second](const RequestContext& c) {
                return TenantApi::head(c, readClass(c, cls, 38, 0), second);
            };
        else
            route.handler = [cls, second](const RequestContext& c) {
                return TenantApi::get(c, readClass(c, cls, 38, 0), second);
            };
    } else if (v1 && n == 2 && is(1, "aliases") && versionAtLeast(cfg.version, 1, 32)) {
        if (method == "POST")
            route = {{"GET", "POST"}, [](const RequestContext& c) { return AliasApi::create(c); }, true};
        else
            route = {{"GET", "POST"}, [](const RequestContext& c) { return AliasApi::list(c); }};
    } else if (v1 && n == 3 && is(1, "aliases") && versionAtLeast(cfg.version, 1, 32)) {
        route.methods = {"DELETE", "GET", "PUT"};
        route.bodyRequired = method == "PUT";
        if (method == "PUT")
            route.handler = [cls](const RequestContext& c) { return AliasApi::update(c, cls); };
        else if (method == "DELETE")
            route.handler = [cls](const RequestContext& c) { return AliasApi::remove(c, cls); };
        else
            route.handler = [cls](const RequestContext& c) { return AliasApi::get(c, cls); };
    } else if (v1 && n == 2 && is(1, "objects")) {
        route.methods = {"GET", "POST"};
        if (method == "POST") {
            route.bodyRequired = true;
            route.consistencyLevel = true;
            route.handler = [](const RequestContext& c) { return ObjectApi::create(c); };
        } else {
            route.handler = [](const RequestContext& c) { return ObjectApi::list(c); };
        }
    } else if (v1 && n == 4 && is(1, "objects")) {
        second = p[3];
        route.methods = {"DELETE", "GET", "HEAD", "PATCH", "PUT"};
        route.consistencyLevel = true;
        if (!isUuid(second)) {
            route.handler = [second](const RequestContext&) {
                return swaggerError(601, "id in path must be of type uuid: " + jsonQuote(second));
            };
        } else if (method == "HEAD") {
            route.handler = [cls, second](const RequestContext& c) { return ObjectApi::head(c, cls, second); };
        } else if (method == "PUT") {
            route.bodyRequired = true;
            route.handler = [cls, second](const RequestContext& c) { return ObjectApi::put(c, cls, second); };
        } else if (method == "PATCH") {
            route.handler = [cls, second](const RequestContext& c) { return ObjectApi::patch(c, cls, second); };
        } else if (method == "DELETE") {
            route.handler = [cls, second](const RequestContext& c) { return ObjectApi::remove(c, cls, second); };
        } else {
            route.handler = [cls, second](const RequestContext& c) { return ObjectApi::get(c, cls, second); };
        }
    } else if (v1 && n == 3 && is(1, "batch") && is(2, "objects")) {
        route.methods = {"DELETE", "POST"};
        route.bodyRequired = true;
        route.consistencyLevel = true;
        if (method == "DELETE")
            route.handler = [](const RequestContext& c) { return ObjectApi::batchDelete(c); };
        else
            route.handler = [](const RequestContext& c) { return ObjectApi::batchObjects(c); };
        // Import bodies are hundreds of MB of vectors: scanning them here as well would halve the import rate.
        route.handlerScansBody = method == "POST";
    } else if (v1 && n == 3 && is(1, "batch") && is(2, "references")) {
        route = {{"POST"}, [](const RequestContext& c) { return ObjectApi::batchReferences(c); }, true, true};
    } else if (v1 && n == 2 && is(1, "graphql")) {
        route = {{"POST"}, [](const RequestContext& c) { return graphql(c); }, true};
    } else if (v1 && n == 3 && is(1, "aggregate") && versionAtLeast(cfg.version, 1, 40)) {
        route = {{"POST"}, [cls](const RequestContext& c) { return AggregateApi::aggregate(c, cls); }, true};
    } else {
        return false;
    }
    return true;
}

// Authentication of a bearer token (go-swagger security runs after routing, before binding): sets `user`, or
// returns the 401/403 answer.
std::optional<HttpResponse> authenticate(const std::string& token, const EngineConfig& cfg, const std::string& method,
    const std::vector<std::string_view>& p, std::string& user)
{
    const size_t n = p.size();
    auto is = [&](size_t i, std::string_view s) { return n > i && p[i] == s; };
    if (cfg.apiKeys.empty())
        return swaggerError(401,
            "no authentication scheme is configured (API Key or OIDC), but an "
            "'Authorization' header was provided. Please configure an auth scheme or remove "
            "the header for anonymous access");
    const auto it = std::find(cfg.apiKeys.begin(), cfg.apiKeys.end(), token);
    if (it == cfg.apiKeys.end())
        return swaggerError(401, "unauthorized: invalid api key");
    const size_t idx = static_cast<size_t>(it - cfg.apiKeys.begin());
    user = cfg.userOfKey(idx);
    const bool write = method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
    const bool readOnly = std::find(cfg.readOnlyKeys.begin(), cfg.readOnlyKeys.end(), token) != cfg.readOnlyKeys.end();
    // GraphQL is a read even though it is a POST.
    if (readOnly && write && !(n == 2 && is(1, "graphql")))
        return weaviateError(403,
            "authorization, forbidden action: user '" + user + "' has insufficient permissions to "
                + forbiddenWhat(method, p));
    return std::nullopt;
}

// Binding: the body first, then query parameters, as go-swagger's generated binders do. Returns the 400/422 answer.
std::optional<HttpResponse> bindRequest(const HttpRequest& req, const Route& route)
{
    const std::string& method = req.method;
    const std::string* level = route.consistencyLevel ? req.queryValue("consistency_level") : nullptr;
    const bool levelOk = !level || *level == "ONE" || *level == "QUORUM" || *level == "ALL";
    if (route.handlerScansBody && levelOk) {
        // The handler reports a missing or malformed body exactly as the scan below would.
    } else if (route.bodyRequired) {
        bool empty = false;
        const std::string err = goJsonSyntaxError(req.body, &empty);
        if (empty)
            return bodyRequiredError();
        if (!err.empty())
            return bodyParseError(err);
    } else if (!req.body.empty() && (method == "PATCH" || method == "POST" || method == "PUT")) {
        bool empty = false;
        const std::string err = goJsonSyntaxError(req.body, &empty);
        if (!empty && !err.empty())
            return bodyParseError(err);
    }
    if (!levelOk)
        return weaviateError(
            400, "unrecognized consistency level '" + *level + "', try one of the following: ['ONE', 'QUORUM', 'ALL']");
    return std::nullopt;
}

} // namespace

Engine::Engine(EngineConfig config)
    : m_config(std::move(config))
{
}

EngineConfig Engine::config() const
{
    std::lock_guard lock(m_configMutex);
    return m_config;
}

void Engine::setConfig(const EngineConfig& config)
{
    std::lock_guard lock(m_configMutex);
    m_config = config;
}

HttpResponse Engine::handle(const HttpRequest& req)
{
    const EngineConfig cfg = config();
    const std::string& path = req.path;
    const std::string& method = req.method;

    // Health checks are answered before any middleware, auth included.
    if (path == "/v1/.well-known/live" && (method == "GET" || method == "HEAD"))
        return MiscApi::live();
    if (path == "/v1/.well-known/ready" && (method == "GET" || method == "HEAD"))
        return MiscApi::ready(m_ready.load());

    // The anonymous-access middleware runs before routing and writes its own hand-made body.
    const std::string* authHeader = req.header("authorization");
    std::string token;
    if (authHeader && authHeader->rfind("Bearer ", 0) == 0)
        token = authHeader->substr(7);
    const bool exempt = path == "/v1" || path == "/v1/" || path == "/v1/.well-known/openid-configuration";
    if (token.empty() && !cfg.anonymousAccess && !exempt) {
        HttpResponse r = HttpResponse::json(401,
            R"({"code":401,"message": "anonymous access not enabled. Please authenticate through one of the available methods: [API-keys, OIDC]" })");
        r.headers.emplace_back("Content-Type", "text/plain; charset=utf-8");
        return r;
    }

    if (path == "/" && method == "GET") {
        HttpResponse r = HttpResponse::empty(301);
        r.headers.emplace_back("Location", "/v1");
        return r;
    }

    const std::vector<std::string_view> p = splitPath(path);
    Route route;
    if (!findRoute(req, cfg, p, route)) {
        const size_t q = req.target.find('?');
        const std::string escaped = q == std::string::npos ? req.target : req.target.substr(0, q);
        return swaggerError(404, "path " + escaped + " was not found");
    }
    if (std::find(route.methods.begin(), route.methods.end(), method) == route.methods.end()) {
        std::string allow;
        for (const std::string& m : route.methods)
            allow += (allow.empty() ? "" : ",") + m;
        HttpResponse r = swaggerError(405, "method " + method + " is not allowed, but [" + allow + "] are");
        r.headers.emplace_back("Allow", allow);
        return r;
    }

    std::string user;
    if (!token.empty()) {
        if (auto denied = authenticate(token, cfg, method, p, user))
            return *denied;
    }
    if (auto rejected = bindRequest(req, route))
        return *rejected;

    const RequestContext ctx {req, m_store, cfg, user};
    return route.handler(ctx);
}

bool Engine::saveSnapshot(const std::string& path, std::string* error) const
{
    auto fail = [error](std::string msg) {
        if (error)
            *error = std::move(msg);
        return false;
    };
    std::string schema;
    std::string objects;
    {
        std::shared_lock lock(m_store.mutex);
        QJsonArray classes;
        for (const auto& [name, data] : m_store.classes) {
            QJsonObject shards;
            for (const auto& [tenant, shard] : data.shards)
                shards.insert(QString::fromStdString(tenant), QString::fromStdString(shard.status));
            classes.append(QJsonObject {{u"class"_s, data.def.json}, {u"shards"_s, shards}});
        }
        const QJsonObject all {{u"classes"_s, classes}, {u"aliases"_s, AliasApi::toJson(m_store)}};
        schema = QJsonDocument(all).toJson(QJsonDocument::Compact).toStdString();
        if (!ObjectApi::saveObjects(m_store, objects))
            return fail("cannot serialise the objects");
    }
    // Temp file + rename: a crash mid-write leaves the previous snapshot intact.
    const std::string tmp = path + ".tmp";
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return fail("cannot open " + tmp + " for writing");
        out << snapshotMagic << schema.size() << '\n' << schema << objects;
        out.flush();
        if (!out)
            return fail("cannot write " + tmp);
    }
    // std::filesystem::rename replaces an existing snapshot on every platform; std::rename fails on Windows.
    std::error_code ec;
    std::filesystem::rename(tmp, path, ec);
    if (ec) {
        std::filesystem::remove(tmp, ec);
        return fail("cannot rename " + tmp + " to " + path);
    }
    return true;
}

bool Engine::loadSnapshot(const std::string& path, std::string* error)
{
    auto fail = [error](std::string msg) {
        if (error)
            *error = std::move(msg);
        return false;
    };
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail("cannot open " + path);
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string all = buffer.str();
    if (all.compare(0, snapshotMagic.size(), snapshotMagic) != 0)
        return fail(path + " is not an emulator snapshot");
    size_t pos = snapshotMagic.size();
    const size_t nl = all.find('\n', pos);
    if (nl == std::string::npos)
        return fail(path + ": truncated header");
    const size_t schemaSize = std::strtoull(all.c_str() + pos, nullptr, 10);
    pos = nl + 1;
    if (pos + schemaSize > all.size())
        return fail(path + ": truncated schema");
    QJsonParseError parseError;
    const QJsonDocument doc
        = QJsonDocument::fromJson(QByteArray(all.data() + pos, static_cast<qsizetype>(schemaSize)), &parseError);
    if (!doc.isObject())
        return fail(path + ": bad schema: " + parseError.errorString().toStdString());

    Store fresh;
    for (const QJsonValue& v : doc.object().value(u"classes"_s).toArray()) {
        const QJsonObject entry = v.toObject();
        ClassData data;
        data.def = SchemaApi::classDefFromJson(entry.value(u"class"_s).toObject());
        const QJsonObject shards = entry.value(u"shards"_s).toObject();
        for (auto it = shards.begin(); it != shards.end(); ++it) {
            Shard shard;
            shard.tenant = it.key().toStdString();
            shard.status = it.value().toString().toStdString();
            data.shards.emplace(shard.tenant, std::move(shard));
        }
        fresh.classes.emplace(data.def.name, std::move(data));
    }
    AliasApi::fromJson(fresh, doc.object().value(u"aliases"_s).toObject());
    if (!ObjectApi::loadObjects(fresh, std::string_view(all).substr(pos + schemaSize), error))
        return false;
    std::unique_lock lock(m_store.mutex);
    m_store.classes = std::move(fresh.classes);
    m_store.aliases = std::move(fresh.aliases);
    return true;
}

void Engine::reset()
{
    std::unique_lock lock(m_store.mutex);
    m_store.classes.clear();
    m_store.aliases.clear();
}

} // namespace Emu
