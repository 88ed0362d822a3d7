// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupPlanSteps.h"

#include "core/ArchiveLayout.h"
#include "core/BackupTask.h"
#include "core/ObjectsClient.h"
#include "core/S3Archive.h"
#include "core/TenantSelection.h"
#include "core/TenantStatus.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// Archive size relative to the JSON on the wire, for the plan's estimate: float32 in binary is ~1/3 of its JSON
// text and barely compresses further; property text compresses well. Measured on the demo data (docs/benchmarks.md).
constexpr double archiveToWireRatio = 0.3;

// Weaviate upper-cases the first letter of class names everywhere; accept what it would accept.
QString asServerSpellsIt(QString className)
{
    if (!className.isEmpty())
        className[0] = className[0].toUpper();
    return className;
}

BackupTenantPlan::Action actionFor(const QString& status, bool activate)
{
    switch (TenantStatus::kind(status)) {
    case TenantStatus::Kind::Active:
        return BackupTenantPlan::Action::Read;
    case TenantStatus::Kind::Inactive:
        return activate ? BackupTenantPlan::Action::ActivateAndRead : BackupTenantPlan::Action::SkipInactive;
    case TenantStatus::Kind::Offloaded:
        return BackupTenantPlan::Action::SkipOffloaded;
    case TenantStatus::Kind::Changing:
        break;
    }
    return BackupTenantPlan::Action::SkipTransitional;
}

} // namespace

QString BackupPlanSteps::defaultArchiveName(const BackupParams& params, const QDateTime& when)
{
    const QString name = BackupTask::defaultFileName(params.collections, params.compression, when);
    // As age names its files: the name says that the archive needs a key before tar can read it.
    return params.encryption.isEmpty() ? name : name + u".age"_s;
}

BackupPlanSteps::BackupPlanSteps(OperationContext& ctx, const BackupParams& params)
    : m_ctx(ctx)
    , m_params(params)
{
    m_plan.params = params;
    m_plan.plannedAt = QDateTime::currentDateTimeUtc();
}

BackupPlan BackupPlanSteps::takePlan()
{
    m_plan.warnings = m_ctx.finish();
    return std::move(m_plan);
}

// The page size, then the destination: a folder or s3://BUCKET/PREFIX/ gets a default-named archive in it, an object
// in S3 is checked with one request (keys, endpoint, bucket) before the server is read, a file needs its folder.
bool BackupPlanSteps::checkParameters()
{
    constexpr int maxPageSize = 10000; // QUERY_MAXIMUM_RESULTS' default: larger pages are refused by the server
    if (m_params.pageSize < 1 || m_params.pageSize > maxPageSize)
        return m_ctx.fail(OpError::make(OpError::Code::Usage,
            tr("The page size must be between 1 and %L1 objects, not %L2.").arg(maxPageSize).arg(m_params.pageSize)));
    if (m_params.destination.isEmpty())
        return m_ctx.fail(OpError::make(OpError::Code::Usage, tr("No destination file was given for the backup.")));
    QString& destination = m_plan.params.destination;
    if (S3Archive::isPlaceOrFolder(destination))
        destination = S3Archive::pathIn(destination, defaultArchiveName(m_params, QDateTime::currentDateTime()));
    if (S3Archive::isS3(destination)) {
        if (const OpError error = S3Archive::checkDestination(destination))
            return m_ctx.fail(error);
        return !m_ctx.isCanceled();
    }
    const QFileInfo dest(destination);
    if (!QFileInfo(dest.absolutePath()).isDir())
        return m_ctx.fail(
            OpError::make(OpError::Code::Io, tr("The folder \"%1\" does not exist.").arg(dest.absolutePath())));
    return true;
}

bool BackupPlanSteps::readServer()
{
    OpError err;
    m_plan.server = m_ctx.client().serverInfo(&err);
    if (err)
        return m_ctx.fail(err);
    // The cursor (`after`) arrived in 1.18; offset paging stops at QUERY_MAXIMUM_RESULTS and would silently
    // truncate, so an older server is refused rather than half backed up.
    if (!m_plan.server.version.isNull() && !m_plan.server.atLeast(1, 18))
        return m_ctx.fail(OpError::make(OpError::Code::Conflict,
            tr("Weaviate %1 is too old: backups need the cursor API of Weaviate 1.18 or "
               "later.")
                .arg(m_plan.server.versionString)));
    return !m_ctx.isCanceled();
}

