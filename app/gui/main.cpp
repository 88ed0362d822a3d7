// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJob.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/CollectionsLoader.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "core/Version.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/MainWindow.h"
#include "widgets/SecretStore.h"

#include <QApplication>
#include <QIcon>
#include <QLocale>
#include <QSettings>
#include <QUrl>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Colvault"));
    QApplication::setOrganizationName(QStringLiteral("Colvault"));
    QApplication::setApplicationVersion(Colvault::versionString());
    // Ties the windows to resources/colvault.desktop (icon and name on Wayland docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral("colvault"));
    QApplication::setWindowIcon(Colvault::MainWindow::applicationIcon());

    // Settings > Language (MainWindow) overrides the system's language; it applies from the next start.
    QSettings settings;
    if (const QString language = settings.value(QStringLiteral("language")).toString();
        !language.isEmpty() && Colvault::Translations::isAvailable(language))
        QLocale::setDefault(QLocale(language));
    Colvault::Translations::install(QLocale());

    // Wiring only: the window gets its settings, the keychain and the managers, which outlive it.
    Colvault::KeychainSecretStore secrets(QStringLiteral("Colvault"));
    // WEAVIATE_URL (as the CLI and the demo script use it) becomes a profile of that name, selected and connected
    // at start. The API key, if the server needs one, is entered in the profile: it goes to the keychain.
    QString startProfile;
    if (const QString url = qEnvironmentVariable("WEAVIATE_URL"); !url.isEmpty()) {
        Colvault::ProfileStore store(&settings, &secrets);
        Colvault::ConnectionProfile profile = store.profile(QStringLiteral("WEAVIATE_URL"));
        profile.url = QUrl::fromUserInput(url);
        store.save(profile); // the settings only: a stored API key and extra headers stay as they are
        store.setLastUsed(profile.name);
        startProfile = profile.name;
    }
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
