// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobSchedule.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringEncoder>
#include <algorithm>

#if defined(Q_OS_UNIX)
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QStringList& weekdayNames()
{
    static const QStringList names {
        u"monday"_s, u"tuesday"_s, u"wednesday"_s, u"thursday"_s, u"friday"_s, u"saturday"_s, u"sunday"_s};
    return names;
}

QString everyName(JobSchedule::Every every)
{
    switch (every) {
    case JobSchedule::Every::Hour:
        return u"hour"_s;
    case JobSchedule::Every::Day:
        return u"day"_s;
    case JobSchedule::Every::Week:
        return u"week"_s;
    case JobSchedule::Every::Never:
        break;
    }
    return u"never"_s;
}

QString hhmm(const QTime& time)
{
    return time.toString(u"HH:mm"_s);
}

// systemd's unit-file quoting: "%" starts a specifier, "$" a variable in Exec lines, "\" and '"' an escape.
QString systemdWord(const QString& word)
{
    QString escaped = word;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s).replace(u'%', u"%%"_s).replace(u'$', u"$$"_s);
    const bool plain = !word.isEmpty()
        && std::none_of(word.cbegin(), word.cend(), [](QChar c) { return c.isSpace() || c == u'"' || c == u'\''; });
    return plain ? escaped : u'"' + escaped + u'"';
}

// What systemctl --user says where there is no user systemd session to talk to (containers, SSH logins without
// lingering, WSL): "Failed to connect to bus: No medium found", "$DBUS_SESSION_BUS_ADDRESS and $XDG_RUNTIME_DIR not
// defined", "Failed to connect to user scope bus via local transport: …".
bool hasNoUserBus(const QString& output)
{
    static const QStringList signs {u"Failed to connect to bus"_s, u"Failed to connect to user scope bus"_s,
        u"DBUS_SESSION_BUS_ADDRESS"_s, u"XDG_RUNTIME_DIR"_s};
    return std::any_of(signs.cbegin(), signs.cend(), [&output](const QString& sign) { return output.contains(sign); });
}

// The login session's launchd domain, where user agents live.
QString launchdDomain()
{
#if defined(Q_OS_UNIX)
    return u"gui/"_s + QString::number(getuid());
#else
    return u"gui"_s;
#endif
}

QString xmlText(const QString& text)
{
    return text.toHtmlEscaped();
}

QString plistString(const QString& text, const QString& indent)
{
    return indent + u"<string>"_s + xmlText(text) + u"</string>\n"_s;
}

QString calendarDict(const JobSchedule& schedule)
{
    const auto entry = [](const QString& key, int value) {
        return u"\t\t<key>%1</key>\n\t\t<integer>%2</integer>\n"_s.arg(key).arg(value);
    };
    QString dict = u"\t<key>StartCalendarInterval</key>\n\t<dict>\n"_s;
    if (schedule.every != JobSchedule::Every::Hour)
        dict += entry(u"Hour"_s, schedule.at.hour());
    dict += entry(u"Minute"_s, schedule.every == JobSchedule::Every::Hour ? 0 : schedule.at.minute());
    // launchd counts weekdays from Sunday = 0; Qt from Monday = 1 to Sunday = 7.
    if (schedule.every == JobSchedule::Every::Week)
        dict += entry(u"Weekday"_s, schedule.weekday % 7);
    return dict + u"\t</dict>\n"_s;
}

QString taskTrigger(const JobSchedule& schedule)
{
    // A start boundary in the past: the calendar decides the days, the boundary only the time of day.
    const QTime at = schedule.every == JobSchedule::Every::Hour ? QTime(0, 0) : schedule.at;
    QString trigger = u"    <CalendarTrigger>\n      <StartBoundary>2026-01-01T%1:00</StartBoundary>\n"_s.arg(hhmm(at));
    if (schedule.every == JobSchedule::Every::Hour)
        trigger += u"      <Repetition>\n        <Interval>PT1H</Interval>\n        <Duration>P1D</Duration>\n"
                   "      </Repetition>\n"_s;
    if (schedule.every == JobSchedule::Every::Week) {
        QString day = weekdayNames().value(schedule.weekday - 1);
        day[0] = day[0].toUpper();
        trigger += u"      <ScheduleByWeek>\n        <DaysOfWeek>\n          <%1 />\n        </DaysOfWeek>\n"
                   "        <WeeksInterval>1</WeeksInterval>\n      </ScheduleByWeek>\n"_s.arg(day);
    } else {
        trigger += u"      <ScheduleByDay>\n        <DaysInterval>1</DaysInterval>\n      </ScheduleByDay>\n"_s;
    }
    return trigger + u"    </CalendarTrigger>\n"_s;
}

} // namespace

