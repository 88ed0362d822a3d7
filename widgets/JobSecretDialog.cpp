// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobSecretDialog.h"

#include "widgets/JobInputs.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Colvault {

JobSecretDialog::JobSecretDialog(const Job& job, const QString& why, QWidget* parent)
    : QDialog(parent)
    , m_job(job)
    , m_passphrase(!job.encryption.passphraseFile.isEmpty())
    , m_edit(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_remember(new QCheckBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(u"jobSecretDialog"_s);
    setWindowModality(Qt::WindowModal);
    // A short title: the job's name in it was elided by the window's width; the text names the job.
    setWindowTitle(m_passphrase ? tr("Job Passphrase") : tr("Job Identity"));
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    auto* text = new QLabel(this);
    text->setObjectName(u"jobSecretTextLabel"_s);
    text->setWordWrap(true);
    text->setTextFormat(Qt::PlainText);
    //: %1 a job's name, %2 why its file cannot be read (one sentence). Two paragraphs.
    text->setText(m_passphrase ? tr("The job \"%1\" encrypts its archives with a passphrase, but it cannot be read "
                                    "from its file: %2\n\nEnter the passphrase for this run, twice.")
                                     .arg(job.name, why)
                               //: %1 a job's name, %2 why its file cannot be read (one sentence). Two paragraphs.
                               : tr("The job \"%1\" needs an age identity to verify its archives, but it cannot be "
                                    "read from its files: %2\n\nEnter the identity (AGE-SECRET-KEY-1…) for this run.")
                                     .arg(job.name, why));
    m_edit->setObjectName(u"jobSecretLineEdit"_s);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(m_passphrase ? tr("Passphrase") : tr("Identity"));
    // The archives this run writes are encrypted with what is typed: a typo would lock them, so it is typed twice.
    m_repeat->setObjectName(u"jobSecretRepeatLineEdit"_s);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_repeat->setAccessibleName(tr("Repeat the passphrase"));
    m_remember->setObjectName(u"rememberSecretCheckBox"_s);
    m_remember->setText(tr("&Remember in the keychain"));
    m_remember->setToolTip(tr("Runs from the app use it before the job's file. Scheduled runs always read the file."));
    m_error->setObjectName(u"jobSecretErrorLabel"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    auto* form = new QFormLayout;
    form->addRow(m_passphrase ? tr("&Passphrase:") : tr("&Identity:"), m_edit);
    if (m_passphrase)
        form->addRow(tr("Re&peat:"), m_repeat);
    else
        m_repeat->hide();
    for (QLineEdit* edit : {m_edit, m_repeat})
        connect(edit, &QLineEdit::textEdited, m_error, &QWidget::hide);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("R&un"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JobSecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobSecretDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QByteArray JobSecretDialog::secret() const
{
    // An identity is pasted with blanks around it; a passphrase keeps its own, as in its file.
    return m_passphrase ? m_edit->text().toUtf8() : m_edit->text().trimmed().toUtf8();
}

bool JobSecretDialog::remember() const
{
    return m_remember->isVisibleTo(this) && m_remember->isChecked();
}

void JobSecretDialog::setCanRemember(bool can)
{
    m_remember->setVisible(can);
}

void JobSecretDialog::accept()
{
    if (OpError error = JobInputs::checkSecret(m_job.encryption, secret()))
        return showError(error.message, m_edit);
    if (m_passphrase && m_repeat->text() != m_edit->text())
        return showError(tr("The two passphrases differ: type the same passphrase in both fields."), m_repeat);
    QDialog::accept();
}

void JobSecretDialog::showError(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    field->setFocus();
    field->selectAll();
}

} // namespace Colvault
