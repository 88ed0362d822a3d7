// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/RestoreWizard.h"

#include "core/ArchiveJob.h"
#include "core/CliCommandLine.h"
#include "core/RestoreTask.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/JobProgressDialog.h" // JobResult
#include "widgets/ProgressText.h"
#include "widgets/RestoreWizardPages.h"
#include "widgets/WizardRunPage.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

RestoreWizard::RestoreWizard(RestoreManager* manager, ArchiveJob* archiveJob, QWidget* parent)
    : QWizard(parent)
    , m_manager(manager)
    , m_archiveJob(archiveJob)
{
    setObjectName(u"restoreWizard"_s);
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CommitButton)->setObjectName(u"commitButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_archivePage = new RestoreArchivePage(this);
    m_options = new RestoreOptionsPage(this);
    m_diff = new RestoreDiffPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"restoreConfirmPage"_s);
    m_confirm->setSubTitle(tr("Replace mode drops the existing collections before restoring."));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Restore"));
    m_run = new WizardRunPage(this);
    m_run->setObjectName(u"restoreRunPage"_s);
    m_run->setCancelQuestion(tr("Cancel the restore? What was written so far stays on the server."));
    setPage(ArchivePageId, m_archivePage);
    setPage(OptionsPageId, m_options);
    setPage(DiffPageId, m_diff);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, m_run);
    resize(960, 680);

    connect(m_run, &WizardRunPage::stateChanged, this, [this](WizardRunPage::State state) {
        button(QWizard::CancelButton)->setEnabled(state != WizardRunPage::State::Canceling);
    });
    connect(m_run, &WizardRunPage::cancelRequested, this, [this] {
        if (m_mode == Mode::Run)
            m_manager->cancel();
    });
    connect(m_manager, &RestoreManager::progressChanged, this, [this](const OperationProgress& p) {
        if (m_mode != Mode::Run)
            return;
        m_written = p.objectsDone;
        m_run->setProgress(p);
    });
    connect(m_manager, &RestoreManager::planReady, this, [this] {
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
    connect(m_manager, &RestoreManager::finished, this, [this] {
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        const RestoreReport& report = m_manager->lastReport();
        m_run->showResult(WizardRunPage::Outcome::Succeeded, resultFor(report));
        //: %1 archive file
        Q_EMIT logMessage(tr("Restore from %1 complete.").arg(QDir::toNativeSeparators(m_runPlan.params.archivePath)));
        showEnded();
    });
    connect(m_manager, &RestoreManager::failed, this, [this](const OpError& error) {
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
        QStringList lines = stoppedLines();
        if (!error.details.isEmpty()) {
            lines.append(QString());
            lines.append(tr("Details:"));
            lines.append(error.details);
        }
        m_run->showOutcome(
            WizardRunPage::Outcome::Failed, error.message.isEmpty() ? tr("The restore failed.") : error.message, lines);
        Q_EMIT logMessage(tr("Restore failed: %1").arg(error.message));
        showEnded();
    });
    connect(m_manager, &RestoreManager::canceled, this, [this] {
        const bool run = m_mode == Mode::Run;
        const bool replan = m_mode == Mode::Plan && m_replan;
        m_mode = Mode::None;
        if (replan)
            requestPlan();
        if (!run)
            return;
        m_run->showOutcome(WizardRunPage::Outcome::Canceled, tr("The restore was canceled."), stoppedLines());
        Q_EMIT logMessage(tr("Restore canceled."));
        showEnded();
    });
    // The preview page commits (Restore) unless replace mode needs the typed confirmation first.
    connect(this, &RestoreWizard::planChanged, this, [this] { m_diff->setCommitPage(!needsConfirmation()); });
}

void RestoreWizard::setTarget(const WeaviateEndpoint& endpoint, bool connected)
{
    m_endpoint = endpoint;
    m_connected = connected;
}

void RestoreWizard::openArchive(const QString& path)
{
    m_preset.reset();
    m_path = path;
    m_planValid = false;
    m_planError.clear();
    m_requested = {};
    m_options->forgetArchive();
    m_run->reset();
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    //: %1 the archive's file name
    setWindowTitle(tr("Archive %1").arg(QFileInfo(path).fileName()));
    restart();
    m_archivePage->load(path);
}

void RestoreWizard::openArchive(const QString& path, const RestoreParams& preset)
{
    openArchive(path);
    m_preset = preset;
}

RestoreParams RestoreWizard::params() const
{
    RestoreParams p;
    p.endpoint = m_endpoint;
    p.archivePath = m_path;
    m_options->fillParams(&p);
    return p;
}

void RestoreWizard::requestPlan()
{
    m_planValid = false;
    m_planError.clear();
    m_requested = params();
    if (m_manager->isRunning()) {
        m_replan = m_mode == Mode::Plan;
        Q_EMIT planChanged();
        return;
    }
    m_replan = false;
    m_mode = Mode::Plan;
    Q_EMIT planChanged();
    m_manager->startPlan(m_requested);
}

void RestoreWizard::requestPlanIfChanged()
{
    if (sameInput(m_requested, params()) && ((m_mode == Mode::Plan && !m_replan) || m_planValid))
        return; // Back and Next without a change: the preview on screen (or on its way) is still right
    requestPlan();
}

bool RestoreWizard::sameInput(const RestoreParams& a, const RestoreParams& b)
{
    return a.endpoint.url == b.endpoint.url && a.endpoint.apiKey == b.endpoint.apiKey
        && a.endpoint.extraHeaders == b.endpoint.extraHeaders && a.archivePath == b.archivePath && a.mode == b.mode
        && a.collections == b.collections && a.rename == b.rename && a.tenants == b.tenants
        && a.schemaOnly == b.schemaOnly && a.vectorizerNone == b.vectorizerNone
        && a.replicationFactor == b.replicationFactor && a.batchSize == b.batchSize && a.concurrency == b.concurrency;
}

bool RestoreWizard::needsConfirmation() const
{
    return m_planValid && !m_plan.needsConfirmation.isEmpty();
}

void RestoreWizard::initializePage(int id)
{
    // Only a different archive resets the target options: Back to the archive page and Next again keeps them.
    if (id == OptionsPageId && m_archivePage->hasInspection() && m_options->archivePath() != m_path)
        m_options->setArchive(m_path, m_archivePage->inspection(), m_preset ? &*m_preset : nullptr);
    if (id == ConfirmPageId)
        m_confirm->setNames(m_plan.needsConfirmation,
            //: %1 a list of collection names
            tr("Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are "
               "then restored from the archive.",
                nullptr, int(m_plan.needsConfirmation.size()))
                .arg(QLocale().createSeparatedList(m_plan.needsConfirmation)));
    QWizard::initializePage(id);
}

bool RestoreWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentPage()->nextId() != RunPageId || startRestore();
}

