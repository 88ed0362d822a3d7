// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/BackgroundRuns.h"

#include "core/S3Archive.h"
#include "widgets/JobProgressDialog.h"

#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

BackgroundRunRow::BackgroundRunRow(JobProgressDialog* dialog, QWidget* parent)
    : QFrame(parent)
    , m_dialog(dialog)
    , m_title(new QLabel(this))
    , m_line(new QLabel(this))
    , m_bar(new QProgressBar(this))
    , m_rates(new QLabel(this))
    , m_times(new QLabel(this))
    , m_file(new QLabel(this))
    // No mnemonics: a row sits beside the menu bar's and the toolbar's letters, and there may be several rows.
    , m_show(new QPushButton(tr("Show"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_dismiss(new QPushButton(tr("Dismiss"), this))
{
    setObjectName(u"backgroundRunRow"_s);
    setFrameShape(QFrame::StyledPanel);
    m_title->setObjectName(u"backgroundRunTitleLabel"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_line->setObjectName(u"backgroundRunLineLabel"_s);
    m_line->setWordWrap(true);
    m_line->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_bar->setObjectName(u"backgroundRunProgressBar"_s);
    m_bar->setAccessibleName(tr("Progress of the operation"));
    m_rates->setObjectName(u"backgroundRunRatesLabel"_s);
    m_times->setObjectName(u"backgroundRunTimeLabel"_s);
    m_file->setObjectName(u"backgroundRunFileLabel"_s);
    m_file->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show->setObjectName(u"showRunButton"_s);
    m_cancel->setObjectName(u"cancelRunButton"_s);
    m_cancel->setToolTip(tr("Cancel this operation (asks first)"));
    m_dismiss->setObjectName(u"dismissRunButton"_s);
    m_dismiss->setToolTip(tr("Remove this row"));

    // Compact (the main window's collections share the height with the dock): three lines while it runs (title and
    // buttons, the step, the bar with its figures), two once it ended (title and buttons, the outcome and the file).
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_dismiss);
    auto* bar = new QHBoxLayout;
    // Some styles lay labels side by side with no gap: "0.0 MiB/sElapsed 3 s". Two characters part the figures.
    bar->setSpacing(fontMetrics().averageCharWidth() * 2);
    bar->addWidget(m_bar, 1);
    bar->addWidget(m_rates);
    bar->addWidget(m_times);
    auto* outcome = new QHBoxLayout;
    outcome->addWidget(m_line, 1);
    outcome->addWidget(m_file);
    auto* layout = new QGridLayout(this);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_title, 0, 0);
    layout->addLayout(buttons, 0, 1, Qt::AlignRight);
    layout->addLayout(outcome, 1, 0, 1, 2);
    layout->addLayout(bar, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);

    connect(m_show, &QPushButton::clicked, m_dialog, &JobProgressDialog::reopen);
    connect(m_cancel, &QPushButton::clicked, this, [this] { m_dialog->requestCancel(this); });
    connect(m_dismiss, &QPushButton::clicked, this, &BackgroundRunRow::dismissed);
    update();
}

void BackgroundRunRow::update()
{
    const JobProgressDialog::Summary s = m_dialog->summary();
    const bool ended = s.state == JobProgressDialog::State::Done;
    m_running = !ended;
    m_title->setText(s.title);
    m_line->setText(s.line);
    m_bar->setRange(0, s.maximum);
    m_bar->setValue(s.value);
    m_bar->setFormat(s.format);
    m_rates->setText(s.rates);
    m_times->setText(s.times);
    for (QWidget* w : std::initializer_list<QWidget*> {m_bar, m_rates, m_times, m_cancel})
        w->setVisible(!ended);
    m_cancel->setEnabled(s.state == JobProgressDialog::State::Running);
    m_dismiss->setVisible(ended);
    showFile(ended ? s.outputPath : QString());
    m_show->setToolTip(
        ended ? tr("Show the result of this operation") : tr("Show the progress dialog of this operation"));
}

// The archive by its name and size: "which file, how big" is what the user looks for once a backup ended.
void BackgroundRunRow::showFile(const QString& path)
{
    m_file->setVisible(!path.isEmpty());
    if (path.isEmpty())
        return;
    const bool s3 = S3Archive::isS3(path);
    const QFileInfo info(path);
    const QString name = s3 ? path.section(u'/', -1) : info.fileName();
    m_file->setToolTip(s3 ? path : QDir::toNativeSeparators(info.absoluteFilePath()));
    m_file->setText(s3 || !info.exists()
            //: The archive a run in the background wrote; %1 its file name
            ? tr("Archive: %1").arg(name)
            //: The archive a run in the background wrote; %1 its file name, %2 its size (e.g. "4.2 MB")
            : tr("Archive: %1 (%2)").arg(name, QLocale().formattedDataSize(info.size())));
}

BackgroundRuns::BackgroundRuns(QWidget* parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"backgroundRunsPanel"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    setVisible(false);
}

void BackgroundRuns::track(JobProgressDialog* dialog)
{
    connect(dialog, &JobProgressDialog::sentToBackground, this, [this, dialog] { addRow(dialog); });
    connect(dialog, &JobProgressDialog::summaryChanged, this, [this, dialog] { onSummaryChanged(dialog); });
    // The dialog is reused: a new run leaves nothing of the old one to show.
    connect(dialog, &JobProgressDialog::runBegun, this, [this, dialog] {
        if (BackgroundRunRow* row = rowOf(dialog))
            removeRow(row);
    });
}

bool BackgroundRuns::hasRunning() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const BackgroundRunRow* row) { return row->isRunning(); });
}

void BackgroundRuns::cancelAll()
{
    for (BackgroundRunRow* row : std::as_const(m_rows))
        row->dialog()->cancelNow();
}

BackgroundRunRow* BackgroundRuns::rowOf(const JobProgressDialog* dialog) const
{
    for (BackgroundRunRow* row : m_rows)
        if (row->dialog() == dialog)
            return row;
    return nullptr;
}

void BackgroundRuns::addRow(JobProgressDialog* dialog)
{
    if (!rowOf(dialog)) {
        auto* row = new BackgroundRunRow(dialog, this);
        connect(row, &BackgroundRunRow::dismissed, this, [this, row] { removeRow(row); });
        m_rows.append(row);
        m_layout->addWidget(row);
    }
    setVisible(true);
    Q_EMIT rowAdded();
}

void BackgroundRuns::removeRow(BackgroundRunRow* row)
{
    m_rows.removeOne(row);
    row->hide();
    row->deleteLater();
    setVisible(!m_rows.isEmpty());
}

void BackgroundRuns::onSummaryChanged(JobProgressDialog* dialog)
{
    BackgroundRunRow* row = rowOf(dialog);
    if (!row)
        return;
    const bool wasRunning = row->isRunning();
    row->update();
    if (!wasRunning || row->isRunning())
        return;
    Q_EMIT runEnded();
    if (!dialog->isVisible()) {
        const JobProgressDialog::Summary s = dialog->summary();
        //: A desktop notification: %1 the operation's title (e.g. "Backup from Work at https://…"), %2 how it ended
        Q_EMIT notificationRequested(tr("%1: %2").arg(s.title, s.line));
    }
}

} // namespace Colvault
