// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/OperationManager.h"
#include "core/Translations.h"
#include "tests/support/EnglishPlurals.h"
#include "widgets/BackupDialog.h"
#include "widgets/JobProgressDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Colvault;

namespace {
constexpr int kManyTenants = 10000;

// Article (plain, 50 objects), Chat (10,000 tenants t0000…t9999 of 2 objects each) and Acme (3 small tenants).
QList<CollectionSummary> sampleCollections()
{
    CollectionSummary article;
    article.name = u"Article"_s;
    article.objects = 50;
    CollectionSummary chat;
    chat.name = u"Chat"_s;
    chat.multiTenant = true;
    chat.objects = 2 * kManyTenants;
    for (int i = 0; i < kManyTenants; ++i)
        chat.tenants.append(TenantInfo {u"t%1"_s.arg(i, 4, 10, QChar(u'0')), u"HOT"_s, 2});
    CollectionSummary acme;
    acme.name = u"Acme"_s;
    acme.multiTenant = true;
    acme.objects = 7;
    acme.tenants = {{u"north"_s, u"HOT"_s, 3}, {u"south"_s, u"HOT"_s, 4}, {u"T0001-archive"_s, u"COLD"_s, -1}};
    return {article, chat, acme};
}

using TestSupport::english;

struct Harness
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(u"colvault.ini"_s), QSettings::IniFormat};
    BackupManager manager;
    JobProgressDialog progress;
    BackupDialog dialog {&manager, &progress, &settings};
    QTreeWidget* tree = nullptr;
    QLineEdit* filter = nullptr;
    QLabel* summary = nullptr;

    explicit Harness(const QStringList& preselected = {})
    {
        settings.setValue(u"lastFolder"_s, dir.path());
        dialog.setup(WeaviateEndpoint(), sampleCollections(), preselected);
        tree = dialog.findChild<QTreeWidget*>(u"collectionsTreeWidget"_s);
        filter = dialog.findChild<QLineEdit*>(u"tenantFilterLineEdit"_s);
        summary = dialog.findChild<QLabel*>(u"selectionSummaryLabel"_s);
    }
    QTreeWidgetItem* collection(const QString& name) const
    {
        const QList<QTreeWidgetItem*> found = tree->findItems(name, Qt::MatchExactly);
        return found.isEmpty() ? nullptr : found.first();
    }
    QTreeWidgetItem* tenant(const QString& collectionName, const QString& name) const
    {
        QTreeWidgetItem* c = collection(collectionName);
        for (int i = 0; c && i < c->childCount(); ++i)
            if (c->child(i)->text(0) == name)
                return c->child(i);
        return nullptr;
    }
    int shownTenants(const QString& collectionName) const
    {
        QTreeWidgetItem* c = collection(collectionName);
        int shown = 0;
        for (int i = 0; i < c->childCount(); ++i)
            shown += c->child(i)->isHidden() ? 0 : 1;
        return shown;
    }
};
} // namespace

