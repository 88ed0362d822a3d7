// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "health/v1/health.grpc.pb.h"
#include "tests/support/EmulatorFixture.h"
#include "v1/weaviate.grpc.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <chrono>
#include <cstring>
#include <grpcpp/grpcpp.h>
#include <memory>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
namespace pb = weaviate::v1;

// The emulator's gRPC side (weaviate.v1 Aggregate, Search with the cursor, TenantsGet, BatchObjects; grpc.health.v1),
// driven by the C++ stubs of colvault_grpc, and the REST rules that come with it: --disable-graphql (422),
// --namespaces (410) and POST /v1/aggregate/{collection} (1.40+).
class TestEmulatorGrpc : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testHealthAnswersServingWithoutAuth();
    void testAggregateCounts();
    void testAggregateErrors_data();
    void testAggregateErrors();
    void testCursorPagesMatchRest();
    void testCursorPerTenant();
    void testSearchMetadataAndVectors();
    void testSearchPropertyKinds();
    void testSearchErrors_data();
    void testSearchErrors();
    void testTenantsGet();
    void testAuth();
    void testFaults_data();
    void testFaults();
    void testFaultPathFilter();
    void testRestartDropsAndRestoresGrpc();
    void testGraphqlDisabled();
    void testGraphqlWithNamespaces();
    void testRestAggregateIsVersionGated();
    void testRestAggregateCounts();
    void testBinaryAnnouncesGrpcPort();
    void testBatchObjectsMatchRest();
    void testArrayErrorsFormatLikeGo();
    void testBatchObjectsNamedAndMultiVectors();
    void testBatchObjectsErrors_data();
    void testBatchObjectsErrors();
    void testBatchObjectsEmptyAndCounted();
    void testBatchObjectsEveryPropertyKind();
    void testBatchObjectsReferenceErrors_data();
    void testBatchObjectsReferenceErrors();
    void testBatchObjectsTenants();
    void testBatchObjectsAuth();
    void testBatchObjectsFaults_data();
    void testBatchObjectsFaults();
};

namespace {

struct Client
{
    explicit Client(EmulatorFixture& fx)
    {
        const QUrl url = fx.grpcUrl();
        channel = grpc::CreateChannel(
            QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toStdString(), grpc::InsecureChannelCredentials());
        stub = pb::Weaviate::NewStub(channel);
        health = grpc::health::v1::Health::NewStub(channel);
    }

    void prepare(grpc::ClientContext& ctx) const
    {
        ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
        if (!key.empty())
            ctx.AddMetadata("authorization", "Bearer " + key);
    }
    grpc::Status aggregate(const pb::AggregateRequest& req, pb::AggregateReply* reply) const
    {
        grpc::ClientContext ctx;
        prepare(ctx);
        return stub->Aggregate(&ctx, req, reply);
    }
    grpc::Status search(const pb::SearchRequest& req, pb::SearchReply* reply) const
    {
        grpc::ClientContext ctx;
        prepare(ctx);
        return stub->Search(&ctx, req, reply);
    }
    int64_t count(const std::string& collection, const std::string& tenant = {}) const
    {
        pb::AggregateRequest req;
        req.set_collection(collection);
        req.set_tenant(tenant);
        req.set_objects_count(true);
        pb::AggregateReply reply;
        const grpc::Status s = aggregate(req, &reply);
        return s.ok() && reply.single_result().has_objects_count() ? reply.single_result().objects_count() : -1;
    }
    // Every id of a collection (or tenant) through the cursor, pages of `limit`.
    QStringList ids(const std::string& collection, const std::string& tenant, uint32_t limit, int* pages) const
    {
        QStringList out;
        std::string after;
        *pages = 0;
        for (;;) {
            pb::SearchRequest req;
            req.set_collection(collection);
            req.set_tenant(tenant);
            req.set_limit(limit);
            req.set_after(after);
            req.mutable_metadata()->set_uuid(true);
            req.mutable_properties(); // present and empty: ids only
            req.set_uses_127_api(true);
            pb::SearchReply reply;
            const grpc::Status s = search(req, &reply);
            if (!s.ok()) {
                qWarning("search failed: %s", s.error_message().c_str());
                return {};
            }
            ++*pages;
            for (const pb::SearchResult& r : reply.results())
                out << QString::fromStdString(r.metadata().id());
            if (reply.results_size() < static_cast<int>(limit))
                return out;
            after = reply.results(reply.results_size() - 1).metadata().id();
        }
    }

    grpc::Status batch(const pb::BatchObjectsRequest& req, pb::BatchObjectsReply* reply) const
    {
        grpc::ClientContext ctx;
        prepare(ctx);
        return stub->BatchObjects(&ctx, req, reply);
    }

    std::shared_ptr<grpc::Channel> channel;
    std::unique_ptr<pb::Weaviate::Stub> stub;
    std::unique_ptr<grpc::health::v1::Health::Stub> health;
    std::string key;
};

QString uuidFor(int i)
{
    // Spread over the id space, and not in insertion order: the cursor must sort.
    return QStringLiteral("%1-0000-4000-8000-%2")
        .arg((static_cast<quint32>(i) * 2654435761u), 8, 16, QLatin1Char('0'))
        .arg(i, 12, 10, QLatin1Char('0'));
}

void createClasses(EmulatorFixture& fx)
{
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Doc","vectorizer":"none","properties":[
        {"name":"title","dataType":["text"]},{"name":"count","dataType":["int"]},
        {"name":"score","dataType":["number"]},{"name":"flag","dataType":["boolean"]},
        {"name":"tags","dataType":["text[]"]},{"name":"nums","dataType":["int[]"]},
        {"name":"ratios","dataType":["number[]"]},{"name":"when","dataType":["date"]},
        {"name":"raw","dataType":["blob"]},{"name":"loc","dataType":["geoCoordinates"]}]})")
                 .status,
        200);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Mt","multiTenancyConfig":{"enabled":true},
        "properties":[{"name":"title","dataType":["text"]}]})")
                 .status,
        200);
    QCOMPARE(
        fx.post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"},{"name":"t2"},{"name":"cold","activityStatus":"COLD"}])")
            .status,
        200);
}

void addDocs(EmulatorFixture& fx, int n)
{
    QJsonArray objects;
    for (int i = 0; i < n; ++i) {
        objects.append(
            QJsonObject {{u"class"_s, u"Doc"_s}, {u"id"_s, uuidFor(i)}, {u"vector"_s, QJsonArray {0.5 + i, -1.25, 3.0}},
                {u"properties"_s, QJsonObject {{u"title"_s, u"doc %1"_s.arg(i)}}}});
    }
    const auto r = fx.post(
        u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, objects}}).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("\"FAILED\""));
}

void addTenantObjects(EmulatorFixture& fx, const QString& tenant, int n, int base)
{
    QJsonArray objects;
    for (int i = 0; i < n; ++i)
        objects.append(QJsonObject {{u"class"_s, u"Mt"_s}, {u"id"_s, uuidFor(base + i)}, {u"tenant"_s, tenant}});
    const auto r = fx.post(
        u"/v1/batch/objects"_s, QJsonDocument(QJsonObject {{u"objects"_s, objects}}).toJson(QJsonDocument::Compact));
    QCOMPARE(r.status, 200);
    QVERIFY(!r.body.contains("\"FAILED\""));
}

QStringList restIds(EmulatorFixture& fx, const QString& cls, int limit)
{
    QStringList out;
    QString after;
    for (;;) {
        const auto r = fx.get(u"/v1/objects?class=%1&limit=%2&after=%3"_s.arg(cls).arg(limit).arg(after));
        const QJsonArray page = r.json().object().value(u"objects"_s).toArray();
        for (const QJsonValue& o : page)
            out << o.toObject().value(u"id"_s).toString();
        if (page.size() < limit)
            return out;
        after = out.last();
    }
}

float floatAt(const std::string& bytes, size_t i)
{
    uint32_t bits = 0;
    for (int b = 0; b < 4; ++b)
        bits |= uint32_t(static_cast<unsigned char>(bytes[i * 4 + b])) << (8 * b);
    float f = 0;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}

std::string floatBytes(std::initializer_list<float> values)
{
    std::string out;
    for (const float f : values) {
        uint32_t bits = 0;
        std::memcpy(&bits, &f, sizeof bits);
        for (int b = 0; b < 4; ++b)
            out.push_back(static_cast<char>((bits >> (8 * b)) & 0xff));
    }
    return out;
}

