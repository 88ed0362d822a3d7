// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/CopyWizardPages.h"

#include "core/BackupTask.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/CopyWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/RestoreWizardPages.h"
#include "widgets/VectorsChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
bool isLoopback(const QString& host)
{
    return host.compare(u"localhost"_s, Qt::CaseInsensitive) == 0 || QHostAddress(host).isLoopback();
}

// Whether two URLs obviously name one server, without resolving names (the GUI thread must not block): for the
// page's hint only. CopyTask::plan decides for real (CopyTask::sameServer) and refuses what would be read and written.
bool looksLikeOneServer(const QUrl& a, const QUrl& b)
{
    const int portA = a.port(a.scheme() == u"https"_s ? 443 : 80);
    const int portB = b.port(b.scheme() == u"https"_s ? 443 : 80);
    if (a.scheme() != b.scheme() || portA != portB)
        return false;
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0 || (isLoopback(a.host()) && isLoopback(b.host()));
}
} // namespace

CopyTargetPage::CopyTargetPage(CopyWizard* wizard, ProfileStore* profiles)
    : QWizardPage(wizard)
    , m_profiles(profiles)
{
    setObjectName(u"copyTargetPage"_s);
    setTitle(tr("Target"));
    setSubTitle(tr("Where and how to copy. Preview shows what would change; nothing is written before Copy."));
    setButtonText(QWizard::NextButton, tr("&Preview"));

    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"targetProfileComboBox"_s);
    m_profile->setToolTip(tr("A saved connection profile: its server receives the copy"));
    // A combo box's own accessible name is its current text, which does not say what it chooses.
    m_profile->setAccessibleName(tr("Target connection profile"));
    m_targetLabel = new QLabel(this);
    m_targetLabel->setObjectName(u"targetServerLabel"_s);
    m_targetLabel->setWordWrap(true);
    m_targetLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    TargetNamesEditor::Texts names;
    names.sourceHeader = tr("Collection");
    names.targetHeader = tr("Copy as");
    names.accessibleName = tr("Collections to copy and their names on the target");
    names.renameButton = tr("Re&name…");
    names.renameToolTip = tr("Copy the selected collection under another name (F2)");
    names.hint = tr("To copy a collection under another name, select it and press F2 or Rename, then type the name in "
                    "\"Copy as\".");
    //: %1 a collection name
    names.refusal = tr("\"%1\" is not selected for the copy, so it cannot be renamed. Tick it first.");
    m_names = new TargetNamesEditor(names, this);
    m_names->tree()->setRootIsDecorated(false); // collections only: the copy takes every tenant
    connect(m_names, &TargetNamesEditor::changed, this, &CopyTargetPage::completeChanged);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"modeComboBox"_s);
    m_mode->setAccessibleName(tr("Copy mode"));
    m_mode->addItem(tr("New: the collections must not exist on the target"), int(RestoreMode::New));
    m_mode->addItem(tr("Merge: add missing objects and properties"), int(RestoreMode::Merge));
    m_mode->addItem(tr("Overwrite: like merge, copied objects replace existing ones"), int(RestoreMode::Overwrite));
    m_mode->addItem(tr("Replace: drop the target's collections first"), int(RestoreMode::Replace));
    m_modeHelp = new QLabel(this);
    m_modeHelp->setObjectName(u"modeHelpLabel"_s);
    m_modeHelp->setWordWrap(true);
    showModeHelp();
    m_vectors = new VectorsChoice(false, this);
    connect(m_vectors, &VectorsChoice::changed, this, &CopyTargetPage::completeChanged);

    // Where and how first, in one form (its labels aligned), then what.
    auto* form = new QFormLayout;
    form->addRow(tr("Copy &to:"), m_profile);
    form->addRow(QString(), m_targetLabel);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(QString(), m_modeHelp);
    form->addRow(tr("Vectors:"), m_vectors);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_names, 1);
    layout->addLayout(createArchiveRow());
    QWidgetList order {m_profile, m_mode};
    order << m_vectors->fields() << m_names->tree() << m_names->renameButton();
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_profile, &QComboBox::currentTextChanged, this, &CopyTargetPage::chooseProfile);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &CopyTargetPage::showModeHelp);
}

