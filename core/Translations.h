// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include <QLocale>
#include <QString>

namespace Colvault {

// Installs Colvault's translations (embedded .qm files, :/i18n/colvault_<lang>.qm) and Qt's own for the given
// locale on the running QCoreApplication. English is installed too: it carries the plural forms of "%Ln item(s)"
// messages. Call on the main thread after the application object exists; the CLI, the GUI and the tests do. A
// second call replaces what the first installed (the tests switch languages this way).
class Translations
{
public:
    // Returns the language actually installed ("en" when none matched).
    static QString install(const QLocale& locale = QLocale());
    // Language codes with an embedded translation, English included ("de", "en", "ja", "zh_CN", ...).
    static QStringList available();
    static bool isAvailable(const QString& language) { return available().contains(language); }
};

} // namespace Colvault
