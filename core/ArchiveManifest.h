// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Colvault {

// manifest.json, the first entry of every archive: what was backed up, from where, by which tool and how.
// Thread: value type, any thread.
// Usage: fill the fields, write toJson() as the first entry; when reading, fromJson() rejects anything that is
//        not a colvault-archive of a supported version with a translated Format error.
class ArchiveManifest
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveManifest)

public:
    struct Collection
    {
        QString name;
        bool multiTenant = false;

        friend bool operator==(const Collection&, const Collection&) = default;
    };

    QString toolVersion;
    QDateTime createdAt; // UTC; written with millisecond precision
    QUrl sourceUrl; // never with credentials: toJson() writes sanitizedUrl(sourceUrl)
    QString serverVersion;
    QJsonObject modules; // /v1/meta "modules", verbatim
    QJsonObject options; // the backup options (compression, segment limits, filters...), free-form
    QList<Collection> collections;

    QByteArray toJson() const;
    static OpError fromJson(const QByteArray& data, ArchiveManifest* out);

    // Scheme, host, port and path only: user info, query and fragment can carry keys and tokens.
    static QUrl sanitizedUrl(const QUrl& url);

    const Collection* findCollection(const QString& name) const;
};

} // namespace Colvault
