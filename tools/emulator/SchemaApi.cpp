// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tools/emulator/SchemaApi.h"

#include "tools/emulator/AliasApi.h"
#include "tools/emulator/Errors.h"
#include "tools/emulator/MiscApi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <mutex>
#include <set>
#include <shared_mutex>

using namespace Qt::StringLiterals;

namespace Emu::SchemaApi {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

std::string compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::string compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact).toStdString();
}

// Go's %v of a []string: "[a b]".
std::string goList(const QJsonArray& a)
{
    std::string out = "[";
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (i)
            out += " ";
        out += a.at(i).toString().toStdString();
    }
    return out + "]";
}

// Go's %q for the plain ASCII names that reach these messages.
std::string q(const QString& s)
{
    return jsonQuote(s.toStdString());
}

bool isUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}
bool isLetterOrUnderscore(QChar c)
{
    return (c >= u'a' && c <= u'z') || isUpper(c) || c == u'_';
}
bool isWordChar(QChar c)
{
    return isLetterOrUnderscore(c) || (c >= u'0' && c <= u'9');
}

bool validClassName(const QString& s)
{
    if (s.isEmpty() || s.size() > 255 || !isUpper(s.front()))
        return false;
    for (const QChar c : s)
        if (!isWordChar(c))
            return false;
    return true;
}

bool validPropertyChars(const QString& s)
{
    if (s.isEmpty() || !isLetterOrUnderscore(s.front()))
        return false;
    for (const QChar c : s)
        if (!isWordChar(c))
            return false;
    return true;
}

QString upperFirst(QString s)
{
    if (!s.isEmpty() && s.front() >= u'a' && s.front() <= u'z')
        s[0] = s.front().toUpper();
    return s;
}

QString lowerFirst(QString s)
{
    if (!s.isEmpty() && isUpper(s.front()))
        s[0] = s.front().toLower();
    return s;
}

const QStringList& primitiveTypes()
{
    static const QStringList types = {u"text"_s, u"text[]"_s, u"int"_s, u"int[]"_s, u"number"_s, u"number[]"_s,
        u"boolean"_s, u"boolean[]"_s, u"date"_s, u"date[]"_s, u"uuid"_s, u"uuid[]"_s, u"geoCoordinates"_s,
        u"phoneNumber"_s, u"blob"_s, u"string"_s, u"string[]"_s};
    return types;
}

bool isPrimitive(const QString& t, const EngineConfig& cfg)
{
    return primitiveTypes().contains(t) || (t == u"blobHash"_s && versionAtLeast(cfg.version, 1, 37));
}
bool isNestedType(const QString& t)
{
    return t == u"object"_s || t == u"object[]"_s;
}
bool isTextType(const QString& t)
{
    return t == u"text"_s || t == u"text[]"_s;
}
bool isStringType(const QString& t)
{
    return t == u"string"_s || t == u"string[]"_s;
}

QString firstType(const QJsonObject& p)
{
    const QJsonArray dt = p.value(u"dataType"_s).toArray();
    return dt.size() == 1 ? dt.at(0).toString() : QString();
}

// Keys the server knows; everything else is dropped on decode (go-swagger decodes into structs).
QJsonObject keepKnown(const QJsonObject& in, const QStringList& known)
{
    QJsonObject out;
    for (auto it = in.begin(); it != in.end(); ++it)
        if (known.contains(it.key()))
            out.insert(it.key(), it.value());
    return out;
}

QJsonObject mergeDefaults(QJsonObject defaults, const QJsonObject& given)
{
    for (auto it = given.begin(); it != given.end(); ++it) {
        const QJsonValue d = defaults.value(it.key());
        if (d.isObject() && it.value().isObject())
            defaults.insert(it.key(), mergeDefaults(d.toObject(), it.value().toObject()));
        else
            defaults.insert(it.key(), it.value());
    }
    return defaults;
}

QJsonObject hnswDefaults(const EngineConfig& cfg)
{
    QJsonObject o {{u"distance"_s, u"cosine"_s}, {u"ef"_s, -1}, {u"efConstruction"_s, 128}, {u"maxConnections"_s, 32},
        {u"dynamicEfMin"_s, 100}, {u"dynamicEfMax"_s, 500}, {u"dynamicEfFactor"_s, 8},
        {u"vectorCacheMaxObjects"_s, static_cast<qint64>(1000000000000LL)}, {u"flatSearchCutoff"_s, 40000},
        {u"cleanupIntervalSeconds"_s, 300}, {u"skip"_s, false},
        {u"pq"_s,
            QJsonObject {{u"enabled"_s, false}, {u"bitCompression"_s, false}, {u"segments"_s, 0}, {u"centroids"_s, 256},
                {u"trainingLimit"_s, 100000},
                {u"encoder"_s, QJsonObject {{u"type"_s, u"kmeans"_s}, {u"distribution"_s, u"log-normal"_s}}}}},
        {u"bq"_s, QJsonObject {{u"enabled"_s, false}}}};
    if (versionAtLeast(cfg.version, 1, 26))
        o.insert(u"sq"_s, QJsonObject {{u"enabled"_s, false}, {u"trainingLimit"_s, 100000}, {u"rescoreLimit"_s, 20}});
    if (versionAtLeast(cfg.version, 1, 27))
        o.insert(u"filterStrategy"_s, versionAtLeast(cfg.version, 1, 34) ? u"acorn"_s : u"sweeping"_s);
    if (versionAtLeast(cfg.version, 1, 29)) {
        QJsonObject mv {{u"enabled"_s, false}, {u"aggregation"_s, u"maxSim"_s}};
        if (versionAtLeast(cfg.version, 1, 31))
            mv.insert(u"muvera"_s,
                QJsonObject {{u"enabled"_s, false}, {u"ksim"_s, 4}, {u"dprojections"_s, 16}, {u"repetitions"_s, 10}});
        o.insert(u"multivector"_s, mv);
    }
    if (versionAtLeast(cfg.version, 1, 32))
        o.insert(u"rq"_s, QJsonObject {{u"enabled"_s, false}, {u"bits"_s, 8}, {u"rescoreLimit"_s, 20}});
    if (versionAtLeast(cfg.version, 1, 33)) {
        o.insert(u"skipDefaultQuantization"_s, false);
        o.insert(u"trackDefaultQuantization"_s, false);
    }
    return o;
}

