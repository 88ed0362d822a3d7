// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Terminal.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;

// `colvault-cli clear` in process with captured streams, against the emulator on loopback: the dry run, the
// refusals (no confirmation, wrong names, conflicting options, a failed backup), a clear with the printed undo
// command run back through the CLI, drop, and --json.
class TestClearCommand : public QObject
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

    static void seed(TestSupport::EmulatorFixture& f)
    {
        Seed::SeedOptions o;
        o.objects = 12;
        o.dims = 8;
        o.collections = {"Article", "Passage", "TenantNote"};
        o.frozenTenant = false;
        QString error;
        if (!f.seed(o, &error))
            qFatal("seed: %s", qPrintable(error));
    }

    static qint64 count(TestSupport::EmulatorFixture& f, const QString& cls, const QString& tenant = {})
    {
        return f.objectCount(cls, tenant);
    }

    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }

    // The command after "To undo: ", split into arguments (the paths here need no quoting).
    static QStringList undoArguments(const QString& output)
    {
        const QRegularExpressionMatch m = QRegularExpression(u"To undo: colvault-cli (.*)"_s).match(output);
        return m.hasMatch() ? m.captured(1).trimmed().split(u' ') : QStringList();
    }

    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
    }

    void testDryRunShowsThePlanAndChangesNothing()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"dry.tar.zst"_s);
        const Run text = cli(
            {u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"TenantNote"_s, u"--dry-run"_s, u"--backup-to"_s, backup});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"Dry run"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"Article: 12 objects"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"tenant tenantC (COLD)"_s), qPrintable(text.out));
        QVERIFY2(text.out.contains(backup), qPrintable(text.out));
        QVERIFY2(text.out.contains(u"restore "_s + backup + u" --mode merge"_s), qPrintable(text.out));

        const Run json = cli({u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"--drop"_s, u"--dry-run"_s, u"--json"_s,
            u"--backup-to"_s, backup});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(u"kind"_s).toString(), u"clearPlan"_s);
        QCOMPARE(json.json().value(u"method"_s).toString(), u"drop"_s);
        QCOMPARE(json.json().value(u"undoMode"_s).toString(), u"new"_s);
        QCOMPARE(json.json().value(u"totalObjects"_s).toInt(), 12);
        QVERIFY(!QFileInfo::exists(backup));
        QCOMPARE(count(f, u"Article"_s), qint64(12));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(12));
    }

    void testRefusals()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"refused.tar.zst"_s);
        const QStringList clear
            = {u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"Passage"_s, u"--backup-to"_s, backup};
        // Not interactive (tests never have a terminal on stdin): refused without --yes --confirm.
        const Run noConfirm = cli(clear);
        QCOMPARE(noConfirm.exitCode, 2);
        QVERIFY2(noConfirm.err.contains(u"--yes --confirm Article,Passage"_s), qPrintable(noConfirm.err));
        QCOMPARE(cli(clear + QStringList {u"--yes"_s}).exitCode, 2);
        QCOMPARE(cli(clear + QStringList {u"--yes"_s, u"--confirm"_s, u"Article,Passages"_s}).exitCode, 2);
        QCOMPARE(cli(clear + QStringList {u"--yes"_s, u"--confirm"_s, u"Article"_s}).exitCode, 2);
        QCOMPARE(cli(clear + QStringList {u"--yes"_s, u"--confirm"_s, u"Article,Passage,TenantNote"_s}).exitCode, 2);
        QCOMPARE(cli(clear + QStringList {u"--drop"_s, u"--recreate"_s}).exitCode, 2);
        QCOMPARE(cli(clear + QStringList {u"--no-backup"_s}).exitCode, 2); // with --backup-to
        QCOMPARE(cli({u"--url"_s, url(f), u"clear"_s}).exitCode, 2);
        QCOMPARE(cli({u"--url"_s, url(f), u"clear"_s, u"Art*"_s, u"--yes"_s, u"--confirm"_s, u"Art*"_s}).exitCode, 2);
        QVERIFY(!QFileInfo::exists(backup));
        QCOMPARE(count(f, u"Article"_s), qint64(12));
        QCOMPARE(count(f, u"Passage"_s), qint64(12));

        // A failed backup: nothing deleted, exit 1.
        Emu::FaultConfig faults;
        faults.rate503 = 1.0;
        faults.pathPrefix = "/v1/objects";
        f.emulator().setFaults(faults);
        const Run failed = cli({u"--url"_s, url(f), u"--retries"_s, u"0"_s, u"clear"_s, u"Article"_s, u"--backup-to"_s,
            backup, u"--yes"_s, u"--confirm"_s, u"Article"_s});
        f.emulator().setFaults({});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(u"Nothing was deleted"_s), qPrintable(failed.err));
        QCOMPARE(count(f, u"Article"_s), qint64(12));
    }

    // At a terminal the plan is shown and the names must be typed: a wrong name deletes nothing.
    void testTypedNamesAtATerminal()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QStringList clear = {u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"--no-backup"_s};
        QString answers = u"Passage\n Article \n"_s;
        QTextStream input(&answers);
        Colvault::Cli::Terminal::setInputForTesting(&input);
        const Run wrong = cli(clear);
        const Run typed = cli(clear);
        Colvault::Cli::Terminal::setInputForTesting(nullptr);
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.out.contains(u"Type its name to confirm"_s), qPrintable(wrong.out));
        QVERIFY2(wrong.err.contains(u"nothing was deleted"_s), qPrintable(wrong.err));
        QVERIFY2(typed.exitCode == 0, qPrintable(typed.out + typed.err));
        QVERIFY2(typed.out.contains(u"Article: 12 objects"_s), qPrintable(typed.out));
        QCOMPARE(count(f, u"Article"_s), qint64(0));
    }

    void testClearThenUndoWithThePrintedCommand()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"article.tar.zst"_s);
        const Run clear = cli({u"--url"_s, url(f), u"clear"_s, u"Article"_s, u"TenantNote"_s, u"--tenants"_s,
            u"TenantNote:tenantA,tenantC"_s, u"--backup-to"_s, backup, u"--yes"_s, u"--confirm"_s,
            u"TenantNote,Article"_s});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
        QVERIFY2(clear.out.contains(u"36 objects deleted"_s), qPrintable(clear.out));
        QVERIFY2(clear.out.contains(u"Backup: "_s + backup), qPrintable(clear.out));
        QCOMPARE(count(f, u"Article"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(0));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantB"_s), qint64(12));

        const QStringList undo = undoArguments(clear.out);
        QCOMPARE(undo.mid(0, 4), (QStringList {u"restore"_s, backup, u"--mode"_s, u"merge"_s}));
        const Run restored = cli(undo);
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(count(f, u"Article"_s), qint64(12));
        QCOMPARE(count(f, u"TenantNote"_s, u"tenantA"_s), qint64(12));
    }

    void testDropWithJsonAndUndoInModeNew()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const QString backup = m_dir.filePath(u"passage.tar.zst"_s);
        const Run drop = cli({u"--url"_s, url(f), u"clear"_s, u"Passage"_s, u"--drop"_s, u"--backup-to"_s, backup,
            u"--yes"_s, u"--confirm"_s, u"Passage"_s, u"--json"_s});
        QVERIFY2(drop.exitCode == 0, qPrintable(drop.out + drop.err));
        const QJsonObject report = drop.json();
        QCOMPARE(report.value(u"kind"_s).toString(), u"clearReport"_s);
        QCOMPARE(report.value(u"outcome"_s).toString(), u"succeeded"_s);
        QCOMPARE(report.value(u"backup"_s).toString(), backup);
        QCOMPARE(f.get(u"/v1/schema/Passage"_s).status, 404);

        const QString command = report.value(u"undoCommand"_s).toString();
        QVERIFY2(command.contains(u"--mode new"_s), qPrintable(command));
        const Run restored = cli(command.split(u' ').mid(1));
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.out + restored.err));
        QCOMPARE(count(f, u"Passage"_s), qint64(12));
    }

    void testNoBackupIsNotedInTheOutput()
    {
        TestSupport::EmulatorFixture f(config());
        seed(f);
        const Run clear = cli(
            {u"--url"_s, url(f), u"clear"_s, u"Passage"_s, u"--no-backup"_s, u"--yes"_s, u"--confirm"_s, u"Passage"_s});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.out + clear.err));
        QVERIFY2(clear.out.contains(u"No backup was taken"_s), qPrintable(clear.out));
        QCOMPARE(count(f, u"Passage"_s), qint64(0));
    }
};

QTEST_GUILESS_MAIN(TestClearCommand)
#include "TestClearCommand.moc"
