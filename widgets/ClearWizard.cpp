// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ClearWizard.h"

#include "core/ClearTask.h"
#include "core/CliCommandLine.h"
#include "core/S3Archive.h"
#include "widgets/ClearWizardPages.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/JobProgressDialog.h" // JobResult
#include "widgets/ProgressText.h"
#include "widgets/VerifiedArchives.h"
#include "widgets/WizardRunPage.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const auto kBackupFolderKey = u"clearWizard/backupFolder"_s;
} // namespace

ClearWizard::ClearWizard(ClearManager* manager, QWidget* parent)
    : OperationWizard(manager, parent)
{
    setObjectName(u"clearWizard"_s);
    setWindowTitle(tr("Clear Collections"));

    m_select = new ClearSelectPage(this);
    m_impact = new ClearImpactPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"clearConfirmPage"_s);
    m_confirm->setSubTitle(tr("Clearing cannot be undone except from the backup."));
    // The commit page: once the clear starts there is no way back, only Cancel.
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("C&lear"));
    runPage()->setObjectName(u"clearRunPage"_s);
    runPage()->setCancelQuestion(tr("Cancel the clear? Objects already deleted stay deleted."));
    m_undo = new QPushButton(tr("&Undo (restore)…"));
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setToolTip(tr("Restore the backup taken before the clear: you see the changes and confirm them first."));
    m_undo->setAutoDefault(false);
    m_undo->setVisible(false);
    runPage()->addResultButton(m_undo);
    setPage(SelectPageId, m_select);
    setPage(ImpactPageId, m_impact);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, runPage());
    resize(680, 560);

    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (!canUndo())
            return;
        const RestoreParams preset = undoParams();
        QWizard::accept();
        Q_EMIT undoRequested(preset);
    });
}

void ClearWizard::setup(
    const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected)
{
    m_endpoint = endpoint;
    resetFlow();
    m_undo->setVisible(false);
    m_select->setCollections(collections, preselected);
    m_impact->setBackupPath(initialBackupFolder());
    restart();
}

QString ClearWizard::initialBackupFolder() const
{
    const QString remembered = m_settings ? m_settings->value(kBackupFolderKey).toString() : QString();
    if (!remembered.isEmpty() && QFileInfo(remembered).isDir())
        return remembered;
    // Created here, not at the clear: the impact page plans against it, and a missing folder would leave the
    // user at "does not exist" with Next disabled.
    const QString folder = ClearTask::defaultBackupFolder();
    ClearTask::createBackupFolder(folder);
    return folder;
}

ClearParams ClearWizard::params() const
{
    ClearParams p;
    p.endpoint = m_endpoint;
    p.collections = m_select->collections();
    p.tenants = m_select->tenants();
    p.method = m_select->method();
    p.noBackup = !m_impact->backupEnabled();
    p.backupPath = QDir::fromNativeSeparators(m_impact->backupPath().trimmed());
    return p;
}

void ClearWizard::initializePage(int id)
{
    if (id == ConfirmPageId) {
        const ClearPlan& planned = plan();
        const int n = int(std::min<qint64>(planned.totalObjects, INT_MAX));
        const QString backup = S3Archive::displayPath(planned.backupPath);
        QString text;
        if (planned.backup)
            //: %1 the backup file
            text = planned.totalIsEstimate
                ? tr("This deletes at least %Ln object(s). A verified backup is written first to %1.", nullptr, n)
                      .arg(backup)
                : tr("This deletes %Ln object(s). A verified backup is written first to %1.", nullptr, n).arg(backup);
        else
            text = planned.totalIsEstimate
                ? tr("This deletes at least %Ln object(s). No backup is taken: nothing can undo this.", nullptr, n)
                : tr("This deletes %Ln object(s). No backup is taken: nothing can undo this.", nullptr, n);
        if (const QString tenants = ClearImpactPage::clearedTenants(planned); !tenants.isEmpty())
            text += u' ' + tenants;
        m_confirm->setNames(planned.needsConfirmation, text);
    }
    QWizard::initializePage(id);
}

bool ClearWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != ConfirmPageId || startClear();
}

void ClearWizard::setStorageProfiles(StorageProfileStore* store)
{
    m_impact->setStorageProfiles(store);
}

bool ClearWizard::startClear()
{
    if (!m_confirm->matches() || !hasPlan() || plan().isBlocked() || manager()->isRunning())
        return false; // refused: the Clear button is disabled in these cases
    ClearPlan run = plan();
    run.params.confirmed = m_confirm->typedNames();
    if (m_settings && run.backup && !S3Archive::isS3(run.backupPath))
        m_settings->setValue(kBackupFolderKey, QFileInfo(run.backupPath).absolutePath());
    m_undo->setVisible(false);
    runPage()->setTitle(tr("Clearing"));
    runPage()->setSubTitle(
        tr("Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup."));
    runPage()->begin(tr("Starting the clear…"));
    runPage()->setCommandLine(
        CliCommandLine::clear(run.params), CliCommandLine::hasOmittedSecrets(run.params.endpoint));
    //: %1 a list of collections
    Q_EMIT logMessage(tr("The clear of %1 started.").arg(QLocale().createSeparatedList(run.params.collections)));
    startRun(run);
    return true;
}

