// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "core/ArchiveVerifier.h"

#include <QString>
#include <optional>

namespace Colvault {

// Archives verified in this session (by the restore wizard's Verify, or by a clear that verified its backup), so a
// wizard opening one of them again shows it verified instead of "Not verified yet". An archive is known by its
// identity: path, size, modification time and the SHA-256 of its last 64 KiB (where the trailer is); a file changed
// in any of these is verified again. Only complete, intact verifications are kept.
// GUI thread only (one table for the process). Usage: remember(path, v) after a verification; lookup(path).
class VerifiedArchives
{
public:
    static void remember(const QString& path, const ArchiveVerification& verification);
    static std::optional<ArchiveVerification> lookup(const QString& path);
    static void forget(const QString& path);
};

} // namespace Colvault