std::string doubleBytes(std::initializer_list<double> values)
{
    std::string out;
    for (const double d : values) {
        uint64_t bits = 0;
        std::memcpy(&bits, &d, sizeof bits);
        for (int b = 0; b < 8; ++b)
            out.push_back(static_cast<char>((bits >> (8 * b)) & 0xff));
    }
    return out;
}

// A multi-vector's bytes: the uint16 dimension, then the rows.
std::string multiBytes(uint16_t dim, std::initializer_list<float> values)
{
    return std::string {static_cast<char>(dim & 0xff), static_cast<char>(dim >> 8)} + floatBytes(values);
}

google::protobuf::Value number(double d)
{
    google::protobuf::Value v;
    v.set_number_value(d);
    return v;
}

google::protobuf::Value text(const std::string& s)
{
    google::protobuf::Value v;
    v.set_string_value(s);
    return v;
}

// GET /v1/objects/{cls}/{id}?include=vector with the id and the timestamps taken out, to compare two objects.
QByteArray restObject(EmulatorFixture& fx, const QString& cls, const QString& id, const QString& tenant = {})
{
    const auto r = fx.get(
        u"/v1/objects/%1/%2?include=vector%3"_s.arg(cls, id, tenant.isEmpty() ? QString() : u"&tenant="_s + tenant));
    if (r.status != 200)
        return "status " + QByteArray::number(r.status);
    QByteArray body = r.body;
    body.replace(id.toUtf8(), "<id>");
    static const QRegularExpression times(u"\"(creationTimeUnix|lastUpdateTimeUnix)\":\\d+"_s);
    return QString::fromUtf8(body).replace(times, u"\"\\1\":0"_s).toUtf8();
}

// The REST batch answer's first error, or "" when every item succeeded.
QString restBatchError(EmulatorFixture& fx, const QByteArray& objects)
{
    const auto r = fx.post(u"/v1/batch/objects"_s, "{\"objects\":[" + objects + "]}");
    if (r.status != 200)
        return u"status %1: %2"_s.arg(r.status).arg(QString::fromUtf8(r.body));
    for (const QJsonValue& item : r.json().array()) {
        const QJsonArray errors
            = item.toObject().value(u"result"_s).toObject().value(u"errors"_s).toObject().value(u"error"_s).toArray();
        if (!errors.isEmpty())
            return errors.first().toObject().value(u"message"_s).toString();
    }
    return {};
}

// Every data type Colvault archives, for the property round trip.
void createAllKindsClasses(EmulatorFixture& fx)
{
    for (const char* cls : {R"({"class":"Target"})", R"({"class":"Other"})"})
        QCOMPARE(fx.post(u"/v1/schema"_s, cls).status, 200);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"All","vectorizer":"none","properties":[
        {"name":"text","dataType":["text"]},{"name":"texts","dataType":["text[]"]},
        {"name":"int","dataType":["int"]},{"name":"ints","dataType":["int[]"]},
        {"name":"number","dataType":["number"]},{"name":"numbers","dataType":["number[]"]},
        {"name":"bool","dataType":["boolean"]},{"name":"bools","dataType":["boolean[]"]},
        {"name":"date","dataType":["date"]},{"name":"dates","dataType":["date[]"]},
        {"name":"uuid","dataType":["uuid"]},{"name":"uuids","dataType":["uuid[]"]},
        {"name":"geo","dataType":["geoCoordinates"]},{"name":"phone","dataType":["phoneNumber"]},
        {"name":"blob","dataType":["blob"]},
        {"name":"obj","dataType":["object"],"nestedProperties":[{"name":"a","dataType":["text"]},
            {"name":"b","dataType":["int"]},{"name":"c","dataType":["number[]"]},
            {"name":"d","dataType":["object"],"nestedProperties":[{"name":"e","dataType":["boolean"]}]}]},
        {"name":"objs","dataType":["object[]"],"nestedProperties":[{"name":"name","dataType":["text"]},
            {"name":"tags","dataType":["text[]"]},{"name":"ids","dataType":["int[]"]}]},
        {"name":"emptyTexts","dataType":["text[]"]},{"name":"emptyObjs","dataType":["object[]"],
            "nestedProperties":[{"name":"x","dataType":["text"]}]},
        {"name":"ref","dataType":["Target"]},{"name":"multi","dataType":["Target","Other"]}]})")
                 .status,
        200);
    QCOMPARE(fx.post(u"/v1/batch/objects"_s, R"({"objects":[
        {"class":"Target","id":"00000000-0000-4000-8000-00000000aa01"},
        {"class":"Other","id":"00000000-0000-4000-8000-00000000bb01"}]})")
                 .status,
        200);
}

void createNamedClass(EmulatorFixture& fx)
{
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Nv","properties":[{"name":"title","dataType":["text"]}],
        "vectorConfig":{"a":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw"},
        "m":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw","vectorIndexConfig":{"multivector":{"enabled":true}}}}})")
                 .status,
        200);
}

} // namespace

void TestEmulatorGrpc::testHealthAnswersServingWithoutAuth()
{
    Emu::EngineConfig config;
    config.anonymousAccess = false;
    config.apiKeys = {"k1"};
    EmulatorFixture fx(config);
    Client client(fx);
    for (const char* service : {"", "/grpc.health.v1.Health/Check", "anything"}) {
        grpc::ClientContext ctx;
        grpc::health::v1::HealthCheckRequest req;
        req.set_service(service);
        grpc::health::v1::HealthCheckResponse reply;
        const grpc::Status s = client.health->Check(&ctx, req, &reply);
        QVERIFY2(s.ok(), s.error_message().c_str());
        QCOMPARE(reply.status(), grpc::health::v1::HealthCheckResponse::SERVING);
    }
    QCOMPARE(fx.emulator().faultStats().grpcCalls, uint64_t(0)); // health checks are not Weaviate calls
}

void TestEmulatorGrpc::testAggregateCounts()
{
    EmulatorFixture fx;
    createClasses(fx);
    addDocs(fx, 7);
    addTenantObjects(fx, u"t1"_s, 3, 100);
    Client client(fx);
    QCOMPARE(client.count("Doc"), 7);
    QCOMPARE(client.count("doc"), 7); // first letter upper-cased, as everywhere
    QCOMPARE(client.count("Mt", "t1"), 3);
    QCOMPARE(client.count("Mt", "t2"), 0);

    // Without objects_count the single result carries no count.
    pb::AggregateRequest req;
    req.set_collection("Doc");
    pb::AggregateReply reply;
    QVERIFY(client.aggregate(req, &reply).ok());
    QVERIFY(reply.has_single_result());
    QVERIFY(!reply.single_result().has_objects_count());
    QCOMPARE(fx.emulator().faultStats().grpcCalls, uint64_t(5)); // for bench/field, next to the REST requests
}

void TestEmulatorGrpc::testAggregateErrors_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown collection") << u"Nope"_s << QString()
                                        << u"parse params: could not find class Nope in schema"_s;
    QTest::newRow("mt without tenant")
        << u"Mt"_s << QString() << u"aggregate: class Mt has multi-tenancy enabled, but request was without tenant"_s;
    QTest::newRow("tenant on non-mt")
        << u"Doc"_s << u"t1"_s << u"aggregate: class Doc has multi-tenancy disabled, but request was with tenant"_s;
    QTest::newRow("unknown tenant") << u"Mt"_s << u"zz"_s << u"aggregate: tenant not found: \"zz\""_s;
    QTest::newRow("cold tenant") << u"Mt"_s << u"cold"_s << u"aggregate: tenant not active: 'cold'"_s;
}

void TestEmulatorGrpc::testAggregateErrors()
{
    QFETCH(QString, collection);
    QFETCH(QString, tenant);
    QFETCH(QString, message);
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    pb::AggregateRequest req;
    req.set_collection(collection.toStdString());
    req.set_tenant(tenant.toStdString());
    req.set_objects_count(true);
    pb::AggregateReply reply;
    const grpc::Status s = client.aggregate(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNKNOWN);
    QCOMPARE(QString::fromStdString(s.error_message()), message);
}

