// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearTask.h"

#include "core/ArchiveVerifier.h"
#include "core/BackupTask.h"
#include "core/ClearPlanner.h"
#include "core/ClearSteps.h"
#include "core/CliCommandLine.h"
#include "core/Logging.h"
#include "core/OperationContext.h"
#include "core/RestoreTask.h"
#include "core/SchemaClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Colvault {

using ClearSteps::normalisedStatus;
using ClearSteps::shardName;

namespace {

// Puts tenants activated for the clear back to their status, also on failure and cancel. It uses its own client
// without the cancel check: a canceled clear must still restore what it changed.
class StatusRestorer
{
public:
    explicit StatusRestorer(const WeaviateEndpoint& endpoint)
        : m_endpoint(endpoint)
    {
    }
    ~StatusRestorer() { restore(); }

    void remember(const QString& collection, const QString& tenant, const QString& status)
    {
        m_changed[collection].append(QJsonObject {{u"name"_s, tenant}, {u"activityStatus"_s, status}});
    }

    // The server's messages of what could not be put back (untranslated).
    QStringList restore()
    {
        QStringList problems;
        WeaviateClient client(m_endpoint);
        SchemaClient schema(client);
        for (auto it = m_changed.begin(); it != m_changed.end(); ++it) {
            if (const HttpResult r = schema.updateTenants(it.key(), it.value()); !r.ok()) {
                qCWarning(lcClear).noquote()
                    << "could not set tenant statuses of" << it.key() << ":" << r.error.details;
                problems << r.error.message + u" "_s + r.error.details;
            }
        }
        m_changed.clear();
        return problems;
    }

private:
    WeaviateEndpoint m_endpoint;
    QMap<QString, QJsonArray> m_changed;
};

enum class Step
{
    Done,
    Canceled,
    Failed
};

// The batch-delete loop of notes 6.3: match-all on id, repeated because one call deletes at most
// QUERY_MAXIMUM_RESULTS objects, until nothing matches. A call that deletes nothing while objects remain stops
// the loop: repeating it would spin on a persistent failure.
class BatchDeleter
{
    Q_DECLARE_TR_FUNCTIONS(ClearTask)

public:
    static Step run(WeaviateClient& client, const QString& collection, const QString& tenant, ClearItemReport& item,
        ClearReport& report, ProgressMeter& meter, OpError* error)
    {
        const QJsonObject where {
            {u"path"_s, QJsonArray {u"id"_s}}, {u"operator"_s, u"Like"_s}, {u"valueText"_s, u"*"_s}};
        const QByteArray body = QJsonDocument(
            QJsonObject {{u"match"_s, QJsonObject {{u"class"_s, collection}, {u"where"_s, where}}},
                {u"output"_s, u"minimal"_s},
                {u"dryRun"_s,
                    false}}).toJson(QJsonDocument::Compact);
        QUrlQuery query;
        if (!tenant.isEmpty())
            query.addQueryItem(u"tenant"_s, tenant);
        while (true) {
            if (client.isCanceled())
                return Step::Canceled;
            // Retried: a match-all delete repeated after a lost answer deletes what is left, nothing else.
            const HttpResult r = client.send("DELETE", u"/v1/batch/objects"_s, body, query);
            if (r.canceled)
                return Step::Canceled;
            if (!r.ok()) {
                *error = r.error;
                return Step::Failed;
            }
            const QJsonObject results = QJsonDocument::fromJson(r.body).object().value(u"results"_s).toObject();
            if (!results.value(u"matches"_s).isDouble() || !results.value(u"successful"_s).isDouble()) {
                *error = OpError::make(OpError::Code::Format,
                    tr("The server's answer to deleting the objects of %1 is not valid.")
                        .arg(shardName(collection, tenant)),
                    QString::fromUtf8(r.body.left(2000)));
                return Step::Failed;
            }
            const qint64 matches = qint64(results.value(u"matches"_s).toDouble());
            const qint64 successful = qint64(results.value(u"successful"_s).toDouble());
            const qint64 failed = qint64(results.value(u"failed"_s).toDouble());
            item.deleted += successful;
            report.deleted += successful;
            meter.state().objectsDone = report.deleted;
            meter.update();
            if (matches == 0 || (failed == 0 && matches <= successful))
                return Step::Done;
            if (successful <= 0) {
                *error = OpError::make(OpError::Code::Conflict,
                    tr("The server deleted nothing from %1 although it still holds %Ln object(s); "
                       "the clear stopped.",
                        nullptr, int(std::min<qint64>(matches, INT_MAX)))
                        .arg(shardName(collection, tenant)),
                    QString::fromUtf8(r.body.left(4000)));
                return Step::Failed;
            }
        }
    }
};

} // namespace

