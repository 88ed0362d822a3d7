// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
//
// colvault-screenshots: renders the documentation screenshots from the real widgets against the in-process
// Weaviate API emulator seeded with the demo data, on the offscreen platform.
//
//   colvault-screenshots --out DIR [--lang de] [--dark] [--scale 2]
//
// A developer tool, not part of the product: it drives the widgets like a test does (object names, QTest clicks,
// waiting on conditions with QTest::qWaitFor), so its strings are not translated.
#include "core/ArchiveJob.h"
#include "core/BackupTask.h"
#include "core/ClearTask.h"
#include "core/CollectionsLoader.h"
#include "core/JobHistory.h"
#include "core/JobStore.h"
#include "core/OperationManager.h"
#include "core/RestoreTask.h"
#include "core/Translations.h"
#include "tests/support/EmulatorFixture.h"
#include "widgets/AliasesDialog.h"
#include "widgets/ArchiveKeyDialog.h"
#include "widgets/BackupDialog.h"
#include "widgets/ClearWizard.h"
#include "widgets/ConnectionDialog.h"
#include "widgets/ConnectionProfile.h"
#include "widgets/CopyWizard.h"
#include "widgets/Dialogs.h"
#include "widgets/JobEditorDialog.h"
#include "widgets/JobProgressDialog.h"
#include "widgets/JobRunManager.h"
#include "widgets/JobsDock.h"
#include "widgets/MainWindow.h"
#include "widgets/RestoreWizard.h"
#include "widgets/SecretStore.h"
#include "widgets/StorageProfileDialog.h"
#include "widgets/WizardRunPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPalette>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSpinBox>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTreeWidget>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <string>

using namespace Qt::StringLiterals;
using Colvault::JobSchedule;

namespace {

struct Options
{
    QString out;
    QString lang;
    bool dark = false;
    QByteArray scale;
};

void usage(FILE* to)
{
    std::fputs("usage: colvault-screenshots --out DIR [--lang CODE] [--dark] [--scale FACTOR]\n"
               "Renders the documentation screenshots against the in-process Weaviate API emulator.\n",
        to);
}

// Parsed from argv before QApplication exists: --scale must be in the environment before it is created.
bool parse(int argc, char* argv[], Options* o)
{
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto value = [&](QString* into) {
            if (i + 1 >= argc)
                return false;
            *into = QString::fromLocal8Bit(argv[++i]);
            return !into->isEmpty();
        };
        QString v;
        if (a == "--out") {
            if (!value(&o->out))
                return false;
        } else if (a == "--lang") {
            if (!value(&o->lang))
                return false;
        } else if (a == "--dark") {
            o->dark = true;
        } else if (a == "--scale") {
            if (!value(&v) || v.toDouble() <= 0)
                return false;
            o->scale = v.toLatin1();
        } else if (a == "-h" || a == "--help") {
            usage(stdout);
            std::exit(0);
        } else {
            return false;
        }
    }
    return !o->out.isEmpty();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2b);
    const QColor base(0x1e, 0x1e, 0x1e);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Light, QColor(0x45, 0x45, 0x45));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3a, 0x3a));
    p.setColor(QPalette::Mid, QColor(0x25, 0x25, 0x25));
    p.setColor(QPalette::Dark, QColor(0x19, 0x19, 0x19));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Link, QColor(0x5a, 0xa9, 0xe6));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

class Shooter
{
public:
    explicit Shooter(QString dir)
        : m_dir(std::move(dir))
    {
    }

    // Grabs `widget` into DIR/name; a grab of one flat colour (nothing rendered) is an error.
    bool shoot(QWidget* widget, const QString& name)
    {
        QCoreApplication::processEvents(); // let pending layouts and repaints of this script's own steps land
        const QImage shot = widget->grab().toImage();
        QSet<QRgb> colours;
        for (int y = 0; y < shot.height(); y += 3)
            for (int x = 0; x < shot.width(); x += 3)
                colours.insert(shot.pixel(x, y));
        const QString path = QDir(m_dir).filePath(name);
        if (shot.isNull() || colours.size() <= 4 || !shot.save(path)) {
            return fail(u"could not render %1 (%2 colours)"_s.arg(name).arg(colours.size()));
        }
        QTextStream(stdout) << path << u" ("_s << shot.width() << u"x"_s << shot.height() << u")\n"_s;
        return true;
    }

    static bool fail(const QString& why)
    {
        QTextStream(stderr) << u"colvault-screenshots: "_s << why << u"\n"_s;
        return false;
    }

