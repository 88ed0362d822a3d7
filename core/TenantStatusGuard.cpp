// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/TenantStatusGuard.h"

#include "core/Logging.h"
#include "core/SchemaClient.h"
#include "core/WeaviateClient.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Colvault {

TenantStatusGuard::TenantStatusGuard(WeaviateEndpoint endpoint)
    : m_endpoint(std::move(endpoint))
{
}

TenantStatusGuard::~TenantStatusGuard()
{
    if (!m_pending.isEmpty())
        putBack();
}

HttpResult TenantStatusGuard::activate(WeaviateClient& client, const QString& className, const QList<Tenant>& tenants)
{
    QJsonArray body;
    for (const Tenant& t : tenants) {
        leaveAs(className, t.name, t.status);
        body.append(QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, u"HOT"_s}});
    }
    return SchemaClient(client).updateTenants(className, body);
}

void TenantStatusGuard::leaveAs(const QString& className, const QString& tenant, const QString& status)
{
    m_pending[className].insert(tenant, status);
}

QStringList TenantStatusGuard::putBack()
{
    QStringList problems;
    WeaviateClient client(m_endpoint);
    SchemaClient schema(client);
    for (auto c = m_pending.cbegin(); c != m_pending.cend(); ++c) {
        QJsonArray statuses;
        for (auto t = c.value().cbegin(); t != c.value().cend(); ++t)
            statuses.append(QJsonObject {{u"name"_s, t.key()}, {u"activityStatus"_s, t.value()}});
        if (const HttpResult r = schema.updateTenants(c.key(), statuses); !r.ok()) {
            qCWarning(lcCore).noquote() << "could not put back tenant statuses of" << c.key() << ":" << r.error.details;
            problems << tr("The tenant statuses of %1 could not be put back: %2 %3")
                            .arg(c.key(), r.error.message, r.error.details)
                            .trimmed();
        }
    }
    m_pending.clear();
    return problems;
}

} // namespace Colvault
