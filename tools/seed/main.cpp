// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// colvault-seed: writes the deterministic demo collections (tools/seed/DemoSeeder.h) into a Weaviate, the
// emulator or a real server, over its REST API. A developer tool: its output is not translated.
#include "tools/seed/DemoSeeder.h"

#include <QByteArray>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <QUrl>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

enum class Phase
{
    Schema,
    Tenants,
    Objects,
    References,
    Statuses
};

Phase phaseOf(const Seed::SeedRequest& request)
{
    if (request.path == "/v1/batch/objects")
        return Phase::Objects;
    if (request.path == "/v1/batch/references")
        return Phase::References;
    if (request.path.ends_with("/tenants"))
        return request.method == "PUT" ? Phase::Statuses : Phase::Tenants;
    return Phase::Schema;
}

// The class of a beacon "weaviate://localhost/<Class>/<uuid>[/<property>]".
QString beaconClass(const QString& beacon)
{
    const QStringList parts = beacon.split(u'/');
    return parts.size() > 3 ? parts.at(3) : QString();
}

// Sends the requests in generate() order. Phases are barriers: a phase starts only when everything of the previous
// one has answered (tenants need their class, references their objects, statuses their data). Inside the objects
// and references phases up to `concurrency` batches are in flight; batch order does not matter there because every
// object carries its id and references only start after the last object batch.
//
// The tool's main thread has nothing else to do, so waiting means running a local event loop until enough replies
// have come back.
class Sender
{
public:
    Sender(QUrl base, QByteArray apiKey, int concurrency)
        : m_base(std::move(base))
        , m_apiKey(std::move(apiKey))
        , m_concurrency(concurrency)
    {
    }

    bool send(const Seed::SeedRequest& request)
    {
        const Phase phase = phaseOf(request);
        const bool concurrent = phase == Phase::Objects || phase == Phase::References;
        waitUntilInFlightAtMost(phase != m_phase || !concurrent ? 0 : m_concurrency - 1);
        if (m_failed)
            return false;
        m_phase = phase;

        QString base = m_base.toString();
        while (base.endsWith(u'/'))
            base.chop(1);
        QNetworkRequest networkRequest(QUrl(base + QString::fromStdString(request.path)));
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!m_apiKey.isEmpty())
            networkRequest.setRawHeader(QByteArrayLiteral("Authorization"), "Bearer " + m_apiKey);
        // A big batch on a busy server may take a while; a real Weaviate closes the connection after 60 s anyway.
        networkRequest.setTransferTimeout(300000);

        QNetworkReply* reply = m_nam.sendCustomRequest(
            networkRequest, QByteArray::fromStdString(request.method), QByteArray::fromStdString(request.body));
        ++m_inFlight;
        ++m_requests;
        const QString what = QString::fromStdString(request.method + " " + request.path);
        QObject::connect(reply, &QNetworkReply::finished, &m_loop, [this, reply, phase, what] {
            --m_inFlight;
            reply->deleteLater();
            if (!m_failed)
                check(reply, phase, what);
            m_loop.quit();
        });
        return true;
    }

    bool finish()
    {
        waitUntilInFlightAtMost(0);
        return !m_failed;
    }

    int requests() const { return m_requests; }
    qint64 objectsWritten(const QString& className) const { return m_objects.value(className); }
    qint64 referencesWritten(const QString& className) const { return m_references.value(className); }

