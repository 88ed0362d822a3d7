// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateEndpoint.h"

#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>
#include <QUrl>

namespace Colvault {

// One saved connection. Everything but the API key is stored in QSettings; the key lives in a SecretStore under
// secretKey() and is filled into the endpoint only when connecting.
struct ConnectionProfile
{
    QString name;
    QUrl url = QUrl(QStringLiteral("http://localhost:8080"));
    bool useApiKey = false;
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
    QString caFile;
    bool insecure = false;

    QString secretKey() const { return QStringLiteral("profile/") + name; }
    WeaviateEndpoint endpoint(const QByteArray& apiKey) const;
};

// Reads and writes profiles in a QSettings group "profiles". GUI thread; no secrets pass through it.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings* settings);

    QList<ConnectionProfile> profiles() const;
    ConnectionProfile profile(const QString& name) const; // a default profile named `name` when absent
    bool contains(const QString& name) const;
    void save(const ConnectionProfile& profile);
    void remove(const QString& name);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

    QSettings* settings() const { return m_settings; }

private:
    QSettings* m_settings;
};

} // namespace Colvault
