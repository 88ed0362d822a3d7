// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "widgets/StorageProfile.h"

#include <QDialog>
#include <QFutureWatcher>

class QComboBox;
class QLabel;
class QLayout;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Colvault {

// "Storage Profiles…": lists the S3 storage profiles and edits one (name, endpoint, region, bucket, prefix,
// addressing, access key id, secret key). Save writes the settings and puts the secret key into the keychain; Test
// checks the form's values against the server (S3Archive::checkDestination on a worker thread) and shows the answer
// in one line. GUI thread. Usage: new StorageProfileDialog(store, parent), then open(); it can stay open while the
// rest of the application is used. The destructor waits for a test in flight (bounded by the transport's timeout).
class StorageProfileDialog : public QDialog
{
    Q_OBJECT

public:
    StorageProfileDialog(StorageProfileStore* store, QWidget* parent = nullptr);
    ~StorageProfileDialog() override;

    // Shows the profile `name` (or an empty form for a new one when `name` is empty or unknown).
    void select(const QString& name);

Q_SIGNALS:
    void profilesChanged(); // after a save or a delete

private:
    QLayout* createForm();
    void reload(const QString& current);
    void showProfile(const QString& name);
    StorageProfile formProfile() const;
    QString invalidReason() const;
    void save();
    void removeCurrent();
    void test();
    void onTested();
    void updateState();

    StorageProfileStore* m_store;
    QString m_shown; // the stored name of the profile in the form; empty for a new one
    QFutureWatcher<OpError> m_test;

    QListWidget* m_list;
    QPushButton* m_new;
    QPushButton* m_delete;
    QLineEdit* m_name;
    QLineEdit* m_endpoint;
    QLineEdit* m_region;
    QLineEdit* m_bucket;
    QLineEdit* m_prefix;
    QComboBox* m_pathStyle;
    QLineEdit* m_accessKeyId;
    QLineEdit* m_secret;
    QLabel* m_place;
    QPushButton* m_testButton;
    QLabel* m_status;
    QPushButton* m_save;
};

} // namespace Colvault