QJsonObject JobSchedule::toJson() const
{
    QJsonObject json {{u"every"_s, everyName(every)}};
    if (every == Every::Day || every == Every::Week)
        json.insert(u"at"_s, hhmm(at));
    if (every == Every::Week)
        json.insert(u"weekday"_s, weekdayNames().value(weekday - 1));
    return json;
}

bool JobSchedule::fromJson(const QJsonObject& json, JobSchedule* out)
{
    JobSchedule s;
    const QString every = json.value(u"every"_s).toString(u"never"_s);
    for (const Every e : {Every::Never, Every::Hour, Every::Day, Every::Week}) {
        if (everyName(e) == every)
            s.every = e;
    }
    if (everyName(s.every) != every)
        return false;
    if (json.contains(u"at"_s))
        s.at = QTime::fromString(json.value(u"at"_s).toString(), u"HH:mm"_s);
    if (json.contains(u"weekday"_s))
        s.weekday = weekdayFromName(json.value(u"weekday"_s).toString());
    if (!s.at.isValid() || s.weekday == 0)
        return false;
    *out = s;
    return true;
}

QString JobSchedule::describe() const
{
    switch (every) {
    case Every::Hour:
        return tr("hourly");
    case Every::Day:
        //: %1 a time of day, e.g. 02:00
        return tr("daily at %1").arg(hhmm(at));
    case Every::Week:
        //: %1 a day of the week, %2 a time of day
        return tr("weekly on %1 at %2").arg(QLocale().dayName(weekday), hhmm(at));
    case Every::Never:
        break;
    }
    return tr("not scheduled");
}

QDateTime JobSchedule::nextRun(const QDateTime& after) const
{
    const QDateTime local = after.toLocalTime();
    if (every == Every::Hour) {
        const QDateTime hour(local.date(), QTime(local.time().hour(), 0));
        return hour.addSecs(3600);
    }
    if (every != Every::Day && every != Every::Week)
        return {};
    QDate day = local.date();
    if (every == Every::Week)
        day = day.addDays((weekday - day.dayOfWeek() + 7) % 7);
    QDateTime next(day, at);
    if (next <= local)
        next = QDateTime(day.addDays(every == Every::Week ? 7 : 1), at);
    return next;
}

int JobSchedule::weekdayFromName(const QString& name)
{
    const QString lower = name.trimmed().toLower();
    for (qsizetype i = 0; i < weekdayNames().size(); ++i) {
        const QString& day = weekdayNames().at(i);
        if (lower == day || lower == day.left(3))
            return int(i) + 1;
    }
    return 0;
}

QStringList ScheduledCommand::arguments() const
{
    QStringList args {u"job"_s, u"run"_s, jobId};
    if (!configDir.isEmpty())
        args << u"--config-dir"_s << configDir;
    return args;
}

JobScheduler::Platform JobScheduler::nativePlatform()
{
#if defined(Q_OS_WIN)
    return Platform::TaskScheduler;
#elif defined(Q_OS_MACOS)
    return Platform::Launchd;
#else
    return Platform::Systemd;
#endif
}

QString JobScheduler::systemdBaseName(const QString& jobId)
{
    return u"colvault-job-"_s + jobId;
}

QString JobScheduler::launchdLabel(const QString& jobId)
{
    return u"org.colvault.job."_s + jobId;
}

QString JobScheduler::taskName(const QString& jobId)
{
    return u"\\Colvault\\job-"_s + jobId;
}

