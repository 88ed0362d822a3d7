// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/BackupDialog.h"

#include "core/BackupTask.h"
#include "core/CliCommandLine.h"
#include "core/S3Archive.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/ProgressText.h"
#include "widgets/StorageProfile.h"
#include "widgets/TenantFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTime>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const auto kLastFolderKey = u"lastFolder"_s;
const auto kDestinationKindKey = u"backupDestination"_s; // "folder" or "s3"
const auto kStorageProfileKey = u"backupStorageProfile"_s;
enum DestinationKind
{
    Folder,
    Bucket,
};
constexpr int kStatusRole = Qt::UserRole + 1; // a tenant's status as the server said it
constexpr int kObjectsRole = Qt::UserRole + 2; // a collection's or tenant's object count, -1 when not counted
// Collections with more tenants than this open collapsed: thousands of expanded tenants bury the other collections.
constexpr int kExpandedTenantLimit = 50;
// A deliberately rough planning figure for the time estimate: what a backup typically reads from a nearby
// server. The progress dialog shows the real rate once running.
constexpr double kTypicalWireBytesPerSecond = 20.0 * 1024 * 1024;

QString objectsOf(const QString& selected, const QString& total)
{
    //: Objects column of a partly ticked multi-tenant collection: %1 objects of the ticked tenants, %2 of all
    return BackupDialog::tr("%1 of %2", "objects").arg(selected, total);
}

int clamped(qint64 n)
{
    return int(std::min<qint64>(n, INT_MAX));
}
} // namespace

