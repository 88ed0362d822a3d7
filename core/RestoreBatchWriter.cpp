// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreBatchWriter.h"

#include "core/GrpcBatchSender.h"
#include "core/Logging.h"
#include "core/RestoreFloatText.h"
#include "core/RestoreShards.h"
#include "core/WeaviateGrpc.h"
#include "v1/batch.pb.h"

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
// Weaviate's default GRPC_MAX_MESSAGE_SIZE, for receiving as for sending (notes 17.1): a batch is split below it.
constexpr qsizetype maxGrpcMessageBytes = 104858000;

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

QString failureText(const OpError& error)
{
    return error.details.isEmpty() ? error.message : error.details;
}

// A batch the server did not take as a whole: a network or authentication problem ends the restore; anything else
// refuses the batch's objects with the server's words.
void refuseBatch(const OpError& error, OpError* fatal, QString* failAll)
{
    if (error.code == OpError::Code::Network || error.code == OpError::Code::Auth)
        *fatal = error;
    else
        *failAll = failureText(error);
}

std::string_view view(const QByteArray& bytes)
{
    return {bytes.constData(), size_t(bytes.size())};
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
    if (!chooseTransport(error))
        return false;
    bool keep = true;
    if (m_grpc) {
        if (!encodeGrpc(o, &keep, error))
            return false;
    } else {
        keep = appendRest(o);
    }
    if (!keep)
        return true;
    remember(o);
    if (qsizetype(m_pending.size()) >= m_batchSize)
        return dispatch(error);
    if (!m_inFlight.empty() && m_pending.size() % 8 == 0)
        m_client.pump(); // the batches in flight keep moving while this one is built
    return true;
}

// gRPC where the client's data transport says so (asked once, at the first object), else REST.
bool RestoreBatchWriter::chooseTransport(OpError* error)
{
    if (m_transportChosen)
        return true;
    OpError e;
    WeaviateGrpc* grpc = m_client.dataGrpc(&e);
    if (e) {
        *error = e;
        return false;
    }
    if (m_client.isCanceled())
        return false;
    m_transportChosen = true;
    if (grpc)
        m_grpc = std::make_unique<GrpcBatchSender>(m_client, *grpc);
    qCDebug(lcRestore).noquote() << "objects travel over" << (grpc ? u"gRPC at "_s + grpc->target() : u"REST"_s);
    return true;
}

// The object into the REST body; false when it cannot travel that way (a failure of its shard).
bool RestoreBatchWriter::appendRest(const SourceObject& o)
{
    if (m_body.isEmpty())
        m_body.append("{\"objects\":[");
    const qsizetype mark = m_body.size();
    if (!m_pending.empty())
        m_body.push_back(',');
    if (appendObject(m_body, m_shard->className, m_shard->tenant, o))
        return true;
    m_body.resize(mark);
    fail(m_shard->item, QString::fromLatin1(o.id.data(), qsizetype(o.id.size())),
        u"a vector holds NaN or infinity, which JSON cannot carry"_s);
    return false;
}

// The object into the gRPC batch. *keep is false when it cannot travel (a value contradicts the schema, or it is
// larger than a message may be): a failure of its shard. The batch's size is its bytes: an object that would take
// it over the message limit is taken off again, the batch is sent first, and the object starts the next one.
bool RestoreBatchWriter::encodeGrpc(const SourceObject& o, bool* keep, OpError* error)
{
    if (!m_shard->schema && !loadSchema(error))
        return false;
    if (!m_batch)
        m_batch = m_grpc->newBatch();
    std::string& bytes = m_batch->bytes();
    const size_t mark = bytes.size();
    std::string problem;
    if (!m_encoder.encode(o, *m_shard->schema, view(m_shard->className), view(m_shard->tenant), &bytes, &problem,
            weaviate::v1::BatchObjectsRequest::kObjectsFieldNumber)) {
        fail(m_shard->item, QString::fromLatin1(o.id.data(), qsizetype(o.id.size())), QString::fromStdString(problem));
        *keep = false;
        return true;
    }
    if (bytes.size() <= size_t(maxGrpcMessageBytes))
        return true;
    const qsizetype size = qsizetype(bytes.size() - mark);
    if (size > maxGrpcMessageBytes) {
        bytes.resize(mark);
        fail(m_shard->item, QString::fromLatin1(o.id.data(), qsizetype(o.id.size())),
            u"the object takes %1 bytes, more than a gRPC message may (%2)"_s.arg(size).arg(maxGrpcMessageBytes));
        *keep = false;
        return true;
    }
    std::unique_ptr<GrpcBatchSender::Batch> next = m_grpc->newBatch();
    next->bytes().assign(bytes, mark);
    bytes.resize(mark);
    if (!dispatch(error))
        return false;
    m_batch = std::move(next);
    return true;
}

// The target class's schema, read once per class when its first object goes over gRPC: the property types the
// encoder needs are the server's, including properties a Merge added.
bool RestoreBatchWriter::loadSchema(OpError* error)
{
    auto it = m_schemas.find(m_shard->className);
    if (it == m_schemas.end()) {
        OpError e;
        const QJsonObject cls = m_client.schemaClass(QString::fromUtf8(m_shard->className), &e);
        if (e || m_client.isCanceled()) {
            *error = e;
            return false;
        }
        it = m_schemas.emplace(m_shard->className, GrpcObjectEncoder::Schema::fromClass(cls)).first;
    }
    m_shard->schema = &it->second;
    return true;
}