QJsonObject flatDefaults()
{
    const QJsonObject quant {{u"enabled"_s, false}, {u"rescoreLimit"_s, -1}, {u"cache"_s, false}};
    return QJsonObject {{u"distance"_s, u"cosine"_s},
        {u"vectorCacheMaxObjects"_s, static_cast<qint64>(1000000000000LL)}, {u"pq"_s, quant}, {u"bq"_s, quant},
        {u"sq"_s, quant}};
}

QJsonObject indexConfigDefaults(const QString& type, const EngineConfig& cfg)
{
    if (type == u"flat"_s)
        return flatDefaults();
    if (type == u"dynamic"_s)
        return QJsonObject {{u"distance"_s, u"cosine"_s}, {u"threshold"_s, 10000}, {u"hnsw"_s, hnswDefaults(cfg)},
            {u"flat"_s, flatDefaults()}};
    return hnswDefaults(cfg);
}

bool moduleExists(const EngineConfig& cfg, const QString& module)
{
    const QJsonObject modules = QJsonDocument::fromJson(QByteArray::fromStdString(cfg.modulesJson)).object();
    return modules.contains(module);
}

// validateVectorIndexTypeBasic: "" when the type is usable on this server.
std::string checkIndexType(const QString& type, const EngineConfig& cfg)
{
    if (type == u"hnsw"_s || type == u"flat"_s)
        return {};
    if (type == u"dynamic"_s)
        return "the dynamic index can only be created when async indexing is enabled";
    if (type == u"hfresh"_s && versionAtLeast(cfg.version, 1, 39))
        return "the hfresh index is available only in experimental mode";
    return "unrecognized or unsupported vectorIndexType " + q(type);
}

std::string checkVectorizer(const QString& module, const EngineConfig& cfg)
{
    if (module == u"none"_s || moduleExists(cfg, module))
        return {};
    return "vectorizer: no module with name " + q(module) + " present";
}

const QStringList& propertyKeys()
{
    static const QStringList keys = {u"name"_s, u"dataType"_s, u"description"_s, u"tokenization"_s,
        u"indexFilterable"_s, u"indexSearchable"_s, u"indexRangeFilters"_s, u"indexInverted"_s, u"nestedProperties"_s,
        u"moduleConfig"_s, u"disableDuplicatedReferences"_s, u"textAnalyzer"_s};
    return keys;
}

QJsonArray cleanNested(const QJsonArray& in)
{
    static const QStringList keys = {u"name"_s, u"dataType"_s, u"description"_s, u"tokenization"_s,
        u"indexFilterable"_s, u"indexSearchable"_s, u"indexRangeFilters"_s, u"nestedProperties"_s, u"textAnalyzer"_s};
    QJsonArray out;
    for (const QJsonValue& v : in) {
        QJsonObject n = keepKnown(v.toObject(), keys);
        if (n.contains(u"nestedProperties"_s))
            n.insert(u"nestedProperties"_s, cleanNested(n.value(u"nestedProperties"_s).toArray()));
        out.append(n);
    }
    return out;
}

// Decoded shape of a property: unknown and internal fields (bucketGeneration, searchableBlockmax) dropped, the
// top-level name lower-first.
QJsonObject cleanProperty(const QJsonObject& in)
{
    QJsonObject p = keepKnown(in, propertyKeys());
    p.insert(u"name"_s, lowerFirst(p.value(u"name"_s).toString()));
    if (p.value(u"description"_s).toString().isEmpty())
        p.remove(u"description"_s);
    if (p.contains(u"nestedProperties"_s))
        p.insert(u"nestedProperties"_s, cleanNested(p.value(u"nestedProperties"_s).toArray()));
    return p;
}

void setNestedDefaults(QJsonArray& nested, const EngineConfig& cfg)
{
    for (qsizetype i = 0; i < nested.size(); ++i) {
        QJsonObject n = nested.at(i).toObject();
        const QString t = firstType(n);
        if (isTextType(t) && n.value(u"tokenization"_s).toString().isEmpty())
            n.insert(u"tokenization"_s, u"word"_s);
        if (!n.contains(u"indexFilterable"_s))
            n.insert(u"indexFilterable"_s, !(t == u"blob"_s || t == u"blobHash"_s));
        if (!n.contains(u"indexSearchable"_s))
            n.insert(u"indexSearchable"_s, isTextType(t));
        if (!n.contains(u"indexRangeFilters"_s) && versionAtLeast(cfg.version, 1, 26))
            n.insert(u"indexRangeFilters"_s, false);
        if (isNestedType(t)) {
            QJsonArray sub = n.value(u"nestedProperties"_s).toArray();
            setNestedDefaults(sub, cfg);
            n.insert(u"nestedProperties"_s, sub);
        }
        nested.replace(i, n);
    }
}

// setPropertyDefaults: tokenization and index flags.
void setPropertyDefaults(QJsonObject& p, const EngineConfig& cfg)
{
    const QString t = firstType(p);
    if ((isTextType(t) || isStringType(t)) && p.value(u"tokenization"_s).toString().isEmpty())
        p.insert(u"tokenization"_s, u"word"_s);
    const bool onlyInverted = p.contains(u"indexInverted"_s) && !p.contains(u"indexFilterable"_s)
        && !p.contains(u"indexSearchable"_s) && !p.contains(u"indexRangeFilters"_s);
    if (!onlyInverted) {
        if (!p.contains(u"indexFilterable"_s))
            p.insert(u"indexFilterable"_s, true);
        if (!p.contains(u"indexSearchable"_s))
            p.insert(u"indexSearchable"_s, isTextType(t) || isStringType(t));
        if (!p.contains(u"indexRangeFilters"_s) && versionAtLeast(cfg.version, 1, 26))
            p.insert(u"indexRangeFilters"_s, false);
    }
    if (isNestedType(t)) {
        QJsonArray nested = p.value(u"nestedProperties"_s).toArray();
        setNestedDefaults(nested, cfg);
        p.insert(u"nestedProperties"_s, nested);
    }
}

// migratePropertySettings: string -> text (word tokenization becomes whitespace), indexInverted folded in.
void migrateProperty(QJsonObject& p, const EngineConfig& cfg)
{
    const QString t = firstType(p);
    if (isStringType(t)) {
        p.insert(u"dataType"_s, QJsonArray {t == u"string"_s ? u"text"_s : u"text[]"_s});
        if (p.value(u"tokenization"_s).toString() == u"word"_s)
            p.insert(u"tokenization"_s, u"whitespace"_s);
    }
    if (p.contains(u"indexInverted"_s)) {
        const bool onlyInverted = !p.contains(u"indexFilterable"_s) && !p.contains(u"indexSearchable"_s)
            && !p.contains(u"indexRangeFilters"_s);
        if (onlyInverted && !p.value(u"indexInverted"_s).isNull()) {
            const bool inv = p.value(u"indexInverted"_s).toBool();
            p.insert(u"indexFilterable"_s, inv);
            p.insert(u"indexSearchable"_s, isTextType(firstType(p)) ? inv : false);
            if (versionAtLeast(cfg.version, 1, 26))
                p.insert(u"indexRangeFilters"_s, false);
        }
        p.remove(u"indexInverted"_s);
    }
}

