// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/MainWindow.h"

#include <QAction>
#include <QLabel>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// The main window on the offscreen platform: it opens, shows its welcome text, quits from the menu, and renders
// to a real (non-blank) picture that is saved for a person to look at.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void testOpensWithWelcomeText()
    {
        Colvault::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("Colvault"));
        auto* label = window.findChild<QLabel*>(QStringLiteral("welcomeLabel"));
        QVERIFY(label);
        QVERIFY(label->isVisible());
        QVERIFY(label->text().contains(QStringLiteral("Weaviate")));
    }

    void testQuitActionClosesTheWindow()
    {
        Colvault::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* quit = window.findChild<QAction*>(QStringLiteral("quitAction"));
        QVERIFY(quit);
        quit->trigger();
        QVERIFY(!window.isVisible());
    }

    void testScreenshotIsNotBlank()
    {
        Colvault::MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage shot = window.grab().toImage();
        QCOMPARE(shot.size(), window.size() * window.devicePixelRatio());
        // A rendered window has text and a menu bar: many distinct colours, not one flat fill.
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));

        const QString dir = qEnvironmentVariable("COLVAULT_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(shot.save(dir + QStringLiteral("/mainwindow.png")));
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
