// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"
#include "v1/weaviate.grpc.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <chrono>
#include <grpcpp/grpcpp.h>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using TestSupport::Reply;
namespace pb = weaviate::v1;

// Collection aliases against the emulator (notes section 15): the five /v1/aliases endpoints with their codes,
// bodies and version differences, the name and case rules, dangling aliases, and where an alias is resolved.
class TestEmulatorAliases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testCreateEchoesNormalisedBody();
    void testGetListAndFilter();
    void testUnknownAliasIs404WithEmptyBody();
    void testUpdate();
    void testDelete();
    void testCreateErrors_data();
    void testCreateErrors();
    void testUpdateErrors_data();
    void testUpdateErrors();
    void testMalformedBodies();
    void testAliasNextToCaseOnlyClass();
    void testClassCreateRefusedByAlias_data();
    void testClassCreateRefusedByAlias();
    void testDanglingAliasKeptAndBlocking();
    void testVersionGating();
    void testLookupCaseBefore1322();
    void testUnknownClassFilterBefore1327();
    void testSnapshotAndReset();
    void testObjectsRestResolve();
    void testObjectsListResolves();
    void testBatchObjectsAndDeleteResolve();
    void testBatchReferencesFrom_data();
    void testBatchReferencesFrom();
    void testGraphqlAliasField();
    void testGrpcResolve();
    void testGrpcTenantsGetFrom133();
    void testGrpcDanglingAlias_data();
    void testGrpcDanglingAlias();
    void testSchemaReads_data();
    void testSchemaReads();
    void testWritesDoNotResolve();
    void testReadOnlyKeyIsForbidden();
    void testAnswersNameAliasBefore1322_data();
    void testAnswersNameAliasBefore1322();
};

namespace {

Emu::EngineConfig version(const char* v)
{
    Emu::EngineConfig cfg;
    cfg.version = v;
    return cfg;
}

const QString bookId = u"00000000-0000-0000-0000-00000000000b"_s;
const QString movieId = u"00000000-0000-0000-0000-00000000000c"_s;

// A fixture on `v` with classes Book (title, about -> Movie) and Movie, and the multi-tenant class Mt (tenant t1).
std::unique_ptr<EmulatorFixture> library(const char* v = "1.38.0")
{
    auto fx = std::make_unique<EmulatorFixture>(version(v));
    const QList<QByteArray> classes {
        R"({"class":"Book","properties":[{"name":"title","dataType":["text"]},{"name":"about","dataType":["Movie"]}]})",
        R"({"class":"Movie"})", R"({"class":"Mt","multiTenancyConfig":{"enabled":true}})"};
    for (const QByteArray& cls : classes) {
        const Reply r = fx->post(u"/v1/schema"_s, cls);
        if (r.status != 200)
            qFatal("cannot create class %s: %s", cls.constData(), r.body.constData());
    }
    if (fx->post(u"/v1/schema/Mt/tenants"_s, R"([{"name":"t1"}])").status != 200)
        qFatal("cannot create tenant t1");
    return fx;
}

// library() with the aliases Shelf -> Book, Screen -> Movie and Tm -> Mt.
std::unique_ptr<EmulatorFixture> aliased(const char* v = "1.38.0")
{
    auto fx = library(v);
    for (const char* body : {R"({"alias":"Shelf","class":"Book"})", R"({"alias":"Screen","class":"Movie"})",
             R"({"alias":"Tm","class":"Mt"})"})
        if (fx->post(u"/v1/aliases"_s, body).status != 200)
            qFatal("cannot create alias %s", body);
    return fx;
}

QJsonObject obj(const Reply& r)
{
    return r.json().object();
}

// The weaviate.v1 stub on the fixture's gRPC port.
std::unique_ptr<pb::Weaviate::Stub> grpcStub(EmulatorFixture& fx)
{
    const QUrl url = fx.grpcUrl();
    return pb::Weaviate::NewStub(grpc::CreateChannel(
        QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toStdString(), grpc::InsecureChannelCredentials()));
}

struct GrpcCall
{
    grpc::ClientContext ctx;
    GrpcCall() { ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(20)); }
};

int64_t grpcCount(pb::Weaviate::Stub& stub, const std::string& collection)
{
    pb::AggregateRequest req;
    req.set_collection(collection);
    req.set_objects_count(true);
    pb::AggregateReply reply;
    GrpcCall call;
    const grpc::Status s = stub.Aggregate(&call.ctx, req, &reply);
    return s.ok() ? reply.single_result().objects_count() : -1;
}

// One BatchObjects call with one object: its error, "" when stored.
std::string grpcBatchOne(pb::Weaviate::Stub& stub, const std::string& collection, const QString& id)
{
    pb::BatchObjectsRequest req;
    pb::BatchObject* o = req.add_objects();
    o->set_collection(collection);
    o->set_uuid(id.toStdString());
    pb::BatchObjectsReply reply;
    GrpcCall call;
    const grpc::Status s = stub.BatchObjects(&call.ctx, req, &reply);
    if (!s.ok())
        return "status: " + s.error_message();
    return reply.errors_size() ? reply.errors(0).error() : std::string();
}

