// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Logging.h"

#include <QFile>

Q_LOGGING_CATEGORY(lcCore, "colvault.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClient, "colvault.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "colvault.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackup, "colvault.backup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRestore, "colvault.restore", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClear, "colvault.clear", QtWarningMsg)

namespace Colvault {

bool openPrivateLogFile(QFile* file)
{
    constexpr QFile::Permissions ownerOnly = QFile::ReadOwner | QFile::WriteOwner;
    // The permissions apply when the file is created (atomically, by open(2) on POSIX, before anything is written).
    if (!file->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text, ownerOnly))
        return false;
#if defined(Q_OS_UNIX)
    // An existing log (say 0644 from before this rule, or made by `touch`) is narrowed rather than refused: appending
    // to one log run after run is what --log-file is for, and refusing would break such a script on the next run
    // without making the file any safer. Only its owner can narrow it; anyone else is refused.
    const QFile::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther
        | QFile::WriteOther | QFile::ExeOther;
    if (file->permissions().testAnyFlags(others) && !file->setPermissions(ownerOnly))
        return false; // left open: close() would clear the error; the caller deletes the file object
#else
        // Windows has no mode bits (QFile maps them to the read-only attribute only): a new file gets the access list
        // of its folder, which for the user's own folders already admits only that user and administrators.
#endif
    return true;
}

} // namespace Colvault
