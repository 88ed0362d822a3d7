// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestoreTask.h"

#include "core/ArchiveInspector.h"
#include "core/ArchiveLayout.h"
#include "core/ArchiveObjectReader.h"
#include "core/ArchiveVerifier.h"
#include "core/ClassSanitizer.h"
#include "core/Logging.h"
#include "core/ObjectPageParser.h"
#include "core/SchemaClient.h"
#include "core/VectorShapeCheck.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>
#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <deque>
#include <string_view>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

constexpr int idPageSize = 1000; // ids-only pages (merge): small answers, well under the 10000 cap
constexpr int contentPageSize = 200; // full objects with vectors (overwrite: content hashes)
constexpr int referencesPerRequest = 500;
constexpr int maxLostRounds = 5; // references requests whose answer was lost, checked and sent again
constexpr int maxRepeatedBatches = 5; // batches whose answer arrived cut short, sent again
constexpr qsizetype maxKeptFailures = 10000;
// Batches in flight: bodies go through HttpExchange (no per-host limit); 6 is the highest count ever measured, and
// each batch in flight holds its body until answered (docs/decisions.md).
constexpr int maxConcurrency = 6;

QString shardKey(const QString& collection, const QString& tenant)
{
    return tenant.isEmpty() ? collection : collection + u'/' + tenant;
}

bool isActiveStatus(const QString& status)
{
    const QString s = status.toUpper();
    return s.isEmpty() || s == u"HOT" || s == u"ACTIVE";
}

QString normalisedStatus(const QString& status)
{
    const QString s = status.toUpper();
    if (s.isEmpty() || s == u"ACTIVE" || s == u"HOT")
        return u"HOT"_s;
    if (s == u"INACTIVE" || s == u"COLD")
        return u"COLD"_s;
    if (s == u"OFFLOADED" || s == u"FROZEN")
        return u"FROZEN"_s;
    return s;
}

QString upperFirst(QString name)
{
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QString typeText(const QJsonValue& dataType)
{
    QStringList parts;
    for (const QJsonValue& v : dataType.toArray())
        parts << v.toString();
    return parts.join(u',');
}

// Weaviate migrated string to text; the same data fits either.
QString comparableType(QString type)
{
    return type.replace(u"string"_s, u"text"_s);
}

// The nested properties of an object property on both sides, recursively: a type that differs blocks the restore
// like a top-level conflict; a nested property only the archive has is reported by its dotted path, because the
// server cannot add it to an existing property and refuses objects that carry it.
void compareNested(const QString& path, const QJsonArray& archived, const QJsonArray& target,
    QList<RestoreSchemaDiff::PropertyType>* conflicts, QStringList* onlyInArchive)
{
    QMap<QString, QJsonObject> byName;
    for (const QJsonValue& v : target)
        byName.insert(v.toObject().value(u"name"_s).toString(), v.toObject());
    for (const QJsonValue& v : archived) {
        const QJsonObject a = v.toObject();
        const QString name = a.value(u"name"_s).toString();
        const QString dotted = path + u'.' + name;
        const auto it = byName.constFind(name);
        if (it == byName.constEnd()) {
            onlyInArchive->append(dotted);
            continue;
        }
        const QString at = typeText(a.value(u"dataType"_s));
        const QString tt = typeText(it->value(u"dataType"_s));
        if (comparableType(at) != comparableType(tt))
            conflicts->append({dotted, at, tt});
        else if (a.contains(u"nestedProperties"_s))
            compareNested(dotted, a.value(u"nestedProperties"_s).toArray(), it->value(u"nestedProperties"_s).toArray(),
                conflicts, onlyInArchive);
    }
}

std::string renamedBeacon(std::string_view beacon, const QMap<QString, QString>& rename);

// The content hash of "unchanged": canonical properties (keys sorted, numbers as doubles) and the exact bits of
// every vector, sorted by name. Both sides come from the same kind of server JSON, so equal content hashes equal.
class ContentHash
{
public:
    // `rename` is applied to the archive's side: a reference compares by where it points after the restore renamed
    // its target class. Its href is derived from the beacon by the server, so it is left out on both sides.
    void addProperties(std::string_view raw, const QMap<QString, QString>& rename = {})
    {
        QJsonObject properties
            = QJsonDocument::fromJson(QByteArray::fromRawData(raw.data(), qsizetype(raw.size()))).object();
        for (auto it = properties.begin(); it != properties.end(); ++it) {
            if (!it.value().isArray())
                continue;
            QJsonArray values = it.value().toArray();
            bool references = false;
            for (QJsonValueRef v : values) {
                QJsonObject ref = v.toObject();
                if (!ref.contains(u"beacon"_s))
                    continue;
                references = true;
                ref.remove(u"href"_s);
                if (!rename.isEmpty())
                    ref.insert(u"beacon"_s,
                        QString::fromStdString(renamedBeacon(ref.value(u"beacon"_s).toString().toStdString(), rename)));
                v = ref;
            }
            if (references)
                it.value() = values;
        }
        m_hash.addData(QJsonDocument(properties).toJson(QJsonDocument::Compact));
    }
    void addVector(QByteArrayView name, quint32 rows, quint32 dims, const float* values, size_t count)
    {
        m_hash.addData(name);
        m_hash.addData(QByteArray::number(rows) + ':' + QByteArray::number(dims) + ':');
        m_hash.addData(QByteArrayView(reinterpret_cast<const char*>(values), qsizetype(count * sizeof(float))));
    }
    QByteArray result() const { return m_hash.result(); }

private:
    QCryptographicHash m_hash {QCryptographicHash::Sha256};
};

QByteArray hashOf(const ArchiveObject& o, const QMap<QString, QString>& rename)
{
    ContentHash h;
    h.addProperties(o.properties, rename);
    QList<const ObjectVector*> sorted;
    for (const ObjectVector& v : o.vectors)
        sorted.append(&v);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->name < b->name; });
    for (const ObjectVector* v : sorted)
        h.addVector(v->name.toUtf8(), v->rows, v->dims, v->values.constData(), size_t(v->values.size()));
    return h.result();
}

QByteArray hashOf(const PageObject& o)
{
    ContentHash h;
    h.addProperties(o.properties);
    std::vector<const PageVector*> sorted;
    for (const PageVector& v : o.vectors)
        sorted.push_back(&v);
    std::sort(sorted.begin(), sorted.end(),
        [](auto* a, auto* b) { return QString::fromStdString(a->name) < QString::fromStdString(b->name); });
    for (const PageVector* v : sorted)
        h.addVector(QByteArrayView(v->name.data(), qsizetype(v->name.size())), v->rows, v->dims, v->values.data(),
            v->values.size());
    return h.result();
}

// Walks the target's objects of one class/tenant in ascending id order, in step with the archive (a merge-join):
// memory is one page, whatever the collection's size. Ids only through GraphQL for Merge; full objects with
// vectors through the REST cursor for Overwrite, which needs content hashes.
class TargetCursor
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    TargetCursor(WeaviateClient& client, QString collection, QString tenant, bool withContent)
        : m_client(client)
        , m_collection(std::move(collection))
        , m_tenant(std::move(tenant))
        , m_withContent(withContent)
    {
    }

    // Whether `id` exists on the target; *hash gets its content hash (withContent only). Ids must ascend.
    bool contains(const std::string& id, QByteArray* hash, OpError* error)
    {
        while (true) {
            while (m_pos < m_ids.size() && m_ids[m_pos] < id)
                ++m_pos;
            if (m_pos < m_ids.size()) {
                if (m_ids[m_pos] != id)
                    return false;
                if (hash)
                    *hash = m_hashes.value(qsizetype(m_pos));
                return true;
            }
            if (m_done)
                return false;
            if (!fetch(error))
                return false;
        }
    }

