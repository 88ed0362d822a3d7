// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/Cli.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace TestSupport {

// One run of colvault-cli in this process, with its output captured (for tests that link colvault_cli).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

// `args` without the program name, e.g. {"--url", url, "list", "--json"}.
inline CliRun runCli(const QStringList& args)
{
    CliRun r;
    QTextStream out(&r.out);
    QTextStream err(&r.err);
    r.exitCode = Colvault::Cli::Cli::run(QStringList {QStringLiteral("colvault-cli")} + args, out, err);
    out.flush();
    err.flush();
    return r;
}

} // namespace TestSupport