void setPropertyModuleDefaults(QJsonObject& p, const QString& vectorizer)
{
    if (vectorizer.isEmpty() || vectorizer == u"none"_s)
        return;
    QJsonObject mc = p.value(u"moduleConfig"_s).toObject();
    mc.insert(vectorizer,
        mergeDefaults(
            QJsonObject {{u"skip"_s, false}, {u"vectorizePropertyName"_s, false}}, mc.value(vectorizer).toObject()));
    p.insert(u"moduleConfig"_s, mc);
}

std::string validateNested(const QJsonArray& nested, const QString& prefix, const EngineConfig& cfg)
{
    if (nested.isEmpty())
        return "property '" + prefix.toStdString()
            + "': At least one nested property is required for data type object/object[]";
    for (const QJsonValue& v : nested) {
        const QJsonObject n = v.toObject();
        const QString name = n.value(u"name"_s).toString();
        if (!validPropertyChars(name))
            return "'" + name.toStdString() + "' is not a valid nested property name of '" + prefix.toStdString()
                + "'. NestedProperty names in Weaviate are restricted to valid GraphQL names, which must be "
                  "\u201c/[_A-Za-z][_0-9A-Za-z]*/\u201d";
        const std::string propName = (prefix + u'.' + name).toStdString();
        const QString t = firstType(n);
        const bool primitive = isPrimitive(t, cfg);
        const bool nestedType = isNestedType(t);
        if (primitive && isStringType(t))
            return "property '" + propName + "': data type '" + t.toStdString()
                + "' is deprecated and not allowed as nested property";
        if (primitive && (t == u"geoCoordinates"_s || t == u"phoneNumber"_s))
            return "property '" + propName + "': data type '" + t.toStdString() + "' not allowed as nested property";
        if (!primitive && !nestedType)
            return "property '" + propName + "': reference data type not allowed";
        const QString tok = n.value(u"tokenization"_s).toString();
        if (primitive && isTextType(t)) {
            if (tok != u"field"_s && tok != u"word"_s && tok != u"whitespace"_s && tok != u"lowercase"_s)
                return "property '" + propName + "': Tokenization '" + tok.toStdString()
                    + "' is not allowed for data type '" + t.toStdString() + "'";
        } else if (!tok.isEmpty()) {
            if (primitive)
                return "property '" + propName + "': Tokenization is not allowed for data type '" + t.toStdString()
                    + "'";
            return "property '" + propName + "': Tokenization is not allowed for object/object[] data types";
        }
        if (nestedType) {
            const std::string sub = validateNested(n.value(u"nestedProperties"_s).toArray(), prefix + u'.' + name, cfg);
            if (!sub.empty())
                return sub;
        }
    }
    return {};
}

// validateProperty. `existing` holds lower-cased names already in the class; `relaxed` allows references to
// classes that do not exist yet (class creation).
std::string validateProperty(const QJsonObject& p, const QString& className, const std::set<QString>& existing,
    bool relaxed, const Store& store, const EngineConfig& cfg)
{
    const QString name = p.value(u"name"_s).toString();
    const std::string n = name.toStdString();
    if (name.size() > 231)
        return "'" + n + "' is not a valid property name. Name should not be longer than 231 characters";
    if (!validPropertyChars(name))
        return "'" + n
            + "' is not a valid property name. Property names in Weaviate are restricted to valid "
              "GraphQL names, which must be \u201c/[_A-Za-z][_0-9A-Za-z]{0,230}/\u201d";
    if (name == u"_additional"_s || name == u"_id"_s || name == u"id"_s)
        return "'" + n + "' is a reserved property name";
    if (existing.count(name.toLower()))
        return "class " + q(className) + ": conflict for property " + q(name)
            + ": already in use or provided multiple times";

    const QJsonArray dt = p.value(u"dataType"_s).toArray();
    const std::string dtPrefix = "property '" + n + "': invalid dataType: " + goList(dt) + ": ";
    if (dt.isEmpty())
        return dtPrefix + "dataType must have at least one element";
    const QString t = dt.at(0).toString();
    const bool single = dt.size() == 1;
    const bool primitive = single && isPrimitive(t, cfg);
    const bool nestedType = single && isNestedType(t);
    if (single && !primitive && !nestedType) {
        if (t.isEmpty())
            return dtPrefix + "dataType cannot be an empty string";
        if (!isUpper(t.front()))
            return dtPrefix + "unknown primitive data type '" + t.toStdString() + "'";
    }
    const bool reference = !primitive && !nestedType;
    if (reference) {
        for (const QJsonValue& v : dt) {
            const QString target = v.toString();
            if (!validClassName(target))
                return dtPrefix + "'" + target.toStdString() + "' is not a valid class name";
            if (!relaxed && target != className && !store.findClass(target.toStdString()))
                return dtPrefix + "reference property to nonexistent class";
        }
    }

    if (nestedType) {
        const std::string err = validateNested(p.value(u"nestedProperties"_s).toArray(), name, cfg);
        if (!err.empty())
            return err;
    } else if (!p.value(u"nestedProperties"_s).toArray().isEmpty()) {
        return "property '" + n + "': nestedProperties not allowed for data types other than object/object[]";
    }

    const QString tok = p.value(u"tokenization"_s).toString();
    if (primitive && (isTextType(t) || isStringType(t))) {
        static const QStringList allowedText = {u"field"_s, u"word"_s, u"whitespace"_s, u"lowercase"_s, u"trigram"_s};
        if (isStringType(t) ? !(tok == u"field"_s || tok == u"word"_s) : !allowedText.contains(tok)) {
            if (tok == u"gse"_s)
                return "the GSE tokenizer is not enabled; set 'ENABLE_TOKENIZER_GSE' to 'true' to enable";
            if (tok == u"gse_ch"_s)
                return "the Chinese tokenizer is not enabled; set 'ENABLE_TOKENIZER_GSE_CH' to 'true' to enable";
            if (tok == u"kagome_kr"_s)
                return "the Korean tokenizer is not enabled; set 'ENABLE_TOKENIZER_KAGOME_KR' to 'true' to enable";
            if (tok == u"kagome_ja"_s)
                return "the Japanese tokenizer is not enabled; set 'ENABLE_TOKENIZER_KAGOME_JA' to 'true' to enable";
            return "tokenization '" + tok.toStdString() + "' is not allowed for data type '" + t.toStdString() + "'";
        }
    } else if (!tok.isEmpty()) {
        if (primitive)
            return "tokenization is not allowed for data type '" + t.toStdString() + "'";
        if (nestedType)
            return "tokenization is not allowed for object/object[] data types";
        return "tokenization is not allowed for reference data type";
    }

    if (p.contains(u"indexInverted"_s) && !p.value(u"indexInverted"_s).isNull()
        && (p.contains(u"indexFilterable"_s) || p.contains(u"indexSearchable"_s) || p.contains(u"indexRangeFilters"_s)))
        return "`indexInverted` is deprecated and can not be set together with `indexFilterable`, "
               "`indexSearchable` or `indexRangeFilters`";
    if (p.value(u"indexSearchable"_s).toBool() && !(primitive && (isTextType(t) || isStringType(t))))
        return "`indexSearchable` is allowed only for text/text[] data types. "
               "For other data types set false or leave empty";
    if (p.value(u"indexRangeFilters"_s).toBool()
        && !(primitive && (t == u"int"_s || t == u"number"_s || t == u"date"_s)))
        return "`indexRangeFilters` is allowed only for number/int/date data types. "
               "For other data types set false or leave empty";
    return {};
}

