// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Errors.h"

namespace Emu {

void appendJsonQuoted(std::string& out, std::string_view text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    // Copies runs of plain bytes at once; only the bytes jsonQuote escapes are looked at one by one.
    size_t run = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto u = static_cast<unsigned char>(text[i]);
        if (u >= 0x20 && u != '"' && u != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (u) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            out += "\\u00";
            out += hex[u >> 4];
            out += hex[u & 0xF];
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

std::string jsonQuote(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    appendJsonQuoted(out, text);
    return out;
}

HttpResponse weaviateError(int status, std::string_view message)
{
    return HttpResponse::json(status, "{\"error\":[{\"message\":" + jsonQuote(message) + "}]}");
}

HttpResponse swaggerError(int code, std::string_view message)
{
    return HttpResponse::json(
        code >= 600 ? 422 : code, "{\"code\":" + std::to_string(code) + ",\"message\":" + jsonQuote(message) + "}");
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
