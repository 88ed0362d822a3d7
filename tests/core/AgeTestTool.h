// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <vector>

#if defined(Q_OS_LINUX)
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>
#define COLVAULT_AGE_TEST_PTY 1
#elif defined(Q_OS_MACOS)
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>
#include <util.h>
#define COLVAULT_AGE_TEST_PTY 1
#endif

// The reference implementation for the age interop tests: the `age` and `age-keygen` programs (Debian package age,
// installed by tools/setup-debian.sh). Tests that need them skip when they are missing.
namespace AgeTestTool {

inline QString program(const QString& name = QStringLiteral("age"))
{
    return QStandardPaths::findExecutable(name);
}

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

inline Result run(const QString& name, const QStringList& args, const QByteArray& input = {})
{
    Result r;
    QProcess process;
    process.start(program(name), args);
    if (!process.waitForStarted(30000))
        return r;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

#if defined(COLVAULT_AGE_TEST_PTY)
// age reads a passphrase only from a terminal: runs it on a pseudo-terminal and types `passphrase` at every prompt
// that asks for one (encryption asks twice). Returns the exit code, or -1.
inline int runWithPassphrase(const QStringList& args, const QByteArray& passphrase)
{
    // Everything the child needs is prepared before fork(): the test process may have threads.
    QList<QByteArray> argStore {program().toLocal8Bit()};
    for (const QString& a : args)
        argStore << a.toLocal8Bit();
    std::vector<char*> argv;
    for (QByteArray& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    QList<QByteArray> envStore {"LC_ALL=C.UTF-8", "TERM=dumb"};
    std::vector<char*> envp;
    for (QByteArray& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    const QByteArray answer = passphrase + '\n';

    int master = -1;
    const pid_t pid = forkpty(&master, nullptr, nullptr, nullptr);
    if (pid < 0)
        return -1;
    if (pid == 0) {
        execve(argv[0], argv.data(), envp.data());
        _exit(127);
    }
    QByteArray seen;
    qsizetype answered = 0; // prompts answered so far, counted in `seen`
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 120000) {
        pollfd p {master, POLLIN, 0};
        if (poll(&p, 1, 200) <= 0)
            continue;
        char buf[4096];
        const ssize_t n = read(master, buf, sizeof buf);
        if (n <= 0)
            break; // EIO once the child has closed the terminal
        seen.append(buf, qsizetype(n));
        // The prompts, not the echo of what was typed (which may contain the word).
        if (seen.count("Enter passphrase") + seen.count("Confirm passphrase") > answered) {
            ++answered;
            if (write(master, answer.constData(), size_t(answer.size())) != answer.size())
                break;
        }
    }
    close(master);
    int status = 0;
    if (waitpid(pid, &status, 0) == pid && WIFEXITED(status))
        return WEXITSTATUS(status);
    return -1;
}
#endif

} // namespace AgeTestTool
