// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobProgressDialog.h"

#include "core/OperationManager.h"
#include "core/S3Archive.h"
#include "widgets/CommandLineBox.h"
#include "widgets/Dialogs.h"
#include "widgets/ProgressText.h"
#include "widgets/ThroughputPlot.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QTime>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

JobProgressDialog::JobProgressDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"jobProgressDialog"_s);
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(480);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pagesStackedWidget"_s);
    // In this order: the tab order follows the order the widgets are created in.
    QWidget* progressPage = createProgressPage();
    QWidget* resultPage = createResultPage();
    m_pages->addWidget(progressPage);
    m_pages->addWidget(resultPage);

    QDialogButtonBox* buttons = createButtons();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addWidget(buttons);
}

// The live page: step, status, the overall and the current item's bars, rates, times, the plot and the log.
QWidget* JobProgressDialog::createProgressPage()
{
    auto* progressPage = new QWidget(m_pages);
    progressPage->setObjectName(u"progressPage"_s);
    auto* pl = new QVBoxLayout(progressPage);
    pl->setContentsMargins(0, 0, 0, 0);
    m_stepLabel = new QLabel(progressPage);
    m_stepLabel->setObjectName(u"stepLabel"_s);
    m_stepLabel->setWordWrap(true);
    m_stepLabel->setVisible(false);
    m_textLabel = new QLabel(progressPage);
    m_textLabel->setObjectName(u"statusLabel"_s);
    m_textLabel->setWordWrap(true);
    // It is left empty when the step line above says all it would (see setProgress): its line stays, so the bars
    // do not jump up and down from step to step.
    m_textLabel->setMinimumHeight(m_textLabel->fontMetrics().lineSpacing());
    m_overallBar = new QProgressBar(progressPage);
    m_overallBar->setObjectName(u"overallProgressBar"_s);
    m_overallBar->setAccessibleName(tr("Overall progress"));
    m_itemLabel = new QLabel(progressPage);
    m_itemLabel->setObjectName(u"itemLabel"_s);
    m_itemBar = new QProgressBar(progressPage);
    m_itemBar->setObjectName(u"itemProgressBar"_s);
    m_itemBar->setAccessibleName(tr("Current collection"));
    m_itemBar->setRange(0, 0);
    m_ratesLabel = new QLabel(progressPage);
    m_ratesLabel->setObjectName(u"ratesLabel"_s);
    m_timeLabel = new QLabel(progressPage);
    m_timeLabel->setObjectName(u"timeLabel"_s);
    m_plot = new ThroughputPlot(progressPage);
    m_plot->setObjectName(u"throughputPlot"_s);
    createLog(progressPage);
    pl->addWidget(m_stepLabel);
    pl->addWidget(m_textLabel);
    pl->addWidget(m_overallBar);
    pl->addWidget(m_itemLabel);
    pl->addWidget(m_itemBar);
    pl->addWidget(m_ratesLabel);
    pl->addWidget(m_timeLabel);
    pl->addWidget(m_plot);
    pl->addWidget(m_logToggle);
    pl->addWidget(m_log, 1);
    return progressPage;
}

// The log and the button that shows and hides it, on `page` (laid out by the caller).
void JobProgressDialog::createLog(QWidget* page)
{
    m_logToggle = new QToolButton(page);
    m_logToggle->setObjectName(u"logToolButton"_s);
    m_logToggle->setText(tr("&Log"));
    m_logToggle->setAccessibleName(tr("Show log"));
    m_logToggle->setCheckable(true);
    m_logToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_logToggle->setArrowType(Qt::RightArrow);
    m_logToggle->setAutoRaise(true);
    m_log = new QPlainTextEdit(page);
    m_log->setObjectName(u"logPlainTextEdit"_s);
    m_log->setAccessibleName(tr("Log"));
    m_log->setTabChangesFocus(true);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setVisible(false);
    connect(m_logToggle, &QToolButton::toggled, this, [this](bool on) {
        m_log->setVisible(on);
        m_logToggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        adjustSize();
    });
}