bool hasLegacyVectorIndex(const QJsonObject& c)
{
    return !c.value(u"vectorizer"_s).toString().isEmpty() || !c.value(u"vectorIndexType"_s).toString().isEmpty()
        || (c.contains(u"vectorIndexConfig"_s) && !c.value(u"vectorIndexConfig"_s).isNull());
}

bool hasNamedVectors(const QJsonObject& c)
{
    return !c.value(u"vectorConfig"_s).toObject().isEmpty();
}

const QStringList& classKeys(const EngineConfig& cfg)
{
    static const QStringList base = {u"class"_s, u"description"_s, u"properties"_s, u"vectorizer"_s,
        u"vectorIndexType"_s, u"vectorIndexConfig"_s, u"vectorConfig"_s, u"moduleConfig"_s, u"invertedIndexConfig"_s,
        u"replicationConfig"_s, u"shardingConfig"_s, u"multiTenancyConfig"_s};
    static const QStringList withTtl = base + QStringList {u"objectTtlConfig"_s};
    return versionAtLeast(cfg.version, 1, 35) ? withTtl : base;
}

QJsonObject multiTenancyOut(const QJsonObject& given, const EngineConfig& cfg)
{
    QJsonObject mt {{u"enabled"_s, given.value(u"enabled"_s).toBool()}};
    if (versionAtLeast(cfg.version, 1, 25))
        mt.insert(u"autoTenantCreation"_s, given.value(u"autoTenantCreation"_s).toBool());
    if (versionAtLeast(cfg.version, 1, 26))
        mt.insert(u"autoTenantActivation"_s, given.value(u"autoTenantActivation"_s).toBool());
    return mt;
}

QJsonObject shardingOut(const QJsonObject& given, bool multiTenant, const EngineConfig& cfg)
{
    if (multiTenant)
        return QJsonObject {{u"virtualPerPhysical"_s, 0}, {u"desiredCount"_s, 0}, {u"actualCount"_s, 0},
            {u"desiredVirtualCount"_s, 0}, {u"actualVirtualCount"_s, 0}, {u"key"_s, u""_s}, {u"strategy"_s, u""_s},
            {u"function"_s, u""_s}};
    const qint64 vpp
        = given.value(u"virtualPerPhysical"_s).toInteger() > 0 ? given.value(u"virtualPerPhysical"_s).toInteger() : 128;
    const qint64 desired
        = given.value(u"desiredCount"_s).toInteger() > 0 ? given.value(u"desiredCount"_s).toInteger() : cfg.nodeCount;
    return QJsonObject {{u"virtualPerPhysical"_s, vpp}, {u"desiredCount"_s, desired}, {u"actualCount"_s, desired},
        {u"desiredVirtualCount"_s, desired * vpp}, {u"actualVirtualCount"_s, desired * vpp}, {u"key"_s, u"_id"_s},
        {u"strategy"_s, u"hash"_s}, {u"function"_s, u"murmur3"_s}};
}

// setClassDefaults: the inverted index's defaults (omitempty booleans dropped).
void setInvertedIndexDefaults(QJsonObject& c, const EngineConfig& cfg)
{
    QJsonObject inverted = c.value(u"invertedIndexConfig"_s).toObject();
    if (versionAtLeast(cfg.version, 1, 30) && !inverted.value(u"usingBlockMaxWAND"_s).toBool())
        inverted.insert(u"usingBlockMaxWAND"_s, true);
    if (inverted.value(u"cleanupIntervalSeconds"_s).toInteger() == 0)
        inverted.insert(u"cleanupIntervalSeconds"_s, 60);
    if (!inverted.value(u"bm25"_s).isObject())
        inverted.insert(u"bm25"_s, QJsonObject {{u"b"_s, 0.75}, {u"k1"_s, 1.2}});
    if (!inverted.value(u"stopwords"_s).isObject())
        inverted.insert(u"stopwords"_s,
            QJsonObject {
                {u"preset"_s, u"en"_s}, {u"additions"_s, QJsonValue::Null}, {u"removals"_s, QJsonValue::Null}});
    for (const QString& k : {u"indexTimestamps"_s, u"indexNullState"_s, u"indexPropertyLength"_s})
        if (inverted.contains(k) && !inverted.value(k).toBool())
            inverted.remove(k); // omitempty
    c.insert(u"invertedIndexConfig"_s, inverted);
}

// setClassDefaults: the replication config's defaults, which depend on the version.
QJsonObject replicationWithDefaults(QJsonObject replication, const EngineConfig& cfg)
{
    if (replication.value(u"factor"_s).toInteger() < 1)
        replication.insert(u"factor"_s, 1);
    if (versionAtLeast(cfg.version, 1, 27) && replication.value(u"deletionStrategy"_s).toString().isEmpty())
        replication.insert(u"deletionStrategy"_s, u"TimeBasedResolution"_s);
    if (versionAtLeast(cfg.version, 1, 26) && !versionAtLeast(cfg.version, 1, 38)
        && !replication.contains(u"asyncEnabled"_s))
        replication.insert(u"asyncEnabled"_s, false);
    if (versionAtLeast(cfg.version, 1, 38))
        replication.remove(u"asyncEnabled"_s);
    return replication;
}