    static bool waitFor(const std::function<bool()>& condition, const QString& what, int timeoutMs = 30000)
    {
        return QTest::qWaitFor(condition, timeoutMs) || fail(u"timed out waiting for %1"_s.arg(what));
    }

private:
    QString m_dir;
};

template<typename T> T* child(QObject* parent, const QString& name)
{
    T* found = parent ? parent->findChild<T*>(name) : nullptr;
    if (!found)
        Shooter::fail(u"no %1 named %2"_s.arg(QString::fromLatin1(T::staticMetaObject.className()), name));
    return found;
}

// A job of the demo server into the store the window's Jobs dock reads.
bool saveJob(const QString& name, const QUrl& url, const QStringList& collections, const JobSchedule& schedule,
    const QString& folder, Colvault::Job* job)
{
    job->name = name;
    job->profile = u"demo"_s;
    job->connection.url = url.toString();
    job->connection.retries = 0;
    job->collections = collections;
    job->directory = folder;
    job->retention.daily = 7;
    job->retention.weekly = 4;
    job->schedule = schedule;
    const Colvault::OpError error = Colvault::JobStore().add(job);
    return !error || Shooter::fail(u"saving the job %1: %2"_s.arg(name, error.message));
}

// The nightly job's history: three earlier nights like the run just made, then everything as it was.
bool addEarlierNights(const Colvault::JobStore& store, const QString& jobId)
{
    const Colvault::JobHistory history(store.historyFile());
    const QList<Colvault::JobRunRecord> runs = history.read();
    const auto real = std::find_if(runs.cbegin(), runs.cend(), [&](const auto& r) { return r.jobId == jobId; });
    if (real == runs.cend() || !QFile::remove(store.historyFile()))
        return Shooter::fail(u"no run of the nightly job to copy"_s);
    QList<Colvault::JobRunRecord> all;
    for (int night = 3; night >= 1; --night) {
        Colvault::JobRunRecord r = *real;
        const QDate day = QDate::currentDate().addDays(-night);
        r.start = QDateTime(day, QTime(2, 30, 0, 120)).toUTC();
        r.durationMs = real->durationMs + 700 * night;
        r.objects = real->objects - 40 * night;
        r.archiveBytes = real->archiveBytes - 9000 * night;
        r.archive
            = QFileInfo(real->archive).dir().filePath(u"demo-%1.tar.zst"_s.arg(r.start.toString(u"yyyyMMdd-HHmmss"_s)));
        all << r;
    }
    all += runs;
    for (const Colvault::JobRunRecord& r : std::as_const(all))
        if (Colvault::OpError error = history.append(r))
            return Shooter::fail(error.message);
    return true;
}

// 8b. The job editor: New Job… from the dock, its General page filled in for a backup of two collections.
bool shootJobEditor(Shooter& shooter, Colvault::JobsDock* dock, const QString& folder)
{
    QTest::mouseClick(child<QPushButton>(dock, u"newJobButton"_s), Qt::LeftButton);
    auto* editor = child<Colvault::JobEditorDialog>(dock, u"jobEditorDialog"_s);
    if (!editor || !Shooter::waitFor([&] { return editor->isVisible(); }, u"the job editor"_s))
        return false;
    child<QLineEdit>(editor, u"jobNameLineEdit"_s)->setText(u"weekly-articles"_s);
    // The server's collections to tick (the names' line is for a server not connected to).
    auto* collections = child<QListWidget>(editor, u"jobCollectionsListWidget"_s);
    if (!collections || !Shooter::waitFor([&] { return collections->count() > 0; }, u"the job's collections"_s))
        return false;
    for (int i = 0; i < collections->count(); ++i)
        if (QStringList {u"Author"_s, u"Passage"_s}.contains(collections->item(i)->text()))
            collections->item(i)->setCheckState(Qt::Checked);
    child<QLineEdit>(editor, u"jobFolderLineEdit"_s)->setText(folder);
    child<QSpinBox>(editor, u"keep-dailySpinBox"_s)->setValue(7);
    child<QSpinBox>(editor, u"keep-weeklySpinBox"_s)->setValue(4);
    editor->resize(640, 400);
    const bool shot = shooter.shoot(editor, u"job-editor.png"_s);
    editor->reject();
    return shot;
}

