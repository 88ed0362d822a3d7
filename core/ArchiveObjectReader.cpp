// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveObjectReader.h"

#include "core/ArchiveLayout.h"
#include "core/ObjectPageParser.h"
#include "core/ReferenceSplitter.h"

#include <cstdio>
#include <simdjson.h>

using namespace Qt::StringLiterals;
namespace od = simdjson::ondemand;

namespace Colvault {

namespace {

// The format's hard limit for one segment pair (docs/archive-format.md, "Bounds").
constexpr qint64 maxSegmentBytes = 256LL * 1024 * 1024;

} // namespace

struct ArchiveObjectReader::Impl
{
    od::parser parser;
    ReferenceSplitter splitter; // the properties apart from the line: the line's document stays valid
};

ArchiveObjectReader::ArchiveObjectReader()
    : d(std::make_unique<Impl>())
{
}

ArchiveObjectReader::~ArchiveObjectReader() = default;

OpError ArchiveObjectReader::damaged(const QString& entry, const QString& details) const
{
    return OpError::make(OpError::Code::Format,
        tr("The archive entry \"%1\" is damaged.").arg(ArchiveLayout::displayName(entry)), details);
}

OpError ArchiveObjectReader::open(const QString& path, const AgeDecryptionKeys& keys)
{
    ArchiveReader::Limits limits;
    limits.maxEntrySize = maxSegmentBytes;
    limits.sha256 = false; // nothing here compares checksums: ArchiveVerifier does, before a restore writes
    return m_reader.open(path, limits, keys);
}

OpError ArchiveObjectReader::advanceEntry(bool* isObjects)
{
    // Moves the reader to the next .jsonl entry (skipping head entries) or to the end.
    *isObjects = false;
    while (true) {
        bool has = false;
        if (OpError e = m_reader.next(&has))
            return e;
        if (!has) {
            m_ended = true;
            return {};
        }
        const ArchiveLayout::EntryName name = ArchiveLayout::parse(m_reader.name());
        switch (name.kind) {
        case ArchiveLayout::EntryKind::Objects:
            m_pendingCollection = name.collection;
            m_pendingTenant = name.tenant;
            m_pendingSegment = name.segment;
            m_atObjectsEntry = true;
            *isObjects = true;
            return {};
        case ArchiveLayout::EntryKind::Vectors:
            return damaged(m_reader.name(), u"vector segment without its object segment"_s);
        case ArchiveLayout::EntryKind::Trailer:
            m_ended = true;
            return {};
        default:
            continue; // manifest, class, tenants, unknown: not objects
        }
    }
}

OpError ArchiveObjectReader::nextShard(bool* has)
{
    *has = false;
    // Skip what is left of the current shard.
    while (m_inShard) {
        const ArchiveObject* o = nullptr;
        if (OpError e = next(&o))
            return e;
        if (!o)
            break;
    }
    if (!m_atObjectsEntry && !m_ended) {
        bool isObjects = false;
        if (OpError e = advanceEntry(&isObjects))
            return e;
    }
    if (m_ended || !m_atObjectsEntry)
        return {};
    if (m_pendingSegment != 0)
        return damaged(m_reader.name(), u"a shard starts with segment %1, not 0"_s.arg(m_pendingSegment));
    if (m_pendingCollection == m_collection && m_pendingTenant == m_tenant && m_segment >= 0)
        return damaged(m_reader.name(), u"a shard's segments are split"_s);
    m_collection = m_pendingCollection;
    m_tenant = m_pendingTenant;
    m_segment = -1;
    m_previousId.clear();
    m_inShard = true;
    if (OpError e = loadSegment())
        return e;
    *has = true;
    return {};
}

OpError ArchiveObjectReader::loadSegment()
{
    m_entry = m_reader.name();
    m_atObjectsEntry = false;
    m_segment = m_pendingSegment;
    // Room for simdjson's padding from the start, so that adding it below does not move the segment.
    m_lines.reserve(qsizetype(std::min<qint64>(m_reader.size(), 16 * 1024 * 1024) + simdjson::SIMDJSON_PADDING));
    if (OpError e = m_reader.readAll(&m_lines, maxSegmentBytes))
        return e;
    // simdjson reads up to SIMDJSON_PADDING bytes past the end of what it parses.
    m_lines.reserve(m_lines.size() + qsizetype(simdjson::SIMDJSON_PADDING));
    m_linePos = 0;
    bool has = false;
    if (OpError e = m_reader.next(&has))
        return e;
    const ArchiveLayout::EntryName vec = has ? ArchiveLayout::parse(m_reader.name()) : ArchiveLayout::EntryName {};
    if (!has || vec.kind != ArchiveLayout::EntryKind::Vectors || vec.collection != m_collection
        || vec.tenant != m_tenant || vec.segment != m_segment)
        return damaged(m_entry, u"not followed by its .vec segment"_s);
    if (OpError e = m_reader.readAll(&m_vectors, maxSegmentBytes - m_lines.size()))
        return e;
    m_codec = std::make_unique<VectorCodec>(m_vectors);
    if (OpError e = m_codec->readHeader())
        return e;
    return {};
}

OpError ArchiveObjectReader::parseLine(std::string_view line, size_t capacity)
{
    od::document doc;
    if (auto e = d->parser.iterate(line.data(), line.size(), capacity).get(doc))
        return damaged(m_entry, QString::fromLatin1(simdjson::error_message(e)));
    od::object top;
    if (doc.get_object().get(top))
        return damaged(m_entry, u"a line is not a JSON object"_s);
    m_object.id = {};
    m_object.properties = {};
    m_object.propertiesWithoutReferences.clear();
    m_object.references.clear();
    bool haveProperties = false;
    for (auto field : top) {
        std::string_view key;
        if (field.unescaped_key().get(key))
            return damaged(m_entry, u"bad key"_s);
        if (key == "id") {
            if (field.value().get_string().get(m_object.id))
                return damaged(m_entry, u"id is not a string"_s);
        } else if (key == "properties") {
            od::object props;
            if (field.value().get_object().get(props) || props.raw_json().get(m_object.properties))
                return damaged(m_entry, u"properties is not an object"_s);
            haveProperties = true;
        }
    }
    if (!haveProperties)
        return damaged(m_entry, u"a line has no properties"_s);
    if (m_referenceNames.isEmpty()) {
        m_object.propertiesWithoutReferences.assign(m_object.properties);
        return {};
    }
    return splitReferences();
}

// Copies the properties without the reference properties, whose beacons go into ArchiveObject::references.
OpError ArchiveObjectReader::splitReferences()
{
    QString problem;
    if (!d->splitter.split(m_object.properties, &m_object.propertiesWithoutReferences, &m_object.references, &problem))
        return damaged(m_entry, problem);
    return {};
}

void ArchiveObjectReader::setReferenceProperties(const QSet<QString>& names)
{
    m_referenceNames = names;
    d->splitter.setNames(names);
}

OpError ArchiveObjectReader::next(const ArchiveObject** object)
{
    *object = nullptr;
    if (!m_inShard)
        return {};
    while (m_linePos >= m_lines.size()) {
        if (!m_codec->atEnd())
            return damaged(m_entry, u"the .vec segment has more records than lines"_s);
        bool isObjects = false;
        if (OpError e = advanceEntry(&isObjects))
            return e;
        if (!isObjects || m_pendingCollection != m_collection || m_pendingTenant != m_tenant) {
            m_inShard = false;
            return {};
        }
        if (m_pendingSegment != m_segment + 1)
            return damaged(m_reader.name(), u"segment %1 follows segment %2"_s.arg(m_pendingSegment).arg(m_segment));
        if (OpError e = loadSegment())
            return e;
    }
    const qsizetype end = m_lines.indexOf('\n', m_linePos);
    if (end < 0)
        return damaged(m_entry, u"the last line has no line feed"_s);
    const char* base = m_lines.constData() + m_linePos;
    const std::string_view line(base, size_t(end - m_linePos));
    const size_t capacity = size_t(m_lines.capacity() - m_linePos);
    m_linePos = end + 1;
    if (OpError e = parseLine(line, capacity))
        return e;
    // The id view may point into simdjson's string buffer, which the next parse overwrites: the object's id is kept in
    // m_previousId until the next object.
    const std::string_view id = m_object.id;
    if (!ObjectPageParser::isCanonicalUuid(id))
        return damaged(
            m_entry, u"\"%1\" is not a canonical UUID"_s.arg(QString::fromUtf8(id.data(), qsizetype(id.size()))));
    if (!m_previousId.empty() && id <= m_previousId)
        return damaged(m_entry,
            u"ids not ascending: %1 after %2"_s.arg(
                QLatin1StringView(id.data(), qsizetype(id.size())), QString::fromStdString(m_previousId)));
    m_previousId.assign(id);
    m_object.id = m_previousId;

    if (m_codec->atEnd())
        return damaged(m_entry, u"the .vec segment has fewer records than lines"_s);
    // Read into the memory of the object before last (m_record and m_object take turns): no object allocates.
    if (OpError e = m_codec->readRecord(&m_record))
        return e;
    if (m_record.id != QUuid::fromString(QLatin1StringView(m_object.id.data(), qsizetype(m_object.id.size()))))
        return damaged(m_entry,
            u"vector record %1 does not match line %2"_s.arg(
                m_record.id.toString(QUuid::WithoutBraces), QString::fromStdString(m_previousId)));
    std::swap(m_object.vectors, m_record.vectors);
    *object = &m_object;
    return {};
}

} // namespace Colvault