QWidget* JobProgressDialog::createResultPage()
{
    auto* resultPage = new QWidget(m_pages);
    resultPage->setObjectName(u"resultPage"_s);
    auto* rl = new QVBoxLayout(resultPage);
    rl->setContentsMargins(0, 0, 0, 0);
    m_resultHeadline = new QLabel(resultPage);
    m_resultHeadline->setObjectName(u"resultHeadlineLabel"_s);
    m_resultHeadline->setWordWrap(true);
    QFont bold = m_resultHeadline->font();
    bold.setBold(true);
    m_resultHeadline->setFont(bold);
    m_resultText = new QPlainTextEdit(resultPage);
    m_resultText->setObjectName(u"resultPlainTextEdit"_s);
    m_resultText->setAccessibleName(tr("Result"));
    m_resultText->setTabChangesFocus(true);
    m_resultText->setReadOnly(true);
    rl->addWidget(m_resultHeadline);
    rl->addWidget(m_resultText, 1);
    m_commandBox = new CommandLineBox(resultPage);
    m_commandBox->setVisible(false);
    rl->addWidget(m_commandBox);
    return resultPage;
}

// Show in Folder, Save Failures, Run in Background, Cancel and Close; which ones show depends on the state.
QDialogButtonBox* JobProgressDialog::createButtons()
{
    auto* buttons = new QDialogButtonBox(this);
    m_showInFolderButton = buttons->addButton(tr("Show in &Folder"), QDialogButtonBox::ActionRole);
    m_showInFolderButton->setObjectName(u"showInFolderButton"_s);
    m_saveFailuresButton = buttons->addButton(tr("&Save Failures…"), QDialogButtonBox::ActionRole);
    m_saveFailuresButton->setObjectName(u"saveFailuresButton"_s);
    m_backgroundButton = buttons->addButton(tr("Run in &Background"), QDialogButtonBox::ActionRole);
    m_backgroundButton->setObjectName(u"runInBackgroundButton"_s);
    m_backgroundButton->setToolTip(
        tr("Hide this dialog and follow the operation in the Jobs dock. It goes on running."));
    m_backgroundButton->setVisible(false);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] { requestCancel(); });
    connect(m_backgroundButton, &QPushButton::clicked, this, &JobProgressDialog::runInBackground);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_showInFolderButton, &QPushButton::clicked, this, [this] { showInFolder(this, m_result.outputPath); });
    connect(m_saveFailuresButton, &QPushButton::clicked, this, [this] { saveFailures(this, m_result.failures); });
    return buttons;
}

void JobProgressDialog::begin(const QString& title, std::function<void()> cancel)
{
    m_state = State::Running;
    m_outcome = Outcome::None;
    m_outcomeLine.clear();
    m_cancel = std::move(cancel);
    m_result = {};
    m_canceledText = tr("The operation stopped before it was complete.");
    m_cancelVerb = tr("Cancel Operation");
    m_commandBox->setCommand(QString(), false);
    m_commandBox->setVisible(false);
    m_resultText->setMinimumHeight(0); // the result's room (see finish()) is not the progress page's
    m_samples.clear();
    m_elapsedOffsetMs = 0;
    m_lastElapsedMs = 0;
    m_planning = false;
    m_itemTotals.clear();
    m_item.clear();
    m_itemStart = 0;
    setWindowTitle(title);
    m_pages->setCurrentIndex(0);
    m_stepLabel->clear();
    m_stepLabel->setVisible(false);
    m_textLabel->setText(tr("Starting…"));
    m_overallBar->setRange(0, 0);
    m_itemBar->setRange(0, 0);
    m_itemLabel->clear();
    m_ratesLabel->clear();
    m_timeLabel->clear();
    m_plot->clear();
    m_log->clear();
    m_cancelButton->setVisible(true);
    m_cancelButton->setEnabled(true);
    m_closeButton->setVisible(false);
    m_showInFolderButton->setVisible(false);
    m_saveFailuresButton->setVisible(false);
    m_backgroundButton->setVisible(m_backgroundAllowed);
    appendLog(title);
    open();
    Q_EMIT runBegun();
    Q_EMIT summaryChanged();
}

