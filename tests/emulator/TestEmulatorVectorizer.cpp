// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"
#include "tools/emulator/StandInVectorizer.h"
#include "v1/weaviate.grpc.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <chrono>
#include <cmath>
#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::Reply;
namespace pb = weaviate::v1;
namespace Vz = Emu::StandInVectorizer;

// ENABLE_MODULES in the emulator: /v1/meta lists the enabled modules, classes may only name those, and a text2vec
// module computes the stand-in embedding (StandInVectorizer) of every object that arrives without that vector, on
// every write path: POST /v1/objects, POST /v1/batch/objects and gRPC BatchObjects.
class TestEmulatorVectorizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testMetaListsEnabledModules();
    void testUnknownModuleRefused();
    void testEmbeddingIsDeterministicAndNormalised();
    void testRestBatchVectorizesLegacy();
    void testSingleObjectVectorized();
    void testOwnVectorKept();
    void testNamedVectorsPerModule();
    void testSkipAndClassName();
    void testGrpcBatchVectorized();
};

namespace {

constexpr auto kId1 = "00000000-0000-4000-8000-000000000001";
constexpr auto kId2 = "00000000-0000-4000-8000-000000000002";

Emu::EngineConfig withModules(const char* list)
{
    Emu::EngineConfig cfg;
    cfg.modulesJson = Vz::withEnabledModules(cfg.modulesJson, list);
    return cfg;
}

QJsonArray floats(const std::vector<float>& v)
{
    QJsonArray a;
    for (const float x : v)
        a.append(double(x));
    return a;
}

// The object as GET /v1/objects/{c}/{id}?include=vector answers it.
QJsonObject object(EmulatorFixture& fx, const QString& cls, const QString& id)
{
    return fx.get(u"/v1/objects/%1/%2?include=vector"_s.arg(cls, id)).json().object();
}

QJsonArray vectorOf(const QJsonObject& o, const QString& name = {})
{
    return name.isEmpty() ? o.value(u"vector"_s).toArray() : o.value(u"vectors"_s).toObject().value(name).toArray();
}

// Equal within float32 rounding (the REST JSON of a float32 is its shortest text).
bool sameVector(const QJsonArray& got, const std::vector<float>& want)
{
    if (got.size() != qsizetype(want.size()))
        return false;
    for (qsizetype i = 0; i < got.size(); ++i)
        if (float(got.at(i).toDouble()) != want[size_t(i)])
            return false;
    return true;
}

void createBook(EmulatorFixture& fx)
{
    const Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"BookReview","vectorizer":"text2vec-openai","properties":[{"name":"title","dataType":["text"]},)"
        R"({"name":"tags","dataType":["text[]"]},{"name":"pages","dataType":["int"]}]})");
    QVERIFY2(r.status == 200, r.body.constData());
}

} // namespace

void TestEmulatorVectorizer::testMetaListsEnabledModules()
{
    EmulatorFixture fx(withModules("text2vec-openai, text2vec-cohere,backup-filesystem"));
    const QJsonObject modules = fx.get(u"/v1/meta"_s).json().object().value(u"modules"_s).toObject();
    QCOMPARE(modules.keys(), (QStringList {u"backup-filesystem"_s, u"text2vec-cohere"_s, u"text2vec-openai"_s}));
    const QJsonObject openai = modules.value(u"text2vec-openai"_s).toObject();
    QCOMPARE(openai.keys(), (QStringList {u"documentationHref"_s, u"name"_s}));
    // A module configured with its own meta keeps it.
    Emu::EngineConfig cfg;
    cfg.modulesJson = Vz::withEnabledModules(R"({"text2vec-openai":{"name":"OpenAI Module"}})", "text2vec-openai");
    QCOMPARE(QByteArray::fromStdString(cfg.modulesJson), QByteArray(R"({"text2vec-openai":{"name":"OpenAI Module"}})"));
}

