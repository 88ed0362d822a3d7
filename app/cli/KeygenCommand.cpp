// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/KeygenCommand.h"

#include "app/cli/CliContext.h"
#include "core/AgeKeys.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

// Created with its permissions at once (open(2) with mode 0600 on POSIX; an owner-only ACL on Windows), so the secret
// is never readable by others, not even for a moment; NewOnly refuses a file that exists, also one made meanwhile.
// Returns the exit code: an existing file is a usage error (choose another name), anything else a failure.
int writeIdentity(CliContext& context, const QString& path, const AgeIdentity& identity)
{
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner)) {
        if (QFileInfo::exists(path)) {
            context.err
                << KeygenCommand::tr("The file \"%1\" already exists; keygen never overwrites a file.").arg(shown)
                << Qt::endl;
            return ExitUsage;
        }
        context.err << KeygenCommand::tr("Cannot create \"%1\": %2").arg(shown, file.errorString()) << Qt::endl;
        return ExitFailed;
    }
    const QByteArray text = identity.fileText();
    if (file.write(text) != text.size() || !file.flush()) {
        context.err << KeygenCommand::tr("Cannot write \"%1\": %2").arg(shown, file.errorString()) << Qt::endl;
        file.remove(); // half a key is no key
        return ExitFailed;
    }
    file.close();
    return ExitOk;
}

} // namespace

int KeygenCommand::run(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a new age identity file for encrypted archives and print its recipient on standard output."));
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, tr("The identity file to write; it must not exist yet."), u"FILE"_s);
    parser.addOption(output);
    int exitCode = ExitOk;
    // No server: the connection options are accepted (scripts give them to every command) and ignored.
    if (!context.parse(parser, arguments, nullptr, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty() || parser.value(output).isEmpty()) {
        context.err << tr("Give the identity file to write with -o FILE.") << Qt::endl;
        return ExitUsage;
    }
    const std::optional<AgeIdentity> identity = AgeIdentity::generate();
    if (!identity) {
        context.printError(OpError::make(
            OpError::Code::Internal, tr("The system's random number generator failed; no key was made.")));
        return ExitFailed;
    }
    const QString path = parser.value(output);
    if (const int written = writeIdentity(context, path, *identity); written != ExitOk)
        return written;
    context.out << identity->recipient().toString() << Qt::endl;
    return ExitOk;
}

} // namespace Colvault::Cli