// 9. File > Storage Profiles…: an S3-compatible server's bucket, filled in as a new user would, before Save.
bool shootStorageProfile(Shooter& shooter, Colvault::MainWindow& window)
{
    window.findChild<QAction*>(u"storageProfilesAction"_s)->trigger();
    auto* dialog = child<Colvault::StorageProfileDialog>(&window, u"storageProfileDialog"_s);
    if (!dialog || !Shooter::waitFor([&] { return dialog->isVisible(); }, u"the storage profiles"_s))
        return false;
    child<QLineEdit>(dialog, u"nameLineEdit"_s)->setText(u"Team MinIO"_s);
    child<QLineEdit>(dialog, u"endpointLineEdit"_s)->setText(u"https://minio.example.com:9000"_s);
    child<QLineEdit>(dialog, u"regionLineEdit"_s)->setText(u"eu-central-1"_s);
    child<QLineEdit>(dialog, u"bucketLineEdit"_s)->setText(u"weaviate-backups"_s);
    child<QLineEdit>(dialog, u"prefixLineEdit"_s)->setText(u"nightly"_s);
    child<QLineEdit>(dialog, u"accessKeyIdLineEdit"_s)->setText(u"COLVAULTEXAMPLE"_s);
    child<QLineEdit>(dialog, u"secretKeyLineEdit"_s)->setText(u"example-secret"_s);
    const bool shot = shooter.shoot(dialog, u"storage-profile.png"_s);
    dialog->reject();
    return shot;
}

// 8. The Jobs dock: two saved jobs, the nightly one run from the dock after three scheduled nights, the hourly one's
// last scheduled run failed (its server is down), which the bar above the jobs tells.
bool shootJobsDock(Shooter& shooter, Colvault::MainWindow& window, const QUrl& url, const QString& folder)
{
    QUrl stopped;
    {
        TestSupport::EmulatorFixture gone;
        stopped = gone.baseUrl();
    }
    Colvault::Job nightly;
    Colvault::Job hourly;
    JobSchedule daily;
    daily.every = JobSchedule::Every::Day;
    daily.at = QTime(2, 30);
    JobSchedule everyHour;
    everyHour.every = JobSchedule::Every::Hour;
    if (!saveJob(u"nightly"_s, url, {u"Author"_s, u"Passage"_s}, daily, folder, &nightly)
        || !saveJob(u"notes-hourly"_s, stopped, {u"TenantNote"_s}, everyHour, folder, &hourly))
        return false;
    // As the scheduler runs it (no progress shown): the record of a failed run nobody has seen yet.
    Colvault::CallbackProgressSink quiet({}, [] { return false; });
    Colvault::JobRunManager::execute(hourly, Colvault::JobStore(), {}, &quiet);

    auto* dock = child<Colvault::JobsDock>(&window, u"jobsDockWidget"_s);
    auto* jobs = child<QTableView>(dock, u"jobsTableView"_s);
    dock->reload();
    if (!Shooter::waitFor([&] { return !dock->isLoading() && jobs->model()->rowCount() == 2; }, u"the jobs"_s))
        return false;
    jobs->selectRow(0);
    QTest::mouseClick(child<QPushButton>(dock, u"runJobButton"_s), Qt::LeftButton);
    auto* progress = child<Colvault::JobProgressDialog>(dock, u"jobRunProgressDialog"_s);
    if (!Shooter::waitFor(
            [&] { return progress->state() == Colvault::JobProgressDialog::State::Done; }, u"the nightly job"_s))
        return false;
    progress->accept();
    if (!addEarlierNights(dock->store(), nightly.id))
        return false;
    dock->reload();
    if (!Shooter::waitFor([&] { return !dock->isLoading(); }, u"the history"_s))
        return false;
    jobs->selectRow(0);
    dock->setFloating(true);
    dock->resize(940, 520);
    dock->show();
    return Shooter::waitFor([&] { return dock->isVisible(); }, u"the dock"_s)
        && shooter.shoot(dock->widget(), u"jobs-dock.png"_s) && shootJobEditor(shooter, dock, folder);
}

