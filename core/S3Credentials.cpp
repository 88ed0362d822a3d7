// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Credentials.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// A variable's value; unset and empty are the same (as for the AWS tools).
QString envValue(const QProcessEnvironment& env, const QString& name)
{
    return env.value(name).trimmed();
}

OpError usage(const QString& message)
{
    return OpError::make(OpError::Code::Usage, message);
}

} // namespace

S3Credentials::IniSections S3Credentials::readIni(const QString& path)
{
    IniSections sections;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return sections;
    QString section;
    bool inSubSettings = false;
    for (const QString& raw : QString::fromUtf8(file.readAll()).split(u'\n')) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u';'))
            continue;
        if (line.startsWith(u'[') && line.endsWith(u']')) {
            section = line.mid(1, line.size() - 2).simplified();
            sections[section];
            inSubSettings = false;
            continue;
        }
        // "s3 =" followed by indented "addressing_style = path": nested settings of a service, not the profile's.
        if (raw.front().isSpace() && inSubSettings)
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0 || section.isEmpty())
            continue;
        const QString value = line.mid(eq + 1).trimmed();
        inSubSettings = value.isEmpty();
        if (!inSubSettings)
            sections[section].insert(line.left(eq).trimmed().toLower(), value);
    }
    return sections;
}

S3Credentials::Profile S3Credentials::loadProfile(
    const QString& name, const QString& credentialsPath, const QString& configPath)
{
    Profile p;
    const IniSections credentials = readIni(credentialsPath);
    const IniSections config = readIni(configPath);
    // ~/.aws/config names its sections "[profile NAME]", except "[default]" (which may also be written that way).
    const QString configSection = name == u"default"_s && config.contains(name) ? name : u"profile "_s + name;
    p.found = credentials.contains(name) || config.contains(configSection);
    p.credentials = credentials.value(name);
    p.config = config.value(configSection);
    return p;
}

bool S3Credentials::wantsPathStyle(const QUrl& endpoint)
{
    const QString host = endpoint.host().toLower();
    return !QHostAddress(host).isNull() || host == u"localhost"_s || host.endsWith(u".localhost"_s);
}

S3Config S3Credentials::resolve(const Overrides& o, const QProcessEnvironment& env, OpError* error)
{
    OpError ignored;
    OpError* err = error ? error : &ignored;
    *err = {};
    S3Config c;
    const QString home = envValue(env, u"HOME"_s).isEmpty() ? QDir::homePath() : envValue(env, u"HOME"_s);
    QString credentialsPath = envValue(env, u"AWS_SHARED_CREDENTIALS_FILE"_s);
    if (credentialsPath.isEmpty())
        credentialsPath = home + u"/.aws/credentials"_s;
    QString configPath = envValue(env, u"AWS_CONFIG_FILE"_s);
    if (configPath.isEmpty())
        configPath = home + u"/.aws/config"_s;
    QString profileName = o.profile.isEmpty() ? envValue(env, u"AWS_PROFILE"_s) : o.profile;
    const bool profileNamed = !profileName.isEmpty();
    if (!profileNamed)
        profileName = u"default"_s;
    const Profile profile = loadProfile(profileName, credentialsPath, configPath);
    if (!o.profile.isEmpty() && !profile.found) {
        *err = usage(
            tr("The AWS profile \"%1\" is in neither %2 nor %3.").arg(profileName, credentialsPath, configPath));
        return {};
    }
    if (!resolveKeys(o, env, profileName, profile, !o.profile.isEmpty(), &c, err))
        return {};
    if (!resolveEndpoint(o, env, profile, &c, err))
        return {};
    const QString caBundle = envValue(env, u"AWS_CA_BUNDLE"_s);
    if (!caBundle.isEmpty())
        c.transport.caFile = caBundle;
    if (c.credentialSource.startsWith(u"profile"_s))
        c.credentialSource = u"profile %1 in %2"_s.arg(profileName, credentialsPath);
    return c;
}

