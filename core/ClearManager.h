// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"
#include "core/JobRunner.h"

#include <QObject>

namespace Colvault {

// Runs clears for the GUI: plan (the dry run) and apply on a worker thread, results as signals on the thread that
// owns the manager. One operation at a time.
//
// Usage: connect planReady/finished/failed/canceled/progressChanged; startPlan(params); on planReady show the plan,
// collect the typed collection names into plan.params.confirmed and call start(plan); cancel() any time:
// `canceled` follows once the worker has cleaned up (no `failed`). After a failed or canceled clear, lastReport()
// still tells whether anything was deleted and holds the backup and the command that undoes it.
class ClearManager : public QObject
{
    Q_OBJECT

public:
    explicit ClearManager(QObject* parent = nullptr);
    ~ClearManager() override;

    void startPlan(const ClearParams& params);
    void start(const ClearPlan& plan);
    void cancel();
    bool isRunning() const;
    const ClearReport& lastReport() const { return m_lastReport; }

Q_SIGNALS:
    void started();
    void progressChanged(const Colvault::OperationProgress& progress);
    void planReady(const Colvault::ClearPlan& plan);
    void finished(const Colvault::ClearReport& report);
    void failed(const Colvault::OpError& error);
    void canceled();

private:
    JobRunner m_runner;
    ClearReport m_lastReport;
};

} // namespace Colvault