// 4b. The backup of 4 sent to the background: the window usable again, the run's row at the top of the Jobs dock.
bool shootBackgroundRun(Shooter& shooter, Colvault::MainWindow& window, Colvault::JobProgressDialog* progress)
{
    auto* hide = child<QPushButton>(progress, u"runInBackgroundButton"_s);
    if (!hide)
        return false;
    QTest::mouseClick(hide, Qt::LeftButton);
    auto* row = child<QWidget>(&window, u"backgroundRunRow"_s);
    auto* rates = child<QLabel>(row, u"backgroundRunRatesLabel"_s);
    if (!rates
        || !Shooter::waitFor([&] { return row->isVisible() && !progress->isVisible() && !rates->text().isEmpty(); },
            u"the background run's row"_s))
        return false;
    if (progress->state() != Colvault::JobProgressDialog::State::Running)
        return Shooter::fail(u"the backup was no longer running when its row was grabbed"_s);
    // Taller than the other shots: the dock in front takes its jobs page's height, and the collections stay in view.
    const QSize size = window.size();
    window.resize(size.width(), 820);
    const bool shot = shooter.shoot(&window, u"background-run.png"_s);
    window.resize(size);
    return shot;
}

void selectRows(QTableView* table, const QStringList& names)
{
    table->clearSelection();
    for (int row = 0; row < table->model()->rowCount(); ++row)
        if (names.contains(table->model()->index(row, 0).data().toString()))
            table->selectionModel()->select(
                table->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

// 6b. The copy wizard's preview: three collections of the demo server into a second server, a staging copy that holds
// the first 400 Authors already (merge skips them); TenantNote, with its tenants, under another name.
bool shootCopyPreview(Shooter& shooter, Colvault::MainWindow& window, QTableView* table, QSettings& settings)
{
    TestSupport::EmulatorFixture staging;
    Seed::SeedOptions seed;
    seed.objects = 400;
    seed.dims = 8;
    seed.frozenTenant = false;
    seed.collections = {"Author"};
    QString error;
    if (!staging.seed(seed, &error))
        return Shooter::fail(u"seeding the staging emulator: %1"_s.arg(error));
    Colvault::ConnectionProfile profile;
    profile.name = u"Staging (emulator)"_s;
    profile.url = staging.baseUrl();
    profile.grpcUrl = staging.grpcUrl(); // not the demo server's default gRPC address on the same host
    Colvault::ProfileStore(&settings).save(profile);

    selectRows(table, {u"Article"_s, u"Author"_s, u"TenantNote"_s});
    child<QAction>(&window, u"copyAction"_s)->trigger();
    Colvault::CopyWizard* wizard = nullptr;
    QAbstractButton* next = nullptr;
    if (!Shooter::waitFor(
            [&] { return (wizard = window.findChild<Colvault::CopyWizard*>()) != nullptr && wizard->isVisible(); },
            u"the copy wizard"_s)
        || !(next = child<QAbstractButton>(wizard, u"nextButton"_s))
        || !Shooter::waitFor([&] { return next->isEnabled(); }, u"the staging profile"_s))
        return false;
    auto* mode = child<QComboBox>(wizard, u"modeComboBox"_s);
    mode->setCurrentIndex(mode->findData(int(Colvault::RestoreMode::Merge)));
    auto* names = child<QTreeWidget>(wizard, u"targetTreeWidget"_s);
    for (int i = 0; i < names->topLevelItemCount(); ++i)
        if (names->topLevelItem(i)->text(0) == u"TenantNote")
            names->topLevelItem(i)->setText(1, u"Notes"_s);
    QTest::mouseClick(next, Qt::LeftButton);
    if (!Shooter::waitFor([&] { return wizard->hasPlan() || !wizard->planError().isEmpty(); }, u"the copy preview"_s))
        return false;
    if (!wizard->hasPlan())
        return Shooter::fail(u"the copy was not planned: %1"_s.arg(wizard->planError()));
    auto* diff = child<QTreeWidget>(wizard, u"diffTreeWidget"_s);
    for (int i = 0; i < diff->topLevelItemCount(); ++i)
        if (diff->topLevelItem(i)->text(0) == u"Author")
            diff->setCurrentItem(diff->topLevelItem(i)); // its counts in full below the tree: what merge skips
    const bool shot = shooter.shoot(wizard, u"copy-wizard-preview.png"_s);
    wizard->reject();
    return shot;
}

// 5b. The restore wizard's options page: the demo archive's Article restored beside the server's Article, the alias
// Articles switched to the new collection afterwards; the Vectors choice below the tree.
bool shootRestoreOptions(
    Shooter& shooter, Colvault::MainWindow& window, Colvault::RestoreWizard* wizard, const QString& archivePath)
{
    // Another file: the same archive again would keep the diff shot's target options.
    const QString copy = QFileInfo(archivePath).dir().filePath(u"demo-nightly.tar.zst"_s);
    if (!QFile::copy(archivePath, copy))
        return Shooter::fail(u"cannot copy the archive"_s);
    Colvault::Dialogs::setNextFileName(copy);
    child<QAction>(&window, u"openArchiveAction"_s)->trigger();
    auto* next = child<QAbstractButton>(wizard, u"nextButton"_s);
    if (!next || !Shooter::waitFor([&] { return wizard->isVisible() && next->isEnabled(); }, u"the archive again"_s))
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    auto* target = child<QTreeWidget>(wizard, u"targetTreeWidget"_s);
    for (int i = 0; i < target->topLevelItemCount(); ++i)
        if (target->topLevelItem(i)->text(0) != u"Article")
            target->topLevelItem(i)->setCheckState(0, Qt::Unchecked);
    auto* sideBySide = child<QCheckBox>(wizard, u"sideBySideCheckBox"_s);
    if (!sideBySide
        || !Shooter::waitFor(
            [&] { return sideBySide->isVisible() && sideBySide->isEnabled(); }, u"the side-by-side choice"_s))
        return false;
    sideBySide->setChecked(true);
    child<QCheckBox>(wizard, u"swapAliasCheckBox"_s)->setChecked(true);
    auto* alias = child<QComboBox>(wizard, u"swapAliasComboBox"_s);
    if (!Shooter::waitFor([&] { return alias->currentText() == u"Articles"; }, u"the alias Articles to be offered"_s))
        return false;
    const bool shot = shooter.shoot(wizard, u"restore-options.png"_s);
    wizard->reject();
    QFile::remove(copy); // the Jobs dock below lists the archives of this folder
    return shot;
}

// 5c. Collections > Aliases…: the two aliases of the demo server.
bool shootAliases(Shooter& shooter, Colvault::MainWindow& window)
{
    child<QAction>(&window, u"aliasesAction"_s)->trigger();
    auto* dialog = child<Colvault::AliasesDialog>(&window, u"aliasesDialog"_s);
    auto* list = child<QTreeWidget>(dialog, u"aliasesTreeWidget"_s);
    if (!list
        || !Shooter::waitFor([&] { return dialog->isVisible() && list->topLevelItemCount() == 2; }, u"the aliases"_s))
        return false;
    list->setCurrentItem(list->topLevelItem(0));
    const bool shot = shooter.shoot(dialog, u"aliases-dialog.png"_s);
    dialog->reject();
    return shot;
}

// 5d. An encrypted backup of Article opened in the restore wizard: the passphrase dialog again after a wrong one.
bool shootArchiveKey(Shooter& shooter, Colvault::MainWindow& window, const QUrl& url, const QString& folder)
{
    const QString path = QDir(folder).filePath(u"articles-encrypted.tar.zst"_s);
    Colvault::BackupParams p;
    p.endpoint.url = url;
    p.collections = {u"Article"_s};
    p.destination = path;
    p.encryption.passphrase = "correct horse battery staple";
    p.encryption.scryptWorkFactor = 10; // fast; the dialog looks the same
    Colvault::OpError error;
    const Colvault::BackupPlan plan = Colvault::BackupTask::plan(p, nullptr, &error);
    if (error || Colvault::BackupTask::apply(plan, nullptr).outcome != Colvault::BackupReport::Outcome::Succeeded)
        return Shooter::fail(u"the encrypted backup failed: %1"_s.arg(error.message));
    Colvault::Dialogs::setNextFileName(path);
    child<QAction>(&window, u"openArchiveAction"_s)->trigger();
    auto shown = [&] {
        for (auto* d : window.findChildren<Colvault::ArchiveKeyDialog*>())
            if (d->isVisible())
                return d;
        return static_cast<Colvault::ArchiveKeyDialog*>(nullptr);
    };
    if (!Shooter::waitFor([&] { return shown() != nullptr; }, u"the key dialog"_s))
        return false;
    QPointer<Colvault::ArchiveKeyDialog> first = shown();
    child<QLineEdit>(first, u"passphraseLineEdit"_s)->setText(u"correct horse battery"_s);
    first->accept();
    Colvault::ArchiveKeyDialog* again = nullptr;
    if (!Shooter::waitFor(
            [&] { return !first && (again = shown()) != nullptr; }, u"the key dialog after a wrong key"_s))
        return false;
    auto* problem = child<QLabel>(again, u"archiveKeyProblemLabel"_s);
    if (!problem || !Shooter::waitFor([&] { return problem->isVisible(); }, u"the key's problem"_s))
        return false;
    child<QLineEdit>(again, u"passphraseLineEdit"_s)->setText(u"correct horse battery staple"_s);
    const bool shot = shooter.shoot(again, u"archive-key-dialog.png"_s);
    again->reject(); // the wizard, with nothing read, goes too
    QFile::remove(path); // the Jobs dock below lists the archives of this folder
    return shot;
}

int run(const Options& o)
{
    if (!QDir().mkpath(o.out))
        return Shooter::fail(u"cannot create %1"_s.arg(o.out)), 1;
    Shooter shooter(o.out);
    QTemporaryDir work;
    if (!work.isValid())
        return Shooter::fail(u"no temporary folder"_s), 1;
    // The Jobs dock reads its own store, not the user's.
    qputenv("COLVAULT_CONFIG_DIR", work.filePath(u"config"_s).toUtf8());

    // The demo server: every demo collection, a few hundred objects each. No FROZEN tenant: the emulator has
    // no offload module by default.
    TestSupport::EmulatorFixture server;
    Seed::SeedOptions seed;
    seed.objects = 1200;
    seed.dims = 8;
    seed.frozenTenant = false;
    QString error;
    if (!server.seed(seed, &error))
        return Shooter::fail(u"seeding the emulator: %1"_s.arg(error)), 1;

    QSettings settings(work.filePath(u"colvault.ini"_s), QSettings::IniFormat);
    settings.setValue(u"lastFolder"_s, work.path());
    Colvault::MemorySecretStore secrets;
    {
        Colvault::ProfileStore store(&settings);
        Colvault::ConnectionProfile profile;
        profile.name = u"Demo (emulator)"_s;
        profile.url = server.baseUrl();
        store.save(profile);
        store.setLastUsed(profile.name);
    }
    Colvault::CollectionsLoader loader;
    Colvault::BackupManager backup;
    Colvault::RestoreManager restore;
    Colvault::ClearManager clear;
    Colvault::ArchiveJob archive;
    Colvault::MainWindow window({&settings, &secrets, &loader, &backup, &restore, &clear, &archive});
    window.resize(1000, 640);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return Shooter::fail(u"the main window was not shown"_s), 1;

    // 1. The main window, connected, a collection selected.
    window.connectToProfile(u"Demo (emulator)"_s);
    auto* table = child<QTableView>(&window, u"collectionsTableView"_s);
    if (!table || !Shooter::waitFor([&] { return table->model()->rowCount() >= 4; }, u"the collections"_s))
        return 1;
    selectRows(table, {u"Article"_s});
    if (!shooter.shoot(&window, u"mainwindow.png"_s))
        return 1;

    // 2. The connection dialog for the demo profile.
    child<QAction>(&window, u"editProfileAction"_s)->trigger();
    auto* connection = window.findChild<Colvault::ConnectionDialog*>(u"connectionDialog"_s);
    if (!Shooter::waitFor(
            [&] {
                return (connection = window.findChild<Colvault::ConnectionDialog*>()) != nullptr
                    && connection->isVisible();
            },
            u"the connection dialog"_s)
        || !shooter.shoot(connection, u"connection-dialog.png"_s))
        return 1;
    connection->reject();

    // 3. The backup dialog with an estimate, for every collection.
    selectRows(table, {u"Article"_s, u"Author"_s, u"Passage"_s, u"TenantNote"_s});
    child<QAction>(&window, u"backupAction"_s)->trigger();
    Colvault::BackupDialog* backupDialog = nullptr;
    if (!Shooter::waitFor(
            [&] {
                return (backupDialog = window.findChild<Colvault::BackupDialog*>()) != nullptr
                    && backupDialog->isVisible();
            },
            u"the backup dialog"_s))
        return 1;
    auto* backupTree = child<QTreeWidget>(backupDialog, u"collectionsTreeWidget"_s);
    for (int i = 0; i < backupTree->topLevelItemCount(); ++i)
        backupTree->topLevelItem(i)->setCheckState(0, Qt::Checked);
    auto* estimate = child<QLabel>(backupDialog, u"estimateLabel"_s);
    const QString noEstimate = estimate->text();
    QTest::mouseClick(child<QPushButton>(backupDialog, u"estimateButton"_s), Qt::LeftButton);
    if (!Shooter::waitFor([&] { return !backup.isRunning() && estimate->text() != noEstimate; }, u"the estimate"_s)
        || !shooter.shoot(backupDialog, u"backup-dialog.png"_s))
        return 1;

    // 4. The progress dialog mid-run: every object page is answered slowly, so the backup is still going.
    const QString archivePath = work.filePath(u"demo-backup.tar.zst"_s);
    auto* destination = child<QLineEdit>(backupDialog, u"destinationLineEdit"_s);
    destination->setText(QDir::toNativeSeparators(archivePath));
    Emu::FaultConfig slow;
    slow.latencyMs = 500;
    slow.latencyJitterMs = 200;
    slow.pathPrefix = "/v1/objects";
    server.emulator().setFaults(slow);
    QTest::mouseClick(child<QPushButton>(backupDialog, u"startButton"_s), Qt::LeftButton);
    auto* progress = child<Colvault::JobProgressDialog>(&window, u"jobProgressDialog"_s);
    auto* overall = child<QProgressBar>(progress, u"overallProgressBar"_s);
    if (!overall
        || !Shooter::waitFor([&] { return progress->isVisible() && overall->maximum() > 0 && overall->value() >= 650; },
            u"the backup to be under way"_s))
        return 1;
    // Its default size leaves the throughput plot a strip; the docs show it as a user would size it.
    progress->resize(600, 340);
    if (progress->state() != Colvault::JobProgressDialog::State::Running)
        return Shooter::fail(u"the backup was no longer running when grabbed"_s), 1;
    if (!shooter.shoot(progress, u"progress-dialog.png"_s) || !shootBackgroundRun(shooter, window, progress))
        return 1;
    server.emulator().setFaults({});
    if (!Shooter::waitFor(
            [&] { return progress->state() == Colvault::JobProgressDialog::State::Done; }, u"the backup"_s))
        return 1;
    if (!QFileInfo(archivePath).isFile())
        return Shooter::fail(u"the backup did not write %1"_s.arg(archivePath)), 1;
    progress->accept();
    // The row would stay in the Jobs dock's picture below.
    QTest::mouseClick(child<QPushButton>(&window, u"dismissRunButton"_s), Qt::LeftButton);

    // 5. The restore wizard: the archive browser, verified.
    Colvault::Dialogs::setNextFileName(archivePath);
    child<QAction>(&window, u"openArchiveAction"_s)->trigger();
    Colvault::RestoreWizard* restoreWizard = nullptr;
    if (!Shooter::waitFor(
            [&] {
                return (restoreWizard = window.findChild<Colvault::RestoreWizard*>()) != nullptr
                    && restoreWizard->isVisible();
            },
            u"the restore wizard"_s))
        return 1;
    auto* verify = child<QPushButton>(restoreWizard, u"verifyButton"_s);
    if (!Shooter::waitFor([&] { return verify->isEnabled(); }, u"the archive to be read"_s))
        return 1;
    QTest::mouseClick(verify, Qt::LeftButton);
    auto* archiveTree = child<QTreeWidget>(restoreWizard, u"archiveTreeWidget"_s);
    if (!Shooter::waitFor([&] { return verify->isEnabled() && !archiveTree->topLevelItem(0)->text(1).isEmpty(); },
            u"the verification"_s))
        return 1;
    archiveTree->expandAll();
    for (int i = 0; i < archiveTree->topLevelItemCount(); ++i)
        if (archiveTree->topLevelItem(i)->text(0) == u"Article")
            archiveTree->setCurrentItem(archiveTree->topLevelItem(i));
    if (!shooter.shoot(restoreWizard, u"restore-archive.png"_s))
        return 1;

    // 6. The diff: Article restored under the name of an existing collection whose wordCount is text (a blocking
    // conflict), the others merged into themselves.
    const auto story = server.post(u"/v1/schema"_s,
        R"({"class":"Story","vectorizer":"none","properties":[{"name":"wordCount","dataType":["text"]}]})");
    if (story.status != 200)
        return Shooter::fail(u"creating Story: %1"_s.arg(QString::fromUtf8(story.body))), 1;
    QTest::mouseClick(child<QAbstractButton>(restoreWizard, u"nextButton"_s), Qt::LeftButton);
    auto* mode = child<QComboBox>(restoreWizard, u"modeComboBox"_s);
    mode->setCurrentIndex(mode->findData(int(Colvault::RestoreMode::Merge)));
    auto* target = child<QTreeWidget>(restoreWizard, u"targetTreeWidget"_s);
    for (int i = 0; i < target->topLevelItemCount(); ++i)
        if (target->topLevelItem(i)->text(0) == u"Article")
            target->topLevelItem(i)->setText(1, u"Story"_s);
    QTest::mouseClick(child<QAbstractButton>(restoreWizard, u"nextButton"_s), Qt::LeftButton);
    if (!Shooter::waitFor([&] { return restoreWizard->hasPlan(); }, u"the restore preview"_s)
        || !shooter.shoot(restoreWizard, u"restore-diff.png"_s))
        return 1;
    restoreWizard->reject();
    server.del(u"/v1/schema/Story"_s); // only the diff's conflict: not a collection of the shots below
    for (const QByteArray alias :
        {R"({"alias":"Articles","class":"Article"})", R"({"alias":"Writers","class":"Author"})"})
        if (server.post(u"/v1/aliases"_s, alias).status != 200)
            return Shooter::fail(u"creating an alias"_s), 1;
    if (!shootRestoreOptions(shooter, window, restoreWizard, archivePath) || !shootAliases(shooter, window))
        return 1;
    // The shots below are as they were without aliases.
    server.del(u"/v1/aliases/Articles"_s);
    server.del(u"/v1/aliases/Writers"_s);
    if (!shootArchiveKey(shooter, window, server.baseUrl(), work.path())
        || !shootCopyPreview(shooter, window, table, settings))
        return 1;

    // 7. The clear wizard, page by page, ending on the result with Undo.
    selectRows(table, {u"Article"_s});
    child<QAction>(&window, u"clearAction"_s)->trigger();
    Colvault::ClearWizard* clearWizard = nullptr;
    if (!Shooter::waitFor(
            [&] {
                return (clearWizard = window.findChild<Colvault::ClearWizard*>()) != nullptr
                    && clearWizard->isVisible();
            },
            u"the clear wizard"_s)
        || !shooter.shoot(clearWizard, u"clear-wizard-1-select.png"_s))
        return 1;
    QTest::mouseClick(child<QAbstractButton>(clearWizard, u"nextButton"_s), Qt::LeftButton);
    auto* backupPath = child<QLineEdit>(clearWizard, u"backupPathLineEdit"_s);
    const QString clearBackup = work.filePath(u"before-clear.tar.zst"_s);
    backupPath->setText(QDir::toNativeSeparators(clearBackup));
    clearWizard->requestPlan();
    if (!Shooter::waitFor([&] { return clearWizard->hasPlan() && clearWizard->plan().backupPath == clearBackup; },
            u"the clear plan"_s)
        || !shooter.shoot(clearWizard, u"clear-wizard-2-impact.png"_s))
        return 1;
    QTest::mouseClick(child<QAbstractButton>(clearWizard, u"nextButton"_s), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(clearWizard, u"confirmLineEdit"_s), u"Article"_s);
    if (!shooter.shoot(clearWizard, u"clear-wizard-confirm.png"_s))
        return 1;
    QTest::mouseClick(child<QAbstractButton>(clearWizard, u"commitButton"_s), Qt::LeftButton);
    auto* runPage = child<Colvault::WizardRunPage>(clearWizard, u"clearRunPage"_s);
    if (!Shooter::waitFor([&] { return runPage->state() == Colvault::WizardRunPage::State::Done; }, u"the clear"_s))
        return 1;
    if (runPage->outcome() != Colvault::WizardRunPage::Outcome::Succeeded)
        return Shooter::fail(u"the clear did not succeed"_s), 1;
    if (!shooter.shoot(clearWizard, u"clear-wizard-4-result.png"_s))
        return 1;
    clearWizard->accept();
    return shootJobsDock(shooter, window, server.baseUrl(), work.path()) && shootStorageProfile(shooter, window) ? 0
                                                                                                                 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    Options o;
    if (!parse(argc, argv, &o)) {
        usage(stderr);
        return 2;
    }
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!o.scale.isEmpty())
        qputenv("QT_SCALE_FACTOR", o.scale);
    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Colvault"_s);
    QApplication::setOrganizationName(u"Colvault"_s);
    QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));
    if (o.dark)
        QApplication::setPalette(darkPalette());
    const QLocale locale = o.lang.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(o.lang);
    QLocale::setDefault(locale);
    const QString installed = Colvault::Translations::install(locale);
    if (!o.lang.isEmpty() && !o.lang.startsWith(installed))
        QTextStream(stderr) << u"colvault-screenshots: no translation for "_s << o.lang << u"; using "_s << installed
                            << u"\n"_s;
    return run(o);
}
