// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::Reply;

// POST/GET/PUT/DELETE /v1/schema against the emulator: defaults, validation messages, immutability rules.
class TestEmulatorSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCreateEchoesServerDefaults();
    void testGetReturnsStoredClassAndNormalisesName();
    void testGetMissingClassIs404WithEmptyBody();
    void testDuplicateClass_data();
    void testDuplicateClass();
    void testMultiTenantGetPostRoundTrip();
    void testInvalidCreate_data();
    void testInvalidCreate();
    void testVectorizerModuleFromConfig();
    void testNamedVectorsGetFullIndexDefaults();
    void testStringMigratesToText();
    void testReferenceToMissingClassAllowedOnCreate();
    void testVersionGatedDefaults();
    void testUpdate_data();
    void testUpdate();
    void testUpdateMissingClassIs404Empty();
    void testDeleteIsIdempotentAndDropsData();
    void testAddProperty();
    void testShards();
    void testMalformedBody_data();
    void testMalformedBody();
    void testAliases();
    void testSnapshotRoundTripsSchemaAndTenants();
};

namespace {

const QByteArray articleBody
    = R"({"class":"article","description":"news","properties":[{"name":"Title","dataType":["text"]},{"name":"count","dataType":["int"]}]})";

QJsonObject obj(const Reply& r)
{
    return r.json().object();
}

} // namespace

void TestEmulatorSchema::testCreateEchoesServerDefaults()
{
    EmulatorFixture fx;
    const Reply r = fx.post(u"/v1/schema"_s, articleBody);
    QCOMPARE(r.status, 200);
    const QJsonObject c = obj(r);
    QCOMPARE(c.value(u"class"_s).toString(), u"Article"_s);
    QCOMPARE(c.value(u"vectorizer"_s).toString(), u"none"_s);
    QCOMPARE(c.value(u"vectorIndexType"_s).toString(), u"hnsw"_s);
    const QJsonObject vic = c.value(u"vectorIndexConfig"_s).toObject();
    QCOMPARE(vic.value(u"distance"_s).toString(), u"cosine"_s);
    QCOMPARE(vic.value(u"efConstruction"_s).toInt(), 128);
    QCOMPARE(vic.value(u"maxConnections"_s).toInt(), 32);
    QCOMPARE(vic.value(u"ef"_s).toInt(), -1);
    QCOMPARE(vic.value(u"vectorCacheMaxObjects"_s).toInteger(), 1000000000000LL);
    QCOMPARE(vic.value(u"pq"_s).toObject().value(u"centroids"_s).toInt(), 256);
    QCOMPARE(vic.value(u"multivector"_s).toObject().value(u"aggregation"_s).toString(), u"maxSim"_s);

    const QJsonArray props = c.value(u"properties"_s).toArray();
    QCOMPARE(props.size(), 2);
    const QJsonObject title = props.at(0).toObject();
    QCOMPARE(title.value(u"name"_s).toString(), u"title"_s);
    QCOMPARE(title.value(u"tokenization"_s).toString(), u"word"_s);
    QCOMPARE(title.value(u"indexFilterable"_s).toBool(), true);
    QCOMPARE(title.value(u"indexSearchable"_s).toBool(), true);
    QCOMPARE(title.value(u"indexRangeFilters"_s), QJsonValue(false));
    const QJsonObject count = props.at(1).toObject();
    QVERIFY(!count.contains(u"tokenization"_s));
    QCOMPARE(count.value(u"indexSearchable"_s), QJsonValue(false));

    const QJsonObject inv = c.value(u"invertedIndexConfig"_s).toObject();
    QCOMPARE(inv.value(u"bm25"_s).toObject().value(u"b"_s).toDouble(), 0.75);
    QCOMPARE(inv.value(u"bm25"_s).toObject().value(u"k1"_s).toDouble(), 1.2);
    QCOMPARE(inv.value(u"cleanupIntervalSeconds"_s).toInt(), 60);
    QCOMPARE(inv.value(u"stopwords"_s).toObject().value(u"preset"_s).toString(), u"en"_s);
    QCOMPARE(inv.value(u"usingBlockMaxWAND"_s), QJsonValue(true));

    QCOMPARE(c.value(u"replicationConfig"_s).toObject(),
        (QJsonObject {
            {u"factor"_s, 1}, {u"deletionStrategy"_s, u"TimeBasedResolution"_s}, {u"asyncEnabled"_s, false}}));
    QCOMPARE(c.value(u"multiTenancyConfig"_s).toObject(),
        (QJsonObject {{u"enabled"_s, false}, {u"autoTenantCreation"_s, false}, {u"autoTenantActivation"_s, false}}));
    const QJsonObject sharding = c.value(u"shardingConfig"_s).toObject();
    QCOMPARE(sharding.value(u"desiredCount"_s).toInt(), 1);
    QCOMPARE(sharding.value(u"virtualPerPhysical"_s).toInt(), 128);
    QCOMPARE(sharding.value(u"key"_s).toString(), u"_id"_s);
    QCOMPARE(sharding.value(u"strategy"_s).toString(), u"hash"_s);
    QCOMPARE(sharding.value(u"function"_s).toString(), u"murmur3"_s);
}

