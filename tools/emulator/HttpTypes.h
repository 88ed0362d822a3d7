// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace Emu {

// One parsed HTTP/1.1 request as the emulator's transport hands it to the engine. Plain std::string so the hot
// paths (batch bodies of hundreds of MB) never convert through QString/QByteArray.
struct HttpRequest
{
    std::string method; // "GET", "POST", ... as sent
    std::string target; // raw request target: "/v1/objects?class=A&limit=2"
    std::string path; // percent-decoded path without the query: "/v1/objects"
    std::vector<std::pair<std::string, std::string>> query; // percent-decoded, in order, '+' kept as '+'
    std::vector<std::pair<std::string, std::string>> headers; // names lower-cased, in order
    std::string body; // capacity >= size() + 64: simdjson may parse in place

    // First value of a query parameter; nullptr when absent (an empty value is present and "").
    const std::string* queryValue(std::string_view name) const
    {
        for (const auto& [k, v] : query)
            if (k == name)
                return &v;
        return nullptr;
    }
    // First value of a header (name given lower-case); nullptr when absent.
    const std::string* header(std::string_view lowerName) const
    {
        for (const auto& [k, v] : headers)
            if (k == lowerName)
                return &v;
        return nullptr;
    }
};

// What the engine answers. The transport adds Content-Length, Date and Connection; it adds
// "Content-Type: application/json" when hasBody is true and no Content-Type header is given.
struct HttpResponse
{
    int status = 200;
    std::vector<std::pair<std::string, std::string>> headers;
    std::string body;
    bool hasBody = true; // false: no body and no Content-Type (404 empty, 204, 200 empty, live/ready)

    static HttpResponse empty(int status)
    {
        HttpResponse r;
        r.status = status;
        r.hasBody = false;
        return r;
    }
    static HttpResponse json(int status, std::string body)
    {
        HttpResponse r;
        r.status = status;
        r.body = std::move(body);
        return r;
    }
};

} // namespace Emu
