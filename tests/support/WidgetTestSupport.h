// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveJob.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/CollectionsLoader.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/MainWindow.h"
#include "widgets/SecretStore.h"

#include <QImage>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QWidget>
#include <memory>

// A main window with everything injected: settings in a temporary ini file, secrets in memory, real managers.
struct WindowHarness
{
    QTemporaryDir dir;
    QSettings settings {dir.filePath(QStringLiteral("colvault.ini")), QSettings::IniFormat};
    Colvault::MemorySecretStore secrets;
    Colvault::CollectionsLoader loader;
    Colvault::BackupManager backup;
    Colvault::RestoreManager restore;
    Colvault::ClearManager clear;
    Colvault::ArchiveJob archive;
    std::unique_ptr<Colvault::MainWindow> window;

    Colvault::MainWindow* create()
    {
        window = std::make_unique<Colvault::MainWindow>(
            Colvault::MainWindowServices {&settings, &secrets, &loader, &backup, &restore, &clear, &archive});
        return window.get();
    }

    void addProfile(const QString& name, const QUrl& url, const QByteArray& apiKey = {})
    {
        Colvault::ProfileStore store(&settings);
        Colvault::ConnectionProfile p;
        p.name = name;
        p.url = url;
        p.useApiKey = !apiKey.isEmpty();
        store.save(p);
        store.setLastUsed(name);
        if (!apiKey.isEmpty())
            secrets.secrets.insert(p.secretKey(), apiKey);
    }
};

// A rendered widget has text and frames: many distinct colours, not one flat fill.
inline int distinctColours(const QImage& shot)
{
    QSet<QRgb> colours;
    for (int y = 0; y < shot.height(); y += 3)
        for (int x = 0; x < shot.width(); x += 3)
            colours.insert(shot.pixel(x, y));
    return int(colours.size());
}

// Grabs `widget`, checks it is not blank and saves it to $COLVAULT_SCREENSHOT_DIR/<name> when that is set.
inline bool grabAndSave(QWidget* widget, const QString& name, QString* why)
{
    const QImage shot = widget->grab().toImage();
    const int colours = distinctColours(shot);
    if (shot.isNull() || colours <= 4) {
        *why = QStringLiteral("blank grab of %1: %2 colours").arg(name).arg(colours);
        return false;
    }
    const QString dir = qEnvironmentVariable("COLVAULT_SCREENSHOT_DIR");
    if (!dir.isEmpty() && !shot.save(dir + QLatin1Char('/') + name)) {
        *why = QStringLiteral("could not save %1").arg(name);
        return false;
    }
    return true;
}
