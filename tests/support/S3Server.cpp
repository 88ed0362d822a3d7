// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/S3Server.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

QString script()
{
    return QStringLiteral(COLVAULT_S3_SERVER_SCRIPT);
}

} // namespace

bool S3Server::available(QString* why)
{
    if (LoopbackDaemon::program(u"node"_s).isEmpty()) {
        *why = u"node is not installed (tools/setup-debian.sh installs it)"_s;
        return false;
    }
    const QString modules = QFileInfo(script()).dir().filePath(u"node_modules/@20minutes/s3rver"_s);
    if (!QFileInfo::exists(modules)) {
        *why = u"tests/s3/node_modules is missing: run tools/setup-debian.sh (npm ci in tests/s3)"_s;
        return false;
    }
    return true;
}

bool S3Server::start(const QStringList& buckets, QString* error, const QJsonObject& extra)
{
    const QString data = m_daemon.dir() + u"/data"_s;
    const auto config = [&](quint16 port) {
        QJsonObject o = extra;
        o.insert(u"port"_s, port);
        o.insert(u"directory"_s, data);
        o.insert(u"buckets"_s, QJsonArray::fromStringList(buckets));
        o.insert(u"accessKeyId"_s, QString::fromLatin1(accessKeyId));
        o.insert(u"secretAccessKey"_s, QString::fromLatin1(secretAccessKey));
        return QJsonDocument(o).toJson();
    };
    // s3rver's continuation tokens are DES-encrypted: OpenSSL 3 has DES only in its legacy provider.
    const auto arguments = [](const QString& configPath) {
        return QStringList {u"--openssl-legacy-provider"_s, script(), configPath};
    };
    return m_daemon.start(LoopbackDaemon::program(u"node"_s), config, arguments, error);
}

QUrl S3Server::endpoint() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_daemon.port()));
}

Colvault::S3Config S3Server::config() const
{
    Colvault::S3Config c;
    c.endpoint = endpoint();
    c.region = u"us-east-1"_s;
    c.accessKeyId = accessKeyId;
    c.secretAccessKey = secretAccessKey;
    c.pathStyle = true;
    c.transport.transferTimeoutMs = 10000;
    c.transport.retryBaseDelayMs = 20;
    c.transport.retryMaxDelayMs = 100;
    return c;
}

} // namespace TestSupport
