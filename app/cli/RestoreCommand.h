// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli restore FILE [COLLECTION...] [options]`: plan (shown with --dry-run), then restore. Replacing
// collections needs their names typed (interactive) or given with --yes --confirm (non-interactive).
class RestoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
