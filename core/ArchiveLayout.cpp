// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveLayout.h"

#include <QList>

namespace Colvault {

namespace {

bool isAsciiLetter(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Parses "NNNNNN.jsonl" / "NNNNNN.vec": exactly six digits, so one segment has exactly one spelling.
bool parseSegmentFile(QStringView file, int* index, ArchiveLayout::EntryKind* kind)
{
    QStringView digits;
    if (file.size() == 12 && file.endsWith(u".jsonl")) {
        *kind = ArchiveLayout::EntryKind::Objects;
        digits = file.first(6);
    } else if (file.size() == 10 && file.endsWith(u".vec")) {
        *kind = ArchiveLayout::EntryKind::Vectors;
        digits = file.first(6);
    } else {
        return false;
    }
    int value = 0;
    for (const QChar c : digits) {
        if (!isAsciiDigit(c))
            return false;
        value = value * 10 + (c.unicode() - u'0');
    }
    *index = value;
    return true;
}

} // namespace

bool ArchiveLayout::isValidClassName(QStringView name)
{
    if (name.isEmpty() || name.size() > 255 || !(name.front() >= u'A' && name.front() <= u'Z'))
        return false;
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_')
            return false;
    }
    return true;
}

bool ArchiveLayout::isValidTenantName(QStringView name)
{
    if (name.isEmpty() || name.size() > 64)
        return false;
    for (const QChar c : name) {
        if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != u'_' && c != u'-')
            return false;
    }
    return true;
}

bool ArchiveLayout::isSafeEntryName(QStringView name)
{
    if (name.isEmpty() || name.size() > 4096 || name.front() == u'/')
        return false;
    for (const QChar c : name) {
        // Backslash and ':' are path syntax on Windows (C:\, C:foo); control characters hide in terminals.
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'\\' || c == u':')
            return false;
    }
    for (const QStringView part : name.split(u'/')) {
        if (part.isEmpty() || part == u"." || part == u"..")
            return false;
    }
    return true;
}

QString ArchiveLayout::classEntry(const QString& collection)
{
    Q_ASSERT(isValidClassName(collection));
    return QStringLiteral("collections/%1/class.json").arg(collection);
}

QString ArchiveLayout::tenantsEntry(const QString& collection)
{
    Q_ASSERT(isValidClassName(collection));
    return QStringLiteral("collections/%1/tenants.json").arg(collection);
}

QString ArchiveLayout::segmentEntry(const QString& collection, const QString& tenant, int index, SegmentPart part)
{
    Q_ASSERT(isValidClassName(collection));
    Q_ASSERT(tenant.isEmpty() || isValidTenantName(tenant));
    Q_ASSERT(index >= 0 && index <= maxSegmentIndex);
    const QString file = QStringLiteral("%1%2")
                             .arg(index, 6, 10, QLatin1Char('0'))
                             .arg(part == SegmentPart::Objects ? QStringLiteral(".jsonl") : QStringLiteral(".vec"));
    if (tenant.isEmpty())
        return QStringLiteral("collections/%1/objects/%2").arg(collection, file);
    return QStringLiteral("collections/%1/tenants/%2/objects/%3").arg(collection, tenant, file);
}

ArchiveLayout::EntryName ArchiveLayout::parse(QStringView name)
{
    EntryName result;
    if (name == u"manifest.json") {
        result.kind = EntryKind::Manifest;
        return result;
    }
    if (name == u"trailer.json") {
        result.kind = EntryKind::Trailer;
        return result;
    }
    const QList<QStringView> parts = name.split(u'/');
    if (parts.size() < 3 || parts[0] != u"collections" || !isValidClassName(parts[1]))
        return result;
    const QStringView collection = parts[1];
    EntryKind kind = EntryKind::Unknown;
    int index = -1;
    if (parts.size() == 3 && parts[2] == u"class.json") {
        kind = EntryKind::Class;
    } else if (parts.size() == 3 && parts[2] == u"tenants.json") {
        kind = EntryKind::Tenants;
    } else if (parts.size() == 4 && parts[2] == u"objects" && parseSegmentFile(parts[3], &index, &kind)) {
    } else if (parts.size() == 6 && parts[2] == u"tenants" && isValidTenantName(parts[3]) && parts[4] == u"objects"
        && parseSegmentFile(parts[5], &index, &kind)) {
        result.tenant = parts[3].toString();
    } else {
        return result;
    }
    result.kind = kind;
    result.collection = collection.toString();
    result.segment = index;
    return result;
}

QString ArchiveLayout::displayName(QStringView name)
{
    constexpr qsizetype maxShown = 200;
    QString shown = name.first(std::min(name.size(), maxShown)).toString();
    for (QChar& c : shown) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = u'?';
    }
    if (name.size() > maxShown)
        shown += QStringLiteral("...");
    return shown;
}

} // namespace Colvault
