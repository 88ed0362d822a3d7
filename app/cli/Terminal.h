// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>

class QTextStream;

namespace Colvault::Cli {

// The CLI's one window on the terminal: whether standard input or standard error is one (isatty on POSIX, _isatty
// on Windows: the only platform code in app/cli), and reading one answer from standard input. Commands ask before
// destroying data only where somebody can answer; progress is drawn only where somebody can see it.
// Main thread only (the CLI's, or a test's).
class Terminal
{
public:
    static bool stdinIsTerminal();
    static bool stderrIsTerminal();

    // One line from standard input (or from the test input), without its line break; empty at the end of input.
    static QString readLine();

    // Tests: answers are read from `input` as if standard input were a terminal; nullptr restores the real one.
    static void setInputForTesting(QTextStream* input);
};

} // namespace Colvault::Cli
