// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobInputs.h"

#include "core/CliCommandLine.h"
#include "core/ProxyAddress.h"

#include <QDir>
#include <QFile>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// RFC 9110 token characters: what a header name may be made of.
bool isHeaderName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        return alnum || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
    });
}

// No line break or NUL: a value must not start another header.
bool isOneLine(QByteArrayView value)
{
    return !value.contains('\n') && !value.contains('\r') && !value.contains('\0');
}

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

OpError JobInputs::usage(const QString& message, const QString& details)
{
    return OpError::make(OpError::Code::Usage, message, details);
}

OpError JobInputs::read(const Job& job, const JobSecrets& secrets, JobRunInputs* inputs)
{
    if (OpError error = readEndpoint(job.connection, secrets.apiKey, &inputs->endpoint))
        return error;
    return readKeys(job.encryption, secrets, &inputs->encryption, &inputs->decryption);
}

OpError JobInputs::readEndpoint(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint)
{
    *endpoint = WeaviateEndpoint();
    const QUrl url = QUrl::fromUserInput(c.url);
    if (!url.isValid() || (url.scheme() != u"http" && url.scheme() != u"https") || url.host().isEmpty())
        return usage(tr("The job's server address \"%1\" is not a valid URL; save the job again with one such as "
                        "http://host:8080.")
                         .arg(url.isValid() ? url.toString(QUrl::RemovePassword) : QString()));
    endpoint->url = url;
    endpoint->insecure = c.insecure;
    endpoint->caFile = c.caFile;
    if (c.timeoutSeconds > 0)
        endpoint->transferTimeoutMs = c.timeoutSeconds * 1000;
    if (c.retries >= 0)
        endpoint->maxRetries = c.retries;
    if (OpError error = readApiKey(c, keychainKey, endpoint))
        return error;
    if (OpError error = readHeaders(c, endpoint))
        return error;
    if (OpError error = readGrpc(c, endpoint))
        return error;
    return readProxy(c, &endpoint->proxy);
}

// The keychain's key, else the job's key file, else $WEAVIATE_API_KEY (what colvault-cli job run does without one).
OpError JobInputs::readApiKey(const JobConnection& c, const QByteArray& keychainKey, WeaviateEndpoint* endpoint)
{
    if (!keychainKey.isEmpty()) {
        endpoint->apiKey = keychainKey;
        return {};
    }
    if (c.apiKeyFile.isEmpty()) {
        endpoint->apiKey = qgetenv("WEAVIATE_API_KEY").trimmed();
        return {};
    }
    return readOneLine(c.apiKeyFile, true, &endpoint->apiKey);
}

OpError JobInputs::readHeaders(const JobConnection& c, WeaviateEndpoint* endpoint)
{
    for (const QString& path : c.headerFiles) {
        if (OpError error = readHeaderFile(path, endpoint))
            return error;
    }
    for (const QString& spec : c.headerEnv) {
        const qsizetype equals = spec.indexOf(u'=');
        const QByteArray name = equals > 0 ? spec.left(equals).trimmed().toUtf8() : QByteArray();
        const QString variable = spec.mid(equals + 1).trimmed();
        if (!isHeaderName(name) || variable.isEmpty())
            return usage(tr("The job's header variable \"%1\" is not of the form NAME=VARIABLE.").arg(spec));
        const QByteArray value = qgetenv(variable.toLocal8Bit().constData()).trimmed();
        if (value.isEmpty() || !isOneLine(value))
            //: %1 is the name of an environment variable, %2 the HTTP header it was to give the value of
            return usage(tr("The environment variable %1 (for the header %2) is not set, empty or more than one line.")
                             .arg(variable, QString::fromUtf8(name)));
        endpoint->extraHeaders.append({name, value});
    }
    return {};
}

