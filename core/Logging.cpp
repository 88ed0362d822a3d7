// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Logging.h"

Q_LOGGING_CATEGORY(lcCore, "colvault.core", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClient, "colvault.client", QtInfoMsg)
Q_LOGGING_CATEGORY(lcArchive, "colvault.archive", QtInfoMsg)
Q_LOGGING_CATEGORY(lcBackup, "colvault.backup", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRestore, "colvault.restore", QtInfoMsg)
Q_LOGGING_CATEGORY(lcClear, "colvault.clear", QtInfoMsg)
