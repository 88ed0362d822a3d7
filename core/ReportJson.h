// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/BackupPlan.h"

#include <QJsonObject>

// Machine-readable forms of plans and reports: the CLI's --json output and the GUI's "Save report…". They never
// contain credentials: endpoints appear only as their redacted URL.
namespace Colvault::ReportJson {

QJsonObject toJson(const OpError& error);
QJsonObject toJson(const BackupPlan& plan);
QJsonObject toJson(const BackupReport& report);

} // namespace Colvault::ReportJson