void CopyTargetPage::setup(const QString& sourceProfile, const QUrl& sourceUrl,
    const QList<CollectionSummary>& collections, const QStringList& selected)
{
    m_sourceUrl = sourceUrl;
    m_mode->setCurrentIndex(m_mode->findData(int(RestoreMode::New)));
    m_names->resetHint();
    m_archive->setChecked(false);
    m_archivePathEdited = false;
    m_vectors->choose(RestoreVectors::Keep, QString());
    {
        QTreeWidget* tree = m_names->tree();
        const QSignalBlocker block(tree);
        tree->clear();
        for (const CollectionSummary& c : collections) {
            auto* item = new QTreeWidgetItem(tree, {c.name, c.name});
            item->setData(0, Qt::UserRole, c.name);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
            item->setCheckState(0, selected.contains(c.name) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QStringList names = m_profiles->names();
    QString chosen = sourceProfile;
    for (const QString& name : names)
        if (name != sourceProfile) {
            chosen = name; // a copy goes to another server, unless there is none to choose
            break;
        }
    {
        const QSignalBlocker block(m_profile);
        m_profile->clear();
        m_profile->addItems(names);
        m_profile->setCurrentIndex(m_profile->findText(chosen));
    }
    chooseProfile(m_profile->currentText());
}

void CopyTargetPage::chooseProfile(const QString& name)
{
    const int generation = ++m_generation;
    m_loaded = false;
    m_endpoint = {};
    Q_EMIT completeChanged();
    if (name.isEmpty()) {
        m_targetLabel->setText(tr("There is no saved connection to copy to. Save one with Connection → New "
                                  "Connection… first."));
        return;
    }
    //: %1 a connection profile's name
    m_targetLabel->setText(tr("Reading the connection %1 and its secrets…").arg(name));
    m_profiles->load(name, this,
        [this, generation, name](const ConnectionProfile& profile, const QByteArray& apiKey, const QString& error) {
            if (generation != m_generation)
                return; // another profile was chosen meanwhile
            m_endpoint = profile.endpoint(apiKey);
            m_loaded = true;
            m_vectors->readModules(m_endpoint);
            showTarget(name, error);
            Q_EMIT completeChanged();
        });
}

void CopyTargetPage::showTarget(const QString& name, const QString& error)
{
    const QString url = m_endpoint.redactedUrl();
    QStringList lines;
    if (looksLikeOneServer(m_endpoint.url, m_sourceUrl))
        //: %1 a server URL
        lines << tr("The collections are copied to %1, the server they are read from: give each one another name "
                    "under \"Copy as\".")
                     .arg(url);
    else
        //: %1 a server URL
        lines << tr("The collections are copied to %1.").arg(url);
    if (!error.isEmpty())
        //: %1 a connection profile's name, %2 the keychain's error message
        lines << tr("The secrets of %1 could not be read from the keychain (%2); the copy connects without them.")
                     .arg(name, error);
    m_targetLabel->setText(lines.join(u' '));
}

void CopyTargetPage::showModeHelp()
{
    switch (mode()) {
    case RestoreMode::New:
        m_modeHelp->setText(
            tr("Nothing on the target is touched; a collection that already exists there blocks the copy."));
        break;
    case RestoreMode::Merge:
        m_modeHelp->setText(tr("Existing objects on the target are kept; missing objects and properties are added."));
        break;
    case RestoreMode::Overwrite:
        m_modeHelp->setText(tr("Objects with the same id on the target are replaced by the copied ones."));
        break;
    case RestoreMode::Replace:
        m_modeHelp->setText(
            tr("The target's existing collections are deleted first. You will type their names to confirm."));
        break;
    }
}

void CopyTargetPage::editTargetName(const QString& source)
{
    m_names->editTargetName(source);
}

void CopyTargetPage::focusMode()
{
    m_mode->setFocus(Qt::OtherFocusReason);
}

RestoreMode CopyTargetPage::mode() const
{
    return RestoreMode(m_mode->currentData().toInt());
}

void CopyTargetPage::fillParams(RestoreParams* p) const
{
    p->mode = mode();
    // Always by name, also when every one is ticked: "all" would include a collection created on the source since
    // the list was read, which the user never saw.
    p->collections.clear();
    const QTreeWidget* tree = m_names->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = tree->topLevelItem(i);
        if (item->checkState(0) == Qt::Unchecked)
            continue;
        const QString name = item->data(0, Qt::UserRole).toString();
        p->collections.append(name);
        const QString target = item->text(1).trimmed();
        if (!target.isEmpty() && target != name)
            p->rename.insert(name, target);
    }
    m_vectors->fillParams(p);
}

bool CopyTargetPage::isComplete() const
{
    return m_loaded && m_names->isComplete() && m_vectors->isComplete()
        && (!m_archive->isChecked() || !archivePath().isEmpty());
}

// "Also write an archive of what is copied", its file and Browse.
QLayout* CopyTargetPage::createArchiveRow()
{
    m_archive = new QCheckBox(tr("Also write an &archive of what is copied:"), this);
    m_archive->setObjectName(u"archiveCheckBox"_s);
    m_archive->setToolTip(tr("The archive holds what a backup of the copied collections would. It appears under "
                             "this name only once the copy succeeded and the archive verified."));
    m_archivePath = new QLineEdit(this);
    m_archivePath->setObjectName(u"archivePathLineEdit"_s);
    m_archivePath->setAccessibleName(tr("Archive file"));
    m_archiveBrowse = new QPushButton(tr("Bro&wse…"), this);
    m_archiveBrowse->setObjectName(u"archiveBrowseButton"_s);
    m_archiveBrowse->setAccessibleName(tr("Browse for the archive file"));
    auto* row = new QHBoxLayout;
    row->addWidget(m_archive);
    row->addWidget(m_archivePath, 1);
    row->addWidget(m_archiveBrowse);
    connect(m_archive, &QCheckBox::toggled, this, &CopyTargetPage::updateArchive);
    connect(m_names, &TargetNamesEditor::changed, this, &CopyTargetPage::updateArchive);
    connect(m_archivePath, &QLineEdit::textEdited, this, [this] {
        m_archivePathEdited = true;
        Q_EMIT completeChanged();
    });
    connect(m_archiveBrowse, &QPushButton::clicked, this, &CopyTargetPage::browseArchive);
    updateArchive();
    return row;
}

// The archive's row follows the box; until the user names the file, its name follows the ticked collections, in
// the folder a backup would suggest.
void CopyTargetPage::updateArchive()
{
    m_archivePath->setEnabled(m_archive->isChecked());
    m_archiveBrowse->setEnabled(m_archive->isChecked());
    if (m_archive->isChecked() && !m_archivePathEdited) {
        RestoreParams p;
        fillParams(&p);
        QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        if (!QFileInfo(dir).isDir())
            dir = QDir::homePath();
        const QString name
            = BackupTask::defaultFileName(p.collections, ArchiveCompression::Zstd, QDateTime::currentDateTime());
        m_archivePath->setText(QDir::toNativeSeparators(QDir(dir).filePath(name)));
    }
    Q_EMIT completeChanged();
}

void CopyTargetPage::browseArchive()
{
    Dialogs::saveFileName(this, tr("Save Archive As"), m_archivePath->text(),
        tr("Colvault archives (*.tar.zst *.tar.gz *.tar.xz *.tar)"), [this](const QString& path) {
            if (path.isEmpty())
                return;
            m_archivePathEdited = true;
            m_archivePath->setText(QDir::toNativeSeparators(path));
            Q_EMIT completeChanged();
        });
}

QString CopyTargetPage::archivePath() const
{
    const QString path = m_archivePath->text().trimmed();
    return m_archive->isChecked() && !path.isEmpty() ? QDir::fromNativeSeparators(path) : QString();
}

} // namespace Colvault