BackupDialog::BackupDialog(BackupManager* manager, JobProgressDialog* progress, QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_manager(manager)
    , m_progress(progress)
    , m_settings(settings)
{
    setObjectName(u"backupDialog"_s);
    setWindowTitle(tr("Back Up Collections"));
    setWindowModality(Qt::WindowModal);

    // In this order: the widgets are created top to bottom, each before the label that names it as its buddy.
    createTree();
    createFilterAndSummary();
    createOptionCheckBoxes();
    QHBoxLayout* compressionRow = createCompressionRow();
    QHBoxLayout* destinationRow = createDestinationRow();
    QHBoxLayout* estimateRow = createEstimateRow();
    QFormLayout* form = createForm(compressionRow, destinationRow, estimateRow);
    createButtons();
    layOut(form);
    setTabOrderTopToBottom();
    connectWidgets();
    connectManager();
}

void BackupDialog::createTree()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"collectionsTreeWidget"_s);
    m_tree->setHeaderLabels({tr("Collection or tenant"), tr("Objects"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setMinimumHeight(180);
    m_tree->setAccessibleDescription(tr("Check the collections to back up; for a multi-tenant collection, check "
                                        "single tenants to back up only those."));
}

void BackupDialog::createOptionCheckBoxes()
{
    m_activate = new QCheckBox(tr("&Activate inactive tenants for the backup, then put them back"), this);
    m_activate->setObjectName(u"activateTenantsCheckBox"_s);
    m_schemaOnly = new QCheckBox(tr("Sc&hema only (no objects)"), this);
    m_schemaOnly->setObjectName(u"schemaOnlyCheckBox"_s);
    m_vectors = new QCheckBox(tr("Include &vectors"), this);
    m_vectors->setObjectName(u"vectorsCheckBox"_s);
    m_vectors->setChecked(true);
}

QHBoxLayout* BackupDialog::createCompressionRow()
{
    m_compression = new QComboBox(this);
    m_compression->setObjectName(u"compressionComboBox"_s);
    m_compression->addItem(tr("Zstandard (recommended)"), int(ArchiveCompression::Zstd));
    m_compression->addItem(tr("Gzip"), int(ArchiveCompression::Gzip));
    m_compression->addItem(tr("XZ (smallest, slowest)"), int(ArchiveCompression::Xz));
    m_compression->addItem(tr("None"), int(ArchiveCompression::None));
    m_level = new QSpinBox(this);
    m_level->setObjectName(u"compressionLevelSpinBox"_s);
    m_level->setRange(0, 19);
    m_level->setSpecialValueText(tr("Default", "compression level"));
    m_level->setValue(0);
    auto* compressionRow = new QHBoxLayout;
    compressionRow->addWidget(m_compression, 1);
    auto* levelLabel = new QLabel(tr("&Level:"), this);
    levelLabel->setBuddy(m_level);
    compressionRow->addWidget(levelLabel);
    compressionRow->addWidget(m_level);
    return compressionRow;
}

// The path field and Browse; the destination kind's row (createDestinationKind()) is created with them.
QHBoxLayout* BackupDialog::createDestinationRow()
{
    m_destination = new QLineEdit(this);
    m_destination->setObjectName(u"destinationLineEdit"_s);
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(u"browseButton"_s);
    m_browse->setAccessibleName(tr("Browse for the destination"));
    createDestinationKind();
    auto* destinationRow = new QHBoxLayout;
    destinationRow->addWidget(m_destination, 1);
    destinationRow->addWidget(m_browse);
    return destinationRow;
}

QHBoxLayout* BackupDialog::createEstimateRow()
{
    m_estimate = new QLabel(tr("No estimate yet."), this);
    m_estimate->setObjectName(u"estimateLabel"_s);
    m_estimate->setWordWrap(true);
    m_estimateButton = new QPushButton(tr("&Estimate"), this);
    m_estimateButton->setObjectName(u"estimateButton"_s);
    auto* estimateRow = new QHBoxLayout;
    estimateRow->addWidget(m_estimate, 1);
    estimateRow->addWidget(m_estimateButton);
    return estimateRow;
}

QFormLayout* BackupDialog::createForm(
    QHBoxLayout* compressionRow, QHBoxLayout* destinationRow, QHBoxLayout* estimateRow)
{
    auto* form = new QFormLayout;
    form->addRow(QString(), m_activate);
    form->addRow(QString(), m_schemaOnly);
    form->addRow(QString(), m_vectors);
    // Labels with buddies: the mnemonic focuses the field, and the label is the field's accessible name.
    auto* compressionLabel = new QLabel(tr("Co&mpression:"), this);
    compressionLabel->setBuddy(m_compression);
    form->addRow(compressionLabel, compressionRow);
    m_destinationKindLabel = new QLabel(tr("Save &to:"), this);
    m_destinationKindLabel->setBuddy(m_destinationKind);
    m_destinationKindLabel->setVisible(false); // with its row, until setStorageProfiles()
    form->addRow(m_destinationKindLabel, m_destinationKind->parentWidget());
    auto* destinationLabel = new QLabel(tr("&Destination:"), this);
    destinationLabel->setBuddy(m_destination);
    form->addRow(destinationLabel, destinationRow);
    form->addRow(tr("Estimate:"), estimateRow);
    return form;
}

void BackupDialog::createButtons()
{
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_start = m_buttons->addButton(tr("&Start Backup"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startButton"_s);
    m_start->setDefault(true);
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
}

void BackupDialog::layOut(QFormLayout* form)
{
    auto* layout = new QVBoxLayout(this);
    auto* treeLabel = new QLabel(tr("&Collections and tenants to back up:"), this);
    treeLabel->setBuddy(m_tree);
    m_tree->setAccessibleName(tr("Collections and tenants to back up"));
    layout->addWidget(treeLabel);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter->note());
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    resize(640, 560);
}

void BackupDialog::setTabOrderTopToBottom()
{
    // Top to bottom, as laid out; the button box, created last, follows (Start is the default: Enter presses it).
    const QList<QWidget*> chain {m_filter, m_tree, m_activate, m_schemaOnly, m_vectors, m_compression, m_level,
        m_destinationKind, m_storageProfile, m_destination, m_browse, m_estimateButton};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
}

void BackupDialog::connectWidgets()
{
    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        if (column != 0)
            return;
        // A collection's box drives the boxes of its tickable tenants and they drive it back. Not the tree's
        // auto-tristate: that ticks every child, also the ones that cannot be backed up.
        const QSignalBlocker block(m_tree);
        if (item->parent())
            syncCollection(item->parent());
        else
            onCollectionTicked(item);
        updateState();
    });
    connect(m_activate, &QCheckBox::toggled, this, &BackupDialog::onActivateToggled);
    connect(m_schemaOnly, &QCheckBox::toggled, this, &BackupDialog::updateState);
    connect(m_compression, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
    connect(m_destination, &QLineEdit::textEdited, this, [this] {
        m_destinationEdited = true;
        updateState();
    });
    connect(m_browse, &QPushButton::clicked, this, &BackupDialog::browse);
    connect(m_estimateButton, &QPushButton::clicked, this, &BackupDialog::estimate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &BackupDialog::startBackup);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void BackupDialog::connectManager()
{
    connect(m_manager, &BackupManager::planReady, this, &BackupDialog::onPlanReady);
    connect(m_manager, &BackupManager::finished, this, [this] {
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        const BackupReport& report = m_manager->lastReport();
        // The plan's warnings are in the future tense ("will be skipped") and were shown before the run; the
        // result says what happened, per collection and tenant.
        BackupReport shown = report;
        for (const QString& warning : std::as_const(m_planWarnings))
            shown.warnings.removeOne(warning);
        m_progress->showResult(resultFor(shown));
        Q_EMIT logMessage(tr("Backup written to %1.").arg(S3Archive::displayPath(report.archivePath)));
    });
    connect(m_manager, &BackupManager::failed, this, [this](const OpError& error) {
        if (m_mode == Mode::Estimate)
            m_estimate->setText(error.message);
        else if (m_mode == Mode::Run)
            Q_EMIT logMessage(tr("Backup failed: %1").arg(error.message));
        m_mode = Mode::None;
        updateState();
    });
    connect(m_manager, &BackupManager::canceled, this, [this] {
        if (m_mode == Mode::Run)
            Q_EMIT logMessage(tr("Backup canceled."));
        m_mode = Mode::None;
        updateState();
    });
}

// "Folder on this computer" or "S3 bucket" and, for the bucket, the storage profile (hidden until there is a store):
// one row widget, m_destinationKind's parent.
void BackupDialog::createDestinationKind()
{
    auto* row = new QWidget(this);
    m_destinationKind = new QComboBox(row);
    m_destinationKind->setObjectName(u"destinationKindComboBox"_s);
    m_destinationKind->addItem(tr("Folder on this computer"), Folder);
    m_destinationKind->addItem(tr("S3 bucket"), Bucket);
    m_storageProfile = new QComboBox(row);
    m_storageProfile->setObjectName(u"storageProfileComboBox"_s);
    m_storageProfile->setAccessibleName(tr("Storage profile"));
    m_noStorageProfile = new QLabel(tr("No storage profile yet: add one under Storage Profiles…"), row);
    m_noStorageProfile->setObjectName(u"noStorageProfileLabel"_s);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_destinationKind);
    layout->addWidget(m_storageProfile, 1);
    layout->addWidget(m_noStorageProfile, 1);
    row->setVisible(false); // until setStorageProfiles()
    connect(m_destinationKind, &QComboBox::currentIndexChanged, this, [this] {
        m_destinationEdited = false; // a typed path does not carry over between a folder and a bucket
        updateState();
    });
    connect(m_storageProfile, &QComboBox::currentIndexChanged, this, [this] { updateState(); });
}

void BackupDialog::setStorageProfiles(StorageProfileStore* store)
{
    m_storageProfiles = store;
    m_destinationKind->parentWidget()->setVisible(store != nullptr);
    m_destinationKindLabel->setVisible(store != nullptr);
    fillStorageProfiles();
    const QSignalBlocker block(m_destinationKind);
    m_destinationKind->setCurrentIndex(
        store && m_settings->value(kDestinationKindKey).toString() == u"s3" ? Bucket : Folder);
    updateState();
}

// The profiles as they are now (the Storage Profiles dialog may have changed them since the last open).
void BackupDialog::fillStorageProfiles()
{
    const QSignalBlocker block(m_storageProfile);
    const QString current = m_storageProfile->count() > 0 ? m_storageProfile->currentText()
                                                          : m_settings->value(kStorageProfileKey).toString();
    m_storageProfile->clear();
    if (m_storageProfiles)
        m_storageProfile->addItems(m_storageProfiles->names());
    m_storageProfile->setCurrentIndex(std::max(0, m_storageProfile->findText(current)));
}

bool BackupDialog::toS3() const
{
    return m_storageProfiles && m_destinationKind->currentData().toInt() == Bucket;
}

// The filter above the tree (its note goes under the tree) and the selection summary.
void BackupDialog::createFilterAndSummary()
{
    m_filter = new TenantFilter(m_tree, this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"selectionSummaryLabel"_s);
    m_summary->setWordWrap(true);
}

void BackupDialog::setup(const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections,
    const QStringList& preselected, const QString& server)
{
    m_endpoint = endpoint;
    m_server = server.isEmpty() ? endpoint.redactedUrl() : server;
    //: %1 the server: "profile at URL"
    setWindowTitle(tr("Back Up Collections from %1").arg(m_server));
    m_destinationEdited = false;
    fillStorageProfiles();
    const QLocale locale;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    m_tree->setFocus(); // as before the filter came: the choice first, the filter one Shift+Tab or Ctrl+F away
    bool anyInactive = false;
    for (const CollectionSummary& c : collections) {
        // The state is set on the tenants directly: read back from an auto-tristate parent while its first
        // children had none, it came out unchecked, so a multi-tenant collection was never preselected.
        const Qt::CheckState state = preselected.contains(c.name) ? Qt::Checked : Qt::Unchecked;
        auto* item = new QTreeWidgetItem(m_tree, {c.name, c.objects >= 0 ? locale.toString(c.objects) : QString()});
        item->setData(0, Qt::UserRole, c.name);
        item->setData(0, kObjectsRole, c.objects);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, state);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const TenantInfo& t : c.tenants) {
            auto* child = new QTreeWidgetItem(item, {t.name, t.objects >= 0 ? locale.toString(t.objects) : QString()});
            child->setData(0, Qt::UserRole, t.name);
            child->setData(0, kStatusRole, t.status);
            child->setData(0, kObjectsRole, t.objects);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, state);
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            showTenantStatus(child);
            anyInactive = anyInactive || !t.isActive();
        }
        syncCollection(item);
        item->setExpanded(item->childCount() <= kExpandedTenantLimit);
    }
    m_filter->reset();
    m_tree->resizeColumnToContents(1);
    // Wide enough for the "selected of total" figure a partly ticked collection shows (see showCollectionObjects).
    int figureWidth = m_tree->header()->sectionSize(1);
    for (const CollectionSummary& c : collections)
        if (!c.tenants.isEmpty() && c.objects >= 0)
            figureWidth = std::max(figureWidth,
                m_tree->fontMetrics().horizontalAdvance(
                    objectsOf(locale.toString(c.objects), locale.toString(c.objects)))
                    + 2 * m_tree->style()->pixelMetric(QStyle::PM_FocusFrameHMargin) + 8);
    m_tree->header()->resizeSection(1, figureWidth);
    m_tree->resizeColumnToContents(2);
    m_activate->setEnabled(anyInactive);
    m_estimate->setText(tr("No estimate yet."));
    updateState();
}

