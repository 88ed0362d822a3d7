// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/LocalRequest.h"

#include <string_view>

namespace Emu {

HttpRequest makeLocalRequest(
    const std::string& method, const std::string& target, const std::string& body, const std::string& bearer)
{
    HttpRequest req;
    req.method = method;
    req.target = target;
    const size_t q = target.find('?');
    req.path = target.substr(0, q);
    if (q != std::string::npos) {
        std::string_view rest = std::string_view(target).substr(q + 1);
        while (!rest.empty()) {
            const size_t amp = rest.find('&');
            const std::string_view pair = rest.substr(0, amp);
            const size_t eq = pair.find('=');
            req.query.emplace_back(std::string(pair.substr(0, eq)),
                eq == std::string_view::npos ? std::string() : std::string(pair.substr(eq + 1)));
            if (amp == std::string_view::npos)
                break;
            rest.remove_prefix(amp + 1);
        }
    }
    req.headers.emplace_back("content-type", "application/json");
    if (!bearer.empty())
        req.headers.emplace_back("authorization", "Bearer " + bearer);
    // The transport leaves room for simdjson's padding; so do we.
    req.body.reserve(body.size() + 64);
    req.body = body;
    return req;
}

} // namespace Emu
