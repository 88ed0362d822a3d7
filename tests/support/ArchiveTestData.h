// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveLayout.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveTenants.h"
#include "core/ArchiveWriter.h"
#include "core/SegmentWriter.h"
#include "core/VectorCodec.h"

#include <QFile>
#include <QList>
#include <QUuid>
#include <archive.h>
#include <archive_entry.h>
#include <bit>
#include <functional>

// Shared by the archive tests: a deterministic sample backup, and a raw libarchive tar writer that can produce the
// hostile archives Colvault itself never writes (symlinks, "../" names, duplicates, missing trailers).
namespace ArchiveTestData {

using namespace Colvault;

// Floats whose bits must survive: NaN payloads (quiet and signalling, both signs), -0.0, denormals, infinities.
inline QList<quint32> specialFloatBits()
{
    return {0x7fc00001u, 0x7f800001u, 0xffc12345u, 0x7fbfffffu, 0x80000000u, 0x00000001u, 0x807fffffu, 0x7f800000u,
        0xff800000u, 0x7f7fffffu, 0x3f800000u, 0x12345678u};
}

inline QString uuidFor(int collection, int i)
{
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg(collection, 8, 16, QLatin1Char('0'))
        .arg(i, 12, 16, QLatin1Char('0'));
}

// Object i of the sample: a legacy 4-d vector holding special floats, a named 3-d vector and a 2 x 2 multi-vector.
inline QList<ObjectVector> vectorsFor(int i)
{
    const QList<quint32> special = specialFloatBits();
    ObjectVector legacy {QString(), 0, 4, {}};
    for (int k = 0; k < 4; ++k)
        legacy.values.append(std::bit_cast<float>(special[(i + k) % special.size()]));
    ObjectVector named {QStringLiteral("title"), 0, 3, {float(i), -float(i), 0.5f}};
    ObjectVector multi {QStringLiteral("colbert"), 2, 2, {1.0f, 2.0f, 3.0f, float(i)}};
    return {legacy, named, multi};
}

inline QByteArray propertiesFor(int i)
{
    return QStringLiteral("{\"title\": \"object %1\", \"marker\": \"flipme-jsonl\",\n \"n\": %1}").arg(i).toUtf8();
}

struct Sample
{
    int articleObjects = 25;
    int alphaObjects = 7;
    SegmentWriter::Limits limits {10, 1 << 20};
};

inline QByteArray classJson(const QString& name, bool multiTenant)
{
    return QStringLiteral("{\"class\":\"%1\",\"description\":\"flipme-class\",\"multiTenancyConfig\":{\"enabled\":%2},"
                          "\"properties\":[{\"name\":\"title\",\"dataType\":[\"text\"]}]}")
        .arg(name, multiTenant ? QStringLiteral("true") : QStringLiteral("false"))
        .toUtf8();
}

inline ArchiveManifest sampleManifest()
{
    ArchiveManifest m;
    m.toolVersion = QStringLiteral("0.1.0");
    m.createdAt = QDateTime::currentDateTimeUtc();
    m.sourceUrl = QUrl(QStringLiteral("https://admin:secret@weaviate.example:8080/?api_key=abc#frag"));
    m.serverVersion = QStringLiteral("1.30.0-flipme-manifest");
    m.modules = QJsonObject {{QStringLiteral("text2vec-openai"), QJsonObject {}}};
    m.options = QJsonObject {{QStringLiteral("compression"), QStringLiteral("zstd")}};
    m.collections = {{QStringLiteral("Article"), false}, {QStringLiteral("Tenanted"), true}};
    return m;
}

// Article (non-MT, 25 objects, 3 segments) and Tenanted (MT: alpha HOT with 7 objects, beta COLD with none).
inline OpError writeSample(const QString& path, ArchiveCompression compression, const Sample& sample = {})
{
    ArchiveWriter writer;
    if (OpError e = writer.open(path, compression))
        return e;
    if (OpError e = writer.addEntry(ArchiveLayout::manifestEntry(), sampleManifest().toJson()))
        return e;
    const QString article = QStringLiteral("Article");
    const QString tenanted = QStringLiteral("Tenanted");
    if (OpError e = writer.addEntry(ArchiveLayout::classEntry(article), classJson(article, false)))
        return e;
    if (OpError e = writer.addEntry(ArchiveLayout::classEntry(tenanted), classJson(tenanted, true)))
        return e;
    const QList<ArchiveTenant> tenants {
        {QStringLiteral("alpha"), QStringLiteral("HOT")}, {QStringLiteral("beta"), QStringLiteral("COLD")}};
    if (OpError e = writer.addEntry(ArchiveLayout::tenantsEntry(tenanted), ArchiveTenants::toJson(tenants)))
        return e;
    ArchiveTrailer trailer;
    SegmentWriter articleSegments(&writer, article, {}, sample.limits);
    for (int i = 0; i < sample.articleObjects; ++i) {
        if (OpError e
            = articleSegments.add(uuidFor(1, i), 1700000000000 + i, 1700000000500 + i, propertiesFor(i), vectorsFor(i)))
            return e;
    }
    if (OpError e = articleSegments.finish())
        return e;
    trailer.counts.append(articleSegments.counts());
    SegmentWriter alpha(&writer, tenanted, QStringLiteral("alpha"), sample.limits);
    for (int i = 0; i < sample.alphaObjects; ++i) {
        if (OpError e = alpha.add(uuidFor(2, i), 1, 2, "{}", {{QStringLiteral("title"), 0, 3, {1, 2, 3}}}))
            return e;
    }
    if (OpError e = alpha.finish())
        return e;
    trailer.counts.append(alpha.counts());
    trailer.counts.append({tenanted, QStringLiteral("beta"), 0, 0, 0});
    return writer.commit(trailer);
}

struct RawEntry
{
    enum class Type
    {
        File,
        Symlink,
        Hardlink,
        Directory
    };
    QString name;
    QByteArray data;
    Type type = Type::File;
    QString target;
};

// Reads every entry with ArchiveReader (the archive must be readable).
inline QList<RawEntry> readEntries(const QString& path)
{
    QList<RawEntry> result;
    ArchiveReader reader;
    if (reader.open(path))
        return result;
    bool hasEntry = false;
    while (!reader.next(&hasEntry) && hasEntry) {
        RawEntry e {reader.name(), {}, RawEntry::Type::File, {}};
        if (reader.readAll(&e.data, 1 << 30))
            return {};
        result.append(e);
    }
    return result;
}

// Writes an uncompressed pax tar with libarchive, bypassing every check of ArchiveWriter.
inline bool writeRawTar(const QString& path, const QList<RawEntry>& entries)
{
    struct archive* a = archive_write_new();
    archive_write_set_format_pax_restricted(a);
    bool ok = archive_write_open_filename(a, QFile::encodeName(path).constData()) == ARCHIVE_OK;
    for (const RawEntry& e : entries) {
        struct archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname_utf8(entry, e.name.toUtf8().constData());
        archive_entry_set_perm(entry, 0600);
        switch (e.type) {
        case RawEntry::Type::File:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_size(entry, e.data.size());
            break;
        case RawEntry::Type::Symlink:
            archive_entry_set_filetype(entry, AE_IFLNK);
            archive_entry_set_symlink_utf8(entry, e.target.toUtf8().constData());
            break;
        case RawEntry::Type::Hardlink:
            archive_entry_set_filetype(entry, AE_IFREG);
            archive_entry_set_hardlink_utf8(entry, e.target.toUtf8().constData());
            archive_entry_set_size(entry, 0);
            break;
        case RawEntry::Type::Directory:
            archive_entry_set_filetype(entry, AE_IFDIR);
            archive_entry_set_perm(entry, 0700);
            break;
        }
        ok = ok && archive_write_header(a, entry) == ARCHIVE_OK;
        if (ok && e.type == RawEntry::Type::File && !e.data.isEmpty())
            ok = archive_write_data(a, e.data.constData(), size_t(e.data.size())) == e.data.size();
        archive_entry_free(entry);
    }
    ok = archive_write_close(a) == ARCHIVE_OK && ok;
    archive_write_free(a);
    return ok;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
}

} // namespace ArchiveTestData