// validateVectorSettings and moduleConfig.ValidateClass: index types, vectorizers, multi-vector rules. Returns "" or
// the error.
std::string validateVectorSettings(const QJsonObject& c, const QJsonObject& vectorConfig, const EngineConfig& cfg)
{
    const QString vectorizer = c.value(u"vectorizer"_s).toString();
    if (hasLegacyVectorIndex(c)) {
        std::string err = checkIndexType(c.value(u"vectorIndexType"_s).toString(), cfg);
        if (err.empty())
            err = checkVectorizer(vectorizer, cfg);
        if (!err.empty())
            return err;
        if (c.value(u"vectorIndexConfig"_s).toObject().value(u"multivector"_s).toObject().value(u"enabled"_s).toBool())
            return "class.VectorIndexConfig multi vector type index type is only configurable using named vectors";
    }
    for (auto it = vectorConfig.begin(); it != vectorConfig.end(); ++it) {
        const QJsonObject vc = it.value().toObject();
        const std::string prefix = "target vector " + q(it.key()) + ": ";
        const QJsonObject vec = vc.value(u"vectorizer"_s).toObject();
        if (vec.size() == 1) {
            const std::string err = checkVectorizer(vec.begin().key(), cfg);
            if (!err.empty())
                return prefix + err;
        }
        const QString type = vc.value(u"vectorIndexType"_s).toString();
        const std::string err = checkIndexType(type, cfg);
        if (!err.empty())
            return prefix + err;
        const bool multi = vc.value(u"vectorIndexConfig"_s)
                               .toObject()
                               .value(u"multivector"_s)
                               .toObject()
                               .value(u"enabled"_s)
                               .toBool();
        if (multi && type != u"hnsw"_s)
            return prefix + "multi vector index is only supported with hnsw index type";
    }
    // moduleConfig.ValidateClass: the named-vector vectorizer shape.
    for (auto it = vectorConfig.begin(); it != vectorConfig.end(); ++it) {
        const QJsonValue vec = it.value().toObject().value(u"vectorizer"_s);
        if (!vec.isObject())
            return "class.VectorConfig.Vectorizer must be an object, got <nil>";
        if (vec.toObject().size() != 1)
            return "class.VectorConfig.Vectorizer must consist only 1 configuration, got: "
                + std::to_string(vec.toObject().size());
        const QString module = vec.toObject().begin().key();
        if (module != u"none"_s && !moduleExists(cfg, module))
            return "class.VectorConfig.Vectorizer module with name " + module.toStdString() + " doesn't exist";
    }
    return {};
}

// Everything a class gets from the server that does not depend on whether it is new: vector, inverted,
// replication and property defaults, plus the expanded index configs. Returns "" or the validation error.
// `isNew` adds the creation-only checks (legacy+named vectors, raft, replicas); dupes are checked by the caller.
std::string defaultAndValidate(QJsonObject& c, const EngineConfig& cfg, const Store& store, bool isNew)
{
    const QString className = c.value(u"class"_s).toString();

    QJsonArray props;
    for (const QJsonValue& v : c.value(u"properties"_s).toArray())
        props.append(cleanProperty(v.toObject()));

    if (isNew) {
        static const char* const suffixes[]
            = {"_searchable", "_rangeable", "_temp", "__meta_count", "_propertyLength", "_nullState"};
        for (const QJsonValue& v : props) {
            const QString name = v.toObject().value(u"name"_s).toString();
            for (const char* s : suffixes)
                if (name.endsWith(QLatin1String(s)))
                    return "'" + name.toStdString() + "' is not a valid property name: suffix '" + s
                        + "' is reserved for internal indices";
        }
    }

    // setNewClassDefaults
    const QJsonObject mtGiven = c.value(u"multiTenancyConfig"_s).toObject();
    const bool multiTenant = mtGiven.value(u"enabled"_s).toBool();
    if (isNew && multiTenant && c.contains(u"shardingConfig"_s) && !c.value(u"shardingConfig"_s).isNull())
        return "cannot have both shardingConfig and multiTenancyConfig";

    // setClassDefaults: legacy vector fields only without named vectors (or with an explicit legacy index).
    const bool named = hasNamedVectors(c);
    if (!named || hasLegacyVectorIndex(c)) {
        if (c.value(u"vectorizer"_s).toString().isEmpty())
            c.insert(u"vectorizer"_s, u"none"_s);
        if (c.value(u"vectorIndexType"_s).toString().isEmpty())
            c.insert(u"vectorIndexType"_s, u"hnsw"_s);
    }
    QJsonObject vectorConfig = c.value(u"vectorConfig"_s).toObject();
    for (auto it = vectorConfig.begin(); it != vectorConfig.end(); ++it) {
        QJsonObject vc = it.value().toObject();
        if (vc.value(u"vectorIndexType"_s).toString().isEmpty())
            vc.insert(u"vectorIndexType"_s, u"hnsw"_s);
        it.value() = vc;
    }
    if (named)
        c.insert(u"vectorConfig"_s, vectorConfig);

    setInvertedIndexDefaults(c, cfg);

    for (qsizetype i = 0; i < props.size(); ++i) {
        QJsonObject p = props.at(i).toObject();
        setPropertyDefaults(p, cfg);
        props.replace(i, p);
    }

    const QJsonObject replication = replicationWithDefaults(c.value(u"replicationConfig"_s).toObject(), cfg);
    c.insert(u"replicationConfig"_s, replication);

    // validateCanAddClass
    if (isNew && hasLegacyVectorIndex(c) && named)
        return "creating a class with both a class level vector index and named vectors is forbidden";
    if (std::string err = nameError(className, "class"); !err.empty())
        return err;
    // An update compares properties against the stored ones instead (only descriptions may differ).
    std::set<QString> existing;
    for (const QJsonValue& v : isNew ? props : QJsonArray()) {
        const std::string err = validateProperty(v.toObject(), className, existing, true, store, cfg);
        if (!err.empty())
            return err;
        existing.insert(v.toObject().value(u"name"_s).toString().toLower());
    }

    const QString vectorizer = c.value(u"vectorizer"_s).toString();
    if (std::string err = validateVectorSettings(c, vectorConfig, cfg); !err.empty())
        return err;

    // validateMT
    if (!multiTenant && mtGiven.value(u"autoTenantCreation"_s).toBool())
        return "can't enable autoTenantCreation on a non-multi-tenant class";
    if (!multiTenant && mtGiven.value(u"autoTenantActivation"_s).toBool())
        return "can't enable autoTenantActivation on a non-multi-tenant class";

    // Migration and parsing (after validation, as the server does).
    for (qsizetype i = 0; i < props.size(); ++i) {
        QJsonObject p = props.at(i).toObject();
        migrateProperty(p, cfg);
        setPropertyModuleDefaults(p, hasLegacyVectorIndex(c) ? vectorizer : QString());
        props.replace(i, p);
    }
    if (props.isEmpty() && !c.value(u"properties"_s).isArray())
        c.insert(u"properties"_s, QJsonValue::Null); // models.Class.Properties is not omitempty
    else
        c.insert(u"properties"_s, props);

    if (hasLegacyVectorIndex(c)) {
        c.insert(u"vectorIndexConfig"_s,
            mergeDefaults(indexConfigDefaults(c.value(u"vectorIndexType"_s).toString(), cfg),
                c.value(u"vectorIndexConfig"_s).toObject()));
        if (vectorizer != u"none"_s) {
            QJsonObject mc = c.value(u"moduleConfig"_s).toObject();
            mc.insert(vectorizer,
                mergeDefaults(QJsonObject {{u"vectorizeClassName"_s, true}}, mc.value(vectorizer).toObject()));
            c.insert(u"moduleConfig"_s, mc);
        }
    }
    for (auto it = vectorConfig.begin(); it != vectorConfig.end(); ++it) {
        QJsonObject vc = it.value().toObject();
        vc.insert(u"vectorIndexConfig"_s,
            mergeDefaults(indexConfigDefaults(vc.value(u"vectorIndexType"_s).toString(), cfg),
                vc.value(u"vectorIndexConfig"_s).toObject()));
        it.value() = vc;
    }
    if (named)
        c.insert(u"vectorConfig"_s, vectorConfig);

    c.insert(u"multiTenancyConfig"_s, multiTenancyOut(mtGiven, cfg));
    if (c.value(u"description"_s).toString().isEmpty())
        c.remove(u"description"_s);

    if (isNew) {
        if (className.compare(u"raft"_s, Qt::CaseInsensitive) == 0)
            return "parse class name: class name `raft` is reserved";
        c.insert(u"shardingConfig"_s, shardingOut(c.value(u"shardingConfig"_s).toObject(), multiTenant, cfg));
        const qint64 factor = replication.value(u"factor"_s).toInteger();
        if (factor > cfg.nodeCount)
            return "init sharding state: not enough replicas: found " + std::to_string(cfg.nodeCount) + " want "
                + std::to_string(factor);
    }
    return {};
}

