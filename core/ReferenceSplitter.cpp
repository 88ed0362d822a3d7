// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ReferenceSplitter.h"

#include <algorithm>
#include <cstdio>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace Colvault {

namespace {

QString fromView(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

// Weaviate's property names need no escaping ([_A-Za-z][_0-9A-Za-z]*), but the text may come from an archive,
// which is untrusted: whatever JSON requires is escaped.
void appendJsonString(std::string& out, std::string_view s)
{
    out.push_back('"');
    for (const char c : s) {
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof(buf), "\\u%04x", unsigned(static_cast<unsigned char>(c)));
            out.append(buf);
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
}

// The value's JSON text as written (objects and arrays whole), without the blanks that may follow a scalar.
bool rawValue(od::value& v, std::string_view* raw)
{
    od::json_type type;
    if (v.type().get(type))
        return false;
    if (type == od::json_type::object) {
        od::object o;
        if (v.get_object().get(o) || o.raw_json().get(*raw))
            return false;
    } else if (type == od::json_type::array) {
        od::array a;
        if (v.get_array().get(a) || a.raw_json().get(*raw))
            return false;
    } else {
        *raw = v.raw_json_token();
    }
    while (!raw->empty() && (raw->back() == ' ' || raw->back() == '\t' || raw->back() == '\n' || raw->back() == '\r'))
        raw->remove_suffix(1);
    return true;
}

// [{"beacon": "weaviate://localhost/Class/uuid", "href": …}, …] into the beacons, in order.
bool readBeacons(od::value& v, std::string_view name, std::vector<std::string>* beacons, QString* problem)
{
    od::array refs;
    if (v.get_array().get(refs)) {
        *problem = u"reference property \"%1\" is not an array"_s.arg(fromView(name));
        return false;
    }
    for (auto r : refs) {
        od::object ref;
        std::string_view beacon;
        if (r.get_object().get(ref) || ref.find_field_unordered("beacon").get_string().get(beacon)) {
            *problem = u"a reference of \"%1\" has no beacon"_s.arg(fromView(name));
            return false;
        }
        beacons->emplace_back(beacon);
    }
    return true;
}

} // namespace

struct ReferenceSplitter::Impl
{
    od::parser parser;
};

ReferenceSplitter::ReferenceSplitter()
    : d(std::make_unique<Impl>())
{
}

ReferenceSplitter::~ReferenceSplitter() = default;

void ReferenceSplitter::setNames(const QSet<QString>& names)
{
    m_names.clear();
    for (const QString& n : names)
        m_names.push_back(n.toStdString());
}

bool ReferenceSplitter::split(
    std::string_view properties, std::string* without, References* references, QString* problem)
{
    without->clear();
    references->clear();
    m_padded.assign(properties);
    m_padded.resize(properties.size() + simdjson::SIMDJSON_PADDING);
    od::document doc;
    od::object props;
    if (d->parser.iterate(m_padded.data(), properties.size(), m_padded.size()).get(doc)
        || doc.get_object().get(props)) {
        *problem = u"properties is not an object"_s;
        return false;
    }
    without->push_back('{');
    for (auto p : props) {
        std::string_view name;
        od::value v;
        if (p.unescaped_key().get(name) || p.value().get(v)) {
            *problem = u"bad property"_s;
            return false;
        }
        if (std::find(m_names.begin(), m_names.end(), name) != m_names.end()) {
            auto& entry = references->emplace_back(std::string(name), std::vector<std::string> {});
            if (!readBeacons(v, name, &entry.second, problem))
                return false;
            continue;
        }
        std::string_view raw;
        if (!rawValue(v, &raw)) {
            *problem = u"bad value of property \"%1\""_s.arg(fromView(name));
            return false;
        }
        if (without->size() > 1)
            without->push_back(',');
        appendJsonString(*without, name);
        without->push_back(':');
        without->append(raw);
    }
    without->push_back('}');
    return true;
}

} // namespace Colvault
