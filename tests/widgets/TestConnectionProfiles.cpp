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
#include <QPushButton>
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
const QByteArray kPlantedProxyPassword = "planted-proxy-password-c41a";

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

    static ConnectionProfile proxiedProfile()
    {
        ConnectionProfile p;
        p.name = u"Office"_s;
        p.url = QUrl(u"https://weaviate.example:8443"_s);
        p.proxy.mode = ProxySettings::Mode::Manual;
        p.proxy.url = QUrl(u"http://proxy.example:3128"_s);
        p.proxy.user = u"alice"_s;
        p.proxy.password = kPlantedProxyPassword;
        return p;
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

    // The gRPC address and how objects travel are kept with the profile and reach the endpoint; a setting written
    // by a newer version that this one does not know reads as Automatic.
    void testTransportSettingsRoundTrip()
    {
        MemorySecretStore secrets;
        ConnectionProfile p = workProfile();
        p.grpcUrl = QUrl(u"grpcs://grpc-weaviate.example:443"_s);
        p.dataTransport = WeaviateEndpoint::DataTransport::Rest;
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            QCOMPARE(save(store, p, kPlantedKey).value_or(u"timeout"_s), QString());
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        const ConnectionProfile read = store.profile(u"Work"_s);
        QCOMPARE(read.grpcUrl, p.grpcUrl);
        QCOMPARE(read.dataTransport, WeaviateEndpoint::DataTransport::Rest);
        const WeaviateEndpoint endpoint = read.endpoint({});
        QCOMPARE(endpoint.dataTransport, WeaviateEndpoint::DataTransport::Rest);
        QCOMPARE(endpoint.grpcUrl, p.grpcUrl);

        settings.setValue(u"profiles/Work/objectTransport"_s, u"carrier-pigeon"_s);
        QCOMPARE(store.profile(u"Work"_s).dataTransport, WeaviateEndpoint::DataTransport::Auto);
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
        ConnectionProfile c;
        c.name = u"headers/a"_s;
        const QStringList keys {a.secretKey(), a.headersSecretKey(), a.proxyPasswordSecretKey(), b.secretKey(),
            b.headersSecretKey(), b.proxyPasswordSecretKey(), c.secretKey(), c.headersSecretKey(),
            c.proxyPasswordSecretKey()};
        QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 9);
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

    // The proxy's mode, address and user go to the settings file, its password to the secret store; a new session
    // reads all of it back and hands it to the endpoint.
    void testProxyRoundTripsThroughTheProfile_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("system") << int(ProxySettings::Mode::System);
        QTest::newRow("none") << int(ProxySettings::Mode::None);
        QTest::newRow("manual") << int(ProxySettings::Mode::Manual);
    }

    void testProxyRoundTripsThroughTheProfile()
    {
        QFETCH(int, mode);
        ConnectionProfile saved = proxiedProfile();
        saved.proxy.mode = ProxySettings::Mode(mode);
        const bool manual = saved.proxy.mode == ProxySettings::Mode::Manual;
        MemorySecretStore secrets;
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            ProfileStore store(&settings, &secrets);
            const auto error = save(store, saved, QByteArray());
            QVERIFY(error.has_value());
            QVERIFY2(error->isEmpty(), qPrintable(*error));
            settings.sync();
        }
        const QByteArray bytes = iniBytes();
        QVERIFY2(!bytes.contains(kPlantedProxyPassword), bytes.constData());
        QVERIFY2(bytes.contains("proxy.example") && bytes.contains("alice"), bytes.constData());
        // The password is held only while it is used.
        QCOMPARE(secrets.secrets.value(saved.proxyPasswordSecretKey()), manual ? kPlantedProxyPassword : QByteArray());

        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        const ConnectionProfile plain = store.profile(u"Office"_s); // the synchronous read has no secrets
        QCOMPARE(plain.proxy.mode, saved.proxy.mode);
        QVERIFY(plain.proxy.password.isEmpty());
        const auto loaded = load(store, u"Office"_s);
        QVERIFY(loaded.has_value());
        QVERIFY2(loaded->error.isEmpty(), qPrintable(loaded->error));
        QCOMPARE(loaded->profile.proxy.mode, saved.proxy.mode);
        QCOMPARE(loaded->profile.proxy.url, saved.proxy.url); // kept while another mode is chosen
        QCOMPARE(loaded->profile.proxy.user, saved.proxy.user);
        QCOMPARE(loaded->profile.proxy.password, manual ? kPlantedProxyPassword : QByteArray());

        const WeaviateEndpoint endpoint = loaded->profile.endpoint(loaded->apiKey);
        ProxySettings expected;
        expected.mode = saved.proxy.mode;
        if (manual)
            expected = saved.proxy;
        QCOMPARE(endpoint.proxy, expected);
    }

    // Leaving Manual (or dropping the user) removes the password from the secret store; deleting the profile too.
    void testProxyPasswordLeavesTheStoreWhenUnused()
    {
        MemorySecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        QVERIFY(save(store, proxiedProfile(), QByteArray()).has_value());
        QVERIFY(secrets.secrets.contains(proxiedProfile().proxyPasswordSecretKey()));
        ConnectionProfile direct = proxiedProfile();
        direct.proxy.mode = ProxySettings::Mode::None;
        QVERIFY(save(store, direct, QByteArray()).has_value());
        QVERIFY(secrets.secrets.isEmpty());
        const auto loaded = load(store, u"Office"_s);
        QVERIFY(loaded.has_value() && loaded->profile.proxy.password.isEmpty());

        QVERIFY(save(store, proxiedProfile(), QByteArray()).has_value());
        QVERIFY(!secrets.secrets.isEmpty());
        QObject context;
        store.remove(u"Office"_s, &context);
        QTRY_VERIFY(secrets.secrets.isEmpty());
    }

    // A proxy without a password is no reason to open the keychain (which may ask to be unlocked).
    void testProxyWithoutPasswordNeverTouchesTheStore()
    {
        MemorySecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        ConnectionProfile p = proxiedProfile();
        p.proxy.user.clear();
        QVERIFY(save(store, p, QByteArray()).has_value());
        const auto loaded = load(store, u"Office"_s);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->profile.proxy.url, p.proxy.url);
        QCOMPARE(secrets.accesses, 0);
    }

    // Without a keychain the password is kept in memory and still used, as the API key is.
    void testProxyPasswordStaysInMemoryWithoutAKeychain()
    {
        FailingSecretStore secrets;
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings, &secrets);
        const auto error = save(store, proxiedProfile(), QByteArray());
        QVERIFY(error.has_value());
        QCOMPARE(*error, u"The keychain is locked."_s);
        settings.sync();
        QVERIFY2(!iniBytes().contains(kPlantedProxyPassword), iniBytes().constData());
        const auto loaded = load(store, u"Office"_s);
        QVERIFY(loaded.has_value());
        QCOMPARE(loaded->profile.proxy.password, kPlantedProxyPassword);
        QCOMPARE(loaded->profile.endpoint(loaded->apiKey).proxy.password, kPlantedProxyPassword);
    }

    // A hand-edited proxy address with user:password loses them when the profiles are read.
    void testProxyUrlCredentialsAreNeverStored()
    {
        {
            QSettings settings(iniPath(), QSettings::IniFormat);
            settings.setValue(u"profiles/Hand/url"_s, u"http://localhost:8080"_s);
            settings.setValue(u"profiles/Hand/proxyUrl"_s,
                u"http://bob:%1@proxy.example:3128"_s.arg(QString::fromLatin1(kPlantedProxyPassword)));
        }
        QSettings settings(iniPath(), QSettings::IniFormat);
        ProfileStore store(&settings);
        settings.sync();
        QVERIFY2(!iniBytes().contains(kPlantedProxyPassword), iniBytes().constData());
        QCOMPARE(store.profile(u"Hand"_s).proxy.url, QUrl(u"http://proxy.example:3128"_s));
    }

    // A gRPC address typed as the placeholder suggests ("host:port") cannot be used: the dialog says how to write it
    // instead of only disabling Save (a new user was left with a grey button and no reason).
    void testDialogExplainsAGrpcAddressWithoutScheme()
    {
        ConnectionDialog dialog;
        dialog.setProfile(proxiedProfile(), QByteArray());
        dialog.show();
        auto* grpc = dialog.findChild<QLineEdit*>(u"grpcUrlLineEdit"_s);
        auto* problem = dialog.findChild<QLabel*>(u"grpcProblemLabel"_s);
        auto* ok = dialog.findChild<QPushButton*>(u"okButton"_s);
        QVERIFY(grpc && problem && ok);
        QVERIFY(!problem->isVisible() && ok->isEnabled());
        grpc->clear();
        QTest::keyClicks(grpc, u"127.0.0.1:50051"_s);
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"grpc://host:port"_s), qPrintable(problem->text()));
        QVERIFY(!ok->isEnabled());
        grpc->setText(u"grpc://127.0.0.1:50051"_s);
        QVERIFY(!problem->isVisible() && ok->isEnabled());
    }

    // The dialog: Proxy (System settings / No proxy / Manual); address, user and password are enabled only for
    // Manual; an address that cannot be used says why under it and keeps Save disabled.
    void testDialogProxyFields()
    {
        ConnectionDialog dialog;
        dialog.setProfile(proxiedProfile(), QByteArray());
        dialog.show();
        auto* mode = dialog.findChild<QComboBox*>(u"proxyComboBox"_s);
        auto* url = dialog.findChild<QLineEdit*>(u"proxyUrlLineEdit"_s);
        auto* user = dialog.findChild<QLineEdit*>(u"proxyUserLineEdit"_s);
        auto* password = dialog.findChild<QLineEdit*>(u"proxyPasswordLineEdit"_s);
        auto* problem = dialog.findChild<QLabel*>(u"proxyProblemLabel"_s);
        auto* ok = dialog.findChild<QPushButton*>(u"okButton"_s);
        QVERIFY(mode && url && user && password && problem && ok);
        QCOMPARE(mode->count(), 3);
        QCOMPARE(mode->currentText(), u"Manual"_s);
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        QVERIFY(url->isEnabled() && user->isEnabled() && password->isEnabled() && ok->isEnabled());
        QCOMPARE(dialog.profile().proxy, proxiedProfile().proxy);

        mode->setCurrentIndex(0);
        QCOMPARE(mode->currentText(), u"System settings"_s);
        QVERIFY(!url->isEnabled() && !user->isEnabled() && !password->isEnabled());
        QCOMPARE(dialog.profile().proxy.mode, ProxySettings::Mode::System);
        QVERIFY(dialog.profile().proxy.password.isEmpty());
        mode->setCurrentIndex(1);
        QCOMPARE(mode->currentText(), u"No proxy"_s);
        QCOMPARE(dialog.profile().proxy.mode, ProxySettings::Mode::None);

        mode->setCurrentIndex(2);
        url->clear();
        QTest::keyClicks(url, u"http://alice:%1@proxy.example:3128"_s.arg(QString::fromLatin1(kPlantedProxyPassword)));
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(u"in their own fields"_s), qPrintable(problem->text()));
        QVERIFY2(!problem->text().contains(QString::fromLatin1(kPlantedProxyPassword)), qPrintable(problem->text()));
        QVERIFY(!ok->isEnabled());
        url->clear();
        QTest::keyClicks(url, u"ftp://proxy.example:21"_s);
        QVERIFY2(problem->text().contains(u"\"ftp\" are not supported"_s), qPrintable(problem->text()));
        QVERIFY(!ok->isEnabled());
        url->clear();
        QVERIFY(!ok->isEnabled()); // Manual without an address
        QTest::keyClicks(url, u"proxy.example:8080"_s);
        QVERIFY(!problem->isVisible());
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.profile().proxy.url, QUrl(u"http://proxy.example:8080"_s));
        // Whatever is typed in the address, a mode other than Manual can be saved.
        url->setText(u"not a proxy"_s);
        mode->setCurrentIndex(0);
        QVERIFY(ok->isEnabled());
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