void TestEmulatorGrpc::testCursorPagesMatchRest()
{
    EmulatorFixture fx;
    createClasses(fx);
    addDocs(fx, 25);
    Client client(fx);
    int pages = 0;
    const QStringList ids = client.ids("Doc", {}, 10, &pages);
    QCOMPARE(ids.size(), 25);
    QCOMPARE(pages, 3);
    QStringList sorted = ids;
    sorted.sort();
    QCOMPARE(ids, sorted);
    QCOMPARE(ids, restIds(fx, u"Doc"_s, 7));

    // after is exclusive and need not exist; limit 0 is the default limit (10).
    pb::SearchRequest req;
    req.set_collection("Doc");
    req.set_after(ids.at(4).toStdString());
    req.set_limit(3);
    req.mutable_metadata()->set_uuid(true);
    pb::SearchReply reply;
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results_size(), 3);
    QCOMPARE(QString::fromStdString(reply.results(0).metadata().id()), ids.at(5));
    req.set_after("00000000-0000-0000-0000-000000000000");
    req.set_limit(0);
    reply.Clear();
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results_size(), 10);
    QCOMPARE(QString::fromStdString(reply.results(0).metadata().id()), ids.first());
    req.set_after(ids.last().toStdString());
    reply.Clear();
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results_size(), 0);
}

void TestEmulatorGrpc::testCursorPerTenant()
{
    EmulatorFixture fx;
    createClasses(fx);
    addTenantObjects(fx, u"t1"_s, 12, 0);
    addTenantObjects(fx, u"t2"_s, 5, 500);
    Client client(fx);
    int pages = 0;
    const QStringList t1 = client.ids("Mt", "t1", 5, &pages);
    QCOMPARE(t1.size(), 12);
    QCOMPARE(pages, 3);
    const QStringList t2 = client.ids("Mt", "t2", 5, &pages);
    QCOMPARE(t2.size(), 5);
    QCOMPARE(pages, 2); // a full page, then an empty one
    for (const QString& id : t2)
        QVERIFY(!t1.contains(id));
}

void TestEmulatorGrpc::testSearchMetadataAndVectors()
{
    EmulatorFixture fx;
    createClasses(fx);
    addDocs(fx, 2);
    Client client(fx);
    pb::SearchRequest req;
    req.set_collection("Doc");
    req.set_limit(10);
    pb::SearchReply reply;
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results_size(), 2);
    // No metadata asked: no id, no vector, no timestamps.
    QVERIFY(reply.results(0).metadata().id().empty());
    QVERIFY(reply.results(0).metadata().vector_bytes().empty());
    QVERIFY(!reply.results(0).metadata().creation_time_unix_present());

    auto* meta = req.mutable_metadata();
    meta->set_uuid(true);
    meta->set_vector(true);
    meta->set_creation_time_unix(true);
    meta->set_last_update_time_unix(true);
    reply.Clear();
    QVERIFY(client.search(req, &reply).ok());
    const auto obj = fx.get(u"/v1/objects/Doc/%1?include=vector"_s.arg(uuidFor(1))).json().object();
    const pb::MetadataResult* found = nullptr;
    for (const pb::SearchResult& r : reply.results())
        if (QString::fromStdString(r.metadata().id()) == uuidFor(1))
            found = &r.metadata();
    QVERIFY(found);
    QCOMPARE(found->id_as_bytes().size(), size_t(16));
    QCOMPARE(static_cast<unsigned char>(found->id_as_bytes()[0]), uchar(uuidFor(1).left(2).toUInt(nullptr, 16)));
    QCOMPARE(found->vector_bytes().size(), size_t(12));
    QCOMPARE(floatAt(found->vector_bytes(), 0), 1.5f);
    QCOMPARE(floatAt(found->vector_bytes(), 1), -1.25f);
    QVERIFY(found->creation_time_unix_present());
    QCOMPARE(found->creation_time_unix(), obj.value(u"creationTimeUnix"_s).toInteger());
    QVERIFY(found->last_update_time_unix_present());
    QCOMPARE(found->last_update_time_unix(), obj.value(u"lastUpdateTimeUnix"_s).toInteger());
}

void TestEmulatorGrpc::testSearchPropertyKinds()
{
    EmulatorFixture fx;
    createClasses(fx);
    const QByteArray object = R"({"class":"Doc","id":"00000000-0000-4000-8000-000000000001","properties":{
        "title":"hello","count":42,"score":2.5,"flag":true,"tags":["a","b"],"nums":[1,-2],"ratios":[0.5],
        "when":"2026-12-06T10:00:00Z","raw":"aGk=","loc":{"latitude":52.5,"longitude":13.25}}})";
    QCOMPARE(fx.post(u"/v1/objects"_s, object).status, 200);
    Client client(fx);

    pb::SearchRequest req;
    req.set_collection("Doc");
    req.mutable_properties()->set_return_all_nonref_properties(true);
    pb::SearchReply reply;
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results_size(), 1);
    const auto& all = reply.results(0).properties().non_ref_props().fields();
    QVERIFY(!all.contains("raw")); // return_all leaves blobs out
    QCOMPARE(all.at("title").text_value(), std::string("hello"));
    QCOMPARE(all.at("count").int_value(), 42);
    QCOMPARE(all.at("score").number_value(), 2.5);
    QCOMPARE(all.at("flag").bool_value(), true);
    QCOMPARE(all.at("when").date_value(), std::string("2026-12-06T10:00:00Z"));
    QCOMPARE(all.at("tags").list_value().text_values().values_size(), 2);
    const std::string& nums = all.at("nums").list_value().int_values().values();
    QCOMPARE(nums.size(), size_t(16));
    QCOMPARE(static_cast<unsigned char>(nums[8]), uchar(0xfe)); // -2, little-endian two's complement
    QCOMPARE(all.at("ratios").list_value().number_values().values().size(), size_t(8));
    QCOMPARE(all.at("loc").geo_value().latitude(), 52.5f);
    QCOMPARE(all.at("loc").geo_value().longitude(), 13.25f);

    // Listed by name, a blob comes back; a property the object lacks is a null_value.
    req.mutable_properties()->set_return_all_nonref_properties(false);
    req.mutable_properties()->add_non_ref_properties("raw");
    reply.Clear();
    QVERIFY(client.search(req, &reply).ok());
    QCOMPARE(reply.results(0).properties().non_ref_props().fields().at("raw").blob_value(), std::string("aGk="));
    QCOMPARE(fx.put(u"/v1/objects/Doc/00000000-0000-4000-8000-000000000001"_s,
                   R"({"class":"Doc","properties":{"title":"only"}})")
                 .status,
        200);
    reply.Clear();
    QVERIFY(client.search(req, &reply).ok());
    QVERIFY(reply.results(0).properties().non_ref_props().fields().at("raw").has_null_value());
}

void TestEmulatorGrpc::testSearchErrors_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("tenant");
    QTest::addColumn<QString>("after");
    QTest::addColumn<int>("offset");
    QTest::addColumn<bool>("sort");
    QTest::addColumn<int>("limit");
    QTest::addColumn<QString>("message");
    const QString cursor = u"explorer: get class: cursor api: invalid 'after' parameter: "_s;
    const QString id = u"00000000-0000-4000-8000-000000000001"_s;
    QTest::newRow("unknown class") << u"Nope"_s << QString() << id << 0 << false << 10
                                   << u"could not find class Nope in schema"_s;
    QTest::newRow("bad uuid") << u"Doc"_s << QString() << u"xyz"_s << 0 << false << 10
                              << cursor + u"after parameter 'xyz' is not a valid uuid"_s;
    QTest::newRow("offset") << u"Doc"_s << QString() << id << 2 << false << 10
                            << cursor + u"offset cannot be set with after and limit parameters"_s;
    QTest::newRow("offset and sort") << u"Doc"_s << QString() << id << 2 << true << 10
                                     << cursor + u"offset,sort cannot be set with after and limit parameters"_s;
    QTest::newRow("over max results")
        << u"Doc"_s << QString() << id << 0 << false << 101
        << u"explorer: get class: vector search: query maximum results exceeded: the total limit calculated from "
           "the provided offset '0' and limit '101' exceeds the configured value for QUERY_MAXIMUM_RESULTS '100'"_s;
    QTest::newRow("mt without tenant") << u"Mt"_s << QString() << id << 0 << false << 10
                                       << u"class Mt has multi-tenancy enabled, but request was without tenant"_s;
    QTest::newRow("cold tenant") << u"Mt"_s << u"cold"_s << QString() << 0 << false << 10
                                 << u"tenant not active: 'cold'"_s;
    // Not emulated: an honest UNIMPLEMENTED rather than a plain listing.
    QTest::newRow("sort without cursor") << u"Doc"_s << QString() << QString() << 0 << true << 10
                                         << u"UNIMPLEMENTED: the emulator answers Search with plain listings and the "
                                            "cursor only (no filters, searches, sorting, grouping, generative or "
                                            "rerank)"_s;
}