QString ClearTask::defaultBackupFolder()
{
    // One folder for the app and the CLI (their application names differ, so AppDataLocation would give two):
    // a backup taken by one must be found by the other.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)).filePath(u"Colvault/backups"_s);
}

bool ClearTask::createBackupFolder(const QString& folder)
{
    const QFileInfo info(folder);
    if (info.isDir())
        return true;
    if (info.exists() || !QDir().mkpath(info.absolutePath()))
        return false;
    // Made with the permissions at once (no window in which others can list it); Windows maps them to an ACL.
    return QDir().mkdir(info.absoluteFilePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

QString ClearTask::methodName(ClearMethod method)
{
    switch (method) {
    case ClearMethod::DeleteObjects:
        return u"delete-objects"_s;
    case ClearMethod::Drop:
        return u"drop"_s;
    case ClearMethod::Recreate:
        return u"recreate"_s;
    }
    return {};
}

std::optional<ClearMethod> ClearTask::methodFromName(const QString& name)
{
    for (ClearMethod m : {ClearMethod::DeleteObjects, ClearMethod::Drop, ClearMethod::Recreate})
        if (methodName(m) == name)
            return m;
    return std::nullopt;
}

QString ClearTask::undoCommand(const ClearPlan& plan, const QString& archivePath)
{
    // The archive holds exactly what was cleared, so restoring all of it is the undo. The API key is never
    // printed: where one is in use the command says --api-key-file KEY_FILE (and --header-file HEADER_FILE), since
    // the core cannot know where the user keeps it, and a command without it would fail against that server.
    // --yes: restore asks before writing and refuses without a terminal, and running the printed undo command is
    // the decision.
    RestoreParams restore;
    restore.endpoint = plan.params.endpoint;
    restore.archivePath = archivePath;
    restore.mode = plan.undoMode;
    return CliCommandLine::restore(restore, true, CliCommandLine::nativeShell(), CliCommandLine::Secrets::Placeholders);
}

ClearPlan ClearTask::plan(const ClearParams& params, ProgressSink* sink, OpError* error)
{
    OperationContext ctx(params.endpoint, sink);
    ClearPlanner planner(ctx, params, sink);
    const OperationContext::End end = ctx.run({
        {tr("Checking the parameters"), [&] { return planner.checkParameters(); }},
        {tr("Reading collections and tenants"), [&] { return planner.readCollectionsAndTenants(); }},
        {tr("Counting objects"), [&] { return planner.countObjects(); }},
        {tr("Finding incoming references"), [&] { return planner.findIncomingReferences(); }},
        {tr("Describing what the method changes"), [&] { return planner.describeMethod(); }},
        {tr("Planning the backup"), [&] { return planner.planBackup(); }},
    });
    if (end != OperationContext::End::Completed) {
        // A cancel is no error: the caller knows it canceled.
        if (error)
            *error = end == OperationContext::End::Failed ? ctx.error() : OpError {};
        return {};
    }
    ctx.state().collection.clear();
    ctx.state().text = tr("Plan ready.");
    ctx.progress().update(true);
    return planner.plan();
}

ClearReport ClearTask::apply(const ClearPlan& plan, ProgressSink* sink)
{
    ClearReport report;
    QElapsedTimer timer;
    timer.start();
    const ClearParams& params = plan.params;
    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    // Drops and re-creations run to the end of the collection once started: a collection left deleted but not yet
    // created again is worse than a cancel that waits a moment.
    WeaviateClient steady(params.endpoint);
    SchemaClient schema(steady);
    StatusRestorer restorer(params.endpoint);
    ProgressMeter meter(sink);

    auto finishWith = [&](ClearReport::Outcome outcome, OpError error) {
        for (const QString& p : restorer.restore())
            report.warnings << tr("A tenant status could not be put back: %1").arg(p);
        report.outcome = outcome;
        report.error = outcome == ClearReport::Outcome::Failed ? std::move(error) : OpError {};
        report.durationMs = timer.elapsed();
        return report;
    };
    auto canceled = [&] { return finishWith(ClearReport::Outcome::Canceled, {}); };
    auto failed = [&](OpError e) { return finishWith(ClearReport::Outcome::Failed, std::move(e)); };

    if (plan.isBlocked())
        return failed(OpError::make(OpError::Code::Conflict,
            tr("The clear plan has %Ln blocking problem(s).", nullptr, int(plan.problems.size())),
            plan.problems.join(u'\n')));
    if (plan.collections.isEmpty())
        return failed(OpError::make(OpError::Code::Usage, tr("Name at least one collection to clear.")));
    for (const QString& name : plan.needsConfirmation)
        if (!params.confirmed.contains(name))
            return failed(OpError::make(OpError::Code::Usage,
                tr("Clearing \"%1\" deletes its objects and needs its name confirmed.").arg(name)));

    // 1. The backup, verified, before anything is deleted.
    if (plan.backup) {
        const QString folder = QFileInfo(plan.backupPath).absolutePath();
        if (!createBackupFolder(folder))
            return failed(OpError::make(
                OpError::Code::Io, tr("The backup folder \"%1\" cannot be created; nothing was deleted.").arg(folder)));
        const BackupReport b = BackupTask::apply(plan.backupPlan, sink);
        if (b.outcome == BackupReport::Outcome::Canceled)
            return canceled();
        if (b.outcome == BackupReport::Outcome::Failed)
            return failed(OpError::make(b.error.code,
                tr("The backup before the clear failed, so nothing was deleted: %1").arg(b.error.message),
                b.error.details, b.error.httpStatus));
        meter.state().text = tr("Verifying the backup…");
        meter.update(true);
        ArchiveVerification verification;
        ArchiveVerifier::Options options;
        options.progress = [sink](qint64, qint64) { return !(sink && sink->isCanceled()); };
        const OpError verifyError = ArchiveVerifier::verify(b.archivePath, &verification, options);
        if (verification.canceled || client.isCanceled())
            return canceled();
        if (verifyError || !verification.ok()) {
            QStringList details;
            if (verifyError)
                details << verifyError.message + u" "_s + verifyError.details;
            if (!verification.hasTrailer)
                details << u"no complete trailer"_s;
            for (const auto& p : verification.problems)
                details << p.entry + u": "_s + p.message + u" "_s + p.details;
            return failed(OpError::make(OpError::Code::Format,
                tr("The backup before the clear did not verify, so nothing was deleted."), details.join(u'\n')));
        }
        report.backupPath = b.archivePath;
        report.backupObjects = b.objects;
        report.backupVerification = verification;
        report.undoCommand = undoCommand(plan, b.archivePath);
        for (const QString& w : b.warnings)
            if (!plan.backupPlan.warnings.contains(w))
                report.warnings << tr("Backup: %1").arg(w);
    } else {
        report.backupSkipped = true;
        report.warnings << tr("No backup was taken: this clear cannot be undone.");
    }

    // 2. The deletion.
    report.deletionStarted = true;
    meter.state().objectsTotal = plan.totalIsEstimate ? -1 : plan.totalObjects;
    meter.state().objectsDone = 0;
    OpError err;
    for (const ClearCollectionPlan& c : plan.collections) {
        if (client.isCanceled())
            return canceled();
        meter.state().collection = c.name;
        meter.state().tenant.clear();
        const QList<ClearTenantPlan> shards = c.multiTenant ? c.tenants : QList<ClearTenantPlan> {ClearTenantPlan {}};
        const qsizetype firstItem = report.items.size();
        for (const ClearTenantPlan& t : shards) {
            ClearItemReport item;
            item.collection = c.name;
            item.tenant = t.name;
            item.planned = c.multiTenant ? t.objects : c.objects;
            item.skipped = t.skip;
            item.skipReason = t.skipReason;
            report.items.append(item);
        }

        if (params.method == ClearMethod::DeleteObjects) {
            for (qsizetype i = firstItem; i < report.items.size(); ++i) {
                ClearItemReport& item = report.items[i];
                const ClearTenantPlan& t = shards[i - firstItem];
                if (item.skipped)
                    continue;
                meter.state().tenant = t.name;
                meter.state().text = t.name.isEmpty()
                    ? tr("Deleting the objects of %1…").arg(c.name)
                    : tr("Deleting the objects of %1, tenant %2…").arg(c.name, t.name);
                meter.update(true);
                if (t.activate) {
                    const HttpResult r = SchemaClient(client).updateTenants(
                        c.name, QJsonArray {QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, u"HOT"_s}}});
                    if (r.canceled)
                        return canceled();
                    if (!r.ok())
                        return failed(r.error);
                    restorer.remember(c.name, t.name, t.status);
                }
                switch (BatchDeleter::run(client, c.name, t.name, item, report, meter, &err)) {
                case Step::Canceled:
                    return canceled();
                case Step::Failed:
                    return failed(err);
                case Step::Done:
                    break;
                }
                item.remaining = client.objectCount(c.name, t.name, &err);
                if (client.isCanceled())
                    return canceled();
                if (err) {
                    report.warnings
                        << tr("Could not count %1 after the clear: %2").arg(shardName(c.name, t.name), err.message);
                    err = {};
                } else if (item.remaining > 0) {
                    report.warnings << tr("%1 still holds %Ln object(s) after the clear; something wrote to it "
                                          "meanwhile.",
                        nullptr, int(std::min<qint64>(item.remaining, INT_MAX)))
                                           .arg(shardName(c.name, t.name));
                }
            }
            continue;
        }

        // Drop and Recreate: whole collections, or the chosen tenants.
        meter.state().text
            = params.method == ClearMethod::Drop ? tr("Dropping %1…").arg(c.name) : tr("Re-creating %1…").arg(c.name);
        meter.update(true);
        QStringList tenantNames;
        for (const ClearTenantPlan& t : c.tenants)
            tenantNames << t.name;
        const HttpResult dropped = c.allTenants ? schema.dropClass(c.name) : schema.deleteTenants(c.name, tenantNames);
        if (!dropped.ok())
            return failed(dropped.error);

        if (params.method == ClearMethod::Drop) {
            if (c.allTenants) {
                steady.schemaClass(c.name, &err);
                const bool gone = err.code == OpError::Code::NotFound;
                for (qsizetype i = firstItem; i < report.items.size(); ++i)
                    report.items[i].remaining = gone ? 0 : -1;
                if (!gone)
                    report.warnings << tr("\"%1\" still exists after it was dropped.").arg(c.name);
                err = {};
            } else {
                const QJsonArray left = steady.tenants(c.name, &err);
                QStringList still;
                for (const QJsonValue& v : left)
                    if (tenantNames.contains(v.toObject().value(u"name"_s).toString()))
                        still << v.toObject().value(u"name"_s).toString();
                for (qsizetype i = firstItem; i < report.items.size(); ++i)
                    report.items[i].remaining = err || still.contains(report.items[i].tenant) ? -1 : 0;
                if (err || !still.isEmpty())
                    report.warnings << tr("Some tenants of \"%1\" still exist after they were dropped: %2")
                                           .arg(c.name, err ? err.message : still.join(u", "_s));
                err = {};
            }
        } else {
            if (c.allTenants) {
                const HttpResult r = schema.createClass(c.name, c.classBody);
                if (!r.ok()) {
                    OpError e = r.error;
                    e.message = tr("\"%1\" was deleted but could not be created again: %2").arg(c.name, e.message);
                    return failed(e);
                }
            }
            if (c.multiTenant && !tenantNames.isEmpty()) {
                // Created active (the default), counted, then put to their old status.
                QJsonArray create;
                for (const QString& t : std::as_const(tenantNames))
                    create.append(QJsonObject {{u"name"_s, t}});
                const HttpResult r = schema.createTenants(c.name, create);
                if (!r.ok()) {
                    OpError e = r.error;
                    e.message = tr("The tenants of \"%1\" were deleted but could not be created again: %2")
                                    .arg(c.name, e.message);
                    return failed(e);
                }
            }
            for (qsizetype i = firstItem; i < report.items.size(); ++i) {
                ClearItemReport& item = report.items[i];
                item.remaining = steady.objectCount(c.name, item.tenant, &err);
                if (err) {
                    report.warnings << tr("Could not count %1 after the clear: %2")
                                           .arg(shardName(c.name, item.tenant), err.message);
                    err = {};
                }
            }
            for (const ClearTenantPlan& t : c.tenants) {
                // A tenant that was changing status is left active: its old status cannot be set directly.
                const QString status = normalisedStatus(t.status);
                if (status == u"COLD" || status == u"FROZEN")
                    restorer.remember(c.name, t.name, status);
            }
            for (const QString& p : restorer.restore())
                report.warnings << tr("A tenant status could not be put back: %1").arg(p);
        }
        for (qsizetype i = firstItem; i < report.items.size(); ++i)
            if (report.items[i].planned > 0)
                report.deleted += report.items[i].planned;
        meter.state().objectsDone = report.deleted;
        meter.update(true);
    }

    for (const QString& p : restorer.restore())
        report.warnings << tr("A tenant status could not be put back: %1").arg(p);
    if (params.method == ClearMethod::DeleteObjects && plan.backup && report.deleted > report.backupObjects)
        report.warnings << tr("The clear deleted %Ln object(s) beyond what the backup holds; objects written after "
                              "the backup cannot be restored.",
            nullptr, int(std::min<qint64>(report.deleted - report.backupObjects, INT_MAX)));
    report.warnings = plan.warnings + report.warnings;
    report.planWarningCount = plan.warnings.size();
    report.outcome = ClearReport::Outcome::Succeeded;
    report.durationMs = timer.elapsed();
    meter.state().collection.clear();
    meter.state().tenant.clear();
    meter.state().text = tr("Clear finished.");
    meter.update(true);
    return report;
}

} // namespace Colvault
