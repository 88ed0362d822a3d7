// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/S3Client.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace Colvault {

class StorageProfileStore;

// "Open from S3…": picks an archive in a storage profile's bucket. Lists the archives under the profile's prefix
// (ListObjectsV2 on a worker, after the profile is registered for its bucket: StorageProfileStore::activate()), newest
// first; a key can also be typed. Open emits archiveChosen(s3://BUCKET/KEY), which the window opens as it opens a
// file (inspect, then the restore wizard). GUI thread. Usage: new StorageArchiveDialog(store, parent); open().
// The destructor waits for a listing in flight.
class StorageArchiveDialog : public QDialog
{
    Q_OBJECT

public:
    struct Listing
    {
        QList<S3ObjectInfo> archives;
        bool truncated = false; // more than the first pages hold
        OpError error;
    };

    StorageArchiveDialog(StorageProfileStore* store, QWidget* parent = nullptr);
    ~StorageArchiveDialog() override;

    // The archives (names ending in an archive suffix) under `place` (s3://BUCKET/PREFIX/), newest first. Any thread.
    static Listing list(const QString& place);

Q_SIGNALS:
    void archiveChosen(const QString& path);

private:
    void refresh();
    void onListed();
    QString chosenPath() const;

    StorageProfileStore* m_store;
    QString m_place; // of the profile listed
    QFutureWatcher<Listing> m_listing;

    QComboBox* m_profile;
    QLabel* m_placeLabel;
    QTreeWidget* m_archives;
    QLineEdit* m_key;
    QLabel* m_status;
    QDialogButtonBox* m_buttons;
};

} // namespace Colvault