void TestEmulatorGrpc::testSearchErrors()
{
    QFETCH(QString, collection);
    QFETCH(QString, tenant);
    QFETCH(QString, after);
    QFETCH(int, offset);
    QFETCH(bool, sort);
    QFETCH(int, limit);
    QFETCH(QString, message);
    Emu::EngineConfig config;
    config.maxResults = 100;
    EmulatorFixture fx(config);
    createClasses(fx);
    Client client(fx);
    pb::SearchRequest req;
    req.set_collection(collection.toStdString());
    req.set_tenant(tenant.toStdString());
    req.set_after(after.toStdString());
    req.set_offset(static_cast<uint32_t>(offset));
    req.set_limit(static_cast<uint32_t>(limit));
    if (sort)
        req.add_sort_by()->add_path("title");
    pb::SearchReply reply;
    const grpc::Status s = client.search(req, &reply);
    const QString unimplemented = u"UNIMPLEMENTED: "_s;
    QCOMPARE(s.error_code(),
        message.startsWith(unimplemented) ? grpc::StatusCode::UNIMPLEMENTED : grpc::StatusCode::UNKNOWN);
    QCOMPARE(QString::fromStdString(s.error_message()),
        message.startsWith(unimplemented) ? message.mid(unimplemented.size()) : message);
}

void TestEmulatorGrpc::testTenantsGet()
{
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    grpc::ClientContext ctx;
    client.prepare(ctx);
    pb::TenantsGetRequest req;
    req.set_collection("Mt");
    pb::TenantsGetReply reply;
    QVERIFY(client.stub->TenantsGet(&ctx, req, &reply).ok());
    QCOMPARE(reply.tenants_size(), 3);
    QMap<QString, int> status;
    for (const pb::Tenant& t : reply.tenants())
        status.insert(QString::fromStdString(t.name()), t.activity_status());
    QCOMPARE(status.value(u"t1"_s), int(pb::TENANT_ACTIVITY_STATUS_HOT));
    QCOMPARE(status.value(u"cold"_s), int(pb::TENANT_ACTIVITY_STATUS_COLD));

    const auto failure = [&](const char* collection) {
        grpc::ClientContext c;
        client.prepare(c);
        pb::TenantsGetRequest r;
        r.set_collection(collection);
        pb::TenantsGetReply out;
        return QString::fromStdString(client.stub->TenantsGet(&c, r, &out).error_message());
    };
    QCOMPARE(failure("nope"), u"get tenants: class \"Nope\": not found"_s);
    QCOMPARE(failure("Doc"), u"get tenants: multi-tenancy is not enabled for class \"Doc\""_s);
}

void TestEmulatorGrpc::testAuth()
{
    Emu::EngineConfig config;
    config.anonymousAccess = false;
    config.apiKeys = {"k1", "ro"};
    config.readOnlyKeys = {"ro"};
    EmulatorFixture fx(config);
    fx.setBearer("k1");
    createClasses(fx);
    Client client(fx);
    pb::AggregateRequest req;
    req.set_collection("Doc");
    req.set_objects_count(true);
    pb::AggregateReply reply;
    grpc::Status s = client.aggregate(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    client.key = "wrong";
    s = client.aggregate(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(QString::fromStdString(s.error_message()), u"extract auth: unauthorized: invalid api key"_s);
    client.key = "ro"; // reads are allowed with a read-only key
    QVERIFY(client.aggregate(req, &reply).ok());
    client.key = "k1";
    QCOMPARE(client.count("Doc"), 0);
}

void TestEmulatorGrpc::testFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("code");
    QTest::newRow("503") << u"503=1"_s << int(grpc::StatusCode::UNAVAILABLE);
    QTest::newRow("429") << u"429=1"_s << int(grpc::StatusCode::RESOURCE_EXHAUSTED);
    QTest::newRow("drop") << u"drop=1"_s << int(grpc::StatusCode::CANCELLED);
    QTest::newRow("dropmid") << u"dropmid=1"_s << int(grpc::StatusCode::CANCELLED);
    QTest::newRow("latency") << u"latency=30"_s << int(grpc::StatusCode::OK);
    QTest::newRow("method GET") << u"503=1,method=GET"_s << int(grpc::StatusCode::OK);
}

void TestEmulatorGrpc::testFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, code);
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    QCOMPARE(client.count("Doc"), 0);
    Emu::FaultConfig faults;
    std::string error;
    QVERIFY2(Emu::FaultConfig::parse((spec + u",max=1"_s).toStdString(), &faults, &error), error.c_str());
    fx.emulator().setFaults(faults);

    pb::AggregateRequest req;
    req.set_collection("Doc");
    req.set_objects_count(true);
    pb::AggregateReply reply;
    const auto before = std::chrono::steady_clock::now();
    const grpc::Status s = client.aggregate(req, &reply);
    QCOMPARE(int(s.error_code()), code);
    if (spec.startsWith(u"latency"))
        QVERIFY(std::chrono::steady_clock::now() - before >= std::chrono::milliseconds(30));
    const Emu::FaultStats stats = fx.emulator().faultStats();
    QCOMPARE(stats.injected503, spec == u"503=1"_s ? 1u : 0u);
    QCOMPARE(stats.injected429, spec == u"429=1"_s ? 1u : 0u);
    QCOMPARE(stats.droppedBefore, spec == u"drop=1"_s ? 1u : 0u);
    QCOMPARE(stats.droppedMidBody, spec == u"dropmid=1"_s ? 1u : 0u);
    // max=1: the next call is answered.
    QCOMPARE(client.count("Doc"), 0);
}

void TestEmulatorGrpc::testFaultPathFilter()
{
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    Emu::FaultConfig faults;
    std::string error;
    QVERIFY(Emu::FaultConfig::parse("503=1,path=/weaviate.v1.Weaviate/Search", &faults, &error));
    fx.emulator().setFaults(faults);
    QCOMPARE(client.count("Doc"), 0); // Aggregate is not faulted
    QCOMPARE(fx.get(u"/v1/schema"_s).status, 200);
    pb::SearchRequest req;
    req.set_collection("Doc");
    pb::SearchReply reply;
    const grpc::Status s = client.search(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNAVAILABLE);
    QCOMPARE(QString::fromStdString(s.error_message()),
        u"service unavailable: the node is temporarily not serving read requests"_s);
}

void TestEmulatorGrpc::testRestartDropsAndRestoresGrpc()
{
    EmulatorFixture fx;
    createClasses(fx);
    addDocs(fx, 2);
    Client client(fx);
    QCOMPARE(client.count("Doc"), 2);
    const uint16_t port = fx.emulator().grpcPort();
    QVERIFY(fx.emulator().restart(0));
    QCOMPARE(fx.emulator().grpcPort(), port);
    // The channel reconnects to the same port; the data is kept.
    grpc::ClientContext ctx;
    ctx.set_wait_for_ready(true);
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    pb::AggregateRequest req;
    req.set_collection("Doc");
    req.set_objects_count(true);
    pb::AggregateReply reply;
    const grpc::Status s = client.stub->Aggregate(&ctx, req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.single_result().objects_count(), 2);
}

void TestEmulatorGrpc::testGraphqlDisabled()
{
    Emu::EngineConfig config;
    config.graphqlDisabled = true;
    config.anonymousAccess = false;
    config.apiKeys = {"k1"};
    EmulatorFixture fx(config);
    const QByteArray query = R"({"query":"{ Aggregate { Doc { meta { count } } } }"})";
    QCOMPARE(fx.post(u"/v1/graphql"_s, query).status, 401); // auth first
    fx.setBearer("k1");
    const auto r = fx.post(u"/v1/graphql"_s, query);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body, QByteArray(R"({"error":[{"message":"graphql api is disabled"}]})"));

    // The fixture's count helper then counts over gRPC, as Colvault does.
    createClasses(fx);
    addDocs(fx, 3);
    QCOMPARE(fx.objectCount(u"Doc"_s), 3);
    QCOMPARE(fx.objectCount(u"Mt"_s, u"t2"_s), 0);
    QCOMPARE(fx.objectCount(u"Nope"_s), -1);
}

