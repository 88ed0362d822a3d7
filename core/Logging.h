// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QLoggingCategory>

class QFile;

// One logging category per component. Enable with QT_LOGGING_RULES="colvault.*.debug=true" or the CLI's --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcRestore)
Q_DECLARE_LOGGING_CATEGORY(lcClear)

namespace Colvault {

// Opens `file` (its name set) for appending text, readable and writable by its owner only (mode 0600 on POSIX): a
// log holds server addresses, collection and tenant names and server error bodies. A new file is created with that
// mode; an existing one with wider permissions is narrowed. Returns false with file->errorString() saying why.
bool openPrivateLogFile(QFile* file);

} // namespace Colvault
