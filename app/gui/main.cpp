// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJob.h"
#include "core/BackupManager.h"
#include "core/ClearManager.h"
#include "core/CollectionsLoader.h"
#include "core/RestoreManager.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "widgets/MainWindow.h"
#include "widgets/SecretStore.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Colvault"));
    QApplication::setOrganizationName(QStringLiteral("Colvault"));
    QApplication::setApplicationVersion(Colvault::versionString());

    Colvault::Translations::install();

    // Wiring only: the window gets its settings, the keychain and the managers, which outlive it.
    QSettings settings;
    Colvault::KeychainSecretStore secrets(QStringLiteral("Colvault"));
    Colvault::CollectionsLoader loader;
    Colvault::BackupManager backup;
    Colvault::RestoreManager restore;
    Colvault::ClearManager clear;
    Colvault::ArchiveJob archive;
    Colvault::MainWindow window({&settings, &secrets, &loader, &backup, &restore, &clear, &archive});
    window.show();
    return QApplication::exec();
}
