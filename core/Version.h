// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>

namespace Colvault {

// The product version, as set in the top-level CMakeLists.txt. Written into every archive's manifest.
QString versionString();

} // namespace Colvault