// Lines "Name: value"; blank lines and lines starting with # are skipped. An error names the file and the line,
// never the line's text: it may hold the secret.
OpError JobInputs::readHeaderFile(const QString& path, WeaviateEndpoint* endpoint)
{
    QByteArray data;
    if (OpError error = readSmallFile(path, &data))
        return error;
    const QList<QByteArray> lines = data.split('\n');
    qsizetype headers = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype colon = line.indexOf(':');
        const QByteArray name = colon > 0 ? line.left(colon).trimmed() : QByteArray();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (!isHeaderName(name) || !isOneLine(value))
            //: %1 is a file name, %2 a line number in it
            return usage(tr("%1, line %2: not of the form \"Name: value\".")
                             .arg(shown(path), QLocale().toString(qlonglong(i + 1))));
        endpoint->extraHeaders.append({name, value});
        ++headers;
    }
    if (headers == 0)
        return usage(tr("The header file \"%1\" holds no header.").arg(shown(path)));
    return {};
}

OpError JobInputs::readGrpc(const JobConnection& c, WeaviateEndpoint* endpoint)
{
    if (c.grpcPort > 0)
        endpoint->grpcPort = c.grpcPort;
    if (!c.grpcUrl.isEmpty()) {
        const QUrl url(c.grpcUrl, QUrl::StrictMode);
        const QStringList schemes {u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s};
        if (!url.isValid() || url.host().isEmpty() || !schemes.contains(url.scheme()))
            return usage(tr("The job's gRPC address \"%1\" is not of the form grpc://HOST:PORT or grpcs://HOST:PORT.")
                             .arg(c.grpcUrl));
        endpoint->grpcUrl = url;
    }
    if (c.transport.isEmpty())
        return {};
    const std::optional<WeaviateEndpoint::DataTransport> transport = CliCommandLine::transportFromName(c.transport);
    if (!transport)
        return usage(tr("The job's transport \"%1\" is not one of auto, rest and grpc.").arg(c.transport));
    endpoint->dataTransport = *transport;
    return {};
}

// --proxy as colvault-cli reads it: empty or "system", "none", or an address; the password from the job's file, else
// $COLVAULT_PROXY_PASSWORD when there is a user name to go with it.
OpError JobInputs::readProxy(const JobConnection& c, ProxySettings* proxy)
{
    const QString text = c.proxy.trimmed();
    if (text.isEmpty() || text.compare(u"system"_s, Qt::CaseInsensitive) == 0) {
        proxy->mode = ProxySettings::Mode::System;
        return {};
    }
    if (text.compare(u"none"_s, Qt::CaseInsensitive) == 0) {
        proxy->mode = ProxySettings::Mode::None;
        return {};
    }
    const ProxyAddress address = ProxyAddress::parse(text);
    if (address.problem == ProxyAddress::Problem::Password)
        return usage(tr("The job's proxy address holds a password; save the job again with the password in a file."));
    if (address.problem != ProxyAddress::Problem::None)
        return usage(address.message(text));
    proxy->mode = ProxySettings::Mode::Manual;
    proxy->url = address.url;
    proxy->user = c.proxyUser.isEmpty() ? address.user : c.proxyUser;
    if (c.proxyPasswordFile.isEmpty()) {
        if (!proxy->user.isEmpty())
            proxy->password = qgetenv("COLVAULT_PROXY_PASSWORD");
        return {};
    }
    return readOneLine(c.proxyPasswordFile, false, &proxy->password);
}

OpError JobInputs::readKeys(
    const JobEncryption& e, const JobSecrets& secrets, AgeEncryptionKeys* encryption, AgeDecryptionKeys* decryption)
{
    *encryption = AgeEncryptionKeys();
    *decryption = AgeDecryptionKeys();
    for (const QString& text : e.recipients) {
        const std::optional<AgeRecipient> recipient = AgeRecipient::parse(text.toUtf8());
        if (!recipient)
            return usage(tr("\"%1\" is not an age recipient; a recipient starts with age1.").arg(text));
        encryption->recipients.append(*recipient);
    }
    if (!secrets.passphrase.isEmpty())
        encryption->passphrase = secrets.passphrase;
    else if (!e.passphraseFile.isEmpty()) {
        if (OpError error = readOneLine(e.passphraseFile, false, &encryption->passphrase))
            return error;
    }
    decryption->passphrase = encryption->passphrase;
    if (!secrets.identity.isEmpty())
        return parseIdentities(secrets.identity, {}, &decryption->identities);
    for (const QString& path : e.identityFiles) {
        if (OpError error = readIdentityFile(path, &decryption->identities))
            return error;
    }
    return {};
}