PropertyDef propertyDefFromJson(const QJsonObject& p)
{
    PropertyDef d;
    d.name = p.value(u"name"_s).toString().toStdString();
    for (const QJsonValue& v : p.value(u"dataType"_s).toArray())
        d.dataType.push_back(v.toString().toStdString());
    for (const QJsonValue& v : p.value(u"nestedProperties"_s).toArray())
        d.nested.push_back(propertyDefFromJson(v.toObject()));
    d.disableDuplicatedReferences = p.value(u"disableDuplicatedReferences"_s).toBool(false);
    return d;
}

std::string stripForCompare(QJsonObject p)
{
    p.remove(u"description"_s);
    return compact(p);
}

} // namespace

QJsonObject parseObjectBody(const RequestContext& ctx, const char* goType, HttpResponse* error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(ctx.req.body));
    if (doc.isObject())
        return doc.object();
    const char* kind = doc.isArray() ? "array" : "value";
    std::string msg = "json: cannot unmarshal ";
    msg += kind;
    msg += " into Go value of type ";
    msg += goType;
    *error = bodyParseError(msg);
    return {};
}

std::string nameError(const QString& name, const char* kind)
{
    if (name.size() > 255)
        return "'" + name.toStdString() + "' is not a valid " + kind
            + " name. Name should not be longer than 255 characters";
    if (!validClassName(name))
        return "'" + name.toStdString() + "' is not a valid " + kind + " name";
    return {};
}

ClassDef classDefFromJson(const QJsonObject& json)
{
    ClassDef d;
    d.name = json.value(u"class"_s).toString().toStdString();
    d.json = json;
    for (const QJsonValue& v : json.value(u"properties"_s).toArray())
        d.properties.push_back(propertyDefFromJson(v.toObject()));
    const QJsonObject mt = json.value(u"multiTenancyConfig"_s).toObject();
    d.multiTenant = mt.value(u"enabled"_s).toBool();
    d.autoTenantCreation = mt.value(u"autoTenantCreation"_s).toBool();
    d.autoTenantActivation = mt.value(u"autoTenantActivation"_s).toBool();
    d.legacyVectorIndex = hasLegacyVectorIndex(json) || !hasNamedVectors(json);
    const QJsonObject vc = json.value(u"vectorConfig"_s).toObject();
    for (auto it = vc.begin(); it != vc.end(); ++it)
        d.namedVectors[it.key().toStdString()] = it.value()
                                                     .toObject()
                                                     .value(u"vectorIndexConfig"_s)
                                                     .toObject()
                                                     .value(u"multivector"_s)
                                                     .toObject()
                                                     .value(u"enabled"_s)
                                                     .toBool();
    return d;
}

bool createClassLocked(
    Store& store, const EngineConfig& config, QJsonObject cls, QJsonObject* created, std::string* error)
{
    cls = keepKnown(cls, classKeys(config));
    cls.insert(u"class"_s, upperFirst(cls.value(u"class"_s).toString()));
    std::string err = defaultAndValidate(cls, config, store, true);
    if (err.empty()) {
        // The RAFT apply step: exact and case-insensitive clashes, with aliases first (PreApplyFilter).
        const QString name = cls.value(u"class"_s).toString();
        err = AliasApi::classNameClash(store, config, name.toStdString());
        for (auto it = store.classes.begin(); err.empty() && it != store.classes.end(); ++it) {
            const QString other = qs(it->first);
            if (other == name)
                err = versionAtLeast(config.version, 1, 25) ? "class name " + name.toStdString() + " already exists"
                                                            : "class name " + q(name) + " already exists";
            else if (other.compare(name, Qt::CaseInsensitive) == 0)
                err = "class already exists: found similar class " + q(other);
        }
    }
    if (!err.empty()) {
        if (error)
            *error = err;
        return false;
    }
    ClassData data;
    data.def = classDefFromJson(cls);
    if (!data.def.multiTenant)
        data.shards.emplace(std::string(), Shard {});
    store.classes[data.def.name] = std::move(data);
    if (created)
        *created = cls;
    return true;
}

