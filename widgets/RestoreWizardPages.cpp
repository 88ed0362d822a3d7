// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/RestoreWizardPages.h"

#include "core/ArchiveJob.h"
#include "widgets/ArchiveKeyDialog.h"
#include "widgets/ProgressText.h"
#include "widgets/RestoreWizard.h"
#include "widgets/TenantFilter.h"
#include "widgets/VectorsChoice.h"
#include "widgets/VerifiedArchives.h"

#include <QAbstractItemView>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const QColor kProblemColour(0xb0, 0x20, 0x20);
const QColor kAddColour(0x1d, 0x7a, 0x2e);
const QColor kWarningColour(0x9a, 0x5b, 0x00);

void paint(QTreeWidgetItem* item, const QColor& colour)
{
    for (int c = 0; c < item->columnCount(); ++c)
        item->setForeground(c, colour);
}

// Only the target name of a collection is edited: the source names and the tenants stay as they are.
class TargetNameDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        if (index.column() != 1 || index.parent().isValid())
            return nullptr;
        return QStyledItemDelegate::createEditor(parent, option, index);
    }
};
} // namespace

// ---------------------------------------------------------------------------------------------------------------
TargetNamesEditor::TargetNamesEditor(const Texts& texts, QWidget* parent)
    : QWidget(parent)
    , m_texts(texts)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"targetTreeWidget"_s);
    m_tree->setAccessibleName(texts.accessibleName);
    m_tree->setHeaderLabels({texts.sourceHeader, texts.targetHeader});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setItemDelegate(new TargetNameDelegate(m_tree));
    // F2 edits the target name from any column of the row (the view's own F2 would edit the current column).
    m_tree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::SelectedClicked);
    m_tree->installEventFilter(this);
    m_rename = new QPushButton(texts.renameButton, this);
    m_rename->setObjectName(u"renameButton"_s);
    m_rename->setToolTip(texts.renameToolTip);
    m_rename->setAutoDefault(false);
    connect(m_rename, &QPushButton::clicked, this, [this] { editTargetNameOf(m_tree->currentItem()); });
    m_hint = new QLabel(this);
    m_hint->setObjectName(u"renameHintLabel"_s);
    m_hint->setWordWrap(true);
    showHint(QString());
    auto* renameRow = new QHBoxLayout;
    renameRow->addWidget(m_hint, 1);
    renameRow->addWidget(m_rename);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree, 1);
    layout->addLayout(renameRow);
    setTabOrder(m_tree, m_rename);
    setFocusProxy(m_tree);

    connect(m_tree, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem* item, int column) {
        const QString source = item->data(0, Qt::UserRole).toString();
        if (column == 1 && !item->parent() && item->checkState(0) == Qt::Unchecked && item->text(1) != source) {
            // Not copied or restored, so not renamed: said, and put back, instead of a name that does nothing.
            const QSignalBlocker block(m_tree);
            item->setText(1, source);
            showHint(source);
            return;
        }
        if (column == 1)
            showHint(QString());
        // A collection's box acts on the tenants a TenantFilter shows (all of them unless filtered); a tenant's sets
        // its collection's.
        if (column == 0) {
            const QSignalBlocker block(m_tree);
            if (item->parent())
                TenantFilter::syncCollection(item->parent());
            else if (item->childCount() > 0)
                TenantFilter::tickShown(item);
        }
        Q_EMIT changed();
    });
}

bool TargetNamesEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_tree && event->type() == QEvent::KeyPress && static_cast<QKeyEvent*>(event)->key() == Qt::Key_F2) {
        editTargetNameOf(m_tree->currentItem());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TargetNamesEditor::editTargetName(const QString& source)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        if (m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString() == source)
            editTargetNameOf(m_tree->topLevelItem(i));
}

void TargetNamesEditor::editTargetNameOf(QTreeWidgetItem* item)
{
    if (!item)
        return;
    if (item->parent())
        item = item->parent(); // a tenant's row: its collection is renamed
    if (item->checkState(0) == Qt::Unchecked) {
        showHint(item->data(0, Qt::UserRole).toString());
        return;
    }
    showHint(QString());
    m_tree->setCurrentItem(item, 1);
    m_tree->setFocus();
    m_tree->editItem(item, 1);
}

void TargetNamesEditor::showHint(const QString& refusal)
{
    QPalette pal = palette();
    if (refusal.isEmpty()) {
        m_hint->setText(m_texts.hint);
    } else {
        m_hint->setText(m_texts.refusal.arg(refusal));
        pal.setColor(QPalette::WindowText, kProblemColour);
    }
    m_hint->setPalette(pal);
}

bool TargetNamesEditor::isComplete() const
{
    bool any = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            continue;
        any = true;
        if (item->text(1).trimmed().isEmpty())
            return false;
    }
    return any;
}

// ---------------------------------------------------------------------------------------------------------------
RestoreArchivePage::RestoreArchivePage(RestoreWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"restoreArchivePage"_s);
    setTitle(tr("Archive"));
    setSubTitle(tr("What the archive holds. Verify reads all of it and checks every checksum."));

    m_status = new QLabel(this);
    m_status->setObjectName(u"archiveStatusLabel"_s);
    m_status->setWordWrap(true);
    m_manifest = new QLabel(this);
    m_manifest->setObjectName(u"manifestLabel"_s);
    m_manifest->setWordWrap(true);
    m_manifest->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QWidget* splitter = createBrowser();
    QLayout* verifyRow = createVerifyRow();

    auto* tenantFilter = new TenantFilter(m_tree, this); // empties itself when the tree is refilled
    tenantFilter->focusTreeWhenShown();
    setTabOrder(tenantFilter, m_tree);
    setTabOrder(m_tree, m_schema);
    setTabOrder(m_schema, m_verify);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_manifest);
    layout->addWidget(tenantFilter);
    layout->addWidget(splitter, 1);
    layout->addWidget(tenantFilter->note());
    layout->addLayout(verifyRow);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RestoreArchivePage::showSchema);
    connect(m_verify, &QPushButton::clicked, this, &RestoreArchivePage::verify);
    connectArchiveJob();
}

