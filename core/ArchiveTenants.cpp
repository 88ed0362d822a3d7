// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveTenants.h"

#include "core/ArchiveJson.h"
#include "core/ArchiveLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace Colvault {

namespace {

bool isValidStatus(const QString& status)
{
    if (status.isEmpty() || status.size() > 32)
        return false;
    for (const QChar c : status) {
        if (!((c >= u'A' && c <= u'Z') || c == u'_'))
            return false;
    }
    return true;
}

} // namespace

QByteArray ArchiveTenants::toJson(const QList<ArchiveTenant>& tenants)
{
    QJsonArray array;
    for (const ArchiveTenant& t : tenants)
        array.append(
            QJsonObject {{QStringLiteral("name"), t.name}, {QStringLiteral("activityStatus"), t.activityStatus}});
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

OpError ArchiveTenants::fromJson(const QString& entryName, const QByteArray& data, QList<ArchiveTenant>* out)
{
    out->clear();
    ArchiveJson json(entryName);
    QJsonArray array;
    if (OpError error = json.parseArray(data, &array))
        return error;
    if (array.size() > maxTenants)
        json.fail(QStringLiteral("%1 tenants, at most %2").arg(array.size()).arg(maxTenants));
    QSet<QString> seen;
    for (qsizetype i = 0; i < array.size() && !json.failed(); ++i) {
        if (!array.at(i).isObject()) {
            json.fail(QStringLiteral("tenant %1 is not an object").arg(i));
            break;
        }
        const QJsonObject object = array.at(i).toObject();
        ArchiveTenant tenant {
            json.string(object, QStringLiteral("name")), json.string(object, QStringLiteral("activityStatus"))};
        if (json.failed())
            break;
        if (!ArchiveLayout::isValidTenantName(tenant.name))
            json.fail(QStringLiteral("tenant %1 has an invalid name").arg(i));
        else if (seen.contains(tenant.name))
            json.fail(QStringLiteral("duplicate tenant \"%1\"").arg(tenant.name));
        else if (!isValidStatus(tenant.activityStatus))
            json.fail(QStringLiteral("tenant \"%1\" has an invalid activityStatus").arg(tenant.name));
        seen.insert(tenant.name);
        out->append(std::move(tenant));
    }
    if (json.failed())
        out->clear();
    return json.error();
}

} // namespace Colvault
