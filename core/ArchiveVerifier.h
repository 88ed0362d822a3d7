// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/AgeEncryption.h"
#include "core/ArchiveManifest.h"
#include "core/ArchiveTrailer.h"
#include "core/OpError.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <functional>

namespace Colvault {

// The outcome of a full verification. Counts are what the data holds (not what the trailer claims).
struct ArchiveVerification
{
    struct Problem
    {
        QString entry; // the entry concerned, empty for the archive as a whole
        QString message; // translated, one sentence
        QString details; // untranslated
    };

    ArchiveManifest manifest;
    QList<ArchiveTrailer::Counts> counts;
    QList<Problem> problems;
    bool hasTrailer = false; // a valid, complete trailer is the last entry; false = incomplete archive
    bool canceled = false;
    qint64 entries = 0;
    qint64 uncompressedBytes = 0;

    bool ok() const { return hasTrailer && !canceled && problems.isEmpty(); }
};

// Reads a whole archive and checks everything the format promises: manifest first and valid; each collection's
// class.json (and tenants.json) in the head; every segment pair in sequence, each .jsonl line a JSON object with
// a lowercase UUID "id" (ascending within a collection or tenant), integer timestamps and an object "properties",
// each .vec record matching its line's id, vector dimensions consistent per collection and vector name; the
// trailer last, complete, listing exactly the entries read with matching size and SHA-256, and counts matching the
// data. Lines are parsed with simdjson. Format problems are collected (up to Options::maxProblems); a damaged
// stream stops reading. The returned OpError is only for a file that cannot be opened or read (Io; for an object in
// S3 also NotFound, Network, Http and Auth: missing, unreachable, refused), and for an
// encrypted archive that Options::keys do not open (Usage: no key or the wrong kind; Auth: a wrong key): that is not
// a problem of the archive. A damaged or tampered encrypted stream is a problem like any damaged stream.
// Memory: one segment at a time plus one entry record per archive entry.
// Thread: stateless, any thread; cancel through Options::progress.
// Usage: ArchiveVerification result; if (OpError e = ArchiveVerifier::verify(path, &result)) ...; result.ok()
class ArchiveVerifier
{
    Q_DECLARE_TR_FUNCTIONS(ArchiveVerifier)

public:
    struct Options
    {
        qint64 maxSegmentBytes = 256 * 1024 * 1024;
        int maxProblems = 100;
        // Called after each entry with compressed bytes read and the file size; return false to cancel.
        std::function<bool(qint64 done, qint64 total)> progress;
        AgeDecryptionKeys keys; // for an encrypted archive
    };

    static OpError verify(const QString& path, ArchiveVerification* out, const Options& options);
    static OpError verify(const QString& path, ArchiveVerification* out) { return verify(path, out, Options()); }
};

} // namespace Colvault