// The collections and tenants beside the selected collection's schema.
QWidget* RestoreArchivePage::createBrowser()
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"archiveTreeWidget"_s);
    m_tree->setAccessibleName(tr("Collections and tenants in the archive"));
    m_tree->setHeaderLabels({tr("Collection or tenant"), tr("Objects"), tr("Status")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_schema = new QPlainTextEdit(this);
    m_schema->setObjectName(u"schemaPlainTextEdit"_s);
    m_schema->setReadOnly(true);
    m_schema->setAccessibleName(tr("Schema of the selected collection"));
    m_schema->setTabChangesFocus(true);
    m_schema->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_schema->setPlaceholderText(tr("Select a collection to see its schema."));
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"archiveSplitter"_s);
    splitter->addWidget(m_tree);
    splitter->addWidget(m_schema);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    return splitter;
}

// Verify, its progress and its result.
QLayout* RestoreArchivePage::createVerifyRow()
{
    m_verify = new QPushButton(tr("&Verify"), this);
    m_verify->setObjectName(u"verifyButton"_s);
    m_verifyProgress = new QProgressBar(this);
    m_verifyProgress->setObjectName(u"verifyProgressBar"_s);
    m_verifyProgress->setRange(0, 1000);
    m_verifyProgress->setAccessibleName(tr("Verification progress"));
    m_verifyProgress->setVisible(false);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(u"verifyResultLabel"_s);
    m_verifyResult->setWordWrap(true);
    auto* verifyRow = new QHBoxLayout;
    verifyRow->addWidget(m_verify);
    verifyRow->addWidget(m_verifyProgress);
    verifyRow->addWidget(m_verifyResult, 1);
    return verifyRow;
}

// What the wizard's ArchiveJob reports: an inspection, a verification and its progress, a failure, a key asked for.
void RestoreArchivePage::connectArchiveJob()
{
    ArchiveJob* job = m_wizard->archiveJob();
    connect(job, &ArchiveJob::inspected, this, [this](const QString& path, const ArchiveInspection& inspection) {
        if (path == m_wizard->archivePath())
            showInspection(inspection);
    });
    connect(job, &ArchiveJob::verified, this, [this](const QString& path, const ArchiveVerification& verification) {
        VerifiedArchives::remember(path, verification);
        if (path == m_wizard->archivePath())
            showVerification(verification);
    });
    connect(job, &ArchiveJob::progressChanged, this, [this](const OperationProgress& p) {
        if (m_verifying && p.objectsTotal > 0)
            m_verifyProgress->setValue(int(std::min<qint64>(1000, p.objectsDone * 1000 / p.objectsTotal)));
    });
    connect(job, &ArchiveJob::failed, this, [this](const OpError& error) {
        if (m_verifying) {
            m_verifying = false;
            m_verifyProgress->setVisible(false);
            m_verifyResult->setText(error.message);
        } else {
            m_status->setText(error.message);
        }
        m_verify->setEnabled(m_loaded);
        if (!error.details.isEmpty())
            Q_EMIT m_wizard->logMessage(error.details);
    });
    connect(job, &ArchiveJob::keyRequired, this,
        [this](const QString& path, ArchiveReader::Encryption kind, const OpError& error) {
            if (path == m_wizard->archivePath())
                askForKey(kind, error);
        });
    connect(job, &ArchiveJob::canceled, this, [this] {
        m_verifying = false;
        m_verifyProgress->setVisible(false);
        m_verifyResult->setText(tr("Verification canceled."));
        m_verify->setEnabled(m_loaded);
    });
}

void RestoreArchivePage::load(const QString& path)
{
    m_loaded = false;
    m_verifying = false;
    m_inspection = {};
    m_tree->clear();
    m_schema->clear();
    m_manifest->clear();
    m_verifyResult->clear();
    m_verifyProgress->setVisible(false);
    m_verify->setEnabled(false);
    //: %1 a file path
    m_status->setText(tr("Reading %1…").arg(QDir::toNativeSeparators(path)));
    ArchiveJob* job = m_wizard->archiveJob();
    if (job->isRunning())
        job->cancel(); // a verify of the previous archive; its outcome is ignored by path
    if (job->isRunning()) {
        connect(
            job, &ArchiveJob::canceled, this,
            [this, path] {
                if (path == m_wizard->archivePath())
                    load(path);
            },
            Qt::SingleShotConnection);
        return;
    }
    job->inspect(path, m_wizard->decryptionKeys());
    Q_EMIT completeChanged();
}

void RestoreArchivePage::askForKey(ArchiveReader::Encryption kind, const OpError& error)
{
    const bool triedKeys = !m_wizard->decryptionKeys().isEmpty();
    m_status->setText(error.message);
    if (triedKeys)
        Q_EMIT m_wizard->logMessage(error.message); // the reader's sentence; never the key itself
    auto* dialog = new ArchiveKeyDialog(m_wizard->archivePath(), kind, m_wizard);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (triedKeys)
        dialog->setProblem(error.message);
    if (!m_identityFile.isEmpty())
        dialog->setIdentityFile(m_identityFile);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_identityFile = dialog->identityFile();
        m_wizard->setDecryptionKeys(dialog->keys());
        load(m_wizard->archivePath());
    });
    connect(dialog, &QDialog::rejected, m_wizard, [this] {
        if (!m_loaded)
            m_wizard->reject();
    });
    dialog->open();
}

