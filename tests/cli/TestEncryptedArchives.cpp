// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AgeKeys.h"
#include "core/Translations.h"
#include "tests/core/AgeTestTool.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/InProcessCli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Encrypted archives through colvault-cli, in process against the emulator: keygen, backup --encrypt-to and
// --passphrase-file, then inspect, verify and restore with --identity or --passphrase-file; a missing, wrong or
// malformed key is one line and nothing reaches the server, nor does a tampered or cut ciphertext; and the `age`
// tool decrypts what the CLI wrote.
class TestEncryptedArchives : public QObject
{
    Q_OBJECT

private:
    using Run = TestSupport::CliRun;
    static Run cli(const QStringList& args) { return TestSupport::runCli(args); }
    static QString url(TestSupport::EmulatorFixture& f) { return f.baseUrl().toString(); }

    static Emu::EngineConfig config()
    {
        Emu::EngineConfig c;
        c.offloadModule = true;
        return c;
    }

    static qsizetype classCount(TestSupport::EmulatorFixture& f)
    {
        return f.get(u"/v1/schema"_s).json().object().value(u"classes"_s).toArray().size();
    }

    static bool writeFile(const QString& path, const QByteArray& data)
    {
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    static QByteArray readFile(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    static int lineCount(const QString& text) { return int(text.split(u'\n', Qt::SkipEmptyParts).size()); }

    // A backup of Article and Passage from the source; extra options after the collections.
    Run backup(const QString& archive, const QStringList& options)
    {
        return cli(
            QStringList {u"--url"_s, m_sourceUrl, u"backup"_s, u"Article"_s, u"Passage"_s, u"-o"_s, archive} + options);
    }

    Run restore(TestSupport::EmulatorFixture& target, const QString& archive, const QStringList& keys)
    {
        return cli(QStringList {u"--url"_s, url(target), u"restore"_s, archive, u"--yes"_s} + keys);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<TestSupport::EmulatorFixture> m_source;
    QString m_sourceUrl;
    QString m_key; // identity file made by keygen
    QString m_recipient; // what keygen printed
    QString m_archive; // encrypted to m_recipient

private Q_SLOTS:
    void initTestCase()
    {
        Colvault::Translations::install(QLocale(QLocale::English));
        qputenv("WEAVIATE_URL", "");
        qputenv("WEAVIATE_API_KEY", "");
        m_source = std::make_unique<TestSupport::EmulatorFixture>(config());
        m_sourceUrl = url(*m_source);
        Seed::SeedOptions o;
        o.objects = 200;
        o.dims = 32;
        QString error;
        QVERIFY2(m_source->seed(o, &error), qPrintable(error));

        m_key = m_dir.filePath(u"key.txt"_s);
        const Run keygen = cli({u"keygen"_s, u"-o"_s, m_key});
        QVERIFY2(keygen.exitCode == 0, qPrintable(keygen.err));
        m_recipient = keygen.out.trimmed();
        m_archive = m_dir.filePath(u"demo.tar.zst.age"_s);
        const Run made = backup(m_archive, {u"--encrypt-to"_s, m_recipient});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    }

    void cleanupTestCase() { m_source.reset(); }

    void testKeygenWritesAPrivateIdentityOnce()
    {
        // What keygen printed is the recipient of the identity it wrote.
        QList<Colvault::AgeIdentity> identities;
        int badLine = -1;
        const QByteArray text = readFile(m_key);
        QVERIFY(Colvault::AgeIdentity::parseFile(text, &identities, &badLine));
        QCOMPARE(identities.size(), 1);
        QCOMPARE(identities.first().recipient().toString(), m_recipient);
        QVERIFY(m_recipient.startsWith(u"age1"_s));
#ifdef Q_OS_UNIX
        const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
            | QFile::WriteOther | QFile::ExeOther;
        QCOMPARE(QFile::permissions(m_key) & others, QFile::Permissions());
#endif
        // Never over an existing file, and -o is required.
        const Run again = cli({u"keygen"_s, u"-o"_s, m_key});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains(u"already exists"_s), qPrintable(again.err));
        QCOMPARE(readFile(m_key), text);
        QCOMPARE(cli({u"keygen"_s}).exitCode, 2);
        QVERIFY(readFile(m_archive).startsWith("age-encryption.org/v1\n"));
    }

    void testInspectVerifyRestoreWithTheIdentity()
    {
        const Run inspect = cli({u"inspect"_s, m_archive, u"--identity"_s, m_key});
        QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.err));
        QVERIFY2(inspect.out.contains(u"Encrypted with age to public keys"_s), qPrintable(inspect.out));
        QVERIFY2(inspect.out.contains(u"Article"_s), qPrintable(inspect.out));
        const Run json = cli({u"inspect"_s, m_archive, u"--identity"_s, m_key, u"--json"_s});
        QCOMPARE(json.json().value(u"encryption"_s).toString(), u"recipients"_s);

        const Run verify = cli({u"verify"_s, m_archive, u"--identity"_s, m_key});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(u"complete and intact"_s), qPrintable(verify.out));

