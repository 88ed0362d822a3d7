// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "app/cli/OperationCommand.h"

#include "app/cli/Terminal.h"
#include "core/ReportJson.h"

#include <QJsonDocument>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault::Cli {

OperationCommandBase::OperationCommandBase(CliContext& context)
    : m_context(context)
    , m_sink([this](const OperationProgress& p) { m_context.printProgress(p); },
          [] { return CliContext::interrupted().load(); })
{
}

QStringList OperationCommandBase::sortedNames(QStringList names)
{
    for (QString& n : names)
        n = n.trimmed();
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end());
    return names;
}

bool OperationCommandBase::interactive() const
{
    return Terminal::stdinIsTerminal() && !m_json;
}

QString OperationCommandBase::blockedText(int /*problems*/) const
{
    return {};
}

bool OperationCommandBase::parse(const QStringList& arguments, WeaviateEndpoint* endpoint, int* exitCode)
{
    if (!m_context.parse(m_parser, arguments, endpoint, exitCode))
        return false;
    m_dryRun = m_parser.isSet(u"dry-run"_s);
    m_json = m_parser.isSet(u"json"_s);
    return true;
}

void OperationCommandBase::startProgress()
{
    m_context.setProgressEnabled(!m_json && Terminal::stderrIsTerminal());
}

QJsonObject OperationCommandBase::failedReportJson(const QString& kind, const OpError& error)
{
    return {{u"kind"_s, kind}, {u"outcome"_s, u"failed"_s}, {u"error"_s, ReportJson::toJson(error)}};
}

void OperationCommandBase::printJson(const QJsonObject& object)
{
    m_context.out << QJsonDocument(object).toJson();
    m_context.out.flush();
}

int OperationCommandBase::planCanceledOrFailed(const OpError& error)
{
    if (CliContext::interrupted()) {
        m_context.err << canceledBeforeApplyText() << Qt::endl;
        return ExitCanceled;
    }
    if (m_json)
        printJson(planFailedJson(error));
    m_context.printError(error);
    return CliContext::exitCodeOf(error);
}

int OperationCommandBase::refuseBlocked(int problems)
{
    m_context.err << blockedText(problems) << Qt::endl;
    return ExitFailed;
}

bool OperationCommandBase::confirmNames(const NameConfirmation& confirmation, const std::function<void()>& showPlan)
{
    QStringList given;
    if (m_parser.isSet(u"yes"_s)) {
        given = sortedNames(m_parser.value(u"confirm"_s).split(u','));
    } else if (interactive()) {
        showPlan();
        m_context.out << confirmation.prompt << Qt::endl;
        given = sortedNames(Terminal::readLine().split(u','));
    } else {
        m_context.err << confirmation.refusal << Qt::endl;
        return false;
    }
    if (given != confirmation.names) {
        m_context.err << confirmation.mismatch.arg(given.join(u", "_s), confirmation.names.join(u", "_s)) << Qt::endl;
        return false;
    }
    return true;
}

} // namespace Colvault::Cli
