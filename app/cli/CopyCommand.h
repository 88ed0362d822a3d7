// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/KeyOptions.h"
#include "app/cli/OperationCommand.h"
#include "core/CopyTask.h"

namespace Colvault::Cli {

// `colvault-cli [global options] copy [COLLECTION...] --to-url URL [options]`: copies collections from the server of
// the global options into the server given with --to-*, with a restore's plan (shown with --dry-run), modes and
// confirmations (RestoreCommand): without --yes an interactive terminal shows the plan and asks, a run whose
// standard input is not a terminal refuses; replacing collections needs their names typed or --yes --confirm.
// The target takes --timeout, --retries, --proxy and the data transport from the global options; its address,
// key, headers and TLS settings come from the --to-* options alone. --archive FILE also writes a verified archive of
// what is copied (core/CopyArchive.h).
// Its options, its Params and its rendering; the flow is OperationCommand's.
class CopyCommand : public OperationCommand<CopyTask>
{
    Q_DECLARE_TR_FUNCTIONS(CopyCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    explicit CopyCommand(CliContext& context);

    bool readParams(const QCommandLineParser& parser, CopyParams* params) override;
    bool readTarget(const QCommandLineParser& parser, const WeaviateEndpoint& source, WeaviateEndpoint* target);
    bool readTargetUrl(const QCommandLineParser& parser, WeaviateEndpoint* target);
    bool readTargetKey(const QCommandLineParser& parser, WeaviateEndpoint* target);
    bool readTargetHeaders(const QCommandLineParser& parser, WeaviateEndpoint* target);
    bool readTargetGrpc(const QCommandLineParser& parser, WeaviateEndpoint* target);
    bool readArchive(const QCommandLineParser& parser, CopyParams* params);
    bool mayPlan(const CopyParams& params) override;
    void printPlan(QTextStream& out, const CopyPlan& plan) const override;
    QJsonObject planJson(const CopyPlan& plan) const override;
    bool confirm(CopyPlan* plan) override;
    bool confirmReplace(CopyPlan* plan);
    bool askToCopy(const CopyPlan& plan);
    QJsonObject reportJson(const CopyReport& report) const override;
    int finish(const CopyPlan& plan, const CopyReport& report) override;
    int archiveNotWritten(const CopyReport& report);

    QString canceledBeforeApplyText() const override;
    QString dryRunText() const override;
    QString blockedText(int problems) const override;
    QJsonObject planFailedJson(const OpError& error) const override;

    const QCommandLineOption m_toUrl;
    const QCommandLineOption m_toApiKeyFile;
    const QCommandLineOption m_toHeader;
    const QCommandLineOption m_toCaFile;
    const QCommandLineOption m_toInsecure;
    const QCommandLineOption m_toGrpcUrl;
    const QCommandLineOption m_toGrpcPort;
    const QCommandLineOption m_mode;
    const QCommandLineOption m_rename;
    const QCommandLineOption m_archive;
    const EncryptionOptions m_encryption; // of the archive
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_json;
    const QCommandLineOption m_yes;
    const QCommandLineOption m_confirm;
    const QCommandLineOption m_aliases;
    const QCommandLineOption m_moveAliases;
    const QCommandLineOption m_vectors;
    const QCommandLineOption m_vectorizer;
};

} // namespace Colvault::Cli
