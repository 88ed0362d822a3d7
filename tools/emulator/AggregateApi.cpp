// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/AggregateApi.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/GrpcApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Emu::AggregateApi {

namespace {

// checkAggregateReservedFields (adapters/handlers/rest/search/aggregate.go): before any schema access.
bool reservedField(const QJsonObject& body, HttpResponse& error)
{
    if (body.contains(u"over"_s) && !body.value(u"over"_s).isNull()) {
        error = weaviateError(422, "over is not yet supported");
        return true;
    }
    if (body.contains(u"objectLimit"_s) && !body.value(u"objectLimit"_s).isNull()) {
        error = weaviateError(422, "objectLimit is not yet supported");
        return true;
    }
    for (const QJsonValue& v : body.value(u"returnMetrics"_s).toArray()) {
        const std::string metric = v.toString().toStdString();
        if (metric == "count")
            continue;
        error = weaviateError(422,
            metric.find(':') != std::string::npos
                ? "returnMetrics entry " + jsonQuote(metric) + " is not yet supported; only \"count\" is"
                : "unknown returnMetrics entry " + jsonQuote(metric) + ", expected \"count\"");
        return true;
    }
    return false;
}

} // namespace

HttpResponse aggregate(const RequestContext& ctx, std::string_view collection)
{
    const QJsonObject body = QJsonDocument::fromJson(QByteArray::fromStdString(ctx.req.body)).object();
    HttpResponse error;
    if (reservedField(body, error))
        return error;
    // After authorization, so a denied caller cannot learn the endpoint is off (parity with DISABLE_GRAPHQL).
    if (!ctx.config.restSearchEnabled)
        return weaviateError(422,
            "rest search api is experimental and not enabled; set "
            "EXPERIMENTAL_REST_SEARCH_ENABLED=true to enable");
    const std::string tenant = body.value(u"tenant"_s).toString().toStdString();
    const GrpcApi::CountResult count = GrpcApi::countObjects(ctx.store, collection, tenant);
    using Error = GrpcApi::CountResult::Error;
    switch (count.error) {
    case Error::None:
        break;
    case Error::UnknownCollection:
        return weaviateError(404, "could not find collection " + Store::normaliseClassName(collection) + " in schema");
    case Error::TenantNotFound:
        return weaviateError(404, count.message);
    case Error::TenantMismatch:
    case Error::TenantNotActive:
        return weaviateError(422, count.message);
    }
    if (!body.value(u"groupBy"_s).toString().isEmpty() || body.contains(u"where"_s))
        return weaviateError(422,
            "the emulator answers POST /v1/aggregate with the total count only (no groupBy "
            "or where)");
    if (body.contains(u"limit"_s) && !body.value(u"limit"_s).isNull())
        return weaviateError(400, "limit is the maximum number of groups and requires groupBy");
    return HttpResponse::json(200, "{\"count\":" + std::to_string(count.count) + ",\"tookMs\":0}");
}

} // namespace Emu::AggregateApi