void JobProgressDialog::setBackgroundAllowed(bool allowed)
{
    m_backgroundAllowed = allowed;
    m_backgroundButton->setVisible(allowed && (m_state == State::Running || m_state == State::Canceling));
}

JobProgressDialog::Summary JobProgressDialog::summary() const
{
    Summary s;
    s.state = m_state;
    s.outcome = m_outcome;
    s.title = windowTitle();
    // While canceling, "Canceling…" is the news; the step line says what was under way.
    if (m_state == State::Done)
        s.line = m_outcomeLine;
    else if (m_state == State::Canceling || m_stepLabel->text().isEmpty())
        s.line = m_textLabel->text();
    else
        s.line = m_stepLabel->text();
    s.value = m_overallBar->value();
    s.maximum = m_overallBar->maximum();
    s.format = m_overallBar->format();
    s.rates = m_ratesLabel->text();
    s.times = m_timeLabel->text();
    if (m_outcome == Outcome::Succeeded)
        s.outputPath = m_result.outputPath;
    return s;
}

void JobProgressDialog::runInBackground()
{
    if (m_state != State::Running && m_state != State::Canceling)
        return;
    hide(); // not reject(): that would mean Cancel
    Q_EMIT sentToBackground();
}

void JobProgressDialog::reopen()
{
    show();
    raise();
    activateWindow();
}

void JobProgressDialog::setCanceledText(const QString& text)
{
    m_canceledText = text;
}

void JobProgressDialog::setCancelVerb(const QString& text)
{
    m_cancelVerb = text;
}

void JobProgressDialog::setCommandLine(const QString& command, bool secretsOmitted)
{
    m_commandBox->setCommand(command, secretsOmitted);
    m_commandBox->setVisible(!command.isEmpty());
}

void JobProgressDialog::bindManager(OperationManagerBase* manager)
{
    connect(manager, &OperationManagerBase::progressChanged, this, &JobProgressDialog::setProgress);
    connect(manager, &OperationManagerBase::failed, this, &JobProgressDialog::showFailed);
    connect(manager, &OperationManagerBase::canceled, this, &JobProgressDialog::showCanceled);
}

void JobProgressDialog::setItemTotals(const QHash<QString, qint64>& totals)
{
    m_itemTotals = totals;
}

QString JobProgressDialog::itemKey(const QString& collection, const QString& tenant)
{
    return collection + u'/' + tenant; // '/' appears in neither a class nor a tenant name
}

void JobProgressDialog::setProgress(const OperationProgress& p)
{
    if (m_state != State::Running && m_state != State::Canceling)
        return;
    const QString step = m_planning ? QString() : p.stepText();
    if (step != m_stepLabel->text()) {
        m_stepLabel->setText(step);
        m_stepLabel->setVisible(!step.isEmpty());
        if (!step.isEmpty())
            appendLog(step);
    }
    if (m_state == State::Running && !p.text.isEmpty()) {
        // A text that only names the step would repeat the step line ("Step 4 of 4: Verifying counts", then
        // "Verifying counts"): the line stays empty.
        const QString status = !step.isEmpty() && p.text == p.step ? QString() : p.text;
        if (status != m_textLabel->text()) {
            m_textLabel->setText(status);
            if (!status.isEmpty())
                appendLog(status);
        }
    }
    ProgressText::showOverall(m_overallBar, p);
    m_itemLabel->setText(ProgressText::item(p));
    showItem(p);
    showRates(p);
    Q_EMIT summaryChanged();
}

void JobProgressDialog::showItem(const OperationProgress& p)
{
    const QString key = itemKey(p.collection, p.tenant);
    if (key != m_item) {
        m_item = key;
        m_itemStart = p.objectsDone;
    }
    const qint64 total = p.collection.isEmpty() ? -1 : m_itemTotals.value(key, -1);
    if (total < 0) {
        m_itemBar->setRange(0, 0);
        return;
    }
    const qint64 done = std::clamp<qint64>(p.objectsDone - m_itemStart, 0, total);
    const QLocale locale;
    m_itemBar->setRange(0, 1000);
    m_itemBar->setValue(total == 0 ? 1000 : int(done * 1000 / total));
    //: %1 objects of the current collection done, of %2
    m_itemBar->setFormat(tr("%1 of %2 objects").arg(locale.toString(done), locale.toString(total)));
}

