// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreBatchWriter.h"

#include "core/Logging.h"
#include "core/RestoreFloatText.h"
#include "core/RestoreShards.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int referencesPerRequest = 500;
constexpr int maxLostRounds = 5; // references requests whose answer was lost, checked and sent again
constexpr int maxRepeatedBatches = 5; // batches whose answer arrived cut short, sent again
constexpr qsizetype maxKeptFailures = 10000;

// Float32 in its shortest round-trip text: the server parses it back to the same bits. RestoreFloatText writes
// exactly what std::to_chars would, straight into the body (the longest float32 text is 15 bytes, plus its comma),
// the body's only pass over them.
bool appendFloats(QByteArray& out, const float* values, size_t n)
{
    constexpr qsizetype perValue = RestoreFloatText::maxLength + 1;
    const qsizetype start = out.size();
    const qsizetype needed = start + qsizetype(n) * perValue + 2 + RestoreFloatText::room;
    // Grown by half at least: QByteArray::resize() allocates only what is asked, and the body grows object by object.
    if (needed > out.capacity())
        out.reserve(std::max(needed, out.capacity() + out.capacity() / 2));
    out.resize(needed);
    char* p = out.data() + start;
    *p++ = '[';
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(values[i])) {
            out.resize(start);
            return false;
        }
        if (i)
            *p++ = ',';
        p = RestoreFloatText::write(p, values[i]);
    }
    *p++ = ']';
    out.resize(p - out.constData());
    return true;
}

bool appendVector(QByteArray& out, const ObjectVector& v)
{
    if (!v.isMulti())
        return appendFloats(out, v.values.constData(), size_t(v.values.size()));
    out.push_back('[');
    for (quint32 r = 0; r < v.rows; ++r) {
        if (r)
            out.push_back(',');
        if (!appendFloats(out, v.values.constData() + size_t(r) * v.dims, v.dims))
            return false;
    }
    out.push_back(']');
    return true;
}

// One object of a batch body; false when a vector holds a value JSON cannot carry (NaN, infinity).
bool appendObject(QByteArray& out, const QByteArray& className, const QByteArray& tenant, const SourceObject& o)
{
    out.append("{\"class\":\"").append(className).append("\",\"id\":\"");
    out.append(o.id.data(), qsizetype(o.id.size())).append("\"");
    if (!tenant.isEmpty())
        out.append(",\"tenant\":\"").append(tenant).append("\"");
    out.append(",\"properties\":");
    out.append(o.propertiesWithoutReferences.data(), qsizetype(o.propertiesWithoutReferences.size()));
    bool named = false;
    for (const ObjectVector& v : o.vectors) {
        if (v.name.isEmpty()) {
            out.append(",\"vector\":");
            if (!appendVector(out, v))
                return false;
        }
    }
    for (const ObjectVector& v : o.vectors) {
        if (v.name.isEmpty())
            continue;
        out.append(named ? ",\"" : ",\"vectors\":{\"").append(v.name.toUtf8()).append("\":");
        named = true;
        if (!appendVector(out, v))
            return false;
    }
    if (named)
        out.push_back('}');
    out.push_back('}');
    return true;
}

QString failureText(const HttpResult& r)
{
    return r.error.details.isEmpty() ? r.error.message : r.error.details;
}

} // namespace

RestoreBatchWriter::RestoreBatchWriter(
    WeaviateClient& client, RestoreReport& report, QMap<QString, QString> rename, int batchSize, int concurrency)
    : m_client(client)
    , m_objects(client)
    , m_report(report)
    , m_rename(std::move(rename))
    , m_batchSize(std::max(1, batchSize))
    , m_concurrency(std::max(1, concurrency))
{
}

RestoreBatchWriter::~RestoreBatchWriter()
{
    abandon();
}

void RestoreBatchWriter::startShard(RestoreCollectionReport* item, const QString& tenant)
{
    m_shards.push_back({item, item->collection.toUtf8(), tenant.toUtf8()});
    m_shard = &m_shards.back();
}

