// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/GrpcVectorPages.h"

#include "core/Logging.h"
#include "core/OperationGuard.h"
#include "core/WeaviateGrpc.h"

#include <QStringView>
#include <algorithm>
#include <bit>
#include <chrono>
#include <cstring>
#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;
namespace pb = weaviate::v1;

namespace Colvault {

struct GrpcVectorPages::Queue
{
    grpc::CompletionQueue queue;
};

// One page's Search, repeated in place after a transient failure (a new context for every attempt).
struct GrpcVectorPages::Call
{
    pb::SearchRequest request;
    std::unique_ptr<pb::SearchReply> reply; // from the spare ones, given back when the call is dropped
    std::unique_ptr<grpc::ClientContext> context;
    grpc::Status status;
    std::unique_ptr<grpc::ClientAsyncResponseReader<pb::SearchReply>> rpc;
    int attempt = 0;
    bool done = true; // no attempt under way (guarded by m_mutex)
    bool abandoned = false; // discarded while under way: the serving thread drops it when it ends
};

namespace {

// The codes WeaviateGrpc retries. CANCELLED here is never our own cancel (that ends the wait first): a server or
// proxy gave up on the call.
bool isRetryable(grpc::StatusCode code)
{
    return code == grpc::StatusCode::UNAVAILABLE || code == grpc::StatusCode::DEADLINE_EXCEEDED
        || code == grpc::StatusCode::RESOURCE_EXHAUSTED || code == grpc::StatusCode::CANCELLED;
}

// `bytes` as float32 values: the archive's own little-endian layout, so on a little-endian machine a copy.
void copyFloats(std::string_view bytes, std::vector<float>& out)
{
    const size_t n = bytes.size() / sizeof(float);
    out.resize(n);
    if (n == 0)
        return; // memcpy from an empty view's null pointer is undefined even for 0 bytes (UBSan)
    std::memcpy(out.data(), bytes.data(), n * sizeof(float));
    if constexpr (std::endian::native == std::endian::big) {
        for (float& f : out) {
            uint32_t u;
            std::memcpy(&u, &f, sizeof u);
            u = (u >> 24) | ((u >> 8) & 0xff00) | ((u << 8) & 0xff0000) | (u << 24);
            std::memcpy(&f, &u, sizeof u);
        }
    }
}

// The record's next vector slot: its vectors are reused from page to page, so that their buffers are too.
PageVector& vectorSlot(PageObject& rec, size_t used)
{
    if (used == rec.vectors.size())
        rec.vectors.emplace_back();
    return rec.vectors[used];
}

// One named vector: SINGLE_FP32 (or unspecified) is plain float32 bytes; MULTI_FP32 starts with the row length as
// a little-endian uint16 (notes 17.2). False with *problem set when the bytes do not make whole vectors; true with
// no values for an empty vector, which the caller leaves out.
bool namedVector(const pb::Vectors& v, PageVector& out, QString* problem)
{
    const std::string& bytes = v.vector_bytes();
    out.name = v.name();
    out.rows = 0;
    out.dims = 0;
    if (v.type() == pb::Vectors::VECTOR_TYPE_MULTI_FP32) {
        if (bytes.size() <= 2 && (bytes.empty() || (bytes[0] == 0 && bytes[1] == 0))) {
            out.values.clear(); // no rows, or [[]]: no values, as the REST parser sees it
            return true;
        }
        const uint32_t dims = bytes.size() < 2 ? 0 : uint32_t(uint8_t(bytes[0])) | uint32_t(uint8_t(bytes[1])) << 8;
        const size_t rowBytes = size_t(dims) * sizeof(float);
        if (dims == 0 || (bytes.size() - 2) % rowBytes != 0) {
            *problem = u"multi-vector \"%1\" of %2 bytes does not hold rows of %3 floats"_s
                           .arg(QString::fromStdString(v.name()))
                           .arg(bytes.size())
                           .arg(dims);
            return false;
        }
        out.rows = uint32_t((bytes.size() - 2) / rowBytes);
        out.dims = dims;
        copyFloats(std::string_view(bytes).substr(2), out.values);
        return true;
    }
    if (v.type() != pb::Vectors::VECTOR_TYPE_SINGLE_FP32 && v.type() != pb::Vectors::VECTOR_TYPE_UNSPECIFIED) {
        *problem = u"vector \"%1\" has the unknown type %2"_s.arg(QString::fromStdString(v.name())).arg(int(v.type()));
        return false;
    }
    if (bytes.size() % sizeof(float) != 0) {
        *problem = u"vector \"%1\" has %2 bytes, not a whole number of floats"_s.arg(QString::fromStdString(v.name()))
                       .arg(bytes.size());
        return false;
    }
    copyFloats(bytes, out.values);
    out.dims = uint32_t(out.values.size());
    return true;
}

// The legacy vector, or nothing. Weaviate fills the deprecated repeated float as well as vector_bytes; only a
// server older than vector_bytes (1.23) sends the floats alone.
bool legacyVector(const pb::MetadataResult& m, PageObject& rec, size_t* used, QString* problem)
{
    if (m.vector_bytes().size() % sizeof(float) != 0) {
        *problem = u"legacy vector of %1 bytes, not a whole number of floats"_s.arg(m.vector_bytes().size());
        return false;
    }
    PageVector& v = vectorSlot(rec, *used);
    v.name.clear();
    v.rows = 0;
    if (!m.vector_bytes().empty()) {
        copyFloats(m.vector_bytes(), v.values);
    } else {
        // Never leave out a vector that only came the old way.
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
        v.values.assign(m.vector().begin(), m.vector().end());
        QT_WARNING_POP
    }
    v.dims = uint32_t(v.values.size());
    *used += v.values.empty() ? 0 : 1;
    return true;
}

// The legacy vector, then the named ones by name, into the record's reused slots.
bool objectVectors(const pb::MetadataResult& m, PageObject& rec, QString* problem)
{
    size_t used = 0;
    if (!legacyVector(m, rec, &used, problem))
        return false;
    std::vector<const pb::Vectors*> named;
    named.reserve(size_t(m.vectors_size()));
    for (const pb::Vectors& v : m.vectors())
        named.push_back(&v);
    std::sort(
        named.begin(), named.end(), [](const pb::Vectors* a, const pb::Vectors* b) { return a->name() < b->name(); });
    for (size_t i = 0; i < named.size(); ++i) {
        if (named[i]->name().empty() || (i > 0 && named[i]->name() == named[i - 1]->name())) {
            *problem = u"a named vector without a name, or the name \"%1\" twice"_s.arg(
                QString::fromStdString(named[i]->name()));
            return false;
        }
        PageVector& v = vectorSlot(rec, used);
        if (!namedVector(*named[i], v, problem))
            return false;
        used += v.values.empty() ? 0 : 1;
    }
    rec.vectors.resize(used);
    return true;
}

// Weaviate sends the legacy vector twice, as `vector_bytes` and as the deprecated repeated float; the copy is freed
// as soon as the answer is there, so that answers kept for reuse do not hold it (3 MB a page of 500 x 1536).
void dropLegacyCopies(pb::SearchReply& reply)
{
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    for (pb::SearchResult& result : *reply.mutable_results()) {
        pb::MetadataResult* m = result.mutable_metadata();
        if (!m->vector_bytes().empty() && m->vector_size() > 0)
            google::protobuf::RepeatedField<float>().Swap(m->mutable_vector());
    }
    QT_WARNING_POP
}

} // namespace

GrpcVectorPages::GrpcVectorPages(WeaviateGrpc& grpc, const WeaviateEndpoint& endpoint, std::function<bool()> isCanceled)
    : m_grpc(grpc)
    , m_endpoint(endpoint)
    , m_isCanceled(std::move(isCanceled))
    , m_queue(std::make_unique<Queue>())
{
    m_thread = std::thread([this] { serve(); });
}

GrpcVectorPages::~GrpcVectorPages()
{
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        for (auto& [ticket, call] : m_calls)
            if (!call->done)
                call->context->TryCancel();
    }
    // The canceled calls still deliver their tags; the queue's Next() returns false once they are all drained.
    m_queue->queue.Shutdown();
    m_thread.join();
}

