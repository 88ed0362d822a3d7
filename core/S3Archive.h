// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/S3Credentials.h"
#include "core/S3Location.h"
#include "core/WeaviateEndpoint.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace Colvault {

// Archives in S3-compatible storage. Wherever an archive path is accepted (ArchiveWriter, ArchiveReader and all that
// read or write through them), a path that starts with s3:// names an object: `s3://BUCKET/KEY` (docs/s3.md).
// This class holds what the process chose for such paths (the CLI's --s3-* options; tests) and, per bucket, what a
// storage profile of the app chose (each profile has its own endpoint and keys), resolves the endpoint and keys from
// that and the environment on each use (S3Credentials), and checks a backup's destination before anything is read
// from the server.
// Thread: any. setSettings() and setBucketSettings() are meant to be called before operations start; reads and
// writes are locked.
//
// Usage: S3Archive::setSettings({overrides}); ... ArchiveWriter::open(u"s3://bucket/key"_s, ...);
//        S3Archive::setBucketSettings(u"team-backups"_s, {profileOverrides}); // that bucket only
class S3Archive
{
    Q_DECLARE_TR_FUNCTIONS(S3Archive)

public:
    struct Settings
    {
        S3Credentials::Overrides overrides; // endpoint, region, profile, path style, keys
        // The first parts' size (ArchiveWriter's multipart upload): 0 = 8 MiB. Tests use S3's minimum, 5 MiB, to
        // upload several parts from little data.
        qint64 firstPartSize = 0;
        std::optional<WeaviateEndpoint> transport; // TLS, proxy, timeouts and retries; default: WeaviateEndpoint's
    };

    static void setSettings(Settings settings);
    static Settings settings();
    // The settings for paths in `bucket`, in place of the process-wide ones: a storage profile registers its
    // endpoint, region and keys for its bucket before an operation uses it. The last one registered for a bucket
    // wins. A transport left unset, and a firstPartSize of 0, are taken from the process-wide settings.
    static void setBucketSettings(const QString& bucket, Settings settings);
    static void removeBucketSettings(const QString& bucket);
    static std::optional<Settings> bucketSettings(const QString& bucket);
    // What applies to paths in `bucket`: its own settings (setBucketSettings()), else the process-wide ones.
    static Settings settingsFor(const QString& bucket);

    static bool isS3(const QString& path) { return S3Location::isS3Url(path); }
    // An archive path as messages show it: a file's with the platform's separators, an s3:// location as written.
    static QString displayPath(const QString& path);
    // `s3://BUCKET` or `s3://BUCKET/PREFIX/`: a place where a default-named archive goes, as a folder does.
    static bool isPlace(const QString& path);
    // A place (isPlace()) or a folder on this computer: where an archive gets a default name (pathIn()).
    static bool isPlaceOrFolder(const QString& path);
    // The archive `fileName` in `place` (isPlaceOrFolder()): the object under the bucket or prefix, or the file in the
    // folder. One rule for backups and the backups before a clear, wherever they go.
    static QString pathIn(const QString& place, const QString& fileName);
    // The object at `path` (or with Key::Optional a place, see isPlace()) and the configuration that reaches it.
    // False with *error (Usage or Auth: a malformed location, missing or half keys, a profile that does not exist, no
    // region for AWS).
    static bool resolve(const QString& path, S3Location* location, S3Config* config, OpError* error,
        S3Location::Key key = S3Location::Key::Required);
    // Before a backup writes to `path` (an object or a place): the location and keys resolve, and the server accepts
    // the keys and has the bucket. One request; an object that is already there is fine: it is replaced when the new
    // archive is complete, as a file is.
    static OpError checkDestination(const QString& path);
    // The same with `settings` in place of what is registered (a storage profile being edited: its Test button).
    static OpError checkDestination(const QString& path, const Settings& settings);
    // The size of the object at `path`; -1 with *error when it cannot be read.
    static qint64 objectSize(const QString& path, OpError* error);

private:
    static bool resolveWith(const Settings& settings, S3Config* config, OpError* error);
    static OpError checkResolved(const S3Location& location, const S3Config& config);
};

} // namespace Colvault
