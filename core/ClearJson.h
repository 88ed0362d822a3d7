// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ClearPlan.h"

#include <QJsonObject>

// Machine-readable forms of clear plans and reports (the CLI's --json). Like ReportJson: no credentials, the
// endpoint only as its redacted URL.
namespace Colvault::ClearJson {

QJsonObject toJson(const ClearPlan& plan);
QJsonObject toJson(const ClearReport& report);

} // namespace Colvault::ClearJson
