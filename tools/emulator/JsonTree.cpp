// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/JsonTree.h"

#include "tools/emulator/Errors.h"
#include "tools/emulator/GoFormat.h"

#include <algorithm>
#include <deque>
#include <iterator>

namespace Emu::Codec {

using simdjson::ondemand::json_type;

std::string_view trimRight(std::string_view s)
{
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t'))
        s.remove_suffix(1);
    return s;
}

std::vector<const std::pair<std::string, JNode>*> sortedMembers(const JNode& n)
{
    using Member = const std::pair<std::string, JNode>*;
    std::vector<Member> out;
    out.reserve(n.members.size());
    for (const auto& m : n.members)
        out.push_back(&m);
    const auto less = [](Member a, Member b) { return a->first < b->first; };
    // Bodies are small objects, usually sorted already (clients and our own writeNode sort keys): a stable insertion
    // sort then costs one comparison a key and, unlike std::stable_sort, no buffer allocation.
    if (out.size() <= 32) {
        for (size_t i = 1; i < out.size(); ++i) {
            const Member m = out[i];
            size_t j = i;
            for (; j > 0 && less(m, out[j - 1]); --j)
                out[j] = out[j - 1];
            out[j] = m;
        }
    } else {
        std::stable_sort(out.begin(), out.end(), less);
    }
    // Go's decoder keeps the last of duplicate keys.
    size_t kept = 0;
    for (size_t i = 0; i < out.size(); ++i)
        if (i + 1 == out.size() || out[i + 1]->first != out[i]->first)
            out[kept++] = out[i];
    out.resize(kept);
    return out;
}

// value.is_null() as a bool throws for a malformed atom ("nul"), which only the Go pre-scan used to keep away.
bool isNullAtom(simdjson::ondemand::value& value)
{
    bool null = false;
    return !value.is_null().get(null) && null;
}

namespace {

// RFC 8259 number grammar; raw_json_token() does not validate.
bool isJsonNumber(std::string_view s)
{
    size_t i = 0;
    if (i < s.size() && s[i] == '-')
        ++i;
    if (i >= s.size())
        return false;
    if (s[i] == '0') {
        ++i;
    } else if (s[i] >= '1' && s[i] <= '9') {
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
    } else {
        return false;
    }
    if (i < s.size() && s[i] == '.') {
        ++i;
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start)
            return false;
    }
    if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
        ++i;
        if (i < s.size() && (s[i] == '+' || s[i] == '-'))
            ++i;
        const size_t start = i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9')
            ++i;
        if (i == start)
            return false;
    }
    return i == s.size();
}

} // namespace

const JNode* JNode::member(std::string_view name) const
{
    const JNode* found = nullptr;
    for (const auto& m : members)
        if (m.first == name)
            found = &m.second; // the last duplicate wins, as in Go
    return found;
}

