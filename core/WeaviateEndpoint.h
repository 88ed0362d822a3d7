// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>
#include <algorithm>

namespace Colvault {

// Which HTTP proxy the REST requests go through (the gRPC channel honours the same environment variables itself).
struct ProxySettings
{
    enum class Mode
    {
        System, // HTTP(S)_PROXY / NO_PROXY when set; else the operating system's settings (Windows, macOS)
        None, // direct, whatever the environment says
        Manual, // `url`, with `user` and `password` when the proxy asks for them (Basic, NTLM, Negotiate)
    };
    Mode mode = Mode::System;
    QUrl url; // Manual: http://host:port (or https:// for a TLS proxy); no user info
    QString user;
    QByteArray password; // in memory only, like the API key: the keychain or a file holds it

    friend bool operator==(const ProxySettings&, const ProxySettings&) = default;
};

// Where and how to reach one Weaviate server: a copyable value given to every manager's Params. Holds the API key
// in memory only; it is never written to archives, settings or logs (use redactedUrl() for anything shown).
struct WeaviateEndpoint
{
    QUrl url = QUrl(QStringLiteral("http://localhost:8080"));
    QByteArray apiKey; // sent as "Authorization: Bearer <key>"
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. X-OpenAI-Api-Key for vectorizer modules
    QString caFile; // extra trusted CA certificates (PEM) for https
    bool insecure = false; // skip TLS verification (the CLI warns when set)
    ProxySettings proxy;
    // Weaviate's gRPC API, used for counts and id listings where the server offers it (docs/grpc.md). Empty: the
    // REST host on grpcPort, with TLS when the REST URL is https. "grpc://host:port" is plaintext, "grpcs://" TLS.
    QUrl grpcUrl;
    int grpcPort = 50051;
    // How objects travel (backup pages, restore batches; docs/grpc.md): Auto uses gRPC where the server answers on
    // it and REST otherwise; Grpc insists (an error without it); Rest never uses gRPC for objects. Counts and id
    // listings take gRPC where they can in every mode.
    enum class DataTransport
    {
        Auto,
        Rest,
        Grpc,
    };
    DataTransport dataTransport = DataTransport::Auto;

    int transferTimeoutMs = 60000; // no byte moved for this long = timeout (the server's write timeout is 60 s)
    int maxRetries = 5; // retries of a retryable failure, after the first attempt
    int retryBaseDelayMs = 250; // exponential backoff base; each retry doubles it, plus jitter
    int retryMaxDelayMs = 8000;

    // The wait before retry number `attempt` (0-based): exponential from retryBaseDelayMs, capped at retryMaxDelayMs,
    // half of it fixed and half drawn from `random` ("equal jitter"), so that many workers spread out but still back
    // off. Shared by the REST and gRPC clients.
    int retryDelayMs(int attempt, quint64 random) const
    {
        const qint64 exp = qint64(retryBaseDelayMs) << std::min(attempt, 16);
        const qint64 capped = std::min<qint64>(exp, retryMaxDelayMs);
        const qint64 half = capped / 2;
        return int(half + (half > 0 ? qint64(random % quint64(half + 1)) : 0));
    }

    // The URL with any user:password removed: what archives, logs and reports may show.
    QString redactedUrl() const
    {
        QUrl u = url;
        u.setUserInfo(QString());
        return u.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    }
    // "host:port" of the gRPC API and whether it uses TLS. Without a grpcUrl: the REST host on grpcPort with the REST
    // URL's TLS, except on Weaviate Cloud, whose gRPC listens on port 443 of its own host name (as the official
    // clients' connectToWeaviateCloud derives it): grpc-<host> for *.weaviate.cloud, <cluster>.grpc.<rest> for the
    // older *.weaviate.network.
    QString grpcTarget() const
    {
        QString host = grpcUrl.isEmpty() ? url.host() : grpcUrl.host();
        int port = grpcUrl.isEmpty() ? grpcPort : grpcUrl.port(grpcTls() ? 443 : grpcPort);
        if (isWeaviateCloud()) {
            const qsizetype dot = host.indexOf(u'.');
            host = host.endsWith(QStringLiteral(".weaviate.network"))
                ? host.left(dot) + QStringLiteral(".grpc") + host.mid(dot)
                : QStringLiteral("grpc-") + host;
            port = 443;
        }
        return (host.contains(u':') ? u'[' + host + u']' : host) + u':' + QString::number(port);
    }
    bool grpcTls() const
    {
        const QString scheme = grpcUrl.isEmpty() ? url.scheme() : grpcUrl.scheme();
        return scheme == QStringLiteral("https") || scheme == QStringLiteral("grpcs") || isWeaviateCloud();
    }

private:
    bool isWeaviateCloud() const
    {
        return grpcUrl.isEmpty() && grpcPort == 50051
            && (url.host().endsWith(QStringLiteral(".weaviate.cloud"))
                || url.host().endsWith(QStringLiteral(".weaviate.network")));
    }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::WeaviateEndpoint)
