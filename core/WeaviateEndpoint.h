// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace Colvault {

// Where and how to reach one Weaviate server: a copyable value given to every manager's Params. Holds the API key
// in memory only; it is never written to archives, settings or logs (use redactedUrl() for anything shown).
struct WeaviateEndpoint
{
    QUrl url = QUrl(QStringLiteral("http://localhost:8080"));
    QByteArray apiKey;                                 // sent as "Authorization: Bearer <key>"
    QList<QPair<QByteArray, QByteArray>> extraHeaders; // e.g. X-OpenAI-Api-Key for vectorizer modules
    QString caFile;                                    // extra trusted CA certificates (PEM) for https
    bool insecure = false;                             // skip TLS verification (the CLI warns when set)

    int transferTimeoutMs = 60000;  // no byte moved for this long = timeout (the server's write timeout is 60 s)
    int maxRetries = 5;             // retries of a retryable failure, after the first attempt
    int retryBaseDelayMs = 250;     // exponential backoff base; each retry doubles it, plus jitter
    int retryMaxDelayMs = 8000;

    // The URL with any user:password removed: what archives, logs and reports may show.
    QString redactedUrl() const
    {
        QUrl u = url;
        u.setUserInfo(QString());
        return u.toString(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
    }
};

} // namespace Colvault

Q_DECLARE_METATYPE(Colvault::WeaviateEndpoint)
