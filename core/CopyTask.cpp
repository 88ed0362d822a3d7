// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CopyTask.h"

#include "core/CopyArchive.h"
#include "core/RestoreTask.h"
#include "core/ServerSource.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QHostInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <optional>

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
    // Vectors the target does not get need not be read, unless overwrite compares them ("unchanged").
    o.withVectors = target.vectors == RestoreVectors::Keep || target.mode == RestoreMode::Overwrite;
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

// After the copy: the archive completed, verified and given its name, or removed when the copy did not succeed.
void finishArchive(CopyArchive& archive, const ServerSource& source, ProgressSink* sink, const QStringList& warnings,
    CopyReport* report)
{
    if (!report->copied) {
        archive.abort();
        return;
    }
    ProgressMeter meter(sink);
    meter.state().objectsDone = report->objects;
    meter.state().objectsTotal = report->objects;
    meter.state().step = CopyTask::tr("Verifying the archive");
    meter.state().text = CopyTask::tr("Finishing the archive…");
    meter.update(true);
    const QJsonObject summary {{u"durationMs"_s, report->durationMs}, {u"objects"_s, archive.objects()},
        {u"skippedTenants"_s, source.skippedTenants()}, {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
    bool canceled = meter.isCanceled();
    OpError err = canceled ? OpError() : archive.commit(summary);
    if (!err && !canceled)
        err = archive.publish(meter, &canceled);
    if (err || canceled) {
        report->outcome = err ? RestoreReport::Outcome::Failed : RestoreReport::Outcome::Canceled;
        report->error = archive.explained(err);
        archive.abort();
        report->warnings << CopyTask::tr("The copy is complete, but its archive was not written.");
        return;
    }
    report->archivePath = archive.path();
    report->archiveBytes = archive.bytesWritten();
    report->archiveObjects = archive.objects();
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
    if (!params.archivePath.isEmpty()) {
        if (const QString why = CopyArchive::checkPath(params.archivePath, params.archiveEncryption); !why.isEmpty()) {
            *error = OpError::make(OpError::Code::Usage, why);
            return {};
        }
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
    plan.archivePath = params.archivePath;
    plan.archiveCompression = CopyArchive::compressionFor(params.archivePath);
    plan.archiveEncryption = params.archiveEncryption;
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

CopyReport CopyTask::apply(const CopyPlan& plan, ProgressSink* sink)
{
    QElapsedTimer timer;
    timer.start();
    std::optional<CopyArchive> archive;
    QStringList archiveWarnings;
    if (!plan.archivePath.isEmpty()) {
        archive.emplace(plan.archivePath, plan.archiveCompression, plan.archiveEncryption);
        if (OpError e = archive->open(&archiveWarnings)) {
            CopyReport failed; // before anything was read or written
            failed.error = archive->explained(e);
            return failed;
        }
    }
    QStringList collections;
    for (const RestoreCollectionPlan& c : plan.collections)
        collections << c.source;
    ServerSource::Options options = sourceOptions(collections, plan.params, plan.pageSize, sink);
    options.onlyThese = true; // what the plan copies, nothing else (also when that is nothing)
    options.archive = archive ? &*archive : nullptr;
    options.withVectors = options.withVectors || archive; // the archive holds what a backup holds
    ServerSource source(plan.source, options);
    CopyReport report;
    static_cast<RestoreReport&>(report) = RestoreTask::apply(plan, source, sink);
    report.started = true;
    report.copied = report.outcome == RestoreReport::Outcome::Succeeded;
    // The source's own warnings (tenants left out, statuses not put back); those the plan showed are already there.
    const QStringList sourceWarnings = source.finish();
    for (const QString& w : sourceWarnings + archiveWarnings)
        if (!report.warnings.contains(w) && !plan.warnings.contains(w))
            report.warnings << w;
    if (archive) {
        report.error = archive->explained(report.error);
        finishArchive(*archive, source, sink, sourceWarnings, &report);
        report.durationMs = timer.elapsed();
    }
    return report;
}

} // namespace Colvault