void JobProgressDialog::showRates(const OperationProgress& p)
{
    if (p.elapsedMs < m_lastElapsedMs) {
        // The next phase (the apply after the plan): without this the rate and the time stood still until its
        // clock passed the plan's.
        m_elapsedOffsetMs += m_lastElapsedMs;
        m_samples.clear();
    }
    m_lastElapsedMs = p.elapsedMs;
    const qint64 elapsedMs = m_elapsedOffsetMs + p.elapsedMs;
    if (!m_samples.isEmpty() && elapsedMs <= m_samples.last().elapsedMs)
        return; // nothing new to measure (a second report in the same millisecond)
    m_samples.append({elapsedMs, p.objectsDone, p.bytesDone});
    while (m_samples.size() > 2 && elapsedMs - m_samples.first().elapsedMs > rateWindowMs)
        m_samples.removeFirst();
    double objectsPerSecond = 0;
    double bytesPerSecond = 0;
    if (m_samples.size() >= 2) {
        const Sample& first = m_samples.first();
        const double seconds = double(elapsedMs - first.elapsedMs) / 1000.0;
        objectsPerSecond = double(p.objectsDone - first.objects) / seconds;
        bytesPerSecond = double(p.bytesDone - first.bytes) / seconds;
        m_plot->addSample(objectsPerSecond);
    }
    const QLocale locale;
    // One unit for the whole run: a rate that jumps between KiB/s and MiB/s cannot be compared at a glance.
    //: %1 objects per second, %2 mebibytes per second
    m_ratesLabel->setText(tr("%1 objects/s, %2 MiB/s")
                              .arg(ThroughputPlot::formatRate(objectsPerSecond),
                                  locale.toString(bytesPerSecond / (1024.0 * 1024.0), 'f', 1)));
    qint64 etaMs = -1;
    if (p.objectsTotal >= 0 && objectsPerSecond > 0)
        etaMs = qint64(double(std::max<qint64>(0, p.objectsTotal - p.objectsDone)) / objectsPerSecond * 1000.0);
    //: %1 elapsed time, %2 estimated time left, both in words such as "2 min 5 s"
    m_timeLabel->setText(
        tr("Elapsed %1, remaining %2").arg(ProgressText::duration(elapsedMs), ProgressText::duration(etaMs)));
}

void JobProgressDialog::appendLog(const QString& line)
{
    m_log->appendPlainText(u"%1  %2"_s.arg(QTime::currentTime().toString(u"HH:mm:ss"_s), line));
}

void JobProgressDialog::requestCancel(QWidget* asker)
{
    if (m_state != State::Running)
        return;
    // Verbs, not Yes and No: "Cancel?" answered by "Cancel" or "No" read as the same button.
    Dialogs::question(
        asker ? asker : this, tr("Cancel"), tr("Cancel the running operation? Work done so far is discarded."),
        [this](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                cancelNow();
        },
        m_cancelVerb, tr("Keep Running"));
}

void JobProgressDialog::cancelNow()
{
    if (m_state != State::Running)
        return;
    m_state = State::Canceling;
    m_textLabel->setText(tr("Canceling…"));
    appendLog(m_textLabel->text());
    m_cancelButton->setEnabled(false);
    if (m_cancel)
        m_cancel();
    Q_EMIT summaryChanged();
}

void JobProgressDialog::reject()
{
    // Escape and the window's close button mean Cancel while the job runs; the dialog stays until the outcome.
    if (m_state == State::Running)
        requestCancel();
    else if (m_state != State::Canceling)
        QDialog::reject();
}

