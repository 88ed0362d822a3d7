// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QFrame>
#include <QList>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace Colvault {

class JobProgressDialog;

// One run of BackgroundRuns: follows its progress dialog's summary. Show opens the dialog again (its live progress,
// or its result page once the run ended); Cancel asks as the dialog's Cancel does; Dismiss (once ended) removes the
// row. GUI thread; created by BackgroundRuns.
class BackgroundRunRow : public QFrame
{
    Q_OBJECT

public:
    BackgroundRunRow(JobProgressDialog* dialog, QWidget* parent);

    JobProgressDialog* dialog() const { return m_dialog; }
    bool isRunning() const { return m_running; }
    // Shows the dialog's summary() again.
    void update();

Q_SIGNALS:
    void dismissed();

private:
    void showFile(const QString& path);

    JobProgressDialog* m_dialog;
    bool m_running = true;
    QLabel* m_title;
    QLabel* m_line;
    QProgressBar* m_bar;
    QLabel* m_rates;
    QLabel* m_times;
    QLabel* m_file; // once ended: the archive written and its size
    QPushButton* m_show;
    QPushButton* m_cancel;
    QPushButton* m_dismiss;
};

// The operations hidden from their progress dialog ("Run in Background", as pgAdmin's process watcher): one compact
// row each, for the Jobs dock (JobsDock::addBackgroundPanel). A row appears when its dialog is sent to the
// background, follows it until it is dismissed, and goes when the dialog begins another run. The panel hides itself
// while it has no rows. GUI thread.
// Usage: track(dialog) for each dialog that allows running in the background (setBackgroundAllowed); connect
// rowAdded (bring the dock forward), runEnded and notificationRequested.
class BackgroundRuns : public QWidget
{
    Q_OBJECT

public:
    explicit BackgroundRuns(QWidget* parent = nullptr);

    void track(JobProgressDialog* dialog);
    QList<BackgroundRunRow*> rows() const { return m_rows; }
    // Whether a run sent to the background is still going (running or canceling).
    bool hasRunning() const;
    // Cancels every run still going, without asking (the application quits).
    void cancelAll();

Q_SIGNALS:
    void rowAdded();
    void runEnded();
    // A run ended while its dialog was hidden: `text` says which and how, for a desktop notification.
    void notificationRequested(const QString& text);

private:
    BackgroundRunRow* rowOf(const JobProgressDialog* dialog) const;
    void addRow(JobProgressDialog* dialog);
    void removeRow(BackgroundRunRow* row);
    void onSummaryChanged(JobProgressDialog* dialog);

    QVBoxLayout* m_layout;
    QList<BackgroundRunRow*> m_rows;
};

} // namespace Colvault
