// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "app/cli/CliContext.h"
#include "core/RestorePlan.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace Colvault::Cli {

// What the commands that run a restore plan share (restore from an archive, copy from a server): reading --mode
// and --rename, the plan as text, and the problems of a report. Its strings are RestoreCommand's, word for word,
// so that they keep their translations. Stateless; any thread.
class RestoreCommandParts
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    // --mode's value into *mode; false after printing a usage error to `err`.
    static bool readMode(QTextStream& err, const QString& value, RestoreMode* mode);
    // Each --rename OLD=NEW into *rename; false after printing a usage error to `err`.
    static bool readRenames(QTextStream& err, const QStringList& specs, QMap<QString, QString>* rename);

    // --aliases' value (keep or skip) into *aliases; false after printing a usage error to `err`.
    static bool readAliases(QTextStream& err, const QString& value, RestoreAliases* aliases);

    // --vectors keep|omit and --vectorizer MODULE|NAME=MODULE, as restore and copy both offer them.
    static QCommandLineOption vectorsOption();
    static QCommandLineOption vectorizerOption();
    // --vectors' value (keep or omit) and each --vectorizer MODULE or NAME=MODULE into *params; false after printing
    // a usage error to `err` (a vectorizer needs --vectors omit).
    static bool readVectors(
        QTextStream& err, const QString& vectors, const QStringList& vectorizers, RestoreParams* params);

    // Per collection: its action, counts, schema differences and tenants; then the aliases, the totals, warnings
    // and problems.
    static void printPlan(QTextStream& out, const RestorePlan& plan);
    // Warnings, failed objects and count mismatches on `err`, then `summary` ("Restored 3 objects …") on `out`,
    // then how many failed, then the aliases set (with how to switch a moved one back).
    static void printReport(QTextStream& out, QTextStream& err, const RestoreReport& report, const QString& summary);

    // At a terminal, after the plan was shown: `question` ("… [y/N]") and the answer. False after printing
    // `declined` when the answer is not yes (in English or the user's language).
    static bool askYes(CliContext& context, const QString& question, const QString& declined);

    // What the end of a run says in the command's words.
    struct EndTexts
    {
        QString canceled; // "Canceled after 3 objects; the restore is incomplete."
        QString resumeHint; // how to complete it, after a cancel or a failure
        QString summary; // "Restored 3 objects and 2 references in 0.4 s."
    };
    // The end of a run: the cancel or the failure with the hint, or (unless `json`) the report; the exit code.
    static int finish(CliContext& context, const RestoreReport& report, bool json, const EndTexts& texts);
};

} // namespace Colvault::Cli
