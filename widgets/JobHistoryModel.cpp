// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobHistoryModel.h"

#include "widgets/JobListModel.h"
#include "widgets/ProgressText.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QStyle>
#include <algorithm>

namespace Colvault {

JobHistoryModel::JobHistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void JobHistoryModel::setRecords(const QList<JobRunRecord>& records)
{
    beginResetModel();
    m_records = records;
    std::reverse(m_records.begin(), m_records.end());
    endResetModel();
}

const JobRunRecord* JobHistoryModel::record(int row) const
{
    return row >= 0 && row < m_records.size() ? &m_records.at(row) : nullptr;
}

int JobHistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int JobHistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JobHistoryModel::display(const JobRunRecord& r, int column) const
{
    const QLocale locale;
    const bool wrote = r.outcome == JobOutcome::Succeeded || r.outcome == JobOutcome::Partial;
    switch (column) {
    case StartColumn:
        return JobListModel::timeText(r.start);
    case DurationColumn:
        return ProgressText::duration(r.durationMs);
    case ResultColumn:
        return JobListModel::outcomeText(r.outcome);
    case ObjectsColumn:
        return wrote ? locale.toString(r.objects) : QString();
    case CollectionsColumn:
        return wrote ? locale.toString(r.collections) : QString();
    case ArchiveColumn:
        return r.archive.isEmpty() ? QString() : QFileInfo(r.archive).fileName();
    case SizeColumn:
        return r.archive.isEmpty() ? QString() : locale.formattedDataSize(r.archiveBytes);
    default:
        break;
    }
    return {};
}

QVariant JobHistoryModel::data(const QModelIndex& index, int role) const
{
    const JobRunRecord* r = index.isValid() ? record(index.row()) : nullptr;
    if (!r)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*r, index.column());
    case Qt::UserRole:
        return index.row();
    case Qt::TextAlignmentRole:
        if (index.column() == ObjectsColumn || index.column() == CollectionsColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::DecorationRole:
        if (index.column() == ResultColumn && r->outcome == JobOutcome::Failed)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        if (index.column() == ResultColumn && r->outcome == JobOutcome::Failed)
            return r->error;
        if (index.column() == ArchiveColumn && !r->archive.isEmpty())
            return QDir::toNativeSeparators(r->archive);
        break;
    default:
        break;
    }
    return {};
}

QVariant JobHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartColumn:
        return tr("Started");
    case DurationColumn:
        return tr("Duration");
    case ResultColumn:
        return tr("Result");
    case ObjectsColumn:
        return tr("Objects");
    case CollectionsColumn:
        return tr("Collections");
    case ArchiveColumn:
        return tr("Archive");
    case SizeColumn:
        return tr("Size");
    default:
        break;
    }
    return {};
}

} // namespace Colvault