bool RestoreBatchWriter::add(const SourceObject& o, OpError* error)
{
    if (m_body.isEmpty())
        m_body.append("{\"objects\":[");
    const qsizetype mark = m_body.size();
    if (!m_pending.empty())
        m_body.push_back(',');
    if (!appendObject(m_body, m_shard->className, m_shard->tenant, o)) {
        m_body.resize(mark);
        fail(m_shard->item, QString::fromLatin1(o.id.data(), qsizetype(o.id.size())),
            u"a vector holds NaN or infinity, which JSON cannot carry"_s);
        return true;
    }
    Pending p;
    p.id = std::string(o.id);
    p.shard = m_shard;
    for (const auto& [name, beacons] : o.references)
        for (const std::string& b : beacons)
            p.references.emplace_back(name, RestoreShards::renamedBeacon(b, m_rename));
    m_pending.push_back(std::move(p));
    if (qsizetype(m_pending.size()) >= m_batchSize)
        return dispatch(error);
    if (!m_inFlight.empty() && m_pending.size() % 8 == 0)
        m_client.pump(); // the batches in flight keep moving while this one is built
    return true;
}

bool RestoreBatchWriter::finishObjects(OpError* error)
{
    if (!dispatch(error))
        return false;
    while (!m_inFlight.empty())
        if (!collectOldest(error))
            return false;
    return true;
}

bool RestoreBatchWriter::finishReferences(OpError* error)
{
    flushReferences();
    while (!m_inFlight.empty())
        if (!collectOldest(error))
            return false;
    return recheckResentBatches(error);
}

void RestoreBatchWriter::abandon()
{
    for (InFlight& f : m_inFlight)
        m_client.discard(f.request);
    m_inFlight.clear();
    m_refs.clear();
    m_pending.clear();
    m_body.clear();
}

bool RestoreBatchWriter::dispatch(OpError* error)
{
    if (m_pending.empty())
        return true;
    // At most `concurrency` in flight: the next batch was built while these travelled.
    while (qsizetype(m_inFlight.size()) >= m_concurrency)
        if (!collectOldest(error))
            return false;
    if (m_client.isCanceled())
        return false;
    m_body.append("]}");
    const QByteArray body = std::exchange(m_body, {});
    // The next batch is about as large: a quarter more room, so that it is never copied to grow (each copy of a
    // 2 MB body costs more than the room).
    m_body.reserve(body.size() + body.size() / 4);
    InFlight f;
    f.objects.swap(m_pending);
    // Every object carries its id, and a batch is an upsert by id: repeating it is safe.
    f.request = m_objects.startBatchObjects(body);
    m_inFlight.push_back(std::move(f));
    return true;
}

bool RestoreBatchWriter::collectOldest(OpError* error)
{
    InFlight f = std::move(m_inFlight.front());
    m_inFlight.pop_front();
    if (!f.references.empty()) {
        const HttpResult r = m_client.finish(f.request);
        return referencesAnswered(f.references, r, 0, error);
    }
    return collectObjects(f, error);
}

bool RestoreBatchWriter::collectObjects(InFlight& f, OpError* error)
{
    HttpResult r = m_client.finish(f.request);
    bool resent = r.attempts > 1;
    std::vector<BatchItemFailure> refused;
    qsizetype items = r.ok() ? RestoreBatchAnswerScanner(QByteArrayView(r.body)).scan(&refused) : 0;
    // An answer cut short can arrive without a transport error (a connection reset in the middle of the body):
    // the batch is an upsert by id, so it is sent again like any lost answer.
    for (int again = 0; r.ok() && items != qsizetype(f.objects.size()) && again < maxRepeatedBatches; ++again) {
        resent = true;
        qCDebug(lcRestore) << "batch answer cut short; sending the batch again";
        r = m_objects.batchObjects(f.request.body);
        refused.clear();
        items = r.ok() ? RestoreBatchAnswerScanner(QByteArrayView(r.body)).scan(&refused) : 0;
    }
    if (r.canceled)
        return false;
    if (!r.ok()) {
        if (r.error.code == OpError::Code::Network || r.error.code == OpError::Code::Auth) {
            *error = r.error;
            return false;
        }
        for (const Pending& p : f.objects)
            fail(p.shard->item, QString::fromStdString(p.id), failureText(r));
        return true;
    }
    if (items != qsizetype(f.objects.size())) {
        *error = OpError::make(OpError::Code::Format,
            tr("The server answered a batch of objects in an "
               "unexpected form."),
            QString::fromUtf8(r.body.left(500)));
        return false;
    }
    acceptObjects(f, refused);
    if (resent)
        rememberForRecheck(f);
    return true;
}

