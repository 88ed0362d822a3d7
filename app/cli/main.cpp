// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Cli.h"
#include "app/cli/CliContext.h"
#include "core/Translations.h"
#include "core/Version.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("colvault-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Colvault"));
    QCoreApplication::setApplicationVersion(Colvault::versionString());

    Colvault::Translations::install();
    Colvault::Cli::CliContext::installInterruptHandler();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Colvault::Cli::Cli::run(QCoreApplication::arguments(), out, err);
}
