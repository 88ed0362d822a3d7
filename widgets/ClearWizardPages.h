// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/CollectionSummary.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

// The pages of ClearWizard, one class each. GUI thread. They collect input and show the wizard's plan; the wizard
// runs everything.
namespace Colvault {

class ClearWizard;
class StorageProfileStore;
class TenantFilter;

// Page 1: collections (and tenants of multi-tenant ones, with a filter above them: TenantFilter) and the method.
class ClearSelectPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ClearSelectPage(QWidget* parent = nullptr);

    void setCollections(const QList<CollectionSummary>& collections, const QStringList& preselected);
    QStringList collections() const;
    QMap<QString, QStringList> tenants() const; // only for partly checked collections
    ClearMethod method() const;

    bool isComplete() const override;

private:
    void onItemChanged(QTreeWidgetItem* item, int column);
    void updateSummary();

    QTreeWidget* m_tree;
    TenantFilter* m_filter;
    QLabel* m_summary;
    QComboBox* m_method;
    QLabel* m_methodHelp;
};

// Page 2: what the plan deletes, and the backup taken before (on by default; off needs an explicit tick).
class ClearImpactPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ClearImpactPage(ClearWizard* wizard);

    bool backupEnabled() const;
    QString backupPath() const;
    void setBackupPath(const QString& path);
    // Offers "S3 bucket" for the backup, with the profiles of `store` (which must outlive the page). Choosing a
    // profile reads its secret key and registers it for its bucket (StorageProfileStore::activate()) before the plan.
    void setStorageProfiles(StorageProfileStore* store);

    void initializePage() override;
    bool isComplete() const override;

    // "Only these tenants are cleared: tenantB of TenantNote." for a plan that clears some tenants of a collection
    // (at most a few names per collection, then "and N more"); empty when it clears whole collections only.
    static QString clearedTenants(const ClearPlan& plan);

private:
    void showPlan();
    void browse();
    QWidget* createDestinationKind();
    void onDestinationChanged();
    bool toS3() const;

    ClearWizard* m_wizard;
    QLabel* m_summary;
    QTreeWidget* m_tree;
    QLabel* m_messages;
    QCheckBox* m_backup;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QLabel* m_backupFile;
    QCheckBox* m_noBackupConfirm;
    QTimer* m_replanTimer;
    QComboBox* m_destinationKind;
    QComboBox* m_storageProfile;
    StorageProfileStore* m_storageProfiles = nullptr;
    QString m_folderPath; // what the path field held before a bucket was chosen
    bool m_activating = false; // reading a storage profile's secret
};

} // namespace Colvault
