// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationProgress.h"

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QHBoxLayout;

namespace Colvault {

class CommandLineBox;
struct JobResult;

// The last page of the clear and restore wizards: the operation runs here and its outcome stays on the page.
// GUI thread. The page shows only; its wizard starts and cancels the manager.
// Usage: make it the final page after a commit page; begin() when the run starts, setProgress() from the manager's
// progressChanged, showResult()/showOutcome() when it ends. The wizard's reject() calls requestCancel() while the
// run is going: the page asks once, then shows "Canceling…" and emits cancelRequested(); the outcome that follows
// (succeeded, failed or canceled) is shown with what was done. The page is complete (Finish = Close) once done.
class WizardRunPage : public QWizardPage
{
    Q_OBJECT

public:
    enum class State
    {
        Idle,
        Running,
        Canceling,
        Done
    };
    enum class Outcome
    {
        None,
        Succeeded,
        Failed,
        Canceled
    };

    explicit WizardRunPage(QWidget* parent = nullptr);

    // The question Cancel asks while the operation runs (translated).
    void setCancelQuestion(const QString& question) { m_cancelQuestion = question; }
    // A button shown on the result (e.g. "Undo"); the caller decides when it is visible.
    void addResultButton(QPushButton* button);
    // The equivalent colvault-cli command, shown under the progress and the result until the next begin().
    void setCommandLine(const QString& command, bool secretsOmitted);

    State state() const { return m_state; }
    Outcome outcome() const { return m_outcome; }
    bool isRunning() const { return m_state == State::Running || m_state == State::Canceling; }

    void reset();
    void begin(const QString& text);
    void setProgress(const Colvault::OperationProgress& progress);
    void requestCancel();
    void showResult(Outcome outcome, const Colvault::JobResult& result);
    void showOutcome(Outcome outcome, const QString& headline, const QStringList& lines);

    void initializePage() override { }
    void cleanupPage() override { }
    bool isComplete() const override { return m_state == State::Done; }

Q_SIGNALS:
    void cancelRequested();
    void stateChanged(Colvault::WizardRunPage::State state);

private:
    void setState(State state);

    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    bool m_asking = false;
    QString m_cancelQuestion;
    QLabel* m_step; // "Step 3 of 6: …", for operations that report steps
    QLabel* m_status;
    QProgressBar* m_bar;
    QLabel* m_item;
    QLabel* m_headline;
    QPlainTextEdit* m_result;
    QHBoxLayout* m_buttons;
    QPushButton* m_showInFolder;
    QString m_outputPath; // the result's file (the clear's backup), shown by m_showInFolder
    QPushButton* m_saveFailures;
    QStringList m_failures; // the result's failures, written by m_saveFailures
    CommandLineBox* m_command;
};

} // namespace Colvault
