// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Colvault {

// Turns a class as a server returned it (an archive's class.json) into a class another server accepts on
// POST /v1/schema (notes 2.4): renames the class and the reference dataTypes that point to renamed classes, drops
// the zeroed shardingConfig of multi-tenant classes, strips internal property fields (bucketGeneration,
// searchableBlockmax, also in nested properties), optionally rewrites every vectorizer to "none" (legacy and named
// vectors, with the modules' class and property moduleConfig removed) and sets the replication factor.
// Thread: stateless, any thread.
// Usage: QJsonObject body = ClassSanitizer::sanitize(archived, options);
class ClassSanitizer
{
public:
    struct Options
    {
        QMap<QString, QString> rename; // old class name -> new class name
        bool vectorizerNone = false;
        QStringList targetModules; // modules the target has; with vectorizerNone, other module configs go
        int replicationFactor = 0; // > 0: set replicationConfig.factor
    };

    static QJsonObject sanitize(const QJsonObject& archived, const Options& options);
    static QJsonObject sanitizeProperty(const QJsonObject& property, const Options& options);

    static bool isMultiTenant(const QJsonObject& cls);
    // Names of properties whose dataType names classes (cross-references).
    static QStringList referenceProperties(const QJsonObject& cls);
    static bool isReferenceType(const QJsonArray& dataType);
    // Every module the class needs: legacy vectorizer, named vectors' vectorizers, class moduleConfig keys.
    // "none" is not a module.
    static QStringList requiredModules(const QJsonObject& cls);
    // Vector index types of the class (legacy and named), and the tokenizations its properties use.
    static QStringList vectorIndexTypes(const QJsonObject& cls);
    static QStringList tokenizations(const QJsonObject& cls);
};

} // namespace Colvault
