// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/GrpcBatchSender.h"

#include "core/Logging.h"
#include "core/WeaviateClient.h"
#include "core/WeaviateGrpc.h"
#include "v1/batch.pb.h"

#include <QEventLoop>
#include <QTimer>
#include <grpcpp/generic/generic_stub.h>
#include <grpcpp/grpcpp.h>
#include <grpcpp/impl/codegen/proto_utils.h>
#include <mutex>
#include <thread>
#include <unordered_map>
#include <vector>

namespace Colvault {

namespace {

constexpr int cancelPollMs = 50;
constexpr size_t keptBatches = 8; // finished batches kept for reuse: about the calls in flight
// The call of the weaviate.v1.Weaviate service (core/grpc/v1/weaviate.proto), made with the request's own bytes.
const std::string batchObjectsMethod = "/weaviate.v1.Weaviate/BatchObjects";

// Transient: the same batch may well succeed later. CANCELLED is never our own cancel here (that ends the wait
// first): a server or proxy gave up on the call, or dropped it. Weaviate's memory pressure is a plain handler error
// (UNKNOWN) with the words REST's 500 has, retried as that 500 is.
bool isTransient(const grpc::Status& status)
{
    switch (status.error_code()) {
    case grpc::StatusCode::UNAVAILABLE:
    case grpc::StatusCode::DEADLINE_EXCEEDED:
    case grpc::StatusCode::RESOURCE_EXHAUSTED:
    case grpc::StatusCode::CANCELLED:
        return true;
    case grpc::StatusCode::UNKNOWN:
        return status.error_message().find("not enough memory") != std::string::npos;
    default:
        return false;
    }
}

// The batch's bytes as a message of one slice, not copied: the slice holds a reference to them until gRPC is done.
grpc::ByteBuffer messageOf(const std::shared_ptr<std::string>& bytes)
{
    auto* owner = new std::shared_ptr<std::string>(bytes);
    grpc::Slice slice((*owner)->data(), (*owner)->size(),
        [](void* o) { delete static_cast<std::shared_ptr<std::string>*>(o); }, owner);
    return grpc::ByteBuffer(&slice, 1);
}

// One try of a call. The queue gives its tag (the attempt's address) back exactly once; until then the context,
// reader, reply and status must stay where they are.
struct Attempt
{
    grpc::ClientContext context;
    grpc::ByteBuffer reply; // a BatchObjectsReply, parsed when collected
    grpc::Status status;
    std::unique_ptr<grpc::GenericClientAsyncResponseReader> reader;
    bool done = false; // the tag came back (under Impl::mutex)
    bool discarded = false; // nobody collects it: the poller frees it when its tag comes back
};

struct Call
{
    std::unique_ptr<GrpcBatchSender::Batch> batch;
    Attempt* attempt = nullptr;
    int attempts = 0;
};

} // namespace

struct GrpcBatchSender::Impl
{
    Impl(WeaviateClient& c, WeaviateGrpc& g)
        : client(c)
        , grpc(g)
    {
    }

    WeaviateClient& client;
    WeaviateGrpc& grpc;
    RetryPacer pacer;
    grpc::CompletionQueue queue;
    std::mutex mutex;
    std::unordered_map<Attempt*, std::unique_ptr<Attempt>> attempts; // each attempt until it is released
    // The rest is the caller's thread's own.
    std::unordered_map<quint64, Call> calls;
    std::vector<std::unique_ptr<Batch>> spare;
    quint64 nextId = 1;
    QObject wake; // the poller posts to it when a tag comes back, waking await()
    QEventLoop* loop = nullptr;
    Attempt* awaited = nullptr;
    std::thread poller;

