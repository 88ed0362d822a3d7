// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/Errors.h"
#include "tools/emulator/GoFormat.h"
#include "tools/emulator/JsonTree.h"
#include "tools/emulator/ObjectApi.h"
#include "tools/emulator/ObjectCommon.h"
#include "tools/emulator/PropertyValidation.h"
#include "tools/emulator/Uuid.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <shared_mutex>

// POST /v1/graphql for the subset a backup tool and the TS v2 client use: Get with limit/after/offset/tenant and
// an explicit selection (properties, refs through `... on Class`, _additional), and Aggregate meta{count}. Aliases
// work as in graphql-go (tailor-inc/graphql, Weaviate's fork): a field answers under its alias, fields with one
// response name must be the same field with the same arguments (OverlappingFieldsCanBeMerged), and their
// selections are merged; two fields for one class under one name fail as Weaviate's class resolvers do.
namespace Emu::ObjectApi {

namespace {

using Codec::JNode;
using namespace ObjectCommon;

struct Pos
{
    int line = 1;
    int column = 1;
};

struct GValue
{
    enum class Kind
    {
        Null,
        String,
        Number,
        Bool,
        Enum,
        List,
        Object
    } kind
        = Kind::Null;
    std::string text;
    bool boolean = false;
    std::vector<GValue> items;
    std::vector<std::pair<std::string, GValue>> fields;
    std::string printed; // as graphql-go's printer writes the literal (a variable stays "$name"): compared for merging
};

struct GField
{
    std::string name;
    std::string alias; // empty without one
    Pos pos; // of the alias when there is one, as graphql-go locates a field
    std::vector<std::pair<std::string, GValue>> args;
    std::vector<GField> selection;
    std::string typeCondition; // non-empty for an inline fragment

    // The name the field answers under.
    const std::string& key() const { return alias.empty() ? name : alias; }
};

class Parser
{
public:
    Parser(std::string_view src, const JNode* variables)
        : m_src(src)
        , m_vars(variables)
    {
    }

    bool document(std::vector<GField>& out)
    {
        skip();
        if (peekName() == "query") {
            name();
            skip();
            if (!at('{')) {
                name(); // operation name
                skip();
                if (at('('))
                    skipBalanced('(', ')'); // variable definitions
            }
        }
        if (!selectionSet(out))
            return false;
        skip();
        if (m_i != m_src.size())
            return fail("Unexpected token after the document");
        return true;
    }

    std::string error;
    Pos errorPos;

private:
    bool fail(const std::string& why)
    {
        if (error.empty()) {
            error = "Syntax Error GraphQL request (" + std::to_string(pos().line) + ":" + std::to_string(pos().column)
                + ") " + why;
            errorPos = pos();
        }
        return false;
    }

    Pos pos() const
    {
        Pos p;
        for (size_t i = 0; i < m_i && i < m_src.size(); ++i) {
            if (m_src[i] == '\n') {
                ++p.line;
                p.column = 1;
            } else {
                ++p.column;
            }
        }
        return p;
    }

    void skip()
    {
        while (m_i < m_src.size()) {
            const char c = m_src[m_i];
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
                ++m_i;
            } else if (c == '#') {
                while (m_i < m_src.size() && m_src[m_i] != '\n')
                    ++m_i;
            } else {
                break;
            }
        }
    }

    bool at(char c) const { return m_i < m_src.size() && m_src[m_i] == c; }

    static bool isNameChar(char c, bool first)
    {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (!first && c >= '0' && c <= '9');
    }

    std::string_view peekName() const
    {
        size_t j = m_i;
        while (j < m_src.size() && isNameChar(m_src[j], j == m_i))
            ++j;
        return m_src.substr(m_i, j - m_i);
    }

    std::string name()
    {
        const std::string_view n = peekName();
        m_i += n.size();
        return std::string(n);
    }

    void skipBalanced(char open, char close)
    {
        int depth = 0;
        while (m_i < m_src.size()) {
            if (m_src[m_i] == open)
                ++depth;
            else if (m_src[m_i] == close && --depth == 0) {
                ++m_i;
                return;
            }
            ++m_i;
        }
    }

