// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/OperationCommand.h"
#include "app/cli/S3Options.h"
#include "core/ClearTask.h"

namespace Colvault::Cli {

// ClearTask as the command line runs it: the same plan and run (an s3:// backup included), with the undo command
// extended by this run's --s3-* options when the backup is in S3, since the restore needs the same endpoint and keys.
struct ClearCommandTask
{
    using Params = ClearParams;
    using Plan = ClearPlan;
    using Report = ClearReport;
    static Plan plan(const Params& params, ProgressSink* sink, OpError* error)
    {
        return ClearTask::plan(params, sink, error);
    }
    static Report apply(const Plan& plan, ProgressSink* sink);
    // ClearTask::undoCommand(), with the --s3-* options of this run when the archive is in S3.
    static QString undoCommand(const ClearPlan& plan, const QString& archivePath);
};

// `colvault-cli clear COLLECTION... [options]`: plan (shown with --dry-run), a verified backup, then the deletion.
// The collection names must be typed (interactive) or given with --yes --confirm (non-interactive); the output
// names the backup and the restore command that undoes the clear. --backup-to may be s3://BUCKET/KEY.
// Its options, its Params and its rendering; the flow is OperationCommand's.
class ClearCommand : public OperationCommand<ClearCommandTask>
{
    Q_DECLARE_TR_FUNCTIONS(ClearCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    explicit ClearCommand(CliContext& context);

    bool readParams(const QCommandLineParser& parser, ClearParams* params) override;
    void printPlan(QTextStream& out, const ClearPlan& plan) const override;
    QJsonObject planJson(const ClearPlan& plan) const override;
    bool confirm(ClearPlan* plan) override;
    QJsonObject reportJson(const ClearReport& report) const override;
    int finish(const ClearPlan& plan, const ClearReport& report) override;

    QString canceledBeforeApplyText() const override;
    QString dryRunText() const override;
    QString blockedText(int problems) const override;
    QJsonObject planFailedJson(const OpError& error) const override;

    const QCommandLineOption m_tenants;
    const QCommandLineOption m_drop;
    const QCommandLineOption m_recreate;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_backupTo;
    const QCommandLineOption m_noBackup;
    const QCommandLineOption m_json;
    const QCommandLineOption m_yes;
    const QCommandLineOption m_confirm;
    const S3Options m_s3;
};

} // namespace Colvault::Cli
