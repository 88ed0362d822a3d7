// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Engine.h"

#include <string>
#include <string_view>

// Health, meta, nodes and the small request helpers every engine handler shares (version gates, Go-style body
// errors). No state of its own; the handlers lock ctx.store.mutex shared where they read the store.
namespace Emu {

// True when the server semver `version` ("1.36.0", "1.25.0-rc.1") is at least major.minor. An unparsable version
// counts as the newest, so a typo never silently switches on legacy behaviour.
bool versionAtLeast(std::string_view version, int major, int minor);
// The same down to the patch level ("1.32.2"): for rules that changed in a patch release.
bool versionAtLeast(std::string_view version, int major, int minor, int patch);

// The message encoding/json's Decoder gives for the first JSON value of `body` ("unexpected EOF",
// "invalid character 'x' looking for beginning of value", ...), or "" when that value is well-formed. Trailing
// bytes after a complete object or array are ignored, as go-swagger's consumer does. *isEmpty is set when the body
// holds nothing but whitespace (go-swagger then reports the body as missing).
std::string goJsonSyntaxError(std::string_view body, bool* isEmpty);

// 400 {"code":400,"message":"parsing body body from \"\" failed, because <goError>"}
HttpResponse bodyParseError(std::string_view goError);

// 422 {"code":602,"message":"body in body is required"}
HttpResponse bodyRequiredError();

// The physical shard name of a class: the tenant name for multi-tenant classes, otherwise a stable 12-character
// name (a real server picks a random one at class creation).
std::string physicalShardName(std::string_view className, std::string_view tenant);

namespace MiscApi {

HttpResponse live(); // GET /v1/.well-known/live
HttpResponse ready(bool isReady); // GET /v1/.well-known/ready
HttpResponse openidConfiguration(); // GET /v1/.well-known/openid-configuration (OIDC off)
HttpResponse links(); // GET /v1
HttpResponse meta(const RequestContext& ctx); // GET /v1/meta
HttpResponse nodes(const RequestContext& ctx, std::string_view className); // GET /v1/nodes[/{className}]

} // namespace MiscApi
} // namespace Emu
