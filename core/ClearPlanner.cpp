// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearPlanner.h"

#include "core/ArchiveLayout.h"
#include "core/BackupTask.h"
#include "core/ClassSanitizer.h"
#include "core/ClearSteps.h"
#include "core/ClearTask.h"
#include "core/S3Archive.h"
#include "core/TenantSelection.h"
#include "core/TenantStatus.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Colvault {

using TenantStatus::normalised;

namespace {

QString upperFirst(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

// Reference properties of `classes` that point into a collection of `plan` and will dangle: those of collections
// not cleared as a whole (a collection cleared whole loses its references with its objects). A collection's
// references to itself are left out: in a tenant-only clear they stay within each tenant, cleared or not.
QList<ClearIncomingReference> incomingReferences(const QJsonArray& classes, const ClearPlan& plan)
{
    QSet<QString> cleared;
    QSet<QString> clearedWhole;
    for (const ClearCollectionPlan& c : plan.collections) {
        cleared.insert(c.name);
        if (c.allTenants)
            clearedWhole.insert(c.name);
    }
    QList<ClearIncomingReference> out;
    for (const QJsonValue& cv : classes) {
        const QJsonObject cls = cv.toObject();
        const QString name = cls.value(u"class"_s).toString();
        if (clearedWhole.contains(name))
            continue;
        for (const QJsonValue& pv : cls.value(u"properties"_s).toArray()) {
            const QJsonObject prop = pv.toObject();
            for (const QJsonValue& t : prop.value(u"dataType"_s).toArray())
                if (cleared.contains(t.toString()) && t.toString() != name)
                    out.append({name, prop.value(u"name"_s).toString(), t.toString()});
        }
    }
    return out;
}

} // namespace

ClearPlanner::ClearPlanner(OperationContext& ctx, const ClearParams& params, ProgressSink* sink)
    : m_ctx(ctx)
    , m_sink(sink)
{
    m_plan.params = params;
}

bool ClearPlanner::checkParameters()
{
    const ClearParams& params = m_plan.params;
    if (params.collections.isEmpty())
        return m_ctx.fail(OpError::make(OpError::Code::Usage, tr("Name at least one collection to clear.")));
    for (const QString& given : params.collections) {
        const QString name = upperFirst(given.trimmed());
        // Exact names only: a pattern that matches more than the user read is how data gets lost.
        if (!ArchiveLayout::isValidClassName(name))
            return m_ctx.fail(OpError::make(OpError::Code::Usage,
                tr("\"%1\" is not a collection name; clear takes exact names, no "
                   "wildcards.")
                    .arg(given)));
        if (!m_selected.contains(name))
            m_selected << name;
    }
    for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it) {
        const QString name = upperFirst(it.key());
        if (!m_selected.contains(name))
            return m_ctx.fail(OpError::make(
                OpError::Code::Usage, tr("Tenants were chosen for \"%1\", which is not being cleared.").arg(it.key())));
        for (const QString& t : it.value()) {
            if (OpError error = TenantSelection::checkChoice(t))
                return m_ctx.fail(error);
            if (!m_wantedTenants[name].contains(t))
                m_wantedTenants[name] << t;
        }
    }
    return true;
}

// After a typed read: false when it failed (the error is recorded) or the clear was canceled meanwhile.
bool ClearPlanner::readOk(const OpError& error)
{
    if (error)
        return m_ctx.fail(error);
    return !m_ctx.isCanceled();
}

bool ClearPlanner::readCollectionsAndTenants()
{
    WeaviateClient& client = m_ctx.client();
    OpError err;
    m_plan.server = client.serverInfo(&err);
    if (!readOk(err))
        return false;
    m_classes = client.schemaClasses(&err);
    if (!readOk(err))
        return false;
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& c : std::as_const(m_classes))
        byName.insert(c.toObject().value(u"class"_s).toString(), c.toObject());
    QStringList missing;
    for (const QString& name : std::as_const(m_selected))
        if (!byName.contains(name))
            missing << name;
    if (!missing.isEmpty())
        return m_ctx.fail(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found on the server: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));

    for (const QString& name : std::as_const(m_selected)) {
        const QJsonObject cls = byName.value(name);
        ClearCollectionPlan c;
        c.name = name;
        c.multiTenant = ClassSanitizer::isMultiTenant(cls);
        if (m_plan.params.method == ClearMethod::Recreate)
            c.classBody = QJsonDocument(ClassSanitizer::sanitize(cls, {})).toJson(QJsonDocument::Compact);
        const QStringList wanted = m_wantedTenants.value(name);
        c.allTenants = wanted.isEmpty();
        if (!c.multiTenant && !wanted.isEmpty())
            return m_ctx.fail(OpError::make(
                OpError::Code::Usage, tr("\"%1\" is not multi-tenant, so it has no tenants to choose.").arg(name)));
        if (c.multiTenant && !readTenants(c, wanted))
            return false;
        m_plan.collections.append(c);
    }
    return true;
}

