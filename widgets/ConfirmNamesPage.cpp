// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ConfirmNamesPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Colvault {

ConfirmNamesPage::ConfirmNamesPage(QWidget* parent)
    : QWizardPage(parent)
{
    setObjectName(u"confirmNamesPage"_s);
    setTitle(tr("Confirm"));
    m_explanation = new QLabel(this);
    m_explanation->setObjectName(u"explanationLabel"_s);
    m_explanation->setWordWrap(true);
    m_instruction = new QLabel(this);
    m_instruction->setObjectName(u"instructionLabel"_s);
    m_instruction->setWordWrap(true);
    m_instruction->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(u"confirmLineEdit"_s);
    m_edit->setPlaceholderText(tr("Collection names, separated by commas"));
    m_edit->setAccessibleName(tr("Collection names to confirm"));
    m_instruction->setBuddy(m_edit); // its mnemonic (Alt+T in English) reaches the field from anywhere on the page
    m_mismatch = new QLabel(this);
    m_mismatch->setObjectName(u"mismatchLabel"_s);
    m_mismatch->setWordWrap(true);
    QPalette warn = m_mismatch->palette();
    warn.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_mismatch->setPalette(warn);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_explanation);
    layout->addSpacing(8);
    layout->addWidget(m_instruction);
    layout->addWidget(m_edit);
    layout->addWidget(m_mismatch);
    layout->addStretch(1);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        m_mismatch->setText(m_edit->text().trimmed().isEmpty() || matches()
                ? QString()
                : tr("The names do not match. Type them exactly, upper and lower case included."));
        Q_EMIT completeChanged();
    });
}

void ConfirmNamesPage::setNames(const QStringList& names, const QString& explanation)
{
    m_names = names;
    m_explanation->setText(explanation);
    //: %1 is a list of collection names
    m_instruction->setText(
        tr("&Type %Ln collection name(s) to confirm: %1", nullptr, int(names.size())).arg(names.join(u", "_s)));
}

void ConfirmNamesPage::initializePage()
{
    m_edit->clear();
    m_mismatch->clear();
    m_edit->setFocus();
}

QStringList ConfirmNamesPage::typedNames() const
{
    QStringList typed;
    for (const QString& part : m_edit->text().split(u',', Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            typed.append(part.trimmed());
    return typed;
}

bool ConfirmNamesPage::matches() const
{
    if (m_names.isEmpty())
        return false;
    QStringList typed = typedNames();
    QStringList wanted = m_names;
    typed.sort();
    typed.removeDuplicates();
    wanted.sort();
    wanted.removeDuplicates();
    return typed == wanted; // exact, case-sensitive: Weaviate class names are
}

bool ConfirmNamesPage::isComplete() const
{
    return matches();
}

bool ConfirmNamesPage::validatePage()
{
    return matches();
}

} // namespace Colvault
