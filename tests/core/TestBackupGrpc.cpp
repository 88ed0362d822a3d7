// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveReader.h"
#include "core/BackupPageReader.h"
#include "core/BackupTask.h"
#include "core/GrpcVectorPages.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/TestEndpoint.h"
#include "tools/emulator/LocalRequest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <atomic>
#include <thread>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;
using Transport = WeaviateEndpoint::DataTransport;

// Backup with the vectors over gRPC (issue 21; docs/grpc.md, "Backup over gRPC"): against the emulator, an archive
// written with the vectors over gRPC holds exactly the entries of one written over REST, for every data type and
// vector kind (legacy, named, multi, none), tenants (empty, COLD) and page boundaries; a write between the two reads
// of a page makes that page be read again over REST; faults on the gRPC path end with the same exact archive;
// REST as the transport asks for no vectors over gRPC, and Auto without gRPC is REST as before.
class TestBackupGrpc : public QObject
{
    Q_OBJECT

private:
    static constexpr int typedCount = 23;
    static constexpr const char* searchPath = "/weaviate.v1.Weaviate/Search";

    static void handle(EmulatorFixture& f, const char* method, const QString& target, const QString& body)
    {
        const Emu::HttpResponse r = f.emulator().engine().handle(
            Emu::makeLocalRequest(method, target.toStdString(), body.toUtf8().toStdString()));
        if (r.status / 100 != 2)
            qFatal("%s %s: %d %s", method, qPrintable(target), r.status, r.body.c_str());
        if (QByteArray::fromStdString(r.body).contains("\"errors\""))
            qFatal("%s %s: %s", method, qPrintable(target), r.body.c_str());
    }

    // JSON written as a raw string (moc reads no u-prefixed raw string).
    static QString text(const char* raw) { return QString::fromUtf8(raw); }

    // Ids spread over the id space, not in insertion order.
    static QString uuidFor(int i)
    {
        return u"%1-0000-4000-8000-%2"_s.arg(quint32(i) * 2654435761u, 8, 16, QLatin1Char('0'))
            .arg(i, 12, 10, QLatin1Char('0'));
    }

    // A float32 as the shortest text that reads back as the same float.
    static QString floatText(float f) { return QString::number(double(f), 'g', 9); }

    static QString vectorText(int seed, int dims)
    {
        QStringList values;
        for (int d = 0; d < dims; ++d)
            values << floatText(float((seed * 131 + d * 17) % 1000) / 997.0f - 0.5f);
        return u'[' + values.join(u',') + u']';
    }

    static QString multiText(int seed, int rows, int dims)
    {
        QStringList r;
        for (int i = 0; i < rows; ++i)
            r << vectorText(seed * 7 + i, dims);
        return u'[' + r.join(u',') + u']';
    }

    static void batch(EmulatorFixture& f, const QStringList& objects)
    {
        handle(f, "POST", u"/v1/batch/objects"_s, u"{\"objects\":["_s + objects.join(u',') + u"]}"_s);
    }

