// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/JobCommand.h"

#include "app/cli/BackupCommand.h"
#include "app/cli/CliContext.h"
#include "app/cli/JobOutput.h"
#include "app/cli/S3Options.h"
#include "app/cli/Terminal.h"
#include "core/JobArchives.h"
#include "core/JobHistory.h"
#include "core/JobRun.h"
#include "core/JobSchedule.h"
#include "core/S3Archive.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

// The connection options of CliContext: `job create` saves them, `job run` takes them from the job.
const QStringList& connectionOptionNames()
{
    static const QStringList names {u"url"_s, u"api-key"_s, u"api-key-file"_s, u"header"_s, u"header-file"_s,
        u"header-env"_s, u"insecure"_s, u"ca-file"_s, u"grpc-url"_s, u"grpc-port"_s, u"transport"_s, u"proxy"_s,
        u"proxy-user"_s, u"proxy-password-file"_s, u"proxy-password"_s, u"timeout"_s, u"retries"_s};
    return names;
}

const QStringList& retentionRules()
{
    static const QStringList rules {u"last"_s, u"hourly"_s, u"daily"_s, u"weekly"_s, u"monthly"_s, u"yearly"_s};
    return rules;
}

QList<QCommandLineOption> createOptions()
{
    QList<QCommandLineOption> options {
        {u"dir"_s,
            JobCommand::tr("Where the job's archives go: a local folder, or s3://BUCKET/PREFIX/ (with the --s3-* "
                           "options; keys from the AWS environment or profile of each run)."),
            u"DIR"_s},
        {u"profile"_s, JobCommand::tr("Name for {profile} in file names (default: the server's host name)."),
            u"NAME"_s},
        {u"pattern"_s,
            JobCommand::tr("File-name pattern with {profile}, {job} and {date} (default: {profile}-{date}); the "
                           "suffix (.tar.zst, .age) is added."),
            u"PATTERN"_s},
        {u"replace"_s,
            JobCommand::tr("Replace the job of this name, if there is one: it keeps its id and its schedule, so its "
                           "archives stay its own.")},
        {u"schema-only"_s, BackupCommand::tr("Save schemas and tenants, no objects.")},
        {u"no-vectors"_s, BackupCommand::tr("Leave vectors out (objects only).")},
        {u"tenants"_s,
            BackupCommand::tr("Only these tenants: A,B for the one collection named, or COLLECTION:A,B. "
                              "Repeatable."),
            u"TENANTS"_s},
        {u"activate-tenants"_s,
            BackupCommand::tr("Activate inactive (COLD) tenants for the backup and put them back after.")},
        {u"compression"_s, BackupCommand::tr("zstd (default), gzip, xz or none."), u"KIND"_s, u"zstd"_s},
        {u"level"_s,
            BackupCommand::tr("Compression level (zstd 1-19, gzip 1-9, xz 0-9; by default zstd 1, gzip 6, xz 6)."),
            u"N"_s},
        {u"page-size"_s, BackupCommand::tr("Objects per request (1-10000, default 500)."), u"N"_s, u"500"_s},
        {u"identity"_s,
            JobCommand::tr("An age identity file that opens the job's archives, to verify each new one and to apply "
                           "retention. Repeatable; needed with --encrypt-to."),
            u"FILE"_s},
    };
    const QStringList help {
        JobCommand::tr("Retention: keep the last N archives."),
        JobCommand::tr("Retention: keep the newest archive of each of the last N hours that have one."),
        JobCommand::tr("Retention: keep the newest archive of each of the last N days that have one."),
        JobCommand::tr("Retention: keep the newest archive of each of the last N weeks that have one."),
        JobCommand::tr("Retention: keep the newest archive of each of the last N months that have one."),
        JobCommand::tr("Retention: keep the newest archive of each of the last N years that have one."),
    };
    // N may be "unlimited", as for restic.
    for (qsizetype i = 0; i < retentionRules().size(); ++i)
        options.append({u"keep-"_s + retentionRules().at(i), help.at(i), u"N"_s});
    return options;
}

} // namespace

JobCommand::JobCommand(CliContext& context)
    : m_context(context)
    , m_configDir(u"config-dir"_s,
          tr("Folder of the saved jobs (default: $COLVAULT_CONFIG_DIR, else Colvault's configuration folder)."),
          u"DIR"_s)
    , m_json(u"json"_s, tr("Print one machine-readable JSON report on standard output."))
{
}

