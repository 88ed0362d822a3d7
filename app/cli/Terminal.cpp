// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Terminal.h"

#include <QTextStream>
#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Colvault::Cli {

namespace {

QTextStream* g_testInput = nullptr;

bool isTerminal(FILE* stream)
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stream)) != 0;
#else
    return isatty(fileno(stream)) != 0;
#endif
}

} // namespace

bool Terminal::stdinIsTerminal()
{
    return g_testInput || isTerminal(stdin);
}

bool Terminal::stderrIsTerminal()
{
    return isTerminal(stderr);
}

QString Terminal::readLine()
{
    if (g_testInput)
        return g_testInput->readLine();
    QTextStream in(stdin);
    return in.readLine();
}

void Terminal::setInputForTesting(QTextStream* input)
{
    g_testInput = input;
}

} // namespace Colvault::Cli
