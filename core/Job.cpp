// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Job.h"

#include "core/AgeKeys.h"
#include "core/S3Archive.h"
#include "core/TenantSelection.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

QStringList stringList(const QJsonValue& value, bool* ok)
{
    QStringList list;
    if (value.isUndefined())
        return list;
    if (!value.isArray()) {
        *ok = false;
        return list;
    }
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isString())
            *ok = false;
        list << v.toString();
    }
    return list;
}

// Keys of a string or integer that may be absent; *ok turns false for a wrong type.
QString optionalString(const QJsonObject& json, const QString& key, bool* ok)
{
    const QJsonValue v = json.value(key);
    if (!v.isUndefined() && !v.isString())
        *ok = false;
    return v.toString();
}

int optionalInt(const QJsonObject& json, const QString& key, int fallback, bool* ok)
{
    const QJsonValue v = json.value(key);
    if (v.isUndefined())
        return fallback;
    if (!v.isDouble() || v.toDouble() != double(v.toInt()))
        *ok = false;
    return v.toInt(fallback);
}

void insertIf(QJsonObject* json, const QString& key, const QString& value)
{
    if (!value.isEmpty())
        json->insert(key, value);
}

void insertIf(QJsonObject* json, const QString& key, const QStringList& value)
{
    if (!value.isEmpty())
        json->insert(key, QJsonArray::fromStringList(value));
}

QString formatError(const QString& job, const QString& details)
{
    return job.isEmpty() ? details : u"job \"%1\": %2"_s.arg(job, details);
}

} // namespace

QStringList JobConnection::arguments() const
{
    QStringList args {u"--url"_s, url};
    const auto add = [&args](const QString& option, const QString& value) {
        if (!value.isEmpty())
            args << option << value;
    };
    add(u"--api-key-file"_s, apiKeyFile);
    for (const QString& f : headerFiles)
        add(u"--header-file"_s, f);
    for (const QString& e : headerEnv)
        add(u"--header-env"_s, e);
    add(u"--ca-file"_s, caFile);
    if (insecure)
        args << u"--insecure"_s;
    add(u"--grpc-url"_s, grpcUrl);
    if (grpcPort > 0)
        args << u"--grpc-port"_s << QString::number(grpcPort);
    add(u"--transport"_s, transport);
    add(u"--proxy"_s, proxy);
    add(u"--proxy-user"_s, proxyUser);
    add(u"--proxy-password-file"_s, proxyPasswordFile);
    if (timeoutSeconds > 0)
        args << u"--timeout"_s << QString::number(timeoutSeconds);
    if (retries >= 0)
        args << u"--retries"_s << QString::number(retries);
    return args;
}

QJsonObject JobConnection::toJson() const
{
    QJsonObject json {{u"url"_s, url}};
    insertIf(&json, u"apiKeyFile"_s, apiKeyFile);
    insertIf(&json, u"headerFiles"_s, headerFiles);
    insertIf(&json, u"headerEnv"_s, headerEnv);
    insertIf(&json, u"caFile"_s, caFile);
    if (insecure)
        json.insert(u"insecure"_s, true);
    insertIf(&json, u"grpcUrl"_s, grpcUrl);
    if (grpcPort > 0)
        json.insert(u"grpcPort"_s, grpcPort);
    insertIf(&json, u"transport"_s, transport);
    insertIf(&json, u"proxy"_s, proxy);
    insertIf(&json, u"proxyUser"_s, proxyUser);
    insertIf(&json, u"proxyPasswordFile"_s, proxyPasswordFile);
    if (timeoutSeconds > 0)
        json.insert(u"timeoutSeconds"_s, timeoutSeconds);
    if (retries >= 0)
        json.insert(u"retries"_s, retries);
    return json;
}

