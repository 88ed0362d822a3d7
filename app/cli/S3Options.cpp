// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/S3Options.h"

#include "app/cli/CliContext.h"
#include "core/CliCommandLine.h"
#include "core/S3Archive.h"

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

S3Options::S3Options()
    : m_endpoint(u"s3-endpoint"_s,
        tr("The S3-compatible server of s3:// archives, e.g. http://127.0.0.1:9000 (default: AWS_ENDPOINT_URL_S3, "
           "AWS_ENDPOINT_URL, else AWS)."),
        u"URL"_s)
    , m_region(
          u"s3-region"_s, tr("The region of s3:// archives (default: AWS_REGION, else the profile's)."), u"REGION"_s)
    , m_profile(u"s3-profile"_s,
          tr("The profile in ~/.aws/credentials and ~/.aws/config for s3:// archives (default: AWS_PROFILE)."),
          u"NAME"_s)
    , m_pathStyle(u"s3-path-style"_s,
          tr("Address s3:// archives as ENDPOINT/BUCKET/KEY, as most self-hosted servers want (automatic for an IP "
             "address or localhost)."))
{
}

const QStringList& S3Options::names()
{
    static const QStringList names {u"s3-endpoint"_s, u"s3-region"_s, u"s3-profile"_s, u"s3-path-style"_s};
    return names;
}

bool S3Options::read(CliContext& context, const QCommandLineParser& parser, const QString& archive, int* exitCode) const
{
    // Each command starts from the environment: options of an earlier command of the same process (tests) are gone.
    S3Archive::Settings settings = S3Archive::settings();
    settings.overrides = {};
    S3Credentials::Overrides& o = settings.overrides;
    if (parser.isSet(m_endpoint))
        o.endpoint = QUrl(parser.value(m_endpoint));
    if (parser.isSet(m_region))
        o.region = parser.value(m_region);
    if (parser.isSet(m_profile))
        o.profile = parser.value(m_profile);
    if (parser.isSet(m_pathStyle))
        o.pathStyle = S3PathStyle::Path;
    S3Archive::setSettings(settings);
    if (!S3Archive::isS3(archive))
        return true;
    S3Location location;
    S3Config config;
    OpError error;
    if (S3Archive::resolve(archive, &location, &config, &error, S3Location::Key::Optional))
        return true;
    context.printError(error);
    *exitCode = CliContext::exitCodeOf(error);
    return false;
}

QStringList S3Options::arguments()
{
    return CliCommandLine::s3Arguments(S3Archive::settings().overrides);
}

} // namespace Colvault::Cli
