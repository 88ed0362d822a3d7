// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/CollectionSummary.h"

#include <QAbstractTableModel>
#include <QList>

namespace Colvault {

// The collections of the connected server as a flat table: name, objects, tenants, multi-tenant, vectors.
// GUI thread. Fill it with setCollections() (a full reset) from CollectionsLoader::loaded. Qt::UserRole on any
// column gives the collection name; SortRole gives numbers for the numeric columns.
class CollectionsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ObjectsColumn,
        TenantsColumn,
        MultiTenantColumn,
        VectorsColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit CollectionsModel(QObject* parent = nullptr);

    void setCollections(const QList<CollectionSummary>& collections);
    const QList<CollectionSummary>& collections() const { return m_collections; }
    const CollectionSummary* collection(const QString& name) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString describeVectors(const CollectionSummary& summary);

private:
    QList<CollectionSummary> m_collections;
};

} // namespace Colvault
