// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// fuzz_archive: a whole archive as bytes (any compression the reader accepts) through everything that reads an
// untrusted archive: the inspector (head only), the verifier (every entry, checksum and count) and the restore's
// object reader (every object and vector record). None may crash, leak, hang or allocate beyond its caps.
#include "core/ArchiveInspector.h"
#include "core/ArchiveObjectReader.h"
#include "core/ArchiveVerifier.h"
#include "fuzz/FuzzSupport.h"

#include <QSet>

using namespace Colvault;

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    static FuzzSupport::MemoryFile file;
    const QString& path = file.write(data, size);

    ArchiveInspection inspection;
    (void)ArchiveInspector::inspect(path, &inspection);

    ArchiveVerification verification;
    (void)ArchiveVerifier::verify(path, &verification);

    ArchiveObjectReader reader;
    if (reader.open(path))
        return 0;
    bool hasShard = false;
    while (!reader.nextShard(&hasShard) && hasShard) {
        // Split a property off as a reference on every other shard, so both property paths are exercised.
        if (reader.collection().size() % 2)
            reader.setReferenceProperties({QStringLiteral("ref"), QStringLiteral("writtenBy")});
        const ArchiveObject* object = nullptr;
        while (!reader.next(&object) && object) { }
    }
    return 0;
}