QByteArray bookObject(const char* cls, const char* title)
{
    return QByteArray(R"({"class":")") + cls + R"(","id":")" + bookId.toLatin1() + R"(","properties":{"title":")"
        + title + R"("}})";
}

QByteArray aliasBody(const char* alias, const char* cls)
{
    return QByteArray(R"({"alias":")") + alias + R"(","class":")" + cls + R"("})";
}

} // namespace

void TestEmulatorAliases::testCreateEchoesNormalisedBody()
{
    auto fx = library();
    const Reply r = fx->post(u"/v1/aliases"_s, aliasBody("shelf", "book"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"alias":"Shelf","class":"Book"})"));
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).body, QByteArray(R"({"alias":"Shelf","class":"Book"})"));
    // Aliases are not part of the schema listing.
    QCOMPARE(fx->get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 3);
}

void TestEmulatorAliases::testGetListAndFilter()
{
    auto fx = library();
    QCOMPARE(fx->get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[]})"));
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Screen", "Movie")).status, 200);
    const Reply all = fx->get(u"/v1/aliases"_s);
    QCOMPARE(all.status, 200);
    QCOMPARE(
        all.body, QByteArray(R"({"aliases":[{"alias":"Screen","class":"Movie"},{"alias":"Shelf","class":"Book"}]})"));
    QCOMPARE(
        fx->get(u"/v1/aliases?class=book"_s).body, QByteArray(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})"));
    // An unknown class, or an alias given as the class, filters everything out (200, not 404).
    const Reply unknown = fx->get(u"/v1/aliases?class=Nope"_s);
    QCOMPARE(unknown.status, 200);
    QCOMPARE(unknown.body, QByteArray(R"({"aliases":[]})"));
    QCOMPARE(fx->get(u"/v1/aliases?class=Shelf"_s).body, QByteArray(R"({"aliases":[]})"));
    // The path name is first-letter upper-cased, nothing more.
    QCOMPARE(fx->get(u"/v1/aliases/shelf"_s).status, 200);
    QCOMPARE(fx->get(u"/v1/aliases/SHELF"_s).status, 404);
}

void TestEmulatorAliases::testUnknownAliasIs404WithEmptyBody()
{
    auto fx = library();
    const QList<Reply> replies {fx->get(u"/v1/aliases/Nope"_s), fx->put(u"/v1/aliases/Nope"_s, R"({"class":"Book"})"),
        fx->del(u"/v1/aliases/Nope"_s)};
    for (const Reply& r : replies) {
        QCOMPARE(r.status, 404);
        QVERIFY(r.body.isEmpty());
        QVERIFY(r.header("Content-Type").isEmpty());
    }
}

void TestEmulatorAliases::testUpdate()
{
    auto fx = library();
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->put(u"/v1/aliases/shelf"_s, R"({"class":"movie"})");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"alias":"Shelf","class":"Movie"})"));
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).body, QByteArray(R"({"alias":"Shelf","class":"Movie"})"));
    QCOMPARE(fx->get(u"/v1/aliases?class=Book"_s).body, QByteArray(R"({"aliases":[]})"));
}

void TestEmulatorAliases::testDelete()
{
    auto fx = library();
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->del(u"/v1/aliases/shelf"_s);
    QCOMPARE(r.status, 204);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).status, 404);
    QCOMPARE(fx->del(u"/v1/aliases/Shelf"_s).status, 404);
    // The class stays.
    QCOMPARE(fx->get(u"/v1/schema/Book"_s).status, 200);
}

