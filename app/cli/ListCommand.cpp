// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/ListCommand.h"

#include "app/cli/CliContext.h"
#include "core/CollectionSummary.h"
#include "core/WeaviateClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

QString kindName(VectorInfo::Kind kind)
{
    switch (kind) {
    case VectorInfo::Kind::Legacy:
        return u"legacy"_s;
    case VectorInfo::Kind::Named:
        return u"named"_s;
    case VectorInfo::Kind::Multi:
        return u"multi"_s;
    }
    return {};
}

QJsonObject toJson(const CollectionSummary& s)
{
    QJsonArray tenants;
    for (const TenantInfo& t : s.tenants) {
        QJsonObject o {{u"name"_s, t.name}, {u"activityStatus"_s, t.status}};
        if (t.objects >= 0)
            o.insert(u"objects"_s, t.objects);
        tenants.append(o);
    }
    QJsonArray vectors;
    for (const VectorInfo& v : s.vectors) {
        QJsonObject o {{u"name"_s, v.name}, {u"kind"_s, kindName(v.kind)}, {u"vectorizer"_s, v.vectorizer},
            {u"indexType"_s, v.indexType}};
        if (v.dimensions >= 0)
            o.insert(u"dimensions"_s, v.dimensions);
        vectors.append(o);
    }
    QJsonObject o {{u"name"_s, s.name}, {u"multiTenant"_s, s.multiTenant}, {u"objects"_s, s.objects},
        {u"objectsComplete"_s, s.objectsComplete}, {u"vectors"_s, vectors}};
    if (s.multiTenant)
        o.insert(u"tenants"_s, tenants);
    return o;
}

QString describeVectors(const CollectionSummary& s)
{
    QStringList parts;
    for (const VectorInfo& v : s.vectors) {
        const QString dims = v.dimensions >= 0 ? QLocale().toString(v.dimensions) : u"?"_s;
        switch (v.kind) {
        case VectorInfo::Kind::Legacy:
            //: A collection's single class-level vector; %1 is its dimension count
            parts << ListCommand::tr("legacy, %1 dimensions").arg(dims);
            break;
        case VectorInfo::Kind::Named:
            //: %1 is a named vector's name, %2 its dimension count
            parts << ListCommand::tr("%1: %2 dimensions").arg(v.name, dims);
            break;
        case VectorInfo::Kind::Multi:
            //: %1 is a multi-vector's name, %2 the dimension count of each token vector
            parts << ListCommand::tr("%1: multi-vector, %2 dimensions").arg(v.name, dims);
            break;
        }
    }
    return parts.join(u"; "_s);
}

QString describeTenants(const CollectionSummary& s)
{
    if (!s.multiTenant)
        return u"–"_s;
    int inactive = 0;
    for (const TenantInfo& t : s.tenants)
        inactive += t.isActive() ? 0 : 1;
    if (inactive == 0)
        return ListCommand::tr("%Ln tenant(s)", nullptr, int(s.tenants.size()));
    //: %Ln is the number of tenants, %1 how many of them are inactive
    return ListCommand::tr("%Ln tenant(s), inactive: %1", nullptr, int(s.tenants.size()))
        .arg(QLocale().toString(inactive));
}

} // namespace

int ListCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List collections with object counts, tenants and vector configuration."));
    const QCommandLineOption json(u"json"_s, tr("Print one machine-readable JSON report on standard output."));
    parser.addOption(json);
    WeaviateEndpoint endpoint;
    int exitCode = ExitOk;
    if (!context.parse(parser, arguments, &endpoint, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        context.err << tr("\"list\" takes no arguments.") << Qt::endl;
        return ExitUsage;
    }

    WeaviateClient client(endpoint);
    OpError error;
    const ServerInfo info = client.serverInfo(&error);
    if (error) {
        context.printError(error);
        return ExitFailed;
    }
    const QJsonArray classes = client.schemaClasses(&error);
    if (error) {
        context.printError(error);
        return ExitFailed;
    }
    QList<CollectionSummary> summaries;
    if (!CollectionSummary::loadAll(client, classes, &summaries, &error)) {
        context.printError(error);
        return ExitFailed;
    }

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const CollectionSummary& s : summaries)
            list.append(toJson(s));
        const QJsonObject report {
            {u"server"_s,
                QJsonObject {{u"url"_s, endpoint.redactedUrl()}, {u"version"_s, info.versionString},
                    {u"modules"_s, QJsonArray::fromStringList(info.modules)}}},
            {u"collections"_s, list}};
        context.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        context.out.flush();
        return ExitOk;
    }

    QLocale locale;
    context.out << tr("Weaviate %1 at %2").arg(info.versionString, endpoint.redactedUrl()) << Qt::endl;
    if (summaries.isEmpty()) {
        context.out << tr("The server has no collections.") << Qt::endl;
        return ExitOk;
    }
    const QStringList header {tr("Collection"), tr("Objects"), tr("Tenants"), tr("Vectors")};
    QList<QStringList> rows {header};
    for (const CollectionSummary& s : summaries) {
        QString objects = s.objects >= 0 ? locale.toString(s.objects) : u"?"_s;
        if (!s.objectsComplete)
            //: An object count that leaves out inactive tenants
            objects = tr("%1 (active tenants)").arg(objects);
        rows.append({s.name, objects, describeTenants(s), describeVectors(s)});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows)
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += (i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i]);
        context.out << line.trimmed() << Qt::endl;
    }
    return ExitOk;
}

} // namespace Colvault::Cli