    // Every data type Weaviate has, with values where text and floats are easy to get wrong; some objects have no
    // properties, some no vector, one a reference.
    static void makeTyped(EmulatorFixture& f)
    {
        handle(f, "POST", u"/v1/schema"_s, text(R"({"class":"Typed","vectorizer":"none","properties":[
            {"name":"text","dataType":["text"]},{"name":"texts","dataType":["text[]"]},
            {"name":"count","dataType":["int"]},{"name":"counts","dataType":["int[]"]},
            {"name":"score","dataType":["number"]},{"name":"scores","dataType":["number[]"]},
            {"name":"flag","dataType":["boolean"]},{"name":"flags","dataType":["boolean[]"]},
            {"name":"when","dataType":["date"]},{"name":"whens","dataType":["date[]"]},
            {"name":"ident","dataType":["uuid"]},{"name":"idents","dataType":["uuid[]"]},
            {"name":"loc","dataType":["geoCoordinates"]},{"name":"phone","dataType":["phoneNumber"]},
            {"name":"raw","dataType":["blob"]},
            {"name":"origin","dataType":["object"],"nestedProperties":[{"name":"country","dataType":["text"]},
                {"name":"year","dataType":["int"]}]},
            {"name":"stops","dataType":["object[]"],"nestedProperties":[{"name":"name","dataType":["text"]}]}]})"));
        handle(f, "POST", u"/v1/schema/Typed/properties"_s, text(R"({"name":"link","dataType":["Typed"]})"));
        QStringList objects;
        for (int i = 0; i < typedCount; ++i) {
            QString props;
            if (i % 5 != 4) {
                props = text(R"(,"properties":{"text":"t\u00e9xt \"%1\"\n\ud83d\ude00","texts":["a","",
                    "%1"],"count":%2,"counts":[9007199254740993,-1,0],"score":%3,"scores":[0.1,1e-7,-0,
                    1.7976931348623157e308],"flag":%4,"flags":[true,false],"when":"2024-0%5-01T10:00:00.5+02:00",
                    "whens":["2024-01-01T00:00:00Z"],"ident":"%6","idents":["%6"],"loc":{"latitude":52.5,
                    "longitude":%7},"phone":{"input":"020 1234 56%1","defaultCountry":"nl"},"raw":"aGVsbG8=",
                    "origin":{"country":"NL","year":%2},"stops":[{"name":"x"},{"name":"y%1"}]})")
                            .arg(i)
                            .arg(qint64(i) * 123456789012LL - 5)
                            .arg(floatText(float(i) / 3.0f))
                            .arg(i % 2 ? u"true"_s : u"false"_s)
                            .arg(1 + i % 9)
                            .arg(uuidFor(1000 + i))
                            .arg(4.25 + i);
            }
            const QString vector = i % 7 == 3 ? QString() : u",\"vector\":"_s + vectorText(i, 6);
            objects << u"{\"class\":\"Typed\",\"id\":\"%1\"%2%3}"_s.arg(uuidFor(i), props, vector);
        }
        batch(f, objects);
        handle(f, "POST", u"/v1/batch/references"_s,
            u"[{\"from\":\"weaviate://localhost/Typed/%1/link\",\"to\":\"weaviate://localhost/Typed/%2\"}]"_s.arg(
                uuidFor(1), uuidFor(2)));
    }

    // Named vectors (some objects have one of them or none), multi-vectors of varied rows, and a collection whose
    // objects have no vector at all.
    static void makeVectorKinds(EmulatorFixture& f)
    {
        handle(f, "POST", u"/v1/schema"_s, text(R"({"class":"Named","vectorConfig":{
            "zeta":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw"},
            "alpha":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw"}},
            "properties":[{"name":"title","dataType":["text"]}]})"));
        handle(f, "POST", u"/v1/schema"_s, text(R"({"class":"Multi","vectorConfig":{
            "colbert":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw",
                "vectorIndexConfig":{"multivector":{"enabled":true}}},
            "dense":{"vectorizer":{"none":{}},"vectorIndexType":"hnsw"}},
            "properties":[{"name":"title","dataType":["text"]}]})"));
        handle(f, "POST", u"/v1/schema"_s,
            text(R"({"class":"Plain","vectorizer":"none","properties":[{"name":"title","dataType":["text"]}]})"));
        QStringList named, multi, plain;
        for (int i = 0; i < 11; ++i) {
            QStringList v;
            if (i % 3 != 1)
                v << u"\"zeta\":"_s + vectorText(i, 5);
            if (i % 3 != 2)
                v << u"\"alpha\":"_s + vectorText(i + 50, 3);
            if (i == 10)
                v.clear(); // no vector at all
            named << u"{\"class\":\"Named\",\"id\":\"%1\",\"properties\":{\"title\":\"n%2\"},\"vectors\":{%3}}"_s.arg(
                uuidFor(100 + i), QString::number(i), v.join(u','));
            QStringList m;
            if (i % 4 != 3)
                m << u"\"colbert\":"_s + multiText(i, 1 + i % 4, 4);
            m << u"\"dense\":"_s + vectorText(i + 9, 7);
            multi << u"{\"class\":\"Multi\",\"id\":\"%1\",\"properties\":{\"title\":\"m%2\"},\"vectors\":{%3}}"_s.arg(
                uuidFor(200 + i), QString::number(i), m.join(u','));
            plain << u"{\"class\":\"Plain\",\"id\":\"%1\",\"properties\":{\"title\":\"p%2\"}}"_s.arg(
                uuidFor(300 + i), QString::number(i));
        }
        batch(f, named);
        batch(f, multi);
        batch(f, plain);
    }

    // Tenants with several pages, none (empty), exactly one page, and a COLD one the backup activates.
    static void makeChat(EmulatorFixture& f, int pageSize)
    {
        handle(f, "POST", u"/v1/schema"_s, text(R"({"class":"Chat","vectorizer":"none",
            "multiTenancyConfig":{"enabled":true},"properties":[{"name":"text","dataType":["text"]}]})"));
        handle(f, "POST", u"/v1/schema/Chat/tenants"_s,
            text(R"([{"name":"busy"},{"name":"empty"},{"name":"exact"},{"name":"sleepy"}])"));
        const QList<QPair<QString, int>> tenants {{u"busy"_s, 17}, {u"exact"_s, pageSize}, {u"sleepy"_s, 5}};
        QStringList objects;
        int n = 0;
        for (const auto& [tenant, count] : tenants) {
            for (int i = 0; i < count; ++i, ++n)
                objects << u"{\"class\":\"Chat\",\"tenant\":\"%1\",\"id\":\"%2\",\"properties\":{\"text\":\"c%3\"},"
                           "\"vector\":%4}"_s.arg(tenant, uuidFor(400 + n), QString::number(n), vectorText(n, 4));
        }
        batch(f, objects);
        handle(f, "PUT", u"/v1/schema/Chat/tenants"_s, text(R"([{"name":"sleepy","activityStatus":"COLD"}])"));
    }

    static std::unique_ptr<EmulatorFixture> server(bool withGrpc = true)
    {
        auto f = std::make_unique<EmulatorFixture>();
        if (withGrpc)
            f->emulator().startGrpc(0);
        makeTyped(*f);
        makeVectorKinds(*f);
        makeChat(*f, 4);
        return f;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f, Transport transport)
    {
        return TestSupport::testEndpoint(f, transport);
    }

    static BackupReport backup(const WeaviateEndpoint& e, const QString& path, int pageSize)
    {
        BackupParams p;
        p.endpoint = e;
        p.activateTenants = true;
        p.destination = path;
        p.pageSize = pageSize;
        OpError error;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &error);
        if (error) {
            BackupReport r;
            r.outcome = BackupReport::Outcome::Failed;
            r.error = error;
            return r;
        }
        return BackupTask::apply(plan, nullptr);
    }

    static QString failure(const BackupReport& r)
    {
        return r.outcome == BackupReport::Outcome::Succeeded ? QString() : r.error.message + u' ' + r.error.details;
    }

    // Every entry of an archive, in order.
    static QList<QPair<QString, QByteArray>> entriesOf(const QString& path, QString* error)
    {
        QList<QPair<QString, QByteArray>> out;
        ArchiveReader reader;
        OpError err = reader.open(path);
        bool hasEntry = true;
        while (!err && !(err = reader.next(&hasEntry)) && hasEntry) {
            QByteArray data;
            err = reader.readAll(&data, 1 << 30);
            out.append({reader.name(), data});
        }
        if (err)
            *error = err.message + u' ' + err.details;
        return out;
    }

    // The manifest and the trailer without what differs from one run to the next: the creation time, the duration
    // and, in the trailer, the manifest's hash.
    static QByteArray withoutTimes(const QString& name, const QByteArray& data)
    {
        QJsonObject o = QJsonDocument::fromJson(data).object();
        if (name == u"manifest.json"_s) {
            o.remove(u"createdAt"_s);
        } else {
            QJsonObject extras = o.value(u"extras"_s).toObject();
            extras.remove(u"durationMs"_s);
            o.insert(u"extras"_s, extras);
            QJsonArray entries = o.value(u"entries"_s).toArray();
            QJsonObject manifest = entries.at(0).toObject();
            manifest.remove(u"sha256"_s);
            entries.replace(0, manifest);
            o.insert(u"entries"_s, entries);
        }
        return QJsonDocument(o).toJson(QJsonDocument::Compact);
    }

    // Empty when the two archives hold the same entries in the same order, byte for byte (the manifest and the
    // trailer without their times); else the first difference.
    static QString archiveDifference(const QString& a, const QString& b)
    {
        QString error;
        const auto ea = entriesOf(a, &error);
        const auto eb = entriesOf(b, &error);
        if (!error.isEmpty())
            return error;
        if (ea.size() != eb.size())
            return u"%1 entries against %2"_s.arg(ea.size()).arg(eb.size());
        for (qsizetype i = 0; i < ea.size(); ++i) {
            const QString& name = ea[i].first;
            if (name != eb[i].first)
                return u"entry %1: %2 against %3"_s.arg(i).arg(name, eb[i].first);
            const bool timed = name == u"manifest.json"_s || name == u"trailer.json"_s;
            const QByteArray da = timed ? withoutTimes(name, ea[i].second) : ea[i].second;
            const QByteArray db = timed ? withoutTimes(name, eb[i].second) : eb[i].second;
            if (da != db)
                return u"%1 differs (%2 and %3 bytes)"_s.arg(name).arg(da.size()).arg(db.size());
        }
        return ea.size() > 10 ? QString() : u"only %1 entries"_s.arg(ea.size());
    }

    // Counts the gRPC Search calls from now on without faulting them: a fault every call wants but none may get.
    static void countSearches(EmulatorFixture& f)
    {
        Emu::FaultConfig count;
        count.rate503 = 1.0;
        count.maxFaults = 0;
        faultSearches(f, count);
    }
    static void faultSearches(EmulatorFixture& f, Emu::FaultConfig faults)
    {
        faults.pathPrefix = searchPath;
        f.emulator().setFaults(faults);
    }
    static quint64 searches(EmulatorFixture& f) { return f.emulator().faultStats().skippedByMax; }

    // The REST archive of the same data, as the reference.
    static QString restArchive(EmulatorFixture& f, const QString& dir, int pageSize)
    {
        const QString path = dir + u"/rest.tar.zst"_s;
        const BackupReport r = backup(endpoint(f, Transport::Rest), path, pageSize);
        if (!failure(r).isEmpty())
            qFatal("REST backup: %s", qPrintable(failure(r)));
        return path;
    }

    // Every object a reader hands over for `shards`: id, timestamps, properties and vector bits, in order.
    static QStringList readAll(const WeaviateEndpoint& e, const QList<BackupPageReader::Shard>& shards,
        const BackupPageReader::Options& o, BackupPageReader::Stats* stats)
    {
        QStringList out;
        BackupPageReader reader(e, {}, shards, o);
        for (int shard = 0; shard < shards.size();) {
            BackupPageReader::Page page;
            if (!reader.next(&page))
                return {reader.error().details};
            for (const PageObject& obj : page.objects) {
                QString line = QString::fromStdString(obj.id + ' ' + obj.properties) + u' '
                    + QString::number(obj.creationTimeUnix) + u' ' + QString::number(obj.lastUpdateTimeUnix);
                for (const PageVector& v : obj.vectors)
                    line += u" %1:%2x%3:%4"_s.arg(QString::fromStdString(v.name))
                                .arg(v.rows)
                                .arg(v.dims)
                                .arg(QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(v.values.data()),
                                    qsizetype(v.values.size() * sizeof(float)))
                                                             .toHex()));
                out << line;
            }
            shard += page.lastOfShard ? 1 : 0;
        }
        *stats = reader.stats();
        return out;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testReaderPages_data()
    {
        QTest::addColumn<qint64>("bytesAhead");
        QTest::newRow("next page's vectors at once") << qint64(8 * 1024 * 1024);
        QTest::newRow("next page's vectors once the page's arrived") << qint64(1);
    }

    // The reader hands over the same objects, vectors and all, as over REST, whether the vectors of a shard's next
    // page go out with its REST page or only once the page before arrived (pages too large for the bytes ahead).
    void testReaderPages()
    {
        QFETCH(qint64, bytesAhead);
        auto f = server();
        const QList<BackupPageReader::Shard> shards {{u"Typed"_s, QString(), typedCount}, {u"Named"_s, QString(), 11},
            {u"Multi"_s, QString(), 11}, {u"Plain"_s, QString(), 11}, {u"Chat"_s, u"busy"_s, 17},
            {u"Chat"_s, u"empty"_s, 0}, {u"Chat"_s, u"exact"_s, 4}};
        BackupPageReader::Options o;
        o.pageSize = 4;
        o.bytesAhead = bytesAhead;
        o.bytesPerObject = 100;
        BackupPageReader::Stats restStats, grpcStats;
        const QStringList rest = readAll(endpoint(*f, Transport::Rest), shards, o, &restStats);
        const QStringList grpc = readAll(endpoint(*f, Transport::Grpc), shards, o, &grpcStats);
        QCOMPARE(rest.size(), typedCount + 33 + 17 + 4);
        QCOMPARE(grpc, rest);
        QVERIFY(!restStats.grpc && grpcStats.grpc);
        QCOMPARE(grpcStats.grpcPages, restStats.requests);
        QCOMPARE(grpcStats.pagesReadAgain, qint64(0));
    }

    void testArchivesEqual_data()
    {
        QTest::addColumn<int>("pageSize");
        QTest::addColumn<int>("transport");
        QTest::newRow("page of 1, grpc") << 1 << int(Transport::Grpc);
        QTest::newRow("page of 4, grpc") << 4 << int(Transport::Grpc);
        QTest::newRow("page of 4, auto") << 4 << int(Transport::Auto);
        QTest::newRow("page of 5, grpc") << 5 << int(Transport::Grpc);
        QTest::newRow("page of 500, grpc") << 500 << int(Transport::Grpc);
    }

    // The same entries, byte for byte, whichever transport carried the vectors; the vectors did come over gRPC.
    void testArchivesEqual()
    {
        QFETCH(int, pageSize);
        QFETCH(int, transport);
        auto f = server();
        QTemporaryDir dir;
        const QString rest = restArchive(*f, dir.path(), pageSize);
        countSearches(*f);
        const QString path = dir.filePath(u"grpc.tar.zst"_s);
        const BackupReport r = backup(endpoint(*f, Transport(transport)), path, pageSize);
        QVERIFY2(failure(r).isEmpty(), qPrintable(failure(r)));
        QCOMPARE(r.objects, qint64(typedCount + 33 + 17 + 4 + 5));
        QVERIFY2(searches(*f) > 0 && searches(*f) >= quint64(r.objects / pageSize),
            qPrintable(QString::number(searches(*f))));
        const QString difference = archiveDifference(rest, path);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // REST as the transport asks for no vector over gRPC, even where the server offers it; a REST backup of the
    // same data before made no Search call either (counts go through Aggregate).
    void testRestTransportMakesNoSearchCall()
    {
        auto f = server();
        countSearches(*f);
        QTemporaryDir dir;
        restArchive(*f, dir.path(), 4);
        QCOMPARE(searches(*f), quint64(0));
        QVERIFY(f->emulator().faultStats().grpcCalls > 0); // counted over gRPC: the server was there
    }

    // Auto without a gRPC server is REST as before; insisting on gRPC without one fails with one clear sentence.
    void testAutoWithoutGrpcIsRest()
    {
        auto withGrpc = server();
        auto without = server(false);
        QTemporaryDir dir;
        const QString rest = restArchive(*withGrpc, dir.path(), 4);
        const QString path = dir.filePath(u"auto.tar.zst"_s);
        const BackupReport r = backup(endpoint(*without, Transport::Auto), path, 4);
        QVERIFY2(failure(r).isEmpty(), qPrintable(failure(r)));
        QCOMPARE(without->emulator().faultStats().grpcCalls, quint64(0));
        // The two emulators give their objects their own timestamps: compare the objects, not the whole archive.
        QCOMPARE(r.objects, qint64(typedCount + 33 + 17 + 4 + 5));

        const BackupReport insisted = backup(endpoint(*without, Transport::Grpc), dir.filePath(u"g.tar.zst"_s), 4);
        QCOMPARE(insisted.outcome, BackupReport::Outcome::Failed);
        QVERIFY2(insisted.error.message.contains(u"gRPC"_s), qPrintable(insisted.error.message));
        QVERIFY(!QFile::exists(dir.filePath(u"g.tar.zst"_s)));
    }

    void testWriteBetweenTheReads_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("insert inside the page") << u"insert"_s;
        QTest::newRow("delete inside the page") << u"delete"_s;
        QTest::newRow("new vector") << u"update"_s;
    }

    // A write between the REST read and the gRPC read of a page makes them name different objects (or versions):
    // that page is read again over REST with its vectors, the page after it starts where the new one ends, and every
    // object carries the vector the server holds for it.
    void testWriteBetweenTheReads()
    {
        QFETCH(QString, change);
        auto f = server();
        // Typed in id order; the write goes into its second page of four.
        QStringList ids;
        for (int i = 0; i < typedCount; ++i)
            ids << uuidFor(i);
        ids.sort();
        std::atomic<int> calls {0};
        BackupPageReader::Options o;
        o.pageSize = 4;
        o.betweenReadsForTesting = [&](int, const std::string& after) {
            if (after != ids[3].toStdString() || calls++ > 0)
                return;
            if (change == u"insert"_s) {
                // Right after the page's first object: the REST page ends one object later than the new one.
                const QString id = ids[4].left(24) + u"ffffffffffff"_s;
                handle(*f, "POST", u"/v1/batch/objects"_s,
                    u"{\"objects\":[{\"class\":\"Typed\",\"id\":\"%1\",\"vector\":%2}]}"_s.arg(id, vectorText(99, 6)));
            } else if (change == u"delete"_s) {
                handle(*f, "DELETE", u"/v1/objects/Typed/"_s + ids[5], {});
            } else {
                handle(*f, "PUT", u"/v1/objects/Typed/"_s + ids[5],
                    u"{\"class\":\"Typed\",\"id\":\"%1\",\"vector\":%2}"_s.arg(ids[5], vectorText(77, 6)));
            }
        };
        BackupPageReader reader(endpoint(*f, Transport::Grpc), {}, {{u"Typed"_s, QString(), typedCount}}, o);
        QMap<QString, QList<float>> read;
        int objectsRead = 0;
        for (bool last = false; !last;) {
            BackupPageReader::Page page;
            QVERIFY2(reader.next(&page), qPrintable(reader.error().details));
            objectsRead += int(page.objects.size());
            for (const PageObject& obj : page.objects)
                read.insert(QString::fromStdString(obj.id),
                    obj.vectors.empty() ? QList<float>()
                                        : QList<float>(obj.vectors[0].values.begin(), obj.vectors[0].values.end()));
            last = page.lastOfShard;
        }
        QCOMPARE(calls.load(), 1);
        QCOMPARE(reader.stats().pagesReadAgain, qint64(1));
        // What the server holds now, over REST.
        QMap<QString, QList<float>> held;
        const QJsonArray objects = f->get(u"/v1/objects?class=Typed&limit=100&include=vector"_s)
                                       .json()
                                       .object()
                                       .value(u"objects"_s)
                                       .toArray();
        for (const QJsonValue& v : objects) {
            QList<float> vector;
            for (const QJsonValue& x : v.toObject().value(u"vector"_s).toArray())
                vector << float(x.toDouble());
            held.insert(v.toObject().value(u"id"_s).toString(), vector);
        }
        QCOMPARE(objectsRead, typedCount + (change == u"insert"_s ? 1 : change == u"delete"_s ? -1 : 0));
        QCOMPARE(read.size(), objectsRead);
        QCOMPARE(read, held);
    }

    void testFaults_data()
    {
        QTest::addColumn<QString>("faults");
        QTest::addColumn<int>("transport");
        QTest::newRow("unavailable") << u"503=0.4,seed=3"_s << int(Transport::Grpc);
        QTest::newRow("resource exhausted") << u"429=0.4,seed=4"_s << int(Transport::Grpc);
        QTest::newRow("dropped") << u"drop=0.4,seed=5"_s << int(Transport::Grpc);
        QTest::newRow("deadline exceeded") << u"spike=0.15:800,seed=6"_s << int(Transport::Grpc);
        QTest::newRow("gone for good, auto") << u"503=1"_s << int(Transport::Auto);
    }

    // Faults on the gRPC Search calls are retried like every read (or, in Auto mode, gRPC failing for good leaves
    // the rest to REST): the archive is exactly the REST one.
    void testFaults()
    {
        QFETCH(QString, faults);
        QFETCH(int, transport);
        auto f = server();
        QTemporaryDir dir;
        const QString rest = restArchive(*f, dir.path(), 4);
        Emu::FaultConfig config;
        std::string error;
        QVERIFY2(Emu::FaultConfig::parse(faults.toStdString(), &config, &error), error.c_str());
        faultSearches(*f, config);
        WeaviateEndpoint e = endpoint(*f, Transport(transport));
        e.transferTimeoutMs = 400;
        const QString path = dir.filePath(u"grpc.tar.zst"_s);
        const BackupReport r = backup(e, path, 4);
        QVERIFY2(failure(r).isEmpty(), qPrintable(failure(r)));
        const Emu::FaultStats stats = f->emulator().faultStats();
        QVERIFY(stats.injected503 + stats.injected429 + stats.droppedBefore + stats.spikes > 0);
        const QString difference = archiveDifference(rest, path);
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    // Insisting on gRPC, a Search that fails for good fails the backup with the gRPC error; nothing is left behind.
    void testGrpcFailingForGoodFailsTheBackup()
    {
        auto f = server();
        Emu::FaultConfig config;
        config.rate503 = 1.0;
        faultSearches(*f, config);
        WeaviateEndpoint e = endpoint(*f, Transport::Grpc);
        e.maxRetries = 2;
        QTemporaryDir dir;
        const BackupReport r = backup(e, dir.filePath(u"grpc.tar.zst"_s), 4);
        QCOMPARE(r.outcome, BackupReport::Outcome::Failed);
        QCOMPARE(r.error.code, OpError::Code::Network);
        QVERIFY2(r.error.details.contains(u"UNAVAILABLE"_s), qPrintable(r.error.details));
        QVERIFY(f->emulator().faultStats().injected503 >= quint64(3));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    // A cancel while a gRPC read is under way ends the reading within a second, without an error.
    void testCancelDuringAGrpcRead()
    {
        auto f = server();
        Emu::FaultConfig slow;
        slow.latencyMs = 2500;
        faultSearches(*f, slow);
        std::atomic<bool> cancel {false};
        BackupPageReader::Options o;
        o.pageSize = 4;
        BackupPageReader reader(
            endpoint(*f, Transport::Grpc), [&] { return cancel.load(); }, {{u"Typed"_s, QString(), typedCount}}, o);
        QElapsedTimer timer;
        std::thread canceler([&] {
            QThread::msleep(300);
            timer.start();
            cancel = true;
        });
        BackupPageReader::Page page;
        const bool got = reader.next(&page);
        canceler.join();
        QVERIFY(!got);
        QVERIFY(!reader.error().isError());
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    // Named vectors go into the archive in the order the REST page lists them (Weaviate's JSON sorts map keys),
    // whatever order the gRPC answer has (Go map order); an empty vector is left out, as the REST parser does.
    void testNamedVectorsInRestOrder()
    {
        weaviate::v1::SearchReply reply;
        auto* m = reply.add_results()->mutable_metadata();
        m->set_id("00000000-0000-4000-8000-000000000001");
        for (const char* name : {"zeta", "empty", "Alpha", "alpha"}) {
            auto* v = m->add_vectors();
            v->set_name(name);
            v->set_type(weaviate::v1::Vectors::VECTOR_TYPE_SINGLE_FP32);
            if (std::string(name) != "empty")
                v->set_vector_bytes(std::string("\0\0\x80?", 4));
        }
        std::vector<PageObject> records(1);
        records[0].id = m->id();
        OpError err;
        QVERIFY2(GrpcVectorPages::addVectors(reply, records, &err), qPrintable(err.details));
        QStringList names;
        for (const PageVector& v : records[0].vectors)
            names << QString::fromStdString(v.name);
        QCOMPARE(names, QStringList({u"Alpha"_s, u"alpha"_s, u"zeta"_s}));

        m->mutable_vectors(1)->set_name("zeta"); // the same name twice
        QVERIFY(!GrpcVectorPages::addVectors(reply, records, &err));
    }

    // Vector bytes that do not make whole vectors are refused, never cut or padded.
    void testMalformedVectorBytes()
    {
        weaviate::v1::SearchReply reply;
        auto* m = reply.add_results()->mutable_metadata();
        m->set_id("00000000-0000-4000-8000-000000000001");
        m->set_vector_bytes(std::string("\0\0\x80?\0", 5));
        std::vector<PageObject> records(1);
        records[0].id = m->id();
        OpError err;
        QVERIFY(!GrpcVectorPages::addVectors(reply, records, &err));
        QCOMPARE(err.code, OpError::Code::Format);

        m->set_vector_bytes(std::string("\0\0\x80?", 4));
        auto* multi = m->add_vectors();
        multi->set_name("colbert");
        multi->set_type(weaviate::v1::Vectors::VECTOR_TYPE_MULTI_FP32);
        multi->set_vector_bytes(std::string("\x02\0\0\0\x80?\0\0\x80?\0\0\x80?", 14)); // 1.5 rows of 2
        QVERIFY(!GrpcVectorPages::addVectors(reply, records, &err));
        multi->set_vector_bytes(std::string("\x02\0\0\0\x80?\0\0\x80?", 10));
        QVERIFY2(GrpcVectorPages::addVectors(reply, records, &err), qPrintable(err.details));
        QCOMPARE(records[0].vectors.size(), size_t(2));
        QCOMPARE(records[0].vectors[0].values, std::vector<float>({1.0f}));
        QCOMPARE(records[0].vectors[1].rows, 1u);
        QCOMPARE(records[0].vectors[1].values, std::vector<float>({1.0f, 1.0f}));
    }
};

QTEST_GUILESS_MAIN(TestBackupGrpc)
#include "TestBackupGrpc.moc"
