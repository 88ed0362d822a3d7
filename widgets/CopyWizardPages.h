// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/CollectionSummary.h"
#include "core/RestorePlan.h"
#include "core/WeaviateEndpoint.h"

#include <QWizardPage>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Colvault {

class CopyWizard;
class ProfileStore;
class TargetNamesEditor;
class VectorsChoice;

// CopyWizard's first page, the target: the saved connection profile to copy into, the mode, and which of the source's
// collections are copied under which names ("Copy as", F2 or Rename…). Choosing a profile reads its secrets from the
// keychain (ProfileStore::load, asynchronous); the page is complete once they are there and a collection is ticked.
// The target may be the source's own server (a clone): the page says so, and the plan refuses a collection that
// would be read and written at once. "Also write an archive of what is copied" asks for the copy's archive
// (CopyParams::archivePath), named as a backup's by default. "Vectors" copies them, or leaves them out for one of the
// target's vectorizer modules to compute new ones (VectorsChoice). GUI thread; it collects input and shows it.
class CopyTargetPage : public QWizardPage
{
    Q_OBJECT

public:
    CopyTargetPage(CopyWizard* wizard, ProfileStore* profiles);

    // The profiles to choose from (another one than the source's first) and the source's collections, `selected`
    // ticked, every name as it is.
    void setup(const QString& sourceProfile, const QUrl& sourceUrl, const QList<CollectionSummary>& collections,
        const QStringList& selected);
    // The chosen profile's server with its secrets; valid once hasTarget().
    bool hasTarget() const { return m_loaded; }
    WeaviateEndpoint targetEndpoint() const { return m_endpoint; }
    // Mode, collections (source names), renames and vectors; not the endpoint.
    void fillParams(RestoreParams* target) const;
    RestoreMode mode() const;
    // The archive to write beside the copy, "" for none.
    QString archivePath() const;
    // Opens the "Copy as" editor of source collection `source` (F2 and Rename do the same for the current row);
    // refused with a message when that collection is not ticked.
    void editTargetName(const QString& source);
    void focusMode();

    bool isComplete() const override;

private:
    void chooseProfile(const QString& name);
    void showTarget(const QString& name, const QString& error);
    void showModeHelp();
    QLayout* createArchiveRow();
    void updateArchive();
    void browseArchive();

    ProfileStore* m_profiles;
    QUrl m_sourceUrl;
    WeaviateEndpoint m_endpoint;
    bool m_loaded = false;
    int m_generation = 0; // of the profile being read: a slower answer for an earlier choice is dropped
    QComboBox* m_profile;
    QLabel* m_targetLabel;
    TargetNamesEditor* m_names;
    QComboBox* m_mode;
    QLabel* m_modeHelp;
    VectorsChoice* m_vectors;
    QCheckBox* m_archive;
    QLineEdit* m_archivePath;
    QPushButton* m_archiveBrowse;
    bool m_archivePathEdited = false; // typed or chosen: no longer follows the ticked collections
};

} // namespace Colvault