int JobCommand::run(CliContext& context, const QStringList& arguments)
{
    JobCommand command(context);
    return command.dispatch(arguments);
}

void JobCommand::printHelp(bool toErr)
{
    QTextStream& stream = toErr ? m_context.err : m_context.out;
    stream << tr("Usage: %1 job SUBCOMMAND [options]").arg(u"colvault-cli"_s) << u"\n\n"_s
           << tr("Saved backup jobs: run them as a scheduler does (backup, verify, retention), prune their old "
                 "archives and schedule them.")
           << u"\n\n"_s << tr("Subcommands:") << u"\n"_s;
    const QList<QPair<QString, QString>> subcommands {
        {u"list [--json]"_s, tr("List the saved jobs.")},
        {u"show NAME [--json]"_s, tr("Show a job and its last runs.")},
        {u"create NAME --dir DIR [COLLECTION...]"_s, tr("Save a job (backup, retention and encryption options).")},
        {u"delete NAME"_s, tr("Delete a job and its schedule; its archives stay.")},
        {u"run NAME [--json]"_s, tr("Back up, verify the archive, then apply the retention rules.")},
        {u"prune NAME [--dry-run]"_s, tr("Apply the retention rules only; --dry-run lists what would go and why.")},
        {u"schedule NAME --daily [--at HH:MM] | --hourly | --weekly DAY [--at HH:MM] | --off"_s,
            tr("Let the operating system run the job.")},
    };
    for (const auto& [usage, summary] : subcommands)
        stream << u"  "_s << usage << u"\n      "_s << summary << u"\n"_s;
    stream << u"\n"_s << tr("Run \"%1 job SUBCOMMAND --help\" for the options of a subcommand.").arg(u"colvault-cli"_s)
           << u"\n"_s;
    stream.flush();
}

int JobCommand::dispatch(const QStringList& arguments)
{
    // As Cli::run finds the command: the first positional is the subcommand, options may stand on either side.
    QCommandLineParser front;
    front.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    m_context.addGlobalOptions(front);
    front.addOption(m_configDir);
    if (!front.parse(arguments)) {
        m_context.err << front.errorText() << Qt::endl;
        return ExitUsage;
    }
    const QStringList positional = front.positionalArguments();
    if (positional.isEmpty()) {
        printHelp(!front.isSet(u"help"_s));
        return front.isSet(u"help"_s) ? ExitOk : ExitUsage;
    }
    const QString sub = positional.constFirst();
    QStringList subArguments = arguments.mid(0, arguments.size() - positional.size());
    subArguments += positional.mid(1);
    const QList<QPair<QString, int (JobCommand::*)(const QStringList&)>> table {{u"list"_s, &JobCommand::list},
        {u"show"_s, &JobCommand::show}, {u"create"_s, &JobCommand::create}, {u"delete"_s, &JobCommand::remove},
        {u"run"_s, &JobCommand::runJob}, {u"prune"_s, &JobCommand::prune}, {u"schedule"_s, &JobCommand::schedule}};
    for (const auto& [name, function] : table) {
        if (name == sub)
            return (this->*function)(subArguments);
    }
    m_context.err << tr("Unknown job subcommand \"%1\". Run \"%2 job --help\" to see what is available.")
                         .arg(sub, u"colvault-cli"_s)
                  << Qt::endl;
    return ExitUsage;
}

bool JobCommand::parse(
    QCommandLineParser& parser, const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode)
{
    parser.addOption(m_configDir);
    if (!m_context.parse(parser, arguments, endpoint, exitCode))
        return false;
    const QString dir = parser.value(m_configDir);
    m_store = JobStore(dir.isEmpty() ? JobStore::defaultDirectory() : QDir(dir).absolutePath());
    *exitCode = ExitUsage;
    return true;
}

bool JobCommand::readName(const QCommandLineParser& parser, QString* name, bool morePositionals)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty() || (!morePositionals && positional.size() > 1)) {
        m_context.err << tr("Give the name of one job.") << Qt::endl;
        return false;
    }
    *name = positional.constFirst();
    return true;
}