private:
    bool fetch(OpError* error)
    {
        m_ids.clear();
        m_hashes.clear();
        m_pos = 0;
        if (m_withContent) {
            QUrlQuery q;
            q.addQueryItem(u"class"_s, m_collection);
            q.addQueryItem(u"limit"_s, QString::number(contentPageSize));
            q.addQueryItem(u"include"_s, u"vector"_s);
            if (!m_after.empty())
                q.addQueryItem(u"after"_s, QString::fromStdString(m_after));
            if (!m_tenant.isEmpty())
                q.addQueryItem(u"tenant"_s, m_tenant);
            HttpResult r = m_client.get(u"/v1/objects"_s, q);
            if (!r.ok()) {
                *error = r.canceled ? OpError {} : r.error;
                m_done = true;
                return false;
            }
            if (!m_parser.parse(r.body, m_after, error)) {
                m_done = true;
                return false;
            }
            for (size_t i = 0; i < m_parser.count(); ++i) {
                m_ids.push_back(m_parser.object(i).id);
                m_hashes.append(hashOf(m_parser.object(i)));
            }
            m_done = m_parser.count() < size_t(contentPageSize);
        } else {
            QStringList rows;
            if (!m_client.objectIds(m_collection, m_tenant, QString::fromStdString(m_after), idPageSize, &rows, error)
                || m_client.isCanceled()) {
                m_done = true;
                return false;
            }
            for (const QString& row : std::as_const(rows)) {
                const std::string id = row.toStdString();
                if (!ObjectPageParser::isCanonicalUuid(id) || (!m_ids.empty() && id <= m_ids.back())
                    || (!m_after.empty() && id <= m_after)) {
                    *error = OpError::make(OpError::Code::Format,
                        tr("The server listed the objects of \"%1\" out of order.").arg(m_collection),
                        QString::fromStdString(id));
                    m_done = true;
                    return false;
                }
                m_ids.push_back(id);
            }
            m_done = rows.size() < idPageSize;
        }
        if (!m_ids.empty())
            m_after = m_ids.back();
        return true;
    }

    WeaviateClient& m_client;
    QString m_collection;
    QString m_tenant;
    bool m_withContent;
    ObjectPageParser m_parser;
    std::vector<std::string> m_ids;
    QList<QByteArray> m_hashes;
    size_t m_pos = 0;
    std::string m_after;
    bool m_done = false;
};

enum class ObjectDecision
{
    Create,
    Overwrite,
    Skip,
    Unchanged
};

// The plan's rule for one archived object, shared by plan() and apply().
ObjectDecision decide(const RestoreParams& params, TargetCursor* cursor, const ArchiveObject& o, OpError* error)
{
    if (!cursor)
        return ObjectDecision::Create;
    QByteArray targetHash;
    const std::string id(o.id);
    const bool exists = cursor->contains(id, params.mode == RestoreMode::Overwrite ? &targetHash : nullptr, error);
    if (!exists)
        return ObjectDecision::Create;
    if (params.mode != RestoreMode::Overwrite)
        return ObjectDecision::Skip;
    return hashOf(o, params.rename) == targetHash ? ObjectDecision::Unchanged : ObjectDecision::Overwrite;
}

void count(RestoreObjectCounts& c, ObjectDecision d)
{
    ++c.archived;
    switch (d) {
    case ObjectDecision::Create:
        ++c.create;
        break;
    case ObjectDecision::Overwrite:
        ++c.overwrite;
        break;
    case ObjectDecision::Skip:
        ++c.skip;
        break;
    case ObjectDecision::Unchanged:
        ++c.unchanged;
        break;
    }
}

// Float32 in its shortest round-trip text: the server parses it back to the same bits. std::to_chars writes
// straight into the body (the longest float32 text is 15 bytes, plus its comma), the body's only pass over them.
bool appendFloats(QByteArray& out, const float* values, size_t n)
{
    constexpr qsizetype perValue = 16;
    const qsizetype start = out.size();
    out.resize(start + qsizetype(n) * perValue + 2); // grows geometrically; a later resize keeps the capacity
    char* p = out.data() + start;
    *p++ = '[';
    for (size_t i = 0; i < n; ++i) {
        if (!std::isfinite(values[i])) {
            out.resize(start);
            return false;
        }
        if (i)
            *p++ = ',';
        p = std::to_chars(p, p + perValue - 1, values[i]).ptr;
    }
    *p++ = ']';
    out.resize(p - out.constData());
    return true;
}

bool appendVector(QByteArray& out, const ObjectVector& v)
{
    if (!v.isMulti())
        return appendFloats(out, v.values.constData(), size_t(v.values.size()));
    out.push_back('[');
    for (quint32 r = 0; r < v.rows; ++r) {
        if (r)
            out.push_back(',');
        if (!appendFloats(out, v.values.constData() + size_t(r) * v.dims, v.dims))
            return false;
    }
    out.push_back(']');
    return true;
}

// One object of a batch body; false when a vector holds a value JSON cannot carry (NaN, infinity).
bool appendObject(QByteArray& out, const QByteArray& className, const QByteArray& tenant, const ArchiveObject& o)
{
    out.append("{\"class\":\"").append(className).append("\",\"id\":\"");
    out.append(o.id.data(), qsizetype(o.id.size())).append("\"");
    if (!tenant.isEmpty())
        out.append(",\"tenant\":\"").append(tenant).append("\"");
    out.append(",\"properties\":");
    out.append(o.propertiesWithoutReferences.data(), qsizetype(o.propertiesWithoutReferences.size()));
    bool named = false;
    for (const ObjectVector& v : o.vectors) {
        if (v.name.isEmpty()) {
            out.append(",\"vector\":");
            if (!appendVector(out, v))
                return false;
        }
    }
    for (const ObjectVector& v : o.vectors) {
        if (v.name.isEmpty())
            continue;
        out.append(named ? ",\"" : ",\"vectors\":{\"").append(v.name.toUtf8()).append("\":");
        named = true;
        if (!appendVector(out, v))
            return false;
    }
    if (named)
        out.push_back('}');
    out.push_back('}');
    return true;
}

// weaviate://localhost/<Class>/<uuid> with the class renamed; class-less beacons stay as they are.
std::string renamedBeacon(std::string_view beacon, const QMap<QString, QString>& rename)
{
    constexpr std::string_view prefix = "weaviate://localhost/";
    if (beacon.substr(0, prefix.size()) != prefix)
        return std::string(beacon);
    const std::string_view rest = beacon.substr(prefix.size());
    const size_t slash = rest.find('/');
    if (slash == std::string_view::npos)
        return std::string(beacon);
    const QString cls = QString::fromUtf8(rest.data(), qsizetype(slash));
    const auto it = rename.find(cls);
    if (it == rename.end())
        return std::string(beacon);
    return std::string(prefix) + it.value().toStdString() + std::string(rest.substr(slash));
}

struct ShardPlanRef
{
    const RestoreCollectionPlan* collection = nullptr;
    const RestoreTenantPlan* tenant = nullptr; // MT only
    bool targetExists = false; // a join is needed
};

// Which archive shards a plan restores, and whether the target already holds objects for them.
QMap<QString, ShardPlanRef> shardsOf(const QList<RestoreCollectionPlan>& collections)
{
    QMap<QString, ShardPlanRef> out;
    for (const RestoreCollectionPlan& c : collections) {
        const bool existing = c.action == RestoreCollectionPlan::Action::UseExisting;
        if (!c.multiTenant) {
            out.insert(shardKey(c.source, {}), {&c, nullptr, existing});
            continue;
        }
        for (const RestoreTenantPlan& t : c.tenants)
            out.insert(shardKey(c.source, t.name), {&c, &t, existing && !t.create});
    }
    return out;
}

} // namespace

QString RestoreTask::modeName(RestoreMode mode)
{
    switch (mode) {
    case RestoreMode::New:
        return u"new"_s;
    case RestoreMode::Merge:
        return u"merge"_s;
    case RestoreMode::Overwrite:
        return u"overwrite"_s;
    case RestoreMode::Replace:
        return u"replace"_s;
    }
    return {};
}

std::optional<RestoreMode> RestoreTask::modeFromName(const QString& name)
{
    for (RestoreMode m : {RestoreMode::New, RestoreMode::Merge, RestoreMode::Overwrite, RestoreMode::Replace})
        if (modeName(m) == name)
            return m;
    return std::nullopt;
}

