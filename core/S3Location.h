// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <QString>

namespace Colvault {

// Where an archive lives in S3-compatible storage: `s3://BUCKET/KEY`, as typed wherever a file path is accepted.
// A value type, any thread. The bucket must be a valid S3 bucket name (3–63 characters: lowercase letters, digits,
// dots, hyphens); the key is kept exactly as written (UTF-8, at most 1024 bytes), a trailing "/" makes it a prefix.
//
// Usage: OpError e; S3Location loc = S3Location::parse(u"s3://backups/daily/a.tar.zst"_s, &e); if (e) ...
struct S3Location
{
    Q_DECLARE_TR_FUNCTIONS(S3Location)

public:
    enum class Key
    {
        Required, // an object: an archive to write or read
        Optional, // a bucket or a prefix in it (listing, retention)
    };

    QString bucket;
    QString key;

    static bool isS3Url(const QString& text) { return text.startsWith(QStringLiteral("s3://"), Qt::CaseInsensitive); }
    // The location, or an empty one with *error set (Usage: one sentence saying what is wrong with `text`).
    static S3Location parse(const QString& text, OpError* error, Key key = Key::Required);
    static bool isValidBucketName(const QString& bucket);

    bool isEmpty() const { return bucket.isEmpty(); }
    QString toString() const { return QStringLiteral("s3://") + bucket + u'/' + key; }
    friend bool operator==(const S3Location&, const S3Location&) = default;
};

} // namespace Colvault
