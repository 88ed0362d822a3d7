// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// fuzz_object_page: a GET /v1/objects page (what the server answers a backup's cursor) through ObjectPageParser,
// then every parsed vector through the .vec encoder and decoder, as a backup would. An input whose first line is
// 36 bytes uses it as the cursor ("after") the page was read with.
#include "core/ObjectPageParser.h"
#include "core/VectorCodec.h"
#include "fuzz/FuzzSupport.h"

#include <QUuid>
#include <cstdlib>
#include <string>

using namespace Colvault;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static ObjectPageParser parser; // reused like a backup reuses it, so stale records from earlier pages matter
    const char* bytes = reinterpret_cast<const char*>(data);
    std::string after;
    if (size > 36 && bytes[36] == '\n') {
        after.assign(bytes, 36);
        bytes += 37;
        size -= 37;
    }
    QByteArray body(bytes, qsizetype(size)); // a copy: parse() may reserve padding in it
    OpError error;
    if (!parser.parse(body, after, &error))
        return 0;
    if (parser.count() == 0)
        return 0;
    (void)parser.lastId();
    for (size_t i = 0; i < parser.count(); ++i) {
        const PageObject& object = parser.object(i);
        if (!ObjectPageParser::isCanonicalUuid(object.id))
            std::abort(); // the parser promised canonical ids
        VectorRecord record;
        record.id = QUuid::fromString(QLatin1StringView(object.id.data(), qsizetype(object.id.size())));
        for (const PageVector& v : object.vectors) {
            ObjectVector ov;
            ov.name = QString::fromStdString(v.name);
            ov.rows = v.rows;
            ov.dims = v.dims;
            ov.values = QList<float>(v.values.begin(), v.values.end());
            record.vectors.append(ov);
        }
        QByteArray encoded = VectorCodec::header();
        if (VectorCodec::appendRecord(&encoded, record).isError())
            continue; // a shape the archive cannot hold: the backup reports it
        VectorCodec codec(encoded);
        VectorRecord decoded;
        if (codec.readHeader().isError() || codec.readRecord(&decoded).isError()
            || decoded.vectors.size() != record.vectors.size())
            std::abort();
    }
    return 0;
}
