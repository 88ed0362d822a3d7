// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"
#include "tools/seed/DemoSeeder.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

std::vector<Seed::SeedRequest> collect(const Seed::SeedOptions& options)
{
    std::vector<Seed::SeedRequest> requests;
    Seed::generate(options, [&requests](const Seed::SeedRequest& r) {
        requests.push_back(r);
        return true;
    });
    return requests;
}

QJsonDocument parse(const Seed::SeedRequest& request)
{
    return QJsonDocument::fromJson(QByteArray::fromStdString(request.body));
}

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

bool isObjects(const Seed::SeedRequest& r)
{
    return r.path == "/v1/batch/objects";
}
bool isReferences(const Seed::SeedRequest& r)
{
    return r.path == "/v1/batch/references";
}

Seed::SeedOptions smallOptions()
{
    Seed::SeedOptions o;
    o.objects = 40;
    o.dims = 12;
    o.batchSize = 9;
    return o;
}

// (class, tenant) -> object ids, from the object batches.
QHash<QString, QSet<QString>> idsByGroup(const std::vector<Seed::SeedRequest>& requests)
{
    QHash<QString, QSet<QString>> ids;
    for (const Seed::SeedRequest& r : requests) {
        if (!isObjects(r))
            continue;
        for (const QJsonValue& v : parse(r).object().value(u"objects"_s).toArray()) {
            const QJsonObject o = v.toObject();
            const QString group = o.value(u"class"_s).toString() + u'|' + o.value(u"tenant"_s).toString();
            ids[group].insert(o.value(u"id"_s).toString());
        }
    }
    return ids;
}

// "weaviate://localhost/<Class>/<uuid>[/<prop>]" -> parts after the host.
QStringList beaconParts(const QString& beacon)
{
    const QString prefix = u"weaviate://localhost/"_s;
    return beacon.startsWith(prefix) ? beacon.mid(prefix.size()).split(u'/') : QStringList();
}

int phaseRank(const Seed::SeedRequest& r)
{
    if (r.method == "POST" && r.path == "/v1/schema")
        return 0;
    if (r.method == "POST" && r.path.ends_with("/tenants"))
        return 1;
    if (isObjects(r))
        return 2;
    if (isReferences(r))
        return 3;
    if (r.method == "PUT" && r.path.ends_with("/tenants"))
        return 4;
    return -1;
}

} // namespace

// The demo data generator (tools/seed): determinism, consistency between describe() and generate(), coverage of the
// Weaviate data types and reference shapes, and finally a full load into the emulator over HTTP.
class TestDemoSeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testSameOptionsGiveIdenticalRequests();
    void testRequestsAreJsonInPhaseOrder();
    void testDescribeMatchesGenerate_data();
    void testDescribeMatchesGenerate();
    void testArticleSchemaHasEveryDataType();
    void testIdsAreUniqueLowercaseV4();
    void testReferencesPointToGeneratedIds();
    void testEdgeCaseValuesArePresent();
    void testSinkReturningFalseStops();
    void testSeedIntoEmulator();
};

void TestDemoSeeder::testSameOptionsGiveIdenticalRequests()
{
    const auto first = collect(smallOptions());
    const auto second = collect(smallOptions());
    QVERIFY(!first.empty());
    QCOMPARE(first.size(), second.size());
    for (size_t k = 0; k < first.size(); ++k) {
        QCOMPARE(first[k].method, second[k].method);
        QCOMPARE(first[k].path, second[k].path);
        QVERIFY2(first[k].body == second[k].body, qPrintable(u"request %1 differs"_s.arg(k)));
    }

    Seed::SeedOptions other = smallOptions();
    other.seed = 43;
    const auto third = collect(other);
    QCOMPARE(third.size(), first.size()); // the shape depends on the counts, not on the seed
    bool anyDifferent = false;
    for (size_t k = 0; k < first.size(); ++k)
        if (isObjects(first[k]) && first[k].body != third[k].body)
            anyDifferent = true;
    QVERIFY(anyDifferent);
}

