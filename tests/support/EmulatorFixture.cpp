// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "tests/support/EmulatorFixture.h"

#include "tools/emulator/LocalRequest.h"
#include "v1/weaviate.grpc.pb.h"

#include <QBuffer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <grpcpp/grpcpp.h>

namespace TestSupport {

QByteArray Reply::header(const QByteArray& name) const
{
    for (const auto& [k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

QString Reply::errorMessage() const
{
    const QJsonObject o = json().object();
    const QJsonArray errors = o.value(QStringLiteral("error")).toArray();
    if (!errors.isEmpty())
        return errors.first().toObject().value(QStringLiteral("message")).toString();
    return o.value(QStringLiteral("message")).toString();
}

EmulatorFixture::EmulatorFixture(Emu::EngineConfig config, bool allowRealServer)
{
    const QByteArray real = qgetenv("WEAVIATE_URL");
    if (allowRealServer && !real.isEmpty()) {
        m_baseUrl = QUrl(QString::fromUtf8(real));
        const QByteArray key = qgetenv("WEAVIATE_API_KEY");
        if (!key.isEmpty())
            m_bearer = key;
        return;
    }
    m_emulator = std::make_unique<Emu::Emulator>(std::move(config));
    std::string error;
    if (!m_emulator->start(0, "127.0.0.1", &error))
        qFatal("cannot start the Weaviate API emulator: %s", error.c_str());
    m_baseUrl = QUrl(QString::fromStdString(m_emulator->baseUrl()));
}

EmulatorFixture::~EmulatorFixture() = default;

QUrl EmulatorFixture::grpcUrl()
{
    if (!m_emulator) {
        const QByteArray real = qgetenv("WEAVIATE_GRPC_URL");
        if (!real.isEmpty())
            return QUrl(QString::fromUtf8(real));
        QUrl url = m_baseUrl;
        url.setPort(50051);
        url.setPath({});
        return url;
    }
    if (m_emulator->grpcPort() == 0) {
        std::string error;
        if (!m_emulator->startGrpc(0, &error))
            qFatal("cannot start the emulator's gRPC listener: %s", error.c_str());
    }
    QUrl url = m_baseUrl;
    url.setPort(m_emulator->grpcPort());
    return url;
}

bool EmulatorFixture::seed(const Seed::SeedOptions& options, QString* error)
{
    return Seed::generate(options, [&](const Seed::SeedRequest& r) {
        int status = 0;
        QByteArray body;
        if (m_emulator) {
            const Emu::HttpResponse resp
                = m_emulator->engine().handle(Emu::makeLocalRequest(r.method, r.path, r.body, m_bearer.toStdString()));
            status = resp.status;
            body = QByteArray::fromStdString(resp.body);
        } else {
            const Reply reply = call(
                QByteArray::fromStdString(r.method), QString::fromStdString(r.path), QByteArray::fromStdString(r.body));
            status = reply.status;
            body = reply.body;
        }
        const bool batch = r.path.starts_with("/v1/batch/");
        if (status < 200 || status > 299 || (batch && body.contains("\"FAILED\""))) {
            if (error)
                *error = QStringLiteral("%1 %2 -> %3 %4")
                             .arg(QString::fromStdString(r.method), QString::fromStdString(r.path))
                             .arg(status)
                             .arg(QString::fromUtf8(body.left(1000)));
            return false;
        }
        return true;
    });
}

qint64 EmulatorFixture::objectCount(const QString& collection, const QString& tenant)
{
    const QString args = tenant.isEmpty() ? QString() : QStringLiteral("(tenant:\"%1\")").arg(tenant);
    const QByteArray query = QJsonDocument(
        QJsonObject {{QStringLiteral("query"), QStringLiteral("{Aggregate{%1%2{meta{count}}}}").arg(collection, args)}})
                                 .toJson(QJsonDocument::Compact);
    const Reply reply = post(QStringLiteral("/v1/graphql"), query);
    if (reply.status == 410 || reply.status == 422) // GraphQL switched off: count as Colvault then does
        return grpcObjectCount(collection, tenant);
    const QJsonArray rows = reply.json()
                                .object()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("Aggregate"))
                                .toObject()
                                .value(collection)
                                .toArray();
    const QJsonValue count = rows.isEmpty()
        ? QJsonValue()
        : rows.first().toObject().value(QStringLiteral("meta")).toObject().value(QStringLiteral("count"));
    return count.isDouble() ? qint64(count.toDouble()) : -1; // JSON numbers are doubles; counts fit in 2^53
}

qint64 EmulatorFixture::grpcObjectCount(const QString& collection, const QString& tenant)
{
    const QUrl url = grpcUrl();
    const auto channel = grpc::CreateChannel(
        QStringLiteral("%1:%2").arg(url.host()).arg(url.port()).toStdString(), grpc::InsecureChannelCredentials());
    grpc::ClientContext ctx;
    ctx.set_deadline(std::chrono::system_clock::now() + std::chrono::seconds(30));
    if (!m_bearer.isEmpty())
        ctx.AddMetadata("authorization", "Bearer " + m_bearer.toStdString());
    weaviate::v1::AggregateRequest request;
    request.set_collection(collection.toStdString());
    request.set_tenant(tenant.toStdString());
    request.set_objects_count(true);
    weaviate::v1::AggregateReply reply;
    const grpc::Status status = weaviate::v1::Weaviate::NewStub(channel)->Aggregate(&ctx, request, &reply);
    return status.ok() && reply.single_result().has_objects_count() ? reply.single_result().objects_count() : -1;
}

Reply EmulatorFixture::call(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body,
    const QList<QPair<QByteArray, QByteArray>>& headers, int timeoutMs)
{
    QUrl url = m_baseUrl.resolved(QUrl(pathAndQuery, QUrl::StrictMode));
    if (!url.isValid())
        url = QUrl(m_baseUrl.toString() + pathAndQuery, QUrl::TolerantMode);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_bearer);
    for (const auto& [k, v] : headers)
        request.setRawHeader(k, v);

    QBuffer buffer;
    buffer.setData(body);
    buffer.open(QIODevice::ReadOnly);
    QNetworkReply* reply = m_nam.sendCustomRequest(request, method, body.isEmpty() ? nullptr : &buffer);

    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, reply, &QNetworkReply::abort);
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();

    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    if (out.status == 0)
        out.networkError = reply->errorString();
    reply->deleteLater();
    return out;
}

} // namespace TestSupport
