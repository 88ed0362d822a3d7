// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearRun.h"

#include "core/ArchiveVerifier.h"
#include "core/BackupTask.h"
#include "core/ClearBatchDeleter.h"
#include "core/ClearSteps.h"
#include "core/ClearTask.h"
#include "core/S3Archive.h"
#include "core/SchemaClient.h"
#include "core/TenantStatus.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Colvault {

using ClearSteps::shardName;

namespace {

QStringList tenantNames(const ClearCollectionPlan& c)
{
    QStringList names;
    for (const ClearTenantPlan& t : c.tenants)
        names << t.name;
    return names;
}

// Why a backup that did not verify cannot be trusted (untranslated: the details behind the expander).
QString verificationDetails(const OpError& error, const ArchiveVerification& verification)
{
    QStringList details;
    if (error)
        details << error.message + u" "_s + error.details;
    if (!verification.hasTrailer)
        details << u"no complete trailer"_s;
    for (const auto& p : verification.problems)
        details << p.entry + u": "_s + p.message + u" "_s + p.details;
    return details.join(u'\n');
}

} // namespace

ClearRun::ClearRun(OperationContext& ctx, const ClearPlan& plan, ProgressSink* sink)
    : m_ctx(ctx)
    , m_plan(plan)
    , m_sink(sink)
    , m_steady(plan.params.endpoint)
{
    m_timer.start();
}

bool ClearRun::checkPlan()
{
    if (m_plan.isBlocked())
        return m_ctx.fail(OpError::make(OpError::Code::Conflict,
            tr("The clear plan has %Ln blocking problem(s).", nullptr, int(m_plan.problems.size())),
            m_plan.problems.join(u'\n')));
    if (m_plan.collections.isEmpty())
        return m_ctx.fail(OpError::make(OpError::Code::Usage, tr("Name at least one collection to clear.")));
    for (const QString& name : m_plan.needsConfirmation)
        if (!m_plan.params.confirmed.contains(name))
            return m_ctx.fail(OpError::make(OpError::Code::Usage,
                tr("Clearing \"%1\" deletes its objects and needs its name confirmed.").arg(name)));
    if (!m_plan.backup) {
        m_report.backupSkipped = true;
        m_ctx.warn(tr("No backup was taken: this clear cannot be undone."));
    }
    return true;
}

bool ClearRun::backUp()
{
    const QString folder = QFileInfo(m_plan.backupPath).absolutePath(); // none for an object in S3
    if (!S3Archive::isS3(m_plan.backupPath) && !ClearTask::createBackupFolder(folder))
        return m_ctx.fail(OpError::make(
            OpError::Code::Io, tr("The backup folder \"%1\" cannot be created; nothing was deleted.").arg(folder)));
    ClearSteps::NestedProgressSink nested(m_sink, m_ctx.state());
    m_backup = BackupTask::apply(m_plan.backupPlan, nested.sink());
    if (m_backup.outcome == BackupReport::Outcome::Failed)
        return m_ctx.fail(OpError::make(m_backup.error.code,
            tr("The backup before the clear failed, so nothing was deleted: %1").arg(m_backup.error.message),
            m_backup.error.details, m_backup.error.httpStatus));
    return m_backup.outcome == BackupReport::Outcome::Succeeded; // canceled: the context knows
}

bool ClearRun::verifyBackup()
{
    ArchiveVerification verification;
    ArchiveVerifier::Options options;
    options.progress = [this](qint64, qint64) { return !m_ctx.isCanceled(); };
    const OpError verifyError = ArchiveVerifier::verify(m_backup.archivePath, &verification, options);
    if (verification.canceled || m_ctx.isCanceled())
        return false;
    if (verifyError || !verification.ok())
        return m_ctx.fail(OpError::make(OpError::Code::Format,
            tr("The backup before the clear did not verify, so nothing was deleted."),
            verificationDetails(verifyError, verification)));
    m_report.backupPath = m_backup.archivePath;
    m_report.backupObjects = m_backup.objects;
    m_report.backupVerification = verification;
    m_report.undoCommand = ClearTask::undoCommand(m_plan, m_backup.archivePath);
    for (const QString& w : std::as_const(m_backup.warnings))
        if (!m_plan.backupPlan.warnings.contains(w))
            m_ctx.warn(tr("Backup: %1").arg(w));
    return true;
}