private:
    void waitUntilInFlightAtMost(int limit)
    {
        while (m_inFlight > std::max(0, limit) && !m_failed)
            m_loop.exec();
        if (m_failed) // let the replies still running end before the process exits
            while (m_inFlight > 0)
                m_loop.exec();
    }

    void fail(const QString& message)
    {
        m_failed = true;
        err() << message << Qt::endl;
    }

    void check(QNetworkReply* reply, Phase phase, const QString& what)
    {
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray body = reply->readAll();
        if (status == 0) {
            fail(u"%1: no HTTP answer: %2"_s.arg(what, reply->errorString()));
            return;
        }
        if (status < 200 || status > 299) {
            fail(u"%1: HTTP %2\n%3"_s.arg(what).arg(status).arg(QString::fromUtf8(body.left(4000))));
            return;
        }
        if (phase != Phase::Objects && phase != Phase::References)
            return;

        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
        if (!document.isArray()) {
            fail(u"%1: HTTP %2 but the answer is not a JSON array (%3)\n%4"_s.arg(what).arg(status).arg(
                parseError.errorString(), QString::fromUtf8(body.left(4000))));
            return;
        }
        QStringList failures;
        int failed = 0;
        for (const QJsonValue& value : document.array()) {
            const QJsonObject item = value.toObject();
            const QJsonObject result = item.value(u"result"_s).toObject();
            if (result.value(u"status"_s).toString() == u"SUCCESS"_s) {
                if (phase == Phase::Objects)
                    ++m_objects[item.value(u"class"_s).toString()];
                else
                    ++m_references[beaconClass(item.value(u"from"_s).toString())];
                continue;
            }
            ++failed;
            if (failures.size() < 5) {
                const QString subject
                    = phase == Phase::Objects ? item.value(u"id"_s).toString() : item.value(u"from"_s).toString();
                const QByteArray errors
                    = QJsonDocument(result.value(u"errors"_s).toObject()).toJson(QJsonDocument::Compact);
                failures << u"  %1: %2 %3"_s.arg(
                    subject, result.value(u"status"_s).toString(), QString::fromUtf8(errors));
            }
        }
        if (failed > 0)
            fail(u"%1: %2 of %3 items failed, the first ones:\n%4"_s.arg(what)
                     .arg(failed)
                     .arg(document.array().size())
                     .arg(failures.join(u'\n')));
    }

    QNetworkAccessManager m_nam;
    QEventLoop m_loop;
    QUrl m_base;
    QByteArray m_apiKey;
    int m_concurrency;
    int m_inFlight = 0;
    int m_requests = 0;
    bool m_failed = false;
    Phase m_phase = Phase::Schema;
    QMap<QString, qint64> m_objects;
    QMap<QString, qint64> m_references;
};

QString describeLine(const Seed::SeedCollectionInfo& info)
{
    QString line = u"%1: %2 objects, %3 references, vectors: %4"_s.arg(QString::fromStdString(info.name))
                       .arg(info.objects)
                       .arg(info.references)
                       .arg(QString::fromStdString(info.vectorKind));
    if (info.multiTenant) {
        QStringList tenants;
        for (const auto& [name, status] : info.tenants)
            tenants << QString::fromStdString(name + " " + status);
        line += u", tenants: "_s + tenants.join(u", "_s);
    }
    return line;
}

