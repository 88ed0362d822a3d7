// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveVerifier.h"

#include "core/ArchiveInspector.h"
#include "core/ArchiveLayout.h"
#include "core/ArchiveReader.h"
#include "core/ArchiveTenants.h"
#include "core/Logging.h"
#include "core/ObjectPageParser.h"
#include "core/VectorCodec.h"

#include <QHash>
#include <QSet>
#include <QUuid>
#include <cstring>
#include <simdjson.h>
#include <string_view>

namespace Colvault {

namespace {

// The archive could not be read at all, which says nothing about the archive: a file's I/O error, or an object in S3
// that is missing, refused (keys) or unreachable. The caller gets it as the OpError, not as a problem.
bool isAccessError(const OpError& error)
{
    using Code = OpError::Code;
    return error.code == Code::Io || error.code == Code::Network || error.code == Code::NotFound
        || error.code == Code::Http || error.code == Code::Auth;
}

struct CollectionState
{
    bool multiTenant = false;
    bool classSeen = false;
    bool tenantsSeen = false;
    QSet<QString> tenants;
    struct Shape
    {
        bool multi = false;
        quint32 dims = 0;
    };
    QHash<QString, Shape> shapes; // per vector name: the first object's shape is the rule
};

struct StreamState
{
    ArchiveTrailer::Counts counts;
    QByteArray lastId; // 36-character UUID text; lowercase hex compares like the bytes
};

// One verification run: the state that the per-entry handlers share.
class VerifyRun
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveVerifier)

public:
    VerifyRun(ArchiveVerification* out, const ArchiveVerifier::Options& options)
        : m_out(out)
        , m_options(options)
    {
    }

    OpError run(const QString& path);

private:
    void problem(const QString& entry, const QString& message, const QString& details = {})
    {
        if (m_out->problems.size() < m_options.maxProblems)
            m_out->problems.append({entry, message, details});
        else
            m_tooMany = true;
    }
    void entryProblem(const QString& details)
    {
        problem(m_name, tr("The archive entry \"%1\" is not valid.").arg(ArchiveLayout::displayName(m_name)), details);
    }
    // Reads the current entry whole; a read error ends the run (the stream cannot be trusted past it).
    bool readEntry(QByteArray* data, qint64 cap)
    {
        if (OpError error = m_reader.readAll(data, cap)) {
            m_fatal = error;
            return false;
        }
        return true;
    }

    void checkEntryPlace(const ArchiveLayout::EntryName& entry, bool first);
    void handleEntry(const ArchiveLayout::EntryName& entry, bool first);
    OpError conclude();
    void handleManifest();
    void handleClass(const ArchiveLayout::EntryName& entry);
    void handleTenants(const ArchiveLayout::EntryName& entry);
    void handleObjects(const ArchiveLayout::EntryName& entry);
    void checkSegmentTenant(const CollectionState& c, const ArchiveLayout::EntryName& entry);
    StreamState& nextSegment(const QString& key, const ArchiveLayout::EntryName& entry);
    bool checkObjectLine(const char* text, size_t size, qint64 line, StreamState& stream);
    void handleVectors(const ArchiveLayout::EntryName& entry);
    void handleTrailer();
    void finalChecks();
    void checkTrailerEntries();
    void checkTrailerCounts();
    CollectionState* collectionFor(const ArchiveLayout::EntryName& entry);

    ArchiveVerification* m_out;
    const ArchiveVerifier::Options& m_options;
    ArchiveReader m_reader;
    QString m_name;
    OpError m_fatal;
    bool m_tooMany = false;
    bool m_manifestOk = false;
    bool m_segmentsStarted = false;
    bool m_trailerSeen = false;
    bool m_afterTrailer = false;
    ArchiveTrailer m_trailer;
    QHash<QString, CollectionState> m_collections;
    QHash<QString, StreamState> m_streams;
    QStringList m_streamOrder;
    QList<ArchiveTrailer::Entry> m_entries;

    // The .jsonl segment whose .vec sibling must come next.
    struct Pending
    {
        bool active = false;
        QString name;
        QString key;
        int segment = -1;
        QList<QUuid> ids;
        qint64 bytes = 0; // of the .jsonl: the pair (.jsonl + .vec) must stay within maxSegmentBytes
    } m_pending;

    simdjson::dom::parser m_parser;
    // The segment pair being checked; kept from one segment to the next, so that each is read into memory that is
    // already there instead of a fresh (page-faulting) allocation.
    QByteArray m_lines;
    QByteArray m_vectors;
};

