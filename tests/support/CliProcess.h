// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>
#include <QTimer>
#include <functional>

namespace Reliability {

// The seed of a test's random kill points: COLVAULT_KILL_SEED replays a run, else `fallback`. Printed either way.
inline quint32 killSeed(quint32 fallback)
{
    bool fromEnv = false;
    quint32 seed = qEnvironmentVariable("COLVAULT_KILL_SEED").toUInt(&fromEnv);
    if (!fromEnv)
        seed = fallback;
    qInfo("kill seed %u (replay with COLVAULT_KILL_SEED=%u)", seed, seed);
    return seed;
}

// One run of the real colvault-cli binary (COLVAULT_CLI_PATH, set by CMake).
struct CliRun
{
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
    bool finished = false; // false: it did not end within the timeout (and was killed)
    QString out;
    QString err;

    QString dump() const
    {
        return QStringLiteral("exit %1 (%2)\n--- stdout\n%3\n--- stderr\n%4")
            .arg(exitCode)
            .arg(exitStatus == QProcess::NormalExit ? QStringLiteral("normal") : QStringLiteral("crash"), out, err);
    }
};

// The environment a CLI child gets: no WEAVIATE_URL/WEAVIATE_API_KEY leaking in from the developer's shell.
inline QProcessEnvironment cliEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("WEAVIATE_URL"));
    env.remove(QStringLiteral("WEAVIATE_API_KEY"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

// Waits for the process while running this thread's event loop, so an in-test server on this thread (the TLS
// proxy) keeps serving the child. Kills the child after timeoutMs.
inline bool waitWithEvents(QProcess& process, int timeoutMs)
{
    if (process.state() == QProcess::NotRunning)
        return true;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    if (process.state() == QProcess::NotRunning)
        return true;
    process.kill();
    process.waitForFinished(5000);
    return false;
}

inline CliRun collect(QProcess& process, bool finished)
{
    CliRun r;
    r.finished = finished;
    r.exitStatus = process.exitStatus();
    r.exitCode = process.exitCode();
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

// Runs colvault-cli with the arguments to its end. `modifier` runs in the child between fork and exec.
inline CliRun runCli(const QStringList& args, const QProcessEnvironment& env = cliEnvironment(),
    const std::function<void()>& modifier = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    if (modifier)
        process.setChildProcessModifier(modifier);
    process.start(QStringLiteral(COLVAULT_CLI_PATH), args);
    if (!process.waitForStarted(10000))
        return {};
    const bool finished = waitWithEvents(process, timeoutMs);
    return collect(process, finished);
}

// Runs colvault-cli with `input` on its standard input (then closed), to its end.
inline CliRun runCliWithInput(const QStringList& args, const QByteArray& input,
    const QProcessEnvironment& env = cliEnvironment(), int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(COLVAULT_CLI_PATH), args);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    const bool finished = waitWithEvents(process, timeoutMs);
    return collect(process, finished);
}

} // namespace Reliability