bool parseInt(const QCommandLineParser& parser, const QString& name, int minimum, int* value)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const int parsed = parser.value(name).toInt(&ok);
    if (!ok || parsed < minimum) {
        err() << u"--%1 must be an integer >= %2, got '%3'"_s.arg(name).arg(minimum).arg(parser.value(name))
              << Qt::endl;
        return false;
    }
    *value = parsed;
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"colvault-seed"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Writes Colvault's deterministic demo collections (Article, Author, Passage, TenantNote) into a Weaviate.\n"
        "The same options always produce the same requests. Exit code: 0 success, 1 a request failed, 2 bad usage."_s);
    parser.addHelpOption();
    const QString defaultUrl = qEnvironmentVariableIsEmpty("WEAVIATE_URL") ? u"http://localhost:8080"_s
                                                                           : qEnvironmentVariable("WEAVIATE_URL");
    parser.addOptions({
        {u"url"_s, u"Weaviate base URL (default $WEAVIATE_URL or http://localhost:8080)."_s, u"URL"_s, defaultUrl},
        {u"api-key"_s, u"API key sent as a Bearer token (default $WEAVIATE_API_KEY)."_s, u"KEY"_s,
            qEnvironmentVariable("WEAVIATE_API_KEY")},
        {u"objects"_s, u"Objects per collection, per tenant for TenantNote (default 200)."_s, u"N"_s},
        {u"dims"_s, u"Vector dimensions (default 32)."_s, u"D"_s},
        {u"seed"_s, u"Seed of the generator (default 42)."_s, u"S"_s},
        {u"batch-size"_s, u"Objects or references per batch request (default 200)."_s, u"N"_s},
        {u"prefix"_s, u"Prepended to every class name, e.g. T1 gives T1Article."_s, u"P"_s},
        {u"collections"_s, u"Comma-separated subset: Article,Author,Passage,TenantNote (default all)."_s, u"A,B"_s},
        {u"no-frozen"_s, u"Do not create tenantD, which ends FROZEN (needs an offload module on a real server)."_s},
        {u"concurrency"_s, u"Batch requests in flight at once (default 2)."_s, u"N"_s, u"2"_s},
        {u"describe"_s, u"Print what would be written and exit without sending anything."_s},
    });
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        err() << u"unexpected argument: %1"_s.arg(parser.positionalArguments().constFirst()) << Qt::endl;
        return 2;
    }

    Seed::SeedOptions options;
    int concurrency = 2;
    if (!parseInt(parser, u"objects"_s, 0, &options.objects) || !parseInt(parser, u"dims"_s, 1, &options.dims)
        || !parseInt(parser, u"batch-size"_s, 1, &options.batchSize)
        || !parseInt(parser, u"concurrency"_s, 1, &concurrency))
        return 2;
    if (parser.isSet(u"seed"_s)) {
        bool ok = false;
        options.seed = parser.value(u"seed"_s).toULongLong(&ok);
        if (!ok) {
            err() << u"--seed must be an unsigned 64-bit integer"_s << Qt::endl;
            return 2;
        }
    }
    const QString prefix = parser.value(u"prefix"_s);
    static const QRegularExpression prefixPattern(u"^([A-Za-z][_0-9A-Za-z]*)?$"_s);
    if (!prefixPattern.match(prefix).hasMatch()) {
        err() << u"--prefix must start with a letter and contain only letters, digits and _"_s << Qt::endl;
        return 2;
    }
    options.prefix = prefix.toStdString();
    if (parser.isSet(u"collections"_s)) {
        const std::vector<std::string> known = Seed::demoCollectionNames();
        for (const QString& name : parser.value(u"collections"_s).split(u',', Qt::SkipEmptyParts)) {
            const std::string base = name.trimmed().toStdString();
            if (std::find(known.begin(), known.end(), base) == known.end()) {
                err() << u"unknown collection '%1' (known: Article, Author, Passage, TenantNote)"_s.arg(name)
                      << Qt::endl;
                return 2;
            }
            options.collections.push_back(base);
        }
        if (options.collections.empty()) {
            err() << u"--collections names no collection"_s << Qt::endl;
            return 2;
        }
    }
    options.frozenTenant = !parser.isSet(u"no-frozen"_s);

    const std::vector<Seed::SeedCollectionInfo> infos = Seed::describe(options);
    if (parser.isSet(u"describe"_s)) {
        out() << u"seed %1, %2 dims, batches of %3"_s.arg(options.seed).arg(options.dims).arg(options.batchSize)
              << Qt::endl;
        for (const Seed::SeedCollectionInfo& info : infos)
            out() << describeLine(info) << Qt::endl;
        return 0;
    }

    const QUrl url(parser.value(u"url"_s), QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_s && url.scheme() != u"https"_s) || url.host().isEmpty()) {
        err() << u"--url must be an http(s) URL, got '%1'"_s.arg(parser.value(u"url"_s)) << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    Sender sender(url, parser.value(u"api-key"_s).toUtf8(), concurrency);
    const bool sent = Seed::generate(options, [&sender](const Seed::SeedRequest& r) { return sender.send(r); });
    if (!sender.finish() || !sent)
        return 1;

    // The answers must account for every object and reference the seed describes: a server that answers 200 but
    // drops items would otherwise pass unnoticed.
    bool complete = true;
    for (const Seed::SeedCollectionInfo& info : infos) {
        const QString name = QString::fromStdString(info.name);
        const qint64 objects = sender.objectsWritten(name);
        const qint64 references = sender.referencesWritten(name);
        if (objects != info.objects || references != info.references) {
            err() << u"%1: the server confirmed %2 of %3 objects and %4 of %5 references"_s.arg(name)
                         .arg(objects)
                         .arg(info.objects)
                         .arg(references)
                         .arg(info.references)
                  << Qt::endl;
            complete = false;
        }
        out() << describeLine(info) << Qt::endl;
    }
    out() << u"%1 requests to %2 in %3 s"_s.arg(sender.requests())
                 .arg(url.toString())
                 .arg(static_cast<double>(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    return complete ? 0 : 1;
}