void TestEmulatorAliases::testCreateErrors_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString existsTail = u"updating schema: TYPE_CREATE_ALIAS: create alias: Shelf, alias already exists"_s;
    const QString classTail = u"updating schema: TYPE_CREATE_ALIAS: create alias: class Movie already exists"_s;
    const QByteArray longName(256, 'a');
    QTest::newRow("bad alias 1.38") << u"1.38.0"_s << aliasBody("Bad-name", "Book") << 422
                                    << u"validation: 'Bad-name' is not a valid alias name"_s;
    QTest::newRow("bad alias 1.37") << u"1.37.0"_s << aliasBody("Bad-name", "Book") << 422
                                    << u"'Bad-name' is not a valid alias name"_s;
    QTest::newRow("long alias 1.38")
        << u"1.38.0"_s << aliasBody(longName.constData(), "Book") << 422
        << u"validation: 'A%1' is not a valid alias name. Name should not be longer than 255 characters"_s.arg(
               QString(255, u'a'));
    QTest::newRow("empty alias 1.32.2") << u"1.32.2"_s << aliasBody("", "Book") << 422
                                        << u"'' is not a valid alias name"_s;
    QTest::newRow("empty alias 1.32.0") << u"1.32.0"_s << aliasBody("", "Book") << 422
                                        << u"empty alias name: bad request"_s;
    QTest::newRow("bad class 1.38") << u"1.38.0"_s << aliasBody("Ok", "Foo-bar") << 422
                                    << u"validation: 'Foo-bar' is not a valid class name"_s;
    QTest::newRow("bad class 1.37") << u"1.37.0"_s << aliasBody("Ok", "Foo-bar") << 422
                                    << u"class does not exist: bad request"_s;
    QTest::newRow("missing class 1.38") << u"1.38.0"_s << aliasBody("Ok", "nope") << 422
                                        << u"validation: target class \"Nope\" does not exist"_s;
    QTest::newRow("missing class 1.37") << u"1.37.0"_s << aliasBody("Ok", "nope") << 422
                                        << u"class does not exist: bad request"_s;
    QTest::newRow("alias exists 1.38") << u"1.38.0"_s << aliasBody("shelf", "Movie") << 422
                                       << u"validation: "_s + existsTail;
    QTest::newRow("alias exists 1.37") << u"1.37.0"_s << aliasBody("shelf", "Movie") << 422 << existsTail;
    QTest::newRow("alias exists other case 1.38")
        << u"1.38.0"_s << aliasBody("SHELF", "Movie") << 422
        << u"validation: updating schema: TYPE_CREATE_ALIAS: create alias: SHELF, alias already exists"_s;
    QTest::newRow("alias exists 1.32.3")
        << u"1.32.3"_s << aliasBody("shelf", "Movie") << 422
        << u"updating schema: TYPE_CREATE_ALIAS: create alias: alias Shelf already exists"_s;
    QTest::newRow("alias exists 1.32.4") << u"1.32.4"_s << aliasBody("shelf", "Movie") << 422 << existsTail;
    QTest::newRow("alias is a class 1.38") << u"1.38.0"_s << aliasBody("movie", "Book") << 500 << classTail;
    QTest::newRow("alias is a class 1.37") << u"1.37.0"_s << aliasBody("movie", "Book") << 422 << classTail;
}

void TestEmulatorAliases::testCreateErrors()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    auto fx = library(version.toLatin1().constData());
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->post(u"/v1/aliases"_s, body);
    QCOMPARE(r.status, status);
    QCOMPARE(r.json().object(), (QJsonObject {{u"error"_s, QJsonArray {QJsonObject {{u"message"_s, message}}}}}));
    // Nothing was stored.
    QCOMPARE(fx->get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})"));
}

void TestEmulatorAliases::testUpdateErrors_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("message");
    QTest::newRow("1.38") << u"1.38.0"_s << u"validation: target class \"Nope\" does not exist"_s;
    QTest::newRow("1.37") << u"1.37.0"_s << u"class does not exist: bad request"_s;
}

void TestEmulatorAliases::testUpdateErrors()
{
    QFETCH(QString, version);
    QFETCH(QString, message);
    auto fx = library(version.toLatin1().constData());
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->put(u"/v1/aliases/Shelf"_s, R"({"class":"nope"})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    // PUT does not resolve aliases for the target either: an alias is not a class.
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Screen", "Movie")).status, 200);
    QCOMPARE(fx->put(u"/v1/aliases/Shelf"_s, R"({"class":"Screen"})").status, 422);
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).body, QByteArray(R"({"alias":"Shelf","class":"Book"})"));
}

void TestEmulatorAliases::testMalformedBodies()
{
    auto fx = library();
    const Reply missing = fx->post(u"/v1/aliases"_s, {});
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.body, QByteArray(R"({"code":602,"message":"body in body is required"})"));
    const Reply array = fx->post(u"/v1/aliases"_s, "[]");
    QCOMPARE(array.status, 400);
    QCOMPARE(array.errorMessage(),
        u"parsing body body from \"\" failed, because json: cannot unmarshal array into Go value of type models.Alias"_s);
    QCOMPARE(fx->put(u"/v1/aliases/Shelf"_s, {}).status, 422);
    QCOMPARE(fx->put(u"/v1/aliases/Shelf"_s, "{").status, 400);
}

void TestEmulatorAliases::testAliasNextToCaseOnlyClass()
{
    // Against classes the alias check is exact only: BOOK next to class Book is accepted.
    auto fx = library();
    const Reply r = fx->post(u"/v1/aliases"_s, aliasBody("BOOK", "Movie"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, QByteArray(R"({"alias":"BOOK","class":"Movie"})"));
}

void TestEmulatorAliases::testClassCreateRefusedByAlias_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("cls");
    QTest::addColumn<QString>("message");
    QTest::newRow("exact") << u"1.38.0"_s << QByteArray("shelf") << u"alias name Shelf already exists"_s;
    QTest::newRow("case only") << u"1.32.2"_s << QByteArray("SHELF")
                               << u"class already exists: found similar alias \"Shelf\""_s;
    QTest::newRow("exact 1.32.1") << u"1.32.1"_s << QByteArray("shelf") << u"class name Shelf already exists"_s;
    QTest::newRow("case only 1.32.1") << u"1.32.1"_s << QByteArray("SHELF")
                                      << u"class already exists: found similar class \"Shelf\""_s;
}

