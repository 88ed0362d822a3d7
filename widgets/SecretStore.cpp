// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/SecretStore.h"

#include <QTimer>
#include <qt6keychain/keychain.h>

namespace Colvault {

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{
}

void KeychainSecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        // A profile without a stored key is not an error: it reads as empty.
        if (j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound)
            done(j->error() == QKeychain::NoError ? readJob->binaryData() : QByteArray(), QString());
        else
            done(QByteArray(), j->errorString());
    });
    job->start();
}

void KeychainSecretStore::write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(key);
    job->setBinaryData(secret);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError ? QString() : j->errorString());
    });
    job->start();
}

void KeychainSecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job* j) {
        done(j->error() == QKeychain::NoError || j->error() == QKeychain::EntryNotFound ? QString() : j->errorString());
    });
    job->start();
}

void MemorySecretStore::read(const QString& key, QObject* context, ReadDone done)
{
    ++accesses;
    const QByteArray secret = failure.isEmpty() ? secrets.value(key) : QByteArray();
    QTimer::singleShot(0, context, [done = std::move(done), secret, error = failure] { done(secret, error); });
}

void MemorySecretStore::write(const QString& key, const QByteArray& secret, QObject* context, WriteDone done)
{
    ++accesses;
    if (failure.isEmpty())
        secrets.insert(key, secret);
    QTimer::singleShot(0, context, [done = std::move(done), error = failure] { done(error); });
}

void MemorySecretStore::remove(const QString& key, QObject* context, WriteDone done)
{
    ++accesses;
    if (failure.isEmpty())
        secrets.remove(key);
    QTimer::singleShot(0, context, [done = std::move(done), error = failure] { done(error); });
}

} // namespace Colvault
