// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "core/WeaviateClient.h"
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Colvault;
using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;

namespace {

QString certPath(const QString& name)
{
    return QStringLiteral(COLVAULT_SOURCE_DIR "/tests/data/certs/") + name;
}

// Terminates TLS on loopback with the test server certificate (tests/data/certs/, tools/make-test-certs.sh) and
// forwards the plain bytes to the emulator's HTTP port, both ways. Lives on the test's thread: whoever waits for a
// client must run the event loop (WeaviateClient's local loop does; Reliability::runCli does).
class TlsProxy : public QObject
{
public:
    TlsProxy(quint16 backendPort, const QHostAddress& address)
        : m_backendPort(backendPort)
    {
        QFile certFile(certPath(u"server.pem"_s));
        QFile keyFile(certPath(u"server.key"_s));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly))
            return;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        tls.setPrivateKey(QSslKey(&keyFile, QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(tls);
        m_server.setHandshakeTimeout(10000);
        connect(&m_server, &QSslServer::pendingConnectionAvailable, this, &TlsProxy::accept);
        m_listening = m_server.listen(address, 0);
    }

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_server.serverPort(); }
    int encryptedConnections() const { return m_encrypted; }
    qint64 bytesFromClients() const { return m_fromClients; }

private:
    void accept()
    {
        while (QTcpSocket* client = m_server.nextPendingConnection()) {
            ++m_encrypted; // QSslServer hands out a connection only after its handshake succeeded
            auto* backend = new QTcpSocket(client);
            connect(client, &QTcpSocket::readyRead, backend, [this, client, backend] {
                const QByteArray bytes = client->readAll();
                m_fromClients += bytes.size();
                backend->write(bytes);
            });
            connect(backend, &QTcpSocket::readyRead, client, [client, backend] { client->write(backend->readAll()); });
            connect(backend, &QTcpSocket::connected, client, [client, backend] {
                if (client->bytesAvailable())
                    backend->write(client->readAll());
            });
            connect(backend, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
            connect(client, &QTcpSocket::disconnected, client, [client] { client->deleteLater(); });
            backend->connectToHost(QHostAddress::LocalHost, m_backendPort);
        }
    }

    QSslServer m_server;
    quint16 m_backendPort;
    bool m_listening = false;
    int m_encrypted = 0;
    qint64 m_fromClients = 0; // decrypted bytes the clients sent: requests
};

} // namespace