QString JobScheduler::systemdService(const ScheduledCommand& command)
{
    QStringList exec {systemdWord(command.program)};
    for (const QString& a : command.arguments())
        exec << systemdWord(a);
    return u"# Written by colvault-cli job schedule; \"colvault-cli job schedule %1 --off\" removes it.\n"
           "[Unit]\nDescription=Colvault backup job %1\n\n"
           "[Service]\nType=oneshot\nExecStart=%2\n"_s.arg(command.jobName, exec.join(u' '));
}

QString JobScheduler::systemdTimer(const ScheduledCommand& command, const JobSchedule& schedule)
{
    QString calendar;
    if (schedule.every == JobSchedule::Every::Hour)
        calendar = u"*-*-* *:00:00"_s;
    else if (schedule.every == JobSchedule::Every::Week)
        calendar
            = u"%1 *-*-* %2:00"_s.arg(QLocale::c().dayName(schedule.weekday, QLocale::ShortFormat), hhmm(schedule.at));
    else
        calendar = u"*-*-* %1:00"_s.arg(hhmm(schedule.at));
    // Persistent: a run missed while the computer was off happens at the next start.
    return u"# Written by colvault-cli job schedule; \"colvault-cli job schedule %1 --off\" removes it.\n"
           "[Unit]\nDescription=Schedule of the Colvault backup job %1\n\n"
           "[Timer]\nOnCalendar=%2\nPersistent=true\nUnit=%3.service\n\n"
           "[Install]\nWantedBy=timers.target\n"_s.arg(command.jobName, calendar, systemdBaseName(command.jobId));
}

QString JobScheduler::launchdPlist(const ScheduledCommand& command, const JobSchedule& schedule, const QString& logDir)
{
    QString programArguments = plistString(command.program, u"\t\t"_s);
    for (const QString& a : command.arguments())
        programArguments += plistString(a, u"\t\t"_s);
    const QString errorLog = QDir(logDir).filePath(launchdLabel(command.jobId) + u".log"_s);
    return u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
           "<!DOCTYPE plist PUBLIC \"-//Apple//DTD PLIST 1.0//EN\" "
           "\"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n"
           "<!-- Written by colvault-cli job schedule for the backup job %1. -->\n"
           "<plist version=\"1.0\">\n<dict>\n"
           "\t<key>Label</key>\n%2"
           "\t<key>ProgramArguments</key>\n\t<array>\n%3\t</array>\n"
           "%4"
           "\t<key>ProcessType</key>\n\t<string>Background</string>\n"
           "\t<key>StandardErrorPath</key>\n%5"
           "</dict>\n</plist>\n"_s.arg(xmlText(command.jobName), plistString(launchdLabel(command.jobId), u"\t"_s),
               programArguments, calendarDict(schedule), plistString(errorLog, u"\t"_s));
}

QString JobScheduler::taskSchedulerXml(const ScheduledCommand& command, const JobSchedule& schedule)
{
    QStringList arguments;
    for (const QString& a : command.arguments())
        arguments << (a.contains(u' ') ? u'"' + a + u'"' : a); // the C runtime's rules: no quote or backslash in ours
    return u"<?xml version=\"1.0\" encoding=\"UTF-16\"?>\n"
           "<Task version=\"1.2\" xmlns=\"http://schemas.microsoft.com/windows/2004/02/mit/task\">\n"
           "  <RegistrationInfo>\n    <Description>Colvault backup job %1</Description>\n    <URI>%2</URI>\n"
           "  </RegistrationInfo>\n"
           "  <Triggers>\n%3  </Triggers>\n"
           "  <Principals>\n    <Principal id=\"Author\">\n      <LogonType>InteractiveToken</LogonType>\n"
           "      <RunLevel>LeastPrivilege</RunLevel>\n    </Principal>\n  </Principals>\n"
           "  <Settings>\n    <MultipleInstancesPolicy>IgnoreNew</MultipleInstancesPolicy>\n"
           "    <DisallowStartIfOnBatteries>false</DisallowStartIfOnBatteries>\n"
           "    <StopIfGoingOnBatteries>false</StopIfGoingOnBatteries>\n"
           "    <StartWhenAvailable>true</StartWhenAvailable>\n"
           "    <ExecutionTimeLimit>PT0S</ExecutionTimeLimit>\n    <Enabled>true</Enabled>\n  </Settings>\n"
           "  <Actions Context=\"Author\">\n    <Exec>\n      <Command>%4</Command>\n"
           "      <Arguments>%5</Arguments>\n    </Exec>\n  </Actions>\n"
           "</Task>\n"_s.arg(xmlText(command.jobName), xmlText(taskName(command.jobId)), taskTrigger(schedule),
               xmlText(QString(command.program).replace(u'/', u'\\')), xmlText(arguments.join(u' ')));
}

