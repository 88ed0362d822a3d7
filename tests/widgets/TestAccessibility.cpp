// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/BackupTask.h"
#include "core/OperationManager.h"
#include "core/Translations.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/BackupDialog.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/MainWindow.h"
#include "widgets/ThroughputPlot.h"

#include <QAccessible>
#include <QApplication>
#include <QImageReader>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <cmath>

using namespace Colvault;
using namespace Qt::StringLiterals;

namespace {
// The control a user sees for a focusable widget: a spin box rather than its inner line edit.
QWidget* ownerOf(QWidget* w)
{
    while (w->parentWidget() && w->parentWidget()->focusProxy() == w)
        w = w->parentWidget();
    return w;
}

QString describe(QWidget* w)
{
    if (!w->objectName().isEmpty())
        return w->objectName();
    const QString parent = w->parentWidget() ? describe(w->parentWidget()) : u"-"_s;
    return u"%1 in %2"_s.arg(QString::fromLatin1(w->metaObject()->className()), parent);
}

QString accessibleName(QWidget* w)
{
    QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

// Every widget that can take focus, visible or not (pages and buttons that appear later count too), as the control
// that owns it. A control is named when it or its owner has an accessible name (a buddy label counts).
QStringList unnamedControls(QWidget* top, int* checked = nullptr)
{
    QStringList missing;
    int count = 0;
    const QList<QWidget*> widgets = top->findChildren<QWidget*>();
    for (QWidget* w : widgets) {
        if (w->focusPolicy() == Qt::NoFocus || w->focusProxy() || (w->isWindow() && w != top))
            continue;
        ++count;
        QWidget* owner = ownerOf(w);
        if (accessibleName(w).isEmpty() && accessibleName(owner).isEmpty())
            missing.append(describe(owner));
    }
    if (checked)
        *checked = count;
    return missing;
}

double distance(QColor a, QColor b)
{
    return std::hypot(a.red() - b.red(), a.green() - b.green(), a.blue() - b.blue());
}

// The pixel of `image` in the logical rectangle `area` closest to `colour`, as a distance.
double closest(const QImage& image, const QRect& area, QColor colour)
{
    const qreal dpr = image.devicePixelRatio();
    double best = 1e9;
    for (int y = int(area.top() * dpr); y < int((area.bottom() + 1) * dpr) && y < image.height(); ++y)
        for (int x = int(area.left() * dpr); x < int((area.right() + 1) * dpr) && x < image.width(); ++x)
            best = std::min(best, distance(image.pixelColor(x, y), colour));
    return best;
}

QColor at(const QImage& image, QPoint logical)
{
    const qreal dpr = image.devicePixelRatio();
    return image.pixelColor(int(logical.x() * dpr), int(logical.y() * dpr));
}

QList<CollectionSummary> sampleCollections()
{
    CollectionSummary article;
    article.name = u"Article"_s;
    article.objects = 50;
    CollectionSummary notes;
    notes.name = u"TenantNote"_s;
    notes.multiTenant = true;
    notes.objects = 10;
    notes.tenants = {{u"alpha"_s, u"HOT"_s, 10}, {u"beta"_s, u"COLD"_s, -1}}; // an inactive one enables "Activate"
    return {article, notes};
}

struct BackupHarness
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(u"colvault.ini"_s), QSettings::IniFormat};
    BackupManager manager;
    JobProgressDialog progress;
    BackupDialog dialog {&manager, &progress, &settings};

    BackupHarness()
    {
        settings.setValue(u"lastFolder"_s, dir.path());
        dialog.setup(WeaviateEndpoint(), sampleCollections(), {u"Article"_s});
    }
};
} // namespace

