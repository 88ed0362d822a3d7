// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/TenantApi.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <mutex>
#include <set>
#include <shared_mutex>

using namespace Qt::StringLiterals;

namespace Emu::TenantApi {

std::string legacyStatus(std::string_view status)
{
    if (status == "ACTIVE")
        return "HOT";
    if (status == "INACTIVE")
        return "COLD";
    if (status == "OFFLOADED")
        return "FROZEN";
    if (status == "OFFLOADING")
        return "FREEZING";
    if (status == "ONLOADING")
        return "UNFREEZING";
    return std::string(status);
}

namespace {

std::string outStatus(const EngineConfig& cfg, const std::string& status)
{
    if (!cfg.tenantStatusNewNames)
        return status;
    if (status == "HOT")
        return "ACTIVE";
    if (status == "COLD")
        return "INACTIVE";
    if (status == "FROZEN")
        return "OFFLOADED";
    if (status == "FREEZING")
        return "OFFLOADING";
    if (status == "UNFREEZING")
        return "ONLOADING";
    return status;
}

std::string tenantJson(const EngineConfig& cfg, const std::string& name, const std::string& status)
{
    return "{\"activityStatus\":" + jsonQuote(outStatus(cfg, status)) + ",\"name\":" + jsonQuote(name) + "}";
}

bool validTenantName(const std::string& n)
{
    if (n.empty() || n.size() > 64)
        return false;
    for (const char c : n)
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_'))
            return false;
    return true;
}

struct TenantIn
{
    std::string name;
    std::string status; // as sent, then converted to the legacy name
    bool hasStatus = false;
};

// Decodes the []*models.Tenant body; false with the response to send on a type mismatch.
bool parseTenants(const RequestContext& ctx, std::vector<TenantIn>* out, HttpResponse* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(ctx.req.body));
    if (!doc.isArray()) {
        *error = bodyParseError(std::string("json: cannot unmarshal ") + (doc.isObject() ? "object" : "value")
            + " into Go value of type []*models.Tenant");
        return false;
    }
    for (const QJsonValue& v : doc.array()) {
        const QJsonObject o = v.toObject();
        TenantIn t;
        t.name = o.value(u"name"_s).toString().toStdString();
        t.hasStatus = o.contains(u"activityStatus"_s) && !o.value(u"activityStatus"_s).toString().isEmpty();
        t.status = o.value(u"activityStatus"_s).toString().toStdString();
        out->push_back(std::move(t));
    }
    return true;
}

// validateTenants(): the cap, the name regex and in-request duplicates.
std::string validateTenants(const std::vector<TenantIn>& tenants, bool allowOverHundred)
{
    if (!allowOverHundred && tenants.size() > 100)
        return "maximum number of tenants allowed to be updated simultaneously is 100. Please reduce the number "
               "of tenants in your request and try again";
    std::set<std::string> seen;
    for (size_t i = 0; i < tenants.size(); ++i) {
        const std::string& n = tenants[i].name;
        if (!validTenantName(n)) {
            std::string msg = n.empty() ? std::string("empty tenant name")
                                        : " '" + n
                    + "' is not a valid tenant name. should only contain alphanumeric characters (a-z, A-Z, "
                      "0-9), underscore (_), and hyphen (-), with a length between 1 and 64 characters";
            return "tenant name at index " + std::to_string(i) + ": " + msg;
        }
        if (!seen.insert(n).second)
            return "tenant name " + n + " existed multiple times";
    }
    return {};
}

// validateActivityStatuses(): converts to legacy names in place.
std::string validateStatuses(std::vector<TenantIn>& tenants, const EngineConfig& cfg, bool allowEmpty, bool allowFrozen)
{
    std::string msgs;
    for (TenantIn& t : tenants) {
        t.status = legacyStatus(t.status);
        if (t.status == "HOT" || t.status == "COLD")
            continue;
        if (t.status == "FROZEN") {
            if (!cfg.offloadModule)
                return "can't offload tenants, because offload-s3 module is not enabled";
            if (allowFrozen)
                continue;
        } else if (t.status.empty() && allowEmpty) {
            continue;
        }
        if (!msgs.empty())
            msgs += ", ";
        msgs += "invalid activity status '" + t.status + "' for tenant " + jsonQuote(t.name);
    }
    return msgs;
}

// The class lookup every tenant call starts with; nullptr and *error set when it is missing or not MT.
ClassData* mtClass(Store& store, std::string_view cls, HttpResponse* error)
{
    ClassData* data = store.findClass(cls);
    const std::string name = Store::normaliseClassName(cls);
    if (!data) {
        *error = weaviateError(422, "class " + jsonQuote(name) + ": not found");
        return nullptr;
    }
    if (!data->def.multiTenant) {
        *error = weaviateError(422, "multi-tenancy is not enabled for class " + jsonQuote(name));
        return nullptr;
    }
    return data;
}

} // namespace

