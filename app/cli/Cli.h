// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace Colvault::Cli {

// The colvault-cli front door: finds the command in the arguments and runs it with the given streams.
// Runs on the calling thread (the CLI's main thread, or a test's); commands block until done.
//
// Usage: QTextStream out(stdout), err(stderr); return Cli::run(app.arguments(), out, err);
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString helpText(const QCommandLineParser& global);
};

} // namespace Colvault::Cli