namespace {

// Children of the containers being read, one buffer per nesting depth (a deque: growing it keeps the buffers of the
// outer levels in place). A finished container moves its children into an exactly sized vector: one allocation per
// container instead of one per doubling, and no moves of half-built children.
struct NodeScratch
{
    std::deque<std::vector<JNode>> items;
    std::deque<std::vector<std::pair<std::string, JNode>>> members;
};

template<typename T> std::vector<T>& scratchAt(std::deque<std::vector<T>>& levels, size_t depth)
{
    while (levels.size() <= depth)
        levels.emplace_back();
    std::vector<T>& buffer = levels[depth];
    buffer.clear(); // an earlier read that failed may have left children
    return buffer;
}

template<typename T> void moveExact(std::vector<T>& from, std::vector<T>& to)
{
    to.reserve(to.size() + from.size());
    std::move(from.begin(), from.end(), std::back_inserter(to));
    from.clear();
    if (from.capacity() > 4096)
        from = std::vector<T>(); // one huge body must not pin its buffer for the thread's lifetime
}

simdjson::error_code toNode(simdjson::ondemand::value value, JNode& out, NodeScratch& scratch, size_t depth)
{
    json_type t;
    if (auto e = value.type().get(t))
        return e;
    switch (t) {
    case json_type::object: {
        out.kind = JNode::Kind::Object;
        simdjson::ondemand::object obj;
        if (auto e = value.get_object().get(obj))
            return e;
        auto& members = scratchAt(scratch.members, depth);
        for (auto field : obj) {
            std::string_view key;
            if (auto e = field.unescaped_key().get(key))
                return e;
            members.emplace_back(std::string(key), JNode());
            simdjson::ondemand::value v;
            if (auto e = field.value().get(v))
                return e;
            if (auto e = toNode(v, members.back().second, scratch, depth + 1))
                return e;
        }
        moveExact(members, out.members);
        return simdjson::SUCCESS;
    }
    case json_type::array: {
        out.kind = JNode::Kind::Array;
        simdjson::ondemand::array arr;
        if (auto e = value.get_array().get(arr))
            return e;
        auto& items = scratchAt(scratch.items, depth);
        for (auto el : arr) {
            simdjson::ondemand::value v;
            if (auto e = el.get(v))
                return e;
            items.emplace_back();
            if (auto e = toNode(v, items.back(), scratch, depth + 1))
                return e;
        }
        moveExact(items, out.items);
        return simdjson::SUCCESS;
    }
    case json_type::number: {
        out.kind = JNode::Kind::Number;
        const std::string_view raw = trimRight(value.raw_json_token());
        if (!isJsonNumber(raw))
            return simdjson::NUMBER_ERROR;
        out.text.assign(raw);
        return simdjson::SUCCESS;
    }
    case json_type::string: {
        out.kind = JNode::Kind::String;
        std::string_view s;
        if (auto e = value.get_string().get(s))
            return e;
        out.text.assign(s);
        return simdjson::SUCCESS;
    }
    case json_type::boolean:
        out.kind = JNode::Kind::Bool;
        return value.get_bool().get(out.boolean);
    case json_type::null:
        out.kind = JNode::Kind::Null;
        return isNullAtom(value) ? simdjson::SUCCESS : simdjson::N_ATOM_ERROR;
    }
    return simdjson::TAPE_ERROR;
}

} // namespace

simdjson::error_code toNode(simdjson::ondemand::value value, JNode& out)
{
    thread_local NodeScratch scratch;
    return toNode(value, out, scratch, 0);
}

void writeNode(const JNode& node, std::string& out)
{
    switch (node.kind) {
    case JNode::Kind::Null:
        out += "null";
        break;
    case JNode::Kind::Bool:
        out += node.boolean ? "true" : "false";
        break;
    case JNode::Kind::Number:
        if (node.go == JNode::Go::Float64)
            appendGoFloat(out, node.number);
        else
            out += node.text;
        break;
    case JNode::Kind::String:
        appendJsonQuoted(out, node.text);
        break;
    case JNode::Kind::Array:
        out += '[';
        for (size_t i = 0; i < node.items.size(); ++i) {
            if (i)
                out += ',';
            writeNode(node.items[i], out);
        }
        out += ']';
        break;
    case JNode::Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto* m : sortedMembers(node)) {
            if (!first)
                out += ',';
            first = false;
            appendJsonQuoted(out, m->first);
            out += ':';
            writeNode(m->second, out);
        }
        out += '}';
        break;
    }
    }
}

bool parseNode(std::string_view json, JNode& out)
{
    thread_local simdjson::ondemand::parser parser;
    const simdjson::padded_string padded(json);
    simdjson::ondemand::document doc;
    if (parser.iterate(padded).get(doc))
        return false;
    simdjson::ondemand::value v;
    if (doc.get_value().get(v))
        return false;
    if (toNode(v, out))
        return false;
    return true;
}

} // namespace Emu::Codec
