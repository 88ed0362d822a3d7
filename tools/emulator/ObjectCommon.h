// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"
#include "tools/emulator/PropertyValidation.h"

#include <optional>
#include <simdjson.h>
#include <string>
#include <string_view>

// Helpers shared by ObjectApi.cpp, BatchApi.cpp and GraphqlApi.cpp (implemented in ObjectApi.cpp).
namespace Emu::ObjectCommon {

enum class TenantError
{
    None,
    Missing,
    Unexpected,
    NotFound,
    NotActive
};

// Section 3 tenant rules for one class and the tenant given by the request. Caller holds the store lock.
TenantError checkTenant(const ClassData& cls, const std::string& tenant, std::string& message);

// Applies autoTenantActivation (COLD -> HOT) and, for writes, autoTenantCreation, taking the exclusive lock only
// when something changes. Call without holding the lock.
void prepareTenant(Store& store, std::string_view cls, const std::string& tenant, bool write);

// True when the reference target exists (any class when target.cls is empty). Caller holds the lock.
bool refTargetExists(const Store& store, const Codec::RefTarget& target, const std::string& tenant);

// The class an objects answer names: 1.32.0-1.32.1 answered with the alias the request named (ClassNameToAlias),
// later versions with the class it stands for. `asked` is the name as sent, `cls` the class that answered.
std::string answerClass(const EngineConfig& config, std::string_view asked, const std::string& cls);

// Parses ?include=: sets *vector; false with the 400 message.
bool parseInclude(const std::string* include, bool& vector, std::string& error);

// A padded view of the request body for simdjson: parses in place when the transport left the padding
// (capacity >= size + SIMDJSON_PADDING), copies otherwise.
class Body
{
public:
    explicit Body(const HttpRequest& req);
    simdjson::error_code iterate(simdjson::ondemand::parser& parser, simdjson::ondemand::document& doc);

private:
    const HttpRequest& m_req;
    std::optional<simdjson::padded_string> m_copy;
};

// 400 go-swagger shape for a body that does not parse.
HttpResponse badJson(simdjson::error_code error);

} // namespace Emu::ObjectCommon