// Runs `clear` on each collection in turn, after its report items are added; the first call marks the server as
// being changed.
bool ClearRun::eachCollection(const CollectionStep& clear)
{
    m_report.deletionStarted = true;
    OperationProgress& progress = m_ctx.state();
    progress.objectsTotal = m_plan.totalIsEstimate ? -1 : m_plan.totalObjects;
    progress.objectsDone = 0;
    for (const ClearCollectionPlan& c : m_plan.collections) {
        if (m_ctx.isCanceled())
            return false;
        progress.collection = c.name;
        progress.tenant.clear();
        if (!clear(c, addItems(c)))
            return false;
    }
    return true;
}

// One report item per tenant of `c` (or one for the collection); returns the index of the first.
qsizetype ClearRun::addItems(const ClearCollectionPlan& c)
{
    const qsizetype first = m_report.items.size();
    const QList<ClearTenantPlan> shards = c.multiTenant ? c.tenants : QList<ClearTenantPlan> {ClearTenantPlan {}};
    for (const ClearTenantPlan& t : shards) {
        ClearItemReport item;
        item.collection = c.name;
        item.tenant = t.name;
        item.planned = c.multiTenant ? t.objects : c.objects;
        item.skipped = t.skip;
        item.skipReason = t.skipReason;
        m_report.items.append(item);
    }
    return first;
}

bool ClearRun::deleteObjects()
{
    return eachCollection([this](const ClearCollectionPlan& c, qsizetype first) {
        QList<qsizetype> items; // the shards to empty
        for (qsizetype i = first; i < m_report.items.size(); ++i)
            if (!m_report.items[i].skipped)
                items << i;
        for (qsizetype g = 0; g < items.size(); g += SchemaClient::tenantsPerRequest)
            if (!deleteShards(c, first, items.mid(g, SchemaClient::tenantsPerRequest)))
                return false;
        return true;
    });
}

// A group of shards of `c` (report items; `first` is the collection's first): its inactive tenants activated in one
// request right before their objects go (put back when the clear ends, however it ends), the objects deleted
// concurrently, then the shards counted.
bool ClearRun::deleteShards(const ClearCollectionPlan& c, qsizetype first, const QList<qsizetype>& items)
{
    QList<TenantStatusGuard::Tenant> activate;
    QList<ClearBatchDeleter::Shard> shards;
    for (const qsizetype i : items) {
        const ClearTenantPlan t = c.multiTenant ? c.tenants[i - first] : ClearTenantPlan {};
        if (t.activate)
            activate.append({t.name, t.status});
        shards.append({t.name, &m_report.items[i]});
    }
    if (!activate.isEmpty()) {
        if (const HttpResult r = m_ctx.tenantStatuses().activate(m_ctx.client(), c.name, activate); !r.ok())
            return m_ctx.failed(r);
    }
    if (!ClearBatchDeleter(m_ctx, c.name).run(shards, &m_report.deleted))
        return false;
    return countItems(m_ctx.client(), c.name, items,
        [this, &c](const ClearItemReport& item, const OpError& error) { warnRemaining(c.name, item, error); });
}

// Sets `remaining` of the report items `items` of `collection`: all its tenants in one call
// (WeaviateClient::objectCounts), each alone where that fails so that an error names its shard; `counted` is called
// for each item. False on cancel.
bool ClearRun::countItems(WeaviateClient& client, const QString& collection, const QList<qsizetype>& items,
    const std::function<void(const ClearItemReport&, const OpError&)>& counted)
{
    QStringList tenants;
    for (const qsizetype i : items)
        tenants << m_report.items[i].tenant;
    QList<qint64> counts;
    OpError err;
    if (tenants.size() > 1 && client.objectCounts(collection, tenants, &counts, &err)) {
        for (qsizetype k = 0; k < items.size(); ++k) {
            m_report.items[items[k]].remaining = counts.value(k, -1);
            counted(m_report.items[items[k]], {});
        }
        return true;
    }
    for (const qsizetype i : items) {
        if (client.isCanceled())
            return false;
        ClearItemReport& item = m_report.items[i];
        OpError itemError;
        item.remaining = client.objectCount(collection, item.tenant, &itemError);
        counted(item, itemError);
    }
    return !client.isCanceled();
}

