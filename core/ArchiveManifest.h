// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AliasClient.h"
#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace Colvault {

class ArchiveJson;

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

    // The saved job that wrote the archive (docs/jobs.md): retention removes only archives that name its job.
    // Recorded as options.job, since the options are what a backup run passes to the archive.
    struct Job
    {
        QString id; // the job's UUID, lowercase, without braces
        QString name;

        bool isEmpty() const { return id.isEmpty(); }
        QJsonObject toJson() const;
        friend bool operator==(const Job&, const Job&) = default;
    };

    // Counts additions that older readers may ignore (docs/archive-format.md, section 11): 1 = options.job,
    // 2 = options.aliases. Readers never refuse an archive for it; formatVersion is what they check.
    static constexpr int formatMinorVersion = 2;

    QString toolVersion;
    QDateTime createdAt; // UTC; written with millisecond precision
    QUrl sourceUrl; // never with credentials: toJson() writes sanitizedUrl(sourceUrl)
    QString serverVersion;
    QJsonObject modules; // /v1/meta "modules", verbatim
    QJsonObject options; // the backup options (compression, segment limits, filters...), free-form
    QList<Collection> collections;
    Job job; // from options.job; empty for an archive not written by a job
    // From options.aliases: the aliases that pointed at the archived collections, or that the server had none
    // (older than 1.32); NotRecorded for archives written before aliases were recorded.
    AliasRecord aliases;
    int minorVersion = formatMinorVersion; // as read; 0 for archives written before the minor version existed

    // toJson() writes `job` into options.job (when set) and `aliases` into options.aliases (unless NotRecorded), over
    // what `options` holds there.
    QByteArray toJson() const;
    static OpError fromJson(const QByteArray& data, ArchiveManifest* out);

    // Scheme, host, port and path only: user info, query and fragment can carry keys and tokens.
    static QUrl sanitizedUrl(const QUrl& url);

    const Collection* findCollection(const QString& name) const;

private:
    static void readVersionAndJob(ArchiveJson& json, const QJsonObject& root, ArchiveManifest* m);
    static void readAliases(ArchiveJson& json, ArchiveManifest* m);
};

} // namespace Colvault
