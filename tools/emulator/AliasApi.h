// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <QJsonObject>
#include <string>
#include <string_view>

// Collection aliases (1.32+, notes section 15): the five /v1/aliases endpoints with Weaviate's status codes, bodies
// and version differences, the alias check of class creation, and the aliases' part of the snapshot. The handlers
// lock ctx.store.mutex themselves; the other functions expect the caller to hold it. Resolution of an alias on the
// data paths is Store::resolveClassName().
namespace Emu::AliasApi {

HttpResponse list(const RequestContext& ctx); // GET /v1/aliases[?class=C]
HttpResponse get(const RequestContext& ctx, std::string_view name); // GET /v1/aliases/{name}
HttpResponse create(const RequestContext& ctx); // POST /v1/aliases
HttpResponse update(const RequestContext& ctx, std::string_view name); // PUT /v1/aliases/{name}
HttpResponse remove(const RequestContext& ctx, std::string_view name); // DELETE /v1/aliases/{name}

// Why a class named `className` (normalised) may not be created next to the aliases, in Weaviate's words
// (cluster/schema/manager.go PreApplyFilter), or "" when no alias is in the way.
std::string classNameClash(const Store& store, const EngineConfig& config, std::string_view className);

// The alias map as a JSON object {"Alias":"Class",...} for the snapshot, and back.
QJsonObject toJson(const Store& store);
void fromJson(Store& store, const QJsonObject& json);

} // namespace Emu::AliasApi
