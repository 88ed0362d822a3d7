// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <string_view>

// POST /v1/aggregate/{collection} (Weaviate 1.40+, behind EXPERIMENTAL_REST_SEARCH_ENABLED): the exact count of a
// collection or tenant, {"count":N,"tookMs":T}. Groups and filters are not emulated.
namespace Emu::AggregateApi {

HttpResponse aggregate(const RequestContext& ctx, std::string_view collection);

} // namespace Emu::AggregateApi