// Keyboard and screen-reader use of the main window and the connection, backup and progress dialogs: every
// focusable control has an accessible name, Tab reaches every enabled input of the backup dialog in layout order,
// label mnemonics move the focus, the throughput plot draws only with palette colours (checked on a dark palette),
// and the application icon is sharp at twice the scale. ctest also runs it with QT_SCALE_FACTOR=2.
class TestAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testTheCheckFindsAnUnnamedControl()
    {
        QWidget form;
        auto* bare = new QLineEdit(&form);
        bare->setObjectName(u"bareLineEdit"_s);
        auto* labelled = new QLineEdit(&form);
        labelled->setObjectName(u"labelledLineEdit"_s);
        (new QLabel(u"&Name:"_s, &form))->setBuddy(labelled);
        auto* spin = new QSpinBox(&form);
        spin->setObjectName(u"bareSpinBox"_s);
        int checked = 0;
        QCOMPARE(unnamedControls(&form, &checked), (QStringList {u"bareLineEdit"_s, u"bareSpinBox"_s}));
        QCOMPARE(checked, 3);
    }

    void testMainWindowControlsHaveNames()
    {
        WindowHarness h;
        h.addProfile(u"Local"_s, QUrl(u"http://127.0.0.1:1"_s));
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        int checked = 0;
        const QStringList missing = unnamedControls(window, &checked);
        QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name: "_s + missing.join(u", "_s)));
        QVERIFY(checked >= 4); // profile, filter, table, log at least
    }

    void testConnectionDialogControlsHaveNames()
    {
        ConnectionDialog dialog;
        dialog.setProfile(ConnectionProfile(), QByteArray());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QStringList missing = unnamedControls(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name: "_s + missing.join(u", "_s)));
        // The form's labels are the names.
        QCOMPARE(accessibleName(dialog.findChild<QLineEdit*>(u"urlLineEdit"_s)), u"URL:"_s);
    }

    void testBackupDialogControlsHaveNames()
    {
        BackupHarness h;
        h.dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&h.dialog));
        const QStringList missing = unnamedControls(&h.dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name: "_s + missing.join(u", "_s)));
    }

    void testJobProgressDialogControlsHaveNames()
    {
        JobProgressDialog dialog;
        dialog.begin(u"Backup"_s, [] {});
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QStringList missing = unnamedControls(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name: "_s + missing.join(u", "_s)));
        auto* plot = dialog.findChild<ThroughputPlot*>(u"throughputPlot"_s);
        QVERIFY(!accessibleName(plot).isEmpty());

        JobResult result;
        result.headline = u"Done."_s;
        result.failures = {u"one"_s};
        result.outputPath = u"/tmp/x.tar.zst"_s;
        dialog.showResult(result);
        missing = unnamedControls(&dialog);
        QVERIFY2(missing.isEmpty(), qPrintable(u"without an accessible name: "_s + missing.join(u", "_s)));
    }

    void testTabReachesEveryBackupInputInOrder()
    {
        BackupHarness h;
        h.dialog.show();
        QApplication::setActiveWindow(&h.dialog);
        QVERIFY(QTest::qWaitForWindowActive(&h.dialog));
        auto* tree = h.dialog.findChild<QTreeWidget*>(u"collectionsTreeWidget"_s);
        tree->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), tree);

        QStringList visited;
        for (int i = 0; i < 50; ++i) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY(focus);
            const QString name = describe(ownerOf(focus));
            if (visited.contains(name))
                break; // round trip
            visited.append(name);
            QTest::keyClick(focus, Qt::Key_Tab);
        }

        QStringList expected;
        for (QWidget* w : h.dialog.findChildren<QWidget*>())
            if ((w->focusPolicy() & Qt::TabFocus) == Qt::TabFocus && !w->focusProxy() && w->isEnabled()
                && w->isVisible())
                expected.append(describe(ownerOf(w)));
        QVERIFY(expected.size() >= 10);
        for (const QString& name : expected)
            QVERIFY2(visited.contains(name),
                qPrintable(u"Tab never reaches %1; visited: %2"_s.arg(name, visited.join(u", "_s))));

        const QStringList order {u"collectionsTreeWidget"_s, u"activateTenantsCheckBox"_s, u"schemaOnlyCheckBox"_s,
            u"vectorsCheckBox"_s, u"compressionComboBox"_s, u"compressionLevelSpinBox"_s, u"destinationLineEdit"_s,
            u"browseButton"_s, u"estimateButton"_s};
        QCOMPARE(visited.mid(0, order.size()), order);
    }

    void testMnemonicsMoveTheFocus()
    {
        BackupHarness h;
        h.dialog.show();
        QApplication::setActiveWindow(&h.dialog);
        QVERIFY(QTest::qWaitForWindowActive(&h.dialog));
        QTest::keyClick(&h.dialog, Qt::Key_D, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), h.dialog.findChild<QLineEdit*>(u"destinationLineEdit"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_C, Qt::AltModifier);
        QTRY_COMPARE(QApplication::focusWidget(), h.dialog.findChild<QTreeWidget*>(u"collectionsTreeWidget"_s));
    }

    // Issue 14.17: the collections table is one tab stop (arrows move inside it), not a trap cell by cell.
    void testCollectionsTableIsOneTabStop()
    {
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QApplication::setActiveWindow(window);
        QVERIFY(QTest::qWaitForWindowActive(window));
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        QVERIFY(!table->tabKeyNavigation());
        table->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), table);
        QTest::keyClick(table, Qt::Key_Tab);
        QTRY_VERIFY(QApplication::focusWidget() != table);
    }

    // Issue 14.17: every toolbar button and menu title has a mnemonic in every language, English included, and no
    // two of them share a letter (Alt+letter would then pick neither); nor do two items of one menu.
    void testToolbarAndMenusHaveDistinctMnemonics_data()
    {
        QTest::addColumn<QString>("language");
        for (const QString& lang : {u"en"_s, u"de"_s, u"es"_s, u"fr"_s, u"ja"_s, u"zh_CN"_s})
            QTest::newRow(qPrintable(lang)) << lang;
    }

    void testToolbarAndMenusHaveDistinctMnemonics()
    {
        QFETCH(QString, language);
        Translations::install(QLocale(language));
        WindowHarness h;
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto check = [](const QStringList& texts, const QString& where) {
            QMap<QKeySequence, QString> seen;
            for (const QString& text : texts) {
                const QKeySequence key = QKeySequence::mnemonic(text);
                if (key.isEmpty())
                    return u"%1: \"%2\" has no mnemonic"_s.arg(where, text);
                if (seen.contains(key))
                    return u"%1: \"%2\" and \"%3\" share %4"_s.arg(where, text, seen.value(key), key.toString());
                seen.insert(key, text);
            }
            return QString();
        };
        QStringList bar;
        for (QAction* menu : window->menuBar()->actions())
            bar << menu->text();
        for (QToolButton* button : window->findChild<QToolBar*>(u"mainToolBar"_s)->findChildren<QToolButton*>())
            if (button->defaultAction() && !button->text().isEmpty())
                bar << button->text();
        bar << window->findChild<QLabel*>(u"profileLabel"_s)->text();
        QVERIFY(bar.size() >= 13);
        QString problem = check(bar, u"menu bar and toolbar"_s);
        for (QAction* menu : window->menuBar()->actions()) {
            QStringList items;
            for (QAction* item : menu->menu()->actions())
                if (!item->isSeparator())
                    items << item->text();
            if (problem.isEmpty())
                problem = check(items, menu->text());
        }
        Translations::install(QLocale(QLocale::English));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void testPlotDrawsWithTheDarkPalette()
    {
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2a, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xee, 0xee, 0xee));
        dark.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x21));
        dark.setColor(QPalette::Text, QColor(0xe0, 0xc0, 0x80));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0xd6, 0x8c));
        dark.setColor(QPalette::Mid, QColor(0x70, 0x50, 0x90));

        ThroughputPlot plot;
        plot.setPalette(dark);
        plot.resize(320, 64);
        for (int i = 0; i < 10; ++i)
            plot.addSample(100.0); // a flat curve at the right edge; text top left; background between
        QVERIFY(plot.accessibleDescription().contains(u"100"_s));
        const QImage shot = plot.grab().toImage();
        QVERIFY(!shot.isNull());
        QCOMPARE(shot.devicePixelRatio(), plot.devicePixelRatio()); // 2 in the QT_SCALE_FACTOR=2 run
        QVERIFY(distinctColours(shot) > 4);
        const QColor base = dark.color(QPalette::Base);
        const QColor highlight = dark.color(QPalette::Highlight);
        const QColor text = dark.color(QPalette::Text);
        // Background: exactly Base, between the label and the curve.
        QCOMPARE(at(shot, QPoint(160, 50)), base);
        // Frame: Mid.
        QVERIFY2(distance(at(shot, QPoint(0, 32)), dark.color(QPalette::Mid)) < 4,
            qPrintable(at(shot, QPoint(0, 32)).name()));
        // Under the curve: Highlight, translucent over Base.
        const QColor fill = at(shot, QPoint(310, 45));
        const QColor expectedFill(base.red() + (highlight.red() - base.red()) * 60 / 255,
            base.green() + (highlight.green() - base.green()) * 60 / 255,
            base.blue() + (highlight.blue() - base.blue()) * 60 / 255);
        QVERIFY2(distance(fill, expectedFill) < 6, qPrintable(fill.name() + u" vs "_s + expectedFill.name()));
        // The curve: Highlight.
        QVERIFY2(closest(shot, QRect(300, 4, 16, 14), highlight) < 0.3 * distance(base, highlight),
            "no curve pixel in the highlight colour");
        // The label: Text.
        QVERIFY2(closest(shot, QRect(2, 1, 120, 20), text) < 0.3 * distance(base, text),
            "no label pixel in the text colour");
        // No pixel from the default light palette's background.
        const QColor lightBase = QApplication::palette().color(QPalette::Base);
        QVERIFY(distance(lightBase, base) > 100);
        QVERIFY(closest(shot, QRect(QPoint(0, 0), plot.size()), lightBase) > 60);
    }

    void testApplicationIconIsSharpAtTwiceTheScale()
    {
        QVERIFY2(QImageReader(u":/icons/colvault.svg"_s).canRead(), "the svg image plugin (libqt6svg6) is missing");
        for (int size : {16, 32, 48, 64, 128, 256})
            QCOMPARE(QImage(u":/icons/%1x%1/colvault.png"_s.arg(size)).size(), QSize(size, size));
        const QIcon icon = MainWindow::applicationIcon();
        QVERIFY(!icon.isNull());
        const QPixmap twice = icon.pixmap(QSize(32, 32), 2.0);
        QCOMPARE(twice.devicePixelRatio(), 2.0);
        QCOMPARE(twice.size(), QSize(64, 64)); // device pixels: drawn for 64, not a 32 blown up
        const QImage got = twice.toImage().convertToFormat(QImage::Format_ARGB32);
        const QImage ref = QImage(u":/icons/64x64/colvault.png"_s).convertToFormat(QImage::Format_ARGB32);
        qint64 diff = 0;
        for (int y = 0; y < 64; ++y)
            for (int x = 0; x < 64; ++x)
                diff += std::abs(qAlpha(got.pixel(x, y)) - qAlpha(ref.pixel(x, y)))
                    + std::abs(qGray(got.pixel(x, y)) - qGray(ref.pixel(x, y)));
        QVERIFY2(diff / (64 * 64) < 6, qPrintable(QString::number(diff / (64 * 64))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