void RestoreArchivePage::showInspection(const ArchiveInspection& inspection)
{
    m_inspection = inspection;
    m_loaded = true;
    const QLocale locale;
    const ArchiveManifest& m = inspection.manifest;
    m_status->setText(m_wizard->isConnected()
            ? tr("%Ln collection(s) in this archive.", nullptr, int(inspection.collections.size()))
            : tr("%Ln collection(s) in this archive. Connect to a server to restore it.", nullptr,
                int(inspection.collections.size())));
    //: %1 date and time, %2 source URL, %3 Weaviate version, %4 Colvault version, %5 file size
    m_manifest->setText(
        tr("Created %1 from %2 (Weaviate %3) by Colvault %4. Size: %5.")
            .arg(locale.toString(m.createdAt.toLocalTime(), QLocale::ShortFormat), m.sourceUrl.toDisplayString(),
                m.serverVersion, m.toolVersion, locale.formattedDataSize(inspection.fileSize)));
    m_tree->clear();
    for (const ArchiveInspection::Collection& c : inspection.collections) {
        auto* item = new QTreeWidgetItem(m_tree,
            {c.name, QString(), c.multiTenant ? tr("%Ln tenant(s)", nullptr, int(c.tenants.size())) : QString()});
        item->setData(0, Qt::UserRole, c.name);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(1, tr("Press \"Verify\" to count the objects."));
        for (const ArchiveTenant& t : c.tenants) {
            // In words, as in the backup dialog and the preview; the server's own word in the tooltip.
            auto* child = new QTreeWidgetItem(item, {t.name, QString(), ProgressText::tenantStatus(t.activityStatus)});
            child->setToolTip(2, t.activityStatus);
            child->setData(0, Qt::UserRole, c.name);
            child->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    }
    m_tree->resizeColumnToContents(2);
    if (m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    m_verify->setEnabled(true);
    m_verifyResult->setText(tr("Not verified yet."));
    // Verified moments ago (e.g. the backup a clear just wrote and verified) and unchanged since: not again.
    if (const std::optional<ArchiveVerification> earlier = VerifiedArchives::lookup(m_wizard->archivePath()))
        showVerification(*earlier);
    Q_EMIT completeChanged();
}

void RestoreArchivePage::showSchema()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        m_schema->clear();
        return;
    }
    const QString name = item->data(0, Qt::UserRole).toString();
    for (const ArchiveInspection::Collection& c : m_inspection.collections)
        if (c.name == name) {
            const QJsonDocument doc = QJsonDocument::fromJson(c.classJson);
            m_schema->setPlainText(
                doc.isNull() ? QString::fromUtf8(c.classJson) : QString::fromUtf8(doc.toJson(QJsonDocument::Indented)));
            return;
        }
}

void RestoreArchivePage::verify()
{
    ArchiveJob* job = m_wizard->archiveJob();
    if (job->isRunning() || !m_loaded)
        return;
    m_verifying = true;
    m_verify->setEnabled(false);
    m_verifyProgress->setValue(0);
    m_verifyProgress->setVisible(true);
    m_verifyResult->setText(tr("Verifying…"));
    job->verify(m_wizard->archivePath(), m_wizard->decryptionKeys());
}

void RestoreArchivePage::showVerification(const ArchiveVerification& v)
{
    m_verifying = false;
    m_verifyProgress->setVisible(false);
    m_verify->setEnabled(true);
    const QLocale locale;
    qint64 total = 0;
    QMap<QString, qint64> perCollection;
    QMap<QPair<QString, QString>, qint64> perTenant;
    for (const ArchiveTrailer::Counts& c : v.counts) {
        total += c.objects;
        perCollection[c.collection] += c.objects;
        if (!c.tenant.isEmpty())
            perTenant[{c.collection, c.tenant}] += c.objects;
    }
    // Without a trailer the archive was cut off: what was read is not what it holds, so no count is shown as 0.
    const QString unknown = tr("unknown", "object count");
    const QString unknownTip = tr("The archive is incomplete, so its object counts are unknown.");
    auto showCount = [&](QTreeWidgetItem* item, qint64 n) {
        item->setText(1, v.hasTrailer ? locale.toString(n) : unknown);
        item->setToolTip(1, v.hasTrailer ? QString() : unknownTip);
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const QString name = item->data(0, Qt::UserRole).toString();
        showCount(item, perCollection.value(name));
        for (int j = 0; j < item->childCount(); ++j)
            showCount(item->child(j), perTenant.value({name, item->child(j)->text(0)}));
    }
    m_tree->resizeColumnToContents(1);
    if (v.ok()) {
        m_verifyResult->setText(tr("The archive is intact: %Ln object(s), every checksum matches.", nullptr,
            int(std::min<qint64>(total, INT_MAX))));
        m_verifyResult->setPalette(palette());
        return;
    }
    // Each problem once: the verifier reports a missing trailer itself, and its messages name their entry.
    QStringList lines;
    if (!v.hasTrailer && v.problems.isEmpty())
        lines.append(tr("The archive is incomplete: it has no valid trailer."));
    for (const ArchiveVerification::Problem& p : v.problems) {
        const QString line
            = p.entry.isEmpty() || p.message.contains(p.entry) ? p.message : tr("%1: %2").arg(p.entry, p.message);
        if (!lines.contains(line))
            lines.append(line);
        if (!p.details.isEmpty())
            Q_EMIT m_wizard->logMessage(p.details);
    }
    m_verifyResult->setText(lines.join(u'\n'));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, kProblemColour);
    m_verifyResult->setPalette(pal);
}

bool RestoreArchivePage::isComplete() const
{
    return m_loaded && m_wizard->isConnected();
}

// ---------------------------------------------------------------------------------------------------------------
RestoreOptionsPage::RestoreOptionsPage(RestoreWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(u"restoreOptionsPage"_s);
    setTitle(tr("Target"));
    setSubTitle(tr("How and what to restore. Preview shows what would change; nothing is written before Restore."));
    setButtonText(QWizard::NextButton, tr("&Preview"));

    createModeChoice();
    createNamesEditor();
    createRestoreChoices();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tenantFilter);
    layout->addWidget(m_names, 1);
    layout->addWidget(m_tenantFilter->note());
    layout->addLayout(createForm());
    layout->addWidget(createSideBySide());
    setTabOrders();
    connect(m_names, &TargetNamesEditor::changed, this, &RestoreOptionsPage::updateSideBySide);

    updateModeHelp();
    connect(m_mode, &QComboBox::currentIndexChanged, this, &RestoreOptionsPage::updateModeHelp);
}

void RestoreOptionsPage::createModeChoice()
{
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeComboBox"_s);
    m_mode->addItem(tr("New: the collections must not exist"), int(RestoreMode::New));
    m_mode->addItem(tr("Merge: add missing objects and properties"), int(RestoreMode::Merge));
    m_mode->addItem(tr("Overwrite: like merge, archived objects replace existing ones"), int(RestoreMode::Overwrite));
    m_mode->addItem(tr("Replace: drop the collections first"), int(RestoreMode::Replace));
    m_modeHelp = new QLabel(this);
    m_modeHelp->setObjectName(u"modeHelpLabel"_s);
    m_modeHelp->setWordWrap(true);
}

