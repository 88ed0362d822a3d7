// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CollectionSummary.h"

#include "core/ObjectsClient.h"
#include "core/WeaviateClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

QString vectorizerName(const QJsonValue& v)
{
    // Legacy classes name the module as a string; named vectors as an object with one key.
    if (v.isString())
        return v.toString();
    const QJsonObject o = v.toObject();
    return o.isEmpty() ? QString() : o.keys().constFirst();
}

// Fills dimensions from one object's "vector" / "vectors" (a multi-vector's dimension is its token vector length).
void applyDimensions(const QJsonObject& object, QList<VectorInfo>& vectors)
{
    for (VectorInfo& v : vectors) {
        const QJsonArray values = v.name.isEmpty() ? object.value(u"vector"_s).toArray()
                                                   : object.value(u"vectors"_s).toObject().value(v.name).toArray();
        if (values.isEmpty())
            continue;
        v.dimensions = values.first().isArray() ? int(values.first().toArray().size()) : int(values.size());
    }
}

} // namespace

QList<VectorInfo> CollectionSummary::vectorsFromClass(const QJsonObject& classJson)
{
    QList<VectorInfo> out;
    const QJsonObject named = classJson.value(u"vectorConfig"_s).toObject();
    // A class has a legacy index when it has no named vectors, or when it was created legacy and got named
    // vectors added later (then the server reports both).
    if (named.isEmpty() || classJson.contains(u"vectorIndexType"_s)) {
        VectorInfo legacy;
        legacy.kind = VectorInfo::Kind::Legacy;
        legacy.vectorizer = vectorizerName(classJson.value(u"vectorizer"_s));
        legacy.indexType = classJson.value(u"vectorIndexType"_s).toString();
        out.append(legacy);
    }
    for (auto it = named.begin(); it != named.end(); ++it) {
        const QJsonObject cfg = it.value().toObject();
        VectorInfo v;
        v.name = it.key();
        v.vectorizer = vectorizerName(cfg.value(u"vectorizer"_s));
        v.indexType = cfg.value(u"vectorIndexType"_s).toString();
        const bool multi = cfg.value(u"vectorIndexConfig"_s)
                               .toObject()
                               .value(u"multivector"_s)
                               .toObject()
                               .value(u"enabled"_s)
                               .toBool();
        v.kind = multi ? VectorInfo::Kind::Multi : VectorInfo::Kind::Named;
        out.append(v);
    }
    return out;
}

bool CollectionSummary::load(
    WeaviateClient& client, const QJsonObject& classJson, CollectionSummary* out, OpError* error)
{
    CollectionSummary s;
    s.classJson = classJson;
    s.name = classJson.value(u"class"_s).toString();
    s.multiTenant = classJson.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();
    s.vectors = vectorsFromClass(classJson);

    QString sampleTenant;
    if (s.multiTenant) {
        const QJsonArray tenants = client.tenants(s.name, error);
        if (error && error->isError())
            return false;
        QStringList active;
        for (const QJsonValue& t : tenants) {
            TenantInfo info;
            info.name = t.toObject().value(u"name"_s).toString();
            info.status = t.toObject().value(u"activityStatus"_s).toString();
            if (info.isActive())
                active << info.name;
            else
                s.objectsComplete = false;
            s.tenants.append(info);
        }
        // Thousands of tenants are common: their counts go concurrently where the server offers gRPC.
        QList<qint64> counts;
        OpError countError;
        if (!client.objectCounts(s.name, active, &counts, &countError)) {
            if (error)
                *error = countError;
            return false;
        }
        qint64 total = 0;
        qsizetype i = 0; // counts follow the tenants' order
        for (TenantInfo& info : s.tenants) {
            if (!info.isActive())
                continue;
            info.objects = counts[i++];
            total += info.objects;
            if (sampleTenant.isEmpty() && info.objects > 0)
                sampleTenant = info.name;
        }
        std::sort(s.tenants.begin(), s.tenants.end(),
            [](const TenantInfo& a, const TenantInfo& b) { return a.name < b.name; });
        s.objects = total;
    } else {
        s.objects = client.objectCount(s.name, QString(), error);
        if (s.objects < 0)
            return false;
    }

    if (s.objects > 0 && (!s.multiTenant || !sampleTenant.isEmpty())) {
        const HttpResult r = ObjectsClient(client).page(
            {.className = s.name, .tenant = sampleTenant, .after = {}, .limit = 1, .withVectors = true});
        if (r.ok()) {
            const QJsonArray objects = QJsonDocument::fromJson(r.body).object().value(u"objects"_s).toArray();
            if (!objects.isEmpty())
                applyDimensions(objects.first().toObject(), s.vectors);
        }
        // A failed sample only leaves dimensions unknown; the summary is still right.
    }
    *out = s;
    return true;
}

bool CollectionSummary::loadAll(
    WeaviateClient& client, const QJsonArray& classes, QList<CollectionSummary>* out, OpError* error)
{
    out->clear();
    for (const QJsonValue& c : classes) {
        CollectionSummary summary;
        if (!load(client, c.toObject(), &summary, error) || client.isCanceled())
            return false;
        out->append(summary);
    }
    std::sort(out->begin(), out->end(),
        [](const CollectionSummary& a, const CollectionSummary& b) { return a.name < b.name; });
    return true;
}

} // namespace Colvault
