// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/CopyWizard.h"

#include "core/CliCommandLine.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/CopyWizardPages.h"
#include "widgets/JobProgressDialog.h" // JobResult
#include "widgets/RestoreWizardPages.h"
#include "widgets/WizardRunPage.h"

#include <QDir>
#include <QLocale>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
// The parts of an endpoint that decide which server is reached and what it is sent.
bool sameEndpoint(const WeaviateEndpoint& a, const WeaviateEndpoint& b)
{
    return a.url == b.url && a.apiKey == b.apiKey && a.extraHeaders == b.extraHeaders && a.caFile == b.caFile
        && a.insecure == b.insecure && a.proxy == b.proxy && a.grpcUrl == b.grpcUrl && a.grpcPort == b.grpcPort
        && a.dataTransport == b.dataTransport;
}
} // namespace

CopyWizard::CopyWizard(CopyManager* manager, ProfileStore* profiles, QWidget* parent)
    : OperationWizard(manager, parent)
{
    setObjectName(u"copyWizard"_s);

    m_target = new CopyTargetPage(this, profiles);
    m_diff = new RestoreDiffPage(this, RestoreDiffPage::Source::Server);
    m_diff->setObjectName(u"copyDiffPage"_s);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"copyConfirmPage"_s);
    m_confirm->setSubTitle(tr("Replace mode drops the target's existing collections before copying."));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Copy"));
    runPage()->setObjectName(u"copyRunPage"_s);
    runPage()->setCancelQuestion(tr("Cancel the copy? What was written so far stays on the target server."));
    setPage(TargetPageId, m_target);
    setPage(DiffPageId, m_diff);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, runPage());
    resize(960, 680);

    connect(manager, &CopyManager::progressChanged, this, [this](const OperationProgress& p) {
        if (mode() == Mode::Run)
            m_written = p.objectsDone;
    });
    // The preview page commits (Copy) unless replace mode needs the typed confirmation first.
    connect(this, &CopyWizard::planChanged, this, [this] { m_diff->setCommitPage(!needsConfirmation()); });
}

void CopyWizard::setup(const WeaviateEndpoint& source, const QString& sourceProfile,
    const QList<CollectionSummary>& collections, const QStringList& selected)
{
    m_source = source;
    resetFlow();
    m_target->setup(sourceProfile, source.url, collections, selected);
    restart();
}

CopyParams CopyWizard::params() const
{
    CopyParams p;
    p.endpoint = m_source;
    p.target.endpoint = m_target->targetEndpoint();
    m_target->fillParams(&p.target);
    p.archivePath = m_target->archivePath();
    return p;
}

bool CopyWizard::sameInput(const CopyParams& a, const CopyParams& b)
{
    const RestoreParams& x = a.target;
    const RestoreParams& y = b.target;
    return sameEndpoint(a.endpoint, b.endpoint) && sameEndpoint(x.endpoint, y.endpoint) && x.mode == y.mode
        && x.collections == y.collections && x.rename == y.rename && x.vectors == y.vectors
        && x.vectorizers == y.vectorizers && a.pageSize == b.pageSize && a.archivePath == b.archivePath;
}

void CopyWizard::requestPlanIfChanged()
{
    if (sameInput(requestedParams(), params()) && (isPlanning() || hasPlan()))
        return; // Back and Next without a change: the preview on screen (or on its way) is still right
    requestPlan();
}

void CopyWizard::initializePage(int id)
{
    if (id == ConfirmPageId)
        m_confirm->setNames(plan().needsConfirmation,
            //: %1 a list of collection names
            tr("Replace mode first deletes %Ln collection(s) on the target server with all their objects: %1. They "
               "are then copied from the source.",
                nullptr, int(plan().needsConfirmation.size()))
                .arg(QLocale().createSeparatedList(plan().needsConfirmation)));
    QWizard::initializePage(id);
}

bool CopyWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentPage()->nextId() != RunPageId || startCopy();
}

void CopyWizard::backToTarget()
{
    for (int i = 0; i < 2 && currentId() > TargetPageId && !runPage()->isRunning(); ++i)
        back();
}

void CopyWizard::showRename(const QString& source)
{
    backToTarget();
    if (currentId() == TargetPageId)
        m_target->editTargetName(source);
}

void CopyWizard::showModeChoice()
{
    backToTarget();
    if (currentId() == TargetPageId)
        m_target->focusMode();
}