void RestoreWizard::showRename(const QString& source)
{
    for (int i = 0; i < 3 && currentId() > OptionsPageId && !m_run->isRunning(); ++i)
        back();
    if (currentId() == OptionsPageId)
        m_options->editTargetName(source);
}

void RestoreWizard::showModeChoice()
{
    for (int i = 0; i < 3 && currentId() > OptionsPageId && !m_run->isRunning(); ++i)
        back();
    if (currentId() == OptionsPageId)
        m_options->focusMode();
}

bool RestoreWizard::startRestore()
{
    if (!m_planValid || m_plan.isBlocked() || m_manager->isRunning() || !sameInput(m_requested, params()))
        return false; // refused: Restore is disabled in these cases
    RestorePlan plan = m_plan;
    if (!plan.needsConfirmation.isEmpty()) {
        if (currentId() != ConfirmPageId || !m_confirm->matches())
            return false;
        plan.params.confirmedReplace = m_confirm->typedNames();
    }
    m_runPlan = plan;
    m_written = 0;
    m_mode = Mode::Run;
    setOption(QWizard::NoCancelButtonOnLastPage, false);
    m_run->setTitle(tr("Restoring"));
    m_run->setSubTitle(tr("Cancel stops the restore. What was written until then stays on the server."));
    m_run->begin(tr("Starting the restore…"));
    // Without --yes: run in a terminal, the command shows its plan and asks (replace: for the typed names) first.
    m_run->setCommandLine(
        CliCommandLine::restore(plan.params, false), CliCommandLine::hasOmittedSecrets(plan.params.endpoint));
    //: %1 archive file
    Q_EMIT logMessage(tr("The restore from %1 started.").arg(QDir::toNativeSeparators(plan.params.archivePath)));
    m_manager->start(plan);
    return true;
}