RestorePlan RestoreTask::plan(const RestoreParams& params, ProgressSink* sink, OpError* error)
{
    RestorePlan plan;
    plan.params = params;
    auto failWith = [&](OpError e) {
        if (error)
            *error = std::move(e);
        return RestorePlan {};
    };

    constexpr int maxBatchSize = 1000;
    if (params.batchSize < 1 || params.batchSize > maxBatchSize)
        return failWith(OpError::make(OpError::Code::Usage,
            tr("The batch size must be between 1 and %L1 objects, not %L2.").arg(maxBatchSize).arg(params.batchSize)));
    if (params.concurrency < 1 || params.concurrency > maxConcurrency)
        return failWith(OpError::make(OpError::Code::Usage,
            tr("The number of batches in flight must be between 1 and %1, not %2.")
                .arg(maxConcurrency)
                .arg(params.concurrency)));
    if (params.replicationFactor < 0)
        return failWith(OpError::make(OpError::Code::Usage, tr("The replication factor must be at least 1.")));
    if (!QFileInfo(params.archivePath).isFile())
        return failWith(
            OpError::make(OpError::Code::Io, tr("The archive \"%1\" does not exist.").arg(params.archivePath)));

    ProgressMeter meter(sink);
    meter.state().text = tr("Reading the archive…");
    meter.update(true);
    ArchiveInspection archive;
    if (OpError e = ArchiveInspector::inspect(params.archivePath, &archive))
        return failWith(e);
    plan.archiveServerVersion = archive.manifest.serverVersion;

    // Nothing is written from an archive that is not complete and intact: one full read checks every entry
    // against the trailer (checksums, sizes, counts, tenants, vector shapes) before the plan touches the server,
    // so a truncated, damaged or forged archive is refused before the first write (docs/reliability.md).
    meter.state().text = tr("Verifying the archive…");
    meter.update(true);
    ArchiveVerification verification;
    ArchiveVerifier::Options verifyOptions;
    verifyOptions.progress = [sink](qint64, qint64) { return !(sink && sink->isCanceled()); };
    if (OpError e = ArchiveVerifier::verify(params.archivePath, &verification, verifyOptions))
        return failWith(e);
    if (verification.canceled)
        return failWith({});
    if (!verification.ok()) {
        QStringList details;
        for (const auto& problem : std::as_const(verification.problems))
            details << problem.entry + u": "_s + problem.message + u" "_s + problem.details;
        if (!verification.hasTrailer)
            details << u"no valid trailer: the archive is incomplete"_s;
        // The verifier's sentences name the entry; the first one is what the user needs to see.
        const QString first = verification.problems.isEmpty()
            ? tr("The archive \"%1\" is incomplete: it has no valid trailer.").arg(params.archivePath)
            : tr("The archive \"%1\" cannot be restored: %2")
                  .arg(params.archivePath, verification.problems.first().message);
        return failWith(OpError::make(OpError::Code::Format, first, details.join(u'\n')));
    }

    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    OpError err;
    plan.server = client.serverInfo(&err);
    if (err)
        return failWith(err);
    const QJsonArray classes = client.schemaClasses(&err);
    if (err)
        return failWith(err);
    if (client.isCanceled())
        return failWith({});
    QMap<QString, QJsonObject> targetClasses;
    for (const QJsonValue& c : classes)
        targetClasses.insert(c.toObject().value(u"class"_s).toString(), c.toObject());
    int nodes = 1;
    {
        const HttpResult r = client.get(u"/v1/nodes"_s);
        if (r.ok())
            nodes = std::max<int>(1, int(QJsonDocument::fromJson(r.body).object().value(u"nodes"_s).toArray().size()));
    }

    // Selection and renames, by archive name (first letter upper-cased like Weaviate does).
    QMap<QString, const ArchiveInspection::Collection*> inArchive;
    for (const ArchiveInspection::Collection& c : archive.collections)
        inArchive.insert(c.name, &c);
    QStringList selected;
    QStringList missing;
    for (const QString& wanted : params.collections) {
        const QString name = upperFirst(wanted);
        if (!inArchive.contains(name))
            missing << name;
        else if (!selected.contains(name))
            selected << name;
    }
    if (params.collections.isEmpty())
        for (const ArchiveInspection::Collection& c : archive.collections)
            selected << c.name;
    if (!missing.isEmpty())
        return failWith(OpError::make(OpError::Code::NotFound,
            tr("%Ln collection(s) not found in the archive: %1.", nullptr, int(missing.size()))
                .arg(missing.join(u", "_s))));
    QMap<QString, QString> rename;
    for (auto it = params.rename.begin(); it != params.rename.end(); ++it) {
        const QString from = upperFirst(it.key());
        const QString to = upperFirst(it.value());
        if (!inArchive.contains(from))
            return failWith(OpError::make(
                OpError::Code::Usage, tr("\"%1\" cannot be renamed: it is not in the archive.").arg(it.key())));
        if (!ArchiveLayout::isValidClassName(to))
            return failWith(
                OpError::make(OpError::Code::Usage, tr("\"%1\" is not a valid collection name.").arg(it.value())));
        rename.insert(from, to);
    }
    QStringList targets;
    for (const QString& s : std::as_const(selected)) {
        const QString t = rename.value(s, s);
        if (targets.contains(t, Qt::CaseInsensitive))
            return failWith(
                OpError::make(OpError::Code::Usage, tr("Two collections would be restored as \"%1\".").arg(t)));
        targets << t;
    }
    for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it)
        if (!selected.contains(upperFirst(it.key())))
            return failWith(OpError::make(OpError::Code::Usage,
                tr("Tenants were chosen for \"%1\", which is not being restored.").arg(it.key())));

    if (!plan.archiveServerVersion.isEmpty() && !plan.server.version.isNull()) {
        const QVersionNumber archived = QVersionNumber::fromString(plan.archiveServerVersion);
        if (QVersionNumber(archived.majorVersion(), archived.minorVersion())
            > QVersionNumber(plan.server.version.majorVersion(), plan.server.version.minorVersion()))
            plan.warnings << tr("The archive comes from Weaviate %1 and the target runs %2: settings the older "
                                "server does not know are dropped.")
                                 .arg(plan.archiveServerVersion, plan.server.versionString);
    }

    ClassSanitizer::Options sanitize;
    sanitize.rename = rename;
    sanitize.vectorizerNone = params.vectorizerNone;
    sanitize.targetModules = plan.server.modules;
    sanitize.replicationFactor = params.replicationFactor;
    static const QStringList knownIndexTypes = {u"hnsw"_s, u"flat"_s, u"dynamic"_s};

    for (const QString& source : std::as_const(selected)) {
        const ArchiveInspection::Collection& archived = *inArchive.value(source);
        RestoreCollectionPlan c;
        c.source = source;
        c.target = rename.value(source, source);
        c.multiTenant = archived.multiTenant;
        const QJsonObject archivedClass = QJsonDocument::fromJson(archived.classJson).object();
        QJsonObject cls = ClassSanitizer::sanitize(archivedClass, sanitize);
        c.referenceProperties = ClassSanitizer::referenceProperties(archivedClass);
        const bool exists = targetClasses.contains(c.target);
        const QJsonObject existing = targetClasses.value(c.target);
        if (!exists) {
            for (auto it = targetClasses.begin(); it != targetClasses.end(); ++it)
                if (it.key().compare(c.target, Qt::CaseInsensitive) == 0)
                    c.problems << tr("\"%1\" clashes with the existing collection \"%2\" (names differ only in "
                                     "case).")
                                      .arg(c.target, it.key());
        }

        switch (params.mode) {
        case RestoreMode::New:
            c.action = RestoreCollectionPlan::Action::Create;
            if (exists)
                c.problems << tr("The collection \"%1\" already exists on the target; choose merge, overwrite or "
                                 "replace.")
                                  .arg(c.target);
            break;
        case RestoreMode::Merge:
        case RestoreMode::Overwrite:
            c.action = exists ? RestoreCollectionPlan::Action::UseExisting : RestoreCollectionPlan::Action::Create;
            break;
        case RestoreMode::Replace:
            c.action = exists ? RestoreCollectionPlan::Action::Replace : RestoreCollectionPlan::Action::Create;
            if (exists)
                plan.needsConfirmation << c.target;
            break;
        }

        // Schema diff against what exists, or checks of what will be created.
        RestoreSchemaDiff& diff = c.diff;
        diff.targetNodes = nodes;
        diff.archivedReplicationFactor
            = archivedClass.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
        diff.replicationFactor = cls.value(u"replicationConfig"_s).toObject().value(u"factor"_s).toInt(1);
        if (c.action == RestoreCollectionPlan::Action::UseExisting) {
            if (ClassSanitizer::isMultiTenant(existing) != c.multiTenant)
                c.problems << (c.multiTenant
                        ? tr("\"%1\" is multi-tenant in the archive but not on the target.").arg(c.target)
                        : tr("\"%1\" is multi-tenant on the target but not in the archive.").arg(c.target));
            QMap<QString, QJsonObject> targetProps;
            for (const QJsonValue& v : existing.value(u"properties"_s).toArray())
                targetProps.insert(v.toObject().value(u"name"_s).toString().toLower(), v.toObject());
            QSet<QString> archivedNames;
            for (const QJsonValue& v : cls.value(u"properties"_s).toArray()) {
                const QJsonObject p = v.toObject();
                const QString name = p.value(u"name"_s).toString();
                archivedNames.insert(name.toLower());
                if (!targetProps.contains(name.toLower())) {
                    diff.onlyInArchive << name;
                    c.propertiesToAdd.append(p);
                    continue;
                }
                const QJsonObject targetProp = targetProps.value(name.toLower());
                const QString a = typeText(p.value(u"dataType"_s));
                const QString t = typeText(targetProp.value(u"dataType"_s));
                QList<RestoreSchemaDiff::PropertyType> conflicts;
                QStringList nestedOnlyInArchive;
                if (comparableType(a) != comparableType(t))
                    conflicts.append({name, a, t});
                else if (p.contains(u"nestedProperties"_s))
                    compareNested(name, p.value(u"nestedProperties"_s).toArray(),
                        targetProp.value(u"nestedProperties"_s).toArray(), &conflicts, &nestedOnlyInArchive);
                for (const RestoreSchemaDiff::PropertyType& conflict : conflicts) {
                    diff.typeConflicts.append(conflict);
                    c.problems << tr("Property \"%1\" of \"%2\" is %3 in the archive but %4 on the target.")
                                      .arg(conflict.name, c.target, conflict.archiveType, conflict.targetType);
                }
                for (const QString& nested : nestedOnlyInArchive)
                    c.problems << tr("Nested property \"%1\" of \"%2\" exists only in the archive. The server cannot "
                                     "add it to the existing object property, and refuses objects that carry it.")
                                      .arg(nested, c.target);
            }
            for (auto it = targetProps.begin(); it != targetProps.end(); ++it)
                if (!archivedNames.contains(it.key()))
                    diff.onlyInTarget << it.value().value(u"name"_s).toString();
        } else {
            for (const QString& module : ClassSanitizer::requiredModules(cls))
                if (!plan.server.hasModule(module)) {
                    diff.missingModules << module;
                    c.problems << tr("\"%1\" needs the module \"%2\", which the target does not have; rewrite the "
                                     "vectorizer to \"none\" (the archived objects carry their vectors).")
                                      .arg(c.target, module);
                }
            if (diff.replicationFactor > nodes)
                c.problems << tr("\"%1\" has replication factor %2 but the target has %Ln node(s); lower the "
                                 "replication factor.",
                    nullptr, nodes)
                                  .arg(c.target)
                                  .arg(diff.replicationFactor);
            for (const QString& type : ClassSanitizer::vectorIndexTypes(cls))
                if (!knownIndexTypes.contains(type)) {
                    diff.unsupported << tr("vector index type \"%1\"").arg(type);
                    if (!(type == u"hfresh" && plan.server.atLeast(1, 37)))
                        c.problems << tr("\"%1\" uses the vector index type \"%2\", which the target may not "
                                         "support.")
                                          .arg(c.target, type);
                }
            for (const QString& tokenization : ClassSanitizer::tokenizations(cls))
                if (tokenization.startsWith(u"gse"_s) || tokenization.startsWith(u"kagome"_s)) {
                    diff.unsupported << tr("tokenization \"%1\"").arg(tokenization);
                    plan.warnings << tr("\"%1\" uses the tokenization \"%2\", which needs to be enabled on the "
                                        "target.")
                                         .arg(c.target, tokenization);
                }
            if (cls.contains(u"vectorConfig"_s) && !cls.value(u"vectorConfig"_s).toObject().isEmpty()
                && cls.contains(u"vectorIndexConfig"_s) && !cls.value(u"vectorIndexConfig"_s).toObject().isEmpty()) {
                // Created as the legacy class, then its named vectors are added by a PUT of the whole class, as
                // the server itself allows since 1.31 (where such classes come from).
                if (plan.server.atLeast(1, 31)) {
                    c.namedVectorsBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
                    cls.remove(u"vectorConfig"_s);
                    plan.warnings << tr("\"%1\" has both a class-level vector and named vectors: it is created "
                                        "with the class-level vector first, and its named vectors are added right "
                                        "after.")
                                         .arg(c.target);
                } else {
                    c.problems << tr("\"%1\" has both a class-level vector and named vectors. Weaviate %2 cannot "
                                     "create such a collection; version 1.31 or later can.")
                                      .arg(c.target, plan.server.version.toString());
                }
            }
            c.classBody = QJsonDocument(cls).toJson(QJsonDocument::Compact);
        }

        // Tenants.
        if (c.multiTenant) {
            QStringList wanted;
            for (auto it = params.tenants.begin(); it != params.tenants.end(); ++it)
                if (upperFirst(it.key()) == source)
                    wanted += it.value();
            QMap<QString, QString> archivedStatus;
            for (const ArchiveTenant& t : archived.tenants)
                archivedStatus.insert(t.name, t.activityStatus);
            QStringList unknown;
            for (const QString& t : std::as_const(wanted))
                if (!archivedStatus.contains(t))
                    unknown << t;
            if (!unknown.isEmpty())
                return failWith(OpError::make(OpError::Code::NotFound,
                    tr("%Ln tenant(s) not found in the archive's \"%1\": %2.", nullptr, int(unknown.size()))
                        .arg(source, unknown.join(u", "_s))));
            QMap<QString, QString> targetStatus;
            if (c.action == RestoreCollectionPlan::Action::UseExisting && ClassSanitizer::isMultiTenant(existing)) {
                const QJsonArray list = client.tenants(c.target, &err);
                if (err)
                    return failWith(err);
                for (const QJsonValue& t : list)
                    targetStatus.insert(
                        t.toObject().value(u"name"_s).toString(), t.toObject().value(u"activityStatus"_s).toString());
            }
            const bool canFreeze = std::any_of(plan.server.modules.begin(), plan.server.modules.end(),
                [](const QString& m) { return m.startsWith(u"offload-"_s); });
            QStringList names = wanted.isEmpty() ? archivedStatus.keys() : wanted;
            names.removeDuplicates();
            std::sort(names.begin(), names.end());
            for (const QString& name : std::as_const(names)) {
                RestoreTenantPlan t;
                t.name = name;
                t.archivedStatus = archivedStatus.value(name);
                t.create = !targetStatus.contains(name);
                const QString archivedNorm = normalisedStatus(t.archivedStatus);
                if (!t.create) {
                    t.targetStatus = targetStatus.value(name);
                    t.activate = !isActiveStatus(t.targetStatus) && !params.schemaOnly;
                    // An existing tenant gets back the status it had on the target.
                    if (t.activate)
                        t.finalStatus = normalisedStatus(t.targetStatus);
                } else if (archivedNorm == u"COLD") {
                    t.finalStatus = archivedNorm;
                } else if (archivedNorm == u"FROZEN") {
                    if (canFreeze)
                        t.finalStatus = archivedNorm;
                    else
                        plan.warnings << tr("Tenant \"%1\" of \"%2\" was offloaded (%3); the target has no offload "
                                            "module, so it stays active.")
                                             .arg(name, c.target, t.archivedStatus);
                } else if (archivedNorm != u"HOT") {
                    plan.warnings << tr("Tenant \"%1\" of \"%2\" had the status %3 and is restored as active.")
                                         .arg(name, c.target, t.archivedStatus);
                }
                if (t.activate && t.targetStatus.toUpper() != u"COLD" && t.targetStatus.toUpper() != u"INACTIVE")
                    c.problems << tr("Tenant \"%1\" of \"%2\" is %3 on the target and cannot be loaded.")
                                      .arg(name, c.target, t.targetStatus);
                c.tenants.append(t);
            }
        }
        for (const QString& p : std::as_const(c.problems))
            plan.problems << p;
        plan.collections.append(c);
    }

    // Objects: one pass over the archive, a merge-join per shard with the target where it holds objects already.
    if (!params.schemaOnly) {
        QMap<QString, ShardPlanRef> shards = shardsOf(plan.collections);
        QMap<QString, RestoreObjectCounts> counts;
        // Where the target holds nothing yet every archived object is created: the verified counts say how many,
        // and the archive is not read a second time (a third of the plan's time on a large archive).
        QMap<QString, qint64> verifiedObjects;
        for (const ArchiveTrailer::Counts& v : std::as_const(verification.counts))
            verifiedObjects.insert(shardKey(v.collection, v.tenant), v.objects);
        bool needsJoin = false;
        for (auto it = shards.begin(); it != shards.end(); ++it) {
            RestoreObjectCounts zero;
            const ShardPlanRef& s = it.value();
            if (!s.targetExists) {
                zero.archived = zero.create = verifiedObjects.value(it.key());
                counts.insert(it.key(), zero);
                continue;
            }
            needsJoin = true;
            // targetBefore from Aggregate; an inactive tenant cannot be counted without activating it (a write).
            if (s.targetExists && !(s.tenant && s.tenant->activate)) {
                zero.targetBefore
                    = client.objectCount(s.collection->target, s.tenant ? s.tenant->name : QString(), &err);
                if (err)
                    return failWith(err);
            }
            counts.insert(it.key(), zero);
        }
        ArchiveObjectReader reader;
        VectorShapeCheck shapes; // the archive's vector lengths, from this pass, against the target's
        if (needsJoin) {
            if (OpError e = reader.open(params.archivePath))
                return failWith(e);
            meter.state().text = tr("Comparing the archive with the target…");
            meter.update(true);
        }
        while (needsJoin) {
            bool has = false;
            if (OpError e = reader.nextShard(&has))
                return failWith(e);
            if (!has)
                break;
            const QString key = shardKey(reader.collection(), reader.tenant());
            if (!shards.contains(key) || !shards[key].targetExists)
                continue;
            const ShardPlanRef& s = shards[key];
            meter.state().collection = s.collection->target;
            meter.state().tenant = reader.tenant();
            meter.update(true);
            std::optional<TargetCursor> cursor;
            bool estimate = false;
            if (s.targetExists) {
                if (s.tenant && s.tenant->activate)
                    estimate = true;
                else
                    cursor.emplace(
                        client, s.collection->target, reader.tenant(), params.mode == RestoreMode::Overwrite);
            }
            shapes.beginShard(s.collection->target, reader.tenant(), cursor.has_value());
            RestoreObjectCounts& c = counts[key];
            while (true) {
                const ArchiveObject* o = nullptr;
                if (OpError e = reader.next(&o))
                    return failWith(e);
                if (!o)
                    break;
                const ObjectDecision d = decide(params, cursor ? &*cursor : nullptr, *o, &err);
                if (err)
                    return failWith(err);
                if (client.isCanceled())
                    return failWith({});
                count(c, d);
                shapes.observe(*o);
            }
            if (estimate)
                plan.warnings << tr("Tenant \"%1\" of \"%2\" is inactive on the target, so its objects could not be "
                                    "compared; every archived object is counted as new.")
                                     .arg(reader.tenant(), s.collection->target);
        }
        if (OpError e = shapes.addProblems(client, &plan))
            return failWith(e);
        if (client.isCanceled())
            return failWith({});
        for (RestoreCollectionPlan& c : plan.collections) {
            if (!c.multiTenant) {
                c.objects = counts.value(shardKey(c.source, {}));
            } else {
                for (RestoreTenantPlan& t : c.tenants) {
                    t.objects = counts.value(shardKey(c.source, t.name));
                    c.objects += t.objects;
                }
            }
            plan.totals += c.objects;
        }
        if (plan.totals.toWrite() > 0)
            plan.warnings << tr("Creation and update times are set by the server; the archived times cannot be "
                                "restored.");
    }
    for (const RestoreCollectionPlan& c : plan.collections) {
        const QJsonArray props = QJsonDocument::fromJson(c.classBody.isEmpty() ? QByteArray("{}") : c.classBody)
                                     .object()
                                     .value(u"properties"_s)
                                     .toArray();
        for (const QJsonValue& p : props)
            if (p.toObject().value(u"dataType"_s).toArray().contains(u"blobHash"_s))
                plan.warnings << tr("Property \"%1\" of \"%2\" is a blob hash, which cannot be restored faithfully "
                                    "(the server would hash the hash).")
                                     .arg(p.toObject().value(u"name"_s).toString(), c.target);
    }
    meter.state().text = tr("Plan ready.");
    meter.update(true);
    return plan;
}

