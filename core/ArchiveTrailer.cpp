// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveTrailer.h"

#include "core/ArchiveJson.h"
#include "core/ArchiveLayout.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Colvault {

namespace {

bool isSha256Hex(const QString& s)
{
    if (s.size() != 64)
        return false;
    for (const QChar c : s) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QByteArray ArchiveTrailer::toJson() const
{
    QJsonArray entryList;
    for (const Entry& e : entries) {
        entryList.append(QJsonObject {{QStringLiteral("name"), e.name}, {QStringLiteral("size"), e.size},
            {QStringLiteral("sha256"), QString::fromLatin1(e.sha256)}});
    }
    QJsonArray countList;
    for (const Counts& c : counts) {
        QJsonObject row {{QStringLiteral("collection"), c.collection}, {QStringLiteral("objects"), c.objects},
            {QStringLiteral("vectors"), c.vectors}, {QStringLiteral("segments"), c.segments}};
        if (!c.tenant.isEmpty())
            row.insert(QStringLiteral("tenant"), c.tenant);
        countList.append(row);
    }
    const QJsonObject root {
        {QStringLiteral("format"), ArchiveLayout::formatName()},
        {QStringLiteral("formatVersion"), ArchiveLayout::formatVersion},
        {QStringLiteral("complete"), complete},
        {QStringLiteral("entries"), entryList},
        {QStringLiteral("counts"), countList},
        {QStringLiteral("extras"), extras},
    };
    // Compact: with one line per entry of a large archive, indentation would only add bytes.
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

OpError ArchiveTrailer::fromJson(const QByteArray& data, ArchiveTrailer* out)
{
    *out = ArchiveTrailer();
    ArchiveJson json(ArchiveLayout::trailerEntry());
    QJsonObject root;
    json.parseObject(data, &root);
    if (OpError error = json.checkFormat(root))
        return error;

    ArchiveTrailer t;
    t.complete = json.boolean(root, QStringLiteral("complete"));
    if (!json.failed() && !t.complete) {
        return OpError::make(OpError::Code::Format, tr("The archive is incomplete: its backup did not finish."),
            QStringLiteral("trailer.json: complete is false"));
    }
    const QJsonArray entryList = json.array(root, QStringLiteral("entries"));
    if (entryList.size() > maxEntries)
        json.fail(QStringLiteral("%1 entries, at most %2").arg(entryList.size()).arg(maxEntries));
    QSet<QString> names;
    for (qsizetype i = 0; i < entryList.size() && !json.failed(); ++i) {
        const QJsonObject o = entryList.at(i).toObject();
        Entry e;
        e.name = json.string(o, QStringLiteral("name"));
        e.size = json.integer(o, QStringLiteral("size"));
        const QString sha = json.string(o, QStringLiteral("sha256"));
        if (json.failed())
            break;
        if (!ArchiveLayout::isSafeEntryName(e.name) || names.contains(e.name))
            json.fail(QStringLiteral("entry %1 has an unsafe or duplicate name").arg(i));
        else if (!isSha256Hex(sha))
            json.fail(QStringLiteral("entry \"%1\" has an invalid sha256").arg(e.name));
        names.insert(e.name);
        e.sha256 = sha.toLatin1();
        t.entries.append(std::move(e));
    }
    const QJsonArray countList = json.array(root, QStringLiteral("counts"));
    QSet<QString> keys;
    for (qsizetype i = 0; i < countList.size() && !json.failed(); ++i) {
        const QJsonObject o = countList.at(i).toObject();
        Counts c;
        c.collection = json.string(o, QStringLiteral("collection"));
        if (o.contains(u"tenant"))
            c.tenant = json.string(o, QStringLiteral("tenant"));
        c.objects = json.integer(o, QStringLiteral("objects"));
        c.vectors = json.integer(o, QStringLiteral("vectors"));
        c.segments = json.integer(o, QStringLiteral("segments"));
        if (json.failed())
            break;
        const QString key = c.collection + u'/' + c.tenant;
        if (!ArchiveLayout::isValidClassName(c.collection)
            || (o.contains(u"tenant") && !ArchiveLayout::isValidTenantName(c.tenant)))
            json.fail(QStringLiteral("counts row %1 has an invalid collection or tenant name").arg(i));
        else if (keys.contains(key))
            json.fail(QStringLiteral("duplicate counts row for \"%1\"").arg(key));
        keys.insert(key);
        t.counts.append(std::move(c));
    }
    if (root.contains(u"extras"))
        t.extras = json.object(root, QStringLiteral("extras"));
    if (json.failed())
        return json.error();
    *out = std::move(t);
    return {};
}

} // namespace Colvault
