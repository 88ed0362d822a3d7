// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/ArchiveContent.h"

#include "core/ArchiveLayout.h"
#include "core/ArchiveReader.h"
#include "tests/support/EmulatorFixture.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace Colvault;

namespace TestSupport {

namespace {

void sortVectors(QList<ObjectVector>& v)
{
    std::sort(v.begin(), v.end(), [](const ObjectVector& a, const ObjectVector& b) { return a.name < b.name; });
}

QString key(const QString& collection, const QString& tenant)
{
    return tenant.isEmpty() ? collection : collection + u'/' + tenant;
}

} // namespace

qint64 Content::objectCount() const
{
    qint64 n = 0;
    for (const auto& list : shards)
        n += list.size();
    return n;
}

QByteArray Content::digest() const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (auto it = shards.begin(); it != shards.end(); ++it) {
        h.addData(it.key().toUtf8());
        for (const ContentObject& o : it.value()) {
            h.addData(o.id.toLatin1());
            h.addData(QByteArray::number(o.creationTimeUnix));
            h.addData(QByteArray::number(o.lastUpdateTimeUnix));
            h.addData(QJsonDocument(o.properties).toJson(QJsonDocument::Compact));
            for (const ObjectVector& v : o.vectors) {
                h.addData(v.name.toUtf8());
                h.addData(QByteArray::number(v.rows) + ':' + QByteArray::number(v.dims));
                h.addData(QByteArrayView(
                    reinterpret_cast<const char*>(v.values.constData()), v.values.size() * qsizetype(sizeof(float))));
            }
        }
    }
    return h.result().toHex();
}

QString Content::difference(const Content& a, const Content& b)
{
    if (a.shards.keys() != b.shards.keys())
        return u"shards differ: "_s + a.shards.keys().join(u',') + u" vs "_s + b.shards.keys().join(u',');
    for (auto it = a.shards.begin(); it != a.shards.end(); ++it) {
        const auto& x = it.value();
        const auto& y = b.shards.value(it.key());
        if (x.size() != y.size())
            return u"%1: %2 vs %3 objects"_s.arg(it.key()).arg(x.size()).arg(y.size());
        for (qsizetype i = 0; i < x.size(); ++i) {
            const ContentObject& p = x[i];
            const ContentObject& q = y[i];
            if (p.id != q.id)
                return u"%1[%2]: id %3 vs %4"_s.arg(it.key()).arg(i).arg(p.id, q.id);
            if (p.properties != q.properties)
                return u"%1 %2: properties %3 vs %4"_s.arg(it.key(), p.id,
                    QString::fromUtf8(QJsonDocument(p.properties).toJson()),
                    QString::fromUtf8(QJsonDocument(q.properties).toJson()));
            if (p.creationTimeUnix != q.creationTimeUnix || p.lastUpdateTimeUnix != q.lastUpdateTimeUnix)
                return u"%1 %2: timestamps differ"_s.arg(it.key(), p.id);
            if (p.vectors.size() != q.vectors.size())
                return u"%1 %2: %3 vs %4 vectors"_s.arg(it.key(), p.id).arg(p.vectors.size()).arg(q.vectors.size());
            for (qsizetype v = 0; v < p.vectors.size(); ++v) {
                const ObjectVector& m = p.vectors[v];
                const ObjectVector& n = q.vectors[v];
                if (m.name != n.name || m.rows != n.rows || m.dims != n.dims || m.values.size() != n.values.size()
                    || std::memcmp(m.values.constData(), n.values.constData(), size_t(m.values.size()) * sizeof(float))
                        != 0)
                    return u"%1 %2: vector \"%3\" differs"_s.arg(it.key(), p.id, m.name);
            }
        }
    }
    return {};
}

