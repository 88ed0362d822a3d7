// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/GrpcObjectEncoder.h"
#include "v1/batch.pb.h"

#include <QJsonDocument>
#include <QTest>
#include <bit>
#include <cmath>
#include <cstring>
#include <google/protobuf/util/message_differencer.h>
#include <limits>

using namespace Colvault;
using namespace Qt::StringLiterals;
namespace pb = weaviate::v1;

// GrpcObjectEncoder turns an archived object into the BatchObject of gRPC BatchObjects as notes 17.3 says, with
// nothing lost: every data type, nested objects, empty arrays, nulls, auto-schema properties, all three vector kinds
// as their bytes, and a clear error (never a silent change) for a value that contradicts the schema.
class TestGrpcObjectEncoder : public QObject
{
    Q_OBJECT

private:
    static constexpr const char* classJson = R"({"class":"Thing","properties":[
        {"name":"title","dataType":["text"]}, {"name":"legacy","dataType":["string"]},
        {"name":"ref","dataType":["uuid"]}, {"name":"when","dataType":["date"]},
        {"name":"count","dataType":["int"]}, {"name":"price","dataType":["number"]},
        {"name":"ok","dataType":["boolean"]}, {"name":"where","dataType":["geoCoordinates"]},
        {"name":"phone","dataType":["phoneNumber"]}, {"name":"picture","dataType":["blob"]},
        {"name":"tags","dataType":["text[]"]}, {"name":"ids","dataType":["uuid[]"]},
        {"name":"days","dataType":["date[]"]}, {"name":"counts","dataType":["int[]"]},
        {"name":"prices","dataType":["number[]"]}, {"name":"flags","dataType":["boolean[]"]},
        {"name":"author","dataType":["Author"]},
        {"name":"address","dataType":["object"],"nestedProperties":[
            {"name":"city","dataType":["text"]}, {"name":"zip","dataType":["int"]},
            {"name":"lines","dataType":["text[]"]},
            {"name":"geo","dataType":["object"],"nestedProperties":[{"name":"lat","dataType":["number"]}]}]},
        {"name":"items","dataType":["object[]"],"nestedProperties":[
            {"name":"name","dataType":["text"]}, {"name":"sizes","dataType":["int[]"]},
            {"name":"parts","dataType":["object[]"],"nestedProperties":[{"name":"w","dataType":["number[]"]}]}]}
    ]})";

    static GrpcObjectEncoder::Schema schema()
    {
        return GrpcObjectEncoder::Schema::fromClass(QJsonDocument::fromJson(classJson).object());
    }

    static SourceObject object(const char* properties, QList<ObjectVector> vectors = {})
    {
        SourceObject o;
        o.id = "0f6c9b6e-2a3a-4c43-9a39-2b1f5d0c6a11";
        o.propertiesWithoutReferences = properties;
        o.vectors = std::move(vectors);
        return o;
    }

    // The bytes the encoder appends as one message, parsed back.
    static pb::BatchObject parsed(const std::string& bytes)
    {
        pb::BatchObject out;
        const bool ok = out.ParseFromString(bytes);
        Q_ASSERT(ok);
        return out;
    }

    static std::string encodedBytes(const char* properties, QList<ObjectVector> vectors = {}, const char* tenant = "")
    {
        GrpcObjectEncoder encoder;
        std::string out;
        std::string error;
        const bool ok = encoder.encode(object(properties, std::move(vectors)), schema(), "Thing", tenant, &out, &error);
        if (!ok)
            qWarning("%s", error.c_str());
        Q_ASSERT(ok);
        return out;
    }

    // Encodes `properties`; fails the test on an error.
    static pb::BatchObject encoded(const char* properties, QList<ObjectVector> vectors = {})
    {
        return parsed(encodedBytes(properties, std::move(vectors)));
    }

    static std::string encodeError(const char* properties, QList<ObjectVector> vectors = {})
    {
        GrpcObjectEncoder encoder;
        std::string out = "before";
        std::string error;
        if (encoder.encode(object(properties, std::move(vectors)), schema(), "Thing", "", &out, &error))
            return "(no error)";
        if (out != "before")
            return "(the output changed on an error)";
        return error;
    }

    static std::string doubleBytes(std::initializer_list<double> values)
    {
        std::string s;
        for (double d : values) {
            const uint64_t bits = std::bit_cast<uint64_t>(d);
            for (int i = 0; i < 8; ++i)
                s.push_back(char((bits >> (8 * i)) & 0xff));
        }
        return s;
    }

    static google::protobuf::Value& put(google::protobuf::Struct* s, const char* key)
    {
        return (*s->mutable_fields())[key];
    }

    static const google::protobuf::Value& field(const pb::BatchObject& o, const char* name)
    {
        return o.properties().non_ref_properties().fields().at(name);
    }

    static std::string floatBytes(std::initializer_list<float> values)
    {
        std::string s;
        for (float f : values) {
            const uint32_t bits = std::bit_cast<uint32_t>(f);
            for (int i = 0; i < 4; ++i)
                s.push_back(char((bits >> (8 * i)) & 0xff));
        }
        return s;
    }

    // The size of a deprecated repeated field, read through reflection (its accessors warn).
    static int fieldSize(const google::protobuf::Message& m, const char* name)
    {
        return m.GetReflection()->FieldSize(m, m.GetDescriptor()->FindFieldByName(name));
    }

    template<class List> static const auto* named(const List& list, const char* name)
    {
        for (const auto& entry : list)
            if (entry.prop_name() == name)
                return &entry;
        return static_cast<decltype(&*list.begin())>(nullptr);
    }