bool JobConnection::fromJson(const QJsonObject& json, JobConnection* out)
{
    bool ok = json.value(u"url"_s).isString();
    JobConnection c;
    c.url = json.value(u"url"_s).toString();
    c.apiKeyFile = optionalString(json, u"apiKeyFile"_s, &ok);
    c.headerFiles = stringList(json.value(u"headerFiles"_s), &ok);
    c.headerEnv = stringList(json.value(u"headerEnv"_s), &ok);
    c.caFile = optionalString(json, u"caFile"_s, &ok);
    c.insecure = json.value(u"insecure"_s).toBool(false);
    c.grpcUrl = optionalString(json, u"grpcUrl"_s, &ok);
    c.grpcPort = optionalInt(json, u"grpcPort"_s, 0, &ok);
    c.transport = optionalString(json, u"transport"_s, &ok);
    c.proxy = optionalString(json, u"proxy"_s, &ok);
    c.proxyUser = optionalString(json, u"proxyUser"_s, &ok);
    c.proxyPasswordFile = optionalString(json, u"proxyPasswordFile"_s, &ok);
    c.timeoutSeconds = optionalInt(json, u"timeoutSeconds"_s, 0, &ok);
    c.retries = optionalInt(json, u"retries"_s, -1, &ok);
    *out = c;
    return ok;
}

S3Credentials::Overrides JobS3::overrides() const
{
    S3Credentials::Overrides o;
    o.endpoint = QUrl(endpoint);
    o.region = region;
    o.profile = profile;
    o.pathStyle = pathStyle ? S3PathStyle::Path : S3PathStyle::Auto;
    return o;
}

QJsonObject JobS3::toJson() const
{
    QJsonObject json;
    insertIf(&json, u"endpoint"_s, endpoint);
    insertIf(&json, u"region"_s, region);
    insertIf(&json, u"profile"_s, profile);
    if (pathStyle)
        json.insert(u"pathStyle"_s, true);
    return json;
}

bool JobS3::fromJson(const QJsonObject& json, JobS3* out)
{
    bool ok = true;
    JobS3 s;
    s.endpoint = optionalString(json, u"endpoint"_s, &ok);
    s.region = optionalString(json, u"region"_s, &ok);
    s.profile = optionalString(json, u"profile"_s, &ok);
    s.pathStyle = json.value(u"pathStyle"_s).toBool(false);
    *out = s;
    return ok;
}

OpError JobEncryption::checkIdentities(const QList<AgeIdentity>& identities) const
{
    const auto usage = [](const QString& message) { return OpError::make(OpError::Code::Usage, message, {}); };
    if (recipients.isEmpty())
        return {};
    QList<AgeRecipient> parsed;
    for (const QString& text : recipients) {
        const std::optional<AgeRecipient> recipient = AgeRecipient::parse(text.toUtf8());
        if (!recipient)
            return usage(Job::tr("\"%1\" is not an age recipient; a recipient starts with age1.").arg(text));
        parsed.append(*recipient);
    }
    for (const AgeIdentity& identity : identities) {
        if (parsed.contains(identity.recipient()))
            return {};
    }
    return usage(Job::tr("A job that encrypts to recipients needs the identity file of one of them: each run verifies "
                         "its new archive, and retention reads the job's archives."));
}

QJsonObject JobEncryption::toJson() const
{
    QJsonObject json;
    insertIf(&json, u"recipients"_s, recipients);
    insertIf(&json, u"passphraseFile"_s, passphraseFile);
    insertIf(&json, u"identityFiles"_s, identityFiles);
    return json;
}

bool JobEncryption::fromJson(const QJsonObject& json, JobEncryption* out)
{
    bool ok = true;
    JobEncryption e;
    e.recipients = stringList(json.value(u"recipients"_s), &ok);
    e.passphraseFile = optionalString(json, u"passphraseFile"_s, &ok);
    e.identityFiles = stringList(json.value(u"identityFiles"_s), &ok);
    *out = e;
    return ok;
}

bool Job::isValidName(const QString& name)
{
    static const QRegularExpression rule(u"^[A-Za-z0-9_][A-Za-z0-9._-]{0,63}$"_s);
    return rule.match(name).hasMatch();
}

QString Job::fileNameSafe(const QString& text)
{
    QString safe;
    for (const QChar c : text.left(64)) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
        safe += ok ? c : u'_';
    }
    return safe;
}

QString Job::suffix() const
{
    return compressionSuffix(compression) + (encryption.isEmpty() ? QString() : u".age"_s);
}

QString Job::fileName(const QDateTime& utc) const
{
    QString file = fileNamePattern;
    file.replace(u"{profile}"_s, fileNameSafe(profile));
    file.replace(u"{job}"_s, name);
    file.replace(u"{date}"_s, utc.toUTC().toString(u"yyyyMMdd-HHmmss"_s));
    // What the pattern already says of the suffix is not said twice: "{job}-{date}.tar.zst" + ".age".
    const QString full = suffix();
    for (qsizetype end = full.size(); end > 0; end = full.lastIndexOf(u'.', end - 1)) {
        if (file.endsWith(full.left(end)))
            return file + full.mid(end);
    }
    return file + full;
}