HttpResponse list(const RequestContext& ctx, std::string_view cls)
{
    std::shared_lock lock(ctx.store.mutex);
    HttpResponse error;
    const ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data)
        return error;
    std::string body = "[";
    for (const auto& [name, shard] : data->shards) {
        if (body.size() > 1)
            body += ",";
        body += tenantJson(ctx.config, name, shard.status);
    }
    return HttpResponse::json(200, body + "]");
}

HttpResponse create(const RequestContext& ctx, std::string_view cls)
{
    std::vector<TenantIn> tenants;
    HttpResponse error;
    if (!parseTenants(ctx, &tenants, &error))
        return error;
    std::string err = validateTenants(tenants, true);
    if (err.empty())
        err = validateStatuses(tenants, ctx.config, true, false);
    if (!err.empty())
        return weaviateError(422, err);

    std::unique_lock lock(ctx.store.mutex);
    ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data)
        return error;
    std::string body = "[";
    for (const TenantIn& t : tenants) {
        // Existing tenants are skipped silently: create is idempotent and never changes a status.
        if (!data->shards.count(t.name)) {
            Shard shard;
            shard.tenant = t.name;
            shard.status = t.status.empty() ? "HOT" : t.status;
            data->shards.emplace(t.name, std::move(shard));
        }
        if (body.size() > 1)
            body += ",";
        // The echo is the request with statuses converted to legacy names; an omitted status stays omitted.
        body += t.hasStatus ? "{\"activityStatus\":" + jsonQuote(t.status) + ",\"name\":" + jsonQuote(t.name) + "}"
                            : "{\"name\":" + jsonQuote(t.name) + "}";
    }
    return HttpResponse::json(200, body + "]");
}

HttpResponse update(const RequestContext& ctx, std::string_view cls)
{
    std::vector<TenantIn> tenants;
    HttpResponse error;
    if (!parseTenants(ctx, &tenants, &error))
        return error;
    std::string err = validateTenants(tenants, false);
    if (err.empty())
        err = validateStatuses(tenants, ctx.config, false, true);
    if (!err.empty())
        return weaviateError(422, err);

    std::unique_lock lock(ctx.store.mutex);
    ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data)
        return error;
    for (const TenantIn& t : tenants)
        if (!data->shards.count(t.name))
            return weaviateError(422, "shard not found: " + t.name);
    std::string body = "[";
    for (const TenantIn& t : tenants) {
        data->shards[t.name].status = t.status;
        if (body.size() > 1)
            body += ",";
        body += tenantJson(ctx.config, t.name, t.status);
    }
    return HttpResponse::json(200, body + "]");
}

HttpResponse remove(const RequestContext& ctx, std::string_view cls)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(ctx.req.body));
    if (!doc.isArray())
        return bodyParseError(std::string("json: cannot unmarshal ") + (doc.isObject() ? "object" : "value")
            + " into Go value of type []string");
    std::vector<std::string> names;
    for (const QJsonValue& v : doc.array()) {
        if (!v.isString())
            return bodyParseError("json: cannot unmarshal " + std::string(v.isObject() ? "object" : "number")
                + " into Go value of type string");
        names.push_back(v.toString().toStdString());
    }
    for (size_t i = 0; i < names.size(); ++i)
        if (names[i].empty())
            return weaviateError(422, "empty tenant name at index " + std::to_string(i));

    std::unique_lock lock(ctx.store.mutex);
    HttpResponse error;
    ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data)
        return error;
    for (const std::string& n : names)
        data->shards.erase(n); // unknown names are ignored; the tenant's objects go with its shard
    return HttpResponse::empty(200);
}

HttpResponse get(const RequestContext& ctx, std::string_view cls, std::string_view tenant)
{
    std::shared_lock lock(ctx.store.mutex);
    HttpResponse error;
    const ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data)
        return error;
    const auto it = data->shards.find(std::string(tenant));
    if (it == data->shards.end())
        return HttpResponse::empty(404);
    return HttpResponse::json(200, tenantJson(ctx.config, it->first, it->second.status));
}

HttpResponse head(const RequestContext& ctx, std::string_view cls, std::string_view tenant)
{
    std::shared_lock lock(ctx.store.mutex);
    HttpResponse error;
    const ClassData* data = mtClass(ctx.store, cls, &error);
    if (!data) {
        error.body.clear(); // HEAD answers carry no body
        error.hasBody = false;
        return error;
    }
    return HttpResponse::empty(data->shards.count(std::string(tenant)) ? 200 : 404);
}

} // namespace Emu::TenantApi
