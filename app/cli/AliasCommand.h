// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli alias list [--json] | set NAME COLLECTION | delete NAME`: the server's collection aliases
// (Weaviate 1.32+), and switching one in a single request (the way back after a side-by-side restore).
// Thread: the CLI's main thread.
class AliasCommand
{
    Q_DECLARE_TR_FUNCTIONS(AliasCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