void TestEmulatorGrpc::testGraphqlWithNamespaces()
{
    Emu::EngineConfig config;
    config.namespaces = true;
    config.graphqlDisabled = true;
    EmulatorFixture fx(config);
    const auto r = fx.post(u"/v1/graphql"_s, R"({"query":"{ Get { Doc { title } } }"})");
    QCOMPARE(r.status, 410);
    QCOMPARE(r.errorMessage(), u"graphql api is not supported in the current cluster configuration"_s);
}

void TestEmulatorGrpc::testRestAggregateIsVersionGated()
{
    Emu::EngineConfig config;
    config.version = "1.39.2";
    config.restSearchEnabled = true;
    EmulatorFixture fx(config);
    createClasses(fx);
    auto r = fx.post(u"/v1/aggregate/Doc"_s, "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), u"path /v1/aggregate/Doc was not found"_s);

    config.version = "1.40.0";
    config.restSearchEnabled = false;
    fx.emulator().engine().setConfig(config);
    r = fx.post(u"/v1/aggregate/Doc"_s, "{}");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(),
        u"rest search api is experimental and not enabled; set EXPERIMENTAL_REST_SEARCH_ENABLED=true to enable"_s);
    QCOMPARE(fx.call("GET", u"/v1/aggregate/Doc"_s).status, 405);
}

void TestEmulatorGrpc::testRestAggregateCounts()
{
    Emu::EngineConfig config;
    config.version = "1.40.0";
    config.restSearchEnabled = true;
    EmulatorFixture fx(config);
    createClasses(fx);
    addDocs(fx, 4);
    addTenantObjects(fx, u"t1"_s, 2, 100);
    auto r = fx.post(u"/v1/aggregate/doc"_s, "{}");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().object().value(u"count"_s).toInteger(), 4);
    QVERIFY(r.json().object().contains(u"tookMs"_s));
    r = fx.post(u"/v1/aggregate/Mt"_s, R"({"tenant":"t1"})");
    QCOMPARE(r.json().object().value(u"count"_s).toInteger(), 2);
    QCOMPARE(fx.post(u"/v1/aggregate/Mt"_s, "{}").status, 422);
    QCOMPARE(fx.post(u"/v1/aggregate/Mt"_s, R"({"tenant":"zz"})").status, 404);
    QCOMPARE(fx.post(u"/v1/aggregate/Mt"_s, R"({"tenant":"cold"})").status, 422);
    r = fx.post(u"/v1/aggregate/Nope"_s, "{}");
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorMessage(), u"could not find collection Nope in schema"_s);
    QCOMPARE(fx.post(u"/v1/aggregate/Doc"_s, R"({"objectLimit":5})").status, 422);
    QCOMPARE(fx.post(u"/v1/aggregate/Doc"_s, {}).status, 422); // the body is required
}

// The process announces REST on its first line (scripts parse it) and gRPC on the second; GraphQL is off.
void TestEmulatorGrpc::testBinaryAnnouncesGrpcPort()
{
    QProcess emulator;
    emulator.setProgram(QString::fromUtf8(COLVAULT_EMULATOR_BINARY));
    emulator.setArguments({u"--grpc-port"_s, u"0"_s, u"--disable-graphql"_s, u"--api-key"_s, u"k"_s});
    emulator.start();
    QVERIFY(emulator.waitForStarted(10000));
    QStringList lines;
    const auto twoLinesOrExit = [&] {
        while (emulator.canReadLine())
            lines << QString::fromUtf8(emulator.readLine()).trimmed();
        return lines.size() >= 2 || emulator.state() != QProcess::Running;
    };
    QTRY_VERIFY_WITH_TIMEOUT(twoLinesOrExit(), 10000);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(
        lines.at(0).startsWith(u"Weaviate API emulator listening on http://127.0.0.1:"_s), qPrintable(lines.at(0)));
    const QString prefix = u"gRPC listening on 127.0.0.1:"_s;
    QVERIFY2(lines.at(1).startsWith(prefix), qPrintable(lines.at(1)));
    bool ok = false;
    const int port = lines.at(1).mid(prefix.size()).toInt(&ok);
    QVERIFY(ok && port > 0);

    const auto channel = grpc::CreateChannel("127.0.0.1:" + std::to_string(port), grpc::InsecureChannelCredentials());
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    ctx.AddMetadata("authorization", "Bearer k");
    pb::AggregateRequest req;
    req.set_collection("Nope");
    pb::AggregateReply reply;
    const grpc::Status s = pb::Weaviate::NewStub(channel)->Aggregate(&ctx, req, &reply);
    QCOMPARE(QString::fromStdString(s.error_message()), u"parse params: could not find class Nope in schema"_s);
#ifdef Q_OS_WIN
    emulator.kill(); // terminate() posts WM_CLOSE, which a console program never sees
#else
    emulator.terminate();
#endif
    QVERIFY(emulator.waitForFinished(10000));
}

// One object of every scalar kind and a legacy vector, written over gRPC, reads back over REST byte for byte as its
// twin written by the REST batch (ints sent as Struct doubles, number[] as float64 bytes, int[] as int64).
void TestEmulatorGrpc::testBatchObjectsMatchRest()
{
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    const QString grpcId = u"00000000-0000-4000-8000-0000000000a1"_s;
    const QString restId = u"00000000-0000-4000-8000-0000000000b1"_s;
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid(grpcId.toUpper().toStdString()); // Go's uuid.Parse takes upper case; ids are stored lower case
    obj->set_collection("doc");
    obj->set_vector_bytes(floatBytes({0.1f, -1.25f, 3.0f, 1e-7f}) + "xy"); // the trailing bytes are dropped
    auto* fields = obj->mutable_properties()->mutable_non_ref_properties()->mutable_fields();
    (*fields)["title"] = text("hello \"world\"");
    (*fields)["count"] = number(5); // a whole double is an int over gRPC
    (*fields)["score"] = number(0.1);
    (*fields)["flag"].set_bool_value(true);
    (*fields)["when"] = text("2026-12-06T10:00:00.500+01:00");
    (*fields)["raw"] = text("aGk=");
    (*fields)["nothing"].set_null_value(google::protobuf::NULL_VALUE); // dropped, as a REST null
    auto* loc = (*fields)["loc"].mutable_struct_value()->mutable_fields();
    (*loc)["latitude"] = number(52.5);
    (*loc)["longitude"] = number(13.1);
    auto* nums = obj->mutable_properties()->add_int_array_properties();
    nums->set_prop_name("nums");
    for (const int64_t n : {int64_t {1}, int64_t {-2}, int64_t {9007199254740993}})
        nums->add_values(n);
    auto* ratios = obj->mutable_properties()->add_number_array_properties();
    ratios->set_prop_name("ratios");
    ratios->set_values_bytes(doubleBytes({0.5, 0.1, -1e300}));
    auto* tags = obj->mutable_properties()->add_text_array_properties();
    tags->set_prop_name("tags");
    tags->add_values("a");
    tags->add_values("b");
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.errors_size(), 0);

    // The twin's JSON stays out of the macro's arguments: moc cannot split a raw string there.
    const QByteArray twin = "{\"class\":\"Doc\",\"id\":\"" + restId.toUtf8() + R"(","vector":[0.1,-1.25,3,1e-7],
        "properties":{"title":"hello \"world\"","count":5,"score":0.1,"flag":true,"when":"2026-12-06T10:00:00.500+01:00",
        "raw":"aGk=","nothing":null,"loc":{"latitude":52.5,"longitude":13.1},"nums":[1,-2,9007199254740993],
        "ratios":[0.5,0.1,-1e300],"tags":["a","b"]}})";
    QCOMPARE(restBatchError(fx, twin), QString());
    const QByteArray viaGrpc = restObject(fx, u"Doc"_s, grpcId);
    QVERIFY2(viaGrpc.contains("\"vector\":[0.1,-1.25,3,1e-7]"), viaGrpc.constData());
    QCOMPARE(viaGrpc, restObject(fx, u"Doc"_s, restId));

    // The deprecated repeated float, when there are no vector bytes.
    req.Clear();
    obj = req.add_objects();
    obj->set_uuid("00000000-0000-4000-8000-0000000000a2");
    obj->set_collection("Doc");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    for (const float f : {0.25f, 2.0f, 0.0f, -0.5f})
        obj->add_vector(f);