    void poll();
    bool isDone(Attempt* a);
    Attempt* launch(const std::shared_ptr<std::string>& bytes);
    bool await(Attempt* a);
    void release(Attempt* a);
    void recycle(std::unique_ptr<Batch> batch);
};

// The poller thread: it serves the queue (gRPC moves the calls' bytes while some thread waits on it).
void GrpcBatchSender::Impl::poll()
{
    void* tag = nullptr;
    bool ok = false;
    while (queue.Next(&tag, &ok)) {
        auto* a = static_cast<Attempt*>(tag);
        std::lock_guard lock(mutex);
        if (a->discarded) {
            attempts.erase(a);
            continue;
        }
        a->done = true;
        QMetaObject::invokeMethod(
            &wake,
            [this] {
                if (loop && isDone(awaited))
                    loop->quit();
            },
            Qt::QueuedConnection);
    }
}

bool GrpcBatchSender::Impl::isDone(Attempt* a)
{
    std::lock_guard lock(mutex);
    return a->done;
}

Attempt* GrpcBatchSender::Impl::launch(const std::shared_ptr<std::string>& bytes)
{
    auto owned = std::make_unique<Attempt>();
    Attempt* a = owned.get();
    grpc.prepareContext(&a->context);
    {
        std::lock_guard lock(mutex);
        attempts.emplace(a, std::move(owned));
    }
    a->reader = grpc.genericStub().PrepareUnaryCall(&a->context, batchObjectsMethod, messageOf(bytes), &queue);
    a->reader->StartCall();
    a->reader->Finish(&a->reply, &a->status, a);
    return a;
}

// Runs this thread's events until the attempt's tag is back; false when the cancel check fired (the attempt is
// canceled and back then too).
bool GrpcBatchSender::Impl::await(Attempt* a)
{
    bool canceled = false;
    if (isDone(a))
        return true;
    QEventLoop eventLoop;
    QTimer poll;
    poll.setInterval(cancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &eventLoop, [&] {
        if (!canceled && client.isCanceled()) {
            canceled = true;
            a->context.TryCancel();
        }
        if (isDone(a))
            eventLoop.quit();
    });
    loop = &eventLoop;
    awaited = a;
    poll.start();
    if (!isDone(a))
        eventLoop.exec(QEventLoop::ExcludeUserInputEvents);
    loop = nullptr;
    awaited = nullptr;
    return !canceled;
}

void GrpcBatchSender::Impl::release(Attempt* a)
{
    std::lock_guard lock(mutex);
    attempts.erase(a);
}

void GrpcBatchSender::Impl::recycle(std::unique_ptr<Batch> batch)
{
    if (!batch || spare.size() >= keptBatches)
        return;
    batch->reset();
    spare.push_back(std::move(batch));
}

GrpcBatchSender::Batch::Batch()
    : m_bytes(std::make_shared<std::string>())
{
}

GrpcBatchSender::Batch::~Batch() = default;

void GrpcBatchSender::Batch::reset()
{
    // Bytes gRPC still holds (a discarded call's) stay with it; the batch takes new ones then.
    if (m_bytes.use_count() == 1)
        m_bytes->clear();
    else
        m_bytes = std::make_shared<std::string>();
}

GrpcBatchSender::GrpcBatchSender(WeaviateClient& client, WeaviateGrpc& grpc)
    : d(std::make_unique<Impl>(client, grpc))
{
    d->poller = std::thread([impl = d.get()] { impl->poll(); });
}

GrpcBatchSender::~GrpcBatchSender()
{
    {
        std::lock_guard lock(d->mutex);
        for (auto it = d->attempts.begin(); it != d->attempts.end();) {
            if (it->first->done) {
                it = d->attempts.erase(it);
                continue;
            }
            it->first->discarded = true;
            it->first->context.TryCancel();
            ++it;
        }
    }
    d->queue.Shutdown(); // Next() still hands out the canceled calls' tags, then ends
    d->poller.join();
}

std::unique_ptr<GrpcBatchSender::Batch> GrpcBatchSender::newBatch()
{
    if (d->spare.empty())
        return std::unique_ptr<Batch>(new Batch());
    std::unique_ptr<Batch> b = std::move(d->spare.back());
    d->spare.pop_back();
    return b;
}

quint64 GrpcBatchSender::start(std::unique_ptr<Batch> batch)
{
    const quint64 id = d->nextId++;
    Call& c = d->calls[id];
    c.batch = std::move(batch);
    c.attempt = d->launch(c.batch->m_bytes);
    c.attempts = 1;
    return id;
}

GrpcBatchSender::Result GrpcBatchSender::finish(quint64 id)
{
    Result r;
    const auto it = d->calls.find(id);
    if (it == d->calls.end()) {
        r.error = OpError::make(OpError::Code::Internal, tr("A batch was collected twice."));
        return r;
    }
    Call& c = it->second;
    const WeaviateEndpoint& endpoint = d->client.endpoint();
    while (true) {
        if (!d->await(c.attempt)) {
            r.canceled = true;
            break;
        }
        const grpc::Status& status = c.attempt->status;
        if (status.ok()) {
            r.reply = std::make_unique<Reply>();
            const grpc::Status parsed = grpc::SerializationTraits<Reply>::Deserialize(&c.attempt->reply, r.reply.get());
            if (!parsed.ok()) {
                r.reply.reset();
                r.error = d->grpc.errorFor(parsed, "BatchObjects");
            }
            break;
        }
        if (!isTransient(status) || c.attempts > endpoint.maxRetries) {
            r.error = d->grpc.errorFor(status, "BatchObjects");
            break;
        }
        qCDebug(lcClient).noquote() << "gRPC BatchObjects failed:" << int(status.error_code())
                                    << QString::fromStdString(status.error_message()) << "- sending the batch again";
        d->release(std::exchange(c.attempt, nullptr));
        if (!d->client.sleepUnlessCanceled(d->pacer.delayMs(endpoint, c.attempts - 1))) {
            r.canceled = true;
            break;
        }
        c.attempt = d->launch(c.batch->m_bytes); // the same bytes again
        ++c.attempts;
    }
    r.attempts = c.attempts;
    if (c.attempt)
        d->release(c.attempt);
    d->recycle(std::move(c.batch));
    d->calls.erase(it);
    return r;
}

void GrpcBatchSender::discard(quint64 id)
{
    const auto it = d->calls.find(id);
    if (it == d->calls.end())
        return;
    if (Attempt* a = it->second.attempt) {
        std::lock_guard lock(d->mutex);
        if (a->done) {
            d->attempts.erase(a);
        } else {
            a->discarded = true;
            a->context.TryCancel();
        }
    }
    d->recycle(std::move(it->second.batch));
    d->calls.erase(it);
}

} // namespace Colvault
