// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Errors.h"

namespace Emu {

std::string jsonQuote(std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out.push_back(hex[u >> 4]);
                out.push_back(hex[u & 0xF]);
            } else {
                out.push_back(c);
            }
        }
    }
    out.push_back('"');
    return out;
}

HttpResponse weaviateError(int status, std::string_view message)
{
    return HttpResponse::json(status, "{\"error\":[{\"message\":" + jsonQuote(message) + "}]}");
}

HttpResponse swaggerError(int code, std::string_view message)
{
    return HttpResponse::json(code >= 600 ? 422 : code,
                              "{\"code\":" + std::to_string(code) + ",\"message\":" + jsonQuote(message) + "}");
}

HttpResponse objectsError(int status, std::string_view msg, int code, std::string_view err)
{
    std::string text = "msg:";
    text += msg;
    text += " code:" + std::to_string(code) + " err:";
    text += err;
    return weaviateError(status, text);
}

} // namespace Emu
