// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/S3Credentials.h"
#include "tests/support/LoopbackDaemon.h"

#include <QJsonObject>
#include <QString>
#include <QUrl>

namespace TestSupport {

// A real S3-compatible server for tests: s3rver (tests/s3, installed by tools/setup-debian.sh with npm ci) run by
// node on a free port of 127.0.0.1, its data in a temporary directory, checking SigV4 signatures with accessKeyId /
// secretAccessKey. tests/s3/start.cjs says what it implements. Test thread; the destructor stops it.
// Usage: S3Server s3; if (!S3Server::available(&why)) QSKIP(...); QVERIFY2(s3.start({u"bucket"_s}, &error), ...);
//        S3Client client(s3.config());
class S3Server
{
public:
    static constexpr const char* accessKeyId = "COLVAULTTESTKEY";
    static constexpr const char* secretAccessKey = "colvault-test-secret";

    // node and tests/s3/node_modules are there; else *why says what to install.
    static bool available(QString* why);
    // `extra` is merged into start.cjs's configuration (e.g. "dropOnce").
    bool start(const QStringList& buckets, QString* error, const QJsonObject& extra = {});
    QUrl endpoint() const;
    Colvault::S3Config config() const; // endpoint, region us-east-1, the keys, path style, fast retries
    QString output() { return m_daemon.output(); } // what start.cjs logged ("dropped KEY part N")

private:
    LoopbackDaemon m_daemon;
};

} // namespace TestSupport
