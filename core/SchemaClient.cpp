// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/SchemaClient.h"

#include "core/Logging.h"

#include <QJsonDocument>
#include <QMap>
#include <deque>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// Read back and sent again at most this often after ambiguous failures in a row (each send retries on its own).
constexpr int maxReconcileRounds = 3;
// Tenant chunks in flight at once (see inChunks).
constexpr qsizetype chunksInFlight = 4;

QByteArray compact(const QJsonArray& a)
{
    return QJsonDocument(a).toJson(QJsonDocument::Compact);
}

QString classPath(const QString& name)
{
    return u"/v1/schema/"_s + name;
}

// The server lower-cases the first character of a top-level property name (notes 0.2).
QString propertyName(const QJsonObject& property)
{
    QString name = property.value(u"name"_s).toString();
    if (!name.isEmpty())
        name[0] = name[0].toLower();
    return name;
}

// Property name -> its dataType joined with ",".
QMap<QString, QString> propertyTypes(const QJsonObject& cls)
{
    QMap<QString, QString> out;
    for (const QJsonValue& p : cls.value(u"properties"_s).toArray()) {
        QStringList types;
        for (const QJsonValue& t : p.toObject().value(u"dataType"_s).toArray())
            types << t.toString();
        out.insert(propertyName(p.toObject()), types.join(u','));
    }
    return out;
}

HttpResult succeeded(int attempts)
{
    HttpResult r;
    r.status = 200;
    r.attempts = attempts;
    return r;
}

} // namespace

bool SchemaClient::sameClass(const QJsonObject& sent, const QJsonObject& existing)
{
    const auto multiTenant
        = [](const QJsonObject& c) { return c.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool(); };
    return sent.value(u"class"_s).toString().compare(existing.value(u"class"_s).toString(), Qt::CaseInsensitive) == 0
        && propertyTypes(sent) == propertyTypes(existing) && multiTenant(sent) == multiTenant(existing)
        && sent.value(u"vectorConfig"_s).toObject().keys() == existing.value(u"vectorConfig"_s).toObject().keys();
}

int SchemaClient::readBackClass(const QString& name, const QJsonObject& sent, HttpResult* result)
{
    const HttpResult r = m_client.get(classPath(name));
    if (r.status == 404)
        return 0;
    if (!r.ok()) {
        *result = r;
        return -1;
    }
    if (sameClass(sent, QJsonDocument::fromJson(r.body).object()))
        return 1;
    result->error = OpError::make(OpError::Code::Conflict,
        tr("The connection failed while collection \"%1\" was being created, and the server "
           "now holds a collection of that name that differs from it.")
            .arg(name),
        u"GET /v1/schema/"_s + name + u": "_s + QString::fromUtf8(r.body.left(2000)));
    return -1;
}

int SchemaClient::readBackProperty(const QString& className, const QJsonObject& property, HttpResult* result)
{
    const HttpResult r = m_client.get(classPath(className));
    if (!r.ok()) {
        *result = r;
        return -1;
    }
    const QString name = property.value(u"name"_s).toString();
    for (const QJsonValue& p : QJsonDocument::fromJson(r.body).object().value(u"properties"_s).toArray()) {
        if (propertyName(p.toObject()) != propertyName(property))
            continue;
        if (p.toObject().value(u"dataType"_s) == property.value(u"dataType"_s))
            return 1;
        result->error = OpError::make(OpError::Code::Conflict,
            tr("The connection failed while property \"%1\" was being added to \"%2\", and "
               "the server now holds a property of that name with another data type.")
                .arg(name, className),
            QString::fromUtf8(QJsonDocument(p.toObject()).toJson(QJsonDocument::Compact)));
        return -1;
    }
    return 0;
}