bool JobCommand::openJob(
    QCommandLineParser& parser, const QStringList& arguments, const QString& description, Job* job, int* exitCode)
{
    parser.setApplicationDescription(description);
    parser.addPositionalArgument(u"name"_s, tr("The job's name."), u"NAME"_s);
    QString name;
    return parse(parser, arguments, nullptr, exitCode) && readName(parser, &name) && findJob(name, job, exitCode);
}

int JobCommand::fail(const OpError& error)
{
    m_context.printError(error);
    return CliContext::exitCodeOf(error);
}

bool JobCommand::findJob(const QString& name, Job* job, int* exitCode)
{
    if (OpError error = m_store.find(name, job)) {
        *exitCode = fail(error);
        return false;
    }
    return true;
}

bool JobCommand::loadKeys(const Job& job, AgeEncryptionKeys* encryption, AgeDecryptionKeys* decryption)
{
    *encryption = AgeEncryptionKeys();
    for (const QString& text : job.encryption.recipients) {
        const std::optional<AgeRecipient> recipient = AgeRecipient::parse(text.toUtf8());
        if (!recipient) {
            m_context.err
                << EncryptionOptions::tr("\"%1\" is not an age recipient; a recipient starts with age1.").arg(text)
                << Qt::endl;
            return false;
        }
        encryption->recipients.append(*recipient);
    }
    if (!job.encryption.passphraseFile.isEmpty()
        && !m_context.readPassphraseFile(job.encryption.passphraseFile, &encryption->passphrase))
        return false;
    *decryption = AgeDecryptionKeys();
    if (job.encryption.identityFiles.isEmpty() && job.encryption.passphraseFile.isEmpty())
        return true;
    // The identities and the passphrase are read as inspect and verify read them: the same checks, the same messages.
    QCommandLineParser parser;
    const DecryptionOptions options;
    parser.addOptions(options.options());
    QStringList arguments {u"colvault-cli"_s};
    for (const QString& file : job.encryption.identityFiles)
        arguments << u"--identity"_s << file;
    if (!job.encryption.passphraseFile.isEmpty())
        arguments << u"--passphrase-file"_s << job.encryption.passphraseFile;
    parser.parse(arguments);
    return options.read(m_context, parser, QString(), decryption);
}

int JobCommand::list(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("List the saved jobs."));
    parser.addOption(m_json);
    int exitCode = ExitOk;
    if (!parse(parser, arguments, nullptr, &exitCode))
        return exitCode;
    QList<Job> jobs;
    if (OpError error = m_store.load(&jobs))
        return fail(error);
    const JobHistory history(m_store.historyFile());
    JobOutput output(m_context.out);
    if (parser.isSet(m_json))
        output.printJson(JobOutput::listJson(jobs, history));
    else
        output.printList(jobs, history);
    return ExitOk;
}

int JobCommand::show(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_json);
    int exitCode = ExitOk;
    Job job;
    if (!openJob(parser, arguments, tr("Show a job and its last runs."), &job, &exitCode))
        return exitCode;
    const QList<JobRunRecord> runs = JobHistory(m_store.historyFile()).read(job.id, 10);
    JobOutput output(m_context.out);
    if (parser.isSet(m_json))
        output.printJson(JobOutput::jobJson(job, runs));
    else
        output.printJob(job, runs);
    return ExitOk;
}

int JobCommand::remove(const QStringList& arguments)
{
    QCommandLineParser parser;
    int exitCode = ExitOk;
    Job job;
    if (!openJob(
            parser, arguments, tr("Delete a job and its schedule; its archives and history stay."), &job, &exitCode))
        return exitCode;
    QStringList notes;
    if (job.schedule.isOn()) {
        if (OpError error = JobScheduler(m_store.directory()).remove(job.id, &notes))
            return fail(error);
    }
    if (OpError error = m_store.remove(job.id, &job))
        return fail(error);
    for (const QString& note : std::as_const(notes))
        m_context.err << note << Qt::endl;
    m_context.out << tr("Deleted the job \"%1\". Its archives in %2 are kept.")
                         .arg(job.name, QDir::toNativeSeparators(job.directory))
                  << Qt::endl;
    return ExitOk;
}

