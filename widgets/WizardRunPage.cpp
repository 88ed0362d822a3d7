// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/WizardRunPage.h"

#include "widgets/CommandLineBox.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/ProgressText.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Colvault {

WizardRunPage::WizardRunPage(QWidget* parent)
    : QWizardPage(parent)
    , m_cancelQuestion(tr("Cancel the running operation?"))
{
    setObjectName(u"runPage"_s);
    setFinalPage(true);
    setButtonText(QWizard::FinishButton, tr("&Close"));

    m_step = new QLabel(this);
    m_step->setObjectName(u"runStepLabel"_s);
    m_step->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"runStatusLabel"_s);
    m_status->setWordWrap(true);
    // Left empty when the step line says all it would (see setProgress); its line stays, so nothing jumps.
    m_status->setMinimumHeight(m_status->fontMetrics().lineSpacing());
    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"runProgressBar"_s);
    m_bar->setAccessibleName(tr("Progress"));
    m_item = new QLabel(this);
    m_item->setObjectName(u"runItemLabel"_s);
    m_item->setWordWrap(true);
    m_headline = new QLabel(this);
    m_headline->setObjectName(u"resultHeadlineLabel"_s);
    m_headline->setWordWrap(true);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    m_result = new QPlainTextEdit(this);
    m_result->setObjectName(u"resultPlainTextEdit"_s);
    m_result->setReadOnly(true);
    m_result->setAccessibleName(tr("Result"));
    // Read-only text: Tab moves on instead of being swallowed, so the buttons stay reachable by keyboard.
    m_result->setTabChangesFocus(true);
    m_buttons = new QHBoxLayout;
    m_buttons->addStretch(1);
    m_showInFolder = new QPushButton(tr("Show in &Folder"), this);
    m_showInFolder->setObjectName(u"showInFolderButton"_s);
    m_showInFolder->setAutoDefault(false);
    m_buttons->insertWidget(0, m_showInFolder);
    connect(
        m_showInFolder, &QPushButton::clicked, this, [this] { JobProgressDialog::showInFolder(this, m_outputPath); });
    m_saveFailures = new QPushButton(tr("&Save Failures…"), this);
    m_saveFailures->setObjectName(u"saveFailuresButton"_s);
    m_saveFailures->setAutoDefault(false);
    m_buttons->insertWidget(1, m_saveFailures);
    connect(m_saveFailures, &QPushButton::clicked, this, [this] { JobProgressDialog::saveFailures(this, m_failures); });
    m_command = new CommandLineBox(this);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_step);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_item);
    layout->addSpacing(8);
    layout->addWidget(m_headline);
    layout->addWidget(m_result, 1);
    layout->addWidget(m_command);
    layout->addLayout(m_buttons);
    // While it runs the result is hidden: without this the step, status, bar and item lines were spread over the
    // whole page with wide gaps between them. With the result shown, its stretch takes the room.
    layout->addStretch();
    reset();
}

void WizardRunPage::addResultButton(QPushButton* button)
{
    button->setParent(this);
    m_buttons->insertWidget(m_buttons->count() - 1, button);
}

void WizardRunPage::setCommandLine(const QString& command, bool secretsOmitted)
{
    m_command->setCommand(command, secretsOmitted);
    m_command->setVisible(!command.isEmpty());
}

void WizardRunPage::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
    Q_EMIT completeChanged();
}

void WizardRunPage::reset()
{
    m_asking = false;
    m_outcome = Outcome::None;
    m_step->clear();
    m_step->setVisible(false);
    m_status->clear();
    m_item->clear();
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_bar->resetFormat();
    m_headline->clear();
    m_headline->setVisible(false);
    m_result->clear();
    m_result->setVisible(false);
    m_outputPath.clear();
    m_showInFolder->setVisible(false);
    m_failures.clear();
    m_saveFailures->setVisible(false);
    setCommandLine(QString(), false);
    setState(State::Idle);
}

void WizardRunPage::begin(const QString& text)
{
    reset();
    m_status->setText(text);
    m_status->setVisible(true);
    m_bar->setRange(0, 0);
    m_bar->setVisible(true);
    setState(State::Running);
}

void WizardRunPage::setProgress(const OperationProgress& p)
{
    if (!isRunning())
        return;
    const QString step = p.stepText();
    m_step->setText(step);
    m_step->setVisible(!step.isEmpty());
    // A text that only names the step would repeat the step line ("Step 4 of 4: Verifying counts", then
    // "Verifying counts"): the line stays empty.
    if (m_state == State::Running && !p.text.isEmpty())
        m_status->setText(!step.isEmpty() && p.text == p.step ? QString() : p.text);
    ProgressText::showOverall(m_bar, p);
    m_item->setText(ProgressText::item(p));
}

void WizardRunPage::requestCancel()
{
    if (m_state != State::Running || m_asking)
        return; // asked once: a second Cancel (or Escape) while asking or canceling does nothing
    m_asking = true;
    Dialogs::question(this, tr("Cancel"), m_cancelQuestion, [this](QMessageBox::StandardButton answer) {
        m_asking = false;
        if (answer != QMessageBox::Yes || m_state != State::Running)
            return;
        m_status->setText(tr("Canceling…"));
        setState(State::Canceling);
        Q_EMIT cancelRequested();
    });
}

void WizardRunPage::showResult(Outcome outcome, const JobResult& result)
{
    const QStringList lines = ProgressText::resultLines(result);
    showOutcome(outcome, result.headline, lines);
    m_outputPath = result.outputPath;
    m_showInFolder->setVisible(!m_outputPath.isEmpty() && QFileInfo::exists(m_outputPath));
    m_failures = result.failures;
    m_saveFailures->setVisible(!m_failures.isEmpty());
}

void WizardRunPage::showOutcome(Outcome outcome, const QString& headline, const QStringList& lines)
{
    m_outcome = outcome;
    m_asking = false;
    m_status->clear(); // the headline says it
    m_status->setVisible(false);
    m_bar->setVisible(false);
    m_step->clear();
    m_step->setVisible(false);
    m_item->clear();
    m_headline->setText(headline);
    m_headline->setVisible(true);
    m_result->setPlainText(lines.join(u'\n'));
    m_result->setVisible(true);
    setState(State::Done);
}

} // namespace Colvault