void TestEmulatorSchema::testGetReturnsStoredClassAndNormalisesName()
{
    EmulatorFixture fx;
    const Reply created = fx.post(u"/v1/schema"_s, articleBody);
    QCOMPARE(created.status, 200);
    const Reply one = fx.get(u"/v1/schema/article"_s);
    QCOMPARE(one.status, 200);
    QCOMPARE(obj(one), obj(created));
    const Reply all = fx.get(u"/v1/schema"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(obj(all).value(u"classes"_s).toArray(), QJsonArray {obj(created)});
}

void TestEmulatorSchema::testGetMissingClassIs404WithEmptyBody()
{
    EmulatorFixture fx;
    const Reply r = fx.get(u"/v1/schema/Nope"_s);
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
    const Reply list = fx.get(u"/v1/schema"_s);
    QCOMPARE(list.body, QByteArray(R"({"classes":[]})"));
}

void TestEmulatorSchema::testDuplicateClass_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QString>("message");
    QTest::newRow("exact 1.36") << u"1.36.0"_s << QByteArray(R"({"class":"Article"})")
                                << u"class name Article already exists"_s;
    QTest::newRow("exact lower-first 1.25")
        << u"1.25.0"_s << QByteArray(R"({"class":"article"})") << u"class name Article already exists"_s;
    QTest::newRow("exact 1.24 quoted") << u"1.24.5"_s << QByteArray(R"({"class":"Article"})")
                                       << u"class name \"Article\" already exists"_s;
    QTest::newRow("case-insensitive") << u"1.36.0"_s << QByteArray(R"({"class":"ARTICLE"})")
                                      << u"class already exists: found similar class \"Article\""_s;
}

void TestEmulatorSchema::testDuplicateClass()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, second);
    QFETCH(QString, message);
    Emu::EngineConfig cfg;
    cfg.version = version.toStdString();
    EmulatorFixture fx(cfg);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Article"})").status, 200);
    const Reply r = fx.post(u"/v1/schema"_s, second);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(r.json().object(), (QJsonObject {{u"error"_s, QJsonArray {QJsonObject {{u"message"_s, message}}}}}));
}

void TestEmulatorSchema::testMultiTenantGetPostRoundTrip()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Mt","multiTenancyConfig":{"enabled":true}})").status, 200);
    const Reply got = fx.get(u"/v1/schema/Mt"_s);
    QCOMPARE(got.status, 200);
    QJsonObject dump = obj(got);
    QCOMPARE(dump.value(u"shardingConfig"_s).toObject(),
        (QJsonObject {{u"virtualPerPhysical"_s, 0}, {u"desiredCount"_s, 0}, {u"actualCount"_s, 0},
            {u"desiredVirtualCount"_s, 0}, {u"actualVirtualCount"_s, 0}, {u"key"_s, u""_s}, {u"strategy"_s, u""_s},
            {u"function"_s, u""_s}}));
    QCOMPARE(fx.del(u"/v1/schema/Mt"_s).status, 200);

    const Reply naive = fx.post(u"/v1/schema"_s, QJsonDocument(dump).toJson());
    QCOMPARE(naive.status, 422);
    QCOMPARE(
        naive.body, QByteArray(R"({"error":[{"message":"cannot have both shardingConfig and multiTenancyConfig"}]})"));

    dump.remove(u"shardingConfig"_s);
    const Reply fixed = fx.post(u"/v1/schema"_s, QJsonDocument(dump).toJson());
    QCOMPARE(fixed.status, 200);
    QCOMPARE(obj(fixed), obj(got));
}