// TLS against a server whose certificate comes from a private CA: verification is on by default and names the
// certificate problem; --ca-file (WeaviateEndpoint::caFile) trusts that CA and nothing more; --insecure
// (WeaviateEndpoint::insecure) connects anyway and says on stderr that the connection can be intercepted.
// The server is the emulator behind a QSslServer proxy on loopback; the client is the real WeaviateClient in
// process and the real colvault-cli binary.
class TestTls : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_server;
    std::unique_ptr<TlsProxy> m_proxy;

    QString httpsUrl(const QString& host = u"127.0.0.1"_s) const
    {
        return u"https://%1:%2"_s.arg(host).arg(m_proxy->port());
    }

    WeaviateEndpoint endpoint() const
    {
        WeaviateEndpoint e;
        e.url = QUrl(httpsUrl());
        e.maxRetries = 0;
        e.transferTimeoutMs = 10000;
        return e;
    }

    CliRun cli(const QStringList& args) const
    {
        return Reliability::runCli(QStringList {u"--retries"_s, u"0"_s, u"--timeout"_s, u"10"_s} + args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!QSslSocket::supportsSsl())
            QSKIP("no TLS backend in this Qt build");
        Translations::install(QLocale(QLocale::English));
        m_server = std::make_unique<EmulatorFixture>();
        Seed::SeedOptions o;
        o.objects = 20;
        o.dims = 8;
        o.collections = {"Article"};
        QString error;
        QVERIFY2(m_server->seed(o, &error), qPrintable(error));
        m_proxy = std::make_unique<TlsProxy>(quint16(m_server->baseUrl().port()), QHostAddress::LocalHost);
        QVERIFY(m_proxy->isListening());
        QVERIFY(QFile::exists(certPath(u"ca.pem"_s)));
    }

    void testClientRefusesUnknownCa()
    {
        WeaviateClient client(endpoint());
        OpError error;
        client.serverInfo(&error);
        QVERIFY(error.isError());
        QCOMPARE(error.code, OpError::Code::Network);
        QVERIFY2(error.message.contains(u"certificate"_s), qPrintable(error.message));
        QVERIFY2(error.details.contains(u"SSL"_s, Qt::CaseInsensitive), qPrintable(error.details));
    }

    void testClientAcceptsWithCaFile()
    {
        WeaviateEndpoint e = endpoint();
        e.caFile = certPath(u"ca.pem"_s);
        WeaviateClient client(e);
        OpError error;
        const ServerInfo info = client.serverInfo(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message + u" / "_s + error.details));
        QCOMPARE(info.versionString, u"1.36.0"_s);
        // The CA file adds to what is trusted; another CA does not vouch for this server.
        e.caFile = certPath(u"other-ca.pem"_s);
        WeaviateClient other(e);
        other.serverInfo(&error);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(u"certificate"_s), qPrintable(error.message));
    }

    void testClientAcceptsInsecure()
    {
        WeaviateEndpoint e = endpoint();
        e.insecure = true;
        WeaviateClient client(e);
        OpError error;
        client.serverInfo(&error);
        QVERIFY2(!error.isError(), qPrintable(error.message + u" / "_s + error.details));
    }

    void testCliRefusesWithoutCa()
    {
        const CliRun r = cli({u"--url"_s, httpsUrl(), u"list"_s});
        QVERIFY2(r.exitCode == 1, qPrintable(r.dump()));
        QVERIFY2(r.err.contains(
                     u"Error: The secure connection to %1 failed: its certificate is not trusted."_s.arg(httpsUrl())),
            qPrintable(r.dump()));
        QVERIFY(r.out.isEmpty());
        const CliRun other = cli({u"--url"_s, httpsUrl(), u"--ca-file"_s, certPath(u"other-ca.pem"_s), u"list"_s});
        QVERIFY2(other.exitCode == 1 && other.err.contains(u"certificate is not trusted"_s), qPrintable(other.dump()));
    }

    void testCliAcceptsWithCaFile()
    {
        const CliRun r = cli({u"--url"_s, httpsUrl(), u"--ca-file"_s, certPath(u"ca.pem"_s), u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const QJsonArray collections
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"collections"_s).toArray();
        QCOMPARE(collections.size(), 1);
        QCOMPARE(collections[0].toObject().value(u"objects"_s).toInt(), 20);
        QVERIFY2(!r.err.contains(u"Warning"_s), qPrintable(r.err));

        // localhost is in the certificate too.
        const CliRun named
            = cli({u"--url"_s, httpsUrl(u"localhost"_s), u"--ca-file"_s, certPath(u"ca.pem"_s), u"list"_s});
        QVERIFY2(named.exitCode == 0, qPrintable(named.dump()));
    }

    void testCliBackupOverTls()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"tls.tar.zst"_s);
        const CliRun r
            = cli({u"--url"_s, httpsUrl(), u"--ca-file"_s, certPath(u"ca.pem"_s), u"backup"_s, u"-o"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        const CliRun verify = Reliability::runCli({u"verify"_s, file});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.dump()));
    }

    // Requests with a body travel on their own connections (HttpExchange), not through QNAM: the same checks apply.
    void testClientSendChecksTheCertificateToo()
    {
        const QByteArray query = R"({"query":"{Aggregate{Article{meta{count}}}}"})";
        WeaviateClient untrusted(endpoint());
        const HttpResult refused = untrusted.send("POST", u"/v1/graphql"_s, query);
        QVERIFY(refused.error.isError());
        QCOMPARE(refused.error.code, OpError::Code::Network);
        QVERIFY2(refused.error.message.contains(u"certificate"_s), qPrintable(refused.error.message));

        WeaviateEndpoint e = endpoint();
        e.caFile = certPath(u"other-ca.pem"_s);
        const HttpResult otherCa = WeaviateClient(e).send("POST", u"/v1/graphql"_s, query);
        QVERIFY2(otherCa.error.message.contains(u"certificate"_s), qPrintable(otherCa.error.message));

        e.caFile = certPath(u"ca.pem"_s);
        const HttpResult trusted = WeaviateClient(e).send("POST", u"/v1/graphql"_s, query);
        QVERIFY2(trusted.ok(), qPrintable(trusted.error.message + u" / "_s + trusted.error.details));
        QCOMPARE(trusted.status, 200);
        QVERIFY2(trusted.body.contains(R"("count":20)"), trusted.body.constData());

        TlsProxy misnamed(quint16(m_server->baseUrl().port()), QHostAddress(u"127.0.0.2"_s));
        if (misnamed.isListening()) {
            e.url = QUrl(u"https://127.0.0.2:%1"_s.arg(misnamed.port()));
            const HttpResult wrongName = WeaviateClient(e).send("POST", u"/v1/graphql"_s, query);
            QVERIFY2(wrongName.error.message.contains(u"certificate"_s), qPrintable(wrongName.error.message));
            QCOMPARE(misnamed.encryptedConnections(), 0);
        }
    }

    void testCliRestoreOverTls()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"tls.tar.zst"_s);
        const QStringList tls {u"--url"_s, httpsUrl(), u"--ca-file"_s, certPath(u"ca.pem"_s)};
        const CliRun backup = cli(tls + QStringList {u"backup"_s, u"Article"_s, u"-o"_s, file});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        const CliRun restore
            = cli(tls + QStringList {u"restore"_s, file, u"--rename"_s, u"Article=TlsCopy"_s, u"--yes"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.dump()));
        QCOMPARE(m_server->objectCount(u"TlsCopy"_s), qint64(20));
    }

    void testCliInsecureWarns()
    {
        const CliRun r = cli({u"--url"_s, httpsUrl(), u"--insecure"_s, u"list"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.dump()));
        QVERIFY2(r.err.contains(u"Warning: TLS certificate verification is off; the connection can be intercepted."_s),
            qPrintable(r.dump()));
        QVERIFY(r.out.contains(u"Article"_s));
    }

    // A certificate for another name is refused even when its CA is trusted: 127.0.0.2 is loopback on Linux, but
    // not in the certificate. The handshake itself may complete (OpenSSL checks the name after it), but no request
    // may follow, so the API key never reaches a server that merely holds some trusted certificate.
    void testCliRefusesNameMismatch()
    {
        TlsProxy other(quint16(m_server->baseUrl().port()), QHostAddress(u"127.0.0.2"_s));
        if (!other.isListening())
            QSKIP("127.0.0.2 cannot be bound here");
        const CliRun r = cli({u"--url"_s, u"https://127.0.0.2:%1"_s.arg(other.port()), u"--ca-file"_s,
            certPath(u"ca.pem"_s), u"list"_s});
        QVERIFY2(r.exitCode == 1 && r.err.contains(u"certificate is not trusted"_s), qPrintable(r.dump()));
        QCOMPARE(other.bytesFromClients(), 0);
    }

    void cleanupTestCase()
    {
        m_proxy.reset();
        m_server.reset();
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "TestTls.moc"
