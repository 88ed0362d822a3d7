// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"
#include "core/OperationProgress.h"

#include <QDialog>
#include <QElapsedTimer>
#include <QStringList>

#include <functional>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolButton;

namespace Colvault {

class ThroughputPlot;

// What the result page shows once an operation succeeded. Built by the dialog that started the operation from
// its Report, so this dialog stays the same for backup, restore and clear.
struct JobResult
{
    QString headline;           // translated, e.g. "The backup is complete."
    QStringList summary;        // translated lines: counts, size, duration
    QStringList warnings;       // translated
    QStringList skipped;        // translated: skipped tenants and why
    QStringList failures;       // translated: failed items; enables "Save failures…"
    QString outputPath;         // enables "Show in folder"
};

// The one progress dialog of every long operation. GUI thread; reused: begin() resets it.
// Usage: begin(title, cancelFn); connect the manager's progressChanged to setProgress and its outcomes to
// showResult/showFailed/showCanceled (bindManager() does the common part). Cancel asks once, calls cancelFn,
// then shows "Canceling…" with the buttons disabled; the dialog never closes itself before the real outcome, and
// closing the window while running means Cancel.
class JobProgressDialog : public QDialog
{
    Q_OBJECT

public:
    enum class State { Idle, Running, Canceling, Done };

    explicit JobProgressDialog(QWidget* parent = nullptr);

    void begin(const QString& title, std::function<void()> cancel);
    State state() const { return m_state; }

    template<typename Manager> void bindManager(Manager* manager)
    {
        connect(manager, &Manager::progressChanged, this, &JobProgressDialog::setProgress);
        connect(manager, &Manager::failed, this, &JobProgressDialog::showFailed);
        connect(manager, &Manager::canceled, this, &JobProgressDialog::showCanceled);
    }

    void setProgress(const Colvault::OperationProgress& progress);
    void appendLog(const QString& line);
    void showResult(const Colvault::JobResult& result);
    void showFailed(const Colvault::OpError& error);
    void showCanceled();

    void reject() override;

Q_SIGNALS:
    void outcomeShown(Colvault::JobProgressDialog::State state);

private:
    void requestCancel();
    void finish(const QString& headline);
    void saveFailures();

    State m_state = State::Idle;
    std::function<void()> m_cancel;
    JobResult m_result;
    qint64 m_lastObjects = 0;
    qint64 m_lastElapsedMs = 0;

    QStackedWidget* m_pages;
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
    QPushButton* m_cancelButton;
    QPushButton* m_closeButton;
    QPushButton* m_showInFolderButton;
    QPushButton* m_saveFailuresButton;
};

} // namespace Colvault
