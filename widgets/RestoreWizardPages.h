// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/RestorePlan.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLayout;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The pages of RestoreWizard, one class each. GUI thread. They collect input and show data; the wizard and the
// injected ArchiveJob/RestoreManager do the work.
namespace Colvault {

class RestorePreviewWizard;
class RestoreWizard;
class TenantFilter;
class VectorsChoice;

// What the target server says for a side-by-side restore: whether it has aliases (Weaviate 1.32+, and they could be
// read), its collections, and its aliases. Read by RestoreWizard when the target page opens.
struct RestoreTargetAliases
{
    bool supported = false;
    QStringList collections;
    QList<CollectionAlias> aliases;
};

// The collections of a restore or a copy with their names on the target: a tree with a check box per collection
// (and per tenant under it, when it has any; ticking a collection ticks its tenants) and the target name in column 1
// ("Restore as", "Copy as"), edited by F2 from any column, a double-click or the Rename… button under the tree. The
// hint beside the button says how, or why a collection that is not ticked cannot be renamed (a name typed there is
// put back). The owner fills tree() with rows whose Qt::UserRole in column 0 is the collection's (or tenant's)
// name, and reads them back. GUI thread.
class TargetNamesEditor : public QWidget
{
    Q_OBJECT

public:
    struct Texts
    {
        QString sourceHeader; // column 0
        QString targetHeader; // column 1
        QString accessibleName; // the tree's
        QString renameButton; // with its mnemonic
        QString renameToolTip;
        QString hint; // how to rename
        QString refusal; // %1 a collection that is not ticked
    };

    TargetNamesEditor(const Texts& texts, QWidget* parent);

    QTreeWidget* tree() const { return m_tree; }
    QPushButton* renameButton() const { return m_rename; }
    // Opens the name editor of collection `source`; refused, with the hint saying why, when it is not ticked.
    void editTargetName(const QString& source);
    void resetHint() { showHint(QString()); }
    // At least one collection is ticked, and every ticked one has a name.
    bool isComplete() const;

    bool eventFilter(QObject* watched, QEvent* event) override;

Q_SIGNALS:
    void changed(); // a tick or a name

private:
    void editTargetNameOf(QTreeWidgetItem* item);
    void showHint(const QString& refusal);

    Texts m_texts;
    QTreeWidget* m_tree;
    QPushButton* m_rename;
    QLabel* m_hint;
};

// Page 1, the archive browser: manifest details, collections and tenants (counts once verified), the selected
// collection's schema as formatted JSON, and Verify (the full check, on a worker).
class RestoreArchivePage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreArchivePage(RestoreWizard* wizard);

    void load(const QString& path);
    bool hasInspection() const { return m_loaded; }
    const ArchiveInspection& inspection() const { return m_inspection; }

    bool isComplete() const override;
    void cleanupPage() override { }

private:
    // The page's parts, built in the constructor in this order (the order of creation is the tab order's base).
    QWidget* createBrowser(); // the tree beside the schema, in a splitter
    QLayout* createVerifyRow();
    void connectArchiveJob();
    void showInspection(const ArchiveInspection& inspection);
    void showVerification(const ArchiveVerification& verification);
    void showSchema();
    void verify();
    // An encrypted archive the wizard's keys do not open: asks for a key (ArchiveKeyDialog) and reads it again with
    // that key; Cancel closes the wizard, back where the user was.
    void askForKey(ArchiveReader::Encryption kind, const OpError& error);

    RestoreWizard* m_wizard;
    QString m_identityFile; // the identity file given last, offered again after a wrong key
    bool m_loaded = false;
    bool m_verifying = false;
    ArchiveInspection m_inspection;
    QLabel* m_status;
    QLabel* m_manifest;
    QTreeWidget* m_tree;
    QPlainTextEdit* m_schema;
    QPushButton* m_verify;
    QProgressBar* m_verifyProgress;
    QLabel* m_verifyResult;
};

