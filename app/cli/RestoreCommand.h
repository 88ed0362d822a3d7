// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/KeyOptions.h"
#include "app/cli/OperationCommand.h"
#include "app/cli/S3Options.h"
#include "core/RestoreTask.h"

namespace Colvault::Cli {

// `colvault-cli restore FILE [COLLECTION...] [options]`: plan (shown with --dry-run), then restore; FILE may be
// s3://BUCKET/KEY. Without --yes
// an interactive terminal shows the plan and asks; a run whose standard input is not a terminal refuses. Replacing
// collections needs their names typed (interactive) or given with --yes --confirm (non-interactive).
// Its options, its Params and its rendering; the flow is OperationCommand's.
class RestoreCommand : public OperationCommand<RestoreTask>
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    explicit RestoreCommand(CliContext& context);

    bool readParams(const QCommandLineParser& parser, RestoreParams* params) override;
    bool readNumbers(const QCommandLineParser& parser, RestoreParams* params);
    bool mayPlan(const RestoreParams& params) override;
    void printPlan(QTextStream& out, const RestorePlan& plan) const override;
    QJsonObject planJson(const RestorePlan& plan) const override;
    bool confirm(RestorePlan* plan) override;
    bool confirmReplace(RestorePlan* plan);
    bool askToRestore(const RestorePlan& plan);
    QJsonObject reportJson(const RestoreReport& report) const override;
    int finish(const RestorePlan& plan, const RestoreReport& report) override;

    QString canceledBeforeApplyText() const override;
    QString dryRunText() const override;
    QString blockedText(int problems) const override;
    QJsonObject planFailedJson(const OpError& error) const override;

    const QCommandLineOption m_mode;
    const QCommandLineOption m_rename;
    const QCommandLineOption m_tenants;
    const QCommandLineOption m_schemaOnly;
    const QCommandLineOption m_vectorizerNone;
    const QCommandLineOption m_replication;
    const QCommandLineOption m_batchSize;
    const QCommandLineOption m_concurrency;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_json;
    const QCommandLineOption m_yes;
    const QCommandLineOption m_confirm;
    const QCommandLineOption m_aliases;
    const QCommandLineOption m_moveAliases;
    const QCommandLineOption m_asNew;
    const QCommandLineOption m_swapAlias;
    const QCommandLineOption m_vectors;
    const QCommandLineOption m_vectorizer;
    const DecryptionOptions m_keys;
    const S3Options m_s3;
};

} // namespace Colvault::Cli