CollectionState* VerifyRun::collectionFor(const ArchiveLayout::EntryName& entry)
{
    const auto it = m_collections.find(entry.collection);
    if (it == m_collections.end()) {
        problem(m_name, tr("The archive entry \"%1\" belongs to no collection of the manifest.").arg(m_name));
        return nullptr;
    }
    return &*it;
}

void VerifyRun::handleManifest()
{
    QByteArray data;
    if (!readEntry(&data, ArchiveInspector::maxManifestBytes))
        return;
    if (OpError error = ArchiveManifest::fromJson(data, &m_out->manifest)) {
        problem(m_name, error.message, error.details);
        return;
    }
    m_manifestOk = true;
    for (const ArchiveManifest::Collection& c : std::as_const(m_out->manifest.collections))
        m_collections[c.name].multiTenant = c.multiTenant;
}

void VerifyRun::handleClass(const ArchiveLayout::EntryName& entry)
{
    CollectionState* c = collectionFor(entry);
    if (!c)
        return;
    if (m_segmentsStarted)
        entryProblem(QStringLiteral("class definition after the first object segment"));
    QByteArray data;
    if (!readEntry(&data, ArchiveInspector::maxClassBytes))
        return;
    if (OpError error = ArchiveInspector::checkClassJson(entry.collection, c->multiTenant, data))
        problem(m_name, error.message, error.details);
    c->classSeen = true;
}

void VerifyRun::handleTenants(const ArchiveLayout::EntryName& entry)
{
    CollectionState* c = collectionFor(entry);
    if (!c)
        return;
    if (!c->multiTenant)
        entryProblem(QStringLiteral("tenants of a collection without multi-tenancy"));
    if (m_segmentsStarted)
        entryProblem(QStringLiteral("tenant list after the first object segment"));
    QByteArray data;
    if (!readEntry(&data, ArchiveInspector::maxTenantsBytes))
        return;
    QList<ArchiveTenant> tenants;
    if (OpError error = ArchiveTenants::fromJson(m_name, data, &tenants))
        problem(m_name, error.message, error.details);
    for (const ArchiveTenant& t : std::as_const(tenants))
        c->tenants.insert(t.name);
    c->tenantsSeen = true;
}

void VerifyRun::handleObjects(const ArchiveLayout::EntryName& entry)
{
    m_segmentsStarted = true;
    if (m_pending.active) {
        problem(m_pending.name, tr("The object segment \"%1\" has no vector segment.").arg(m_pending.name));
        m_pending = {};
    }
    CollectionState* c = collectionFor(entry);
    if (!c)
        return;
    checkSegmentTenant(*c, entry);
    const QString key = entry.collection + u'/' + entry.tenant;
    StreamState& stream = nextSegment(key, entry);

    QByteArray& data = m_lines;
    if (!readEntry(&data, m_options.maxSegmentBytes))
        return;
    // simdjson reads up to SIMDJSON_PADDING bytes past a document; give it zeroed room after the last line.
    const qsizetype size = data.size();
    data.resize(size + qsizetype(simdjson::SIMDJSON_PADDING));
    std::memset(data.data() + size, 0, simdjson::SIMDJSON_PADDING);
    data.resize(size);
    if (data.capacity() < size + qsizetype(simdjson::SIMDJSON_PADDING))
        data.reserve(size + qsizetype(simdjson::SIMDJSON_PADDING) + 1);

    m_pending = {true, m_name, key, entry.segment, {}, size};
    qsizetype pos = 0;
    qint64 line = 0;
    while (pos < size) {
        ++line;
        const qsizetype end = data.indexOf('\n', pos);
        if (end < 0) {
            entryProblem(QStringLiteral("line %1 does not end with a line break").arg(line));
            break;
        }
        const bool ok = checkObjectLine(data.constData() + pos, size_t(end - pos), line, stream);
        pos = end + 1;
        if (!ok)
            break;
    }
    if (size == 0)
        entryProblem(QStringLiteral("empty segment"));
    stream.counts.objects += m_pending.ids.size();
}

void VerifyRun::checkSegmentTenant(const CollectionState& c, const ArchiveLayout::EntryName& entry)
{
    if (!c.classSeen)
        entryProblem(QStringLiteral("object segment before the collection's class.json"));
    if (c.multiTenant && (entry.tenant.isEmpty() || !c.tenants.contains(entry.tenant)))
        entryProblem(QStringLiteral("segment of a tenant that tenants.json does not list"));
    if (!c.multiTenant && !entry.tenant.isEmpty())
        entryProblem(QStringLiteral("tenant segment in a collection without multi-tenancy"));
}