OpError Job::checkPattern() const
{
    const auto usage = [](const QString& message) { return OpError::make(OpError::Code::Usage, message, {}); };
    if (!fileNamePattern.contains(u"{date}"_s))
        return usage(tr("The file-name pattern \"%1\" has no {date}: every run would overwrite the archive of the one "
                        "before.")
                         .arg(fileNamePattern));
    const QString sample = fileName(QDateTime::currentDateTimeUtc());
    if (fileNamePattern.contains(u'/') || fileNamePattern.contains(u'\\') || sample.startsWith(u'.')
        || sample.size() > 200
        || std::any_of(sample.cbegin(), sample.cend(), [](QChar c) { return c.unicode() < 0x20 || c == u':'; }))
        return usage(tr("The file-name pattern \"%1\" does not give a plain file name.").arg(fileNamePattern));
    // A pattern ending in another compression's suffix would name archives by the wrong tool.
    static const QRegularExpression archiveEnd(u"\\.tar(\\.(zst|gz|xz))?(\\.age)?$"_s);
    const QRegularExpressionMatch m = archiveEnd.match(fileNamePattern);
    if (m.hasMatch() && !suffix().startsWith(m.captured(0)))
        return usage(tr("The file-name pattern \"%1\" ends in \"%2\", but the job's archives end in \"%3\".")
                         .arg(fileNamePattern, m.captured(0), suffix()));
    return {};
}

OpError Job::checkLevel() const
{
    if (compressionLevel < 0)
        return {};
    const int low = compression == ArchiveCompression::Xz ? 0 : 1;
    const int high = compression == ArchiveCompression::Zstd ? 19 : 9;
    if (compression == ArchiveCompression::None || compressionLevel < low || compressionLevel > high)
        return OpError::make(OpError::Code::Usage,
            tr("The compression level must be %1 to %2 for %3.").arg(low).arg(high).arg(compressionName(compression)),
            {});
    return {};
}

bool Job::isS3() const
{
    return S3Archive::isS3(directory);
}

OpError Job::checkDirectory() const
{
    const auto usage = [](const QString& message) { return OpError::make(OpError::Code::Usage, message, {}); };
    if (isS3()) {
        OpError error;
        S3Location::parse(directory, &error, S3Location::Key::Optional);
        if (!error && !S3Archive::isPlace(directory))
            //: %1 is an s3:// location
            return usage(tr("The S3 location \"%1\" is not a bucket or a prefix ending in \"/\".").arg(directory));
        return error;
    }
    if (directory.isEmpty() || !QFileInfo(directory).isDir())
        return usage(tr("The folder \"%1\" does not exist.").arg(QDir::toNativeSeparators(directory)));
    if (!QFileInfo(directory).isAbsolute())
        return usage(tr("The folder \"%1\" is not an absolute path.").arg(QDir::toNativeSeparators(directory)));
    return {};
}

OpError Job::check() const
{
    const auto usage = [](const QString& message) { return OpError::make(OpError::Code::Usage, message, {}); };
    if (!isValidName(name))
        return usage(tr("\"%1\" is not a valid job name: use 1 to 64 ASCII letters, digits, '.', '_' or '-', "
                        "starting with a letter, digit or '_'.")
                         .arg(name));
    if (OpError error = checkDirectory())
        return error;
    if (OpError error = checkLevel())
        return error;
    if (pageSize < 1 || pageSize > 10000)
        return usage(tr("The page size must be a number from 1 to 10000."));
    if (!encryption.recipients.isEmpty() && !encryption.passphraseFile.isEmpty())
        return usage(tr("A job encrypts with recipients or with a passphrase, not both."));
    // Names and patterns are matched at each run (a pattern takes the tenants created since); their form now.
    for (const QStringList& choices : tenants)
        for (const QString& choice : choices)
            if (OpError error = TenantSelection::checkChoice(choice))
                return error;
    return checkPattern();
}