    bool selectionSet(std::vector<GField>& out)
    {
        skip();
        if (!at('{'))
            return fail("Expected {, found " + std::string(m_i < m_src.size() ? m_src.substr(m_i, 1) : "<EOF>"));
        ++m_i;
        while (true) {
            skip();
            if (at('}')) {
                ++m_i;
                return true;
            }
            if (m_i >= m_src.size())
                return fail("Expected Name, found <EOF>");
            GField f;
            f.pos = pos();
            if (m_src.substr(m_i, 3) == "...") {
                m_i += 3;
                skip();
                if (name() != "on")
                    return fail("Expected \"on\"");
                skip();
                f.typeCondition = name();
                if (!selectionSet(f.selection))
                    return false;
                out.push_back(std::move(f));
                continue;
            }
            f.name = name();
            if (f.name.empty())
                return fail("Expected Name, found " + std::string(m_src.substr(m_i, 1)));
            skip();
            if (at(':')) {
                ++m_i;
                skip();
                f.alias = std::move(f.name);
                f.name = name();
                if (f.name.empty())
                    return fail(
                        "Expected Name, found " + std::string(m_i < m_src.size() ? m_src.substr(m_i, 1) : "<EOF>"));
                skip();
            }
            if (at('(')) {
                ++m_i;
                while (true) {
                    skip();
                    if (at(')')) {
                        ++m_i;
                        break;
                    }
                    std::string arg = name();
                    if (arg.empty())
                        return fail("Expected Name");
                    skip();
                    if (!at(':'))
                        return fail("Expected :");
                    ++m_i;
                    GValue v;
                    if (!value(v))
                        return false;
                    f.args.emplace_back(std::move(arg), std::move(v));
                }
                skip();
            }
            if (at('{') && !selectionSet(f.selection))
                return false;
            out.push_back(std::move(f));
        }
    }

    static GValue fromJson(const JNode& n)
    {
        GValue v;
        switch (n.kind) {
        case JNode::Kind::Null:
            break;
        case JNode::Kind::Bool:
            v.kind = GValue::Kind::Bool;
            v.boolean = n.boolean;
            break;
        case JNode::Kind::Number:
            v.kind = GValue::Kind::Number;
            v.text = n.text;
            break;
        case JNode::Kind::String:
            v.kind = GValue::Kind::String;
            v.text = n.text;
            break;
        case JNode::Kind::Array:
            v.kind = GValue::Kind::List;
            for (const auto& i : n.items)
                v.items.push_back(fromJson(i));
            break;
        case JNode::Kind::Object:
            v.kind = GValue::Kind::Object;
            for (const auto& [k, m] : n.members)
                v.fields.emplace_back(k, fromJson(m));
            break;
        }
        return v;
    }

    bool value(GValue& v)
    {
        if (!literal(v))
            return false;
        if (!v.printed.empty()) // a scalar, or a variable (printed as "$name" whatever its value)
            return true;
        if (v.kind == GValue::Kind::List) {
            v.printed = "[";
            for (size_t i = 0; i < v.items.size(); ++i)
                v.printed += (i ? ", " : "") + v.items[i].printed;
            v.printed += ']';
        } else if (v.kind == GValue::Kind::Object) {
            v.printed = "{";
            for (size_t i = 0; i < v.fields.size(); ++i)
                v.printed += (i ? ", " : "") + v.fields[i].first + ": " + v.fields[i].second.printed;
            v.printed += '}';
        }
        return true;
    }

