// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <cstring>

using namespace Qt::StringLiterals;

// Batch objects/references/delete and property/vector validation of the emulator (notes sections 6 and 7).
class TestEmulatorBatch : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig smallConfig()
    {
        Emu::EngineConfig c;
        c.maxResults = 5;
        return c;
    }
    TestSupport::EmulatorFixture m_fx {smallConfig()};

    // The single item's result message ("" on SUCCESS).
    QString itemError(const QByteArray& object)
    {
        const auto r = m_fx.post(u"/v1/batch/objects"_s, "{\"objects\":[" + object + "]}");
        if (r.status != 200)
            return u"HTTP "_s + QString::number(r.status);
        const QJsonObject result = r.json().array().at(0).toObject().value(u"result"_s).toObject();
        if (result.value(u"status"_s).toString() == u"SUCCESS"_s)
            return {};
        return result[u"errors"_s][u"error"_s][0][u"message"_s].toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QByteArray classes[] = {
            "{\"class\":\"Author\",\"properties\":[{\"name\":\"name\",\"dataType\":[\"text\"]}]}",
            "{\"class\":\"Types\",\"properties\":[{\"name\":\"n\",\"dataType\":[\"int\"]},{\"name\":\"d\",\"dataType\":"
            "[\"date\"]},{\"name\":\"phone\",\"dataType\":[\"phoneNumber\"]},{\"name\":\"author\",\"dataType\":["
            "\"Author\"]},{\"name\":\"u\",\"dataType\":[\"uuid\"]},{\"name\":\"blob\",\"dataType\":[\"blob\"]},{"
            "\"name\":\"x\",\"dataType\":[\"number\"]},{\"name\":\"obj\",\"dataType\":[\"object\"],"
            "\"nestedProperties\":[{\"name\":\"inner\",\"dataType\":[\"text\"]}]}]}",
            "{\"class\":\"One\",\"vectorConfig\":{\"main\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\"}}"
            "}",
            "{\"class\":\"Two\",\"vectorConfig\":{\"a\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\"},"
            "\"colbert\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\",\"vectorIndexConfig\":{"
            "\"multivector\":{\"enabled\":true}}}}}",
        };
        for (const auto& c : classes) {
            const auto r = m_fx.post(u"/v1/schema"_s, c);
            QVERIFY2(r.status == 200, r.body.constData());
        }
    }

    void testPropertyValidation_data()
    {
        QTest::addColumn<QByteArray>("object");
        QTest::addColumn<QString>("error");
        QTest::newRow("int 3.0")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"n\":3.0}}")
            << u"invalid integer property 'n' on class 'Types': the JSON number '3.0' could not be converted to an int"_s;
        QTest::newRow("int string")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"n\":\"x\"}}")
            << u"invalid integer property 'n' on class 'Types': requires an integer, the given value is 'x'"_s;
        QTest::newRow("date no zone")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"d\":\"2024-01-01T10:00:00\"}}")
            << u"invalid date property 'd' on class 'Types': requires a string with a RFC3339 formatted date, but the given value is '2024-01-01T10:00:00'"_s;
        QTest::newRow("unknown prop")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"zz\":1}}")
            << u"no such prop with name 'zz' found in class 'Types' in the schema. Check your schema files for which properties in this class are available"_s;
        QTest::newRow("ref map")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"author\":{\"beacon\":\"weaviate://localhost/Author/"
                          "00000000-0000-0000-0000-000000000001\"}}}")
            << u"reference property is not a slice map[beacon:weaviate://localhost/Author/00000000-0000-0000-0000-000000000001]"_s;
        QTest::newRow("missing ref target")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"author\":[{\"beacon\":\"weaviate://localhost/"
                          "00000000-0000-0000-0000-0000000000aa\"}]}}")
            << u"invalid cref: 'cref' Types:author: no object with id 00000000-0000-0000-0000-0000000000aa found"_s;
        QTest::newRow("bad blob") << QByteArray("{\"class\":\"Types\",\"properties\":{\"blob\":\"abc\"}}")
                                  << u"invalid blob property 'blob' on class 'Types': not a valid blob base64 string"_s;
        QTest::newRow("nested unknown")
            << QByteArray("{\"class\":\"Types\",\"properties\":{\"obj\":{\"Inner\":\"x\"}}}")
            << u"invalid object property 'obj' on class 'Types': unknown property 'obj.Inner'"_s;
        QTest::newRow("unknown class") << QByteArray("{\"class\":\"nope\"}") << u"class 'Nope' not present in schema"_s;
        QTest::newRow("empty class") << QByteArray("{\"properties\":{}}") << u"object has an empty class"_s;
        QTest::newRow("one named vector") << QByteArray("{\"class\":\"One\",\"vector\":[1,2]}") << QString();
        QTest::newRow("two named vectors") << QByteArray("{\"class\":\"Two\",\"vector\":[1,2]}")
                                           << u"collection Two configuration does not have single vector index"_s;
        QTest::newRow("multi got single")
            << QByteArray("{\"class\":\"Two\",\"vectors\":{\"colbert\":[1,2]}}")
            << u"vector \"colbert\" in collection \"Two\" is configured as multi-vector: expected an array of token vectors, got a single vector"_s;
        QTest::newRow("single got multi")
            << QByteArray("{\"class\":\"Two\",\"vectors\":{\"a\":[[1,2]]}}")
            << u"vector \"a\" in collection \"Two\" is not configured as multi-vector, but a multi-vector was provided"_s;
        QTest::newRow("unknown vector") << QByteArray("{\"class\":\"Two\",\"vectors\":{\"zz\":[1]}}")
                                        << u"collection Two does not have configuration for vector zz"_s;
    }
    void testPropertyValidation()
    {
        QFETCH(QByteArray, object);
        QFETCH(QString, error);
        QCOMPARE(itemError(object), error);
    }

    void testNormalisationRoundTrip()
    {
        const QByteArray body = "{\"objects\":[{\"class\":\"types\",\"id\":\"0000000A-0000-0000-0000-000000000001\","
                                "\"properties\":{\"N\":5,\"d\":\"2024-01-01T10:00:00.500+02:00\",\"u\":\"AAAAAAAA-0000-"
                                "0000-0000-000000000001\",\"x\":1e21,\"blob\":\"aGk=\",\"phone\":{\"input\":\"020 "
                                "1234567\",\"defaultCountry\":\"nl\"},\"obj\":{\"inner\":\"y\"}}}]}";
        auto r = m_fx.post(u"/v1/batch/objects"_s, body);
        QCOMPARE(r.status, 200);
        r = m_fx.get(u"/v1/objects/Types/0000000a-0000-0000-0000-000000000001"_s);
        QCOMPARE(r.status, 200);
        const QByteArray props = r.body.mid(r.body.indexOf("\"properties\":"));
        QCOMPARE(props,
            QByteArray("\"properties\":{\"blob\":\"aGk=\",\"d\":\"2024-01-01T10:00:00.5+02:00\",\"n\":5,\"obj\":{"
                       "\"inner\":\"y\"},"
                       "\"phone\":{\"countryCode\":31,\"defaultCountry\":\"NL\",\"input\":\"020 "
                       "1234567\",\"internationalFormatted\":\"+31 201234567\","
                       "\"national\":201234567,\"nationalFormatted\":\"0201234567\",\"valid\":true},\"u\":\"aaaaaaaa-"
                       "0000-0000-0000-000000000001\",\"x\":1e+21},\"tenant\":\"\"}")
                .replace(",\"tenant\":\"\"", ""));
    }

    void testBatchWholeRequestErrors()
    {
        auto r = m_fx.post(u"/v1/batch/objects"_s, "{\"objects\":[]}");
        QCOMPARE(r.status, 422);
        QCOMPARE(
            r.errorMessage(), u"invalid param 'objects': cannot be empty, need at least one object for batching"_s);
        r = m_fx.post(
            u"/v1/batch/objects"_s, "{\"objects\":[{\"class\":\"Author\"},{\"class\":\"Author\",\"id\":\"xyz\"}]}");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.body,
            QByteArray("{\"code\":601,\"message\":\"objects.1.id in body must be of type uuid: \\\"xyz\\\"\"}"));
        r = m_fx.post(u"/v1/batch/references"_s, "[]");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), u"invalid params: length cannot be 0, need at least one reference for batching"_s);
    }

    void testDuplicateIdLastWinsAndSameBatchRefFails()
    {
        const auto r = m_fx.post(u"/v1/batch/objects"_s,
            "{\"objects\":[{\"class\":\"Author\",\"id\":\"00000000-0000-0000-0000-0000000000b1\",\"properties\":{"
            "\"name\":\"first\"}},{\"class\":\"Types\",\"id\":\"00000000-0000-0000-0000-0000000000c1\",\"properties\":{"
            "\"author\":[{\"beacon\":\"weaviate://localhost/Author/"
            "00000000-0000-0000-0000-0000000000b1\"}]}},{\"class\":\"Author\",\"id\":\"00000000-0000-0000-0000-"
            "0000000000B1\",\"properties\":{\"name\":\"second\"}}]}");
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().array();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items[0][u"result"_s][u"status"_s].toString(), u"SUCCESS"_s);
        QCOMPARE(items[1][u"result"_s][u"status"_s].toString(), u"FAILED"_s);
        QCOMPARE(items[2][u"result"_s][u"status"_s].toString(), u"SUCCESS"_s);
        QCOMPARE(items[2][u"id"_s].toString(), u"00000000-0000-0000-0000-0000000000b1"_s);
        const auto g = m_fx.get(u"/v1/objects/Author/00000000-0000-0000-0000-0000000000b1"_s);
        QCOMPARE(g.json()[u"properties"_s][u"name"_s].toString(), u"second"_s);
    }

    void testSelfReferenceTwoPhase()
    {
        auto r = m_fx.post(u"/v1/batch/objects"_s,
            "{\"objects\":[{\"class\":\"Types\",\"id\":\"00000000-0000-0000-0000-0000000000d1\",\"properties\":{\"n\":"
            "1}}]}");
        QCOMPARE(r.status, 200);
        r = m_fx.post(u"/v1/batch/references"_s,
            "[{\"from\":\"weaviate://localhost/Types/00000000-0000-0000-0000-0000000000d1/author\",\"to\":\"weaviate://"
            "localhost/00000000-0000-0000-0000-0000000000b1\"},{\"from\":\"weaviate://localhost/Types/"
            "00000000-0000-0000-0000-0000000000d9/author\",\"to\":\"weaviate://localhost/Author/"
            "00000000-0000-0000-0000-0000000000b1\"},{\"from\":\"weaviate://localhost/types/"
            "00000000-0000-0000-0000-0000000000d1/author\",\"to\":\"weaviate://localhost/Author/"
            "00000000-0000-0000-0000-0000000000b1\"}]");
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().array();
        QCOMPARE(items[0][u"to"_s].toString(), u"weaviate://localhost/Author/00000000-0000-0000-0000-0000000000b1"_s);
        QCOMPARE(items[0][u"result"_s][u"status"_s].toString(), u"SUCCESS"_s);
        QCOMPARE(items[1][u"result"_s][u"errors"_s][u"error"_s][0][u"message"_s].toString(),
            u"object with id 00000000-0000-0000-0000-0000000000d9 not found"_s);
        QCOMPARE(items[2][u"result"_s][u"errors"_s][u"error"_s][0][u"message"_s].toString(),
            u"className must start with an uppercase letter, but got types"_s);
        const auto g = m_fx.get(u"/v1/objects/Types/00000000-0000-0000-0000-0000000000d1"_s);
        QCOMPARE(g.json()[u"properties"_s][u"author"_s].toArray(),
            (QJsonArray {
                QJsonObject {{u"beacon"_s, u"weaviate://localhost/Author/00000000-0000-0000-0000-0000000000b1"_s},
                    {u"href"_s, u"/v1/objects/Author/00000000-0000-0000-0000-0000000000b1"_s}}}));
    }

    // Batch references edit the stored properties text in place; the result must be what the same references give
    // when written inline: a new list before, between and after the other keys, an existing list, an empty object,
    // and disableDuplicatedReferences, next to strings full of JSON punctuation.
    void testBatchReferencesEditStoredText()
    {
        TestSupport::EmulatorFixture fx;
        QCOMPARE(
            fx.post(u"/v1/schema"_s, R"({"class":"Person","properties":[{"name":"name","dataType":["text"]}]})").status,
            200);
        QCOMPARE(fx.post(u"/v1/schema"_s, R"({"class":"Doc","properties":[
            {"name":"aaRef","dataType":["Person"]},{"name":"alpha","dataType":["text"]},
            {"name":"bRef","dataType":["Person"]},
            {"name":"cObj","dataType":["object"],"nestedProperties":[{"name":"inner","dataType":["text[]"]}]},
            {"name":"dRef","dataType":["Person"],"disableDuplicatedReferences":true},
            {"name":"zRef","dataType":["Person"]}]})")
                     .status,
            200);
        const QString p1 = u"00000000-0000-4000-8000-0000000000f1"_s;
        const QString p2 = u"00000000-0000-4000-8000-0000000000f2"_s;
        // Not a raw string: moc reads a backslash-quote in one as the end of the literal.
        const QByteArray tricky
            = "\"alpha\":\"x ] } \\\" \\\\ , [{\",\"cObj\":{\"inner\":[\"\\\"beacon\\\":\\\"weaviate:"
              "//localhost/Person/00000000-0000-4000-8000-0000000000f1\\\"\",\"}]\"]}";
        const QByteArray objects = R"({"objects":[
            {"class":"Person","id":"00000000-0000-4000-8000-0000000000f1"},
            {"class":"Person","id":"00000000-0000-4000-8000-0000000000f2"},
            {"class":"Doc","id":"00000000-0000-4000-8000-0000000000e1","properties":{)"
            + tricky + R"(}},
            {"class":"Doc","id":"00000000-0000-4000-8000-0000000000e2","properties":{}}]})";
        QCOMPARE(fx.post(u"/v1/batch/objects"_s, objects).status, 200);
        QByteArray refs = "[";
        const auto add = [&refs](const char* id, const char* prop, const QString& to) {
            if (refs.size() > 1)
                refs += ',';
            refs += "{\"from\":\"weaviate://localhost/Doc/00000000-0000-4000-8000-0000000000" + QByteArray(id) + "/"
                + prop + "\",\"to\":\"weaviate://localhost/Person/" + to.toUtf8() + "\"}";
        };
        add("e1", "bRef", p1);
        add("e1", "zRef", p1);
        add("e1", "aaRef", p2);
        add("e1", "bRef", p2);
        add("e1", "dRef", p1);
        add("e1", "dRef", p1); // a duplicate the property refuses silently
        add("e1", "BRef", p1); // the first letter is lower-cased, and duplicates are allowed here
        add("e2", "zRef", p2);
        refs += ']';
        const auto r = fx.post(u"/v1/batch/references"_s, refs);
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.body.contains("FAILED"), r.body.constData());

        const auto beacons = [](std::initializer_list<QString> ids) {
            QByteArray out = "[";
            for (const QString& id : ids)
                out += QByteArray(out.size() > 1 ? "," : "") + "{\"beacon\":\"weaviate://localhost/Person/"
                    + id.toUtf8() + "\"}";
            return out + "]";
        };
        const QByteArray twins = "{\"objects\":[{\"class\":\"Doc\",\"id\":\"00000000-0000-4000-8000-0000000000e3\","
                                 "\"properties\":{"
            + tricky + ",\"aaRef\":" + beacons({p2}) + ",\"bRef\":" + beacons({p1, p2, p1})
            + ",\"dRef\":" + beacons({p1}) + ",\"zRef\":" + beacons({p1})
            + "}},{\"class\":\"Doc\",\"id\":\"00000000-0000-4000-8000-0000000000e4\",\"properties\":{\"zRef\":"
            + beacons({p2}) + "}}]}";
        QCOMPARE(fx.post(u"/v1/batch/objects"_s, twins).status, 200);
        const auto properties = [&fx](const char* id) {
            const QByteArray body
                = fx.get(u"/v1/objects/Doc/00000000-0000-4000-8000-0000000000"_s + QLatin1String(id)).body;
            const qsizetype from = body.indexOf("\"properties\":");
            return body.mid(from, body.indexOf(",\"vector", from) < 0 ? -1 : body.indexOf(",\"vector", from) - from);
        };
        QCOMPARE(properties("e1"), properties("e3"));
        QCOMPARE(properties("e2"), properties("e4"));
    }

    void testBatchDeleteBeyondLimit()
    {
        QByteArray objects;
        for (int i = 0; i < 8; ++i)
            objects += QByteArray(i ? "," : "") + "{\"class\":\"One\",\"properties\":{}}";
        QCOMPARE(m_fx.post(u"/v1/batch/objects"_s, "{\"objects\":[" + objects + "]}").status, 200);
        const QByteArray del = "{\"match\":{\"class\":\"One\",\"where\":{\"path\":[\"id\"],\"operator\":\"Like\","
                               "\"valueText\":\"*\"}},\"output\":\"minimal\"}";
        auto r = m_fx.del(u"/v1/batch/objects"_s, del);
        QCOMPARE(r.status, 200);
        QVERIFY2(
            r.body.endsWith("\"results\":{\"matches\":9,\"limit\":5,\"successful\":5,\"failed\":0,\"objects\":null}}"),
            r.body.constData());
        r = m_fx.del(u"/v1/batch/objects"_s,
            QByteArray(del).replace("minimal", "verbose").replace("}},", "}},\"dryRun\":true,"));
        QCOMPARE(r.json()[u"results"_s][u"matches"_s].toInt(), 4);
        QCOMPARE(r.json()[u"results"_s][u"successful"_s].toInt(), 0);
        QCOMPARE(r.json()[u"results"_s][u"objects"_s][0][u"status"_s].toString(), u"DRYRUN"_s);
        r = m_fx.del(u"/v1/batch/objects"_s, "{\"match\":{\"class\":\"One\"}}");
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorMessage(), u"validate: empty match.where clause"_s);
        r = m_fx.del(u"/v1/batch/objects"_s, QByteArray(del).replace("minimal", "full"));
        QCOMPARE(r.status, 500);
    }

    // The vector index's validate-before-insert (notes 6.x, hnsw ValidateBeforeInsert): the first vector sets the
    // index's length; another length fails per object, before it is stored, and the rest of the batch is stored.
    // Named vectors have one index each; a multi-vector compares each token. The length outlives the objects.
    void testVectorLengthIsFixedPerIndex()
    {
        QVERIFY(m_fx.post(u"/v1/schema"_s, "{\"class\":\"Dims\"}").status == 200);
        const QByteArray id1 = "00000000-0000-0000-0000-00000000d001";
        const QByteArray id2 = "00000000-0000-0000-0000-00000000d002";
        const QByteArray id3 = "00000000-0000-0000-0000-00000000d003";
        auto r = m_fx.post(u"/v1/batch/objects"_s,
            "{\"objects\":[{\"class\":\"Dims\",\"id\":\"" + id1
                + "\",\"vector\":[1,2,3,4,5,6,7,8,9,10,11,12]},"
                  "{\"class\":\"Dims\",\"id\":\""
                + id2
                + "\",\"vector\":[1,2]},"
                  "{\"class\":\"Dims\",\"id\":\""
                + id3 + "\",\"vector\":[12,11,10,9,8,7,6,5,4,3,2,1]}]}");
        QCOMPARE(r.status, 200);
        const QJsonArray items = r.json().array();
        QCOMPARE(items.at(0)[u"result"_s][u"status"_s].toString(), u"SUCCESS"_s);
        QCOMPARE(items.at(1)[u"result"_s][u"status"_s].toString(), u"FAILED"_s);
        QCOMPARE(items.at(1)[u"result"_s][u"errors"_s][u"error"_s][0][u"message"_s].toString(),
            u"Validate vector index for 00000000-0000-0000-0000-00000000d002: new node has a vector with length 2. "
            "Existing nodes have vectors with length 12: vector dimensions do not match the index dimensions"_s);
        QCOMPARE(items.at(2)[u"result"_s][u"status"_s].toString(), u"SUCCESS"_s);
        QCOMPARE(m_fx.get(u"/v1/objects/Dims/"_s + QString::fromLatin1(id2)).status, 404);
        QCOMPARE(m_fx.objectCount(u"Dims"_s), 2);

        // Before 1.33 the hnsw error had no cause appended.
        Emu::EngineConfig old = smallConfig();
        old.version = "1.32.0";
        m_fx.emulator().engine().setConfig(old);
        QCOMPARE(itemError("{\"class\":\"Dims\",\"id\":\"" + id2 + "\",\"vector\":[1,2]}"),
            u"Validate vector index for 00000000-0000-0000-0000-00000000d002: new node has a vector with length 2. "
            "Existing nodes have vectors with length 12"_s);
        m_fx.emulator().engine().setConfig(smallConfig());

        // Deleting every object keeps the index's length (hnsw sets its dimensions once); dropping the class resets it.
        QCOMPARE(m_fx.del(u"/v1/objects/Dims/"_s + QString::fromLatin1(id1)).status, 204);
        QCOMPARE(m_fx.del(u"/v1/objects/Dims/"_s + QString::fromLatin1(id3)).status, 204);
        QVERIFY(
            itemError("{\"class\":\"Dims\",\"id\":\"" + id2 + "\",\"vector\":[1,2]}")
                .endsWith(
                    u"Existing nodes have vectors with length 12: vector dimensions do not match the index dimensions"_s));
        QCOMPARE(m_fx.del(u"/v1/schema/Dims"_s).status, 200);
        QVERIFY(m_fx.post(u"/v1/schema"_s, "{\"class\":\"Dims\"}").status == 200);
        QCOMPARE(itemError("{\"class\":\"Dims\",\"id\":\"" + id2 + "\",\"vector\":[1,2]}"), QString());

        // Named vectors: one index (and one length) each; multi-vectors per token.
        const QByteArray named = "{\"class\":\"DimsNamed\",\"vectorConfig\":{"
                                 "\"a\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\"},"
                                 "\"b\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\"},"
                                 "\"m\":{\"vectorizer\":{\"none\":{}},\"vectorIndexType\":\"hnsw\","
                                 "\"vectorIndexConfig\":{\"multivector\":{\"enabled\":true}}}}}";
        QVERIFY(m_fx.post(u"/v1/schema"_s, named).status == 200);
        QCOMPARE(itemError("{\"class\":\"DimsNamed\",\"id\":\"" + id1
                     + "\",\"vectors\":{\"a\":[1,2,3],\"b\":[1,2],\"m\":[[1,2,3,4],[5,6,7,8]]}}"),
            QString());
        QCOMPARE(
            itemError("{\"class\":\"DimsNamed\",\"id\":\"" + id2 + "\",\"vectors\":{\"a\":[1,2,3],\"b\":[1,2,3]}}"),
            u"Validate vector index b for target vector 00000000-0000-0000-0000-00000000d002: new node has a vector "
            "with length 3. Existing nodes have vectors with length 2: vector dimensions do not match the index "
            "dimensions"_s);
        QCOMPARE(itemError("{\"class\":\"DimsNamed\",\"id\":\"" + id2 + "\",\"vectors\":{\"m\":[[1,2],[3,4],[5,6]]}}"),
            u"Validate vector index m for target multi vector 00000000-0000-0000-0000-00000000d002: new node has a "
            "multi vector with length 2 at position 0. Existing nodes have vectors with length 4"_s);
        QCOMPARE(itemError("{\"class\":\"DimsNamed\",\"id\":\"" + id2
                     + "\",\"vectors\":{\"b\":[9,9],\"m\":[[1,2,3,4],[1,2,3,4],[1,2,3,4]]}}"),
            QString());
    }

    // Loopback throughput: 1000 objects x 1536 dims per request (the emulator must not bottleneck benchmarks).
    void testThroughput()
    {
        QVERIFY(m_fx.post(u"/v1/schema"_s, "{\"class\":\"Bench\"}").status == 200);
        Emu::EngineConfig c = m_fx.emulator().engine().config();
        c.maxResults = 10000;
        m_fx.emulator().engine().setConfig(c);
        QByteArray body = "{\"objects\":[";
        for (int i = 0; i < 1000; ++i) {
            body += QByteArray(i ? "," : "") + "{\"class\":\"Bench\",\"id\":\"00000000-0000-0000-0001-"
                + QByteArray::number(i).rightJustified(12, '0') + "\",\"properties\":{},\"vector\":[";
            for (int d = 0; d < 1536; ++d)
                body += QByteArray(d ? "," : "")
                    + QByteArray::number(static_cast<double>(static_cast<float>((i * 7 + d) % 1000) / 997.0f), 'g', 9);
            body += "]}";
        }
        body += "]}";
        QElapsedTimer t;
        t.start();
        auto r = m_fx.post(u"/v1/batch/objects"_s, body);
        const double batchMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        QVERIFY2(r.status == 200, r.body.left(300).constData());
        t.restart();
        r = m_fx.get(u"/v1/objects?class=Bench&limit=1000&include=vector"_s);
        const double pageMs = static_cast<double>(t.nsecsElapsed()) / 1e6;
        QCOMPARE(r.status, 200);
        qInfo("batch %.1f MB in %.1f ms = %.0f MB/s; page %.1f MB in %.1f ms = %.0f MB/s", body.size() / 1e6, batchMs,
            body.size() / 1e3 / batchMs, r.body.size() / 1e6, pageMs, r.body.size() / 1e3 / pageMs);
        // bit-exact float round trip through the page
        const QJsonArray v = r.json()[u"objects"_s][3][u"vector"_s].toArray();
        QCOMPARE(v.size(), 1536);
        QCOMPARE(static_cast<float>(v[5].toDouble()), static_cast<float>((3 * 7 + 5) % 1000) / 997.0f);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorBatch)
#include "TestEmulatorBatch.moc"