// Delivers each ended attempt to its waiter; a discarded call is dropped here.
void GrpcVectorPages::serve()
{
    void* tag = nullptr;
    bool ok = false;
    while (m_queue->queue.Next(&tag, &ok)) {
        std::unique_ptr<Call> dropped; // recycled outside the lock
        {
            const std::lock_guard<std::mutex> lock(m_mutex);
            Call* call = static_cast<Call*>(tag);
            call->done = true;
            if (call->abandoned) {
                const auto it = std::find_if(
                    m_calls.begin(), m_calls.end(), [call](const auto& entry) { return entry.second.get() == call; });
                if (it != m_calls.end()) {
                    dropped = std::move(it->second);
                    m_calls.erase(it);
                }
            }
        }
        m_changed.notify_all();
        recycle(std::move(dropped));
    }
}

// A page's answer is megabytes in thousands of strings: reusing cleared answers (protobuf keeps their capacity)
// spares the allocations, and the memory they would leave scattered over the threads' malloc arenas.
void GrpcVectorPages::recycle(std::unique_ptr<Call> call)
{
    if (!call || !call->reply)
        return;
    call->reply->Clear();
    const std::lock_guard<std::mutex> lock(m_mutex);
    if (m_spareReplies.size() < maxSpareReplies)
        m_spareReplies.push_back(std::move(call->reply));
}