// The tenants of `c` the clear takes (`wanted`: names and patterns, TenantSelection; all when empty), with their
// statuses as the server said them.
bool ClearPlanner::readTenants(ClearCollectionPlan& c, const QStringList& wanted)
{
    OpError err;
    const QJsonArray list = m_ctx.client().tenants(c.name, &err);
    if (!readOk(err))
        return false;
    QMap<QString, QString> statusByName;
    for (const QJsonValue& v : list)
        statusByName.insert(
            v.toObject().value(u"name"_s).toString(), v.toObject().value(u"activityStatus"_s).toString());
    QStringList chosen;
    if (OpError error
        = TenantSelection::choose(wanted, statusByName.keys(), c.name, TenantSelection::Place::Server, &chosen))
        return m_ctx.fail(error);
    for (const QString& t : std::as_const(chosen)) {
        ClearTenantPlan tp;
        tp.name = t;
        tp.status = statusByName.value(t);
        c.tenants.append(tp);
    }
    return true;
}

bool ClearPlanner::countObjects()
{
    WeaviateClient& client = m_ctx.client();
    for (ClearCollectionPlan& c : m_plan.collections) {
        if (m_ctx.isCanceled())
            return false;
        m_ctx.state().collection = c.name;
        m_ctx.state().text = tr("Counting objects in %1…").arg(c.name);
        m_ctx.progress().update(true);
        OpError err;
        if (!c.multiTenant) {
            c.objects = client.objectCount(c.name, {}, &err);
            if (!readOk(err))
                return false;
            m_plan.totalObjects += c.objects;
            continue;
        }
        qint64 total = 0;
        bool unknownCount = false;
        QStringList active;
        QList<ClearTenantPlan*> counted;
        for (ClearTenantPlan& tp : c.tenants) {
            if (normalised(tp.status) != u"HOT") {
                unknownCount = true; // an inactive tenant cannot be counted without activating it
                weighInactiveTenant(tp, c.name);
                continue;
            }
            active << tp.name;
            counted << &tp;
        }
        // All active tenants in one call: a class of many tenants must not cost a request per tenant in sequence.
        QList<qint64> counts;
        if (!active.isEmpty() && !client.objectCounts(c.name, active, &counts, &err))
            return err ? m_ctx.fail(err) : false;
        for (qsizetype i = 0; i < counted.size(); ++i) {
            counted[i]->objects = counts.value(i);
            total += counted[i]->objects;
        }
        c.objects = unknownCount ? -1 : total;
        m_plan.totalObjects += total;
        m_plan.totalIsEstimate = m_plan.totalIsEstimate || unknownCount;
    }
    m_ctx.state().collection.clear();
    return true;
}

// What an inactive tenant means: DeleteObjects activates a COLD one and leaves an offloaded or changing one alone;
// Drop and Recreate cannot back up one whose objects are not readable, which blocks the clear.
void ClearPlanner::weighInactiveTenant(ClearTenantPlan& tp, const QString& collection)
{
    const QString status = normalised(tp.status);
    const bool cold = status == u"COLD";
    if (m_plan.params.method == ClearMethod::DeleteObjects) {
        if (cold) {
            tp.activate = true;
            return;
        }
        tp.skip = true;
        tp.skipReason
            = status == u"FROZEN" ? tr("offloaded (%1)").arg(tp.status) : tr("changing status (%1)").arg(tp.status);
        m_plan.warnings << (status == u"FROZEN" ? tr("Tenant \"%1\" of \"%2\" is offloaded (%3): its objects cannot "
                                                     "be deleted, so they are kept.")
                                                : tr("Tenant \"%1\" of \"%2\" is changing its status (%3): its objects "
                                                     "cannot be deleted, so they are kept."))
                               .arg(tp.name, collection, tp.status);
    } else if (!cold && !m_plan.params.noBackup) {
        // Its objects are not readable, so the backup would miss them and the clear could not be undone.
        //: %3 is the tenant's status as the server names it, e.g. FROZEN or FREEZING
        m_plan.problems << tr("Tenant \"%1\" of \"%2\" has the status %3: its objects cannot be backed up first. "
                              "Activate it, leave it out of the clear, or clear without a backup.")
                               .arg(tp.name, collection, tp.status);
    }
}

