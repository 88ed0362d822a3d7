// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "tools/emulator/HttpTypes.h"

#include <string>

namespace Emu {

// Builds the request the transport would have parsed from `METHOD target` with a JSON body, for feeding the
// engine directly (seeding demo data in-process, tests). The target's query is split on '&' and '=' without
// percent-decoding: callers pass plain names.
HttpRequest makeLocalRequest(
    const std::string& method, const std::string& target, const std::string& body, const std::string& bearer = {});

} // namespace Emu