// Counts what the server accepted, each object in its own shard, and gathers its references, across batches and
// shards (each reference names its class and tenant), into requests of up to referencesPerRequest.
void RestoreBatchWriter::acceptObjects(const InFlight& f, const std::vector<BatchItemFailure>& refused)
{
    auto refusedIt = refused.begin();
    for (size_t i = 0; i < f.objects.size(); ++i) {
        const Pending& p = f.objects[i];
        if (refusedIt != refused.end() && refusedIt->index == qsizetype(i)) {
            fail(p.shard->item, QString::fromStdString(refusedIt->id.empty() ? p.id : refusedIt->id),
                refusedIt->message);
            ++refusedIt;
            continue;
        }
        ++p.shard->item->written;
        ++m_report.objects;
        // References once, for objects just written: an upsert left the object without them.
        for (const auto& [prop, beacon] : p.references) {
            m_refs.push_back({p.id, p.shard, prop, beacon});
            if (m_refs.size() >= size_t(referencesPerRequest))
                flushReferences();
        }
    }
}

// An earlier copy of a batch sent more than once may still be on its way (its answer timed out or was cut): landing
// after the references, that upsert would replace the objects without them. Checked at the end.
void RestoreBatchWriter::rememberForRecheck(const InFlight& f)
{
    std::vector<RefItem> check;
    for (const Pending& p : f.objects)
        for (const auto& [prop, beacon] : p.references)
            check.push_back({p.id, p.shard, prop, beacon});
    if (!check.empty())
        m_recheck.push_back(std::move(check));
}

// Puts the gathered references in flight (after their objects were accepted, as gathered).
void RestoreBatchWriter::flushReferences()
{
    if (m_refs.empty())
        return;
    std::vector<RefItem> items;
    items.swap(m_refs);
    startReferences(std::move(items));
}

// After the last batch: the references of every batch that was sent more than once are read back, and those a
// late copy of the batch wiped are added again (not counted twice: they were counted when first added).
bool RestoreBatchWriter::recheckResentBatches(OpError* error)
{
    if (m_recheck.empty())
        return true;
    // A copy the client gave up on is, in practice, written or dropped by the server within moments; rechecking
    // at once could miss it, so the check waits one transfer timeout, at most 5 s. Not a proof: a server that
    // holds a request longer can still land it afterwards (docs/reliability.md).
    if (!m_client.sleepUnlessCanceled(std::min(m_client.endpoint().transferTimeoutMs, 5000)))
        return false;
    m_countReferences = false;
    for (const std::vector<RefItem>& check : m_recheck) {
        std::vector<RefItem> missing;
        for (const RefItem& item : check) {
            const int found = hasReference(item, error);
            if (found < 0)
                return false;
            if (found == 0)
                missing.push_back(item);
        }
        if (!missing.empty()) {
            qCDebug(lcRestore) << missing.size() << "references wiped by a late copy of a batch; adding them again";
            if (!sendReferences(missing, 0, error))
                return false;
        }
    }
    m_recheck.clear();
    m_countReferences = true;
    return true;
}

QByteArray RestoreBatchWriter::referencesBody(const std::vector<RefItem>& refItems)
{
    std::string items;
    for (const RefItem& r : refItems) {
        if (!items.empty())
            items.push_back(',');
        items.append("{\"from\":\"weaviate://localhost/").append(r.shard->className.constData()).append("/");
        items.append(r.id).append("/").append(r.property).append("\",\"to\":\"").append(r.beacon).append("\"");
        if (!r.shard->tenant.isEmpty())
            items.append(",\"tenant\":\"").append(r.shard->tenant.constData()).append("\"");
        items.push_back('}');
    }
    return "[" + QByteArray::fromStdString(items) + "]";
}

