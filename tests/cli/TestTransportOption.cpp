// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The global option --transport auto|rest|grpc of colvault-cli (docs/cli.md): objects over gRPC where the emulator
// serves it (auto and grpc), never with rest, one clear error with grpc where there is no gRPC API, and a usage
// error for another word.
class TestTransportOption : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    // The connection options of a target: its REST URL and its gRPC address (or a port nothing listens on).
    static QStringList connection(TestSupport::EmulatorFixture& f)
    {
        int port = f.emulator().grpcPort();
        if (port == 0) {
            QTcpServer s;
            s.listen(QHostAddress::LocalHost);
            port = s.serverPort();
        }
        return {u"--url"_s, f.baseUrl().toString(), u"--grpc-url"_s, u"grpc://127.0.0.1:%1"_s.arg(port)};
    }

    static quint64 batchObjectsRefused(TestSupport::EmulatorFixture& f)
    {
        return f.emulator().faultStats().injected503;
    }

    QTemporaryDir m_dir;
    QString m_archive;

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
        TestSupport::EmulatorFixture source(config());
        Seed::SeedOptions o;
        o.objects = 10;
        o.dims = 8;
        o.collections = {"Article", "Passage"};
        QString error;
        QVERIFY2(source.seed(o, &error), qPrintable(error));
        m_archive = m_dir.filePath(u"demo.tar.zst"_s);
        const Run backup = cli({u"--url"_s, source.baseUrl().toString(), u"backup"_s, u"-o"_s, m_archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.err));
    }

    void testHelpNamesTheOption()
    {
        const Run help = cli({u"restore"_s, u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(u"--transport <auto|rest|grpc>"_s), qPrintable(help.out));
    }

    void testAnotherWordIsAUsageError()
    {
        TestSupport::EmulatorFixture target(config());
        const Run run = cli(connection(target) + QStringList {u"--transport"_s, u"http"_s, u"list"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"--transport needs \"auto\", \"rest\" or \"grpc\"."_s), qPrintable(run.err));
    }

    // Each BatchObjects call of the target answers UNAVAILABLE: auto and grpc go through it (and its retries),
    // rest never calls it.
    void testWhichWayTheObjectsGo_data()
    {
        QTest::addColumn<QString>("transport");
        QTest::addColumn<bool>("grpc");
        QTest::newRow("auto") << u"auto"_s << true;
        QTest::newRow("grpc") << u"grpc"_s << true;
        QTest::newRow("rest") << u"rest"_s << false;
    }
    void testWhichWayTheObjectsGo()
    {
        QFETCH(QString, transport);
        QFETCH(bool, grpc);
        TestSupport::EmulatorFixture target(config());
        QVERIFY(target.emulator().startGrpc(0));
        Emu::FaultConfig faults;
        faults.rate503 = 1;
        faults.maxFaults = 1;
        faults.pathPrefix = "/weaviate.v1.Weaviate/BatchObjects";
        target.emulator().setFaults(faults);
        const Run run = cli(connection(target)
            + QStringList {u"--transport"_s, transport, u"restore"_s, m_archive, u"--yes"_s, u"--retries"_s, u"3"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Restored 20 objects"_s), qPrintable(run.out));
        QCOMPARE(batchObjectsRefused(target), quint64(grpc ? 1 : 0));
    }

    // Nothing is written: the restore stops before the first collection is created. Auto then restores over REST.
    void testGrpcWithoutAGrpcApiIsOneClearError()
    {
        TestSupport::EmulatorFixture target(config());
        const Run run
            = cli(connection(target) + QStringList {u"--transport"_s, u"grpc"_s, u"restore"_s, m_archive, u"--yes"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"Objects are to travel over gRPC, but Weaviate's gRPC API at 127.0.0.1:"_s),
            qPrintable(run.err));
        QCOMPARE(target.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size(), 0);
        const Run fallback
            = cli(connection(target) + QStringList {u"--transport"_s, u"auto"_s, u"restore"_s, m_archive, u"--yes"_s});
        QVERIFY2(fallback.exitCode == 0, qPrintable(fallback.err));
        QVERIFY2(fallback.out.contains(u"Restored 20 objects"_s), qPrintable(fallback.out));
    }
};

QTEST_GUILESS_MAIN(TestTransportOption)
#include "TestTransportOption.moc"