bool BackupDialog::isTickable(const QTreeWidgetItem* tenant) const
{
    switch (ProgressText::tenantState(tenant->data(0, kStatusRole).toString())) {
    case ProgressText::TenantState::Active:
        return true;
    case ProgressText::TenantState::Inactive:
        return m_activate->isChecked();
    case ProgressText::TenantState::Offloaded:
    case ProgressText::TenantState::Changing:
        break;
    }
    return false; // offloaded and the transitional states: BackupTask skips them
}

void BackupDialog::showTenantStatus(QTreeWidgetItem* tenant) const
{
    const QString status = tenant->data(0, kStatusRole).toString();
    const ProgressText::TenantState state = ProgressText::tenantState(status);
    const bool tickable = isTickable(tenant);
    const Qt::ItemFlags reach = Qt::ItemIsEnabled | Qt::ItemIsUserCheckable;
    tenant->setFlags(tickable ? tenant->flags() | reach : tenant->flags() & ~reach);
    if (!tickable)
        tenant->setCheckState(0, Qt::Unchecked);
    QString text;
    QString why;
    if (state == ProgressText::TenantState::Active) {
        // readable: nothing to explain
    } else if (state == ProgressText::TenantState::Inactive) {
        //: %1 the tenant's status as the server says it, e.g. COLD
        text = tickable ? tr("inactive (%1), activated for the backup").arg(status) : tr("inactive (%1)").arg(status);
        why = tickable ? tr("Colvault activates this tenant for the backup and puts it back to its status afterwards.")
                       : tr("This tenant is inactive, so its objects cannot be read. Choose “Activate inactive "
                            "tenants” below to back it up.");
    } else if (state == ProgressText::TenantState::Offloaded) {
        //: %1 the tenant's status as the server says it, e.g. FROZEN
        text = tr("offloaded (%1), cannot be backed up").arg(status);
        why = tr("This tenant is offloaded to cloud storage. Colvault can neither read nor activate it; load it "
                 "back on the server first.");
    } else {
        //: %1 the tenant's status as the server says it, e.g. FREEZING
        text = tr("changing status (%1), cannot be backed up").arg(status);
        why = tr("This tenant is changing its status on the server. Try again once that is done.");
    }
    tenant->setText(2, text);
    tenant->setToolTip(0, why);
    tenant->setToolTip(2, why);
}