namespace {

// One refused item of a batch answer.
struct BatchItemFailure
{
    qsizetype index = 0;
    std::string id; // as the server echoed it; empty when it did not
    QString message;
};

// Reads a POST /v1/batch/objects answer without building a DOM of it: Weaviate echoes every object back, vectors
// included, so the answer is as large as the request. Only each item's top-level "id" and "result" are looked at
// (a property that happens to hold "status":"FAILED" is skipped with the rest of the echo); the small "result" of
// a refused item is parsed for its messages. Returns the number of items, or -1 when the answer is not an array of
// objects (cut short, not JSON).
// The first '"', '[', ']', '{' or '}' at or after p, or end. An answer is nearly all echoed vectors, which hold none
// of these: with SSE2 (every x86-64) 16 bytes are checked at a time.
const char* nextStructural(const char* p, const char* end)
{
#if defined(__SSE2__)
    const __m128i quote = _mm_set1_epi8('"');
    const __m128i openArray = _mm_set1_epi8('[');
    const __m128i closeArray = _mm_set1_epi8(']');
    const __m128i openObject = _mm_set1_epi8('{');
    const __m128i closeObject = _mm_set1_epi8('}');
    for (; end - p >= 16; p += 16) {
        const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, openArray)),
            _mm_or_si128(_mm_cmpeq_epi8(v, closeArray),
                _mm_or_si128(_mm_cmpeq_epi8(v, openObject), _mm_cmpeq_epi8(v, closeObject))));
        if (const int mask = _mm_movemask_epi8(hits))
            return p + std::countr_zero(unsigned(mask));
    }
