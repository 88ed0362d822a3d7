// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/AliasApi.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/SchemaApi.h"

#include <algorithm>
#include <mutex>
#include <optional>
#include <shared_mutex>

namespace Emu::AliasApi {

namespace {

bool equalFold(std::string_view a, std::string_view b)
{
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    return a.size() == b.size()
        && std::equal(a.begin(), a.end(), b.begin(), [&](char x, char y) { return lower(x) == lower(y); });
}

// models.Alias: both fields omitempty.
std::string aliasJson(std::string_view alias, std::string_view cls)
{
    std::string out = "{";
    if (!alias.empty())
        out += "\"alias\":" + jsonQuote(alias);
    if (!cls.empty())
        out += std::string(alias.empty() ? "" : ",") + "\"class\":" + jsonQuote(cls);
    return out + "}";
}

// 1.38 (commit af8976fa) wrapped the use case's errors in ErrValidation ("validation: ...") and sent the unwrapped
// rest as 500; before, every create/update error was a 422 with the bare message.
bool newErrorCodes(const EngineConfig& cfg)
{
    return versionAtLeast(cfg.version, 1, 38);
}

HttpResponse validationError(const EngineConfig& cfg, const std::string& message)
{
    return weaviateError(422, newErrorCodes(cfg) ? "validation: " + message : message);
}

// The checks of usecases/schema/alias.go AddAlias before the RAFT apply, per version: the refusal, if any.
std::optional<HttpResponse> checkCreate(const RequestContext& ctx, const std::string& alias, const std::string& cls)
{
    const EngineConfig& cfg = ctx.config;
    if (versionAtLeast(cfg.version, 1, 32, 2)) {
        if (std::string err = SchemaApi::nameError(QString::fromStdString(alias), "alias"); !err.empty())
            return validationError(cfg, err);
    }
    if (newErrorCodes(cfg)) {
        if (std::string err = SchemaApi::nameError(QString::fromStdString(cls), "class"); !err.empty())
            return validationError(cfg, err);
        if (!ctx.store.classes.count(cls))
            return validationError(cfg, "target class " + jsonQuote(cls) + " does not exist");
        return std::nullopt;
    }
    // Up to 1.37 the RAFT client's own checks (cluster/raft_alias_apply_endpoints.go) answer these.
    if (alias.empty())
        return weaviateError(422, "empty alias name: bad request");
    if (!ctx.store.classes.count(cls))
        return weaviateError(422, "class does not exist: bad request");
    return std::nullopt;
}

} // namespace

HttpResponse list(const RequestContext& ctx)
{
    std::shared_lock lock(ctx.store.mutex);
    const std::string* filter = ctx.req.queryValue("class");
    std::string cls = filter ? Store::normaliseClassName(*filter) : std::string();
    // An unknown class (an alias name included: ReadOnlyClass does not resolve) filters everything out; before
    // 1.32.7 it was no filter at all.
    const bool known = cls.empty() || ctx.store.classes.count(cls);
    if (!known && !versionAtLeast(ctx.config.version, 1, 32, 7))
        cls.clear();
    std::string out;
    if (known || cls.empty()) {
        for (const auto& [alias, target] : ctx.store.aliases) {
            if (!cls.empty() && target != cls)
                continue;
            out += (out.empty() ? "" : ",") + aliasJson(alias, target);
        }
    }
    return HttpResponse::json(200, "{\"aliases\":[" + out + "]}");
}

HttpResponse get(const RequestContext& ctx, std::string_view name)
{
    // 1.32.0 and 1.32.1 looked the path name up as given.
    const std::string alias
        = versionAtLeast(ctx.config.version, 1, 32, 2) ? Store::normaliseClassName(name) : std::string(name);
    std::shared_lock lock(ctx.store.mutex);
    const auto it = ctx.store.aliases.find(alias);
    if (it == ctx.store.aliases.end())
        return HttpResponse::empty(404);
    return HttpResponse::json(200, aliasJson(it->first, it->second));
}

HttpResponse create(const RequestContext& ctx)
{
    HttpResponse bad;
    const QJsonObject body = SchemaApi::parseObjectBody(ctx, "models.Alias", &bad);
    if (bad.status != 200)
        return bad;
    const std::string alias = Store::normaliseClassName(body.value(QLatin1String("alias")).toString().toStdString());
    const std::string cls = Store::normaliseClassName(body.value(QLatin1String("class")).toString().toStdString());
    std::unique_lock lock(ctx.store.mutex);
    if (auto refused = checkCreate(ctx, alias, cls))
        return *refused;
    // The RAFT apply step (cluster/schema/schema.go createAlias): aliases case-insensitively, classes exactly.
    const std::string prefix = "updating schema: TYPE_CREATE_ALIAS: create alias: ";
    const bool taken = std::any_of(ctx.store.aliases.begin(), ctx.store.aliases.end(),
        [&](const auto& entry) { return equalFold(entry.first, alias); });
    if (taken) // ErrAliasExists from 1.32.4
        return validationError(ctx.config,
            prefix + (versionAtLeast(ctx.config.version, 1, 32, 4) ? alias + ", alias" : "alias " + alias)
                + " already exists");
    if (ctx.store.classes.count(alias))
        return weaviateError(newErrorCodes(ctx.config) ? 500 : 422, prefix + "class " + alias + " already exists");
    ctx.store.aliases[alias] = cls;
    // The echo is the normalised request body, not a re-read.
    return HttpResponse::json(200, aliasJson(alias, cls));
}

HttpResponse update(const RequestContext& ctx, std::string_view name)
{
    HttpResponse bad;
    const QJsonObject body = SchemaApi::parseObjectBody(ctx, "schema.AliasesUpdateBody", &bad);
    if (bad.status != 200)
        return bad;
    const std::string alias = Store::normaliseClassName(name);
    const std::string cls = Store::normaliseClassName(body.value(QLatin1String("class")).toString().toStdString());
    std::unique_lock lock(ctx.store.mutex);
    const auto it = ctx.store.aliases.find(alias);
    if (it == ctx.store.aliases.end())
        return HttpResponse::empty(404);
    if (!ctx.store.classes.count(cls)) {
        if (newErrorCodes(ctx.config))
            return validationError(ctx.config, "target class " + jsonQuote(cls) + " does not exist");
        return weaviateError(422, "class does not exist: bad request");
    }
    it->second = cls;
    return HttpResponse::json(200, aliasJson(alias, cls));
}

HttpResponse remove(const RequestContext& ctx, std::string_view name)
{
    const std::string alias = Store::normaliseClassName(name);
    std::unique_lock lock(ctx.store.mutex);
    // The use case reads the alias first, so a missing one is a 404 although the RAFT delete is idempotent.
    if (!ctx.store.aliases.erase(alias))
        return HttpResponse::empty(404);
    return HttpResponse::empty(204);
}

std::string classNameClash(const Store& store, const EngineConfig& config, std::string_view className)
{
    // Before 1.32.2 the messages called every clash a class.
    const std::string item = versionAtLeast(config.version, 1, 32, 2) ? "alias" : "class";
    for (const auto& [alias, target] : store.aliases) {
        if (alias == className)
            return item + " name " + alias + " already exists";
        if (equalFold(alias, className))
            return "class already exists: found similar " + item + " " + jsonQuote(alias);
    }
    return {};
}

QJsonObject toJson(const Store& store)
{
    QJsonObject out;
    for (const auto& [alias, target] : store.aliases)
        out.insert(QString::fromStdString(alias), QString::fromStdString(target));
    return out;
}

void fromJson(Store& store, const QJsonObject& json)
{
    store.aliases.clear();
    for (auto it = json.begin(); it != json.end(); ++it)
        store.aliases[it.key().toStdString()] = it.value().toString().toStdString();
}

} // namespace Emu::AliasApi
