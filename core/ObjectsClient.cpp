// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ObjectsClient.h"

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

QUrlQuery tenantQuery(const QString& tenant)
{
    QUrlQuery q;
    if (!tenant.isEmpty())
        q.addQueryItem(u"tenant"_s, tenant);
    return q;
}

} // namespace

QUrlQuery ObjectsClient::pageQuery(const ObjectsPageQuery& query)
{
    QUrlQuery q;
    q.addQueryItem(u"class"_s, query.className);
    q.addQueryItem(u"limit"_s, QString::number(query.limit));
    if (query.withVectors)
        q.addQueryItem(u"include"_s, u"vector"_s);
    if (!query.after.empty())
        q.addQueryItem(u"after"_s, QString::fromStdString(query.after));
    if (!query.tenant.isEmpty())
        q.addQueryItem(u"tenant"_s, query.tenant);
    return q;
}

HttpResult ObjectsClient::page(const ObjectsPageQuery& query)
{
    return m_client.get(u"/v1/objects"_s, pageQuery(query));
}

WeaviateClient::PendingRequest ObjectsClient::startPage(const ObjectsPageQuery& query)
{
    return m_client.startGet(u"/v1/objects"_s, pageQuery(query));
}

HttpResult ObjectsClient::object(const QString& className, const QString& id, const QString& tenant)
{
    return m_client.get(u"/v1/objects/"_s + className + u'/' + id, tenantQuery(tenant));
}

HttpResult ObjectsClient::batchObjects(const QByteArray& body)
{
    return m_client.send("POST", u"/v1/batch/objects"_s, body, {}, Retry::Safe);
}

WeaviateClient::PendingRequest ObjectsClient::startBatchObjects(const QByteArray& body)
{
    return m_client.startSend("POST", u"/v1/batch/objects"_s, body, {}, Retry::Safe);
}

HttpResult ObjectsClient::batchReferences(const QByteArray& body)
{
    return m_client.send("POST", u"/v1/batch/references"_s, body, {}, Retry::UnlessApplied);
}

WeaviateClient::PendingRequest ObjectsClient::startBatchReferences(const QByteArray& body)
{
    return m_client.startSend("POST", u"/v1/batch/references"_s, body, {}, Retry::UnlessApplied);
}

HttpResult ObjectsClient::deleteObjects(const QByteArray& body, const QString& tenant)
{
    return m_client.send("DELETE", u"/v1/batch/objects"_s, body, tenantQuery(tenant), Retry::Safe);
}

WeaviateClient::PendingRequest ObjectsClient::startDeleteObjects(const QByteArray& body, const QString& tenant)
{
    return m_client.startSend("DELETE", u"/v1/batch/objects"_s, body, tenantQuery(tenant), Retry::Safe);
}

} // namespace Colvault