// The backup dialog with many tenants (issue 16): a filter above the tree that hides without unticking, the
// collection's box ticking only the tenants shown, a summary of the selection under the tree, the collection's
// object figure following its ticked tenants, and big tenant lists opening collapsed.
class TestBackupDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Translations::install(QLocale(QLocale::English));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "10,003" in the expectations
    }

    void testFilterHidesTenantsAndKeepsTheirTicks()
    {
        Harness h;
        QVERIFY(h.filter);
        QCOMPARE(h.filter->placeholderText(), u"Filter tenants: text, or a pattern such as acme-* or [ab]*"_s);
        h.tenant(u"Chat"_s, u"t0123"_s)->setCheckState(0, Qt::Checked);
        h.tenant(u"Chat"_s, u"t0005"_s)->setCheckState(0, Qt::Checked);

        QElapsedTimer timer;
        timer.start();
        QTest::keyClicks(h.filter, u"T000"_s); // four filterings of 10,000 tenants, case-insensitive
        qInfo("typing a 4-letter filter over %d tenants took %lld ms", kManyTenants, timer.elapsed());
        QCOMPARE(h.shownTenants(u"Chat"_s), 10); // t0000…t0009
        QVERIFY(h.tenant(u"Chat"_s, u"t0123"_s)->isHidden());
        QVERIFY(!h.tenant(u"Chat"_s, u"t0005"_s)->isHidden());
        QVERIFY(h.collection(u"Article"_s)->isHidden());
        // Acme has a tenant that contains the text: it stays, with only that tenant.
        QVERIFY(!h.collection(u"Acme"_s)->isHidden());
        QCOMPARE(h.shownTenants(u"Acme"_s), 1);
        QVERIFY(h.collection(u"Chat"_s)->isExpanded()); // the matches are what was looked for

        // Hidden keeps its tick, and the backup still takes it.
        QCOMPARE(h.tenant(u"Chat"_s, u"t0123"_s)->checkState(0), Qt::Checked);
        QCOMPARE(h.dialog.params().tenants.value(u"Chat"_s), (QStringList {u"t0005"_s, u"t0123"_s}));
        auto* note = h.dialog.findChild<QLabel*>(u"filterNoteLabel"_s);
        QVERIFY(!note->isHidden());
        QVERIFY2(english(note->text()).startsWith(u"Showing 11 of 10,003 tenants."_s), qPrintable(note->text()));

        h.filter->clear();
        QCOMPARE(h.shownTenants(u"Chat"_s), kManyTenants);
        QVERIFY(!h.collection(u"Article"_s)->isHidden());
        QVERIFY(!h.collection(u"Chat"_s)->isExpanded()); // as it was before filtering
        QVERIFY(note->isHidden());
        QCOMPARE(h.dialog.params().tenants.value(u"Chat"_s), (QStringList {u"t0005"_s, u"t0123"_s}));
    }

    // A pattern matches whole names, case-sensitively, as --tenants does (tests/core/TestTenantSelection.cpp).
    void testFilterTakesTenantPatterns()
    {
        Harness h;
        h.filter->setText(u"t00[12]?"_s);
        QCOMPARE(h.shownTenants(u"Chat"_s), 20); // t0010…t0029
        QVERIFY(!h.tenant(u"Chat"_s, u"t0015"_s)->isHidden());
        QVERIFY(h.tenant(u"Chat"_s, u"t0030"_s)->isHidden());
        QVERIFY(h.collection(u"Acme"_s)->isHidden()); // "T0001-archive": another case, and more than one more char
        QVERIFY(h.collection(u"Article"_s)->isHidden());
        h.filter->setText(u"*-archive"_s);
        QCOMPARE(h.shownTenants(u"Acme"_s), 1);
        QVERIFY(h.collection(u"Chat"_s)->isHidden());
        h.filter->setText(u"t00"_s); // plain text is still found anywhere, any case
        QCOMPARE(h.shownTenants(u"Acme"_s), 1);
        QCOMPARE(h.shownTenants(u"Chat"_s), 100);
    }

    void testFilterMatchesACollectionName()
    {
        Harness h;
        h.filter->setText(u"acm"_s);
        QVERIFY(!h.collection(u"Acme"_s)->isHidden());
        QCOMPARE(h.shownTenants(u"Acme"_s), 3); // all its tenants
        QVERIFY(h.collection(u"Chat"_s)->isHidden());
        QVERIFY(h.collection(u"Article"_s)->isHidden());
    }

    // As "select all" in a file manager: while filtering, a collection's box ticks and clears the tenants shown.
    void testCollectionBoxTicksOnlyTheShownTenants()
    {
        Harness h;
        h.tenant(u"Chat"_s, u"t0500"_s)->setCheckState(0, Qt::Checked);
        h.filter->setText(u"t001"_s);
        QTreeWidgetItem* chat = h.collection(u"Chat"_s);
        chat->setCheckState(0, Qt::Checked); // what a click on its partly ticked box does
        QStringList expected;
        for (int i = 10; i < 20; ++i)
            expected.append(u"t%1"_s.arg(i, 4, 10, QChar(u'0')));
        expected.append(u"t0500"_s);
        QCOMPARE(h.dialog.params().tenants.value(u"Chat"_s), expected);
        QCOMPARE(chat->checkState(0), Qt::PartiallyChecked);
        // Every shown tenant ticked: the next click clears them (else it would change nothing), not the hidden one.
        chat->setCheckState(0, Qt::Checked);
        QCOMPARE(h.dialog.params().tenants.value(u"Chat"_s), QStringList {u"t0500"_s});
        QCOMPARE(h.tenant(u"Chat"_s, u"t0010"_s)->checkState(0), Qt::Unchecked);
        QCOMPARE(h.tenant(u"Chat"_s, u"t0500"_s)->checkState(0), Qt::Checked);
    }

    // Enter in the filter must not press the default button (Start Backup): it goes to the first match.
    void testEnterInTheFilterGoesToTheFirstMatch()
    {
        Harness h({u"Article"_s});
        h.dialog.show();
        QApplication::setActiveWindow(&h.dialog);
        QVERIFY(QTest::qWaitForWindowActive(&h.dialog));
        QCOMPARE(QApplication::focusWidget(), h.tree); // the choice first, as before the filter
        h.filter->setFocus();
        QTest::keyClicks(h.filter, u"t0042"_s);
        QTest::keyClick(h.filter, Qt::Key_Return);
        QVERIFY(h.dialog.isVisible());
        QCOMPARE(h.dialog.result(), 0);
        QCOMPARE(QApplication::focusWidget(), h.tree);
        QCOMPARE(h.tree->currentItem(), h.tenant(u"Chat"_s, u"t0042"_s));
        QTest::keyClick(h.tree, Qt::Key_Space);
        QCOMPARE(h.tenant(u"Chat"_s, u"t0042"_s)->checkState(0), Qt::Checked);
    }

    void testSummaryAndCollectionFigure()
    {
        Harness h;
        QCOMPARE(english(h.summary->text()), u"Nothing selected."_s);
        // Found by the walk-through: a collection without tenants alone read "1 collection, 0 of 10,003 tenants".
        h.collection(u"Article"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(english(h.summary->text()), u"1 collection selected, about 50 objects."_s);
        h.collection(u"Article"_s)->setCheckState(0, Qt::Unchecked);
        QTreeWidgetItem* chat = h.collection(u"Chat"_s);
        QCOMPARE(chat->text(1), u"20,000"_s);
        h.tenant(u"Chat"_s, u"t0001"_s)->setCheckState(0, Qt::Checked);
        h.tenant(u"Chat"_s, u"t0002"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(english(h.summary->text()), u"1 collection, 2 of 10,003 tenants selected, about 4 objects."_s);
        QCOMPARE(chat->text(1), u"4 of 20,000"_s); // what the ticked tenants hold
        h.collection(u"Article"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(english(h.summary->text()), u"2 collections, 2 of 10,003 tenants selected, about 54 objects."_s);
        chat->setCheckState(0, Qt::Checked);
        QCOMPARE(chat->text(1), u"20,000"_s);
        QCOMPARE(
            english(h.summary->text()), u"2 collections, 10,000 of 10,003 tenants selected, about 20,050 objects."_s);
        chat->setCheckState(0, Qt::Unchecked);

        // A tenant not counted (COLD, once activation is chosen) makes the figure a lower bound.
        h.dialog.findChild<QCheckBox*>(u"activateTenantsCheckBox"_s)->click();
        h.tenant(u"Acme"_s, u"T0001-archive"_s)->setCheckState(0, Qt::Checked);
        h.tenant(u"Acme"_s, u"north"_s)->setCheckState(0, Qt::Checked);
        QCOMPARE(english(h.summary->text()), u"2 collections, 2 of 10,003 tenants selected, at least 53 objects."_s);
        QCOMPARE(h.collection(u"Acme"_s)->text(1), u"7"_s); // not "3 of 7": one of the ticked is not counted
        h.dialog.findChild<QCheckBox*>(u"schemaOnlyCheckBox"_s)->click();
        QCOMPARE(english(h.summary->text()), u"2 collections, 2 of 10,003 tenants selected, schema only."_s);
    }

    void testBigTenantListsStartCollapsed()
    {
        Harness h({u"Chat"_s, u"Acme"_s});
        QVERIFY(!h.collection(u"Chat"_s)->isExpanded());
        QVERIFY(h.collection(u"Acme"_s)->isExpanded());
        QCOMPARE(h.collection(u"Chat"_s)->checkState(0), Qt::Checked);
        QCOMPARE(
            english(h.summary->text()), u"2 collections, 10,002 of 10,003 tenants selected, about 20,007 objects."_s);
    }
};

QTEST_MAIN(TestBackupDialog)
#include "TestBackupDialog.moc"