void TestDemoSeeder::testRequestsAreJsonInPhaseOrder()
{
    int lastRank = 0;
    for (const Seed::SeedRequest& r : collect(smallOptions())) {
        QJsonParseError error;
        QJsonDocument::fromJson(QByteArray::fromStdString(r.body), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(str(r.path) + u": "_s + error.errorString()));
        const int rank = phaseRank(r);
        QVERIFY2(rank >= 0, qPrintable(str(r.method + " " + r.path)));
        QVERIFY2(rank >= lastRank, qPrintable(u"%1 %2 after a later phase"_s.arg(str(r.method), str(r.path))));
        lastRank = rank;
    }
    QCOMPARE(lastRank, 4);
}

void TestDemoSeeder::testDescribeMatchesGenerate_data()
{
    QTest::addColumn<int>("objects");
    QTest::addColumn<int>("dims");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QStringList>("collections");
    QTest::addColumn<bool>("frozen");

    QTest::newRow("defaults-small") << 40 << 12 << 9 << QString() << QStringList() << true;
    QTest::newRow("prefix-subset") << 17 << 5 << 4 << u"t1"_s << QStringList {u"Article"_s, u"TenantNote"_s} << false;
    QTest::newRow("one-per-batch") << 3 << 1 << 1 << u"X"_s << QStringList() << true;
    QTest::newRow("single-object") << 1 << 3 << 200 << QString() << QStringList() << true;
    QTest::newRow("no-objects") << 0 << 8 << 10 << QString() << QStringList() << true;
    QTest::newRow("author-and-passage") << 25 << 64 << 200 << QString() << QStringList {u"Author"_s, u"Passage"_s}
                                        << true;
}

void TestDemoSeeder::testDescribeMatchesGenerate()
{
    QFETCH(int, objects);
    QFETCH(int, dims);
    QFETCH(int, batchSize);
    QFETCH(QString, prefix);
    QFETCH(QStringList, collections);
    QFETCH(bool, frozen);

    Seed::SeedOptions o;
    o.objects = objects;
    o.dims = dims;
    o.batchSize = batchSize;
    o.prefix = prefix.toStdString();
    for (const QString& c : collections)
        o.collections.push_back(c.toStdString());
    o.frozenTenant = frozen;

    const auto infos = Seed::describe(o);
    const auto requests = collect(o);

    QStringList schemaNames;
    QMap<QString, qint64> objectCount;
    QMap<QString, qint64> referenceCount;
    QMap<QString, QSet<QString>> tenantsWithObjects;
    QMap<QString, QStringList> createdTenants;
    QMap<QString, QMap<QString, QString>> finalStatus;
    for (const Seed::SeedRequest& r : requests) {
        const QJsonDocument doc = parse(r);
        if (phaseRank(r) == 0) {
            schemaNames << doc.object().value(u"class"_s).toString();
        } else if (phaseRank(r) == 1 || phaseRank(r) == 4) {
            const QString cls = str(r.path).section(u'/', 3, 3);
            for (const QJsonValue& v : doc.array()) {
                const QString name = v.toObject().value(u"name"_s).toString();
                const QString status = v.toObject().value(u"activityStatus"_s).toString();
                if (phaseRank(r) == 1) {
                    QCOMPARE(status, u"HOT"_s);
                    createdTenants[cls] << name;
                    finalStatus[cls][name] = status;
                } else {
                    QVERIFY(createdTenants[cls].contains(name));
                    finalStatus[cls][name] = status;
                }
            }
        } else if (isObjects(r)) {
            const QJsonArray items = doc.object().value(u"objects"_s).toArray();
            QVERIFY(!items.isEmpty());
            QVERIFY(items.size() <= batchSize);
            for (const QJsonValue& v : items) {
                const QJsonObject item = v.toObject();
                const QString cls = item.value(u"class"_s).toString();
                ++objectCount[cls];
                if (item.contains(u"tenant"_s))
                    tenantsWithObjects[cls].insert(item.value(u"tenant"_s).toString());
            }
        } else if (isReferences(r)) {
            const QJsonArray items = doc.array();
            QVERIFY(!items.isEmpty());
            QVERIFY(items.size() <= batchSize);
            for (const QJsonValue& v : items)
                ++referenceCount[beaconParts(v.toObject().value(u"from"_s).toString()).value(0)];
        }
    }

    QStringList describedNames;
    for (const Seed::SeedCollectionInfo& info : infos) {
        const QString name = str(info.name);
        describedNames << name;
        QVERIFY2(
            name.startsWith(prefix.isEmpty() ? QString() : prefix.left(1).toUpper() + prefix.mid(1)), qPrintable(name));
        QCOMPARE(objectCount.value(name), info.objects);
        QCOMPARE(referenceCount.value(name), info.references);
        QCOMPARE(info.multiTenant, !info.tenants.empty());
        if (info.multiTenant) {
            QStringList names;
            for (const auto& [tenant, status] : info.tenants) {
                names << str(tenant);
                QCOMPARE(finalStatus[name].value(str(tenant)), str(status));
            }
            QCOMPARE(createdTenants[name], names);
            QCOMPARE(names.contains(u"tenantD"_s), frozen);
            // Every tenant but the empty one holds `objects` objects.
            QSet<QString> expected(names.begin(), names.end());
            expected.remove(u"tenantE"_s);
            if (objects == 0)
                expected.clear();
            QCOMPARE(tenantsWithObjects.value(name), expected);
            QCOMPARE(info.objects, qint64(objects) * expected.size());
        } else {
            QCOMPARE(info.objects, qint64(objects));
        }
    }
    QCOMPARE(schemaNames, describedNames);
    QCOMPARE(describedNames.size(), collections.isEmpty() ? 4 : collections.size());

    // Vector kinds and sizes per class.
    const int half = std::max(2, dims / 2);
    const int quarter = std::max(2, dims / 4);
    QMap<QString, QString> kinds;
    for (const Seed::SeedCollectionInfo& info : infos)
        kinds[str(info.name)] = str(info.vectorKind);
    for (const Seed::SeedRequest& r : requests) {
        if (!isObjects(r))
            continue;
        for (const QJsonValue& v : parse(r).object().value(u"objects"_s).toArray()) {
            const QJsonObject item = v.toObject();
            const QString kind = kinds.value(item.value(u"class"_s).toString());
            const QJsonObject vectors = item.value(u"vectors"_s).toObject();
            if (kind == u"legacy"_s) {
                QCOMPARE(item.value(u"vector"_s).toArray().size(), dims);
                QVERIFY(!item.contains(u"vectors"_s));
            } else if (kind == u"named"_s) {
                QVERIFY(!item.contains(u"vector"_s));
                QCOMPARE(vectors.value(u"name_vec"_s).toArray().size(), dims);
                QCOMPARE(vectors.value(u"bio_vec"_s).toArray().size(), half);
            } else {
                QCOMPARE(kind, u"multi"_s);
                const QJsonArray tokens = vectors.value(u"colbert"_s).toArray();
                QVERIFY(tokens.size() >= 1 && tokens.size() <= 5);
                for (const QJsonValue& t : tokens)
                    QCOMPARE(t.toArray().size(), quarter);
                QCOMPARE(vectors.value(u"dense"_s).toArray().size(), dims);
            }
        }
    }
}

