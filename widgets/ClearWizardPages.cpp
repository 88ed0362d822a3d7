// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ClearWizardPages.h"

#include "core/ClearTask.h"
#include "widgets/ClearWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/ProgressText.h"
#include "widgets/StorageProfile.h"
#include "widgets/TenantFilter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const QColor kProblemColour(0xb0, 0x20, 0x20);

// Widens `column` to its longest text, the tenants of closed collections included (resizeColumnToContents() sees
// the rows shown only, so a status read "inact…" once its collection was opened).
void fitColumn(QTreeWidget* tree, int column)
{
    QSet<QString> texts {tree->headerItem()->text(column)};
    for (QTreeWidgetItemIterator it(tree); *it; ++it)
        texts.insert((*it)->text(column));
    const QFontMetrics metrics(tree->font());
    int width = 0;
    for (const QString& text : std::as_const(texts))
        width = std::max(width, metrics.horizontalAdvance(text));
    // Room for the cell's margins and the header's sort indicator.
    const int margins = 2 * tree->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, tree)
        + tree->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, tree);
    tree->header()->resizeSection(column, std::max(tree->header()->sectionSizeHint(column), width + margins));
}

QString countText(qint64 n)
{
    return n < 0 ? ClearImpactPage::tr("unknown", "object count") : QLocale().toString(n);
}
} // namespace

ClearSelectPage::ClearSelectPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(u"clearSelectPage"_s);
    setTitle(tr("What to clear"));
    setSubTitle(tr("Choose collections (or single tenants) and how to clear them."));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"collectionsTreeWidget"_s);
    m_tree->setAccessibleName(tr("Collections and tenants to clear"));
    m_tree->setHeaderLabels({tr("Collection or tenant"), tr("Objects"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_filter = new TenantFilter(m_tree, this);
    m_filter->focusTreeWhenShown();
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"selectionSummaryLabel"_s);
    m_summary->setWordWrap(true);

    m_method = new QComboBox(this);
    m_method->setObjectName(u"methodComboBox"_s);
    m_method->addItem(tr("Delete all objects, keep the schema"), int(ClearMethod::DeleteObjects));
    m_method->addItem(tr("Drop the collection"), int(ClearMethod::Drop));
    m_method->addItem(tr("Drop and re-create the collection"), int(ClearMethod::Recreate));
    m_methodHelp = new QLabel(this);
    m_methodHelp->setObjectName(u"methodHelpLabel"_s);
    m_methodHelp->setWordWrap(true);
    auto updateHelp = [this] {
        switch (method()) {
        case ClearMethod::DeleteObjects:
            m_methodHelp->setText(tr("Objects are batch-deleted; the schema, the tenants and their statuses stay."));
            break;
        case ClearMethod::Drop:
            m_methodHelp->setText(tr("The collection (or the chosen tenants) is deleted with its schema."));
            break;
        case ClearMethod::Recreate:
            m_methodHelp->setText(tr("The collection is deleted and created again empty, from the same schema and "
                                     "tenants. The fastest way to remove many objects."));
            break;
        }
    };
    updateHelp();

    auto* form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(QString(), m_methodHelp);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_filter->note());
    layout->addLayout(form);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_method);

    connect(m_tree, &QTreeWidget::itemChanged, this, &ClearSelectPage::onItemChanged);
    connect(m_method, &QComboBox::currentIndexChanged, this, updateHelp);
}

// A collection's box acts on its tenants shown (all of them unless filtered); a tenant's sets its collection's.
// Not the tree's auto-tristate: that ticks every tenant, also those the filter hides.
void ClearSelectPage::onItemChanged(QTreeWidgetItem* item, int column)
{
    if (column != 0)
        return;
    {
        const QSignalBlocker block(m_tree);
        if (item->parent())
            TenantFilter::syncCollection(item->parent());
        else if (item->childCount() > 0)
            TenantFilter::tickShown(item);
    }
    updateSummary();
    Q_EMIT completeChanged();
}

void ClearSelectPage::updateSummary()
{
    int collections = 0;
    int tenants = 0;
    int ticked = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* collection = m_tree->topLevelItem(i);
        collections += collection->checkState(0) != Qt::Unchecked ? 1 : 0;
        tenants += int(collection->childCount());
        for (int j = 0; j < collection->childCount(); ++j)
            ticked += collection->child(j)->checkState(0) == Qt::Checked ? 1 : 0;
    }
    if (collections == 0) {
        m_summary->setText(tr("Nothing selected."));
        return;
    }
    //: Part of the selection summary, e.g. "2 collections, 3 of 10,000 tenants selected."
    const QString collectionsPart = tr("%Ln collection(s)", "selection summary", collections);
    //: Part of the selection summary: %1 the tenants ticked, %n all tenants of the listed collections
    const QString tenantsPart = tr("%1 of %Ln tenant(s)", "selection summary", tenants).arg(QLocale().toString(ticked));
    m_summary->setText(tenants > 0
            //: %1 collections, %2 tenants, e.g. "2 collections, 3 of 10,000 tenants selected."
            ? tr("%1, %2 selected.").arg(collectionsPart, tenantsPart)
            //: %1 collections, e.g. "2 collections selected."
            : tr("%1 selected.").arg(collectionsPart));
}

