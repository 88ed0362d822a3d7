// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearBatchDeleter.h"

#include "core/ClearSteps.h"
#include "core/ObjectsClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Colvault {

ClearBatchDeleter::ClearBatchDeleter(OperationContext& ctx, QString collection, QString tenant)
    : m_ctx(ctx)
    , m_collection(std::move(collection))
    , m_tenant(std::move(tenant))
{
}

QByteArray ClearBatchDeleter::body() const
{
    const QJsonObject where {{u"path"_s, QJsonArray {u"id"_s}}, {u"operator"_s, u"Like"_s}, {u"valueText"_s, u"*"_s}};
    return QJsonDocument(QJsonObject {{u"match"_s, QJsonObject {{u"class"_s, m_collection}, {u"where"_s, where}}},
                             {u"output"_s, u"minimal"_s}, {u"dryRun"_s, false}})
        .toJson(QJsonDocument::Compact);
}

QString ClearBatchDeleter::shard() const
{
    return ClearSteps::shardName(m_collection, m_tenant);
}

bool ClearBatchDeleter::run(ClearItemReport& item, qint64* deleted)
{
    const QByteArray match = body();
    ObjectsClient objects(m_ctx.client());
    while (true) {
        if (m_ctx.isCanceled())
            return false;
        const HttpResult r = objects.deleteObjects(match, m_tenant);
        if (!r.ok())
            return m_ctx.failed(r);
        const QJsonObject results = QJsonDocument::fromJson(r.body).object().value(u"results"_s).toObject();
        if (!results.value(u"matches"_s).isDouble() || !results.value(u"successful"_s).isDouble())
            return m_ctx.fail(OpError::make(OpError::Code::Format,
                tr("The server's answer to deleting the objects of %1 is not valid.").arg(shard()),
                QString::fromUtf8(r.body.left(2000))));
        const qint64 matches = qint64(results.value(u"matches"_s).toDouble());
        const qint64 successful = qint64(results.value(u"successful"_s).toDouble());
        const qint64 failed = qint64(results.value(u"failed"_s).toDouble());
        item.deleted += successful;
        *deleted += successful;
        m_ctx.state().objectsDone = *deleted;
        m_ctx.progress().update();
        if (matches == 0 || (failed == 0 && matches <= successful))
            return true;
        if (successful <= 0)
            return m_ctx.fail(OpError::make(OpError::Code::Conflict,
                tr("The server deleted nothing from %1 although it still holds %Ln object(s); "
                   "the clear stopped.",
                    nullptr, int(std::min<qint64>(matches, INT_MAX)))
                    .arg(shard()),
                QString::fromUtf8(r.body.left(4000))));
    }
}

} // namespace Colvault
