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
    void testSnapshotAndReset();
};

namespace {

Emu::EngineConfig version(const char* v)
{
    Emu::EngineConfig cfg;
    cfg.version = v;
    return cfg;
}

// A fixture on `v` with classes Book and Movie (no properties).
std::unique_ptr<EmulatorFixture> library(const char* v = "1.38.0")
{
    auto fx = std::make_unique<EmulatorFixture>(version(v));
    for (const char* cls : {"Book", "Movie"}) {
        const Reply r = fx->post(u"/v1/schema"_s, QByteArray(R"({"class":")") + cls + R"("})");
        if (r.status != 200)
            qFatal("cannot create class %s: %s", cls, r.body.constData());
    }
    return fx;
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
    QCOMPARE(fx->get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 2);
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
    QTest::addColumn<QByteArray>("cls");
    QTest::addColumn<QString>("message");
    QTest::newRow("exact") << QByteArray("shelf") << u"alias name Shelf already exists"_s;
    QTest::newRow("case only") << QByteArray("SHELF") << u"class already exists: found similar alias \"Shelf\""_s;
}

void TestEmulatorAliases::testClassCreateRefusedByAlias()
{
    QFETCH(QByteArray, cls);
    QFETCH(QString, message);
    auto fx = library();
    QCOMPARE(fx->post(u"/v1/aliases"_s, aliasBody("Shelf", "Book")).status, 200);
    const Reply r = fx->post(u"/v1/schema"_s, R"({"class":")" + cls + R"("})");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorMessage(), message);
    QCOMPARE(fx->get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 2);
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

QTEST_GUILESS_MAIN(TestEmulatorAliases)
#include "TestEmulatorAliases.moc"
