// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveCompression.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveTenants.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

namespace Colvault {

// What an archive's head says: the manifest and, per collection, its class definition and tenants.
struct ArchiveInspection
{
    struct Collection
    {
        QString name;
        bool multiTenant = false;
        QByteArray classJson; // verbatim, as the server returned it
        QList<ArchiveTenant> tenants; // multi-tenant collections only
    };

    ArchiveManifest manifest;
    QList<Collection> collections; // in manifest order
    std::optional<ArchiveCompression> compression;
    ArchiveReader::Encryption encryption = ArchiveReader::Encryption::None;
    qint64 fileSize = 0;
};

// Reads only the head of an archive (manifest.json, then every class.json and tenants.json, which the format puts
// before the first object segment) and stops at the first segment, so it is fast for any archive size. It does not
// check checksums or objects; ArchiveVerifier does. An encrypted archive needs the keys that open it (ArchiveReader);
// without them, or with wrong ones, inspect() fails before reading anything.
// Thread: stateless, any thread (blocking file I/O: not on the GUI thread for archives on slow disks).
// Usage: ArchiveInspection info; if (OpError e = ArchiveInspector::inspect(path, &info)) show(e);
class ArchiveInspector
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveInspector)

public:
    static constexpr qint64 maxManifestBytes = 16 * 1024 * 1024;
    static constexpr qint64 maxClassBytes = 64 * 1024 * 1024;
    static constexpr qint64 maxTenantsBytes = 256 * 1024 * 1024;

    static OpError inspect(const QString& path, ArchiveInspection* out, const AgeDecryptionKeys& keys = {});

    // class.json must be a JSON object whose "class" is `name` and whose multiTenancyConfig.enabled matches.
    static OpError checkClassJson(const QString& name, bool multiTenant, const QByteArray& data);
};

} // namespace Colvault