pb::SearchRequest GrpcVectorPages::request(
    const QString& collection, const QString& tenant, const std::string& after, int limit)
{
    pb::SearchRequest r;
    r.set_collection(collection.toStdString());
    r.set_tenant(tenant.toStdString());
    r.set_limit(quint32(std::max(limit, 1)));
    if (!after.empty())
        r.set_after(after);
    pb::MetadataRequest* m = r.mutable_metadata();
    m->set_uuid(true);
    m->set_creation_time_unix(true);
    m->set_last_update_time_unix(true);
    // The legacy vector and every named one (the server expands the names from the collection's configuration).
    m->set_vector(true);
    // Present but empty: no property at all (absent would mean every non-reference property).
    r.mutable_properties();
    r.set_uses_127_api(true);
    return r;
}

GrpcVectorPages::Ticket GrpcVectorPages::start(
    const QString& collection, const QString& tenant, const std::string& after, int limit)
{
    auto call = std::make_unique<Call>();
    call->request = request(collection, tenant, after, limit);
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        if (!m_spareReplies.empty()) {
            call->reply = std::move(m_spareReplies.back());
            m_spareReplies.pop_back();
        }
    }
    if (!call->reply)
        call->reply = std::make_unique<pb::SearchReply>();
    launch(*call);
    const Ticket ticket = m_nextTicket++;
    const std::lock_guard<std::mutex> lock(m_mutex);
    m_calls.emplace(ticket, std::move(call));
    return ticket;
}

void GrpcVectorPages::launch(Call& call)
{
    OperationGuard::checkpoint("request");
    call.reply->Clear();
    call.status = grpc::Status();
    call.context = std::make_unique<grpc::ClientContext>();
    m_grpc.prepareContext(call.context.get());
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        call.done = false;
    }
    call.rpc = m_grpc.stub().PrepareAsyncSearch(call.context.get(), call.request, &m_queue->queue);
    call.rpc->StartCall();
    call.rpc->Finish(call.reply.get(), &call.status, &call);
}

