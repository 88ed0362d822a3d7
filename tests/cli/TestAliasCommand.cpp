// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `colvault-cli alias` and the alias options of restore, copy and inspect, in process against emulators on loopback:
// list (text and JSON), set (create, move, unchanged), delete, their errors and usage errors, a server older than
// 1.32, the plan's alias lines, and a side-by-side restore switched over and back.
class TestAliasCommand : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }
    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }
    static void addCollection(TestSupport::EmulatorFixture& f, const QString& name, int objects)
    {
        const QJsonArray properties {QJsonObject {{u"name"_s, u"title"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}}};
        const QByteArray cls = QJsonDocument(
            QJsonObject {{u"class"_s, name}, {u"vectorizer"_s, u"none"_s},
                {u"properties"_s,
                    properties}}).toJson(QJsonDocument::Compact);
        QCOMPARE(f.post(u"/v1/schema"_s, cls).status, 200);
        QJsonArray batch;
        for (int i = 0; i < objects; ++i)
            batch.append(QJsonObject {{u"class"_s, name},
                {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i + 1, 12, 10, QChar(u'0'))},
                {u"properties"_s, QJsonObject {{u"title"_s, u"t%1"_s.arg(i)}}}});
        if (objects > 0)
            QCOMPARE(f.post(u"/v1/batch/objects"_s,
                          QJsonDocument(QJsonObject {{u"objects"_s, batch}}).toJson(QJsonDocument::Compact))
                         .status,
                200);
    }
    static QStringList aliasesOn(TestSupport::EmulatorFixture& f)
    {
        QStringList out;
        for (const QJsonValue& a : f.get(u"/v1/aliases"_s).json().object().value(u"aliases"_s).toArray())
            out << a[u"alias"_s].toString() + u"->"_s + a[u"class"_s].toString();
        out.sort();
        return out;
    }
    static Emu::EngineConfig version(const char* v)
    {
        Emu::EngineConfig c;
        c.version = v;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testListSetDelete()
    {
        TestSupport::EmulatorFixture f;
        addCollection(f, u"Movies_v1"_s, 1);
        addCollection(f, u"Movies_v2"_s, 1);
        const QString u = url(f);
        Run r = cli({u"--url"_s, u, u"alias"_s, u"list"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"The server has no aliases.\n"_s);

        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"movies"_s, u"Movies_v1"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Alias Movies created, pointing at Movies_v1.\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Movies"_s, u"Movies_v2"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Alias Movies now points at Movies_v2 (it pointed at Movies_v1).\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Movies"_s, u"Movies_v2"_s});
        QCOMPARE(r.out, u"Alias Movies points at Movies_v2 already.\n"_s);
        QCOMPARE(aliasesOn(f), QStringList {u"Movies->Movies_v2"_s});

        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Films"_s, u"Movies_v1"_s});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"--url"_s, u, u"alias"_s, u"list"_s});
        QCOMPARE(r.out, u"Films -> Movies_v1\nMovies -> Movies_v2\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"list"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"aliases"_s).toArray(),
            (QJsonArray {QJsonObject {{u"alias"_s, u"Films"_s}, {u"collection"_s, u"Movies_v1"_s}},
                QJsonObject {{u"alias"_s, u"Movies"_s}, {u"collection"_s, u"Movies_v2"_s}}}));

        r = cli({u"--url"_s, u, u"alias"_s, u"delete"_s, u"films"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Alias Films deleted; its collection is unchanged.\n"_s);
        QCOMPARE(aliasesOn(f), QStringList {u"Movies->Movies_v2"_s});
        QCOMPARE(f.objectCount(u"Movies_v1"_s), qint64(1));
    }

    void testErrors()
    {
        TestSupport::EmulatorFixture f;
        addCollection(f, u"Books"_s, 0);
        const QString u = url(f);
        Run r = cli({u"--url"_s, u, u"alias"_s, u"delete"_s, u"Nothing"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Error: The server has no alias \"Nothing\".\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Reading"_s, u"Missing"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Error: The server has no collection \"Missing\".\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Books"_s, u"Books"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Error: \"Books\" is the name of a collection, so it cannot be an alias.\n"_s);
        QCOMPARE(aliasesOn(f), QStringList());

        r = cli({u"--url"_s, u, u"alias"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.\n"_s);
        r = cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"A"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"Usage: colvault-cli alias set NAME COLLECTION.\n"_s);
    }

    void testOlderServerHasNoAliases()
    {
        TestSupport::EmulatorFixture f(version("1.31.4"));
        const Run r = cli({u"--url"_s, url(f), u"alias"_s, u"list"_s});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err, u"Error: Weaviate 1.31.4 has no collection aliases: they arrived in Weaviate 1.32.\n"_s);
    }

    void testRestorePlanInspectAndSideBySideSwitch()
    {
        TestSupport::EmulatorFixture f;
        addCollection(f, u"Movies_v1"_s, 4);
        addCollection(f, u"Other"_s, 0);
        const QString u = url(f);
        QCOMPARE(cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Movies"_s, u"Movies_v1"_s}).exitCode, 0);
        QTemporaryDir dir;
        const QString archive = dir.filePath(u"m.tar.zst"_s);
        Run r = cli({u"--url"_s, u, u"backup"_s, u"Movies_v1"_s, u"-o"_s, archive});
        QCOMPARE(r.exitCode, 0);
        r = cli({u"inspect"_s, archive});
        QVERIFY2(r.out.endsWith(u"1 alias:\n  Movies -> Movies_v1\n"_s), qPrintable(r.out));

        // Into another server whose Movies points elsewhere: blocked, then moved.
        TestSupport::EmulatorFixture t;
        addCollection(t, u"Other"_s, 0);
        QCOMPARE(cli({u"--url"_s, url(t), u"alias"_s, u"set"_s, u"Movies"_s, u"Other"_s}).exitCode, 0);
        r = cli({u"--url"_s, url(t), u"restore"_s, archive, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"  alias Movies -> Movies_v1: blocked, it points at Other\n"_s), qPrintable(r.out));
        r = cli({u"--url"_s, url(t), u"restore"_s, archive, u"--dry-run"_s, u"--move-aliases"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().value(u"aliases"_s).toArray(),
            (QJsonArray {QJsonObject {{u"alias"_s, u"Movies"_s}, {u"collection"_s, u"Movies_v1"_s},
                {u"current"_s, u"Other"_s}, {u"action"_s, u"move"_s}, {u"swap"_s, false}}}));
        r = cli({u"--url"_s, url(t), u"restore"_s, archive, u"--aliases"_s, u"skip"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(aliasesOn(t), QStringList {u"Movies->Other"_s});

        // Side by side on the first server, switched over, then back with `alias set`.
        r = cli({u"--url"_s, u, u"restore"_s, archive, u"Movies_v1"_s, u"--as-new"_s, u"--rename"_s,
            u"Movies_v1=Movies_v2"_s, u"--swap-alias"_s, u"Movies"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Alias Movies now points at Movies_v2 (it pointed at Movies_v1, which is kept). "
                                "To switch back: colvault-cli alias set Movies Movies_v1\n"_s),
            qPrintable(r.out));
        QCOMPARE(aliasesOn(f), QStringList {u"Movies->Movies_v2"_s});
        QCOMPARE(f.objectCount(u"Movies_v2"_s), qint64(4));
        QCOMPARE(cli({u"--url"_s, u, u"alias"_s, u"set"_s, u"Movies"_s, u"Movies_v1"_s}).exitCode, 0);
        QCOMPARE(aliasesOn(f), QStringList {u"Movies->Movies_v1"_s});

        // A swap alias that does not exist yet is created.
        r = cli({u"--url"_s, u, u"restore"_s, archive, u"--as-new"_s, u"--rename"_s, u"Movies_v1=Movies_v3"_s,
            u"--swap-alias"_s, u"Latest"_s, u"--yes"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(u"Alias Latest now points at Movies_v3. To undo: colvault-cli alias delete Latest\n"_s),
            qPrintable(r.out));
        QCOMPARE(aliasesOn(f), (QStringList {u"Latest->Movies_v3"_s, u"Movies->Movies_v1"_s}));

        r = cli({u"--url"_s, u, u"restore"_s, archive, u"--swap-alias"_s, u"Movies"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"--swap-alias switches an alias to a side-by-side restore: use it with --as-new.\n"_s);
        r = cli({u"--url"_s, u, u"restore"_s, archive, u"--aliases"_s, u"maybe"_s, u"--dry-run"_s});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, u"Unknown --aliases value \"maybe\"; use keep or skip.\n"_s);
    }

    void testCopyWithAndWithoutAliases()
    {
        TestSupport::EmulatorFixture source;
        addCollection(source, u"Books"_s, 2);
        QCOMPARE(cli({u"--url"_s, url(source), u"alias"_s, u"set"_s, u"Reading"_s, u"Books"_s}).exitCode, 0);
        TestSupport::EmulatorFixture skipped;
        Run r = cli({u"--url"_s, url(source), u"--grpc-url"_s, source.grpcUrl().toString(), u"copy"_s, u"--to-url"_s,
            url(skipped), u"--to-grpc-url"_s, skipped.grpcUrl().toString(), u"--aliases"_s, u"skip"_s, u"--yes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(aliasesOn(skipped), QStringList());
        TestSupport::EmulatorFixture kept;
        r = cli({u"--url"_s, url(source), u"--grpc-url"_s, source.grpcUrl().toString(), u"copy"_s, u"--to-url"_s,
            url(kept), u"--to-grpc-url"_s, kept.grpcUrl().toString(), u"--yes"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(aliasesOn(kept), QStringList {u"Reading->Books"_s});
        QCOMPARE(kept.objectCount(u"Books"_s), qint64(2));
    }
};

QTEST_GUILESS_MAIN(TestAliasCommand)
#include "TestAliasCommand.moc"
