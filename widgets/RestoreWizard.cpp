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

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

RestoreWizard::RestoreWizard(RestoreManager* manager, ArchiveJob* archiveJob, QWidget* parent)
    : OperationWizard(manager, parent)
    , m_archiveJob(archiveJob)
{
    setObjectName(u"restoreWizard"_s);

    m_archivePage = new RestoreArchivePage(this);
    m_options = new RestoreOptionsPage(this);
    m_diff = new RestoreDiffPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"restoreConfirmPage"_s);
    m_confirm->setSubTitle(tr("Replace mode drops the existing collections before restoring."));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Restore"));
    runPage()->setObjectName(u"restoreRunPage"_s);
    runPage()->setCancelQuestion(tr("Cancel the restore? What was written so far stays on the server."));
    setPage(ArchivePageId, m_archivePage);
    setPage(OptionsPageId, m_options);
    setPage(DiffPageId, m_diff);
    setPage(ConfirmPageId, m_confirm);
    setPage(RunPageId, runPage());
    resize(960, 680);

    connect(manager, &RestoreManager::progressChanged, this, [this](const OperationProgress& p) {
        if (mode() == Mode::Run)
            m_written = p.objectsDone;
    });
    connect(&m_targetRead, &QFutureWatcher<RestoreTargetAliases>::finished, this, [this] {
        if (m_targetReadUrl == m_endpoint.url)
            m_options->setTargetAliases(m_targetRead.result());
        else if (currentId() == OptionsPageId)
            readTargetAliases(); // the answer of a server the wizard has left
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
    openArchive(path, AgeDecryptionKeys());
}

void RestoreWizard::openArchive(const QString& path, const AgeDecryptionKeys& keys)
{
    m_preset.reset();
    m_path = path;
    m_keys = keys;
    resetFlow();
    m_options->forgetArchive();
    //: %1 the archive's file name
    setWindowTitle(tr("Archive %1").arg(QFileInfo(path).fileName()));
    restart();
    m_archivePage->load(path);
}

void RestoreWizard::openArchive(const QString& path, const RestoreParams& preset)
{
    openArchive(path, preset.decryption);
    m_preset = preset;
}

RestoreParams RestoreWizard::params() const
{
    RestoreParams p;
    p.endpoint = m_endpoint;
    p.archivePath = m_path;
    p.decryption = m_keys;
    m_options->fillParams(&p);
    return p;
}

void RestoreWizard::requestPlanIfChanged()
{
    if (sameInput(requestedParams(), params()) && (isPlanning() || hasPlan()))
        return; // Back and Next without a change: the preview on screen (or on its way) is still right
    requestPlan();
}

bool RestoreWizard::sameInput(const RestoreParams& a, const RestoreParams& b)
{
    return a.endpoint.url == b.endpoint.url && a.endpoint.apiKey == b.endpoint.apiKey
        && a.endpoint.extraHeaders == b.endpoint.extraHeaders && a.archivePath == b.archivePath && a.mode == b.mode
        && a.collections == b.collections && a.rename == b.rename && a.tenants == b.tenants
        && a.schemaOnly == b.schemaOnly && a.vectorizerNone == b.vectorizerNone
        && a.replicationFactor == b.replicationFactor && a.batchSize == b.batchSize && a.concurrency == b.concurrency
        && sameKeys(a.decryption, b.decryption) && a.aliases == b.aliases && a.moveAliases == b.moveAliases
        && a.asNew == b.asNew && a.swapAlias == b.swapAlias && a.vectors == b.vectors && a.vectorizers == b.vectorizers;
}

bool RestoreWizard::sameKeys(const AgeDecryptionKeys& a, const AgeDecryptionKeys& b)
{
    if (a.passphrase != b.passphrase || a.identities.size() != b.identities.size())
        return false;
    for (qsizetype i = 0; i < a.identities.size(); ++i)
        if (a.identities[i].secretKey() != b.identities[i].secretKey())
            return false;
    return true;
}

void RestoreWizard::initializePage(int id)
{
    // Only a different archive resets the target options: Back to the archive page and Next again keeps them.
    if (id == OptionsPageId && m_archivePage->hasInspection() && m_options->archivePath() != m_path)
        m_options->setArchive(m_path, m_archivePage->inspection(), m_preset ? &*m_preset : nullptr);
    if (id == OptionsPageId && m_connected) {
        readTargetAliases();
        m_options->readTargetModules(m_endpoint);
    }
    if (id == ConfirmPageId)
        m_confirm->setNames(plan().needsConfirmation,
            //: %1 a list of collection names
            tr("Replace mode first deletes %Ln collection(s) on the server with all their objects: %1. They are "
               "then restored from the archive.",
                nullptr, int(plan().needsConfirmation.size()))
                .arg(QLocale().createSeparatedList(plan().needsConfirmation)));
    QWizard::initializePage(id);
}

RestoreWizard::~RestoreWizard()
{
    m_cancelTargetRead->store(true);
}

void RestoreWizard::readTargetAliases()
{
    if (!m_connected || m_targetRead.isRunning())
        return;
    // Only copies go to the worker: the wizard may close before the server answers.
    m_targetReadUrl = m_endpoint.url;
    m_targetRead.setFuture(QtConcurrent::run([endpoint = m_endpoint, cancel = m_cancelTargetRead] {
        RestoreTargetAliases out;
        WeaviateClient client(endpoint);
        client.setCancelCheck([cancel] { return cancel->load(); });
        OpError error;
        const ServerInfo server = client.serverInfo(&error);
        if (error || !AliasClient::isSupported(server))
            return out;
        const QJsonArray classes = client.schemaClasses(&error);
        if (error)
            return out;
        for (const QJsonValue& c : classes)
            out.collections << c.toObject().value(u"class"_s).toString();
        // A key that may not read aliases: no side-by-side offer, as on an older server.
        out.supported = !AliasClient(client, server).list(&out.aliases);
        return out;
    }));
}

bool RestoreWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    return currentPage()->nextId() != RunPageId || startRestore();
}

