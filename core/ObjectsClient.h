// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateClient.h"

#include <string>

namespace Colvault {

// One page of GET /v1/objects: a cursor page of one class (and tenant), optionally with vectors.
struct ObjectsPageQuery
{
    QString className;
    QString tenant; // "" for a collection without multi-tenancy
    std::string after; // the cursor: the last id of the previous page, "" for the first page
    int limit = 1000;
    bool withVectors = true;
};

// Typed object and batch calls on a WeaviateClient, so that operations never spell a /v1 path and each call kind
// has one retry rule (docs/reliability.md, "Retries and reconciliation"). Same thread and cancel rules as the
// client. The start…() calls return a request on its way, collected with WeaviateClient::finish() (several can be
// in flight at once).
//
// Usage: ObjectsClient objects(client); auto page = objects.startPage(query); …; HttpResult r = client.finish(page);
class ObjectsClient
{
public:
    explicit ObjectsClient(WeaviateClient& client)
        : m_client(client)
    {
    }

    // GET /v1/objects?class=…&limit=…&after=…[&tenant=…][&include=vector]. Safe to repeat.
    HttpResult page(const ObjectsPageQuery& query);
    WeaviateClient::PendingRequest startPage(const ObjectsPageQuery& query);

    // GET /v1/objects/{class}/{id}[?tenant=…]: 404 comes back as a result with status 404.
    HttpResult object(const QString& className, const QString& id, const QString& tenant);

    // POST /v1/batch/objects. An upsert by id, so `Retry::Safe` repeats it after any transient failure.
    HttpResult batchObjects(const QByteArray& body);
    WeaviateClient::PendingRequest startBatchObjects(const QByteArray& body);

    // POST /v1/batch/references. Appends: a lost answer may have been applied, so only `Retry::UnlessApplied`.
    HttpResult batchReferences(const QByteArray& body);
    WeaviateClient::PendingRequest startBatchReferences(const QByteArray& body);

    // DELETE /v1/batch/objects[?tenant=…] with a match body. Repeating a match delete deletes what is left and
    // nothing else, so it is retried like any idempotent request.
    HttpResult deleteObjects(const QByteArray& body, const QString& tenant);
    WeaviateClient::PendingRequest startDeleteObjects(const QByteArray& body, const QString& tenant);

private:
    static QUrlQuery pageQuery(const ObjectsPageQuery& query);
    WeaviateClient& m_client;
};

} // namespace Colvault
