// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/VectorShapeCheck.h"

#include "core/ArchiveObjectReader.h"
#include "core/Logging.h"
#include "core/ObjectPageParser.h"
#include "core/ObjectsClient.h"
#include "core/RestorePlan.h"
#include "core/WeaviateClient.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Colvault {

void VectorShapeCheck::beginShard(const QString& targetCollection, const QString& tenant, bool readable)
{
    m_current = nullptr;
    if (!readable)
        return;
    m_shards.append({targetCollection, tenant, {}});
    m_current = &m_shards.last();
}

void VectorShapeCheck::observe(const ArchiveObject& object)
{
    if (!m_current)
        return;
    // A source server held one length per index, so the first vector of each name tells the archive's length.
    for (const ObjectVector& v : object.vectors)
        if (!m_current->lengths.contains(v.name))
            m_current->lengths.insert(v.name, v.dims);
}

OpError VectorShapeCheck::compare(WeaviateClient& client, QList<Mismatch>* mismatches) const
{
    ObjectPageParser parser;
    for (const Shard& shard : m_shards) {
        if (shard.lengths.isEmpty())
            continue;
        ObjectsPageQuery query;
        query.className = shard.collection;
        query.tenant = shard.tenant;
        query.limit = 1;
        HttpResult r = ObjectsClient(client).page(query);
        if (r.canceled)
            return {};
        if (!r.ok())
            return r.error;
        OpError error;
        if (!parser.parse(r.body, {}, &error)) {
            error.details = QStringLiteral("%1 / %2: %3").arg(shard.collection, shard.tenant, error.details);
            return error;
        }
        if (parser.count() == 0)
            continue; // an empty target: its length (if any) cannot be read
        for (const PageVector& v : parser.object(0).vectors) {
            const QString name = QString::fromStdString(v.name);
            const auto archived = shard.lengths.constFind(name);
            if (archived != shard.lengths.cend() && *archived != v.dims) {
                qCInfo(lcRestore).noquote() << "vector length mismatch:" << shard.collection << shard.tenant << name
                                            << "target" << v.dims << "archive" << *archived;
                mismatches->append({shard.collection, shard.tenant, name, v.dims, *archived});
            }
        }
    }
    return {};
}

OpError VectorShapeCheck::addProblems(WeaviateClient& client, RestorePlan* plan) const
{
    QList<Mismatch> mismatches;
    if (OpError error = compare(client, &mismatches))
        return error;
    for (const Mismatch& m : std::as_const(mismatches)) {
        const QString text = message(m);
        plan->problems << text;
        for (RestoreCollectionPlan& c : plan->collections)
            if (c.target == m.collection)
                c.problems << text;
    }
    return {};
}

QString VectorShapeCheck::message(const Mismatch& m)
{
    // Weaviate's own name for the class-level vector where named vectors are listed.
    const QString vector = m.vector.isEmpty() ? u"default"_s : m.vector;
    if (m.tenant.isEmpty())
        //: %1 collection, %2 vector name ("default" for the class-level vector), %3 and %4 vector lengths
        return tr("The vector \"%2\" of \"%1\" has length %3 on the target but %4 in the archive; the server refuses "
                  "vectors of another length, so restore this collection under another name or replace it.")
            .arg(m.collection, vector)
            .arg(m.targetLength)
            .arg(m.archiveLength);
    //: %1 collection, %2 vector name ("default" for the class-level vector), %3 and %4 vector lengths, %5 tenant
    return tr("The vector \"%2\" of tenant \"%5\" of \"%1\" has length %3 on the target but %4 in the archive; the "
              "server refuses vectors of another length, so restore this collection under another name or replace "
              "it.")
        .arg(m.collection, vector)
        .arg(m.targetLength)
        .arg(m.archiveLength)
        .arg(m.tenant);
}

} // namespace Colvault
