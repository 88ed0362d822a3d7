// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/OperationProgress.h"

#include <QLocale>

namespace Colvault {

QString OperationProgress::stepText() const
{
    if (stepCount <= 0 || step.isEmpty())
        return {};
    const QLocale locale;
    //: %1 the number of the operation's current step, %2 how many steps it has, %3 the step's name, e.g. "Adding
    //: references"
    return tr("Step %1 of %2: %3").arg(locale.toString(stepNumber), locale.toString(stepCount), step);
}

} // namespace Colvault
