// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveSink.h"

#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/S3Archive.h"
#include "core/Version.h"

#include <QDir>
#include <QFileInfo>

namespace Colvault {

ArchiveSink::ArchiveSink(
    QString path, ArchiveCompression compression, std::optional<int> level, AgeEncryptionKeys encryption)
    : m_path(std::move(path))
    , m_compression(compression)
    , m_level(level)
    , m_encryption(std::move(encryption))
{
}

OpError ArchiveSink::open(QStringList* warnings)
{
    if (OpError err = m_writer.open(m_path, m_compression, m_level, {}, m_encryption))
        return err;
    if (S3Archive::isS3(m_path))
        return {}; // a killed upload leaves no partial file, but a pending upload (docs/s3.md)
    // Partial archives of backups into this folder that were killed (SIGKILL, power loss) stay forever otherwise.
    // Ours is locked by now, so it stays, as does any other run's that is still writing.
    for (const QString& stale : ArchiveWriter::removeStalePartials(QFileInfo(m_writer.finalPath()).absolutePath()))
        *warnings << tr("Removed \"%1\", an unfinished archive left by an earlier backup that was interrupted.")
                         .arg(QDir::toNativeSeparators(stale));
    return {};
}

OpError ArchiveSink::begin(const SinkHeader& header)
{
    // The manifest first: a reader learns what the archive holds from its head alone.
    ArchiveManifest manifest;
    manifest.toolVersion = versionString();
    manifest.createdAt = QDateTime::currentDateTimeUtc();
    manifest.sourceUrl = header.sourceUrl;
    manifest.serverVersion = header.serverVersion;
    manifest.modules = header.modules;
    manifest.options = header.options;
    for (const SinkCollection& c : header.collections)
        manifest.collections.append({c.name, c.multiTenant});
    if (OpError err = m_writer.addEntry(ArchiveLayout::manifestEntry(), manifest.toJson()))
        return err;

    for (const SinkCollection& c : header.collections) {
        if (OpError err = m_writer.addEntry(ArchiveLayout::classEntry(c.name), c.classJson))
            return err;
        // The archive lists the tenants whose content it holds, with the status they had on the server.
        if (c.multiTenant) {
            if (OpError err = m_writer.addEntry(ArchiveLayout::tenantsEntry(c.name), ArchiveTenants::toJson(c.tenants)))
                return err;
        }
    }
    return {};
}

OpError ArchiveSink::beginShard(const QString& collection, const QString& tenant)
{
    m_segments.emplace(&m_writer, collection, tenant, SegmentWriter::Limits());
    return {};
}

OpError ArchiveSink::writePage(std::span<const PageObject> objects)
{
    for (const PageObject& o : objects) {
        m_vectors.resize(qsizetype(o.vectors.size()));
        for (size_t v = 0; v < o.vectors.size(); ++v) {
            const PageVector& pv = o.vectors[v];
            ObjectVector& ov = m_vectors[qsizetype(v)];
            ov.name = QString::fromStdString(pv.name);
            ov.rows = pv.rows;
            ov.dims = pv.dims;
            ov.values.resize(qsizetype(pv.values.size()));
            std::copy(pv.values.begin(), pv.values.end(), ov.values.begin());
        }
        if (OpError err = m_segments->add(QString::fromLatin1(o.id.data(), qsizetype(o.id.size())), o.creationTimeUnix,
                o.lastUpdateTimeUnix, QByteArrayView(o.properties.data(), qsizetype(o.properties.size())), m_vectors))
            return err;
    }
    return {};
}

OpError ArchiveSink::endShard()
{
    if (OpError err = m_segments->finish())
        return err;
    m_trailer.counts.append(m_segments->counts());
    m_segments.reset();
    return {};
}

OpError ArchiveSink::commit(const QJsonObject& summary)
{
    m_trailer.extras = summary;
    return m_writer.commit(m_trailer);
}

void ArchiveSink::abort()
{
    m_segments.reset();
    m_writer.abort();
}

} // namespace Colvault
