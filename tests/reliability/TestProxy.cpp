// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/CliCommandLine.h"
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/LoopbackDaemon.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Colvault;
using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;
using TestSupport::LoopbackDaemon;
using TestSupport::TinyProxy;

namespace {

const QString proxyUser = u"colvault"_s;
const QByteArray proxyPassword = "cv-proxy-password-3e9a1";
const QByteArray wrongPassword = "cv-proxy-wrong-7d20c";

// Every variable that could send the CLI through a proxy, or past one: the test decides each of them.
const QStringList proxyVariables {u"http_proxy"_s, u"HTTP_PROXY"_s, u"https_proxy"_s, u"HTTPS_PROXY"_s, u"all_proxy"_s,
    u"ALL_PROXY"_s, u"no_proxy"_s, u"NO_PROXY"_s, u"grpc_proxy"_s, u"no_grpc_proxy"_s, u"COLVAULT_PROXY_PASSWORD"_s};

QProcessEnvironment environment(const QList<std::pair<QString, QString>>& set = {})
{
    QProcessEnvironment env = Reliability::cliEnvironment();
    for (const QString& name : proxyVariables)
        env.remove(name);
    for (const auto& [name, value] : set)
        env.insert(name, value);
    return env;
}

QString certPath(const QString& name)
{
    return QStringLiteral(COLVAULT_SOURCE_DIR "/tests/data/certs/") + name;
}

} // namespace

