// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/RestorePlan.h"

#include <QJsonObject>

// Machine-readable forms of restore plans and reports (the CLI's --json). Like ReportJson: no credentials, the
// endpoint only as its redacted URL.
namespace Colvault::RestoreJson {

QJsonObject toJson(const RestoreObjectCounts& counts);
QJsonObject toJson(const RestorePlan& plan);
QJsonObject toJson(const RestoreReport& report);

} // namespace Colvault::RestoreJson
