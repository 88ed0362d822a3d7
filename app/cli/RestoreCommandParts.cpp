// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/RestoreCommandParts.h"

#include "app/cli/Terminal.h"
#include "core/RestoreTask.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

namespace {

QString actionText(const RestoreCollectionPlan& c)
{
    switch (c.action) {
    case RestoreCollectionPlan::Action::Create:
        return RestoreCommandParts::tr("create");
    case RestoreCollectionPlan::Action::Replace:
        return RestoreCommandParts::tr("drop and create again");
    case RestoreCollectionPlan::Action::UseExisting:
        return RestoreCommandParts::tr("add to the existing collection");
    }
    return {};
}

QString countsText(const RestoreObjectCounts& c)
{
    const QLocale locale;
    //: %1..%4 object counts
    return RestoreCommandParts::tr("%1 to create, %2 to overwrite, %3 to skip, %4 unchanged")
        .arg(locale.toString(c.create), locale.toString(c.overwrite), locale.toString(c.skip),
            locale.toString(c.unchanged));
}

QString tenantText(const RestoreTenantPlan& t)
{
    //: %1 tenant name, %2 and %3 tenant statuses as the server names them (HOT, COLD, ...)
    return t.create
        ? (t.finalStatus.isEmpty()
                ? RestoreCommandParts::tr("tenant %1: to be created").arg(t.name)
                : RestoreCommandParts::tr("tenant %1: to be created, then set to %2").arg(t.name, t.finalStatus))
        : (t.finalStatus.isEmpty() ? RestoreCommandParts::tr("tenant %1: exists (%2)").arg(t.name, t.targetStatus)
                                   : RestoreCommandParts::tr("tenant %1: exists (%2), to be set to %3")
                                         .arg(t.name, t.targetStatus, t.finalStatus));
}

QString aliasText(const RestoreAliasPlan& a)
{
    switch (a.action) {
    case RestoreAliasPlan::Action::Create:
        //: %1 alias name, %2 the collection it will point at
        return RestoreCommandParts::tr("alias %1 -> %2: to be created").arg(a.alias, a.collection);
    case RestoreAliasPlan::Action::Unchanged:
        return RestoreCommandParts::tr("alias %1 -> %2: already correct").arg(a.alias, a.collection);
    case RestoreAliasPlan::Action::Move:
        //: %1 alias name, %2 the collection it will point at, %3 the collection it points at now
        return RestoreCommandParts::tr("alias %1 -> %2: to be moved from %3").arg(a.alias, a.collection, a.current);
    case RestoreAliasPlan::Action::Blocked:
        //: %1 alias name, %2 the restored collection, %3 the collection it points at now
        return RestoreCommandParts::tr("alias %1 -> %2: blocked, it points at %3")
            .arg(a.alias, a.collection, a.current);
    }
    return {};
}

// RestoreVectors::Omit: what computes each vector on the target.
QString vectorizerText(const RestoreVectorizerPlan& v)
{
    if (v.module == u"none"_s)
        return v.vector.isEmpty()
            ? RestoreCommandParts::tr("no vectors: the objects are written without them")
            //: %1 the name of a named vector
            : RestoreCommandParts::tr("vector %1: none, the objects are written without it").arg(v.vector);
    //: %1 a vectorizer module (text2vec-openai); %n objects
    return v.vector.isEmpty()
        ? RestoreCommandParts::tr("the target's %1 will embed %n object(s)", nullptr, int(v.objects)).arg(v.module)
        //: %1 the name of a named vector, %2 a vectorizer module (text2vec-openai); %n objects
        : RestoreCommandParts::tr("vector %1: the target's %2 will embed %n object(s)", nullptr, int(v.objects))
              .arg(v.vector, v.module);
}

} // namespace

