// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/StorageArchiveDialog.h"

#include "core/S3Archive.h"
#include "widgets/StorageProfile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {
// A listing stops after this many pages of 1,000 keys: a picker is not a bucket browser.
constexpr int kMaxPages = 10;

bool isArchiveName(const QString& key)
{
    QString name = key;
    if (name.endsWith(u".age"_s))
        name.chop(4);
    for (const QString& suffix : {u".tar.zst"_s, u".tar.gz"_s, u".tar.xz"_s, u".tar"_s})
        if (name.endsWith(suffix))
            return true;
    return false;
}
} // namespace

StorageArchiveDialog::StorageArchiveDialog(StorageProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"storageArchiveDialog"_s);
    setWindowTitle(tr("Open Archive from S3"));
    m_profile = new QComboBox(this);
    m_profile->setObjectName(u"storageProfileComboBox"_s);
    m_profile->addItems(store->names());
    m_placeLabel = new QLabel(this);
    m_placeLabel->setObjectName(u"placeLabel"_s);
    m_archives = new QTreeWidget(this);
    m_archives->setObjectName(u"archivesTreeWidget"_s);
    m_archives->setHeaderLabels({tr("Archive"), tr("Size"), tr("Modified")});
    m_archives->setRootIsDecorated(false);
    m_archives->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_archives->setAccessibleName(tr("Archives in the bucket"));
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"keyLineEdit"_s);
    m_key->setPlaceholderText(tr("Pick an archive above or type its name under the prefix"));
    m_key->setAccessibleName(tr("Archive name"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Open | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Open)->setObjectName(u"openButton"_s);

    auto* form = new QFormLayout;
    form->addRow(tr("Storage &profile:"), m_profile);
    form->addRow(tr("Place:"), m_placeLabel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_archives, 1);
    layout->addWidget(m_key);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    resize(640, 420);

    connect(m_profile, &QComboBox::currentIndexChanged, this, &StorageArchiveDialog::refresh);
    connect(m_archives, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            m_key->setText(item->text(0));
    });
    connect(
        m_archives, &QTreeWidget::itemActivated, this, [this] { m_buttons->button(QDialogButtonBox::Open)->click(); });
    connect(m_key, &QLineEdit::textChanged, this,
        [this] { m_buttons->button(QDialogButtonBox::Open)->setEnabled(!chosenPath().isEmpty()); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString path = chosenPath();
        if (path.isEmpty())
            return;
        accept();
        Q_EMIT archiveChosen(path);
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_listing, &QFutureWatcher<Listing>::finished, this, &StorageArchiveDialog::onListed);
    m_buttons->button(QDialogButtonBox::Open)->setEnabled(false);
    if (m_profile->count() == 0)
        m_status->setText(tr("No storage profile yet: add one under Storage Profiles…"));
    refresh();
}

StorageArchiveDialog::~StorageArchiveDialog()
{
    m_listing.waitForFinished();
}

QString StorageArchiveDialog::chosenPath() const
{
    const QString key = m_key->text().trimmed();
    return m_place.isEmpty() || key.isEmpty() || key.endsWith(u'/') ? QString() : S3Archive::pathIn(m_place, key);
}

void StorageArchiveDialog::refresh()
{
    const QString name = m_profile->currentText();
    if (name.isEmpty() || m_listing.isRunning())
        return; // a listing in flight lists again when it ends (onListed())
    m_archives->clear();
    m_place = m_store->profile(name).place();
    m_placeLabel->setText(m_place);
    m_status->setText(tr("Listing…"));
    // The listing goes through the profile's settings, registered for its bucket once its secret key is read.
    m_store->activate(name, this, [this, name](const QString& error) {
        if (name != m_profile->currentText() || m_listing.isRunning())
            return;
        if (!error.isEmpty()) {
            m_status->setText(StorageProfile::secretUnreadable(name, error));
            return;
        }
        m_listing.setFuture(QtConcurrent::run([place = m_place] { return list(place); }));
    });
}

StorageArchiveDialog::Listing StorageArchiveDialog::list(const QString& place)
{
    Listing listing;
    S3Location location;
    S3Config config;
    if (!S3Archive::resolve(place, &location, &config, &listing.error, S3Location::Key::Optional))
        return listing;
    S3Client client(config);
    S3ListPage page;
    for (int pages = 0; pages < kMaxPages && (pages == 0 || page.truncated); ++pages) {
        const QString token = page.nextContinuationToken;
        page = {};
        const HttpResult result = client.listObjects(location.bucket, location.key, token, &page);
        if (!result.ok()) {
            listing.error = result.error;
            return listing;
        }
        for (const S3ObjectInfo& o : std::as_const(page.objects))
            if (isArchiveName(o.key))
                listing.archives.append(o);
    }
    listing.truncated = page.truncated;
    std::sort(listing.archives.begin(), listing.archives.end(),
        [](const S3ObjectInfo& a, const S3ObjectInfo& b) { return a.lastModified > b.lastModified; });
    return listing;
}

void StorageArchiveDialog::onListed()
{
    const Listing listing = m_listing.result();
    // A profile changed while this listing ran: list the one chosen now.
    if (m_place != m_store->profile(m_profile->currentText()).place()) {
        refresh();
        return;
    }
    if (listing.error) {
        m_status->setText(listing.error.message);
        m_status->setToolTip(listing.error.details);
        return;
    }
    const QLocale locale;
    const QString keyPrefix = m_place.mid(m_place.indexOf(u'/', 5) + 1);
    for (const S3ObjectInfo& o : listing.archives) {
        auto* item = new QTreeWidgetItem(m_archives,
            {o.key.mid(keyPrefix.size()), locale.formattedDataSize(o.size),
                locale.toString(o.lastModified.toLocalTime(), QLocale::ShortFormat)});
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_archives->resizeColumnToContents(1);
    m_archives->resizeColumnToContents(2);
    m_status->setText(listing.archives.isEmpty() ? tr("No archives under this prefix.")
            : listing.truncated
            ? tr("The first %Ln archive(s); type the name of another.", nullptr, int(listing.archives.size()))
            : tr("%Ln archive(s).", nullptr, int(listing.archives.size())));
}

} // namespace Colvault