    // One value; sets `printed` for scalars and variables, value() for lists and objects.
    bool literal(GValue& v)
    {
        skip();
        if (m_i >= m_src.size())
            return fail("Unexpected <EOF>");
        const char c = m_src[m_i];
        if (c == '$') {
            ++m_i;
            const std::string var = name();
            const JNode* n = m_vars ? m_vars->member(var) : nullptr;
            if (n)
                v = fromJson(*n);
            v.printed = "$" + var;
            return true;
        }
        if (c == '"') {
            v.kind = GValue::Kind::String;
            ++m_i;
            while (m_i < m_src.size() && m_src[m_i] != '"') {
                if (m_src[m_i] == '\\' && m_i + 1 < m_src.size()) {
                    ++m_i;
                    const char e = m_src[m_i];
                    v.text += e == 'n' ? '\n' : e == 't' ? '\t' : e;
                } else {
                    v.text += m_src[m_i];
                }
                ++m_i;
            }
            if (!at('"'))
                return fail("Unterminated string");
            ++m_i;
            v.printed = '"' + v.text + '"';
            return true;
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            v.kind = GValue::Kind::Number;
            while (m_i < m_src.size()
                && (m_src[m_i] == '-' || m_src[m_i] == '+' || m_src[m_i] == '.' || m_src[m_i] == 'e'
                    || m_src[m_i] == 'E' || (m_src[m_i] >= '0' && m_src[m_i] <= '9')))
                v.text += m_src[m_i++];
            v.printed = v.text;
            return true;
        }
        if (c == '[') {
            v.kind = GValue::Kind::List;
            ++m_i;
            while (true) {
                skip();
                if (at(']')) {
                    ++m_i;
                    return true;
                }
                v.items.emplace_back();
                if (!value(v.items.back()))
                    return false;
            }
        }
        if (c == '{') {
            v.kind = GValue::Kind::Object;
            ++m_i;
            while (true) {
                skip();
                if (at('}')) {
                    ++m_i;
                    return true;
                }
                std::string key = name();
                skip();
                if (key.empty() || !at(':'))
                    return fail("Expected Name");
                ++m_i;
                v.fields.emplace_back(std::move(key), GValue());
                if (!value(v.fields.back().second))
                    return false;
            }
        }
        const std::string n = name();
        if (n.empty())
            return fail("Unexpected character");
        v.printed = n;
        if (n == "true" || n == "false") {
            v.kind = GValue::Kind::Bool;
            v.boolean = n == "true";
        } else if (n != "null") {
            v.kind = GValue::Kind::Enum;
            v.text = n;
        }
        return true;
    }

    std::string_view m_src;
    const JNode* m_vars;
    size_t m_i = 0;
};

struct GError
{
    std::string message;
    Pos pos;
    std::vector<std::string> path;
    std::vector<Pos> morePos; // further locations: both fields of a conflict, every field of a merged class
};

const GValue* arg(const GField& f, std::string_view name)
{
    for (const auto& [k, v] : f.args)
        if (k == name)
            return &v;
    return nullptr;
}

// The fields of one selection set under each response name, in the order the names first appear. Inline
// fragments are flattened (each field remembers its fragment's type condition, empty outside one).
struct NamedFields
{
    struct Entry
    {
        const GField* field;
        std::string on;
    };
    std::vector<std::pair<std::string, std::vector<Entry>>> byKey;

    static NamedFields of(const std::vector<GField>& selection)
    {
        NamedFields n;
        n.add(selection, {});
        return n;
    }

private:
    void add(const std::vector<GField>& selection, const std::string& on)
    {
        for (const auto& f : selection) {
            if (!f.typeCondition.empty()) {
                add(f.selection, f.typeCondition);
                continue;
            }
            auto it = std::find_if(byKey.begin(), byKey.end(), [&](const auto& k) { return k.first == f.key(); });
            if (it == byKey.end())
                it = byKey.insert(byKey.end(), {f.key(), {}});
            it->second.push_back({&f, on});
        }
    }
};

// graphql-go's OverlappingFieldsCanBeMerged: fields with one response name must be one field with the same arguments
// (unless they sit in fragments on different classes), and their sub-selections must merge in turn. Not checked:
// the return types of same-named fields in fragments on different classes (the rule's "conflicting types").
class FieldMerging
{
public:
    struct Conflict
    {
        std::string key;
        std::string reason;
        std::vector<Pos> left, right;

        std::string message() const
        {
            return "Fields \"" + key + "\" conflict because " + reason
                + ". Use different aliases on the fields to fetch both if this was intentional.";
        }
    };