void ClearSelectPage::setCollections(const QList<CollectionSummary>& collections, const QStringList& preselected)
{
    const QLocale locale;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const CollectionSummary& c : collections) {
        auto* item = new QTreeWidgetItem(m_tree, {c.name, c.objects >= 0 ? locale.toString(c.objects) : QString()});
        item->setData(0, Qt::UserRole, c.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const Qt::CheckState state = preselected.contains(c.name) ? Qt::Checked : Qt::Unchecked;
        item->setCheckState(0, state);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        for (const TenantInfo& t : c.tenants) {
            const QString objects = t.objects >= 0 ? locale.toString(t.objects) : QString();
            auto* child = new QTreeWidgetItem(item, {t.name, objects, ProgressText::tenantStatus(t.status)});
            child->setData(0, Qt::UserRole, t.name);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, state);
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
        TenantFilter::syncCollection(item);
    }
    m_filter->reset();
    fitColumn(m_tree, 1);
    fitColumn(m_tree, 2);
    m_method->setCurrentIndex(0);
    updateSummary();
    Q_EMIT completeChanged();
}

QStringList ClearSelectPage::collections() const
{
    QStringList names;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->checkState(0) != Qt::Unchecked)
            names.append(m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString());
    return names;
}

QMap<QString, QStringList> ClearSelectPage::tenants() const
{
    QMap<QString, QStringList> out;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) != Qt::PartiallyChecked)
            continue;
        QStringList tenants;
        for (int j = 0; j < item->childCount(); ++j)
            if (item->child(j)->checkState(0) == Qt::Checked)
                tenants.append(item->child(j)->data(0, Qt::UserRole).toString());
        out.insert(item->data(0, Qt::UserRole).toString(), tenants);
    }
    return out;
}

ClearMethod ClearSelectPage::method() const
{
    return ClearMethod(m_method->currentData().toInt());
}

bool ClearSelectPage::isComplete() const
{
    return !collections().isEmpty();
}

ClearImpactPage::ClearImpactPage(ClearWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"clearImpactPage"_s);
    setTitle(tr("Impact"));
    setSubTitle(tr("What will be deleted, and the backup taken before anything is deleted."));

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"planSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"planTreeWidget"_s);
    m_tree->setAccessibleName(tr("What will be deleted"));
    m_tree->setHeaderLabels({tr("Collection or tenant"), tr("Objects to delete"), tr("Note")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_messages = new QLabel(this);
    m_messages->setObjectName(u"planMessagesLabel"_s);
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::PlainText);

    m_backup = new QCheckBox(tr("Back &up before clearing (recommended)"), this);
    m_backup->setObjectName(u"backupCheckBox"_s);
    m_backup->setChecked(true);
    m_path = new QLineEdit(QDir::toNativeSeparators(ClearTask::defaultBackupFolder()), this);
    m_path->setObjectName(u"backupPathLineEdit"_s);
    m_path->setToolTip(tr("A file, or a folder for a file named after the collections"));
    m_browse = new QPushButton(tr("Br&owse…"), this);
    m_browse->setObjectName(u"browseButton"_s);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    m_backupFile = new QLabel(this);
    m_backupFile->setObjectName(u"backupFileLabel"_s);
    m_backupFile->setWordWrap(true);
    m_backupFile->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_noBackupConfirm = new QCheckBox(tr("&I understand that without a backup nothing can undo this clear"), this);
    m_noBackupConfirm->setObjectName(u"noBackupConfirmCheckBox"_s);
    m_noBackupConfirm->setEnabled(false);

    auto* form = new QFormLayout;
    form->addRow(QString(), m_backup);
    // A layout gets no buddy from addRow(): the label is made here so that the path field is named by it.
    form->addRow(QString(), createDestinationKind());
    auto* pathLabel = new QLabel(tr("Backup &to:"), this);
    pathLabel->setBuddy(m_path);
    form->addRow(pathLabel, pathRow);
    form->addRow(QString(), m_backupFile);
    form->addRow(QString(), m_noBackupConfirm);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_messages);
    layout->addLayout(form);

    m_replanTimer = new QTimer(this);
    m_replanTimer->setSingleShot(true);
    m_replanTimer->setInterval(400);
    connect(m_replanTimer, &QTimer::timeout, m_wizard, &ClearWizard::requestPlan);
    connect(m_backup, &QCheckBox::toggled, this, [this](bool on) {
        m_path->setEnabled(on);
        m_browse->setEnabled(on);
        m_destinationKind->setEnabled(on);
        m_storageProfile->setEnabled(on);
        m_noBackupConfirm->setEnabled(!on);
        if (on)
            m_noBackupConfirm->setChecked(false);
        m_wizard->requestPlan();
    });
    connect(m_noBackupConfirm, &QCheckBox::toggled, this, &QWizardPage::completeChanged);
    connect(m_path, &QLineEdit::textEdited, m_replanTimer, qOverload<>(&QTimer::start));
    connect(m_browse, &QPushButton::clicked, this, &ClearImpactPage::browse);
    connect(m_wizard, &ClearWizard::planChanged, this, &ClearImpactPage::showPlan);
}