#pragma GCC diagnostic pop
    reply.Clear();
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 0);
    QVERIFY(restObject(fx, u"Doc"_s, u"00000000-0000-4000-8000-0000000000a2"_s).contains("\"vector\":[0.25,2,0,-0.5]"));

    // The bytes win over the repeated float; the index's length is the same rule as on REST.
    obj->set_vector_bytes(floatBytes({1.0f, 2.0f}));
    reply.Clear();
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 1);
    QCOMPARE(QString::fromStdString(reply.errors(0).error()),
        u"Validate vector index for 00000000-0000-4000-8000-0000000000a2: new node has a vector with length 2. "
        "Existing nodes have vectors with length 4: vector dimensions do not match the index dimensions"_s);
}

void TestEmulatorGrpc::testArrayErrorsFormatLikeGo()
{
    EmulatorFixture fx;
    createClasses(fx);
    // REST: Go's %s of the []interface{} with a bool and a json.Number in it.
    QCOMPARE(restBatchError(fx, R"({"class":"Doc","properties":{"tags":["a",true,5]}})"),
        u"invalid text array property 'tags' on class 'Doc': invalid text array value: [a %!s(bool=true) 5]"_s);
}

void TestEmulatorGrpc::testBatchObjectsNamedAndMultiVectors()
{
    EmulatorFixture fx;
    createNamedClass(fx);
    Client client(fx);
    const QString grpcId = u"00000000-0000-4000-8000-0000000000c1"_s;
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid(grpcId.toStdString());
    obj->set_collection("Nv");
    (*obj->mutable_properties()->mutable_non_ref_properties()->mutable_fields())["title"] = text("t");
    pb::Vectors* a = obj->add_vectors();
    a->set_name("a");
    a->set_vector_bytes(floatBytes({9.0f})); // replaced by the next entry of the same name
    a = obj->add_vectors();
    a->set_name("a");
    a->set_type(pb::Vectors::VECTOR_TYPE_SINGLE_FP32);
    a->set_vector_bytes(floatBytes({1.5f, -2.0f, 0.3f}));
    pb::Vectors* m = obj->add_vectors();
    m->set_name("m");
    m->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
    m->set_vector_bytes(multiBytes(2, {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f}) + "z"); // three rows of two
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.errors_size(), 0);
    const QString restId = u"00000000-0000-4000-8000-0000000000c2"_s;
    const QByteArray twin = "{\"class\":\"Nv\",\"id\":\"" + restId.toUtf8()
        + R"(","properties":{"title":"t"},"vectors":{"a":[1.5,-2,0.3],"m":[[1,2],[3,4],[5,6]]}})";
    QCOMPARE(restBatchError(fx, twin), QString());
    const QByteArray viaGrpc = restObject(fx, u"Nv"_s, grpcId);
    QVERIFY2(viaGrpc.contains(R"("vectors":{"a":[1.5,-2,0.3],"m":[[1,2],[3,4],[5,6]]})"), viaGrpc.constData());
    QCOMPARE(viaGrpc, restObject(fx, u"Nv"_s, restId));

    // Read back over gRPC: the same bytes.
    pb::SearchRequest search;
    search.set_collection("Nv");
    search.set_after("00000000-0000-4000-8000-0000000000c0");
    search.set_limit(1);
    search.mutable_metadata()->set_vector(true);
    pb::SearchReply found;
    QVERIFY(client.search(search, &found).ok());
    QCOMPARE(found.results_size(), 1);
    QMap<QString, std::string> bytes;
    for (const pb::Vectors& v : found.results(0).metadata().vectors())
        bytes.insert(QString::fromStdString(v.name()), v.vector_bytes());
    QCOMPARE(bytes.value(u"a"_s), floatBytes({1.5f, -2.0f, 0.3f}));
    QCOMPARE(bytes.value(u"m"_s), multiBytes(2, {1.0f, 2.0f, 3.0f, 4.0f, 5.0f, 6.0f}));
}

void TestEmulatorGrpc::testBatchObjectsErrors_data()
{
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("property"); // name=<json of a Struct value>, or "" for none
    QTest::addColumn<QString>("vectorBytes"); // "dim0", "multi-on-single" or ""
    QTest::addColumn<QString>("message");
    const QString id = u"00000000-0000-4000-8000-0000000000d1"_s;
    QTest::newRow("no uuid") << u"Doc"_s << QString() << QString() << QString() << u"invalid UUID length: 0"_s;
    QTest::newRow("bad uuid") << u"Doc"_s << u"00000000-0000-4000-8000-00000000000g"_s << QString() << QString()
                              << u"invalid UUID format"_s;
    QTest::newRow("unknown class") << u"nope"_s << id << QString() << QString()
                                   << u"class 'Nope' not present in schema"_s;
    QTest::newRow("empty class") << QString() << id << QString() << QString() << u"object has an empty class"_s;
    QTest::newRow("wrong type") << u"Doc"_s << id << uR"(title=5)"_s << QString()
                                << u"invalid text property 'title' on class 'Doc': not a string, but float64"_s;
    QTest::newRow("5.5 into int") << u"Doc"_s << id << uR"(count=5.5)"_s << QString()
                                  << u"invalid integer property 'count' on class 'Doc': requires an integer, the "
                                     "given value is '5.5'"_s;
    QTest::newRow("1e6 into int") << u"Doc"_s << id << uR"(count=1000000.5)"_s << QString()
                                  << u"invalid integer property 'count' on class 'Doc': requires an integer, the "
                                     "given value is '1.0000005e+06'"_s;
    QTest::newRow("unknown property")
        << u"Doc"_s << id << uR"(nope="x")"_s << QString()
        << u"no such prop with name 'nope' found in class 'Doc' in the schema. Check your schema files for which "
           "properties in this class are available"_s;
    // A Struct list goes through the array rules; Go formats the slice with %s.
    QTest::newRow("float list into int[]") << u"Doc"_s << id << uR"(nums=[1, 1.5])"_s << QString()
                                           << u"invalid integer array property 'nums' on class 'Doc': invalid integer "
                                              "array value: [%!s(float64=1) %!s(float64=1.5)]"_s;
    QTest::newRow("dim 0") << u"Nv"_s << id << QString() << u"dim0"_s << u"dimension cannot be 0"_s;
    QTest::newRow("multi on single")
        << u"Nv"_s << id << QString() << u"multi-on-single"_s
        << u"vector \"a\" in collection \"Nv\" is not configured as multi-vector, but a multi-vector was provided"_s;
}

void TestEmulatorGrpc::testBatchObjectsErrors()
{
    QFETCH(QString, collection);
    QFETCH(QString, uuid);
    QFETCH(QString, property);
    QFETCH(QString, vectorBytes);
    QFETCH(QString, message);
    EmulatorFixture fx;
    createClasses(fx);
    createNamedClass(fx);
    Client client(fx);
    pb::BatchObjectsRequest req;
    // A good object first: the failed one is reported by its index, the good one is stored.
    pb::BatchObject* good = req.add_objects();
    good->set_uuid("00000000-0000-4000-8000-0000000000d0");
    good->set_collection("Doc");
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid(uuid.toStdString());
    obj->set_collection(collection.toStdString());
    if (!property.isEmpty()) {
        const qsizetype eq = property.indexOf(u'=');
        const QJsonValue value = QJsonDocument::fromJson("[" + property.mid(eq + 1).toUtf8() + "]").array().at(0);
        auto& v = (*obj->mutable_properties()
                        ->mutable_non_ref_properties()
                        ->mutable_fields())[property.left(eq).toStdString()];
        if (value.isString()) {
            v.set_string_value(value.toString().toStdString());
        } else if (value.isArray()) {
            for (const QJsonValue& item : value.toArray())
                v.mutable_list_value()->add_values()->set_number_value(item.toDouble());
        } else {
            v.set_number_value(value.toDouble());
        }
    }
    if (vectorBytes == u"dim0"_s) {
        pb::Vectors* m = obj->add_vectors();
        m->set_name("m");
        m->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
        m->set_vector_bytes(multiBytes(0, {1.0f}));
    } else if (vectorBytes == u"multi-on-single"_s) {
        pb::Vectors* a = obj->add_vectors();
        a->set_name("a");
        a->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
        a->set_vector_bytes(multiBytes(1, {1.0f}));
    }
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.errors_size(), 1);
    QCOMPARE(reply.errors(0).index(), 1);
    QCOMPARE(QString::fromStdString(reply.errors(0).error()), message);
    QCOMPARE(fx.get(u"/v1/objects/Doc/00000000-0000-4000-8000-0000000000d0"_s).status, 200);
    // Weaviate imports an object whose multi-vector cannot be read, without that vector (parse.go's inner continue).
    QCOMPARE(
        fx.get(u"/v1/objects/Nv/00000000-0000-4000-8000-0000000000d1"_s).status, vectorBytes == u"dim0"_s ? 200 : 404);
}

