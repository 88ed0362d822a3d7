// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/WeaviateClient.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace Colvault {

// One collection alias (Weaviate 1.32+): another name under which the server finds a collection.
struct CollectionAlias
{
    QString alias;
    QString collection; // the real class the alias points at

    friend bool operator==(const CollectionAlias&, const CollectionAlias&) = default;
};

// What a source (an archive, or the source server of a copy) says about the aliases of its collections.
// "Not recorded" and "unsupported" differ from "none": an old archive or an old server cannot say whether there were
// aliases, so nothing is claimed about them.
struct AliasRecord
{
    enum class State
    {
        NotRecorded, // an archive written before aliases were recorded (format minor version < 2)
        Unsupported, // the source server is older than 1.32: it has no aliases to record
        Recorded, // `aliases` is complete (it may be empty)
    };
    State state = State::NotRecorded;
    QList<CollectionAlias> aliases; // sorted by alias name

    // The archive manifest's options.aliases (docs/archive-format.md): {"supported": bool, "list": [{alias, class}]}.
    QJsonObject toJson() const;
    // False when `json` is not that shape (*problem says why, untranslated).
    static bool fromJson(const QJsonObject& json, AliasRecord* out, QString* problem);
    // Those pointing at one of `collections`.
    AliasRecord pointingAt(const QStringList& collections) const;
};

// Typed calls for collection aliases (/v1/aliases, Weaviate 1.32+) on a WeaviateClient, with Weaviate's quirks
// handled once (docs/weaviate-notes section 15): a missing alias is a 404 with an empty body; "already exists" comes
// as a 422, or as a 500 from 1.38 on (and through a follower); names are first-letter upper-cased by the server.
// A server older than 1.32 (by `server`, as GET /v1/meta said) gets no request: every call fails with
// unsupportedError(), so a caller can never mistake "unsupported" for "no aliases".
// Thread: the client's. Usage: AliasClient aliases(client, info); QList<CollectionAlias> list;
//        if (OpError e = aliases.list(&list)) …
class AliasClient
{
    Q_DECLARE_TR_FUNCTIONS(AliasClient)

public:
    AliasClient(WeaviateClient& client, ServerInfo server);

    static bool isSupported(const ServerInfo& server);
    static OpError unsupportedError(const ServerInfo& server);
    // Weaviate's spelling of an alias or class name: the first letter upper-cased.
    static QString canonicalName(QString name);

    // Every alias, or those pointing at `collection` (when given), sorted by alias name.
    OpError list(QList<CollectionAlias>* out, const QString& collection = {});
    // *out is empty when the server has no such alias (not an error).
    OpError get(const QString& alias, std::optional<CollectionAlias>* out);
    // Creates alias -> collection. *exists (when given) is set, without error, when the server already has an alias
    // of that name (wherever it points); an alias named like an existing class is an error (Conflict).
    OpError create(const QString& alias, const QString& collection, bool* exists = nullptr);
    // Points an existing alias at `collection` in one request (NotFound when there is no such alias).
    OpError update(const QString& alias, const QString& collection);
    // Deletes an alias (NotFound when there is none); the collection stays.
    OpError remove(const QString& alias);

    // Record of the aliases that point at `collections` (all when empty): Unsupported on a server < 1.32.
    OpError record(const QStringList& collections, AliasRecord* out);

private:
    OpError check() const;
    OpError failure(const HttpResult& r, const QString& what, const QString& alias) const;
    static bool alreadyExists(const HttpResult& r);

    WeaviateClient& m_client;
    ServerInfo m_server;
};

} // namespace Colvault
