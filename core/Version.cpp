// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Version.h"

namespace Colvault {

QString versionString()
{
    return QStringLiteral(COLVAULT_VERSION_STRING);
}

} // namespace Colvault
