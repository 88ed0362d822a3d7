// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/StandInVectorizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <algorithm>
#include <cmath>
#include <cstdint>

using namespace Qt::StringLiterals;

namespace Emu::StandInVectorizer {

namespace {

bool isStandIn(const QString& module)
{
    return module.startsWith(u"text2vec-"_s);
}

bool isTextType(const QJsonObject& property)
{
    const QString type = property.value(u"dataType"_s).toArray().at(0).toString();
    return type == u"text"_s || type == u"text[]"_s || type == u"string"_s || type == u"string[]"_s;
}

// The text properties `module` reads, by name; `only` (a named vector's `properties`) limits them when not empty.
std::vector<Plan::TextProperty> textProperties(const QJsonObject& cls, const QString& module, const QJsonArray& only)
{
    std::vector<Plan::TextProperty> out;
    for (const QJsonValue& v : cls.value(u"properties"_s).toArray()) {
        const QJsonObject p = v.toObject();
        const QString name = p.value(u"name"_s).toString();
        if (!isTextType(p) || (!only.isEmpty() && !only.contains(name)))
            continue;
        const QJsonObject config = p.value(u"moduleConfig"_s).toObject().value(module).toObject();
        if (config.value(u"skip"_s).toBool())
            continue;
        out.push_back({name.toStdString(), config.value(u"vectorizePropertyName"_s).toBool()});
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return out;
}

Plan::Target target(const QJsonObject& cls, const QString& module, const QJsonObject& config)
{
    Plan::Target t;
    t.module = module.toStdString();
    t.vectorizeClassName = config.value(u"vectorizeClassName"_s).toBool(true);
    t.properties = textProperties(cls, module, config.value(u"properties"_s).toArray());
    return t;
}

// "BookReview" -> "book review", as Weaviate's camelCaseToLower.
std::string classWords(const std::string& name)
{
    std::string out;
    for (size_t i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool upper = c >= 'A' && c <= 'Z';
        if (upper && i > 0
            && ((name[i - 1] >= 'a' && name[i - 1] <= 'z') || (name[i - 1] >= '0' && name[i - 1] <= '9')))
            out += ' ';
        out += upper ? char(c - 'A' + 'a') : c;
    }
    return out;
}

std::string corpus(const ClassDef& def, const Plan::Target& t, const QJsonObject& properties)
{
    QStringList parts;
    if (t.vectorizeClassName)
        parts << QString::fromStdString(classWords(def.name));
    for (const Plan::TextProperty& p : t.properties) {
        const QJsonValue value = properties.value(QString::fromStdString(p.name));
        const QJsonArray values = value.isArray() ? value.toArray() : QJsonArray {value};
        for (const QJsonValue& v : values) {
            if (!v.isString())
                continue;
            parts << (p.withName ? QString::fromStdString(classWords(p.name)) + u' ' : QString()) + v.toString();
        }
    }
    return parts.join(u' ').toLower().toStdString();
}

uint64_t fnv1a(std::string_view word, uint64_t h = 1469598103934665603ULL)
{
    for (const unsigned char c : word) {
        h ^= c;
        h *= 1099511628211ULL;
    }
    return h;
}

bool isWordByte(unsigned char c)
{
    // ASCII letters and digits, and every byte of a multi-byte UTF-8 character (letters of other scripts).
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

} // namespace

Plan planFor(const ClassDef& def)
{
    Plan plan;
    const QJsonObject& cls = def.json;
    const QString legacy = cls.value(u"vectorizer"_s).toString();
    if (def.legacyVectorIndex && isStandIn(legacy)) {
        plan.legacy = true;
        plan.legacyTarget = target(cls, legacy, cls.value(u"moduleConfig"_s).toObject().value(legacy).toObject());
    }
    const QJsonObject vectorConfig = cls.value(u"vectorConfig"_s).toObject();
    for (auto it = vectorConfig.begin(); it != vectorConfig.end(); ++it) {
        const QJsonObject vectorizer = it.value().toObject().value(u"vectorizer"_s).toObject();
        const auto multi = def.namedVectors.find(it.key().toStdString());
        if (vectorizer.size() != 1 || !isStandIn(vectorizer.begin().key())
            || (multi != def.namedVectors.end() && multi->second))
            continue;
        plan.named.emplace(
            it.key().toStdString(), target(cls, vectorizer.begin().key(), vectorizer.begin().value().toObject()));
    }
    return plan;
}

std::vector<float> embed(std::string_view module, std::string_view text)
{
    const uint64_t seed = fnv1a(module);
    std::vector<float> v(kDimensions, 0.0F);
    bool any = false;
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && !isWordByte(static_cast<unsigned char>(text[i])))
            ++i;
        const size_t start = i;
        while (i < text.size() && isWordByte(static_cast<unsigned char>(text[i])))
            ++i;
        if (i == start)
            break;
        const uint64_t h = fnv1a(text.substr(start, i - start), seed);
        v[h % kDimensions] += (h >> 63) ? -1.0F : 1.0F;
        any = true;
    }
    double norm = 0;
    for (const float x : v)
        norm += double(x) * x;
    if (!any || norm == 0)
        return {};
    const double scale = 1.0 / std::sqrt(norm);
    for (float& x : v)
        x = float(x * scale);
    return v;
}

void vectorize(const ClassDef& def, const Plan& plan, StoredObject& obj)
{
    if (plan.empty())
        return;
    const QJsonObject properties = QJsonDocument::fromJson(QByteArray::fromStdString(obj.propertiesJson)).object();
    if (plan.legacy && obj.vector.empty())
        obj.vector = embed(plan.legacyTarget.module, corpus(def, plan.legacyTarget, properties));
    for (const auto& [name, t] : plan.named) {
        if (obj.vectors.count(name))
            continue;
        std::vector<float> v = embed(t.module, corpus(def, t, properties));
        if (!v.empty())
            obj.vectors[name].flat = std::move(v);
    }
}

std::string withEnabledModules(const std::string& modulesJson, std::string_view enableModules)
{
    QJsonObject modules = QJsonDocument::fromJson(QByteArray::fromStdString(modulesJson)).object();
    const QString list = QString::fromUtf8(enableModules.data(), qsizetype(enableModules.size()));
    for (const QString& raw : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = raw.trimmed();
        if (name.isEmpty() || modules.contains(name))
            continue;
        modules.insert(name,
            QJsonObject {{u"documentationHref"_s, u"https://weaviate.io/developers/weaviate/modules"_s},
                {u"name"_s, name + u" (emulator stand-in)"_s}});
    }
    return QJsonDocument(modules).toJson(QJsonDocument::Compact).toStdString();
}

} // namespace Emu::StandInVectorizer
