// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearBatchDeleter.h"

#include "core/ClearSteps.h"
#include "core/ObjectsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <deque>

using namespace Qt::StringLiterals;

namespace Colvault {

ClearBatchDeleter::ClearBatchDeleter(OperationContext& ctx, QString collection)
    : m_ctx(ctx)
    , m_collection(std::move(collection))
{
}

QByteArray ClearBatchDeleter::body() const
{
    const QJsonObject where {{u"path"_s, QJsonArray {u"id"_s}}, {u"operator"_s, u"Like"_s}, {u"valueText"_s, u"*"_s}};
    return QJsonDocument(QJsonObject {{u"match"_s, QJsonObject {{u"class"_s, m_collection}, {u"where"_s, where}}},
                             {u"output"_s, u"minimal"_s}, {u"dryRun"_s, false}})
        .toJson(QJsonDocument::Compact);
}

QString ClearBatchDeleter::shardName(const Shard& shard) const
{
    return ClearSteps::shardName(m_collection, shard.tenant);
}

bool ClearBatchDeleter::run(const QList<Shard>& shards, qint64* deleted)
{
    struct Running
    {
        qsizetype shard = 0;
        WeaviateClient::PendingRequest request;
    };
    const QByteArray match = body();
    WeaviateClient& client = m_ctx.client();
    ObjectsClient objects(client);
    std::deque<Running> running;
    const auto abandon = [&] {
        for (Running& r : running)
            client.discard(r.request);
        return false;
    };
    qsizetype next = 0;
    while (next < shards.size() || !running.empty()) {
        if (m_ctx.isCanceled())
            return abandon();
        if (next < shards.size() && qsizetype(running.size()) < maxInFlight) {
            show(shards[next]);
            running.push_back({next, objects.startDeleteObjects(match, shards[next].tenant)});
            ++next;
            continue;
        }
        Running oldest = std::move(running.front());
        running.pop_front();
        const Shard& shard = shards[oldest.shard];
        switch (answered(shard, client.finish(oldest.request), deleted)) {
        case Answer::Done:
            break;
        case Answer::Again:
            running.push_back({oldest.shard, objects.startDeleteObjects(match, shard.tenant)});
            break;
        case Answer::Stop:
            return abandon();
        }
    }
    return true;
}

void ClearBatchDeleter::show(const Shard& shard)
{
    m_ctx.state().tenant = shard.tenant;
    m_ctx.state().text = shard.tenant.isEmpty()
        ? tr("Deleting the objects of %1…").arg(m_collection)
        : tr("Deleting the objects of %1, tenant %2…").arg(m_collection, shard.tenant);
    m_ctx.progress().update(); // throttled: many small tenants go by within a second
}

ClearBatchDeleter::Answer ClearBatchDeleter::answered(const Shard& shard, const HttpResult& r, qint64* deleted)
{
    if (!r.ok()) {
        m_ctx.failed(r);
        return Answer::Stop;
    }
    const QJsonObject results = QJsonDocument::fromJson(r.body).object().value(u"results"_s).toObject();
    if (!results.value(u"matches"_s).isDouble() || !results.value(u"successful"_s).isDouble()) {
        m_ctx.fail(OpError::make(OpError::Code::Format,
            tr("The server's answer to deleting the objects of %1 is not valid.").arg(shardName(shard)),
            QString::fromUtf8(r.body.left(2000))));
        return Answer::Stop;
    }
    const qint64 matches = qint64(results.value(u"matches"_s).toDouble());
    const qint64 successful = qint64(results.value(u"successful"_s).toDouble());
    const qint64 failed = qint64(results.value(u"failed"_s).toDouble());
    shard.item->deleted += successful;
    *deleted += successful;
    m_ctx.state().objectsDone = *deleted;
    m_ctx.progress().update();
    if (matches == 0 || (failed == 0 && matches <= successful))
        return Answer::Done;
    if (successful <= 0) {
        m_ctx.fail(OpError::make(OpError::Code::Conflict,
            tr("The server deleted nothing from %1 although it still holds %Ln object(s); "
               "the clear stopped.",
                nullptr, int(std::min<qint64>(matches, INT_MAX)))
                .arg(shardName(shard)),
            QString::fromUtf8(r.body.left(4000))));
        return Answer::Stop;
    }
    return Answer::Again;
}

} // namespace Colvault
