// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#include "widgets/ConnectionDialog.h"

#include "core/ProxyAddress.h"
#include "widgets/Dialogs.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Colvault {

ConnectionDialog::ConnectionDialog(QWidget* parent)
    : QDialog(parent)
{
    setObjectName(u"connectionDialog"_s);
    setWindowTitle(tr("Connection Profile"));
    setWindowModality(Qt::WindowModal);

    createServerFields();
    createGrpcFields();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(createForm());
    layout->addWidget(createButtons());
    connect(m_name, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_url, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_auth, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_grpcUrl, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_proxyMode, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updateState);
    connect(m_proxyUrl, &QLineEdit::textChanged, this, &ConnectionDialog::updateState);
    connect(m_caBrowse, &QPushButton::clicked, this, [this] {
        Dialogs::openFileName(this, tr("CA Certificates"), m_caFile->text(),
            tr("PEM files (*.pem *.crt);;All files (*)"), [this](const QString& path) {
                if (!path.isEmpty())
                    m_caFile->setText(path);
            });
    });

    const QList<QWidget*> chain {m_name, m_url, m_auth, m_apiKey, m_headers, m_caFile, m_caBrowse, m_insecure,
        m_grpcUrl, m_transport, m_proxyMode, m_proxyUrl, m_proxyUser, m_proxyPassword};
    for (qsizetype i = 1; i < chain.size(); ++i)
        setTabOrder(chain[i - 1], chain[i]);
    updateState();
}

void ConnectionDialog::createServerFields()
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_url = new QLineEdit(this);
    m_url->setObjectName(u"urlLineEdit"_s);
    m_url->setPlaceholderText(u"http://localhost:8080"_s);
    // Shown while the URL carries user:password: they are dropped, not stored (see docs/gui.md, "Connecting").
    m_credentialsLabel = new QLabel(
        tr("The user name and password in this URL are not saved. Weaviate authenticates with an API key: choose "
           "“API key” below."),
        this);
    m_credentialsLabel->setObjectName(u"urlCredentialsLabel"_s);
    m_credentialsLabel->setWordWrap(true);
    m_credentialsLabel->setVisible(false);
    m_auth = new QComboBox(this);
    m_auth->setObjectName(u"authComboBox"_s);
    m_auth->addItem(tr("None", "authentication"));
    m_auth->addItem(tr("API key"));
    m_apiKey = new QLineEdit(this);
    m_apiKey->setObjectName(u"apiKeyLineEdit"_s);
    m_apiKey->setEchoMode(QLineEdit::Password);
    m_apiKey->setToolTip(tr("Stored in the system keychain, never in the settings file."));
    m_headers = new QPlainTextEdit(this);
    m_headers->setObjectName(u"headersPlainTextEdit"_s);
    m_headers->setPlaceholderText(tr("One header per line, for example X-OpenAI-Api-Key: sk-…"));
    m_headers->setToolTip(
        tr("The headers and their values are stored in the system keychain, never in the settings file."));
    m_headers->setMaximumHeight(80);
    m_headers->setTabChangesFocus(true); // header lines never contain tabs; Tab moves on, as in the other fields
}

QLayout* ConnectionDialog::createTlsFields()
{
    m_caFile = new QLineEdit(this);
    m_caFile->setObjectName(u"caFileLineEdit"_s);
    m_caBrowse = new QPushButton(tr("&Browse…"), this);
    m_caBrowse->setObjectName(u"caFileBrowseButton"_s);
    m_caBrowse->setAccessibleName(tr("Browse for CA certificates"));
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(m_caBrowse);
    m_insecure = new QCheckBox(tr("Skip TLS certificate &verification (unsafe)"), this);
    m_insecure->setObjectName(u"insecureCheckBox"_s);
    return caRow;
}