void BackupDialog::syncCollection(QTreeWidgetItem* collection) const
{
    // With only tenants that cannot be read the box is the user's choice (the schema is still backed up).
    TenantFilter::syncCollection(collection, [this](const QTreeWidgetItem* tenant) { return isTickable(tenant); });
    showCollectionObjects(collection);
}

void BackupDialog::onCollectionTicked(QTreeWidgetItem* collection) const
{
    // While filtering, the box applies to the tenants shown, as "select all" does in a file manager; the hidden ones
    // keep their state. The tree's auto-tristate would tick every child, also the ones that cannot be backed up.
    TenantFilter::tickShown(collection, [this](const QTreeWidgetItem* tenant) { return isTickable(tenant); });
    showCollectionObjects(collection);
}

void BackupDialog::showCollectionObjects(QTreeWidgetItem* collection) const
{
    const QLocale locale;
    const qint64 total = collection->data(0, kObjectsRole).toLongLong();
    const QString whole = total >= 0 ? locale.toString(total) : QString();
    qint64 selected = 0;
    bool known = true;
    if (collection->checkState(0) == Qt::PartiallyChecked) {
        for (int i = 0; i < collection->childCount(); ++i) {
            const QTreeWidgetItem* tenant = collection->child(i);
            if (tenant->checkState(0) != Qt::Checked)
                continue;
            const qint64 objects = tenant->data(0, kObjectsRole).toLongLong();
            known = known && objects >= 0;
            selected += std::max<qint64>(objects, 0);
        }
    }
    // Partly ticked: what the ticked tenants hold, where each of their counts is known.
    const bool partly = collection->checkState(0) == Qt::PartiallyChecked && known;
    collection->setText(1,
        !partly          ? whole
            : total >= 0 ? objectsOf(locale.toString(selected), whole)
                         : locale.toString(selected));
    collection->setToolTip(1,
        partly && total >= 0
            //: %1 the objects of the whole collection
            ? tr("%Ln object(s) in the ticked tenants, of %1 in the collection.", nullptr, clamped(selected)).arg(whole)
            : QString());
}

