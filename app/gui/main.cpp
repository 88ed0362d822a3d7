// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "core/Version.h"
#include "widgets/MainWindow.h"

#include <QApplication>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Colvault"));
    QApplication::setOrganizationName(QStringLiteral("Colvault"));
    QApplication::setApplicationVersion(Colvault::versionString());

    Colvault::Translations::install();
    Colvault::MainWindow window;
    window.show();
    return QApplication::exec();
}
