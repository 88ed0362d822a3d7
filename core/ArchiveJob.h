// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveInspector.h"
#include "core/ArchiveVerifier.h"
#include "core/JobRunner.h"

#include <QObject>

namespace Colvault {

// Reads an archive for the GUI without blocking it: inspect() (the head: manifest, classes, tenants) and verify()
// (the whole file, ArchiveVerifier) run on a worker thread; results arrive as signals on the owner's thread.
// One operation at a time; cancel() stops a verify between entries and `canceled` follows (no `failed`).
// Usage: connect inspected/verified/failed/canceled/progressChanged; inspect(path) or verify(path).
// progressChanged reports compressed bytes read in objectsDone/objectsTotal (verify only).
// An encrypted archive is read with `keys`; when they are missing or do not open it, inspect() emits keyRequired
// (with the archive's kind: passphrase or identities, and the reader's sentence) instead of failed, so the GUI can
// ask for a key and try again. Nothing is ever written.
class ArchiveJob : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveJob(QObject* parent = nullptr);
    ~ArchiveJob() override;

    void inspect(const QString& path, const AgeDecryptionKeys& keys = {});
    void verify(const QString& path, const AgeDecryptionKeys& keys = {});
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const Colvault::OperationProgress& progress);
    void inspected(const QString& path, const Colvault::ArchiveInspection& inspection);
    void verified(const QString& path, const Colvault::ArchiveVerification& verification);
    void failed(const Colvault::OpError& error);
    // The archive at `path` is encrypted (`kind`) and the keys given do not open it: none given, the wrong kind
    // (Usage) or a wrong key (Auth). `error` says which in one sentence.
    void keyRequired(const QString& path, Colvault::ArchiveReader::Encryption kind, const Colvault::OpError& error);
    void canceled();

private:
    JobRunner m_runner;
};

} // namespace Colvault