void TestEmulatorSchema::testInvalidCreate_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad class name") << QByteArray(R"({"class":"1abc"})") << u"'1abc' is not a valid class name"_s;
    QTest::newRow("empty class name") << QByteArray(R"({})") << u"'' is not a valid class name"_s;
    QTest::newRow("raft") << QByteArray(R"({"class":"raft"})") << u"parse class name: class name `raft` is reserved"_s;
    QTest::newRow("reserved id") << QByteArray(R"({"class":"A","properties":[{"name":"id","dataType":["text"]}]})")
                                 << u"'id' is a reserved property name"_s;
    QTest::newRow("reserved _additional")
        << QByteArray(R"({"class":"A","properties":[{"name":"_additional","dataType":["text"]}]})")
        << u"'_additional' is a reserved property name"_s;
    QTest::newRow("reserved suffix")
        << QByteArray(R"({"class":"A","properties":[{"name":"x_searchable","dataType":["text"]}]})")
        << u"'x_searchable' is not a valid property name: suffix '_searchable' is reserved for internal indices"_s;
    QTest::newRow("bad property name")
        << QByteArray(R"({"class":"A","properties":[{"name":"a-b","dataType":["text"]}]})")
        << (u"'a-b' is not a valid property name. Property names in Weaviate are restricted to valid GraphQL names, "
            u"which must be \u201c/[_A-Za-z][_0-9A-Za-z]{0,230}/\u201d"_s);
    QTest::newRow("unknown dataType")
        << QByteArray(R"({"class":"A","properties":[{"name":"a","dataType":["strin"]}]})")
        << u"property 'a': invalid dataType: [strin]: unknown primitive data type 'strin'"_s;
    QTest::newRow("case-insensitive property clash")
        << QByteArray(
               R"({"class":"A","properties":[{"name":"a","dataType":["text"]},{"name":"A","dataType":["int"]}]})")
        << u"class \"A\": conflict for property \"a\": already in use or provided multiple times"_s;
    QTest::newRow("object without nested")
        << QByteArray(R"({"class":"A","properties":[{"name":"o","dataType":["object"]}]})")
        << u"property 'o': At least one nested property is required for data type object/object[]"_s;
    QTest::newRow("nested phone") << QByteArray(
        R"({"class":"A","properties":[{"name":"o","dataType":["object"],"nestedProperties":[{"name":"p","dataType":["phoneNumber"]}]}]})")
                                  << u"property 'o.p': data type 'phoneNumber' not allowed as nested property"_s;
    QTest::newRow("nested on text")
        << QByteArray(
               R"({"class":"A","properties":[{"name":"t","dataType":["text"],"nestedProperties":[{"name":"p","dataType":["text"]}]}]})")
        << u"property 't': nestedProperties not allowed for data types other than object/object[]"_s;
    QTest::newRow("indexSearchable on int")
        << QByteArray(R"({"class":"A","properties":[{"name":"n","dataType":["int"],"indexSearchable":true}]})")
        << u"`indexSearchable` is allowed only for text/text[] data types. For other data types set false or leave empty"_s;
    QTest::newRow("indexRangeFilters on text")
        << QByteArray(R"({"class":"A","properties":[{"name":"t","dataType":["text"],"indexRangeFilters":true}]})")
        << u"`indexRangeFilters` is allowed only for number/int/date data types. For other data types set false or leave empty"_s;
    QTest::newRow("legacy and named vectors")
        << QByteArray(R"({"class":"A","vectorizer":"none","vectorConfig":{"v":{"vectorizer":{"none":{}}}}})")
        << u"creating a class with both a class level vector index and named vectors is forbidden"_s;
    QTest::newRow("legacy multivector")
        << QByteArray(R"({"class":"A","vectorIndexConfig":{"multivector":{"enabled":true}}})")
        << u"class.VectorIndexConfig multi vector type index type is only configurable using named vectors"_s;
    QTest::newRow("missing vectorizer module") << QByteArray(R"({"class":"A","vectorizer":"text2vec-openai"})")
                                               << u"vectorizer: no module with name \"text2vec-openai\" present"_s;
    QTest::newRow("missing named vectorizer module")
        << QByteArray(R"({"class":"A","vectorConfig":{"v":{"vectorizer":{"text2vec-openai":{}}}}})")
        << u"target vector \"v\": vectorizer: no module with name \"text2vec-openai\" present"_s;
    QTest::newRow("unknown index type") << QByteArray(R"({"class":"A","vectorIndexType":"annoy"})")
                                        << u"unrecognized or unsupported vectorIndexType \"annoy\""_s;
    QTest::newRow("replication factor") << QByteArray(R"({"class":"A","replicationConfig":{"factor":3}})")
                                        << u"init sharding state: not enough replicas: found 1 want 3"_s;
    QTest::newRow("autoTenantCreation on non-MT")
        << QByteArray(R"({"class":"A","multiTenancyConfig":{"autoTenantCreation":true}})")
        << u"can't enable autoTenantCreation on a non-multi-tenant class"_s;
    QTest::newRow("sharding with MT") << QByteArray(
        R"({"class":"A","multiTenancyConfig":{"enabled":true},"shardingConfig":{}})")
                                      << u"cannot have both shardingConfig and multiTenancyConfig"_s;
}