void BackupDialog::onActivateToggled(bool on)
{
    const QSignalBlocker block(m_tree);
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* collection = m_tree->topLevelItem(i);
        const bool whole = collection->checkState(0) == Qt::Checked;
        for (int j = 0; j < collection->childCount(); ++j) {
            QTreeWidgetItem* tenant = collection->child(j);
            const bool wasTickable = tenant->flags().testFlag(Qt::ItemIsUserCheckable);
            showTenantStatus(tenant);
            // A collection ticked as a whole takes in the tenants that just became tickable.
            if (on && whole && !wasTickable && isTickable(tenant))
                tenant->setCheckState(0, Qt::Checked);
        }
        syncCollection(collection);
    }
    updateState();
}

BackupParams BackupDialog::params() const
{
    BackupParams p;
    p.endpoint = m_endpoint;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            continue;
        const QString name = item->data(0, Qt::UserRole).toString();
        p.collections.append(name);
        if (item->checkState(0) == Qt::PartiallyChecked) {
            QStringList tenants;
            for (int j = 0; j < item->childCount(); ++j)
                if (item->child(j)->checkState(0) == Qt::Checked)
                    tenants.append(item->child(j)->data(0, Qt::UserRole).toString());
            p.tenants.insert(name, tenants);
        }
    }
    p.schemaOnly = m_schemaOnly->isChecked();
    p.includeVectors = m_vectors->isChecked();
    p.activateTenants = m_activate->isChecked();
    p.compression = ArchiveCompression(m_compression->currentData().toInt());
    p.compressionLevel = m_level->value() == 0 ? -1 : m_level->value();
    p.destination = m_destination->text().trimmed();
    return p;
}

