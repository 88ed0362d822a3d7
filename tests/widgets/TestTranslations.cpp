// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/RestorePlan.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "tools/seed/DemoSeeder.h"
#include "widgets/BackupDialog.h"
#include "widgets/ClearWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/RestoreWizard.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Each translation, on the key dialogs driven against the emulator: the backup dialog, the progress dialog's result,
// every clear-wizard page up to the typed confirmation, and the restore wizard's archive, options and diff pages.
// For each it checks that no visible text is left in English, that no label or button is cut (it is at least as
// large as it asks to be), and that the dialogs fit a common laptop screen; and that plural forms follow each
// language's rule for 0, 1, 2, 5 and 21.
class TestTranslations : public QObject
{
    Q_OBJECT

    // The English sources of one language's catalogue that its translation changes, as anchored patterns in which
    // every placeholder matches any text: a visible text matching one is English that should not be there.
    struct Catalogue
    {
        QList<QRegularExpression> english;
        QString error;
    };

    static QString withoutMnemonic(QString text)
    {
        text.replace(u"&&"_s, u"\x01"_s);
        text.remove(u'&');
        text.replace(u"\x01"_s, u"&"_s);
        return text;
    }

    static Catalogue loadCatalogue(const QString& lang)
    {
        Catalogue c;
        QFile file(QStringLiteral(COLVAULT_SOURCE_DIR "/translations/colvault_%1.ts").arg(lang));
        if (!file.open(QIODevice::ReadOnly)) {
            c.error = file.errorString();
            return c;
        }
        QXmlStreamReader xml(&file);
        QString source;
        QStringList translations;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"message") {
                source.clear();
                translations.clear();
            } else if (xml.isStartElement() && xml.name() == u"source") {
                source = xml.readElementText();
            } else if (xml.isStartElement() && (xml.name() == u"translation" || xml.name() == u"numerusform")) {
                if (xml.attributes().value(u"type"_s).isEmpty() || xml.name() == u"numerusform") {
                    const QString t = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                    if (!t.isEmpty())
                        translations << t;
                }
            } else if (xml.isEndElement() && xml.name() == u"message") {
                const QString plain = withoutMnemonic(source);
                // Sources without two words of their own ("%1 (%2)", "OK") say nothing about the language.
                static const QRegularExpression word(u"[A-Za-z]{2,}"_s);
                QString letters = plain;
                letters.remove(QRegularExpression(u"%L?\\d+|%L?n"_s));
                int words = 0;
                for (auto it = word.globalMatch(letters); it.hasNext(); it.next())
                    ++words;
                if (words < 2 || translations.contains(source))
                    continue;
                QString pattern = QRegularExpression::escape(plain);
                pattern.replace(QRegularExpression(u"%L?\\d+|%L?n"_s), u".+"_s);
                c.english << QRegularExpression(
                    u"^"_s + pattern + u"$"_s, QRegularExpression::DotMatchesEverythingOption);
            }
        }
        if (xml.hasError())
            c.error = xml.errorString();
        return c;
    }

    // Every text a user reads in `root`: titles, labels, buttons, group boxes, combo items, header and tree items.
    static QStringList visibleTexts(QWidget* root)
    {
        QStringList texts {root->windowTitle()};
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            if (auto* l = qobject_cast<QLabel*>(w))
                texts << l->text();
            else if (auto* b = qobject_cast<QAbstractButton*>(w))
                texts << b->text();
            else if (auto* g = qobject_cast<QGroupBox*>(w))
                texts << g->title();
            else if (auto* c = qobject_cast<QComboBox*>(w))
                for (int i = 0; i < c->count(); ++i)
                    texts << c->itemText(i);
            else if (auto* e = qobject_cast<QLineEdit*>(w))
                texts << e->placeholderText();
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* m = view->model();
                for (int col = 0; col < m->columnCount(); ++col)
                    texts << m->headerData(col, Qt::Horizontal).toString();
                for (int row = 0; row < std::min(m->rowCount(), 50); ++row)
                    for (int col = 0; col < m->columnCount(); ++col)
                        texts << m->index(row, col).data().toString();
            }
            if (auto* tree = qobject_cast<QTreeWidget*>(w)) {
                for (QTreeWidgetItemIterator it(tree); *it; ++it)
                    for (int col = 0; col < tree->columnCount(); ++col)
                        texts << (*it)->text(col);
            }
        }
        texts.removeAll(QString());
        return texts;
    }

    static QStringList englishLeft(QWidget* root, const Catalogue& catalogue)
    {
        // Qt's own buttons, which qtbase's translations cover in every one of our languages.
        static const QStringList qtEnglish {u"Next >"_s, u"< Back"_s, u"Finish"_s, u"Cancel"_s, u"Commit"_s, u"Close"_s,
            u"Help"_s, u"Save"_s, u"Apply"_s};
        QStringList found;
        for (const QString& text : visibleTexts(root)) {
            const QString plain = withoutMnemonic(text);
            if (qtEnglish.contains(plain)) {
                found << plain;
                continue;
            }
            for (const QRegularExpression& re : catalogue.english)
                if (re.match(plain).hasMatch()) {
                    found << plain + u" (as "_s + re.pattern() + u")"_s;
                    break;
                }
        }
        found.removeDuplicates();
        return found;
    }

    // Labels and buttons smaller than their size hint show cut text.
    static QStringList truncated(QWidget* root)
    {
        QStringList found;
        const QList<QWidget*> widgets = root->findChildren<QWidget*>();
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            if (auto* l = qobject_cast<QLabel*>(w); l && !l->text().isEmpty() && l->pixmap().isNull()) {
                const bool cut
                    = l->wordWrap() ? l->height() < l->heightForWidth(l->width()) : l->width() < l->sizeHint().width();
                if (cut)
                    found << u"label %1 (%2x%3, wants %4x%5): %6"_s.arg(l->objectName())
                                 .arg(l->width())
                                 .arg(l->height())
                                 .arg(l->sizeHint().width())
                                 .arg(l->wordWrap() ? l->heightForWidth(l->width()) : l->sizeHint().height())
                                 .arg(l->text().left(60));
            } else if (auto* b = qobject_cast<QAbstractButton*>(w); b && !b->text().isEmpty()) {
                if (b->width() < b->sizeHint().width())
                    found << u"button %1 (%2, wants %3): %4"_s.arg(b->objectName())
                                 .arg(b->width())
                                 .arg(b->sizeHint().width())
                                 .arg(b->text());
            }
        }
        return found;
    }

    // Checks one open dialog or wizard page; `what` names it in failures.
    static void checkWidget(QWidget* root, const Catalogue& catalogue, const QString& what)
    {
        QApplication::processEvents(); // layouts settle (test code; the product never does this)
        const QStringList english = englishLeft(root, catalogue);
        QVERIFY2(english.isEmpty(), qPrintable(what + u": English left: "_s + english.join(u" | "_s)));
        const QStringList cut = truncated(root);
        QVERIFY2(cut.isEmpty(), qPrintable(what + u": cut: "_s + cut.join(u" | "_s)));
        // Fits a 1366x768 laptop screen with room for the task bar.
        const QSize hint = root->window()->sizeHint();
        QVERIFY2(hint.width() <= 1366 && hint.height() <= 720,
            qPrintable(u"%1: %2x%3 is too large"_s.arg(what).arg(hint.width()).arg(hint.height())));
    }

    static QAction* action(QWidget* window, const char* name)
    {
        return window->findChild<QAction*>(QString::fromLatin1(name));
    }