void TestEmulatorAliases::testClassCreateRefusedByAlias()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, cls);
    QFETCH(QString, message);
    auto fx = library(version.toLatin1().constData());
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->post(u"/v1/schema"_s, R"({"class":")" + cls + R"("})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(fx->get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 3);
}

void TestEmulatorAliases::testDanglingAliasKeptAndBlocking()
{
    auto fx = library();
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    QCOMPARE(fx->del(u"/v1/schema/Book"_s).status, 200);
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).body, QByteArray(R"({"alias":"Shelf","class":"Book"})"));
    QCOMPARE(fx->get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})"));
    // The class filter needs the class: none now.
    QCOMPARE(fx->get(u"/v1/aliases?class=Book"_s).body, QByteArray(R"({"aliases":[]})"));
    const Reply blocked = fx->post(u"/v1/schema"_s, R"({"class":"Shelf"})");
    QCOMPARE(blocked.status, 422);
    QCOMPARE(blocked.errorMessage(), u"alias name Shelf already exists"_s);
    // Re-creating the target revives it; a dangling alias can be moved and deleted.
    QCOMPARE(fx->post(u"/v1/schema"_s, R"({"class":"Book"})").status, 200);
    QCOMPARE(
        fx->get(u"/v1/aliases?class=Book"_s).body, QByteArray(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})"));
    QCOMPARE(fx->del(u"/v1/schema/Book"_s).status, 200);
    QCOMPARE(fx->put(u"/v1/aliases/Shelf"_s, R"({"class":"Movie"})").status, 200);
    QCOMPARE(fx->del(u"/v1/schema/Movie"_s).status, 200);
    QCOMPARE(fx->del(u"/v1/aliases/Shelf"_s).status, 204);
    QCOMPARE(fx->post(u"/v1/schema"_s, R"({"class":"Shelf"})").status, 200);
}

void TestEmulatorAliases::testVersionGating()
{
    auto fx = library("1.31.9");
    const QList<Reply> replies {fx->get(u"/v1/aliases"_s), fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")),
        fx->get(u"/v1/aliases/Shelf"_s), fx->put(u"/v1/aliases/Shelf"_s, R"({"class":"Book"})"),
        fx->del(u"/v1/aliases/Shelf"_s)};
    for (const Reply& r : replies) {
        QCOMPARE(r.status, 404);
        QCOMPARE(r.json().object().value(u"code"_s).toInt(), 404); // go-swagger's unknown path, not the empty 404
    }
    fx->emulator().engine().setConfig(version("1.32.0"));
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    // Known path, other method: 405 with Allow.
    const Reply patch = fx->call("PATCH", u"/v1/aliases/Shelf"_s, "{}");
    QCOMPARE(patch.status, 405);
    QCOMPARE(patch.header("Allow"), QByteArray("DELETE,GET,PUT"));
}

void TestEmulatorAliases::testLookupCaseBefore1322()
{
    // 1.32.0-1.32.1 had no name validation and looked GET's path name up as given.
    auto fx = library("1.32.1");
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("bad-name", "Book")).body,
        QByteArray(R"({"alias":"Bad-name","class":"Book"})"));
    QCOMPARE(fx->get(u"/v1/aliases/bad-name"_s).status, 404);
    QCOMPARE(fx->get(u"/v1/aliases/Bad-name"_s).status, 200);
    fx->emulator().engine().setConfig(version("1.32.2"));
    QCOMPARE(fx->get(u"/v1/aliases/bad-name"_s).status, 200);
}

void TestEmulatorAliases::testUnknownClassFilterBefore1327()
{
    // Before 1.32.7 a class filter naming no class was ignored (usecases/schema/alias.go GetAliases).
    auto fx = library("1.32.6");
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const QByteArray all(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})");
    QCOMPARE(fx->get(u"/v1/aliases?class=Nope"_s).body, all);
    QCOMPARE(fx->get(u"/v1/aliases?class=Movie"_s).body, QByteArray(R"({"aliases":[]})"));
    fx->emulator().engine().setConfig(version("1.32.7"));
    QCOMPARE(fx->get(u"/v1/aliases?class=Nope"_s).body, QByteArray(R"({"aliases":[]})"));
}

