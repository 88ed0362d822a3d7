// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/CollectionSummary.h"
#include "core/OperationManager.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

namespace Colvault {

class JobProgressDialog;
class StorageProfileStore;
class TenantFilter;
struct JobResult;

// "Backup…": picks collections and tenants and the archive options, estimates size and time from a plan, and on
// Start hands over to the JobProgressDialog (plan, then apply, through the injected BackupManager).
// The destination is a folder on this computer or an S3 bucket of a storage profile (setStorageProfiles()); for the
// bucket, Start first reads the profile's secret key and registers its settings for the bucket (StorageProfileStore::
// activate()). GUI thread. Usage: setup(endpoint, collections, preselected); open(). The dialog closes when the run
// starts.
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    BackupDialog(BackupManager* manager, JobProgressDialog* progress, QSettings* settings, QWidget* parent = nullptr);

    // `server` names the profile and URL in the title ("Work at https://…"); empty shows the URL alone.
    void setup(const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections,
        const QStringList& preselected, const QString& server = QString());
    BackupParams params() const;
    // Offers "S3 bucket" as the destination, with the profiles of `store` (which must outlive the dialog).
    void setStorageProfiles(StorageProfileStore* store);
    static JobResult resultFor(const BackupReport& report);

Q_SIGNALS:
    void logMessage(const QString& line);

private:
    enum class Mode
    {
        None,
        Estimate,
        Run
    };
    // The constructor's steps, in this order (each widget exists before a label names it as its buddy).
    void createTree();
    void createFilterAndSummary();
    void createOptionCheckBoxes(); // activate tenants, schema only, vectors
    QHBoxLayout* createCompressionRow();
    QHBoxLayout* createDestinationRow(); // also creates the destination kind's row
    QHBoxLayout* createEstimateRow();
    QFormLayout* createForm(QHBoxLayout* compressionRow, QHBoxLayout* destinationRow, QHBoxLayout* estimateRow);
    void createButtons();
    void layOut(QFormLayout* form);
    void setTabOrderTopToBottom();
    void connectWidgets();
    void connectManager(); // the plan, the run's outcome, failures and cancels
    void updateState();
    // Tenants: active ones can always be ticked, inactive (COLD) ones once activation is chosen, offloaded
    // (FROZEN) and changing ones never, as the backup would skip them; each says why in its status and tooltip.
    bool isTickable(const QTreeWidgetItem* tenant) const;
    void showTenantStatus(QTreeWidgetItem* tenant) const;
    void syncCollection(QTreeWidgetItem* collection) const; // checked, partly or not, from its tickable tenants
    void onCollectionTicked(QTreeWidgetItem* collection) const;
    void showCollectionObjects(QTreeWidgetItem* collection) const;
    void updateSummary(const BackupParams& p);
    void onActivateToggled(bool on);
    void browse();
    void estimate();
    void startBackup();
    void run(BackupParams p);
    void createDestinationKind();
    void fillStorageProfiles();
    bool toS3() const;
    void onPlanReady();
    QString suggestedPath() const;

    BackupManager* m_manager;
    JobProgressDialog* m_progress;
    QSettings* m_settings;
    WeaviateEndpoint m_endpoint;
    QString m_server;
    QStringList m_planWarnings; // of the running backup: said before it ran, not again on the result page
    Mode m_mode = Mode::None;
    bool m_destinationEdited = false;
    StorageProfileStore* m_storageProfiles = nullptr;
    bool m_activating = false; // reading a storage profile's secret before the run

    QTreeWidget* m_tree;
    TenantFilter* m_filter;
    QLabel* m_summary;
    QCheckBox* m_activate;
    QCheckBox* m_schemaOnly;
    QCheckBox* m_vectors;
    QComboBox* m_compression;
    QSpinBox* m_level;
    QLabel* m_destinationKindLabel;
    QComboBox* m_destinationKind;
    QComboBox* m_storageProfile;
    QLabel* m_noStorageProfile;
    QLineEdit* m_destination;
    QPushButton* m_browse;
    QLabel* m_estimate;
    QPushButton* m_estimateButton;
    QDialogButtonBox* m_buttons;
    QPushButton* m_start;
};

} // namespace Colvault
