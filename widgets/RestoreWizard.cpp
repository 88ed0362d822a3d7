// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/RestoreWizard.h"

#include "core/ArchiveJob.h"
#include "core/RestoreManager.h"
#include "widgets/ConfirmNamesPage.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/RestoreWizardPages.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTime>
#include <climits>

using namespace Qt::StringLiterals;

namespace Colvault {

RestoreWizard::RestoreWizard(
    RestoreManager* manager, ArchiveJob* archiveJob, JobProgressDialog* progress, QWidget* parent)
    : QWizard(parent)
    , m_manager(manager)
    , m_archiveJob(archiveJob)
    , m_progress(progress)
{
    setObjectName(u"restoreWizard"_s);
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);

    m_archivePage = new RestoreArchivePage(this);
    m_options = new RestoreOptionsPage(this);
    m_diff = new RestoreDiffPage(this);
    m_confirm = new ConfirmNamesPage(this);
    m_confirm->setObjectName(u"restoreConfirmPage"_s);
    m_confirm->setSubTitle(tr("Replace mode drops the existing collections before restoring."));
    m_confirm->setButtonText(QWizard::FinishButton, tr("Restore"));
    setPage(ArchivePageId, m_archivePage);
    setPage(OptionsPageId, m_options);
    setPage(DiffPageId, m_diff);
    setPage(ConfirmPageId, m_confirm);
    resize(960, 680);

    connect(m_manager, &RestoreManager::planReady, this, [this](const RestorePlan& plan) {
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
    connect(m_manager, &RestoreManager::finished, this, [this](const RestoreReport& report) {
        if (m_mode != Mode::Run)
            return;
        m_mode = Mode::None;
        m_progress->showResult(resultFor(report));
        //: %1 archive file
        Q_EMIT logMessage(tr("Restore from %1 complete.").arg(QDir::toNativeSeparators(m_plan.params.archivePath)));
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
        if (m_mode == Mode::Run)
            Q_EMIT logMessage(tr("Restore failed: %1").arg(error.message));
        m_mode = Mode::None;
    });
    connect(m_manager, &RestoreManager::canceled, this, [this] {
        if (m_mode == Mode::Run)
            Q_EMIT logMessage(tr("Restore canceled."));
        const bool replan = m_mode == Mode::Plan && m_replan;
        m_mode = Mode::None;
        if (replan)
            requestPlan();
    });
}

void RestoreWizard::setTarget(const WeaviateEndpoint& endpoint, bool connected)
{
    m_endpoint = endpoint;
    m_connected = connected;
}

void RestoreWizard::openArchive(const QString& path)
{
    m_path = path;
    m_planValid = false;
    m_planError.clear();
    //: %1 the archive's file name
    setWindowTitle(tr("Archive %1").arg(QFileInfo(path).fileName()));
    restart();
    m_archivePage->load(path);
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
    if (m_manager->isRunning()) {
        m_replan = m_mode == Mode::Plan;
        Q_EMIT planChanged();
        return;
    }
    m_replan = false;
    m_mode = Mode::Plan;
    Q_EMIT planChanged();
    m_manager->startPlan(params());
}

bool RestoreWizard::needsConfirmation() const
{
    return m_planValid && !m_plan.needsConfirmation.isEmpty();
}

void RestoreWizard::initializePage(int id)
{
    if (id == OptionsPageId && m_archivePage->hasInspection())
        m_options->setArchive(m_archivePage->inspection());
    if (id == ConfirmPageId)
        //: %1 a list of collection names
        m_confirm->setNames(m_plan.needsConfirmation,
            tr("Replace mode deletes %1 on the server, with all their objects, and then restores "
               "them from the archive.")
                .arg(QLocale().createSeparatedList(m_plan.needsConfirmation)));
    QWizard::initializePage(id);
}

void RestoreWizard::accept()
{
    if (!m_planValid || m_plan.isBlocked() || m_manager->isRunning())
        return;
    RestorePlan plan = m_plan;
    if (!plan.needsConfirmation.isEmpty()) {
        if (currentId() != ConfirmPageId || !m_confirm->matches())
            return; // refused: Finish is disabled in these cases; this catches a programmatic accept()
        plan.params.confirmedReplace = m_confirm->typedNames();
    }
    m_mode = Mode::Run;
    QWizard::accept();
    m_progress->begin(tr("Restore"), [manager = m_manager] { manager->cancel(); });
    //: %1 archive file, %2 list of collections
    Q_EMIT logMessage(tr("Restore from %1 started.").arg(QDir::toNativeSeparators(plan.params.archivePath)));
    m_manager->start(plan);
}

void RestoreWizard::reject()
{
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
    r.summary.append(tr("%n object(s) written.", nullptr, int(std::min<qint64>(report.objects, INT_MAX))));
    if (report.references > 0)
        r.summary.append(tr("%n reference(s) added.", nullptr, int(std::min<qint64>(report.references, INT_MAX))));
    for (const RestoreCollectionReport& item : report.items) {
        const QString where = item.tenant.isEmpty() ? item.collection
                                                    //: %1 collection, %2 tenant
                                                    : tr("%1 / %2").arg(item.collection, item.tenant);
        //: %1 collection (and tenant), %2 objects counted on the server afterwards, %3 objects expected
        r.summary.append(tr("%1: %2 objects on the server (expected %3)")
                             .arg(where, item.counted < 0 ? tr("unknown", "count") : locale.toString(item.counted),
                                 item.expected < 0 ? tr("unknown", "count") : locale.toString(item.expected)));
    }
    r.summary.append(
        tr("Duration: %1")
            .arg(QTime(0, 0).addMSecs(int(std::min<qint64>(report.durationMs, 86399999))).toString(u"HH:mm:ss"_s)));
    r.warnings = report.countMismatches + report.warnings;
    for (const RestoreFailure& f : report.failures)
        //: %1 collection, %2 object id, %3 the server's message
        r.failures.append(tr("%1 %2: %3").arg(f.collection, f.id, f.message));
    if (report.failureCount > report.failures.size())
        r.failures.append(tr("…and %n more failure(s).", nullptr,
            int(std::min<qint64>(report.failureCount - report.failures.size(), INT_MAX))));
    return r;
}

} // namespace Colvault