void TestEmulatorAliases::testSnapshotAndReset()
{
    auto fx = library();
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    QCOMPARE(fx->del(u"/v1/schema/Movie"_s).status, 200);
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Screen", "Book")).status, 200);
    QCOMPARE(fx->put(u"/v1/aliases/Screen"_s, R"({"class":"Book"})").status, 200);
    const QByteArray before = fx->get(u"/v1/aliases"_s).body;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path = dir.filePath(u"snap.bin"_s).toStdString();
    std::string error;
    QVERIFY2(fx->emulator().engine().saveSnapshot(path, &error), error.c_str());
    QCOMPARE(fx->call("POST", u"/__emulator/reset"_s).status, 200);
    QCOMPARE(fx->get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[]})"));
    QVERIFY2(fx->emulator().engine().loadSnapshot(path, &error), error.c_str());
    QCOMPARE(fx->get(u"/v1/aliases"_s).body, before);
    QCOMPARE(fx->post(u"/v1/schema"_s, R"({"class":"Shelf"})").status, 422);
}

void TestEmulatorAliases::testObjectsRestResolve()
{
    auto fx = aliased();
    const QString path = u"/v1/objects/shelf/"_s + bookId;
    const Reply created = fx->post(u"/v1/objects"_s, bookObject("shelf", "a"));
    QCOMPARE(created.status, 200);
    QCOMPARE(obj(created).value(u"class"_s).toString(), u"Book"_s); // the real class, not the alias
    const Reply got = fx->get(path);
    QCOMPARE(got.status, 200);
    QCOMPARE(obj(got).value(u"class"_s).toString(), u"Book"_s);
    QCOMPARE(fx->call("HEAD", path).status, 204);
    const Reply put = fx->put(path, bookObject("Shelf", "b"));
    QCOMPARE(put.status, 200);
    QCOMPARE(obj(put).value(u"class"_s).toString(), u"Book"_s);
    QCOMPARE(fx->call("PATCH", path, R"({"properties":{"title":"c"}})").status, 204);
    const Reply viaClass = fx->get(u"/v1/objects/Book/"_s + bookId);
    QCOMPARE(obj(viaClass).value(u"properties"_s).toObject().value(u"title"_s).toString(), u"c"_s);
    // Only the first letter is normalised: SHELF is neither an alias nor a class.
    QCOMPARE(fx->get(u"/v1/objects/SHELF/"_s + bookId).status, 404);
    QCOMPARE(fx->del(path).status, 204);
    QCOMPARE(fx->get(u"/v1/objects/Book/"_s + bookId).status, 404);
}

void TestEmulatorAliases::testObjectsListResolves()
{
    auto fx = aliased();
    QCOMPARE(fx->post(u"/v1/objects"_s, bookObject("Book", "a")).status, 200);
    for (const QString& query : {u"?class=Shelf"_s, u"?class=shelf&limit=5&after="_s}) {
        const Reply r = fx->get(u"/v1/objects"_s + query);
        QCOMPARE(r.status, 200);
        const QJsonArray objects = obj(r).value(u"objects"_s).toArray();
        QCOMPARE(objects.size(), 1);
        QCOMPARE(objects.first().toObject().value(u"class"_s).toString(), u"Book"_s);
    }
    // A dangling alias lists nothing: 404 as for an unknown class.
    QCOMPARE(fx->del(u"/v1/schema/Movie"_s).status, 200);
    QCOMPARE(fx->get(u"/v1/objects?class=Screen"_s).status, 404);
}

void TestEmulatorAliases::testBatchObjectsAndDeleteResolve()
{
    auto fx = aliased();
    const Reply batch = fx->post(u"/v1/batch/objects"_s, "{\"objects\":[" + bookObject("shelf", "a") + "]}");
    QCOMPARE(batch.status, 200);
    const QJsonObject item = batch.json().array().first().toObject();
    QCOMPARE(item.value(u"class"_s).toString(), u"Book"_s);
    QVERIFY(!item.value(u"result"_s).toObject().contains(u"errors"_s));
    QCOMPARE(fx->get(u"/v1/objects/Book/"_s + bookId).status, 200);
    const Reply del = fx->del(u"/v1/batch/objects"_s,
        R"({"match":{"class":"Shelf","where":{"path":["title"],"operator":"Equal","valueText":"a"}}})");
    QCOMPARE(del.status, 200);
    QCOMPARE(obj(del).value(u"match"_s).toObject().value(u"class"_s).toString(), u"Book"_s);
    QCOMPARE(obj(del).value(u"results"_s).toObject().value(u"successful"_s).toInt(), 1);
    QCOMPARE(fx->get(u"/v1/objects/Book/"_s + bookId).status, 404);
}

void TestEmulatorAliases::testBatchReferencesFrom_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<bool>("resolved");
    QTest::newRow("1.38 resolves from") << u"1.38.0"_s << true;
    QTest::newRow("1.37 does not") << u"1.37.0"_s << false;
}

