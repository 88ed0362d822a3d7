// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "colvault.core", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClient, "colvault.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcArchive, "colvault.archive", QtWarningMsg)
Q_LOGGING_CATEGORY(lcBackup, "colvault.backup", QtWarningMsg)
Q_LOGGING_CATEGORY(lcRestore, "colvault.restore", QtWarningMsg)
Q_LOGGING_CATEGORY(lcClear, "colvault.clear", QtWarningMsg)