    static std::vector<Conflict> within(const NamedFields& fields)
    {
        std::vector<Conflict> out;
        for (const auto& [key, list] : fields.byKey)
            for (size_t i = 0; i < list.size(); ++i)
                for (size_t k = i + 1; k < list.size(); ++k)
                    if (auto c = find(false, key, list[i], list[k]))
                        out.push_back(std::move(*c));
        return out;
    }

private:
    static std::vector<Conflict> between(bool exclusive, const NamedFields& a, const NamedFields& b)
    {
        std::vector<Conflict> out;
        for (const auto& [key, listA] : a.byKey) {
            const auto other = std::find_if(
                b.byKey.begin(), b.byKey.end(), [&key = key](const auto& entry) { return entry.first == key; });
            if (other == b.byKey.end())
                continue;
            for (const auto& fa : listA)
                for (const auto& fb : other->second)
                    if (auto c = find(exclusive, key, fa, fb))
                        out.push_back(std::move(*c));
        }
        return out;
    }

    static bool sameArguments(const GField& a, const GField& b)
    {
        if (a.args.size() != b.args.size())
            return false;
        for (const auto& [name, value] : a.args) {
            const GValue* other = arg(b, name);
            if (!other || other->printed != value.printed)
                return false;
        }
        return true;
    }

    static std::optional<Conflict> find(
        bool exclusiveParents, const std::string& key, const NamedFields::Entry& a, const NamedFields::Entry& b)
    {
        // Fields in fragments on two different classes never apply to the same object, so they may differ.
        const bool exclusive = exclusiveParents || (!a.on.empty() && !b.on.empty() && a.on != b.on);
        const GField& fa = *a.field;
        const GField& fb = *b.field;
        if (!exclusive && fa.name != fb.name)
            return Conflict {key, fa.name + " and " + fb.name + " are different fields", {fa.pos}, {fb.pos}};
        if (!exclusive && !sameArguments(fa, fb))
            return Conflict {key, "they have differing arguments", {fa.pos}, {fb.pos}};
        if (fa.selection.empty() || fb.selection.empty())
            return std::nullopt;
        const std::vector<Conflict> sub
            = between(exclusive, NamedFields::of(fa.selection), NamedFields::of(fb.selection));
        if (sub.empty())
            return std::nullopt;
        Conflict c {key, {}, {fa.pos}, {fb.pos}};
        for (size_t i = 0; i < sub.size(); ++i) {
            c.reason
                += (i ? " and subfields \"" : "subfields \"") + sub[i].key + "\" conflict because " + sub[i].reason;
            c.left.insert(c.left.end(), sub[i].left.begin(), sub[i].left.end());
            c.right.insert(c.right.end(), sub[i].right.begin(), sub[i].right.end());
        }
        return c;
    }
};

// graphql-go's collectFields for the levels below a class: the fields under one response name are executed once,
// with their selections together; inline fragments on one class are merged the same way.
std::vector<GField> merged(const std::vector<GField>& selection)
{
    std::vector<GField> out;
    for (const auto& f : selection) {
        const auto same = std::find_if(out.begin(), out.end(), [&](const GField& o) {
            return o.typeCondition == f.typeCondition && (!f.typeCondition.empty() || o.key() == f.key());
        });
        if (same == out.end())
            out.push_back(f);
        else
            same->selection.insert(same->selection.end(), f.selection.begin(), f.selection.end());
    }
    for (auto& f : out)
        if (!f.selection.empty())
            f.selection = merged(f.selection);
    return out;
}

// The fields of a selection under each response name, in first-seen order, without merging them.
std::vector<std::pair<std::string, std::vector<const GField*>>> groupedByKey(const std::vector<const GField*>& fields)
{
    std::vector<std::pair<std::string, std::vector<const GField*>>> out;
    for (const GField* f : fields) {
        auto it = std::find_if(out.begin(), out.end(), [&](const auto& g) { return g.first == f->key(); });
        if (it == out.end())
            it = out.insert(out.end(), {f->key(), {}});
        it->second.push_back(f);
    }
    return out;
}

class Executor
{
public:
    Executor(const RequestContext& ctx)
        : m_ctx(ctx)
    {
    }

    std::vector<GError> errors;
    bool validationFailed = false;

    // Validation pass (graphql-go rejects the whole document before executing). Errors come in graphql-go's order: a
    // selection set's field conflicts, then each field's own errors, then its selection set.
    void validate(const std::vector<GField>& root) { validateSelection(root, Level::Root); }

