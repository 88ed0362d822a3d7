// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateClient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace Colvault {

// Typed schema and tenant writes on a WeaviateClient, each with its rule for failures (docs/reliability.md,
// "Retries and reconciliation"), so the tasks never spell a /v1 path and every write kind is retried the same way:
// - idempotent calls (update or drop a class, create, update or delete tenants) retry every transient failure;
// - creates that are not idempotent (a class, a property) retry only where the server certainly did not act, and
//   after an ambiguous failure read back what the server holds: they go on when it is what was sent, send again
//   when nothing is there, and stop with a specific error when something else is there.
// Same thread and cancel rules as the client. Each call returns the final HttpResult (ok, canceled, or error).
//
// Usage: SchemaClient schema(client); if (const HttpResult r = schema.createClass(name, body); !r.ok()) …
class SchemaClient
{
    Q_DECLARE_TR_FUNCTIONS(SchemaClient)

public:
    // Weaviate's cap on tenants per PUT /v1/schema/{c}/tenants (usecases/schema/tenant.go: validateTenants with
    // allowOverHundred false for updates only); creates and deletes take any number, but use the same size so that
    // no request carries an unbounded body.
    static constexpr int tenantsPerRequest = 100;

    explicit SchemaClient(WeaviateClient& client)
        : m_client(client)
    {
    }

    HttpResult createClass(const QString& name, const QByteArray& classBody); // POST /v1/schema
    HttpResult updateClass(const QString& name, const QByteArray& classBody); // PUT /v1/schema/{c}
    HttpResult dropClass(const QString& name); // DELETE /v1/schema/{c}
    HttpResult addProperty(const QString& className, const QJsonObject& property); // POST …/properties
    // `tenants`: [{"name": …, "activityStatus": …}]; sent tenantsPerRequest at a time, a few such requests in
    // flight at once. An empty list sends nothing.
    HttpResult createTenants(const QString& className, const QJsonArray& tenants); // POST …/tenants
    HttpResult updateTenants(const QString& className, const QJsonArray& tenants); // PUT …/tenants
    HttpResult deleteTenants(const QString& className, const QStringList& names); // DELETE …/tenants

    // True when `existing` (as GET /v1/schema/{c} returns it, with server defaults) is the class `sent` describes:
    // same name, same properties with the same data types, same multi-tenancy and the same named vectors.
    static bool sameClass(const QJsonObject& sent, const QJsonObject& existing);

private:
    HttpResult inChunks(const QByteArray& method, const QString& path, const QJsonArray& items);
    // After an ambiguous create: 1 the server holds what was sent, 0 it holds nothing, -1 it holds something else
    // or the read failed (*result is then the error to return).
    int readBackClass(const QString& name, const QJsonObject& sent, HttpResult* result);
    int readBackProperty(const QString& className, const QJsonObject& property, HttpResult* result);

    WeaviateClient& m_client;
};

} // namespace Colvault
