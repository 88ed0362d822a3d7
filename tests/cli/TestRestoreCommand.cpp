// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Terminal.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `colvault-cli restore` in process with captured streams, against two emulators on loopback: dry run, restore in
// mode new, the typed confirmation of replace, and the exit codes.
class TestRestoreCommand : public QObject
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

    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }

    QTemporaryDir m_dir;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
        TestSupport::EmulatorFixture source(config());
        Seed::SeedOptions o;
        o.objects = 10;
        o.dims = 8;
        QString error;
        QVERIFY2(source.seed(o, &error), qPrintable(error));
        m_archive = m_dir.filePath(u"demo.tar.zst"_s);
        const Run backup = cli({u"--url"_s, url(source), u"backup"_s, u"-o"_s, m_archive});
        QVERIFY2(backup.exitCode == 0 || backup.exitCode == 3, qPrintable(backup.err));
    }

    void testDryRunShowsThePlanAndWritesNothing()
    {
        TestSupport::EmulatorFixture target(config());
        const Run text = cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"--dry-run"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Dry run"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"Article: create"_s), qPrintable(text.out));
        QVERIFY(text.out.contains(u"10 to create"_s));
        const Run json
            = cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"Article"_s, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"kind"_s).toString(), u"restorePlan"_s);
        QCOMPARE(json.json().value(u"totals"_s).toObject().value(u"create"_s).toInt(), 10);
        QCOMPARE(target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
    }

    void testRestoreNewThenReplace()
    {
        TestSupport::EmulatorFixture target(config());
        const Run restore
            = cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"Article"_s, u"Passage"_s, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.err));
        QVERIFY2(restore.out.contains(u"Restored 20 objects"_s), qPrintable(restore.out));

        // Mode new again: blocked, exit 1, nothing written.
        const Run again = cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"Article"_s, u"--yes"_s});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));

        // Replace without confirmation (not interactive), with a wrong name, with a partial list: refused.
        const QStringList replace
            = {u"--url"_s, url(target), u"restore"_s, m_archive, u"Article"_s, u"Passage"_s, u"--mode"_s, u"replace"_s};
        const Run noConfirm = cli(replace);
        QCOMPARE(noConfirm.exitCode, 2);
        QVERIFY2(noConfirm.err.contains(u"--yes --confirm"_s), qPrintable(noConfirm.err));
        const Run wrong = cli(replace + QStringList {u"--yes"_s, u"--confirm"_s, u"Article,Passages"_s});
        QCOMPARE(wrong.exitCode, 2);
        const Run partial = cli(replace + QStringList {u"--yes"_s, u"--confirm"_s, u"Article"_s});
        QCOMPARE(partial.exitCode, 2);
        QCOMPARE(target.get(u"/v1/schema/Article"_s).status, 200);

        const Run ok = cli(replace + QStringList {u"--yes"_s, u"--confirm"_s, u"Passage,Article"_s, u"--json"_s});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out + ok.err));
        QCOMPARE(ok.json().value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(ok.json().value(u"objects"_s).toInt(), 20);
    }

    void testConfirmationBeforeWriting()
    {
        TestSupport::EmulatorFixture target(config());
        const QStringList restore = {u"--url"_s, url(target), u"restore"_s, m_archive, u"Article"_s};
        auto classCount
            = [&] { return target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(); };

        // Not a terminal (ctest) and no --yes: refused before anything is planned or written; --json is never
        // interactive.
        const Run refused = cli(restore);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(
            refused.err.contains(u"--yes"_s) && refused.err.contains(u"not a terminal"_s), qPrintable(refused.err));
        QCOMPARE(cli(restore + QStringList {u"--json"_s}).exitCode, 2);
        QCOMPARE(classCount(), 0);

        // A terminal: the plan is shown and the answer decides.
        QString answers = u"n\nyes\n"_s;
        QTextStream input(&answers);
        Colvault::Cli::Terminal::setInputForTesting(&input);
        const Run declined = cli(restore);
        QCOMPARE(declined.exitCode, 2);
        QVERIFY2(declined.out.contains(u"Article: create"_s), qPrintable(declined.out));
        QVERIFY2(declined.out.contains(u"[y/N]"_s), qPrintable(declined.out));
        QCOMPARE(classCount(), 0);
        const Run accepted = cli(restore + QStringList {u"--concurrency"_s, u"2"_s, u"--batch-size"_s, u"3"_s});
        Colvault::Cli::Terminal::setInputForTesting(nullptr);
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY2(accepted.out.contains(u"Restored 10 objects"_s), qPrintable(accepted.out));
        QCOMPARE(classCount(), 1);
    }

    void testPartialAndUsageExitCodes()
    {
        TestSupport::EmulatorFixture target(config());
        Emu::FaultConfig faults;
        faults.batchOomRate = 1.0;
        target.emulator().setFaults(faults);
        const Run partial
            = cli({u"--url"_s, url(target), u"--retries"_s, u"0"_s, u"restore"_s, m_archive, u"Passage"_s, u"--yes"_s});
        QCOMPARE(partial.exitCode, 3);
        QVERIFY2(partial.err.contains(u"not enough memory"_s), qPrintable(partial.err));

        QCOMPARE(cli({u"restore"_s}).exitCode, 2);
        QCOMPARE(cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"--mode"_s, u"sideways"_s}).exitCode, 2);
        QCOMPARE(cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"--rename"_s, u"Article"_s}).exitCode, 2);
        QCOMPARE(cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"Nothing"_s, u"--yes"_s}).exitCode, 1);
        QCOMPARE(
            cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"--yes"_s, u"--concurrency"_s, u"17"_s}).exitCode,
            2);
        QCOMPARE(
            cli({u"--url"_s, url(target), u"restore"_s, m_archive, u"--yes"_s, u"--batch-size"_s, u"0"_s}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRestoreCommand)
#include "TestRestoreCommand.moc"