// Page 2, the target: mode, which collections and tenants (with a TenantFilter), target names, vectorizer rewrite,
// the vectors (VectorsChoice), replication factor.
// setArchive() fills it for one archive (every collection selected under its own name, or as `preset` says); the
// choices stay as they are until another archive is set, so Back and Next keep them.
class RestoreOptionsPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreOptionsPage(RestoreWizard* wizard);

    void setArchive(const QString& path, const ArchiveInspection& inspection, const RestoreParams* preset = nullptr);
    QString archivePath() const { return m_archivePath; }
    void forgetArchive() { m_archivePath.clear(); }
    void fillParams(RestoreParams* params) const;
    RestoreMode mode() const;
    // Opens the "Restore as" editor of the archive collection `source` (F2 and Rename do the same for the current
    // row); refused with a message when that collection is not selected.
    void editTargetName(const QString& source);
    void focusMode();
    // Offers "Restore beside the current collection" when the target has aliases and holds a collection of the
    // archive; the alias box lists the aliases pointing at the chosen collection.
    void setTargetAliases(const RestoreTargetAliases& target);
    // The target's vectorizer modules, for leaving the vectors out (VectorsChoice); read on a worker.
    void readTargetModules(const WeaviateEndpoint& endpoint);

    bool isComplete() const override;

private:
    // The page's parts, built in the constructor in this order; setTabOrders() then makes Tab follow the layout.
    void createModeChoice(); // the mode and its help
    void createNamesEditor(); // the collections, their target names and the tenant filter
    void createRestoreChoices(); // schema only, vectorizer "none", vectors, replication
    QLayout* createForm();
    QWidget* createSideBySide();
    void setTabOrders();
    void updateSideBySide();
    void updateModeHelp(); // what the chosen mode does, or that a side-by-side restore stands beside
    // The one ticked collection when it exists on the target (a side-by-side restore's), else empty.
    QString sideBySideSource() const;

    RestoreWizard* m_wizard;
    QString m_archivePath;
    RestoreTargetAliases m_target;
    QWidget* m_sideBySideBox;
    QCheckBox* m_sideBySide;
    QCheckBox* m_swap;
    QComboBox* m_swapAlias;
    QLabel* m_sideBySideHint;
    QComboBox* m_mode;
    QLabel* m_modeHelp;
    TargetNamesEditor* m_names;
    QTreeWidget* m_tree; // m_names's
    TenantFilter* m_tenantFilter; // above m_tree
    QCheckBox* m_schemaOnly;
    QCheckBox* m_vectorizerNone;
    VectorsChoice* m_vectors;
    QSpinBox* m_replication;
};

// Page 3, the diff: per collection the action, schema changes, tenant changes and object counts; blocking problems
// first. Restore (Finish) is enabled only when nothing blocks. The copy wizard shows its plan, a restore plan read
// from a server, on the same page: `source` says which words it uses for where the objects come from.
class RestoreDiffPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class Source
    {
        Archive, // a restore: "in the archive", "on the server"
        Server, // a copy: "on the source", "on the target"
    };

    explicit RestoreDiffPage(RestorePreviewWizard* wizard, Source source = Source::Archive);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void createTree(bool archive); // m_tree and m_details
    QWidget* createFixes(bool archive); // m_fixes: the buttons that solve a blocking collection
    void showDetails(QTreeWidgetItem* item); // the selected row's change in full, below the tree
    // The preview's parts, top to bottom; showPlanning() while there is no plan.
    void showPlan();
    void showPlanning();
    void addProblems(const QStringList& problems);
    void addCollection(const RestoreCollectionPlan& c);
    void addTenant(QTreeWidgetItem* collection, const RestoreTenantPlan& t);
    void addWarnings(const QStringList& warnings);
    void showSummary(const RestorePlan& plan);
    static QString countsText(const RestoreObjectCounts& o);
    void addSchemaChanges(QTreeWidgetItem* item, const RestoreSchemaDiff& diff);
    void addAliasChanges(const QList<RestoreAliasPlan>& aliases);
    QString blockedCollection() const;

    RestorePreviewWizard* m_wizard;
    Source m_source;
    QLabel* m_summary;
    QLabel* m_legend;
    QTreeWidget* m_tree;
    QLabel* m_details;
    QWidget* m_fixes;
};

} // namespace Colvault