int JobCommand::create(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Save a backup job: the connection options given, what to back up, where to, how many archives to keep and "
           "how to encrypt them. The --keep options take a number or \"unlimited\" and follow restic's forget rules "
           "on UTC periods; without any, every archive is kept."));
    parser.addPositionalArgument(u"name"_s, tr("The job's name."), u"NAME"_s);
    parser.addPositionalArgument(
        u"collections"_s, BackupCommand::tr("Collections to back up (default: all)."), u"[COLLECTION...]"_s);
    parser.addOptions(createOptions());
    const EncryptionOptions encryption;
    parser.addOptions(encryption.options());
    parser.addOptions(S3Options().options());
    int exitCode = ExitOk;
    WeaviateEndpoint endpoint;
    QString name;
    if (!parse(parser, arguments, &endpoint, &exitCode) || !readName(parser, &name, true))
        return exitCode;
    Job job;
    job.name = name;
    job.collections = parser.positionalArguments().mid(1);
    job.profile = parser.isSet(u"profile"_s) ? parser.value(u"profile"_s) : endpoint.url.host();
    if (parser.isSet(u"pattern"_s))
        job.fileNamePattern = parser.value(u"pattern"_s);
    AgeEncryptionKeys keys;
    if (!readDirectory(parser, &job) || !readConnection(parser, endpoint, &job) || !readBackupOptions(parser, &job)
        || !readRetention(parser, &job) || !encryption.read(m_context, parser, &keys) || !readEncryption(parser, &job))
        return ExitUsage;
    if (OpError error = parser.isSet(u"replace"_s) ? m_store.replace(&job) : m_store.add(&job))
        return fail(error);
    m_context.out << tr("Saved the job \"%1\". Its archives will be named like %2.")
                         .arg(job.name,
                             S3Archive::displayPath(
                                 S3Archive::pathIn(job.directory, job.fileName(QDateTime::currentDateTimeUtc()))))
                  << Qt::endl;
    return ExitOk;
}

// A local folder (made absolute: a scheduled run starts elsewhere) or s3://BUCKET/PREFIX/ with the --s3-* options
// that reach it; Job::check() then checks either.
bool JobCommand::readDirectory(const QCommandLineParser& parser, Job* job)
{
    const QString dir = parser.value(u"dir"_s);
    const bool s3Options = std::any_of(S3Options::names().cbegin(), S3Options::names().cend(),
        [&parser](const QString& option) { return parser.isSet(option); });
    if (S3Archive::isS3(dir)) {
        OpError error;
        const S3Location location = S3Location::parse(dir, &error, S3Location::Key::Optional);
        // A prefix is a folder: "s3://bucket/nightly" means the archives go under nightly/.
        const bool slash = error || location.key.isEmpty() || location.key.endsWith(u'/');
        job->directory = slash ? dir : dir + u'/';
        job->s3 = JobS3 {parser.value(u"s3-endpoint"_s), parser.value(u"s3-region"_s), parser.value(u"s3-profile"_s),
            parser.isSet(u"s3-path-style"_s)};
        return true;
    }
    if (dir.isEmpty() || dir.contains(u"://"_s)) {
        m_context.err << (dir.isEmpty() ? tr("Give the folder for the job's archives with --dir DIR.")
                                        : tr("A job writes to a local folder or to s3://BUCKET/PREFIX/; --dir \"%1\" "
                                             "is neither.")
                                              .arg(dir))
                      << Qt::endl;
        return false;
    }
    if (s3Options) {
        m_context.err << tr("The --s3-* options are for a job whose --dir is s3://BUCKET/PREFIX/.") << Qt::endl;
        return false;
    }
    job->directory = QFileInfo(dir).absoluteFilePath();
    return true;
}

bool JobCommand::absoluteFile(const QString& option, const QString& value, QString* path)
{
    if (value == u"-"_s) {
        m_context.err << tr("A job cannot read --%1 from standard input when it runs; give a file.").arg(option)
                      << Qt::endl;
        return false;
    }
    *path = value.isEmpty() ? QString() : QFileInfo(value).absoluteFilePath();
    return true;
}

