// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>

namespace Colvault::TenantStatus {

// A tenant's activity status in one vocabulary, whichever the server used: Weaviate 1.21–1.25 say ACTIVE, INACTIVE
// and OFFLOADED, later versions HOT, COLD and FROZEN (notes 3.2); an empty status is an active tenant.
enum class Kind
{
    Active, // HOT, ACTIVE, "": readable and writable
    Inactive, // COLD, INACTIVE: on disk, activated to read or write
    Offloaded, // FROZEN, OFFLOADED: in cloud storage, never touched by Colvault
    Changing // FREEZING, UNFREEZING, OFFLOADING, ONLOADING…: in change, left alone
};

inline Kind kind(const QString& status)
{
    using namespace Qt::StringLiterals;
    const QString s = status.toUpper();
    if (s.isEmpty() || s == u"HOT" || s == u"ACTIVE")
        return Kind::Active;
    if (s == u"COLD" || s == u"INACTIVE")
        return Kind::Inactive;
    if (s == u"FROZEN" || s == u"OFFLOADED")
        return Kind::Offloaded;
    return Kind::Changing;
}

inline bool isActive(const QString& status)
{
    return kind(status) == Kind::Active;
}

// The status in the current vocabulary (HOT, COLD, FROZEN); a status in change comes back upper-cased as it is.
inline QString normalised(const QString& status)
{
    using namespace Qt::StringLiterals;
    switch (kind(status)) {
    case Kind::Active:
        return u"HOT"_s;
    case Kind::Inactive:
        return u"COLD"_s;
    case Kind::Offloaded:
        return u"FROZEN"_s;
    case Kind::Changing:
        break;
    }
    return status.toUpper();
}

} // namespace Colvault::TenantStatus