bool addPropertyLocked(Store& store, const EngineConfig& config, std::string_view cls, QJsonObject prop,
    QJsonObject* created, std::string* error)
{
    auto fail = [error](std::string msg) {
        if (error)
            *error = std::move(msg);
        return false;
    };
    QJsonObject p = cleanProperty(prop);
    const QString name = p.value(u"name"_s).toString();
    static const char* const suffixes[]
        = {"_searchable", "_rangeable", "_temp", "__meta_count", "_propertyLength", "_nullState"};
    for (const char* s : suffixes)
        if (name.endsWith(QLatin1String(s)))
            return fail("'" + name.toStdString() + "' is not a valid property name: suffix '" + s
                + "' is reserved for internal indices");
    ClassData* data = store.findClass(cls);
    if (!data)
        return fail("class " + jsonQuote(Store::normaliseClassName(cls)) + ": not found");
    QJsonObject c = data->def.json;
    const QString className = c.value(u"class"_s).toString();
    setPropertyDefaults(p, config);
    std::set<QString> existing;
    for (const QJsonValue& v : c.value(u"properties"_s).toArray())
        existing.insert(v.toObject().value(u"name"_s).toString().toLower());
    std::string err = validateProperty(p, className, existing, false, store, config);
    if (!err.empty())
        return fail(err);
    migrateProperty(p, config);
    setPropertyModuleDefaults(p, hasLegacyVectorIndex(c) ? c.value(u"vectorizer"_s).toString() : QString());
    QJsonArray props = c.value(u"properties"_s).toArray();
    props.append(p);
    c.insert(u"properties"_s, props);
    data->def = classDefFromJson(c);
    if (created)
        *created = p;
    return true;
}

HttpResponse list(const RequestContext& ctx)
{
    std::shared_lock lock(ctx.store.mutex);
    QJsonArray classes;
    for (const auto& [name, data] : ctx.store.classes)
        classes.append(data.def.json);
    return HttpResponse::json(200, "{\"classes\":" + compact(classes) + "}");
}

HttpResponse get(const RequestContext& ctx, std::string_view cls)
{
    std::shared_lock lock(ctx.store.mutex);
    const ClassData* data = ctx.store.findClass(cls);
    if (!data)
        return HttpResponse::empty(404);
    return HttpResponse::json(200, compact(data->def.json));
}

HttpResponse create(const RequestContext& ctx)
{
    HttpResponse bad;
    const QJsonObject body = parseObjectBody(ctx, "models.Class", &bad);
    if (bad.status != 200)
        return bad;
    std::unique_lock lock(ctx.store.mutex);
    QJsonObject created;
    std::string error;
    if (!createClassLocked(ctx.store, ctx.config, body, &created, &error))
        return weaviateError(422, error);
    return HttpResponse::json(200, compact(created));
}

namespace {

// The HNSW knobs fixed at build time: the first one `n` changes from `o`, as the 422 message; "" when none.
std::string hnswImmutableChange(const QJsonObject& o, const QJsonObject& n)
{
    for (const QString& k : {u"efConstruction"_s, u"maxConnections"_s, u"cleanupIntervalSeconds"_s, u"distance"_s}) {
        if (o.contains(k) && o.value(k) != n.value(k)) {
            const QJsonValue a = o.value(k);
            const QJsonValue b = n.value(k);
            const QString as = a.isString() ? a.toString() : QString::number(a.toInteger());
            const QString bs = b.isString() ? b.toString() : QString::number(b.toInteger());
            return k.toStdString() + " is immutable: attempted change from " + q(as) + " to " + q(bs);
        }
    }
    const bool om = o.value(u"multivector"_s).toObject().value(u"enabled"_s).toBool();
    const bool nm = n.value(u"multivector"_s).toObject().value(u"enabled"_s).toBool();
    if (om != nm)
        return "multivector enabled is immutable: attempted change from \"" + std::string(om ? "true" : "false")
            + "\" to \"" + std::string(nm ? "true" : "false") + "\"";
    return {};
}

// PUT /v1/schema/{c}: the same properties, where only descriptions may differ.
bool onlyDescriptionsDiffer(const QJsonArray& oldProps, const QJsonArray& newProps)
{
    bool propsOk = oldProps.size() == newProps.size();
    for (qsizetype i = 0; propsOk && i < oldProps.size(); ++i) {
        const QJsonObject o = oldProps.at(i).toObject();
        bool found = false;
        for (const QJsonValue& v : newProps)
            if (v.toObject().value(u"name"_s) == o.value(u"name"_s)) {
                found = stripForCompare(v.toObject()) == stripForCompare(o);
                break;
            }
        propsOk = found;
    }
    return propsOk;
}

} // namespace