// Proxies, as a corporate network has them: a real tinyproxy on loopback (tests/support/LoopbackDaemon) between
// colvault-cli (the real binary) or WeaviateClient and the emulator. That the requests went through the proxy is
// read from the proxy's log (its request lines, and the connections it opened to the server), so a client that
// connects directly fails these tests. Covered: --proxy with list, backup and restore; Basic authentication with
// the password from a file or $COLVAULT_PROXY_PASSWORD; a missing or wrong password as one clear line; http_proxy and
// https_proxy (a CONNECT tunnel to a TLS front of the emulator, stunnel4) without any flag; no_proxy; --proxy none;
// gRPC through the same proxy; the GUI's equivalent command line; the password never printed or logged.
class TestProxy : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;
    TinyProxy m_open; // no authentication
    TinyProxy m_guarded; // BasicAuth proxyUser proxyPassword
    QTemporaryDir m_dir;
    QString m_passwordFile;
    QString m_wrongPasswordFile;

    QString serverUrl() const { return m_server->baseUrl().toString(); }
    QString hostPort() const { return u"127.0.0.1:%1"_s.arg(m_server->baseUrl().port()); }

    static CliRun cli(const QStringList& args, const QProcessEnvironment& env = environment())
    {
        return Reliability::runCli(QStringList {u"--retries"_s, u"0"_s, u"--timeout"_s, u"20"_s} + args, env);
    }

    // The requests `proxy` received for the emulator from index `from` of its log on.
    QStringList serverRequests(const TinyProxy& proxy, qsizetype from = 0) const
    {
        QStringList found;
        const QStringList all = proxy.requests();
        for (qsizetype i = from; i < all.size(); ++i)
            if (all.at(i).contains(hostPort()))
                found << all.at(i);
        return found;
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
    }

    static void verifyNoPassword(const CliRun& r)
    {
        for (const QByteArray& secret :
            {proxyPassword, wrongPassword, proxyPassword.toBase64(), wrongPassword.toBase64()})
            QVERIFY2(!r.out.toUtf8().contains(secret) && !r.err.toUtf8().contains(secret), qPrintable(r.dump()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (TinyProxy::program().isEmpty())
            QSKIP("tinyproxy is not installed (tools/setup-debian.sh installs it)");
        Translations::install(QLocale(QLocale::English));
        QVERIFY(m_dir.isValid());
        m_server = std::make_unique<EmulatorFixture>();
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 8;
        o.collections = {"Article", "TenantNote"};
        o.frozenTenant = false;
        QString error;
        QVERIFY2(m_server->seed(o, &error), qPrintable(error));
        QVERIFY2(m_open.start(&error), qPrintable(error));
        QVERIFY2(m_guarded.start(&error, proxyUser, QString::fromLatin1(proxyPassword)), qPrintable(error));
        m_passwordFile = m_dir.filePath(u"proxy-password"_s);
        m_wrongPasswordFile = m_dir.filePath(u"wrong-password"_s);
        QVERIFY(writeFile(m_passwordFile, proxyPassword + '\n') && writeFile(m_wrongPasswordFile, wrongPassword));
    }

    // list reads the schema, the tenants and the counts: every request goes through the proxy, GETs and POSTs
    // alike (the counts are GraphQL POSTs, which the old hand-written client sent as CONNECT tunnels).
    void testListThroughTheProxy()
    {
        const qsizetype before = m_open.requests().size();
        const int forwardedBefore = m_open.forwarded();
        const CliRun r = cli({u"--url"_s, serverUrl(), u"--proxy"_s, m_open.url().toString(), u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonArray collections
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 2);
        const QStringList requests = serverRequests(m_open, before);
        QVERIFY2(!requests.filter(u"GET http://%1/v1/schema"_s.arg(hostPort())).isEmpty(), qPrintable(m_open.log()));
        QVERIFY2(!requests.filter(u"POST http://%1/v1/graphql"_s.arg(hostPort())).isEmpty(), qPrintable(m_open.log()));
        QVERIFY2(requests.filter(u"CONNECT"_s).isEmpty(), qPrintable(m_open.log())); // plain http is forwarded
        QVERIFY(m_open.forwarded() - forwardedBefore >= requests.size());
    }

    void testBackupAndRestoreThroughTheProxy()
    {
        const QString file = m_dir.filePath(u"proxied.tar.zst"_s);
        const QStringList proxy {u"--url"_s, serverUrl(), u"--proxy"_s, m_open.url().toString()};
        const qsizetype before = m_open.requests().size();
        const CliRun backup = cli(
            proxy + QStringList {u"backup"_s, u"Article"_s, u"TenantNote"_s, u"--activate-tenants"_s, u"-o"_s, file});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        QVERIFY2(!serverRequests(m_open, before).filter(u"/v1/objects"_s).isEmpty(), qPrintable(m_open.log()));

        const qsizetype restoreStart = m_open.requests().size();
        const CliRun restore = cli(proxy
            + QStringList {u"restore"_s, file, u"--rename"_s, u"Article=ProxiedArticle"_s, u"Article"_s, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.dump()));
        QCOMPARE(m_server->objectCount(u"ProxiedArticle"_s), qint64(20));
        const QStringList requests = serverRequests(m_open, restoreStart);
        QVERIFY2(
            !requests.filter(u"POST http://%1/v1/batch/objects"_s.arg(hostPort())).isEmpty(), qPrintable(m_open.log()));
        QVERIFY2(!requests.filter(u"POST http://%1/v1/schema"_s.arg(hostPort())).isEmpty(), qPrintable(m_open.log()));
    }

    void testBasicAuthentication_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("envPassword");
        QTest::newRow("--proxy-user, --proxy-password-file")
            << QStringList {u"--proxy-user"_s, proxyUser, u"--proxy-password-file"_s, u"FILE"_s} << QString();
        QTest::newRow("--proxy-user, $COLVAULT_PROXY_PASSWORD")
            << QStringList {u"--proxy-user"_s, proxyUser} << QString::fromLatin1(proxyPassword);
        QTest::newRow("USER@ in --proxy, $COLVAULT_PROXY_PASSWORD")
            << QStringList {u"USER@"_s} << QString::fromLatin1(proxyPassword);
    }

    void testBasicAuthentication()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, envPassword);
        QString proxy = m_guarded.url().toString();
        if (args.removeAll(u"USER@"_s) > 0)
            proxy.replace(u"http://"_s, u"http://%1@"_s.arg(proxyUser));
        args.replaceInStrings(u"FILE"_s, m_passwordFile);
        const QProcessEnvironment env
            = envPassword.isEmpty() ? environment() : environment({{u"COLVAULT_PROXY_PASSWORD"_s, envPassword}});
        const qsizetype before = m_guarded.requests().size();
        const QString log = m_dir.filePath(u"auth.log"_s);
        const CliRun r = cli(QStringList {u"--url"_s, serverUrl(), u"--proxy"_s, proxy} + args
                + QStringList {u"list"_s, u"--verbose"_s, u"--log-file"_s, log},
            env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(u"Article"_s), qPrintable(r.dump()));
        const QStringList requests = serverRequests(m_guarded, before);
        QVERIFY2(!requests.isEmpty(), qPrintable(m_guarded.log()));
        // Only a client's first request asks the proxy which authentication it wants; later ones carry the
        // credentials at once instead of travelling twice.
        QVERIFY2(
            requests.filter(u"GET http://%1/v1/schema "_s.arg(hostPort())).size() == 1, qPrintable(m_guarded.log()));
        verifyNoPassword(r);
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QByteArray logged = logFile.readAll();
        QVERIFY2(!logged.contains(proxyPassword) && !logged.contains(proxyPassword.toBase64()), logged.constData());
    }

    // A proxy that wants a password it did not get, or refuses the one given: one line that names the proxy (not
    // a server error, not an API key problem), exit 1, nothing on standard output, no retries.
    void testMissingOrWrongPasswordIsOneClearLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("line");
        QTest::newRow("no user") << QStringList {} << u"Error: The proxy at %1 requires a user name and password."_s;
        QTest::newRow("wrong password") << QStringList {u"--proxy-user"_s, proxyUser, u"--proxy-password-file"_s,
            u"WRONG"_s} << u"Error: The proxy at %1 refused the user name or password."_s;
        QTest::newRow("wrong user") << QStringList {u"--proxy-user"_s, u"mallory"_s, u"--proxy-password-file"_s,
            u"RIGHT"_s} << u"Error: The proxy at %1 refused the user name or password."_s;
    }

    void testMissingOrWrongPasswordIsOneClearLine()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, line);
        args.replaceInStrings(u"WRONG"_s, m_wrongPasswordFile);
        args.replaceInStrings(u"RIGHT"_s, m_passwordFile);
        const QString proxy = m_guarded.url().toString();
        const CliRun r = Reliability::runCli(
            QStringList {u"--url"_s, serverUrl(), u"--proxy"_s, proxy} + args + QStringList {u"list"_s}, environment());
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.out.isEmpty(), qPrintable(r.dump()));
        // Debian 12's tinyproxy (1.11.1) answers wrong credentials with 401 and WWW-Authenticate instead of 407
        // (tinyproxy issue #532, fixed upstream in 2024); the client tells that page from Weaviate's JSON 401.
        QCOMPARE(r.err.trimmed(), line.arg(proxy));
        QCOMPARE(r.err.trimmed().count(u'\n'), 0);
        verifyNoPassword(r);
    }

    // http_proxy, as set for a whole session, is honoured without any flag; no_proxy exempts the server;
    // --proxy none goes direct whatever the environment says.
    void testEnvironmentProxy_data()
    {
        QTest::addColumn<QStringList>("variables"); // name=value pairs; PROXY is the open proxy
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("proxied");
        QTest::newRow("http_proxy") << QStringList {u"http_proxy=PROXY"_s} << QStringList {} << true;
        QTest::newRow("HTTP_PROXY") << QStringList {u"HTTP_PROXY=PROXY"_s} << QStringList {} << true;
        QTest::newRow("all_proxy") << QStringList {u"all_proxy=PROXY"_s} << QStringList {} << true;
        QTest::newRow("no_proxy") << QStringList {u"http_proxy=PROXY"_s, u"no_proxy=example.com,127.0.0.1"_s}
                                  << QStringList {} << false;
        QTest::newRow("NO_PROXY") << QStringList {u"http_proxy=PROXY"_s, u"NO_PROXY=127.0.0.1"_s} << QStringList {}
                                  << false;
        QTest::newRow("no_proxy for another host")
            << QStringList {u"http_proxy=PROXY"_s, u"no_proxy=example.com"_s} << QStringList {} << true;
        QTest::newRow("--proxy none") << QStringList {u"http_proxy=PROXY"_s} << QStringList {u"--proxy"_s, u"none"_s}
                                      << false;
        QTest::newRow("--proxy, no_proxy")
            << QStringList {u"no_proxy=127.0.0.1"_s} << QStringList {u"--proxy"_s, u"PROXY"_s} << false;
        QTest::newRow("--proxy beats http_proxy")
            << QStringList {u"http_proxy=http://127.0.0.1:9"_s} << QStringList {u"--proxy"_s, u"PROXY"_s} << true;
    }

    void testEnvironmentProxy()
    {
        QFETCH(QStringList, variables);
        QFETCH(QStringList, args);
        QFETCH(bool, proxied);
        QList<std::pair<QString, QString>> set;
        for (const QString& v : std::as_const(variables))
            set.append({v.section(u'=', 0, 0), v.section(u'=', 1).replace(u"PROXY"_s, m_open.url().toString())});
        args.replaceInStrings(u"PROXY"_s, m_open.url().toString());
        const qsizetype before = m_open.requests().size();
        const CliRun r = cli(QStringList {u"--url"_s, serverUrl(), u"list"_s} + args, environment(set));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(u"Article"_s), qPrintable(r.dump()));
        const QStringList requests = serverRequests(m_open, before);
        QVERIFY2(requests.isEmpty() != proxied, qPrintable(requests.join(u'\n') + u"\n---\n"_s + r.dump()));
    }

    // https_proxy for an https server: the CLI asks the proxy for a CONNECT tunnel and speaks TLS through it,
    // checking the server's certificate as without a proxy. The TLS front is stunnel4.
    void testHttpsProxyTunnels()
    {
        const QString stunnel = LoopbackDaemon::program(u"stunnel4"_s).isEmpty()
            ? LoopbackDaemon::program(u"stunnel"_s)
            : LoopbackDaemon::program(u"stunnel4"_s);
        if (stunnel.isEmpty())
            QSKIP("stunnel4 is not installed (tools/setup-debian.sh installs it)");
        LoopbackDaemon tls;
        const quint16 backend = quint16(m_server->baseUrl().port());
        auto config = [&](quint16 port) {
            return "foreground = yes\npid =\noutput = " + tls.dir().toUtf8() + "/stunnel.log\n[emulator]\naccept = "
                + "127.0.0.1:" + QByteArray::number(port) + "\nconnect = 127.0.0.1:" + QByteArray::number(backend)
                + "\ncert = " + certPath(u"server.pem"_s).toUtf8() + "\nkey = " + certPath(u"server.key"_s).toUtf8()
                + '\n';
        };
        QString error;
        QVERIFY2(tls.start(
                     stunnel, config, [](const QString& conf) { return QStringList {conf}; }, &error),
            qPrintable(error));
        const QString https = u"https://127.0.0.1:%1"_s.arg(tls.port());
        const qsizetype before = m_open.requests().size();
        const CliRun r = cli({u"--url"_s, https, u"--ca-file"_s, certPath(u"ca.pem"_s), u"list"_s},
            environment({{u"https_proxy"_s, m_open.url().toString()}}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.out.contains(u"Article"_s), qPrintable(r.dump()));
        const QStringList tunnels = m_open.requests().mid(before).filter(u"CONNECT 127.0.0.1:%1"_s.arg(tls.port()));
        QVERIFY2(!tunnels.isEmpty(), qPrintable(m_open.log()));

        // Through the tunnel the certificate is still checked.
        const CliRun untrusted
            = cli({u"--url"_s, https, u"list"_s}, environment({{u"https_proxy"_s, m_open.url().toString()}}));
        QVERIFY2(untrusted.exitCode == 1 && untrusted.err.contains(u"certificate is not trusted"_s),
            qPrintable(untrusted.dump()));
    }

    // Where GraphQL is off the counts come over gRPC, which follows the same proxy: a CONNECT tunnel through the
    // proxy given with --proxy, with its Basic authentication; with --proxy none it goes direct even where the
    // environment names a proxy (gRPC reads http_proxy itself).
    void testGrpcFollowsTheProxy()
    {
        Emu::EngineConfig config;
        config.graphqlDisabled = true;
        EmulatorFixture server(config);
        Seed::SeedOptions o;
        o.objects = 7;
        o.dims = 4;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(server.seed(o, &error), qPrintable(error));
        const quint16 grpcPort = quint16(server.grpcUrl().port());
        const QStringList target {u"--url"_s, server.baseUrl().toString(), u"--grpc-url"_s,
            u"grpc://127.0.0.1:%1"_s.arg(grpcPort), u"list"_s, u"--json"_s};
        auto objects = [](const CliRun& r) {
            const QJsonArray collections
                = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"collections"_s).toArray();
            return collections.isEmpty() ? -1 : collections[0].toObject().value(u"objects"_s).toInt(-1);
        };

        const qsizetype before = m_guarded.requests().size();
        const CliRun proxied = cli(QStringList {u"--proxy"_s, m_guarded.url().toString(), u"--proxy-user"_s, proxyUser,
                                       u"--proxy-password-file"_s, m_passwordFile}
            + target);
        QVERIFY2(proxied.exitCode == 0, qPrintable(proxied.dump()));
        QCOMPARE(objects(proxied), 7);
        const QStringList tunnels = m_guarded.requests().mid(before).filter(u"CONNECT 127.0.0.1:%1"_s.arg(grpcPort));
        QVERIFY2(!tunnels.isEmpty(), qPrintable(m_guarded.log()));
        verifyNoPassword(proxied);

        const CliRun direct = cli(QStringList {u"--proxy"_s, u"none"_s} + target,
            environment({{u"http_proxy"_s, u"http://127.0.0.1:9"_s}, {u"grpc_proxy"_s, u"http://127.0.0.1:9"_s}}));
        QVERIFY2(direct.exitCode == 0, qPrintable(direct.dump()));
        QCOMPARE(objects(direct), 7);
    }

    // A proxy that is not there fails the command with a line naming the proxy: proof that it was asked at all.
    void testUnreachableProxyIsNamed()
    {
        const CliRun r = cli({u"--url"_s, serverUrl(), u"--proxy"_s, u"http://127.0.0.1:9"_s, u"list"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.err.trimmed().startsWith(u"Error: "_s) && r.err.contains(u"proxy at http://127.0.0.1:9"_s),
            qPrintable(r.dump()));
    }

    // The GUI's connection profile: WeaviateEndpoint::proxy reaches the transport as the CLI's options do.
    void testClientUsesTheEndpointsProxy()
    {
        WeaviateEndpoint e;
        e.url = m_server->baseUrl();
        e.maxRetries = 0;
        e.proxy.mode = ProxySettings::Mode::Manual;
        e.proxy.url = m_guarded.url();
        e.proxy.user = proxyUser;
        e.proxy.password = proxyPassword;
        const qsizetype before = m_guarded.requests().size();
        OpError error;
        const ServerInfo info = WeaviateClient(e).serverInfo(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message + u" / "_s + error.details));
        QCOMPARE(info.versionString, u"1.36.0"_s);
        QVERIFY2(!serverRequests(m_guarded, before).filter(u"/v1/meta"_s).isEmpty(), qPrintable(m_guarded.log()));

        // None: direct, whatever the environment says (a proxy that is not there).
        qputenv("http_proxy", "http://127.0.0.1:9");
        e.proxy = {};
        e.proxy.mode = ProxySettings::Mode::None;
        WeaviateClient(e).serverInfo(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message + u" / "_s + error.details));
        // System: the environment's proxy.
        e.proxy.mode = ProxySettings::Mode::System;
        WeaviateClient(e).serverInfo(&error);
        qunsetenv("http_proxy");
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"proxy"_s), qPrintable(error.message));
    }

    // The command line a dialog shows for a profile with a proxy runs as shown, once PROXY_PASSWORD_FILE is replaced
    // by a file holding the password; the password itself is not in it.
    void testGuiCommandLineRunsThroughTheProxy()
    {
        BackupParams p;
        p.endpoint.url = m_server->baseUrl();
        p.endpoint.proxy.mode = ProxySettings::Mode::Manual;
        p.endpoint.proxy.url = m_guarded.url();
        p.endpoint.proxy.user = proxyUser;
        p.endpoint.proxy.password = proxyPassword;
        p.collections = {u"Article"_s};
        p.destination = m_dir.filePath(u"from the dialog.tar.zst"_s);
        QString command = CliCommandLine::backup(p, CliCommandLine::Shell::Posix);
        QVERIFY2(!command.toUtf8().contains(proxyPassword), qPrintable(command));
        QVERIFY2(command.contains(u" --proxy-password-file PROXY_PASSWORD_FILE"_s), qPrintable(command));
        command.replace(u"PROXY_PASSWORD_FILE"_s, m_passwordFile);
        command.replace(0, CliCommandLine::program.size(),
            CliCommandLine::quote(QStringLiteral(COLVAULT_CLI_PATH), CliCommandLine::Shell::Posix));
        const qsizetype before = m_guarded.requests().size();
        QProcess shell;
        shell.setProcessEnvironment(environment());
        shell.start(u"/bin/sh"_s, {u"-c"_s, command});
        QVERIFY(shell.waitForFinished(60000));
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
        QVERIFY(QFileInfo::exists(p.destination));
        QVERIFY2(!serverRequests(m_guarded, before).filter(u"/v1/objects"_s).isEmpty(), qPrintable(m_guarded.log()));
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestProxy)
#include "TestProxy.moc"
