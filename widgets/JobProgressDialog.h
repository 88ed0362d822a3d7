// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/OperationProgress.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QStringList>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Colvault {

class CommandLineBox;
class OperationManagerBase;
class ThroughputPlot;

// What the result page shows once an operation succeeded. Built by the dialog that started the operation from
// its Report, so this dialog stays the same for backup, restore and clear.
struct JobResult
{
    QString headline; // translated, e.g. "The backup is complete."
    QStringList summary; // translated lines: counts, size, duration
    QStringList written; // translated, past tense: per collection or tenant what was written
    QStringList warnings; // translated
    QStringList skipped; // translated: skipped tenants and why
    QStringList failures; // translated: failed items; enables "Save failures…"
    QString outputPath; // enables "Show in folder"
};

// The one progress dialog of every long operation. GUI thread; reused: begin() resets it.
// Usage: begin(title, cancelFn); connect the manager's progressChanged to setProgress and its outcomes to
// showResult/showFailed/showCanceled (bindManager() does the common part). Cancel asks once, calls cancelFn,
// then shows "Canceling…" with the buttons disabled; the dialog never closes itself before the real outcome, and
// closing the window while running means Cancel. Where setBackgroundAllowed(true), "Run in Background" hides it while
// it runs (sentToBackground); BackgroundRuns then stands for it with summary(), and reopen() shows it again.
class JobProgressDialog : public QDialog
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
        None, // not ended yet
        Succeeded,
        Failed,
        Canceled
    };

    // What the dialog shows, in short: for the row that stands for it while it is hidden (widgets/BackgroundRuns).
    struct Summary
    {
        State state = State::Idle;
        Outcome outcome = Outcome::None;
        QString title;
        QString line; // the step (else the status) while it runs; the outcome in a sentence once it ended
        int value = 0; // the overall bar's range, value and text
        int maximum = 0;
        QString format;
        QString rates; // objects/s and MiB/s
        QString times; // elapsed and remaining
        QString outputPath; // once succeeded: the file written (JobResult::outputPath), if any
    };

    explicit JobProgressDialog(QWidget* parent = nullptr);

    void begin(const QString& title, std::function<void()> cancel);
    // What the result page says after a cancel, e.g. that no file was written; begin() resets it to a general text.
    void setCanceledText(const QString& text);
    // The button of the cancel question that cancels, after what runs, e.g. "Cancel Backup"; begin() resets it to
    // "Cancel Operation". The other button is "Keep Running".
    void setCancelVerb(const QString& text);
    // The equivalent colvault-cli command, shown with a Copy button on the result page; begin() clears it.
    void setCommandLine(const QString& command, bool secretsOmitted);
    State state() const { return m_state; }
    Outcome outcome() const { return m_outcome; }
    Summary summary() const;
    // Offers "Run in Background" while running: hides the dialog without canceling. Off by default.
    void setBackgroundAllowed(bool allowed);
    // Shows the dialog again after it ran in the background: its live progress, or its result page.
    void reopen();
    // Cancel as the Cancel button does: asks once (the question's parent is `asker`, e.g. a row standing for the
    // hidden dialog; null: the dialog), then cancelNow().
    void requestCancel(QWidget* asker = nullptr);
    // Cancel without asking (the application quits): "Canceling…", then the real outcome.
    void cancelNow();

    void bindManager(OperationManagerBase* manager);
    // While planning (the dry run before the apply, as the backup does) the step line stays hidden: the plan's
    // steps are numbered apart from the apply's, and "Step 4 of 4" followed by "Step 1 of 5" reads as going back.
    // begin() sets it back to false.
    void setPlanning(bool planning) { m_planning = planning; }

    // Objects per collection or tenant (key: itemKey), from the plan, so the item bar shows that item's progress.
    void setItemTotals(const QHash<QString, qint64>& totals);
    static QString itemKey(const QString& collection, const QString& tenant);
    void setProgress(const Colvault::OperationProgress& progress);
    void appendLog(const QString& line);
    void showResult(const Colvault::JobResult& result);
    void showFailed(const Colvault::OpError& error);
    void showCanceled();

    void reject() override;

    // The result's actions, the same here and on the wizards' run page: open the folder holding `path` (or say
    // where the file is when no file manager answers); ask where to save `failures`, one a line, and write them.
    static void showInFolder(QWidget* parent, const QString& path);
    static void saveFailures(QWidget* parent, const QStringList& failures);

Q_SIGNALS:
    void outcomeShown(Colvault::JobProgressDialog::State state);
    void runBegun(); // begin(): a new run, whatever was shown before is gone
    void sentToBackground(); // "Run in Background" hid the running dialog
    void summaryChanged(); // summary() changed: progress, "Canceling…", the outcome

private:
    // The constructor's steps.
    QWidget* createProgressPage();
    void createLog(QWidget* page); // the log and its show/hide toggle, on the progress page
    QWidget* createResultPage();
    QDialogButtonBox* createButtons();
    void runInBackground();
    void finish(Outcome outcome, const QString& headline, const QString& line);
    void showItem(const OperationProgress& p);
    void showRates(const OperationProgress& p);

    // One rate for the text and the plot: objects and bytes over the last few seconds (the meter's own figures
    // are averages since the start, which lag behind any change).
    struct Sample
    {
        qint64 elapsedMs;
        qint64 objects;
        qint64 bytes;
    };
    static constexpr qint64 rateWindowMs = 3000;

    State m_state = State::Idle;
    Outcome m_outcome = Outcome::None;
    QString m_outcomeLine; // Summary::line once ended
    bool m_backgroundAllowed = false;
    std::function<void()> m_cancel;
    JobResult m_result;
    QString m_canceledText;
    QString m_cancelVerb;
    QList<Sample> m_samples;
    // The plan and the apply each run on their own clock: a clock that starts again is the next phase, whose
    // elapsed time continues from the last one's (offset) and whose rate is measured afresh.
    qint64 m_elapsedOffsetMs = 0;
    qint64 m_lastElapsedMs = 0;
    bool m_planning = false;
    QHash<QString, qint64> m_itemTotals;
    QString m_item; // itemKey of the current item
    qint64 m_itemStart = 0; // objectsDone when it began

    QStackedWidget* m_pages;
    QLabel* m_stepLabel; // "Step 3 of 6: …", for operations that report steps
    QLabel* m_textLabel;
    QProgressBar* m_overallBar;
    QLabel* m_itemLabel;
    QProgressBar* m_itemBar;
    QLabel* m_ratesLabel;
    QLabel* m_timeLabel;
    ThroughputPlot* m_plot;
    QToolButton* m_logToggle;
    QPlainTextEdit* m_log;
    QLabel* m_resultHeadline;
    QPlainTextEdit* m_resultText;
    CommandLineBox* m_commandBox;
    QPushButton* m_backgroundButton;
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
    QPushButton* m_showInFolderButton;
    QPushButton* m_saveFailuresButton;
};

} // namespace Colvault
