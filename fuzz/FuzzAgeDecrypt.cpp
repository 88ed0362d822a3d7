// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// fuzz_age_decrypt: bytes as an age file, through the decryptor alone and through ArchiveReader, with a fixed
// identity and a passphrase that open the seeds (fuzz/corpus/fuzz_age_decrypt/: files encrypted to them, made by
// Colvault and by age). Neither may crash, leak or hang, and the decryptor may never release more plaintext than
// the input could hold. The scrypt work factor is capped low so that one input stays fast.
#include "core/AgeEncryption.h"
#include "core/ArchiveReader.h"
#include "fuzz/FuzzSupport.h"

#include <QBuffer>
#include <cstdlib>

using namespace Colvault;

namespace {

// Also in tests/core/TestAgeEncryption.cpp (a key age-keygen made).
constexpr QByteArrayView identityText = "AGE-SECRET-KEY-1TVZ4WFF5K77UVS6VCJWWLC90P2ZN72ND5CE06QGQSFAM5AKEX7XS5YJ7DR";

const AgeDecryptionKeys& keys()
{
    static const AgeDecryptionKeys k = [] {
        AgeDecryptionKeys made;
        made.identities = {AgeIdentity::parse(identityText).value()};
        made.passphrase = "fuzz";
        made.maxScryptWorkFactor = 4;
        return made;
    }();
    return k;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    FuzzSupport::silenceLogging();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char*>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    AgeDecryptor decryptor(&buffer);
    if (!decryptor.open(keys())) {
        char piece[4096];
        qint64 released = 0;
        qint64 n = 0;
        while ((n = decryptor.read(piece, sizeof piece)) > 0)
            released += n;
        if (released > qint64(size))
            std::abort(); // plaintext from nowhere
    }

    static FuzzSupport::MemoryFile file;
    const QString& path = file.write(data, size);
    ArchiveReader reader;
    if (reader.open(path, ArchiveReader::Limits(), keys()))
        return 0;
    bool hasEntry = false;
    while (!reader.next(&hasEntry) && hasEntry) {
        if (reader.skip())
            break;
    }
    return 0;
}