    void run(const std::vector<GField>& root, std::string& out)
    {
        std::vector<const GField*> rootFields;
        for (const auto& f : root)
            rootFields.push_back(&f);
        out += "{";
        bool firstTop = true;
        for (const auto& [rootKey, tops] : groupedByKey(rootFields)) {
            if (!firstTop)
                out += ',';
            firstTop = false;
            out += jsonQuote(rootKey) + ":{";
            m_rootKey = rootKey;
            // Get (or Aggregate) fields under one name answer together: their class fields are collected as one.
            std::vector<const GField*> classFields;
            for (const GField* top : tops)
                for (const auto& c : top->selection)
                    classFields.push_back(&c);
            const bool get = tops.front()->name == "Get";
            bool first = true;
            for (const auto& [key, fields] : groupedByKey(classFields)) {
                if (!first)
                    out += ',';
                first = false;
                out += jsonQuote(key) + ":";
                std::string part;
                const bool answered = fields.size() == 1
                    && (get ? getClass(*fields.front(), part) : aggregateClass(*fields.front(), part));
                if (fields.size() > 1)
                    onlyOneField(key, fields);
                out += answered ? part : std::string("null");
            }
            out += '}';
        }
        out += '}';
    }

private:
    enum class Level
    {
        Root, // Get, Aggregate
        GetClass, // classes under Get
        AggregateClass, // classes under Aggregate
        Unchecked // deeper, or below a field that failed
    };

    void validateSelection(const std::vector<GField>& selection, Level level)
    {
        for (const auto& c : FieldMerging::within(NamedFields::of(selection))) {
            std::vector<Pos> at = c.left;
            at.insert(at.end(), c.right.begin(), c.right.end());
            validationError(c.message(), at.front(), {at.begin() + 1, at.end()});
        }
        for (const auto& f : selection) {
            if (!f.typeCondition.empty()) {
                validateSelection(f.selection, Level::Unchecked);
                continue;
            }
            Level next = Level::Unchecked;
            if (level == Level::Root) {
                if (f.name == "Get" || f.name == "Aggregate")
                    next = f.name == "Get" ? Level::GetClass : Level::AggregateClass;
                else
                    validationError("Cannot query field \"" + f.name + "\" on type \"WeaviateObj\".", f.pos);
            } else if (level == Level::GetClass || level == Level::AggregateClass) {
                validateClassField(f, level == Level::GetClass);
            }
            validateSelection(f.selection, next);
        }
    }

    // The class a Get or Aggregate field names, by its exact name (GraphQL is case-sensitive): a class, or an alias
    // of one (local/get/class_builder.go adds each alias as one more field that reuses its class's field; a dangling
    // alias has none).
    const ClassData* fieldClass(const std::string& name) const
    {
        const Store& store = m_ctx.store;
        const auto alias = store.aliases.find(name);
        const auto it = store.classes.find(alias == store.aliases.end() ? name : alias->second);
        return it == store.classes.end() ? nullptr : &it->second;
    }

    void validateClassField(const GField& c, bool get)
    {
        const std::string type = get ? "GetObjectsObj" : "AggregateObjectsObj";
        const ClassData* cls = fieldClass(c.name);
        if (!cls) {
            validationError("Cannot query field \"" + c.name + "\" on type \"" + type + "\".", c.pos);
            return;
        }
        for (const auto& [a, v] : c.args) {
            static const std::vector<std::string> getArgs
                = {"limit", "offset", "after", "tenant", "where", "sort", "autocut", "consistencyLevel"};
            static const std::vector<std::string> aggArgs = {"limit", "where", "tenant", "groupBy", "objectLimit"};
            const auto& allowed = get ? getArgs : aggArgs;
            const bool known = std::find(allowed.begin(), allowed.end(), a) != allowed.end()
                && (a != "tenant" || cls->def.multiTenant);
            if (!known)
                validationError(
                    "Unknown argument \"" + a + "\" on field \"" + c.name + "\" of type \"" + type + "\".", c.pos);
        }
    }