        TestSupport::EmulatorFixture target(config());
        const Run restored = restore(target, m_archive, {u"--identity"_s, m_key});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(target.objectCount(u"Article"_s), 200);
        QCOMPARE(target.objectCount(u"Passage"_s), 200);
    }

    void testMissingKeyNamesTheOption()
    {
        TestSupport::EmulatorFixture target(config());
        for (const QString& command : {u"inspect"_s, u"verify"_s}) {
            const Run r = cli({command, m_archive});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"--identity FILE"_s) && lineCount(r.err) == 1, qPrintable(r.err));
        }
        const Run r = restore(target, m_archive, {});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--identity FILE"_s) && lineCount(r.err) == 1, qPrintable(r.err));
        QCOMPARE(classCount(target), 0);
    }

    void testWrongIdentityWritesNothing()
    {
        const QString other = m_dir.filePath(u"other.txt"_s);
        QCOMPARE(cli({u"keygen"_s, u"-o"_s, other}).exitCode, 0);
        TestSupport::EmulatorFixture target(config());
        const Run r = restore(target, m_archive, {u"--identity"_s, other});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"None of the given identities"_s) && lineCount(r.err) == 1, qPrintable(r.err));
        QCOMPARE(classCount(target), 0);
        for (const QString& command : {u"inspect"_s, u"verify"_s}) {
            const Run read = cli({command, m_archive, u"--identity"_s, other});
            QCOMPARE(read.exitCode, 1);
            QVERIFY2(lineCount(read.err) == 1, qPrintable(read.err));
        }
        // Any identity that matches opens it, wherever it is in the list.
        QCOMPARE(cli({u"inspect"_s, m_archive, u"--identity"_s, other, u"--identity"_s, m_key}).exitCode, 0);
    }

    void testMalformedIdentityFileNamesTheLine()
    {
        const QString bad = m_dir.filePath(u"bad.txt"_s);
        QVERIFY(writeFile(bad, "# a comment\n\nAGE-SECRET-KEY-1NOTAKEY\n"));
        const Run r = cli({u"inspect"_s, m_archive, u"--identity"_s, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u", line 3: not an age identity"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"NOTAKEY"_s), qPrintable(r.err));
        const QString empty = m_dir.filePath(u"empty.txt"_s);
        QVERIFY(writeFile(empty, "# nothing here\n"));
        QVERIFY(cli({u"verify"_s, m_archive, u"--identity"_s, empty}).err.contains(u"holds no identity"_s));
        QCOMPARE(cli({u"verify"_s, m_archive, u"--identity"_s, m_dir.filePath(u"missing.txt"_s)}).exitCode, 2);
    }

    // Restore verifies the whole archive before its first write: a byte flipped in the last chunk, or the last
    // chunk cut off, leaves the head readable, and still nothing reaches the server.
    void testTamperedOrCutCiphertextWritesNothing()
    {
        const QString archive = m_dir.filePath(u"plain-compression.tar.age"_s);
        const Run made = backup(archive, {u"--encrypt-to"_s, m_recipient, u"--compression"_s, u"none"_s});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QByteArray data = readFile(archive);
        QVERIFY2(data.size() > 3 * 65536, "the archive must span several 64 KiB chunks");

        QByteArray flipped = data;
        flipped[flipped.size() - 100] = char(flipped.at(flipped.size() - 100) ^ 0x01);
        const QString tampered = m_dir.filePath(u"tampered.tar.age"_s);
        QVERIFY(writeFile(tampered, flipped));
        const QString cut = m_dir.filePath(u"cut.tar.age"_s);
        QVERIFY(writeFile(cut, data.left(data.size() - 1000)));

        for (const QString& file : {tampered, cut}) {
            // The head decrypts: the damage is past it.
            QCOMPARE(cli({u"inspect"_s, file, u"--identity"_s, m_key}).exitCode, 0);
            TestSupport::EmulatorFixture target(config());
            const Run r = restore(target, file, {u"--identity"_s, m_key});
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(r.err.contains(u"cannot be restored"_s), qPrintable(r.err));
            QCOMPARE(classCount(target), 0);
            QCOMPARE(cli({u"verify"_s, file, u"--identity"_s, m_key}).exitCode, 1);
        }
    }

    void testAgeDecryptsWhatTheCliWrote()
    {
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        const QString decrypted = m_dir.filePath(u"decrypted.tar.zst"_s);
        const AgeTestTool::Result age
            = AgeTestTool::run(u"age"_s, {u"-d"_s, u"-i"_s, m_key, u"-o"_s, decrypted, m_archive});
        QVERIFY2(age.exitCode == 0, age.err.constData());
        const Run verify = cli({u"verify"_s, decrypted});
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.err));
        QVERIFY(!readFile(decrypted).startsWith("age-encryption.org"));
    }

    void testPassphraseRoundTrip()
    {
        const QString passphraseFile = m_dir.filePath(u"passphrase.txt"_s);
        QVERIFY(writeFile(passphraseFile, "correct horse battery staple\n"));
        const QString archive = m_dir.filePath(u"passphrase.tar.zst.age"_s);
        const Run made = backup(archive, {u"--passphrase-file"_s, passphraseFile});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));

        const Run inspect = cli({u"inspect"_s, archive, u"--passphrase-file"_s, passphraseFile});
        QVERIFY2(inspect.exitCode == 0, qPrintable(inspect.err));
        QVERIFY2(inspect.out.contains(u"Encrypted with age and a passphrase"_s), qPrintable(inspect.out));
        const Run missing = cli({u"inspect"_s, archive, u"--identity"_s, m_key});
        QCOMPARE(missing.exitCode, 2); // an identity cannot open a passphrase archive: say what can
        QVERIFY2(missing.err.contains(u"passphrase"_s), qPrintable(missing.err));

        const QString wrongFile = m_dir.filePath(u"wrong.txt"_s);
        QVERIFY(writeFile(wrongFile, "incorrect horse\n"));
        TestSupport::EmulatorFixture target(config());
        const Run wrong = restore(target, archive, {u"--passphrase-file"_s, wrongFile});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(
            wrong.err.contains(u"passphrase does not decrypt"_s) && lineCount(wrong.err) == 1, qPrintable(wrong.err));
        QCOMPARE(classCount(target), 0);

        const Run restored = restore(target, archive, {u"--passphrase-file"_s, passphraseFile});
        QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
        QCOMPARE(target.objectCount(u"Article"_s), 200);

