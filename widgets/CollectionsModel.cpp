// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/CollectionsModel.h"

#include <QLocale>

namespace Colvault {

CollectionsModel::CollectionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CollectionsModel::setCollections(const QList<CollectionSummary>& collections)
{
    beginResetModel();
    m_collections = collections;
    endResetModel();
}

const CollectionSummary* CollectionsModel::collection(const QString& name) const
{
    for (const CollectionSummary& c : m_collections)
        if (c.name == name)
            return &c;
    return nullptr;
}

int CollectionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_collections.size());
}

int CollectionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CollectionsModel::describeVectors(const CollectionSummary& s)
{
    if (s.vectors.isEmpty())
        return tr("none");
    QStringList parts;
    const QLocale locale;
    for (const VectorInfo& v : s.vectors) {
        QString kind;
        switch (v.kind) {
        case VectorInfo::Kind::Legacy:
            kind = tr("legacy", "vector kind");
            break;
        case VectorInfo::Kind::Named:
            kind = tr("named", "vector kind");
            break;
        case VectorInfo::Kind::Multi:
            kind = tr("multi", "vector kind");
            break;
        }
        const QString name = v.name.isEmpty() ? kind : tr("%1 (%2)", "vector name (kind)").arg(v.name, kind);
        if (v.dimensions >= 0)
            //: %1 is a vector description such as "title (named)", %Ln its dimension count
            parts.append(tr("%1, %Ln dimension(s)", nullptr, v.dimensions).arg(name));
        else
            parts.append(name);
    }
    return parts.join(QStringLiteral("; "));
}

QVariant CollectionsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CollectionSummary& s = m_collections.at(index.row());
    const QLocale locale;
    if (role == Qt::UserRole)
        return s.name;
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == ObjectsColumn || index.column() == TenantsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case ObjectsColumn:
            return s.objects;
        case TenantsColumn:
            return s.multiTenant ? qint64(s.tenants.size()) : qint64(-1);
        case MultiTenantColumn:
            return s.multiTenant;
        default:
            return data(index, Qt::DisplayRole);
        }
    }
    if (role == Qt::ToolTipRole && index.column() == ObjectsColumn && !s.objectsComplete)
        return tr("Inactive tenants are not counted.");
    if (role == Qt::ToolTipRole && index.column() == VectorsColumn)
        return data(index, Qt::DisplayRole); // the table elides it where the window is narrow
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return s.name;
    case ObjectsColumn:
        if (s.objects < 0)
            return tr("unknown", "object count");
        if (!s.objectsComplete)
            //: An object count that leaves out inactive tenants
            return tr("%1 (active tenants)").arg(locale.toString(s.objects));
        return locale.toString(s.objects);
    case TenantsColumn: {
        if (!s.multiTenant)
            return QString();
        qsizetype inactive = 0;
        for (const TenantInfo& t : s.tenants)
            inactive += t.isActive() ? 0 : 1;
        if (inactive == 0)
            return locale.toString(s.tenants.size());
        //: %1 tenants in total, %2 of them inactive
        return tr("%1 (inactive: %2)").arg(locale.toString(s.tenants.size()), locale.toString(inactive));
    }
    case MultiTenantColumn:
        return s.multiTenant ? tr("Yes") : tr("No");
    case VectorsColumn:
        return describeVectors(s);
    default:
        return {};
    }
}

QVariant CollectionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Collection");
    case ObjectsColumn:
        return tr("Objects");
    case TenantsColumn:
        return tr("Tenants");
    case MultiTenantColumn:
        return tr("Multi-tenant");
    case VectorsColumn:
        return tr("Vectors");
    default:
        return {};
    }
}

} // namespace Colvault