// The stream (collection or tenant) the segment belongs to, started on its first segment; segments count up from 0.
StreamState& VerifyRun::nextSegment(const QString& key, const ArchiveLayout::EntryName& entry)
{
    auto it = m_streams.find(key);
    if (it == m_streams.end()) {
        it = m_streams.insert(key, StreamState {{entry.collection, entry.tenant, 0, 0, 0}, {}});
        m_streamOrder.append(key);
    }
    StreamState& stream = *it;
    if (entry.segment != stream.counts.segments) {
        entryProblem(
            QStringLiteral("segment %1 where segment %2 was expected").arg(entry.segment).arg(stream.counts.segments));
    }
    ++stream.counts.segments;
    return stream;
}

// One .jsonl line (padded for simdjson by the caller); false when the segment cannot be read further.
bool VerifyRun::checkObjectLine(const char* text, size_t size, qint64 line, StreamState& stream)
{
    const auto lineProblem = [&](const QString& what) {
        entryProblem(QStringLiteral("line %1: %2").arg(line).arg(what));
        return false;
    };
    simdjson::dom::element doc;
    simdjson::dom::object object;
    std::string_view id;
    simdjson::dom::object properties;
    int64_t created = 0;
    int64_t updated = 0;
    if (const auto error = m_parser.parse(text, size, false).get(doc))
        return lineProblem(QString::fromLatin1(simdjson::error_message(error)));
    if (doc.get_object().get(object))
        return lineProblem(QStringLiteral("not a JSON object"));
    if (object["id"].get_string().get(id) || !ObjectPageParser::isCanonicalUuid(id))
        return lineProblem(QStringLiteral("\"id\" is not a lowercase UUID"));
    if (object["properties"].get_object().get(properties) || object["creationTimeUnix"].get_int64().get(created)
        || object["lastUpdateTimeUnix"].get_int64().get(updated))
        return lineProblem(QStringLiteral("missing or invalid properties or timestamps"));
    const QByteArray idText(id.data(), qsizetype(id.size()));
    if (!stream.lastId.isEmpty() && idText <= stream.lastId) {
        return lineProblem(QStringLiteral("id %1 is not above %2")
                               .arg(QString::fromLatin1(idText), QString::fromLatin1(stream.lastId)));
    }
    stream.lastId = idText;
    m_pending.ids.append(QUuid::fromString(QLatin1StringView(idText)));
    return true;
}

void VerifyRun::handleVectors(const ArchiveLayout::EntryName& entry)
{
    m_segmentsStarted = true;
    const QString key = entry.collection + u'/' + entry.tenant;
    if (!m_pending.active || m_pending.key != key || m_pending.segment != entry.segment) {
        problem(m_name, tr("The vector segment \"%1\" does not follow its object segment.").arg(m_name));
        m_pending = {};
        return;
    }
    const Pending pending = std::exchange(m_pending, {});
    CollectionState* c = collectionFor(entry);
    if (!c)
        return;
    QByteArray& data = m_vectors;
    if (!readEntry(&data, m_options.maxSegmentBytes - pending.bytes))
        return;
    VectorCodec codec(data);
    if (OpError error = codec.readHeader()) {
        problem(m_name, error.message, error.details);
        return;
    }
    StreamState& stream = m_streams[key];
    qsizetype records = 0;
    VectorRecord record;
    while (!codec.atEnd()) {
        if (OpError error = codec.readRecord(&record, VectorCodec::Values::Skip)) {
            problem(m_name, error.message, error.details);
            return;
        }
        if (records >= pending.ids.size() || record.id != pending.ids.at(records)) {
            entryProblem(QStringLiteral("record %1 (%2) does not match line %1 of the object segment")
                             .arg(records + 1)
                             .arg(record.id.toString(QUuid::WithoutBraces)));
            return;
        }
        ++records;
        stream.counts.vectors += record.vectors.size();
        for (const ObjectVector& v : std::as_const(record.vectors)) {
            const auto shape = c->shapes.constFind(v.name);
            if (shape == c->shapes.constEnd()) {
                c->shapes.insert(v.name, {v.isMulti(), v.dims});
            } else if (shape->multi != v.isMulti() || shape->dims != v.dims) {
                entryProblem(QStringLiteral("object %1: vector '%2' has %3 dimensions where the collection has %4")
                                 .arg(record.id.toString(QUuid::WithoutBraces), v.name)
                                 .arg(v.dims)
                                 .arg(shape->dims));
                return;
            }
        }
    }
    if (records != pending.ids.size())
        entryProblem(QStringLiteral("%1 vector records for %2 objects").arg(records).arg(pending.ids.size()));
}

