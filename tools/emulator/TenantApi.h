// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <string>
#include <string_view>

// Tenants of multi-tenant classes (notes section 3). A tenant is a Shard of its class; statuses are stored with
// the legacy names (HOT/COLD/FROZEN) and answered in them unless config.tenantStatusNewNames is set. Each handler
// locks ctx.store.mutex itself.
namespace Emu::TenantApi {

HttpResponse list(const RequestContext& ctx, std::string_view cls); // GET
HttpResponse create(const RequestContext& ctx, std::string_view cls); // POST
HttpResponse update(const RequestContext& ctx, std::string_view cls); // PUT
HttpResponse remove(const RequestContext& ctx, std::string_view cls); // DELETE
HttpResponse get(const RequestContext& ctx, std::string_view cls, std::string_view tenant); // GET /tenants/{t}
HttpResponse head(const RequestContext& ctx, std::string_view cls, std::string_view tenant); // HEAD /tenants/{t}

// ACTIVE -> HOT, INACTIVE -> COLD, OFFLOADED -> FROZEN, OFFLOADING -> FREEZING, ONLOADING -> UNFREEZING;
// anything else unchanged.
std::string legacyStatus(std::string_view status);

} // namespace Emu::TenantApi