QString BackupDialog::suggestedPath() const
{
    if (toS3()) {
        if (m_storageProfile->currentText().isEmpty())
            return QString();
        const BackupParams p = params();
        return m_storageProfiles->profile(m_storageProfile->currentText())
            .pathOf(BackupTask::defaultFileName(p.collections, p.compression, QDateTime::currentDateTime()));
    }
    QString dir = m_settings->value(kLastFolderKey).toString();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!QFileInfo(dir).isDir())
        dir = QDir::homePath();
    const BackupParams p = params();
    return QDir(dir).filePath(BackupTask::defaultFileName(p.collections, p.compression, QDateTime::currentDateTime()));
}

void BackupDialog::updateState()
{
    // A bucket's archive is named as a folder's default; its place is the profile's (edited in Storage Profiles).
    const bool s3 = toS3();
    if (!m_destinationEdited || s3) {
        const QSignalBlocker block(m_destination);
        m_destination->setText(params().collections.isEmpty() ? QString() : S3Archive::displayPath(suggestedPath()));
    }
    m_destination->setReadOnly(s3);
    m_browse->setVisible(!s3);
    m_storageProfile->setVisible(s3 && m_storageProfile->count() > 0);
    m_noStorageProfile->setVisible(s3 && m_storageProfile->count() == 0);
    // Read after the default destination is filled in: read before, an empty field (the first open) or the last
    // run's file (after a cancel) decided whether Start was enabled.
    const BackupParams p = params();
    const bool idle = m_mode == Mode::None && !m_activating;
    m_vectors->setEnabled(!m_schemaOnly->isChecked());
    m_level->setEnabled(ArchiveCompression(m_compression->currentData().toInt()) != ArchiveCompression::None);
    m_start->setEnabled(idle && !p.collections.isEmpty() && !p.destination.isEmpty());
    m_estimateButton->setEnabled(idle && !p.collections.isEmpty());
    updateSummary(p);
}

