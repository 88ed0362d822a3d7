// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJob.h"
#include "core/BackupManager.h"
#include "core/ClearManager.h"
#include "core/CollectionsLoader.h"
#include "core/RestoreManager.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/MainWindow.h"
#include "widgets/SecretStore.h"

#include <QApplication>
#include <QSettings>
#include <QUrl>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Colvault"));
    QApplication::setOrganizationName(QStringLiteral("Colvault"));
    QApplication::setApplicationVersion(Colvault::versionString());

    Colvault::Translations::install();

    // Wiring only: the window gets its settings, the keychain and the managers, which outlive it.
    QSettings settings;
    // WEAVIATE_URL (as the CLI and the demo script use it) becomes a profile of that name, selected and connected
    // at start. The API key, if the server needs one, is entered in the profile: it goes to the keychain.
    QString startProfile;
    if (const QString url = qEnvironmentVariable("WEAVIATE_URL"); !url.isEmpty()) {
        Colvault::ProfileStore store(&settings);
        Colvault::ConnectionProfile profile = store.profile(QStringLiteral("WEAVIATE_URL"));
        profile.url = QUrl::fromUserInput(url);
        store.save(profile);
        store.setLastUsed(profile.name);
        startProfile = profile.name;
    }
    Colvault::KeychainSecretStore secrets(QStringLiteral("Colvault"));
    Colvault::CollectionsLoader loader;
    Colvault::BackupManager backup;
    Colvault::RestoreManager restore;
    Colvault::ClearManager clear;
    Colvault::ArchiveJob archive;
    Colvault::MainWindow window({&settings, &secrets, &loader, &backup, &restore, &clear, &archive});
    window.show();
    if (!startProfile.isEmpty())
        window.connectToProfile(startProfile);
    return QApplication::exec();
}
