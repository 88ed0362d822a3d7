// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/AliasesDialog.h"

#include "core/CliCommandLine.h"
#include "core/WeaviateClient.h"
#include "widgets/CommandLineBox.h"
#include "widgets/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace Colvault {

namespace {

const QColor kProblemColour(0xb0, 0x20, 0x20);

} // namespace

AliasesDialog::AliasesDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"aliasesDialog"_s);
    setWindowTitle(tr("Collection Aliases"));
    setWindowModality(Qt::WindowModal);

    m_status = new QLabel(this);
    m_status->setObjectName(u"aliasesStatusLabel"_s);
    m_status->setWordWrap(true);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"aliasesTreeWidget"_s);
    m_list->setAccessibleName(tr("Aliases and their collections"));
    m_list->setHeaderLabels({tr("Alias"), tr("Collection")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::Stretch);
    QLayout* form = createForm();
    m_command = new CommandLineBox(this);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_command);
    layout->addWidget(buttons);
    resize(560, 440);

    connect(m_list, &QTreeWidget::currentItemChanged, this, &AliasesDialog::showSelected);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_run, &QFutureWatcher<Answer>::finished, this, &AliasesDialog::onDone);
}

AliasesDialog::~AliasesDialog()
{
    m_run.waitForFinished(); // the worker holds only copies; this bounds its life to the dialog's
}

// The alias name and target fields, and the buttons that act on them.
QLayout* AliasesDialog::createForm()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"aliasNameLineEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Movies"));
    m_nameProblem = new QLabel(this);
    m_nameProblem->setObjectName(u"aliasNameProblemLabel"_s);
    m_nameProblem->setWordWrap(true);
    showAsProblem(m_nameProblem, true);
    m_nameProblem->hide();
    m_collection = new QComboBox(this);
    m_collection->setObjectName(u"aliasCollectionComboBox"_s);
    m_add = new QPushButton(tr("&Add…"), this);
    m_add->setObjectName(u"addAliasButton"_s);
    m_add->setToolTip(tr("Create an alias of this name that points at the collection"));
    m_changeTarget = new QPushButton(tr("Change &Target…"), this);
    m_changeTarget->setObjectName(u"changeTargetButton"_s);
    m_changeTarget->setToolTip(tr("Point this alias at the collection chosen, in one request"));
    m_delete = new QPushButton(tr("&Delete…"), this);
    m_delete->setObjectName(u"deleteAliasButton"_s);
    m_delete->setToolTip(tr("Delete this alias; its collection stays"));
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshAliasesButton"_s);
    for (QPushButton* b : {m_add, m_changeTarget, m_delete, m_refresh})
        b->setAutoDefault(false);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_changeTarget);
    actions->addWidget(m_delete);
    actions->addStretch(1);
    actions->addWidget(m_refresh);
    auto* form = new QFormLayout;
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, m_name);
    form->addRow(QString(), m_nameProblem);
    auto* collectionLabel = new QLabel(tr("&Collection:"), this);
    collectionLabel->setBuddy(m_collection);
    form->addRow(collectionLabel, m_collection);
    form->addRow(actions);

    connect(m_name, &QLineEdit::textChanged, this, &AliasesDialog::updateState);
    connect(m_collection, &QComboBox::currentIndexChanged, this, &AliasesDialog::updateState);
    connect(m_add, &QPushButton::clicked, this, [this] { confirm(Request::Kind::Add); });
    connect(m_changeTarget, &QPushButton::clicked, this, [this] { confirm(Request::Kind::ChangeTarget); });
    connect(m_delete, &QPushButton::clicked, this, [this] { confirm(Request::Kind::Delete); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { start({}); });
    return form;
}

void AliasesDialog::setup(const WeaviateEndpoint& endpoint, const QStringList& collections, const QString& server)
{
    m_endpoint = endpoint;
    m_collections = collections;
    //: %1 the server: "profile at URL"
    setWindowTitle(tr("Collection Aliases on %1").arg(server.isEmpty() ? endpoint.redactedUrl() : server));
    m_aliases.clear();
    m_loaded = false;
    m_supported = true;
    m_list->clear();
    m_name->clear();
    {
        const QSignalBlocker block(m_collection);
        m_collection->clear();
        m_collection->addItems(collections);
    }
    start({});
}