void TestDemoSeeder::testArticleSchemaHasEveryDataType()
{
    const auto requests = collect(smallOptions());
    QJsonObject article;
    for (const Seed::SeedRequest& r : requests)
        if (phaseRank(r) == 0 && parse(r).object().value(u"class"_s).toString() == u"Article"_s)
            article = parse(r).object();
    QVERIFY(!article.isEmpty());
    QCOMPARE(article.value(u"vectorizer"_s).toString(), u"none"_s);
    QVERIFY(!article.contains(u"vectorConfig"_s));

    QMap<QString, QJsonObject> properties;
    QSet<QString> types;
    for (const QJsonValue& v : article.value(u"properties"_s).toArray()) {
        const QJsonObject p = v.toObject();
        properties[p.value(u"name"_s).toString()] = p;
        types.insert(p.value(u"dataType"_s).toArray().first().toString());
    }
    const QStringList expected = {u"text"_s, u"text[]"_s, u"int"_s, u"int[]"_s, u"number"_s, u"number[]"_s,
        u"boolean"_s, u"boolean[]"_s, u"date"_s, u"date[]"_s, u"uuid"_s, u"uuid[]"_s, u"geoCoordinates"_s,
        u"phoneNumber"_s, u"blob"_s, u"object"_s, u"object[]"_s, u"Author"_s, u"Article"_s};
    for (const QString& type : expected)
        QVERIFY2(types.contains(type), qPrintable(type));
    QCOMPARE(properties.value(u"writtenBy"_s).value(u"dataType"_s).toArray(), QJsonArray {u"Author"_s});
    QCOMPARE(properties.value(u"related"_s).value(u"dataType"_s).toArray(), QJsonArray {u"Article"_s});

    QSet<QString> nestedTypes;
    bool nestedObjectHasChildren = false;
    for (const QJsonValue& v : properties.value(u"meta"_s).value(u"nestedProperties"_s).toArray()) {
        const QJsonObject n = v.toObject();
        const QString type = n.value(u"dataType"_s).toArray().first().toString();
        nestedTypes.insert(type);
        if (type == u"object"_s)
            nestedObjectHasChildren = !n.value(u"nestedProperties"_s).toArray().isEmpty();
    }
    for (const QString& type : {u"text"_s, u"int"_s, u"number"_s, u"boolean"_s, u"date"_s, u"text[]"_s, u"object"_s})
        QVERIFY2(nestedTypes.contains(type), qPrintable(type));
    QVERIFY(nestedObjectHasChildren);
    QVERIFY(!properties.value(u"sections"_s).value(u"nestedProperties"_s).toArray().isEmpty());

    // Multi-tenancy without sharding config, multi-vector only through named vectors.
    for (const Seed::SeedRequest& r : requests) {
        const QJsonObject c = parse(r).object();
        if (phaseRank(r) != 0)
            continue;
        if (c.value(u"class"_s).toString() == u"TenantNote"_s) {
            QVERIFY(c.value(u"multiTenancyConfig"_s).toObject().value(u"enabled"_s).toBool());
            QVERIFY(!c.contains(u"shardingConfig"_s));
        }
        if (c.value(u"class"_s).toString() == u"Passage"_s) {
            const QJsonObject colbert = c.value(u"vectorConfig"_s).toObject().value(u"colbert"_s).toObject();
            QCOMPARE(colbert.value(u"vectorIndexType"_s).toString(), u"hnsw"_s);
            QVERIFY(colbert.value(u"vectorIndexConfig"_s)
                        .toObject()
                        .value(u"multivector"_s)
                        .toObject()
                        .value(u"enabled"_s)
                        .toBool());
        }
    }

    // Objects never carry reference properties: those come later through /v1/batch/references.
    for (const Seed::SeedRequest& r : requests) {
        if (!isObjects(r))
            continue;
        for (const QJsonValue& v : parse(r).object().value(u"objects"_s).toArray()) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            for (const QString& ref : {u"writtenBy"_s, u"related"_s, u"articles"_s, u"seeAlso"_s})
                QVERIFY(!props.contains(ref));
        }
    }
}

