// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/OperationWizard.h"

#include <QAbstractButton>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Colvault {

OperationWizardBase::OperationWizardBase(OperationManagerBase* manager, QWidget* parent)
    : QWizard(parent)
    , m_manager(manager)
{
    setWindowModality(Qt::WindowModal);
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    button(QWizard::NextButton)->setObjectName(u"nextButton"_s);
    button(QWizard::BackButton)->setObjectName(u"backButton"_s);
    button(QWizard::CommitButton)->setObjectName(u"commitButton"_s);
    button(QWizard::FinishButton)->setObjectName(u"finishButton"_s);
    button(QWizard::CancelButton)->setObjectName(u"cancelButton"_s);
    m_run = new WizardRunPage(this);

    connect(m_run, &WizardRunPage::stateChanged, this, [this](WizardRunPage::State state) {
        button(QWizard::CancelButton)->setEnabled(state != WizardRunPage::State::Canceling);
    });
    connect(m_run, &WizardRunPage::cancelRequested, this, [this] {
        if (m_mode == Mode::Run)
            m_manager->cancel();
    });
    connect(m_manager, &OperationManagerBase::progressChanged, this, [this](const OperationProgress& p) {
        if (m_mode == Mode::Run)
            m_run->setProgress(p);
    });
    connect(m_manager, &OperationManagerBase::planReady, this, [this] {
        if (m_mode != Mode::Plan)
            return;
        m_mode = Mode::None;
        if (m_replan) {
            requestPlan();
            return;
        }
        keepPlan();
        m_planValid = true;
        Q_EMIT planChanged();
    });
    connect(m_manager, &OperationManagerBase::finished, this, [this] {
        if (m_mode == Mode::Run)
            endRun(WizardRunPage::Outcome::Succeeded, OpError());
    });
    connect(m_manager, &OperationManagerBase::failed, this, [this](const OpError& error) {
        if (m_mode == Mode::Plan)
            onPlanFailed(error);
        else if (m_mode == Mode::Run)
            endRun(WizardRunPage::Outcome::Failed, error);
    });
    connect(m_manager, &OperationManagerBase::canceled, this, [this] {
        const bool run = m_mode == Mode::Run;
        const bool replan = m_mode == Mode::Plan && m_replan;
        m_mode = Mode::None;
        if (replan)
            requestPlan();
        if (run)
            endRun(WizardRunPage::Outcome::Canceled, OpError());
    });
}

void OperationWizardBase::resetFlow()
{
    m_planValid = false;
    m_planError.clear();
    forgetResults();
    m_run->reset();
    setOption(QWizard::NoCancelButtonOnLastPage, false);
}

void OperationWizardBase::requestPlan()
{
    // A closed wizard plans nothing: a page's re-plan timer or a queued re-plan can still fire after Cancel, and a
    // plan running then would keep the main window busy (it opens nothing while a manager works).
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
    startPlanning();
}

void OperationWizardBase::onPlanFailed(const OpError& error)
{
    m_mode = Mode::None;
    if (m_replan) {
        requestPlan();
        return;
    }
    m_planError = error.message;
    Q_EMIT planChanged();
}

void OperationWizardBase::beginRun()
{
    m_mode = Mode::Run;
    setOption(QWizard::NoCancelButtonOnLastPage, false);
}

void OperationWizardBase::endRun(WizardRunPage::Outcome outcome, const OpError& error)
{
    m_mode = Mode::None;
    keepReport();
    showRunEnd(outcome, error);
    m_run->setTitle(tr("Result"));
    // Done: Close is the only way out; there is nothing left to cancel.
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    if (auto* close = qobject_cast<QPushButton*>(button(QWizard::FinishButton))) {
        close->setDefault(true);
        close->setFocus();
    }
    Q_EMIT serverChanged();
}

QStringList OperationWizardBase::withDetails(QStringList lines, const OpError& error)
{
    if (!error.details.isEmpty()) {
        lines.append(QString());
        lines.append(tr("Details:"));
        lines.append(error.details);
    }
    return lines;
}

void OperationWizardBase::accept()
{
    if (currentPage() != m_run || m_run->state() != WizardRunPage::State::Done)
        return; // refused: the wizard only closes with Close on the result
    QWizard::accept();
}

void OperationWizardBase::reject()
{
    if (m_run->isRunning()) {
        m_run->requestCancel(); // Escape, Cancel and the window's close button while the operation runs
        return;
    }
    if (m_mode == Mode::Plan)
        m_manager->cancel();
    QWizard::reject();
}

} // namespace Colvault
