// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveReader.h"
#include "tests/support/CliProcess.h"
#include "tests/support/EmulatorFixture.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/stat.h>
#endif

using namespace Colvault;
using namespace Qt::StringLiterals;
using Reliability::CliRun;
using TestSupport::EmulatorFixture;

namespace {

// Planted values: unique enough that any occurrence is a leak, plain ASCII so no encoding hides them.
const QByteArray apiKey = "cv-planted-secret-7f3a9";
const QByteArray headerValue = "cv-planted-header-51c2e";
const QByteArray wrongKey = "cv-planted-wrongkey-0b8d4";
const QByteArray password = "cv-planted-password-d41e";
const QByteArray userName = "colvaultuser";

Emu::EngineConfig authConfig()
{
    Emu::EngineConfig c;
    c.anonymousAccess = false;
    c.apiKeys = {apiKey.toStdString()};
    return c;
}

} // namespace

// No secret given to colvault-cli may come out of it: the API key (option or $WEAVIATE_API_KEY), the value of an
// extra header (e.g. a vectorizer's key), a wrong key the server rejects, and the password of a URL with
// user:password@host. Every command runs as the real binary; its stdout, stderr, --log-file, --json reports and
// the DECOMPRESSED contents of every archive it writes are searched for each secret, in plain text and in the
// base64 form an Authorization header would carry.
class TestSecrets : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EmulatorFixture> m_source;
    std::unique_ptr<EmulatorFixture> m_target;
    QTemporaryDir m_dir;
    QList<QByteArray> m_needles;
    int m_searched = 0;

    QStringList auth(EmulatorFixture& server) const
    {
        return {u"--url"_s, server.baseUrl().toString(), u"--api-key"_s, QString::fromLatin1(apiKey), u"--header"_s,
            u"X-OpenAI-Api-Key: "_s + QString::fromLatin1(headerValue)};
    }

    QString file(const QString& name) const { return m_dir.filePath(name); }

    // Fails naming the place and the secret found there.
    bool clean(const QString& where, const QByteArray& haystack)
    {
        ++m_searched;
        for (const QByteArray& needle : m_needles) {
            if (haystack.contains(needle)) {
                qWarning().noquote() << where << "contains" << needle << "\n" << haystack.left(4000);
                return false;
            }
        }
        return true;
    }

    bool clean(const QString& where, const CliRun& run)
    {
        return clean(where + u" stdout"_s, run.out.toUtf8()) && clean(where + u" stderr"_s, run.err.toUtf8());
    }

    static QByteArray readFile(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size();
    }

    // Every entry name and every byte of data, decompressed by the product's own reader.
    static QByteArray archiveContents(const QString& path, QString* error)
    {
        ArchiveReader reader;
        QByteArray all;
        if (OpError e = reader.open(path)) {
            *error = e.details;
            return {};
        }
        bool has = false;
        while (true) {
            if (OpError e = reader.next(&has)) {
                *error = e.details;
                return {};
            }
            if (!has)
                break;
            all += reader.name().toUtf8() + '\n';
            QByteArray data;
            if (OpError e = reader.readAll(&data, 64 * 1024 * 1024)) {
                *error = e.details;
                return {};
            }
            all += data + '\n';
        }
        return all;
    }

    bool cleanArchive(const QString& path)
    {
        QString error;
        const QByteArray contents = archiveContents(path, &error);
        if (!error.isEmpty() || contents.isEmpty()) {
            qWarning().noquote() << path << "could not be read:" << error;
            return false;
        }
        return clean(path + u" (decompressed)"_s, contents) && clean(path + u" (raw)"_s, readFile(path));
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (const QByteArray& secret : {apiKey, headerValue, wrongKey, password}) {
            m_needles << secret << secret.toBase64();
        }
        m_needles << (userName + ':' + password).toBase64() << (userName + ':' + password);
        m_source = std::make_unique<EmulatorFixture>(authConfig());
        m_target = std::make_unique<EmulatorFixture>(authConfig());
        Seed::SeedOptions o;
        o.objects = 30;
        o.dims = 8;
        o.collections = {"Article", "Author"};
        QString error;
        m_source->setBearer(apiKey);
        QVERIFY2(m_source->seed(o, &error), qPrintable(error));
        QVERIFY(m_dir.isValid());
    }

    void testBackupInspectVerifyList()
    {
        const QString archive = file(u"secrets.tar.zst"_s);
        const QString log = file(u"backup.log"_s);
        const CliRun backup = Reliability::runCli(
            auth(*m_source) + QStringList {u"--verbose"_s, u"--log-file"_s, log, u"backup"_s, u"-o"_s, archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        QVERIFY(clean(u"backup"_s, backup));
        const QByteArray logText = readFile(log);
        QVERIFY2(logText.contains("colvault."), "the log file should hold debug records"); // proves it was written
        QVERIFY(clean(u"backup log"_s, logText));
        QVERIFY(cleanArchive(archive));

        const CliRun json = Reliability::runCli(auth(*m_source)
            + QStringList {u"backup"_s, u"-o"_s, file(u"json.tar.gz"_s), u"--compression"_s, u"gzip"_s, u"--json"_s});
        QVERIFY2(json.exitCode == 0, qPrintable(json.dump()));
        QVERIFY(clean(u"backup --json"_s, json));
        QVERIFY(cleanArchive(file(u"json.tar.gz"_s)));

        const CliRun list = Reliability::runCli(auth(*m_source) + QStringList {u"list"_s, u"--json"_s, u"--verbose"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.dump()));
        QVERIFY(clean(u"list --json"_s, list));

        const CliRun inspect = Reliability::runCli({u"inspect"_s, archive});
        QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.dump()));
        QVERIFY(clean(u"inspect"_s, inspect));
        const CliRun inspectJson = Reliability::runCli({u"inspect"_s, archive, u"--json"_s});
        QVERIFY(clean(u"inspect --json"_s, inspectJson));
        const CliRun verify = Reliability::runCli({u"verify"_s, archive, u"--json"_s});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.dump()));
        QVERIFY(clean(u"verify --json"_s, verify));
    }

    void testRestoreAndClear()
    {
        const QString archive = file(u"restore-source.tar.zst"_s);
        QCOMPARE(Reliability::runCli(auth(*m_source) + QStringList {u"backup"_s, u"-o"_s, archive}).exitCode, 0);
        const QString log = file(u"restore.log"_s);
        const CliRun restore = Reliability::runCli(auth(*m_target)
            + QStringList {u"--verbose"_s, u"--log-file"_s, log, u"restore"_s, archive, u"--yes"_s, u"--json"_s});
        QVERIFY2(restore.exitCode == 0, qPrintable(restore.dump()));
        QVERIFY(clean(u"restore --json"_s, restore));
        QVERIFY(clean(u"restore log"_s, readFile(log)));

        const QString backups = file(u"clear-backups"_s);
        QVERIFY(QDir().mkpath(backups));
        const CliRun clear = Reliability::runCli(auth(*m_target)
            + QStringList {u"clear"_s, u"Article"_s, u"--backup-to"_s, backups, u"--yes"_s, u"--confirm"_s,
                u"Article"_s, u"--json"_s, u"--verbose"_s});
        QVERIFY2(clear.exitCode == 0, qPrintable(clear.dump()));
        QVERIFY(clean(u"clear --json"_s, clear));
        const QStringList written = QDir(backups).entryList(QDir::Files);
        QCOMPARE(written.size(), 1);
        QVERIFY(cleanArchive(QDir(backups).filePath(written.first())));
    }

    void testKeyFromEnvironment()
    {
        QProcessEnvironment env = Reliability::cliEnvironment();
        env.insert(u"WEAVIATE_API_KEY"_s, QString::fromLatin1(apiKey));
        env.insert(u"WEAVIATE_URL"_s, m_source->baseUrl().toString());
        const CliRun list = Reliability::runCli({u"list"_s, u"--verbose"_s}, env);
        QVERIFY2(list.exitCode == 0, qPrintable(list.dump()));
        QVERIFY(clean(u"list (key from environment)"_s, list));
    }

    // The key and header values from a file, standard input or the environment (what docs/cli.md recommends) work
    // and come out nowhere either, --verbose output and the log included.
    void testSecretsFromFilesStdinAndEnvironment()
    {
        const QString keyFile = file(u"api-key"_s);
        const QString headerFile = file(u"headers"_s);
        QVERIFY(writeFile(keyFile, apiKey + '\n'));
        QVERIFY(writeFile(headerFile, "# vectorizer keys\nX-OpenAI-Api-Key: " + headerValue + "\n"));
        const QString url = m_source->baseUrl().toString();
        const QString log = file(u"secret-files.log"_s);
        const QString archive = file(u"secret-files.tar.zst"_s);
        const CliRun backup = Reliability::runCli({u"--url"_s, url, u"--api-key-file"_s, keyFile, u"--header-file"_s,
            headerFile, u"--verbose"_s, u"--log-file"_s, log, u"backup"_s, u"Article"_s, u"-o"_s, archive});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        QVERIFY(clean(u"backup with --api-key-file and --header-file"_s, backup));
        QVERIFY(!backup.err.contains(u"Note:"_s)); // the process-list hint is for --api-key and --header only
        const QByteArray logText = readFile(log);
        QVERIFY2(logText.contains("colvault."), "the log file should hold debug records");
        QVERIFY(clean(u"log of a run with --api-key-file"_s, logText));
        QVERIFY(cleanArchive(archive));

        // The key on standard input, e.g. from a password manager: `pass weaviate | colvault-cli --api-key-file -`.
        const CliRun piped = Reliability::runCliWithInput(
            {u"--url"_s, url, u"--api-key-file"_s, u"-"_s, u"list"_s, u"--verbose"_s}, apiKey + '\n');
        QVERIFY2(piped.exitCode == 0 && piped.out.contains(u"Article"_s), qPrintable(piped.dump()));
        QVERIFY(clean(u"list with the key on standard input"_s, piped));

        QProcessEnvironment env = Reliability::cliEnvironment();
        env.insert(u"CV_OPENAI_KEY"_s, QString::fromLatin1(headerValue));
        const CliRun fromEnv = Reliability::runCli({u"--url"_s, url, u"--api-key-file"_s, keyFile, u"--header-env"_s,
                                                       u"X-OpenAI-Api-Key=CV_OPENAI_KEY"_s, u"--verbose"_s, u"list"_s},
            env);
        QVERIFY2(fromEnv.exitCode == 0, qPrintable(fromEnv.dump()));
        QVERIFY(clean(u"list with --header-env"_s, fromEnv));

        // A malformed header file names the file and the line, never the line itself.
        QVERIFY(writeFile(headerFile, "X-OpenAI-Api-Key " + headerValue + "\n"));
        const CliRun bad = Reliability::runCli({u"--url"_s, url, u"--header-file"_s, headerFile, u"list"_s});
        QVERIFY2(bad.exitCode == 2 && bad.err.contains(u", line 1: "_s), qPrintable(bad.dump()));
        QVERIFY(clean(u"a malformed header file"_s, bad));
    }

    // --api-key on the command line still works; --verbose recommends the file and environment forms.
    void testApiKeyOptionGetsAHint()
    {
        const CliRun list = Reliability::runCli(auth(*m_source) + QStringList {u"list"_s, u"--verbose"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.dump()));
        QVERIFY2(
            list.err.contains(u"--api-key-file"_s) && list.err.contains(u"process list"_s), qPrintable(list.dump()));
        const CliRun quiet = Reliability::runCli(auth(*m_source) + QStringList {u"list"_s});
        QVERIFY2(quiet.exitCode == 0 && !quiet.err.contains(u"process list"_s), qPrintable(quiet.dump()));
    }

    // The log is readable by its owner only: created 0600 (whatever the umask), and an older, wider one narrowed.
    void testLogFileIsOwnerOnly()
    {
#if !defined(Q_OS_UNIX)
        QSKIP("file modes are POSIX");
#else
        const QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
        const auto modeBits = [](const QString& path) {
            return QFileInfo(path).permissions()
                & (QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::WriteGroup
                    | QFile::ExeGroup | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther);
        };
        const auto permissiveUmask = [] { ::umask(0); }; // a new file would be 0666 unless created 0600
        const QString fresh = file(u"fresh.log"_s);
        const CliRun created = Reliability::runCli({u"--log-file"_s, fresh, u"inspect"_s, file(u"none.tar"_s)},
            Reliability::cliEnvironment(), permissiveUmask);
        QVERIFY2(created.exitCode == 1, qPrintable(created.dump()));
        QVERIFY(QFile::exists(fresh));
        QCOMPARE(modeBits(fresh), ownerOnly);

        const QString older = file(u"older.log"_s);
        QVERIFY(writeFile(older, "an earlier run\n"));
        QVERIFY(QFile::setPermissions(older, ownerOnly | QFile::ReadGroup | QFile::ReadOther));
        const CliRun appended
            = Reliability::runCli({u"--url"_s, m_source->baseUrl().toString(), u"--api-key-file"_s, file(u"api-key"_s),
                u"--log-file"_s, older, u"backup"_s, u"Article"_s, u"-o"_s, file(u"appended-log.tar.zst"_s)});
        QVERIFY2(appended.exitCode == 0, qPrintable(appended.dump()));
        QCOMPARE(modeBits(older), ownerOnly);
        const QByteArray text = readFile(older);
        QVERIFY2(text.startsWith("an earlier run\n") && text.size() > 15, text.constData());
        QVERIFY(clean(u"appended log"_s, text));
#endif
    }

    void testFailingRunsDoNotEchoSecrets()
    {
        // No server at all.
        const CliRun refused = Reliability::runCli({u"--url"_s, u"http://127.0.0.1:1"_s, u"--api-key"_s,
            QString::fromLatin1(apiKey), u"--header"_s, u"X-OpenAI-Api-Key: "_s + QString::fromLatin1(headerValue),
            u"--retries"_s, u"0"_s, u"--verbose"_s, u"backup"_s, u"-o"_s, file(u"never.tar"_s), u"--json"_s});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.dump()));
        QVERIFY(clean(u"backup against no server"_s, refused));

        // A server that rejects the key.
        const CliRun rejected = Reliability::runCli(
            {u"--url"_s, m_source->baseUrl().toString(), u"--api-key"_s, QString::fromLatin1(wrongKey), u"--header"_s,
                u"X-OpenAI-Api-Key: "_s + QString::fromLatin1(headerValue), u"--verbose"_s, u"list"_s});
        QVERIFY2(
            rejected.exitCode == 1 && rejected.err.contains(u"rejected the API key"_s), qPrintable(rejected.dump()));
        QVERIFY(clean(u"list with a wrong key"_s, rejected));
        QVERIFY(!QFile::exists(file(u"never.tar"_s)));
    }

    // Usage errors quote what was given so the user can find the mistake, but not the secret in it.
    void testUsageErrorsDoNotEchoSecrets()
    {
        const CliRun header = Reliability::runCli({u"--url"_s, m_source->baseUrl().toString(), u"--header"_s,
            u"X-OpenAI-Api-Key="_s + QString::fromLatin1(headerValue), u"list"_s});
        QVERIFY2(header.exitCode == 2 && header.err.contains(u"is not of the form"_s), qPrintable(header.dump()));
        QVERIFY(clean(u"--header without a colon"_s, header));
        const CliRun bare = Reliability::runCli(
            {u"--url"_s, m_source->baseUrl().toString(), u"--header"_s, QString::fromLatin1(headerValue), u"list"_s});
        QVERIFY2(bare.exitCode == 2, qPrintable(bare.dump()));
        QVERIFY(clean(u"--header with only a value"_s, bare));

        const CliRun scheme = Reliability::runCli({u"--url"_s,
            u"ftp://%1:%2@127.0.0.1:1"_s.arg(QString::fromLatin1(userName), QString::fromLatin1(password)), u"list"_s});
        QVERIFY2(
            scheme.exitCode == 2 && scheme.err.contains(u"is not a valid server URL"_s), qPrintable(scheme.dump()));
        QVERIFY(clean(u"--url with another scheme"_s, scheme));
    }

    // user:password@host: never shown, logged or archived, whether the run succeeds or fails.
    void testUrlPasswordIsNeverEchoed()
    {
        const QString withPassword
            = u"http://%1:%2@127.0.0.1:%3"_s.arg(QString::fromLatin1(userName), QString::fromLatin1(password))
                  .arg(m_source->baseUrl().port());
        const QString archive = file(u"userinfo.tar.zst"_s);
        const QString log = file(u"userinfo.log"_s);
        const QStringList key {u"--api-key"_s, QString::fromLatin1(apiKey)};
        const CliRun backup = Reliability::runCli(QStringList {u"--url"_s, withPassword} + key
            + QStringList {u"--verbose"_s, u"--log-file"_s, log, u"backup"_s, u"-o"_s, archive, u"--json"_s});
        QVERIFY2(backup.exitCode == 0, qPrintable(backup.dump()));
        QVERIFY(clean(u"backup with user:password URL"_s, backup));
        QVERIFY(clean(u"backup with user:password URL, log"_s, readFile(log)));
        QVERIFY(cleanArchive(archive));
        const CliRun inspect = Reliability::runCli({u"inspect"_s, archive});
        QVERIFY(clean(u"inspect of that archive"_s, inspect));
        QVERIFY2(inspect.out.contains(u"127.0.0.1"_s), qPrintable(inspect.dump()));

        const CliRun list
            = Reliability::runCli(QStringList {u"--url"_s, withPassword} + key + QStringList {u"list"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.dump()));
        QVERIFY(clean(u"list with user:password URL"_s, list));

        // Failing: nobody listening, and a server that rejects the request (its error text names the URL).
        const CliRun refused = Reliability::runCli({u"--url"_s,
            u"http://%1:%2@127.0.0.1:1"_s.arg(QString::fromLatin1(userName), QString::fromLatin1(password)),
            u"--retries"_s, u"0"_s, u"--verbose"_s, u"list"_s});
        QVERIFY2(refused.exitCode == 1, qPrintable(refused.dump()));
        QVERIFY(clean(u"list with user:password URL, no server"_s, refused));
        const CliRun rejected = Reliability::runCli({u"--url"_s, withPassword, u"--verbose"_s, u"list"_s});
        QVERIFY2(rejected.exitCode == 1, qPrintable(rejected.dump()));
        QVERIFY(clean(u"list with user:password URL, no key"_s, rejected));
        const CliRun missing = Reliability::runCli(QStringList {u"--url"_s, withPassword} + key
            + QStringList {u"--verbose"_s, u"backup"_s, u"Nope"_s, u"-o"_s, file(u"nope.tar"_s)});
        QVERIFY2(missing.exitCode != 0, qPrintable(missing.dump()));
        QVERIFY(clean(u"backup of a missing collection with user:password URL"_s, missing));
    }

    void cleanupTestCase()
    {
        qInfo("searched %d outputs, logs and archives for %lld planted forms", m_searched, qint64(m_needles.size()));
        m_source.reset();
        m_target.reset();
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "TestSecrets.moc"
