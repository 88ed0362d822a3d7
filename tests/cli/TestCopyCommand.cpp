// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Terminal.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// `colvault-cli copy` in process with captured streams, against two emulators on loopback (one for a clone): the
// dry run, a copy and a replace with their confirmations, the target's options (key file, headers, gRPC address),
// the refusals (same collection on one server, a shared gRPC address) and the exit codes.
class TestCopyCommand : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static void seed(EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 10;
        o.dims = 8;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    // colvault-cli --url SOURCE copy ARGS --to-url TARGET, each with its own gRPC address.
    static QStringList copyArgs(EmulatorFixture& source, EmulatorFixture& target, const QStringList& args)
    {
        return QStringList {
                   u"--url"_s, source.baseUrl().toString(), u"--grpc-url"_s, source.grpcUrl().toString(), u"copy"_s}
        + args
            + QStringList {u"--to-url"_s, target.baseUrl().toString(), u"--to-grpc-url"_s, target.grpcUrl().toString()};
    }

    static qsizetype classCount(EmulatorFixture& f)
    {
        return f.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testDryRunShowsThePlanAndWritesNothing()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const Run text = cli(copyArgs(source, target, {u"--dry-run"_s}));
        QVERIFY2(text.exitCode == 0, qPrintable(text.err));
        QVERIFY2(text.out.contains(u"Dry run"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"From %1 to %2"_s.arg(source.baseUrl().toString(), target.baseUrl().toString())),
            qPrintable(text.out));
        QVERIFY2(text.out.contains(u"Article: create"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"10 to create"_s));
        QVERIFY2(text.out.contains(u"tenant tenantC: to be created, then set to COLD"_s), qPrintable(text.out));
        const Run json = cli(copyArgs(source, target, {u"Article"_s, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"kind"_s).toString(), u"copyPlan"_s);
        QCOMPARE(json.json().value(u"source"_s).toString(), source.baseUrl().toString());
        QVERIFY(!json.json().contains(u"archive"_s));
        QCOMPARE(json.json().value(u"totals"_s).toObject().value(u"create"_s).toInt(), 10);
        QCOMPARE(classCount(target), 0);
    }

    void testCopyThenReplace()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const Run copy = cli(copyArgs(source, target, {u"Article"_s, u"Passage"_s, u"--yes"_s}));
        QVERIFY2(copy.exitCode == 0, qPrintable(copy.err));
        QVERIFY2(copy.out.contains(u"Copied 20 objects"_s), qPrintable(copy.out));
        QCOMPARE(target.objectCount(u"Article"_s), qint64(10));

        // Mode new again: blocked, exit 1, nothing written.
        const Run again = cli(copyArgs(source, target, {u"Article"_s, u"--yes"_s}));
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QVERIFY2(again.err.contains(u"Nothing was copied"_s), qPrintable(again.err));

        // Replace without confirmation (not interactive), with a wrong name: refused.
        const QStringList replace {u"Article"_s, u"Passage"_s, u"--mode"_s, u"replace"_s};
        const Run noConfirm = cli(copyArgs(source, target, replace));
        QCOMPARE(noConfirm.exitCode, 2);
        QVERIFY2(noConfirm.err.contains(u"--yes --confirm"_s), qPrintable(noConfirm.err));
        const Run wrong
            = cli(copyArgs(source, target, replace + QStringList {u"--yes"_s, u"--confirm"_s, u"Article"_s}));
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains(u"nothing was copied"_s), qPrintable(wrong.err));

        const Run ok = cli(copyArgs(
            source, target, replace + QStringList {u"--yes"_s, u"--confirm"_s, u"Passage,Article"_s, u"--json"_s}));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QCOMPARE(ok.json().value(u"kind"_s).toString(), u"copyReport"_s);
        QCOMPARE(ok.json().value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(ok.json().value(u"objects"_s).toInt(), 20);
    }

    void testConfirmationBeforeWriting()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        const QStringList args = copyArgs(source, target, {u"Author"_s});

        // Not a terminal (ctest) and no --yes: refused before anything is planned or written.
        const Run refused = cli(args);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"Not copying"_s) && refused.err.contains(u"--yes"_s), qPrintable(refused.err));
        QCOMPARE(classCount(target), 0);

        // A terminal: the plan is shown and the answer decides.
        QString answers = u"n\nyes\n"_s;
        QTextStream input(&answers);
        Colvault::Cli::Terminal::setInputForTesting(&input);
        const Run declined = cli(args);
        QCOMPARE(declined.exitCode, 2);
        QVERIFY2(declined.out.contains(u"Copy as planned? [y/N]"_s), qPrintable(declined.out));
        QVERIFY2(declined.err.contains(u"nothing was copied"_s), qPrintable(declined.err));
        QCOMPARE(classCount(target), 0);
        const Run accepted = cli(args);
        Colvault::Cli::Terminal::setInputForTesting(nullptr);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(u"Copied 10 objects"_s), qPrintable(accepted.out));
        QCOMPARE(classCount(target), 1);
    }

    // The target's key comes from --to-api-key-file alone; the source's key is not sent to it.
    void testTargetKeyFile()
    {
        EmulatorFixture source(config());
        Emu::EngineConfig locked = config();
        locked.anonymousAccess = false;
        locked.apiKeys = {"target-key"};
        EmulatorFixture target(locked);
        seed(source);
        const QString right = m_dir.filePath(u"right.key"_s);
        const QString wrong = m_dir.filePath(u"wrong.key"_s);
        for (const auto& [path, key] : {std::pair {right, "target-key\n"}, std::pair {wrong, "other-key\n"}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(key);
        }
        const Run noKey = cli(copyArgs(source, target, {u"Author"_s, u"--yes"_s}));
        QCOMPARE(noKey.exitCode, 1);
        const Run refused = cli(copyArgs(source, target, {u"Author"_s, u"--yes"_s, u"--to-api-key-file"_s, wrong}));
        QCOMPARE(refused.exitCode, 1);
        const Run ok = cli(copyArgs(source, target,
            {u"Author"_s, u"--yes"_s, u"--to-api-key-file"_s, right, u"--to-header"_s, u"X-Test: yes"_s}));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY2(ok.out.contains(u"Copied 10 objects"_s), qPrintable(ok.out));
    }

    void testUsageErrors()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        const QString s = source.baseUrl().toString();
        QCOMPARE(cli({u"--url"_s, s, u"copy"_s, u"--dry-run"_s}).exitCode, 2); // no --to-url
        const Run badUrl = cli({u"--url"_s, s, u"copy"_s, u"--to-url"_s, u"ftp://user:secret@host"_s, u"--dry-run"_s});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(!badUrl.err.contains(u"secret"_s), qPrintable(badUrl.err));
        QCOMPARE(cli(copyArgs(source, target, {u"--to-header"_s, u"no colon"_s, u"--dry-run"_s})).exitCode, 2);
        QCOMPARE(cli(copyArgs(source, target, {u"--mode"_s, u"sideways"_s, u"--dry-run"_s})).exitCode, 2);
        QCOMPARE(cli(copyArgs(source, target, {u"--rename"_s, u"Article"_s, u"--dry-run"_s})).exitCode, 2);
        QCOMPARE(cli(copyArgs(source, target, {u"--to-grpc-port"_s, u"0"_s, u"--dry-run"_s})).exitCode, 2);
        QCOMPARE(cli(copyArgs(source, target, {u"--to-api-key-file"_s, m_dir.filePath(u"missing"_s), u"--dry-run"_s}))
                     .exitCode,
            2);
        // Two servers on one host, both at the default gRPC port: refused before anything is read.
        const Run shared = cli({u"--url"_s, s, u"copy"_s, u"--to-url"_s, target.baseUrl().toString(), u"--dry-run"_s});
        QCOMPARE(shared.exitCode, 2);
        QVERIFY2(shared.err.contains(u"gRPC address"_s), qPrintable(shared.err));
    }

    // Source and target the same server: a clone under another name works, a collection onto itself is refused.
    void testCloneOnOneServer()
    {
        EmulatorFixture server(config());
        seed(server);
        const Run self = cli(copyArgs(server, server, {u"Article"_s, u"--yes"_s}));
        QCOMPARE(self.exitCode, 2);
        QVERIFY2(self.err.contains(u"same server"_s), qPrintable(self.err));
        const Run clone = cli(copyArgs(server, server, {u"Article"_s, u"--rename"_s, u"Article=Story"_s, u"--yes"_s}));
        QVERIFY2(clone.exitCode == 0, qPrintable(clone.err));
        QCOMPARE(server.objectCount(u"Story"_s), qint64(10));
        QCOMPARE(server.objectCount(u"Article"_s), qint64(10));
    }

    void testPartialExitCode()
    {
        EmulatorFixture source(config());
        EmulatorFixture target(config());
        seed(source);
        Emu::FaultConfig faults;
        faults.batchOomRate = 1.0;
        target.emulator().setFaults(faults);
        const Run partial = cli(copyArgs(source, target, {u"Passage"_s, u"--yes"_s, u"--retries"_s, u"0"_s}));
        QCOMPARE(partial.exitCode, 3);
        QVERIFY2(partial.err.contains(u"not enough memory"_s), qPrintable(partial.err));
    }
};

QTEST_GUILESS_MAIN(TestCopyCommand)
#include "TestCopyCommand.moc"
