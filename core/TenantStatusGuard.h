// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMap>
#include <QStringList>

namespace Colvault {

class WeaviateClient;
struct HttpResult;

// The one place where an operation changes tenant activity statuses and puts them back: backup and clear activate
// COLD tenants to read or delete them, restore loads tenants HOT and then sets the status the archive recorded.
// Every status the operation must leave behind is remembered here, and putBack() writes them, also after a failure
// or cancel (the destructor calls it when the operation did not). It uses a client of its own without the cancel
// check: a canceled operation must still put back what it changed. Updates go SchemaClient::tenantsPerRequest at a
// time, grouped by class. Worker thread only.
//
// Usage: guard.activate(client, "Chat", {{"t1", "COLD"}}) … guard.putBack() → problems (empty when all went back).
class TenantStatusGuard
{
    Q_DECLARE_TR_FUNCTIONS(TenantStatusGuard)

public:
    struct Tenant
    {
        QString name;
        QString status; // the status to leave behind (for activate(): the tenant's status before)
    };

    explicit TenantStatusGuard(WeaviateEndpoint endpoint);
    ~TenantStatusGuard();
    TenantStatusGuard(const TenantStatusGuard&) = delete;
    TenantStatusGuard& operator=(const TenantStatusGuard&) = delete;

    // Sets `tenants` of `className` HOT through `client` (which honours cancel) and remembers each one's status
    // to put back. Tenants are remembered before the request is sent, so an activation whose answer was lost is
    // still undone.
    HttpResult activate(WeaviateClient& client, const QString& className, const QList<Tenant>& tenants);
    // Remembers that `tenant` of `className` must end with `status` (the last call for a tenant wins).
    void leaveAs(const QString& className, const QString& tenant, const QString& status);
    bool isEmpty() const { return m_pending.isEmpty(); }

    // Writes every remembered status and forgets them. Returns one line per class that could not be put back
    // (translated lead, the server's details), empty when everything is as it was meant to be.
    QStringList putBack();

private:
    WeaviateEndpoint m_endpoint;
    QMap<QString, QMap<QString, QString>> m_pending; // class -> tenant -> status to leave behind
};

} // namespace Colvault
