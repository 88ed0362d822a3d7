// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"
#include "core/JobRunner.h"

#include <QObject>

namespace Colvault {

// Runs backups for the GUI: plan (the dry run) and apply on a worker thread, results as signals on the thread
// that owns the manager. One operation at a time.
//
// Usage: connect planReady/finished/failed/canceled/progressChanged; startPlan(params); on planReady show it and
// call start(plan); cancel() any time: `canceled` follows once the worker has cleaned up (no `failed`).
class BackupManager : public QObject
{
    Q_OBJECT

public:
    explicit BackupManager(QObject* parent = nullptr);
    ~BackupManager() override;

    void startPlan(const BackupParams& params);
    void start(const BackupPlan& plan);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void progressChanged(const Colvault::OperationProgress& progress);
    void planReady(const Colvault::BackupPlan& plan);
    void finished(const Colvault::BackupReport& report);
    void failed(const Colvault::OpError& error);
    void canceled();

private:
    JobRunner m_runner;
};

} // namespace Colvault
