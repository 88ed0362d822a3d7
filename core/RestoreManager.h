// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/JobRunner.h"
#include "core/RestorePlan.h"

#include <QObject>

namespace Colvault {

// Runs restores for the GUI: plan (the dry run) and apply on a worker thread, results as signals on the thread
// that owns the manager. One operation at a time.
//
// Usage: connect planReady/finished/failed/canceled/progressChanged; startPlan(params); on planReady show the plan
// (and, for Replace, collect the typed confirmation into plan.params.confirmedReplace) and call start(plan);
// cancel() any time: `canceled` follows once the worker has cleaned up (no `failed`).
class RestoreManager : public QObject
{
    Q_OBJECT

public:
    explicit RestoreManager(QObject* parent = nullptr);
    ~RestoreManager() override;

    void startPlan(const RestoreParams& params);
    void start(const RestorePlan& plan);
    void cancel();
    bool isRunning() const;

Q_SIGNALS:
    void started();
    void progressChanged(const Colvault::OperationProgress& progress);
    void planReady(const Colvault::RestorePlan& plan);
    void finished(const Colvault::RestoreReport& report);
    void failed(const Colvault::OpError& error);
    void canceled();

private:
    JobRunner m_runner;
};

} // namespace Colvault