OpError JobInputs::checkSecret(const JobEncryption& e, const QByteArray& secret)
{
    if (secret.isEmpty() || !isOneLine(secret.trimmed()))
        return usage(e.passphraseFile.isEmpty() ? tr("Give the identity: one line, AGE-SECRET-KEY-1…")
                                                : tr("Give the passphrase: one line."));
    if (!e.passphraseFile.isEmpty())
        return {};
    QList<AgeIdentity> identities;
    return parseIdentities(secret, {}, &identities);
}

OpError JobInputs::checkNewPassphrase(const QString& typed, const QString& repeated)
{
    if (typed.isEmpty() || !isOneLine(typed.toUtf8().trimmed()))
        return usage(tr("Give the passphrase: one line."));
    if (repeated != typed)
        return usage(tr("The two passphrases differ: type the same passphrase in both fields."));
    return {};
}

OpError JobInputs::readIdentityFile(const QString& path, QList<AgeIdentity>* identities)
{
    QByteArray text;
    if (OpError error = readSmallFile(path, &text))
        return error;
    return parseIdentities(text, shown(path), identities);
}

// `source` names where the text is from: a file, or the keychain (empty). The line itself is never shown: it may be a
// secret key with a typo.
OpError JobInputs::parseIdentities(const QByteArray& text, const QString& source, QList<AgeIdentity>* identities)
{
    QList<AgeIdentity> read;
    int badLine = 0;
    if (AgeIdentity::parseFile(text, &read, &badLine)) {
        identities->append(read);
        return {};
    }
    if (source.isEmpty())
        return usage(tr("The identity given for the job is not an age identity (AGE-SECRET-KEY-1…)."));
    if (badLine > 0)
        //: %1 is a file name, %2 a line number in it
        return usage(
            tr("%1, line %2: not an age identity (AGE-SECRET-KEY-1…).").arg(source, QLocale().toString(badLine)));
    return usage(tr("The identity file \"%1\" holds no identity.").arg(source));
}

OpError JobInputs::readOneLine(const QString& path, bool trim, QByteArray* line)
{
    if (OpError error = readSmallFile(path, line))
        return error;
    if (trim)
        *line = line->trimmed();
    else if (line->endsWith('\n'))
        line->chop(line->endsWith("\r\n") ? 2 : 1);
    if (line->isEmpty())
        return usage(tr("The file \"%1\" that the job names is empty.").arg(shown(path)));
    if (!isOneLine(*line))
        return usage(tr("The file \"%1\" that the job names holds more than one line; it must hold the key, "
                        "passphrase or password alone.")
                         .arg(shown(path)));
    return {};
}

OpError JobInputs::readSmallFile(const QString& path, QByteArray* data)
{
    constexpr qint64 limit = 64 * 1024;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        //: %1 a file name, %2 the system's reason
        return usage(tr("Cannot read the file \"%1\" that the job names: %2").arg(shown(path), file.errorString()));
    *data = file.read(limit + 1);
    if (file.error() != QFileDevice::NoError)
        //: %1 a file name, %2 the system's reason
        return usage(tr("Cannot read the file \"%1\" that the job names: %2").arg(shown(path), file.errorString()));
    if (data->size() > limit)
        //: %1 a file name, %2 a size such as "64 KiB"
        return usage(tr("The file \"%1\" that the job names is larger than %2, too large for a key or headers.")
                         .arg(shown(path), QLocale().formattedDataSize(limit)));
    return {};
}

} // namespace Colvault
