// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTime>

namespace Colvault {

// When the operating system runs a job: never, every hour, every day or every week at a local time of day.
struct JobSchedule
{
    Q_DECLARE_TR_FUNCTIONS(JobSchedule)

public:
    enum class Every
    {
        Never,
        Hour, // at minute 0
        Day, // at `at`
        Week, // on `weekday` at `at`
    };
    Every every = Every::Never;
    QTime at = QTime(2, 0); // local time; Hour ignores it
    int weekday = 1; // 1 = Monday … 7 = Sunday (Qt::DayOfWeek)

    bool isOn() const { return every != Every::Never; }
    QJsonObject toJson() const;
    static bool fromJson(const QJsonObject& json, JobSchedule* out);
    // "daily at 02:00", "hourly", "weekly on Monday at 02:00", "off": translated, for listings.
    QString describe() const;
    // The first run after `after` in the machine's local time (as the schedulers count it), or an invalid QDateTime
    // when the schedule is off. Hour: the next full hour.
    QDateTime nextRun(const QDateTime& after) const;
    // "mon" … "sun", and "monday" … "sunday" in any case; 0 for anything else.
    static int weekdayFromName(const QString& name);
    friend bool operator==(const JobSchedule&, const JobSchedule&) = default;
};

// What a scheduler runs: `program job run <jobId> [--config-dir DIR]`.
struct ScheduledCommand
{
    QString jobId;
    QString jobName; // in descriptions only
    QString program; // absolute path of colvault-cli
    QString configDir; // the job store's folder when it is not the default one, else empty

    QStringList arguments() const; // after the program
};

// The files through which the operating system runs a job (no resident daemon): a systemd user timer and service on
// Linux, a launchd agent on macOS, a Task Scheduler task on Windows. The three generators are plain functions of their
// input on every platform (tests compare them with golden files); install() and remove() write or delete the files of
// the running platform and tell its scheduler (systemctl --user, launchctl, schtasks) unless told not to.
// Thread: any thread; install() and remove() block while the scheduler's tool runs (a few seconds at most).
// Usage: JobScheduler scheduler; scheduler.install(command, schedule, &notes) or scheduler.remove(jobId, &notes).
class JobScheduler
{
    Q_DECLARE_TR_FUNCTIONS(JobScheduler)

public:
    enum class Platform
    {
        Systemd,
        Launchd,
        TaskScheduler,
    };

    // The platform this build runs on.
    static Platform nativePlatform();

    // Unit and file names, from the job's id: stable across renames, and free of characters any scheduler minds.
    static QString systemdBaseName(const QString& jobId); // colvault-job-<id>
    static QString launchdLabel(const QString& jobId); // org.colvault.job.<id>
    static QString taskName(const QString& jobId); // \Colvault\job-<id>

    static QString systemdService(const ScheduledCommand& command);
    static QString systemdTimer(const ScheduledCommand& command, const JobSchedule& schedule);
    static QString launchdPlist(const ScheduledCommand& command, const JobSchedule& schedule, const QString& logDir);
    // The task as XML text; schtasks wants the file in UTF-16 (install() writes it so).
    static QString taskSchedulerXml(const ScheduledCommand& command, const JobSchedule& schedule);

    // The folder the files go to: $COLVAULT_SCHEDULE_DIR when set (tests: nothing is started then), else
    // ~/.config/systemd/user, ~/Library/LaunchAgents, or the job store's schedules folder for the Task Scheduler XML.
    // `platform` defaults to the native one.
    explicit JobScheduler(QString storeDirectory, Platform platform = nativePlatform());
    QString directory() const { return m_directory; }
    // False when $COLVAULT_SCHEDULE_DIR is set: files only, no systemctl / launchctl / schtasks.
    bool talksToScheduler() const { return m_talk; }

    // Writes the files and enables the schedule. *notes gets translated lines worth telling (e.g. that systemctl is
    // missing, so the timer is written but not started).
    OpError install(const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const;
    // Disables the schedule and deletes its files; nothing to remove is not an error.
    OpError remove(const QString& jobId, QStringList* notes) const;
    // The files install() writes for a job, in this scheduler's directory.
    QStringList files(const QString& jobId) const;

private:
    OpError writeFile(const QString& path, const QByteArray& data) const;
    OpError runTool(const QString& program, const QStringList& arguments, QStringList* notes, bool required) const;
    static OpError noUserSession(const ScheduledCommand& command, const OpError& error);
    OpError installSystemd(const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const;
    OpError installLaunchd(const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const;
    OpError installTask(const ScheduledCommand& command, const JobSchedule& schedule, QStringList* notes) const;

    QString m_storeDirectory;
    Platform m_platform;
    QString m_directory;
    bool m_talk = true;
};

} // namespace Colvault
