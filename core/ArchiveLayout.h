// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>
#include <QStringView>

namespace Colvault {

// Entry names of the colvault-archive format (docs/archive-format.md) and the name checks that keep hostile
// names out of paths. Every class and tenant name is validated against Weaviate's own rules before it becomes part
// of an entry name, so an entry name can never climb out of its folder.
// Thread: stateless, any thread.
// Usage: ArchiveLayout::segmentEntry(u"Article"_s, {}, 0, ArchiveLayout::SegmentPart::Objects) ->
//        "collections/Article/objects/000000.jsonl"; ArchiveLayout::parse(name) for the way back.
class ArchiveLayout
{
public:
    static constexpr int formatVersion = 1;
    static constexpr int maxSegmentIndex = 999999; // six digits in the entry name

    enum class EntryKind
    {
        Unknown,
        Manifest,
        Trailer,
        Class,
        Tenants,
        Objects,
        Vectors
    };
    enum class SegmentPart
    {
        Objects,
        Vectors
    };

    struct EntryName
    {
        EntryKind kind = EntryKind::Unknown;
        QString collection;
        QString tenant; // empty for non-multi-tenant collections
        int segment = -1; // for Objects and Vectors
    };

    static QString formatName() { return QStringLiteral("colvault-archive"); }
    static QString manifestEntry() { return QStringLiteral("manifest.json"); }
    static QString trailerEntry() { return QStringLiteral("trailer.json"); }

    // Weaviate: ^[A-Z][_0-9A-Za-z]{0,254}$ and ^[A-Za-z0-9\-_]{1,64}$. Tenant names are case-sensitive.
    static bool isValidClassName(QStringView name);
    static bool isValidTenantName(QStringView name);

    // Relative, '/'-separated, no empty, "." or ".." component, no backslash or control character, at most 4096
    // bytes. The reader applies it to every entry of any archive before anything else looks at the name.
    static bool isSafeEntryName(QStringView name);

    // The names below assume valid class and tenant names (checked with Q_ASSERT; callers validate first).
    static QString classEntry(const QString& collection);
    static QString tenantsEntry(const QString& collection);
    static QString segmentEntry(const QString& collection, const QString& tenant, int index, SegmentPart part);

    // Classifies an entry name; anything that is not exactly one of the layout's names is Unknown.
    static EntryName parse(QStringView name);

    // A name as it may be shown in a message: control characters replaced and long names shortened, because
    // names from a hostile archive end up in error text.
    static QString displayName(QStringView name);
};

} // namespace Colvault
