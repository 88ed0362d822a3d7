// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/KeyOptions.h"
#include "core/AgeEncryption.h"
#include "core/Job.h"
#include "core/JobStore.h"
#include "core/WeaviateEndpoint.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// `colvault-cli job list|show|create|delete|run|prune|schedule` (docs/jobs.md): saved backup jobs in the job store
// (JobStore), run the way a scheduler runs them (JobRun: backup → verify → retention), pruned with their retention
// rules (JobArchives) and scheduled through the operating system (JobScheduler). The output of run, prune and show is
// JobOutput's. Runs on the calling thread; Ctrl+C cancels a run or a prune.
// Usage (Cli's command table): return JobCommand::run(context, arguments);
class JobCommand
{
    Q_DECLARE_TR_FUNCTIONS(JobCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    explicit JobCommand(CliContext& context);

    int dispatch(const QStringList& arguments);
    void printHelp(bool toErr);

    // Adds --config-dir to `parser` and parses through CliContext (the connection options into *endpoint, or ignored
    // when it is null). Opens the store. False with *exitCode set after printing help or a usage error.
    bool parse(QCommandLineParser& parser, const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode);
    // The one NAME positional (after `positionals` more allowed); false after a usage error.
    bool readName(const QCommandLineParser& parser, QString* name, bool morePositionals = false);
    // A subcommand's parser (its options already added) with the description and the NAME positional, parsed; the job
    // named. False with *exitCode set after printing help or an error.
    bool openJob(
        QCommandLineParser& parser, const QStringList& arguments, const QString& description, Job* job, int* exitCode);
    // The job named; false after printing the error.
    bool findJob(const QString& name, Job* job, int* exitCode);
    // The keys the job's files give: for writing and for reading its archives. False after printing a usage error.
    bool loadKeys(const Job& job, AgeEncryptionKeys* encryption, AgeDecryptionKeys* decryption);
    int fail(const OpError& error);

    int list(const QStringList& arguments);
    int show(const QStringList& arguments);
    int create(const QStringList& arguments);
    int remove(const QStringList& arguments);
    int runJob(const QStringList& arguments);
    int prune(const QStringList& arguments);
    int schedule(const QStringList& arguments);

    // create's parts: each reads its options into *job and returns false after printing a usage error.
    bool readDirectory(const QCommandLineParser& parser, Job* job);
    bool readConnection(const QCommandLineParser& parser, const WeaviateEndpoint& endpoint, Job* job);
    bool readBackupOptions(const QCommandLineParser& parser, Job* job);
    bool readRetention(const QCommandLineParser& parser, Job* job);
    bool readEncryption(const QCommandLineParser& parser, Job* job);
    bool readSchedule(const QCommandLineParser& parser, JobSchedule* schedule);
    // A file option's value as an absolute path; false after a usage error for "-" (a scheduled run has no input).
    bool absoluteFile(const QString& option, const QString& value, QString* path);
    // run: the job's connection through CliContext, with this run's log file. False after a usage error.
    bool connect(const Job& job, const QCommandLineParser& parser, WeaviateEndpoint* endpoint, QString* logFile);

    CliContext& m_context;
    JobStore m_store;
    const QCommandLineOption m_configDir;
    const QCommandLineOption m_json;
};

} // namespace Colvault::Cli
