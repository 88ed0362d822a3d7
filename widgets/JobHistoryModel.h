// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/JobHistory.h"

#include <QAbstractTableModel>
#include <QList>

namespace Colvault {

// The runs of one job, newest first, for the Jobs dock: start, result, duration, objects, collections, the archive's
// size and the archive. GUI thread. setRecords() replaces everything (a reset). Qt::UserRole on any column gives the
// row's index into records().
class JobHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        StartColumn,
        ResultColumn,
        DurationColumn,
        ObjectsColumn,
        CollectionsColumn,
        SizeColumn,
        ArchiveColumn, // last: it takes the room that is left
        ColumnCount
    };

    explicit JobHistoryModel(QObject* parent = nullptr);

    // `records` oldest first, as JobHistory::read() gives them; shown newest first.
    void setRecords(const QList<JobRunRecord>& records);
    const QList<JobRunRecord>& records() const { return m_records; } // newest first
    const JobRunRecord* record(int row) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const JobRunRecord& r, int column) const;

    QList<JobRunRecord> m_records;
};

} // namespace Colvault