void TestEmulatorSchema::testInvalidCreate()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    EmulatorFixture fx;
    const Reply r = fx.post(u"/v1/schema"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(fx.get(u"/v1/schema"_s).body, QByteArray(R"({"classes":[]})"));
}

void TestEmulatorSchema::testVectorizerModuleFromConfig()
{
    Emu::EngineConfig cfg;
    cfg.modulesJson = R"({"text2vec-openai":{"name":"OpenAI Module"}})";
    EmulatorFixture fx(cfg);
    const Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"A","vectorizer":"text2vec-openai","properties":[{"name":"t","dataType":["text"]}]})");
    QCOMPARE(r.status, 200);
    const QJsonObject c = obj(r);
    QCOMPARE(c.value(u"moduleConfig"_s).toObject().value(u"text2vec-openai"_s).toObject(),
        (QJsonObject {{u"vectorizeClassName"_s, true}}));
    QCOMPARE(c.value(u"properties"_s).toArray().at(0).toObject().value(u"moduleConfig"_s).toObject(),
        (QJsonObject {{u"text2vec-openai"_s, QJsonObject {{u"skip"_s, false}, {u"vectorizePropertyName"_s, false}}}}));
}

void TestEmulatorSchema::testNamedVectorsGetFullIndexDefaults()
{
    EmulatorFixture fx;
    const Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"A","vectorConfig":{"plain":{"vectorizer":{"none":{}}},"colbert":{"vectorizer":{"none":{}},"vectorIndexConfig":{"multivector":{"enabled":true}}}}})");
    QCOMPARE(r.status, 200);
    const QJsonObject c = obj(r);
    QVERIFY(!c.contains(u"vectorizer"_s));
    QVERIFY(!c.contains(u"vectorIndexType"_s));
    const QJsonObject vc = c.value(u"vectorConfig"_s).toObject();
    const QJsonObject plain = vc.value(u"plain"_s).toObject();
    QCOMPARE(plain.value(u"vectorIndexType"_s).toString(), u"hnsw"_s);
    QCOMPARE(plain.value(u"vectorIndexConfig"_s).toObject().value(u"efConstruction"_s).toInt(), 128);
    const QJsonObject mv
        = vc.value(u"colbert"_s).toObject().value(u"vectorIndexConfig"_s).toObject().value(u"multivector"_s).toObject();
    QCOMPARE(mv.value(u"enabled"_s), QJsonValue(true));
    QCOMPARE(mv.value(u"aggregation"_s).toString(), u"maxSim"_s);
    QCOMPARE(mv.value(u"muvera"_s).toObject().value(u"ksim"_s).toInt(), 4);

    const Reply flatMulti = fx.post(u"/v1/schema"_s,
        R"({"class":"B","vectorConfig":{"c":{"vectorizer":{"none":{}},"vectorIndexType":"flat","vectorIndexConfig":{"multivector":{"enabled":true}}}}})");
    QCOMPARE(flatMulti.status, 422);
    QCOMPARE(
        flatMulti.errorMessage(), u"target vector \"c\": multi vector index is only supported with hnsw index type"_s);
}