void RestoreBatchWriter::remember(const SourceObject& o)
{
    Pending p;
    p.id = std::string(o.id);
    p.shard = m_shard;
    for (const auto& [name, beacons] : o.references)
        for (const std::string& b : beacons)
            p.references.emplace_back(name, RestoreShards::renamedBeacon(b, m_rename));
    m_pending.push_back(std::move(p));
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
    for (InFlight& f : m_inFlight) {
        if (f.grpcCall)
            m_grpc->discard(f.grpcCall);
        else
            m_client.discard(f.request);
    }
    m_inFlight.clear();
    m_refs.clear();
    m_pending.clear();
    m_body.clear();
    m_batch.reset();
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
    InFlight f;
    f.objects.swap(m_pending);
    startObjects(f);
    m_inFlight.push_back(std::move(f));
    return true;
}

// Every object carries its id, and a batch is an upsert by id (REST and gRPC alike): repeating it is safe.
void RestoreBatchWriter::startObjects(InFlight& f)
{
    if (m_grpc) {
        f.grpcCall = m_grpc->start(std::move(m_batch));
        return;
    }
    m_body.append("]}");
    const QByteArray body = std::exchange(m_body, {});
    // The next batch is about as large: a quarter more room, so that it is never copied to grow (each copy of a
    // 2 MB body costs more than the room).
    m_body.reserve(body.size() + body.size() / 4);
    f.request = m_objects.startBatchObjects(body);
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
    const BatchAnswer a = f.grpcCall ? grpcAnswer(f) : restAnswer(f);
    if (a.canceled)
        return false;
    if (a.error) {
        *error = a.error;
        return false;
    }
    if (!a.failAll.isEmpty()) {
        for (const Pending& p : f.objects)
            fail(p.shard->item, QString::fromStdString(p.id), a.failAll);
        return true;
    }
    acceptObjects(f, a.refused);
    if (a.resent)
        rememberForRecheck(f);
    return true;
}

OpError RestoreBatchWriter::unexpectedAnswer(const QString& details)
{
    return OpError::make(
        OpError::Code::Format, tr("The server answered a batch of objects in an unexpected form."), details);
}

RestoreBatchWriter::BatchAnswer RestoreBatchWriter::restAnswer(InFlight& f)
{
    BatchAnswer a;
    HttpResult r = m_client.finish(f.request);
    a.resent = r.attempts > 1;
    qsizetype items = r.ok() ? RestoreBatchAnswerScanner(QByteArrayView(r.body)).scan(&a.refused) : 0;
    // An answer cut short can arrive without a transport error (a connection reset in the middle of the body):
    // the batch is an upsert by id, so it is sent again like any lost answer.
    for (int again = 0; r.ok() && items != qsizetype(f.objects.size()) && again < maxRepeatedBatches; ++again) {
        a.resent = true;
        qCDebug(lcRestore) << "batch answer cut short; sending the batch again";
        r = m_objects.batchObjects(f.request.body);
        a.refused.clear();
        items = r.ok() ? RestoreBatchAnswerScanner(QByteArrayView(r.body)).scan(&a.refused) : 0;
    }
    a.canceled = r.canceled;
    if (r.canceled)
        return a;
    if (!r.ok())
        refuseBatch(r.error, &a.error, &a.failAll);
    else if (items != qsizetype(f.objects.size()))
        a.error = unexpectedAnswer(QString::fromUtf8(r.body.left(500)));
    return a;
}

// The reply lists only the objects that failed, by their position, in no particular order (notes 17.4).
RestoreBatchWriter::BatchAnswer RestoreBatchWriter::grpcAnswer(InFlight& f)
{
    BatchAnswer a;
    const GrpcBatchSender::Result r = m_grpc->finish(f.grpcCall);
    a.resent = r.attempts > 1;
    a.canceled = r.canceled;
    if (r.canceled)
        return a;
    if (!r.ok()) {
        // A gRPC API without BatchObjects (before Weaviate 1.23) would refuse every batch alike: one error.
        if (r.error.httpStatus == 501)
            a.error = r.error;
        else
            refuseBatch(r.error, &a.error, &a.failAll);
        return a;
    }
    for (const auto& e : r.reply->errors()) {
        if (e.index() < 0 || e.index() >= qsizetype(f.objects.size())) {
            a.error = unexpectedAnswer(QString::fromStdString(r.reply->ShortDebugString()).left(500));
            return a;
        }
        a.refused.push_back({e.index(), {}, QString::fromStdString(e.error())});
    }
    std::stable_sort(
        a.refused.begin(), a.refused.end(), [](const auto& x, const auto& y) { return x.index < y.index; });
    // Two messages for one object (never seen, but the list is the server's to make): one failure with both.
    for (size_t i = 1; i < a.refused.size();) {
        if (a.refused[i].index != a.refused[i - 1].index) {
            ++i;
            continue;
        }
        a.refused[i - 1].message += u"; "_s + a.refused[i].message;
        a.refused.erase(a.refused.begin() + qsizetype(i));
    }
    return a;
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
            fail(item.shard->item, QString::fromStdString(item.id + "/" + item.property), failureText(r.error));
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
