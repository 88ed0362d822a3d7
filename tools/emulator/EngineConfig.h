// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace Emu {

// Everything about the emulated server that a test may want to vary. Defaults follow a stock Weaviate 1.36
// started from the official docker image (see ../shared/weaviate-rest-notes.md).
struct EngineConfig
{
    std::string version = "1.36.0"; // GET /v1/meta "version"; gates version-dependent behaviour
    std::string modulesJson = "{}"; // GET /v1/meta "modules" (a JSON object, verbatim)
    std::string hostname = "http://[::]:8080"; // GET /v1/meta "hostname"
    std::string nodeName = "weaviate-0"; // GET /v1/nodes
    int64_t maxResults = 10000; // QUERY_MAXIMUM_RESULTS (also the batch-delete cap)
    int64_t defaultLimit = 10; // QUERY_DEFAULTS_LIMIT for REST list
    int64_t defaultGraphqlLimit = 100; // QUERY_DEFAULTS_LIMIT_GRAPHQL
    int nodeCount = 1; // replication factor above this is rejected
    bool deleteMissingObjectIs404 = false; // <= 1.25 behaviour of DELETE /v1/objects/{c}/{id}
    bool tenantStatusNewNames = false; // answer ACTIVE/INACTIVE/OFFLOADED instead of HOT/COLD/FROZEN
    bool offloadModule = false; // offload-s3 present: OFFLOADED allowed on tenant update
    bool graphqlDisabled = false; // DISABLE_GRAPHQL: POST /v1/graphql answers 422
    bool namespaces = false; // namespaces enabled (1.38+): POST /v1/graphql answers 410
    bool restSearchEnabled = false; // EXPERIMENTAL_REST_SEARCH_ENABLED: POST /v1/aggregate (1.40+)

    // Authentication. Empty apiKeys and anonymousAccess=true: no auth (a Bearer header then gives 401, as the
    // real server does when no scheme is configured).
    bool anonymousAccess = true;
    std::vector<std::string> apiKeys; // AUTHENTICATION_APIKEY_ALLOWED_KEYS
    std::vector<std::string> apiKeyUsers; // same length as apiKeys; default "user<N>"
    std::vector<std::string> readOnlyKeys; // keys that get 403 on every write

    // The user an API key (by its index in apiKeys) authenticates as.
    std::string userOfKey(size_t index) const
    {
        return index < apiKeyUsers.size() && !apiKeyUsers[index].empty() ? apiKeyUsers[index]
                                                                         : "user" + std::to_string(index);
    }
};

} // namespace Emu