void JobProgressDialog::finish(Outcome outcome, const QString& headline, const QString& line)
{
    m_state = State::Done;
    m_outcome = outcome;
    m_outcomeLine = line;
    m_cancel = nullptr;
    m_resultHeadline->setText(headline);
    appendLog(headline);
    m_pages->setCurrentIndex(1);
    m_cancelButton->setVisible(false);
    m_backgroundButton->setVisible(false);
    m_closeButton->setVisible(true);
    m_closeButton->setDefault(true);
    m_closeButton->setFocus();
    // The result needs more room than the progress did: without this it showed seven lines of a dozen and the
    // archive path wrapped. Grow (never shrink what the user sized) to show up to 24 lines.
    const int lines = std::min(m_resultText->document()->blockCount(), 24) + 1;
    const int margins = 2 * (m_resultText->frameWidth() + int(m_resultText->document()->documentMargin()));
    m_resultText->setMinimumHeight(m_resultText->fontMetrics().lineSpacing() * lines + margins);
    const QSize before = size();
    resize(std::max(width(), 720), std::max(height(), sizeHint().height()));
    // Grown from its top-left corner it hung off the main window's right edge: centre it on its parent again.
    if (size() != before && parentWidget())
        move(parentWidget()->window()->geometry().center() - QPoint(width() / 2, height() / 2));
    Q_EMIT summaryChanged();
}

void JobProgressDialog::showResult(const JobResult& result)
{
    m_result = result;
    const QStringList lines = ProgressText::resultLines(result);
    m_resultText->setPlainText(lines.join(u'\n'));
    // An archive in an S3 bucket has no folder on this computer to show.
    m_showInFolderButton->setVisible(!result.outputPath.isEmpty() && !S3Archive::isS3(result.outputPath));
    m_saveFailuresButton->setVisible(!result.failures.isEmpty());
    // A cancel asked for while the last step was finishing: the work is done, and the result must say so rather
    // than leave the user believing it was stopped.
    const QString headline = m_state == State::Canceling
        ? tr("The cancel came too late: the work was already complete.")
        : result.headline;
    finish(Outcome::Succeeded, headline, headline);
    Q_EMIT outcomeShown(m_state);
}

void JobProgressDialog::showFailed(const OpError& error)
{
    if (m_state != State::Running && m_state != State::Canceling)
        return; // an outcome of a run this dialog does not show (e.g. a plan for an estimate)
    m_resultText->setPlainText(error.details);
    const QString message = error.message.isEmpty() ? tr("The operation failed.") : error.message;
    //: A run in the Jobs dock that ended in a failure; %1 why (one sentence)
    finish(Outcome::Failed, message, tr("Failed: %1").arg(message));
    if (!error.details.isEmpty())
        appendLog(error.details);
    Q_EMIT outcomeShown(m_state);
}

void JobProgressDialog::showCanceled()
{
    if (m_state != State::Running && m_state != State::Canceling)
        return;
    m_resultText->setPlainText(m_canceledText);
    finish(Outcome::Canceled, tr("The operation was canceled."), m_canceledText);
    Q_EMIT outcomeShown(m_state);
}

void JobProgressDialog::showInFolder(QWidget* parent, const QString& path)
{
    const QString folder = QFileInfo(path).absolutePath();
    // Where no file manager answers (a bare window manager, a container), openUrl only returns false.
    if (!Dialogs::openUrl(QUrl::fromLocalFile(folder)))
        //: %1 the folder, %2 the file in it
        Dialogs::information(parent, tr("Show in Folder"),
            tr("No file manager opened the folder %1. The file is %2.")
                .arg(QDir::toNativeSeparators(folder), QDir::toNativeSeparators(path)));
}

void JobProgressDialog::saveFailures(QWidget* parent, const QStringList& failures)
{
    Dialogs::saveFileName(parent, tr("Save Failures"), u"failures.txt"_s, tr("Text files (*.txt)"),
        [parent, failures](const QString& path) {
            if (path.isEmpty())
                return;
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
                Dialogs::information(
                    parent, tr("Save Failures"), tr("Could not write %1: %2").arg(path, file.errorString()));
                return;
            }
            file.write(failures.join(u'\n').toUtf8());
            file.write("\n");
        });
}

} // namespace Colvault
