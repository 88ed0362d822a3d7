// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Archive.h"

#include "core/S3Client.h"

#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcessEnvironment>
#include <mutex>

namespace Colvault {

namespace {

std::mutex& settingsMutex()
{
    static std::mutex mutex;
    return mutex;
}

S3Archive::Settings& storedSettings()
{
    static S3Archive::Settings settings;
    return settings;
}

QHash<QString, S3Archive::Settings>& storedBucketSettings()
{
    static QHash<QString, S3Archive::Settings> settings;
    return settings;
}

} // namespace

void S3Archive::setSettings(Settings settings)
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    storedSettings() = std::move(settings);
}

S3Archive::Settings S3Archive::settings()
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    return storedSettings();
}

void S3Archive::setBucketSettings(const QString& bucket, Settings settings)
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    storedBucketSettings().insert(bucket, std::move(settings));
}

void S3Archive::removeBucketSettings(const QString& bucket)
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    storedBucketSettings().remove(bucket);
}

std::optional<S3Archive::Settings> S3Archive::bucketSettings(const QString& bucket)
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    const auto it = storedBucketSettings().constFind(bucket);
    return it == storedBucketSettings().cend() ? std::nullopt : std::optional<Settings>(*it);
}

S3Archive::Settings S3Archive::settingsFor(const QString& bucket)
{
    const std::lock_guard<std::mutex> lock(settingsMutex());
    const Settings& global = storedSettings();
    const auto it = storedBucketSettings().constFind(bucket);
    if (it == storedBucketSettings().cend())
        return global;
    Settings s = *it;
    if (!s.transport)
        s.transport = global.transport;
    if (s.firstPartSize <= 0)
        s.firstPartSize = global.firstPartSize;
    return s;
}

QString S3Archive::displayPath(const QString& path)
{
    return isS3(path) ? path : QDir::toNativeSeparators(path);
}

bool S3Archive::isPlace(const QString& path)
{
    if (!isS3(path))
        return false;
    OpError error;
    const S3Location location = S3Location::parse(path, &error, S3Location::Key::Optional);
    return !error && (location.key.isEmpty() || location.key.endsWith(u'/'));
}

bool S3Archive::isPlaceOrFolder(const QString& path)
{
    return isS3(path) ? isPlace(path) : QFileInfo(path).isDir();
}

QString S3Archive::pathIn(const QString& place, const QString& fileName)
{
    if (!isS3(place))
        return QDir(place).filePath(fileName);
    return place + (place.endsWith(u'/') ? QString() : QStringLiteral("/")) + fileName;
}

bool S3Archive::resolve(
    const QString& path, S3Location* location, S3Config* config, OpError* error, S3Location::Key key)
{
    *location = S3Location::parse(path, error, key);
    return !*error && resolveWith(settingsFor(location->bucket), config, error);
}

bool S3Archive::resolveWith(const Settings& s, S3Config* config, OpError* error)
{
    WeaviateEndpoint transport = s.transport.value_or(WeaviateEndpoint());
    *config = S3Credentials::resolve(s.overrides, QProcessEnvironment::systemEnvironment(), error);
    if (*error)
        return false;
    // resolve() put AWS_CA_BUNDLE into the default transport; a chosen transport keeps it.
    if (s.transport) {
        if (transport.caFile.isEmpty())
            transport.caFile = config->transport.caFile;
        config->transport = transport;
    }
    return true;
}

OpError S3Archive::checkDestination(const QString& path)
{
    S3Location location;
    S3Config config;
    OpError error;
    if (!resolve(path, &location, &config, &error, S3Location::Key::Optional))
        return error;
    return checkResolved(location, config);
}

OpError S3Archive::checkDestination(const QString& path, const Settings& settings)
{
    OpError error;
    const S3Location location = S3Location::parse(path, &error, S3Location::Key::Optional);
    S3Config config;
    if (error || !resolveWith(settings, &config, &error))
        return error;
    return checkResolved(location, config);
}

OpError S3Archive::checkResolved(const S3Location& location, const S3Config& config)
{
    S3Client client(config);
    S3ObjectInfo info;
    // For a place (no key, or a prefix) the same request lists the bucket or finds no object: both prove the keys.
    const HttpResult result = client.headObject(location, &info);
    // No object yet is the usual case. A key that may not be read (a write-only policy) may still be written.
    const bool noObject = result.error.code == OpError::Code::NotFound
        && !result.error.details.contains(QStringLiteral("NoSuchBucket"));
    const bool readDenied
        = result.error.code == OpError::Code::Auth && result.error.details.contains(QStringLiteral("AccessDenied"));
    return result.ok() || noObject || readDenied ? OpError() : result.error;
}

qint64 S3Archive::objectSize(const QString& path, OpError* error)
{
    S3Location location;
    S3Config config;
    if (!resolve(path, &location, &config, error))
        return -1;
    S3Client client(config);
    S3ObjectInfo info;
    const HttpResult result = client.headObject(location, &info);
    if (!result.ok()) {
        *error = result.error;
        return -1;
    }
    return info.size;
}

} // namespace Colvault