// "Folder on this computer" or "S3 bucket" with a storage profile; hidden until setStorageProfiles().
QWidget* ClearImpactPage::createDestinationKind()
{
    auto* row = new QWidget(this);
    m_destinationKind = new QComboBox(row);
    m_destinationKind->setObjectName(u"backupDestinationKindComboBox"_s);
    m_destinationKind->setAccessibleName(tr("Where the backup goes"));
    m_destinationKind->addItem(tr("Folder on this computer"));
    m_destinationKind->addItem(tr("S3 bucket"));
    m_storageProfile = new QComboBox(row);
    m_storageProfile->setObjectName(u"backupStorageProfileComboBox"_s);
    m_storageProfile->setAccessibleName(tr("Storage profile"));
    m_storageProfile->setVisible(false); // only for "S3 bucket"
    m_destinationKind->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // the profile takes the rest
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_destinationKind);
    layout->addWidget(m_storageProfile, 1);
    layout->addStretch(0); // the space when the profile is hidden
    row->setVisible(false);
    connect(m_destinationKind, &QComboBox::currentIndexChanged, this, &ClearImpactPage::onDestinationChanged);
    connect(m_storageProfile, &QComboBox::currentIndexChanged, this, &ClearImpactPage::onDestinationChanged);
    return row;
}

void ClearImpactPage::setStorageProfiles(StorageProfileStore* store)
{
    m_storageProfiles = store;
    m_destinationKind->parentWidget()->setVisible(store != nullptr);
    m_storageProfile->setVisible(toS3());
    const QSignalBlocker block(m_storageProfile);
    m_storageProfile->clear();
    if (store)
        m_storageProfile->addItems(store->names());
}

bool ClearImpactPage::toS3() const
{
    return m_storageProfiles && m_destinationKind->currentIndex() == 1;
}

void ClearImpactPage::onDestinationChanged()
{
    m_storageProfile->setVisible(toS3());
    m_browse->setVisible(!toS3());
    if (!toS3()) {
        if (m_path->isReadOnly())
            m_path->setText(m_folderPath);
        m_path->setReadOnly(false);
        m_wizard->requestPlan();
        return;
    }
    if (!m_path->isReadOnly())
        m_folderPath = m_path->text();
    m_path->setReadOnly(true);
    const QString name = m_storageProfile->currentText();
    m_path->setText(name.isEmpty() ? QString() : m_storageProfiles->profile(name).place());
    if (name.isEmpty()) {
        m_backupFile->setText(tr("No storage profile yet: add one under Storage Profiles…"));
        Q_EMIT completeChanged();
        return;
    }
    // The plan checks the destination: the profile's keys must be registered for its bucket first.
    m_activating = true;
    Q_EMIT completeChanged();
    m_storageProfiles->activate(name, this, [this](const QString& error) {
        m_activating = false;
        if (error.isEmpty())
            m_wizard->requestPlan();
        else
            m_backupFile->setText(StorageProfile::secretUnreadable(m_storageProfile->currentText(), error));
        Q_EMIT completeChanged();
    });
}

bool ClearImpactPage::backupEnabled() const
{
    return m_backup->isChecked();
}

QString ClearImpactPage::backupPath() const
{
    return m_path->text();
}

void ClearImpactPage::setBackupPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

void ClearImpactPage::initializePage()
{
    m_wizard->requestPlan();
}

bool ClearImpactPage::isComplete() const
{
    if (!m_wizard->hasPlan() || m_wizard->plan().isBlocked() || m_activating)
        return false;
    if (m_backup->isChecked() && toS3() && m_path->text().isEmpty())
        return false; // "S3 bucket" without a profile
    return m_backup->isChecked() || m_noBackupConfirm->isChecked();
}