void TestEmulatorSchema::testStringMigratesToText()
{
    EmulatorFixture fx;
    const Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"A","properties":[{"name":"s","dataType":["string"]},{"name":"i","dataType":["int"],"indexInverted":false}]})");
    QCOMPARE(r.status, 200);
    const QJsonArray props = obj(r).value(u"properties"_s).toArray();
    QCOMPARE(props.at(0).toObject().value(u"dataType"_s).toArray(), QJsonArray {u"text"_s});
    QCOMPARE(props.at(0).toObject().value(u"tokenization"_s).toString(), u"whitespace"_s);
    const QJsonObject i = props.at(1).toObject();
    QVERIFY(!i.contains(u"indexInverted"_s));
    QCOMPARE(i.value(u"indexFilterable"_s), QJsonValue(false));
    QCOMPARE(i.value(u"indexSearchable"_s), QJsonValue(false));
}

void TestEmulatorSchema::testReferenceToMissingClassAllowedOnCreate()
{
    EmulatorFixture fx;
    const Reply r
        = fx.post(u"/v1/schema"_s, R"({"class":"Article","properties":[{"name":"author","dataType":["Author"]}]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r).value(u"properties"_s).toArray().at(0).toObject().value(u"dataType"_s).toArray(),
        QJsonArray {u"Author"_s});
}

void TestEmulatorSchema::testVersionGatedDefaults()
{
    Emu::EngineConfig cfg;
    cfg.version = "1.24.0";
    EmulatorFixture fx(cfg);
    const Reply r = fx.post(u"/v1/schema"_s, R"({"class":"A","properties":[{"name":"t","dataType":["text"]}]})");
    QCOMPARE(r.status, 200);
    const QJsonObject c = obj(r);
    QCOMPARE(c.value(u"replicationConfig"_s).toObject(), (QJsonObject {{u"factor"_s, 1}}));
    QCOMPARE(c.value(u"multiTenancyConfig"_s).toObject(), (QJsonObject {{u"enabled"_s, false}}));
    QVERIFY(!c.value(u"invertedIndexConfig"_s).toObject().contains(u"usingBlockMaxWAND"_s));
    QVERIFY(!c.value(u"properties"_s).toArray().at(0).toObject().contains(u"indexRangeFilters"_s));
    QVERIFY(!c.value(u"vectorIndexConfig"_s).toObject().contains(u"multivector"_s));
}

void TestEmulatorSchema::testUpdate_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("description") << u"description"_s << QJsonValue(u"changed"_s) << 200 << QString();
    QTest::newRow("ef") << u"vectorIndexConfig.ef"_s << QJsonValue(64) << 200 << QString();
    QTest::newRow("vectorizer") << u"vectorizer"_s << QJsonValue(u"text2vec-openai"_s) << 422
                                << u"vectorizer is immutable: attempted change from \"none\" to \"text2vec-openai\""_s;
    QTest::newRow("index type") << u"vectorIndexType"_s << QJsonValue(u"flat"_s) << 422
                                << u"vector index type is immutable: attempted change from \"hnsw\" to \"flat\""_s;
    QTest::newRow("efConstruction") << u"vectorIndexConfig.efConstruction"_s << QJsonValue(64) << 422
                                    << u"efConstruction is immutable: attempted change from \"128\" to \"64\""_s;
    QTest::newRow("class name") << u"class"_s << QJsonValue(u"Other"_s) << 422
                                << u"class name is immutable: attempted change from \"Article\" to \"Other\""_s;
    QTest::newRow("property type") << u"properties.0.dataType"_s << QJsonValue(QJsonArray {u"int"_s}) << 422
                                   << u"property fields other than description cannot be updated through updating "
                                      u"the class. Use the add property feature (e.g. \"POST /v1/schema/{className}/"
                                      u"properties\") to add additional properties"_s;
    QTest::newRow("property description") << u"properties.0.description"_s << QJsonValue(u"d"_s) << 200 << QString();
    QTest::newRow("enable MT") << u"multiTenancyConfig.enabled"_s << QJsonValue(true) << 422
                               << u"enabling multi-tenancy for an existing class is not supported"_s;
    QTest::newRow("desiredCount") << u"shardingConfig.desiredCount"_s << QJsonValue(2) << 422
                                  << u"re-sharding not supported yet: shard count is immutable: attempted change "
                                     u"from \"1\" to \"2\""_s;
    QTest::newRow("replication") << u"replicationConfig.factor"_s << QJsonValue(2) << 422
                                 << u"cannot scale to 2 replicas, cluster has only 1 nodes"_s;
}

