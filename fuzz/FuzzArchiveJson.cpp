// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// fuzz_archive_json: one JSON text through the parsers of the archive's JSON entries: manifest.json, trailer.json,
// tenants.json and the class.json check. Each must either accept it or return a Format error; whatever it accepts
// must serialise again and parse back to the same value (the writer and the reader agree).
#include "core/ArchiveInspector.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveTenants.h"
#include "core/ArchiveTrailer.h"
#include "fuzz/FuzzSupport.h"

#include <cstdlib>

using namespace Colvault;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray json = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    ArchiveManifest manifest;
    if (!ArchiveManifest::fromJson(json, &manifest).isError()) {
        ArchiveManifest again;
        if (ArchiveManifest::fromJson(manifest.toJson(), &again).isError() || again.collections != manifest.collections)
            std::abort();
    }

    ArchiveTrailer trailer;
    if (!ArchiveTrailer::fromJson(json, &trailer).isError()) {
        ArchiveTrailer again;
        if (ArchiveTrailer::fromJson(trailer.toJson(), &again).isError() || again.entries != trailer.entries
            || again.counts != trailer.counts)
            std::abort();
    }

    QList<ArchiveTenant> tenants;
    (void)ArchiveTenants::fromJson(QStringLiteral("collections/Fuzz/tenants.json"), json, &tenants);
    (void)ArchiveInspector::checkClassJson(QStringLiteral("Fuzz"), size % 2 == 0, json);
    return 0;
}