void ClearImpactPage::showPlan()
{
    m_tree->clear();
    m_backupFile->clear();
    if (!m_wizard->hasPlan()) {
        m_summary->setText(
            m_wizard->planError().isEmpty() ? tr("Reading what will be deleted…") : m_wizard->planError());
        m_messages->clear();
        Q_EMIT completeChanged();
        return;
    }
    const ClearPlan& plan = m_wizard->plan();
    const QLocale locale;
    for (const ClearCollectionPlan& c : plan.collections) {
        auto* item = new QTreeWidgetItem(m_tree, {c.name, countText(c.objects)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        if (c.multiTenant && !c.allTenants)
            item->setText(2, tr("only the tenants below"));
        for (const ClearTenantPlan& t : c.tenants) {
            const QString status = ProgressText::tenantStatus(t.status);
            QString note = status;
            if (t.skip)
                //: %1 tenant status in words (e.g. "inactive"), %2 why it is skipped
                note = tr("%1, skipped: %2").arg(status, t.skipReason);
            else if (t.activate)
                //: %1 tenant status in words, e.g. "inactive"
                note = tr("%1, activated for the clear, then put back").arg(status);
            auto* child = new QTreeWidgetItem(item, {t.name, countText(t.objects), note});
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);

    const int collections = int(plan.collections.size());
    const int objects = int(std::min<qint64>(plan.totalObjects, INT_MAX));
    //: %Ln objects, %1 the number of collections they are in
    m_summary->setText(plan.totalIsEstimate
            ? tr("At least %Ln object(s) will be deleted. Collections: %1.", nullptr, objects)
                  .arg(locale.toString(collections))
            //: %Ln objects, %1 the number of collections they are in
            : tr("%Ln object(s) will be deleted. Collections: %1.", nullptr, objects)
                  .arg(locale.toString(collections)));
    if (const QString tenants = clearedTenants(plan); !tenants.isEmpty())
        m_summary->setText(m_summary->text() + u'\n' + tenants);

    QStringList lines;
    for (const QString& p : plan.problems)
        lines.append(tr("Blocking: %1").arg(p));
    for (const QString& w : plan.warnings)
        lines.append(tr("Warning: %1").arg(w));
    lines += plan.notes;
    m_messages->setText(lines.join(u'\n'));
    QPalette pal = palette();
    if (plan.isBlocked())
        pal.setColor(QPalette::WindowText, kProblemColour);
    m_messages->setPalette(pal);

    if (plan.backup)
        //: %1 a file path, %Ln objects in the backup
        m_backupFile->setText(tr("The backup of %Ln object(s) is written and verified first: %1", nullptr,
            int(std::min<qint64>(plan.backupPlan.totalObjects, INT_MAX)))
                                  .arg(S3Archive::displayPath(plan.backupPath)));
    else
        m_backupFile->setText(tr("No backup is taken."));
    Q_EMIT completeChanged();
}

QString ClearImpactPage::clearedTenants(const ClearPlan& plan)
{
    constexpr int namesShown = 5; // per collection
    QStringList parts;
    for (const ClearCollectionPlan& c : plan.collections) {
        if (!c.multiTenant || c.allTenants)
            continue;
        QStringList names;
        for (const ClearTenantPlan& t : c.tenants)
            if (!t.skip) // left alone: not cleared
                names << t.name;
        if (names.isEmpty())
            continue;
        const int more = int(names.size()) - namesShown;
        if (more > 0) {
            //: %1 tenant names, %2 their collection, %n tenants not named: "t1, t2 and 3 other tenants of Chat"
            parts << tr("%1 and %n other tenant(s) of %2", nullptr, more)
                         .arg(names.mid(0, namesShown).join(u", "_s), c.name);
        } else {
            //: %1 tenant names, %2 their collection: "tenantB of TenantNote"
            parts << tr("%1 of %2").arg(QLocale().createSeparatedList(names), c.name);
        }
    }
    //: %1 e.g. "tenantB of TenantNote" or "t1, t2 and 3 more of Chat; tenantA of Notes"
    return parts.isEmpty() ? QString() : tr("Only these tenants are cleared: %1.").arg(parts.join(u"; "_s));
}

void ClearImpactPage::browse()
{
    Dialogs::saveFileName(this, tr("Save Backup As"), m_path->text(),
        tr("Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)"), [this](const QString& path) {
            if (path.isEmpty())
                return;
            m_path->setText(QDir::toNativeSeparators(path));
            m_wizard->requestPlan();
        });
}

} // namespace Colvault