#if defined(COLVAULT_AGE_TEST_PTY)
        if (AgeTestTool::program().isEmpty())
            QSKIP("age is not installed (Debian: apt-get install age)");
        const QString decrypted = m_dir.filePath(u"passphrase-decrypted.tar.zst"_s);
        QCOMPARE(
            AgeTestTool::runWithPassphrase({u"-d"_s, u"-o"_s, decrypted, archive}, "correct horse battery staple"), 0);
        QCOMPARE(cli({u"verify"_s, decrypted}).exitCode, 0);
#endif
    }

    void testBackupKeyOptionsAreChecked()
    {
        const QString archive = m_dir.filePath(u"never.tar.zst"_s);
        const Run bad = backup(archive, {u"--encrypt-to"_s, u"age1notarecipient"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"not an age recipient"_s), qPrintable(bad.err));
        const QString passphraseFile = m_dir.filePath(u"passphrase2.txt"_s);
        QVERIFY(writeFile(passphraseFile, "two\nlines\n"));
        const Run twoLines = backup(archive, {u"--passphrase-file"_s, passphraseFile});
        QCOMPARE(twoLines.exitCode, 2);
        QVERIFY2(twoLines.err.contains(u"more than one line"_s), qPrintable(twoLines.err));
        const Run both
            = backup(archive, {u"--encrypt-to"_s, m_recipient, u"--passphrase-file"_s, m_dir.filePath(u"x"_s)});
        QCOMPARE(both.exitCode, 2);
        QVERIFY(!QFileInfo::exists(archive));

        // -o DIR: the default name ends in .age, as age names what it encrypts.
        const QString folder = m_dir.filePath(u"out"_s);
        QVERIFY(QDir().mkpath(folder));
        const Run made = cli({u"--url"_s, m_sourceUrl, u"backup"_s, u"Article"_s, u"--schema-only"_s, u"-o"_s, folder,
            u"--encrypt-to"_s, m_recipient});
        QVERIFY2(made.exitCode == 0, qPrintable(made.err));
        const QStringList files = QDir(folder).entryList(QDir::Files);
        QCOMPARE(files.size(), 1);
        QVERIFY2(files.first().endsWith(u".tar.zst.age"_s), qPrintable(files.first()));
    }
};

QTEST_GUILESS_MAIN(TestEncryptedArchives)
#include "TestEncryptedArchives.moc"
