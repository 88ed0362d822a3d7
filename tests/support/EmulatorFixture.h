// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/Emulator.h"
#include "tools/seed/DemoSeeder.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QPair>
#include <QString>
#include <QUrl>
#include <memory>

namespace TestSupport {

// One HTTP answer as a test sees it.
struct Reply
{
    int status = 0; // 0: no HTTP answer (connection refused, reset, timeout)
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers; // as received
    QString networkError; // QNetworkReply's error text when status is 0

    QByteArray header(const QByteArray& name) const; // case-insensitive, first match, empty when absent
    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    // The single message of {"error":[{"message":...}]} or the "message" of {"code":..,"message":..}.
    QString errorMessage() const;
};

// Starts a Weaviate API emulator in-process on 127.0.0.1:<ephemeral> and talks to it over loopback, or, when
// WEAVIATE_URL is set and `allowRealServer` is true, talks to that server instead (the emulator is then not
// started). Blocking calls for tests: each call spins a local event loop until the reply finishes (tests only).
class EmulatorFixture
{
public:
    explicit EmulatorFixture(Emu::EngineConfig config = {}, bool allowRealServer = false);
    ~EmulatorFixture();

    bool usesRealServer() const { return !m_emulator; }
    Emu::Emulator& emulator() { return *m_emulator; } // only when !usesRealServer()
    QUrl baseUrl() const { return m_baseUrl; }
    // The gRPC address, "http://127.0.0.1:<port>": starts the in-process emulator's gRPC listener on first use. With
    // a real server: WEAVIATE_GRPC_URL, else the REST host on port 50051.
    QUrl grpcUrl();

    void setBearer(const QByteArray& apiKey) { m_bearer = apiKey; }

    // method: GET POST PUT PATCH DELETE HEAD; pathAndQuery: "/v1/objects?class=A&limit=2" (sent as is).
    Reply call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
        const QList<QPair<QByteArray, QByteArray>>& headers = {}, int timeoutMs = 30000);
    // Writes the deterministic demo data (tools/seed) into the server: straight into the in-process engine, or
    // over HTTP to a real server. Returns false with *error on the first failed request or batch item.
    bool seed(const Seed::SeedOptions& options, QString* error);

    // Objects in a collection (or one of its tenants) by GraphQL Aggregate, or by gRPC Aggregate when GraphQL is
    // switched off (422/410); -1 when the answer holds no count (no such collection, tenant not active, refused).
    qint64 objectCount(const QString& collection, const QString& tenant = {});

    Reply get(const QString& p) { return call("GET", p); }
    Reply post(const QString& p, const QByteArray& b) { return call("POST", p, b); }
    Reply put(const QString& p, const QByteArray& b) { return call("PUT", p, b); }
    Reply del(const QString& p, const QByteArray& b = {}) { return call("DELETE", p, b); }

private:
    qint64 grpcObjectCount(const QString& collection, const QString& tenant);

    std::unique_ptr<Emu::Emulator> m_emulator;
    QUrl m_baseUrl;
    QByteArray m_bearer;
    QNetworkAccessManager m_nam;
};

} // namespace TestSupport