void TestEmulatorVectorizer::testUnknownModuleRefused()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    Reply r = fx.post(u"/v1/schema"_s, R"({"class":"A","vectorizer":"text2vec-cohere"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"vectorizer: no module with name \"text2vec-cohere\" present"_s);
    r = fx.post(u"/v1/schema"_s, R"({"class":"A","vectorConfig":{"v":{"vectorizer":{"text2vec-cohere":{}}}}})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), u"target vector \"v\": vectorizer: no module with name \"text2vec-cohere\" present"_s);
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"A","vectorizer":"text2vec-openai"})").status, 200);
}

void TestEmulatorVectorizer::testEmbeddingIsDeterministicAndNormalised()
{
    const std::vector<float> a = Vz::embed("text2vec-openai", "book review dune sand");
    QCOMPARE(a.size(), Vz::kDimensions);
    QCOMPARE(a, Vz::embed("text2vec-openai", "book  review, dune; sand"));
    QVERIFY(a != Vz::embed("text2vec-openai", "book review emma"));
    QVERIFY(a != Vz::embed("text2vec-cohere", "book review dune sand"));
    double norm = 0;
    for (const float x : a)
        norm += double(x) * x;
    QVERIFY(std::abs(norm - 1.0) < 1e-5);
    QVERIFY(Vz::embed("text2vec-openai", " ,; ").empty());
}

void TestEmulatorVectorizer::testRestBatchVectorizesLegacy()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    createBook(fx);
    const QByteArray batch = QByteArray(R"({"objects":[{"class":"BookReview","id":")") + kId1
        + R"(","properties":{"title":"Dune","tags":["Sand","Spice"],"pages":412}},{"class":"BookReview","id":")" + kId2
        + R"(","properties":{"pages":1}}]})";
    const Reply r = fx.post(u"/v1/batch/objects"_s, batch);
    QVERIFY2(r.status == 200 && !r.body.contains("errors"), r.body.constData());
    // Class name, then the text properties in name order (tags before title), lower-cased.
    QVERIFY(sameVector(vectorOf(object(fx, u"BookReview"_s, QString::fromLatin1(kId1))),
        Vz::embed("text2vec-openai", "book review sand spice dune")));
    QVERIFY(sameVector(
        vectorOf(object(fx, u"BookReview"_s, QString::fromLatin1(kId2))), Vz::embed("text2vec-openai", "book review")));
    // The cursor listing carries the same vector.
    const QJsonArray page = fx.get(u"/v1/objects?class=BookReview&include=vector&limit=5"_s)
                                .json()
                                .object()
                                .value(u"objects"_s)
                                .toArray();
    QCOMPARE(page.size(), 2);
    QVERIFY(sameVector(vectorOf(page.at(0).toObject()), Vz::embed("text2vec-openai", "book review sand spice dune")));
}

void TestEmulatorVectorizer::testSingleObjectVectorized()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    createBook(fx);
    const Reply r = fx.post(
        u"/v1/objects"_s, QByteArray(R"({"class":"BookReview","id":")") + kId1 + R"(","properties":{"title":"Emma"}})");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(sameVector(vectorOf(r.json().object()), Vz::embed("text2vec-openai", "book review emma")));
    QVERIFY(sameVector(vectorOf(object(fx, u"BookReview"_s, QString::fromLatin1(kId1))),
        Vz::embed("text2vec-openai", "book review emma")));
}

void TestEmulatorVectorizer::testOwnVectorKept()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    createBook(fx);
    std::vector<float> own(Vz::kDimensions, 0.0F);
    own[3] = 1.0F;
    QJsonObject o {{u"class"_s, u"BookReview"_s}, {u"id"_s, QString::fromLatin1(kId1)},
        {u"properties"_s, QJsonObject {{u"title"_s, u"Dune"_s}}}, {u"vector"_s, floats(own)}};
    const Reply r = fx.post(u"/v1/batch/objects"_s,
        QJsonDocument(QJsonObject {{u"objects"_s, QJsonArray {o}}}).toJson(QJsonDocument::Compact));
    QVERIFY2(r.status == 200 && !r.body.contains("errors"), r.body.constData());
    QVERIFY(sameVector(vectorOf(object(fx, u"BookReview"_s, QString::fromLatin1(kId1))), own));
}