private Q_SLOTS:
    void cleanupTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup()
    {
        Colvault::Dialogs::clearNextAnswers();
        QLocale::setDefault(QLocale(QLocale::English));
    }

    void testPluralForms_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"de", "fr", "es", "ja", "zh_CN"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void testPluralForms()
    {
        QFETCH(QString, lang);
        QCOMPARE(Colvault::Translations::install(QLocale(lang)), lang);
        // Which form each count takes: German and Spanish tell 1 apart, French 0 and 1, Japanese and Chinese none.
        auto formOf = [&](int n) {
            if (lang == u"ja" || lang == u"zh_CN")
                return 0;
            if (lang == u"fr")
                return n <= 1 ? 0 : 1;
            return n == 1 ? 0 : 1;
        };
        const std::pair<const char*, const char*> messages[] = {
            {"ClearCommand", "%Ln object(s)"},
            {"Colvault::BackupDialog", "%Ln object(s) written."},
            {"Colvault::ClearWizard", "%Ln object(s) deleted."},
        };
        for (const auto& [context, source] : messages) {
            QHash<int, QString> shapeOfForm;
            for (int n : {0, 1, 2, 5, 21}) {
                const QString text = QCoreApplication::translate(context, source, nullptr, n);
                QVERIFY2(text != QCoreApplication::translate("NoSuchContext", source, nullptr, n),
                    qPrintable(u"%1 %2: untranslated"_s.arg(lang, QLatin1String(source))));
                QVERIFY2(text.contains(QString::number(n)), qPrintable(u"%1 n=%2: %3"_s.arg(lang).arg(n).arg(text)));
                // The same form with the number blanked reads the same; a different form reads differently.
                const QString shape = QString(text).replace(QString::number(n), u"#"_s);
                const int form = formOf(n);
                if (!shapeOfForm.contains(form)) {
                    for (auto it = shapeOfForm.cbegin(); it != shapeOfForm.cend(); ++it)
                        QVERIFY2(it.value() != shape,
                            qPrintable(u"%1 n=%2: form %3 reads like form %4: %5"_s.arg(lang)
                                           .arg(n)
                                           .arg(form)
                                           .arg(it.key())
                                           .arg(text)));
                    shapeOfForm.insert(form, shape);
                } else {
                    QVERIFY2(shapeOfForm.value(form) == shape,
                        qPrintable(u"%1 n=%2: %3 is not form %4 (%5)"_s.arg(lang).arg(n).arg(text).arg(form).arg(
                            shapeOfForm.value(form))));
                }
            }
        }
    }

    void testKeyDialogs_data()
    {
        QTest::addColumn<QString>("lang");
        for (const char* lang : {"de", "fr", "es", "ja", "zh_CN"})
            QTest::newRow(lang) << QString::fromLatin1(lang);
    }

    void testKeyDialogs()
    {
        QFETCH(QString, lang);
        const Catalogue catalogue = loadCatalogue(lang);
        QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
        QVERIFY(catalogue.english.size() > 300);
        QCOMPARE(Colvault::Translations::install(QLocale(lang)), lang);
        QLocale::setDefault(QLocale(lang));

        TestSupport::EmulatorFixture f;
        Seed::SeedOptions o;
        o.objects = 30;
        o.dims = 4;
        o.frozenTenant = false;
        o.collections = {"Article", "Author"};
        QString error;
        QVERIFY2(f.seed(o, &error), qPrintable(error));

        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        h.settings.setValue(u"lastFolder"_s, h.dir.path());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        window->connectToProfile(u"Emulator"_s);
        auto* table = window->findChild<QTableView*>(u"collectionsTableView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > 0, 20000);
        checkWidget(window, catalogue, u"main window"_s);
        if (QTest::currentTestFailed())
            return;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            if (table->model()->index(row, 0).data().toString() == u"Article")
                table->selectRow(row);

        // Backup dialog, then its run to the progress dialog's result page.
        action(window, "backupAction")->trigger();
        auto* backup = window->findChild<Colvault::BackupDialog*>(u"backupDialog"_s);
        QVERIFY(backup);
        QTRY_VERIFY(backup->isVisible());
        checkWidget(backup, catalogue, u"backup dialog"_s);
        if (QTest::currentTestFailed())
            return;
        const QString archive = h.dir.filePath(u"article.tar.zst"_s);
        auto* destination = backup->findChild<QLineEdit*>(u"destinationLineEdit"_s);
        destination->selectAll();
        QTest::keyClicks(destination, archive);
        auto* start = backup->findChild<QAbstractButton*>(u"startButton"_s);
        QTRY_VERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        auto* progress = window->findChild<Colvault::JobProgressDialog*>(u"jobProgressDialog"_s);
        QVERIFY(progress);
        QTRY_COMPARE_WITH_TIMEOUT(progress->state(), Colvault::JobProgressDialog::State::Done, 30000);
        QVERIFY(QFile::exists(archive));
        checkWidget(progress, catalogue, u"progress dialog (result)"_s);
        if (QTest::currentTestFailed())
            return;
        progress->close();

        // Clear wizard: what, impact (with the plan), the typed confirmation; then canceled. The window refreshes
        // its collections after the backup and keeps server actions disabled until that is done.
        QTRY_VERIFY_WITH_TIMEOUT(action(window, "clearAction")->isEnabled(), 30000);
        action(window, "clearAction")->trigger();
        auto* clear = window->findChild<Colvault::ClearWizard*>(u"clearWizard"_s);
        QVERIFY(clear);
        QTRY_VERIFY(clear->isVisible());
        auto* next = clear->findChild<QAbstractButton*>(u"nextButton"_s);
        checkWidget(clear, catalogue, u"clear wizard, page 1"_s);
        if (QTest::currentTestFailed())
            return;
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(clear->currentPage()->objectName(), u"clearImpactPage"_s);
        auto* backupPath = clear->findChild<QLineEdit*>(u"backupPathLineEdit"_s);
        backupPath->selectAll();
        QTest::keyClicks(backupPath, h.dir.filePath(u"before-clear.tar.zst"_s));
        QTRY_VERIFY2_WITH_TIMEOUT(clear->hasPlan(), qPrintable(clear->planError()), 20000);
        checkWidget(clear, catalogue, u"clear wizard, page 2"_s);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(clear->currentPage()->objectName(), u"clearConfirmPage"_s);
        checkWidget(clear, catalogue, u"clear wizard, page 3"_s);
        if (QTest::currentTestFailed())
            return;
        clear->reject();
        // The window opens no archive while a manager still works (the clear plan may still be running).
        QTRY_VERIFY_WITH_TIMEOUT(!h.clear.isRunning() && !h.backup.isRunning() && !h.restore.isRunning(), 20000);
        // The window enables its actions when the managers' queued signals arrive, which under ASan can be later.
        QTRY_VERIFY_WITH_TIMEOUT(action(window, "openArchiveAction")->isEnabled(), 20000);

        // Restore wizard on the archive just written: browser, options, diff preview.
        Colvault::Dialogs::setNextFileName(archive);
        action(window, "openArchiveAction")->trigger();
        Colvault::RestoreWizard* restore = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (restore = window->findChild<Colvault::RestoreWizard*>(u"restoreWizard"_s)) && restore->isVisible(), 20000);
        auto* tree = restore->findChild<QTreeWidget*>(u"archiveTreeWidget"_s);
        QTRY_COMPARE_WITH_TIMEOUT(tree->topLevelItemCount(), 1, 20000);
        QTest::mouseClick(restore->findChild<QAbstractButton*>(u"verifyButton"_s), Qt::LeftButton);
        auto* verified = restore->findChild<QLabel*>(u"verifyResultLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(verified->text().contains(u"30"_s), 20000);
        checkWidget(restore, catalogue, u"restore wizard, archive"_s);
        if (QTest::currentTestFailed())
            return;
        auto* restoreNext = restore->findChild<QAbstractButton*>(u"nextButton"_s);
        QTest::mouseClick(restoreNext, Qt::LeftButton);
        QCOMPARE(restore->currentPage()->objectName(), u"restoreOptionsPage"_s);
        checkWidget(restore, catalogue, u"restore wizard, options"_s);
        if (QTest::currentTestFailed())
            return;
        auto* mode = restore->findChild<QComboBox*>(u"modeComboBox"_s);
        mode->setCurrentIndex(mode->findData(int(Colvault::RestoreMode::Merge)));
        QTest::mouseClick(restoreNext, Qt::LeftButton);
        QCOMPARE(restore->currentPage()->objectName(), u"restoreDiffPage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(restore->hasPlan(), 20000);
        checkWidget(restore, catalogue, u"restore wizard, diff"_s);
        if (QTest::currentTestFailed())
            return;
        restore->reject();
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