bool CopyWizard::startCopy()
{
    if (!hasPlan() || plan().isBlocked() || manager()->isRunning() || !sameInput(requestedParams(), params()))
        return false; // refused: Copy is disabled in these cases
    CopyPlan run = plan();
    if (!run.needsConfirmation.isEmpty()) {
        if (currentId() != ConfirmPageId || !m_confirm->matches())
            return false;
        run.params.confirmedReplace = m_confirm->typedNames();
    }
    m_written = 0;
    runPage()->setTitle(tr("Copying"));
    runPage()->setSubTitle(tr("Cancel stops the copy. What was written until then stays on the target server."));
    runPage()->begin(tr("Starting the copy…"));
    CopyParams command;
    command.endpoint = run.source;
    command.target = run.params;
    command.pageSize = run.pageSize;
    command.archivePath = run.archivePath;
    // Without --yes: run in a terminal, the command shows its plan and asks (replace: for the typed names) first.
    // The note under it is about the source's key and headers; the target's are named TARGET_KEY_FILE and
    // HEADER_VALUE in the command itself.
    runPage()->setCommandLine(CliCommandLine::copy(command, false), CliCommandLine::hasOmittedSecrets(run.source));
    //: %1 the source server's URL, %2 the target server's URL
    Q_EMIT logMessage(
        tr("The copy from %1 to %2 started.").arg(run.source.redactedUrl(), run.params.endpoint.redactedUrl()));
    startRun(run);
    return true;
}

void CopyWizard::showRunEnd(WizardRunPage::Outcome outcome, const OpError& error)
{
    switch (outcome) {
    case WizardRunPage::Outcome::Succeeded:
        runPage()->showResult(outcome, resultFor(report(), runPlan().params.endpoint));
        //: %1 the source server's URL, %2 the target server's URL
        Q_EMIT logMessage(tr("Copy from %1 to %2 complete.")
                              .arg(runPlan().source.redactedUrl(), runPlan().params.endpoint.redactedUrl()));
        break;
    case WizardRunPage::Outcome::Failed:
        runPage()->showOutcome(outcome, error.message.isEmpty() ? tr("The copy failed.") : error.message,
            withDetails(stoppedLines(), error));
        Q_EMIT logMessage(tr("Copy failed: %1").arg(error.message));
        break;
    default:
        runPage()->showOutcome(outcome, tr("The copy was canceled."), stoppedLines());
        Q_EMIT logMessage(tr("Copy canceled."));
        break;
    }
    runPage()->setSubTitle(tr("What the copy did."));
}

QStringList CopyWizard::stoppedLines() const
{
    if (report().copied) // the copy is complete: what stopped was its archive
        return {tr("The copy is complete, but its archive was not written.")};
    QStringList lines;
    const int written = int(std::min<qint64>(m_written, INT_MAX));
    lines.append(written == 0 ? tr("No objects had been written when the copy stopped.")
                              : tr("%Ln object(s) had been written when the copy stopped.", nullptr, written));
    QStringList replaced;
    for (const RestoreCollectionPlan& c : runPlan().collections)
        if (c.action == RestoreCollectionPlan::Action::Replace)
            replaced.append(c.target);
    if (!replaced.isEmpty())
        //: %1 a list of collections
        lines.append(tr("Replace mode may already have dropped %1 on the target server.")
                         .arg(QLocale().createSeparatedList(replaced)));
    // Not merge: it keeps existing objects as they are, so objects written before their references would stay
    // without them. Overwrite writes those again and leaves the complete ones unchanged.
    lines.append(tr("Collections and tenants created so far stay on the target server. Copy again in overwrite mode "
                    "to complete the copy."));
    return lines;
}

JobResult CopyWizard::resultFor(const CopyReport& report, const WeaviateEndpoint& target)
{
    // The restore's result (counts, each collection's count on the target against the plan, duration, warnings,
    // failures) under the copy's headline, and the archive when one was written.
    JobResult r = RestoreWizard::resultFor(report, target);
    r.headline
        = report.isPartial() ? tr("The copy finished, but not everything was copied.") : tr("The copy is complete.");
    if (!report.archivePath.isEmpty()) {
        //: %1 the archive's path, %2 its size
        r.summary.append(
            tr("Archive written and verified: %1 (%2).")
                .arg(QDir::toNativeSeparators(report.archivePath), QLocale().formattedDataSize(report.archiveBytes)));
        r.outputPath = report.archivePath;
    }
    return r;
}

} // namespace Colvault
