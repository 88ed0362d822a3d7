// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OpError.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace Colvault {

// One vector of an object: the legacy vector (name ""), a named vector (rows == 0), or a multi-vector of `rows`
// token vectors of `dims` each. Values are float32, parsed from the server's text so that they round-trip exactly.
struct PageVector
{
    std::string name;
    uint32_t rows = 0;
    uint32_t dims = 0;
    std::vector<float> values; // rows * dims (or dims) values, row-major
};

// One object of a cursor page, as it goes into an archive: properties stay the server's JSON text, verbatim.
struct PageObject
{
    std::string id; // canonical lowercase UUID
    int64_t creationTimeUnix = 0;
    int64_t lastUpdateTimeUnix = 0;
    std::string properties; // raw JSON object text, "{}" when the server sent none
    std::vector<PageVector> vectors; // legacy first, then named in the server's order
};

// Parses a GET /v1/objects page with simdjson (QJsonDocument is ~5x slower on vector-heavy pages). Any thread; one
// parser per worker. Records are reused between pages so a long backup does not reallocate per object.
// It validates what a backup relies on: ids are canonical UUIDs in strictly ascending order after `after`, vectors
// are arrays of numbers, multi-vector rows have equal length.
//
// Usage: ObjectPageParser p; if (!p.parse(body, lastId, &err)) ...; for (i < p.count()) use p.object(i);
class ObjectPageParser
{
    Q_DECLARE_TR_FUNCTIONS(ObjectPageParser)

public:
    ObjectPageParser();
    ~ObjectPageParser();

    // `body` gets padding reserved for simdjson (may reallocate it). `after` is the cursor the page was read with.
    // `vectorsApart`: the page was read without its vectors, which another source sets on every record afterwards
    // (GrpcVectorPages::addVectors); the records keep the vectors they held, so that their buffers are reused
    // instead of freed and allocated (and page-faulted in) again on every page.
    bool parse(QByteArray& body, const std::string& after, OpError* error, bool vectorsApart = false);

    size_t count() const { return m_count; }
    const PageObject& object(size_t i) const { return m_objects[i]; }
    std::span<PageObject> objects() { return std::span<PageObject>(m_objects.data(), m_count); }
    const std::string& lastId() const { return m_objects[m_count - 1].id; }
    size_t bodyBytes() const { return m_bodyBytes; }

    // Hands the parsed page over: `records` then holds its count() objects at the front, and the parser keeps what
    // `records` held, to reuse for the next page (count() is 0 afterwards). Lets one thread write a page while
    // another parses the next (BackupPageReader) without copying objects or keeping a simdjson parser per page.
    void exchangeObjects(std::vector<PageObject>& records);

    static bool isCanonicalUuid(std::string_view id);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    std::vector<PageObject> m_objects;
    size_t m_count = 0;
    size_t m_bodyBytes = 0;
};

} // namespace Colvault
