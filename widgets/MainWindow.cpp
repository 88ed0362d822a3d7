// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/MainWindow.h"

#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace Colvault {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Colvault"));

    auto* placeholder = new QLabel(tr("Connect to a Weaviate server to back up, restore or clear its collections."), this);
    placeholder->setObjectName(QStringLiteral("welcomeLabel"));
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->setObjectName(QStringLiteral("fileMenu"));
    QAction* quitAction = fileMenu->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    quitAction->setObjectName(QStringLiteral("quitAction"));

    statusBar()->showMessage(tr("Not connected"));
    resize(960, 640);
}

} // namespace Colvault
