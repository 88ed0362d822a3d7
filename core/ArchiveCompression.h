// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace Colvault {

// The compression of an archive's tar stream. Zstd is the default: it is fast, compresses vectors well and
// `tar --zstd` reads it everywhere. The names are the ones the CLI accepts and the manifest records.
enum class ArchiveCompression
{
    Zstd,
    Gzip,
    Xz,
    None
};

inline QString compressionName(ArchiveCompression compression)
{
    switch (compression) {
    case ArchiveCompression::Zstd:
        return QStringLiteral("zstd");
    case ArchiveCompression::Gzip:
        return QStringLiteral("gzip");
    case ArchiveCompression::Xz:
        return QStringLiteral("xz");
    case ArchiveCompression::None:
        break;
    }
    return QStringLiteral("none");
}

inline std::optional<ArchiveCompression> compressionFromName(QStringView name)
{
    for (const auto c :
        {ArchiveCompression::Zstd, ArchiveCompression::Gzip, ArchiveCompression::Xz, ArchiveCompression::None}) {
        if (name.compare(compressionName(c), Qt::CaseInsensitive) == 0)
            return c;
    }
    return std::nullopt;
}

// The file name suffix a user's tools expect, so `tar -xf` and file managers pick the right decompressor.
inline QString compressionSuffix(ArchiveCompression compression)
{
    switch (compression) {
    case ArchiveCompression::Zstd:
        return QStringLiteral(".tar.zst");
    case ArchiveCompression::Gzip:
        return QStringLiteral(".tar.gz");
    case ArchiveCompression::Xz:
        return QStringLiteral(".tar.xz");
    case ArchiveCompression::None:
        break;
    }
    return QStringLiteral(".tar");
}

} // namespace Colvault