bool BackupPlanSteps::readCollections()
{
    OpError err;
    const QJsonArray classes = m_ctx.client().schemaClasses(&err);
    if (err)
        return m_ctx.fail(err);
    if (m_ctx.isCanceled() || !readAliases() || !selectCollections(classes))
        return false;
    m_plan.aliases = m_plan.aliases.pointingAt(m_selected);
    for (const QString& name : std::as_const(m_selected)) {
        if (m_ctx.isCanceled())
            return false;
        m_ctx.state().collection = name;
        m_ctx.progress().update(true);
        if (!readCollection(name))
            return false;
    }
    return true;
}

// Every alias, to resolve names given as aliases and to record those of the chosen collections. A server that
// refuses the list (an API key without the alias permission) leaves the aliases not recorded, with a warning: the
// archive then says it does not know, rather than claiming there were none.
bool BackupPlanSteps::readAliases()
{
    AliasClient aliases(m_ctx.client(), m_plan.server);
    if (!AliasClient::isSupported(m_plan.server)) {
        m_plan.aliases.state = AliasRecord::State::Unsupported;
        return true;
    }
    if (const OpError e = aliases.list(&m_aliases)) {
        if (m_ctx.isCanceled())
            return false;
        m_ctx.warn(tr("The server's collection aliases could not be read, so the archive does not record them: %1")
                       .arg(e.message));
        return true;
    }
    m_plan.aliases.state = AliasRecord::State::Recorded;
    m_plan.aliases.aliases = m_aliases;
    return !m_ctx.isCanceled();
}

bool BackupPlanSteps::selectCollections(const QJsonArray& classes)
{
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& c : classes)
        byName.insert(c.toObject().value(u"class"_s).toString(), c.toObject());

    QStringList missing;
    if (m_params.collections.isEmpty())
        m_selected = byName.keys();
    for (const QString& wanted : m_params.collections) {
        QString name = asServerSpellsIt(wanted);
        // A name that is an alias means the collection it points at (as the server would read it).
        for (const CollectionAlias& a : std::as_const(m_aliases))
            if (a.alias == name && !byName.contains(name))
                name = a.collection;
        if (!byName.contains(name))
            missing << name;
        else if (!m_selected.contains(name))
            m_selected << name;
    }
    if (!missing.isEmpty())
        return m_ctx.fail(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found on the server: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));
    for (auto it = m_params.tenants.begin(); it != m_params.tenants.end(); ++it) {
        if (!m_selected.contains(asServerSpellsIt(it.key())))
            return m_ctx.fail(OpError::make(OpError::Code::Usage,
                tr("Tenants were chosen for \"%1\", which is not being backed up.").arg(it.key())));
    }
    return true;
}

bool BackupPlanSteps::readCollection(const QString& name)
{
    BackupCollectionPlan c;
    c.name = name;
    const HttpResult raw = m_ctx.client().schemaClassRaw(name);
    if (!raw.ok())
        return m_ctx.failed(raw);
    c.classRaw = raw.body;
    c.classJson = QJsonDocument::fromJson(raw.body).object();
    if (c.classJson.value(u"class"_s).toString() != name)
        return m_ctx.fail(OpError::make(OpError::Code::Format,
            tr("The server sent a schema for \"%1\" that names another collection.").arg(name),
            QString::fromUtf8(raw.body.left(500))));
    if (!ArchiveLayout::isValidClassName(name))
        return m_ctx.fail(OpError::make(OpError::Code::Format, tr("\"%1\" is not a valid collection name.").arg(name)));
    c.multiTenant = c.classJson.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool();

    QStringList wantedTenants;
    for (auto it = m_params.tenants.begin(); it != m_params.tenants.end(); ++it) {
        if (asServerSpellsIt(it.key()) == name)
            wantedTenants += it.value();
    }
    if (!c.multiTenant && !wantedTenants.isEmpty())
        return m_ctx.fail(OpError::make(
            OpError::Code::Usage, tr("\"%1\" is not multi-tenant, so no tenants can be chosen for it.").arg(name)));
    if (c.multiTenant && !planTenants(c, wantedTenants))
        return false;
    m_plan.collections.append(c);
    return true;
}

