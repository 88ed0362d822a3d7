// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ClearWizard.h"

#include "core/ClearManager.h"
#include "widgets/ClearWizardPages.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/JobProgressDialog.h"

#include <QAbstractButton>
#include <QDir>
#include <QLocale>
#include <QTime>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

ClearWizard::ClearWizard(ClearManager* manager, JobProgressDialog* progress, QWidget* parent)
    : QWizard(parent)
    , m_manager(manager)
    , m_progress(progress)
{
    setObjectName(u"clearWizard"_s);
    setWindowTitle(tr("Clear Collections"));
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_select = new ClearSelectPage(this);
    m_impact = new ClearImpactPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"clearConfirmPage"_s);
    m_confirm->setSubTitle(tr("Clearing cannot be undone except from the backup."));
    m_confirm->setButtonText(QWizard::FinishButton, tr("Clear"));
    setPage(SelectPageId, m_select);
    setPage(ImpactPageId, m_impact);
    setPage(ConfirmPageId, m_confirm);
    resize(680, 560);

    connect(m_manager, &ClearManager::planReady, this, [this](const ClearPlan& plan) {
        if (m_mode != Mode::Plan)
            return;
        m_mode = Mode::None;
        if (m_replan) {
            requestPlan();
            return;
        }
        m_plan = plan;
        m_planValid = true;
        Q_EMIT planChanged();
    });
    connect(m_manager, &ClearManager::finished, this, [this](const ClearReport& report) {
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        m_progress->showResult(resultFor(report));
        Q_EMIT logMessage(report.backupPath.isEmpty() ? tr("Clear complete; no backup was taken.")
                                                      : tr("Clear complete. Undo with: %1").arg(report.undoCommand));
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
        Q_EMIT logMessage(tr("Clear failed: %1").arg(error.message));
        const ClearReport& report = m_manager->lastReport();
        if (report.deletionStarted && !report.undoCommand.isEmpty()) {
            m_progress->appendLog(tr("Undo with: %1").arg(report.undoCommand));
            Q_EMIT logMessage(tr("Undo with: %1").arg(report.undoCommand));
        }
    });
    connect(m_manager, &ClearManager::canceled, this, [this] {
        if (m_mode == Mode::Run)
            Q_EMIT logMessage(tr("Clear canceled."));
        const bool replan = m_mode == Mode::Plan && m_replan;
        m_mode = Mode::None;
        if (replan)
            requestPlan();
    });
}

void ClearWizard::setup(
    const WeaviateEndpoint& endpoint, const QList<CollectionSummary>& collections, const QStringList& preselected)
{
    m_endpoint = endpoint;
    m_planValid = false;
    m_planError.clear();
    m_select->setCollections(collections, preselected);
    restart();
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
        const qint64 objects = m_plan.totalObjects;
        const QString count
            = m_plan.totalIsEstimate ? tr("at least %1").arg(QLocale().toString(objects)) : QLocale().toString(objects);
        //: %1 an object count ("at least 1,200"), %2 the backup file
        m_confirm->setNames(m_plan.needsConfirmation,
            m_plan.backup ? tr("This deletes %1 objects. A verified backup is written first to %2.")
                                .arg(count, QDir::toNativeSeparators(m_plan.backupPath))
                          : tr("This deletes %1 objects. No backup is taken: nothing can undo this.").arg(count));
    }
    QWizard::initializePage(id);
}

void ClearWizard::accept()
{
    if (currentId() != ConfirmPageId || !m_confirm->matches() || !m_planValid || m_plan.isBlocked()
        || m_manager->isRunning())
        return; // refused: Finish is disabled in these cases; this catches a programmatic accept()
    ClearPlan plan = m_plan;
    plan.params.confirmed = m_confirm->typedNames();
    m_mode = Mode::Run;
    QWizard::accept();
    m_progress->begin(tr("Clear"), [manager = m_manager] { manager->cancel(); });
    //: %1 a list of collections, %2 a method such as "delete-objects"
    Q_EMIT logMessage(tr("Clear of %1 started.").arg(QLocale().createSeparatedList(plan.params.collections)));
    m_manager->start(plan);
}

JobResult ClearWizard::resultFor(const ClearReport& report)
{
    JobResult r;
    r.headline
        = report.isPartial() ? tr("The clear finished, but not everything was cleared.") : tr("The clear is complete.");
    r.summary.append(tr("%n object(s) deleted.", nullptr, int(std::min<qint64>(report.deleted, INT_MAX))));
    if (report.backupSkipped || report.backupPath.isEmpty()) {
        r.summary.append(tr("No backup was taken."));
    } else {
        //: %1 the backup file, %2 its object count
        r.summary.append(tr("Backup: %1 (%n object(s))", nullptr, int(std::min<qint64>(report.backupObjects, INT_MAX)))
                             .arg(QDir::toNativeSeparators(report.backupPath)));
        r.summary.append(tr("Undo with: %1").arg(report.undoCommand));
        r.outputPath = report.backupPath;
    }
    r.summary.append(
        tr("Duration: %1")
            .arg(QTime(0, 0).addMSecs(int(std::min<qint64>(report.durationMs, 86399999))).toString(u"HH:mm:ss"_s)));
    for (const ClearItemReport& item : report.items) {
        if (item.skipped)
            r.skipped.append(item.tenant.isEmpty()
                    ? tr("%1: %2").arg(item.collection, item.skipReason)
                    //: %1 collection, %2 tenant, %3 the reason it was skipped
                    : tr("%1 / %2: %3").arg(item.collection, item.tenant, item.skipReason));
        else if (item.remaining > 0)
            //: %1 collection or "collection / tenant"
            r.warnings.append(
                tr("%1 still holds %n object(s).", nullptr, int(std::min<qint64>(item.remaining, INT_MAX)))
                    .arg(item.tenant.isEmpty() ? item.collection : tr("%1 / %2").arg(item.collection, item.tenant)));
    }
    r.warnings += report.warnings;
    return r;
}

} // namespace Colvault
