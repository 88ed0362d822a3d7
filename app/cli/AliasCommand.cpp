// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/AliasCommand.h"

#include "app/cli/CliContext.h"
#include "core/AliasClient.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

int failed(CliContext& context, const OpError& error)
{
    context.printError(error);
    return CliContext::exitCodeOf(error);
}

int list(CliContext& context, AliasClient& aliases, bool json, const QString& endpoint)
{
    QList<CollectionAlias> all;
    if (const OpError e = aliases.list(&all))
        return failed(context, e);
    if (json) {
        QJsonArray list;
        for (const CollectionAlias& a : all)
            list.append(QJsonObject {{u"alias"_s, a.alias}, {u"collection"_s, a.collection}});
        context.out << QJsonDocument(QJsonObject {{u"server"_s, endpoint}, {u"aliases"_s, list}})
                           .toJson(QJsonDocument::Indented);
        context.out.flush();
        return ExitOk;
    }
    if (all.isEmpty())
        context.out << AliasCommand::tr("The server has no aliases.") << Qt::endl;
    for (const CollectionAlias& a : all)
        //: %1 alias name, %2 the collection it points at
        context.out << AliasCommand::tr("%1 -> %2").arg(a.alias, a.collection) << Qt::endl;
    return ExitOk;
}

// Points NAME at COLLECTION: moved when it exists, created when not.
int set(
    CliContext& context, WeaviateClient& client, AliasClient& aliases, const QString& name, const QString& collection)
{
    // Weaviate's own answer to a missing target is a bare 422: say which collection is missing.
    OpError missing;
    client.schemaClass(AliasClient::canonicalName(collection), &missing);
    if (missing.code == OpError::Code::NotFound)
        missing.message = AliasCommand::tr("The server has no collection \"%1\".").arg(collection);
    if (missing)
        return failed(context, missing);
    std::optional<CollectionAlias> held;
    if (const OpError e = aliases.get(name, &held))
        return failed(context, e);
    const QString target = AliasClient::canonicalName(collection);
    if (held && held->collection == target) {
        context.out << AliasCommand::tr("Alias %1 points at %2 already.").arg(held->alias, target) << Qt::endl;
        return ExitOk;
    }
    if (const OpError e = held ? aliases.update(name, collection) : aliases.create(name, collection))
        return failed(context, e);
    if (held)
        //: %1 alias, %2 the collection it points at now, %3 the one before
        context.out << AliasCommand::tr("Alias %1 now points at %2 (it pointed at %3).")
                           .arg(held->alias, target, held->collection)
                    << Qt::endl;
    else
        context.out
            << AliasCommand::tr("Alias %1 created, pointing at %2.").arg(AliasClient::canonicalName(name), target)
            << Qt::endl;
    return ExitOk;
}

int remove(CliContext& context, AliasClient& aliases, const QString& name)
{
    if (const OpError e = aliases.remove(name))
        return failed(context, e);
    context.out
        << AliasCommand::tr("Alias %1 deleted; its collection is unchanged.").arg(AliasClient::canonicalName(name))
        << Qt::endl;
    return ExitOk;
}

// The action and its arguments: "list", "set NAME COLLECTION", "delete NAME". False after a usage error.
bool checkArguments(CliContext& context, const QStringList& args)
{
    const QString action = args.value(0);
    const qsizetype wanted = action == u"list"_s ? 1 : action == u"set"_s ? 3 : action == u"delete"_s ? 2 : -1;
    if (wanted < 0) {
        context.err << AliasCommand::tr("Usage: colvault-cli alias list | set NAME COLLECTION | delete NAME.")
                    << Qt::endl;
        return false;
    }
    if (args.size() != wanted) {
        context.err << (action == u"list"_s ? AliasCommand::tr("\"alias list\" takes no arguments.")
                : action == u"set"_s        ? AliasCommand::tr("Usage: colvault-cli alias set NAME COLLECTION.")
                                            : AliasCommand::tr("Usage: colvault-cli alias delete NAME."))
                    << Qt::endl;
        return false;
    }
    return true;
}

} // namespace

int AliasCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List, set and delete collection aliases (Weaviate 1.32 or later)."));
    parser.addPositionalArgument(u"action"_s, tr("list, set NAME COLLECTION, or delete NAME."), u"ACTION"_s);
    const QCommandLineOption json(u"json"_s, tr("Print one machine-readable JSON report on standard output."));
    parser.addOption(json);
    WeaviateEndpoint endpoint;
    int exitCode = ExitOk;
    if (!context.parse(parser, arguments, &endpoint, &exitCode))
        return exitCode;
    const QStringList args = parser.positionalArguments();
    if (!checkArguments(context, args))
        return ExitUsage;
    WeaviateClient client(endpoint);
    OpError error;
    const ServerInfo info = client.serverInfo(&error);
    if (error)
        return failed(context, error);
    AliasClient aliases(client, info);
    if (args[0] == u"list"_s)
        return list(context, aliases, parser.isSet(json), endpoint.redactedUrl());
    if (args[0] == u"set"_s)
        return set(context, client, aliases, args[1], args[2]);
    return remove(context, aliases, args[1]);
}

} // namespace Colvault::Cli
