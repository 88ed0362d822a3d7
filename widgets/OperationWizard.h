// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/OperationManager.h"
#include "widgets/WizardRunPage.h"

#include <QWizard>
#include <type_traits>

namespace Colvault {

// The flow the clear and restore wizards share around one operation manager: plan the pages' input (again when it
// changes, also while an older plan still runs), show the plan, confirm, run on the last page, show the outcome.
// The untyped part (modes, re-planning, the run page, Cancel and Close) is here; OperationWizard<Operation> below
// adds the typed plan and report; a wizard adds its pages, its Params and its texts.
// GUI thread. A subclass builds its pages, puts runPage() last (after a commit page), shows the plan on
// planChanged, and from its commit page fills the run page's texts and calls startRun(plan); it shows the outcome
// in showRunEnd(). Cancel while the run goes asks once (the run page), then cancels the manager; the wizard stays
// open until the outcome is shown, and closes only with Close on it. serverChanged() follows every run.
class OperationWizardBase : public QWizard
{
    Q_OBJECT

public:
    // The plan for the current input; valid once it arrived (see planChanged).
    bool hasPlan() const { return m_planValid; }
    bool isPlanning() const { return m_mode == Mode::Plan; }
    QString planError() const { return m_planError; }
    // Plans the current input. A plan still running for older input is followed by a new one once it ended; a
    // closed wizard plans nothing.
    void requestPlan();

    void accept() override;
    void reject() override;

Q_SIGNALS:
    void planChanged();
    void logMessage(const QString& line);
    // A run ended (any outcome): the server may have changed.
    void serverChanged();

protected:
    enum class Mode
    {
        None,
        Plan,
        Run
    };

    OperationWizardBase(OperationManagerBase* manager, QWidget* parent);

    WizardRunPage* runPage() const { return m_run; }
    Mode mode() const { return m_mode; }
    // A new input (the owner's setup, another archive): forgets the plan and the last run, empties the run page.
    void resetFlow();
    // The run starts: the run page has its texts; the caller starts the manager right after.
    void beginRun();
    // A failure's lines on the run page: `lines`, then the error's technical details under a heading.
    static QStringList withDetails(QStringList lines, const OpError& error);

private:
    virtual void startPlanning() = 0;
    virtual void keepPlan() = 0;
    virtual void keepReport() = 0;
    virtual void forgetResults() = 0;
    // Shows how the run ended on the run page (result or what was done, the subtitle) and logs it. `error` is
    // set for Failed. The wizard's mode is None already; the base then shows Close.
    virtual void showRunEnd(WizardRunPage::Outcome outcome, const OpError& error) = 0;

    void endRun(WizardRunPage::Outcome outcome, const OpError& error);
    void onPlanFailed(const OpError& error);

    OperationManagerBase* m_manager;
    WizardRunPage* m_run;
    Mode m_mode = Mode::None;
    bool m_replan = false;
    bool m_planValid = false;
    QString m_planError;
};

// The typed half: `Operation` is a task class as for OperationManager (Params, Plan, Report). `Base` is
// OperationWizardBase or a class derived from it that adds what the pages of a family of wizards share (the restore
// and copy wizards' RestorePreviewWizard).
template<class Operation, class Base = OperationWizardBase> class OperationWizard : public Base
{
    static_assert(std::is_base_of_v<OperationWizardBase, Base>);

public:
    using Params = typename Operation::Params;
    using Plan = typename Operation::Plan;
    using Report = typename Operation::Report;

    // The pages' input.
    virtual Params params() const = 0;
    // The plan for the current input; valid when hasPlan().
    const Plan& plan() const { return m_plan; }

protected:
    OperationWizard(OperationManager<Operation>* manager, QWidget* parent)
        : Base(manager, parent)
        , m_manager(manager)
    {
    }

    OperationManager<Operation>* manager() const { return m_manager; }
    // The input of the plan being made or last made.
    const Params& requestedParams() const { return m_requested; }
    // The plan the last run executed, and what it did (also when it failed or was canceled).
    const Plan& runPlan() const { return m_runPlan; }
    const Report& report() const { return m_report; }

    void startRun(const Plan& plan)
    {
        m_runPlan = plan;
        m_report = {};
        this->beginRun();
        m_manager->start(plan);
    }

private:
    void startPlanning() override
    {
        m_requested = params();
        m_manager->startPlan(m_requested);
    }
    void keepPlan() override { m_plan = m_manager->lastPlan(); }
    void keepReport() override { m_report = m_manager->lastReport(); }
    void forgetResults() override
    {
        m_requested = {};
        m_report = {};
    }

    OperationManager<Operation>* m_manager;
    Params m_requested;
    Plan m_plan;
    Plan m_runPlan;
    Report m_report;
};

} // namespace Colvault