void TestDemoSeeder::testIdsAreUniqueLowercaseV4()
{
    static const QRegularExpression v4(u"^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"_s);
    QSet<QString> seen;
    int total = 0;
    for (const Seed::SeedRequest& r : collect(smallOptions())) {
        if (!isObjects(r))
            continue;
        for (const QJsonValue& v : parse(r).object().value(u"objects"_s).toArray()) {
            const QString id = v.toObject().value(u"id"_s).toString();
            QVERIFY2(v4.match(id).hasMatch(), qPrintable(id));
            seen.insert(id);
            ++total;
        }
    }
    QVERIFY(total > 0);
    QCOMPARE(seen.size(), total); // unique across classes and tenants, not only within one
}

void TestDemoSeeder::testReferencesPointToGeneratedIds()
{
    const auto requests = collect(smallOptions());
    const auto ids = idsByGroup(requests);
    QMap<QString, int> perProperty;
    bool twoCycle = false;
    bool selfLoop = false;
    QSet<QString> relatedEdges;
    for (const Seed::SeedRequest& r : requests) {
        if (!isReferences(r))
            continue;
        for (const QJsonValue& v : parse(r).array()) {
            const QJsonObject ref = v.toObject();
            const QStringList from = beaconParts(ref.value(u"from"_s).toString());
            const QStringList to = beaconParts(ref.value(u"to"_s).toString());
            const QString tenant = ref.value(u"tenant"_s).toString();
            QCOMPARE(from.size(), 3);
            QCOMPARE(to.size(), 2);
            QVERIFY2(ids.value(from[0] + u'|' + tenant).contains(from[1]), qPrintable(from.join(u'/')));
            QVERIFY2(ids.value(to[0] + u'|' + tenant).contains(to[1]), qPrintable(to.join(u'/')));
            ++perProperty[from[0] + u'.' + from[2]];
            if (from[2] == u"related"_s) {
                relatedEdges.insert(from[1] + u'>' + to[1]);
                if (from[1] == to[1])
                    selfLoop = true;
            }
        }
    }
    for (const QString& edge : std::as_const(relatedEdges)) {
        const QStringList ends = edge.split(u'>');
        if (ends[0] != ends[1] && relatedEdges.contains(ends[1] + u'>' + ends[0]))
            twoCycle = true;
    }
    QVERIFY(twoCycle);
    QVERIFY(selfLoop);
    for (const QString& p :
        {u"Article.writtenBy"_s, u"Article.related"_s, u"Author.articles"_s, u"TenantNote.seeAlso"_s})
        QVERIFY2(perProperty.value(p) > 0, qPrintable(p));

    // Without Author, Article keeps its writtenBy property in the schema but gets no reference to a missing id.
    Seed::SeedOptions articleOnly = smallOptions();
    articleOnly.collections = {"Article"};
    for (const Seed::SeedRequest& r : collect(articleOnly))
        if (isReferences(r))
            QVERIFY(r.body.find("/writtenBy\"") == std::string::npos);
}

