// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace Colvault {

// Where API keys live: never in the settings file. The application uses KeychainSecretStore (the OS keychain via
// QtKeychain); tests use MemorySecretStore, since CI has no keyring daemon. GUI thread only. Calls are
// asynchronous: `done` runs later on the GUI thread, and not at all once `context` is destroyed.
class SecretStore
{
public:
    using ReadDone = std::function<void(const QByteArray& secret, const QString& error)>;
    using WriteDone = std::function<void(const QString& error)>;

    virtual ~SecretStore() = default;
    virtual void read(const QString& key, QObject* context, ReadDone done) = 0;
    virtual void write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done) = 0;
    virtual void remove(const QString& key, QObject* context, WriteDone done) = 0;
};

// The OS keychain (Secret Service, macOS Keychain, Windows Credential Store) through QtKeychain.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service);
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

private:
    QString m_service;
};

// Secrets in memory only, for tests; answers on the next event-loop turn like the real keychain. With `failure`
// set it answers every call with that error, as a desktop without a secret service does.
class MemorySecretStore : public SecretStore
{
public:
    void read(const QString& key, QObject* context, ReadDone done) override;
    void write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done) override;
    void remove(const QString& key, QObject* context, WriteDone done) override;

    QHash<QString, QByteArray> secrets;
    QString failure; // untranslated, like a keychain's own message
    int accesses = 0; // calls of read, write and remove
};

} // namespace Colvault