// The options as given (CliContext has read and checked them already), never a secret value: those options are
// refused with the form that names a file instead.
bool JobCommand::readConnection(const QCommandLineParser& parser, const WeaviateEndpoint& endpoint, Job* job)
{
    if (parser.isSet(u"api-key"_s) || parser.isSet(u"header"_s) || !endpoint.url.password().isEmpty()) {
        m_context.err << tr("A job saves no secrets: give the API key with --api-key-file, headers with --header-file "
                            "or --header-env, and no password in the URL.")
                      << Qt::endl;
        return false;
    }
    JobConnection& c = job->connection;
    c.url = endpoint.url.toString();
    if (!absoluteFile(u"api-key-file"_s, parser.value(u"api-key-file"_s), &c.apiKeyFile)
        || !absoluteFile(u"ca-file"_s, parser.value(u"ca-file"_s), &c.caFile)
        || !absoluteFile(u"proxy-password-file"_s, parser.value(u"proxy-password-file"_s), &c.proxyPasswordFile))
        return false;
    for (const QString& file : parser.values(u"header-file"_s)) {
        if (!absoluteFile(u"header-file"_s, file, &c.headerFiles.emplaceBack()))
            return false;
    }
    c.headerEnv = parser.values(u"header-env"_s);
    c.insecure = endpoint.insecure;
    c.grpcUrl = parser.value(u"grpc-url"_s);
    c.grpcPort = parser.isSet(u"grpc-port"_s) ? endpoint.grpcPort : 0;
    // Asked through optionNames(): the options a command line gave, without a warning for one this build lacks.
    if (parser.optionNames().contains(u"transport"_s))
        c.transport = parser.value(u"transport"_s);
    c.proxy = parser.value(u"proxy"_s);
    c.proxyUser = parser.value(u"proxy-user"_s);
    c.timeoutSeconds = parser.isSet(u"timeout"_s) ? endpoint.transferTimeoutMs / 1000 : 0;
    c.retries = parser.isSet(u"retries"_s) ? endpoint.maxRetries : -1;
    if (c.apiKeyFile.isEmpty() && !endpoint.apiKey.isEmpty())
        m_context.err << tr("Note: the job does not save $WEAVIATE_API_KEY; a run gets the key from that variable of "
                            "its own environment, which a scheduled run does not have. Give --api-key-file instead.")
                      << Qt::endl;
    return true;
}

bool JobCommand::readBackupOptions(const QCommandLineParser& parser, Job* job)
{
    job->schemaOnly = parser.isSet(u"schema-only"_s);
    job->includeVectors = !parser.isSet(u"no-vectors"_s);
    job->activateTenants = parser.isSet(u"activate-tenants"_s);
    const auto compression = compressionFromName(parser.value(u"compression"_s));
    if (!compression) {
        m_context.err << BackupCommand::tr("Unknown compression \"%1\"; use zstd, gzip, xz or none.")
                             .arg(parser.value(u"compression"_s))
                      << Qt::endl;
        return false;
    }
    job->compression = *compression;
    bool ok = true;
    if (parser.isSet(u"level"_s))
        job->compressionLevel = parser.value(u"level"_s).toInt(&ok);
    if (ok)
        job->pageSize = parser.value(u"page-size"_s).toInt(&ok);
    if (!ok) {
        m_context.err << tr("--level and --page-size need a whole number.") << Qt::endl;
        return false;
    }
    return m_context.readTenantOptions(parser.values(u"tenants"_s), job->collections, &job->tenants);
}

bool JobCommand::readRetention(const QCommandLineParser& parser, Job* job)
{
    QJsonObject json;
    for (const QString& rule : retentionRules()) {
        const QString option = u"keep-"_s + rule;
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option).trimmed();
        bool ok = false;
        const int count = value.toInt(&ok);
        if (value == u"unlimited"_s) {
            json.insert(rule, value);
        } else if (!ok || count < 0) {
            m_context.err << tr("--%1 needs a number of 0 or more, or \"unlimited\".").arg(option) << Qt::endl;
            return false;
        } else {
            json.insert(rule, count);
        }
    }
    return RetentionPolicy::fromJson(json, &job->retention);
}

bool JobCommand::readEncryption(const QCommandLineParser& parser, Job* job)
{
    JobEncryption& e = job->encryption;
    for (const QString& text : parser.values(u"encrypt-to"_s))
        e.recipients << text.trimmed();
    e.recipients.removeDuplicates();
    if (!absoluteFile(u"passphrase-file"_s, parser.value(u"passphrase-file"_s), &e.passphraseFile))
        return false;
    for (const QString& file : parser.values(u"identity"_s)) {
        if (!absoluteFile(u"identity"_s, file, &e.identityFiles.emplaceBack()))
            return false;
    }
    AgeEncryptionKeys encryptionKeys;
    AgeDecryptionKeys decryptionKeys;
    if (!loadKeys(*job, &encryptionKeys, &decryptionKeys))
        return false;
    if (OpError error = e.checkIdentities(decryptionKeys.identities)) {
        m_context.err << error.message << u' ' << tr("Give it with --identity FILE.") << Qt::endl;
        return false;
    }
    return true;
}

