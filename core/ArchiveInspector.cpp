// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveInspector.h"

#include "core/ArchiveJson.h"
#include "core/ArchiveLayout.h"
#include "core/ArchiveReader.h"

#include <QHash>

namespace Colvault {

OpError ArchiveInspector::checkClassJson(const QString& name, bool multiTenant, const QByteArray& data)
{
    ArchiveJson json(ArchiveLayout::classEntry(name));
    QJsonObject root;
    if (OpError error = json.parseObject(data, &root))
        return error;
    if (json.string(root, QStringLiteral("class")) != name && !json.failed())
        json.fail(QStringLiteral("\"class\" is not \"%1\"").arg(name));
    const bool enabled = root.value(u"multiTenancyConfig").toObject().value(u"enabled").toBool(false);
    if (!json.failed() && enabled != multiTenant)
        json.fail(QStringLiteral("multiTenancyConfig.enabled does not match the manifest"));
    return json.error();
}

OpError ArchiveInspector::inspect(const QString& path, ArchiveInspection* out, const AgeDecryptionKeys& keys)
{
    *out = ArchiveInspection();
    ArchiveReader reader;
    if (OpError error = reader.open(path, ArchiveReader::Limits(), keys))
        return error;
    bool hasEntry = false;
    if (OpError error = reader.next(&hasEntry))
        return error;
    if (!hasEntry || reader.name() != ArchiveLayout::manifestEntry()) {
        return OpError::make(OpError::Code::Format, tr("The file is not a Colvault archive."),
            QStringLiteral("%1: the first entry is not manifest.json").arg(path));
    }
    QByteArray data;
    if (OpError error = reader.readAll(&data, maxManifestBytes))
        return error;
    ArchiveInspection result;
    if (OpError error = ArchiveManifest::fromJson(data, &result.manifest))
        return error;
    QHash<QString, qsizetype> index;
    for (const ArchiveManifest::Collection& c : std::as_const(result.manifest.collections)) {
        index.insert(c.name, result.collections.size());
        result.collections.append({c.name, c.multiTenant, {}, {}});
    }

    QHash<QString, bool> tenantsSeen;
    while (true) {
        if (OpError error = reader.next(&hasEntry))
            return error;
        if (!hasEntry)
            break;
        const ArchiveLayout::EntryName entry = ArchiveLayout::parse(reader.name());
        if (entry.kind != ArchiveLayout::EntryKind::Class && entry.kind != ArchiveLayout::EntryKind::Tenants)
            break; // the head ends at the first segment (or the trailer of an archive without objects)
        const auto it = index.constFind(entry.collection);
        if (it == index.constEnd()) {
            return OpError::make(OpError::Code::Format,
                tr("The archive entry \"%1\" belongs to no collection of the manifest.").arg(reader.name()),
                reader.name());
        }
        ArchiveInspection::Collection& c = result.collections[*it];
        if (entry.kind == ArchiveLayout::EntryKind::Class) {
            if (OpError error = reader.readAll(&c.classJson, maxClassBytes))
                return error;
            if (OpError error = checkClassJson(c.name, c.multiTenant, c.classJson))
                return error;
        } else {
            if (!c.multiTenant) {
                return OpError::make(OpError::Code::Format,
                    tr("The archive entry \"%1\" belongs to no collection of the manifest.").arg(reader.name()),
                    QStringLiteral("%1: tenants of a collection without multi-tenancy").arg(reader.name()));
            }
            if (OpError error = reader.readAll(&data, maxTenantsBytes))
                return error;
            if (OpError error = ArchiveTenants::fromJson(reader.name(), data, &c.tenants))
                return error;
            tenantsSeen.insert(c.name, true);
        }
    }
    for (const ArchiveInspection::Collection& c : std::as_const(result.collections)) {
        if (c.classJson.isEmpty() || (c.multiTenant && !tenantsSeen.value(c.name))) {
            return OpError::make(OpError::Code::Format,
                tr("The archive has no class definition or tenant list for the collection \"%1\".").arg(c.name),
                QStringLiteral("%1: head incomplete for %2").arg(path, c.name));
        }
    }
    result.compression = reader.compression();
    result.encryption = reader.encryption();
    result.fileSize = reader.fileSize();
    *out = std::move(result);
    return {};
}

} // namespace Colvault