void RestoreOptionsPage::createNamesEditor()
{
    TargetNamesEditor::Texts names;
    names.sourceHeader = tr("Collection or tenant");
    names.targetHeader = tr("Restore as");
    names.accessibleName = tr("Collections to restore and their target names");
    names.renameButton = tr("Re&name…");
    names.renameToolTip = tr("Restore the selected collection under another name (F2)");
    names.hint = tr("To restore a collection under another name, select it and press F2 or Rename, then type the "
                    "name in \"Restore as\".");
    names.refusal = tr("\"%1\" is not selected for the restore, so it cannot be renamed. Tick it first.");
    m_names = new TargetNamesEditor(names, this);
    m_tree = m_names->tree();
    connect(m_names, &TargetNamesEditor::changed, this, &RestoreOptionsPage::completeChanged);
    m_tenantFilter = new TenantFilter(m_tree, this);
    m_tenantFilter->focusTreeWhenShown();
}

void RestoreOptionsPage::createRestoreChoices()
{
    m_schemaOnly = new QCheckBox(tr("&Schema only (no objects)"), this);
    m_schemaOnly->setObjectName(u"schemaOnlyCheckBox"_s);
    m_vectorizerNone = new QCheckBox(tr("Set every &vectorizer to \"none\" (objects keep their vectors)"), this);
    m_vectorizerNone->setObjectName(u"vectorizerNoneCheckBox"_s);
    m_replication = new QSpinBox(this);
    m_replication->setObjectName(u"replicationSpinBox"_s);
    m_replication->setRange(0, 64);
    m_replication->setSpecialValueText(tr("As archived"));
    m_vectors = new VectorsChoice(true, this);
    // Left out, the vectors are not restored at all: rewriting the archived vectorizers to "none" has no say.
    connect(m_vectors, &VectorsChoice::changed, this, [this] {
        m_vectorizerNone->setEnabled(!m_vectors->omit());
        Q_EMIT completeChanged();
    });
}

QLayout* RestoreOptionsPage::createForm()
{
    auto* form = new QFormLayout;
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(QString(), m_modeHelp);
    form->addRow(QString(), m_schemaOnly);
    form->addRow(QString(), m_vectorizerNone);
    form->addRow(tr("Vectors:"), m_vectors);
    form->addRow(tr("&Replication factor:"), m_replication);
    return form;
}

void RestoreOptionsPage::setTabOrders()
{
    // Tab follows the layout (the tree is above the form), not the order of creation.
    setTabOrder(m_tenantFilter, m_tree);
    setTabOrder(m_tree, m_names->renameButton());
    setTabOrder(m_names->renameButton(), m_mode);
    setTabOrder(m_mode, m_schemaOnly);
    setTabOrder(m_schemaOnly, m_vectorizerNone);
    QWidgetList order {m_vectorizerNone};
    order << m_vectors->fields() << m_replication;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    setTabOrder(m_replication, m_sideBySide);
    setTabOrder(m_sideBySide, m_swap);
    setTabOrder(m_swap, m_swapAlias);
}

// "Restore beside the current collection and switch alias" (the CLI's --as-new --swap-alias): shown only for a
// target with aliases that holds a collection of the archive.
QWidget* RestoreOptionsPage::createSideBySide()
{
    m_sideBySideBox = new QWidget(this);
    m_sideBySide = new QCheckBox(tr("Restore &beside the current collection, as a new collection"), m_sideBySideBox);
    m_sideBySide->setObjectName(u"sideBySideCheckBox"_s);
    m_swap = new QCheckBox(tr("&Then switch this alias to it:"), m_sideBySideBox);
    m_swap->setObjectName(u"swapAliasCheckBox"_s);
    m_swapAlias = new QComboBox(m_sideBySideBox);
    m_swapAlias->setObjectName(u"swapAliasComboBox"_s);
    m_swapAlias->setEditable(true);
    m_swapAlias->setInsertPolicy(QComboBox::NoInsert);
    m_swapAlias->setAccessibleName(tr("Alias to switch to the new collection"));
    m_swapAlias->view()->setAccessibleName(tr("Aliases of the current collection")); // an editable box makes it now
    m_swapAlias->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sideBySideHint = new QLabel(m_sideBySideBox);
    m_sideBySideHint->setObjectName(u"sideBySideHintLabel"_s);
    m_sideBySideHint->setWordWrap(true);
    auto* swapRow = new QHBoxLayout;
    swapRow->addSpacing(20);
    swapRow->addWidget(m_swap);
    swapRow->addWidget(m_swapAlias, 1);
    auto* layout = new QVBoxLayout(m_sideBySideBox);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_sideBySide);
    layout->addLayout(swapRow);
    layout->addWidget(m_sideBySideHint);
    m_sideBySideBox->setVisible(false);
    connect(m_sideBySide, &QCheckBox::toggled, this, [this](bool on) {
        if (!on)
            m_swap->setChecked(false); // no switch left ticked (and greyed) behind an unticked "beside"
        updateSideBySide();
    });
    connect(m_swap, &QCheckBox::toggled, this, &RestoreOptionsPage::updateSideBySide);
    connect(m_swapAlias, &QComboBox::editTextChanged, this, &RestoreOptionsPage::completeChanged);
    return m_sideBySideBox;
}

void RestoreOptionsPage::updateModeHelp()
{
    if (m_sideBySide->isEnabled() && m_sideBySide->isChecked()) {
        // Not new mode's own words ("a collection that already exists blocks"): here it stands beside it.
        m_modeHelp->setText(tr("A new collection is created beside the existing one, which is not touched."));
        return;
    }
    switch (mode()) {
    case RestoreMode::New:
        m_modeHelp->setText(tr("Nothing existing is touched; a collection that already exists blocks the restore."));
        break;
    case RestoreMode::Merge:
        m_modeHelp->setText(tr("Existing objects are kept; missing objects and properties are added."));
        break;
    case RestoreMode::Overwrite:
        m_modeHelp->setText(tr("Objects with the same id are replaced by the archived ones."));
        break;
    case RestoreMode::Replace:
        m_modeHelp->setText(tr("Existing collections are deleted first. You will type their names to confirm."));
        break;
    }
}