void TestEmulatorGrpc::testBatchObjectsEmptyAndCounted()
{
    EmulatorFixture fx;
    Client client(fx);
    pb::BatchObjectsRequest req;
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str()); // REST answers 422 to an empty batch; gRPC does not
    QCOMPARE(reply.errors_size(), 0);
    QCOMPARE(fx.emulator().faultStats().grpcCalls, uint64_t(1));
    const auto stats = fx.get(u"/__emulator/stats"_s).json().object();
    QCOMPARE(stats.value(u"grpcCalls"_s).toInteger(), 1);
}

// Every property kind of notes 17.3 over gRPC reads back over REST byte for byte as its REST-written twin: Struct
// scalars (geo and phone as Structs), typed arrays, nested objects with their own typed arrays, empty lists typed by
// the schema, and single and multi-target references turned into beacons.
void TestEmulatorGrpc::testBatchObjectsEveryPropertyKind()
{
    EmulatorFixture fx;
    createAllKindsClasses(fx);
    Client client(fx);
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    const QString grpcId = u"00000000-0000-4000-8000-0000000000e1"_s;
    obj->set_uuid(grpcId.toStdString());
    obj->set_collection("All");
    pb::BatchObject::Properties* p = obj->mutable_properties();
    auto& f = *p->mutable_non_ref_properties()->mutable_fields();
    f["text"] = text("héllo\n\u0001");
    f["int"] = number(-42);
    f["number"] = number(1e21);
    f["bool"].set_bool_value(false);
    f["date"] = text("2026-01-02T03:04:05.123456789Z");
    f["uuid"] = text("0000AAAA-0000-4000-8000-00000000CC01");
    f["blob"] = text("AAECAw==");
    auto& geo = *f["geo"].mutable_struct_value()->mutable_fields();
    geo["latitude"] = number(-33.865143);
    geo["longitude"] = number(151.2099);
    auto& phone = *f["phone"].mutable_struct_value()->mutable_fields();
    phone["input"] = text("020 1234 5678");
    phone["defaultCountry"] = text("gb");
    auto* texts = p->add_text_array_properties();
    texts->set_prop_name("texts");
    texts->add_values("x");
    texts->add_values("");
    auto* dates = p->add_text_array_properties();
    dates->set_prop_name("dates");
    dates->add_values("2026-01-02T03:04:05+02:00");
    auto* uuids = p->add_text_array_properties();
    uuids->set_prop_name("uuids");
    uuids->add_values("00000000-0000-4000-8000-00000000cc02");
    auto* ints = p->add_int_array_properties();
    ints->set_prop_name("ints");
    ints->add_values(INT64_MAX);
    ints->add_values(0);
    auto* numbers = p->add_number_array_properties();
    numbers->set_prop_name("numbers");
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wdeprecated-declarations"
    numbers->add_values(2.5); // the deprecated doubles, read when values_bytes is empty
    numbers->add_values(-0.001);
#pragma GCC diagnostic pop
    auto* bools = p->add_boolean_array_properties();
    bools->set_prop_name("bools");
    bools->add_values(true);
    bools->add_values(false);
    pb::ObjectPropertiesValue* nested = p->add_object_properties()->mutable_value();
    p->mutable_object_properties(0)->set_prop_name("obj");
    (*nested->mutable_non_ref_properties()->mutable_fields())["a"] = text("inner");
    (*nested->mutable_non_ref_properties()->mutable_fields())["b"] = number(7);
    auto* c = nested->add_number_array_properties();
    c->set_prop_name("c");
    c->set_values_bytes(doubleBytes({0.25, 1e-9}));
    auto* d = nested->add_object_properties();
    d->set_prop_name("d");
    (*d->mutable_value()->mutable_non_ref_properties()->mutable_fields())["e"].set_bool_value(true);
    auto* objs = p->add_object_array_properties();
    objs->set_prop_name("objs");
    for (const char* name : {"one", "two"}) {
        pb::ObjectPropertiesValue* item = objs->add_values();
        (*item->mutable_non_ref_properties()->mutable_fields())["name"] = text(name);
        auto* tags = item->add_text_array_properties();
        tags->set_prop_name("tags");
        tags->add_values(std::string(name) + "-tag");
        auto* ids = item->add_int_array_properties();
        ids->set_prop_name("ids");
        ids->add_values(1);
        item->add_empty_list_props("ids"); // a later list of the same name wins, as in Go's map
    }
    p->add_empty_list_props("emptyTexts");
    p->add_empty_list_props("emptyObjs");
    auto* ref = p->add_single_target_ref_props();
    ref->set_prop_name("ref");
    ref->add_uuids("00000000-0000-4000-8000-00000000aa01");
    auto* multi = p->add_multi_target_ref_props();
    multi->set_prop_name("multi");
    multi->set_target_collection("other");
    multi->add_uuids("00000000-0000-4000-8000-00000000bb01");
    multi = p->add_multi_target_ref_props();
    multi->set_prop_name("multi");
    multi->set_target_collection("Target");
    multi->add_uuids("00000000-0000-4000-8000-00000000aa01");
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QVERIFY2(reply.errors_size() == 0, reply.errors_size() ? reply.errors(0).error().c_str() : "");

    const QString restId = u"00000000-0000-4000-8000-0000000000e2"_s;
    const QByteArray twin = "{\"class\":\"All\",\"id\":\"" + restId.toUtf8() + R"(","properties":{
        "text":"héllo\n\u0001","int":-42,"number":1e21,"bool":false,"date":"2026-01-02T03:04:05.123456789Z",
        "uuid":"0000AAAA-0000-4000-8000-00000000CC01","blob":"AAECAw==",
        "geo":{"latitude":-33.865143,"longitude":151.2099},"phone":{"input":"020 1234 5678","defaultCountry":"gb"},
        "texts":["x",""],"dates":["2026-01-02T03:04:05+02:00"],"uuids":["00000000-0000-4000-8000-00000000cc02"],
        "ints":[9223372036854775807,0],"numbers":[2.5,-0.001],"bools":[true,false],
        "obj":{"a":"inner","b":7,"c":[0.25,1e-9],"d":{"e":true}},
        "objs":[{"name":"one","tags":["one-tag"],"ids":[]},{"name":"two","tags":["two-tag"],"ids":[]}],
        "emptyTexts":[],"emptyObjs":[],
        "ref":[{"beacon":"weaviate://localhost/Target/00000000-0000-4000-8000-00000000aa01"}],
        "multi":[{"beacon":"weaviate://localhost/Other/00000000-0000-4000-8000-00000000bb01"},
                 {"beacon":"weaviate://localhost/Target/00000000-0000-4000-8000-00000000aa01"}]}})";
    QCOMPARE(restBatchError(fx, twin), QString());
    const QByteArray viaGrpc = restObject(fx, u"All"_s, grpcId);
    QVERIFY2(viaGrpc.contains(R"("ints":[9223372036854776000,0])"), viaGrpc.constData()); // float64, as stored
    QCOMPARE(viaGrpc, restObject(fx, u"All"_s, restId));
}

void TestEmulatorGrpc::testBatchObjectsReferenceErrors_data()
{
    QTest::addColumn<QString>("property");
    QTest::addColumn<bool>("multiTarget");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("message");
    const QString id = u"00000000-0000-4000-8000-00000000aa01"_s;
    QTest::newRow("single on multi") << u"multi"_s << false << QString() << id
                                     << u"target is a multi-target reference, need single target [Target Other]"_s;
    QTest::newRow("multi on single") << u"ref"_s << true << u"Target"_s << id
                                     << u"target is a single-target reference, need multi-target [Target]"_s;
    QTest::newRow("unknown property")
        << u"Ref"_s << false << QString() << id
        << u"no such prop with name 'Ref' found in class 'All' in the schema. Check your schema files for which "
           "properties in this class are available"_s;
    QTest::newRow("missing target") << u"ref"_s << false << QString() << u"00000000-0000-4000-8000-00000000aa09"_s
                                    << u"invalid cref: 'cref' All:ref: no object with id "
                                       "00000000-0000-4000-8000-00000000aa09 found"_s;
    QTest::newRow("bad target uuid")
        << u"ref"_s << false << QString() << u"nope"_s
        << u"invalid cref: invalid reference: invalid cref URI: 2nd path segment must be uuid, but got 'nope'"_s;
}