QJsonObject Job::toJson() const
{
    QJsonObject tenantFilter;
    for (auto it = tenants.cbegin(); it != tenants.cend(); ++it)
        tenantFilter.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject backup {{u"collections"_s, QJsonArray::fromStringList(collections)}, {u"tenants"_s, tenantFilter},
        {u"schemaOnly"_s, schemaOnly}, {u"includeVectors"_s, includeVectors}, {u"activateTenants"_s, activateTenants},
        {u"compression"_s, compressionName(compression)}, {u"pageSize"_s, pageSize}};
    if (compressionLevel >= 0)
        backup.insert(u"compressionLevel"_s, compressionLevel);
    QJsonObject json {
        {u"id"_s, id},
        {u"name"_s, name},
        {u"profile"_s, profile},
        {u"createdAt"_s, createdAt.toUTC().toString(Qt::ISODateWithMs)},
        {u"connection"_s, connection.toJson()},
        {u"backup"_s, backup},
        {u"directory"_s, directory},
        {u"fileNamePattern"_s, fileNamePattern},
        {u"retention"_s, retention.toJson()},
        {u"encryption"_s, encryption.toJson()},
        {u"schedule"_s, schedule.toJson()},
    };
    if (!s3.isEmpty())
        json.insert(u"s3"_s, s3.toJson());
    return json;
}

// The backup part: which collections and tenants, and how.
static bool readBackupJson(const QJsonObject& backup, Job* job)
{
    bool ok = true;
    job->collections = stringList(backup.value(u"collections"_s), &ok);
    const QJsonObject tenants = backup.value(u"tenants"_s).toObject();
    for (auto it = tenants.begin(); it != tenants.end(); ++it)
        job->tenants.insert(it.key(), stringList(it.value(), &ok));
    job->schemaOnly = backup.value(u"schemaOnly"_s).toBool(false);
    job->includeVectors = backup.value(u"includeVectors"_s).toBool(true);
    job->activateTenants = backup.value(u"activateTenants"_s).toBool(false);
    const auto compression = compressionFromName(backup.value(u"compression"_s).toString(u"zstd"_s));
    ok = ok && compression.has_value();
    job->compression = compression.value_or(ArchiveCompression::Zstd);
    job->compressionLevel = optionalInt(backup, u"compressionLevel"_s, -1, &ok);
    job->pageSize = optionalInt(backup, u"pageSize"_s, 500, &ok);
    return ok;
}

OpError Job::fromJson(const QJsonObject& json, Job* out)
{
    Job job;
    job.id = json.value(u"id"_s).toString();
    job.name = json.value(u"name"_s).toString();
    const auto bad = [&job](const QString& what) {
        return OpError::make(
            OpError::Code::Format, tr("The saved job \"%1\" is damaged.").arg(job.name), formatError(job.name, what));
    };
    const QUuid uuid = QUuid::fromString(job.id);
    if (uuid.isNull() || uuid.toString(QUuid::WithoutBraces) != job.id)
        return bad(u"\"id\" is not a lowercase UUID"_s);
    if (!isValidName(job.name))
        return bad(u"\"name\" is not a valid job name"_s);
    bool ok = true;
    job.profile = optionalString(json, u"profile"_s, &ok);
    job.createdAt = QDateTime::fromString(json.value(u"createdAt"_s).toString(), Qt::ISODateWithMs);
    job.directory = json.value(u"directory"_s).toString();
    job.fileNamePattern = json.value(u"fileNamePattern"_s).toString(defaultPattern());
    if (!ok || job.directory.isEmpty())
        return bad(u"\"directory\" or \"profile\" missing or not a string"_s);
    if (!JobConnection::fromJson(json.value(u"connection"_s).toObject(), &job.connection))
        return bad(u"\"connection\" is not valid"_s);
    if (!readBackupJson(json.value(u"backup"_s).toObject(), &job))
        return bad(u"\"backup\" is not valid"_s);
    if (!RetentionPolicy::fromJson(json.value(u"retention"_s).toObject(), &job.retention))
        return bad(u"\"retention\" is not valid"_s);
    if (!JobEncryption::fromJson(json.value(u"encryption"_s).toObject(), &job.encryption))
        return bad(u"\"encryption\" is not valid"_s);
    if (!JobS3::fromJson(json.value(u"s3"_s).toObject(), &job.s3))
        return bad(u"\"s3\" is not valid"_s);
    if (!JobSchedule::fromJson(json.value(u"schedule"_s).toObject(), &job.schedule))
        return bad(u"\"schedule\" is not valid"_s);
    *out = std::move(job);
    return {};
}

} // namespace Colvault