QCommandLineOption RestoreCommandParts::vectorsOption()
{
    return QCommandLineOption(u"vectors"_s,
        tr("keep (default: objects carry their vectors) or omit (objects are written without vectors; the target's "
           "--vectorizer modules compute new ones)."),
        u"keep|omit"_s, u"keep"_s);
}

QCommandLineOption RestoreCommandParts::vectorizerOption()
{
    return QCommandLineOption(u"vectorizer"_s,
        tr("With --vectors omit: create the collections with this vectorizer module of the target, for the "
           "collection's vector and every named vector, or NAME=MODULE for one named vector. Repeatable."),
        u"MODULE"_s);
}

bool RestoreCommandParts::readVectors(
    QTextStream& err, const QString& vectors, const QStringList& vectorizers, RestoreParams* params)
{
    if (vectors == u"keep"_s)
        params->vectors = RestoreVectors::Keep;
    else if (vectors == u"omit"_s)
        params->vectors = RestoreVectors::Omit;
    else {
        err << tr("Unknown --vectors value \"%1\"; use keep or omit.").arg(vectors) << Qt::endl;
        return false;
    }
    if (!vectorizers.isEmpty() && params->vectors != RestoreVectors::Omit) {
        err << tr("--vectorizer sets what computes new vectors: use it with --vectors omit.") << Qt::endl;
        return false;
    }
    for (const QString& spec : vectorizers) {
        const qsizetype eq = spec.indexOf(u'=');
        const QString name = eq < 0 ? QString() : spec.left(eq);
        const QString module = eq < 0 ? spec : spec.mid(eq + 1);
        if (module.isEmpty() || (eq >= 0 && name.isEmpty()) || params->vectorizers.contains(name)) {
            err << tr("--vectorizer %1: use MODULE or NAME=MODULE, once per vector.").arg(spec) << Qt::endl;
            return false;
        }
        params->vectorizers.insert(name, module);
    }
    return true;
}

bool RestoreCommandParts::readAliases(QTextStream& err, const QString& value, RestoreAliases* aliases)
{
    if (value == u"keep"_s)
        *aliases = RestoreAliases::Keep;
    else if (value == u"skip"_s)
        *aliases = RestoreAliases::Skip;
    else {
        err << tr("Unknown --aliases value \"%1\"; use keep or skip.").arg(value) << Qt::endl;
        return false;
    }
    return true;
}

bool RestoreCommandParts::readMode(QTextStream& err, const QString& value, RestoreMode* mode)
{
    const auto parsed = RestoreTask::modeFromName(value);
    if (!parsed) {
        err << tr("Unknown mode \"%1\"; use new, merge, overwrite or replace.").arg(value) << Qt::endl;
        return false;
    }
    *mode = *parsed;
    return true;
}

bool RestoreCommandParts::readRenames(QTextStream& err, const QStringList& specs, QMap<QString, QString>* rename)
{
    for (const QString& spec : specs) {
        const QStringList parts = spec.split(u'=');
        if (parts.size() != 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
            err << tr("--rename %1: use OLD=NEW.").arg(spec) << Qt::endl;
            return false;
        }
        rename->insert(parts[0], parts[1]);
    }
    return true;
}