void TestDemoSeeder::testEdgeCaseValuesArePresent()
{
    Seed::SeedOptions o = smallOptions();
    o.collections = {"Article"};
    const auto requests = collect(o);
    std::string all;
    int articles = 0;
    int withoutSomeProperty = 0;
    bool emptyTitle = false;
    bool emptyTags = false;
    bool emptySections = false;
    bool emoji = false;
    bool cjk = false;
    const int propertyCount = 17; // every non-reference property of Article
    for (const Seed::SeedRequest& r : requests) {
        if (!isObjects(r))
            continue;
        all += r.body;
        for (const QJsonValue& v : parse(r).object().value(u"objects"_s).toArray()) {
            const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
            ++articles;
            if (props.size() < propertyCount)
                ++withoutSomeProperty;
            const QString title = props.value(u"title"_s).toString();
            emptyTitle = emptyTitle || (props.contains(u"title"_s) && title.isEmpty());
            emptyTags = emptyTags || (props.contains(u"tags"_s) && props.value(u"tags"_s).toArray().isEmpty());
            emptySections
                = emptySections || (props.contains(u"sections"_s) && props.value(u"sections"_s).toArray().isEmpty());
            for (const QChar c : title) {
                emoji = emoji || c.isHighSurrogate();
                cjk = cjk || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF);
            }
        }
    }
    QCOMPARE(articles, o.objects);
    QVERIFY(withoutSomeProperty > 0);
    QVERIFY(withoutSomeProperty < articles);
    QVERIFY(emptyTitle);
    QVERIFY(emptyTags);
    QVERIFY(emptySections);
    QVERIFY(emoji);
    QVERIFY(cjk);
    QVERIFY(all.find("\"wordCount\":9007199254740992") != std::string::npos);
    QVERIFY(all.find("\"wordCount\":-9007199254740992") != std::string::npos);
    QVERIFY(all.find("\"score\":1e-300") != std::string::npos);
    static const QRegularExpression offsetAndFraction(u"\\d{2}:\\d{2}:\\d{2}\\.\\d+[+-]\\d{2}:\\d{2}\""_s);
    QVERIFY(offsetAndFraction.match(QString::fromStdString(all)).hasMatch());
    QVERIFY(all.find("\"1969-07-20T20:17:40Z\"") != std::string::npos);
}

void TestDemoSeeder::testSinkReturningFalseStops()
{
    int calls = 0;
    const bool completed = Seed::generate(smallOptions(), [&calls](const Seed::SeedRequest&) { return ++calls < 3; });
    QVERIFY(!completed);
    QCOMPARE(calls, 3);
}