    // Weaviate's Get and Aggregate class resolvers panic unless they get exactly one field ("There can only be exactly
    // one ast.Field; it is the class name"); graphql-go turns the panic into this error, located at every field.
    void onlyOneField(const std::string& key, const std::vector<const GField*>& fields)
    {
        std::vector<Pos> more;
        for (size_t i = 1; i < fields.size(); ++i)
            more.push_back(fields[i]->pos);
        errors.push_back({"Only one Field expected here", fields.front()->pos, {m_rootKey, key}, std::move(more)});
    }

    void validationError(const std::string& message, Pos pos, std::vector<Pos> morePos = {})
    {
        validationFailed = true;
        errors.push_back({message, pos, {}, std::move(morePos)});
    }

    bool shardFor(const GField& c, const Shard*& shard, const ClassData*& cls)
    {
        cls = fieldClass(c.name);
        const GValue* t = arg(c, "tenant");
        const std::string tenant = t ? t->text : std::string();
        std::string message;
        const TenantError te = checkTenant(*cls, tenant, message);
        if (te != TenantError::None) {
            errors.push_back({message, c.pos, {m_rootKey, c.key()}, {}});
            return false;
        }
        const auto s = cls->shards.find(cls->def.multiTenant ? tenant : std::string());
        shard = s == cls->shards.end() ? nullptr : &s->second;
        return true;
    }

    bool aggregateClass(const GField& c, std::string& out)
    {
        const Shard* shard = nullptr;
        const ClassData* cls = nullptr;
        if (!shardFor(c, shard, cls))
            return false;
        const size_t count = shard ? shard->objects.size() : 0;
        out += "[{";
        bool first = true;
        for (const auto& f : merged(c.selection)) {
            if (!first)
                out += ',';
            first = false;
            out += jsonQuote(f.key()) + ":";
            if (f.name == "meta") {
                out += '{';
                bool firstMeta = true;
                for (const auto& m : f.selection) {
                    if (!firstMeta)
                        out += ',';
                    firstMeta = false;
                    out += jsonQuote(m.key()) + ":" + (m.name == "count" ? std::to_string(count) : std::string("null"));
                }
                out += '}';
            } else {
                out += "null";
            }
        }
        out += "}]";
        return true;
    }

    static int64_t number(const GValue* v, int64_t fallback)
    {
        if (!v || v->kind != GValue::Kind::Number)
            return fallback;
        int64_t n = fallback;
        std::from_chars(v->text.data(), v->text.data() + v->text.size(), n);
        return n;
    }

    bool getClass(const GField& c, std::string& out)
    {
        const Shard* shard = nullptr;
        const ClassData* cls = nullptr;
        const GValue* limitArg = arg(c, "limit");
        const GValue* afterArg = arg(c, "after");
        const int64_t offset = number(arg(c, "offset"), 0);
        const int64_t limit = number(limitArg, m_ctx.config.defaultGraphqlLimit);
        if (afterArg) {
            std::string err;
            std::vector<std::string> offenders;
            if (offset > 0)
                offenders.emplace_back("offset");
            if (arg(c, "where"))
                offenders.emplace_back("where");
            if (arg(c, "sort"))
                offenders.emplace_back("sort");
            for (size_t i = 0; i < offenders.size(); ++i)
                err += (i ? "," : "") + offenders[i];
            if (!err.empty())
                err += " cannot be set with after and limit parameters";
            else if (!afterArg->text.empty() && Codec::canonicalUuid(afterArg->text).empty())
                err = "after parameter '" + afterArg->text + "' is not a valid uuid";
            else if (!limitArg)
                err = "limit parameter must be set";
            if (!err.empty()) {
                errors.push_back({"explorer: get class: cursor api: invalid 'after' parameter: " + err, c.pos,
                    {m_rootKey, c.key()}, {}});
                return false;
            }
        }
        if (offset + limit > m_ctx.config.maxResults) {
            errors.push_back({"explorer: get class: vector search: query maximum results exceeded: the total limit "
                              "calculated from the provided offset '"
                    + std::to_string(offset) + "' and limit '" + std::to_string(limit)
                    + "' exceeds the configured value for QUERY_MAXIMUM_RESULTS '"
                    + std::to_string(m_ctx.config.maxResults) + "'",
                c.pos, {m_rootKey, c.key()}, {}});
            return false;
        }
        if (!shardFor(c, shard, cls))
            return false;
        out += '[';
        if (shard) {
            const std::vector<GField> selection = merged(c.selection);
            const auto& objects = shard->objects;
            auto it = afterArg ? objects.upper_bound(Codec::canonicalUuid(afterArg->text)) : objects.begin();
            for (int64_t i = 0; !afterArg && i < offset && it != objects.end(); ++i)
                ++it;
            for (int64_t n = 0; it != objects.end() && n < limit; ++it, ++n) {
                if (n)
                    out += ',';
                object(*cls, it->second, selection, out);
            }
        }
        out += ']';
        return true;
    }

