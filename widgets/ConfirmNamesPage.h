// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QStringList>
#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace Colvault {

// The last page of a destructive wizard (clear, restore in replace mode): the user types the affected collection
// names exactly, separated by commas, before Finish is enabled; validatePage() checks again. GUI thread.
// Usage: setNames(names, explanation) in the wizard's initializePage path; typedNames() once accepted.
class ConfirmNamesPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ConfirmNamesPage(QWidget* parent = nullptr);

    void setNames(const QStringList& names, const QString& explanation);
    QStringList names() const { return m_names; }
    QStringList typedNames() const;
    bool matches() const;

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    QStringList m_names;
    QLabel* m_explanation;
    QLabel* m_instruction;
    QLineEdit* m_edit;
    QLabel* m_mismatch;
};

} // namespace Colvault
