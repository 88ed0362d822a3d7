// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/ClearSteps.h"
#include "core/ClearTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// The clear as named steps: plan and apply report their steps in order with one count, the backup inside the clear
// reports under the clear's step, and a COLD tenant activated for the deletion is COLD again afterwards.
class TestClearSteps : public QObject
{
    Q_OBJECT

private:
    struct Recorder
    {
        QList<OperationProgress> reports;
        CallbackProgressSink sink {[this](const OperationProgress& p) { reports << p; }, [] { return false; }};

        QStringList steps() const
        {
            QStringList names;
            for (const OperationProgress& p : reports)
                if (!p.step.isEmpty() && (names.isEmpty() || names.last() != p.step))
                    names << p.step;
            return names;
        }
    };

    // Every report carries `count` steps, and the step number never goes back (a nested run keeps the outer one).
    static bool numberedInOrder(const QList<OperationProgress>& reports, int count)
    {
        int last = 0;
        for (const OperationProgress& p : reports) {
            if (p.stepNumber == 0)
                continue;
            if (p.stepCount != count || p.stepNumber < last)
                return false;
            last = p.stepNumber;
        }
        return last == count;
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testNestedSinkKeepsTheOuterStep()
    {
        Recorder outer;
        OperationProgress state;
        state.step = u"Backing up"_s;
        state.stepNumber = 2;
        state.stepCount = 5;
        ClearSteps::NestedProgressSink nested(&outer.sink, state);
        OperationProgress inner;
        inner.step = u"Reading objects"_s;
        inner.stepNumber = 3;
        inner.stepCount = 7;
        inner.text = u"Reading Article…"_s;
        nested.sink()->report(inner);
        QCOMPARE(outer.reports.size(), 1);
        QCOMPARE(outer.reports[0].step, u"Backing up"_s);
        QCOMPARE(outer.reports[0].stepNumber, 2);
        QCOMPARE(outer.reports[0].stepCount, 5);
        QCOMPARE(outer.reports[0].text, u"Reading Article…"_s);
        QCOMPARE(ClearSteps::NestedProgressSink(nullptr, state).sink(), nullptr);
    }

    void testPlanAndApplyReportTheirSteps()
    {
        Emu::EngineConfig config;
        config.offloadModule = true; // the demo data has a FROZEN tenant
        EmulatorFixture f(config);
        Seed::SeedOptions o;
        o.objects = 30;
        o.dims = 4;
        o.collections = {"TenantNote"};
        QString seedError;
        QVERIFY2(f.seed(o, &seedError), qPrintable(seedError));
        QTemporaryDir dir;
        ClearParams params;
        params.endpoint.url = f.baseUrl();
        params.collections = {u"TenantNote"_s};
        params.tenants.insert(u"TenantNote"_s, {u"tenantB"_s, u"tenantC"_s}); // tenantC is COLD
        params.confirmed = params.collections;
        params.backupPath = dir.filePath(u"before-clear.tar.zst"_s);

        Recorder planning;
        OpError error;
        const ClearPlan plan = ClearTask::plan(params, &planning.sink, &error);
        QVERIFY2(!error, qPrintable(error.message));
        QCOMPARE(planning.steps(),
            (QStringList {u"Checking the parameters"_s, u"Reading collections and tenants"_s, u"Counting objects"_s,
                u"Finding incoming references"_s, u"Describing what the method changes"_s, u"Planning the backup"_s}));
        QVERIFY(numberedInOrder(planning.reports, 6));

        Recorder applying;
        const ClearReport report = ClearTask::apply(plan, &applying.sink);
        QVERIFY2(report.outcome == ClearReport::Outcome::Succeeded, qPrintable(report.error.message));
        QCOMPARE(applying.steps(),
            (QStringList {u"Checking the plan"_s, u"Backing up"_s, u"Verifying the backup"_s, u"Deleting objects"_s,
                u"Putting tenant statuses back"_s}));
        QVERIFY(numberedInOrder(applying.reports, 5));
        QCOMPARE(report.deleted, qint64(60));

        QMap<QString, QString> statuses;
        for (const QJsonValue& t : f.get(u"/v1/schema/TenantNote/tenants"_s).json().array())
            statuses.insert(t[u"name"_s].toString(), t[u"activityStatus"_s].toString());
        QCOMPARE(statuses.value(u"tenantB"_s), u"HOT"_s);
        QCOMPARE(statuses.value(u"tenantC"_s), u"COLD"_s); // activated for the deletion, put back
    }
};

QTEST_GUILESS_MAIN(TestClearSteps)
#include "TestClearSteps.moc"