bool ClearPlanner::findIncomingReferences()
{
    m_plan.incomingReferences = incomingReferences(m_classes, m_plan);
    for (const ClearIncomingReference& r : std::as_const(m_plan.incomingReferences))
        //: %1 the referring collection, %2 its reference property, %3 the cleared collection
        m_plan.warnings << tr("\"%1\" refers to \"%3\" through its property \"%2\": after the clear these "
                              "references point to objects that no longer exist.")
                               .arg(r.collection, r.property, r.target);
    return true;
}

bool ClearPlanner::describeMethod()
{
    // What each method changes beyond the objects, so the user chooses knowingly.
    const ClearMethod method = m_plan.params.method;
    bool wholeDrops = false;
    for (const ClearCollectionPlan& c : std::as_const(m_plan.collections)) {
        m_plan.needsConfirmation << c.name;
        wholeDrops = wholeDrops || c.allTenants;
        switch (method) {
        case ClearMethod::DeleteObjects:
            break;
        case ClearMethod::Drop:
            m_plan.notes << (c.allTenants ? tr("\"%1\" is deleted with its definition and tenants.").arg(c.name)
                                          : tr("The chosen tenants of \"%1\" are deleted with their objects; the "
                                               "collection stays.")
                                                .arg(c.name));
            break;
        case ClearMethod::Recreate:
            m_plan.notes << (c.allTenants
                    ? tr("\"%1\" is deleted and created again from its saved definition: its indexes "
                         "start empty, settings the server added internally are reset, and its tenants "
                         "are created again with their statuses put back.")
                          .arg(c.name)
                    : tr("The chosen tenants of \"%1\" are deleted and created again with their "
                         "statuses put back.")
                          .arg(c.name));
            break;
        }
    }
    // Dropped collections come back only in mode new; anything still standing takes the objects back in merge.
    m_plan.undoMode = method == ClearMethod::Drop && wholeDrops ? RestoreMode::New : RestoreMode::Merge;
    if (method == ClearMethod::Drop && wholeDrops && m_plan.collections.size() > 1) {
        for (const ClearCollectionPlan& c : std::as_const(m_plan.collections))
            if (!c.allTenants)
                m_plan.problems << tr("Dropping whole collections and only some tenants of \"%1\" in one clear "
                                      "cannot be undone with one restore; clear them separately.")
                                       .arg(c.name);
    }
    return true;
}

// The backup archive: the path given, or a default-named archive in the folder or S3 place given (or in the default
// folder). The name comes as a backup's does (S3Archive::pathIn), after "before-clear_".
QString ClearPlanner::backupPath(bool* defaultFolder) const
{
    const ClearParams& params = m_plan.params;
    QString path = params.backupPath;
    *defaultFolder
        = path.isEmpty() || QFileInfo(path).absoluteFilePath() == QDir::cleanPath(ClearTask::defaultBackupFolder());
    if (*defaultFolder)
        path = ClearTask::defaultBackupFolder();
    if (*defaultFolder || S3Archive::isPlaceOrFolder(path))
        path = S3Archive::pathIn(path,
            u"before-clear_"_s
                + BackupTask::defaultFileName(m_selected, params.compression, QDateTime::currentDateTime()));
    return S3Archive::isS3(path) ? path : QFileInfo(path).absoluteFilePath();
}

bool ClearPlanner::planBackup()
{
    const ClearParams& params = m_plan.params;
    m_plan.backup = !params.noBackup;
    if (!m_plan.backup) {
        m_plan.warnings << tr("No backup will be taken: this clear cannot be undone.");
        return true;
    }
    bool defaultFolder = false;
    const QString path = backupPath(&defaultFolder);
    BackupParams b;
    b.endpoint = params.endpoint;
    b.collections = m_selected;
    b.activateTenants = true; // everything the clear deletes must be in the backup, COLD tenants included
    b.compression = params.compression;
    b.pageSize = params.backupPageSize;
    for (const ClearCollectionPlan& c : std::as_const(m_plan.collections))
        if (!c.allTenants)
            for (const ClearTenantPlan& t : c.tenants)
                b.tenants[c.name] << t.name;
    b.destination = path;
    // BackupTask::plan wants an existing folder; apply() creates the default one, so the plan (which writes
    // nothing) is checked against the temporary folder and then pointed at the real place. An object in S3 needs no
    // folder: BackupTask::plan checks the bucket and keys.
    if (defaultFolder && !QFileInfo(QFileInfo(path).absolutePath()).isDir())
        b.destination = QDir::temp().filePath(QFileInfo(path).fileName());
    ClearSteps::NestedProgressSink nested(m_sink, m_ctx.state());
    OpError err;
    m_plan.backupPlan = BackupTask::plan(b, nested.sink(), &err);
    if (m_ctx.isCanceled())
        return false;
    if (err)
        return m_ctx.fail(err);
    m_plan.backupPlan.params.destination = path;
    m_plan.backupPath = path;
    return true;
}

} // namespace Colvault