void RestoreOptionsPage::setTargetAliases(const RestoreTargetAliases& target)
{
    m_target = target;
    updateSideBySide();
}

QString RestoreOptionsPage::sideBySideSource() const
{
    QString source;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            continue;
        if (!source.isEmpty())
            return {}; // more than one
        source = item->data(0, Qt::UserRole).toString();
    }
    return m_target.collections.contains(AliasClient::canonicalName(source)) ? source : QString();
}

void RestoreOptionsPage::updateSideBySide()
{
    bool onTarget = false;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QString name = m_tree->topLevelItem(i)->data(0, Qt::UserRole).toString();
        onTarget = onTarget || m_target.collections.contains(AliasClient::canonicalName(name));
    }
    m_sideBySideBox->setVisible(m_target.supported && onTarget);
    const QString source = sideBySideSource();
    const QString existing = AliasClient::canonicalName(source);
    m_sideBySide->setEnabled(!source.isEmpty());
    const bool on = m_sideBySide->isEnabled() && m_sideBySide->isChecked();
    m_swap->setEnabled(on);
    m_swapAlias->setEnabled(on && m_swap->isChecked());
    m_mode->setEnabled(!on); // a side-by-side restore creates its collection: mode new
    if (on)
        m_mode->setCurrentIndex(m_mode->findData(int(RestoreMode::New)));
    updateModeHelp();
    QStringList pointing; // the aliases of the collection being restored beside, offered first
    for (const CollectionAlias& a : std::as_const(m_target.aliases))
        if (a.collection == existing)
            pointing << a.alias;
    QStringList offered;
    for (int i = 0; i < m_swapAlias->count(); ++i)
        offered << m_swapAlias->itemText(i);
    if (offered != pointing) {
        const QString typed = m_swapAlias->currentText();
        const QSignalBlocker block(m_swapAlias);
        m_swapAlias->clear();
        m_swapAlias->addItems(pointing);
        m_swapAlias->setEditText(typed.isEmpty() || offered.contains(typed) ? pointing.value(0) : typed);
    }
    m_sideBySideHint->setVisible(source.isEmpty() || on);
    if (source.isEmpty())
        m_sideBySideHint->setText(
            tr("Tick only one collection that exists on the server to restore it beside the current one."));
    else if (m_swap->isChecked())
        //: %1 a collection on the server; the new one is named %1_ followed by the UTC date and time
        m_sideBySideHint->setText(tr("%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or "
                                     "the name typed in \"Restore as\"; once the new collection's object counts are "
                                     "verified, the alias is switched to it in one request.")
                                      .arg(existing));
    else
        //: %1 a collection on the server; the new one is named %1_ followed by the UTC date and time
        m_sideBySideHint->setText(tr("%1 stays as it is. The archive is restored into %1_yyyyMMddHHmmss (UTC), or "
                                     "the name typed in \"Restore as\".")
                                      .arg(existing));
    Q_EMIT completeChanged();
}

void RestoreOptionsPage::setArchive(
    const QString& path, const ArchiveInspection& inspection, const RestoreParams* preset)
{
    m_archivePath = path;
    m_names->resetHint();
    const RestoreParams defaults;
    const RestoreParams& p = preset ? *preset : defaults;
    // Nothing of an earlier restore carries over: Undo after a clear presets merge, never a switch of an alias.
    m_sideBySide->setChecked(p.asNew);
    m_swap->setChecked(!p.swapAlias.isEmpty());
    m_swapAlias->setEditText(p.swapAlias);
    m_mode->setCurrentIndex(std::max(0, m_mode->findData(int(p.mode))));
    m_schemaOnly->setChecked(p.schemaOnly);
    m_vectorizerNone->setChecked(p.vectorizerNone);
    m_vectors->choose(p.vectors, p.vectorizers.value(QString()));
    m_replication->setValue(p.replicationFactor);
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    for (const ArchiveInspection::Collection& c : inspection.collections) {
        const bool selected = p.collections.isEmpty() || p.collections.contains(c.name);
        auto* item = new QTreeWidgetItem(m_tree, {c.name, p.rename.value(c.name, c.name)});
        item->setData(0, Qt::UserRole, c.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(0, selected ? Qt::Checked : Qt::Unchecked);
        const bool someTenants = p.tenants.contains(c.name);
        for (const ArchiveTenant& t : c.tenants) {
            auto* child = new QTreeWidgetItem(item, {t.name});
            child->setData(0, Qt::UserRole, t.name);
            child->setFlags((child->flags() | Qt::ItemIsUserCheckable) & ~Qt::ItemIsEditable);
            child->setCheckState(0,
                selected && (!someTenants || p.tenants.value(c.name).contains(t.name)) ? Qt::Checked : Qt::Unchecked);
        }
        TenantFilter::syncCollection(item);
    }
    m_tenantFilter->reset();
    updateSideBySide();
}

void RestoreOptionsPage::editTargetName(const QString& source)
{
    m_names->editTargetName(source);
}

void RestoreOptionsPage::focusMode()
{
    m_mode->setFocus(Qt::OtherFocusReason);
}

RestoreMode RestoreOptionsPage::mode() const
{
    return RestoreMode(m_mode->currentData().toInt());
}

void RestoreOptionsPage::fillParams(RestoreParams* p) const
{
    p->mode = mode();
    p->schemaOnly = m_schemaOnly->isChecked();
    p->vectorizerNone = m_vectorizerNone->isChecked() && !m_vectors->omit();
    m_vectors->fillParams(p);
    p->replicationFactor = m_replication->value();
    bool all = true;
    QStringList selected;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_tree->topLevelItem(i);
        const QString name = item->data(0, Qt::UserRole).toString();
        if (item->checkState(0) == Qt::Unchecked) {
            all = false;
            continue;
        }
        selected.append(name);
        const QString target = item->text(1).trimmed();
        if (!target.isEmpty() && target != name)
            p->rename.insert(name, target);
        if (item->checkState(0) == Qt::PartiallyChecked) {
            QStringList tenants;
            for (int j = 0; j < item->childCount(); ++j)
                if (item->child(j)->checkState(0) == Qt::Checked)
                    tenants.append(item->child(j)->data(0, Qt::UserRole).toString());
            p->tenants.insert(name, tenants);
        }
    }
    p->collections = all ? QStringList() : selected;
    if (!m_sideBySideBox->isHidden() && m_sideBySide->isEnabled() && m_sideBySide->isChecked()) {
        p->asNew = true;
        p->mode = RestoreMode::New;
        p->collections = selected; // the one collection: --as-new names it
        if (m_swap->isChecked())
            p->swapAlias = m_swapAlias->currentText().trimmed();
    }
}

