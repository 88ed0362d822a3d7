// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QLoggingCategory>

// One logging category per component. Enable with QT_LOGGING_RULES="colvault.*.debug=true" or the CLI's --verbose.
Q_DECLARE_LOGGING_CATEGORY(lcCore)
Q_DECLARE_LOGGING_CATEGORY(lcClient)
Q_DECLARE_LOGGING_CATEGORY(lcArchive)
Q_DECLARE_LOGGING_CATEGORY(lcBackup)
Q_DECLARE_LOGGING_CATEGORY(lcRestore)
Q_DECLARE_LOGGING_CATEGORY(lcClear)
