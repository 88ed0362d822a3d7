// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// colvault-bench-upload URL [--size BYTES] [--count N] [--in-flight K]: sends N POSTs of BYTES each to URL through
// WeaviateClient (the product's transport), K in flight, and prints one JSON line: per-request round trip
// (median, p90, max, in ms), the rate in MB/s and the connections opened. Point it at a server that reads the body
// and answers at once (bench/transport/run.sh starts one), so that the time measured is the transport's own.
#include "core/WeaviateClient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cstdio>

using namespace Colvault;
using namespace Qt::StringLiterals;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument(u"url"_s, u"server URL"_s);
    const QCommandLineOption size(u"size"_s, u"body bytes"_s, u"BYTES"_s, u"2000000"_s);
    const QCommandLineOption count(u"count"_s, u"requests"_s, u"N"_s, u"100"_s);
    const QCommandLineOption inFlight(u"in-flight"_s, u"requests in flight"_s, u"K"_s, u"1"_s);
    parser.addOptions({size, count, inFlight});
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    WeaviateEndpoint e;
    e.url = QUrl(parser.positionalArguments().first());
    e.maxRetries = 0;
    e.proxy.mode = ProxySettings::Mode::None;
    WeaviateClient client(e);
    const QByteArray body(parser.value(size).toLongLong(), 'x');
    const int n = parser.value(count).toInt();
    const int k = std::max(1, parser.value(inFlight).toInt());

    QList<double> ms;
    QElapsedTimer total;
    total.start();
    for (int done = 0; done < n; done += k) {
        QList<WeaviateClient::PendingRequest> pending;
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < k && done + i < n; ++i)
            pending.append(client.startSend("POST", u"/upload"_s, body));
        for (auto& p : pending) {
            const HttpResult r = client.finish(p);
            if (!r.ok()) {
                std::fprintf(stderr, "request failed: %s\n", qPrintable(r.error.details));
                return 1;
            }
        }
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    const double seconds = double(total.nsecsElapsed()) / 1e9;
    std::sort(ms.begin(), ms.end());
    const QJsonObject out {{u"bytes"_s, body.size()}, {u"requests"_s, n}, {u"inFlight"_s, k},
        {u"medianMs"_s, ms[ms.size() / 2]}, {u"p90Ms"_s, ms[ms.size() * 9 / 10]}, {u"maxMs"_s, ms.last()},
        {u"mbPerSecond"_s, double(body.size()) * n / 1e6 / seconds},
        {u"connectionsOpened"_s, client.connectionsOpened()}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    return 0;
}