// What is left of a shard after its objects were deleted: a warning when it cannot be counted, or when something
// wrote to it meanwhile.
void ClearRun::warnRemaining(const QString& collection, const ClearItemReport& item, const OpError& countError)
{
    if (countError)
        m_ctx.warn(
            tr("Could not count %1 after the clear: %2").arg(shardName(collection, item.tenant), countError.message));
    else if (item.remaining > 0)
        m_ctx.warn(tr("%1 still holds %Ln object(s) after the clear; something wrote to it "
                      "meanwhile.",
            nullptr, int(std::min<qint64>(item.remaining, INT_MAX)))
                       .arg(shardName(collection, item.tenant)));
}

bool ClearRun::dropCollections()
{
    return eachCollection([this](const ClearCollectionPlan& c, qsizetype first) {
        m_ctx.state().text = tr("Dropping %1…").arg(c.name);
        m_ctx.progress().update(true);
        if (!drop(c))
            return false;
        checkDropped(c, first);
        addPlannedToDeleted(first);
        return true;
    });
}

bool ClearRun::recreateCollections()
{
    return eachCollection([this](const ClearCollectionPlan& c, qsizetype first) {
        m_ctx.state().text = tr("Re-creating %1…").arg(c.name);
        m_ctx.progress().update(true);
        if (!drop(c) || !createAgain(c))
            return false;
        countRecreated(c, first);
        putStatusesBack(c);
        addPlannedToDeleted(first);
        return true;
    });
}

// The collection, or its chosen tenants, deleted.
bool ClearRun::drop(const ClearCollectionPlan& c)
{
    SchemaClient schema(m_steady);
    const HttpResult dropped = c.allTenants ? schema.dropClass(c.name) : schema.deleteTenants(c.name, tenantNames(c));
    return dropped.ok() || m_ctx.fail(dropped.error);
}

// After a drop: the collection, or each dropped tenant, is gone (0 remaining), else -1 and a warning.
void ClearRun::checkDropped(const ClearCollectionPlan& c, qsizetype firstItem)
{
    OpError err;
    if (c.allTenants) {
        m_steady.schemaClass(c.name, &err);
        const bool gone = err.code == OpError::Code::NotFound;
        for (qsizetype i = firstItem; i < m_report.items.size(); ++i)
            m_report.items[i].remaining = gone ? 0 : -1;
        if (!gone)
            m_ctx.warn(tr("\"%1\" still exists after it was dropped.").arg(c.name));
        return;
    }
    const QStringList dropped = tenantNames(c);
    QStringList still;
    for (const QJsonValue& v : m_steady.tenants(c.name, &err))
        if (dropped.contains(v.toObject().value(u"name"_s).toString()))
            still << v.toObject().value(u"name"_s).toString();
    for (qsizetype i = firstItem; i < m_report.items.size(); ++i)
        m_report.items[i].remaining = err || still.contains(m_report.items[i].tenant) ? -1 : 0;
    if (err || !still.isEmpty())
        m_ctx.warn(tr("Some tenants of \"%1\" still exist after they were dropped: %2")
                       .arg(c.name, err ? err.message : still.join(u", "_s)));
}

