// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClassSanitizer.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

QJsonArray stripNested(const QJsonArray& nested)
{
    QJsonArray out;
    for (const QJsonValue& v : nested) {
        QJsonObject p = v.toObject();
        p.remove(u"bucketGeneration"_s);
        p.remove(u"searchableBlockmax"_s);
        if (p.contains(u"nestedProperties"_s))
            p.insert(u"nestedProperties"_s, stripNested(p.value(u"nestedProperties"_s).toArray()));
        out.append(p);
    }
    return out;
}

bool isModuleName(const QString& name)
{
    return !name.isEmpty() && name != u"none";
}

} // namespace

bool ClassSanitizer::isMultiTenant(const QJsonObject& cls)
{
    return cls.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();
}

bool ClassSanitizer::isReferenceType(const QJsonArray& dataType)
{
    // Primitive types are lower-case ("text", "int[]", "geoCoordinates"); class names start upper-case.
    for (const QJsonValue& t : dataType) {
        const QString s = t.toString();
        if (!s.isEmpty() && s.at(0).isUpper())
            return true;
    }
    return false;
}

QStringList ClassSanitizer::referenceProperties(const QJsonObject& cls)
{
    QStringList out;
    for (const QJsonValue& v : cls.value(u"properties"_s).toArray()) {
        const QJsonObject p = v.toObject();
        if (isReferenceType(p.value(u"dataType"_s).toArray()))
            out << p.value(u"name"_s).toString();
    }
    return out;
}

QStringList ClassSanitizer::requiredModules(const QJsonObject& cls)
{
    QStringList out;
    const QString legacy = cls.value(u"vectorizer"_s).toString();
    if (isModuleName(legacy))
        out << legacy;
    const QJsonObject named = cls.value(u"vectorConfig"_s).toObject();
    for (auto it = named.begin(); it != named.end(); ++it) {
        const QJsonObject vectorizer = it.value().toObject().value(u"vectorizer"_s).toObject();
        for (auto m = vectorizer.begin(); m != vectorizer.end(); ++m)
            if (isModuleName(m.key()))
                out << m.key();
    }
    const QJsonObject modules = cls.value(u"moduleConfig"_s).toObject();
    for (auto it = modules.begin(); it != modules.end(); ++it)
        if (isModuleName(it.key()))
            out << it.key();
    out.removeDuplicates();
    return out;
}

QStringList ClassSanitizer::vectorIndexTypes(const QJsonObject& cls)
{
    QStringList out;
    if (cls.contains(u"vectorIndexType"_s))
        out << cls.value(u"vectorIndexType"_s).toString();
    const QJsonObject named = cls.value(u"vectorConfig"_s).toObject();
    for (auto it = named.begin(); it != named.end(); ++it)
        if (it.value().toObject().contains(u"vectorIndexType"_s))
            out << it.value().toObject().value(u"vectorIndexType"_s).toString();
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QStringList ClassSanitizer::tokenizations(const QJsonObject& cls)
{
    QStringList out;
    std::function<void(const QJsonArray&)> walk = [&](const QJsonArray& props) {
        for (const QJsonValue& v : props) {
            const QJsonObject p = v.toObject();
            if (p.contains(u"tokenization"_s))
                out << p.value(u"tokenization"_s).toString();
            walk(p.value(u"nestedProperties"_s).toArray());
        }
    };
    walk(cls.value(u"properties"_s).toArray());
    out.removeAll(QString());
    out.removeDuplicates();
    return out;
}

QJsonObject ClassSanitizer::sanitizeProperty(const QJsonObject& property, const Options& options)
{
    QJsonObject p = property;
    p.remove(u"bucketGeneration"_s);
    p.remove(u"searchableBlockmax"_s);
    if (p.contains(u"nestedProperties"_s))
        p.insert(u"nestedProperties"_s, stripNested(p.value(u"nestedProperties"_s).toArray()));
    const QJsonArray dataType = p.value(u"dataType"_s).toArray();
    if (isReferenceType(dataType)) {
        QJsonArray renamed;
        for (const QJsonValue& t : dataType)
            renamed.append(options.rename.value(t.toString(), t.toString()));
        p.insert(u"dataType"_s, renamed);
    }
    if (options.vectorizerNone && p.contains(u"moduleConfig"_s)) {
        // Property moduleConfig only configures vectorizers; without them it has nothing to say.
        QJsonObject modules = p.value(u"moduleConfig"_s).toObject();
        for (const QString& key : modules.keys())
            if (!options.targetModules.contains(key) || key.startsWith(u"text2vec-"_s)
                || key.startsWith(u"multi2vec-"_s) || key.startsWith(u"img2vec-"_s))
                modules.remove(key);
        if (modules.isEmpty())
            p.remove(u"moduleConfig"_s);
        else
            p.insert(u"moduleConfig"_s, modules);
    }
    return p;
}

QJsonObject ClassSanitizer::sanitize(const QJsonObject& archived, const Options& options)
{
    QJsonObject cls = archived;
    const QString name = cls.value(u"class"_s).toString();
    cls.insert(u"class"_s, options.rename.value(name, name));

    // A GET dump of a multi-tenant class carries an all-zero shardingConfig that POST rejects (notes 2.4.1).
    if (isMultiTenant(cls))
        cls.remove(u"shardingConfig"_s);

    QJsonArray properties;
    for (const QJsonValue& v : cls.value(u"properties"_s).toArray())
        properties.append(sanitizeProperty(v.toObject(), options));
    if (cls.contains(u"properties"_s))
        cls.insert(u"properties"_s, properties);

    if (options.vectorizerNone) {
        QStringList vectorizers;
        if (cls.contains(u"vectorizer"_s)) {
            vectorizers << cls.value(u"vectorizer"_s).toString();
            cls.insert(u"vectorizer"_s, u"none"_s);
        }
        QJsonObject named = cls.value(u"vectorConfig"_s).toObject();
        for (const QString& key : named.keys()) {
            QJsonObject vc = named.value(key).toObject();
            vectorizers += vc.value(u"vectorizer"_s).toObject().keys();
            vc.insert(u"vectorizer"_s, QJsonObject {{u"none"_s, QJsonObject()}});
            named.insert(key, vc);
        }
        if (cls.contains(u"vectorConfig"_s))
            cls.insert(u"vectorConfig"_s, named);
        // The vectorizers' own class config goes with them; so does any module the target does not have
        // (generative, reranker), which would make the create fail.
        QJsonObject modules = cls.value(u"moduleConfig"_s).toObject();
        for (const QString& key : modules.keys())
            if (vectorizers.contains(key) || !options.targetModules.contains(key))
                modules.remove(key);
        if (modules.isEmpty())
            cls.remove(u"moduleConfig"_s);
        else
            cls.insert(u"moduleConfig"_s, modules);
    }

    if (options.replicationFactor > 0) {
        QJsonObject replication = cls.value(u"replicationConfig"_s).toObject();
        replication.insert(u"factor"_s, options.replicationFactor);
        cls.insert(u"replicationConfig"_s, replication);
    }
    return cls;
}

} // namespace Colvault
