// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace Colvault::Cli {

class CliContext;

// The options of the commands that take an archive, for archives at s3://BUCKET/KEY (docs/s3.md): --s3-endpoint,
// --s3-region, --s3-profile and --s3-path-style. They win over the AWS environment (AWS_ENDPOINT_URL, AWS_REGION,
// AWS_PROFILE...) and apply to every s3:// path of the run (S3Archive::setSettings).
// Thread: the CLI's thread. Usage: a command adds options() to its parser, then read() with its archive path.
class S3Options
{
    Q_DECLARE_TR_FUNCTIONS(S3Options)

public:
    S3Options();

    QList<QCommandLineOption> options() const { return {m_endpoint, m_region, m_profile, m_pathStyle}; }
    // Their names: s3-endpoint, s3-region, s3-profile, s3-path-style.
    static const QStringList& names();
    // Puts the options into the process's S3 settings. When `archive` is an s3:// path (or a place for a
    // default-named archive: s3://BUCKET/PREFIX/), also checks what needs no server: the location, the endpoint and
    // that keys are there. Returns false after printing the error (*exitCode: usage or failure).
    bool read(CliContext& context, const QCommandLineParser& parser, const QString& archive, int* exitCode) const;
    // The options as given, for a command line printed for later (the undo command of a clear).
    static QStringList arguments();

private:
    const QCommandLineOption m_endpoint;
    const QCommandLineOption m_region;
    const QCommandLineOption m_profile;
    const QCommandLineOption m_pathStyle;
};

} // namespace Colvault::Cli