void BackupDialog::updateSummary(const BackupParams& p)
{
    if (p.collections.isEmpty()) {
        m_summary->setText(tr("Nothing selected."));
        return;
    }
    int tenants = 0;
    int ticked = 0;
    qint64 objects = 0;
    bool known = true;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* collection = m_tree->topLevelItem(i);
        tenants += int(collection->childCount());
        if (collection->checkState(0) == Qt::Unchecked)
            continue;
        if (collection->childCount() == 0) {
            const qint64 n = collection->data(0, kObjectsRole).toLongLong();
            known = known && n >= 0;
            objects += std::max<qint64>(n, 0);
        }
        // A multi-tenant collection holds what its ticked tenants hold (not its untickable ones).
        for (int j = 0; j < collection->childCount(); ++j) {
            const QTreeWidgetItem* tenant = collection->child(j);
            if (tenant->checkState(0) != Qt::Checked)
                continue;
            ++ticked;
            const qint64 n = tenant->data(0, kObjectsRole).toLongLong();
            known = known && n >= 0;
            objects += std::max<qint64>(n, 0);
        }
    }
    const QLocale locale;
    //: Part of the selection summary, e.g. "3 collections, 2 of 10,000 tenants selected, about 4 objects"
    const QString collectionsPart = tr("%Ln collection(s)", "selection summary", int(p.collections.size()));
    //: Part of the selection summary: %1 the tenants ticked, %n all tenants of the server's collections
    const QString tenantsPart = tr("%1 of %Ln tenant(s)", "selection summary", tenants).arg(locale.toString(ticked));
    //: Part of the selection summary
    const QString objectsPart = p.schemaOnly ? tr("schema only", "selection summary")
        : known                              ? tr("about %Ln object(s)", "selection summary", clamped(objects))
        : objects > 0                        ? tr("at least %Ln object(s)", "selection summary", clamped(objects))
                                             : tr("objects not counted", "selection summary");
    // No tenant ticked: only collections without tenants are selected, and "0 of 5 tenants" read as a fault.
    m_summary->setText(ticked > 0
            //: %1 collections, %2 tenants, %3 objects, e.g. "3 collections, 2 of 10,000 tenants selected, about 4
            //: objects"
            ? tr("%1, %2 selected, %3.").arg(collectionsPart, tenantsPart, objectsPart)
            //: %1 collections, %2 objects, e.g. "3 collections selected, about 120 objects"
            : tr("%1 selected, %2.").arg(collectionsPart, objectsPart));
}

void BackupDialog::browse()
{
    Dialogs::saveFileName(this, tr("Save Backup As"), m_destination->text(),
        tr("Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)"), [this](const QString& path) {
            if (path.isEmpty())
                return;
            m_destinationEdited = true;
            m_destination->setText(QDir::toNativeSeparators(path));
            updateState();
        });
}

void BackupDialog::estimate()
{
    if (m_manager->isRunning())
        return;
    m_mode = Mode::Estimate;
    m_estimate->setText(tr("Estimating…"));
    updateState();
    m_manager->startPlan(params());
}

void BackupDialog::startBackup()
{
    if (m_manager->isRunning() || m_activating)
        return;
    BackupParams p = params();
    m_settings->setValue(kDestinationKindKey, toS3() ? u"s3"_s : u"folder"_s);
    if (!toS3()) {
        p.destination = QDir::fromNativeSeparators(p.destination);
        m_settings->setValue(kLastFolderKey, QFileInfo(p.destination).absolutePath());
        run(p);
        return;
    }
    // The profile's keys reach the backup through its bucket's settings; the keychain answers later.
    const QString name = m_storageProfile->currentText();
    m_settings->setValue(kStorageProfileKey, name);
    m_activating = true;
    updateState();
    m_storageProfiles->activate(name, this, [this, p, name](const QString& error) {
        m_activating = false;
        if (!error.isEmpty()) {
            m_estimate->clear();
            Dialogs::information(this, tr("Back Up Collections"), StorageProfile::secretUnreadable(name, error));
            updateState();
            return;
        }
        run(p);
    });
}