    void object(const ClassData& cls, const StoredObject& obj, const std::vector<GField>& selection, std::string& out)
    {
        JNode props;
        Codec::parseNode(obj.propertiesJson, props);
        out += '{';
        bool first = true;
        for (const auto& f : selection) {
            if (!f.typeCondition.empty())
                continue;
            if (!first)
                out += ',';
            first = false;
            out += jsonQuote(f.key()) + ":";
            if (f.name == "_additional") {
                additional(obj, f.selection, out);
                continue;
            }
            if (f.name == "__typename") {
                out += jsonQuote(cls.def.name);
                continue;
            }
            const JNode* v = props.member(f.name);
            const PropertyDef* p = cls.def.property(f.name);
            if (!v) {
                out += "null";
            } else if (p && p->isReference()) {
                reference(*v, f.selection, out);
            } else {
                filtered(*v, f.selection, out);
            }
        }
        out += '}';
    }

    // Nested objects, geo and phone values: only the selected keys.
    static void filtered(const JNode& v, const std::vector<GField>& selection, std::string& out)
    {
        if (selection.empty() || (v.kind != JNode::Kind::Object && v.kind != JNode::Kind::Array)) {
            Codec::writeNode(v, out);
            return;
        }
        if (v.kind == JNode::Kind::Array) {
            out += '[';
            for (size_t i = 0; i < v.items.size(); ++i) {
                if (i)
                    out += ',';
                filtered(v.items[i], selection, out);
            }
            out += ']';
            return;
        }
        out += '{';
        for (size_t i = 0; i < selection.size(); ++i) {
            if (i)
                out += ',';
            out += jsonQuote(selection[i].key()) + ":";
            if (const JNode* m = v.member(selection[i].name))
                filtered(*m, selection[i].selection, out);
            else
                out += "null";
        }
        out += '}';
    }

    void reference(const JNode& refs, const std::vector<GField>& selection, std::string& out)
    {
        out += '[';
        bool first = true;
        for (const auto& r : refs.items) {
            const JNode* beacon = r.member("beacon");
            std::string cls, id, err;
            if (!beacon || !Codec::parseBeacon(beacon->text, cls, id, err))
                continue;
            for (const auto& frag : selection) {
                if (frag.typeCondition != cls)
                    continue;
                const ClassData* target = m_ctx.store.findClass(cls);
                const StoredObject* obj = nullptr;
                if (target)
                    for (const auto& [t, shard] : target->shards)
                        if (auto o = shard.objects.find(id); o != shard.objects.end())
                            obj = &o->second;
                if (!obj)
                    continue;
                if (!first)
                    out += ',';
                first = false;
                object(*target, *obj, frag.selection, out);
            }
        }
        out += ']';
    }

