// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ObjectSource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace Colvault {

// Turns a source object into the weaviate.v1.BatchObject that gRPC BatchObjects writes, with nothing lost
// (docs/grpc.md, notes 17.2 and 17.3): the properties' JSON text typed by the target class's schema (scalars in the
// Struct, typed arrays, nested objects, empty arrays by name, nulls dropped, properties the schema does not know by
// their JSON type for auto-schema), the vectors as their little-endian float32 bytes, the archive's own layout. A
// value that contradicts its schema type (5.5 for an int, a number for a text) is an error naming the property, never
// a silent change: the REST batch would have refused the object for it too.
// The message is written as protobuf's wire bytes, straight from the JSON and the floats, with no message object in
// between (building those and serializing them took a third of a restore's CPU): the canonical bytes protobuf's own
// serializer gives, up to the order of a Struct's map entries (the JSON's order here, unspecified there).
// Thread: one encoder per thread (it keeps a JSON parser and buffers across objects); Schema is immutable and may be
// shared.
// Usage: auto schema = GrpcObjectEncoder::Schema::fromClass(classJson); GrpcObjectEncoder enc; std::string request;
//        if (!enc.encode(object, schema, "Article", "", &request, &error, BatchObjectsRequest::kObjectsFieldNumber)) …
class GrpcObjectEncoder
{
public:
    // The property types of one class (or of an object property's nested properties), from its schema JSON.
    class Schema
    {
    public:
        enum class Kind
        {
            Other, // a reference, or a type this encoder does not know: sent by its JSON type
            Text, // text, string, uuid, date, blob, blobHash: strings as they are
            Int,
            Number,
            Boolean,
            Geo,
            Phone,
            Object,
        };
        struct Property;

        Schema();
        ~Schema();
        Schema(const Schema&);
        Schema& operator=(const Schema&);
        Schema(Schema&&) noexcept;
        Schema& operator=(Schema&&) noexcept;

        // A class as GET /v1/schema/{class} returns it; its "properties", each with "dataType" and, for object and
        // object[], "nestedProperties".
        static Schema fromClass(const QJsonObject& classJson);
        static Schema fromProperties(const QJsonArray& properties);
        // nullptr for a property the schema does not have.
        const Property* find(std::string_view name) const;

    private:
        std::vector<Property> m_properties; // sorted by name
    };

    GrpcObjectEncoder();
    ~GrpcObjectEncoder();
    GrpcObjectEncoder(const GrpcObjectEncoder&) = delete;
    GrpcObjectEncoder& operator=(const GrpcObjectEncoder&) = delete;

    // Appends to *out the object of `className` in `tenant` ("" without multi-tenancy) as a serialized
    // BatchObject: the message alone, or with `asField` as that length-delimited field of an enclosing message (its
    // tag and length first; BatchObjectsRequest's objects are field 1). False with *error (untranslated, like a
    // server's per-object message), and *out as it was, when a value contradicts the schema or cannot travel.
    bool encode(const SourceObject& object, const Schema& schema, std::string_view className, std::string_view tenant,
        std::string* out, std::string* error, int asField = 0);

private:
    struct Parser;
    std::unique_ptr<Parser> d;
};

struct GrpcObjectEncoder::Schema::Property
{
    std::string name;
    std::string dataType; // as the schema spells it, for messages
    Kind kind = Kind::Other;
    bool array = false;
    Schema nested; // Object: its nested properties
};

} // namespace Colvault
