// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/OperationCommand.h"
#include "core/ClearTask.h"

namespace Colvault::Cli {

// `colvault-cli clear COLLECTION... [options]`: plan (shown with --dry-run), a verified backup, then the deletion.
// The collection names must be typed (interactive) or given with --yes --confirm (non-interactive); the output
// names the backup and the restore command that undoes the clear.
// Its options, its Params and its rendering; the flow is OperationCommand's.
class ClearCommand : public OperationCommand<ClearTask>
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
};

} // namespace Colvault::Cli
