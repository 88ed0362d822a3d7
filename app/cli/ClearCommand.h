// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli clear COLLECTION... [options]`: plan (shown with --dry-run), a verified backup, then the deletion.
// The collection names must be typed (interactive) or given with --yes --confirm (non-interactive); the output
// names the backup and the restore command that undoes the clear.
class ClearCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClearCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
