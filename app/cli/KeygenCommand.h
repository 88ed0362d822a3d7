// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli keygen -o FILE`: writes a new age X25519 identity to FILE, as age-keygen does (readable by its owner
// only, never over an existing file), and prints its recipient on standard output for `backup --encrypt-to`. For
// users without age-keygen (Windows). Runs on the calling thread.
class KeygenCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeygenCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
