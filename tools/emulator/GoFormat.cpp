// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/GoFormat.h"

#include "tools/emulator/Errors.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <string_view>

namespace Emu::Codec {

namespace {

// `sci` (a shortest scientific text: "-1.2345e+17") in fixed notation with the same digits, zeros filling up to the
// decimal point, as Go's 'f' with precision -1 writes it.
void appendFixedDigits(std::string& out, std::string_view sci)
{
    if (sci.front() == '-') {
        out += '-';
        sci.remove_prefix(1);
    }
    const size_t e = sci.find('e');
    std::string digits;
    for (const char c : sci.substr(0, e))
        if (c != '.')
            digits += c;
    int exponent = 0;
    std::from_chars(sci.data() + e + (sci[e + 1] == '+' ? 2 : 1), sci.data() + sci.size(), exponent);
    const size_t integerDigits = static_cast<size_t>(exponent) + 1; // callers pass values >= 1
    if (digits.size() <= integerDigits) {
        out += digits;
        out.append(integerDigits - digits.size(), '0');
    } else {
        out.append(digits, 0, integerDigits);
        out += '.';
        out.append(digits, integerDigits, std::string::npos);
    }
}

void appendShortest(std::string& out, double v, bool asFloat32)
{
    char buf[64];
    const double a = std::fabs(v);
    const bool exp = a != 0 && (a < 1e-6 || a >= 1e21);
    // Beyond 2^24 (float) or 2^53 (double) C++'s shortest fixed form writes a whole number's exact digits
    // (9223372036854775808), Go the shortest digits padded with zeros (9223372036854776000).
    if (!exp && a >= (asFloat32 ? 16777216.0 : 9007199254740992.0)) {
        const std::to_chars_result r = asFloat32
            ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), std::chars_format::scientific)
            : std::to_chars(buf, buf + sizeof buf, v, std::chars_format::scientific);
        appendFixedDigits(out, std::string_view(buf, static_cast<size_t>(r.ptr - buf)));
        return;
    }
    const auto fmt = exp ? std::chars_format::scientific : std::chars_format::fixed;
    std::to_chars_result r = asFloat32 ? std::to_chars(buf, buf + sizeof buf, static_cast<float>(v), fmt)
                                       : std::to_chars(buf, buf + sizeof buf, v, fmt);
    char* end = r.ptr;
    if (exp) {
        // Go writes e-07 as e-7.
        char* e = std::find(buf, end, 'e');
        if (end - e == 4 && e[2] == '0') {
            e[2] = e[3];
            --end;
        }
    }
    out.append(buf, static_cast<size_t>(end - buf));
}

// fmt's %v of a float64: strconv's shortest 'g', with an exponent below 1e-4 and from 1e+06 on.
void appendGoFloatV(std::string& out, double v)
{
    if (std::isnan(v)) {
        out += "NaN";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "+Inf" : "-Inf";
        return;
    }
    const double a = std::fabs(v);
    const bool exp = a != 0 && (a < 1e-4 || a >= 1e6);
    char buf[64];
    const std::to_chars_result r
        = std::to_chars(buf, buf + sizeof buf, v, exp ? std::chars_format::scientific : std::chars_format::fixed);
    out.append(buf, static_cast<size_t>(r.ptr - buf));
}

} // namespace

// Go's %T of a value decoded with UseNumber.
std::string goType(const JNode& n)
{
    switch (n.kind) {
    case JNode::Kind::Null:
        return "<nil>";
    case JNode::Kind::Bool:
        return "bool";
    case JNode::Kind::Number:
        return n.go == JNode::Go::Float64 ? "float64" : n.go == JNode::Go::Int64 ? "int64" : "json.Number";
    case JNode::Kind::String:
        return "string";
    case JNode::Kind::Array:
        return "[]interface {}";
    case JNode::Kind::Object:
        return "map[string]interface {}";
    }
    return {};
}

namespace {

// fmt's %v (verb 'v') or %s (verb 's') of a value decoded with UseNumber: containers alike (maps print sorted); with
// %s only strings and json.Number (a string type) print as they are, any other scalar as a bad verb "%!s(T=v)".
void appendGo(const JNode& n, char verb, std::string& out)
{
    const bool asString = verb == 's';
    if (asString && n.kind != JNode::Kind::String && n.kind != JNode::Kind::Array && n.kind != JNode::Kind::Object
        && !(n.kind == JNode::Kind::Number && n.go == JNode::Go::JsonNumber)) {
        out += "%!s(" + goType(n);
        if (n.kind != JNode::Kind::Null) {
            out += '=';
            appendGo(n, 'v', out);
        }
        out += ')';
        return;
    }
    switch (n.kind) {
    case JNode::Kind::Null:
        out += "<nil>";
        break;
    case JNode::Kind::Bool:
        out += n.boolean ? "true" : "false";
        break;
    case JNode::Kind::Number:
        if (n.go == JNode::Go::Float64)
            appendGoFloatV(out, n.number);
        else
            out += n.text;
        break;
    case JNode::Kind::String:
        out += n.text;
        break;
    case JNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < n.items.size(); ++i) {
            if (i)
                out += ' ';
            appendGo(n.items[i], verb, out);
        }
        out += ']';
        break;
    case JNode::Kind::Object: {
        out += "map[";
        bool first = true;
        for (const auto* m : sortedMembers(n)) {
            if (!first)
                out += ' ';
            first = false;
            out += m->first;
            out += ':';
            appendGo(m->second, verb, out);
        }
        out += ']';
        break;
    }
    }
}

} // namespace

// Go's %v of a value decoded with UseNumber (maps print sorted).
void goV(const JNode& n, std::string& out)
{
    appendGo(n, 'v', out);
}

std::string goV(const JNode& n)
{
    std::string s;
    appendGo(n, 'v', s);
    return s;
}

std::string goS(const JNode& n)
{
    std::string s;
    appendGo(n, 's', s);
    return s;
}

// Go's %#v, close enough for the reference error texts.
std::string goSharpV(const JNode& n)
{
    switch (n.kind) {
    case JNode::Kind::Null:
        return "interface {}(nil)";
    case JNode::Kind::Bool:
        return n.boolean ? "true" : "false";
    case JNode::Kind::Number:
        return n.go == JNode::Go::JsonNumber ? "\"" + n.text + "\"" : goV(n);
    case JNode::Kind::String:
        return jsonQuote(n.text);
    case JNode::Kind::Array: {
        std::string s = "[]interface {}{";
        for (size_t i = 0; i < n.items.size(); ++i)
            s += (i ? ", " : "") + goSharpV(n.items[i]);
        return s + "}";
    }
    case JNode::Kind::Object: {
        std::string s = "map[string]interface {}{";
        bool first = true;
        for (const auto* m : sortedMembers(n)) {
            s += (first ? "" : ", ") + jsonQuote(m->first) + ":" + goSharpV(m->second);
            first = false;
        }
        return s + "}";
    }
    }
    return {};
}

void appendGoFloat(std::string& out, double v)
{
    appendShortest(out, v, false);
}

void appendFloat32(std::string& out, float v)
{
    appendShortest(out, v, true);
}

} // namespace Emu::Codec