#endif
    while (p < end && *p != '"' && *p != '[' && *p != ']' && *p != '{' && *p != '}')
        ++p;
    return p;
}

class BatchAnswerScanner
{
public:
    explicit BatchAnswerScanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {
    }

    qsizetype scan(std::vector<BatchItemFailure>* failures)
    {
        if (!eat('['))
            return -1;
        qsizetype n = 0;
        if (eat(']'))
            return atEnd() ? 0 : -1;
        do {
            if (!eat('{'))
                return -1;
            std::string_view id;
            std::string_view result;
            if (!eat('}')) {
                do {
                    std::string_view key;
                    if (!string(&key) || !eat(':'))
                        return -1;
                    skipSpace();
                    const char* value = m_p;
                    if (key == "id") {
                        if (!string(&id))
                            return -1;
                    } else {
                        if (!skipValue())
                            return -1;
                        if (key == "result")
                            result = std::string_view(value, size_t(m_p - value));
                    }
                } while (eat(','));
                if (!eat('}'))
                    return -1;
            }
            if (result.find("FAILED") != std::string_view::npos) {
                const QJsonObject r
                    = QJsonDocument::fromJson(QByteArray(result.data(), qsizetype(result.size()))).object();
                if (r.value(u"status"_s).toString() == u"FAILED") {
                    QStringList messages;
                    for (const QJsonValue& e : r.value(u"errors"_s).toObject().value(u"error"_s).toArray())
                        messages << e.toObject().value(u"message"_s).toString();
                    failures->push_back({n, std::string(id), messages.join(u"; "_s)});
                }
            }
            ++n;
        } while (eat(','));
        if (!eat(']'))
            return -1;
        return atEnd() ? n : -1;
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool eat(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    // A string at the current position; *out gets its raw content (escapes left as they are).
    bool string(std::string_view* out)
    {
        skipSpace();
        if (m_p >= m_end || *m_p != '"')
            return false;
        const char* start = ++m_p;
        while (m_p < m_end) {
            const auto* quote = static_cast<const char*>(std::memchr(m_p, '"', size_t(m_end - m_p)));
            if (!quote)
                return false;
            const char* b = quote;
            while (b > start && b[-1] == '\\')
                --b;
            m_p = quote + 1;
            if ((quote - b) % 2 == 0) {
                if (out)
                    *out = std::string_view(start, size_t(quote - start));
                return true;
            }
        }
        return false;
    }
    bool skipValue()
    {
        skipSpace();
        if (m_p >= m_end)
            return false;
        if (*m_p == '"')
            return string(nullptr);
        if (*m_p == '{' || *m_p == '[') {
            int depth = 0;
            while ((m_p = nextStructural(m_p, m_end)) < m_end) {
                const char c = *m_p;
                if (c == '"') {
                    if (!string(nullptr))
                        return false;
                    continue;
                }
                if (c == '{' || c == '[') {
                    ++depth;
                } else if (c == '}' || c == ']') {
                    if (--depth == 0) {
                        ++m_p;
                        return true;
                    }
                }
                ++m_p;
            }
            return false;
        }
        const char* start = m_p;
        while (m_p < m_end && *m_p != ',' && *m_p != '}' && *m_p != ']' && *m_p != ' ' && *m_p != '\n' && *m_p != '\r'
            && *m_p != '\t')
            ++m_p;
        return m_p > start;
    }

    const char* m_p;
    const char* m_end;
};

// The batches of one apply run: up to `concurrency` requests in flight on the run's client, collected in the order
// they were sent. The references of a batch go out (once, never retried blindly) after its objects were accepted,
// and travel like the object batches: waiting for each of them would stall the pipeline on a round trip per batch.
// Call abandon() before anything else touches the target after a failure or cancel (tenant statuses), and
// drain() at the end of the data.
class BatchWriter
{
    Q_DECLARE_TR_FUNCTIONS(RestoreTask)

public:
    BatchWriter(
        WeaviateClient& client, RestoreReport& report, QMap<QString, QString> rename, int batchSize, int concurrency)
        : m_client(client)
        , m_report(report)
        , m_rename(std::move(rename))
        , m_batchSize(std::max(1, batchSize))
        , m_concurrency(std::max(1, concurrency))
    {
    }
    ~BatchWriter() { abandon(); }
    BatchWriter(const BatchWriter&) = delete;
    BatchWriter& operator=(const BatchWriter&) = delete;

    // Objects added from now on belong to this item; the previous shard's last batch is sent first.
    bool startShard(RestoreCollectionReport* item, const QString& tenant, OpError* error)
    {
        if (!dispatch(error))
            return false;
        m_item = item;
        m_className = item->collection.toUtf8();
        m_tenant = tenant.toUtf8();
        return true;
    }

    // Adds an object; sends when the batch is full. False when the run must stop (*error set unless canceled).
    bool add(const ArchiveObject& o, OpError* error)
    {
        if (m_body.isEmpty())
            m_body.append("{\"objects\":[");
        const qsizetype mark = m_body.size();
        if (!m_pending.empty())
            m_body.push_back(',');
        if (!appendObject(m_body, m_className, m_tenant, o)) {
            m_body.resize(mark);
            fail(m_item, QString::fromLatin1(o.id.data(), qsizetype(o.id.size())),
                u"a vector holds NaN or infinity, which JSON cannot carry"_s);
            return true;
        }
        Pending p;
        p.id = std::string(o.id);
        for (const auto& [name, beacons] : o.references)
            for (const std::string& b : beacons)
                p.references.emplace_back(name, renamedBeacon(b, m_rename));
        m_pending.push_back(std::move(p));
        if (qsizetype(m_pending.size()) >= m_batchSize)
            return dispatch(error);
        if (!m_inFlight.empty() && m_pending.size() % 8 == 0)
            m_client.pump(); // the batches in flight keep moving while this one is built
        return true;
    }

    // Sends what is left and waits for every batch in flight and its references.
    bool drain(OpError* error)
    {
        if (!dispatch(error))
            return false;
        while (!m_inFlight.empty())
            if (!collectOldest(error))
                return false;
        flushReferences();
        while (!m_inFlight.empty())
            if (!collectOldest(error))
                return false;
        return recheckResentBatches(error);
    }

    // Aborts what is in flight; its objects are neither counted nor referenced.
    void abandon()
    {
        for (InFlight& f : m_inFlight)
            m_client.discard(f.request);
        m_inFlight.clear();
        m_refs.references.clear();
        m_pending.clear();
        m_body.clear();
    }

private:
    struct Pending
    {
        std::string id;
        std::vector<std::pair<std::string, std::string>> references; // property, beacon
    };
    struct RefItem
    {
        std::string id;
        std::string property;
        std::string beacon;
    };
    struct InFlight
    {
        WeaviateClient::PendingRequest request;
        RestoreCollectionReport* item = nullptr;
        QByteArray className;
        QByteArray tenant;
        std::vector<Pending> objects; // an object batch
        std::vector<RefItem> references; // or a references request
    };

    bool dispatch(OpError* error)
    {
        if (m_pending.empty())
            return true;
        // At most `concurrency` in flight: the next batch was built while these travelled.
        while (qsizetype(m_inFlight.size()) >= m_concurrency)
            if (!collectOldest(error))
                return false;
        if (m_client.isCanceled())
            return false;
        m_body.append("]}");
        const QByteArray body = std::exchange(m_body, {});
        m_body.reserve(body.size()); // the next batch is about as large; growing it would copy it several times
        InFlight f;
        f.item = m_item;
        f.className = m_className;
        f.tenant = m_tenant;
        f.objects.swap(m_pending);
        // Every object carries its id, and a batch is an upsert by id: repeating it is safe.
        f.request = m_client.startSend("POST", u"/v1/batch/objects"_s, body, {}, Retry::Safe);
        m_inFlight.push_back(std::move(f));
        return true;
    }

    bool collectOldest(OpError* error)
    {
        InFlight f = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        if (!f.references.empty()) {
            const HttpResult r = m_client.finish(f.request);
            return referencesAnswered(f, f.references, r, 0, error);
        }
        HttpResult r = m_client.finish(f.request);
        bool resent = r.attempts > 1;
        std::vector<BatchItemFailure> refused;
        qsizetype items = r.ok() ? BatchAnswerScanner(QByteArrayView(r.body)).scan(&refused) : 0;
        // An answer cut short can arrive without a transport error (a connection reset in the middle of the body):
        // the batch is an upsert by id, so it is sent again like any lost answer.
        for (int again = 0; r.ok() && items != qsizetype(f.objects.size()) && again < maxRepeatedBatches; ++again) {
            resent = true;
            qCDebug(lcRestore) << "batch answer cut short; sending the batch again";
            r = m_client.send("POST", u"/v1/batch/objects"_s, f.request.body);
            refused.clear();
            items = r.ok() ? BatchAnswerScanner(QByteArrayView(r.body)).scan(&refused) : 0;
        }
        if (r.canceled)
            return false;
        if (!r.ok()) {
            if (r.error.code == OpError::Code::Network || r.error.code == OpError::Code::Auth) {
                *error = r.error;
                return false;
            }
            for (const Pending& p : f.objects)
                fail(f.item, QString::fromStdString(p.id),
                    r.error.details.isEmpty() ? r.error.message : r.error.details);
            return true;
        }
        if (items != qsizetype(f.objects.size())) {
            *error = OpError::make(OpError::Code::Format,
                tr("The server answered a batch of objects in an "
                   "unexpected form."),
                QString::fromUtf8(r.body.left(500)));
            return false;
        }
        // References gather across batches of the same shard into requests of up to referencesPerRequest.
        if (m_refs.item != f.item || m_refs.className != f.className || m_refs.tenant != f.tenant) {
            flushReferences();
            m_refs.item = f.item;
            m_refs.className = f.className;
            m_refs.tenant = f.tenant;
        }
        auto refusedIt = refused.begin();
        for (size_t i = 0; i < f.objects.size(); ++i) {
            const Pending& p = f.objects[i];
            if (refusedIt != refused.end() && refusedIt->index == qsizetype(i)) {
                fail(f.item, QString::fromStdString(refusedIt->id.empty() ? p.id : refusedIt->id), refusedIt->message);
                ++refusedIt;
                continue;
            }
            ++f.item->written;
            ++m_report.objects;
            // References once, for objects just written: an upsert left the object without them.
            for (const auto& [prop, beacon] : p.references) {
                m_refs.references.push_back({p.id, prop, beacon});
                if (m_refs.references.size() >= size_t(referencesPerRequest))
                    flushReferences();
            }
        }
        if (resent) {
            // An earlier copy of this batch may still be on its way (its answer timed out or was cut): landing
            // after the references below, that upsert would replace the objects without them. Checked at the end.
            InFlight check;
            check.item = f.item;
            check.className = f.className;
            check.tenant = f.tenant;
            for (const Pending& p : f.objects)
                for (const auto& [prop, beacon] : p.references)
                    check.references.push_back({p.id, prop, beacon});
            if (!check.references.empty())
                m_recheck.push_back(std::move(check));
        }
        return true;
    }

    // Puts the gathered references in flight (after their objects were accepted, as gathered).
    void flushReferences()
    {
        if (m_refs.references.empty())
            return;
        std::vector<RefItem> items;
        items.swap(m_refs.references);
        startReferences(m_refs, std::move(items));
    }

    // After the last batch: the references of every batch that was sent more than once are read back, and those a
    // late copy of the batch wiped are added again (not counted twice: they were counted when first added).
    bool recheckResentBatches(OpError* error)
    {
        if (m_recheck.empty())
            return true;
        // A copy the client gave up on is, in practice, written or dropped by the server within moments; rechecking
        // at once could miss it, so the check waits one transfer timeout, at most 5 s. Not a proof: a server that
        // holds a request longer can still land it afterwards (docs/reliability.md).
        if (!m_client.sleepUnlessCanceled(std::min(m_client.endpoint().transferTimeoutMs, 5000)))
            return false;
        m_countReferences = false;
        for (const InFlight& check : m_recheck) {
            std::vector<RefItem> missing;
            for (const RefItem& item : check.references) {
                const int found = hasReference(check, item, error);
                if (found < 0)
                    return false;
                if (found == 0)
                    missing.push_back(item);
            }
            if (!missing.empty()) {
                qCDebug(lcRestore) << missing.size() << "references wiped by a late copy of a batch; adding them again";
                if (!sendReferences(check, missing, 0, error))
                    return false;
            }
        }
        m_recheck.clear();
        m_countReferences = true;
        return true;
    }

    static QByteArray referencesBody(const InFlight& f, const std::vector<RefItem>& refItems)
    {
        std::string items;
        for (const RefItem& r : refItems) {
            if (!items.empty())
                items.push_back(',');
            items.append("{\"from\":\"weaviate://localhost/").append(f.className.constData()).append("/");
            items.append(r.id).append("/").append(r.property).append("\",\"to\":\"").append(r.beacon).append("\"");
            if (!f.tenant.isEmpty())
                items.append(",\"tenant\":\"").append(f.tenant.constData()).append("\"");
            items.push_back('}');
        }
        return "[" + QByteArray::fromStdString(items) + "]";
    }

    // Puts a references request for the objects of `batch` in flight; it is collected like an object batch.
    void startReferences(const InFlight& batch, std::vector<RefItem> refItems)
    {
        InFlight f;
        f.item = batch.item;
        f.className = batch.className;
        f.tenant = batch.tenant;
        f.references = std::move(refItems);
        // Never repeated blindly: a reference is appended, so repeating a request whose answer was lost would
        // duplicate it (notes 6.2). Retried only where the server did not act (429, 503, refused); after an
        // ambiguous failure referencesAnswered() reads back which references landed.
        f.request = m_client.startSend(
            "POST", u"/v1/batch/references"_s, referencesBody(f, f.references), {}, Retry::UnlessApplied);
        m_inFlight.push_back(std::move(f));
    }

    // The synchronous resend of the references that did not land after an answer was lost.
    bool sendReferences(const InFlight& f, const std::vector<RefItem>& refItems, int lostRounds, OpError* error)
    {
        const HttpResult r
            = m_client.send("POST", u"/v1/batch/references"_s, referencesBody(f, refItems), {}, Retry::UnlessApplied);
        return referencesAnswered(f, refItems, r, lostRounds, error);
    }

    bool referencesAnswered(
        const InFlight& f, const std::vector<RefItem>& refItems, const HttpResult& r, int lostRounds, OpError* error)
    {
        if (r.canceled)
            return false;
        if (!r.ok()) {
            if (r.maybeApplied && lostRounds < maxLostRounds) {
                // No complete answer (connection dropped, server restarting, a gateway's 502/504): read which
                // references landed (a GET is safe to repeat, and retried while the server is away) and send only
                // the others.
                std::vector<RefItem> missing;
                for (const RefItem& item : refItems) {
                    const int found = hasReference(f, item, error);
                    if (found < 0)
                        return false;
                    if (found > 0) {
                        if (m_countReferences) {
                            ++f.item->references;
                            ++m_report.references;
                        }
                    } else {
                        missing.push_back(item);
                    }
                }
                return missing.empty() || sendReferences(f, missing, lostRounds + 1, error);
            }
            if (r.error.code == OpError::Code::Network || r.error.code == OpError::Code::Auth) {
                *error = r.error;
                return false;
            }
            for (const RefItem& item : refItems)
                fail(f.item, QString::fromStdString(item.id + "/" + item.property),
                    r.error.details.isEmpty() ? r.error.message : r.error.details);
            return true;
        }
        // A references answer echoes only from/to: small enough to read whole.
        const QJsonArray results = QJsonDocument::fromJson(r.body).array();
        for (qsizetype i = 0; i < results.size() && i < qsizetype(refItems.size()); ++i) {
            const QJsonObject result = results[i].toObject().value(u"result"_s).toObject();
            const RefItem& item = refItems[size_t(i)];
            if (result.value(u"status"_s).toString() == u"FAILED") {
                QStringList messages;
                for (const QJsonValue& e : result.value(u"errors"_s).toObject().value(u"error"_s).toArray())
                    messages << e.toObject().value(u"message"_s).toString();
                fail(f.item, QString::fromStdString(item.id + "/" + item.property), messages.join(u"; "_s));
            } else if (m_countReferences) {
                ++f.item->references;
                ++m_report.references;
            }
        }
        return true;
    }

    // 1 when the object's property holds a beacon to the reference's target (by uuid, since the server may have
    // filled in the class), 0 when not, -1 on error (*error set unless canceled).
    int hasReference(const InFlight& f, const RefItem& item, OpError* error)
    {
        QUrlQuery q;
        if (!f.tenant.isEmpty())
            q.addQueryItem(u"tenant"_s, QString::fromUtf8(f.tenant));
        const HttpResult r = m_client.get(
            u"/v1/objects/"_s + QString::fromUtf8(f.className) + u'/' + QString::fromStdString(item.id), q);
        if (r.canceled)
            return -1;
        if (!r.ok()) {
            *error = r.error;
            return -1;
        }
        const std::string_view beacon(item.beacon);
        const QString targetId = QString::fromUtf8(beacon.substr(beacon.rfind('/') + 1));
        const QJsonArray refs = QJsonDocument::fromJson(r.body)
                                    .object()
                                    .value(u"properties"_s)
                                    .toObject()
                                    .value(QString::fromStdString(item.property))
                                    .toArray();
        for (const QJsonValue& v : refs)
            if (v.toObject().value(u"beacon"_s).toString().endsWith(targetId))
                return 1;
        return 0;
    }

    void fail(RestoreCollectionReport* item, const QString& id, const QString& message)
    {
        ++m_report.failureCount;
        if (m_report.failures.size() < maxKeptFailures)
            m_report.failures.append({item->collection, item->tenant, id, message});
    }

    WeaviateClient& m_client;
    RestoreReport& m_report;
    QMap<QString, QString> m_rename;
    qsizetype m_batchSize;
    qsizetype m_concurrency;
    RestoreCollectionReport* m_item = nullptr;
    QByteArray m_className;
    QByteArray m_tenant;
    QByteArray m_body; // the batch being built, sent as it is
    std::vector<Pending> m_pending;
    std::deque<InFlight> m_inFlight;
    std::vector<InFlight> m_recheck; // batches sent more than once, with their references (see recheckResentBatches)
    InFlight m_refs; // references of accepted objects not yet sent, all of one shard
    bool m_countReferences = true;
};

// Puts tenant statuses to what the plan says after loading, in updates of at most 100. Runs also after a cancel
// or failure, with its own client without the cancel check: the target must not be left with activated tenants.
QStringList applyTenantStatuses(
    const WeaviateEndpoint& endpoint, const QList<RestoreCollectionPlan>& collections, const QSet<QString>& touched)
{
    QStringList problems;
    WeaviateClient client(endpoint);
    SchemaClient schema(client);
    for (const RestoreCollectionPlan& c : collections) {
        QJsonArray statuses;
        for (const RestoreTenantPlan& t : c.tenants) {
            if (!t.finalStatus.isEmpty() && touched.contains(shardKey(c.target, t.name)))
                statuses.append(QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, t.finalStatus}});
        }
        if (const HttpResult r = schema.updateTenants(c.target, statuses); !r.ok())
            problems << r.error.message + u" "_s + r.error.details;
    }
    return problems;
}

} // namespace

