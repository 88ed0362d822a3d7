// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace Colvault::Cli {

class CliContext;

// `colvault-cli restore FILE [COLLECTION...] [options]`: plan (shown with --dry-run), then restore. Without --yes
// an interactive terminal shows the plan and asks; a run whose standard input is not a terminal refuses. Replacing
// collections needs their names typed (interactive) or given with --yes --confirm (non-interactive).
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

    // Tests: answers are read from `input` as if standard input were a terminal; nullptr restores the real one.
    static void setInteractiveInputForTesting(QTextStream* input);
};

} // namespace Colvault::Cli
