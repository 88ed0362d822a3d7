// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace Colvault {

// Strict field access for the archive's small JSON entries (manifest, trailer, tenants). The first missing field
// or wrong type is remembered as a Format error that names the entry and, in its details, the field; later calls
// return defaults, so a parser reads all fields and checks failed() once. Also checks the format name and version
// that every top-level entry carries.
// Thread: one instance per parse, any thread.
// Usage: ArchiveJson json(name); QJsonObject root; if (OpError e = json.parseObject(data, &root)) return e;
//        const QString s = json.string(root, u"field"_s); ...; if (json.failed()) return json.error();
class ArchiveJson
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveJson)

public:
    explicit ArchiveJson(QString entryName);

    OpError parseObject(const QByteArray& data, QJsonObject* out);
    OpError parseArray(const QByteArray& data, QJsonArray* out);

    // format == "colvault-archive" and formatVersion == 1; a newer version gets its own message.
    OpError checkFormat(const QJsonObject& root);

    QString string(const QJsonObject& object, const QString& key);
    qint64 integer(const QJsonObject& object, const QString& key, qint64 minimum = 0);
    bool boolean(const QJsonObject& object, const QString& key);
    QJsonObject object(const QJsonObject& object, const QString& key);
    QJsonArray array(const QJsonObject& object, const QString& key);

    // Records a problem found by the caller (a bad value, a duplicate), unless one is already recorded.
    void fail(const QString& details);

    bool failed() const { return m_error.isError(); }
    OpError error() const { return m_error; }

private:
    QString m_entry;
    OpError m_error;
};

} // namespace Colvault