void TestEmulatorGrpc::testBatchObjectsReferenceErrors()
{
    QFETCH(QString, property);
    QFETCH(bool, multiTarget);
    QFETCH(QString, target);
    QFETCH(QString, uuid);
    QFETCH(QString, message);
    EmulatorFixture fx;
    createAllKindsClasses(fx);
    Client client(fx);
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid("00000000-0000-4000-8000-0000000000e1");
    obj->set_collection("All");
    if (multiTarget) {
        auto* ref = obj->mutable_properties()->add_multi_target_ref_props();
        ref->set_prop_name(property.toStdString());
        ref->set_target_collection(target.toStdString());
        ref->add_uuids(uuid.toStdString());
    } else {
        auto* ref = obj->mutable_properties()->add_single_target_ref_props();
        ref->set_prop_name(property.toStdString());
        ref->add_uuids(uuid.toStdString());
    }
    pb::BatchObjectsReply reply;
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 1);
    QCOMPARE(reply.errors(0).index(), 0);
    QCOMPARE(QString::fromStdString(reply.errors(0).error()), message);
}

void TestEmulatorGrpc::testBatchObjectsTenants()
{
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    pb::BatchObjectsRequest req;
    const auto add = [&req](const char* collection, const char* tenant, int n) {
        pb::BatchObject* obj = req.add_objects();
        obj->set_uuid(uuidFor(n).toStdString());
        obj->set_collection(collection);
        obj->set_tenant(tenant);
        (*obj->mutable_properties()->mutable_non_ref_properties()->mutable_fields())["title"] = text("t");
    };
    add("Mt", "t1", 1);
    add("Mt", "", 2);
    add("Mt", "cold", 3);
    add("Mt", "zz", 4);
    add("Doc", "t1", 5);
    add("mt", "t2", 6);
    pb::BatchObjectsReply reply;
    QVERIFY(client.batch(req, &reply).ok());
    QMap<int, QString> errors;
    for (const auto& e : reply.errors())
        errors.insert(e.index(), QString::fromStdString(e.error()));
    QCOMPARE(errors.keys(), (QList<int> {1, 2, 3, 4}));
    QCOMPARE(errors.value(1), u"class Mt has multi-tenancy enabled, but request was without tenant"_s);
    QCOMPARE(errors.value(2), u"tenant not active: 'cold'"_s);
    QCOMPARE(errors.value(3), u"tenant not found: \"zz\""_s);
    QCOMPARE(errors.value(4), u"class Doc has multi-tenancy disabled, but request was with tenant"_s);
    QCOMPARE(client.count("Mt", "t1"), 1);
    QCOMPARE(client.count("Mt", "t2"), 1);
    QVERIFY(restObject(fx, u"Mt"_s, uuidFor(1), u"t1"_s).contains(R"("tenant":"t1")"));

    // Auto-activation and auto-creation, as on REST.
    QCOMPARE(fx.call("PUT", u"/v1/schema/Mt"_s,
                   R"({"class":"Mt","multiTenancyConfig":{"enabled":true,"autoTenantCreation":true,
                   "autoTenantActivation":true},"properties":[{"name":"title","dataType":["text"]}]})")
                 .status,
        200);
    req.Clear();
    add("Mt", "cold", 7);
    add("Mt", "fresh", 8);
    reply.Clear();
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 0);
    QCOMPARE(client.count("Mt", "cold"), 1);
    QCOMPARE(client.count("Mt", "fresh"), 1);
}

void TestEmulatorGrpc::testBatchObjectsAuth()
{
    Emu::EngineConfig config;
    config.anonymousAccess = false;
    config.apiKeys = {"k1", "ro"};
    config.apiKeyUsers = {"writer", "reader"};
    config.readOnlyKeys = {"ro"};
    EmulatorFixture fx(config);
    fx.setBearer("k1");
    createClasses(fx);
    Client client(fx);
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid(uuidFor(1).toStdString());
    obj->set_collection("Doc");
    obj = req.add_objects();
    obj->set_uuid(uuidFor(2).toStdString());
    obj->set_collection("Mt");
    obj->set_tenant("t1");
    pb::BatchObjectsReply reply;
    grpc::Status s = client.batch(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    client.key = "wrong";
    s = client.batch(req, &reply);
    QCOMPARE(s.error_code(), grpc::StatusCode::UNAUTHENTICATED);
    QCOMPARE(QString::fromStdString(s.error_message()), u"extract auth: unauthorized: invalid api key"_s);

    // A key that may only read fails per object, by class and tenant (Weaviate authorises in its class getter).
    client.key = "ro";
    s = client.batch(req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.errors_size(), 2);
    QCOMPARE(QString::fromStdString(reply.errors(0).error()),
        u"authorization, forbidden action: user 'reader' has insufficient permissions to update_data "
        "[data/collections/Doc/shards/*/objects/*]"_s);
    QCOMPARE(QString::fromStdString(reply.errors(1).error()),
        u"authorization, forbidden action: user 'reader' has insufficient permissions to update_data "
        "[data/collections/Mt/shards/t1/objects/*]"_s);
    client.key = "k1";
    QCOMPARE(client.count("Doc"), 0);
    reply.Clear();
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 0);
    QCOMPARE(client.count("Doc"), 1);
    QCOMPARE(client.count("Mt", "t1"), 1);
}

void TestEmulatorGrpc::testBatchObjectsFaults_data()
{
    QTest::addColumn<QString>("spec");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("stored");
    QTest::newRow("503") << u"503=1"_s << int(grpc::StatusCode::UNAVAILABLE)
                         << u"read-only mode is enabled temporally at the config level: write operations are not "
                            "allowed during this time"_s
                         << false;
    QTest::newRow("429") << u"429=1"_s << int(grpc::StatusCode::RESOURCE_EXHAUSTED)
                         << u"usage limit exceeded: objects limit of 0 reached"_s << false;
    QTest::newRow("oom") << u"oom=1"_s << int(grpc::StatusCode::UNKNOWN)
                         << u"batch objects: cannot process batch: not enough memory"_s << false;
    QTest::newRow("drop") << u"drop=1"_s << int(grpc::StatusCode::CANCELLED) << QString() << false;
    // The partial answer: the batch is applied, then the call ends without its reply.
    QTest::newRow("dropmid") << u"dropmid=1"_s << int(grpc::StatusCode::CANCELLED) << QString() << true;
    QTest::newRow("other path") << u"503=1,path=/weaviate.v1.Weaviate/Search"_s << int(grpc::StatusCode::OK)
                                << QString() << true;
}

void TestEmulatorGrpc::testBatchObjectsFaults()
{
    QFETCH(QString, spec);
    QFETCH(int, code);
    QFETCH(QString, message);
    QFETCH(bool, stored);
    EmulatorFixture fx;
    createClasses(fx);
    Client client(fx);
    Emu::FaultConfig faults;
    std::string error;
    QVERIFY2(Emu::FaultConfig::parse((spec + u",max=1"_s).toStdString(), &faults, &error), error.c_str());
    fx.emulator().setFaults(faults);
    pb::BatchObjectsRequest req;
    for (int i = 0; i < 3; ++i) {
        pb::BatchObject* obj = req.add_objects();
        obj->set_uuid(uuidFor(i).toStdString());
        obj->set_collection("Doc");
        obj->set_vector_bytes(floatBytes({1.0f, 2.0f}));
    }
    pb::BatchObjectsReply reply;
    const grpc::Status s = client.batch(req, &reply);
    QCOMPARE(int(s.error_code()), code);
    if (!message.isEmpty())
        QCOMPARE(QString::fromStdString(s.error_message()), message);
    QCOMPARE(fx.emulator().faultStats().injectedOom, spec == u"oom=1"_s ? 1u : 0u);
    QCOMPARE(client.count("Doc"), stored ? 3 : 0);
    // max=1: the same batch again is answered, and it is an upsert.
    reply.Clear();
    QVERIFY(client.batch(req, &reply).ok());
    QCOMPARE(reply.errors_size(), 0);
    QCOMPARE(client.count("Doc"), 3);
}

QTEST_GUILESS_MAIN(TestEmulatorGrpc)
#include "TestEmulatorGrpc.moc"