// Puts a references request in flight; it is collected like an object batch.
void RestoreBatchWriter::startReferences(std::vector<RefItem> refItems)
{
    InFlight f;
    f.references = std::move(refItems);
    // Never repeated blindly: a reference is appended, so repeating a request whose answer was lost would
    // duplicate it (notes 6.2). Retried only where the server did not act (429, 503, refused); after an
    // ambiguous failure referencesAnswered() reads back which references landed.
    f.request = m_objects.startBatchReferences(referencesBody(f.references));
    m_inFlight.push_back(std::move(f));
}

// The synchronous resend of the references that did not land after an answer was lost.
bool RestoreBatchWriter::sendReferences(const std::vector<RefItem>& refItems, int lostRounds, OpError* error)
{
    const HttpResult r = m_objects.batchReferences(referencesBody(refItems));
    return referencesAnswered(refItems, r, lostRounds, error);
}

bool RestoreBatchWriter::referencesAnswered(
    const std::vector<RefItem>& refItems, const HttpResult& r, int lostRounds, OpError* error)
{
    if (r.canceled)
        return false;
    if (!r.ok()) {
        if (r.maybeApplied && lostRounds < maxLostRounds)
            return readBackReferences(refItems, lostRounds, error);
        if (r.error.code == OpError::Code::Network || r.error.code == OpError::Code::Auth) {
            *error = r.error;
            return false;
        }
        for (const RefItem& item : refItems)
            fail(item.shard->item, QString::fromStdString(item.id + "/" + item.property), failureText(r));
        return true;
    }
    // A references answer echoes only from/to: small enough to read whole.
    const QJsonArray results = QJsonDocument::fromJson(r.body).array();
    for (qsizetype i = 0; i < results.size() && i < qsizetype(refItems.size()); ++i) {
        const QJsonObject result = results[i].toObject().value(u"result"_s).toObject();
        const RefItem& item = refItems[size_t(i)];
        if (result.value(u"status"_s).toString() == u"FAILED") {
            QStringList messages;
            for (const QJsonValue& e : result.value(u"errors"_s).toObject().value(u"error"_s).toArray())
                messages << e.toObject().value(u"message"_s).toString();
            fail(item.shard->item, QString::fromStdString(item.id + "/" + item.property), messages.join(u"; "_s));
        } else {
            countReference(item.shard->item);
        }
    }
    return true;
}

// No complete answer (connection dropped, server restarting, a gateway's 502/504): read which references landed
// (a GET is safe to repeat, and retried while the server is away) and send only the others.
bool RestoreBatchWriter::readBackReferences(const std::vector<RefItem>& refItems, int lostRounds, OpError* error)
{
    std::vector<RefItem> missing;
    for (const RefItem& item : refItems) {
        const int found = hasReference(item, error);
        if (found < 0)
            return false;
        if (found > 0)
            countReference(item.shard->item);
        else
            missing.push_back(item);
    }
    return missing.empty() || sendReferences(missing, lostRounds + 1, error);
}

// 1 when the object's property holds a beacon to the reference's target (by uuid, since the server may have
// filled in the class), 0 when not, -1 on error (*error set unless canceled).
int RestoreBatchWriter::hasReference(const RefItem& item, OpError* error)
{
    const HttpResult r = m_objects.object(QString::fromUtf8(item.shard->className), QString::fromStdString(item.id),
        QString::fromUtf8(item.shard->tenant));
    if (r.canceled)
        return -1;
    if (!r.ok()) {
        *error = r.error;
        return -1;
    }
    const std::string_view beacon(item.beacon);
    const QString targetId = QString::fromUtf8(beacon.substr(beacon.rfind('/') + 1));
    const QJsonArray refs = QJsonDocument::fromJson(r.body)
                                .object()
                                .value(u"properties"_s)
                                .toObject()
                                .value(QString::fromStdString(item.property))
                                .toArray();
    for (const QJsonValue& v : refs)
        if (v.toObject().value(u"beacon"_s).toString().endsWith(targetId))
            return 1;
    return 0;
}

void RestoreBatchWriter::countReference(RestoreCollectionReport* item)
{
    if (!m_countReferences)
        return;
    ++item->references;
    ++m_report.references;
}

void RestoreBatchWriter::fail(RestoreCollectionReport* item, const QString& id, const QString& message)
{
    ++m_report.failureCount;
    if (m_report.failures.size() < maxKeptFailures)
        m_report.failures.append({item->collection, item->tenant, id, message});
}

} // namespace Colvault