void TestEmulatorAliases::testBatchReferencesFrom()
{
    QFETCH(QString, version);
    QFETCH(bool, resolved);
    auto fx = aliased(version.toLatin1().constData());
    QCOMPARE(fx->post(u"/v1/objects"_s, bookObject("Book", "a")).status, 200);
    QCOMPARE(fx->post(u"/v1/objects"_s, R"({"class":"Movie","id":")" + movieId.toLatin1() + R"("})").status, 200);
    // `to` is never resolved: the beacon is stored with the alias in it.
    const QString to = u"weaviate://localhost/Screen/"_s + movieId;
    const QJsonArray refs {
        QJsonObject {{u"from"_s, u"weaviate://localhost/Shelf/%1/about"_s.arg(bookId)}, {u"to"_s, to}}};
    const Reply r = fx->post(u"/v1/batch/references"_s, QJsonDocument(refs).toJson());
    QCOMPARE(r.status, 200);
    const QJsonObject answer = r.json().array().first().toObject();
    const QJsonObject result = answer.value(u"result"_s).toObject();
    const QJsonArray stored
        = obj(fx->get(u"/v1/objects/Book/"_s + bookId)).value(u"properties"_s).toObject().value(u"about"_s).toArray();
    if (!resolved) {
        QCOMPARE(result.value(u"status"_s).toString(), u"FAILED"_s);
        QCOMPARE(
            result.value(u"errors"_s).toObject().value(u"error"_s).toArray().first().toObject().value(u"message"_s),
            QJsonValue(u"source class \"Shelf\" not found in schema"_s));
        QVERIFY(stored.isEmpty());
        return;
    }
    QCOMPARE(result.value(u"status"_s).toString(), u"SUCCESS"_s);
    QCOMPARE(answer.value(u"from"_s).toString(), u"weaviate://localhost/Book/%1/about"_s.arg(bookId));
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(u"beacon"_s).toString(), to);
}

void TestEmulatorAliases::testGraphqlAliasField()
{
    auto fx = aliased();
    QCOMPARE(fx->post(u"/v1/objects"_s, bookObject("Book", "a")).status, 200);
    const Reply get = fx->post(u"/v1/graphql"_s, R"({"query":"{ Get { Shelf { title } } }"})");
    QCOMPARE(get.status, 200);
    const QJsonObject data = obj(get).value(u"data"_s).toObject();
    QCOMPARE(
        data.value(u"Get"_s).toObject().value(u"Shelf"_s).toArray(), (QJsonArray {QJsonObject {{u"title"_s, u"a"_s}}}));
    const Reply agg = fx->post(u"/v1/graphql"_s, R"({"query":"{ Aggregate { Shelf { meta { count } } } }"})");
    QCOMPARE(obj(agg)
                 .value(u"data"_s)
                 .toObject()
                 .value(u"Aggregate"_s)
                 .toObject()
                 .value(u"Shelf"_s)
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"meta"_s)
                 .toObject()
                 .value(u"count"_s)
                 .toInt(),
        1);
    // Field names are exact, and a dangling alias has no field.
    QCOMPARE(fx->del(u"/v1/schema/Movie"_s).status, 200);
    for (const char* field : {"shelf", "Screen"}) {
        const Reply bad = fx->post(
            u"/v1/graphql"_s, QByteArray(R"({"query":"{ Get { )") + field + R"( { _additional { id } } } }"})");
        QCOMPARE(bad.status, 200);
        QCOMPARE(obj(bad).value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString(),
            u"Cannot query field \"%1\" on type \"GetObjectsObj\"."_s.arg(QLatin1String(field)));
    }
}

void TestEmulatorAliases::testGrpcResolve()
{
    auto fx = aliased();
    QCOMPARE(fx->post(u"/v1/objects"_s, bookObject("Book", "a")).status, 200);
    auto stub = grpcStub(*fx);
    QCOMPARE(grpcCount(*stub, "Shelf"), 1);
    QCOMPARE(grpcCount(*stub, "SHELF"), -1);
    pb::SearchRequest search;
    search.set_collection("shelf");
    search.set_limit(10);
    search.mutable_metadata()->set_uuid(true);
    pb::SearchReply found;
    {
        GrpcCall call;
        QVERIFY(stub->Search(&call.ctx, search, &found).ok());
    }
    QCOMPARE(found.results_size(), 1);
    QCOMPARE(QString::fromStdString(found.results(0).metadata().id()), bookId);
    QCOMPARE(grpcBatchOne(*stub, "Shelf", u"00000000-0000-0000-0000-0000000000b2"_s), std::string());
    QCOMPARE(grpcCount(*stub, "Book"), 2);
    pb::TenantsGetRequest tenants;
    tenants.set_collection("Tm");
    pb::TenantsGetReply listed;
    {
        GrpcCall call;
        QVERIFY(stub->TenantsGet(&call.ctx, tenants, &listed).ok());
    }
    QCOMPARE(listed.tenants_size(), 1);
    QCOMPARE(listed.tenants(0).name(), std::string("t1"));
}

