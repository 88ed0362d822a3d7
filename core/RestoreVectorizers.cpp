// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreVectorizers.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

bool isMulti(const QJsonObject& vectorConfig)
{
    return vectorConfig.value(u"vectorIndexConfig"_s)
        .toObject()
        .value(u"multivector"_s)
        .toObject()
        .value(u"enabled"_s)
        .toBool();
}

// A class has a class-level vector unless it has only named vectors (Weaviate then leaves out `vectorizer` and
// `vectorIndexType`).
bool hasLegacyVector(const QJsonObject& cls)
{
    return cls.contains(u"vectorizer"_s) || cls.contains(u"vectorIndexType"_s)
        || cls.value(u"vectorConfig"_s).toObject().isEmpty();
}

} // namespace

QString RestoreVectorizers::moduleFor(const QMap<QString, QString>& vectorizers, const QString& name, bool multi)
{
    if (const auto it = vectorizers.constFind(name); it != vectorizers.constEnd())
        return *it;
    if (!multi)
        if (const auto it = vectorizers.constFind(QString()); it != vectorizers.constEnd())
            return *it;
    return u"none"_s;
}

QJsonObject RestoreVectorizers::assign(const QJsonObject& cls, const QMap<QString, QString>& vectorizers)
{
    QJsonObject out = cls;
    if (hasLegacyVector(cls))
        out.insert(u"vectorizer"_s, moduleFor(vectorizers, QString(), false));
    QJsonObject named = cls.value(u"vectorConfig"_s).toObject();
    for (auto it = named.begin(); it != named.end(); ++it) {
        QJsonObject vc = it.value().toObject();
        vc.insert(u"vectorizer"_s, QJsonObject {{moduleFor(vectorizers, it.key(), isMulti(vc)), QJsonObject()}});
        it.value() = vc;
    }
    if (!named.isEmpty())
        out.insert(u"vectorConfig"_s, named);
    return out;
}

QList<RestoreVectorizerPlan> RestoreVectorizers::describe(const QJsonObject& cls)
{
    QList<RestoreVectorizerPlan> out;
    if (hasLegacyVector(cls)) {
        const QString module = cls.value(u"vectorizer"_s).toString();
        out.append({QString(), module.isEmpty() ? u"none"_s : module, false, 0});
    }
    const QJsonObject named = cls.value(u"vectorConfig"_s).toObject();
    for (auto it = named.begin(); it != named.end(); ++it) {
        const QJsonObject vc = it.value().toObject();
        const QStringList modules = vc.value(u"vectorizer"_s).toObject().keys();
        out.append({it.key(), modules.isEmpty() ? u"none"_s : modules.first(), isMulti(vc), 0});
    }
    return out;
}

OpError RestoreVectorizers::checkParams(const RestoreParams& params)
{
    if (params.vectors != RestoreVectors::Omit && !params.vectorizers.isEmpty())
        return OpError::make(OpError::Code::Usage,
            tr("A vectorizer is chosen only for objects written without their vectors (--vectors omit)."));
    return {};
}

OpError RestoreVectorizers::checkModules(const RestoreParams& params, const QStringList& targetModules)
{
    if (params.vectors != RestoreVectors::Omit)
        return {};
    for (const QString& module : params.vectorizers)
        if (module != u"none"_s && !targetModules.contains(module))
            return OpError::make(OpError::Code::Usage,
                targetModules.isEmpty()
                    ? tr("The target has no module \"%1\"; it has no modules enabled at all.").arg(module)
                    : tr("The target has no module \"%1\"; its modules are: %2.")
                          .arg(module, targetModules.join(u", "_s)));
    return {};
}

OpError RestoreVectorizers::checkNames(const RestoreParams& params, const QList<RestoreCollectionPlan>& collections)
{
    for (auto it = params.vectorizers.begin(); it != params.vectorizers.end(); ++it) {
        if (it.key().isEmpty())
            continue;
        const bool found = std::any_of(collections.begin(), collections.end(), [&](const RestoreCollectionPlan& c) {
            return std::any_of(c.vectorizers.begin(), c.vectorizers.end(),
                [&](const RestoreVectorizerPlan& v) { return v.vector == it.key(); });
        });
        if (!found)
            return OpError::make(OpError::Code::Usage,
                tr("No collection in the plan has a named vector \"%1\"; check the name given to --vectorizer.")
                    .arg(it.key()));
    }
    return {};
}

QStringList RestoreVectorizers::warnings(
    const RestoreParams& params, const QString& collection, const QList<RestoreVectorizerPlan>& vectors, bool kept)
{
    QStringList out;
    bool differs = false;
    for (const RestoreVectorizerPlan& v : vectors)
        differs = differs || moduleFor(params.vectorizers, v.vector, v.multi) != v.module;
    if (kept && differs)
        out << tr("\"%1\" exists on the target and keeps its own vectorizers, not the ones chosen; they compute the "
                  "vectors of the objects written.")
                   .arg(collection);
    for (const RestoreVectorizerPlan& v : vectors) {
        if (v.module != u"none"_s)
            continue;
        if (v.vector.isEmpty())
            out << tr("The objects of \"%1\" are written without vectors and no module computes them: the "
                      "collection will have no vectors.")
                       .arg(collection);
        else if (v.multi)
            out << tr("The multi-vector \"%2\" of \"%1\" is omitted: no multi-vector module was chosen for it, so "
                      "the collection will have no \"%2\" vectors.")
                       .arg(collection, v.vector);
        else
            out << tr("The objects of \"%1\" are written without the vector \"%2\" and no module computes it: the "
                      "collection will have no \"%2\" vectors.")
                       .arg(collection, v.vector);
    }
    return out;
}

} // namespace Colvault
