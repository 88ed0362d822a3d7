// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobListModel.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>

namespace Colvault {

JobListModel::JobListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JobListModel::setJobs(const QList<Job>& jobs, const QHash<QString, JobRunRecord>& lastRuns)
{
    beginResetModel();
    m_jobs = jobs;
    m_lastRuns = lastRuns;
    endResetModel();
}

int JobListModel::rowOf(const QString& jobId) const
{
    for (qsizetype row = 0; row < m_jobs.size(); ++row) {
        if (m_jobs.at(row).id == jobId)
            return int(row);
    }
    return -1;
}

void JobListModel::refreshTimes()
{
    if (!m_jobs.isEmpty())
        Q_EMIT dataChanged(index(0, NextRunColumn), index(rowCount() - 1, NextRunColumn), {Qt::DisplayRole});
}

int JobListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_jobs.size());
}

int JobListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString JobListModel::outcomeText(JobOutcome outcome)
{
    switch (outcome) {
    case JobOutcome::Succeeded:
        return tr("Succeeded", "job run result");
    case JobOutcome::Partial:
        return tr("Partial", "job run result");
    case JobOutcome::Canceled:
        return tr("Canceled", "job run result");
    case JobOutcome::Failed:
        break;
    }
    return tr("Failed", "job run result");
}

QString JobListModel::timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

QVariant JobListModel::display(const Job& job, int column) const
{
    const auto last = m_lastRuns.constFind(job.id);
    const bool ran = last != m_lastRuns.cend();
    switch (column) {
    case NameColumn:
        return job.name;
    case ScheduleColumn:
        return job.schedule.describe();
    case NextRunColumn:
        return timeText(job.schedule.nextRun(QDateTime::currentDateTime()));
    case LastRunColumn:
        return ran ? timeText(last->start) : tr("never", "a job's last run");
    case ResultColumn:
        return ran ? outcomeText(last->outcome) : QString();
    default:
        break;
    }
    return {};
}

QVariant JobListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_jobs.size())
        return {};
    const Job& job = m_jobs.at(index.row());
    const auto last = m_lastRuns.constFind(job.id);
    const bool failed = last != m_lastRuns.cend() && last->outcome == JobOutcome::Failed;
    switch (role) {
    case Qt::DisplayRole:
        return display(job, index.column());
    case Qt::UserRole:
        return job.id;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn && failed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && failed)
            return last->error;
        if (index.column() == NameColumn)
            return QLocale().createSeparatedList(
                job.collections.isEmpty() ? QStringList {tr("every collection")} : job.collections);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Job");
    case ScheduleColumn:
        return tr("Schedule");
    case NextRunColumn:
        return tr("Next Run");
    case LastRunColumn:
        return tr("Last Run");
    case ResultColumn:
        return tr("Result");
    default:
        break;
    }
    return {};
}

} // namespace Colvault