AliasesDialog::Answer AliasesDialog::perform(const WeaviateEndpoint& endpoint, const Request& request)
{
    Answer answer;
    answer.request = request;
    try {
        WeaviateClient client(endpoint);
        OpError error;
        const ServerInfo server = client.serverInfo(&error);
        answer.supported = error || AliasClient::isSupported(server);
        if (error || !answer.supported) {
            answer.error = error ? error : AliasClient::unsupportedError(server);
            return answer;
        }
        AliasClient aliases(client, server);
        bool exists = false;
        switch (request.kind) {
        case Request::Kind::List:
            break;
        case Request::Kind::Add:
            answer.error = aliases.create(request.alias, request.collection, &exists);
            if (exists)
                answer.error = OpError::make(OpError::Code::Conflict,
                    tr("The server has an alias \"%1\" already. Select it and choose Change Target to point it at "
                       "another collection.")
                        .arg(AliasClient::canonicalName(request.alias)));
            break;
        case Request::Kind::ChangeTarget:
            answer.error = aliases.update(request.alias, request.collection);
            break;
        case Request::Kind::Delete:
            answer.error = aliases.remove(request.alias);
            break;
        }
        // Read again whatever happened: after a failure the list says what the server holds now.
        const OpError listed = aliases.list(&answer.aliases);
        answer.listed = !listed;
        answer.error = answer.error ? answer.error : listed;
    } catch (const std::exception& e) {
        answer.error = OpError::make(
            OpError::Code::Internal, tr("The aliases could not be read or changed."), QString::fromUtf8(e.what()));
    }
    return answer;
}

void AliasesDialog::start(const Request& request)
{
    if (m_run.isRunning())
        return;
    m_status->setText(request.kind == Request::Kind::List ? tr("Reading the aliases…") : tr("Changing the alias…"));
    showAsProblem(m_status, false);
    m_run.setFuture(QtConcurrent::run(&AliasesDialog::perform, m_endpoint, request));
    updateState();
}

void AliasesDialog::onDone()
{
    const Answer answer = m_run.result();
    m_supported = answer.supported;
    const QString selected = m_name->text().trimmed();
    if (answer.listed) {
        m_loaded = true;
        m_aliases = answer.aliases;
    } else if (!m_supported) {
        m_aliases.clear();
    }
    m_list->clear();
    for (const CollectionAlias& a : std::as_const(m_aliases))
        new QTreeWidgetItem(m_list, {a.alias, a.collection});
    const QString alias = AliasClient::canonicalName(answer.request.alias);
    const QString collection = AliasClient::canonicalName(answer.request.collection);
    QString text;
    switch (answer.request.kind) {
    case Request::Kind::List:
        text = m_aliases.isEmpty() ? tr("The server has no aliases.")
                                   : tr("The server has %Ln alias(es).", nullptr, int(m_aliases.size()));
        break;
    case Request::Kind::Add:
        //: %1 alias, %2 collection
        text = tr("Alias %1 created, pointing at %2.").arg(alias, collection);
        break;
    case Request::Kind::ChangeTarget:
        //: %1 alias, %2 collection
        text = tr("Alias %1 now points at %2.").arg(alias, collection);
        break;
    case Request::Kind::Delete:
        //: %1 alias
        text = tr("Alias %1 deleted; its collection is unchanged.").arg(alias);
        break;
    }
    m_status->setText(answer.error ? answer.error.message : text);
    showAsProblem(m_status, bool(answer.error));
    m_status->setToolTip(answer.error.details);
    if (answer.request.kind != Request::Kind::List)
        Q_EMIT logMessage(m_status->text());
    if (!answer.error.details.isEmpty())
        Q_EMIT logMessage(answer.error.details);
    // The alias just acted on stays in the fields (and selected, when it is there), so a mistake is one step back.
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->text(0).compare(selected, Qt::CaseInsensitive) == 0)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    updateState();
}

