// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <string>
#include <string_view>

// Handlers for objects, batch and GraphQL (notes sections 4-7). Each takes the routed request; path pieces are
// already percent-decoded. All of them lock ctx.store.mutex themselves.
namespace Emu::ObjectApi {

HttpResponse list(const RequestContext& ctx); // GET /v1/objects
HttpResponse create(const RequestContext& ctx); // POST /v1/objects
HttpResponse get(const RequestContext& ctx, std::string_view cls, std::string_view id); // GET
HttpResponse head(const RequestContext& ctx, std::string_view cls, std::string_view id); // HEAD
HttpResponse put(const RequestContext& ctx, std::string_view cls, std::string_view id); // PUT
HttpResponse patch(const RequestContext& ctx, std::string_view cls, std::string_view id); // PATCH
HttpResponse remove(const RequestContext& ctx, std::string_view cls, std::string_view id); // DELETE

HttpResponse batchObjects(const RequestContext& ctx); // POST /v1/batch/objects
HttpResponse batchReferences(const RequestContext& ctx); // POST /v1/batch/references
HttpResponse batchDelete(const RequestContext& ctx); // DELETE /v1/batch/objects
HttpResponse graphql(const RequestContext& ctx); // POST /v1/graphql

// Snapshot of all object data (the schema part is written by the engine). Binary or JSON-lines, owner's choice;
// must round-trip ids, timestamps, properties and every vector bit-exactly.
bool saveObjects(const Store& store, std::string& out);
bool loadObjects(Store& store, std::string_view in, std::string* error);

} // namespace Emu::ObjectApi
