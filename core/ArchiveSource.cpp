// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveSource.h"

#include "core/ArchiveInspector.h"
#include "core/ArchiveObjectReader.h"
#include "core/ArchiveVerifier.h"
#include "core/OperationProgress.h"
#include "core/S3Archive.h"

#include <QFileInfo>
#include <QHash>
#include <QPair>

using namespace Qt::StringLiterals;

namespace Colvault {

ArchiveSource::ArchiveSource(QString path, AgeDecryptionKeys keys)
    : m_path(std::move(path))
    , m_keys(std::move(keys))
{
}

ArchiveSource::~ArchiveSource() = default;

QString ArchiveSource::headStepName() const
{
    return tr("Reading the archive");
}

OpError ArchiveSource::readHead(SourceHead* head, ProgressMeter& progress)
{
    *head = SourceHead();
    if (!S3Archive::isS3(m_path) && !QFileInfo(m_path).isFile())
        return OpError::make(OpError::Code::Io, tr("The archive \"%1\" does not exist.").arg(m_path));
    ArchiveInspection archive;
    if (OpError e = ArchiveInspector::inspect(m_path, &archive, m_keys))
        return e;
    head->serverVersion = archive.manifest.serverVersion;
    head->aliases = archive.manifest.aliases;
    for (const ArchiveInspection::Collection& c : std::as_const(archive.collections)) {
        SourceCollection collection {c.name, c.multiTenant, c.classJson, {}, -1};
        for (const ArchiveTenant& t : c.tenants)
            collection.tenants.append({t.name, t.activityStatus, -1});
        head->collections.append(std::move(collection));
    }
    return verify(head, progress);
}

// Nothing is written from an archive that is not complete and intact: one full read checks every entry against the
// trailer (checksums, sizes, counts, tenants, vector shapes) before the plan touches the server, so a truncated,
// damaged or forged archive is refused before the first write (docs/reliability.md).
OpError ArchiveSource::verify(SourceHead* head, ProgressMeter& progress) const
{
    progress.state().text = tr("Verifying the archive…");
    progress.update(true);
    ArchiveVerification verification;
    ArchiveVerifier::Options options;
    options.progress = [&progress](qint64, qint64) { return !progress.isCanceled(); };
    options.keys = m_keys;
    if (OpError e = ArchiveVerifier::verify(m_path, &verification, options))
        return e;
    if (verification.canceled)
        return {};
    if (!verification.ok()) {
        QStringList details;
        for (const auto& problem : std::as_const(verification.problems))
            details << problem.entry + u": "_s + problem.message + u" "_s + problem.details;
        if (!verification.hasTrailer)
            details << u"no valid trailer: the archive is incomplete"_s;
        // The verifier's sentences name the entry; the first one is what the user needs to see.
        const QString first = verification.problems.isEmpty()
            ? tr("The archive \"%1\" is incomplete: it has no valid trailer.").arg(m_path)
            : tr("The archive \"%1\" cannot be restored: %2").arg(m_path, verification.problems.first().message);
        return OpError::make(OpError::Code::Format, first, details.join(u'\n'));
    }
    // The verified counts are what the data holds: a shard the trailer does not list has no objects.
    QHash<QPair<QString, QString>, qint64> counts;
    for (const ArchiveTrailer::Counts& v : std::as_const(verification.counts))
        counts.insert({v.collection, v.tenant}, v.objects);
    for (SourceCollection& c : head->collections) {
        c.objects = c.multiTenant ? -1 : counts.value({c.name, QString()}, 0);
        for (SourceTenant& t : c.tenants)
            t.objects = counts.value({c.name, t.name}, 0);
    }
    return {};
}

OpError ArchiveSource::openObjects()
{
    m_reader = std::make_unique<ArchiveObjectReader>();
    return m_reader->open(m_path, m_keys);
}

OpError ArchiveSource::nextShard(bool* has)
{
    return m_reader->nextShard(has);
}

QString ArchiveSource::collection() const
{
    return m_reader->collection();
}

QString ArchiveSource::tenant() const
{
    return m_reader->tenant();
}

void ArchiveSource::setReferenceProperties(const QSet<QString>& names)
{
    m_reader->setReferenceProperties(names);
}

OpError ArchiveSource::next(const SourceObject** object)
{
    return m_reader->next(object);
}

} // namespace Colvault
