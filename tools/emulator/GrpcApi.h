// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/EngineConfig.h"
#include "tools/emulator/Store.h"
#include "v1/aggregate.pb.h"
#include "v1/batch.pb.h"
#include "v1/search_get.pb.h"
#include "v1/tenants.pb.h"

#include <cstdint>
#include <grpcpp/support/status.h>
#include <string>
#include <string_view>

// The weaviate.v1.Weaviate calls the emulator serves over gRPC, on the Engine's Store, with the validation and error
// texts of the REST and GraphQL side (notes 17.1-17.5, 18). BatchObjects is in GrpcBatch.cpp. No transport here:
// GrpcServer calls these from its threads; each takes the Store's lock itself. Errors are plain handler errors in
// Weaviate, so most map to UNKNOWN.
namespace Emu::GrpcApi {

// Who is calling: the API key's user ("" when anonymous) and whether the key may only read.
struct Principal
{
    std::string user;
    bool readOnly = false;
};

// authorization metadata ("Bearer <key>", or null when absent) against the configured API keys; fills `principal`
// when given.
grpc::Status authenticate(const EngineConfig& config, const std::string* authorization, Principal* principal = nullptr);

grpc::Status aggregate(Store& store, const weaviate::v1::AggregateRequest& req, weaviate::v1::AggregateReply& reply);
grpc::Status search(
    Store& store, const EngineConfig& config, const weaviate::v1::SearchRequest& req, weaviate::v1::SearchReply& reply);
// BatchObjects (notes 17.2-17.4): each object parsed as Weaviate's batch/parse.go does, then imported through the
// REST batch's per-object rules (BatchImport); the reply lists only the objects that failed. Takes the strings out of
// `req` rather than copying them.
grpc::Status batchObjects(Store& store, const EngineConfig& config, const Principal& principal,
    weaviate::v1::BatchObjectsRequest& req, weaviate::v1::BatchObjectsReply& reply);
grpc::Status tenantsGet(Store& store, const EngineConfig& config, const weaviate::v1::TenantsGetRequest& req,
    weaviate::v1::TenantsGetReply& reply);

// The exact object count of a collection (and tenant), shared with POST /v1/aggregate/{collection}.
struct CountResult
{
    enum class Error
    {
        None,
        UnknownCollection,
        TenantMismatch,
        TenantNotFound,
        TenantNotActive
    };
    Error error = Error::None;
    std::string message;
    int64_t count = 0;
};
CountResult countObjects(Store& store, std::string_view collection, const std::string& tenant);

} // namespace Emu::GrpcApi
