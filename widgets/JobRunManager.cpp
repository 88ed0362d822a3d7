// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/JobRunManager.h"

#include "core/JobHistory.h"
#include "core/Logging.h"
#include "widgets/JobInputs.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <memory>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

// The log of one run from the app: what colvault-cli's log of a scheduled run says at the same points (the job's
// start and end, the outcome, the error's details), plus each step and, every few seconds, what it is doing. Lines
// are UTC-stamped like the CLI's; the file is private to its owner (openPrivateLogFile). Worker thread only.
class RunLog
{
public:
    explicit RunLog(const QString& path)
        : m_file(path)
    {
        m_open = !path.isEmpty() && openPrivateLogFile(&m_file);
        m_sinceText.start();
    }

    void line(const QString& text)
    {
        if (!m_open)
            return;
        const QString stamp = QDateTime::currentDateTimeUtc().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
        m_file.write((stamp + u"  "_s + text + u'\n').toUtf8());
        m_file.flush();
    }

    void progress(const OperationProgress& p)
    {
        const QString step = p.stepText();
        if (step != m_step) {
            m_step = step;
            if (!step.isEmpty())
                line(step);
        }
        // Texts change ten times a second while bytes move: one line every few seconds says enough.
        if (!p.text.isEmpty() && p.text != m_text && m_sinceText.elapsed() >= 3000) {
            m_text = p.text;
            m_sinceText.restart();
            line(p.text);
        }
    }

private:
    QFile m_file;
    bool m_open = false;
    QString m_step;
    QString m_text;
    QElapsedTimer m_sinceText;
};

JobRunReport failedReport(const Job& job, const OpError& error, const QString& logFile)
{
    JobRunReport report;
    report.outcome = JobOutcome::Failed;
    report.error = error;
    report.record.jobId = job.id;
    report.record.jobName = job.name;
    report.record.start = QDateTime::currentDateTimeUtc();
    report.record.outcome = JobOutcome::Failed;
    report.record.error = error.message;
    report.record.logFile = logFile;
    return report;
}

} // namespace

JobRunManager::JobRunManager(QObject* parent)
    : OperationManagerBase(parent)
{
}

JobRunReport JobRunManager::execute(
    const Job& job, const JobStore& store, const JobSecrets& secrets, ProgressSink* sink)
{
    const QString logFile = store.newLogFile(job, QDateTime::currentDateTimeUtc());
    RunLog log(logFile);
    log.line(u"job %1 %2 starts (from the app)"_s.arg(job.name, job.id));
    JobRunReport report;
    try {
        JobRunInputs inputs;
        inputs.logFile = logFile;
        if (OpError error = JobInputs::read(job, secrets, &inputs)) {
            // As `colvault-cli job run` with a key file it cannot read: a usage error, and no run to record.
            report = failedReport(job, error, logFile);
        } else {
            log.line(u"server %1"_s.arg(inputs.endpoint.redactedUrl()));
            // An archive encrypted with another passphrase than the file's must be traceable to this run.
            if (!secrets.passphrase.isEmpty())
                log.line(u"passphrase from the app (typed or kept in the keychain), not from the file %1"_s.arg(
                    QDir::toNativeSeparators(job.encryption.passphraseFile)));
            if (!secrets.identity.isEmpty())
                log.line(u"identity from the app (typed or kept in the keychain), not from the job's files"_s);
            CallbackProgressSink logged(
                [sink, &log](const OperationProgress& p) {
                    log.progress(p);
                    sink->report(p);
                },
                [sink] { return sink->isCanceled(); });
            report = JobRun::run(job, inputs, store, &logged);
        }
    } catch (const std::exception& e) {
        report = failedReport(job, OperationGuard::internalError(e.what()), logFile);
        JobHistory(store.historyFile()).append(report.record);
    } catch (...) {
        report = failedReport(job, OperationGuard::internalError(nullptr), logFile);
        JobHistory(store.historyFile()).append(report.record);
    }
    for (const QString& warning : std::as_const(report.warnings))
        log.line(warning);
    if (report.outcome == JobOutcome::Failed)
        log.line(report.error.message + (report.error.details.isEmpty() ? QString() : u" "_s + report.error.details));
    log.line(u"job %1 ends: %2"_s.arg(job.name, JobRunRecord::outcomeName(report.outcome)));
    return report;
}

void JobRunManager::start(const Job& job, const JobStore& store, const JobSecrets& secrets)
{
    m_job = job;
    m_report = {};
    auto report = std::make_shared<JobRunReport>();
    run([job, store, secrets, report](ProgressSink& sink) { *report = execute(job, store, secrets, &sink); },
        [this, report](OpError* out) {
            m_report = std::move(*report);
            switch (m_report.outcome) {
            case JobOutcome::Succeeded:
            case JobOutcome::Partial:
                return Ending::Finished;
            case JobOutcome::Canceled:
                return Ending::Canceled;
            case JobOutcome::Failed:
                break;
            }
            *out = m_report.error.isError() ? m_report.error : OperationGuard::missingResult();
            return Ending::Failed;
        });
}

} // namespace Colvault