void ConnectionDialog::createGrpcFields()
{
    m_grpcUrl = new QLineEdit(this);
    m_grpcUrl->setObjectName(u"grpcUrlLineEdit"_s);
    m_grpcUrl->setPlaceholderText(tr("Default: the server's host, port 50051"));
    m_grpcUrl->setToolTip(tr("Weaviate's gRPC API, used for object counts and to move objects where the server "
                             "offers it: grpc://host:port, or grpcs://host:port with TLS."));
    // "host:port" (as the placeholder reads) is no address Colvault can use; say so instead of only disabling Save.
    m_grpcProblem = new QLabel(tr("Write the gRPC address with its scheme: grpc://host:port, or grpcs://host:port "
                                  "with TLS."),
        this);
    m_grpcProblem->setObjectName(u"grpcProblemLabel"_s);
    m_grpcProblem->setWordWrap(true);
    m_grpcProblem->setVisible(false);
    // The order of WeaviateEndpoint::DataTransport.
    m_transport = new QComboBox(this);
    m_transport->setObjectName(u"transportComboBox"_s);
    m_transport->addItems({tr("Automatic: gRPC where the server offers it"), tr("REST only"), tr("gRPC only")});
    m_transport->setToolTip(tr("How backups and restores move objects. gRPC carries vectors as bytes and is faster; "
                               "REST works with every server and through every proxy."));
}

QFormLayout* ConnectionDialog::createForm()
{
    QLayout* caRow = createTlsFields();
    QLayout* credentialsRow = createProxyFields();

    // Labels with buddies: the mnemonic focuses the field, and the label is the field's accessible name.
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(QString(), m_credentialsLabel);
    form->addRow(tr("&Authentication:"), m_auth);
    form->addRow(tr("API &key:"), m_apiKey);
    form->addRow(tr("Extra &headers:"), m_headers);
    auto* caLabel = new QLabel(tr("CA cer&tificates:"), this);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(QString(), m_insecure);
    form->addRow(tr("&gRPC address:"), m_grpcUrl);
    form->addRow(QString(), m_grpcProblem);
    form->addRow(tr("&Objects travel over:"), m_transport);
    form->addRow(tr("&Proxy:"), m_proxyMode);
    form->addRow(tr("Proxy add&ress:"), m_proxyUrl);
    form->addRow(QString(), m_proxyProblem);
    auto* userLabel = new QLabel(tr("Proxy us&er:"), this);
    userLabel->setBuddy(m_proxyUser);
    form->addRow(userLabel, credentialsRow);
    return form;
}

QDialogButtonBox* ConnectionDialog::createButtons()
{
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(u"okButton"_s);
    m_ok->setText(tr("&Save and Connect"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    return buttons;
}

QLayout* ConnectionDialog::createProxyFields()
{
    // The order of ProxySettings::Mode.
    m_proxyMode = new QComboBox(this);
    m_proxyMode->setObjectName(u"proxyComboBox"_s);
    m_proxyMode->addItem(tr("System settings", "proxy"));
    m_proxyMode->addItem(tr("No proxy"));
    m_proxyMode->addItem(tr("Manual", "proxy"));
    m_proxyMode->setToolTip(tr("System settings: the proxy of the environment (https_proxy, http_proxy, no_proxy), "
                               "else the operating system's."));
    m_proxyUrl = new QLineEdit(this);
    m_proxyUrl->setObjectName(u"proxyUrlLineEdit"_s);
    m_proxyUrl->setPlaceholderText(u"http://proxy.example.com:3128"_s);
    m_proxyProblem = new QLabel(this);
    m_proxyProblem->setObjectName(u"proxyProblemLabel"_s);
    m_proxyProblem->setWordWrap(true);
    m_proxyProblem->setVisible(false);
    m_proxyUser = new QLineEdit(this);
    m_proxyUser->setObjectName(u"proxyUserLineEdit"_s);
    m_proxyPassword = new QLineEdit(this);
    m_proxyPassword->setObjectName(u"proxyPasswordLineEdit"_s);
    m_proxyPassword->setEchoMode(QLineEdit::Password);
    m_proxyPassword->setToolTip(tr("Stored in the system keychain, never in the settings file."));
    auto* passwordLabel = new QLabel(tr("Pass&word:"), this);
    passwordLabel->setBuddy(m_proxyPassword);
    auto* row = new QHBoxLayout;
    row->addWidget(m_proxyUser, 1);
    row->addWidget(passwordLabel);
    row->addWidget(m_proxyPassword, 1);
    return row;
}

void ConnectionDialog::setProfile(const ConnectionProfile& p, const QByteArray& apiKey)
{
    m_name->setText(p.name);
    m_url->setText(p.url.toString());
    m_auth->setCurrentIndex(p.useApiKey ? 1 : 0);
    m_apiKey->setText(QString::fromUtf8(apiKey));
    QStringList lines;
    for (const auto& [name, value] : p.extraHeaders)
        lines.append(u"%1: %2"_s.arg(QString::fromLatin1(name), QString::fromUtf8(value)));
    m_headers->setPlainText(lines.join(u'\n'));
    m_caFile->setText(p.caFile);
    m_insecure->setChecked(p.insecure);
    m_grpcUrl->setText(p.grpcUrl.toString());
    m_transport->setCurrentIndex(int(p.dataTransport));
    m_proxyMode->setCurrentIndex(int(p.proxy.mode));
    m_proxyUrl->setText(p.proxy.url.toString());
    m_proxyUser->setText(p.proxy.user);
    m_proxyPassword->setText(QString::fromUtf8(p.proxy.password));
    updateState();
    // The dialog is reused: without this it reopens on the field used last (a new profile on its URL).
    m_name->setFocus(Qt::OtherFocusReason);
    m_name->selectAll();
}

ConnectionProfile ConnectionDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    // Credentials in the URL are never stored: the label shown by updateState() tells the user.
    p.url = ConnectionProfile::withoutCredentials(QUrl::fromUserInput(m_url->text().trimmed()));
    p.useApiKey = m_auth->currentIndex() == 1;
    const QStringList lines = m_headers->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    for (const QString& line : lines) {
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0)
            continue;
        p.extraHeaders.append({line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8()});
    }
    p.caFile = m_caFile->text().trimmed();
    p.insecure = m_insecure->isChecked();
    p.grpcUrl = QUrl(m_grpcUrl->text().trimmed());
    p.dataTransport = WeaviateEndpoint::DataTransport(m_transport->currentIndex());
    p.proxy.mode = ProxySettings::Mode(m_proxyMode->currentIndex());
    // Kept as typed while another mode is chosen; in Manual mode Save is enabled only for a good address.
    const ProxyAddress proxy = ProxyAddress::parse(m_proxyUrl->text());
    p.proxy.url = proxy.problem == ProxyAddress::Problem::None ? proxy.url : QUrl();
    p.proxy.user = m_proxyUser->text().trimmed();
    if (p.proxy.mode == ProxySettings::Mode::Manual && !p.proxy.user.isEmpty())
        p.proxy.password = m_proxyPassword->text().toUtf8(); // as typed: blanks may belong to a password
    return p;
}

