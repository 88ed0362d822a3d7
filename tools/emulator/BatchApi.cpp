// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/BatchImport.h"
#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"
#include "tools/emulator/ObjectApi.h"
#include "tools/emulator/ObjectCodec.h"
#include "tools/emulator/ObjectCommon.h"
#include "tools/emulator/PropertyValidation.h"
#include "tools/emulator/Uuid.h"

#include <algorithm>
#include <charconv>
#include <set>
#include <shared_mutex>

namespace Emu::ObjectApi {

namespace {

using namespace ObjectCommon;
using Codec::JNode;

using BatchItem = BatchImport::Item;

void appendFailedEcho(std::string& out, const BatchItem& item)
{
    out += '{';
    bool comma = false;
    auto sep = [&] {
        if (comma)
            out += ',';
        comma = true;
    };
    if (const std::string& cls = item.answerCls.empty() ? item.cls : item.answerCls; !cls.empty()) {
        sep();
        out += "\"class\":" + jsonQuote(cls);
    }
    if (!item.obj.id.empty()) {
        sep();
        out += "\"id\":\"" + item.obj.id + "\"";
    }
    if (item.in.hasProperties && item.in.properties.kind != JNode::Kind::Null) {
        sep();
        out += "\"properties\":";
        Codec::writeNode(item.in.properties, out);
    }
    if (!item.in.tenant.empty()) {
        sep();
        out += "\"tenant\":" + jsonQuote(item.in.tenant);
    }
    sep();
    out += "\"deprecations\":null,\"result\":{\"status\":\"FAILED\",\"errors\":{\"error\":[{\"message\":"
        + jsonQuote(item.error) + "}]}}}";
}

void appendSuccessEcho(std::string& out, const BatchItem& item)
{
    Codec::appendObject(out, item.answerCls.empty() ? item.cls : item.answerCls, item.obj, &item.in.tenant, true);
    out.pop_back(); // reopen the object for the response-only fields
    out += ",\"deprecations\":null,\"result\":{\"status\":\"SUCCESS\"}}";
}

bool parseBodyNode(const RequestContext& ctx, JNode& node, simdjson::error_code& error)
{
    thread_local simdjson::ondemand::parser parser;
    Body body(ctx.req);
    simdjson::ondemand::document doc;
    simdjson::ondemand::value value;
    error = body.iterate(parser, doc);
    if (!error)
        error = doc.get_value().get(value);
    if (!error)
        error = Codec::toNode(value, node);
    return !error;
}

// The batch body into `items` (see Codec::ReadMode). Array views in the items point into `body`.
simdjson::error_code readItems(Body& body, std::vector<BatchItem>& items, Codec::ReadMode mode)
{
    thread_local simdjson::ondemand::parser parser;
    simdjson::ondemand::document doc;
    simdjson::ondemand::object top;
    simdjson::error_code e = body.iterate(parser, doc);
    if (!e)
        e = doc.get_object().get(top);
    if (e)
        return e;
    for (auto field : top) {
        std::string_view key;
        if ((e = field.unescaped_key().get(key)))
            return e;
        simdjson::ondemand::value v;
        if (key != "objects") {
            if (mode == Codec::ReadMode::Fast && ((e = field.value().get(v)) || (e = Codec::checkSkippedValue(v))))
                return e;
            continue;
        }
        if ((e = field.value().get(v)))
            return e;
        bool null = false;
        if ((e = v.is_null().get(null))) // not as a bool: that throws for a malformed atom
            return e;
        if (null)
            continue;
        simdjson::ondemand::array arr;
        if ((e = v.get_array().get(arr)))
            return e;
        for (auto el : arr) {
            simdjson::ondemand::object o;
            if ((e = el.get_object().get(o)))
                return e;
            items.emplace_back();
            if ((e = Codec::readObject(o, items.back().in, mode)))
                return e;
        }
    }
    return simdjson::SUCCESS;
}

bool isBlank(const std::string& s)
{
    return s.find_first_not_of(" \t\r\n") == std::string::npos;
}

// Reads the items and their ids. The fast read validates everything it accepts; on any failure the body takes the
// reference path: the Go scan for Go's message, then the exact read. Returns the answer to a body that cannot be
// read, or to a bad id. The items' vector texts are views into `body`.
std::optional<HttpResponse> readBatch(const RequestContext& ctx, Body& body, std::vector<BatchItem>& items)
{
    // The vector arrays, nearly all of the bytes, are read in parallel: the client waits for the answer anyway.
    const bool fastOk = !readItems(body, items, Codec::ReadMode::Fast)
        && BatchImport::parallelFor(
            items.size(), ctx.req.body.size(), [&items](size_t i) { return Codec::finishVectors(items[i].in); });
    if (!fastOk) {
        items.clear();
        bool empty = false;
        const std::string goError = goJsonSyntaxError(ctx.req.body, &empty);
        if (!goError.empty())
            return bodyParseError(goError);
        if (const simdjson::error_code e = readItems(body, items, Codec::ReadMode::Exact))
            return badJson(e);
    }
    if (items.empty())
        return weaviateError(422, "invalid param 'objects': cannot be empty, need at least one object for batching");
    for (size_t i = 0; i < items.size(); ++i) {
        BatchItem& item = items[i];
        if (item.in.hasId && !item.in.id.empty()) {
            item.obj.id = Codec::canonicalUuid(item.in.id);
            if (item.obj.id.empty())
                return swaggerError(
                    601, "objects." + std::to_string(i) + ".id in body must be of type uuid: " + jsonQuote(item.in.id));
        } else {
            item.obj.id = Codec::newUuid();
        }
        if (!versionAtLeast(ctx.config.version, 1, 32, 2)) // batch_manager.go batchInsertWithAliases
            item.answerCls = answerClass(ctx.config, item.in.cls, ctx.store.resolveClassNameLocking(item.in.cls));
    }
    return std::nullopt;
}

// The answer, written as if the store took every item that passed validation (it copies each object's text once,
// while the object is still ours); `ends` lets the rare item the store rejects be patched in.
std::string writeAnswer(const std::vector<BatchItem>& items, std::vector<size_t>& ends)
{
    size_t bytes = 2;
    for (const auto& item : items)
        bytes += (item.error.empty() ? Codec::vectorJson(item.obj).size() : 0) + item.obj.propertiesJson.size()
            + item.cls.size() + item.in.tenant.size() + 192;
    std::string out;
    out.reserve(bytes);
    out += '[';
    ends.reserve(items.size());
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        if (items[i].error.empty())
            appendSuccessEcho(out, items[i]);
        else
            appendFailedEcho(out, items[i]);
        ends.push_back(out.size());
    }
    out += ']';
    return out;
}

// A vector of another length, or the class or tenant went away between the phases: the answer with those items
// rewritten as failed.
std::string withLateFailures(const std::string& out, const std::vector<size_t>& ends,
    const std::vector<BatchItem>& items, const std::vector<size_t>& lateFailures)
{
    std::string fixed;
    fixed.reserve(out.size());
    fixed += '[';
    size_t late = 0;
    for (size_t i = 0; i < items.size(); ++i) {
        if (i)
            fixed += ',';
        if (late < lateFailures.size() && lateFailures[late] == i) {
            appendFailedEcho(fixed, items[i]);
            ++late;
        } else {
            const size_t begin = i ? ends[i - 1] + 1 : 1;
            fixed.append(out, begin, ends[i] - begin);
        }
    }
    fixed += ']';
    return fixed;
}

} // namespace

