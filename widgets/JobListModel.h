// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/Job.h"
#include "core/JobHistory.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace Colvault {

// The saved jobs as a table for the Jobs dock: name, schedule, next scheduled run, last run and its result (a failed
// one with a warning icon and the error as tooltip). GUI thread. setJobs() replaces everything (a reset); the next
// runs are computed when shown, so refreshTimes() once a minute keeps them current. Qt::UserRole on any column gives
// the job's id.
class JobListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ScheduleColumn,
        NextRunColumn,
        LastRunColumn,
        ResultColumn,
        ColumnCount
    };

    explicit JobListModel(QObject* parent = nullptr);

    // `lastRuns`: the last record of each job, by job id; a job without one has never run.
    void setJobs(const QList<Job>& jobs, const QHash<QString, JobRunRecord>& lastRuns);
    const QList<Job>& jobs() const { return m_jobs; }
    int rowOf(const QString& jobId) const; // -1 when absent
    void refreshTimes();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Succeeded", "Partial", "Failed", "Canceled": a run's result in a table cell.
    static QString outcomeText(JobOutcome outcome);
    // A local date and time, short, in the default locale.
    static QString timeText(const QDateTime& time);

private:
    QVariant display(const Job& job, int column) const;

    QList<Job> m_jobs;
    QHash<QString, JobRunRecord> m_lastRuns;
};

} // namespace Colvault