HttpResponse update(const RequestContext& ctx, std::string_view cls)
{
    HttpResponse bad;
    QJsonObject body = parseObjectBody(ctx, "models.Class", &bad);
    if (bad.status != 200)
        return bad;
    std::unique_lock lock(ctx.store.mutex);
    ClassData* data = ctx.store.findClass(cls);
    if (!data)
        return HttpResponse::empty(404);
    const QJsonObject& old = data->def.json;
    const QString oldName = old.value(u"class"_s).toString();

    QJsonObject c = keepKnown(body, classKeys(ctx.config));
    const QString newName = upperFirst(c.value(u"class"_s).toString());
    c.insert(u"class"_s, newName);
    if (newName != oldName)
        return weaviateError(422, "class name is immutable: attempted change from " + q(oldName) + " to " + q(newName));
    if (!c.contains(u"shardingConfig"_s) || c.value(u"shardingConfig"_s).isNull())
        c.insert(u"shardingConfig"_s, old.value(u"shardingConfig"_s));
    const std::string err = defaultAndValidate(c, ctx.config, ctx.store, false);
    if (!err.empty())
        return weaviateError(422, err);

    auto immutable = [](const char* what, const QString& from, const QString& to) {
        return weaviateError(
            422, std::string(what) + " is immutable: attempted change from " + q(from) + " to " + q(to));
    };
    if (c.value(u"vectorizer"_s).toString() != old.value(u"vectorizer"_s).toString())
        return immutable("vectorizer", old.value(u"vectorizer"_s).toString(), c.value(u"vectorizer"_s).toString());
    if (c.value(u"vectorIndexType"_s).toString() != old.value(u"vectorIndexType"_s).toString())
        return immutable(
            "vector index type", old.value(u"vectorIndexType"_s).toString(), c.value(u"vectorIndexType"_s).toString());

    // Named vectors: existing ones keep vectorizer and index type; new ones may be added.
    const QJsonObject oldVc = old.value(u"vectorConfig"_s).toObject();
    const QJsonObject newVc = c.value(u"vectorConfig"_s).toObject();
    for (auto it = oldVc.begin(); it != oldVc.end(); ++it) {
        if (!newVc.contains(it.key()))
            return weaviateError(422, "missing config for vector " + q(it.key()));
        const QJsonObject o = it.value().toObject();
        const QJsonObject n = newVc.value(it.key()).toObject();
        if (o.value(u"vectorizer"_s) != n.value(u"vectorizer"_s))
            return weaviateError(
                422, "vectorizer config of vector " + q(it.key()) + " is immutable for class " + newName.toStdString());
        if (o.value(u"vectorIndexType"_s) != n.value(u"vectorIndexType"_s))
            return immutable("vector index type", o.value(u"vectorIndexType"_s).toString(),
                n.value(u"vectorIndexType"_s).toString());
    }

    // Properties: same set, only descriptions may change.
    const bool propsOk
        = onlyDescriptionsDiffer(old.value(u"properties"_s).toArray(), c.value(u"properties"_s).toArray());
    if (!propsOk)
        return weaviateError(422,
            "property fields other than description cannot be updated through updating the "
            "class. Use the add property feature (e.g. \"POST /v1/schema/{className}/"
            "properties\") to add additional properties");

    const bool oldMt = old.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();
    const bool newMt = c.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();
    if (oldMt && !newMt)
        return weaviateError(422, "disabling multi-tenancy for an existing class is not supported");
    if (!oldMt && newMt)
        return weaviateError(422, "enabling multi-tenancy for an existing class is not supported");

    const QJsonObject oldShard = old.value(u"shardingConfig"_s).toObject();
    QJsonObject newShard = shardingOut(c.value(u"shardingConfig"_s).toObject(), newMt, ctx.config);
    if (newMt)
        newShard = oldShard;
    if (newShard.value(u"desiredCount"_s).toInteger() != oldShard.value(u"desiredCount"_s).toInteger())
        return weaviateError(422,
            "re-sharding not supported yet: shard count is immutable: attempted change from \""
                + std::to_string(oldShard.value(u"desiredCount"_s).toInteger()) + "\" to \""
                + std::to_string(newShard.value(u"desiredCount"_s).toInteger()) + "\"");
    if (newShard.value(u"virtualPerPhysical"_s).toInteger() != oldShard.value(u"virtualPerPhysical"_s).toInteger())
        return weaviateError(422,
            "virtual shards per physical is immutable: attempted change from \""
                + std::to_string(oldShard.value(u"virtualPerPhysical"_s).toInteger()) + "\" to \""
                + std::to_string(newShard.value(u"virtualPerPhysical"_s).toInteger()) + "\"");
    c.insert(u"shardingConfig"_s, oldShard);

    const QJsonObject oldInv = old.value(u"invertedIndexConfig"_s).toObject();
    const QJsonObject newInv = c.value(u"invertedIndexConfig"_s).toObject();
    for (const QString& k : {u"indexTimestamps"_s, u"indexNullState"_s, u"indexPropertyLength"_s})
        if (oldInv.value(k).toBool() != newInv.value(k).toBool())
            return weaviateError(422, k.toStdString() + " cannot be changed when updating a schema");

    if (c.value(u"vectorIndexType"_s).toString() == u"hnsw"_s) {
        const std::string e = hnswImmutableChange(
            old.value(u"vectorIndexConfig"_s).toObject(), c.value(u"vectorIndexConfig"_s).toObject());
        if (!e.empty())
            return weaviateError(422, e);
    }
    for (auto it = oldVc.begin(); it != oldVc.end(); ++it) {
        if (it.value().toObject().value(u"vectorIndexType"_s).toString() != u"hnsw"_s)
            continue;
        const std::string e = hnswImmutableChange(it.value().toObject().value(u"vectorIndexConfig"_s).toObject(),
            newVc.value(it.key()).toObject().value(u"vectorIndexConfig"_s).toObject());
        if (!e.empty())
            return weaviateError(422, e);
    }

    const qint64 factor = c.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInteger();
    if (factor > ctx.config.nodeCount)
        return weaviateError(422,
            "cannot scale to " + std::to_string(factor) + " replicas, cluster has only "
                + std::to_string(ctx.config.nodeCount) + " nodes");

    ClassDef def = classDefFromJson(c);
    data->def = std::move(def);
    return HttpResponse::json(200, compact(c));
}

HttpResponse remove(const RequestContext& ctx, std::string_view cls)
{
    std::unique_lock lock(ctx.store.mutex);
    ctx.store.classes.erase(Store::normaliseClassName(cls));
    return HttpResponse::empty(200);
}

HttpResponse addProperty(const RequestContext& ctx, std::string_view cls)
{
    HttpResponse bad;
    const QJsonObject body = parseObjectBody(ctx, "models.Property", &bad);
    if (bad.status != 200)
        return bad;
    std::unique_lock lock(ctx.store.mutex);
    QJsonObject created;
    std::string error;
    if (!addPropertyLocked(ctx.store, ctx.config, cls, body, &created, &error))
        return weaviateError(422, error);
    return HttpResponse::json(200, compact(created));
}

HttpResponse shards(const RequestContext& ctx, std::string_view cls)
{
    std::shared_lock lock(ctx.store.mutex);
    const ClassData* data = ctx.store.findClass(cls);
    if (!data)
        return weaviateError(404, "class " + Store::normaliseClassName(cls) + " not found");
    const std::string* tenant = ctx.req.queryValue("tenant");
    QJsonArray out;
    for (const auto& [name, shard] : data->shards) {
        if (tenant && *tenant != name)
            continue;
        const QString status = shard.status == "HOT" ? u"READY"_s : qs(shard.status);
        out.append(QJsonObject {{u"name"_s, qs(physicalShardName(data->def.name, name))}, {u"status"_s, status},
            {u"vectorQueueSize"_s, 0}});
    }
    return HttpResponse::json(200, compact(out));
}

} // namespace Emu::SchemaApi