void VerifyRun::handleTrailer()
{
    if (m_pending.active) {
        problem(m_pending.name, tr("The object segment \"%1\" has no vector segment.").arg(m_pending.name));
        m_pending = {};
    }
    QByteArray data;
    if (!readEntry(&data, m_options.maxSegmentBytes))
        return;
    if (OpError error = ArchiveTrailer::fromJson(data, &m_trailer)) {
        problem(m_name, error.message, error.details);
        return;
    }
    m_trailerSeen = true;
}

void VerifyRun::finalChecks()
{
    if (m_pending.active)
        problem(m_pending.name, tr("The object segment \"%1\" has no vector segment.").arg(m_pending.name));
    for (auto it = m_collections.cbegin(); it != m_collections.cend(); ++it) {
        if (!it->classSeen || (it->multiTenant && !it->tenantsSeen)) {
            problem(
                {}, tr("The archive has no class definition or tenant list for the collection \"%1\".").arg(it.key()));
        }
    }
    for (const QString& key : std::as_const(m_streamOrder))
        m_out->counts.append(m_streams.value(key).counts);

    if (!m_trailerSeen || m_afterTrailer) {
        if (!m_trailerSeen)
            problem({}, tr("The archive is incomplete: it has no valid trailer."));
        return;
    }
    m_out->hasTrailer = true;
    checkTrailerEntries();
    checkTrailerCounts();
}

// The entries read against the trailer's list: each listed, with its size and SHA-256, in the listed order, and
// every listed entry read.
void VerifyRun::checkTrailerEntries()
{
    QHash<QString, qsizetype> listed;
    for (qsizetype i = 0; i < m_trailer.entries.size(); ++i)
        listed.insert(m_trailer.entries.at(i).name, i);
    QSet<QString> read;
    bool orderReported = false;
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        const ArchiveTrailer::Entry& e = m_entries.at(i);
        read.insert(e.name);
        const auto it = listed.constFind(e.name);
        if (it == listed.constEnd()) {
            problem(e.name, tr("The archive entry \"%1\" is not listed in the trailer.").arg(e.name));
            continue;
        }
        const ArchiveTrailer::Entry& expected = m_trailer.entries.at(*it);
        if (expected.size != e.size || expected.sha256 != e.sha256) {
            problem(e.name, tr("The archive entry \"%1\" does not match its checksum.").arg(e.name),
                QStringLiteral("size %1 sha256 %2, trailer says size %3 sha256 %4")
                    .arg(e.size)
                    .arg(QString::fromLatin1(e.sha256))
                    .arg(expected.size)
                    .arg(QString::fromLatin1(expected.sha256)));
        }
        if (*it != i && !orderReported) {
            orderReported = true;
            problem(e.name, tr("The archive entries are not in the order the trailer lists."));
        }
    }
    for (const ArchiveTrailer::Entry& e : std::as_const(m_trailer.entries)) {
        if (!read.contains(e.name))
            problem(e.name, tr("The archive entry \"%1\" is missing.").arg(e.name));
    }
}

// The objects, vectors and segments counted per collection or tenant against the trailer's counts rows.
void VerifyRun::checkTrailerCounts()
{
    QSet<QString> rows;
    for (const ArchiveTrailer::Counts& expected : std::as_const(m_trailer.counts)) {
        const QString key = expected.collection + u'/' + expected.tenant;
        rows.insert(key);
        const ArchiveTrailer::Counts found
            = m_streams.value(key, StreamState {{expected.collection, expected.tenant, 0, 0, 0}, {}}).counts;
        const auto c = m_collections.constFind(expected.collection);
        const bool known = c != m_collections.cend()
            && (c->multiTenant ? c->tenants.contains(expected.tenant) : expected.tenant.isEmpty());
        if (!known || found != expected) {
            problem({},
                tr("The object counts of \"%1\" do not match the trailer.")
                    .arg(key.endsWith(u'/') ? key.chopped(1) : key),
                QStringLiteral("found %1 objects, %2 vectors, %3 segments; trailer says %4, %5, %6")
                    .arg(found.objects)
                    .arg(found.vectors)
                    .arg(found.segments)
                    .arg(expected.objects)
                    .arg(expected.vectors)
                    .arg(expected.segments));
        }
        if (!m_streams.contains(key))
            m_out->counts.append(found);
    }
    for (const QString& key : std::as_const(m_streamOrder)) {
        if (!rows.contains(key))
            problem({},
                tr("The object counts of \"%1\" do not match the trailer.")
                    .arg(key.endsWith(u'/') ? key.chopped(1) : key),
                QStringLiteral("no counts row in the trailer"));
    }
}