void TestEmulatorSchema::testUpdate()
{
    QFETCH(QString, field);
    QFETCH(QJsonValue, value);
    QFETCH(int, status);
    QFETCH(QString, message);
    Emu::EngineConfig cfg;
    cfg.modulesJson = R"({"text2vec-openai":{}})";
    EmulatorFixture fx(cfg);
    QJsonObject c = obj(fx.post(u"/v1/schema"_s, articleBody));
    QVERIFY(!c.isEmpty());
    const QStringList path = field.split(u'.');
    if (path.size() == 1) {
        c.insert(path[0], value);
    } else if (path[0] == u"properties"_s) {
        QJsonArray props = c.value(path[0]).toArray();
        QJsonObject p = props.at(path[1].toInt()).toObject();
        p.insert(path[2], value);
        props.replace(path[1].toInt(), p);
        c.insert(path[0], props);
    } else {
        QJsonObject sub = c.value(path[0]).toObject();
        sub.insert(path[1], value);
        c.insert(path[0], sub);
    }
    const Reply r = fx.put(u"/v1/schema/Article"_s, QJsonDocument(c).toJson());
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(obj(fx.get(u"/v1/schema/Article"_s)), c);
        QCOMPARE(obj(r), c);
    } else {
        QCOMPARE(r.errorMessage(), message);
    }
}

void TestEmulatorSchema::testUpdateMissingClassIs404Empty()
{
    EmulatorFixture fx;
    const Reply r = fx.put(u"/v1/schema/Nope"_s, R"({"class":"Nope"})");
    QCOMPARE(r.status, 404);
    QVERIFY(r.body.isEmpty());
}

void TestEmulatorSchema::testDeleteIsIdempotentAndDropsData()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, articleBody).status, 200);
    fx.emulator().engine().store().classes.at("Article").shards.at("").objects["00000000-0000-0000-0000-000000000001"];
    Reply r = fx.del(u"/v1/schema/article"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(fx.get(u"/v1/schema/Article"_s).status, 404);
    r = fx.del(u"/v1/schema/Article"_s);
    QCOMPARE(r.status, 200);
    QVERIFY(r.body.isEmpty());
    // Re-created class starts without the old data.
    QCOMPARE(fx.post(u"/v1/schema"_s, articleBody).status, 200);
    QCOMPARE(fx.emulator().engine().store().classes.at("Article").shards.at("").objects.size(), size_t(0));
}

void TestEmulatorSchema::testAddProperty()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, articleBody).status, 200);
    Reply r = fx.post(u"/v1/schema/article/properties"_s, R"({"name":"Body","dataType":["text"]})");
    QCOMPARE(r.status, 200);
    QCOMPARE(obj(r),
        (QJsonObject {{u"name"_s, u"body"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}, {u"tokenization"_s, u"word"_s},
            {u"indexFilterable"_s, true}, {u"indexSearchable"_s, true}, {u"indexRangeFilters"_s, false}}));
    QCOMPARE(obj(fx.get(u"/v1/schema/Article"_s)).value(u"properties"_s).toArray().size(), 3);

    r = fx.post(u"/v1/schema/Article/properties"_s, R"({"name":"title","dataType":["text"]})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(),
        u"class \"Article\": conflict for property \"title\": already in use or provided multiple times"_s);

    r = fx.post(u"/v1/schema/Missing/properties"_s, R"({"name":"x","dataType":["text"]})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"class \"Missing\": not found"_s);

    r = fx.post(u"/v1/schema/Article/properties"_s, R"({"name":"author","dataType":["Author"]})");
    QCOMPARE(r.status, 422);
    QCOMPARE(
        r.errorMessage(), u"property 'author': invalid dataType: [Author]: reference property to nonexistent class"_s);

    r = fx.post(u"/v1/schema/Article/properties"_s, R"({"name":"self","dataType":["Article"]})");
    QCOMPARE(r.status, 200);
}