JobScheduler::JobScheduler(QString storeDirectory, Platform platform)
    : m_storeDirectory(std::move(storeDirectory))
    , m_platform(platform)
{
    m_directory = qEnvironmentVariable("COLVAULT_SCHEDULE_DIR");
    m_talk = m_directory.isEmpty() && platform == nativePlatform();
    if (!m_directory.isEmpty())
        return;
    const QString home = QDir::homePath();
    switch (platform) {
    case Platform::Systemd: {
        const QString config = qEnvironmentVariable("XDG_CONFIG_HOME", home + u"/.config"_s);
        m_directory = QDir(config).filePath(u"systemd/user"_s);
        break;
    }
    case Platform::Launchd:
        m_directory = QDir(home).filePath(u"Library/LaunchAgents"_s);
        break;
    case Platform::TaskScheduler:
        // schtasks copies the task into its own store; the XML stays beside the jobs for reference.
        m_directory = QDir(m_storeDirectory).filePath(u"schedules"_s);
        break;
    }
}

QStringList JobScheduler::files(const QString& jobId) const
{
    const QDir dir(m_directory);
    switch (m_platform) {
    case Platform::Systemd:
        return {
            dir.filePath(systemdBaseName(jobId) + u".service"_s), dir.filePath(systemdBaseName(jobId) + u".timer"_s)};
    case Platform::Launchd:
        return {dir.filePath(launchdLabel(jobId) + u".plist"_s)};
    case Platform::TaskScheduler:
        break;
    }
    return {dir.filePath(u"job-"_s + jobId + u".xml"_s)};
}

