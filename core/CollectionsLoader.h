// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/CollectionSummary.h"
#include "core/JobRunner.h"
#include "core/OpError.h"
#include "core/WeaviateClient.h"
#include "core/WeaviateEndpoint.h"

#include <QList>
#include <QMetaType>
#include <QObject>

namespace Colvault {

// One node of the cluster as GET /v1/nodes reports it.
struct NodeHealth
{
    QString name;
    QString status; // "HEALTHY", "UNHEALTHY", ... as the server said it
    QString version;
};

// What "Connect" learns about a server: its version and modules, its nodes, and a summary of every collection.
struct ServerOverview
{
    ServerInfo server;
    QList<NodeHealth> nodes; // empty when the server does not answer /v1/nodes
    QString nodesError; // untranslated reason when /v1/nodes failed (health is then unknown)
    QList<CollectionSummary> collections; // sorted by name
};

// Loads a ServerOverview for the GUI on a worker thread (the WeaviateClient must not run on the GUI thread).
// Owner thread: the GUI thread. Usage: connect loaded/failed/canceled; load(endpoint); cancel() any time, then
// `canceled` follows instead of a result. One load at a time: load() while running cancels nothing and asserts.
// `retrying` comes before each retry's wait (a refused port is tried for several seconds), so a window can say
// "attempt 2 of 6" and offer Cancel.
class CollectionsLoader : public QObject
{
    Q_OBJECT

public:
    explicit CollectionsLoader(QObject* parent = nullptr);
    ~CollectionsLoader() override;

    void load(const WeaviateEndpoint& endpoint);
    void cancel();
    bool isRunning() const;

    // The blocking part, for the worker (and tests): returns false and fills *error on the first failed call.
    static bool loadBlocking(const WeaviateEndpoint& endpoint, const std::function<bool()>& isCanceled,
        ServerOverview* out, OpError* error, WeaviateClient::RetryNotifier onRetry = WeaviateClient::RetryNotifier());

Q_SIGNALS:
    void loaded(const Colvault::ServerOverview& overview);
    void failed(const Colvault::OpError& error);
    void canceled();
    // `attempt` of `maxAttempts` follows in `delayMs`; `reason` is the last attempt's translated error.
    void retrying(int attempt, int maxAttempts, int delayMs, const QString& reason);

private:
    JobRunner m_runner;
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::ServerOverview)