HttpResponse batchObjects(const RequestContext& ctx)
{
    if (isBlank(ctx.req.body))
        return swaggerError(602, "body in body is required");
    // Engine::handle leaves the Go-style syntax scan of this body to us: it would cost as much as the import itself.
    Body body(ctx.req);
    std::vector<BatchItem> items;
    if (auto rejected = readBatch(ctx, body, items))
        return *rejected;
    std::vector<size_t> ends;
    std::string out;
    const std::vector<size_t> lateFailures = BatchImport::importItems(ctx.store, ctx.config, items, ctx.req.body.size(),
        BatchImport::VectorJson::FromInput,
        [&out, &ends](const std::vector<BatchItem>& checked) { out = writeAnswer(checked, ends); });
    if (!lateFailures.empty())
        out = withLateFailures(out, ends, items, lateFailures);
    return HttpResponse::json(200, std::move(out));
}

namespace {

struct RefSource
{
    std::string cls, id, prop;
};

bool parseSource(const std::string& uri, RefSource& out, std::string& error)
{
    constexpr std::string_view scheme = "weaviate://";
    std::string_view rest(uri);
    if (rest.substr(0, scheme.size()) != scheme) {
        error = "invalid cref URI: must use long-form: path must be of format '/<className>/<uuid>/<propertyName>', "
                "but got '"
            + uri + "'";
        return false;
    }
    rest = rest.substr(scheme.size());
    const size_t slash = rest.find('/');
    const std::string host(rest.substr(0, slash));
    const std::string path(slash == std::string_view::npos ? std::string_view() : rest.substr(slash));
    std::vector<std::string> seg;
    size_t pos = 0;
    while (true) {
        const size_t next = path.find('/', pos);
        seg.push_back(path.substr(pos, next == std::string::npos ? std::string::npos : next - pos));
        if (next == std::string::npos)
            break;
        pos = next + 1;
    }
    if (seg.size() != 4) {
        error = "invalid cref URI: must use long-form: path must be of format '/<className>/<uuid>/<propertyName>', "
                "but got '"
            + path + "'";
        return false;
    }
    out.id = Codec::canonicalUuid(seg[2]);
    if (out.id.empty() || seg[2].size() != 36) {
        error = "invalid cref URI: 2nd path segment must be uuid, but got '" + seg[3] + "'";
        return false;
    }
    if (seg[1].empty()) {
        error = "className cannot be empty";
        return false;
    }
    if (seg[1][0] >= 'a' && seg[1][0] <= 'z') {
        error = "className must start with an uppercase letter, but got " + seg[1];
        return false;
    }
    if (seg[3].empty()) {
        error = "property cannot be empty";
        return false;
    }
    if (host != "localhost") {
        error = "source class must always point to the local peer, but got " + host;
        return false;
    }
    out.cls = seg[1];
    out.prop = seg[3];
    return true;
}

// The end of the JSON value that starts at s[i], in JSON as the emulator writes it (no whitespace); npos when the
// text ends first.
size_t skipValue(std::string_view s, size_t i)
{
    constexpr size_t npos = std::string_view::npos;
    if (i >= s.size())
        return npos;
    if (s[i] == '"') {
        for (++i; i < s.size(); ++i) {
            if (s[i] == '\\')
                ++i;
            else if (s[i] == '"')
                return i + 1;
        }
        return npos;
    }
    if (s[i] == '{' || s[i] == '[') {
        int depth = 0;
        for (; i < s.size(); ++i) {
            const char c = s[i];
            if (c == '"') {
                const size_t end = skipValue(s, i);
                if (end == npos)
                    return npos;
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return npos;
    }
    while (i < s.size() && s[i] != ',' && s[i] != '}' && s[i] != ']')
        ++i;
    return i;
}

// Adds {"beacon":...,"href":...} to the reference list `prop` of a stored properties object, editing its text in place
// (keys sorted, as writeNode writes them): parsing and writing the whole object for every reference was a fifth of
// the emulator's time in a restore. With `noDuplicates` an equal beacon already there leaves the text as it is.
// False when the text is not of the expected shape; the caller then takes the parse path.
bool addReferenceText(
    std::string& json, const std::string& prop, const std::string& beacon, const std::string& href, bool noDuplicates)
{
    constexpr size_t npos = std::string_view::npos;
    const std::string_view s(json);
    if (s.size() < 2 || s.front() != '{' || s.back() != '}')
        return false;
    std::string item = "{\"beacon\":";
    appendJsonQuoted(item, beacon);
    const size_t probeEnd = item.size();
    item += ",\"href\":";
    appendJsonQuoted(item, href);
    item += '}';
    size_t insertAt = npos; // before the first key after `prop`
    for (size_t i = 1; i + 1 < s.size();) {
        const size_t keyEnd = skipValue(s, i);
        if (s[i] != '"' || keyEnd == npos || keyEnd >= s.size() || s[keyEnd] != ':')
            return false;
        const std::string_view key = s.substr(i + 1, keyEnd - i - 2);
        const size_t valueEnd = skipValue(s, keyEnd + 1);
        if (key.find('\\') != npos || valueEnd == npos || valueEnd >= s.size())
            return false;
        if (key == prop) {
            const std::string_view list = s.substr(keyEnd + 1, valueEnd - keyEnd - 1);
            if (list.size() < 2 || list.front() != '[' || list.back() != ']')
                return false;
            if (noDuplicates && list.find(std::string_view(item).substr(1, probeEnd - 1)) != npos)
                return true;
            json.insert(valueEnd - 1, list.size() == 2 ? item : "," + item);
            return true;
        }
        if (insertAt == npos && key > prop)
            insertAt = i;
        i = valueEnd + (s[valueEnd] == ',' ? 1 : 0);
    }
    std::string member;
    appendJsonQuoted(member, prop);
    member += ":[" + item + "]";
    if (insertAt != npos)
        json.insert(insertAt, member + ",");
    else
        json.insert(json.size() - 1, s.size() == 2 ? member : "," + member);
    return true;
}

// 1.38+ (batch_references_add.go resolveNS): an alias as the source class stands for its class, and the answer's
// `from` names the class. The `to` beacon is not resolved: it is stored as given.
void resolveSourceAlias(const Store& store, RefSource& src, std::string& from)
{
    const std::string cls = store.resolveClassNameLocking(src.cls);
    if (cls == src.cls)
        return;
    const size_t at = from.find("/" + src.cls + "/", std::string_view("weaviate://").size());
    if (at != std::string::npos)
        from.replace(at + 1, src.cls.size(), cls);
    src.cls = cls;
}

} // namespace

HttpResponse batchReferences(const RequestContext& ctx)
{
    if (isBlank(ctx.req.body))
        return swaggerError(602, "body in body is required");
    JNode body;
    simdjson::error_code e;
    if (!parseBodyNode(ctx, body, e))
        return badJson(e);
    if (body.kind != JNode::Kind::Array)
        return badJson(simdjson::INCORRECT_TYPE);
    if (body.items.empty())
        return weaviateError(422, "invalid params: length cannot be 0, need at least one reference for batching");

    struct Ref
    {
        std::string from, to, tenant, error;
        RefSource src;
        std::string toCls, toId;
    };
    std::vector<Ref> refs(body.items.size());
    for (size_t i = 0; i < refs.size(); ++i) {
        const JNode& n = body.items[i];
        Ref& r = refs[i];
        if (const JNode* f = n.member("from"); f && f->kind == JNode::Kind::String)
            r.from = f->text;
        if (const JNode* t = n.member("to"); t && t->kind == JNode::Kind::String)
            r.to = t->text;
        if (const JNode* t = n.member("tenant"); t && t->kind == JNode::Kind::String)
            r.tenant = t->text;
        std::string err;
        if (!parseSource(r.from, r.src, err))
            r.error = err;
        else if (versionAtLeast(ctx.config.version, 1, 38))
            resolveSourceAlias(ctx.store, r.src, r.from);
        std::string targetErr;
        if (!Codec::parseBeacon(r.to, r.toCls, r.toId, targetErr))
            r.error = r.error.empty() ? targetErr : r.error + ", " + targetErr;
    }
    {
        std::set<std::pair<std::string, std::string>> seen;
        for (const auto& r : refs)
            if (r.error.empty() && !r.tenant.empty() && seen.emplace(r.src.cls, r.tenant).second)
                prepareTenant(ctx.store, r.src.cls, r.tenant, true);
    }
    {
        std::unique_lock lock(ctx.store.mutex);
        const int64_t now = Codec::nowMs();
        for (auto& r : refs) {
            if (!r.error.empty())
                continue;
            ClassData* cls = ctx.store.findClass(r.src.cls);
            std::string prop = r.src.prop;
            if (!prop.empty() && prop[0] >= 'A' && prop[0] <= 'Z')
                prop[0] = static_cast<char>(prop[0] - 'A' + 'a');
            if (!cls) {
                r.error = "source class \"" + r.src.cls + "\" not found in schema";
                continue;
            }
            const PropertyDef* p = cls->def.property(prop);
            if (!p || !p->isReference()) {
                r.error = "property " + prop + " does not exist for class " + r.src.cls;
                continue;
            }
            if (r.toCls.empty()) {
                if (p->dataType.size() > 1) {
                    r.error = "multi-target references require the class name in the target beacon url";
                    continue;
                }
                r.toCls = p->dataType.front();
            }
            if (checkTenant(*cls, r.tenant, r.error) != TenantError::None)
                continue;
            auto s = cls->shards.find(cls->def.multiTenant ? r.tenant : std::string());
            auto o = s == cls->shards.end() ? decltype(s->second.objects.end()) {} : s->second.objects.find(r.src.id);
            if (s == cls->shards.end() || o == s->second.objects.end()) {
                r.error = "object with id " + r.src.id + " not found";
                continue;
            }
            StoredObject& obj = o->second;
            const std::string beaconText = "weaviate://localhost/" + r.toCls + "/" + r.toId;
            const std::string href = "/v1/objects/" + r.toCls + "/" + r.toId;
            if (addReferenceText(obj.propertiesJson, prop, beaconText, href, p->disableDuplicatedReferences)) {
                obj.lastUpdateTimeUnix = now;
                continue;
            }
            JNode props;
            Codec::parseNode(obj.propertiesJson, props);
            JNode* list = nullptr;
            for (auto& [k, v] : props.members)
                if (k == prop)
                    list = &v;
            if (!list) {
                props.members.emplace_back(prop, JNode());
                list = &props.members.back().second;
                list->kind = JNode::Kind::Array;
            }
            const std::string beacon = "weaviate://localhost/" + r.toCls + "/" + r.toId;
            bool duplicate = false;
            if (p->disableDuplicatedReferences)
                for (const auto& item : list->items)
                    if (const JNode* b = item.member("beacon"); b && b->text == beacon)
                        duplicate = true;
            if (!duplicate) {
                JNode ref;
                ref.kind = JNode::Kind::Object;
                JNode b, h;
                b.kind = h.kind = JNode::Kind::String;
                b.text = beacon;
                h.text = "/v1/objects/" + r.toCls + "/" + r.toId;
                ref.members.emplace_back("beacon", std::move(b));
                ref.members.emplace_back("href", std::move(h));
                list->items.push_back(std::move(ref));
            }
            obj.propertiesJson.clear();
            Codec::writeNode(props, obj.propertiesJson);
            obj.lastUpdateTimeUnix = now;
        }
    }
    std::string out = "[";
    for (size_t i = 0; i < refs.size(); ++i) {
        const Ref& r = refs[i];
        if (i)
            out += ',';
        std::string to = r.to;
        if (r.error.empty())
            to = "weaviate://localhost/" + r.toCls + "/" + r.toId;
        out += "{\"from\":" + jsonQuote(r.from) + ",\"to\":" + jsonQuote(to) + ",\"result\":";
        if (r.error.empty())
            out += "{\"status\":\"SUCCESS\"}}";
        else
            out += "{\"status\":\"FAILED\",\"errors\":{\"error\":[{\"message\":" + jsonQuote(r.error) + "}]}}}";
    }
    out += ']';
    return HttpResponse::json(200, std::move(out));
}

namespace {

// `*` any run, `?` one character (Weaviate's Like).
bool likeMatch(std::string_view pattern, std::string_view text)
{
    size_t p = 0, t = 0, star = std::string_view::npos, mark = 0;
    while (t < text.size()) {
        if (p < pattern.size() && (pattern[p] == '?' || pattern[p] == text[t])) {
            ++p;
            ++t;
        } else if (p < pattern.size() && pattern[p] == '*') {
            star = p++;
            mark = t;
        } else if (star != std::string_view::npos) {
            p = star + 1;
            t = ++mark;
        } else {
            return false;
        }
    }
    while (p < pattern.size() && pattern[p] == '*')
        ++p;
    return p == pattern.size();
}

const JNode* valueOf(const JNode& f, std::initializer_list<std::string_view> keys)
{
    for (const auto k : keys)
        if (const JNode* v = f.member(k))
            return v;
    return nullptr;
}

// A compiled where filter: evaluate(objectId, properties) -> match.
struct Filter
{
    std::string op;
    std::string path;
    const JNode* value = nullptr;
    std::vector<Filter> operands;

    bool usesProperties() const
    {
        if (op == "And" || op == "Or" || op == "Not") {
            for (const auto& o : operands)
                if (o.usesProperties())
                    return true;
            return false;
        }
        return path != "id" && path != "_id";
    }

    static bool equalScalar(const JNode& stored, const JNode& wanted)
    {
        if (stored.kind == JNode::Kind::Number && wanted.kind == JNode::Kind::Number) {
            double a = 0, b = 0;
            std::from_chars(stored.text.data(), stored.text.data() + stored.text.size(), a);
            std::from_chars(wanted.text.data(), wanted.text.data() + wanted.text.size(), b);
            return a == b;
        }
        if (stored.kind != wanted.kind)
            return false;
        return stored.kind == JNode::Kind::Bool ? stored.boolean == wanted.boolean : stored.text == wanted.text;
    }

    bool eval(const std::string& id, const JNode* props) const
    {
        if (op == "And") {
            for (const auto& o : operands)
                if (!o.eval(id, props))
                    return false;
            return true;
        }
        if (op == "Or") {
            for (const auto& o : operands)
                if (o.eval(id, props))
                    return true;
            return false;
        }
        if (op == "Not")
            return operands.empty() || !operands.front().eval(id, props);
        JNode idNode;
        const JNode* stored = nullptr;
        if (path == "id" || path == "_id") {
            idNode.kind = JNode::Kind::String;
            idNode.text = id;
            stored = &idNode;
        } else if (props) {
            stored = props->member(path);
        }
        if (op == "IsNull")
            return (stored == nullptr) == (value && value->boolean);
        if (!stored)
            return false;
        auto anyOf = [&](auto pred) {
            if (stored->kind == JNode::Kind::Array) {
                for (const auto& s : stored->items)
                    if (pred(s))
                        return true;
                return false;
            }
            return pred(*stored);
        };
        if (op == "Equal")
            return anyOf([&](const JNode& s) { return equalScalar(s, *value); });
        if (op == "NotEqual")
            return !anyOf([&](const JNode& s) { return equalScalar(s, *value); });
        if (op == "Like")
            return anyOf(
                [&](const JNode& s) { return s.kind == JNode::Kind::String && likeMatch(value->text, s.text); });
        if (op == "ContainsAny" || op == "ContainsAll") {
            const bool all = op == "ContainsAll";
            for (const auto& w : value->items) {
                const bool hit = anyOf([&](const JNode& s) { return equalScalar(s, w); });
                if (all && !hit)
                    return false;
                if (!all && hit)
                    return true;
            }
            return all;
        }
        return false;
    }
};

bool compileFilter(const JNode& f, Filter& out, std::string& error)
{
    if (f.kind != JNode::Kind::Object) {
        error = "failed to parse where filter: filter must be an object";
        return false;
    }
    const JNode* op = f.member("operator");
    if (!op || op->kind != JNode::Kind::String || op->text.empty()) {
        error = "failed to parse where filter: operator is required";
        return false;
    }
    out.op = op->text;
    if (out.op == "And" || out.op == "Or" || out.op == "Not") {
        const JNode* operands = f.member("operands");
        if (!operands || operands->kind != JNode::Kind::Array || operands->items.empty()) {
            error = "invalid where filter: operands must be set for operator " + out.op;
            return false;
        }
        for (const auto& o : operands->items) {
            out.operands.emplace_back();
            if (!compileFilter(o, out.operands.back(), error))
                return false;
        }
        return true;
    }
    static const std::set<std::string> supported
        = {"Equal", "NotEqual", "Like", "ContainsAny", "ContainsAll", "IsNull"};
    if (!supported.count(out.op)) {
        error = "failed to parse where filter: unsupported operator '" + out.op + "' (emulator)";
        return false;
    }
    const JNode* path = f.member("path");
    if (!path || path->kind != JNode::Kind::Array || path->items.size() != 1
        || path->items.front().kind != JNode::Kind::String) {
        error = "failed to parse where filter: path must be a single property name";
        return false;
    }
    out.path = path->items.front().text;
    if (!out.path.empty() && out.path[0] >= 'A' && out.path[0] <= 'Z')
        out.path[0] = static_cast<char>(out.path[0] - 'A' + 'a');
    const bool arrayOp = out.op == "ContainsAny" || out.op == "ContainsAll";
    out.value = arrayOp
        ? valueOf(f,
            {"valueTextArray", "valueStringArray", "valueIntArray", "valueNumberArray", "valueBooleanArray",
                "valueDateArray"})
        : valueOf(f, {"valueText", "valueString", "valueInt", "valueNumber", "valueBoolean", "valueDate"});
    if (!out.value || (arrayOp && out.value->kind != JNode::Kind::Array)) {
        error = "failed to parse where filter: got operator " + out.op + " without a value";
        return false;
    }
    if ((out.path == "id" || out.path == "_id") && out.op != "Like" && out.value->kind == JNode::Kind::String) {
        // ids compare in canonical form
        const_cast<JNode*>(out.value)->text
            = Codec::canonicalUuid(out.value->text).empty() ? out.value->text : Codec::canonicalUuid(out.value->text);
    }
    return true;
}

} // namespace

HttpResponse batchDelete(const RequestContext& ctx)
{
    if (isBlank(ctx.req.body))
        return swaggerError(602, "body in body is required");
    JNode body;
    simdjson::error_code e;
    if (!parseBodyNode(ctx, body, e))
        return badJson(e);
    const JNode* match = body.member("match");
    if (!match || match->kind != JNode::Kind::Object)
        return weaviateError(422, "validate: empty match clause");
    const JNode* clsNode = match->member("class");
    if (!clsNode || clsNode->kind != JNode::Kind::String || clsNode->text.empty())
        return weaviateError(422, "validate: empty match.class clause");
    const JNode* where = match->member("where");
    if (!where || where->kind == JNode::Kind::Null)
        return weaviateError(422, "validate: empty match.where clause");
    std::string output = "minimal";
    if (const JNode* o = body.member("output"); o && o->kind == JNode::Kind::String)
        output = o->text;
    bool dryRun = false;
    if (const JNode* d = body.member("dryRun"); d && d->kind == JNode::Kind::Bool)
        dryRun = d->boolean;
    std::string deletionTime = "-62135596800000";
    if (const JNode* d = body.member("deletionTimeUnixMilli"); d && d->kind == JNode::Kind::Number)
        deletionTime = d->text;
    Filter filter;
    std::string error;
    // Compile against a copy: compileFilter canonicalises id values in place.
    JNode whereCopy = *where;
    if (!compileFilter(whereCopy, filter, error))
        return weaviateError(422, "validate: " + error);
    if (output != "minimal" && output != "verbose")
        return weaviateError(500,
            "batch delete: invalid output: \"" + output
                + "\", possible values are: "
                  "\"minimal\", \"verbose\"");
    const std::string* tenantParam = ctx.req.queryValue("tenant");
    const std::string tenant = tenantParam ? *tenantParam : std::string();
    // An alias in match.class stands for its class, and the answer names the class.
    const std::string clsName = ctx.store.resolveClassNameLocking(clsNode->text);
    prepareTenant(ctx.store, clsName, tenant, true);

    std::unique_lock lock(ctx.store.mutex);
    ClassData* cls = ctx.store.findClass(clsName);
    if (!cls)
        return weaviateError(422, "validate: failed to get class: " + clsName);
    if (checkTenant(*cls, tenant, error) != TenantError::None)
        return weaviateError(422, error);
    std::vector<std::string> matched;
    int64_t matches = 0;
    auto s = cls->shards.find(cls->def.multiTenant ? tenant : std::string());
    if (s != cls->shards.end()) {
        const bool needProps = filter.usesProperties();
        for (const auto& [id, obj] : s->second.objects) {
            JNode props;
            if (needProps)
                Codec::parseNode(obj.propertiesJson, props);
            if (!filter.eval(id, needProps ? &props : nullptr))
                continue;
            ++matches;
            if (static_cast<int64_t>(matched.size()) < ctx.config.maxResults)
                matched.push_back(id);
        }
        if (!dryRun)
            for (const auto& id : matched)
                s->second.objects.erase(id);
    }
    lock.unlock();

    std::string out = "{\"match\":{\"class\":" + jsonQuote(cls ? answerClass(ctx.config, clsNode->text, clsName) : "")
        + ",\"where\":";
    Codec::writeNode(*where, out);
    out += "},\"output\":" + jsonQuote(output) + ",\"dryRun\":" + (dryRun ? "true" : "false")
        + ",\"deletionTimeUnixMilli\":" + deletionTime + ",\"results\":{\"matches\":" + std::to_string(matches)
        + ",\"limit\":" + std::to_string(ctx.config.maxResults)
        + ",\"successful\":" + std::to_string(dryRun ? 0 : matched.size()) + ",\"failed\":0,\"objects\":";
    if (output == "verbose" && !matched.empty()) {
        out += '[';
        for (size_t i = 0; i < matched.size(); ++i) {
            if (i)
                out += ',';
            out += "{\"id\":\"" + matched[i] + "\",\"status\":\"" + (dryRun ? "DRYRUN" : "SUCCESS") + "\"}";
        }
        out += ']';
    } else {
        out += "null";
    }
    out += "}}";
    return HttpResponse::json(200, std::move(out));
}

} // namespace Emu::ObjectApi
