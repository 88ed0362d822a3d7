// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobArchives.h"

#include "core/ArchiveInspector.h"
#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveTrailer.h"
#include "core/JobPlace.h"
#include "core/S3Archive.h"

#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// The trailer lists every entry (at most 4 million); far below the reader's 1 GiB cap per entry.
constexpr qint64 maxTrailerBytes = 512LL * 1024 * 1024;

bool skipWith(JobArchiveSkip* skip, JobArchiveSkip::Why why, const QString& details)
{
    skip->why = why;
    skip->details = details;
    return false;
}

// Reads on from the head to the end: the last entry must be a valid, complete trailer.
bool readToTrailer(ArchiveReader& reader, JobArchiveSkip* skip)
{
    QString last;
    QByteArray trailerJson;
    while (true) {
        bool hasEntry = false;
        if (OpError error = reader.next(&hasEntry))
            return skipWith(skip, JobArchiveSkip::Why::Incomplete, error.details);
        if (!hasEntry)
            break;
        last = reader.name();
        if (last == ArchiveLayout::trailerEntry()) {
            if (OpError error = reader.readAll(&trailerJson, maxTrailerBytes))
                return skipWith(skip, JobArchiveSkip::Why::Incomplete, error.details);
        }
    }
    if (last != ArchiveLayout::trailerEntry())
        return skipWith(skip, JobArchiveSkip::Why::Incomplete, u"the last entry is not trailer.json"_s);
    ArchiveTrailer trailer;
    if (OpError error = ArchiveTrailer::fromJson(trailerJson, &trailer))
        return skipWith(skip, JobArchiveSkip::Why::Incomplete, error.details);
    if (!trailer.complete)
        return skipWith(skip, JobArchiveSkip::Why::Incomplete, u"the trailer is not complete"_s);
    return true;
}

} // namespace

qsizetype JobPruneResult::removeCount() const
{
    return std::count_if(decisions.cbegin(), decisions.cend(), [](const RetentionDecision& d) { return !d.keep; });
}

bool JobArchives::looksLikeArchive(const QString& fileName)
{
    static const QRegularExpression archiveName(u"^[^.].*\\.tar(\\.(zst|gz|xz))?(\\.age)?$"_s);
    return archiveName.match(fileName).hasMatch();
}

bool JobArchives::read(
    const QString& path, const QString& jobId, const AgeDecryptionKeys& keys, JobArchive* archive, JobArchiveSkip* skip)
{
    *skip = JobArchiveSkip {path, JobArchiveSkip::Why::NotAJobArchive, {}};
    ArchiveReader reader;
    if (OpError error = reader.open(path, ArchiveReader::Limits(), keys)) {
        const bool locked = error.code == OpError::Code::Usage || error.code == OpError::Code::Auth;
        return skipWith(skip, locked ? JobArchiveSkip::Why::Unreadable : JobArchiveSkip::Why::NotAJobArchive,
            error.details.isEmpty() ? error.message : error.details);
    }
    bool hasEntry = false;
    QByteArray data;
    OpError error = reader.next(&hasEntry);
    if (!error && (!hasEntry || reader.name() != ArchiveLayout::manifestEntry()))
        return skipWith(skip, JobArchiveSkip::Why::NotAJobArchive, u"the first entry is not manifest.json"_s);
    if (!error)
        error = reader.readAll(&data, ArchiveInspector::maxManifestBytes);
    ArchiveManifest manifest;
    if (!error)
        error = ArchiveManifest::fromJson(data, &manifest);
    if (error)
        return skipWith(skip, JobArchiveSkip::Why::NotAJobArchive, error.details);
    if (manifest.job.isEmpty())
        return skipWith(skip, JobArchiveSkip::Why::NotAJobArchive, u"written without a job"_s);
    if (manifest.job.id != jobId)
        return skipWith(skip, JobArchiveSkip::Why::OtherJob, u"job %1 (%2)"_s.arg(manifest.job.id, manifest.job.name));
    if (!readToTrailer(reader, skip))
        return false;
    *archive = JobArchive {path, manifest.createdAt.toUTC(), QFileInfo(path).size(), false};
    return true;
}

OpError JobArchives::scan(const Job& job, const AgeDecryptionKeys& keys, const QList<JobRunRecord>& history,
    const std::function<bool()>& canceled, QList<JobArchive>* archives, QList<JobArchiveSkip>* skipped)
{
    // What a run verified needs no second reading while the file is the same (path, size, modification time).
    QHash<QString, JobRunRecord> verified;
    for (const JobRunRecord& r : history) {
        if (r.jobId == job.id && r.verified && !r.archive.isEmpty())
            verified.insert(r.archive, r);
    }
    const JobPlace place(job);
    QList<JobPlaceEntry> entries;
    if (OpError error = place.list(&entries))
        return error;
    for (const JobPlaceEntry& entry : std::as_const(entries)) {
        if (!looksLikeArchive(entry.name))
            continue;
        if (canceled && canceled())
            return {};
        const auto known = verified.constFind(entry.path);
        if (known != verified.constEnd() && known->archiveBytes == entry.bytes
            && known->archiveModifiedMs == entry.modifiedMs && known->archiveCreatedAt.isValid()) {
            archives->append({entry.path, known->archiveCreatedAt.toUTC(), entry.bytes, true});
            continue;
        }
        JobArchive archive;
        JobArchiveSkip skip;
        if (read(entry.path, job.id, keys, &archive, &skip)) {
            archive.bytes = entry.bytes;
            archives->append(archive);
        } else {
            skipped->append(skip);
        }
    }
    return {};
}

JobPruneResult JobArchives::prune(const Job& job, const AgeDecryptionKeys& keys, const QList<JobRunRecord>& history,
    const QString& protect, bool dryRun, const std::function<bool()>& canceled)
{
    JobPruneResult result;
    QList<JobArchive> archives;
    result.error = scan(job, keys, history, canceled, &archives, &result.skipped);
    if (result.error)
        return result;
    if (canceled && canceled()) {
        result.canceled = true;
        return result;
    }
    QList<RetentionSnapshot> snapshots;
    QHash<QString, JobArchive> byPath;
    for (const JobArchive& a : std::as_const(archives)) {
        snapshots.append({a.path, a.createdAt, a.path == protect});
        byPath.insert(a.path, a);
    }
    result.decisions = Retention::decide(snapshots, job.retention);
    for (const RetentionDecision& d : std::as_const(result.decisions))
        result.archives.append(byPath.value(d.snapshot.id));
    if (dryRun || job.retention.isEmpty())
        return result;
    const JobPlace place(job);
    for (const RetentionDecision& d : std::as_const(result.decisions)) {
        if (d.keep)
            continue;
        QString why;
        if (place.remove(d.snapshot.id, &why))
            result.removed << d.snapshot.id;
        else
            result.warnings
                << tr("Cannot remove the old archive \"%1\": %2").arg(S3Archive::displayPath(d.snapshot.id), why);
    }
    return result;
}

} // namespace Colvault