bool RestoreOptionsPage::isComplete() const
{
    const bool swapNamed = !m_sideBySide->isChecked() || !m_swap->isChecked() || !m_swapAlias->isEnabled()
        || !m_swapAlias->currentText().trimmed().isEmpty();
    return m_names->isComplete() && swapNamed && m_vectors->isComplete();
}

void RestoreOptionsPage::readTargetModules(const WeaviateEndpoint& endpoint)
{
    m_vectors->readModules(endpoint);
}

// ---------------------------------------------------------------------------------------------------------------
RestoreDiffPage::RestoreDiffPage(RestorePreviewWizard* wizard, Source source)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_source(source)
{
    const bool archive = source == Source::Archive;
    setObjectName(u"restoreDiffPage"_s);
    setTitle(tr("Preview"));
    setSubTitle(archive
            ? tr("What the restore will do. Blocking problems are listed first and must be solved before restoring.")
            : tr("What the copy will do. Blocking problems are listed first and must be solved before copying."));
    setCommitPage(true); // until a plan says that replace mode needs the typed confirmation first
    setButtonText(QWizard::CommitButton, archive ? tr("&Restore") : tr("&Copy"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_legend = new QLabel(archive
            ? tr("To skip: objects already on the server that merge keeps as they are. Unchanged: objects equal on "
                 "the server and in the archive, which overwrite does not write again.")
            : tr("To skip: objects already on the target that merge keeps as they are. Unchanged: objects equal on "
                 "the source and the target, which overwrite does not write again."),
        this);
    m_legend->setObjectName(u"diffLegendLabel"_s);
    m_legend->setWordWrap(true);
    createTree(archive);
    QWidget* fixes = createFixes(archive);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_legend);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_details);
    layout->addWidget(fixes);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RestoreDiffPage::showDetails);
    connect(m_wizard, &RestorePreviewWizard::planChanged, this, &RestoreDiffPage::showPlan);
}

// The tree of changes and, below it, the details of the selected row.
void RestoreDiffPage::createTree(bool archive)
{
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"diffTreeWidget"_s);
    m_tree->setAccessibleName(archive ? tr("What the restore will do") : tr("What the copy will do"));
    m_tree->setHeaderLabels({tr("Collection"), tr("Change"), tr("Objects")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setColumnWidth(0, 200);
    // Long explanations do not fit a row: the selected row's change is shown in full below the tree.
    m_details = new QLabel(this);
    m_details->setObjectName(u"diffDetailsLabel"_s);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setMinimumHeight(m_details->fontMetrics().lineSpacing() * 3);
    m_details->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_tree->headerItem()->setToolTip(2, m_legend->text());
}

QWidget* RestoreDiffPage::createFixes(bool archive)
{
    // What solves a collection that blocks (it exists, or its name clashes): another name or another mode.
    auto* rename
        = new QPushButton(archive ? tr("Restore Under Another &Name…") : tr("Copy Under Another &Name…"), this);
    rename->setObjectName(u"renameConflictButton"_s);
    rename->setAutoDefault(false);
    auto* chooseMode = new QPushButton(tr("Choose Another &Mode…"), this);
    chooseMode->setObjectName(u"chooseModeButton"_s);
    chooseMode->setAutoDefault(false);
    m_fixes = new QWidget(this);
    auto* fixes = new QHBoxLayout(m_fixes);
    fixes->setContentsMargins(0, 0, 0, 0);
    fixes->addWidget(rename);
    fixes->addWidget(chooseMode);
    fixes->addStretch(1);
    m_fixes->setVisible(false);
    connect(rename, &QPushButton::clicked, this, [this] { m_wizard->showRename(blockedCollection()); });
    connect(chooseMode, &QPushButton::clicked, m_wizard, &RestorePreviewWizard::showModeChoice);
    return m_fixes;
}

void RestoreDiffPage::showDetails(QTreeWidgetItem* item)
{
    if (!item) {
        m_details->clear();
        return;
    }
    m_details->setText(item->columnCount() > 2 && !item->text(2).isEmpty()
            //: %1 a change, %2 object counts
            ? tr("%1 (%2)").arg(item->text(1), item->text(2))
            : item->text(1));
    m_details->setPalette(palette());
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, item->foreground(1).color());
    if (item->foreground(1).style() != Qt::NoBrush)
        m_details->setPalette(pal);
}

void RestoreDiffPage::initializePage()
{
    m_wizard->requestPlanIfChanged();
}

bool RestoreDiffPage::isComplete() const
{
    return m_wizard->hasPlan() && !m_wizard->previewPlan().isBlocked();
}

int RestoreDiffPage::nextId() const
{
    return m_wizard->pageAfterPreview();
}

QString RestoreDiffPage::blockedCollection() const
{
    // The collection of the selected row if it blocks, else the first one that does.
    const QTreeWidgetItem* item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    const QString current = item ? item->data(0, Qt::UserRole + 1).toString() : QString();
    QString first;
    for (const RestoreCollectionPlan& c : m_wizard->previewPlan().collections) {
        if (c.problems.isEmpty())
            continue;
        if (c.source == current)
            return current;
        if (first.isEmpty())
            first = c.source;
    }
    return first;
}

