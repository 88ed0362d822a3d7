// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QString>

namespace Emu {
class Emulator;
}

namespace TestSupport {

// Everything an in-process emulator holds, as text that two servers share exactly when their content is the same:
// every class as GET /v1/schema/{c} returns it, every shard with its status, every object with its properties
// (references in a fixed order) and the bits of its vectors, inactive tenants included. Timestamps are left out:
// a restore writes the same content at another time.
QString storeDump(Emu::Emulator& emulator);

} // namespace TestSupport