void RestoreCommandParts::printPlan(QTextStream& out, const RestorePlan& plan)
{
    for (const RestoreCollectionPlan& c : plan.collections) {
        const QString name = c.source == c.target ? c.target : tr("%1 (from %2)").arg(c.target, c.source);
        out << u"  "_s << name << u": "_s << actionText(c) << Qt::endl;
        if (!plan.params.schemaOnly)
            out << u"    "_s << countsText(c.objects) << Qt::endl;
        if (!c.diff.onlyInArchive.isEmpty() && c.action == RestoreCollectionPlan::Action::UseExisting)
            out << u"    "_s << tr("properties to add: %1").arg(c.diff.onlyInArchive.join(u", "_s)) << Qt::endl;
        if (!c.diff.onlyInTarget.isEmpty())
            out << u"    "_s << tr("properties only on the target: %1").arg(c.diff.onlyInTarget.join(u", "_s))
                << Qt::endl;
        for (const RestoreTenantPlan& t : c.tenants)
            out << u"    "_s << tenantText(t) << Qt::endl;
        for (const RestoreVectorizerPlan& v : c.vectorizers)
            out << u"    "_s << vectorizerText(v) << Qt::endl;
    }
    for (const RestoreAliasPlan& a : plan.aliases)
        out << u"  "_s << aliasText(a) << Qt::endl;
    if (!plan.params.schemaOnly)
        out << tr("Total: %1.").arg(countsText(plan.totals)) << Qt::endl;
    for (const QString& w : plan.warnings)
        out << tr("Warning: %1").arg(w) << Qt::endl;
    for (const QString& p : plan.problems)
        out << tr("Problem: %1").arg(p) << Qt::endl;
}

void RestoreCommandParts::printReport(
    QTextStream& out, QTextStream& err, const RestoreReport& report, const QString& summary)
{
    for (const QString& w : report.warnings)
        err << tr("Warning: %1").arg(w) << Qt::endl;
    for (const RestoreFailure& f : report.failures)
        //: %1 collection, %2 object id, %3 the server's message
        err << (f.tenant.isEmpty()
                ? tr("Failed: object %2 of %1: %3").arg(f.collection, f.id, f.message)
                //: %1 collection, %2 tenant, %3 object id, %4 the server's message
                : tr("Failed: object %3 of %1, tenant %2: %4").arg(f.collection, f.tenant, f.id, f.message))
            << Qt::endl;
    for (const QString& mismatch : report.countMismatches)
        err << tr("Count: %1").arg(mismatch) << Qt::endl;
    out << summary << Qt::endl;
    if (report.failureCount > 0)
        err << tr("%Ln object(s) or reference(s) failed.", nullptr, int(report.failureCount)) << Qt::endl;
    for (const RestoreAliasPlan& a : report.aliases) {
        if (a.action != RestoreAliasPlan::Action::Move) {
            out << (a.swap ? tr("Alias %1 now points at %2. To undo: colvault-cli alias delete %1")
                           : tr("Alias %1 now points at %2."))
                       .arg(a.alias, a.collection)
                << Qt::endl;
            continue;
        }
        //: %1 alias, %2 the collection it points at now, %3 the one it pointed at before
        out << tr("Alias %1 now points at %2 (it pointed at %3, which is kept). To switch back: colvault-cli alias "
                  "set %1 %3")
                   .arg(a.alias, a.collection, a.current)
            << Qt::endl;
    }
}

bool RestoreCommandParts::askYes(CliContext& context, const QString& question, const QString& declined)
{
    context.out << question << Qt::endl;
    const QString answer = Terminal::readLine().trimmed().toLower();
    //: Lower-case answers that mean yes, separated by |; the English y and yes are always accepted too
    const QStringList accepted = tr("yes|y", "answers accepted as yes").split(u'|');
    if (answer != u"y" && answer != u"yes" && !accepted.contains(answer)) {
        context.err << declined << Qt::endl;
        return false;
    }
    return true;
}

int RestoreCommandParts::finish(CliContext& context, const RestoreReport& report, bool json, const EndTexts& texts)
{
    switch (report.outcome) {
    case RestoreReport::Outcome::Canceled:
        context.err << texts.canceled << Qt::endl << texts.resumeHint << Qt::endl;
        return ExitCanceled;
    case RestoreReport::Outcome::Failed:
        context.printError(report.error);
        context.err << texts.resumeHint << Qt::endl;
        return ExitFailed;
    case RestoreReport::Outcome::Succeeded:
        break;
    }
    if (!json)
        printReport(context.out, context.err, report, texts.summary);
    return report.isPartial() ? ExitPartial : ExitOk;
}

} // namespace Colvault::Cli
