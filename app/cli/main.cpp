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

    // --lang picks the language and the number format; without it both follow the system locale.
    const QString language = Colvault::Cli::CliContext::requestedLanguage(QCoreApplication::arguments());
    if (!language.isEmpty()) {
        if (!Colvault::Translations::isAvailable(language)) {
            Colvault::Translations::install();
            QTextStream(stderr) << Colvault::Cli::CliContext::tr("Unknown language \"%1\". Available: %2.")
                                       .arg(language, Colvault::Translations::available().join(u", "))
                                << Qt::endl;
            return Colvault::Cli::ExitUsage;
        }
        QLocale::setDefault(QLocale(language));
    }
    Colvault::Translations::install(QLocale());
    Colvault::Cli::CliContext::installInterruptHandler();
    QTextStream out(stdout);
    QTextStream err(stderr);
    return Colvault::Cli::Cli::run(QCoreApplication::arguments(), out, err);
}
