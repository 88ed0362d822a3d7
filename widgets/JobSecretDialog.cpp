// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobSecretDialog.h"

#include "widgets/JobInputs.h"
#include "widgets/SecretStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
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
    text->setText(introText(why));
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
    m_run = buttons->button(QDialogButtonBox::Ok);
    m_run->setText(tr("R&un"));
    connect(buttons, &QDialogButtonBox::accepted, this, &JobSecretDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &JobSecretDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addLayout(form);
    layout->addWidget(m_remember);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

QString JobSecretDialog::introText(const QString& why) const
{
    if (!m_passphrase)
        //: %1 a job's name, %2 why its file cannot be read (one sentence). Two paragraphs.
        return tr("The job \"%1\" needs an age identity to verify its archives, but it cannot be read from its files: "
                  "%2\n\nEnter the identity (AGE-SECRET-KEY-1…) for this run.")
            .arg(m_job.name, why);
    // What is typed encrypts this run's archive: a different passphrase than the file's would lock that archive
    // behind a second passphrase without anyone noticing.
    //: %1 a job's name, %2 why its file cannot be read (one sentence), %3 the file's path. Three paragraphs.
    return tr("The job \"%1\" encrypts its archives with the passphrase in its passphrase file, which cannot be "
              "read: %2\n\nThis run's archive will be encrypted with the passphrase you type here and can be "
              "restored only with exactly this passphrase. Type the job's own passphrase, twice.\n\nRestore or fix "
              "the file %3: scheduled runs read it and fail without it.")
        .arg(m_job.name, why, QDir::toNativeSeparators(m_job.encryption.passphraseFile));
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

void JobSecretDialog::setKeychain(SecretStore* store, const QString& key)
{
    m_store = store;
    m_key = key;
    m_remember->setVisible(store != nullptr);
}

void JobSecretDialog::accept()
{
    if (OpError error = JobInputs::checkSecret(m_job.encryption, secret()))
        return showError(error.message, m_edit);
    if (m_passphrase)
        if (OpError error = JobInputs::checkNewPassphrase(m_edit->text(), m_repeat->text()))
            return showError(error.message, m_repeat);
    if (remember() && m_store)
        return writeToKeychain();
    QDialog::accept();
}

// Before the run starts: a keychain that refuses is shown here, not only in the log, and the user decides.
void JobSecretDialog::writeToKeychain()
{
    m_run->setEnabled(false);
    m_store->write(m_key, secret(), this, [this](const QString& error) {
        m_run->setEnabled(true);
        if (error.isEmpty()) {
            m_remembered = true;
            QDialog::accept();
            return;
        }
        m_remember->setChecked(false);
        //: %1 the keychain's error message
        showError(tr("The keychain could not remember it: %1\nClick Run to run the job without remembering it; the "
                     "next run asks again.")
                      .arg(error),
            m_edit);
    });
}

void JobSecretDialog::showError(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
    field->setFocus();
    field->selectAll();
}

} // namespace Colvault