void TestEmulatorVectorizer::testNamedVectorsPerModule()
{
    EmulatorFixture fx(withModules("text2vec-openai,text2vec-cohere"));
    Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"Doc","properties":[{"name":"title","dataType":["text"]},{"name":"body","dataType":["text"]}],)"
        R"("vectorConfig":{"full":{"vectorizer":{"text2vec-openai":{}},"vectorIndexType":"hnsw"},)"
        R"("titles":{"vectorizer":{"text2vec-cohere":{"properties":["title"],"vectorizeClassName":false}}},)"
        R"("own":{"vectorizer":{"none":{}}}}})");
    QVERIFY2(r.status == 200, r.body.constData());
    r = fx.post(u"/v1/batch/objects"_s,
        QByteArray(R"({"objects":[{"class":"Doc","id":")") + kId1
            + R"(","properties":{"title":"Dune","body":"Desert planet"},"vectors":{"own":[1,0]}}]})");
    QVERIFY2(r.status == 200 && !r.body.contains("errors"), r.body.constData());
    const QJsonObject o = object(fx, u"Doc"_s, QString::fromLatin1(kId1));
    QVERIFY(sameVector(vectorOf(o, u"full"_s), Vz::embed("text2vec-openai", "doc desert planet dune")));
    QVERIFY(sameVector(vectorOf(o, u"titles"_s), Vz::embed("text2vec-cohere", "dune")));
    QCOMPARE(vectorOf(o, u"own"_s), (QJsonArray {1, 0}));
    QVERIFY(!o.contains(u"vector"_s));
}

void TestEmulatorVectorizer::testSkipAndClassName()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    Reply r = fx.post(u"/v1/schema"_s,
        R"({"class":"Note","vectorizer":"text2vec-openai","moduleConfig":{"text2vec-openai":{"vectorizeClassName":false}},)"
        R"("properties":[{"name":"secret","dataType":["text"],"moduleConfig":{"text2vec-openai":{"skip":true}}},)"
        R"({"name":"kind","dataType":["text"],"moduleConfig":{"text2vec-openai":{"vectorizePropertyName":true}}}]})");
    QVERIFY2(r.status == 200, r.body.constData());
    r = fx.post(u"/v1/objects"_s,
        QByteArray(R"({"class":"Note","id":")") + kId1 + R"(","properties":{"secret":"xyz","kind":"Memo"}})");
    QVERIFY2(r.status == 200, r.body.constData());
    QVERIFY(sameVector(
        vectorOf(object(fx, u"Note"_s, QString::fromLatin1(kId1))), Vz::embed("text2vec-openai", "kind memo")));
}

void TestEmulatorVectorizer::testGrpcBatchVectorized()
{
    EmulatorFixture fx(withModules("text2vec-openai"));
    createBook(fx);
    const QUrl url = fx.grpcUrl();
    auto channel = grpc::CreateChannel(
        u"%1:%2"_s.arg(url.host()).arg(url.port()).toStdString(), grpc::InsecureChannelCredentials());
    auto stub = pb::Weaviate::NewStub(channel);
    pb::BatchObjectsRequest req;
    pb::BatchObject* obj = req.add_objects();
    obj->set_uuid(kId1);
    obj->set_collection("BookReview");
    google::protobuf::Value title;
    title.set_string_value("Dune");
    (*obj->mutable_properties()->mutable_non_ref_properties()->mutable_fields())["title"] = title;
    pb::BatchObjectsReply reply;
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20));
    const grpc::Status s = stub->BatchObjects(&ctx, req, &reply);
    QVERIFY2(s.ok(), s.error_message().c_str());
    QCOMPARE(reply.errors_size(), 0);
    QVERIFY(sameVector(vectorOf(object(fx, u"BookReview"_s, QString::fromLatin1(kId1))),
        Vz::embed("text2vec-openai", "book review dune")));
}

QTEST_GUILESS_MAIN(TestEmulatorVectorizer)
#include "TestEmulatorVectorizer.moc"
