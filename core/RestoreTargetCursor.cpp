// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreTargetCursor.h"

#include "core/ObjectsClient.h"
#include "core/RestoreShards.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int idPageSize = 1000; // ids-only pages (merge): small answers, well under the 10000 cap
constexpr int contentPageSize = 200; // full objects with vectors (overwrite: content hashes)

// The content hash of "unchanged": canonical properties (keys sorted, numbers as doubles) and the exact bits of
// every vector, sorted by name. Both sides come from the same kind of server JSON, so equal content hashes equal.
class ContentHash
{
public:
    // `rename` is applied to the source's side: a reference compares by where it points after the restore renamed
    // its target class. Its href is derived from the beacon by the server, so it is left out on both sides.
    void addProperties(std::string_view raw, const QMap<QString, QString>& rename = {})
    {
        QJsonObject properties
            = QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))).object();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!it.value().isArray())
                continue;
            QJsonArray values = it.value().toArray();
            bool references = false;
            for (QJsonValueRef v : values) {
                QJsonObject ref = v.toObject();
                if (!ref.contains(u"beacon"_s))
                    continue;
                references = true;
                ref.remove(u"href"_s);
                if (!rename.isEmpty())
                    ref.insert(u"beacon"_s,
                        QString::fromStdString(
                            RestoreShards::renamedBeacon(ref.value(u"beacon"_s).toString().toStdString(), rename)));
                v = ref;
            }
            if (references)
                it.value() = values;
        }
        m_hash.addData(QJsonDocument(properties).toJson(QJsonDocument::Compact));
    }
    void addVector(QByteArrayView name, quint32 rows, quint32 dims, const float* values, size_t count)
    {
        m_hash.addData(name);
        m_hash.addData(QByteArray::number(rows) + ':' + QByteArray::number(dims) + ':');
        m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(values), qsizetype(count * sizeof(float))));
    }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

QByteArray hashOf(const SourceObject& o, const QMap<QString, QString>& rename)
{
    ContentHash h;
    h.addProperties(o.properties, rename);
    QList<const ObjectVector*> sorted;
    for (const ObjectVector& v : o.vectors)
        sorted.append(&v);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const ObjectVector* v : sorted)
        h.addVector(v->name.toUtf8(), v->rows, v->dims, v->values.constData(), size_t(v->values.size()));
    return h.result();
}

QByteArray hashOf(const PageObject& o)
{
    ContentHash h;
    h.addProperties(o.properties);
    std::vector<const PageVector*> sorted;
    for (const PageVector& v : o.vectors)
        sorted.push_back(&v);
    std::sort(sorted.begin(), sorted.end(),
        [](auto* a, auto* b) { return QString::fromStdString(a->name) < QString::fromStdString(b->name); });
    for (const PageVector* v : sorted)
        h.addVector(QByteArrayView(v->name.data(), qsizetype(v->name.size())), v->rows, v->dims, v->values.data(),
            v->values.size());
    return h.result();
}

} // namespace

RestoreTargetCursor::RestoreTargetCursor(WeaviateClient& client, QString collection, QString tenant, bool withContent)
    : m_client(client)
    , m_collection(std::move(collection))
    , m_tenant(std::move(tenant))
    , m_withContent(withContent)
{
}

bool RestoreTargetCursor::contains(const std::string& id, QByteArray* hash, OpError* error)
{
    while (true) {
        while (m_pos < m_ids.size() && m_ids[m_pos] < id)
            ++m_pos;
        if (m_pos < m_ids.size()) {
            if (m_ids[m_pos] != id)
                return false;
            if (hash)
                *hash = m_hashes.value(qsizetype(m_pos));
            return true;
        }
        if (m_done)
            return false;
        if (!fetch(error))
            return false;
    }
}

bool RestoreTargetCursor::fetch(OpError* error)
{
    m_ids.clear();
    m_hashes.clear();
    m_pos = 0;
    if (!(m_withContent ? fetchContent(error) : fetchIds(error))) {
        m_done = true;
        return false;
    }
    if (!m_ids.empty())
        m_after = m_ids.back();
    return true;
}

bool RestoreTargetCursor::fetchContent(OpError* error)
{
    HttpResult r = ObjectsClient(m_client).page(
        {.className = m_collection, .tenant = m_tenant, .after = m_after, .limit = contentPageSize});
    if (!r.ok()) {
        *error = r.canceled ? OpError {} : r.error;
        return false;
    }
    if (!m_parser.parse(r.body, m_after, error))
        return false;
    for (size_t i = 0; i < m_parser.count(); ++i) {
        m_ids.push_back(m_parser.object(i).id);
        m_hashes.append(hashOf(m_parser.object(i)));
    }
    m_done = m_parser.count() < size_t(contentPageSize);
    return true;
}

bool RestoreTargetCursor::fetchIds(OpError* error)
{
    QStringList rows;
    if (!m_client.objectIds(m_collection, m_tenant, QString::fromStdString(m_after), idPageSize, &rows, error)
        || m_client.isCanceled())
        return false;
    for (const QString& row : std::as_const(rows)) {
        const std::string id = row.toStdString();
        if (!ObjectPageParser::isCanonicalUuid(id) || (!m_ids.empty() && id <= m_ids.back())
            || (!m_after.empty() && id <= m_after)) {
            *error = OpError::make(OpError::Code::Format,
                tr("The server listed the objects of \"%1\" out of order.").arg(m_collection),
                QString::fromStdString(id));
            return false;
        }
        m_ids.push_back(id);
    }
    m_done = rows.size() < idPageSize;
    return true;
}

RestoreDecision RestoreTargetCursor::decide(
    const RestoreParams& params, RestoreTargetCursor* cursor, const SourceObject& o, OpError* error)
{
    if (!cursor)
        return RestoreDecision::Create;
    QByteArray targetHash;
    const std::string id(o.id);
    const bool exists = cursor->contains(id, params.mode == RestoreMode::Overwrite ? &targetHash : nullptr, error);
    if (!exists)
        return RestoreDecision::Create;
    if (params.mode != RestoreMode::Overwrite)
        return RestoreDecision::Skip;
    return hashOf(o, params.rename) == targetHash ? RestoreDecision::Unchanged : RestoreDecision::Overwrite;
}

void RestoreTargetCursor::count(RestoreObjectCounts& c, RestoreDecision d)
{
    ++c.archived;
    switch (d) {
    case RestoreDecision::Create:
        ++c.create;
        break;
    case RestoreDecision::Overwrite:
        ++c.overwrite;
        break;
    case RestoreDecision::Skip:
        ++c.skip;
        break;
    case RestoreDecision::Unchanged:
        ++c.unchanged;
        break;
    }
}

} // namespace Colvault