bool S3Credentials::resolveKeys(const Overrides& o, const QProcessEnvironment& env, const QString& profileName,
    const Profile& profile, bool profileChosen, S3Config* c, OpError* error)
{
    const auto pair = [&](QByteArray id, QByteArray secret, QByteArray token, const QString& source) {
        c->accessKeyId = std::move(id);
        c->secretAccessKey = std::move(secret);
        c->sessionToken = std::move(token);
        c->credentialSource = source;
    };
    if (!o.accessKeyId.isEmpty() || !o.secretAccessKey.isEmpty()) {
        if (o.accessKeyId.isEmpty() || o.secretAccessKey.isEmpty()) {
            *error
                = usage(o.accessKeyId.isEmpty() ? tr("An S3 secret access key was given without its access key ID.")
                                                : tr("An S3 access key ID was given without its secret access key."));
            return false;
        }
        pair(o.accessKeyId, o.secretAccessKey, o.sessionToken, u"settings"_s);
        return true;
    }
    const QByteArray envId = envValue(env, u"AWS_ACCESS_KEY_ID"_s).toUtf8();
    const QByteArray envSecret = envValue(env, u"AWS_SECRET_ACCESS_KEY"_s).toUtf8();
    if (!profileChosen && (!envId.isEmpty() || !envSecret.isEmpty())) {
        if (envId.isEmpty() || envSecret.isEmpty()) {
            *error = usage(envId.isEmpty() ? tr("AWS_SECRET_ACCESS_KEY is set, but AWS_ACCESS_KEY_ID is not.")
                                           : tr("AWS_ACCESS_KEY_ID is set, but AWS_SECRET_ACCESS_KEY is not."));
            return false;
        }
        pair(envId, envSecret, envValue(env, u"AWS_SESSION_TOKEN"_s).toUtf8(), u"environment"_s);
        return true;
    }
    // A profile named in AWS_PROFILE but found nowhere is an error only here, where it had to supply the keys.
    if (!profile.found) {
        *error = usage(profileName == u"default"_s
                ? tr("No S3 credentials were found: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or "
                     "AWS_PROFILE to a profile of ~/.aws/credentials.")
                : tr("No S3 credentials were found: the AWS profile \"%1\" is in neither ~/.aws/credentials nor "
                     "~/.aws/config.")
                      .arg(profileName));
        return false;
    }
    const auto setting = [&](const QString& key) {
        const QString v = profile.credentials.value(key);
        return (v.isEmpty() ? profile.config.value(key) : v).toUtf8();
    };
    const QByteArray id = setting(u"aws_access_key_id"_s);
    const QByteArray secret = setting(u"aws_secret_access_key"_s);
    if (id.isEmpty() || secret.isEmpty()) {
        //: %1 is a profile name, %2 the missing setting (aws_access_key_id or aws_secret_access_key).
        *error = usage(tr("The AWS profile \"%1\" has no %2.")
                           .arg(profileName, id.isEmpty() ? u"aws_access_key_id"_s : u"aws_secret_access_key"_s));
        return false;
    }
    pair(id, secret, setting(u"aws_session_token"_s), u"profile"_s);
    return true;
}

bool S3Credentials::resolveEndpoint(
    const Overrides& o, const QProcessEnvironment& env, const Profile& profile, S3Config* c, OpError* error)
{
    QString url = o.endpoint.toString();
    for (const QString& name : {u"AWS_ENDPOINT_URL_S3"_s, u"AWS_ENDPOINT_URL"_s})
        if (url.isEmpty())
            url = envValue(env, name);
    if (url.isEmpty())
        url = profile.config.value(u"endpoint_url"_s);
    c->region = o.region;
    for (const QString& name : {u"AWS_REGION"_s, u"AWS_DEFAULT_REGION"_s})
        if (c->region.isEmpty())
            c->region = envValue(env, name);
    if (c->region.isEmpty())
        c->region = profile.config.value(u"region"_s);
    if (c->region.isEmpty()) {
        if (url.isEmpty()) {
            *error = usage(tr("No AWS region is set: set AWS_REGION, or a region in the profile of ~/.aws/config."));
            return false;
        }
        c->region = u"us-east-1"_s; // what MinIO, Ceph and most S3-compatible services sign with
    }
    if (url.isEmpty())
        url = u"https://s3.%1.amazonaws.com%2"_s.arg(c->region, c->region.startsWith(u"cn-"_s) ? u".cn"_s : QString());
    const QUrl endpoint(url, QUrl::StrictMode);
    const bool http = endpoint.scheme() == u"http"_s || endpoint.scheme() == u"https"_s;
    if (!endpoint.isValid() || !http || endpoint.host().isEmpty() || endpoint.path().size() > 1
        || endpoint.hasQuery()) {
        *error = usage(tr("The S3 endpoint \"%1\" is not an http:// or https:// address of a server.").arg(url));
        return false;
    }
    c->endpoint = endpoint.adjusted(QUrl::StripTrailingSlash | QUrl::RemoveUserInfo);
    c->endpoint.setPath(QString());
    c->pathStyle
        = o.pathStyle == S3PathStyle::Path || (o.pathStyle == S3PathStyle::Auto && wantsPathStyle(c->endpoint));
    return true;
}

} // namespace Colvault
