// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/S3Location.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Colvault {

bool S3Location::isValidBucketName(const QString& bucket)
{
    // The rules of AWS for new buckets (general purpose); MinIO and Ceph follow them too. An IP-like name is refused
    // because virtual-hosted addressing would turn it into a host name that is an address.
    static const QRegularExpression valid(u"^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"_s);
    static const QRegularExpression ipLike(u"^\\d+\\.\\d+\\.\\d+\\.\\d+$"_s);
    return valid.match(bucket).hasMatch() && !bucket.contains(u".."_s) && !ipLike.match(bucket).hasMatch();
}

S3Location S3Location::parse(const QString& text, OpError* error, Key key)
{
    const auto fail = [&](const QString& message) {
        if (error)
            *error = OpError::make(OpError::Code::Usage, message, text);
        return S3Location {};
    };
    if (!isS3Url(text))
        return fail(tr("\"%1\" is not an S3 location: it must start with s3://, as in s3://bucket/key.").arg(text));
    const QString rest = text.mid(5);
    const qsizetype slash = rest.indexOf(u'/');
    S3Location loc;
    loc.bucket = slash < 0 ? rest : rest.left(slash);
    loc.key = slash < 0 ? QString() : rest.mid(slash + 1);
    if (loc.bucket.isEmpty())
        return fail(tr("The S3 location \"%1\" names no bucket: write it as s3://bucket/key.").arg(text));
    if (!isValidBucketName(loc.bucket))
        return fail(tr("\"%1\" is not a valid S3 bucket name: it must be 3 to 63 lowercase letters, digits, dots or "
                       "hyphens, starting and ending with a letter or digit.")
                        .arg(loc.bucket));
    if (key == Key::Required && (loc.key.isEmpty() || loc.key.endsWith(u'/')))
        return fail(tr("The S3 location \"%1\" names no object: add its key, as in s3://%2/backup.tar.zst.")
                        .arg(text, loc.bucket));
    if (loc.key.toUtf8().size() > 1024)
        return fail(tr("The S3 key in \"%1\" is longer than 1024 bytes.").arg(text));
    if (error)
        *error = {};
    return loc;
}

} // namespace Colvault
