// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace TestSupport {

// A server program from the system (tinyproxy, stunnel4) run by a test on a free port of 127.0.0.1, with a
// configuration file the test writes into a temporary directory of its own. start() returns once the port accepts
// connections; the destructor ends the process. Test thread.
// Usage: LoopbackDaemon d; if (d.program(u"tinyproxy").isEmpty()) QSKIP(...);
//        d.start(program, [](quint16 port) { return config; }, [](QString conf) { return args; }, &error);
class LoopbackDaemon
{
public:
    LoopbackDaemon() = default;
    ~LoopbackDaemon();
    LoopbackDaemon(const LoopbackDaemon&) = delete;
    LoopbackDaemon& operator=(const LoopbackDaemon&) = delete;

    // The program's path (PATH, /usr/sbin, /usr/bin), empty when it is not installed.
    static QString program(const QString& name);

    // Picks a free port, writes `config(port)` to a file in dir(), runs `program` with `arguments(configPath)` and
    // waits up to 10 s for the port. Tries three ports (another process may take the one picked meanwhile). Returns
    // false with *error (the program's output included) when it did not come up.
    template<typename Config, typename Arguments>
    bool start(const QString& program, Config config, Arguments arguments, QString* error)
    {
        for (int attempt = 0; attempt < 3; ++attempt) {
            const quint16 port = freePort();
            const QString configPath = m_dir.filePath(QStringLiteral("daemon.conf"));
            if (port == 0 || !writeFile(configPath, config(port))) {
                *error = QStringLiteral("cannot pick a port or write %1").arg(configPath);
                return false;
            }
            if (run(program, arguments(configPath), port, error))
                return true;
        }
        return false;
    }
    void stop();

    quint16 port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString output(); // what the program wrote on standard output and error so far

private:
    static quint16 freePort();
    static bool writeFile(const QString& path, const QByteArray& data);
    bool run(const QString& program, const QStringList& arguments, quint16 port, QString* error);

    QTemporaryDir m_dir;
    QProcess m_process;
    QByteArray m_output;
    quint16 m_port = 0;
};

// tinyproxy (Debian's package) as a forward proxy on loopback: Allow 127.0.0.1, BasicAuth when a user is given, no
// upstream, its log (level Connect) in its directory. The log says which requests went through it.
class TinyProxy
{
public:
    static QString program() { return LoopbackDaemon::program(QStringLiteral("tinyproxy")); }

    bool start(QString* error, const QString& user = {}, const QString& password = {});
    QUrl url() const; // http://127.0.0.1:<port>
    quint16 port() const { return m_daemon.port(); }

    QString log() const;
    // The request lines it received ("GET http://127.0.0.1:8080/v1/schema HTTP/1.1", "CONNECT 127.0.0.1:443
    // HTTP/1.1"), in order, including those it then refused (407).
    QStringList requests() const;
    // Connections it opened to a server on a client's behalf: requests it forwarded (or tunnels it opened).
    int forwarded() const;

private:
    LoopbackDaemon m_daemon;
};

} // namespace TestSupport