bool JobCommand::connect(const Job& job, const QCommandLineParser& parser, WeaviateEndpoint* endpoint, QString* logFile)
{
    const QStringList given = parser.optionNames();
    for (const QString& option : connectionOptionNames()) {
        if (given.contains(option)) {
            m_context.err << tr("A job connects as it was saved; --%1 cannot be given to it. Save it again with \"job "
                                "create NAME --replace\" to change its connection.")
                                 .arg(option)
                          << Qt::endl;
            return false;
        }
    }
    *logFile = parser.isSet(u"log-file"_s) ? parser.value(u"log-file"_s)
                                           : m_store.newLogFile(job, QDateTime::currentDateTimeUtc());
    // The job's options go through the parser every command uses: the same checks and messages as on a command line.
    QStringList arguments {u"colvault-cli"_s};
    arguments += job.connection.arguments();
    if (m_context.verbose())
        arguments << u"--verbose"_s;
    arguments << u"--log-file"_s << *logFile;
    QCommandLineParser connection;
    int exitCode = ExitOk;
    return m_context.parse(connection, arguments, endpoint, &exitCode);
}

int JobCommand::runJob(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(m_json);
    int exitCode = ExitOk;
    Job job;
    if (!openJob(parser, arguments,
            tr("Run a job as its schedule does: back up, verify the new archive, then apply the retention rules. Every "
               "run is logged and recorded in the job history."),
            &job, &exitCode))
        return exitCode;
    JobRunInputs inputs;
    if (!connect(job, parser, &inputs.endpoint, &inputs.logFile)
        || !loadKeys(job, &inputs.encryption, &inputs.decryption))
        return ExitUsage;
    const bool json = parser.isSet(m_json);
    m_context.setProgressEnabled(!json && Terminal::stderrIsTerminal());
    CallbackProgressSink sink([this](const OperationProgress& p) { m_context.printProgress(p); },
        [] { return CliContext::interrupted().load(); });
    const JobRunReport report = JobRun::run(job, inputs, m_store, &sink);
    m_context.endProgress();
    JobOutput output(m_context.out);
    if (json)
        output.printJson(JobOutput::runJson(job, report));
    if (report.outcome == JobOutcome::Failed)
        m_context.printError(report.error);
    if (!json)
        output.printRun(m_context.err, report);
    switch (report.outcome) {
    case JobOutcome::Succeeded:
        return ExitOk;
    case JobOutcome::Partial:
        return ExitPartial;
    case JobOutcome::Canceled:
        return ExitCanceled;
    case JobOutcome::Failed:
        break;
    }
    return ExitFailed;
}

int JobCommand::prune(const QStringList& arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption dryRun(u"dry-run"_s, tr("List what would be removed and why; remove nothing."));
    parser.addOptions({dryRun, m_json});
    int exitCode = ExitOk;
    Job job;
    if (!openJob(parser, arguments,
            tr("Apply a job's retention rules to its folder: only archives of this job with a "
               "valid trailer are considered; the newest is always kept."),
            &job, &exitCode))
        return exitCode;
    JobOutput output(m_context.out);
    if (job.retention.isEmpty()) {
        m_context.out << tr("The job \"%1\" has no retention rules; nothing is removed.").arg(job.name) << Qt::endl;
        return ExitOk;
    }
    AgeEncryptionKeys encryption;
    AgeDecryptionKeys decryption;
    if (!loadKeys(job, &encryption, &decryption))
        return ExitUsage;
    const JobPruneResult result = JobArchives::prune(job, decryption, JobHistory(m_store.historyFile()).read(job.id),
        {}, parser.isSet(dryRun), [] { return CliContext::interrupted().load(); });
    if (result.error)
        return fail(result.error);
    if (result.canceled) {
        m_context.err << tr("Canceled; nothing was removed.") << Qt::endl;
        return ExitCanceled;
    }
    if (parser.isSet(m_json))
        output.printJson(JobOutput::pruneJson(job, result, parser.isSet(dryRun)));
    else
        output.printPrune(job, result, parser.isSet(dryRun), m_context.verbose());
    for (const QString& warning : result.warnings)
        m_context.err << warning << Qt::endl;
    return result.warnings.isEmpty() ? ExitOk : ExitFailed;
}

