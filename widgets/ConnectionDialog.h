// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: 2026 Colvault contributors
#pragma once

#include "widgets/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLayout;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Colvault {

// Edits one connection profile: name, URL, authentication (none or API key), extra headers, TLS options and the
// proxy (the system's, none, or a manual address with user and password). GUI thread. Usage:
// setProfile(profile, apiKey); open(); on accepted read profile() and apiKey(). It stores nothing itself: the main
// window saves the profile through ProfileStore (settings; key, headers and proxy password to the SecretStore). A URL
// typed with user:password is accepted without them, and a note under the URL says so; a proxy address with user
// information is not accepted (the user and password have fields of their own), nor one ProxyAddress refuses.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectionDialog(QWidget* parent = nullptr);

    void setProfile(const ConnectionProfile& profile, const QByteArray& apiKey);
    ConnectionProfile profile() const;
    QByteArray apiKey() const;

private:
    // Builders of the constructor, in the form's order.
    void createServerFields();
    QLayout* createTlsFields(); // the CA file row; also the insecure check box
    void createGrpcFields();
    QFormLayout* createForm();
    QDialogButtonBox* createButtons();
    // The proxy's mode, address, user and password fields; returns the row of the user and the password.
    QLayout* createProxyFields();
    void updateState();
    // The proxy's address as typed, or the reason it cannot be saved (empty when it can, or when not Manual).
    QString proxyProblem() const;

    QLineEdit* m_name;
    QLineEdit* m_url;
    QLabel* m_credentialsLabel;
    QComboBox* m_auth;
    QLineEdit* m_apiKey;
    QPlainTextEdit* m_headers;
    QLineEdit* m_caFile;
    QPushButton* m_caBrowse;
    QCheckBox* m_insecure;
    QLineEdit* m_grpcUrl;
    QLabel* m_grpcProblem;
    QComboBox* m_transport;
    QComboBox* m_proxyMode;
    QLineEdit* m_proxyUrl;
    QLabel* m_proxyProblem;
    QLineEdit* m_proxyUser;
    QLineEdit* m_proxyPassword;
    QPushButton* m_ok;
};

} // namespace Colvault
