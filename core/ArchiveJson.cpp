// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJson.h"

#include "core/ArchiveLayout.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <cmath>

namespace Colvault {

ArchiveJson::ArchiveJson(QString entryName)
    : m_entry(std::move(entryName))
{
}

void ArchiveJson::fail(const QString& details)
{
    if (failed())
        return;
    m_error = OpError::make(OpError::Code::Format,
        tr("The archive entry \"%1\" is not valid.").arg(ArchiveLayout::displayName(m_entry)),
        QStringLiteral("%1: %2").arg(m_entry, details));
}

OpError ArchiveJson::parseObject(const QByteArray& data, QJsonObject* out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    else if (!doc.isObject())
        fail(QStringLiteral("not a JSON object"));
    *out = doc.object();
    return m_error;
}

OpError ArchiveJson::parseArray(const QByteArray& data, QJsonArray* out)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        fail(QStringLiteral("JSON error at offset %1: %2").arg(parseError.offset).arg(parseError.errorString()));
    else if (!doc.isArray())
        fail(QStringLiteral("not a JSON array"));
    *out = doc.array();
    return m_error;
}

OpError ArchiveJson::checkFormat(const QJsonObject& root)
{
    if (failed())
        return m_error;
    if (root.value(u"format").toString() != ArchiveLayout::formatName()) {
        m_error = OpError::make(OpError::Code::Format, tr("The file is not a Colvault archive."),
            QStringLiteral("%1: format is not \"%2\"").arg(m_entry, ArchiveLayout::formatName()));
        return m_error;
    }
    const qint64 version = integer(root, QStringLiteral("formatVersion"), 1);
    if (!failed() && version > ArchiveLayout::formatVersion) {
        m_error = OpError::make(OpError::Code::Format,
            tr("The archive was written by a newer version of Colvault (format version %1). Update Colvault to read "
               "it.")
                .arg(version),
            QStringLiteral("%1: formatVersion %2, supported %3")
                .arg(m_entry)
                .arg(version)
                .arg(ArchiveLayout::formatVersion));
    }
    return m_error;
}

QString ArchiveJson::string(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isString()) {
        fail(QStringLiteral("\"%1\" must be a string").arg(key));
        return {};
    }
    return v.toString();
}

qint64 ArchiveJson::integer(const QJsonObject& object, const QString& key, qint64 minimum)
{
    const QJsonValue v = object.value(key);
    // JSON numbers are doubles here: accept only integral values that a double holds exactly.
    constexpr double maxExact = 9007199254740992.0; // 2^53
    const double d = v.toDouble(std::nan(""));
    if (!v.isDouble() || !std::isfinite(d) || std::trunc(d) != d || d < double(minimum) || d > maxExact) {
        fail(QStringLiteral("\"%1\" must be an integer >= %2").arg(key).arg(minimum));
        return minimum;
    }
    return qint64(d);
}

bool ArchiveJson::boolean(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isBool()) {
        fail(QStringLiteral("\"%1\" must be true or false").arg(key));
        return false;
    }
    return v.toBool();
}

QJsonObject ArchiveJson::object(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isObject()) {
        fail(QStringLiteral("\"%1\" must be an object").arg(key));
        return {};
    }
    return v.toObject();
}

QJsonArray ArchiveJson::array(const QJsonObject& object, const QString& key)
{
    const QJsonValue v = object.value(key);
    if (!v.isArray()) {
        fail(QStringLiteral("\"%1\" must be an array").arg(key));
        return {};
    }
    return v.toArray();
}

} // namespace Colvault