// A collection's schema changes, as children of its row: in the words of a restore or of a copy.
void RestoreDiffPage::addSchemaChanges(QTreeWidgetItem* item, const RestoreSchemaDiff& d)
{
    const bool archive = m_source == Source::Archive;
    for (const RestoreSchemaDiff::PropertyType& t : d.typeConflicts) {
        auto* child = new QTreeWidgetItem(item,
            {tr("Conflict"),
                archive
                    //: %1 property, %2 its type in the archive, %3 its type on the server
                    ? tr("Property %1 is %2 in the archive but %3 on the server: its "
                         "values cannot be written. Restore under another name or "
                         "in replace mode.")
                          .arg(t.name, t.archiveType, t.targetType)
                    //: %1 property, %2 its type on the source server, %3 its type on the target server
                    : tr("Property %1 is %2 on the source but %3 on the target: its values cannot be written. Copy "
                         "under another name or in replace mode.")
                          .arg(t.name, t.archiveType, t.targetType)});
        child->setToolTip(1, child->text(1));
        paint(child, kProblemColour);
    }
    for (const QString& p : d.onlyInArchive)
        paint(new QTreeWidgetItem(item,
                  {tr("Added"),
                      archive ? tr("Property %1 is only in the archive and is added.").arg(p)
                              : tr("Property %1 is only on the source and is added to the target.").arg(p)}),
            kAddColour);
    for (const QString& p : d.onlyInTarget)
        new QTreeWidgetItem(item,
            {archive ? tr("Only on server") : tr("Only on target"),
                archive
                    ? tr("Property %1 is only on the server. It is kept; the restored objects have no value for it.")
                          .arg(p)
                    : tr("Property %1 is only on the target. It is kept; the copied objects have no value for it.")
                          .arg(p)});
    for (const QString& m : d.missingModules)
        paint(new QTreeWidgetItem(item,
                  {tr("Module"),
                      archive ? tr("Module %1 is not enabled on the server.").arg(m)
                              : tr("Module %1 is not enabled on the target server.").arg(m)}),
            kWarningColour);
    for (const QString& u : d.unsupported)
        paint(new QTreeWidgetItem(item, {tr("Schema"), u}), kWarningColour);
    const QLocale locale;
    if (d.replicationFactor != d.archivedReplicationFactor)
        new QTreeWidgetItem(item,
            {tr("Replication"),
                archive
                    //: %1 the new replication factor, %2 the archived one
                    ? tr("Replication factor %1 (archived: %2).")
                          .arg(locale.toString(d.replicationFactor), locale.toString(d.archivedReplicationFactor))
                    //: %1 the new replication factor, %2 the source collection's
                    : tr("Replication factor %1 (on the source: %2).")
                          .arg(locale.toString(d.replicationFactor), locale.toString(d.archivedReplicationFactor))});
}

// The aliases the plan creates, leaves, moves or cannot move; the side-by-side restore's switch among them.
void RestoreDiffPage::addAliasChanges(const QList<RestoreAliasPlan>& aliases)
{
    for (const RestoreAliasPlan& a : aliases) {
        QString change;
        switch (a.action) {
        case RestoreAliasPlan::Action::Create:
            change = a.swap
                //: %1 alias, %2 the new collection
                ? tr("Alias %1 is created, pointing at %2 once its object counts are verified.")
                      .arg(a.alias, a.collection)
                : tr("Alias %1 is created, pointing at %2.").arg(a.alias, a.collection);
            break;
        case RestoreAliasPlan::Action::Unchanged:
            change = tr("Alias %1 already points at %2.").arg(a.alias, a.collection);
            break;
        case RestoreAliasPlan::Action::Move:
            change = a.swap
                //: %1 alias, %2 the new collection, %3 the collection it points at now
                ? tr("Alias %1 is switched from %3 to %2 once its object counts are verified. %3 is kept, so the "
                     "alias can be switched back.")
                      .arg(a.alias, a.collection, a.current)
                //: %1 alias, %2 the restored collection, %3 the collection it points at now
                : tr("Alias %1 is moved from %3 to %2.").arg(a.alias, a.collection, a.current);
            break;
        case RestoreAliasPlan::Action::Blocked:
            //: %1 alias, %2 the restored collection, %3 the collection it points at now
            change = tr("Alias %1 points at %3 on the server, so it cannot point at %2.")
                         .arg(a.alias, a.collection, a.current);
            break;
        }
        //: %1 an alias name
        auto* item = new QTreeWidgetItem(m_tree, {tr("Alias %1").arg(a.alias), change});
        item->setToolTip(1, change);
        if (a.action == RestoreAliasPlan::Action::Blocked)
            paint(item, kProblemColour);
        else if (a.action != RestoreAliasPlan::Action::Unchanged)
            paint(item, kAddColour);
    }
}

namespace {
// With the vectors left out: a row per vector of the collection under it, saying which module of the target computes
// it (or that none does), as the command line's plan does.
void addVectorizerRows(QTreeWidgetItem* item, const QList<RestoreVectorizerPlan>& vectors)
{
    for (const RestoreVectorizerPlan& v : vectors) {
        QString name = RestoreDiffPage::tr("Vectors");
        QString text = RestoreDiffPage::tr("None: the objects are written without them.");
        if (!v.vector.isEmpty()) {
            //: %1 the name of a named vector
            name = RestoreDiffPage::tr("Vector %1").arg(v.vector);
            text = RestoreDiffPage::tr("None: the objects are written without it.");
        }
        if (v.module != u"none"_s)
            //: %1 a vectorizer module of the target (text2vec-openai), %n objects
            text = RestoreDiffPage::tr(
                "The target's %1 will embed %n object(s).", nullptr, int(std::min<qint64>(v.objects, INT_MAX)))
                       .arg(v.module);
        auto* child = new QTreeWidgetItem(item, {name, text});
        child->setToolTip(1, text);
        if (v.module == u"none"_s)
            paint(child, kWarningColour);
    }
}
} // namespace

void RestoreDiffPage::showPlan()
{
    m_tree->clear();
    m_details->clear();
    m_fixes->setVisible(false);
    if (!m_wizard->hasPlan()) {
        showPlanning();
        return;
    }
    const RestorePlan& plan = m_wizard->previewPlan();
    if (plan.isBlocked())
        addProblems(plan.problems);
    for (const RestoreCollectionPlan& c : plan.collections)
        addCollection(c);
    addAliasChanges(plan.aliases);
    addWarnings(plan.warnings);
    if (m_tree->topLevelItemCount() > 0) {
        QTreeWidgetItem* first = m_tree->topLevelItem(0);
        m_tree->expandItem(first);
        m_tree->setCurrentItem(first->childCount() > 0 && plan.isBlocked() ? first->child(0) : first);
    }
    m_tree->resizeColumnToContents(2);
    showSummary(plan);
    m_fixes->setVisible(!blockedCollection().isEmpty());
    Q_EMIT completeChanged();
}

