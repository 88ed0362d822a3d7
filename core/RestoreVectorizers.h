// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/RestorePlan.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Colvault {

// Re-vectorizing on restore and copy (RestoreVectors::Omit): the objects go without their vectors and the classes
// are created with the vectorizer modules the user chose, so the target computes new vectors on import ("switch the
// embedding model without re-ingesting the source"). The class was sanitised with vectorizerNone first (the old
// vectorizers and their class and property moduleConfig are gone); assign() puts the chosen modules in, with the
// server's defaults for their settings. Named vectors keep their names. A multi-vector gets a module only when it is
// named for it (text2vec modules make single vectors), otherwise "none": such vectors are not restored.
// Thread: stateless, any thread.
class RestoreVectorizers
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    // The module `vectorizers` gives vector `name` ("" = the class-level one): its own, else the one for "" (single
    // vectors only), else "none".
    static QString moduleFor(const QMap<QString, QString>& vectorizers, const QString& name, bool multi);
    // `cls` with every vectorizer set to its module (legacy `vectorizer`, `vectorConfig.NAME.vectorizer`).
    static QJsonObject assign(const QJsonObject& cls, const QMap<QString, QString>& vectorizers);
    // The vectors of a class as it is on the target: the class-level one first (when the class has one), then the
    // named vectors by name, each with its module.
    static QList<RestoreVectorizerPlan> describe(const QJsonObject& cls);
    // Usage errors of the parameters, before anything is read from the source: vectorizers without Omit.
    static OpError checkParams(const RestoreParams& params);
    // Every module the parameters name must be one of the target's (GET /v1/meta "modules"): one error that lists
    // what the target has.
    static OpError checkModules(const RestoreParams& params, const QStringList& targetModules);
    // Every NAME of NAME=MODULE must be a named vector of a collection in the plan (a typo would otherwise leave that
    // vector without a module, silently).
    static OpError checkNames(const RestoreParams& params, const QList<RestoreCollectionPlan>& collections);
    // The plan's lines about one collection's vectors: vectors no module computes, an existing class whose
    // vectorizers are kept instead of the chosen ones. `kept`: the class exists and is used as it is.
    static QStringList warnings(
        const RestoreParams& params, const QString& collection, const QList<RestoreVectorizerPlan>& vectors, bool kept);
};

} // namespace Colvault