void AliasesDialog::confirm(Request::Kind kind)
{
    Request request {kind, AliasClient::canonicalName(m_name->text().trimmed()), m_collection->currentText()};
    const CollectionAlias* held = existing(request.alias);
    if (held && kind != Request::Kind::Add)
        request.alias = held->alias; // as the server spells it
    QString title;
    QString text;
    QString yes;
    if (kind == Request::Kind::Add) {
        title = tr("Add Alias");
        //: %1 alias, %2 collection
        text = tr("Create the alias \"%1\" pointing at the collection \"%2\"? Clients that use \"%1\" then read and "
                  "write \"%2\".")
                   .arg(request.alias, request.collection);
        yes = tr("Add Alias");
    } else if (kind == Request::Kind::ChangeTarget && held) {
        title = tr("Change Alias Target");
        //: %1 alias, %2 the collection it will point at, %3 the one it points at now
        text = tr("Point the alias \"%1\" at the collection \"%2\" instead of \"%3\"? Clients that use \"%1\" switch "
                  "to \"%2\" at once; \"%3\" is kept.")
                   .arg(held->alias, request.collection, held->collection);
        yes = tr("Change Target");
    } else if (kind == Request::Kind::Delete && held) {
        title = tr("Delete Alias");
        //: %1 alias, %2 the collection it points at
        text = tr("Delete the alias \"%1\", which points at the collection \"%2\"? The collection and its objects "
                  "stay; clients that use \"%1\" fail until an alias of that name is created again.")
                   .arg(held->alias, held->collection);
        yes = tr("Delete Alias");
    } else {
        return;
    }
    Dialogs::question(
        this, title, text,
        [this, request](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                start(request);
        },
        yes);
}

void AliasesDialog::showSelected()
{
    const QTreeWidgetItem* item = m_list->currentItem();
    if (!item)
        return;
    m_name->setText(item->text(0));
    const int index = m_collection->findText(item->text(1));
    if (index >= 0)
        m_collection->setCurrentIndex(index);
    updateState();
}

const CollectionAlias* AliasesDialog::existing(const QString& name) const
{
    // Weaviate keeps alias names unique in any case.
    for (const CollectionAlias& a : m_aliases)
        if (a.alias.compare(AliasClient::canonicalName(name), Qt::CaseInsensitive) == 0)
            return &a;
    return nullptr;
}

// A problem label's text in the app's problem colour; otherwise the inherited colour.
void AliasesDialog::showAsProblem(QLabel* label, bool problem)
{
    QPalette pal;
    if (problem)
        pal.setColor(QPalette::WindowText, kProblemColour);
    label->setPalette(pal);
}

void AliasesDialog::updateState()
{
    const bool idle = !m_run.isRunning();
    const bool ready = idle && m_loaded && m_supported;
    const QString name = AliasClient::canonicalName(m_name->text().trimmed());
    const QString collection = m_collection->currentText();
    const CollectionAlias* held = existing(name);
    // Weaviate refuses an alias named like a collection (422), whatever the case.
    const bool clash = !held && !name.isEmpty() && m_collections.contains(name, Qt::CaseInsensitive);
    //: %1 the name typed for the alias
    m_nameProblem->setText(
        clash ? tr("\"%1\" is the name of a collection. Choose a name that no collection has.").arg(name) : QString());
    m_nameProblem->setVisible(clash && m_supported);
    m_list->setEnabled(m_supported);
    m_name->setEnabled(m_supported);
    m_collection->setEnabled(m_supported);
    m_add->setEnabled(ready && !name.isEmpty() && !held && !clash && !collection.isEmpty());
    m_add->setToolTip(clash ? m_nameProblem->text() : tr("Create an alias of this name that points at the collection"));
    m_changeTarget->setEnabled(ready && held && !collection.isEmpty() && held->collection != collection);
    m_delete->setEnabled(ready && held);
    m_refresh->setEnabled(idle);
    m_command->setVisible(m_supported);
    updateCommand(name, collection, held, clash);
}

// The command of what the buttons offer: delete an alias that points at the collection shown already, set one
// (add or change its target) otherwise, list when the fields say nothing that can be done.
void AliasesDialog::updateCommand(
    const QString& name, const QString& collection, const CollectionAlias* held, bool clash)
{
    QStringList args {u"alias"_s, u"list"_s};
    if (held && (collection.isEmpty() || held->collection == collection))
        args = {u"alias"_s, u"delete"_s, held->alias};
    else if (!name.isEmpty() && !collection.isEmpty() && !clash)
        args = {u"alias"_s, u"set"_s, held ? held->alias : name, collection};
    const QStringList connection = CliCommandLine::connectionArguments(m_endpoint);
    m_command->setCommand(CliCommandLine::join(args + connection, CliCommandLine::nativeShell()),
        CliCommandLine::hasOmittedSecrets(m_endpoint));
}

} // namespace Colvault
