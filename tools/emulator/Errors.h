// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/HttpTypes.h"

#include <string>
#include <string_view>

// The three error body shapes of a real Weaviate (notes section 0.1), and JSON string escaping.
namespace Emu {

// "text" -> "\"text\"" with JSON escaping (control characters as \u00XX, UTF-8 passed through).
std::string jsonQuote(std::string_view text);
// The same, appended to `out` without a temporary string (the batch path quotes every property value).
void appendJsonQuoted(std::string& out, std::string_view text);

// Weaviate handler error: {"error":[{"message":"<text>"}]}
HttpResponse weaviateError(int status, std::string_view message);

// go-swagger framework error: {"code":601,"message":"..."}; codes >= 600 are sent as HTTP 422.
HttpResponse swaggerError(int code, std::string_view message);

// Typed objects use-case error, rendered "msg:<msg> code:<code> err:<err>" inside the handler shape.
HttpResponse objectsError(int status, std::string_view msg, int code, std::string_view err);

} // namespace Emu
