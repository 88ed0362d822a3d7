// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/StorageProfileDialog.h"

#include "core/S3Location.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Colvault {

StorageProfileDialog::StorageProfileDialog(StorageProfileStore* store, QWidget* parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(u"storageProfileDialog"_s);
    setWindowTitle(tr("Storage Profiles"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"storageProfilesListWidget"_s);
    m_list->setAccessibleName(tr("Storage profiles"));
    m_new = new QPushButton(tr("&New"), this);
    m_new->setObjectName(u"newStorageProfileButton"_s);
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(u"deleteStorageProfileButton"_s);
    QLayout* form = createForm();

    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(m_new);
    listButtons->addWidget(m_delete);
    auto* left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(u"saveButton"_s);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);

    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(columns, 1);
    outer->addWidget(buttons);
    resize(720, 420);

    connect(m_list, &QListWidget::currentTextChanged, this, [this](const QString& name) {
        if (!name.isEmpty() && name != m_shown)
            showProfile(name);
    });
    connect(m_new, &QPushButton::clicked, this, [this] { select(QString()); });
    connect(m_delete, &QPushButton::clicked, this, &StorageProfileDialog::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &StorageProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_test, &QFutureWatcher<OpError>::finished, this, &StorageProfileDialog::onTested);
    reload(QString());
}

StorageProfileDialog::~StorageProfileDialog()
{
    m_test.waitForFinished(); // the worker holds only copies; this bounds its life to the dialog's
}

// The fields on the right, their labels and the Test row.
QLayout* StorageProfileDialog::createForm()
{
    auto line = [this](const char* objectName) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(objectName));
        connect(edit, &QLineEdit::textChanged, this, &StorageProfileDialog::updateState);
        return edit;
    };
    m_name = line("nameLineEdit");
    m_endpoint = line("endpointLineEdit");
    m_endpoint->setPlaceholderText(tr("Empty for Amazon S3; e.g. http://127.0.0.1:9000"));
    m_region = line("regionLineEdit");
    m_region->setPlaceholderText(tr("e.g. eu-central-1; empty: the environment's region"));
    m_bucket = line("bucketLineEdit");
    m_prefix = line("prefixLineEdit");
    m_prefix->setPlaceholderText(tr("Optional, e.g. weaviate/nightly"));
    m_pathStyle = new QComboBox(this);
    m_pathStyle->setObjectName(u"pathStyleComboBox"_s);
    m_pathStyle->addItem(tr("Automatic (path style for an IP address or localhost)"), int(S3PathStyle::Auto));
    m_pathStyle->addItem(tr("Path style: ENDPOINT/BUCKET/KEY"), int(S3PathStyle::Path));
    m_pathStyle->addItem(tr("Virtual-hosted: BUCKET.ENDPOINT/KEY"), int(S3PathStyle::VirtualHosted));
    m_accessKeyId = line("accessKeyIdLineEdit");
    m_accessKeyId->setPlaceholderText(tr("Empty: keys from the environment or ~/.aws"));
    m_secret = line("secretKeyLineEdit");
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setToolTip(tr("Kept in the system keychain, never in the settings file."));
    m_place = new QLabel(this);
    m_place->setObjectName(u"placeLabel"_s);
    m_place->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_testButton = new QPushButton(tr("&Test"), this);
    m_testButton->setObjectName(u"testButton"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"statusLabel"_s);
    m_status->setWordWrap(true);
    connect(m_testButton, &QPushButton::clicked, this, &StorageProfileDialog::test);

    auto* form = new QFormLayout;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Endpoint URL:"), m_endpoint);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Bucket:"), m_bucket);
    form->addRow(tr("&Prefix:"), m_prefix);
    form->addRow(tr("&Addressing:"), m_pathStyle);
    form->addRow(tr("Access &key ID:"), m_accessKeyId);
    form->addRow(tr("Se&cret access key:"), m_secret);
    form->addRow(tr("Archives go to:"), m_place);
    auto* testRow = new QHBoxLayout;
    testRow->addWidget(m_testButton);
    testRow->addStretch(1);
    form->addRow(QString(), testRow);
    form->addRow(QString(), m_status); // a row of its own: a server's answer can take two lines
    return form;
}

void StorageProfileDialog::reload(const QString& current)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_list->addItems(m_store->names());
    select(m_store->contains(current) ? current : m_list->count() > 0 ? m_list->item(0)->text() : QString());
}

void StorageProfileDialog::select(const QString& name)
{
    const QList<QListWidgetItem*> found
        = name.isEmpty() ? QList<QListWidgetItem*>() : m_list->findItems(name, Qt::MatchExactly);
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentItem(found.isEmpty() ? nullptr : found.first());
    }
    if (found.isEmpty()) {
        m_shown.clear();
        for (QLineEdit* e : {m_name, m_endpoint, m_region, m_bucket, m_prefix, m_accessKeyId, m_secret})
            e->clear();
        m_pathStyle->setCurrentIndex(0);
        m_status->clear();
        m_name->setFocus();
        updateState();
        return;
    }
    showProfile(name);
}