void TestEmulatorSchema::testShards()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, articleBody).status, 200);
    const Reply r = fx.get(u"/v1/schema/Article/shards"_s);
    QCOMPARE(r.status, 200);
    const QJsonArray shards = r.json().array();
    QCOMPARE(shards.size(), 1);
    QCOMPARE(shards.at(0).toObject().value(u"status"_s).toString(), u"READY"_s);
    QCOMPARE(shards.at(0).toObject().value(u"name"_s).toString().size(), 12);
    QCOMPARE(fx.get(u"/v1/schema/Nope/shards"_s).status, 404);
}

void TestEmulatorSchema::testMalformedBody_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("truncated")
        << QByteArray("{\"class\":") << 400
        << QByteArray(R"({"code":400,"message":"parsing body body from \"\" failed, because unexpected EOF"})");
    QTest::newRow("bad key")
        << QByteArray("{x") << 400
        << QByteArray(
               R"({"code":400,"message":"parsing body body from \"\" failed, because invalid character 'x' looking for beginning of object key string"})");
    QTest::newRow("bad value")
        << QByteArray("{\"class\":A}") << 400
        << QByteArray(
               R"({"code":400,"message":"parsing body body from \"\" failed, because invalid character 'A' looking for beginning of value"})");
    QTest::newRow("missing comma")
        << QByteArray("{\"a\":1 \"b\":2}") << 400
        << QByteArray(
               R"({"code":400,"message":"parsing body body from \"\" failed, because invalid character '\"' after object key:value pair"})");
    QTest::newRow("array")
        << QByteArray("[1]") << 400
        << QByteArray(
               R"({"code":400,"message":"parsing body body from \"\" failed, because json: cannot unmarshal array into Go value of type models.Class"})");
    QTest::newRow("empty") << QByteArray("  ") << 422
                           << QByteArray(R"({"code":602,"message":"body in body is required"})");
}

void TestEmulatorSchema::testMalformedBody()
{
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QByteArray, expected);
    EmulatorFixture fx;
    const Reply r = fx.post(u"/v1/schema"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.body, expected);
}

void TestEmulatorSchema::testAliases()
{
    Emu::EngineConfig cfg;
    cfg.version = "1.32.0";
    EmulatorFixture fx(cfg);
    QCOMPARE(fx.get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[]})"));
    cfg.version = "1.31.0";
    fx.emulator().engine().setConfig(cfg);
    QCOMPARE(fx.get(u"/v1/aliases"_s).status, 404);
}

void TestEmulatorSchema::testSnapshotRoundTripsSchemaAndTenants()
{
    EmulatorFixture fx;
    QCOMPARE(fx.post(u"/v1/schema"_s, articleBody).status, 200);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Mt","multiTenancyConfig":{"enabled":true}})").status, 200);
    QCOMPARE(
        fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"t2","activityStatus":"COLD"}])").status, 200);
    const QByteArray schemaBefore = fx.get(u"/v1/schema"_s).body;
    const QByteArray tenantsBefore = fx.get(u"/v1/schema/Mt/tenants"_s).body;

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(u"snap.bin"_s).toStdString();
    std::string error;
    QVERIFY2(fx.emulator().engine().saveSnapshot(path, &error), error.c_str());
    fx.emulator().engine().reset();
    QCOMPARE(fx.get(u"/v1/schema"_s).body, QByteArray(R"({"classes":[]})"));
    QVERIFY2(fx.emulator().engine().loadSnapshot(path, &error), error.c_str());
    QCOMPARE(fx.get(u"/v1/schema"_s).body, schemaBefore);
    QCOMPARE(fx.get(u"/v1/schema/Mt/tenants"_s).body, tenantsBefore);
    QVERIFY(!fx.emulator().engine().loadSnapshot(dir.filePath(u"missing"_s).toStdString(), &error));
}

QTEST_GUILESS_MAIN(TestEmulatorSchema)
#include "TestEmulatorSchema.moc"