void TestEmulatorAliases::testGrpcTenantsGetFrom133()
{
    auto fx = aliased("1.32.9");
    auto stub = grpcStub(*fx);
    pb::TenantsGetRequest req;
    req.set_collection("Tm");
    pb::TenantsGetReply reply;
    grpc::Status status;
    {
        GrpcCall call;
        status = stub->TenantsGet(&call.ctx, req, &reply);
    }
    QCOMPARE(status.error_code(), grpc::StatusCode::UNKNOWN);
    QCOMPARE(QString::fromStdString(status.error_message()), u"get tenants: class \"Tm\": not found"_s);
    fx->emulator().engine().setConfig(version("1.33.0"));
    reply.Clear();
    GrpcCall call;
    QVERIFY(stub->TenantsGet(&call.ctx, req, &reply).ok());
    QCOMPARE(reply.tenants_size(), 1);
}

void TestEmulatorAliases::testGrpcDanglingAlias_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("error");
    QTest::newRow("1.38 guard") << u"1.38.0"_s
                                << u"alias \"Screen\" points to collection \"Movie\" which does not exist"_s;
    QTest::newRow("1.37 no guard") << u"1.37.0"_s << u"class 'Movie' not present in schema"_s;
}

void TestEmulatorAliases::testGrpcDanglingAlias()
{
    QFETCH(QString, version);
    QFETCH(QString, error);
    auto fx = aliased(version.toLatin1().constData());
    QCOMPARE(fx->del(u"/v1/schema/Movie"_s).status, 200);
    auto stub = grpcStub(*fx);
    QCOMPARE(QString::fromStdString(grpcBatchOne(*stub, "Screen", movieId)), error);
    QCOMPARE(fx->get(u"/v1/schema/Movie"_s).status, 404);
}

void TestEmulatorAliases::testSchemaReads_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    const QString v1326 = u"1.32.6"_s, v1325 = u"1.32.5"_s, v138 = u"1.38.0"_s, v137 = u"1.37.0"_s;
    QTest::newRow("class 1.32.6") << v1326 << QByteArray("GET") << u"/v1/schema/shelf"_s << 200;
    QTest::newRow("class 1.32.5") << v1325 << QByteArray("GET") << u"/v1/schema/shelf"_s << 404;
    QTest::newRow("shards 1.32.6") << v1326 << QByteArray("GET") << u"/v1/schema/Shelf/shards"_s << 200;
    QTest::newRow("shards 1.32.5") << v1325 << QByteArray("GET") << u"/v1/schema/Shelf/shards"_s << 404;
    QTest::newRow("tenants 1.32.6") << v1326 << QByteArray("GET") << u"/v1/schema/Tm/tenants"_s << 200;
    QTest::newRow("tenants 1.32.5") << v1325 << QByteArray("GET") << u"/v1/schema/Tm/tenants"_s << 422;
    QTest::newRow("tenant 1.38") << v138 << QByteArray("GET") << u"/v1/schema/Tm/tenants/t1"_s << 200;
    QTest::newRow("tenant 1.37") << v137 << QByteArray("GET") << u"/v1/schema/Tm/tenants/t1"_s << 422;
    QTest::newRow("tenant head 1.38") << v138 << QByteArray("HEAD") << u"/v1/schema/Tm/tenants/t1"_s << 200;
    QTest::newRow("tenant head 1.37") << v137 << QByteArray("HEAD") << u"/v1/schema/Tm/tenants/t1"_s << 422;
    QTest::newRow("nodes 1.38") << v138 << QByteArray("GET") << u"/v1/nodes/Shelf?output=verbose"_s << 200;
    QTest::newRow("nodes 1.37") << v137 << QByteArray("GET") << u"/v1/nodes/Shelf?output=verbose"_s << 404;
}

void TestEmulatorAliases::testSchemaReads()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    auto fx = aliased(version.toLatin1().constData());
    const Reply r = fx->call(method, path);
    QCOMPARE(r.status, status);
    if (status != 200)
        return;
    // Answers name the real class.
    if (path.startsWith(u"/v1/schema/shelf"_s))
        QCOMPARE(obj(r).value(u"class"_s).toString(), u"Book"_s);
    if (path.startsWith(u"/v1/nodes"_s)) {
        const QJsonArray shards = obj(r).value(u"nodes"_s).toArray().first().toObject().value(u"shards"_s).toArray();
        QCOMPARE(shards.size(), 1);
        QCOMPARE(shards.first().toObject().value(u"class"_s).toString(), u"Book"_s);
    }
}

