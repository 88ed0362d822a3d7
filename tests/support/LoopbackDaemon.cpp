// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/LoopbackDaemon.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

using namespace Qt::StringLiterals;

namespace TestSupport {

LoopbackDaemon::~LoopbackDaemon()
{
    stop();
}

QString LoopbackDaemon::program(const QString& name)
{
    const QString inPath = QStandardPaths::findExecutable(name);
    // Debian puts daemons in /usr/sbin, which is not in every user's PATH.
    return inPath.isEmpty() ? QStandardPaths::findExecutable(name, {u"/usr/sbin"_s, u"/usr/local/sbin"_s}) : inPath;
}

quint16 LoopbackDaemon::freePort()
{
    QTcpServer probe;
    return probe.listen(QHostAddress::LocalHost, 0) ? probe.serverPort() : 0;
}

bool LoopbackDaemon::writeFile(const QString& path, const QByteArray& data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool LoopbackDaemon::run(const QString& program, const QStringList& arguments, quint16 port, QString* error)
{
    stop();
    m_output.clear();
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.start(program, arguments);
    if (!m_process.waitForStarted(10000)) {
        *error = u"%1 did not start: %2"_s.arg(program, m_process.errorString());
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, port);
        if (probe.waitForConnected(200)) {
            probe.abort();
            m_port = port;
            return true;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
        QThread::msleep(50); // polling a port another process opens: there is no signal to wait for
    }
    *error = u"%1 did not listen on port %2: %3"_s.arg(program).arg(port).arg(output());
    stop();
    return false;
}

void LoopbackDaemon::stop()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.terminate();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }
    m_port = 0;
}

QString LoopbackDaemon::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

bool TinyProxy::start(QString* error, const QString& user, const QString& password)
{
    const QString program = TinyProxy::program();
    const QString logPath = m_daemon.dir() + u"/tinyproxy.log"_s;
    auto config = [&](quint16 port) {
        QByteArray c = "Port " + QByteArray::number(port) + "\nListen 127.0.0.1\nTimeout 60\nMaxClients 64\n"
            + "Allow 127.0.0.1\nLogLevel Connect\nLogFile \"" + logPath.toUtf8() + "\"\n";
        if (!user.isEmpty())
            c += "BasicAuth " + user.toUtf8() + ' ' + password.toUtf8() + '\n';
        return c;
    };
    // -d: in the foreground, so that it is our child and ends with us.
    auto arguments = [](const QString& conf) { return QStringList {u"-d"_s, u"-c"_s, conf}; };
    return m_daemon.start(program, config, arguments, error);
}

QUrl TinyProxy::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_daemon.port()));
}

QString TinyProxy::log() const
{
    QFile file(m_daemon.dir() + u"/tinyproxy.log"_s);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QStringList TinyProxy::requests() const
{
    static const QRegularExpression line(
        u"Request \\(file descriptor \\d+\\): (.*)$"_s, QRegularExpression::MultilineOption);
    QStringList found;
    for (auto it = line.globalMatch(log()); it.hasNext();)
        found << it.next().captured(1).trimmed();
    return found;
}

int TinyProxy::forwarded() const
{
    return int(log().count(u"Established connection to host"_s));
}

} // namespace TestSupport