bool GrpcVectorPages::finish(Ticket ticket, const std::function<void()>& pump, pb::SearchReply* reply,
    qint64* answerBytes, OpError* error, bool* canceled)
{
    *canceled = false;
    Call* call = nullptr;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_calls.find(ticket);
        call = it == m_calls.end() ? nullptr : it->second.get();
    }
    Q_ASSERT(call);
    bool ok = false;
    if (!call) {
        *error = OperationGuard::internalError("no such gRPC vector page");
    } else if (!m_grpc.setupError().isEmpty()) {
        // As WeaviateGrpc::search: an unreadable CA file fails every call, even one that might get through.
        *error = OpError::make(OpError::Code::Usage, m_grpc.setupError());
    } else {
        while (true) {
            if (!await(*call, pump)) {
                *canceled = true;
                break;
            }
            const grpc::Status& status = call->status;
            if (!status.ok() && isRetryable(status.error_code()) && call->attempt < m_endpoint.maxRetries) {
                if (retry(*call))
                    continue;
                *canceled = true;
                break;
            }
            ok = status.ok();
            if (ok) {
                *answerBytes = qint64(call->reply->ByteSizeLong());
                dropLegacyCopies(*call->reply);
                reply->Swap(call->reply.get()); // the page before goes back with the call
            } else {
                *error = m_grpc.errorFor(status, "Search");
            }
            break;
        }
    }
    discard(ticket);
    return ok;
}

// Waits until the attempt under way ended; false (after canceling it) when the cancel check fired first.
bool GrpcVectorPages::await(Call& call, const std::function<void()>& pump)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    while (!call.done) {
        lock.unlock();
        const bool stop = m_isCanceled && m_isCanceled();
        if (stop)
            call.context->TryCancel();
        else if (pump)
            pump();
        lock.lock();
        if (stop) {
            m_changed.wait(lock, [&call] { return call.done; });
            return false;
        }
        m_changed.wait_for(lock, std::chrono::milliseconds(2), [&call] { return call.done; });
    }
    return true;
}

// Waits the endpoint's backoff (running this thread's events) and starts the next attempt; false on cancel.
bool GrpcVectorPages::retry(Call& call)
{
    const grpc::Status& s = call.status;
    qCDebug(lcClient).noquote() << "gRPC Search (vectors) failed:" << int(s.error_code())
                                << QString::fromStdString(s.error_message()) << "- retrying";
    if (!RetryPacer::sleepUnlessCanceled(m_pacer.delayMs(m_endpoint, call.attempt), m_isCanceled))
        return false;
    ++call.attempt;
    launch(call);
    return true;
}

void GrpcVectorPages::discard(Ticket ticket)
{
    std::unique_ptr<Call> dropped;
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        const auto it = m_calls.find(ticket);
        if (it == m_calls.end())
            return;
        if (it->second->done) {
            dropped = std::move(it->second);
            m_calls.erase(it);
        } else {
            it->second->abandoned = true;
            it->second->context->TryCancel();
        }
    }
    recycle(std::move(dropped));
}

bool GrpcVectorPages::sameObjects(
    const pb::SearchReply& reply, std::span<const PageObject> records, QString* difference)
{
    if (size_t(reply.results_size()) != records.size()) {
        *difference = u"%1 objects over REST, %2 over gRPC"_s.arg(records.size()).arg(reply.results_size());
        return false;
    }
    for (size_t i = 0; i < records.size(); ++i) {
        const pb::MetadataResult& m = reply.results(int(i)).metadata();
        const PageObject& rec = records[i];
        const bool sameTimes = (!m.creation_time_unix_present() || m.creation_time_unix() == rec.creationTimeUnix)
            && (!m.last_update_time_unix_present() || m.last_update_time_unix() == rec.lastUpdateTimeUnix);
        if (m.id() != rec.id || !sameTimes) {
            *difference = u"object %1: %2 (updated %3) over REST, %4 (updated %5) over gRPC"_s.arg(i)
                              .arg(QString::fromStdString(rec.id))
                              .arg(rec.lastUpdateTimeUnix)
                              .arg(QString::fromStdString(m.id()))
                              .arg(m.last_update_time_unix());
            return false;
        }
    }
    return true;
}

bool GrpcVectorPages::addVectors(const pb::SearchReply& reply, std::span<PageObject> records, OpError* error)
{
    for (size_t i = 0; i < records.size() && i < size_t(reply.results_size()); ++i) {
        QString problem;
        if (!objectVectors(reply.results(int(i)).metadata(), records[i], &problem)) {
            *error = OpError::make(OpError::Code::Format, tr("The server sent vectors over gRPC that are not valid."),
                u"object %1: %2"_s.arg(QString::fromStdString(records[i].id), problem));
            return false;
        }
    }
    return true;
}

} // namespace Colvault
