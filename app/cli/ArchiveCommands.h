// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// The commands that only read an archive: `inspect FILE` (the head: manifest, collections, tenants) and
// `verify FILE` (a full read: every checksum, every count, every vector length).
class ArchiveCommands
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveCommands)

public:
    static int inspect(CliContext& context, const QStringList& arguments);
    static int verify(CliContext& context, const QStringList& arguments);
};

} // namespace Colvault::Cli
