// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/Cli.h"

#include "app/cli/AliasCommand.h"
#include "app/cli/ArchiveCommands.h"
#include "app/cli/BackupCommand.h"
#include "app/cli/ClearCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/CopyCommand.h"
#include "app/cli/JobCommand.h"
#include "app/cli/KeygenCommand.h"
#include "app/cli/ListCommand.h"
#include "app/cli/RestoreCommand.h"
#include "core/OperationGuard.h"
#include "core/Version.h"

#include <QCommandLineParser>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

struct CommandEntry
{
    QString name;
    QString summary;
    int (*run)(CliContext&, const QStringList&);
};

QList<CommandEntry> commands()
{
    return {
        {u"list"_s, ListCommand::tr("List collections with object counts, tenants and vector configuration."),
            &ListCommand::run},
        {u"alias"_s, AliasCommand::tr("List, set and delete collection aliases (Weaviate 1.32 or later)."),
            &AliasCommand::run},
        {u"backup"_s, BackupCommand::tr("Back up collections into one compressed archive."), &BackupCommand::run},
        {u"restore"_s, RestoreCommand::tr("Restore collections from an archive, showing the plan first."),
            &RestoreCommand::run},
        {u"copy"_s, CopyCommand::tr("Copy collections to another server, showing the plan first."), &CopyCommand::run},
        {u"clear"_s, ClearCommand::tr("Delete every object of collections after a verified backup, or drop them."),
            &ClearCommand::run},
        {u"inspect"_s, ArchiveCommands::tr("Show an archive's manifest, collections and tenants."),
            &ArchiveCommands::inspect},
        {u"verify"_s, ArchiveCommands::tr("Check every checksum, count and vector length of an archive."),
            &ArchiveCommands::verify},
        {u"keygen"_s,
            KeygenCommand::tr("Write a new age identity file for encrypted archives and print its recipient."),
            &KeygenCommand::run},
        {u"job"_s, JobCommand::tr("Save backup jobs, run them with verification and retention, and schedule them."),
            &JobCommand::run},
    };
}

// Exceptions stop here: one clear line and a failure exit code, never a crash or exit 0 (OperationGuard).
int runGuarded(const CommandEntry& command, CliContext& context, const QStringList& args)
{
    OpError error;
    try {
        return command.run(context, args);
    } catch (const std::exception& e) {
        error = OperationGuard::internalError(e.what());
    } catch (...) {
        error = OperationGuard::internalError(nullptr);
    }
    context.printError(error);
    return ExitFailed;
}

} // namespace

QString Cli::helpText(const QCommandLineParser& global)
{
    QString text = tr("Usage: %1 [options] COMMAND [command options]").arg(u"colvault-cli"_s) + u"\n\n"_s;
    text += tr("Back up, restore and clear Weaviate collections from the command line.") + u"\n\n"_s;
    text += tr("Commands:") + u"\n"_s;
    for (const CommandEntry& c : commands())
        text += u"  "_s + c.name.leftJustified(10) + c.summary + u"\n"_s;
    // The option list as QCommandLineParser formats it, without its own usage line.
    const QString options = global.helpText();
    const qsizetype start = options.indexOf(u"\n\n"_s);
    text += u"\n"_s + (start >= 0 ? options.mid(start + 2) : options);
    text += u"\n"_s + tr("Run \"%1 COMMAND --help\" for the options of a command.").arg(u"colvault-cli"_s) + u"\n"_s;
    text += tr("Environment: WEAVIATE_URL (default http://localhost:8080), WEAVIATE_API_KEY.") + u"\n"_s;
    text += tr("Exit codes: 0 success, 1 failure, 2 usage error, 3 finished with some objects or tenants skipped or "
               "failed, 130 canceled.")
        + u"\n"_s;
    return text;
}

int Cli::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    CliContext context(out, err);
    QCommandLineParser global;
    global.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption version({u"v"_s, u"version"_s}, tr("Show the version."));
    global.addOption(version);
    context.addGlobalOptions(global);

    if (!global.parse(arguments)) {
        err << global.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (global.isSet(version)) {
        out << u"colvault-cli "_s << versionString() << Qt::endl;
        return ExitOk;
    }
    const QStringList positional = global.positionalArguments();
    if (positional.isEmpty()) {
        if (global.isSet(u"help"_s)) {
            out << helpText(global);
            out.flush();
            return ExitOk;
        }
        err << tr("No command given. Run \"%1 --help\" to see what is available.").arg(u"colvault-cli"_s) << Qt::endl;
        return ExitUsage;
    }

    // The command's own parser sees the global options again, so they may stand on either side of the name.
    const QString name = positional.constFirst();
    // Everything after the command name is positional to the global parser, so the name's index is fixed.
    const qsizetype commandIndex = arguments.size() - positional.size();
    QStringList commandArgs = arguments.mid(0, commandIndex);
    commandArgs += positional.mid(1);
    for (const CommandEntry& c : commands()) {
        if (c.name == name) {
            context.setCommandName(name);
            return runGuarded(c, context, commandArgs);
        }
    }
    err << tr("Unknown command \"%1\". Run \"%2 --help\" to see what is available.").arg(name, u"colvault-cli"_s)
        << Qt::endl;
    return ExitUsage;
}

} // namespace Colvault::Cli
