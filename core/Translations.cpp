// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Colvault {

QStringList Translations::available()
{
    QStringList out;
    const QStringList files = QDir(u":/i18n"_s).entryList({u"colvault_*.qm"_s}, QDir::Files, QDir::Name);
    for (const QString& f : files)
        out << f.mid(9, f.size() - 9 - 3); // "colvault_" ... ".qm"
    return out; // English is among them: colvault_en.qm carries its plural forms
}

namespace {
QList<QTranslator*>& installedTranslators()
{
    static QList<QTranslator*> list;
    return list;
}
} // namespace

QString Translations::install(const QLocale& locale)
{
    auto* app = QCoreApplication::instance();
    Q_ASSERT_X(app, "Translations::install", "needs the application object");
    for (QTranslator* t : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    installedTranslators().clear();

    // English first: a later, more specific translator wins where both have an entry.
    auto* english = new QTranslator(app);
    if (english->load(u":/i18n/colvault_en.qm"_s)) {
        QCoreApplication::installTranslator(english);
        installedTranslators().append(english);
    } else
        delete english;

    QString installed = u"en"_s;
    auto* own = new QTranslator(app);
    if (locale.language() != QLocale::English && own->load(locale, u"colvault"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        installedTranslators().append(own);
        installed = QFileInfo(own->filePath()).completeBaseName().mid(9);
    } else {
        delete own;
    }

    auto* qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installedTranslators().append(qt);
    } else
        delete qt;
    return installed;
}

} // namespace Colvault
