// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/VerifiedArchives.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace Colvault {

namespace {

constexpr qint64 kTailBytes = 64 * 1024;

struct Identity
{
    qint64 size = -1;
    QDateTime modified;
    QByteArray tailSha256;

    bool operator==(const Identity&) const = default;
};

struct Entry
{
    Identity identity;
    ArchiveVerification verification;
};

QHash<QString, Entry>& table()
{
    static QHash<QString, Entry> entries;
    return entries;
}

QString key(const QString& path)
{
    return QFileInfo(path).absoluteFilePath();
}

std::optional<Identity> identityOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    Identity id;
    id.size = file.size();
    id.modified = QFileInfo(file).lastModified();
    if (!file.seek(std::max<qint64>(0, id.size - kTailBytes)))
        return std::nullopt;
    id.tailSha256 = QCryptographicHash::hash(file.read(kTailBytes), QCryptographicHash::Sha256);
    return id;
}

} // namespace

void VerifiedArchives::remember(const QString& path, const ArchiveVerification& verification)
{
    const std::optional<Identity> id = identityOf(path);
    if (!id || !verification.ok()) {
        forget(path);
        return;
    }
    table().insert(key(path), Entry {*id, verification});
}

std::optional<ArchiveVerification> VerifiedArchives::lookup(const QString& path)
{
    const auto it = table().constFind(key(path));
    if (it == table().cend())
        return std::nullopt;
    if (identityOf(path) != it->identity) {
        forget(path);
        return std::nullopt;
    }
    return it->verification;
}

void VerifiedArchives::forget(const QString& path)
{
    table().remove(key(path));
}

} // namespace Colvault