void ClearWizard::showRunEnd(WizardRunPage::Outcome outcome, const OpError& error)
{
    const ClearReport& r = report();
    if (!r.backupPath.isEmpty())
        VerifiedArchives::remember(r.backupPath, r.backupVerification);
    switch (outcome) {
    case WizardRunPage::Outcome::Succeeded:
        runPage()->showResult(outcome, resultFor(r));
        Q_EMIT logMessage(r.backupPath.isEmpty() ? tr("Clear complete; no backup was taken.")
                                                 : tr("Clear complete. Undo with: %1").arg(r.undoCommand));
        break;
    case WizardRunPage::Outcome::Failed:
        runPage()->showOutcome(outcome, error.message.isEmpty() ? tr("The clear failed.") : error.message,
            withDetails(stoppedLines(r), error));
        Q_EMIT logMessage(tr("Clear failed: %1").arg(error.message));
        break;
    default:
        runPage()->showOutcome(outcome, tr("The clear was canceled."), stoppedLines(r));
        Q_EMIT logMessage(tr("Clear canceled."));
        break;
    }
    if (outcome != WizardRunPage::Outcome::Succeeded && r.deletionStarted && !r.undoCommand.isEmpty())
        Q_EMIT logMessage(tr("Undo with: %1").arg(r.undoCommand));
    runPage()->setSubTitle(
        canUndo() ? tr("What the clear did. Undo restores the backup taken before it.") : tr("What the clear did."));
    m_undo->setVisible(canUndo());
}

QStringList ClearWizard::stoppedLines(const ClearReport& report)
{
    QStringList lines;
    if (!report.deletionStarted) {
        lines.append(tr("Nothing was deleted; the server is unchanged."));
        return lines;
    }
    lines.append(tr("%Ln object(s) were deleted before the clear stopped.", nullptr,
        int(std::min<qint64>(report.deleted, INT_MAX))));
    if (!report.backupPath.isEmpty()) {
        //: %1 the backup file
        lines.append(tr("Backup: %1").arg(S3Archive::displayPath(report.backupPath)));
        lines.append(tr("Undo with: %1").arg(report.undoCommand));
    }
    return lines;
}

bool ClearWizard::canUndo() const
{
    return mode() == Mode::None && report().deletionStarted && !report().backupPath.isEmpty();
}

RestoreParams ClearWizard::undoParams() const
{
    RestoreParams p;
    p.endpoint = runPlan().params.endpoint;
    p.archivePath = report().backupPath;
    // The core chose the mode that undoes this method: merge into the kept (or re-created) schema, new after a drop.
    p.mode = runPlan().undoMode;
    for (const ClearCollectionPlan& c : runPlan().collections)
        p.collections.append(c.name);
    p.tenants = runPlan().params.tenants;
    return p;
}

JobResult ClearWizard::resultFor(const ClearReport& report)
{
    JobResult r;
    r.headline
        = report.isPartial() ? tr("The clear finished, but not everything was cleared.") : tr("The clear is complete.");
    r.summary.append(tr("%Ln object(s) deleted.", nullptr, int(std::min<qint64>(report.deleted, INT_MAX))));
    if (report.backupSkipped || report.backupPath.isEmpty()) {
        r.summary.append(tr("No backup was taken."));
    } else {
        //: %1 the backup file, %2 its object count
        r.summary.append(tr("Backup: %1 (%Ln object(s))", nullptr, int(std::min<qint64>(report.backupObjects, INT_MAX)))
                             .arg(S3Archive::displayPath(report.backupPath)));
        r.summary.append(tr("Undo with: %1").arg(report.undoCommand));
        r.outputPath = report.backupPath;
    }
    r.summary.append(tr("Duration: %1").arg(ProgressText::duration(report.durationMs)));
    for (const ClearItemReport& item : report.items) {
        if (item.skipped)
            r.skipped.append(ProgressText::skipped(item.collection, item.tenant, item.skipReason));
        else if (item.remaining > 0)
            //: %1 collection or "collection / tenant"
            r.warnings.append(
                tr("%1 still holds %Ln object(s).", nullptr, int(std::min<qint64>(item.remaining, INT_MAX)))
                    .arg(ProgressText::itemName(item.collection, item.tenant)));
    }
    // What happened, once: the plan's warnings (future tense) were on the pages before the run.
    r.warnings += report.warnings.mid(report.planWarningCount);
    return r;
}

} // namespace Colvault