void TestDemoSeeder::testSeedIntoEmulator()
{
    Emu::EngineConfig config;
    config.offloadModule = true; // tenantD ends FROZEN
    TestSupport::EmulatorFixture fixture(config);

    Seed::SeedOptions o;
    o.objects = 30;
    o.dims = 16;
    o.batchSize = 25;
    o.prefix = "Seed";
    QStringList failures;
    const bool completed = Seed::generate(o, [&](const Seed::SeedRequest& r) {
        const TestSupport::Reply reply
            = fixture.call(QByteArray::fromStdString(r.method), str(r.path), QByteArray::fromStdString(r.body));
        if (reply.status < 200 || reply.status > 299) {
            failures << u"%1 %2: HTTP %3 %4 %5"_s.arg(str(r.method), str(r.path))
                            .arg(reply.status)
                            .arg(reply.networkError, QString::fromUtf8(reply.body.left(2000)));
            return false;
        }
        if (isObjects(r) || isReferences(r)) {
            for (const QJsonValue& v : reply.json().array()) {
                const QJsonObject result = v.toObject().value(u"result"_s).toObject();
                if (result.value(u"status"_s).toString() != u"SUCCESS"_s)
                    failures << str(r.path) + u": "_s
                            + QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            }
            if (!failures.isEmpty())
                return false;
        }
        return true;
    });
    QVERIFY2(completed && failures.isEmpty(), qPrintable(failures.mid(0, 5).join(u'\n')));

    auto count = [&fixture](const QString& cls, const QString& tenant, qint64* refs) -> qint64 {
        qint64 total = 0;
        QString after;
        for (;;) {
            QString path = u"/v1/objects?class=%1&limit=50"_s.arg(cls);
            if (!after.isEmpty())
                path += u"&after="_s + after;
            if (!tenant.isEmpty())
                path += u"&tenant="_s + tenant;
            const TestSupport::Reply reply = fixture.get(path);
            if (reply.status != 200) {
                qWarning() << path << reply.status << reply.body.left(500);
                return -1;
            }
            const QJsonArray page = reply.json().object().value(u"objects"_s).toArray();
            for (const QJsonValue& v : page) {
                const QJsonObject props = v.toObject().value(u"properties"_s).toObject();
                if (refs)
                    for (const QString& p : {u"writtenBy"_s, u"related"_s, u"articles"_s, u"seeAlso"_s})
                        *refs += props.value(p).toArray().size();
            }
            total += page.size();
            if (page.size() < 50)
                return total;
            after = page.last().toObject().value(u"id"_s).toString();
        }
    };

    const TestSupport::Reply schema = fixture.get(u"/v1/schema"_s);
    QCOMPARE(schema.status, 200);
    QSet<QString> classes;
    for (const QJsonValue& v : schema.json().object().value(u"classes"_s).toArray())
        classes.insert(v.toObject().value(u"class"_s).toString());

    for (const Seed::SeedCollectionInfo& info : Seed::describe(o)) {
        const QString cls = str(info.name);
        QVERIFY2(classes.contains(cls), qPrintable(cls));
        if (!info.multiTenant) {
            qint64 refs = 0;
            QCOMPARE(count(cls, QString(), &refs), info.objects);
            QCOMPARE(refs, info.references);
            continue;
        }
        const TestSupport::Reply tenants = fixture.get(u"/v1/schema/%1/tenants"_s.arg(cls));
        QCOMPARE(tenants.status, 200);
        QMap<QString, QString> statuses;
        for (const QJsonValue& v : tenants.json().array())
            statuses[v.toObject().value(u"name"_s).toString()] = v.toObject().value(u"activityStatus"_s).toString();
        QCOMPARE(statuses.size(), int(info.tenants.size()));
        qint64 seen = 0;
        for (const auto& [tenant, status] : info.tenants) {
            QCOMPARE(statuses.value(str(tenant)), str(status));
            if (status == "HOT") {
                seen += count(cls, str(tenant), nullptr);
            } else if (status == "COLD") {
                // Reading needs an active tenant: wake it up, count, and put it back to sleep.
                const QByteArray body = "[{\"name\":\"" + QByteArray::fromStdString(tenant) + "\",\"activityStatus\":";
                QCOMPARE(fixture.put(u"/v1/schema/%1/tenants"_s.arg(cls), body + "\"HOT\"}]").status, 200);
                seen += count(cls, str(tenant), nullptr);
                QCOMPARE(fixture.put(u"/v1/schema/%1/tenants"_s.arg(cls), body + "\"COLD\"}]").status, 200);
            } else {
                seen += o.objects; // FROZEN: not readable without onloading; trust the SUCCESS answers above
            }
        }
        QCOMPARE(seen, info.objects);
    }
}

QTEST_GUILESS_MAIN(TestDemoSeeder)
#include "TestDemoSeeder.moc"
