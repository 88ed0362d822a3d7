// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Colvault {

// A tenant of a multi-tenant collection as read at backup time.
struct ArchiveTenant
{
    QString name;
    QString activityStatus; // as the server reported it: HOT, COLD, FROZEN, ACTIVE, INACTIVE, OFFLOADED, ...

    friend bool operator==(const ArchiveTenant&, const ArchiveTenant&) = default;
};

// The collections/<Class>/tenants.json entry: [{"name": ..., "activityStatus": ...}, ...].
// Thread: stateless, any thread.
// Usage: ArchiveTenants::toJson(list) when writing; ArchiveTenants::fromJson(entryName, data, &list) when reading.
class ArchiveTenants
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveTenants)

public:
    static constexpr int maxTenants = 1000000;

    static QByteArray toJson(const QList<ArchiveTenant>& tenants);

    // Strict: valid, unique tenant names; a status of 1..32 characters A-Z and '_'.
    static OpError fromJson(const QString& entryName, const QByteArray& data, QList<ArchiveTenant>* out);
};

} // namespace Colvault
