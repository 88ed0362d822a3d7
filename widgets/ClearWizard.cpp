// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ClearWizard.h"

#include "core/ClearTask.h"
#include "core/CliCommandLine.h"
#include "widgets/ClearWizardPages.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/JobProgressDialog.h" // JobResult
#include "widgets/ProgressText.h"
#include "widgets/VerifiedArchives.h"
#include "widgets/WizardRunPage.h"

#include <QAbstractButton>
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
    : QWizard(parent)
    , m_manager(manager)
{
    setObjectName(u"clearWizard"_s);
    setWindowTitle(tr("Clear Collections"));
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CommitButton)->setObjectName(u"commitButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_select = new ClearSelectPage(this);
    m_impact = new ClearImpactPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"clearConfirmPage"_s);
    m_confirm->setSubTitle(tr("Clearing cannot be undone except from the backup."));
    // The commit page: once the clear starts there is no way back, only Cancel.
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("C&lear"));
    m_run = new WizardRunPage(this);
    m_run->setObjectName(u"clearRunPage"_s);
    m_run->setCancelQuestion(tr("Cancel the clear? Objects already deleted stay deleted."));
    m_undo = new QPushButton(tr("&Undo (restore)…"));
    m_undo->setObjectName(u"undoButton"_s);
    m_undo->setToolTip(tr("Restore the backup taken before the clear: you see the changes and confirm them first."));
    m_undo->setAutoDefault(false);
    m_undo->setVisible(false);
    m_run->addResultButton(m_undo);
    setPage(SelectPageId, m_select);
    setPage(ImpactPageId, m_impact);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, m_run);
    resize(680, 560);

    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (!canUndo())
            return;
        const RestoreParams preset = undoParams();
        QWizard::accept();
        Q_EMIT undoRequested(preset);
    });
    connect(m_run, &WizardRunPage::stateChanged, this, [this](WizardRunPage::State state) {
        button(QWizard::CancelButton)->setEnabled(state != WizardRunPage::State::Canceling);
    });
    connect(m_run, &WizardRunPage::cancelRequested, this, [this] {
        if (m_mode == Mode::Run)
            m_manager->cancel();
    });
    connect(m_manager, &ClearManager::progressChanged, this, [this](const OperationProgress& p) {
        if (m_mode == Mode::Run)
            m_run->setProgress(p);
    });
    connect(m_manager, &ClearManager::planReady, this, [this] {
        if (m_mode != Mode::Plan)
            return;
        m_mode = Mode::None;
        if (m_replan) {
            requestPlan();
            return;
        }
        m_plan = m_manager->lastPlan();
        m_planValid = true;
        Q_EMIT planChanged();
    });
    connect(m_manager, &ClearManager::finished, this, [this] {
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        const ClearReport& report = m_manager->lastReport();
        m_report = report;
        if (!report.backupPath.isEmpty())
            VerifiedArchives::remember(report.backupPath, report.backupVerification);
        m_run->showResult(WizardRunPage::Outcome::Succeeded, resultFor(report));
        Q_EMIT logMessage(report.backupPath.isEmpty() ? tr("Clear complete; no backup was taken.")
                                                      : tr("Clear complete. Undo with: %1").arg(report.undoCommand));
        showEnded();
    });
    connect(m_manager, &ClearManager::failed, this, [this](const OpError& error) {
        if (m_mode == Mode::Plan) {
            m_mode = Mode::None;
            if (m_replan) {
                requestPlan();
                return;
            }
            m_planError = error.message;
            Q_EMIT planChanged();
            return;
        }
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        m_report = m_manager->lastReport();
        if (!m_report.backupPath.isEmpty())
            VerifiedArchives::remember(m_report.backupPath, m_report.backupVerification);
        QStringList lines = stoppedLines(m_report);
        if (!error.details.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Details:"));
            lines.append(error.details);
        }
        m_run->showOutcome(
            WizardRunPage::Outcome::Failed, error.message.isEmpty() ? tr("The clear failed.") : error.message, lines);
        Q_EMIT logMessage(tr("Clear failed: %1").arg(error.message));
        if (m_report.deletionStarted && !m_report.undoCommand.isEmpty())
            Q_EMIT logMessage(tr("Undo with: %1").arg(m_report.undoCommand));
        showEnded();
    });
    connect(m_manager, &ClearManager::canceled, this, [this] {
        const bool run = m_mode == Mode::Run;
        const bool replan = m_mode == Mode::Plan && m_replan;
        m_mode = Mode::None;
        if (replan)
            requestPlan();
        if (!run)
            return;
        m_report = m_manager->lastReport();
        if (!m_report.backupPath.isEmpty())
            VerifiedArchives::remember(m_report.backupPath, m_report.backupVerification);
        m_run->showOutcome(WizardRunPage::Outcome::Canceled, tr("The clear was canceled."), stoppedLines(m_report));
        Q_EMIT logMessage(tr("Clear canceled."));
        if (m_report.deletionStarted && !m_report.undoCommand.isEmpty())
            Q_EMIT logMessage(tr("Undo with: %1").arg(m_report.undoCommand));
        showEnded();
    });
}