Content loadArchive(const QString& path)
{
    Content out;
    ArchiveReader reader;
    if (OpError e = reader.open(path)) {
        out.error = e.message + u" "_s + e.details;
        return out;
    }
    // Segments come as .jsonl then .vec of the same index; keep the lines until their vectors arrive.
    QList<ContentObject> pending;
    while (true) {
        bool has = false;
        if (OpError e = reader.next(&has)) {
            out.error = e.message + u" "_s + e.details;
            return out;
        }
        if (!has)
            break;
        const ArchiveLayout::EntryName name = ArchiveLayout::parse(reader.name());
        QByteArray data;
        if (name.kind != ArchiveLayout::EntryKind::Objects && name.kind != ArchiveLayout::EntryKind::Vectors) {
            reader.skip();
            continue;
        }
        if (OpError e = reader.readAll(&data, 1LL << 30)) {
            out.error = e.message;
            return out;
        }
        if (name.kind == ArchiveLayout::EntryKind::Objects) {
            pending.clear();
            for (const QByteArray& line : data.split('\n')) {
                if (line.isEmpty())
                    continue;
                const QJsonObject o = QJsonDocument::fromJson(line).object();
                ContentObject c;
                c.id = o.value(u"id"_s).toString();
                c.creationTimeUnix = o.value(u"creationTimeUnix"_s).toInteger();
                c.lastUpdateTimeUnix = o.value(u"lastUpdateTimeUnix"_s).toInteger();
                c.properties = o.value(u"properties"_s).toObject();
                pending.append(c);
            }
        } else {
            VectorCodec codec(data);
            if (OpError e = codec.readHeader()) {
                out.error = e.message;
                return out;
            }
            QList<ContentObject>& shard = out.shards[key(name.collection, name.tenant)];
            for (ContentObject& c : pending) {
                VectorRecord rec;
                if (OpError e = codec.readRecord(&rec)) {
                    out.error = e.message;
                    return out;
                }
                c.vectors = rec.vectors;
                sortVectors(c.vectors);
                shard.append(c);
            }
            pending.clear();
        }
    }
    return out;
}

Content loadServer(EmulatorFixture& fixture, const QStringList& collections, const QMap<QString, QStringList>& tenants)
{
    Content out;
    for (const QString& collection : collections) {
        const QStringList shardTenants = tenants.value(collection, QStringList {QString()});
        for (const QString& tenant : shardTenants) {
            // Like an archive, which has no segment for an empty collection or tenant.
            QList<ContentObject> shard;
            QString after;
            while (true) {
                QString path = u"/v1/objects?class=%1&limit=100&include=vector"_s.arg(collection);
                if (!after.isEmpty())
                    path += u"&after="_s + after;
                if (!tenant.isEmpty())
                    path += u"&tenant="_s + tenant;
                const Reply r = fixture.get(path);
                if (r.status != 200) {
                    out.error = u"%1 -> %2 %3"_s.arg(path).arg(r.status).arg(QString::fromUtf8(r.body));
                    return out;
                }
                const QJsonArray objects = r.json().object().value(u"objects"_s).toArray();
                for (const QJsonValue& v : objects) {
                    const QJsonObject o = v.toObject();
                    ContentObject c;
                    c.id = o.value(u"id"_s).toString();
                    c.creationTimeUnix = o.value(u"creationTimeUnix"_s).toInteger();
                    c.lastUpdateTimeUnix = o.value(u"lastUpdateTimeUnix"_s).toInteger();
                    c.properties = o.value(u"properties"_s).toObject();
                    auto addVector = [&c](const QString& name, const QJsonArray& values) {
                        ObjectVector vec;
                        vec.name = name;
                        if (!values.isEmpty() && values.first().isArray()) {
                            for (const QJsonValue& row : values) {
                                const QJsonArray rowValues = row.toArray();
                                vec.dims = quint32(rowValues.size());
                                for (const QJsonValue& x : rowValues)
                                    vec.values.append(float(x.toDouble()));
                                ++vec.rows;
                            }
                        } else {
                            for (const QJsonValue& x : values)
                                vec.values.append(float(x.toDouble()));
                            vec.dims = quint32(values.size());
                        }
                        if (!vec.values.isEmpty())
                            c.vectors.append(vec);
                    };
                    if (o.contains(u"vector"_s))
                        addVector(QString(), o.value(u"vector"_s).toArray());
                    const QJsonObject named = o.value(u"vectors"_s).toObject();
                    for (auto it = named.begin(); it != named.end(); ++it)
                        addVector(it.key(), it.value().toArray());
                    sortVectors(c.vectors);
                    shard.append(c);
                }
                if (objects.size() < 100)
                    break;
                after = objects.last().toObject().value(u"id"_s).toString();
            }
            if (!shard.isEmpty())
                out.shards.insert(key(collection, tenant), shard);
        }
    }
    return out;
}

} // namespace TestSupport
