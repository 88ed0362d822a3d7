// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/StoreDump.h"

#include "tools/emulator/Emulator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <mutex>
#include <shared_mutex>

using namespace Qt::StringLiterals;

namespace TestSupport {

namespace {

// References are appended in the order they arrive; a restore that reconciled after a lost answer may add them in
// another order, which is the same content.
QJsonValue canonical(const QJsonValue& v)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = canonical(it.value());
        return o;
    }
    if (!v.isArray())
        return v;
    QJsonArray a = v.toArray();
    const bool beacons = !a.isEmpty() && a.first().toObject().contains(u"beacon"_s);
    if (!beacons)
        return a;
    QList<QJsonValue> items(a.begin(), a.end());
    std::sort(items.begin(), items.end(), [](const QJsonValue& x, const QJsonValue& y) {
        return x.toObject().value(u"beacon"_s).toString() < y.toObject().value(u"beacon"_s).toString();
    });
    QJsonArray sorted;
    for (const QJsonValue& i : items)
        sorted.append(i);
    return sorted;
}

QString floats(const std::vector<float>& values)
{
    const QByteArray bytes(reinterpret_cast<const char*>(values.data()), qsizetype(values.size() * sizeof(float)));
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

QString storeDump(Emu::Emulator& emulator)
{
    Emu::Store& store = emulator.engine().store();
    std::shared_lock lock(store.mutex);
    QString out;
    for (const auto& [name, cls] : store.classes) {
        out += u"class "_s + QString::fromStdString(name) + u' '
            + QString::fromUtf8(QJsonDocument(cls.def.json).toJson(QJsonDocument::Compact)) + u'\n';
        for (const auto& [tenant, shard] : cls.shards) {
            out += u"  shard \""_s + QString::fromStdString(tenant) + u"\" "_s + QString::fromStdString(shard.status)
                + u'\n';
            for (const auto& [id, o] : shard.objects) {
                const QJsonObject props = QJsonDocument::fromJson(QByteArray::fromStdString(o.propertiesJson)).object();
                out += u"    "_s + QString::fromStdString(id) + u' '
                    + QString::fromUtf8(QJsonDocument(canonical(props).toObject()).toJson(QJsonDocument::Compact))
                    + u" v="_s + floats(o.vector);
                for (const auto& [vname, v] : o.vectors)
                    out += u' ' + QString::fromStdString(vname) + u'=' + QString::number(v.rows) + u':'
                        + floats(v.flat);
                out += u'\n';
            }
        }
    }
    return out;
}

} // namespace TestSupport