void RestoreWizard::showRename(const QString& source)
{
    for (int i = 0; i < 3 && currentId() > OptionsPageId && !runPage()->isRunning(); ++i)
        back();
    if (currentId() == OptionsPageId)
        m_options->editTargetName(source);
}

void RestoreWizard::showModeChoice()
{
    for (int i = 0; i < 3 && currentId() > OptionsPageId && !runPage()->isRunning(); ++i)
        back();
    if (currentId() == OptionsPageId)
        m_options->focusMode();
}

bool RestoreWizard::startRestore()
{
    if (!hasPlan() || plan().isBlocked() || manager()->isRunning() || !sameInput(requestedParams(), params()))
        return false; // refused: Restore is disabled in these cases
    RestorePlan run = plan();
    if (!run.needsConfirmation.isEmpty()) {
        if (currentId() != ConfirmPageId || !m_confirm->matches())
            return false;
        run.params.confirmedReplace = m_confirm->typedNames();
    }
    m_written = 0;
    runPage()->setTitle(tr("Restoring"));
    runPage()->setSubTitle(tr("Cancel stops the restore. What was written until then stays on the server."));
    runPage()->begin(tr("Starting the restore…"));
    // Without --yes: run in a terminal, the command shows its plan and asks (replace: for the typed names) first.
    runPage()->setCommandLine(
        CliCommandLine::restore(run.params, false), CliCommandLine::hasOmittedSecrets(run.params.endpoint));
    //: %1 archive file
    Q_EMIT logMessage(tr("The restore from %1 started.").arg(QDir::toNativeSeparators(run.params.archivePath)));
    startRun(run);
    return true;
}