void BackupDialog::run(BackupParams p)
{
    m_mode = Mode::Run;
    accept();
    //: %1 the server: "profile at URL"
    m_progress->begin(tr("Backup from %1").arg(m_server), [manager = m_manager] { manager->cancel(); });
    // The task removes its partial file when canceled (BackupTask), so nothing is left behind.
    m_progress->setCanceledText(tr("The backup was canceled. No archive was written."));
    m_progress->setCancelVerb(tr("Cancel Backup"));
    // As pgAdmin shows its pg_dump command: the same backup from a script, without the secrets.
    m_progress->setCommandLine(CliCommandLine::join(CliCommandLine::backupArguments(p), CliCommandLine::nativeShell()),
        CliCommandLine::hasOmittedSecrets(p.endpoint));
    if (S3Archive::isS3(p.destination))
        m_progress->appendLog(StorageProfile::keysNote());
    m_progress->setPlanning(true); // the step line shows the backup's steps, not the plan's
    Q_EMIT logMessage(tr("Backup of %1 to %2 started.")
                          .arg(QLocale().createSeparatedList(p.collections), S3Archive::displayPath(p.destination)));
    m_manager->startPlan(p);
}

void BackupDialog::onPlanReady()
{
    const BackupPlan& plan = m_manager->lastPlan();
    const QLocale locale;
    if (m_mode == Mode::Estimate) {
        m_mode = Mode::None;
        const qint64 seconds = qint64(double(plan.estimatedWireBytes) / kTypicalWireBytesPerSecond) + 1;
        const int objects = int(std::min<qint64>(plan.totalObjects, INT_MAX));
        const QString size = locale.formattedDataSize(plan.estimatedArchiveBytes);
        const QString time = ProgressText::duration(seconds * 1000);
        m_estimate->setText(plan.totalIsEstimate
                //: %1 archive size, %2 a rough duration in words such as "1 min 20 s"
                ? tr("At least %Ln object(s), archive about %1, taking roughly %2.", nullptr, objects).arg(size, time)
                //: %1 archive size, %2 a rough duration in words such as "1 min 20 s"
                : tr("%Ln object(s), archive about %1, taking roughly %2.", nullptr, objects).arg(size, time));
        if (!plan.warnings.isEmpty())
            m_estimate->setToolTip(plan.warnings.join(u'\n'));
        updateState();
        return;
    }
    if (m_mode != Mode::Run)
        return;
    for (const QString& w : plan.warnings)
        m_progress->appendLog(w);
    m_planWarnings = plan.warnings;
    QHash<QString, qint64> totals;
    for (const BackupCollectionPlan& c : plan.collections) {
        if (!c.multiTenant)
            totals.insert(JobProgressDialog::itemKey(c.name, QString()), c.objects);
        for (const BackupTenantPlan& t : c.tenants)
            if (t.willRead())
                totals.insert(JobProgressDialog::itemKey(c.name, t.name), t.objects);
    }
    m_progress->setItemTotals(totals);
    m_progress->setPlanning(false);
    m_manager->start(plan);
}

JobResult BackupDialog::resultFor(const BackupReport& report)
{
    const QLocale locale;
    JobResult r;
    r.headline = tr("The backup is complete.");
    r.summary.append(tr("%Ln object(s) written.", nullptr, int(std::min<qint64>(report.objects, INT_MAX))));
    r.summary.append(
        tr("Archive: %1 (%2)")
            .arg(S3Archive::displayPath(report.archivePath), locale.formattedDataSize(report.archiveBytes)));
    //: %1 a duration in words such as "2 min 5 s"
    r.summary.append(tr("Duration: %1").arg(ProgressText::duration(report.durationMs)));
    int collections = 0;
    QString last;
    for (const BackupTenantReport& item : report.items) {
        if (item.collection != last)
            ++collections;
        last = item.collection;
        const int objects = int(std::min<qint64>(item.objects, INT_MAX));
        if (!item.skipped)
            r.written.append(item.tenant.isEmpty()
                    //: %1 collection
                    ? tr("%1: %Ln object(s) written.", nullptr, objects).arg(item.collection)
                    //: %1 collection, %2 tenant
                    : tr("%1 / %2: %Ln object(s) written.", nullptr, objects).arg(item.collection, item.tenant));
        else
            r.skipped.append(ProgressText::skipped(item.collection, item.tenant, item.skipReason));
    }
    r.summary.insert(0, tr("%Ln collection(s) backed up.", nullptr, collections));
    r.warnings = report.warnings;
    r.outputPath = report.archivePath;
    return r;
}

} // namespace Colvault