RestoreReport RestoreTask::apply(const RestorePlan& plan, ProgressSink* sink)
{
    RestoreReport report;
    QElapsedTimer timer;
    timer.start();
    const RestoreParams& params = plan.params;
    WeaviateClient client(params.endpoint);
    client.setCancelCheck([sink] { return sink && sink->isCanceled(); });
    SchemaClient schema(client);
    ProgressMeter meter(sink);
    meter.state().objectsTotal = plan.totals.toWrite();
    QSet<QString> touchedTenants; // target/tenant whose status may need setting
    QMap<QString, QString> rename;
    for (const RestoreCollectionPlan& c : plan.collections)
        if (c.source != c.target)
            rename.insert(c.source, c.target);
    BatchWriter writer(client, report, rename, params.batchSize, params.concurrency);

    auto finishWith = [&](RestoreReport::Outcome outcome, OpError error) {
        // Nothing of the data may land after the statuses: batches still in flight are aborted first.
        writer.abandon();
        const QStringList problems = applyTenantStatuses(params.endpoint, plan.collections, touchedTenants);
        for (const QString& p : problems)
            report.warnings << tr("A tenant status could not be set: %1").arg(p);
        report.outcome = outcome;
        report.error = outcome == RestoreReport::Outcome::Failed ? std::move(error) : OpError {};
        report.durationMs = timer.elapsed();
        return report;
    };
    auto canceled = [&] { return finishWith(RestoreReport::Outcome::Canceled, {}); };
    auto failed = [&](OpError e) { return finishWith(RestoreReport::Outcome::Failed, std::move(e)); };

    if (plan.isBlocked())
        return failed(OpError::make(OpError::Code::Conflict,
            tr("The restore plan has %Ln blocking problem(s).", nullptr, int(plan.problems.size())),
            plan.problems.join(u'\n')));
    for (const QString& name : plan.needsConfirmation)
        if (!params.confirmedReplace.contains(name))
            return failed(OpError::make(
                OpError::Code::Usage, tr("Replacing \"%1\" deletes it first and needs its name confirmed.").arg(name)));

    // 1. Every class first: reference dataTypes may point to classes created later (relaxed validation on POST).
    meter.state().text = tr("Creating collections…");
    meter.update(true);
    for (const RestoreCollectionPlan& c : plan.collections) {
        if (client.isCanceled())
            return canceled();
        if (c.action == RestoreCollectionPlan::Action::Replace) {
            const HttpResult r = schema.dropClass(c.target);
            if (r.canceled)
                return canceled();
            if (!r.ok())
                return failed(r.error);
        }
        if (c.action == RestoreCollectionPlan::Action::UseExisting) {
            for (const QJsonObject& p : c.propertiesToAdd) {
                const HttpResult r = schema.addProperty(c.target, p);
                if (r.canceled)
                    return canceled();
                if (!r.ok())
                    return failed(r.error);
            }
            continue;
        }
        const HttpResult r = schema.createClass(c.target, c.classBody);
        if (r.canceled)
            return canceled();
        if (!r.ok())
            return failed(r.error);
        if (!c.namedVectorsBody.isEmpty()) {
            const HttpResult put = schema.updateClass(c.target, c.namedVectorsBody);
            if (put.canceled)
                return canceled();
            if (!put.ok())
                return failed(put.error);
        }
    }

    // 2. Tenants: new ones as active (the default), existing inactive ones activated for loading.
    for (const RestoreCollectionPlan& c : plan.collections) {
        if (!c.multiTenant)
            continue;
        QJsonArray create;
        QJsonArray activate;
        for (const RestoreTenantPlan& t : c.tenants) {
            if (t.create)
                create.append(QJsonObject {{u"name"_s, t.name}});
            else if (t.activate)
                activate.append(QJsonObject {{u"name"_s, t.name}, {u"activityStatus"_s, u"HOT"_s}});
        }
        if (const HttpResult r = schema.createTenants(c.target, create); !r.ok())
            return r.canceled ? canceled() : failed(r.error);
        for (const RestoreTenantPlan& t : c.tenants)
            touchedTenants.insert(shardKey(c.target, t.name));
        if (const HttpResult r = schema.updateTenants(c.target, activate); !r.ok())
            return r.canceled ? canceled() : failed(r.error);
    }

    // 3. Objects without references, then the references of what was written, shard by shard in archive order.
    QMap<QString, RestoreObjectCounts> done;
    QMap<QString, qsizetype> itemIndex;
    for (const RestoreCollectionPlan& c : plan.collections) {
        const QList<RestoreTenantPlan> tenants = c.multiTenant ? c.tenants : QList<RestoreTenantPlan> {{}};
        for (const RestoreTenantPlan& t : tenants) {
            RestoreCollectionReport item;
            item.collection = c.target;
            item.tenant = t.name;
            item.expected = c.multiTenant ? t.objects.expectedAfter() : c.objects.expectedAfter();
            itemIndex.insert(shardKey(c.source, t.name), report.items.size());
            report.items.append(item);
        }
    }
    if (!params.schemaOnly) {
        const QMap<QString, ShardPlanRef> shards = shardsOf(plan.collections);
        ArchiveObjectReader reader;
        if (OpError e = reader.open(params.archivePath))
            return failed(e);
        OpError err;
        auto stopped = [&] { return client.isCanceled() || !err ? canceled() : failed(err); };
        while (true) {
            bool has = false;
            if (OpError e = reader.nextShard(&has))
                return failed(e);
            if (!has)
                break;
            const QString key = shardKey(reader.collection(), reader.tenant());
            if (!shards.contains(key))
                continue;
            const ShardPlanRef& s = shards[key];
            RestoreCollectionReport& item = report.items[itemIndex.value(key)];
            meter.state().collection = item.collection;
            meter.state().tenant = item.tenant;
            meter.state().text = item.tenant.isEmpty()
                ? tr("Restoring %1…").arg(item.collection)
                : tr("Restoring %1, tenant %2…").arg(item.collection, item.tenant);
            meter.update(true);
            QSet<QString> refs;
            for (const QString& r : s.collection->referenceProperties)
                refs.insert(r);
            reader.setReferenceProperties(refs);
            if (!writer.startShard(&item, reader.tenant(), &err))
                return stopped();
            std::optional<TargetCursor> cursor;
            if (s.targetExists)
                cursor.emplace(client, s.collection->target, reader.tenant(), params.mode == RestoreMode::Overwrite);
            RestoreObjectCounts& counts = done[key];
            while (true) {
                if (client.isCanceled())
                    return canceled();
                const ArchiveObject* o = nullptr;
                if (OpError e = reader.next(&o))
                    return failed(e);
                if (!o)
                    break;
                const ObjectDecision d = decide(params, cursor ? &*cursor : nullptr, *o, &err);
                if (client.isCanceled())
                    return canceled();
                if (err)
                    return failed(err);
                count(counts, d);
                if (d != ObjectDecision::Create && d != ObjectDecision::Overwrite)
                    continue;
                if (!writer.add(*o, &err))
                    return stopped();
                meter.state().objectsDone = report.objects;
                meter.update();
            }
        }
        // Every batch and its references are in before counting and before any tenant status changes.
        if (!writer.drain(&err))
            return stopped();
        meter.state().objectsDone = report.objects;
        meter.update();
        // The plan's counts are what the user agreed to; a difference means the target changed in between.
        for (auto it = done.begin(); it != done.end(); ++it) {
            const ShardPlanRef& s = shards[it.key()];
            RestoreObjectCounts planned = s.tenant ? s.tenant->objects : s.collection->objects;
            RestoreObjectCounts actual = it.value();
            actual.targetBefore = planned.targetBefore;
            if (!(planned == actual) && !(s.tenant && s.tenant->activate))
                report.warnings << tr("%1 changed since the plan: %2 objects created and %3 overwritten instead of "
                                      "%4 and %5.")
                                       .arg(shardKey(s.collection->target, s.tenant ? s.tenant->name : QString()))
                                       .arg(actual.create)
                                       .arg(actual.overwrite)
                                       .arg(planned.create)
                                       .arg(planned.overwrite);
        }
    }

    // 4. Verify the counts while every tenant is still active, then 5. put tenant statuses to the plan's.
    meter.state().text = tr("Verifying…");
    meter.update(true);
    if (!params.schemaOnly) {
        for (RestoreCollectionReport& item : report.items) {
            OpError err;
            item.counted = client.objectCount(item.collection, item.tenant, &err);
            if (client.isCanceled())
                return canceled();
            if (err) {
                report.warnings
                    << tr("Could not count %1: %2").arg(shardKey(item.collection, item.tenant), err.message);
                continue;
            }
            if (item.counted != item.expected)
                report.countMismatches << tr("%1 holds %2 objects; the plan expected %3.")
                                              .arg(shardKey(item.collection, item.tenant))
                                              .arg(item.counted)
                                              .arg(item.expected);
        }
    }
    const QStringList problems = applyTenantStatuses(params.endpoint, plan.collections, touchedTenants);
    touchedTenants.clear();
    for (const QString& p : problems)
        report.warnings << tr("A tenant status could not be set: %1").arg(p);
    report.warnings = plan.warnings + report.warnings;
    report.planWarningCount = plan.warnings.size();
    report.outcome = RestoreReport::Outcome::Succeeded;
    report.durationMs = timer.elapsed();
    meter.state().text = tr("Restore finished.");
    meter.update(true);
    return report;
}

} // namespace Colvault
