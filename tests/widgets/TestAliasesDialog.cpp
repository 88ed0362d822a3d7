// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "tests/support/WidgetTestSupport.h"
#include "widgets/AliasesDialog.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPixmap>
#include <QPushButton>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using Colvault::AliasesDialog;
using TestSupport::EmulatorFixture;

// Collections > Aliases… against the emulator on loopback (issue 18): the server's aliases listed with their
// collections; Add, Change Target and Delete each ask first, naming the alias and the collection, and do nothing
// on No; the list follows the server; the equivalent `colvault-cli alias set` is shown. A server older than 1.32
// gets no alias request, and the dialog says it has no aliases.
class TestAliasesDialog : public QObject
{
    Q_OBJECT

    static Emu::EngineConfig version(const char* v)
    {
        Emu::EngineConfig c;
        c.version = v;
        return c;
    }
    static Colvault::WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        Colvault::WeaviateEndpoint e;
        e.url = f.baseUrl();
        return e;
    }
    static void addCollection(EmulatorFixture& f, const QString& name)
    {
        const QByteArray cls = QJsonDocument(QJsonObject {{u"class"_s, name}, {u"vectorizer"_s, u"none"_s}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(f.post(u"/v1/schema"_s, cls).status, 200);
    }
    // The alias -> collection pairs the server holds, sorted.
    static QStringList serverAliases(EmulatorFixture& f)
    {
        QStringList pairs;
        for (const QJsonValue& v : f.get(u"/v1/aliases"_s).json().object().value(u"aliases"_s).toArray())
            pairs << v[u"alias"_s].toString() + u" -> "_s + v[u"class"_s].toString();
        pairs.sort();
        return pairs;
    }

    struct Harness
    {
        AliasesDialog dialog;
        QTreeWidget* list = dialog.findChild<QTreeWidget*>(u"aliasesTreeWidget"_s);
        QLineEdit* name = dialog.findChild<QLineEdit*>(u"aliasNameLineEdit"_s);
        QComboBox* collection = dialog.findChild<QComboBox*>(u"aliasCollectionComboBox"_s);
        QPushButton* add = dialog.findChild<QPushButton*>(u"addAliasButton"_s);
        QPushButton* changeTarget = dialog.findChild<QPushButton*>(u"changeTargetButton"_s);
        QPushButton* remove = dialog.findChild<QPushButton*>(u"deleteAliasButton"_s);
        QLabel* status = dialog.findChild<QLabel*>(u"aliasesStatusLabel"_s);

        QStringList rows() const
        {
            QStringList out;
            for (int i = 0; i < list->topLevelItemCount(); ++i)
                out << list->topLevelItem(i)->text(0) + u" -> "_s + list->topLevelItem(i)->text(1);
            return out;
        }
        // Clicks `button`, checks the confirmation names every one of `names`, and answers it.
        static void confirm(QPushButton* button, const QStringList& names, QMessageBox::StandardButton answer)
        {
            QVERIFY(button->isEnabled());
            QTest::mouseClick(button, Qt::LeftButton);
            QMessageBox* box = nullptr;
            QTRY_VERIFY((box = button->window()->findChild<QMessageBox*>(u"dialogsMessageBox"_s)) != nullptr);
            for (const QString& n : names)
                QVERIFY2(box->text().contains(u'"' + n + u'"'), qPrintable(box->text()));
            QTest::mouseClick(box->button(answer), Qt::LeftButton);
            QTRY_VERIFY(!button->window()->findChild<QMessageBox*>(u"dialogsMessageBox"_s));
        }
    };

private Q_SLOTS:
    void initTestCase() { Colvault::Translations::install(QLocale(QLocale::English)); }
    void cleanup() { Colvault::Dialogs::clearNextAnswers(); }

    void testAddChangeTargetDelete()
    {
        EmulatorFixture f(version("1.32.5"));
        addCollection(f, u"Movies_v1"_s);
        addCollection(f, u"Movies_v2"_s);
        QCOMPARE(f.post(u"/v1/aliases"_s, R"({"alias":"Films","class":"Movies_v1"})").status, 200);
        Harness h;
        h.dialog.setup(endpoint(f), {u"Movies_v1"_s, u"Movies_v2"_s}, u"Test"_s);
        h.dialog.open();
        QTRY_COMPARE(h.rows(), QStringList {u"Films -> Movies_v1"_s});
        QCOMPARE(h.status->text(), u"The server has 1 alias."_s);

        // Add: asks, naming both; No does nothing.
        h.name->setText(u"movies"_s);
        h.collection->setCurrentText(u"Movies_v1"_s);
        QVERIFY(!h.changeTarget->isEnabled()); // no alias of that name yet
        auto* command = h.dialog.findChild<QLineEdit*>(u"commandLineEdit"_s);
        QVERIFY2(command->text().startsWith(u"colvault-cli alias set Movies Movies_v1 --url "_s),
            qPrintable(command->text()));
        Harness::confirm(h.add, {u"Movies"_s, u"Movies_v1"_s}, QMessageBox::No);
        QTest::qWait(50);
        QCOMPARE(serverAliases(f), QStringList {u"Films -> Movies_v1"_s});
        Harness::confirm(h.add, {u"Movies"_s, u"Movies_v1"_s}, QMessageBox::Yes);
        QTRY_COMPARE(h.rows(), (QStringList {u"Films -> Movies_v1"_s, u"Movies -> Movies_v1"_s}));
        QCOMPARE(serverAliases(f), (QStringList {u"Films -> Movies_v1"_s, u"Movies -> Movies_v1"_s}));
        QCOMPARE(h.status->text(), u"Alias Movies created, pointing at Movies_v1."_s);
        QVERIFY(!h.add->isEnabled()); // it exists now

        // Change Target: names the alias, the new collection and the old one.
        h.collection->setCurrentText(u"Movies_v2"_s);
        QVERIFY(command->text().startsWith(u"colvault-cli alias set Movies Movies_v2 "_s));
        Harness::confirm(h.changeTarget, {u"Movies"_s, u"Movies_v2"_s, u"Movies_v1"_s}, QMessageBox::Yes);
        QTRY_COMPARE(h.rows(), (QStringList {u"Films -> Movies_v1"_s, u"Movies -> Movies_v2"_s}));
        QCOMPARE(serverAliases(f), (QStringList {u"Films -> Movies_v1"_s, u"Movies -> Movies_v2"_s}));
        QVERIFY(!h.changeTarget->isEnabled()); // it points there already

        // Selecting a row fills the fields; Delete names the alias and its collection, which stays.
        h.list->setCurrentItem(h.list->topLevelItem(0));
        QCOMPARE(h.name->text(), u"Films"_s);
        QCOMPARE(h.collection->currentText(), u"Movies_v1"_s);
        // Only Delete does something with these fields, so the command line is Delete's (found in a walk-through).
        QVERIFY(!h.add->isEnabled() && !h.changeTarget->isEnabled());
        QVERIFY2(command->text().startsWith(u"colvault-cli alias delete Films --url "_s), qPrintable(command->text()));
        h.collection->setCurrentText(u"Movies_v2"_s);
        QVERIFY2(command->text().startsWith(u"colvault-cli alias set Films Movies_v2 "_s), qPrintable(command->text()));
        h.collection->setCurrentText(u"Movies_v1"_s);
        Harness::confirm(h.remove, {u"Films"_s, u"Movies_v1"_s}, QMessageBox::Yes);
        QTRY_COMPARE(h.rows(), QStringList {u"Movies -> Movies_v2"_s});
        QCOMPARE(serverAliases(f), QStringList {u"Movies -> Movies_v2"_s});
        QCOMPARE(f.get(u"/v1/schema/Movies_v1"_s).status, 200);
    }

    // A name that a collection has (in any case) is refused before anything is asked, saying why; a server's
    // refusal (an alias another client created meanwhile) is shown as a problem, and the list follows the server.
    void testCollectionNameAndServerRefusalAreProblems()
    {
        EmulatorFixture f(version("1.38.0"));
        addCollection(f, u"Movies"_s);
        addCollection(f, u"Books"_s);
        Harness h;
        h.dialog.setup(endpoint(f), {u"Books"_s, u"Movies"_s});
        h.dialog.show();
        QTRY_COMPARE(h.status->text(), u"The server has no aliases."_s);
        const QColor normal = h.status->palette().color(QPalette::WindowText);
        auto* problem = h.dialog.findChild<QLabel*>(u"aliasNameProblemLabel"_s);
        QVERIFY(problem && !problem->isVisible());
        h.name->setText(u"books"_s); // a collection's name
        h.collection->setCurrentText(u"Movies"_s);
        QVERIFY(!h.add->isEnabled());
        QVERIFY(problem->isVisible());
        QCOMPARE(problem->text(), u"\"Books\" is the name of a collection. Choose a name that no collection has."_s);
        QCOMPARE(h.add->toolTip(), problem->text());
        QVERIFY(problem->palette().color(QPalette::WindowText) != normal);
        auto* command = h.dialog.findChild<QLineEdit*>(u"commandLineEdit"_s);
        QVERIFY2(command->text().startsWith(u"colvault-cli alias list "_s), qPrintable(command->text()));
        h.name->setText(u"Films"_s);
        QVERIFY(h.add->isEnabled());
        QVERIFY(!problem->isVisible());

        QCOMPARE(f.post(u"/v1/aliases"_s, R"({"alias":"Films","class":"Books"})").status, 200);
        Harness::confirm(h.add, {u"Films"_s, u"Movies"_s}, QMessageBox::Yes);
        QTRY_VERIFY(h.status->text() != u"Changing the alias…"_s);
        QVERIFY2(
            h.status->text().startsWith(u"The server has an alias \"Films\" already."_s), qPrintable(h.status->text()));
        QCOMPARE(h.status->palette().color(QPalette::WindowText), QColor(0xb0, 0x20, 0x20));
        QCOMPARE(h.rows(), QStringList {u"Films -> Books"_s});
        QCOMPARE(serverAliases(f), QStringList {u"Films -> Books"_s});
        QTest::mouseClick(h.dialog.findChild<QPushButton*>(u"refreshAliasesButton"_s), Qt::LeftButton);
        QTRY_COMPARE(h.status->text(), u"The server has 1 alias."_s);
        QCOMPARE(h.status->palette().color(QPalette::WindowText), normal);
    }

    void testOldServerHasNoAliases()
    {
        EmulatorFixture f(version("1.31.2"));
        addCollection(f, u"Movies"_s);
        Harness h;
        h.dialog.setup(endpoint(f), {u"Movies"_s});
        h.dialog.open();
        QTRY_VERIFY(h.status->text().contains(u"1.32"_s));
        QCOMPARE(h.status->text(), u"Weaviate 1.31.2 has no collection aliases: they arrived in Weaviate 1.32."_s);
        h.name->setText(u"Films"_s);
        QVERIFY(!h.add->isEnabled());
        QVERIFY(!h.changeTarget->isEnabled());
        QVERIFY(!h.remove->isEnabled());
        QVERIFY(!h.list->isEnabled());
        QVERIFY(!h.dialog.findChild<QWidget*>(u"commandLineBox"_s)->isVisibleTo(&h.dialog));
    }

    // Collections > Aliases… in the main window: disabled until connected, then the dialog on the server's aliases.
    void testMainWindowOpensTheDialog()
    {
        EmulatorFixture f(version("1.32.5"));
        addCollection(f, u"Movies"_s);
        QCOMPARE(f.post(u"/v1/aliases"_s, R"({"alias":"Films","class":"Movies"})").status, 200);
        WindowHarness h;
        h.addProfile(u"Emulator"_s, f.baseUrl());
        auto* window = h.create();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto* action = window->findChild<QAction*>(u"aliasesAction"_s);
        QVERIFY(action);
        window->connectToProfile(u"Emulator"_s);
        QTRY_VERIFY_WITH_TIMEOUT(action->isEnabled(), 20000);
        action->trigger();
        AliasesDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window->findChild<AliasesDialog*>(u"aliasesDialog"_s)) && dialog->isVisible());
        auto* list = dialog->findChild<QTreeWidget*>(u"aliasesTreeWidget"_s);
        QTRY_COMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->text(1), u"Movies"_s);
        QCOMPARE(dialog->findChild<QComboBox*>(u"aliasCollectionComboBox"_s)->currentText(), u"Movies"_s);
        dialog->reject();
    }

    // For a person to look at: with COLVAULT_GRAB_DIR set, the dialog is saved there as aliases-dialog.png.
    void testScreenshot()
    {
        EmulatorFixture f(version("1.36.0"));
        for (const QString& c : {u"Movies_v1"_s, u"Movies_v2"_s, u"Books"_s})
            addCollection(f, c);
        QCOMPARE(f.post(u"/v1/aliases"_s, R"({"alias":"Movies","class":"Movies_v2"})").status, 200);
        QCOMPARE(f.post(u"/v1/aliases"_s, R"({"alias":"Library","class":"Books"})").status, 200);
        Harness h;
        h.dialog.setup(endpoint(f), {u"Books"_s, u"Movies_v1"_s, u"Movies_v2"_s}, u"Work at http://localhost:8080"_s);
        h.dialog.show();
        QTRY_COMPARE(h.list->topLevelItemCount(), 2);
        h.list->setCurrentItem(h.list->topLevelItem(1));
        h.collection->setCurrentText(u"Movies_v1"_s);
        const QPixmap shot = h.dialog.grab();
        QVERIFY(!shot.isNull());
        if (const QString dir = qEnvironmentVariable("COLVAULT_GRAB_DIR"); !dir.isEmpty())
            QVERIFY(shot.save(dir + u"/aliases-dialog.png"_s));
    }
};

QTEST_MAIN(TestAliasesDialog)
#include "TestAliasesDialog.moc"