void RestoreWizard::showRunEnd(WizardRunPage::Outcome outcome, const OpError& error)
{
    switch (outcome) {
    case WizardRunPage::Outcome::Succeeded:
        runPage()->showResult(outcome, resultFor(report(), runPlan().params.endpoint));
        //: %1 archive file
        Q_EMIT logMessage(tr("Restore from %1 complete.").arg(QDir::toNativeSeparators(runPlan().params.archivePath)));
        break;
    case WizardRunPage::Outcome::Failed:
        runPage()->showOutcome(outcome, error.message.isEmpty() ? tr("The restore failed.") : error.message,
            withDetails(stoppedLines(), error));
        Q_EMIT logMessage(tr("Restore failed: %1").arg(error.message));
        break;
    default:
        runPage()->showOutcome(outcome, tr("The restore was canceled."), stoppedLines());
        Q_EMIT logMessage(tr("Restore canceled."));
        break;
    }
    runPage()->setSubTitle(tr("What the restore did."));
}

QStringList RestoreWizard::stoppedLines() const
{
    QStringList lines;
    const int written = int(std::min<qint64>(m_written, INT_MAX));
    lines.append(written == 0 ? tr("No objects had been written when the restore stopped.")
                              : tr("%Ln object(s) had been written when the restore stopped.", nullptr, written));
    QStringList replaced;
    for (const RestoreCollectionPlan& c : runPlan().collections)
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

void RestoreWizard::reject()
{
    // The archive is read on its own worker: stop it too, unless the restore runs (then Cancel asks first).
    if (!runPage()->isRunning() && m_archiveJob->isRunning())
        m_archiveJob->cancel();
    OperationWizard::reject();
}

// The aliases the restore created or moved, and how to switch back: the CLI's own words and commands.
QStringList RestoreWizard::aliasLines(const QList<RestoreAliasPlan>& aliases, const WeaviateEndpoint& target)
{
    // The command runs as shown: with the target's connection options (secrets as placeholders), not at localhost.
    const auto command = [&target](const QStringList& args) {
        return CliCommandLine::join(args + CliCommandLine::connectionArguments(target), CliCommandLine::nativeShell());
    };
    QStringList lines;
    for (const RestoreAliasPlan& a : aliases) {
        if (a.action == RestoreAliasPlan::Action::Move)
            //: %1 alias, %2 the collection it points at now, %3 the one it pointed at before, %4 a command line
            lines << tr("Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: %4")
                         .arg(a.alias, a.collection, a.current, command({u"alias"_s, u"set"_s, a.alias, a.current}));
        else if (a.swap)
            //: %1 alias, %2 collection, %3 a command line
            lines << tr("Alias %1 now points at %2. To undo: %3")
                         .arg(a.alias, a.collection, command({u"alias"_s, u"delete"_s, a.alias}));
        else
            lines << tr("Alias %1 now points at %2.").arg(a.alias, a.collection);
    }
    return lines;
}

JobResult RestoreWizard::resultFor(const RestoreReport& report, const WeaviateEndpoint& target)
{
    const QLocale locale;
    JobResult r;
    r.headline = report.isPartial() ? tr("The restore finished, but not everything was restored.")
                                    : tr("The restore is complete.");
    r.summary.append(tr("%Ln object(s) written.", nullptr, int(std::min<qint64>(report.objects, INT_MAX))));
    if (report.references > 0)
        r.summary.append(tr("%Ln reference(s) added.", nullptr, int(std::min<qint64>(report.references, INT_MAX))));
    for (const RestoreCollectionReport& item : report.items) {
        const QString where = ProgressText::itemName(item.collection, item.tenant);
        //: %1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected; both
        //: may be "unknown"
        r.summary.append(tr("%1: objects on the server: %2, expected: %3.")
                             .arg(where, item.counted < 0 ? tr("unknown", "count") : locale.toString(item.counted),
                                 item.expected < 0 ? tr("unknown", "count") : locale.toString(item.expected)));
    }
    r.summary.append(aliasLines(report.aliases, target));
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
