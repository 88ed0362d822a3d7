// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/KeyOptions.h"
#include "app/cli/OperationCommand.h"
#include "app/cli/S3Options.h"
#include "core/BackupTask.h"

namespace Colvault::Cli {

// `colvault-cli backup [COLLECTION...] -o FILE [options]`: plan, then (unless --dry-run) write the archive. FILE may be
// a folder, s3://BUCKET/KEY or s3://BUCKET/PREFIX/: BackupTask names the archive in a folder or a place.
// Its options, its Params and its rendering; the flow is OperationCommand's.
class BackupCommand : public OperationCommand<BackupTask>
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    static int run(CliContext& context, const QStringList& arguments);

private:
    explicit BackupCommand(CliContext& context);

    bool readParams(const QCommandLineParser& parser, BackupParams* params) override;
    bool readCompression(const QCommandLineParser& parser, BackupParams* params);
    bool readDestination(const QCommandLineParser& parser, BackupParams* params);
    void printPlan(QTextStream& out, const BackupPlan& plan) const override;
    QJsonObject planJson(const BackupPlan& plan) const override;
    QJsonObject reportJson(const BackupReport& report) const override;
    int finish(const BackupPlan& plan, const BackupReport& report) override;

    QString canceledBeforeApplyText() const override;
    QString dryRunText() const override;
    QJsonObject planFailedJson(const OpError& error) const override;

    const QCommandLineOption m_output;
    const QCommandLineOption m_schemaOnly;
    const QCommandLineOption m_noVectors;
    const QCommandLineOption m_tenants;
    const QCommandLineOption m_activate;
    const QCommandLineOption m_compression;
    const QCommandLineOption m_level;
    const QCommandLineOption m_pageSize;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_json;
    const EncryptionOptions m_encryption;
    const S3Options m_s3;
};

} // namespace Colvault::Cli
