// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/JobRunner.h"

#include "core/Logging.h"

#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>
#include <exception>
#include <utility>

namespace Colvault {

// The worker-side face of the runner: thread-safe, holds only a weak pointer and the shared cancel flag, so it
// never touches the runner's members from the pool thread.
class JobRunner::Sink : public ProgressSink
{
public:
    Sink(JobRunner* runner, std::shared_ptr<std::atomic<bool>> cancel)
        : m_runner(runner)
        , m_cancel(std::move(cancel))
    {
    }
    void report(const OperationProgress& progress) override
    {
        // Queued: the signal is emitted on the runner's thread. The runner's destructor waits for the job, so
        // the pointer is valid whenever the queued call can still run.
        QMetaObject::invokeMethod(
            m_runner, [runner = m_runner, progress] { Q_EMIT runner->progressChanged(progress); },
            Qt::QueuedConnection);
    }
    bool isCanceled() const override { return m_cancel->load(); }

private:
    JobRunner* m_runner;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<void>::finished, this, [this] {
        if (auto done = std::exchange(m_done, {}))
            done();
        Q_EMIT finished();
    });
}

JobRunner::~JobRunner()
{
    cancel();
    m_watcher.waitForFinished();
    m_pool.waitForDone();
}

void JobRunner::run(Job job, std::function<void()> done)
{
    Q_ASSERT_X(!isRunning(), "JobRunner::run", "one job at a time");
    m_done = std::move(done);
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto sink = std::make_shared<Sink>(this, m_cancel);
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [job = std::move(job), sink] {
        // Nothing may cross the thread edge as an exception: jobs report failures in their results.
        try {
            job(*sink);
        } catch (const std::exception& e) {
            qCCritical(lcCore) << "job ended with an exception:" << e.what();
        } catch (...) {
            qCCritical(lcCore) << "job ended with an unknown exception";
        }
    }));
}

void JobRunner::cancel()
{
    m_cancel->store(true);
}

bool JobRunner::isRunning() const
{
    return m_watcher.isRunning();
}

bool JobRunner::isCancelRequested() const
{
    return m_cancel->load();
}

} // namespace Colvault
