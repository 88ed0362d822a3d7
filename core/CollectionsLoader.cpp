// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CollectionsLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <memory>

using namespace Qt::StringLiterals;

namespace Colvault {

CollectionsLoader::CollectionsLoader(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::ServerOverview>();
    qRegisterMetaType<Colvault::OpError>();
    // The runner's progress carries only retries: the next attempt, of how many, after how long, and why.
    connect(&m_runner, &JobRunner::progressChanged, this, [this](const OperationProgress& p) {
        Q_EMIT retrying(int(p.objectsDone), int(p.objectsTotal), int(p.etaMs), p.text);
    });
}

CollectionsLoader::~CollectionsLoader() = default; // the runner cancels and waits

bool CollectionsLoader::loadBlocking(const WeaviateEndpoint& endpoint, const std::function<bool()>& isCanceled,
    ServerOverview* out, OpError* error, WeaviateClient::RetryNotifier onRetry)
{
    WeaviateClient client(endpoint);
    client.setCancelCheck(isCanceled);
    client.setRetryNotifier(std::move(onRetry));
    out->server = client.serverInfo(error);
    if (error->isError() || client.isCanceled())
        return false;

    // Node health is informative: a server (or proxy) without the nodes endpoint still lets the user work.
    const HttpResult nodes = client.nodes();
    if (client.isCanceled())
        return false;
    if (nodes.ok() && nodes.status == 200) {
        const QJsonArray list = QJsonDocument::fromJson(nodes.body).object().value(u"nodes"_s).toArray();
        for (const QJsonValue& v : list) {
            const QJsonObject n = v.toObject();
            out->nodes.append(
                {n.value(u"name"_s).toString(), n.value(u"status"_s).toString(), n.value(u"version"_s).toString()});
        }
    } else {
        out->nodesError = nodes.error.isError() ? nodes.error.details : u"HTTP %1"_s.arg(nodes.status);
        if (out->nodesError.isEmpty())
            out->nodesError = nodes.error.message;
    }

    const QJsonArray classes = client.schemaClasses(error);
    if (error->isError() || client.isCanceled())
        return false;
    return CollectionSummary::loadAll(client, classes, &out->collections, error);
}

void CollectionsLoader::load(const WeaviateEndpoint& endpoint)
{
    Q_ASSERT_X(!isRunning(), "CollectionsLoader::load", "one load at a time");
    auto overview = std::make_shared<ServerOverview>();
    auto error = std::make_shared<OpError>();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(&m_runner, &JobRunner::finished, this, [this, overview, error, connection] {
        disconnect(*connection);
        if (m_runner.isCancelRequested())
            Q_EMIT canceled();
        else if (error->isError())
            Q_EMIT failed(*error);
        else
            Q_EMIT loaded(*overview);
    });
    m_runner.run([endpoint, overview, error](ProgressSink& sink) {
        auto notify = [&sink](int attempt, int maxAttempts, int delayMs, const OpError& failure) {
            OperationProgress p;
            p.objectsDone = attempt + 1;
            p.objectsTotal = maxAttempts;
            p.etaMs = delayMs;
            p.text = failure.message;
            sink.report(p);
        };
        loadBlocking(
            endpoint, [&sink] { return sink.isCanceled(); }, overview.get(), error.get(), notify);
    });
}

void CollectionsLoader::cancel()
{
    m_runner.cancel();
}

bool CollectionsLoader::isRunning() const
{
    return m_runner.isRunning();
}

} // namespace Colvault