OpError VerifyRun::run(const QString& path)
{
    ArchiveReader::Limits limits;
    limits.maxEntrySize = std::max(m_options.maxSegmentBytes, ArchiveInspector::maxTenantsBytes);
    if (OpError error = m_reader.open(path, limits, m_options.keys)) {
        using Code = OpError::Code;
        if (isAccessError(error) || error.code == Code::Usage)
            return error;
        problem({}, error.message, error.details); // not even the start of the stream decodes
        finalChecks(); // also "incomplete", as for a stream cut later: e.g. a backup killed before its first block
        return {};
    }
    while (!m_tooMany) {
        if (m_options.progress && !m_options.progress(m_reader.compressedBytesRead(), m_reader.fileSize())) {
            m_out->canceled = true;
            m_out->entries = m_reader.entryCount();
            return {};
        }
        bool hasEntry = false;
        if (OpError error = m_reader.next(&hasEntry)) {
            m_fatal = error;
            m_name = m_reader.name();
            break;
        }
        if (!hasEntry)
            break;
        m_name = m_reader.name();
        const ArchiveLayout::EntryName entry = ArchiveLayout::parse(m_name);
        const bool first = m_reader.entryCount() == 1;
        checkEntryPlace(entry, first);
        handleEntry(entry, first);
        if (!m_fatal && !m_reader.entryFinished()) {
            if (OpError error = m_reader.skip())
                m_fatal = error;
        }
        if (m_fatal)
            break;
        m_out->uncompressedBytes += m_reader.size();
        if (entry.kind != ArchiveLayout::EntryKind::Trailer)
            m_entries.append({m_name, m_reader.size(), m_reader.sha256()});
    }
    return conclude();
}

// Nothing after the trailer, and the manifest first and only there.
void VerifyRun::checkEntryPlace(const ArchiveLayout::EntryName& entry, bool first)
{
    if (m_trailerSeen && !m_afterTrailer) {
        m_afterTrailer = true;
        problem(
            m_name, tr("The archive entry \"%1\" comes after the trailer.").arg(ArchiveLayout::displayName(m_name)));
    }
    if (first != (entry.kind == ArchiveLayout::EntryKind::Manifest)) {
        problem(m_name,
            first ? tr("The file is not a Colvault archive.")
                  : tr("The archive entry \"%1\" is not valid.").arg(m_name),
            QStringLiteral("manifest.json must be the first entry"));
    }
}

void VerifyRun::handleEntry(const ArchiveLayout::EntryName& entry, bool first)
{
    switch (entry.kind) {
    case ArchiveLayout::EntryKind::Manifest:
        if (first)
            handleManifest();
        break;
    case ArchiveLayout::EntryKind::Class:
        handleClass(entry);
        break;
    case ArchiveLayout::EntryKind::Tenants:
        handleTenants(entry);
        break;
    case ArchiveLayout::EntryKind::Objects:
        handleObjects(entry);
        break;
    case ArchiveLayout::EntryKind::Vectors:
        handleVectors(entry);
        break;
    case ArchiveLayout::EntryKind::Trailer:
        handleTrailer();
        break;
    case ArchiveLayout::EntryKind::Unknown:
        problem(
            m_name, tr("The archive contains the unexpected entry \"%1\".").arg(ArchiveLayout::displayName(m_name)));
        break;
    }
}

// After the last entry read (or a read error): an Io error is the caller's; anything else is a problem of the
// archive, and the final checks run on what was read.
OpError VerifyRun::conclude()
{
    m_out->entries = m_reader.entryCount();
    if (m_fatal) {
        if (isAccessError(m_fatal))
            return m_fatal;
        problem(m_name, m_fatal.message, m_fatal.details);
        m_trailerSeen = false; // whatever came before, the archive as read is not whole
    }
    if (m_tooMany)
        m_out->problems.append(
            {{}, tr("Verification stopped after %Ln problems.", nullptr, m_options.maxProblems), {}});
    if (!m_manifestOk && m_out->problems.isEmpty())
        problem({}, tr("The file is not a Colvault archive."));
    finalChecks();
    return {};
}

} // namespace

OpError ArchiveVerifier::verify(const QString& path, ArchiveVerification* out, const Options& options)
{
    *out = ArchiveVerification();
    VerifyRun run(out, options);
    const OpError error = run.run(path);
    qCInfo(lcArchive) << "verified" << path << out->entries << "entries," << out->problems.size() << "problems";
    return error;
}

} // namespace Colvault
