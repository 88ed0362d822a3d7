// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CopyTask.h"

#include "core/RestoreTask.h"
#include "core/ServerSource.h"

#include <QHostAddress>
#include <QHostInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int maxPageSize = 10000; // QUERY_MAXIMUM_RESULTS' default: larger pages are refused by the server

ServerSource::Options sourceOptions(
    const QStringList& collections, const RestoreParams& target, int pageSize, ProgressSink* sink)
{
    ServerSource::Options o;
    o.collections = collections;
    o.tenants = target.tenants;
    o.pageSize = pageSize;
    o.isCanceled = [sink] { return sink && sink->isCanceled(); };
    return o;
}

QList<QHostAddress> addressesOf(const QString& host)
{
    const QHostAddress literal(host);
    if (!literal.isNull())
        return {literal};
    return QHostInfo::fromName(host).addresses();
}

} // namespace

bool CopyTask::sameServer(const WeaviateEndpoint& a, const WeaviateEndpoint& b)
{
    const QUrl& x = a.url;
    const QUrl& y = b.url;
    const int defaultX = x.scheme() == u"https"_s ? 443 : 80;
    const int defaultY = y.scheme() == u"https"_s ? 443 : 80;
    auto path = [](const QUrl& u) { return u.path().endsWith(u'/') ? u.path().chopped(1) : u.path(); };
    if (x.scheme() != y.scheme() || x.port(defaultX) != y.port(defaultY) || path(x) != path(y))
        return false;
    if (x.host().compare(y.host(), Qt::CaseInsensitive) == 0)
        return true;
    const QList<QHostAddress> first = addressesOf(x.host());
    for (const QHostAddress& address : addressesOf(y.host()))
        if (first.contains(address))
            return true;
    return false;
}

CopyPlan CopyTask::plan(const CopyParams& params, ProgressSink* sink, OpError* error)
{
    *error = {};
    if (params.pageSize < 1 || params.pageSize > maxPageSize) {
        *error = OpError::make(OpError::Code::Usage,
            tr("The page size must be between 1 and %L1 objects, not %L2.").arg(maxPageSize).arg(params.pageSize));
        return {};
    }
    const bool oneServer = sameServer(params.endpoint, params.target.endpoint);
    // Two servers on one host with the default gRPC port would both be reached at the source's gRPC address: the
    // target's counts, id listings and (with gRPC imports) objects would go to the wrong server.
    if (!oneServer && params.endpoint.grpcTarget() == params.target.endpoint.grpcTarget()) {
        *error = OpError::make(OpError::Code::Usage,
            tr("The source and the target are different servers but would both be reached at the gRPC address %1; "
               "give the target's gRPC address.")
                .arg(params.target.endpoint.grpcTarget()));
        return {};
    }
    ServerSource source(
        params.endpoint, sourceOptions(params.target.collections, params.target, params.pageSize, sink));
    RestorePlan restore = RestoreTask::plan(params.target, source, sink, error);
    const QStringList sourceWarnings = source.finish();
    if (*error || (sink && sink->isCanceled()))
        return {};
    CopyPlan plan;
    static_cast<RestorePlan&>(plan) = std::move(restore);
    plan.source = params.endpoint;
    plan.pageSize = params.pageSize;
    plan.warnings = sourceWarnings + plan.warnings;
    // A collection that is read and written on one server would be read while it is dropped or written: refused.
    if (!oneServer)
        return plan;
    QSet<QString> read;
    for (const RestoreCollectionPlan& c : std::as_const(plan.collections))
        read.insert(c.source);
    for (const RestoreCollectionPlan& c : std::as_const(plan.collections)) {
        if (read.contains(c.target)) {
            *error = OpError::make(OpError::Code::Usage,
                tr("\"%1\" would be read and written at once: the source and the target are the same server. Copy it "
                   "under another name.")
                    .arg(c.target));
            return {};
        }
    }
    return plan;
}

RestoreReport CopyTask::apply(const CopyPlan& plan, ProgressSink* sink)
{
    QStringList collections;
    for (const RestoreCollectionPlan& c : plan.collections)
        collections << c.source;
    ServerSource::Options options = sourceOptions(collections, plan.params, plan.pageSize, sink);
    options.onlyThese = true; // what the plan copies, nothing else (also when that is nothing)
    ServerSource source(plan.source, options);
    RestoreReport report = RestoreTask::apply(plan, source, sink);
    // The source's own warnings (tenants left out, statuses not put back); those the plan showed are already there.
    for (const QString& w : source.finish())
        if (!report.warnings.contains(w) && !plan.warnings.contains(w))
            report.warnings << w;
    return report;
}

} // namespace Colvault
