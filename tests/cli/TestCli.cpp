// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Version.h"
#include "tests/support/EmulatorFixture.h"
#include "tools/seed/DemoSeeder.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#if defined(Q_OS_LINUX)
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#define COLVAULT_HAS_PTY 1
#elif defined(Q_OS_MACOS)
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <util.h>
#define COLVAULT_HAS_PTY 1
#endif

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

#if defined(COLVAULT_HAS_PTY)
    // colvault-cli on a pseudo-terminal: its standard input and output are a real terminal, as for a user typing.
    // Sends `answer` once `prompt` has been printed, then reads to the end. The output keeps the terminal's \r\n.
    struct TerminalRun
    {
        int exitCode = -1;
        QString output;
        bool prompted = false;
    };

    static TerminalRun runOnTerminal(const QStringList& args, const QByteArray& prompt, const QByteArray& answer)
    {
        // Everything the child needs is prepared before fork(): the test process has threads (the emulator's).
        QList<QByteArray> argStore {QByteArrayLiteral(COLVAULT_CLI_PATH)};
        for (const QString& a : args)
            argStore << a.toUtf8();
        std::vector<char*> argv;
        for (QByteArray& a : argStore)
            argv.push_back(a.data());
        argv.push_back(nullptr);
        QList<QByteArray> envStore {"LC_ALL=C.UTF-8", "LANG=C.UTF-8", "TERM=dumb"};
        std::vector<char*> envp;
        for (QByteArray& e : envStore)
            envp.push_back(e.data());
        envp.push_back(nullptr);

        TerminalRun r;
        int master = -1;
        const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
        if (pid < 0)
            return r;
        if (pid == 0) {
            execve(argv[0], argv.data(), envp.data());
            _exit(127);
        }
        QByteArray seen;
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 60000) {
            pollfd p {master, POLLIN, 0};
            if (poll(&p, 1, 200) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = read(master, buf, sizeof buf);
            if (n <= 0)
                break; // EIO once the child has closed the terminal
            seen.append(buf, qsizetype(n));
            if (!r.prompted && seen.contains(prompt)) {
                r.prompted = true;
                if (write(master, answer.constData(), size_t(answer.size())) != answer.size())
                    break;
            }
        }
        close(master);
        int status = 0;
        if (waitpid(pid, &status, 0) == pid && WIFEXITED(status))
            r.exitCode = WEXITSTATUS(status);
        r.output = QString::fromUtf8(seen);
        return r;
    }
#endif

    // Seeds `objects` Article objects into f and backs them up with the CLI into `archive`.
    static bool backUpArticles(TestSupport::EmulatorFixture& f, int objects, const QString& archive, QString* error)
    {
        Seed::SeedOptions o;
        o.collections = {"Article"};
        o.objects = objects;
        o.dims = 4;
        if (!f.seed(o, error))
            return false;
        const Run backup = run({QStringLiteral("backup"), QStringLiteral("Article"), QStringLiteral("--url"),
            f.baseUrl().toString(), QStringLiteral("-o"), archive});
        *error = backup.err;
        return backup.exitCode == 0;
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
        for (const char* phrase : {"Back up, restore and clear", "Show this help.", "Show the version.",
                 "Commands:", "Options:", "Exit codes"})
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
        const Run de = run(QStringList {QStringLiteral("--lang"), QStringLiteral("de")} + list);
        QCOMPARE(de.exitCode, 0);
        QVERIFY2(de.out.contains(QStringLiteral("1.500")), qPrintable(de.out));
        const Run en = run(QStringList {QStringLiteral("--lang"), QStringLiteral("en")} + list);
        QVERIFY2(en.out.contains(QStringLiteral("1,500")), qPrintable(en.out));
    }

    // On a terminal, restore shows the plan and asks; only "y" writes. No test hook: the real binary, a real tty.
    void testRestoreAsksOnATerminal()
    {
#if !defined(COLVAULT_HAS_PTY)
        QSKIP("pseudo-terminals are tested on Linux and macOS");
#else
        TestSupport::EmulatorFixture f;
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("article.tar.zst"));
        QString error;
        QVERIFY2(backUpArticles(f, 30, archive, &error), qPrintable(error));
        const QString url = f.baseUrl().toString();
        const QStringList restore = {QStringLiteral("restore"), archive, QStringLiteral("--url"), url,
            QStringLiteral("--rename"), QStringLiteral("Article=Copy")};

        // "n": the plan was shown, nothing is created.
        const TerminalRun no = runOnTerminal(restore, "[y/N]", "n\n");
        QVERIFY2(no.prompted, qPrintable(no.output));
        QCOMPARE(no.exitCode, 2);
        QVERIFY2(no.output.contains(QStringLiteral("Copy")), qPrintable(no.output));
        QVERIFY2(no.output.contains(QStringLiteral("Not confirmed; nothing was restored.")), qPrintable(no.output));
        QCOMPARE(f.get(QStringLiteral("/v1/schema/Copy")).status, 404);

        // "y": restored, every object counted on the server.
        const TerminalRun yes = runOnTerminal(restore, "[y/N]", "y\n");
        QVERIFY2(yes.prompted, qPrintable(yes.output));
        QVERIFY2(yes.exitCode == 0, qPrintable(yes.output));
        QCOMPARE(f.objectCount(QStringLiteral("Copy")), f.objectCount(QStringLiteral("Article")));
        QCOMPARE(f.objectCount(QStringLiteral("Copy")), qint64(30));
#endif
    }

    // Replace on a terminal wants the collection names typed; a wrong name leaves the target untouched.
    void testReplaceOnATerminalWantsTheNamesTyped()
    {
#if !defined(COLVAULT_HAS_PTY)
        QSKIP("pseudo-terminals are tested on Linux and macOS");
#else
        TestSupport::EmulatorFixture f;
        QTemporaryDir dir;
        const QString archive = dir.filePath(QStringLiteral("article.tar.zst"));
        QString error;
        QVERIFY2(backUpArticles(f, 12, archive, &error), qPrintable(error));
        const QString url = f.baseUrl().toString();
        // One object more on the target, which replace must remove.
        const TestSupport::Reply extra = f.post(
            QStringLiteral("/v1/objects"), R"({"class":"Article","properties":{"title":"only on the target"}})");
        QCOMPARE(extra.status, 200);
        QCOMPARE(f.objectCount(QStringLiteral("Article")), qint64(13));
        const QStringList restore = {QStringLiteral("restore"), archive, QStringLiteral("--url"), url,
            QStringLiteral("--mode"), QStringLiteral("replace")};

        const TerminalRun wrong = runOnTerminal(restore, "to confirm:", "Articles\n");
        QVERIFY2(wrong.prompted, qPrintable(wrong.output));
        QCOMPARE(wrong.exitCode, 2);
        QCOMPARE(f.objectCount(QStringLiteral("Article")), qint64(13));

        const TerminalRun typed = runOnTerminal(restore, "to confirm:", "Article\n");
        QVERIFY2(typed.prompted, qPrintable(typed.output));
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.output));
        QCOMPARE(f.objectCount(QStringLiteral("Article")), qint64(12));
#endif
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
