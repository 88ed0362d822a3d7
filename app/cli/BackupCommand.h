// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli backup [COLLECTION...] -o FILE [options]`: plan, then (unless --dry-run) write the archive.
class BackupCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