HttpResult SchemaClient::createClass(const QString& name, const QByteArray& classBody)
{
    const QJsonObject sent = QJsonDocument::fromJson(classBody).object();
    HttpResult r = m_client.send("POST", u"/v1/schema"_s, classBody, {}, Retry::UnlessApplied);
    // After a lost answer the class may exist: a resend would then fail with 422 "already exists".
    bool ambiguous = r.maybeApplied;
    for (int round = 0; !r.ok() && !r.canceled && ambiguous && round < maxReconcileRounds; ++round) {
        qCDebug(lcClient).noquote() << "reading back class" << name << "after" << r.error.details;
        HttpResult readBack;
        const int found = readBackClass(name, sent, &readBack);
        if (found != 0)
            return found > 0 ? succeeded(r.attempts) : readBack;
        r = m_client.send("POST", u"/v1/schema"_s, classBody, {}, Retry::UnlessApplied);
        ambiguous = r.maybeApplied || r.status == 422;
    }
    return r;
}

HttpResult SchemaClient::addProperty(const QString& className, const QJsonObject& property)
{
    const QByteArray body = QJsonDocument(property).toJson(QJsonDocument::Compact);
    const QString path = classPath(className) + u"/properties"_s;
    HttpResult r = m_client.send("POST", path, body, {}, Retry::UnlessApplied);
    bool ambiguous = r.maybeApplied;
    for (int round = 0; !r.ok() && !r.canceled && ambiguous && round < maxReconcileRounds; ++round) {
        HttpResult readBack;
        const int found = readBackProperty(className, property, &readBack);
        if (found != 0)
            return found > 0 ? succeeded(r.attempts) : readBack;
        r = m_client.send("POST", path, body, {}, Retry::UnlessApplied);
        ambiguous = r.maybeApplied || r.status == 422;
    }
    return r;
}

HttpResult SchemaClient::updateClass(const QString& name, const QByteArray& classBody)
{
    // A PUT of the whole class sets it to the same state however often it is applied.
    return m_client.send("PUT", classPath(name), classBody, {}, Retry::Safe);
}

HttpResult SchemaClient::dropClass(const QString& name)
{
    // Weaviate answers 200 also when the class does not exist (notes 2.1), so a repeat after a lost answer is fine.
    return m_client.send("DELETE", classPath(name), {}, {}, Retry::Safe);
}

HttpResult SchemaClient::createTenants(const QString& className, const QJsonArray& tenants)
{
    // Idempotent per tenant: names that already exist are skipped (notes 3).
    return inChunks("POST", classPath(className) + u"/tenants"_s, tenants);
}

HttpResult SchemaClient::updateTenants(const QString& className, const QJsonArray& tenants)
{
    return inChunks("PUT", classPath(className) + u"/tenants"_s, tenants);
}

HttpResult SchemaClient::deleteTenants(const QString& className, const QStringList& names)
{
    // Unknown names are ignored by the server, so a repeat is harmless.
    return inChunks("DELETE", classPath(className) + u"/tenants"_s, QJsonArray::fromStringList(names));
}

// The chunks travel together, a few at a time: at a WAN's latency a class with thousands of tenants would otherwise
// wait a round trip per hundred tenants in sequence. Each chunk is idempotent, so one that fails after another was
// applied leaves nothing a repeat of the whole call would not put right; the first failure ends the call, and the
// chunks still in flight are abandoned.
HttpResult SchemaClient::inChunks(const QByteArray& method, const QString& path, const QJsonArray& items)
{
    std::deque<WeaviateClient::PendingRequest> inFlight;
    HttpResult r = succeeded(0);
    qsizetype next = 0;
    while (r.ok() && (next < items.size() || !inFlight.empty())) {
        if (m_client.isCanceled()) {
            r = HttpResult();
            r.canceled = true;
            break;
        }
        if (next < items.size() && qsizetype(inFlight.size()) < chunksInFlight) {
            QJsonArray chunk;
            for (qsizetype j = next; j < std::min(items.size(), next + tenantsPerRequest); ++j)
                chunk.append(items[j]);
            inFlight.push_back(m_client.startSend(method, path, compact(chunk), {}, Retry::Safe));
            next += tenantsPerRequest;
            continue;
        }
        r = m_client.finish(inFlight.front());
        inFlight.pop_front();
    }
    for (WeaviateClient::PendingRequest& p : inFlight)
        m_client.discard(p);
    return r;
}

} // namespace Colvault