QByteArray ConnectionDialog::apiKey() const
{
    return m_auth->currentIndex() == 1 ? m_apiKey->text().trimmed().toUtf8() : QByteArray();
}

void ConnectionDialog::updateState()
{
    m_apiKey->setEnabled(m_auth->currentIndex() == 1);
    const QUrl url = QUrl::fromUserInput(m_url->text().trimmed());
    m_credentialsLabel->setVisible(!m_url->text().trimmed().isEmpty() && ConnectionProfile::hasCredentials(url));
    const QString grpcText = m_grpcUrl->text().trimmed();
    const QUrl grpc(grpcText);
    const bool grpcOk = grpcText.isEmpty()
        || (grpc.isValid() && !grpc.host().isEmpty()
            && QStringList {u"grpc"_s, u"grpcs"_s, u"http"_s, u"https"_s}.contains(grpc.scheme()));
    m_grpcProblem->setVisible(!grpcOk);
    const bool manual = m_proxyMode->currentIndex() == int(ProxySettings::Mode::Manual);
    for (QWidget* w :
        {static_cast<QWidget*>(m_proxyUrl), static_cast<QWidget*>(m_proxyUser), static_cast<QWidget*>(m_proxyPassword)})
        w->setEnabled(manual);
    const QString proxyProblem = this->proxyProblem();
    m_proxyProblem->setText(proxyProblem);
    m_proxyProblem->setVisible(!proxyProblem.isEmpty());
    const bool proxyOk = !manual || (proxyProblem.isEmpty() && !m_proxyUrl->text().trimmed().isEmpty());
    m_ok->setEnabled(!m_name->text().trimmed().isEmpty() && url.isValid()
        && (url.scheme() == u"http" || url.scheme() == u"https") && grpcOk && proxyOk);
}

QString ConnectionDialog::proxyProblem() const
{
    const QString text = m_proxyUrl->text().trimmed();
    if (m_proxyMode->currentIndex() != int(ProxySettings::Mode::Manual) || text.isEmpty())
        return {};
    const ProxyAddress address = ProxyAddress::parse(text);
    if (address.problem == ProxyAddress::Problem::Password || !address.user.isEmpty())
        return tr("Enter the proxy's user name and password in their own fields below, not in the address.");
    return address.message(text);
}

} // namespace Colvault
