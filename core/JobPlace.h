// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/OpError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Colvault {

// One file in a job's folder, or one object right under its bucket prefix.
struct JobPlaceEntry
{
    QString name; // the file name, or the key's part after the prefix
    QString path; // what ArchiveReader opens: the absolute file path or s3://BUCKET/KEY
    qint64 bytes = 0;
    qint64 modifiedMs = 0; // the file's modification time or the object's LastModified, ms since the epoch
};

// Where a job's archives live: a folder on this computer or an S3 bucket prefix (docs/jobs.md). One interface for
// what a run and retention do there (name a new archive, list, look one up, remove), so that the retention rules
// exist once (JobArchives) whatever the place. For an s3:// place the constructor puts the job's saved S3 options
// (JobS3: endpoint, region, profile, path style) into the process's S3 settings (S3Archive::setSettings), which
// ArchiveWriter and ArchiveReader then use for the job's s3:// paths; the keys come from the run's AWS environment
// or profile. Only direct entries count: files of the folder, objects whose key has no "/" after the prefix.
// Thread: blocking file or network I/O, any thread but the GUI's.
// Usage: JobPlace place(job); QList<JobPlaceEntry> entries; if (OpError e = place.list(&entries)) ...
class JobPlace
{
    Q_DECLARE_TR_FUNCTIONS(JobPlace)

public:
    explicit JobPlace(const Job& job);

    bool isS3() const { return m_s3; }
    // The path of the entry `name`: in the folder, or the object under the prefix.
    QString pathOf(const QString& name) const;
    // The entries, by name. An s3:// place is listed in pages of listPageSize() objects.
    OpError list(QList<JobPlaceEntry>* entries) const;
    // One entry's size and modification time, as list() gives them; false when it is not there or cannot be read.
    bool stat(const QString& path, JobPlaceEntry* entry) const;
    // Deletes the entry at `path`; false with *why (translated) when it cannot.
    bool remove(const QString& path, QString* why) const;

    // ListObjectsV2's page size (S3's maximum, 1000); tests set a small one to list several pages.
    static int listPageSize();
    static void setListPageSize(int objects);

private:
    OpError listBucket(QList<JobPlaceEntry>* entries) const;
    void listFolder(QList<JobPlaceEntry>* entries) const;

    QString m_directory;
    bool m_s3 = false;
};

} // namespace Colvault
