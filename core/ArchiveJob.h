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
class ArchiveJob : public QObject
{
    Q_OBJECT

public:
    explicit ArchiveJob(QObject* parent = nullptr);
    ~ArchiveJob() override;

    void inspect(const QString& path);
    void verify(const QString& path);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void progressChanged(const Colvault::OperationProgress& progress);
    void inspected(const QString& path, const Colvault::ArchiveInspection& inspection);
    void verified(const QString& path, const Colvault::ArchiveVerification& verification);
    void failed(const Colvault::OpError& error);
    void canceled();

private:
    JobRunner m_runner;
};

} // namespace Colvault
