// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/TenantSelection.h"
#include "core/Translations.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Colvault;

// The one rule by which backup, restore, clear and copy take tenants: exact names and shell-style patterns.
class TestTenantSelection : public QObject
{
    Q_OBJECT

private:
    const QStringList m_tenants {u"acme-1"_s, u"acme-2"_s, u"acme-10"_s, u"beta"_s, u"Beta"_s, u"c_3"_s};

    QStringList choose(const QStringList& wanted, OpError* error = nullptr)
    {
        QStringList chosen {u"untouched"_s};
        const OpError e
            = TenantSelection::choose(wanted, m_tenants, u"Chat"_s, TenantSelection::Place::Server, &chosen);
        if (error)
            *error = e;
        else
            [&] { QVERIFY2(!e, qPrintable(e.message)); }();
        return chosen;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testNothingAskedTakesAllSorted()
    {
        QCOMPARE(choose({}), (QStringList {u"Beta"_s, u"acme-1"_s, u"acme-10"_s, u"acme-2"_s, u"beta"_s, u"c_3"_s}));
    }

    void testPatterns_data()
    {
        QTest::addColumn<QStringList>("wanted");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("star") << QStringList {u"acme-*"_s} << QStringList {u"acme-1"_s, u"acme-10"_s, u"acme-2"_s};
        QTest::newRow("question mark") << QStringList {u"acme-?"_s} << QStringList {u"acme-1"_s, u"acme-2"_s};
        QTest::newRow("set") << QStringList {u"[bB]eta"_s} << QStringList {u"Beta"_s, u"beta"_s};
        QTest::newRow("negated set") << QStringList {u"[!ab]*"_s} << QStringList {u"Beta"_s, u"c_3"_s};
        QTest::newRow("case-sensitive") << QStringList {u"b*"_s} << QStringList {u"beta"_s};
        QTest::newRow("name and overlapping pattern, no duplicates")
            << QStringList {u"acme-1"_s, u"acme-1*"_s, u"beta"_s} << QStringList {u"acme-1"_s, u"acme-10"_s, u"beta"_s};
        QTest::newRow("the whole name, not a part") << QStringList {u"cme*"_s, u"beta"_s} << QStringList {};
    }

    void testPatterns()
    {
        QFETCH(QStringList, wanted);
        QFETCH(QStringList, expected);
        OpError error;
        const QStringList chosen = choose(wanted, &error);
        if (expected.isEmpty()) {
            // "cme*" matches nothing: anchored at both ends as a shell pattern is.
            QCOMPARE(error.code, OpError::Code::NotFound);
            QVERIFY2(error.message.contains(u"cme*"_s), qPrintable(error.message));
            return;
        }
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(chosen, expected);
    }

    void testMissingNameIsNamed()
    {
        OpError error;
        const QStringList chosen = choose({u"acme-1"_s, u"acme-3"_s, u"zeta"_s}, &error);
        QCOMPARE(error.code, OpError::Code::NotFound);
        QCOMPARE(error.message, u"2 tenants not found in \"Chat\": acme-3, zeta."_s);
        QCOMPARE(chosen, QStringList {u"untouched"_s}); // nothing chosen on an error
    }

    void testPatternMatchingNothingIsAnError()
    {
        OpError error;
        choose({u"acme-*"_s, u"prod-*"_s}, &error);
        QCOMPARE(error.code, OpError::Code::NotFound);
        QCOMPARE(error.message, u"1 pattern matches no tenant of \"Chat\": prod-*."_s);

        QStringList chosen;
        error = TenantSelection::choose({u"x*"_s}, m_tenants, u"Chat"_s, TenantSelection::Place::Archive, &chosen);
        QCOMPARE(error.message, u"1 pattern matches no tenant of the archive's \"Chat\": x*."_s);
    }

    void testInvalidChoices_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::newRow("unclosed set") << u"acme-[12"_s;
        QTest::newRow("space") << u"acme *"_s;
        QTest::newRow("slash") << u"a/*"_s;
        QTest::newRow("not ASCII") << u"caf\u00e9*"_s;
        QTest::newRow("name too long") << QString(65, u'a');
        QTest::newRow("empty") << QString();
    }

    void testInvalidChoices()
    {
        QFETCH(QString, choice);
        QVERIFY(!TenantSelection::isValidChoice(choice));
        OpError error;
        choose({choice}, &error);
        QCOMPARE(error.code, OpError::Code::Usage);
        QVERIFY2(error.message.contains(u"neither a tenant name nor a pattern"_s), qPrintable(error.message));
    }

    void testValidChoices()
    {
        for (const QString& choice : {u"acme-1"_s, u"acme-*"_s, u"[a-c]*"_s, u"[!x]?"_s, u"*"_s})
            QVERIFY2(TenantSelection::isValidChoice(choice), qPrintable(choice));
        QVERIFY(TenantSelection::matches(u"acme-*"_s, u"acme-10"_s));
        QVERIFY(!TenantSelection::matches(u"acme-1"_s, u"acme-10"_s));
    }
};

QTEST_GUILESS_MAIN(TestTenantSelection)
#include "TestTenantSelection.moc"
