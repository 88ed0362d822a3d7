// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "widgets/CollectionsModel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;

// The collections table model: structure checked by QAbstractItemModelTester, and what each column shows.
class TestCollectionsModel : public QObject
{
    Q_OBJECT

    static QList<CollectionSummary> sample()
    {
        CollectionSummary a;
        a.name = u"Article"_s;
        a.objects = 1200;
        a.vectors = {{QString(), VectorInfo::Kind::Legacy, u"none"_s, u"hnsw"_s, 32}};
        CollectionSummary t;
        t.name = u"TenantNote"_s;
        t.multiTenant = true;
        t.objects = 40;
        t.objectsComplete = false;
        t.tenants = {{u"a"_s, u"HOT"_s, 40}, {u"b"_s, u"COLD"_s, -1}};
        t.vectors = {{u"title"_s, VectorInfo::Kind::Named, u"none"_s, u"hnsw"_s, -1}};
        return {a, t};
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testModelPassesTheTester()
    {
        CollectionsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCollections(sample());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(CollectionsModel::ColumnCount));
        model.setCollections({});
        QCOMPARE(model.rowCount(), 0);
        model.setCollections(sample());

        QSortFilterProxyModel proxy;
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        proxy.setFilterFixedString(u"note"_s);
        QCOMPARE(proxy.rowCount(), 1);
    }

    void testColumnsShowCountsTenantsAndVectors()
    {
        CollectionsModel model;
        model.setCollections(sample());
        auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, CollectionsModel::NameColumn), u"Article"_s);
        QCOMPARE(text(0, CollectionsModel::ObjectsColumn), QLocale().toString(1200));
        QCOMPARE(text(0, CollectionsModel::MultiTenantColumn), u"No"_s);
        QCOMPARE(text(0, CollectionsModel::VectorsColumn), u"legacy, 32 dimensions"_s);
        QCOMPARE(text(1, CollectionsModel::ObjectsColumn), u"40 (active tenants)"_s);
        QCOMPARE(text(1, CollectionsModel::TenantsColumn), u"2 (inactive: 1)"_s);
        QCOMPARE(text(1, CollectionsModel::VectorsColumn), u"title (named)"_s);
        QCOMPARE(model.index(1, 0).data(Qt::UserRole).toString(), u"TenantNote"_s);
        QCOMPARE(model.index(0, CollectionsModel::ObjectsColumn).data(CollectionsModel::SortRole).toLongLong(), 1200);
        // Found by using the app: the main window elides a long vectors text; its tooltip has it in full.
        QCOMPARE(model.index(0, CollectionsModel::VectorsColumn).data(Qt::ToolTipRole).toString(),
            u"legacy, 32 dimensions"_s);
    }
};

QTEST_MAIN(TestCollectionsModel)
#include "TestCollectionsModel.moc"