// No plan yet: on its way, or refused (said in red, as a blocked one).
void RestoreDiffPage::showPlanning()
{
    const QString planning = m_source == Source::Archive ? tr("Comparing the archive with the server…")
                                                         : tr("Comparing the source with the target server…");
    m_summary->setText(m_wizard->planError().isEmpty() ? planning : m_wizard->planError());
    QPalette pal = palette();
    if (!m_wizard->planError().isEmpty())
        pal.setColor(QPalette::WindowText, kProblemColour);
    m_summary->setPalette(pal);
    Q_EMIT completeChanged();
}

QString RestoreDiffPage::countsText(const RestoreObjectCounts& o)
{
    const QLocale locale;
    //: object counts of a restore: %1 to create, %2 to overwrite, %3 to skip, %4 unchanged
    return tr("%1 to create, %2 to overwrite, %3 to skip, %4 unchanged")
        .arg(locale.toString(o.create), locale.toString(o.overwrite), locale.toString(o.skip),
            locale.toString(o.unchanged));
}

void RestoreDiffPage::addProblems(const QStringList& problems)
{
    auto* item = new QTreeWidgetItem(
        m_tree, {tr("Blocking problems"), tr("%Ln problem(s) must be solved first", nullptr, int(problems.size()))});
    QFont bold = item->font(0);
    bold.setBold(true);
    item->setFont(0, bold);
    paint(item, kProblemColour);
    for (const QString& p : problems) {
        auto* child = new QTreeWidgetItem(item, {QString(), p});
        child->setToolTip(1, p);
        paint(child, kProblemColour);
    }
}

void RestoreDiffPage::addCollection(const RestoreCollectionPlan& c)
{
    QString action;
    switch (c.action) {
    case RestoreCollectionPlan::Action::Create:
        action = tr("Create");
        break;
    case RestoreCollectionPlan::Action::Replace:
        action = tr("Replace: drop and create again");
        break;
    case RestoreCollectionPlan::Action::UseExisting:
        action = tr("Use the existing collection");
        break;
    }
    //: %1 the name in the archive, %2 the name on the server
    const QString name = c.source == c.target ? c.target : tr("%1 → %2").arg(c.source, c.target);
    auto* item = new QTreeWidgetItem(m_tree, {name, action, countsText(c.objects)});
    item->setData(0, Qt::UserRole, c.target);
    item->setData(0, Qt::UserRole + 1, c.source);
    item->setToolTip(2, countsText(c.objects));
    if (!c.problems.isEmpty())
        paint(item, kProblemColour);
    addSchemaChanges(item, c.diff);
    addVectorizerRows(item, c.vectorizers);
    for (const RestoreTenantPlan& t : c.tenants)
        addTenant(item, t);
    item->setExpanded(!c.problems.isEmpty() || !c.diff.typeConflicts.isEmpty() || c.tenants.size() < 20);
}

void RestoreDiffPage::addTenant(QTreeWidgetItem* collection, const RestoreTenantPlan& t)
{
    QString change;
    if (t.create && t.finalStatus.isEmpty())
        change = tr("Tenant is created.");
    else if (t.create)
        //: %1 a tenant status in words, e.g. "inactive"
        change = tr("Tenant is created and then made %1.").arg(ProgressText::tenantStatus(t.finalStatus));
    else if (t.activate)
        //: %1 a tenant status in words, e.g. "inactive"
        change = tr("Tenant already exists and is %1: it is made active for loading, then put back.")
                     .arg(ProgressText::tenantStatus(t.targetStatus));
    else
        //: %1 a tenant status in words, e.g. "active"
        change = tr("Tenant already exists and is %1.").arg(ProgressText::tenantStatus(t.targetStatus));
    //: %1 a tenant name
    auto* child = new QTreeWidgetItem(collection, {tr("Tenant %1").arg(t.name), change, countsText(t.objects)});
    child->setToolTip(2, countsText(t.objects));
    if (t.create)
        paint(child, kAddColour);
}

void RestoreDiffPage::addWarnings(const QStringList& warnings)
{
    if (warnings.isEmpty())
        return;
    auto* item = new QTreeWidgetItem(m_tree, {tr("Warnings"), tr("%Ln warning(s)", nullptr, int(warnings.size()))});
    paint(item, kWarningColour);
    for (const QString& w : warnings) {
        auto* child = new QTreeWidgetItem(item, {QString(), w});
        child->setToolTip(1, w);
    }
    item->setExpanded(true);
}

void RestoreDiffPage::showSummary(const RestorePlan& plan)
{
    const QLocale locale;
    const int archived = int(std::min<qint64>(plan.totals.archived, INT_MAX));
    const QString collections = locale.toString(plan.collections.size());
    const QString toWrite = locale.toString(plan.totals.toWrite());
    if (m_source == Source::Archive)
        m_summary->setText(plan.isBlocked()
                //: %Ln archived objects, %1 collections, %2 objects that would be written
                ? tr("%Ln object(s) in the archive. Collections: %1; objects to write: %2. The restore is blocked.",
                    nullptr, archived)
                      .arg(collections, toWrite)
                //: %Ln archived objects, %1 collections, %2 objects that will be written
                : tr("%Ln object(s) in the archive. Collections: %1; objects to write: %2.", nullptr, archived)
                      .arg(collections, toWrite));
    else
        m_summary->setText(plan.isBlocked()
                //: %Ln objects on the source server, %1 collections, %2 objects that would be written to the target
                ? tr("%Ln object(s) on the source. Collections: %1; objects to write: %2. The copy is blocked.",
                    nullptr, archived)
                      .arg(collections, toWrite)
                //: %Ln objects on the source server, %1 collections, %2 objects that will be written to the target
                : tr("%Ln object(s) on the source. Collections: %1; objects to write: %2.", nullptr, archived)
                      .arg(collections, toWrite));
    QPalette pal = palette();
    if (plan.isBlocked())
        pal.setColor(QPalette::WindowText, kProblemColour);
    m_summary->setPalette(pal);
}

} // namespace Colvault
