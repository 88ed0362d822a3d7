// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "core/AliasClient.h"
#include "core/ArchiveInspector.h"
#include "core/BackupTask.h"
#include "core/CopyTask.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Colvault;
using namespace Qt::StringLiterals;
using TestSupport::EmulatorFixture;

// Collection aliases through backup, restore and copy, against the emulator on loopback: the archive records the
// aliases of the chosen collections (and says so when the server has none); restore and copy recreate them (keep),
// leave them (skip), refuse to move one that points elsewhere unless asked (move), point them at renamed
// collections, and a side-by-side restore switches an alias in one request and can be switched back.
class TestAliases : public QObject
{
    Q_OBJECT

private:
    static Emu::EngineConfig version(const char* v)
    {
        Emu::EngineConfig c;
        c.version = v;
        return c;
    }
    static WeaviateEndpoint endpoint(EmulatorFixture& f)
    {
        WeaviateEndpoint e;
        e.url = f.baseUrl();
        e.grpcUrl = f.grpcUrl();
        e.retryBaseDelayMs = 5;
        e.retryMaxDelayMs = 40;
        e.transferTimeoutMs = 10000;
        return e;
    }
    // A collection without vectors and `objects` objects with fixed ids.
    static void addCollection(EmulatorFixture& f, const QString& name, int objects)
    {
        const QByteArray cls = QJsonDocument(
            QJsonObject {{u"class"_s, name}, {u"vectorizer"_s, u"none"_s},
                {u"properties"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"title"_s}, {u"dataType"_s, QJsonArray {u"text"_s}}}}}})
                                   .toJson(QJsonDocument::Compact);
        QCOMPARE(f.post(u"/v1/schema"_s, cls).status, 200);
        QJsonArray batch;
        for (int i = 0; i < objects; ++i)
            batch.append(QJsonObject {{u"class"_s, name},
                {u"id"_s, u"00000000-0000-4000-8000-%1"_s.arg(i + 1, 12, 10, QChar(u'0'))},
                {u"properties"_s, QJsonObject {{u"title"_s, u"%1 %2"_s.arg(name).arg(i)}}}});
        if (objects > 0)
            QCOMPARE(f.post(u"/v1/batch/objects"_s,
                          QJsonDocument(QJsonObject {{u"objects"_s, batch}}).toJson(QJsonDocument::Compact))
                         .status,
                200);
    }
    static void addAlias(EmulatorFixture& f, const QString& alias, const QString& cls)
    {
        QCOMPARE(
            f.post(u"/v1/aliases"_s,
                 QJsonDocument(QJsonObject {{u"alias"_s, alias}, {u"class"_s, cls}}).toJson(QJsonDocument::Compact))
                .status,
            200);
    }
    // "Alias->Class" of every alias on the server, sorted.
    static QStringList aliasesOn(EmulatorFixture& f)
    {
        QStringList out;
        for (const QJsonValue& a : f.get(u"/v1/aliases"_s).json().object().value(u"aliases"_s).toArray())
            out << a[u"alias"_s].toString() + u"->"_s + a[u"class"_s].toString();
        out.sort();
        return out;
    }
    static QStringList names(const AliasRecord& r)
    {
        QStringList out;
        for (const CollectionAlias& a : r.aliases)
            out << a.alias + u"->"_s + a.collection;
        return out;
    }
    static QString backup(EmulatorFixture& f, const QString& dir, const QStringList& collections)
    {
        BackupParams p;
        p.endpoint = endpoint(f);
        p.collections = collections;
        p.destination = dir + u"/aliases.tar.zst"_s;
        OpError error;
        const BackupPlan plan = BackupTask::plan(p, nullptr, &error);
        if (error)
            qFatal("backup plan: %s", qPrintable(error.message));
        const BackupReport report = BackupTask::apply(plan, nullptr);
        if (report.outcome != BackupReport::Outcome::Succeeded)
            qFatal("backup: %s", qPrintable(report.error.message));
        return p.destination;
    }
    static AliasRecord archived(const QString& path)
    {
        ArchiveInspection inspection;
        if (const OpError e = ArchiveInspector::inspect(path, &inspection))
            qFatal("inspect: %s", qPrintable(e.message));
        return inspection.manifest.aliases;
    }
    // The source server of most tests: Movies_v1 (3 objects) with aliases Movies and Films, Books (2) with Reading.
    static void seed(EmulatorFixture& f)
    {
        addCollection(f, u"Movies_v1"_s, 3);
        addCollection(f, u"Books"_s, 2);
        addAlias(f, u"Movies"_s, u"Movies_v1"_s);
        addAlias(f, u"Films"_s, u"Movies_v1"_s);
        addAlias(f, u"Reading"_s, u"Books"_s);
    }

private Q_SLOTS:
    void initTestCase() { Translations::install(QLocale(QLocale::English)); }

    void testBackupRecordsTheAliasesOfTheChosenCollections()
    {
        EmulatorFixture f;
        seed(f);
        QTemporaryDir dir;
        // Named by an alias: the collection it points at is backed up.
        const QString path = backup(f, dir.path(), {u"movies"_s});
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(path, &inspection));
        QCOMPARE(inspection.manifest.minorVersion, 2);
        QCOMPARE(inspection.collections.size(), 1);
        QCOMPARE(inspection.collections[0].name, u"Movies_v1"_s);
        QCOMPARE(inspection.manifest.aliases.state, AliasRecord::State::Recorded);
        QCOMPARE(names(inspection.manifest.aliases), (QStringList {u"Films->Movies_v1"_s, u"Movies->Movies_v1"_s}));
        const QJsonObject options = inspection.manifest.options;
        QCOMPARE(options.value(u"aliases"_s).toObject(),
            (QJsonObject {{u"supported"_s, true},
                {u"list"_s,
                    QJsonArray {QJsonObject {{u"alias"_s, u"Films"_s}, {u"class"_s, u"Movies_v1"_s}},
                        QJsonObject {{u"alias"_s, u"Movies"_s}, {u"class"_s, u"Movies_v1"_s}}}}}));
    }

    void testBackupWithoutAliasesRecordsNone()
    {
        EmulatorFixture f;
        addCollection(f, u"Plain"_s, 1);
        QTemporaryDir dir;
        const AliasRecord r = archived(backup(f, dir.path(), {}));
        QCOMPARE(r.state, AliasRecord::State::Recorded);
        QVERIFY(r.aliases.isEmpty());
    }

    void testOlderServerIsRecordedAsUnsupported()
    {
        EmulatorFixture f(version("1.31.4"));
        addCollection(f, u"Plain"_s, 1);
        QTemporaryDir dir;
        const QString path = backup(f, dir.path(), {});
        QCOMPARE(archived(path).state, AliasRecord::State::Unsupported);
        ArchiveInspection inspection;
        QVERIFY(!ArchiveInspector::inspect(path, &inspection));
        QCOMPARE(inspection.manifest.options.value(u"aliases"_s).toObject(), (QJsonObject {{u"supported"_s, false}}));
    }
};

QTEST_GUILESS_MAIN(TestAliases)
#include "TestAliases.moc"