void ClearWizard::setup(
    const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected)
{
    m_endpoint = endpoint;
    m_planValid = false;
    m_planError.clear();
    m_report = {};
    m_run->reset();
    m_undo->setVisible(false);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
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

void ClearWizard::requestPlan()
{
    // A closed wizard plans nothing: the impact page's re-plan timer or a queued re-plan can still fire after
    // Cancel, and a plan running then would keep the main window busy (it opens nothing while a manager works).
    if (!isVisible()) {
        m_replan = false;
        return;
    }
    m_planValid = false;
    m_planError.clear();
    if (m_manager->isRunning()) {
        // A plan for older input is still running; ask again once it ends.
        m_replan = m_mode == Mode::Plan;
        Q_EMIT planChanged();
        return;
    }
    m_replan = false;
    m_mode = Mode::Plan;
    Q_EMIT planChanged();
    m_manager->startPlan(params());
}

void ClearWizard::initializePage(int id)
{
    if (id == ConfirmPageId) {
        const int n = int(std::min<qint64>(m_plan.totalObjects, INT_MAX));
        const QString backup = QDir::toNativeSeparators(m_plan.backupPath);
        QString text;
        if (m_plan.backup)
            //: %1 the backup file
            text = m_plan.totalIsEstimate
                ? tr("This deletes at least %Ln object(s). A verified backup is written first to %1.", nullptr, n)
                      .arg(backup)
                : tr("This deletes %Ln object(s). A verified backup is written first to %1.", nullptr, n).arg(backup);
        else
            text = m_plan.totalIsEstimate
                ? tr("This deletes at least %Ln object(s). No backup is taken: nothing can undo this.", nullptr, n)
                : tr("This deletes %Ln object(s). No backup is taken: nothing can undo this.", nullptr, n);
        m_confirm->setNames(m_plan.needsConfirmation, text);
    }
    QWizard::initializePage(id);
}

bool ClearWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentId() != ConfirmPageId || startClear();
}

bool ClearWizard::startClear()
{
    if (!m_confirm->matches() || !m_planValid || m_plan.isBlocked() || m_manager->isRunning())
        return false; // refused: the Clear button is disabled in these cases
    m_runPlan = m_plan;
    m_runPlan.params.confirmed = m_confirm->typedNames();
    if (m_settings && m_plan.backup)
        m_settings->setValue(kBackupFolderKey, QFileInfo(m_plan.backupPath).absolutePath());
    m_report = {};
    m_mode = Mode::Run;
    m_undo->setVisible(false);
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_run->setTitle(tr("Clearing"));
    m_run->setSubTitle(
        tr("Cancel stops the clear. Objects already deleted stay deleted; they can be restored from the backup."));
    m_run->begin(tr("Starting the clear…"));
    m_run->setCommandLine(
        CliCommandLine::clear(m_runPlan.params), CliCommandLine::hasOmittedSecrets(m_runPlan.params.endpoint));
    //: %1 a list of collections
    Q_EMIT logMessage(tr("The clear of %1 started.").arg(QLocale().createSeparatedList(m_runPlan.params.collections)));
    m_manager->start(m_runPlan);
    return true;
}

void ClearWizard::showEnded()
{
    m_run->setTitle(tr("Result"));
    m_run->setSubTitle(
        canUndo() ? tr("What the clear did. Undo restores the backup taken before it.") : tr("What the clear did."));
    m_undo->setVisible(canUndo());
    // Done: Close is the only way out; there is nothing left to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (auto* close = qobject_cast<QPushButton*>(button(QWizard::FinishButton))) {
        close->setDefault(true);
        close->setFocus();
    }
    Q_EMIT serverChanged();
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
        lines.append(tr("Backup: %1").arg(QDir::toNativeSeparators(report.backupPath)));
        lines.append(tr("Undo with: %1").arg(report.undoCommand));
    }
    return lines;
}

bool ClearWizard::canUndo() const
{
    return m_mode == Mode::None && m_report.deletionStarted && !m_report.backupPath.isEmpty();
}

RestoreParams ClearWizard::undoParams() const
{
    RestoreParams p;
    p.endpoint = m_runPlan.params.endpoint;
    p.archivePath = m_report.backupPath;
    // The core chose the mode that undoes this method: merge into the kept (or re-created) schema, new after a drop.
    p.mode = m_runPlan.undoMode;
    for (const ClearCollectionPlan& c : m_runPlan.collections)
        p.collections.append(c.name);
    p.tenants = m_runPlan.params.tenants;
    return p;
}

void ClearWizard::accept()
{
    if (currentId() != RunPageId || m_run->state() != WizardRunPage::State::Done)
        return; // refused: the wizard only closes with Close on the result
    QWizard::accept();
}

void ClearWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->requestCancel(); // Escape, Cancel and the window's close button while the clear runs
        return;
    }
    if (m_mode == Mode::Plan)
        m_manager->cancel();
    QWizard::reject();
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
                             .arg(QDir::toNativeSeparators(report.backupPath)));
        r.summary.append(tr("Undo with: %1").arg(report.undoCommand));
        r.outputPath = report.backupPath;
    }
    r.summary.append(tr("Duration: %1").arg(ProgressText::duration(report.durationMs)));
    for (const ClearItemReport& item : report.items) {
        if (item.skipped)
            r.skipped.append(item.tenant.isEmpty()
                    ? tr("%1: %2").arg(item.collection, item.skipReason)
                    //: %1 collection, %2 tenant, %3 the reason it was skipped
                    : tr("%1 / %2: %3").arg(item.collection, item.tenant, item.skipReason));
        else if (item.remaining > 0)
            //: %1 collection or "collection / tenant"
            r.warnings.append(
                tr("%1 still holds %Ln object(s).", nullptr, int(std::min<qint64>(item.remaining, INT_MAX)))
                    .arg(item.tenant.isEmpty() ? item.collection : tr("%1 / %2").arg(item.collection, item.tenant)));
    }
    // What happened, once: the plan's warnings (future tense) were on the pages before the run.
    r.warnings += report.warnings.mid(report.planWarningCount);
    return r;
}

} // namespace Colvault
