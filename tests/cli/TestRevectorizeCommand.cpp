// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"
#include "tools/emulator/StandInVectorizer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// `colvault-cli copy|restore --vectors omit --vectorizer ...` in process: the plan's lines and JSON fields, the
// copy re-vectorized by the target, and the usage errors (a vectorizer without --vectors omit, a bad spec, a module
// the target does not have).
class TestRevectorizeCommand : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;

    static void fill(EmulatorFixture& f)
    {
        QCOMPARE(f.post(u"/v1/schema"_s,
                      R"({"class":"Book","vectorizer":"none","properties":[{"name":"title","dataType":["text"]}]})")
                     .status,
            200);
        const TestSupport::Reply r = f.post(u"/v1/batch/objects"_s,
            R"({"objects":[{"class":"Book","id":"00000000-0000-4000-8000-000000000001","properties":{"title":"Dune"},)"
            R"("vector":[1,2]},{"class":"Book","id":"00000000-0000-4000-8000-000000000002","properties":)"
            R"({"title":"Emma"},"vector":[3,4]}]})");
        QVERIFY2(r.status == 200 && !r.body.contains("\"errors\""), r.body.constData());
    }

    static Emu::EngineConfig withOpenai()
    {
        Emu::EngineConfig cfg;
        cfg.modulesJson = Emu::StandInVectorizer::withEnabledModules(cfg.modulesJson, "text2vec-openai");
        return cfg;
    }

    static Run copy(EmulatorFixture& source, EmulatorFixture& target, const QStringList& args)
    {
        return TestSupport::runCli(QStringList {u"--url"_s, source.baseUrl().toString(), u"--grpc-url"_s,
                                       source.grpcUrl().toString(), u"copy"_s}
            + args
            + QStringList {
                u"--to-url"_s, target.baseUrl().toString(), u"--to-grpc-url"_s, target.grpcUrl().toString()});
    }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testDryRunPlan()
    {
        EmulatorFixture source;
        fill(source);
        EmulatorFixture target(withOpenai());
        const QStringList args {u"--vectors"_s, u"omit"_s, u"--vectorizer"_s, u"text2vec-openai"_s, u"--dry-run"_s};
        const Run text = copy(source, target, args);
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"    the target's text2vec-openai will embed 2 object"_s), qPrintable(text.out));
        const Run json = copy(source, target, args + QStringList {u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"vectors"_s).toString(), u"omit"_s);
        const QJsonObject v = json.json()
                                  .value(u"collections"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(u"vectorizers"_s)
                                  .toArray()
                                  .at(0)
                                  .toObject();
        QCOMPARE(v,
            (QJsonObject {
                {u"vector"_s, QString()}, {u"module"_s, u"text2vec-openai"_s}, {u"multi"_s, false}, {u"embeds"_s, 2}}));
        QCOMPARE(target.get(u"/v1/schema"_s).body, QByteArray(R"({"classes":[]})"));
    }

    void testCopyRevectorizes()
    {
        EmulatorFixture source;
        fill(source);
        EmulatorFixture target(withOpenai());
        const Run run
            = copy(source, target, {u"--vectors"_s, u"omit"_s, u"--vectorizer"_s, u"text2vec-openai"_s, u"--yes"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
        const QJsonObject o
            = target.get(u"/v1/objects/Book/00000000-0000-4000-8000-000000000001?include=vector"_s).json().object();
        QCOMPARE(o.value(u"vector"_s).toArray().size(), qsizetype(Emu::StandInVectorizer::kDimensions));
    }

    void testOmitWithoutVectorizerSaysNoVectors()
    {
        EmulatorFixture source;
        fill(source);
        EmulatorFixture target;
        const Run run = copy(source, target, {u"--vectors"_s, u"omit"_s, u"--dry-run"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"    no vectors: the objects are written without them\n"_s), qPrintable(run.out));
        QVERIFY2(run.out.contains(u"the collection will have no vectors."_s), qPrintable(run.out));
    }

    void testUsageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("vectorizer without omit")
            << QStringList {u"--vectorizer"_s, u"text2vec-openai"_s}
            << u"--vectorizer sets what computes new vectors: use it with --vectors "
               "omit."_s;
        QTest::newRow("bad vectors") << QStringList {u"--vectors"_s, u"drop"_s}
                                     << u"Unknown --vectors value \"drop\"; use keep or omit."_s;
        QTest::newRow("empty name") << QStringList {u"--vectors"_s, u"omit"_s, u"--vectorizer"_s, u"=text2vec-openai"_s}
                                    << u"--vectorizer =text2vec-openai: use MODULE or NAME=MODULE, once per vector."_s;
    }

    void testUsageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        EmulatorFixture source;
        EmulatorFixture target(withOpenai());
        const Run run = copy(source, target, args + QStringList {u"--dry-run"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        const Run restore = TestSupport::runCli(
            QStringList {u"--url"_s, target.baseUrl().toString(), u"restore"_s, u"/nonexistent.tar.zst"_s} + args
            + QStringList {u"--dry-run"_s});
        QCOMPARE(restore.exitCode, 2);
        QVERIFY2(restore.err.contains(message), qPrintable(restore.err));
    }

    void testUnknownModule()
    {
        EmulatorFixture source;
        fill(source);
        EmulatorFixture target(withOpenai());
        const Run run
            = copy(source, target, {u"--vectors"_s, u"omit"_s, u"--vectorizer"_s, u"text2vec-cohere"_s, u"--yes"_s});
        QVERIFY(run.exitCode != 0);
        QVERIFY2(run.err.contains(u"The target has no module \"text2vec-cohere\"; its modules are: text2vec-openai."_s),
            qPrintable(run.err));
        QCOMPARE(target.get(u"/v1/schema"_s).body, QByteArray(R"({"classes":[]})"));
    }
};

QTEST_GUILESS_MAIN(TestRevectorizeCommand)
#include "TestRevectorizeCommand.moc"
