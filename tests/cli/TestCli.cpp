// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Version.h"
#include "tests/support/EmulatorFixture.h"
#include "tools/seed/DemoSeeder.h"

#include <QProcess>
#include <QTest>

// Smoke tests of the real colvault-cli binary: it starts, answers --version and --help, and refuses bad usage
// with exit code 2.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Run run(const QStringList& args, const QString& lang = {})
    {
        QProcess p;
        if (!lang.isEmpty()) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(QStringLiteral("LANGUAGE"));
            env.remove(QStringLiteral("LC_MESSAGES"));
            env.insert(QStringLiteral("LC_ALL"), lang);
            env.insert(QStringLiteral("LANG"), lang);
            p.setProcessEnvironment(env);
        }
        p.start(QStringLiteral(COLVAULT_CLI_PATH), args);
        Run r;
        if (!p.waitForFinished(30000))
            return r;
        r.exitCode = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

private Q_SLOTS:
    void testVersionPrintsProductVersion()
    {
        const Run r = run({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out.trimmed(), QStringLiteral("colvault-cli %1").arg(Colvault::versionString()));
    }

    void testHelpDescribesTheTool()
    {
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Weaviate")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("--version")));
    }

    void testNoCommandIsAUsageError()
    {
        const Run r = run({});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("No command given")), qPrintable(r.err));
    }

    void testUnknownCommandIsAUsageError()
    {
        const Run r = run({QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"frobnicate\"")), qPrintable(r.err));
    }

    // --lang picks the language of every message; each translation gives its own text, with the argument kept.
    void testLangOptionTranslatesMessages_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"de", "fr", "es", "ja", "zh_CN"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }
    void testLangOptionTranslatesMessages()
    {
        QFETCH(QString, lang);
        const Run english = run({QStringLiteral("frobnicate")});
        const Run r = run({QStringLiteral("--lang"), lang, QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("frobnicate")), qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Unknown command")), qPrintable(r.err));
        QVERIFY(r.err != english.err);

        // --help: the tool's own lines and the option descriptions, Qt's "Usage"/"Options" headings included.
        const Run help = run({QStringLiteral("--lang=") + lang, QStringLiteral("--help")});
        QCOMPARE(help.exitCode, 0);
        for (const char* phrase : {"Back up, restore and clear", "Show this help.", "Show the version.", "Commands:",
                                    "Options:", "Exit codes"})
            QVERIFY2(!help.out.contains(QLatin1String(phrase)), qPrintable(lang + QLatin1String(": ") + help.out));
    }

    // Without --lang the system locale decides (LC_ALL / LANG), like every other program.
    void testSystemLocaleDecides()
    {
        const Run r = run({QStringLiteral("frobnicate")}, QStringLiteral("de_DE.UTF-8"));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("Unbekannter Befehl")), qPrintable(r.err));
        const Run ja = run({QStringLiteral("frobnicate")}, QStringLiteral("ja_JP.UTF-8"));
        QVERIFY2(!ja.err.contains(QStringLiteral("Unknown command")), qPrintable(ja.err));
    }

    void testUnknownLanguageIsAUsageError()
    {
        const Run r = run({QStringLiteral("--lang"), QStringLiteral("xx"), QStringLiteral("list")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("\"xx\"")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("de, en, es, fr, ja, zh_CN")), qPrintable(r.err));
    }

    // Numbers follow the chosen language too: 1,500 objects read "1.500" in German and "1,500" in English.
    void testNumbersFollowTheLanguage()
    {
        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.collections = {"Article"};
        o.objects = 1500;
        o.dims = 2;
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));
        const QStringList list = {QStringLiteral("list"), QStringLiteral("--url"), f.baseUrl().toString()};
        const Run de = run(QStringList{QStringLiteral("--lang"), QStringLiteral("de")} + list);
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.contains(QStringLiteral("1.500")), qPrintable(de.out));
        const Run en = run(QStringList{QStringLiteral("--lang"), QStringLiteral("en")} + list);
        QVERIFY2(en.out.contains(QStringLiteral("1,500")), qPrintable(en.out));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