bool BackupPlanSteps::planTenants(BackupCollectionPlan& c, const QStringList& wanted)
{
    OpError err;
    c.tenantsJson = m_ctx.client().tenants(c.name, &err);
    if (err)
        return m_ctx.fail(err);
    if (m_ctx.isCanceled())
        return false;
    QMap<QString, QString> statusByName;
    for (const QJsonValue& t : std::as_const(c.tenantsJson))
        statusByName.insert(
            t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
    QStringList names;
    if (OpError error
        = TenantSelection::choose(wanted, statusByName.keys(), c.name, TenantSelection::Place::Server, &names))
        return m_ctx.fail(error);
    for (const QString& t : std::as_const(names)) {
        if (!ArchiveLayout::isValidTenantName(t))
            return m_ctx.fail(OpError::make(OpError::Code::Format, tr("\"%1\" is not a valid tenant name.").arg(t)));
        BackupTenantPlan tp;
        tp.name = t;
        tp.status = statusByName.value(t);
        tp.action
            = m_params.schemaOnly ? BackupTenantPlan::Action::Read : actionFor(tp.status, m_params.activateTenants);
        warnAboutSkipped(tp, c.name);
        c.tenants.append(tp);
    }
    return true;
}

void BackupPlanSteps::warnAboutSkipped(const BackupTenantPlan& t, const QString& collection)
{
    switch (t.action) {
    case BackupTenantPlan::Action::SkipInactive:
        m_ctx.warn(tr("Tenant \"%1\" of \"%2\" is inactive (%3) and will be skipped; allow "
                      "activating tenants to include it.")
                       .arg(t.name, collection, t.status));
        break;
    case BackupTenantPlan::Action::SkipOffloaded:
        m_ctx.warn(
            tr("Tenant \"%1\" of \"%2\" is offloaded (%3) and will be skipped.").arg(t.name, collection, t.status));
        break;
    case BackupTenantPlan::Action::SkipTransitional:
        m_ctx.warn(tr("Tenant \"%1\" of \"%2\" is changing its status (%3) and will be skipped.")
                       .arg(t.name, collection, t.status));
        break;
    default:
        break;
    }
}

bool BackupPlanSteps::countObjects()
{
    for (BackupCollectionPlan& c : m_plan.collections) {
        if (m_ctx.isCanceled())
            return false;
        m_ctx.state().collection = c.name;
        m_ctx.state().text = tr("Counting objects in %1…").arg(c.name);
        m_ctx.progress().update(true);
        if (!countCollection(c))
            return false;
        estimateBytes(c);
        m_plan.estimatedWireBytes += c.estimatedBytes;
    }
    m_plan.estimatedArchiveBytes = qint64(double(m_plan.estimatedWireBytes) * archiveToWireRatio);
    return true;
}

bool BackupPlanSteps::countCollection(BackupCollectionPlan& c)
{
    OpError err;
    if (!c.multiTenant) {
        c.objects = m_params.schemaOnly ? 0 : m_ctx.client().objectCount(c.name, QString(), &err);
        if (err)
            return m_ctx.fail(err);
        if (m_ctx.isCanceled())
            return false;
        m_plan.totalObjects += c.objects;
        return true;
    }
    // Every readable tenant in one call (many per request), not one request per tenant.
    QStringList readable;
    bool unknownCount = false; // tenants to activate are counted only once they are active, by apply()
    for (const BackupTenantPlan& tp : std::as_const(c.tenants)) {
        if (!m_params.schemaOnly && tp.action == BackupTenantPlan::Action::Read)
            readable << tp.name;
        else if (tp.action == BackupTenantPlan::Action::ActivateAndRead)
            unknownCount = true;
    }
    QList<qint64> counts;
    if (!readable.isEmpty() && !m_ctx.client().objectCounts(c.name, readable, &counts, &err))
        return err ? m_ctx.fail(err) : false;
    if (m_ctx.isCanceled())
        return false;
    qint64 total = 0;
    qsizetype next = 0;
    for (BackupTenantPlan& tp : c.tenants) {
        if (!m_params.schemaOnly && tp.action == BackupTenantPlan::Action::Read) {
            tp.objects = counts.value(next++, 0);
            total += tp.objects;
        }
    }
    c.objects = unknownCount ? -1 : total;
    m_plan.totalObjects += total;
    m_plan.totalIsEstimate = m_plan.totalIsEstimate || unknownCount;
    return true;
}

// One sample object gives the estimate of bytes per object (vectors dominate). A failed sample leaves it at 0.
void BackupPlanSteps::estimateBytes(BackupCollectionPlan& c)
{
    if (m_params.schemaOnly || m_plan.totalObjects <= 0)
        return;
    QString sampleTenant;
    for (const BackupTenantPlan& tp : std::as_const(c.tenants))
        if (tp.action == BackupTenantPlan::Action::Read && tp.objects > 0) {
            sampleTenant = tp.name;
            break;
        }
    if (c.multiTenant && sampleTenant.isEmpty())
        return;
    const HttpResult sample = ObjectsClient(m_ctx.client())
                                  .page({.className = c.name,
                                      .tenant = sampleTenant,
                                      .after = {},
                                      .limit = 1,
                                      .withVectors = m_params.includeVectors});
    if (sample.ok() && c.objects > 0)
        c.estimatedBytes = c.objects * std::max<qint64>(1, sample.body.size() - 40);
}

} // namespace Colvault