private Q_SLOTS:
    void testIdentity()
    {
        GrpcObjectEncoder encoder;
        std::string bytes;
        std::string error;
        QVERIFY(encoder.encode(object("{}"), schema(), "Thing", "tenant-ä", &bytes, &error));
        const pb::BatchObject out = parsed(bytes);
        QCOMPARE(out.uuid(), "0f6c9b6e-2a3a-4c43-9a39-2b1f5d0c6a11");
        QCOMPARE(out.collection(), "Thing");
        QCOMPARE(out.tenant(), "tenant-ä");
        QVERIFY(out.has_properties()); // present also when empty, like REST's "properties":{}
        QVERIFY(out.vector_bytes().empty());
        QCOMPARE(out.vectors_size(), 0);
    }

    void testScalars()
    {
        const pb::BatchObject o
            = encoded(R"({"title":"Hello","legacy":"old","ref":"8d6c1b1e-0000-4000-8000-000000000001",
            "when":"2024-01-02T03:04:05.123+02:00","count":42,"price":1.5,"ok":true,
            "where":{"latitude":52.37,"longitude":4.89},"picture":"aGVsbG8=",
            "phone":{"input":"020 1234567","defaultCountry":"nl","internationalFormatted":"+31 20 123 4567",
                     "countryCode":31,"national":201234567,"nationalFormatted":"020 123 4567","valid":true}})");
        QCOMPARE(field(o, "title").string_value(), "Hello");
        QCOMPARE(field(o, "legacy").string_value(), "old");
        QCOMPARE(field(o, "ref").string_value(), "8d6c1b1e-0000-4000-8000-000000000001");
        QCOMPARE(field(o, "when").string_value(), "2024-01-02T03:04:05.123+02:00");
        QCOMPARE(field(o, "count").number_value(), 42.0);
        QCOMPARE(field(o, "price").number_value(), 1.5);
        QCOMPARE(field(o, "ok").bool_value(), true);
        QCOMPARE(field(o, "picture").string_value(), "aGVsbG8=");
        const auto& geo = field(o, "where").struct_value().fields();
        QCOMPARE(geo.at("latitude").number_value(), 52.37);
        QCOMPARE(geo.at("longitude").number_value(), 4.89);
        // The server derives everything else from these two.
        const auto& phone = field(o, "phone").struct_value().fields();
        QCOMPARE(phone.size(), size_t(2));
        QCOMPARE(phone.at("input").string_value(), "020 1234567");
        QCOMPARE(phone.at("defaultCountry").string_value(), "nl");
        QCOMPARE(o.properties().text_array_properties_size(), 0);
    }

    void testNumbersAtTheEdges()
    {
        const pb::BatchObject o = encoded(R"({"count":9007199254740993,"price":-0,
            "counts":[9007199254740993,-9223372036854775808,9223372036854775807,-0],
            "prices":[-0,100000000000000000000,1e-320,0.1]})");
        // A Struct number is a double: 2^53 + 1 rounds as Weaviate's own float64 storage rounds it over REST.
        QCOMPARE(field(o, "count").number_value(), 9007199254740992.0);
        QVERIFY(std::signbit(field(o, "price").number_value())); // -0 stays -0 for a number
        const auto* counts = named(o.properties().int_array_properties(), "counts");
        QVERIFY(counts);
        QCOMPARE(counts->values_size(), 4);
        QCOMPARE(counts->values(0), qint64(9007199254740993LL)); // exact in int[]
        QCOMPARE(counts->values(1), std::numeric_limits<qint64>::min());
        QCOMPARE(counts->values(2), std::numeric_limits<qint64>::max());
        QCOMPARE(counts->values(3), qint64(0));
        const auto* prices = named(o.properties().number_array_properties(), "prices");
        QVERIFY(prices);
        QCOMPARE(fieldSize(*prices, "values"), 0); // the deprecated field stays empty
        QCOMPARE(prices->values_bytes().size(), size_t(4 * 8));
        const double expected[] = {-0.0, 1e20, 1e-320, 0.1};
        for (int i = 0; i < 4; ++i) {
            uint64_t bits = 0;
            for (int b = 0; b < 8; ++b)
                bits |= uint64_t(uint8_t(prices->values_bytes()[size_t(i * 8 + b)])) << (8 * b);
            QCOMPARE(bits, std::bit_cast<uint64_t>(expected[i]));
        }
    }

    void testArrays()
    {
        const pb::BatchObject o
            = encoded("{\"tags\":[\"a\",\"b\\\"c\"],\"ids\":[\"8d6c1b1e-0000-4000-8000-000000000001\"], "
                      "\"days\":[\"2024-01-01T00:00:00Z\"],\"flags\":[true,false,true],\"counts\":[1,-2]}");
        const auto& p = o.properties();
        QCOMPARE(named(p.text_array_properties(), "tags")->values(1), "b\"c");
        QCOMPARE(named(p.text_array_properties(), "ids")->values(0), "8d6c1b1e-0000-4000-8000-000000000001");
        QCOMPARE(named(p.text_array_properties(), "days")->values(0), "2024-01-01T00:00:00Z");
        const auto* flags = named(p.boolean_array_properties(), "flags");
        QCOMPARE(flags->values_size(), 3);
        QCOMPARE(flags->values(1), false);
        QCOMPARE(named(p.int_array_properties(), "counts")->values(1), qint64(-2));
        QVERIFY(!p.has_non_ref_properties() || p.non_ref_properties().fields().empty());
    }

    void testEmptyArraysAndNulls()
    {
        const pb::BatchObject o = encoded(R"({"tags":[],"counts":[],"prices":[],"flags":[],"ids":[],"items":[],
            "title":null,"count":null,"tags2":null,"address":null})");
        const auto& p = o.properties();
        QStringList empty;
        for (const std::string& name : p.empty_list_props())
            empty << QString::fromStdString(name);
        empty.sort();
        QCOMPARE(empty, QStringList({u"counts"_s, u"flags"_s, u"ids"_s, u"items"_s, u"prices"_s, u"tags"_s}));
        QCOMPARE(p.text_array_properties_size(), 0);
        QCOMPARE(p.int_array_properties_size(), 0);
        QCOMPARE(p.number_array_properties_size(), 0);
        QCOMPARE(p.boolean_array_properties_size(), 0);
        QCOMPARE(p.object_array_properties_size(), 0);
        QCOMPARE(p.object_properties_size(), 0);
        QVERIFY(p.non_ref_properties().fields().empty()); // nulls are dropped, as REST drops them
    }

    void testNestedObjects()
    {
        const pb::BatchObject o = encoded(R"({"address":{"city":"Zürich","zip":8001,"lines":["a",""],
                "geo":{"lat":47.37},"extra":[1,"x"]},
            "items":[{"name":"one","sizes":[1,2],"parts":[{"w":[0.5]},{"w":[]}]},{"name":"two","sizes":[]},{}]})");
        const auto& p = o.properties();
        QCOMPARE(p.object_properties_size(), 1);
        const pb::ObjectPropertiesValue& address = p.object_properties(0).value();
        QCOMPARE(p.object_properties(0).prop_name(), "address");
        QCOMPARE(address.non_ref_properties().fields().at("city").string_value(), "Zürich");
        QCOMPARE(address.non_ref_properties().fields().at("zip").number_value(), 8001.0);
        QCOMPARE(named(address.text_array_properties(), "lines")->values_size(), 2);
        QCOMPARE(address.object_properties(0).value().non_ref_properties().fields().at("lat").number_value(), 47.37);
        // Not in the nested schema: by its JSON type, for the server to judge.
        const auto& extra = address.non_ref_properties().fields().at("extra").list_value();
        QCOMPARE(extra.values(0).number_value(), 1.0);
        QCOMPARE(extra.values(1).string_value(), "x");

        const auto* items = named(p.object_array_properties(), "items");
        QVERIFY(items);
        QCOMPARE(items->values_size(), 3);
        const pb::ObjectPropertiesValue& one = items->values(0);
        QCOMPARE(one.non_ref_properties().fields().at("name").string_value(), "one");
        QCOMPARE(named(one.int_array_properties(), "sizes")->values(1), qint64(2));
        const auto* parts = named(one.object_array_properties(), "parts");
        QCOMPARE(parts->values_size(), 2);
        QCOMPARE(parts->values(0).number_array_properties(0).values_bytes().size(), size_t(8));
        QCOMPARE(parts->values(1).empty_list_props(0), "w");
        QCOMPARE(items->values(1).empty_list_props(0), "sizes");
        QVERIFY(items->values(2).non_ref_properties().fields().empty());
    }

    // (Ordinary string literals where the JSON holds \" or //, which Qt 6.4's moc misreads in raw strings.)
    void testUnicode()
    {
        const pb::BatchObject o = encoded("{\"title\":\"caf\\u00e9 \\ud83d\\ude00 日本 \\\"q\\\" \\\\ "
                                          "\\n\",\"tags\":[\"\\u0000x\"],\"naïve\":\"ü\"}");
        QCOMPARE(field(o, "title").string_value(), "café \xF0\x9F\x98\x80 日本 \"q\" \\ \n");
        QCOMPARE(named(o.properties().text_array_properties(), "tags")->values(0), std::string("\0x", 2));
        QCOMPARE(field(o, "naïve").string_value(), "ü");
    }

    // Properties the schema does not have go by their JSON type (auto-schema decides, as for a REST body).
    void testAutoSchema()
    {
        const pb::BatchObject o
            = encoded("{\"newText\":\"t\",\"newNumber\":7,\"newBool\":false,\"newList\":[1,[true],null], "
                      "\"newObject\":{\"a\":{\"b\":-0.25},\"n\":null},\"author\":[{\"beacon\":\"weaviate://localhost/"
                      "Author/x\"}]}");
        QCOMPARE(field(o, "newText").string_value(), "t");
        QCOMPARE(field(o, "newNumber").number_value(), 7.0);
        QCOMPARE(field(o, "newBool").bool_value(), false);
        const auto& list = field(o, "newList").list_value();
        QCOMPARE(list.values_size(), 3);
        QCOMPARE(list.values(1).list_value().values(0).bool_value(), true);
        QCOMPARE(list.values(2).kind_case(), google::protobuf::Value::kNullValue);
        const auto& obj = field(o, "newObject").struct_value().fields();
        QCOMPARE(obj.at("a").struct_value().fields().at("b").number_value(), -0.25);
        QCOMPARE(obj.at("n").kind_case(), google::protobuf::Value::kNullValue);
        // A reference property the source did not split off travels as REST would send it.
        QCOMPARE(field(o, "author").list_value().values(0).struct_value().fields().at("beacon").string_value(),
            "weaviate://localhost/Author/x");
    }

    void testVectors()
    {
        const float nan = std::bit_cast<float>(0x7fc00123U); // a NaN payload survives: bytes, not text
        ObjectVector legacy {QString(), 0, 3, {1.5F, -0.0F, nan}};
        ObjectVector single {u"title_vec"_s, 0, 2, {0.25F, -1.0F}};
        ObjectVector multi {u"colbert"_s, 2, 2, {1, 2, 3, 4}};
        const pb::BatchObject o = encoded("{}", {legacy, single, multi});
        QCOMPARE(o.vector_bytes(), floatBytes({1.5F, -0.0F, nan}));
        QCOMPARE(fieldSize(o, "vector"), 0); // the deprecated float list stays empty
        QCOMPARE(o.vectors_size(), 2);
        QCOMPARE(o.vectors(0).name(), "title_vec");
        QCOMPARE(o.vectors(0).type(), pb::Vectors::VECTOR_TYPE_SINGLE_FP32);
        QCOMPARE(o.vectors(0).vector_bytes(), floatBytes({0.25F, -1.0F}));
        QCOMPARE(o.vectors(1).name(), "colbert");
        QCOMPARE(o.vectors(1).type(), pb::Vectors::VECTOR_TYPE_MULTI_FP32);
        QCOMPARE(o.vectors(1).vector_bytes(), std::string("\x02\x00", 2) + floatBytes({1, 2, 3, 4}));
    }

    // An encoder reused for the next object keeps nothing of the previous one.
    void testReuse()
    {
        GrpcObjectEncoder encoder;
        std::string first;
        std::string second;
        std::string error;
        QVERIFY(encoder.encode(object(R"({"title":"a","tags":["x"],"address":{"zip":1}})", {{QString(), 0, 1, {1}}}),
            schema(), "Thing", "t1", &first, &error));
        QVERIFY(encoder.encode(object(R"({"count":1})"), schema(), "Thing", "", &second, &error));
        const pb::BatchObject out = parsed(second);
        QVERIFY(out.tenant().empty());
        QVERIFY(out.vector_bytes().empty());
        QCOMPARE(out.properties().text_array_properties_size(), 0);
        QCOMPARE(out.properties().object_properties_size(), 0);
        QCOMPARE(out.properties().non_ref_properties().fields().size(), size_t(1));
    }

    // Objects appended as BatchObjectsRequest's field 1 make up the request, each exactly as the message alone.
    void testAppendedAsRequestObjects()
    {
        GrpcObjectEncoder encoder;
        std::string request;
        std::string alone;
        std::string error;
        const SourceObject big = object(R"({"title":"a"})", {{QString(), 0, 300, QList<float>(300, 0.5F)}});
        QVERIFY(encoder.encode(
            object("{}"), schema(), "Thing", "", &request, &error, pb::BatchObjectsRequest::kObjectsFieldNumber));
        QVERIFY(encoder.encode(
            big, schema(), "Thing", "t", &request, &error, pb::BatchObjectsRequest::kObjectsFieldNumber));
        QVERIFY(encoder.encode(big, schema(), "Thing", "t", &alone, &error));
        pb::BatchObjectsRequest r;
        QVERIFY(r.ParseFromString(request));
        QCOMPARE(r.objects_size(), 2);
        QCOMPARE(r.objects(1).SerializeAsString(), alone);
        QCOMPARE(r.SerializeAsString(), request);
    }

    // The bytes are protobuf's own for the same message, built the way the message API would build it. (With at
    // most one entry in each Struct: protobuf writes a map in no particular order.)
    void testSameBytesAsProtobuf()
    {
        const std::string title(300, 'x'); // longer than 127 bytes: lengths of two bytes
        // (Ordinary string literals: the title's quotes end and start a raw string, which moc misreads.)
        const QByteArray properties = "{\"title\":\"" + QByteArray::fromStdString(title)
            + "\",\"tags\":[\"a\",\"\"],\"counts\":[1,-2],"
              "\"prices\":[0.5,-0,1e300,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16],\"flags\":[true,false],"
              "\"address\":{\"city\":\"Z\",\"lines\":[\"x\"],\"geo\":{\"lat\":1.5}},"
              "\"items\":[{\"name\":\"one\",\"sizes\":[]},{}],\"ids\":[]}";
        const std::string bytes = encodedBytes(properties.constData(),
            {{QString(), 0, 2, {1, 2}}, {u"title_vec"_s, 0, 1, {0.25F}}, {u"colbert"_s, 1, 2, {3, 4}}}, "t");

        pb::BatchObject m;
        m.set_uuid("0f6c9b6e-2a3a-4c43-9a39-2b1f5d0c6a11");
        m.set_collection("Thing");
        m.set_tenant("t");
        pb::BatchObject::Properties* p = m.mutable_properties();
        put(p->mutable_non_ref_properties(), "title").set_string_value(title);
        auto* tags = p->add_text_array_properties();
        tags->set_prop_name("tags");
        tags->add_values("a");
        tags->add_values("");
        auto* counts = p->add_int_array_properties();
        counts->set_prop_name("counts");
        counts->add_values(1);
        counts->add_values(-2);
        auto* prices = p->add_number_array_properties();
        prices->set_prop_name("prices");
        prices->set_values_bytes(doubleBytes({0.5, -0.0, 1e300, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16}));
        auto* flags = p->add_boolean_array_properties();
        flags->set_prop_name("flags");
        flags->add_values(true);
        flags->add_values(false);
        auto* address = p->add_object_properties();
        address->set_prop_name("address");
        put(address->mutable_value()->mutable_non_ref_properties(), "city").set_string_value("Z");
        auto* lines = address->mutable_value()->add_text_array_properties();
        lines->set_prop_name("lines");
        lines->add_values("x");
        auto* geo = address->mutable_value()->add_object_properties();
        geo->set_prop_name("geo");
        put(geo->mutable_value()->mutable_non_ref_properties(), "lat").set_number_value(1.5);
        auto* items = p->add_object_array_properties();
        items->set_prop_name("items");
        pb::ObjectPropertiesValue* one = items->add_values();
        put(one->mutable_non_ref_properties(), "name").set_string_value("one");
        one->add_empty_list_props("sizes");
        items->add_values();
        p->add_empty_list_props("ids");
        m.set_vector_bytes(floatBytes({1, 2}));
        pb::Vectors* single = m.add_vectors();
        single->set_name("title_vec");
        single->set_vector_bytes(floatBytes({0.25F}));
        single->set_type(pb::Vectors::VECTOR_TYPE_SINGLE_FP32);
        pb::Vectors* multi = m.add_vectors();
        multi->set_name("colbert");
        multi->set_vector_bytes(std::string("\x02\x00", 2) + floatBytes({3, 4}));
        multi->set_type(pb::Vectors::VECTOR_TYPE_MULTI_FP32);
        QCOMPARE(bytes, m.SerializeAsString());
    }

    // Values by their JSON type, nested in Structs and lists, also with an empty key.
    void testSameBytesAsProtobufForJsonValues()
    {
        const std::string bytes = encodedBytes(R"({"newObject":{"":[1,null,{"b":true},[],"s",{}]}})");
        pb::BatchObject m;
        m.set_uuid("0f6c9b6e-2a3a-4c43-9a39-2b1f5d0c6a11");
        m.set_collection("Thing");
        google::protobuf::Struct* newObject
            = put(m.mutable_properties()->mutable_non_ref_properties(), "newObject").mutable_struct_value();
        google::protobuf::ListValue* list = put(newObject, "").mutable_list_value();
        list->add_values()->set_number_value(1);
        list->add_values()->set_null_value(google::protobuf::NULL_VALUE);
        put(list->add_values()->mutable_struct_value(), "b").set_bool_value(true);
        list->add_values()->mutable_list_value();
        list->add_values()->set_string_value("s");
        list->add_values()->mutable_struct_value();
        QCOMPARE(bytes, m.SerializeAsString());
    }

    // A Struct of many fields, whose order protobuf leaves open, parses back to the same message.
    void testMultiFieldStruct()
    {
        const pb::BatchObject o = encoded(
            R"({"title":"t","count":-3,"price":2.5,"ok":false,"where":{"latitude":1,"longitude":2},"x":null,"y":[]})");
        pb::BatchObject m;
        m.set_uuid("0f6c9b6e-2a3a-4c43-9a39-2b1f5d0c6a11");
        m.set_collection("Thing");
        google::protobuf::Struct* s = m.mutable_properties()->mutable_non_ref_properties();
        put(s, "title").set_string_value("t");
        put(s, "count").set_number_value(-3);
        put(s, "price").set_number_value(2.5);
        put(s, "ok").set_bool_value(false);
        google::protobuf::Struct* where = put(s, "where").mutable_struct_value();
        put(where, "latitude").set_number_value(1);
        put(where, "longitude").set_number_value(2);
        put(s, "y").mutable_list_value();
        QVERIFY2(google::protobuf::util::MessageDifferencer::Equals(o, m), o.ShortDebugString().c_str());
    }

    void testContradictions_data()
    {
        QTest::addColumn<QByteArray>("properties");
        QTest::addColumn<QString>("expected");
        QTest::newRow("int fraction") << QByteArray(
            R"({"count":5.5})") << u"property 'count' of class 'Thing' is int in the schema, but its value is 5.5"_s;
        QTest::newRow("int as 5.0") << QByteArray(R"({"count":5.0})")
                                    << u"is int in the schema, but its value is 5.0"_s;
        QTest::newRow("int exponent") << QByteArray(R"({"count":1e3})") << u"its value is 1e3"_s;
        QTest::newRow("int as text") << QByteArray(R"({"count":"5"})") << u"its value is \"5\""_s;
        QTest::newRow("int overflow") << QByteArray(R"({"count":9223372036854775808})")
                                      << u"its value 9223372036854775808 is out of range"_s;
        QTest::newRow("text as number") << QByteArray(R"({"title":5})")
                                        << u"is text in the schema, but its value is 5"_s;
        QTest::newRow("uuid as object") << QByteArray(R"({"ref":{}})")
                                        << u"is uuid in the schema, but its value is an object"_s;
        QTest::newRow("number as text") << QByteArray(R"({"price":"1"})") << u"is number in the schema"_s;
        QTest::newRow("number too large") << QByteArray(R"({"price":1e400})") << u"out of a number's range"_s;
        QTest::newRow("boolean as 1") << QByteArray(R"({"ok":1})") << u"is boolean in the schema, but its value is 1"_s;
        QTest::newRow("geo as text") << QByteArray(R"({"where":"52,4"})") << u"is geoCoordinates in the schema"_s;
        QTest::newRow("phone as text") << QByteArray(R"({"phone":"020"})") << u"is phoneNumber in the schema"_s;
        QTest::newRow("array as scalar") << QByteArray(R"({"tags":"a"})")
                                         << u"is text[] in the schema, but its value is \"a\""_s;
        QTest::newRow("scalar as array") << QByteArray(R"({"title":["a"]})")
                                         << u"is text in the schema, but its value is an array"_s;
        QTest::newRow("text[] element") << QByteArray(R"({"tags":["a",1]})")
                                        << u"property 'tags[1]' of class 'Thing' is text[]"_s;
        QTest::newRow("text[] null") << QByteArray(R"({"tags":[null]})") << u"property 'tags[0]'"_s;
        QTest::newRow("int[] fraction") << QByteArray(
            R"({"counts":[1,1.5]})") << u"'counts[1]' of class 'Thing' is int[] in the schema, but its value is 1.5"_s;
        QTest::newRow("number[] text") << QByteArray(R"({"prices":["1"]})") << u"'prices[0]'"_s;
        QTest::newRow("boolean[] number") << QByteArray(R"({"flags":[0]})") << u"'flags[0]'"_s;
        QTest::newRow("object as array") << QByteArray(R"({"address":[]})")
                                         << u"is object in the schema, but its value is an array"_s;
        QTest::newRow("nested int") << QByteArray(R"({"address":{"zip":"8001"}})")
                                    << u"property 'address.zip' of class 'Thing' is int"_s;
        QTest::newRow("object[] element")
            << QByteArray(R"({"items":[{},"x"]})") << u"'items[1]' of class 'Thing' is object[]"_s;
        QTest::newRow("deep") << QByteArray(R"({"items":[{"parts":[{"w":[1,true]}]}]})")
                              << u"'items[0].parts[0].w[1]'"_s;
        QTest::newRow("not json") << QByteArray(R"({"title":"a",})") << u"not valid JSON"_s;
        QTest::newRow("not an object") << QByteArray("[1]") << u"the properties are not a JSON object"_s;
    }

    void testContradictions()
    {
        QFETCH(QByteArray, properties);
        QFETCH(QString, expected);
        const QString error = QString::fromStdString(encodeError(properties.constData()));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void testVectorThatCannotTravel()
    {
        ObjectVector wide {u"wide"_s, 1, 65536, {}};
        wide.values.resize(65536);
        QVERIFY(QString::fromStdString(encodeError("{}", {wide})).contains(u"gRPC carries at most 65535"_s));
        ObjectVector legacyMulti {QString(), 1, 1, {1}};
        QVERIFY(
            QString::fromStdString(encodeError("{}", {legacyMulti})).contains(u"unnamed vector is a multi-vector"_s));
    }
};

QTEST_GUILESS_MAIN(TestGrpcObjectEncoder)
#include "TestGrpcObjectEncoder.moc"