bool JobCommand::readSchedule(const QCommandLineParser& parser, JobSchedule* schedule)
{
    const QStringList kinds {u"daily"_s, u"hourly"_s, u"weekly"_s, u"off"_s};
    const qsizetype given
        = std::count_if(kinds.cbegin(), kinds.cend(), [&](const QString& k) { return parser.isSet(k); });
    if (given != 1) {
        m_context.err << tr("Give one of --daily, --hourly, --weekly DAY or --off.") << Qt::endl;
        return false;
    }
    *schedule = JobSchedule();
    schedule->every = parser.isSet(u"daily"_s) ? JobSchedule::Every::Day
        : parser.isSet(u"hourly"_s)            ? JobSchedule::Every::Hour
        : parser.isSet(u"weekly"_s)            ? JobSchedule::Every::Week
                                               : JobSchedule::Every::Never;
    if (parser.isSet(u"at"_s)) {
        schedule->at = QTime::fromString(parser.value(u"at"_s).trimmed(), u"H:mm"_s);
        if (schedule->every != JobSchedule::Every::Day && schedule->every != JobSchedule::Every::Week) {
            m_context.err << tr("--at goes with --daily or --weekly.") << Qt::endl;
            return false;
        }
        if (!schedule->at.isValid()) {
            m_context.err << tr("--at needs a time of day as HH:MM, e.g. 02:30.") << Qt::endl;
            return false;
        }
    }
    if (schedule->every == JobSchedule::Every::Week) {
        schedule->weekday = JobSchedule::weekdayFromName(parser.value(u"weekly"_s));
        if (schedule->weekday == 0) {
            m_context.err << tr("--weekly needs a day of the week, e.g. monday or mon.") << Qt::endl;
            return false;
        }
    }
    return true;
}

int JobCommand::schedule(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOptions({{u"daily"_s, tr("Every day (at 02:00 unless --at says otherwise).")},
        {u"hourly"_s, tr("Every hour, on the hour.")},
        {u"weekly"_s, tr("Every week on this day (monday … sunday, or mon … sun)."), u"DAY"_s},
        {u"at"_s, tr("Time of day, HH:MM (local time)."), u"HH:MM"_s}, {u"off"_s, tr("Remove the job's schedule.")}});
    int exitCode = ExitOk;
    Job job;
    JobSchedule schedule;
    if (!openJob(parser, arguments,
            tr("Let the operating system run a job: a systemd user timer on Linux, a launchd "
               "agent on macOS, a Task Scheduler task on Windows. Times are local."),
            &job, &exitCode))
        return exitCode;
    if (!readSchedule(parser, &schedule))
        return ExitUsage;
    const JobScheduler scheduler(m_store.directory());
    QStringList notes;
    const ScheduledCommand command {job.id, job.name, QCoreApplication::applicationFilePath(),
        m_store.directory() == JobStore::standardDirectory() ? QString() : m_store.directory()};
    if (OpError error
        = schedule.isOn() ? scheduler.install(command, schedule, &notes) : scheduler.remove(job.id, &notes))
        return fail(error);
    job.schedule = schedule;
    if (OpError error = m_store.update(job))
        return fail(error);
    for (const QString& note : std::as_const(notes))
        m_context.err << note << Qt::endl;
    if (!schedule.isOn()) {
        m_context.out << tr("The job \"%1\" is no longer scheduled.").arg(job.name) << Qt::endl;
        return ExitOk;
    }
    //: %1 a job's name, %2 its schedule ("daily at 02:00")
    m_context.out << tr("The job \"%1\" runs %2.").arg(job.name, schedule.describe()) << Qt::endl;
    for (const QString& file : scheduler.files(job.id))
        m_context.out << u"  "_s << QDir::toNativeSeparators(file) << Qt::endl;
    return ExitOk;
}

} // namespace Colvault::Cli
