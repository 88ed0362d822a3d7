// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/SecretStore.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <optional>

using namespace Colvault;
using namespace Qt::StringLiterals;

namespace {
const QByteArray kPlantedKey = "planted-api-key-7f3a9c";
const QByteArray kPlantedHeader = "sk-planted-header-value-51d2e8";
const QByteArray kPlantedPassword = "planted-url-password-0b6e";

// A keychain that is locked or absent: every write fails, reads find nothing.
class FailingSecretStore : public MemorySecretStore
{
public:
    void write(const QString&, const QByteArray&, QObject* context, WriteDone done) override
    {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(u"The keychain is locked."_s); });
    }
};

struct Loaded
{
    ConnectionProfile profile;
    QByteArray apiKey;
    QString error;
};
} // namespace

// Connection profiles keep their secrets out of the settings file: the API key and the extra headers (which carry
// vectorizer keys) go to the SecretStore, user:password in a URL is dropped, and headers an older version wrote
// into the settings file are moved to the SecretStore on load, without losing them when the keychain fails.
class TestConnectionProfiles : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString iniPath() const { return m_dir.filePath(u"colvault.ini"_s); }

    QByteArray iniBytes() const
    {
        QFile ini(iniPath());
        return ini.open(QIODevice::ReadOnly) ? ini.readAll() : QByteArray();
    }

    static std::optional<Loaded> load(ProfileStore& store, const QString& name)
    {
        QObject context;
        std::optional<Loaded> result;
        store.load(name, &context, [&result](const ConnectionProfile& p, const QByteArray& key, const QString& error) {
            result = Loaded {p, key, error};
        });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return std::nullopt;
        return result;
    }

    static std::optional<QString> save(ProfileStore& store, const ConnectionProfile& p, const QByteArray& key)
    {
        QObject context;
        std::optional<QString> result;
        store.save(p, key, &context, [&result](const QString& error) { result = error; });
        if (!QTest::qWaitFor([&] { return result.has_value(); }, 5000))
            return std::nullopt;
        return result;
    }

    static ConnectionProfile workProfile()
    {
        ConnectionProfile p;
        p.name = u"Work"_s;
        p.url = QUrl(u"https://weaviate.example:8443"_s);
        p.useApiKey = true;
        p.extraHeaders = {{"X-OpenAI-Api-Key", kPlantedHeader}, {"X-Tenant-Hint", "blue"}};
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Translations::install(QLocale(QLocale::English));
    }

    void init() { QFile::remove(iniPath()); }

    void testSecretsStayOutOfTheSettingsFile()
    {
        MemorySecretStore secrets;
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            const auto error = save(store, workProfile(), kPlantedKey);
            QVERIFY(error.has_value());
            QVERIFY2(error->isEmpty(), qPrintable(*error));
            settings.sync();
        }
        const QByteArray bytes = iniBytes();
        QVERIFY2(bytes.contains("weaviate.example"), bytes.constData()); // the profile itself is there
        QVERIFY2(!bytes.contains(kPlantedKey), bytes.constData());
        QVERIFY2(!bytes.contains(kPlantedHeader), bytes.constData());
        QVERIFY2(!bytes.contains("X-OpenAI-Api-Key"), bytes.constData());

        // A new session reads them back from the secret store.
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QCOMPARE(store.names(), QStringList {u"Work"_s});
        QVERIFY(store.profile(u"Work"_s).extraHeaders.isEmpty()); // the synchronous read has no secrets
        const auto loaded = load(store, u"Work"_s);
        QVERIFY(loaded.has_value());
        QVERIFY2(loaded->error.isEmpty(), qPrintable(loaded->error));
        QCOMPARE(loaded->apiKey, kPlantedKey);
        QCOMPARE(loaded->profile.extraHeaders, workProfile().extraHeaders);
        const WeaviateEndpoint endpoint = loaded->profile.endpoint(loaded->apiKey);
        QCOMPARE(endpoint.apiKey, kPlantedKey);
        QCOMPARE(endpoint.extraHeaders, workProfile().extraHeaders);
    }

    void testRemovingHeadersRemovesTheSecret()
    {
        MemorySecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QVERIFY(save(store, workProfile(), kPlantedKey).has_value());
        QVERIFY(secrets.secrets.contains(workProfile().headersSecretKey()));

        ConnectionProfile plain = workProfile();
        plain.extraHeaders.clear();
        plain.useApiKey = false;
        QVERIFY(save(store, plain, QByteArray()).has_value());
        QVERIFY(secrets.secrets.isEmpty());
        const auto loaded = load(store, u"Work"_s);
        QVERIFY(loaded.has_value());
        QVERIFY(loaded->profile.extraHeaders.isEmpty());
        QVERIFY(loaded->apiKey.isEmpty());
    }

    void testSecretKeysOfDifferentProfilesNeverCollide()
    {
        ConnectionProfile a;
        a.name = u"a"_s;
        ConnectionProfile b;
        b.name = u"a/headers"_s; // a name that looks like another profile's secret
        const QStringList keys {a.secretKey(), a.headersSecretKey(), b.secretKey(), b.headersSecretKey()};
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 4);
    }

    void testLegacyHeadersAreMigratedOnLoad()
    {
        {
            // What version 0.1 wrote: the header values in plain text in the settings file.
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"profiles/Old/url"_s, u"http://localhost:8080"_s);
            settings.beginWriteArray(u"profiles/Old/headers"_s, 1);
            settings.setArrayIndex(0);
            settings.setValue(u"name"_s, QByteArray("X-OpenAI-Api-Key"));
            settings.setValue(u"value"_s, kPlantedHeader);
            settings.endArray();
        }
        QVERIFY(iniBytes().contains(kPlantedHeader));

        MemorySecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        const auto loaded = load(store, u"Old"_s);
        QVERIFY(loaded.has_value());
        QVERIFY2(loaded->error.isEmpty(), qPrintable(loaded->error));
        const QList<QPair<QByteArray, QByteArray>> expected {{"X-OpenAI-Api-Key", kPlantedHeader}};
        QCOMPARE(loaded->profile.extraHeaders, expected);
        QVERIFY(secrets.secrets.value(u"headers/Old"_s).contains(kPlantedHeader));
        settings.sync();
        QVERIFY2(!iniBytes().contains(kPlantedHeader), iniBytes().constData());
        QVERIFY(iniBytes().contains("localhost")); // the rest of the profile stays

        // From now on the headers come from the secret store.
        const auto again = load(store, u"Old"_s);
        QVERIFY(again.has_value());
        QCOMPARE(again->profile.extraHeaders, expected);
    }

    void testMigrateAllMovesEveryLegacyProfile()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            for (const QString& name : {u"One"_s, u"Two"_s}) {
                settings.beginWriteArray(u"profiles/%1/headers"_s.arg(name), 1);
                settings.setArrayIndex(0);
                settings.setValue(u"name"_s, QByteArray("X-Cohere-Api-Key"));
                settings.setValue(u"value"_s, kPlantedHeader + name.toLatin1());
                settings.endArray();
            }
            settings.setValue(u"profiles/Three/url"_s, u"http://localhost:8080"_s);
        }
        MemorySecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QObject context;
        QStringList migrated;
        store.migrate(&context, [&migrated](const QString& name, const QString& error) {
            QVERIFY2(error.isEmpty(), qPrintable(error));
            migrated.append(name);
        });
        QTRY_COMPARE(migrated.size(), 2);
        QCOMPARE(QSet<QString>(migrated.cbegin(), migrated.cend()), (QSet<QString> {u"One"_s, u"Two"_s}));
        settings.sync();
        QVERIFY2(!iniBytes().contains(kPlantedHeader), iniBytes().constData());
    }

    void testFailedMigrationKeepsTheHeaders()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.beginWriteArray(u"profiles/Old/headers"_s, 1);
            settings.setArrayIndex(0);
            settings.setValue(u"name"_s, QByteArray("X-OpenAI-Api-Key"));
            settings.setValue(u"value"_s, kPlantedHeader);
            settings.endArray();
        }
        FailingSecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        const auto loaded = load(store, u"Old"_s);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->error, u"The keychain is locked."_s);
        QCOMPARE(loaded->profile.extraHeaders.size(), 1); // still usable for this session
        settings.sync();
        QVERIFY(iniBytes().contains(kPlantedHeader)); // not lost: migrated on a later load
    }

    void testUrlCredentialsAreNeverStored()
    {
        MemorySecretStore secrets;
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            ConnectionProfile p;
            p.name = u"Proxy"_s;
            p.url = QUrl(u"https://alice:%1@weaviate.example:8443/"_s.arg(QString::fromLatin1(kPlantedPassword)));
            store.save(p);
            // A URL with credentials written by an older version or by hand.
            settings.setValue(
                u"profiles/Hand/url"_s, u"http://bob:%1@localhost:8080"_s.arg(QString::fromLatin1(kPlantedPassword)));
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets); // scrubs the hand-written one
        settings.sync();
        const QByteArray bytes = iniBytes();
        QVERIFY2(!bytes.contains(kPlantedPassword), bytes.constData());
        QVERIFY2(!bytes.contains("alice") && !bytes.contains("bob"), bytes.constData());
        QCOMPARE(store.profile(u"Proxy"_s).url, QUrl(u"https://weaviate.example:8443/"_s));
        QCOMPARE(store.profile(u"Hand"_s).url, QUrl(u"http://localhost:8080"_s));
    }

    void testDialogStripsUrlCredentialsAndSaysSo()
    {
        ConnectionDialog dialog;
        dialog.setProfile(ConnectionProfile(), QByteArray());
        dialog.show();
        auto* url = dialog.findChild<QLineEdit*>(u"urlLineEdit"_s);
        auto* note = dialog.findChild<QLabel*>(u"urlCredentialsLabel"_s);
        QVERIFY(url && note);
        QVERIFY(!note->isVisible());
        url->clear();
        QTest::keyClicks(url, u"http://alice:%1@localhost:8080"_s.arg(QString::fromLatin1(kPlantedPassword)));
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"not saved"_s), qPrintable(note->text()));
        QCOMPARE(dialog.profile().url, QUrl(u"http://localhost:8080"_s));
        url->clear();
        QTest::keyClicks(url, u"http://localhost:8080"_s);
        QVERIFY(!note->isVisible());
    }

    void testDialogRoundTripsHeaders()
    {
        ConnectionDialog dialog;
        dialog.setProfile(workProfile(), kPlantedKey);
        const ConnectionProfile back = dialog.profile();
        QCOMPARE(back.extraHeaders, workProfile().extraHeaders);
        QCOMPARE(dialog.apiKey(), kPlantedKey);
        QVERIFY(dialog.findChild<QPlainTextEdit*>(u"headersPlainTextEdit"_s)->tabChangesFocus());
    }
};

QTEST_MAIN(TestConnectionProfiles)
#include "TestConnectionProfiles.moc"
