// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <QJsonObject>
#include <string>
#include <string_view>

// Collections (notes section 2): validation, server defaults, immutability rules and shards. The
// handlers lock ctx.store.mutex themselves; the *Locked functions expect the caller to hold it exclusively
// (auto-schema in the object code, snapshot loading).
namespace Emu::SchemaApi {

HttpResponse list(const RequestContext& ctx); // GET /v1/schema
HttpResponse get(const RequestContext& ctx, std::string_view cls); // GET /v1/schema/{c}
HttpResponse create(const RequestContext& ctx); // POST /v1/schema
HttpResponse update(const RequestContext& ctx, std::string_view cls); // PUT /v1/schema/{c}
HttpResponse remove(const RequestContext& ctx, std::string_view cls); // DELETE /v1/schema/{c}
HttpResponse addProperty(const RequestContext& ctx, std::string_view cls); // POST /v1/schema/{c}/properties
HttpResponse shards(const RequestContext& ctx, std::string_view cls); // GET /v1/schema/{c}/shards

// Validates `cls`, applies the server defaults and adds it to the store with its shard (none for a multi-tenant
// class). On failure returns false with the exact server message in *error and leaves the store untouched.
bool createClassLocked(
    Store& store, const EngineConfig& config, QJsonObject cls, QJsonObject* created, std::string* error);
// Adds one property (relaxed=false: a reference to a missing class fails). Same contract as createClassLocked.
bool addPropertyLocked(Store& store, const EngineConfig& config, std::string_view cls, QJsonObject prop,
    QJsonObject* created, std::string* error);

// go-swagger's binding of a JSON object body: the object, or a 400 in *error ("json: cannot unmarshal array into Go
// value of type <goType>"); error->status stays 200 on success.
QJsonObject parseObjectBody(const RequestContext& ctx, const char* goType, HttpResponse* error);
// ValidateClassName / ValidateAliasName (kind "class" or "alias"): the message for an invalid name, else "".
std::string nameError(const QString& name, const char* kind);

// The validation view of a class (ClassDef fields) derived from its stored, defaulted JSON.
ClassDef classDefFromJson(const QJsonObject& json);

} // namespace Emu::SchemaApi
