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
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;
class QTreeWidgetItem;

// The pages of RestoreWizard, one class each. GUI thread. They collect input and show data; the wizard and the
// injected ArchiveJob/RestoreManager do the work.
namespace Colvault {

class RestoreWizard;

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
    void showInspection(const ArchiveInspection& inspection);
    void showVerification(const ArchiveVerification& verification);
    void showSchema();
    void verify();

    RestoreWizard* m_wizard;
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

// Page 2, the target: mode, which collections and tenants, target names, vectorizer rewrite, replication factor.
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

    bool isComplete() const override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void editTargetNameOf(QTreeWidgetItem* item);
    void showRenameHint(const QString& refusal = QString());

    RestoreWizard* m_wizard;
    QString m_archivePath;
    QComboBox* m_mode;
    QLabel* m_modeHelp;
    QTreeWidget* m_tree;
    QPushButton* m_rename;
    QLabel* m_renameHint;
    QCheckBox* m_schemaOnly;
    QCheckBox* m_vectorizerNone;
    QSpinBox* m_replication;
};

// Page 3, the diff: per collection the action, schema changes, tenant changes and object counts; blocking problems
// first. Restore (Finish) is enabled only when nothing blocks.
class RestoreDiffPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RestoreDiffPage(RestoreWizard* wizard);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

private:
    void showPlan();
    QString blockedCollection() const;

    RestoreWizard* m_wizard;
    QLabel* m_summary;
    QLabel* m_legend;
    QTreeWidget* m_tree;
    QLabel* m_details;
    QWidget* m_fixes;
};

} // namespace Colvault
