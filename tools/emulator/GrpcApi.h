// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/EngineConfig.h"
#include "tools/emulator/Store.h"
#include "v1/aggregate.pb.h"
#include "v1/search_get.pb.h"
#include "v1/tenants.pb.h"

#include <cstdint>
#include <grpcpp/support/status.h>
#include <string>
#include <string_view>

// The weaviate.v1.Weaviate calls the emulator serves over gRPC, on the Engine's Store, with the validation and error
// texts of the REST and GraphQL side (notes 17.1, 17.5, 18). No transport here: GrpcServer calls these from its
// threads; each takes the Store's lock itself. Errors are plain handler errors in Weaviate, so most map to UNKNOWN.
namespace Emu::GrpcApi {

// authorization metadata ("Bearer <key>", or null when absent) against the configured API keys.
grpc::Status authenticate(const EngineConfig& config, const std::string* authorization);

grpc::Status aggregate(Store& store, const weaviate::v1::AggregateRequest& req, weaviate::v1::AggregateReply& reply);
grpc::Status search(
    Store& store, const EngineConfig& config, const weaviate::v1::SearchRequest& req, weaviate::v1::SearchReply& reply);
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