void StorageProfileDialog::showProfile(const QString& name)
{
    const StorageProfile p = m_store->profile(name);
    m_shown = name;
    m_name->setText(p.name);
    m_endpoint->setText(p.endpoint.toString());
    m_region->setText(p.region);
    m_bucket->setText(p.bucket);
    m_prefix->setText(p.prefix);
    m_pathStyle->setCurrentIndex(m_pathStyle->findData(int(p.pathStyle)));
    m_accessKeyId->setText(QString::fromUtf8(p.accessKeyId));
    m_secret->clear();
    m_status->clear();
    updateState();
    if (p.accessKeyId.isEmpty())
        return; // keys from the environment: there is no secret to read
    // The secret arrives later (the keychain answers asynchronously), unless another profile was chosen meanwhile.
    m_store->readSecret(name, this, [this, name](const QByteArray& secret, const QString& error) {
        if (m_shown != name)
            return;
        m_secret->setText(QString::fromUtf8(secret));
        if (!error.isEmpty())
            //: %1 the keychain's own message
            m_status->setText(tr("The secret key could not be read from the keychain: %1").arg(error));
    });
}

StorageProfile StorageProfileDialog::formProfile() const
{
    StorageProfile p;
    p.name = m_name->text().trimmed();
    p.endpoint = QUrl(m_endpoint->text().trimmed());
    p.region = m_region->text().trimmed();
    p.bucket = m_bucket->text().trimmed();
    p.prefix = StorageProfile::normalizedPrefix(m_prefix->text().trimmed());
    p.pathStyle = S3PathStyle(m_pathStyle->currentData().toInt());
    p.accessKeyId = m_accessKeyId->text().trimmed().toUtf8();
    return p;
}

// Why the form cannot be saved or tested, in one sentence; empty when it can.
QString StorageProfileDialog::invalidReason() const
{
    const StorageProfile p = formProfile();
    if (p.name.isEmpty())
        return tr("Enter a name for the profile.");
    if (!S3Location::isValidBucketName(p.bucket))
        return tr("Enter the bucket's name: 3 to 63 lowercase letters, digits, dots and hyphens.");
    const QString scheme = p.endpoint.scheme();
    if (!p.endpoint.isEmpty() && (!p.endpoint.isValid() || (scheme != u"http" && scheme != u"https")))
        return tr("The endpoint must be an http:// or https:// URL, or empty for Amazon S3.");
    if (p.accessKeyId.isEmpty() != m_secret->text().isEmpty())
        return tr("Enter both the access key ID and the secret access key, or neither.");
    return QString();
}

void StorageProfileDialog::updateState()
{
    const QString reason = invalidReason();
    const bool testing = m_test.isRunning();
    m_place->setText(S3Location::isValidBucketName(formProfile().bucket) ? formProfile().place() : QString());
    m_save->setEnabled(reason.isEmpty());
    m_testButton->setEnabled(reason.isEmpty() && !testing);
    m_testButton->setToolTip(reason);
    m_delete->setEnabled(!m_shown.isEmpty());
}

void StorageProfileDialog::save()
{
    if (!invalidReason().isEmpty())
        return;
    const StorageProfile p = formProfile();
    if (!m_shown.isEmpty() && m_shown != p.name)
        m_store->remove(m_shown, this); // a rename: the old name's settings and secret go
    m_shown = p.name;
    m_store->save(p, m_secret->text().toUtf8(), this, [this, name = p.name](const QString& error) {
        m_status->setText(error.isEmpty()
                ? tr("Saved.")
                //: %1 the keychain's own message
                : tr("The secret key could not be stored in the keychain: %1. It is kept until Colvault quits.")
                      .arg(error));
    });
    reload(p.name);
    Q_EMIT profilesChanged();
}

void StorageProfileDialog::removeCurrent()
{
    if (m_shown.isEmpty())
        return;
    m_store->remove(m_shown, this);
    m_shown.clear();
    reload(QString());
    Q_EMIT profilesChanged();
}

void StorageProfileDialog::test()
{
    if (!invalidReason().isEmpty() || m_test.isRunning())
        return;
    const StorageProfile p = formProfile();
    const S3Archive::Settings settings = p.settings(m_secret->text().toUtf8());
    m_status->setText(tr("Testing…"));
    m_test.setFuture(QtConcurrent::run([place = p.place(), settings] {
        try {
            return S3Archive::checkDestination(place, settings);
        } catch (const std::exception& e) {
            return OpError {OpError::Code::Internal, tr("The test failed."), QString::fromUtf8(e.what())};
        }
    }));
    updateState();
}

void StorageProfileDialog::onTested()
{
    const OpError error = m_test.result();
    m_status->setText(error ? error.message : tr("Connected: the bucket is there and the keys are accepted."));
    m_status->setToolTip(error.details);
    updateState();
}

} // namespace Colvault