OpError JobScheduler::writeFile(const QString& path, const QByteArray& data) const
{
    QSaveFile file(path);
    if (!QDir().mkpath(m_directory) || !file.open(QIODevice::WriteOnly) || file.write(data) != data.size()
        || !file.commit())
        return OpError::make(OpError::Code::Io,
            tr("Cannot write the schedule file \"%1\": %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            path);
    return {};
}

OpError JobScheduler::runTool(
    const QString& program, const QStringList& arguments, QStringList* notes, bool required) const
{
    const QString command = program + u' ' + arguments.join(u' ');
    if (QStandardPaths::findExecutable(program).isEmpty()) {
        if (required)
            //: %1 a program (systemctl, launchctl, schtasks), %2 the command to run by hand
            *notes << tr(
                "%1 was not found, so the schedule is written but not active; run \"%2\" where %1 is available.")
                          .arg(program, command);
        return {};
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    const bool finished = process.waitForFinished(60000);
    if (finished && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return {};
    const QString output = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (!required)
        return {};
    return OpError::make(OpError::Code::Io,
        tr("\"%1\" failed: %2").arg(command, output.isEmpty() ? process.errorString() : output),
        u"%1: exit code %2\n%3"_s.arg(command).arg(process.exitCode()).arg(output));
}

// systemctl's own words do not say what to do; the details keep them.
OpError JobScheduler::noUserSession(const ScheduledCommand& command, const OpError& error)
{
    QStringList run {command.program, u"job"_s, u"run"_s, command.jobName};
    if (!command.configDir.isEmpty())
        run << u"--config-dir"_s << command.configDir;
    for (QString& word : run)
        if (word.contains(u' '))
            word = u'"' + word + u'"';
    //: %1 the command that runs the job, for a crontab line
    return OpError::make(OpError::Code::Io,
        tr("The job cannot be scheduled: systemctl --user finds no user session here (as in a container, an SSH "
           "login or WSL). Run \"loginctl enable-linger\" and log in again, or use a desktop session; or save the job "
           "without a schedule and run \"%1\" from cron.")
            .arg(run.join(u' ')),
        error.details);
}

OpError JobScheduler::installSystemd(
    const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const
{
    const QStringList paths = files(command.jobId);
    if (OpError e = writeFile(paths.at(0), systemdService(command).toUtf8()))
        return e;
    if (OpError e = writeFile(paths.at(1), systemdTimer(command, schedule).toUtf8()))
        return e;
    if (!m_talk)
        return {};
    const QString timer = systemdBaseName(command.jobId) + u".timer"_s;
    for (const QStringList& arguments :
        {QStringList {u"--user"_s, u"daemon-reload"_s}, QStringList {u"--user"_s, u"enable"_s, u"--now"_s, timer}}) {
        if (OpError e = runTool(u"systemctl"_s, arguments, notes, true))
            return hasNoUserBus(e.details) ? noUserSession(command, e) : e;
    }
    *notes << tr(
        "A user timer runs while you are logged in; \"loginctl enable-linger\" lets it run without a session.");
    return {};
}

OpError JobScheduler::installLaunchd(
    const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const
{
    const QString path = files(command.jobId).constFirst();
    const QString logDir = QDir(m_storeDirectory).filePath(u"logs"_s);
    QDir().mkpath(logDir);
    if (OpError e = writeFile(path, launchdPlist(command, schedule, logDir).toUtf8()))
        return e;
    if (!m_talk)
        return {};
    const QString domain = launchdDomain();
    // A job scheduled before is replaced: bootout fails harmlessly when it was not loaded.
    runTool(u"launchctl"_s, {u"bootout"_s, domain + u'/' + launchdLabel(command.jobId)}, notes, false);
    return runTool(u"launchctl"_s, {u"bootstrap"_s, domain, path}, notes, true);
}

OpError JobScheduler::installTask(
    const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const
{
    const QString path = files(command.jobId).constFirst();
    // schtasks reads task XML in UTF-16 (with its byte order mark), as the XML declaration says.
    QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
    const QByteArray data = utf16.encode(taskSchedulerXml(command, schedule));
    if (OpError e = writeFile(path, data))
        return e;
    if (!m_talk)
        return {};
    return runTool(u"schtasks"_s,
        {u"/Create"_s, u"/TN"_s, taskName(command.jobId), u"/XML"_s, QDir::toNativeSeparators(path), u"/F"_s}, notes,
        true);
}

OpError JobScheduler::install(const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const
{
    // A refused install leaves none of its own files behind: the scheduler (or the next daemon-reload) must not find
    // a job that was never scheduled. Files of an earlier schedule of the job stay.
    QStringList fresh;
    for (const QString& path : files(command.jobId))
        if (!QFileInfo::exists(path))
            fresh << path;
    OpError error;
    switch (m_platform) {
    case Platform::Systemd:
        error = installSystemd(command, schedule, notes);
        break;
    case Platform::Launchd:
        error = installLaunchd(command, schedule, notes);
        break;
    case Platform::TaskScheduler:
        error = installTask(command, schedule, notes);
        break;
    }
    if (error)
        for (const QString& path : std::as_const(fresh))
            QFile::remove(path);
    return error;
}

OpError JobScheduler::remove(const QString& jobId, QStringList* notes) const
{
    if (m_talk) {
        if (m_platform == Platform::Systemd)
            runTool(u"systemctl"_s, {u"--user"_s, u"disable"_s, u"--now"_s, systemdBaseName(jobId) + u".timer"_s},
                notes, false);
        else if (m_platform == Platform::Launchd)
            runTool(u"launchctl"_s, {u"bootout"_s, launchdDomain() + u'/' + launchdLabel(jobId)}, notes, false);
        else
            runTool(u"schtasks"_s, {u"/Delete"_s, u"/TN"_s, taskName(jobId), u"/F"_s}, notes, false);
    }
    for (const QString& path : files(jobId)) {
        if (QFile::exists(path) && !QFile::remove(path))
            return OpError::make(OpError::Code::Io,
                tr("Cannot remove the schedule file \"%1\".").arg(QDir::toNativeSeparators(path)), path);
    }
    if (m_talk && m_platform == Platform::Systemd)
        runTool(u"systemctl"_s, {u"--user"_s, u"daemon-reload"_s}, notes, false);
    return {};
}

} // namespace Colvault