    static void additional(const StoredObject& obj, const std::vector<GField>& selection, std::string& out)
    {
        out += '{';
        for (size_t i = 0; i < selection.size(); ++i) {
            const GField& f = selection[i];
            if (i)
                out += ',';
            out += jsonQuote(f.key()) + ":";
            if (f.name == "id") {
                out += '"' + obj.id + '"';
            } else if (f.name == "creationTimeUnix") {
                out += '"' + std::to_string(obj.creationTimeUnix) + '"'; // strings in GraphQL (notes 4.3)
            } else if (f.name == "lastUpdateTimeUnix") {
                out += '"' + std::to_string(obj.lastUpdateTimeUnix) + '"';
            } else if (f.name == "vector") {
                if (obj.vector.empty()) {
                    out += "[]";
                } else {
                    out += '[';
                    for (size_t k = 0; k < obj.vector.size(); ++k) {
                        if (k)
                            out += ',';
                        Codec::appendFloat32(out, obj.vector[k]);
                    }
                    out += ']';
                }
            } else if (f.name == "vectors") {
                out += '{';
                for (size_t k = 0; k < f.selection.size(); ++k) {
                    if (k)
                        out += ',';
                    const std::string& name = f.selection[k].name;
                    out += jsonQuote(f.selection[k].key()) + ":";
                    const auto v = obj.vectors.find(name);
                    if (v == obj.vectors.end()) {
                        out += "null";
                        continue;
                    }
                    const VectorValue& vv = v->second;
                    const size_t dim = vv.rows ? vv.flat.size() / static_cast<size_t>(vv.rows) : vv.flat.size();
                    if (vv.rows)
                        out += '[';
                    for (int r = 0; r < std::max(vv.rows, 1); ++r) {
                        if (r)
                            out += ',';
                        out += '[';
                        for (size_t d = 0; d < dim; ++d) {
                            if (d)
                                out += ',';
                            Codec::appendFloat32(out, vv.flat[static_cast<size_t>(r) * dim + d]);
                        }
                        out += ']';
                    }
                    if (vv.rows)
                        out += ']';
                }
                out += '}';
            } else {
                out += "null";
            }
        }
        out += '}';
    }

    const RequestContext& m_ctx;
    std::string m_rootKey; // the response name of the Get or Aggregate being run, for error paths
};

void appendErrors(std::string& out, const std::vector<GError>& errors)
{
    out += "\"errors\":[";
    for (size_t i = 0; i < errors.size(); ++i) {
        const GError& e = errors[i];
        if (i)
            out += ',';
        out += "{\"locations\":[";
        for (size_t k = 0; k <= e.morePos.size(); ++k) {
            const Pos& p = k == 0 ? e.pos : e.morePos[k - 1];
            out += (k ? ",{\"column\":" : "{\"column\":") + std::to_string(p.column)
                + ",\"line\":" + std::to_string(p.line) + '}';
        }
        out += "],\"message\":" + jsonQuote(e.message);
        if (!e.path.empty()) {
            out += ",\"path\":[";
            for (size_t k = 0; k < e.path.size(); ++k)
                out += (k ? "," : "") + jsonQuote(e.path[k]);
            out += ']';
        }
        out += '}';
    }
    out += ']';
}

} // namespace

HttpResponse graphql(const RequestContext& ctx)
{
    if (ctx.req.body.find_first_not_of(" \t\r\n") == std::string::npos)
        return swaggerError(602, "body in body is required");
    JNode body;
    {
        thread_local simdjson::ondemand::parser parser;
        Body padded(ctx.req);
        simdjson::ondemand::document doc;
        simdjson::ondemand::value value;
        simdjson::error_code e = padded.iterate(parser, doc);
        if (!e)
            e = doc.get_value().get(value);
        if (!e)
            e = Codec::toNode(value, body);
        if (e)
            return badJson(e);
    }
    const JNode* query = body.member("query");
    if (!query || query->kind != JNode::Kind::String || query->text.find_first_not_of(" \t\r\n") == std::string::npos)
        return weaviateError(422, "query cannot be empty");
    const JNode* variables = body.member("variables");
    Parser parser(query->text, variables && variables->kind == JNode::Kind::Object ? variables : nullptr);
    std::vector<GField> root;
    if (!parser.document(root)) {
        std::string out = "{\"data\":null,";
        appendErrors(out, {{parser.error, parser.errorPos, {}, {}}});
        out += '}';
        return HttpResponse::json(200, std::move(out));
    }
    std::shared_lock lock(ctx.store.mutex);
    Executor exec(ctx);
    exec.validate(root);
    std::string out = "{";
    if (exec.validationFailed) {
        out += "\"data\":null,";
        appendErrors(out, exec.errors);
        out += '}';
        return HttpResponse::json(200, std::move(out));
    }
    out += "\"data\":";
    exec.run(root, out);
    if (!exec.errors.empty()) {
        out += ',';
        appendErrors(out, exec.errors);
    }
    out += '}';
    return HttpResponse::json(200, std::move(out));
}

} // namespace Emu::ObjectApi
