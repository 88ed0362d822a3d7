// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/OpError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace Colvault {

// The saved jobs: jobs.json in Colvault's configuration folder, shared by the app and colvault-cli, with the job
// history (JobHistory) and the run logs beside it. Every change reads, edits and rewrites the file under a lock
// (jobs.json.lock), and the file is replaced atomically (QSaveFile), so the app and a scheduled run never see half of
// it. The file holds no secret, only the names of the files that hold them.
// Thread: a value pointing at a folder; any thread (the lock also serialises threads).
// Usage: JobStore store; QList<Job> jobs; if (OpError e = store.load(&jobs)) …; store.add(&job); store.find(name,
// &job).
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    // $COLVAULT_CONFIG_DIR when set (tests, several stores side by side), else the "Colvault" folder in the user's
    // configuration location (~/.config/Colvault on Linux), the same for the app and the CLI.
    static QString defaultDirectory();
    // The "Colvault" folder in the user's configuration location, whatever the environment says.
    static QString standardDirectory();

    explicit JobStore(QString directory = defaultDirectory());

    QString directory() const { return m_directory; }
    QString jobsFile() const; // <dir>/jobs.json
    QString historyFile() const; // <dir>/job-history.jsonl
    QString logDirectory() const; // <dir>/logs
    // <dir>/logs/<job>-<yyyyMMdd-HHmmss-zzz>.log (UTC) for a run starting at `utc`, after removing the job's oldest
    // logs so that at most `keep` - 1 remain (a job run hourly would otherwise gather thousands).
    QString newLogFile(const Job& job, const QDateTime& utc, int keep = 50) const;

    // Every job, sorted by name. A store that does not exist yet is empty; one that cannot be read or parsed is an
    // error (Io or Format) and is never overwritten by a later add().
    OpError load(QList<Job>* jobs) const;
    // By name, or by id (the schedulers run jobs by id). Usage error when there is none.
    OpError find(const QString& nameOrId, Job* job) const;
    // Checks the job (Job::check) and that its name is free, gives it an id and a creation time, and saves it.
    OpError add(Job* job) const;
    // Saves the job over the one of the same name, keeping that one's id, creation time and schedule, so that its
    // archives stay its own and its schedule runs the new settings; adds it when there is none.
    OpError replace(Job* job) const;
    // Replaces the job with the same id.
    OpError update(const Job& job) const;
    // Removes the job named (or with that id); *removed gets it.
    OpError remove(const QString& nameOrId, Job* removed) const;

private:
    OpError save(const QList<Job>& jobs) const;
    OpError notFound(const QString& nameOrId) const;
    // Runs `edit` on the loaded jobs under the lock and saves them when it returns no error.
    template<typename Edit> OpError modify(Edit edit) const;

    QString m_directory;
};

} // namespace Colvault
