// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/OperationProgress.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>
#include <atomic>
#include <functional>
#include <memory>

namespace Colvault {

// Runs one blocking job at a time on its own QThreadPool and brings its progress back to the owner's thread.
// Under OperationManager (backup, restore, clear), ArchiveJob and CollectionsLoader, which differ only in their jobs
// and result types.
// Owner thread: the GUI thread (or any thread with an event loop). The job gets a ProgressSink whose reports
// arrive here as progressChanged(), throttled by the job; cancel() sets the flag the sink answers.
// `finished` fires after the job returned, also after a cancel. The destructor cancels and waits.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    using Job = std::function<void(ProgressSink& sink)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    // Runs `job` on the pool; `done` (optional) is called on this runner's thread once the job returned, right
    // before `finished`, also after a cancel.
    void run(Job job, std::function<void()> done = {});
    void cancel();
    bool isRunning() const;
    bool isCancelRequested() const;

Q_SIGNALS:
    void progressChanged(const Colvault::OperationProgress& progress);
    void finished();

private:
    class Sink;
    QThreadPool m_pool;
    QFutureWatcher<void> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::function<void()> m_done;
};

} // namespace Colvault
