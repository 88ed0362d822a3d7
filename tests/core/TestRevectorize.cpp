// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/CopyTask.h"
#include "core/RestoreTask.h"
#include "core/ServerSource.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tools/emulator/StandInVectorizer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// Re-vectorizing on restore and copy (RestoreVectors::Omit, --vectors omit --vectorizer): the objects go without
// their vectors, the classes are created with the chosen modules of the target, and the target (the emulator's
// stand-in text2vec modules) computes new vectors; named vectors per name; multi-vectors without a module are
// omitted; an unknown module is refused before anything is written; a vectorizer needs Omit; an existing class
// keeps its own vectorizers; the plan says how many objects each module embeds.
class TestRevectorize : public QObject
{
    Q_OBJECT

private:
    static constexpr int kBooks = 5;
    static constexpr int kDocs = 3;

    static Emu::EngineConfig withModules(const char* list)
    {
        Emu::EngineConfig cfg;
        cfg.modulesJson = Emu::StandInVectorizer::withEnabledModules(cfg.modulesJson, list);
        return cfg;
    }

    static WeaviateEndpoint endpoint(EmulatorFixture& f, WeaviateEndpoint::DataTransport transport = {})
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.grpcUrl = f.grpcUrl();
        e.dataTransport = transport;
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }

    static QString id(int collection, int i)
    {
        return u"%1-0000-4000-8000-%2"_s.arg(collection, 8, 10, QChar(u'0')).arg(i, 12, 10, QChar(u'0'));
    }

    // Book: the class-level vector (4 dimensions, vectorizer none); Doc: named vectors a and b (2 and 3 dimensions)
    // and the multi-vector m. Every object carries its vectors.
    static void fillSource(EmulatorFixture& f)
    {
        QCOMPARE(f.post(u"/v1/schema"_s,
                      R"({"class":"Book","vectorizer":"none","properties":[{"name":"title","dataType":["text"]},)"
                      R"({"name":"pages","dataType":["int"]}]})")
                     .status,
            200);
        QCOMPARE(
            f.post(u"/v1/schema"_s,
                 R"({"class":"Doc","properties":[{"name":"title","dataType":["text"]},{"name":"body","dataType":["text"]}],)"
                 R"("vectorConfig":{"a":{"vectorizer":{"none":{}}},"b":{"vectorizer":{"none":{}}},)"
                 R"("m":{"vectorizer":{"none":{}},"vectorIndexConfig":{"multivector":{"enabled":true}}}}})")
                .status,
            200);
        QJsonArray objects;
        for (int i = 0; i < kBooks; ++i)
            objects.append(QJsonObject {{u"class"_s, u"Book"_s}, {u"id"_s, id(1, i)},
                {u"properties"_s, QJsonObject {{u"title"_s, u"Book %1"_s.arg(i)}, {u"pages"_s, i}}},
                {u"vector"_s, QJsonArray {i + 1, 0.5, 0.25, 2}}});
        for (int i = 0; i < kDocs; ++i)
            objects.append(QJsonObject {{u"class"_s, u"Doc"_s}, {u"id"_s, id(2, i)},
                {u"properties"_s, QJsonObject {{u"title"_s, u"Doc %1"_s.arg(i)}, {u"body"_s, u"Body %1"_s.arg(i)}}},
                {u"vectors"_s,
                    QJsonObject {{u"a"_s, QJsonArray {1, i}}, {u"b"_s, QJsonArray {i, 1, 0}},
                        {u"m"_s, QJsonArray {QJsonArray {1, 2}, QJsonArray {3, 4}}}}}});
        const TestSupport::Reply r = f.post(u"/v1/batch/objects"_s,
            QJsonDocument(QJsonObject {{u"objects"_s, objects}}).toJson(QJsonDocument::Compact));
        QVERIFY2(r.status == 200 && !r.body.contains("\"errors\""), r.body.constData());
    }

    QString makeArchive()
    {
        EmulatorFixture source;
        fillSource(source);
        BackupParams b;
        b.endpoint = endpoint(source);
        b.destination = m_dir.filePath(u"revectorize-%1.tar.zst"_s.arg(++m_archives));
        OpError err;
        const BackupReport report = BackupTask::apply(BackupTask::plan(b, nullptr, &err), nullptr);
        if (err || report.outcome != BackupReport::Outcome::Succeeded)
            qFatal("backup failed: %s", qPrintable(err.message + report.error.message));
        return b.destination;
    }

    static RestoreParams restoreParams(EmulatorFixture& target, const QString& archive, const QStringList& collections,
        const QMap<QString, QString>& vectorizers)
    {
        RestoreParams p;
        p.endpoint = endpoint(target);
        p.archivePath = archive;
        p.collections = collections;
        p.vectors = RestoreVectors::Omit;
        p.vectorizers = vectorizers;
        p.batchSize = 2;
        return p;
    }

    static QString failures(const RestoreReport& r)
    {
        QStringList lines {r.error.message + u' ' + r.error.details};
        for (const RestoreFailure& f : r.failures)
            lines << f.collection + u' ' + f.id + u' ' + f.message;
        return (lines + r.countMismatches).join(u'\n');
    }

    static RestoreReport planAndApply(const RestoreParams& p, RestorePlan* plan)
    {
        OpError err;
        *plan = RestoreTask::plan(p, nullptr, &err);
        if (err || plan->isBlocked()) {
            RestoreReport failed;
            failed.error = err ? err : OpError::make(OpError::Code::Usage, plan->problems.join(u'\n'));
            return failed;
        }
        return RestoreTask::apply(*plan, nullptr);
    }

    // Every object of a class with its vectors, by id.
    static QMap<QString, QJsonObject> objectsOf(EmulatorFixture& f, const QString& cls)
    {
        QMap<QString, QJsonObject> out;
        const QJsonArray page = f.get(u"/v1/objects?class=%1&include=vector&limit=100"_s.arg(cls))
                                    .json()
                                    .object()
                                    .value(u"objects"_s)
                                    .toArray();
        for (const QJsonValue& v : page)
            out.insert(v.toObject().value(u"id"_s).toString(), v.toObject());
        return out;
    }

    static std::vector<float> floats(const QJsonArray& a)
    {
        std::vector<float> out;
        for (const QJsonValue& v : a)
            out.push_back(float(v.toDouble()));
        return out;
    }

    static std::vector<float> embed(const char* module, const QString& text)
    {
        return Emu::StandInVectorizer::embed(module, text.toStdString());
    }

    // Every Book on `target` holds the stand-in embedding of `module`, none of the archived vectors.
    static void verifyBooks(EmulatorFixture& target, const char* module)
    {
        const QMap<QString, QJsonObject> books = objectsOf(target, u"Book"_s);
        QCOMPARE(books.size(), kBooks);
        for (int i = 0; i < kBooks; ++i) {
            const QJsonObject o = books.value(id(1, i));
            QCOMPARE(floats(o.value(u"vector"_s).toArray()), embed(module, u"book book %1"_s.arg(i)));
        }
    }

    QTemporaryDir m_dir;
    int m_archives = 0;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_archive = makeArchive();
    }

    void testRestoreWithVectorizer()
    {
        EmulatorFixture target(withModules("text2vec-openai"));
        RestorePlan plan;
        const RestoreReport report
            = planAndApply(restoreParams(target, m_archive, {u"Book"_s}, {{QString(), u"text2vec-openai"_s}}), &plan);
        QVERIFY2(
            report.outcome == RestoreReport::Outcome::Succeeded && !report.isPartial(), qPrintable(failures(report)));
        QCOMPARE(plan.collections.size(), 1);
        QCOMPARE(plan.collections[0].vectorizers.size(), 1);
        QCOMPARE(plan.collections[0].vectorizers[0].vector, QString());
        QCOMPARE(plan.collections[0].vectorizers[0].module, u"text2vec-openai"_s);
        QCOMPARE(plan.collections[0].vectorizers[0].objects, qint64(kBooks));
        const QJsonObject cls = target.get(u"/v1/schema/Book"_s).json().object();
        QCOMPARE(cls.value(u"vectorizer"_s).toString(), u"text2vec-openai"_s);
        QVERIFY(cls.value(u"moduleConfig"_s).toObject().contains(u"text2vec-openai"_s));
        QCOMPARE(report.objects, qint64(kBooks));
        verifyBooks(target, "text2vec-openai");
    }

    void testNamedVectorsPerName()
    {
        EmulatorFixture target(withModules("text2vec-openai,text2vec-cohere"));
        RestorePlan plan;
        const RestoreReport report = planAndApply(restoreParams(target, m_archive, {u"Doc"_s},
                                                      {{u"a"_s, u"text2vec-openai"_s}, {u"b"_s, u"text2vec-cohere"_s}}),
            &plan);
        QVERIFY2(
            report.outcome == RestoreReport::Outcome::Succeeded && !report.isPartial(), qPrintable(failures(report)));
        const QList<RestoreVectorizerPlan>& v = plan.collections[0].vectorizers;
        QCOMPARE(v.size(), 3);
        QCOMPARE(v[0].vector + u' ' + v[0].module + u' ' + QString::number(v[0].objects), u"a text2vec-openai 3"_s);
        QCOMPARE(v[1].vector + u' ' + v[1].module + u' ' + QString::number(v[1].objects), u"b text2vec-cohere 3"_s);
        QCOMPARE(v[2].vector + u' ' + v[2].module + u' ' + QString::number(v[2].objects), u"m none 0"_s);
        QVERIFY(v[2].multi);
        QVERIFY2(plan.warnings.join(u'\n').contains(u"multi-vector \"m\" of \"Doc\" is omitted"_s),
            qPrintable(plan.warnings.join(u'\n')));
        const QJsonObject vc = target.get(u"/v1/schema/Doc"_s).json().object().value(u"vectorConfig"_s).toObject();
        QVERIFY(vc.value(u"a"_s).toObject().value(u"vectorizer"_s).toObject().contains(u"text2vec-openai"_s));
        QVERIFY(vc.value(u"b"_s).toObject().value(u"vectorizer"_s).toObject().contains(u"text2vec-cohere"_s));
        QVERIFY(vc.value(u"m"_s).toObject().value(u"vectorizer"_s).toObject().contains(u"none"_s));
        const QMap<QString, QJsonObject> docs = objectsOf(target, u"Doc"_s);
        QCOMPARE(docs.size(), kDocs);
        for (int i = 0; i < kDocs; ++i) {
            const QJsonObject vectors = docs.value(id(2, i)).value(u"vectors"_s).toObject();
            const QString text = u"doc body %1 doc %1"_s.arg(i); // class, then body and title by name
            QCOMPARE(floats(vectors.value(u"a"_s).toArray()), embed("text2vec-openai", text));
            QCOMPARE(floats(vectors.value(u"b"_s).toArray()), embed("text2vec-cohere", text));
            QVERIFY(!vectors.contains(u"m"_s));
        }
    }

    void testUnknownModuleRefusedBeforeWriting()
    {
        EmulatorFixture target(withModules("text2vec-openai"));
        OpError err;
        const RestorePlan plan = RestoreTask::plan(
            restoreParams(target, m_archive, {}, {{QString(), u"text2vec-cohere"_s}}), nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QCOMPARE(err.message, u"The target has no module \"text2vec-cohere\"; its modules are: text2vec-openai."_s);
        QCOMPARE(target.get(u"/v1/schema"_s).body, QByteArray(R"({"classes":[]})"));
    }

    void testVectorizerNeedsOmit()
    {
        EmulatorFixture target(withModules("text2vec-openai"));
        RestoreParams p = restoreParams(target, m_archive, {u"Book"_s}, {{QString(), u"text2vec-openai"_s}});
        p.vectors = RestoreVectors::Keep;
        OpError err;
        RestoreTask::plan(p, nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QVERIFY2(err.message.contains(u"--vectors omit"_s), qPrintable(err.message));
    }

    void testUnknownVectorName()
    {
        EmulatorFixture target(withModules("text2vec-openai"));
        OpError err;
        RestoreTask::plan(
            restoreParams(target, m_archive, {u"Doc"_s}, {{u"titel"_s, u"text2vec-openai"_s}}), nullptr, &err);
        QCOMPARE(err.code, OpError::Code::Usage);
        QVERIFY2(err.message.contains(u"named vector \"titel\""_s), qPrintable(err.message));
    }

    void testOmitWithoutVectorizer()
    {
        EmulatorFixture target;
        RestorePlan plan;
        const RestoreReport report = planAndApply(restoreParams(target, m_archive, {u"Book"_s, u"Doc"_s}, {}), &plan);
        QVERIFY2(
            report.outcome == RestoreReport::Outcome::Succeeded && !report.isPartial(), qPrintable(failures(report)));
        QCOMPARE(report.objects, qint64(kBooks + kDocs));
        QVERIFY2(plan.warnings.join(u'\n').contains(
                     u"The objects of \"Book\" are written without vectors and no module computes them: the collection "
                     "will have no vectors."_s),
            qPrintable(plan.warnings.join(u'\n')));
        QCOMPARE(target.get(u"/v1/schema/Book"_s).json().object().value(u"vectorizer"_s).toString(), u"none"_s);
        for (const QString& cls : {u"Book"_s, u"Doc"_s})
            for (const QJsonObject& o : objectsOf(target, cls)) {
                QVERIFY(!o.contains(u"vector"_s));
                QVERIFY(!o.contains(u"vectors"_s));
            }
    }

    // An existing class is used as it is: its own vectorizer computes the vectors, and the plan says so.
    void testMergeKeepsExistingVectorizer()
    {
        EmulatorFixture target(withModules("text2vec-openai,text2vec-cohere"));
        QCOMPARE(
            target
                .post(u"/v1/schema"_s,
                    R"({"class":"Book","vectorizer":"text2vec-cohere","properties":[{"name":"title","dataType":["text"]},)"
                    R"({"name":"pages","dataType":["int"]}]})")
                .status,
            200);
        RestoreParams p = restoreParams(target, m_archive, {u"Book"_s}, {{QString(), u"text2vec-openai"_s}});
        p.mode = RestoreMode::Merge;
        RestorePlan plan;
        const RestoreReport report = planAndApply(p, &plan);
        QVERIFY2(
            report.outcome == RestoreReport::Outcome::Succeeded && !report.isPartial(), qPrintable(failures(report)));
        QCOMPARE(plan.collections[0].vectorizers[0].module, u"text2vec-cohere"_s);
        QCOMPARE(plan.collections[0].vectorizers[0].objects, qint64(kBooks));
        QVERIFY2(plan.warnings.join(u'\n').contains(u"\"Book\" exists on the target and keeps its own vectorizers"_s),
            qPrintable(plan.warnings.join(u'\n')));
        verifyBooks(target, "text2vec-cohere");
    }

    // A copy that omits the vectors does not read them from the source.
    void testSourceWithoutVectors()
    {
        EmulatorFixture source;
        fillSource(source);
        ServerSource::Options o;
        o.collections = {u"Book"_s};
        o.withVectors = false;
        ServerSource s(endpoint(source), o);
        SourceHead head;
        ProgressMeter meter(nullptr);
        QVERIFY(!s.readHead(&head, meter));
        QVERIFY(!s.openObjects());
        bool has = false;
        QVERIFY(!s.nextShard(&has));
        QVERIFY(has);
        int objects = 0;
        for (const SourceObject* obj = nullptr; !s.next(&obj) && obj; ++objects)
            QVERIFY(obj->vectors.isEmpty());
        QCOMPARE(objects, kBooks);
        s.finish();
    }

    void testCopy_data()
    {
        QTest::addColumn<bool>("grpc");
        QTest::newRow("rest") << false;
        QTest::newRow("grpc") << true;
    }

    void testCopy()
    {
        QFETCH(bool, grpc);
        const auto transport = grpc ? WeaviateEndpoint::DataTransport::Grpc : WeaviateEndpoint::DataTransport::Rest;
        EmulatorFixture source;
        fillSource(source);
        EmulatorFixture target(withModules("text2vec-openai"));
        CopyParams p;
        p.endpoint = endpoint(source, transport);
        p.target = restoreParams(target, QString(), {u"Book"_s, u"Doc"_s}, {{QString(), u"text2vec-openai"_s}});
        p.target.endpoint = endpoint(target, transport);
        p.pageSize = 2;
        OpError err;
        const CopyPlan plan = CopyTask::plan(p, nullptr, &err);
        QVERIFY2(!err && !plan.isBlocked(), qPrintable(err.message + plan.problems.join(u'\n')));
        // The bare module serves the class-level vector and every single named vector; the multi-vector goes.
        QCOMPARE(plan.collections[1].vectorizers.size(), 3);
        QCOMPARE(plan.collections[1].vectorizers[1].module, u"text2vec-openai"_s);
        QCOMPARE(plan.collections[1].vectorizers[1].objects, qint64(kDocs));
        QCOMPARE(plan.collections[1].vectorizers[2].module, u"none"_s);
        const RestoreReport report = CopyTask::apply(plan, nullptr);
        QVERIFY2(
            report.outcome == RestoreReport::Outcome::Succeeded && !report.isPartial(), qPrintable(failures(report)));
        verifyBooks(target, "text2vec-openai");
        const QMap<QString, QJsonObject> docs = objectsOf(target, u"Doc"_s);
        QCOMPARE(docs.size(), kDocs);
        QCOMPARE(floats(docs.value(id(2, 1)).value(u"vectors"_s).toObject().value(u"b"_s).toArray()),
            embed("text2vec-openai", u"doc body 1 doc 1"_s));
    }
};

QTEST_GUILESS_MAIN(TestRevectorize)
#include "TestRevectorize.moc"
