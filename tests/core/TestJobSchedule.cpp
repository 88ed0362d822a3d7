// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobSchedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

Q_DECLARE_METATYPE(Colvault::JobSchedule)

using namespace Colvault;
using namespace Qt::StringLiterals;

// The scheduler files of a job, generated the same on every platform: the launchd plist and the Task Scheduler XML
// against golden files in tests/data/jobs (they cannot run here), the systemd user units checked by
// `systemd-analyze verify` where it exists. Installing with $COLVAULT_SCHEDULE_DIR writes the files without calling
// any scheduler, and removing deletes them. Set COLVAULT_UPDATE_GOLDEN=1 to rewrite the golden files.
class TestJobSchedule : public QObject
{
    Q_OBJECT

private:
    static ScheduledCommand command(const QString& program)
    {
        return {u"0b5f3c2e-7d41-4c7a-9a55-2f1e8c3d9b10"_s, u"nightly"_s, program, u"/srv/colvault jobs"_s};
    }

    static JobSchedule weekly() { return {JobSchedule::Every::Week, QTime(2, 30), 7}; }

    static void compareGolden(const QString& name, const QString& actual)
    {
        const QString path = QStringLiteral(COLVAULT_SOURCE_DIR "/tests/data/jobs/") + name;
        QFile file(path);
        if (qEnvironmentVariableIsSet("COLVAULT_UPDATE_GOLDEN")) {
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(actual.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QCOMPARE(actual, QString::fromUtf8(file.readAll()));
    }

    // `systemd-analyze verify --user` on the units in `dir`: its complaints, empty when there are none.
    static QString verifyUnits(const QString& dir, const QStringList& units)
    {
        QTemporaryDir runtime; // --user needs a runtime folder; a CI container has none
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_RUNTIME_DIR"_s, runtime.path());
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(dir);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"systemd-analyze"_s, QStringList {u"verify"_s, u"--user"_s} + units);
        if (!p.waitForFinished(60000))
            return u"systemd-analyze did not finish"_s;
        const QString output = QString::fromUtf8(p.readAll()).trimmed();
        return p.exitCode() == 0 && output.isEmpty() ? QString() : u"exit %1: %2"_s.arg(p.exitCode()).arg(output);
    }

    // xmllint's complaints about a file's XML, empty when it is well-formed or xmllint is missing.
    static QString xmlProblems(const QString& path)
    {
        if (QStandardPaths::findExecutable(u"xmllint"_s).isEmpty())
            return {};
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(u"xmllint"_s, {u"--noout"_s, u"--nonet"_s, path});
        if (!p.waitForFinished(60000))
            return u"xmllint did not finish"_s;
        return p.exitCode() == 0 ? QString() : QString::fromUtf8(p.readAll());
    }

private Q_SLOTS:
    void testScheduleJson()
    {
        const JobSchedule s = weekly();
        QCOMPARE(
            s.toJson(), QJsonObject({{u"every"_s, u"week"_s}, {u"at"_s, u"02:30"_s}, {u"weekday"_s, u"sunday"_s}}));
        JobSchedule back;
        QVERIFY(JobSchedule::fromJson(s.toJson(), &back));
        QCOMPARE(back, s);
        QVERIFY(JobSchedule::fromJson({}, &back));
        QVERIFY(!back.isOn());
        QVERIFY(!JobSchedule::fromJson({{u"every"_s, u"fortnight"_s}}, &back));
        QVERIFY(!JobSchedule::fromJson({{u"every"_s, u"day"_s}, {u"at"_s, u"25:00"_s}}, &back));
        QCOMPARE(JobSchedule::weekdayFromName(u"Mon"_s), 1);
        QCOMPARE(JobSchedule::weekdayFromName(u"SUNDAY"_s), 7);
        QCOMPARE(JobSchedule::weekdayFromName(u"someday"_s), 0);
        QCOMPARE((JobSchedule {JobSchedule::Every::Day, QTime(2, 0), 1}).describe(), u"daily at 02:00"_s);
        QCOMPARE(JobSchedule().describe(), u"not scheduled"_s);
    }

    void testLaunchdGolden_data()
    {
        QTest::addColumn<JobSchedule>("schedule");
        QTest::addColumn<QString>("golden");
        QTest::newRow("weekly") << weekly() << u"launchd-weekly.plist"_s;
        QTest::newRow("hourly") << JobSchedule {JobSchedule::Every::Hour, QTime(2, 0), 1} << u"launchd-hourly.plist"_s;
    }

    void testLaunchdGolden()
    {
        QFETCH(JobSchedule, schedule);
        QFETCH(QString, golden);
        compareGolden(golden,
            JobScheduler::launchdPlist(command(u"/Applications/Colvault.app/Contents/MacOS/colvault-cli"_s), schedule,
                u"/Users/me/Library/Preferences/Colvault/logs"_s));
    }

    void testTaskSchedulerGolden_data()
    {
        QTest::addColumn<JobSchedule>("schedule");
        QTest::addColumn<QString>("golden");
        QTest::newRow("weekly") << weekly() << u"taskscheduler-weekly.xml"_s;
        QTest::newRow("daily") << JobSchedule {JobSchedule::Every::Day, QTime(23, 5), 1}
                               << u"taskscheduler-daily.xml"_s;
        QTest::newRow("hourly") << JobSchedule {JobSchedule::Every::Hour, QTime(2, 0), 1}
                                << u"taskscheduler-hourly.xml"_s;
    }

    void testTaskSchedulerGolden()
    {
        QFETCH(JobSchedule, schedule);
        QFETCH(QString, golden);
        compareGolden(
            golden, JobScheduler::taskSchedulerXml(command(u"C:/Program Files/Colvault/colvault-cli.exe"_s), schedule));
    }

    void testSystemdUnits_data()
    {
        QTest::addColumn<JobSchedule>("schedule");
        QTest::addColumn<QString>("calendar");
        QTest::newRow("daily") << JobSchedule {JobSchedule::Every::Day, QTime(2, 0), 1} << u"*-*-* 02:00:00"_s;
        QTest::newRow("hourly") << JobSchedule {JobSchedule::Every::Hour, QTime(2, 0), 1} << u"*-*-* *:00:00"_s;
        QTest::newRow("weekly") << weekly() << u"Sun *-*-* 02:30:00"_s;
    }

    // Found by the new-user walk-through (a desktop without a user systemd session): systemctl refused, and each
    // attempt left the never-scheduled job's .service and .timer behind. A refused install removes what it wrote, and
    // says what to do instead of systemctl's "Failed to connect to bus".
    void testRefusedInstallLeavesNoUnits_data()
    {
        QTest::addColumn<QByteArray>("said");
        QTest::newRow("no medium") << QByteArray("Failed to connect to bus: No medium found");
        QTest::newRow("no variables") << QByteArray(
            "Failed to connect to user scope bus via local transport: $DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR "
            "not defined (consider using --machine=<user>@.host --user to connect to bus of other user)");
    }

    void testRefusedInstallLeavesNoUnits()
    {
        QFETCH(QByteArray, said);
        if (JobScheduler::nativePlatform() != JobScheduler::Platform::Systemd)
            QSKIP("systemd is this test's scheduler");
        QTemporaryDir dir;
        const QString bin = dir.filePath(u"bin"_s);
        QVERIFY(QDir().mkpath(bin));
        QFile fake(bin + u"/systemctl"_s);
        QVERIFY(fake.open(QIODevice::WriteOnly));
        fake.write("#!/bin/sh\necho '" + said + "' >&2\nexit 1\n");
        fake.close();
        QVERIFY(fake.setPermissions(fake.permissions() | QFileDevice::ExeOwner));
        const QByteArray path = qgetenv("PATH");
        const QByteArray config = qgetenv("XDG_CONFIG_HOME");
        qputenv("PATH", bin.toUtf8() + ':' + path);
        qputenv("XDG_CONFIG_HOME", dir.filePath(u"config"_s).toUtf8());
        qunsetenv("COLVAULT_SCHEDULE_DIR");
        const JobScheduler scheduler(dir.path(), JobScheduler::Platform::Systemd);
        QStringList notes;
        const OpError error = scheduler.install(command(QStandardPaths::findExecutable(u"true"_s)), weekly(), &notes);
        qputenv("PATH", path);
        config.isEmpty() ? qunsetenv("XDG_CONFIG_HOME") : qputenv("XDG_CONFIG_HOME", config);
        QVERIFY(scheduler.talksToScheduler());
        // No user session is told as such, with what to do; systemctl's words are the details.
        QVERIFY2(error.message.contains(u"finds no user session"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"loginctl enable-linger"_s), qPrintable(error.message));
        QVERIFY2(error.message.contains(u"/bin/true job run nightly"_s), qPrintable(error.message));
        QVERIFY2(!error.message.contains(u"connect to"_s), qPrintable(error.message));
        QVERIFY2(error.details.contains(QString::fromUtf8(said)), qPrintable(error.details));
        for (const QString& file : scheduler.files(command(QString()).jobId))
            QVERIFY2(!QFileInfo::exists(file), qPrintable(file));
        QVERIFY(QDir(scheduler.directory()).entryList(QDir::Files).isEmpty());
    }

    // Written by install() into $COLVAULT_SCHEDULE_DIR (no systemctl then), checked by systemd itself, and removed.
    void testSystemdUnits()
    {
        QFETCH(JobSchedule, schedule);
        QFETCH(QString, calendar);
        QTemporaryDir dir;
        // A program path with a blank and a percent sign: systemd must get it quoted and escaped.
        const QString programDir = dir.filePath(u"my tools%1"_s);
        QVERIFY(QDir().mkpath(programDir));
        const QString program = programDir + u"/colvault-cli"_s;
        QVERIFY(QFile::copy(QStandardPaths::findExecutable(u"true"_s), program));
        const QString unitDir = dir.filePath(u"units"_s);
        qputenv("COLVAULT_SCHEDULE_DIR", unitDir.toUtf8());
        const JobScheduler scheduler(dir.path(), JobScheduler::Platform::Systemd);
        qunsetenv("COLVAULT_SCHEDULE_DIR");
        QVERIFY(!scheduler.talksToScheduler());
        QStringList notes;
        QVERIFY(!scheduler.install(command(program), schedule, &notes));
        QVERIFY(notes.isEmpty());
        const QStringList files = scheduler.files(command(program).jobId);
        QFile timer(files.at(1));
        QVERIFY(timer.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(timer.readAll()).contains(u"\nOnCalendar="_s + calendar + u'\n'));
        QFile service(files.at(0));
        QVERIFY(service.open(QIODevice::ReadOnly));
        const QString exec = u"ExecStart=\""_s + dir.path()
            + u"/my tools%%1/colvault-cli\" job run 0b5f3c2e-7d41-4c7a-9a55-2f1e8c3d9b10 --config-dir \"/srv/colvault jobs\"\n"_s;
        QVERIFY(QString::fromUtf8(service.readAll()).contains(exec));

        if (QStandardPaths::findExecutable(u"systemd-analyze"_s).isEmpty())
            QSKIP("systemd-analyze is not installed: the units were written but not checked by systemd");
        const QString complaints
            = verifyUnits(unitDir, {QFileInfo(files.at(1)).fileName(), QFileInfo(files.at(0)).fileName()});
        QVERIFY2(complaints.isEmpty(), qPrintable(complaints));

        QVERIFY(!scheduler.remove(command(program).jobId, &notes));
        QVERIFY(!QFile::exists(files.at(0)) && !QFile::exists(files.at(1)));
        QVERIFY(!scheduler.remove(command(program).jobId, &notes)); // nothing left to remove is fine
    }

    // The Task Scheduler reads its XML as UTF-16 with a byte order mark.
    void testTaskFileIsUtf16()
    {
        QTemporaryDir dir;
        qputenv("COLVAULT_SCHEDULE_DIR", dir.path().toUtf8());
        const JobScheduler scheduler(dir.path(), JobScheduler::Platform::TaskScheduler);
        qunsetenv("COLVAULT_SCHEDULE_DIR");
        QStringList notes;
        const ScheduledCommand c = command(u"C:/Colvault/colvault-cli.exe"_s);
        QVERIFY(!scheduler.install(c, weekly(), &notes));
        QFile file(scheduler.files(c.jobId).constFirst());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray data = file.readAll();
        QVERIFY(data.startsWith("\xff\xfe<\0?\0x\0m\0l\0"_ba));
        QStringDecoder utf16(QStringDecoder::Utf16LE, QStringDecoder::Flag::Stateless);
        QCOMPARE(QString(utf16.decode(data.mid(2))), JobScheduler::taskSchedulerXml(c, weekly()));
        const QString problems = xmlProblems(file.fileName());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void testPlistIsWellFormed()
    {
        QTemporaryDir dir;
        qputenv("COLVAULT_SCHEDULE_DIR", dir.path().toUtf8());
        const JobScheduler scheduler(dir.path(), JobScheduler::Platform::Launchd);
        qunsetenv("COLVAULT_SCHEDULE_DIR");
        QStringList notes;
        const ScheduledCommand c = command(u"/usr/local/bin/colvault-cli"_s);
        QVERIFY(!scheduler.install(c, weekly(), &notes));
        const QString problems = xmlProblems(scheduler.files(c.jobId).constFirst());
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }
};

QTEST_GUILESS_MAIN(TestJobSchedule)
#include "TestJobSchedule.moc"