void RestoreWizard::showEnded()
{
    m_run->setTitle(tr("Result"));
    m_run->setSubTitle(tr("What the restore did."));
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (auto* close = qobject_cast<QPushButton*>(button(QWizard::FinishButton))) {
        close->setDefault(true);
        close->setFocus();
    }
    Q_EMIT serverChanged();
}

QStringList RestoreWizard::stoppedLines() const
{
    QStringList lines;
    const int written = int(std::min<qint64>(m_written, INT_MAX));
    lines.append(written == 0 ? tr("No objects had been written when the restore stopped.")
                              : tr("%Ln object(s) had been written when the restore stopped.", nullptr, written));
    QStringList replaced;
    for (const RestoreCollectionPlan& c : m_runPlan.collections)
        if (c.action == RestoreCollectionPlan::Action::Replace)
            replaced.append(c.target);
    if (!replaced.isEmpty())
        //: %1 a list of collections
        lines.append(tr("Replace mode may already have dropped %1.").arg(QLocale().createSeparatedList(replaced)));
    // Not merge: it keeps existing objects as they are, so objects written before their references would stay
    // without them. Overwrite writes those again and leaves the complete ones unchanged (TestKillRestore).
    lines.append(tr("Collections and tenants created so far stay on the server. Restore again in overwrite mode to "
                    "complete the restore."));
    return lines;
}

void RestoreWizard::accept()
{
    if (currentId() != RunPageId || m_run->state() != WizardRunPage::State::Done)
        return; // refused: the wizard only closes with Close on the result
    QWizard::accept();
}

void RestoreWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->requestCancel(); // Escape, Cancel and the window's close button while the restore runs
        return;
    }
    if (m_archiveJob->isRunning())
        m_archiveJob->cancel();
    if (m_mode == Mode::Plan)
        m_manager->cancel();
    QWizard::reject();
}

JobResult RestoreWizard::resultFor(const RestoreReport& report)
{
    const QLocale locale;
    JobResult r;
    r.headline = report.isPartial() ? tr("The restore finished, but not everything was restored.")
                                    : tr("The restore is complete.");
    r.summary.append(tr("%Ln object(s) written.", nullptr, int(std::min<qint64>(report.objects, INT_MAX))));
    if (report.references > 0)
        r.summary.append(tr("%Ln reference(s) added.", nullptr, int(std::min<qint64>(report.references, INT_MAX))));
    for (const RestoreCollectionReport& item : report.items) {
        const QString where = item.tenant.isEmpty() ? item.collection
                                                    //: %1 collection, %2 tenant
                                                    : tr("%1 / %2").arg(item.collection, item.tenant);
        //: %1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both
        //: may be "unknown"
        r.summary.append(tr("%1: objects on the server: %2, expected: %3.")
                             .arg(where, item.counted < 0 ? tr("unknown", "count") : locale.toString(item.counted),
                                 item.expected < 0 ? tr("unknown", "count") : locale.toString(item.expected)));
    }
    r.summary.append(tr("Duration: %1").arg(ProgressText::duration(report.durationMs)));
    // What happened, once: the plan's warnings (future tense) were on the preview before the run.
    r.warnings = report.countMismatches + report.warnings.mid(report.planWarningCount);
    for (const RestoreFailure& f : report.failures)
        r.failures.append(f.tenant.isEmpty()
                //: %1 collection, %2 object id, %3 the server's message
                ? tr("Object %2 of %1: %3").arg(f.collection, f.id, f.message)
                //: %1 collection, %2 tenant, %3 object id, %4 the server's message
                : tr("Object %3 of %1, tenant %2: %4").arg(f.collection, f.tenant, f.id, f.message));
    if (report.failureCount > report.failures.size())
        r.failures.append(tr("…and %Ln more failure(s).", nullptr,
            int(std::min<qint64>(report.failureCount - report.failures.size(), INT_MAX))));
    return r;
}

} // namespace Colvault
