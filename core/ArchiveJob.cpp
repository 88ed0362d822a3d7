// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ArchiveJob.h"

#include <QElapsedTimer>
#include <memory>

namespace Colvault {

ArchiveJob::ArchiveJob(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<Colvault::OperationProgress>();
    qRegisterMetaType<Colvault::OpError>();
    connect(&m_runner, &JobRunner::progressChanged, this, &ArchiveJob::progressChanged);
}

ArchiveJob::~ArchiveJob() = default; // the runner cancels and waits

void ArchiveJob::inspect(const QString& path, const AgeDecryptionKeys& keys)
{
    Q_ASSERT(!m_runner.isRunning());
    struct Result
    {
        ArchiveInspection inspection;
        OpError error;
        ArchiveReader::Encryption encryption = ArchiveReader::Encryption::None;
    };
    auto result = std::make_shared<Result>();
    m_runner.run(
        [path, keys, result](ProgressSink&) {
            result->error = ArchiveInspector::inspect(path, &result->inspection, keys);
            // A missing or wrong key is a Usage or Auth error of an encrypted archive; only then is the kind read.
            const OpError::Code code = result->error.code;
            if (code == OpError::Code::Usage || code == OpError::Code::Auth)
                result->encryption = ArchiveReader::encryptionOf(path);
        },
        [this, path, result] {
            if (result->error && result->encryption != ArchiveReader::Encryption::None)
                Q_EMIT keyRequired(path, result->encryption, result->error);
            else if (result->error)
                Q_EMIT failed(result->error);
            else
                Q_EMIT inspected(path, result->inspection);
        });
}

void ArchiveJob::verify(const QString& path, const AgeDecryptionKeys& keys)
{
    Q_ASSERT(!m_runner.isRunning());
    struct Result
    {
        ArchiveVerification verification;
        OpError error;
    };
    auto result = std::make_shared<Result>();
    m_runner.run(
        [path, keys, result](ProgressSink& sink) {
            QElapsedTimer clock;
            clock.start();
            qint64 last = -1000;
            ArchiveVerifier::Options options;
            options.keys = keys;
            options.progress = [&sink, &clock, &last](qint64 done, qint64 total) {
                if (clock.elapsed() - last >= 100 || done >= total) { // about 10 reports a second
                    last = clock.elapsed();
                    OperationProgress p;
                    p.objectsDone = done;
                    p.objectsTotal = total;
                    p.bytesDone = done;
                    p.elapsedMs = clock.elapsed();
                    sink.report(p);
                }
                return !sink.isCanceled();
            };
            result->error = ArchiveVerifier::verify(path, &result->verification, options);
        },
        [this, path, result] {
            if (result->verification.canceled || (m_runner.isCancelRequested() && !result->error))
                Q_EMIT canceled();
            else if (result->error)
                Q_EMIT failed(result->error);
            else
                Q_EMIT verified(path, result->verification);
        });
}

void ArchiveJob::cancel()
{
    m_runner.cancel();
}

bool ArchiveJob::isRunning() const
{
    return m_runner.isRunning();
}

} // namespace Colvault
