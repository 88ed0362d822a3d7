// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobPlace.h"

#include "core/S3Archive.h"
#include "core/S3Client.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <atomic>

namespace Colvault {

namespace {

std::atomic<int> g_listPageSize {1000};

// The location and configuration of an s3:// place or object, with the process's settings.
bool resolveS3(const QString& path, S3Location* location, S3Config* config, OpError* error)
{
    return S3Archive::resolve(path, location, config, error, S3Location::Key::Optional);
}

JobPlaceEntry entryOf(const QFileInfo& file)
{
    return {file.fileName(), file.absoluteFilePath(), file.size(), file.lastModified().toMSecsSinceEpoch()};
}

} // namespace

JobPlace::JobPlace(const Job& job)
    : m_directory(job.directory)
    , m_s3(job.isS3())
{
    if (!m_s3)
        return;
    // The job's own choices, over whatever an earlier command of this process chose; keys and transport stay.
    S3Archive::Settings settings = S3Archive::settings();
    const S3Credentials::Overrides saved = job.s3.overrides();
    settings.overrides.endpoint = saved.endpoint;
    settings.overrides.region = saved.region;
    settings.overrides.profile = saved.profile;
    settings.overrides.pathStyle = saved.pathStyle;
    S3Archive::setSettings(settings);
}

int JobPlace::listPageSize()
{
    return g_listPageSize.load();
}

void JobPlace::setListPageSize(int objects)
{
    g_listPageSize.store(std::clamp(objects, 1, 1000));
}

QString JobPlace::pathOf(const QString& name) const
{
    return S3Archive::pathIn(m_directory, name);
}

OpError JobPlace::list(QList<JobPlaceEntry>* entries) const
{
    entries->clear();
    if (m_s3)
        return listBucket(entries);
    listFolder(entries);
    return {};
}

void JobPlace::listFolder(QList<JobPlaceEntry>* entries) const
{
    const QFileInfoList files
        = QDir(m_directory).entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::NoSymLinks, QDir::Name);
    for (const QFileInfo& file : files)
        entries->append(entryOf(file));
}

OpError JobPlace::listBucket(QList<JobPlaceEntry>* entries) const
{
    S3Location location;
    S3Config config;
    OpError error;
    if (!resolveS3(m_directory, &location, &config, &error))
        return error;
    S3Client client(config);
    QList<S3ObjectInfo> objects;
    const HttpResult result = client.listObjects(location.bucket, location.key, &objects, listPageSize());
    if (!result.ok())
        return result.error;
    for (const S3ObjectInfo& o : std::as_const(objects)) {
        // What lies deeper under the prefix is another place's, as a subfolder's files are.
        const QString name = o.key.mid(location.key.size());
        if (name.isEmpty() || name.contains(u'/'))
            continue;
        entries->append({name, pathOf(name), o.size, o.lastModified.toMSecsSinceEpoch()});
    }
    std::sort(entries->begin(), entries->end(), [](const auto& a, const auto& b) { return a.name < b.name; });
    return {};
}

bool JobPlace::stat(const QString& path, JobPlaceEntry* entry) const
{
    if (!m_s3) {
        const QFileInfo file(path);
        *entry = entryOf(file);
        return file.isFile();
    }
    S3Location location;
    S3Config config;
    OpError error;
    if (!resolveS3(path, &location, &config, &error))
        return false;
    // A listing from the key on, rather than a HEAD: the same LastModified (with milliseconds) that list() gives.
    S3Client client(config);
    S3ListPage page;
    const HttpResult result = client.listObjects(location.bucket, location.key, QString(), &page, 1);
    if (!result.ok() || page.objects.isEmpty() || page.objects.constFirst().key != location.key)
        return false;
    const S3ObjectInfo& o = page.objects.constFirst();
    *entry = {QFileInfo(o.key).fileName(), path, o.size, o.lastModified.toMSecsSinceEpoch()};
    return true;
}

bool JobPlace::remove(const QString& path, QString* why) const
{
    if (!m_s3) {
        QFile file(path);
        if (file.remove())
            return true;
        *why = file.errorString();
        return false;
    }
    S3Location location;
    S3Config config;
    OpError error;
    if (!resolveS3(path, &location, &config, &error)) {
        *why = error.message;
        return false;
    }
    S3Client client(config);
    const HttpResult result = client.deleteObject(location);
    if (!result.ok())
        *why = result.error.message;
    return result.ok();
}

} // namespace Colvault