void TestEmulatorAliases::testWritesDoNotResolve()
{
    auto fx = aliased();
    QCOMPARE(fx->put(u"/v1/schema/Shelf"_s, R"({"class":"Shelf"})").status, 404);
    const Reply property = fx->post(u"/v1/schema/Shelf/properties"_s, R"({"name":"extra","dataType":["text"]})");
    QCOMPARE(property.status, 422);
    QCOMPARE(property.errorMessage(), u"class \"Shelf\": not found"_s);
    // DELETE of an alias is a 200 that deletes nothing.
    const Reply drop = fx->del(u"/v1/schema/Shelf"_s);
    QCOMPARE(drop.status, 200);
    QVERIFY(drop.body.isEmpty());
    QCOMPARE(fx->get(u"/v1/schema/Book"_s).status, 200);
    QCOMPARE(fx->get(u"/v1/aliases/Shelf"_s).status, 200);
    // Tenant writes fail as for an unknown class.
    const QList<Reply> tenantWrites {fx->post(u"/v1/schema/Tm/tenants"_s, R"([{"name":"t2"}])"),
        fx->put(u"/v1/schema/Tm/tenants"_s, R"([{"name":"t1","activityStatus":"COLD"}])"),
        fx->del(u"/v1/schema/Tm/tenants"_s, R"(["t1"])")};
    for (const Reply& r : tenantWrites) {
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), u"class \"Tm\": not found"_s);
    }
    QCOMPARE(fx->get(u"/v1/schema/Mt/tenants"_s).json().array().size(), 1);
}

void TestEmulatorAliases::testAnswersNameAliasBefore1322_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("shown");
    QTest::newRow("1.32.1 the alias") << u"1.32.1"_s << u"Shelf"_s;
    QTest::newRow("1.32.2 the class") << u"1.32.2"_s << u"Book"_s;
}

void TestEmulatorAliases::testAnswersNameAliasBefore1322()
{
    QFETCH(QString, version);
    QFETCH(QString, shown);
    auto fx = aliased(version.toLatin1().constData());
    const QString path = u"/v1/objects/shelf/"_s + bookId;
    QCOMPARE(obj(fx->post(u"/v1/objects"_s, bookObject("shelf", "a"))).value(u"class"_s).toString(), shown);
    QCOMPARE(obj(fx->get(path)).value(u"class"_s).toString(), shown);
    QCOMPARE(obj(fx->put(path, bookObject("shelf", "b"))).value(u"class"_s).toString(), shown);
    const QJsonArray listed = obj(fx->get(u"/v1/objects?class=shelf"_s)).value(u"objects"_s).toArray();
    QCOMPARE(listed.first().toObject().value(u"class"_s).toString(), shown);
    // Named by its class, an object is answered with the class on every version.
    QCOMPARE(obj(fx->get(u"/v1/objects/Book/"_s + bookId)).value(u"class"_s).toString(), u"Book"_s);
    const Reply batch = fx->post(u"/v1/batch/objects"_s, "{\"objects\":[" + bookObject("shelf", "c") + "]}");
    QCOMPARE(batch.json().array().first().toObject().value(u"class"_s).toString(), shown);
    const Reply del = fx->del(u"/v1/batch/objects"_s,
        R"({"match":{"class":"shelf","where":{"path":["title"],"operator":"Equal","valueText":"c"}}})");
    QCOMPARE(obj(del).value(u"match"_s).toObject().value(u"class"_s).toString(), shown);
    QCOMPARE(obj(del).value(u"results"_s).toObject().value(u"successful"_s).toInt(), 1);
}

void TestEmulatorAliases::testReadOnlyKeyIsForbidden()
{
    Emu::EngineConfig cfg = version("1.38.0");
    cfg.anonymousAccess = false;
    cfg.apiKeys = {"admin-key", "reader-key"};
    cfg.apiKeyUsers = {"ann", "bob"};
    cfg.readOnlyKeys = {"reader-key"};
    EmulatorFixture fx(cfg);
    fx.setBearer("admin-key");
    QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Book"})").status, 200);
    QCOMPARE(fx.post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    fx.setBearer("reader-key");
    QCOMPARE(fx.get(u"/v1/aliases/Shelf"_s).status, 200);
    const QList<QPair<Reply, QString>> writes {
        {fx.post(u"/v1/aliases"_s, aliasBody("Other", "Book")), u"create_aliases"_s},
        {fx.put(u"/v1/aliases/Shelf"_s, R"({"class":"Book"})"), u"update_aliases"_s},
        {fx.del(u"/v1/aliases/shelf"_s), u"delete_aliases [aliases/collections/*/aliases/Shelf]"_s}};
    for (const auto& [r, what] : writes) {
        QCOMPARE(r.status, 403);
        QVERIFY2(r.errorMessage().startsWith(
                     u"authorization, forbidden action: user 'bob' has insufficient permissions to "_s + what),
            qPrintable(r.errorMessage()));
    }
    fx.setBearer("admin-key");
    QCOMPARE(fx.get(u"/v1/aliases"_s).body, QByteArray(R"({"aliases":[{"alias":"Shelf","class":"Book"}]})"));
}

QTEST_GUILESS_MAIN(TestEmulatorAliases)
#include "TestEmulatorAliases.moc"
