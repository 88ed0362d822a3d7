// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ArchiveKeyDialog.h"

#include "core/S3Archive.h"
#include "widgets/Dialogs.h"
#include "widgets/JobInputs.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
const QColor kProblemColour(0xb0, 0x20, 0x20);
constexpr QLatin1StringView kSecretKeyStart("AGE-SECRET-KEY-");

struct KeyResult
{
    OpError error;
    AgeDecryptionKeys keys;
};
} // namespace

ArchiveKeyDialog::ArchiveKeyDialog(const QString& archive, ArchiveReader::Encryption kind, QWidget* parent)
    : QDialog(parent)
    , m_passphraseChoice(new QRadioButton(tr("&Passphrase"), this))
    , m_identityChoice(new QRadioButton(tr("&Identity file"), this))
    , m_passphrase(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"archiveKeyDialog"_s);
    setWindowModality(Qt::WindowModal);
    setWindowTitle(tr("Encrypted Archive"));
    auto* text = new QLabel(this);
    text->setObjectName(u"archiveKeyTextLabel"_s);
    text->setWordWrap(true);
    const QString shown = S3Archive::displayPath(archive);
    //: %1 an archive's file name or s3:// location
    text->setText(kind == ArchiveReader::Encryption::Recipients
            ? tr("The archive %1 is encrypted to public keys. Give an age identity file that holds one of their "
                 "secret keys, or paste its AGE-SECRET-KEY-1… line.")
                  .arg(shown)
            : tr("The archive %1 is encrypted with a passphrase. Type the passphrase.").arg(shown));
    m_passphraseChoice->setObjectName(u"passphraseRadioButton"_s);
    m_identityChoice->setObjectName(u"identityRadioButton"_s);
    (kind == ArchiveReader::Encryption::Recipients ? m_identityChoice : m_passphraseChoice)->setChecked(true);
    m_problem->setObjectName(u"archiveKeyProblemLabel"_s);
    m_problem->setWordWrap(true);
    QPalette pal = m_problem->palette();
    pal.setColor(QPalette::WindowText, kProblemColour);
    m_problem->setPalette(pal);
    m_problem->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Open"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ArchiveKeyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ArchiveKeyDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(text);
    layout->addWidget(passphraseRow());
    layout->addWidget(identityRow());
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(m_passphraseChoice, &QRadioButton::toggled, this, &ArchiveKeyDialog::updateChoice);
    updateChoice();
    // Wrapped lines need their height for the dialog's width: sizeHint() alone clipped the text and the problem.
    setMinimumWidth(fontMetrics().averageCharWidth() * 64);
    fitHeight();
}

void ArchiveKeyDialog::fitHeight()
{
    layout()->activate();
    const int w = qMax(width(), minimumWidth());
    resize(w, qMax(heightForWidth(w), sizeHint().height()));
}

QWidget* ArchiveKeyDialog::passphraseRow()
{
    m_passphrase->setObjectName(u"passphraseLineEdit"_s);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setAccessibleName(tr("Passphrase"));
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_passphraseChoice);
    layout->addWidget(m_passphrase, 1);
    return row;
}

QWidget* ArchiveKeyDialog::identityRow()
{
    m_identity->setObjectName(u"identityLineEdit"_s);
    m_identity->setAccessibleName(tr("Identity file, or the pasted identity"));
    m_identity->setPlaceholderText(tr("A file, or AGE-SECRET-KEY-1…"));
    m_browse->setObjectName(u"identityBrowseButton"_s);
    m_browse->setAutoDefault(false);
    connect(m_browse, &QPushButton::clicked, this, &ArchiveKeyDialog::browse);
    // A pasted secret key is not shown; a file's path is.
    connect(m_identity, &QLineEdit::textChanged, this, [this](const QString& text) {
        m_identity->setEchoMode(
            text.trimmed().startsWith(kSecretKeyStart) ? QLineEdit::PasswordEchoOnEdit : QLineEdit::Normal);
    });
    auto* row = new QWidget(this);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_identityChoice);
    layout->addWidget(m_identity, 1);
    layout->addWidget(m_browse);
    return row;
}

void ArchiveKeyDialog::updateChoice()
{
    const bool passphrase = usesPassphrase();
    m_passphrase->setEnabled(passphrase);
    m_identity->setEnabled(!passphrase);
    m_browse->setEnabled(!passphrase);
    (passphrase ? m_passphrase : m_identity)->setFocus();
}

void ArchiveKeyDialog::browse()
{
    Dialogs::openFileName(this, tr("Identity File"), QFileInfo(m_identity->text()).path(),
        tr("Age identities (*.txt *.key *.age);;All files (*)"), [this](const QString& path) {
            if (!path.isEmpty())
                m_identity->setText(QDir::toNativeSeparators(path));
        });
}

void ArchiveKeyDialog::setProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    fitHeight();
}

void ArchiveKeyDialog::setIdentityFile(const QString& path)
{
    m_identity->setText(QDir::toNativeSeparators(path));
}

QString ArchiveKeyDialog::identityFile() const
{
    const QString text = m_identity->text().trimmed();
    return usesPassphrase() || text.startsWith(kSecretKeyStart) ? QString() : QDir::fromNativeSeparators(text);
}

bool ArchiveKeyDialog::usesPassphrase() const
{
    return m_passphraseChoice->isChecked();
}

// The identity file is read on a worker (a network share may be slow); the secrets travel by value and are not kept.
void ArchiveKeyDialog::accept()
{
    if (m_reading)
        return;
    JobEncryption files;
    JobSecrets secrets;
    const QString identity = m_identity->text().trimmed();
    if (usesPassphrase() && m_passphrase->text().isEmpty()) {
        setProblem(tr("Type the passphrase."));
        return;
    }
    if (!usesPassphrase() && identity.isEmpty()) {
        setProblem(tr("Give an identity file, or paste the identity."));
        return;
    }
    if (usesPassphrase())
        secrets.passphrase = m_passphrase->text().toUtf8(); // as typed: a passphrase keeps its blanks
    else if (identity.startsWith(kSecretKeyStart))
        secrets.identity = identity.toUtf8();
    else
        files.identityFiles = {identityFile()};
    m_reading = true;
    m_ok->setEnabled(false);
    auto* watcher = new QFutureWatcher<KeyResult>(this);
    connect(watcher, &QFutureWatcher<KeyResult>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_reading = false;
        m_ok->setEnabled(true);
        const KeyResult result = watcher->result();
        if (result.error) {
            setProblem(result.error.message);
            return;
        }
        m_keys = result.keys;
        QDialog::accept();
    });
    watcher->setFuture(QtConcurrent::run([files, secrets] {
        KeyResult r;
        AgeEncryptionKeys unused;
        r.error = JobInputs::readKeys(files, secrets, &unused, &r.keys);
        return r;
    }));
}

} // namespace Colvault
