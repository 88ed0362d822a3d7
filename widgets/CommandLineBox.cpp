// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/CommandLineBox.h"

#include "core/CliCommandLine.h"

#include <QClipboard>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Colvault {

CommandLineBox::CommandLineBox(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(u"commandLineBox"_s);
    m_command = new QLineEdit(this);
    m_command->setObjectName(u"commandLineEdit"_s);
    m_command->setReadOnly(true);
    m_copy = new QPushButton(tr("Cop&y"), this);
    m_copy->setObjectName(u"copyCommandButton"_s);
    m_copy->setToolTip(tr("Copy the command to the clipboard"));
    m_copy->setAutoDefault(false);
    auto* label = new QLabel(tr("Same as the co&mmand:"), this);
    label->setBuddy(m_command);
    m_note = new QLabel(this);
    m_note->setObjectName(u"commandNoteLabel"_s);
    m_note->setWordWrap(true);
    m_note->setVisible(false);

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label, 0, 0);
    layout->addWidget(m_command, 0, 1);
    layout->addWidget(m_copy, 0, 2);
    layout->addWidget(m_note, 1, 1, 1, 2);
    layout->setColumnStretch(1, 1);

    connect(m_copy, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(m_command->text()); });
}

void CommandLineBox::setCommand(const QString& command, bool secretsOmitted)
{
    m_command->setText(command);
    m_command->setCursorPosition(0);
    m_command->setToolTip(command);
    QStringList notes;
    if (secretsOmitted) {
        // Name only what was left out: a profile with a key and no headers must not be told about headers.
        // A whole word: TARGET_KEY_FILE (a copy's target key) is not the source's KEY_FILE.
        static const QRegularExpression keyWord(u"\\b"_s + CliCommandLine::keyFilePlaceholder.toString() + u"\\b"_s);
        const bool key = command.contains(keyWord);
        const bool headers = command.contains(CliCommandLine::headerFilePlaceholder);
        if (key && !headers)
            notes << tr("The API key is not shown. Replace KEY_FILE with a file that holds the key.");
        else if (headers && !key)
            notes << tr("The extra headers are not shown. Replace HEADER_FILE with a file of the headers, one "
                        "\"Name: value\" a line.");
        else
            notes << tr("The API key and the extra headers are not shown. Replace KEY_FILE with a file that holds "
                        "the key, and HEADER_FILE with a file of the headers, one \"Name: value\" a line.");
    }
    // The proxy password is not one of the `secretsOmitted` (an API key or headers): the command says whether it
    // holds one.
    if (command.contains(CliCommandLine::proxyPasswordFilePlaceholder))
        notes << tr("The proxy password is not shown. Replace PROXY_PASSWORD_FILE with a file that holds it.");
    if (command.contains(CliCommandLine::targetKeyFilePlaceholder))
        notes << tr("The target's API key is not shown. Replace TARGET_KEY_FILE with a file that holds it.");
    if (command.contains(CliCommandLine::identityFilePlaceholder))
        notes << tr("The archive's key is not shown. Replace IDENTITY_FILE with the age identity file that opens it.");
    if (command.contains(CliCommandLine::passphraseFilePlaceholder))
        notes << tr("The archive's passphrase is not shown. Replace PASSPHRASE_FILE with a file that holds it.");
    if (command.contains(CliCommandLine::headerValuePlaceholder))
        notes << tr("The target's header values are not shown. Replace each HEADER_VALUE with the value.");
    m_note->setText(notes.join(u' '));
    m_note->setVisible(!notes.isEmpty());
}

QString CommandLineBox::command() const
{
    return m_command->text();
}

} // namespace Colvault