// The collection from its saved definition (when dropped whole) and its tenants, created active (the default).
bool ClearRun::createAgain(const ClearCollectionPlan& c)
{
    SchemaClient schema(m_steady);
    if (c.allTenants) {
        if (const HttpResult r = schema.createClass(c.name, c.classBody); !r.ok()) {
            OpError e = r.error;
            e.message = tr("\"%1\" was deleted but could not be created again: %2").arg(c.name, e.message);
            return m_ctx.fail(e);
        }
    }
    if (!c.multiTenant || c.tenants.isEmpty())
        return true;
    QJsonArray create;
    for (const ClearTenantPlan& t : c.tenants)
        create.append(QJsonObject {{u"name"_s, t.name}});
    if (const HttpResult r = schema.createTenants(c.name, create); !r.ok()) {
        OpError e = r.error;
        e.message = tr("The tenants of \"%1\" were deleted but could not be created again: %2").arg(c.name, e.message);
        return m_ctx.fail(e);
    }
    return true;
}

// A re-created collection or its tenants counted (while still active): a warning for each that cannot be.
void ClearRun::countRecreated(const ClearCollectionPlan& c, qsizetype firstItem)
{
    QList<qsizetype> items;
    for (qsizetype i = firstItem; i < m_report.items.size(); ++i)
        items << i;
    countItems(m_steady, c.name, items, [this, &c](const ClearItemReport& item, const OpError& error) {
        if (error)
            m_ctx.warn(tr("Could not count %1 after the clear: %2").arg(shardName(c.name, item.tenant), error.message));
    });
}

// Re-created tenants, counted while active, go back to their old status at once (not at the end of the clear).
void ClearRun::putStatusesBack(const ClearCollectionPlan& c)
{
    for (const ClearTenantPlan& t : c.tenants) {
        // A tenant that was changing status is left active: its old status cannot be set directly.
        const QString status = TenantStatus::normalised(t.status);
        if (status == u"COLD" || status == u"FROZEN")
            m_ctx.tenantStatuses().leaveAs(c.name, t.name, status);
    }
    for (const QString& problem : m_ctx.tenantStatuses().putBack())
        m_ctx.warn(problem);
}

// Drop and Recreate delete what the plan counted.
void ClearRun::addPlannedToDeleted(qsizetype firstItem)
{
    for (qsizetype i = firstItem; i < m_report.items.size(); ++i)
        if (m_report.items[i].planned > 0)
            m_report.deleted += m_report.items[i].planned;
    m_ctx.state().objectsDone = m_report.deleted;
    m_ctx.progress().update(true);
}

bool ClearRun::putTenantStatusesBack()
{
    for (const QString& problem : m_ctx.tenantStatuses().putBack())
        m_ctx.warn(problem);
    return true;
}

void ClearRun::warnBeyondBackup()
{
    if (m_plan.params.method == ClearMethod::DeleteObjects && m_plan.backup
        && m_report.deleted > m_report.backupObjects)
        m_ctx.warn(tr("The clear deleted %Ln object(s) beyond what the backup holds; objects written after "
                      "the backup cannot be restored.",
            nullptr, int(std::min<qint64>(m_report.deleted - m_report.backupObjects, INT_MAX))));
}

ClearReport ClearRun::finish(OperationContext::End end)
{
    if (end == OperationContext::End::Succeeded)
        warnBeyondBackup();
    m_report.warnings = m_ctx.finish(); // statuses put back also after a failure or cancel
    switch (end) {
    case OperationContext::End::Succeeded:
        // The plan's warnings (future tense) first, then the run's; a result page shows only the run's.
        m_report.warnings = m_plan.warnings + m_report.warnings;
        m_report.planWarningCount = m_plan.warnings.size();
        m_report.outcome = ClearReport::Outcome::Succeeded;
        break;
    case OperationContext::End::Canceled:
        m_report.outcome = ClearReport::Outcome::Canceled;
        break;
    case OperationContext::End::Failed:
        m_report.outcome = ClearReport::Outcome::Failed;
        m_report.error = m_ctx.error();
        break;
    }
    m_report.durationMs = m_timer.elapsed();
    if (end == OperationContext::End::Succeeded) {
        m_ctx.state().collection.clear();
        m_ctx.state().tenant.clear();
        m_ctx.state().text = tr("Clear finished.");
        m_ctx.progress().update(true);
    }
    return m_report;
}

} // namespace Colvault
