// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/WeaviateEndpoint.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

namespace Colvault {

// How S3 requests are addressed: https://BUCKET.host/KEY (virtual-hosted, what AWS wants) or https://host/BUCKET/KEY
// (path style, what most self-hosted servers want).
enum class S3PathStyle
{
    Auto, // path style for an IP address or localhost endpoint, virtual-hosted otherwise
    Path,
    VirtualHosted,
};

// Everything an S3Client needs: where the service is, which region signs, the keys, and the transport settings
// (TLS, proxy, timeouts, retries, in `transport`; its url and apiKey are unused). A copyable value; the secret and
// the session token are in memory only and never logged.
struct S3Config
{
    QUrl endpoint; // scheme://host[:port], no path
    QString region;
    QByteArray accessKeyId;
    QByteArray secretAccessKey;
    QByteArray sessionToken; // temporary credentials (AWS_SESSION_TOKEN): sent as x-amz-security-token
    bool pathStyle = false;
    QString credentialSource; // where the keys came from, for the log: "environment", "profile dev in …"
    WeaviateEndpoint transport;
};

// Finds the S3 endpoint, region and credentials the way the AWS command-line tools do (docs/s3.md), from the
// caller's choices (Overrides: CLI options, a GUI storage profile) and the environment:
// - keys: Overrides; else AWS_ACCESS_KEY_ID + AWS_SECRET_ACCESS_KEY (+ AWS_SESSION_TOKEN) unless a profile was chosen
//   explicitly; else the profile (Overrides.profile, AWS_PROFILE, or "default") in ~/.aws/credentials
//   (AWS_SHARED_CREDENTIALS_FILE), then in ~/.aws/config (AWS_CONFIG_FILE, sections "[profile NAME]");
// - region: Overrides, AWS_REGION, AWS_DEFAULT_REGION, the profile's `region`; us-east-1 for a custom endpoint;
// - endpoint: Overrides, AWS_ENDPOINT_URL_S3, AWS_ENDPOINT_URL, the profile's `endpoint_url`, else AWS's own
//   https://s3.REGION.amazonaws.com.
// Each missing or malformed piece is one clear error (Usage or Auth). Stateless; any thread.
//
// Usage: OpError e; S3Config c = S3Credentials::resolve({}, QProcessEnvironment::systemEnvironment(), &e);
class S3Credentials
{
    Q_DECLARE_TR_FUNCTIONS(S3Credentials)

public:
    struct Overrides
    {
        QString profile;
        QUrl endpoint;
        QString region;
        S3PathStyle pathStyle = S3PathStyle::Auto;
        QByteArray accessKeyId;
        QByteArray secretAccessKey;
        QByteArray sessionToken;
    };
    using IniSections = QHash<QString, QHash<QString, QString>>;

    static S3Config resolve(const Overrides& overrides, const QProcessEnvironment& env, OpError* error);
    // Path style for an endpoint whose host is an IP address, "localhost" or a name under .localhost.
    static bool wantsPathStyle(const QUrl& endpoint);
    // An AWS ini file (credentials or config): sections of key = value; comments (# ;) and indented sub-settings
    // skipped. Keys lowercased. Empty when the file does not exist.
    static IniSections readIni(const QString& path);

private:
    struct Profile
    {
        QHash<QString, QString> credentials; // its section in the credentials file
        QHash<QString, QString> config; // its section in the config file
        bool found = false;
    };
    static Profile loadProfile(const QString& name, const QString& credentialsPath, const QString& configPath);
    static bool resolveKeys(const Overrides& o, const QProcessEnvironment& env, const QString& profileName,
        const Profile& profile, bool profileChosen, S3Config* c, OpError* error);
    static bool resolveEndpoint(
        const Overrides& o, const QProcessEnvironment& env, const Profile& profile, S3Config* c, OpError* error);
};

} // namespace Colvault
